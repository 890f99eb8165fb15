"""The author page: one person's comments on the signed-in owner's accounts, with counts
by category, first and last dates, and the incidents they are part of, and the actions
against the author each platform allows (mute, block, ban, detach a quote).

It needs the review session (opened from the digest's review link). An action takes the
same path as a hide: a link to a confirm page that changes nothing, then a POST carrying
the session's CSRF nonce from the same origin; every attempt is audit-logged."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, render_template, request, session
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response

from connectors.registry import UnknownPlatform, connector_class
from monitor.author_actions import AUTHOR_ACTIONS, act_on_author, offered
from monitor.authors import author_history
from monitor.models import Owner, StoredComment
from monitor.moderation import ModerationError
from monitor.notify.digest import local
from monitor.web.comment_view import CommentView, comment_view
from monitor.web.site import check_post, context

LABELS = {
    "mute": "Mute the author",
    "block": "Block the author",
    "ban": "Ban the author from the page",
    "detach-quote": "Detach their quote of your post",
}
DURATIONS = {"": "Until I lift it", "1d": "1 day", "7d": "7 days", "28d": "28 days"}

authors = Blueprint("authors", __name__)


@authors.get("/review/author")
def show() -> Any:
    if "owner" not in session:
        return render_template(
            "message.html",
            title="Open the review page from your email",
            message="Use the “Open the review page” link in your latest digest.",
        ), 401
    factory, _ = context()
    platform, author_id = request.args.get("platform", ""), request.args.get("id", "")
    with factory() as db:
        owner = db.scalar(select(Owner).where(Owner.name == session["owner"]))
        if owner is None:
            return render_template(
                "message.html", title="Not found", message="There is no page here."
            ), 404
        history = author_history(db, owner.id, owner.name, (platform, author_id))
        if not history.comments:
            return render_template(
                "message.html",
                title="No comments from this author",
                message="wardwatch holds no comments from this author on your accounts.",
            ), 404
        comments = list(
            db.scalars(
                select(StoredComment)
                .where(StoredComment.id.in_([c.id for c in history.comments]))
                .options(selectinload(StoredComment.assessments))
                .order_by(StoredComment.created_at.desc(), StoredComment.id.desc())
            )
        )
        views = [(comment_view(c), c.severity, _offered(c)) for c in comments]
        first = local(history.first_seen, owner.timezone) if history.first_seen else ""
        last = local(history.last_seen, owner.timezone) if history.last_seen else ""
    return render_template(
        "author.html",
        title=f"History of {history.names[0]}",
        history=history,
        views=views,
        first=first,
        last=last,
        labels=LABELS,
        notice=session.pop("notice", None),
        error=session.pop("error", None),
    )


def _offered(comment: StoredComment) -> list[str]:
    try:
        return offered(connector_class(comment.platform))
    except UnknownPlatform:
        return []


def _own_comment(comment_pk: int) -> tuple[CommentView, list[str]]:
    """The signed-in owner's comment as the pages show it, and the author actions its
    platform offers; 404 for anyone else's."""
    factory, _ = context()
    with factory() as db:
        comment = db.get(
            StoredComment, comment_pk, options=[selectinload(StoredComment.assessments)]
        )
        if comment is None or comment.account.owner.name != session.get("owner"):
            abort(404)
        return comment_view(comment), _offered(comment)


def _chosen() -> tuple[int, str, str]:
    try:
        comment_pk = int(request.values.get("comment", ""))
    except ValueError:
        abort(400)
    action, duration = request.values.get("action", ""), request.values.get("for", "")
    if action not in AUTHOR_ACTIONS or duration not in DURATIONS:
        abort(400)
    return comment_pk, action, duration


@authors.get("/review/author/confirm")
def confirm() -> Any:
    """Asks; changes nothing (mail scanners and link previews fetch pages)."""
    if "owner" not in session:
        abort(401)
    comment_pk, action, _ = _chosen()
    comment, actions = _own_comment(comment_pk)
    if action not in actions:
        abort(404)
    return render_template(
        "author_confirm.html",
        title=LABELS[action] + "?",
        question=LABELS[action] + "?",
        comment=comment,
        action=action,
        timed=action != "detach-quote",
        durations=DURATIONS,
        csrf=session["csrf"],
    )


@authors.post("/review/author/act")
def act() -> Response:
    factory, settings = context()
    if "owner" not in session:
        abort(401)
    check_post(settings, "csrf")
    comment_pk, action, duration = _chosen()
    comment, _ = _own_comment(comment_pk)
    days = int(duration.removesuffix("d")) if duration else None
    try:
        result = act_on_author(
            factory,
            settings,
            comment_pk,
            action,
            actor=str(session["actor"]),
            channel="web",
            duration=timedelta(days=days) if days else None,
        )
        session["notice"] = result.summary() + "."
    except ModerationError as exc:
        session["error"] = str(exc)
    query = urlencode({"platform": comment.platform_id, "id": comment.author_id})
    return redirect(f"/review/author?{query}", code=303)
