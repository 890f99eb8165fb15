"""The pages behind Hide / Not a problem / Undo links.

GET (and HEAD) of ``/a/<token>`` only shows a confirmation page: mail scanners fetch
every link, some in a headless browser. The page's one button POSTs the token with a
nonce derived from it. The POST claims the token with a conditional UPDATE before the
platform is called, so however many requests race, one of them acts.

Whether a link's action is "already done" is read from the comment's state, not from
the link: a link whose action failed, or was undone since, can be used again.
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
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from monitor.actions import ACTIONS, PAGE_ACTIONS
from monitor.audit import Result
from monitor.clock import utcnow
from monitor.db import transaction
from monitor.models import Action, ActionToken, StoredComment
from monitor.moderation import ModerationError, apply, is_done
from monitor.notify import links
from monitor.notify.digest import local
from monitor.web.comment_view import CommentView, comment_view
from monitor.web.site import context, invalid_link, message_page, same_origin

log = logging.getLogger(__name__)
actions = Blueprint("actions", __name__)

PREVIEW_PREFIX = "preview-"


def _key() -> str:
    return str(current_app.config["SECRET_KEY"])


def _page(template: str, status: int = 200, **values: Any) -> Response:
    response = make_response(render_template(template, **values), status)
    return response


def _expired() -> Response:
    return message_page(
        "This link has expired",
        "Links in wardwatch emails work for a few days, and this one is too old. Nothing "
        "was changed. To hide this comment or mark it not a problem, open the review page "
        "from your latest digest email, or ask for a new link with `wardwatch review-link`.",
        410,
    )


def _load(token: str) -> tuple[ActionToken, CommentView, str] | None:
    factory, settings = context()
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
        owner = next((o for o in settings.owners if o.name == comment.account.owner.name), None)
        view = comment_view(comment, bank_holidays=owner.bank_holidays if owner else "ENG")
        return row, view, comment.account.owner.timezone


def _done(row: ActionToken, comment: CommentView) -> bool:
    return is_done(row.action, comment.status, comment.platform_state)


def _already(row: ActionToken, tz: str) -> Response:
    """Who did it and when, from the audit log (it may have been done another way)."""
    factory, _ = context()
    with factory() as session:
        last = session.scalar(
            select(Action)
            .where(Action.comment_pk == row.comment_pk, Action.action == row.action)
            .where(Action.result == Result.OK)
            .order_by(Action.id.desc())
            .limit(1)
        )
    by = f" by {last.actor} on {local(last.at, tz)}" if last else ""
    done = ACTIONS[row.action].done if row.action in ACTIONS else row.action
    return message_page(
        "Already done",
        f"This was already done: {done}{by}. Nothing more to do.",
        200,
    )


def _in_progress() -> Response:
    return message_page(
        "Being done now",
        "Someone is carrying out this action right now. Reload this page in a minute.",
        200,
    )


@actions.route("/a/<token>", methods=["GET", "HEAD"])
def confirm(token: str) -> Response:
    """Shows what the link would do. Never changes anything."""
    if token.startswith(PREVIEW_PREFIX):
        return message_page(
            "This link is from a preview",
            "`wardwatch digest --preview` writes example links that do nothing. Use the "
            "links in the digest email that was sent, or the review page.",
            404,
        )
    loaded = _load(token)
    if loaded is None or loaded[0].action == links.REVIEW:
        return invalid_link()
    row, comment, tz = loaded
    if row.expires_at <= utcnow():
        return _expired()
    if row.action == links.VIEW:
        return _page("view.html", comment=comment)
    if _done(row, comment):
        return _already(row, tz)
    nonce = links.nonce(_key(), row.token_hash)
    return _page(
        "confirm.html",
        comment=comment,
        action=row.action,
        verb=ACTIONS[row.action].verb,
        question=ACTIONS[row.action].question,
        token=token,
        nonce=nonce,
    )


@actions.post("/a")
def act() -> Response:
    """Carries out the link's action, once."""
    factory, settings = context()
    if not same_origin(request, settings.web.base_url):
        log.warning("refused a cross-site action request")
        abort(403)
    token = request.form.get("token", "")
    if not links.nonce_ok(_key(), links.token_hash(token), request.form.get("nonce", "")):
        log.warning("refused an action request without a valid nonce")
        abort(403)
    loaded = _load(token)
    if loaded is None:
        return invalid_link()
    row, comment, tz = loaded
    if request.form.get("comment") != str(row.comment_pk) or row.action not in PAGE_ACTIONS:
        log.warning("refused an action request for the wrong comment or action")
        abort(403)
    if _done(row, comment):
        return _already(row, tz)
    now = utcnow()
    with transaction(factory) as session:
        claimed = links.claim(session, row.id, now)
    if not claimed:
        fresh = _load(token)
        if fresh is not None and _done(fresh[0], fresh[1]):
            return _already(fresh[0], tz)
        return _expired() if row.expires_at <= now else _in_progress()
    return _carry_out(row, comment, now)


def _carry_out(row: ActionToken, comment: CommentView, now: datetime) -> Response:
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
        return message_page(
            "That did not work", f"{exc} Nothing was changed; you can try the link again.", 502
        )
    except Exception:
        # The platform may have acted while recording it failed (a database outage): the
        # intent is stored, and the next poll finishes and records it.
        log.exception("carrying out a %s link failed", row.action)
        _release_quietly(row.id)
        return message_page(
            "That may not have been recorded",
            "wardwatch could not finish recording this. It will check with the platform and "
            "record the result at the next poll; you can also try the link again.",
            500,
        )
    undo_action = ACTIONS[row.action].undo
    assert undo_action is not None  # every page action has an undo
    if result.result == Result.ALREADY:
        return _already(row, _owner_tz(row))
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
        done=ACTIONS[row.action].done,
        undo_token=undo,
        undo_verb=ACTIONS[undo_action].verb,
        undo_nonce=links.nonce(_key(), links.token_hash(undo)),
    )


def _release_quietly(token_id: int) -> None:
    factory, _ = context()
    try:
        with transaction(factory) as session:
            links.release(session, token_id)
    except Exception:  # the database is what failed: the link stays claimed until it recovers
        log.exception("could not release an action link")


def _owner_tz(row: ActionToken) -> str:
    factory, _ = context()
    with factory() as session:
        comment = session.get(StoredComment, row.comment_pk)
        return comment.account.owner.timezone if comment else "Europe/London"
