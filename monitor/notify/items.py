"""From stored rows to digest items: comments (issuing each item's action links, and
starting the knowledge clock when an owner is first told about a possible libel) and the
latest profile-check findings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import HIDE
from connectors.registry import UnknownPlatform, connector_class
from monitor.config import OwnerConfig, Settings
from monitor.models import Account, StoredComment
from monitor.notify import links
from monitor.notify.digest import Item, Links, ProfileNotice

# Categories whose trigger words are masked in excerpts.
MASKED_CATEGORIES = frozenset({"obscene", "abuse", "discrimination", "threat"})


def hide_support(settings: Settings, account_name: str) -> tuple[bool, str]:
    """Whether the account's connector can hide, and what to say if it cannot."""
    try:
        cls = connector_class(settings.account(account_name).platform)
    except (KeyError, UnknownPlatform):
        return False, "the account is no longer configured"
    return HIDE in cls.capabilities, cls.cannot_hide_hint


LinkMaker = Callable[[int, str], str]


def token_links(
    session: Session, settings: Settings, *, recipient: str, now: datetime
) -> LinkMaker:
    """Links that work: each call stores a new token bound to ``recipient``."""

    def link(comment_pk: int, action: str) -> str:
        token = links.issue(
            session, settings, comment_pk=comment_pk, action=action, recipient=recipient, now=now
        )
        return links.url(settings, token)

    return link


def inert_links(settings: Settings) -> LinkMaker:
    """Links for a preview: they look real but no token stands behind them."""
    base = str(settings.get("web.base_url")).rstrip("/")
    return lambda comment_pk, action: f"{base}/a/preview-{action}-{comment_pk}"


def make_item(settings: Settings, comment: StoredComment, *, link: LinkMaker) -> Item:
    """The digest item for ``comment``, its action links made by ``link``."""
    assessment = comment.assessments[-1] if comment.assessments else None
    reasons = list(assessment.reasons) if assessment else []
    can_hide, hint = hide_support(settings, comment.account.name)

    return Item(
        comment_pk=comment.id,
        account=comment.account.name,
        platform=comment.platform,
        author=comment.author_name,
        text=comment.text,
        severity=str(comment.severity),
        labels=list(comment.labels),
        reasons=[f"{r['category']}: {r['message']}" for r in reasons],
        evidence=[
            str(e)
            for r in reasons
            # The learned model's evidence is the wording that weighed most, not
            # necessarily rude words: masking it would hide the excerpt for no reason.
            if r.get("category") in MASKED_CATEGORIES and r.get("scorer") != "learned"
            for e in r.get("evidence", [])
        ],
        created_at=comment.created_at,
        deadline_at=comment.deadline_at,
        links=Links(
            hide=link(comment.id, "hide") if can_hide else None,
            dismiss=link(comment.id, "dismiss"),
            view=link(comment.id, "view"),
            platform=comment.permalink,
        ),
        cannot_hide_hint=hint,
    )


def start_knowledge_clock(comment: StoredComment, owner: OwnerConfig, now: datetime) -> None:
    """Record when the owner was first told about a possible libel, and the deadline
    for prompt action (48 working hours, as the 2013 Regulations count them)."""
    if "libel" not in comment.labels or comment.notified_at is not None:
        return
    from monitor.clock import knowledge_deadline

    comment.notified_at = now
    comment.deadline_at = knowledge_deadline(
        now, tz=owner.timezone, bank_holidays=owner.bank_holidays
    )


def profile_notices(session: Session, owner_id: int) -> list[ProfileNotice]:
    """The owner's accounts whose latest profile check found a notice missing or out of
    date, for the digest (the check itself emails only when the verdict changes)."""
    from monitor.profile_check import latest_profile_checks

    checks = latest_profile_checks(session, owner_id)
    names = {
        account.id: (account.name, account.platform)
        for account in session.scalars(
            select(Account).where(Account.id.in_([c.account_id for c in checks]))
        )
    }
    notices = [
        ProfileNotice(
            account=names[check.account_id][0],
            platform=names[check.account_id][1],
            hours_notice=check.hours_notice,
            disclaimer=check.disclaimer,
            suggestion=check.suggestion,
            checked_at=check.checked_at,
            abuse_notice=check.abuse_notice,
        )
        for check in checks
        if check.account_id in names
    ]
    return [notice for notice in notices if notice.problems]
