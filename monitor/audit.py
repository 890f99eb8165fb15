"""The one writer of the audit log (the append-only ``actions`` table): every hide,
unhide, dismissal, hold, erasure, export, report and sign-in is recorded through
:func:`record`, with who did it, when, through which channel and what happened.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from monitor.models import Action


class Result(StrEnum):
    """What happened, as an audit row records it."""

    OK = "ok"
    ALREADY = "already"  # nothing to do: it was already so
    FAILED = "failed"


def record(
    session: Session,
    *,
    action: str,
    actor: str,
    channel: str,
    at: datetime,
    result: str = Result.OK,
    detail: str = "",
    comment_pk: int | None = None,
    account_id: int | None = None,
) -> Action:
    """Add one audit row in the caller's transaction. ``channel`` is how the person
    reached wardwatch (cli, web, email, auto, scheduler, team); ``result`` is a
    :class:`Result`."""
    row = Action(
        comment_pk=comment_pk,
        account_id=account_id,
        action=action,
        actor=actor,
        channel=channel,
        result=result,
        detail=detail,
        at=at,
    )
    session.add(row)
    return row
