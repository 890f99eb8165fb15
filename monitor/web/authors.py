"""The author page: one person's comments on the signed-in owner's accounts, with counts
by category, first and last dates, and the incidents they are part of. Read-only; it
needs the review session (opened from the digest's review link)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request, session
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from monitor.authors import author_history
from monitor.models import Owner, StoredComment
from monitor.notify.digest import local
from monitor.web import context
from monitor.web.actions import _comment_view

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
        views = [(_comment_view(c), c.severity) for c in comments]
        first = local(history.first_seen, owner.timezone) if history.first_seen else ""
        last = local(history.last_seen, owner.timezone) if history.last_seen else ""
    return render_template(
        "author.html",
        title=f"History of {history.names[0]}",
        history=history,
        views=views,
        first=first,
        last=last,
    )
