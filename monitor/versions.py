"""Keeping what was said: every version of a comment that wardwatch saw.

The first sighting is a version; when a platform hands back a comment already stored
with different text (the author edited it), the new text becomes another version, the
comment row takes it and is scored again. When acting on a comment finds it gone from
the platform, a ``deleted`` version records that, with the last text seen. Versions are
never changed, so an edit or a deletion cannot erase what was first posted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import Comment
from monitor.models import CommentVersion, StoredComment

CHUNK = 500  # rows per IN (...) list, under SQLite's bound-parameter limit


def _version(row: StoredComment, event: str, now: datetime) -> CommentVersion:
    return CommentVersion(
        comment_pk=row.id,
        seen_at=now,
        event=event,
        author_name=row.author_name,
        text=row.text,
        permalink=row.permalink,
    )


def record_versions(
    session: Session, account_id: int, comments: Sequence[Comment], now: datetime
) -> int:
    """Record the first sighting of each new comment and each edit of a stored one.
    Returns how many edits were found."""
    edits = 0
    for start in range(0, len(comments), CHUNK):
        chunk = {c.comment_id: c for c in comments[start : start + CHUNK]}
        rows = list(
            session.scalars(
                select(StoredComment).where(
                    StoredComment.account_id == account_id,
                    StoredComment.comment_id.in_(list(chunk)),
                )
            )
        )
        latest: dict[int, CommentVersion] = {}
        for version in session.scalars(
            select(CommentVersion)
            .where(CommentVersion.comment_pk.in_([r.id for r in rows]))
            .order_by(CommentVersion.id)
        ):
            latest[version.comment_pk] = version
        for row in rows:
            seen = chunk[row.comment_id]
            if row.id not in latest:
                session.add(_version(row, "seen", now))
            if seen.text == (latest[row.id].text if row.id in latest else row.text):
                continue
            row.text, row.author_name, row.permalink = seen.text, seen.author_name, seen.permalink
            # Score the new words: an edit can turn a mild comment into abuse, or back.
            row.severity, row.labels = None, []
            session.add(_version(row, "edited", now))
            edits += 1
    return edits


def record_deleted(session: Session, comment: StoredComment, now: datetime) -> None:
    """The platform says the comment is gone: keep the last text seen as a version."""
    session.add(_version(comment, "deleted", now))


def versions_of(session: Session, comment_pk: int) -> list[CommentVersion]:
    return list(
        session.scalars(
            select(CommentVersion)
            .where(CommentVersion.comment_pk == comment_pk)
            .order_by(CommentVersion.id)
        )
    )
