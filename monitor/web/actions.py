"""The pages behind Hide / Not a problem / Undo links.

GET (and HEAD) of ``/a/<token>`` only shows a confirmation page: mail scanners fetch
every link, some in a headless browser. The page's one button POSTs the token with a
nonce derived from it. The POST claims the token with a conditional UPDATE before the
platform is called, so however many requests race, one of them acts.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    make_response,
    render_template,
    request,
)
from sqlalchemy.orm import selectinload

from monitor.clock import utcnow
from monitor.db import transaction
from monitor.models import ActionToken, StoredComment
from monitor.moderation import ModerationError, apply
from monitor.notify import links
from monitor.notify.digest import local
from monitor.notify.mask import mask
from monitor.web import context, same_origin

log = logging.getLogger(__name__)
actions = Blueprint("actions", __name__)

QUESTION = {
    "hide": "Hide this comment?",
    "dismiss": "Mark this comment as not a problem?",
    "unhide": "Make this comment visible again?",
    "reopen": "Put this comment back in the queue?",
}
VERB = {"hide": "Hide", "dismiss": "Not a problem", "unhide": "Unhide", "reopen": "Reopen"}
DONE = {
    "hide": "hidden",
    "dismiss": "marked not a problem",
    "unhide": "made visible again",
    "reopen": "reopened",
}
MODERATION = ("hide", "dismiss", "unhide", "reopen")


def _key() -> str:
    return str(current_app.config["SECRET_KEY"])


def _page(template: str, status: int = 200, **values: Any) -> Response:
    response = make_response(render_template(template, **values), status)
    return response


def _message(title: str, message: str, status: int) -> Response:
    return _page("message.html", status, title=title, message=message)


def _expired() -> Response:
    return _message(
        "This link has expired",
        "Links in wardwatch emails work for a few days. Open the review page from "
        "your latest digest to act on this comment.",
        410,
    )


def _invalid() -> Response:
    return _message(
        "This link is not valid",
        "Check that the whole link was copied from the email, or open the review "
        "page from your latest digest.",
        404,
    )


def _comment_view(comment: StoredComment) -> dict[str, Any]:
    tz = comment.account.owner.timezone
    assessment = comment.assessments[-1] if comment.assessments else None
    return {
        "id": comment.id,
        "author": comment.author_name,
        "author_id": comment.author_id,
        "platform": comment.platform,
        "account": comment.account.name,
        "text": comment.text,
        "masked": mask(comment.text),
        "posted": local(comment.created_at, tz),
        "permalink": comment.permalink,
        "status": comment.status,
        "labels": ", ".join(comment.labels),
        "reasons": [
            mask(f"{r['category']}: {r['message']}")
            for r in (assessment.reasons if assessment else [])
        ],
    }


def _load(token: str) -> tuple[ActionToken, dict[str, Any], str] | None:
    factory, _ = context()
    with factory() as session:
        row = links.find(session, token)
        if row is None or row.comment_pk is None:
            return None
        comment = session.get(
            StoredComment, row.comment_pk, options=[selectinload(StoredComment.assessments)]
        )
        if comment is None:
            return None
        session.expunge(row)
        return row, _comment_view(comment), comment.account.owner.timezone


def _already(row: ActionToken, tz: str) -> Response:
    used = local(row.used_at, tz) if row.used_at else "earlier"
    return _message(
        "Already done",
        f"This was already done: {DONE.get(row.action, row.action)} by "
        f"{row.recipient} on {used}. Nothing more to do.",
        200,
    )


@actions.route("/a/<token>", methods=["GET", "HEAD"])
def confirm(token: str) -> Response:
    """Shows what the link would do. Never changes anything."""
    loaded = _load(token)
    if loaded is None or loaded[0].action == "review":
        return _invalid()
    row, comment, tz = loaded
    if row.expires_at <= utcnow():
        return _expired()
    if row.action == "view":
        return _page("view.html", comment=comment)
    if row.used_at is not None:
        return _already(row, tz)
    nonce = links.nonce(_key(), row.token_hash)
    return _page(
        "confirm.html",
        comment=comment,
        action=row.action,
        verb=VERB[row.action],
        question=QUESTION[row.action],
        token=token,
        nonce=nonce,
    )


@actions.post("/a")
def act() -> Response:
    """Carries out the link's action, once."""
    factory, settings = context()
    if not same_origin(request, str(settings.get("web.base_url"))):
        log.warning("refused a cross-site action request")
        abort(403)
    token = request.form.get("token", "")
    if not links.nonce_ok(_key(), links.token_hash(token), request.form.get("nonce", "")):
        log.warning("refused an action request without a valid nonce")
        abort(403)
    loaded = _load(token)
    if loaded is None:
        return _invalid()
    row, comment, tz = loaded
    if request.form.get("comment") != str(row.comment_pk) or row.action not in MODERATION:
        log.warning("refused an action request for the wrong comment or action")
        abort(403)
    if row.used_at is not None:
        return _already(row, tz)
    now = utcnow()
    with transaction(factory) as session:
        claimed = links.claim(session, row.id, now)
    if not claimed:
        with factory() as session:
            fresh = session.get_one(ActionToken, row.id)
        return _already(fresh, tz) if fresh.used_at else _expired()
    return _carry_out(row, comment, now)


def _carry_out(row: ActionToken, comment: dict[str, Any], now: datetime) -> Response:
    factory, settings = context()
    assert row.comment_pk is not None
    try:
        result = apply(
            factory,
            settings,
            row.comment_pk,
            row.action,
            actor=row.recipient,
            channel="email",
            now=now,
        )
    except ModerationError as exc:
        with transaction(factory) as session:
            links.release(session, row.id)
        return _message(
            "That did not work", f"{exc} Nothing was changed; you can try the link again.", 502
        )
    undo_action = links.UNDO[row.action]
    with transaction(factory) as session:
        session.get_one(ActionToken, row.id).result = result.result
        undo = links.issue(
            session,
            settings,
            comment_pk=row.comment_pk,
            action=undo_action,
            recipient=row.recipient,
            now=now,
        )
    return _page(
        "result.html",
        comment=comment,
        result=result.result,
        done=DONE[row.action],
        undo_token=undo,
        undo_verb=VERB[undo_action],
        undo_nonce=links.nonce(_key(), links.token_hash(undo)),
    )
