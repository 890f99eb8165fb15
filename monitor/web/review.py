"""The review page: an owner's flagged comments, by severity, with filters and buttons.

It is opened with a signed owner link (``/r/<token>``, from the digest or
`wardwatch review-link`), which starts a session cookie (HttpOnly, SameSite=Lax) and
redirects to ``/review`` so the token leaves the address bar. Its buttons POST with the
session's CSRF nonce and a same-origin check.

The session lives no longer than its link: every request checks that the link still
exists and has neither expired nor been revoked (`wardwatch review-link --revoke`), and
"Sign out" ends it.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, abort, make_response, redirect, render_template, request, session
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response

from monitor.actions import (
    ACTIONS,
    FLAGGED,
    PAGE_ACTIONS,
    CommentStatus,
    ModerationAction,
    Severity,
)
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.models import Account, ActionToken, Owner, StoredComment
from monitor.moderation import ModerationError, apply
from monitor.notify import links
from monitor.notify.items import hide_support
from monitor.scoring.base import CATEGORIES
from monitor.web.comment_view import CommentView, comment_view
from monitor.web.site import check_post, context, invalid_link
from monitor.wording import KNOWLEDGE_CLOCK_NOTE, categories

review = Blueprint("review", __name__)
# The page that takes a token, apart so that it can be rate-limited on its own.
review_link = Blueprint("review_link", __name__)

S, A = CommentStatus, ModerationAction
STATUSES = (S.OPEN, S.HIDDEN, S.DISMISSED, "all")
STATUS_LABELS = {
    S.OPEN: "Waiting for a decision",
    S.HIDDEN: "Hidden",
    S.DISMISSED: "Not a problem",
    "all": "All",
}
BUTTONS = {
    S.OPEN: ((A.HIDE, ACTIONS[A.HIDE].verb), (A.DISMISS, ACTIONS[A.DISMISS].verb)),
    S.HIDDEN: ((A.UNHIDE, "Undo: unhide"),),
    S.DISMISSED: ((A.REOPEN, "Undo: reopen"),),
}


def _review_link_expired() -> Response:
    return make_response(
        render_template(
            "message.html",
            title="This review link has expired",
            message="Review links work for a few days, and this one is too old or was "
            "revoked. Open the review page from your latest digest email, or ask for a new "
            "link with `wardwatch review-link`.",
        ),
        410,
    )


@review_link.get("/r/<token>")
def open_review(token: str) -> Response:
    factory, settings = context()
    with factory() as db:
        row = links.find(db, token)
    if row is None or row.action != links.REVIEW:
        return invalid_link()
    if row.expires_at <= utcnow():
        return _review_link_expired()
    owner = next((o for o in settings.owners if o.email == row.recipient), None)
    if owner is None:
        return invalid_link()
    session.clear()
    session["owner"], session["actor"] = owner.name, row.recipient
    session["link"] = row.id
    session["csrf"] = secrets.token_urlsafe(24)
    return redirect("/review", code=303)


@review.before_request
def _link_still_valid() -> Any:
    """End the session when its link has expired or been revoked since it was opened."""
    if "owner" not in session:
        return None
    factory, _ = context()
    with factory() as db:
        row = db.get(ActionToken, session.get("link", -1))
        valid = row is not None and row.action == links.REVIEW and row.expires_at > utcnow()
    if not valid:
        session.clear()
        return _review_link_expired()
    return None


@review.post("/review/logout")
def logout() -> Any:
    if "owner" in session and not hmac.compare_digest(
        request.form.get("csrf", ""), str(session.get("csrf", ""))
    ):
        abort(403)
    session.clear()
    return render_template(
        "message.html",
        title="Signed out",
        message="You are signed out of the review page. Its link from your email still "
        "works until it expires.",
    )


def _filters() -> dict[str, str]:
    """Only known values survive, so they are safe to echo into links and redirects."""
    values = request.values
    status = values.get("status", CommentStatus.OPEN)
    category = values.get("category", "")
    return {
        "status": status if status in STATUSES else CommentStatus.OPEN,
        "category": category if category in CATEGORIES else "",
        "account": values.get("account", ""),
    }


@review.get("/review")
def show() -> Any:
    if "owner" not in session:
        return render_template(
            "message.html",
            title="Open the review page from your email",
            message="Use the “Open the review page” link in your latest "
            "digest, or ask for one with `wardwatch review-link`.",
        ), 401
    factory, settings = context()
    chosen = _filters()
    with factory() as db:
        accounts = list(
            db.scalars(
                select(Account.name)
                .join(Owner)
                .where(Owner.name == session["owner"])
                .order_by(Account.name)
            )
        )
        if chosen["account"] not in accounts:
            chosen["account"] = ""
        query = (
            select(StoredComment)
            .join(Account)
            .join(Owner)
            .where(Owner.name == session["owner"], StoredComment.severity.in_(FLAGGED))
            .options(selectinload(StoredComment.assessments))
            .order_by(StoredComment.severity, StoredComment.created_at.desc())
            .limit(500)
        )
        if chosen["status"] != "all":
            query = query.where(StoredComment.status == chosen["status"])
        if chosen["account"]:
            query = query.where(Account.name == chosen["account"])
        rows = [
            c for c in db.scalars(query) if not chosen["category"] or chosen["category"] in c.labels
        ]
        holidays = settings.owner(session["owner"]).bank_holidays
        now = utcnow()
        views = [
            (_with_hide(comment_view(c, now=now, bank_holidays=holidays), settings, c), c)
            for c in rows
        ]
        # Comments with a running knowledge clock come first, soonest deadline first.
        views.sort(
            key=lambda vc: (
                vc[1].deadline_at.timestamp()
                if vc[0].deadline and vc[1].deadline_at
                else float("inf"),
                -vc[1].created_at.timestamp(),
            )
        )
        act = [(v, "high") for v, c in views if v.deadline or c.severity == Severity.HIGH]
        later = [(v, "review") for v, c in views if not (v.deadline or c.severity == Severity.HIGH)]
        groups = [("act", act), ("review", later)]
    return render_template(
        "review.html",
        title="Flagged comments",
        groups=groups,
        titles={"act": "Act today", "review": "To review"},
        clock_note=KNOWLEDGE_CLOCK_NOTE if any(v.deadline for v, _ in act) else "",
        chosen=chosen,
        accounts=accounts,
        categories=[(c, categories([c]).capitalize()) for c in CATEGORIES],
        statuses=[(s, STATUS_LABELS[s]) for s in STATUSES],
        buttons=BUTTONS,
        csrf=session["csrf"],
        notice=session.pop("notice", None),
        error=session.pop("error", None),
    )


def _with_hide(view: CommentView, settings: Settings, comment: StoredComment) -> CommentView:
    """``view`` saying whether its platform can hide it, and what to say if not."""
    can_hide, hint = hide_support(settings, comment.account.name)
    return replace(view, can_hide=can_hide, cannot_hide_hint=hint)


@review.post("/review/act")
def act() -> Response:
    factory, settings = context()
    if "owner" not in session:
        abort(401)
    check_post(settings, "csrf")
    action = request.form.get("action", "")
    if action not in PAGE_ACTIONS:
        abort(400)
    try:
        comment_pk = int(request.form.get("comment", ""))
    except ValueError:
        abort(400)
    with factory() as db:
        comment = db.get(StoredComment, comment_pk)
        if comment is None or comment.account.owner.name != session["owner"]:
            abort(403)
        author = comment.author_name
    try:
        result = apply(
            factory, settings, comment_pk, action, actor=str(session["actor"]), channel="web"
        )
        session["notice"] = (
            f"Comment by {author} "
            f"{'was already ' if result.result == 'already' else ''}"
            f"{ACTIONS[action].done}."
        )
    except ModerationError as exc:
        session["error"] = str(exc)
    return redirect("/review?" + urlencode(_filters()), code=303)
