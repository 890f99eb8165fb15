"""A comment as the web pages show it (the review, author, confirm, result and view
pages): plain words up front, and the details (every reason and the scores) for the
details section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from connectors.payload import safe_link, storable_line
from monitor.actions import CommentStatus
from monitor.clock import utcnow
from monitor.knowledge import Deadline, deadline
from monitor.models import StoredComment
from monitor.notify.digest import ago, local
from monitor.notify.items import plain_reason
from monitor.notify.mask import mask
from monitor.queries import latest_assessment, latest_reasons
from monitor.scoring.categories import GUIDANCE
from monitor.wording import STATUS_NAMES, categories, platform_name


@dataclass(frozen=True, slots=True)
class CommentView:
    id: int
    author: str
    author_id: str
    platform: str  # the platform's name, for people ("YouTube")
    platform_id: str  # its registry name ("youtube")
    account: str
    text: str
    masked: str  # the text with rude words masked
    posted: str  # in the owner's time zone
    age: str  # "3 hours ago"
    permalink: str | None  # only a plain http(s) address
    status: str
    status_text: str
    platform_state: str
    labels: str  # the categories, in words
    summary: str  # one reason in plain words, masked
    reasons: tuple[str, ...]  # every reason, masked
    scores: tuple[tuple[str, str], ...]  # (category, "0.87"), highest first
    guidance: tuple[str, ...]
    deadline: Deadline | None  # only while the knowledge clock runs
    deadline_at: datetime | None
    notified: str | None  # when the owner was first told
    # Filled in by the review page, the one page that offers Hide.
    can_hide: bool = False
    cannot_hide_hint: str = ""


def comment_view(
    comment: StoredComment, *, now: datetime | None = None, bank_holidays: str = "ENG"
) -> CommentView:
    """``comment`` as the pages show it, its times in its owner's time zone."""
    tz = comment.account.owner.timezone
    now = now or utcnow()
    assessment = latest_assessment(comment)
    reasons = latest_reasons(comment)
    scores = assessment.scores if assessment else {}
    due = None
    if comment.deadline_at is not None and comment.status == CommentStatus.OPEN:
        due = deadline(comment.deadline_at, now, tz=tz, bank_holidays=bank_holidays)
    return CommentView(
        id=comment.id,
        author=storable_line(comment.author_name),
        author_id=comment.author_id,
        platform=platform_name(comment.platform),
        platform_id=comment.platform,
        account=comment.account.name,
        text=comment.text,
        masked=mask(comment.text),
        posted=local(comment.created_at, tz),
        age=ago(comment.created_at, now),
        permalink=safe_link(comment.permalink),
        status=comment.status,
        status_text=STATUS_NAMES.get(comment.status, comment.status),
        platform_state=comment.platform_state,
        labels=categories(comment.labels),
        summary=mask(plain_reason(reasons)),
        reasons=tuple(
            mask(f"{categories([r.category]).capitalize()}: {r.message}") for r in reasons
        ),
        scores=tuple(
            (categories([name]).capitalize(), f"{float(value):.2f}")
            for name, value in sorted(scores.items(), key=lambda kv: -float(kv[1] or 0))
            if isinstance(value, int | float) and value
        ),
        guidance=tuple(GUIDANCE[label] for label in comment.labels if label in GUIDANCE),
        deadline=due,
        deadline_at=comment.deadline_at,
        notified=local(comment.notified_at, tz) if comment.notified_at else None,
    )
