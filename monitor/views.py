"""Typed read models: what the queries hand to the command line, the web pages and the
digest, instead of dicts. Each one that a ``--json`` command prints has a ``to_json()``
that writes its machine names and second-precision ISO 8601 times."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class StoredReason:
    """One reason of a stored assessment, as the pipeline wrote it from a scorer's
    ``Reason`` (monitor.scoring.base); a key missing from an older row reads as empty."""

    category: str
    message: str
    scorer: str
    evidence: tuple[str, ...]  # the comment's words that triggered it
    reason: str  # a short reason in plain words, where one was stored

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> StoredReason:
        return cls(
            category=str(stored.get("category") or ""),
            message=str(stored.get("message") or ""),
            scorer=str(stored.get("scorer") or ""),
            evidence=tuple(str(e) for e in stored.get("evidence") or ()),
            reason=str(stored.get("reason") or ""),
        )

    @property
    def line(self) -> str:
        """ "category: message", as the flagged list and the reports show it."""
        return f"{self.category}: {self.message}"


@dataclass(frozen=True, slots=True)
class KnowledgeClock:
    """The knowledge clock of a comment whose owner has been told of a possible libel."""

    notified_at: datetime | None
    deadline_at: datetime
    timezone: str
    bank_holidays: str  # the owner's UK nation, for counting working hours
    running: bool  # the comment is still open
    working_hours_left: float | None  # None once stopped
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "notified_at": _iso(self.notified_at),
            "deadline_at": _iso(self.deadline_at),
            "timezone": self.timezone,
            "bank_holidays": self.bank_holidays,
            "running": self.running,
            "working_hours_left": self.working_hours_left,
            "overdue": self.overdue,
        }


@dataclass(frozen=True, slots=True)
class FlaggedComment:
    """A flagged comment as `wardwatch flagged` and the demo list it."""

    id: int
    platform: str
    account: str
    comment_id: str
    author: str
    author_id: str
    text: str
    severity: str | None
    labels: tuple[str, ...]
    reasons: tuple[str, ...]  # "category: message", from the latest assessment
    permalink: str | None
    created_at: datetime
    status: str
    platform_state: str
    timezone: str  # the owner's
    knowledge_clock: KnowledgeClock | None

    def to_json(self) -> dict[str, Any]:
        """The line `wardwatch flagged --json` prints for it."""
        return {
            "id": self.id,
            "platform": self.platform,
            "account": self.account,
            "comment_id": self.comment_id,
            "author": self.author,
            "author_id": self.author_id,
            "text": self.text,
            "severity": self.severity,
            "labels": list(self.labels),
            "reasons": list(self.reasons),
            "permalink": self.permalink,
            "created_at": self.created_at.isoformat(),
            "status": self.status,
            "platform_state": self.platform_state,
            "timezone": self.timezone,
            "knowledge_clock": self.knowledge_clock.to_json() if self.knowledge_clock else None,
        }


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """The latest profile check of an account: each notice's verdict."""

    hours_notice: str
    disclaimer: str
    abuse_notice: str
    checked_at: datetime
    error: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "hours_notice": self.hours_notice,
            "disclaimer": self.disclaimer,
            "abuse_notice": self.abuse_notice,
            "checked_at": _iso(self.checked_at),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class QuarantineSummary:
    """An account's unreadable items kept aside, and the latest of them."""

    count: int
    last_error: str
    last_seen_at: datetime
    last_item_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "last_error": self.last_error,
            "last_seen_at": _iso(self.last_seen_at),
            "last_item_id": self.last_item_id,
        }


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """How one configured account's polling is going, and what waits for a decision."""

    account: str
    platform: str
    owner: str
    timezone: str  # the owner's
    enabled: bool
    last_success_at: datetime | None
    last_error: str | None
    last_requests: int | None
    parked_until: datetime | None
    paused: str | None  # why polling is paused
    open_high: int
    open_review: int
    unscored: int
    profile: ProfileSummary | None
    quarantined: QuarantineSummary | None

    def to_json(self) -> dict[str, Any]:
        """The account's entry in `wardwatch status --json`."""
        return {
            "account": self.account,
            "platform": self.platform,
            "owner": self.owner,
            "timezone": self.timezone,
            "enabled": self.enabled,
            "last_success_at": _iso(self.last_success_at),
            "last_error": self.last_error,
            "last_requests": self.last_requests,
            "parked_until": _iso(self.parked_until),
            "paused": self.paused,
            "open_high": self.open_high,
            "open_review": self.open_review,
            "unscored": self.unscored,
            "profile": self.profile.to_json() if self.profile else None,
            "quarantined": self.quarantined.to_json() if self.quarantined else None,
        }


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """How the email outbox stands: what waits, for how long, and what failed for good."""

    pending: int
    sent: int
    failed: int
    oldest_pending_at: datetime | None
    oldest_pending_age_s: int | None
    # Why the head of the queue is waiting (a deferred retry), if it has been tried.
    pending_error: str | None
    next_attempt_at: datetime | None
    last_failed_error: str | None
    last_failed_queued_at: datetime | None
    last_failed_subject: str | None

    def to_json(self) -> dict[str, Any]:
        """The outbox entry of `wardwatch status --json`."""
        return {
            "pending": self.pending,
            "sent": self.sent,
            "failed": self.failed,
            "oldest_pending_at": _iso(self.oldest_pending_at),
            "oldest_pending_age_s": self.oldest_pending_age_s,
            "pending_error": self.pending_error,
            "next_attempt_at": _iso(self.next_attempt_at),
            "last_failed_error": self.last_failed_error,
            "last_failed_queued_at": _iso(self.last_failed_queued_at),
            "last_failed_subject": self.last_failed_subject,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None
