"""From stored rows to digest items: comments (issuing each item's action links, and
starting the knowledge clock when an owner is first told about a possible libel) and the
latest profile-check findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import HIDE
from connectors.payload import safe_link, storable_line
from connectors.registry import UnknownPlatform, connector_class
from monitor.actions import ModerationAction
from monitor.config import Settings
from monitor.models import Account, StoredComment
from monitor.notify import links
from monitor.notify.digest import Item, Links, ProfileNotice
from monitor.queries import latest_assessment, latest_profile_checks, latest_reasons
from monitor.scoring.categories import MASKED
from monitor.second_opinion import Verdict
from monitor.views import StoredReason

# Categories whose trigger words are masked in excerpts.
MASKED_CATEGORIES = MASKED


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
    base = settings.web.base_url.rstrip("/")
    return lambda comment_pk, action: f"{base}/a/preview-{action}-{comment_pk}"


def second_opinion_lines(stored: Mapping[str, Any] | None) -> list[str]:
    """The stored second opinion as a digest line, marked as the model's view."""
    if not stored:
        return []
    try:
        verdict = Verdict(**stored)
    except TypeError:  # stored by a different version: show nothing rather than guess
        return []
    return [f"libel, {verdict.summary}"]


def make_item(settings: Settings, comment: StoredComment, *, link: LinkMaker) -> Item:
    """The digest item for ``comment``, its action links made by ``link``."""
    assessment = latest_assessment(comment)
    reasons = latest_reasons(comment)
    can_hide, hint = hide_support(settings, comment.account.name)

    return Item(
        comment_pk=comment.id,
        account=comment.account.name,
        platform=comment.platform,
        # Stored names are one line already; older rows may not be (no fake "Hide:" lines).
        author=storable_line(comment.author_name),
        text=comment.text,
        severity=str(comment.severity),
        labels=list(comment.labels),
        reasons=[storable_line(r.line) for r in reasons]
        + second_opinion_lines(assessment.second_opinion if assessment else None),
        evidence=[e for r in reasons if r.category in MASKED_CATEGORIES for e in r.evidence],
        summary=plain_reason(reasons),
        created_at=comment.created_at,
        deadline_at=comment.deadline_at,
        links=Links(
            hide=link(comment.id, ModerationAction.HIDE) if can_hide else None,
            dismiss=link(comment.id, ModerationAction.DISMISS),
            view=link(comment.id, links.VIEW),
            platform=safe_link(comment.permalink),
        ),
        cannot_hide_hint=hint,
    )


# Scorers that are statistical models: their messages carry scores and model wording. "model"
# is the shipped comment model (monitor.scoring.neural).
MODEL_SCORERS = frozenset({"learned", "linear", "detoxify", "model"})


def plain_reason(reasons: list[StoredReason]) -> str:
    """One reason in plain words: a short ``reason`` where the scorer gives one, else the
    first message of a rule (which quotes the words), else a model's message without its
    numbers. Scores and model internals stay in the details."""
    for reason in reasons:
        if reason.reason:
            return reason.reason
    rules = [r for r in reasons if r.scorer not in MODEL_SCORERS and r.message]
    if rules:
        return rules[0].message
    models = [r for r in reasons if r.message]
    if not models:
        return ""
    return without_scores(_MODEL_DETAIL.sub("", models[0].message))


def without_scores(message: str) -> str:
    """A reason without the model's own numbers, which differ from the stored category
    scores and confuse a reader; the stored scores are shown once, separately."""
    return _SCORE.sub("", _SCORES_IT.sub("rates it as likely", message)).strip()


_SCORE = re.compile(r"\s*\(\d(?:\.\d+)?\)")
_SCORES_IT = re.compile(r"scores it \d(?:\.\d+)?")
_MODEL_DETAIL = re.compile(r";\s*the words that weighed most:.*$")


def profile_notices(session: Session, owner_id: int) -> list[ProfileNotice]:
    """The owner's accounts whose latest profile check found a notice missing or out of
    date, for the digest (the check itself emails only when the verdict changes)."""
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
