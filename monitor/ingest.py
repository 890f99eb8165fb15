"""Storing what one fetch returned: the comments, the items quarantined, and the cursor.

Every field is made storable first (lone surrogates, NUL and control characters, times
outside a sane window), so that no value a platform sends can fail the batch. Should the
database still refuse the batch, each comment is stored alone and any that still fails is
quarantined with its error: a poison item costs one quarantined row, the rest are stored,
and the read position still moves on.

Inserting is idempotent (ON CONFLICT DO NOTHING), so storing rows one transaction at a
time before the cursor moves never duplicates a comment after a crash.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import datetime
from typing import cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from connectors.base import Batch, Comment, Rejected
from connectors.payload import clamp_time, raw_item, safe_link, storable_line, storable_text
from monitor.actions import CommentStatus, PlatformState
from monitor.db import transaction
from monitor.models import PollState, QuarantinedItem, StoredComment
from monitor.versions import record_versions

log = logging.getLogger(__name__)

INSERT_ROWS = 500  # rows per INSERT statement (x 16 columns = 8,000 bound parameters)
# What a database may refuse in one row even after cleaning (a driver's own limits).
ROW_FAILURES = (SQLAlchemyError, ValueError, OverflowError)


def store_batch(
    factory: sessionmaker[Session], account_id: int, platform: str, batch: Batch, now: datetime
) -> tuple[int, int]:
    """Store the batch's comments (duplicates ignored), quarantine its unreadable items
    and move the cursor. Returns (comments inserted, items quarantined)."""
    rows = [_row(comment, account_id, now) for comment in batch.comments]
    rejected = list(batch.rejected) + [Rejected(None, "", note) for note in batch.skipped]
    try:
        with transaction(factory) as session:
            inserted = _insert(session, rows)
            record_versions(session, account_id, _as_stored(batch.comments, rows), now)
            quarantined = _quarantine(session, account_id, platform, rejected, now)
            _move_cursor(session, account_id, batch.cursor)
            return inserted, quarantined
    except ROW_FAILURES as exc:
        log.warning("storing a batch failed (%s): storing its comments one by one", exc)
    inserted = 0
    for comment, row in zip(batch.comments, rows, strict=True):
        try:
            with transaction(factory) as session:
                inserted += _insert(session, [row])
                record_versions(session, account_id, _as_stored([comment], [row]), now)
        except ROW_FAILURES as exc:
            error = f"could not store comment {comment.comment_id}: {type(exc).__name__}: {exc}"
            rejected.append(Rejected(comment.comment_id, raw_item(_as_dict(comment)), error[:2000]))
    with transaction(factory) as session:
        quarantined = _quarantine(session, account_id, platform, rejected, now)
        _move_cursor(session, account_id, batch.cursor)
    return inserted, quarantined


def _insert(session: Session, rows: Sequence[dict[str, object]]) -> int:
    statement = _insert_statement(session.get_bind().dialect.name)
    inserted = 0
    # One cached statement run over the rows (executemany): SQLAlchemy batches it into
    # multi-row INSERTs itself, within each database's bound-parameter limit, without
    # compiling a new statement for every batch.
    for start in range(0, len(rows), INSERT_ROWS):
        inserted += len(session.execute(statement, list(rows[start : start + INSERT_ROWS])).all())
    return inserted


@functools.cache
def _insert_statement(dialect: str) -> ReturningInsert[tuple[int]]:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = cast(Table, StoredComment.__table__)
    return (
        insert(table)
        .on_conflict_do_nothing(index_elements=["platform", "account_id", "comment_id"])
        .returning(table.c.id)
    )


def _quarantine(
    session: Session, account_id: int, platform: str, items: Sequence[Rejected], now: datetime
) -> int:
    if not items:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    rows = {}
    for item in items:
        key = hashlib.sha256(f"{item.item_id or item.raw}\n{item.error}".encode()).hexdigest()
        rows[key] = {
            "account_id": account_id,
            "platform": platform,
            "item_id": storable_line(item.item_id)[:255] if item.item_id else None,
            "item_key": key,
            "raw": storable_text(item.raw),
            "error": storable_text(item.error),
            "seen_at": now,
        }
    statement = (
        insert(QuarantinedItem)
        .values(list(rows.values()))
        .on_conflict_do_nothing(index_elements=["account_id", "item_key"])
        .returning(QuarantinedItem.id)
    )
    added = len(session.execute(statement).all())
    for item in items:
        log.warning("%s account %d: quarantined an item: %s", platform, account_id, item.error)
    return added


def _move_cursor(session: Session, account_id: int, cursor: str | None) -> None:
    state = session.get_one(PollState, account_id)
    state.cursor = cursor


def _row(comment: Comment, account_id: int, now: datetime) -> dict[str, object]:
    return {
        "platform": comment.platform,
        "account_id": account_id,
        "comment_id": storable_line(comment.comment_id)[:255],
        "post_id": storable_line(comment.post_id)[:255] if comment.post_id else None,
        "parent_id": storable_line(comment.parent_id)[:255] if comment.parent_id else None,
        "parent_author": storable_line(comment.parent_author)[:255]
        if comment.parent_author
        else None,
        "parent_is_owner": comment.parent_is_owner,
        "author_id": storable_line(comment.author_id)[:255],
        "author_name": storable_line(comment.author_name)[:255],
        "text": storable_text(comment.text),
        "created_at": clamp_time(comment.created_at, now),
        "permalink": safe_link(comment.permalink),
        "fetched_at": now,
        "labels": [],
        "status": CommentStatus.OPEN,
        "platform_state": PlatformState.VISIBLE,
        "reminders_sent": 0,
        "on_hold": False,
    }


def _as_stored(comments: Sequence[Comment], rows: Sequence[dict[str, object]]) -> list[Comment]:
    """The comments as stored (text made storable), so an edit is a change of words, not
    of the cleaning."""
    return [
        replace(
            comment,
            text=str(row["text"]),
            author_name=str(row["author_name"]),
            permalink=row["permalink"] if isinstance(row["permalink"], str) else None,
        )
        for comment, row in zip(comments, rows, strict=True)
    ]


def _as_dict(comment: Comment) -> dict[str, object]:
    return {**asdict(comment), "created_at": comment.created_at.isoformat()}
