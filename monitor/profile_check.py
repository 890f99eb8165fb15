"""The daily profile-notice check: read each account's bio through its connector, decide
whether it carries the notices the guidance asks for, store the result, and email the
owner a pasteable wording when a notice is missing or has changed.

"If your account is only staffed 9-5 then you should say so on your profile", and a
personal-capacity profile needs "Views expressed are solely my own" (guidance 8(i)).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import Connector, ConnectorError
from monitor.accounts import account_row
from monitor.clock import StaffedHours, utcnow
from monitor.config import AccountConfig, Settings
from monitor.connections import open_connector
from monitor.db import transaction
from monitor.models import Account, ProfileCheck
from monitor.notify.service_mail import queue_email
from monitor.profile_text import (
    ABUSE_NOTICE_PROBLEM,
    ABUSE_NOTICE_WORDING,
    ProfileFindings,
    hours_sentences,
    read_profile,
)

log = logging.getLogger(__name__)

# Profile text limits in characters (X: 160, Bluesky: 256, Instagram: 150, Mastodon: 500,
# Facebook Page "about": 255, YouTube channel description: 1000).
BIO_LIMITS = {
    "x": 160,
    "bluesky": 256,
    "instagram": 150,
    "mastodon": 500,
    "facebook": 255,
    "youtube": 1000,
}
DEFAULT_LIMIT = 150  # the tightest, for platforms we know nothing about
PROBLEMS = frozenset({"missing", "mismatch"})


@dataclass
class ProfileResult:
    account: str
    platform: str
    hours_notice: str  # present | missing | mismatch | not_needed | error
    disclaimer: str  # present | missing | not_needed | error
    abuse_notice: str = "missing"
    found: list[str] = field(default_factory=list)
    suggestion: str | None = None
    mismatch: str | None = None
    error: str | None = None
    alerted: bool = False

    @property
    def needs_action(self) -> bool:
        return (
            self.hours_notice in PROBLEMS
            or self.disclaimer in PROBLEMS
            or self.abuse_notice == "missing"
        )

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("alerted")
        return data


def bio_limit(account: AccountConfig) -> int:
    platform = str(account.options.get("source_platform") or account.platform)
    return BIO_LIMITS.get(platform, DEFAULT_LIMIT)


def suggest(bio: str, findings: ProfileFindings, *, staffed_hours: str, limit: int) -> str | None:
    """A whole bio to paste: the current one without an outdated hours notice, plus the
    missing notices, in the longest wording that fits ``limit``. When the bio leaves no
    room, the notices alone (the councillor shortens the rest)."""
    needs_hours = findings.hours_notice in PROBLEMS
    needs_disclaimer = findings.disclaimer == "missing"
    needs_abuse = findings.abuse_notice == "missing"
    if not (needs_hours or needs_disclaimer or needs_abuse):
        return None
    kept = bio
    if findings.hours_notice == "mismatch":
        for sentence in hours_sentences(bio):
            kept = kept.replace(sentence, "")
    kept = " ".join(kept.split()).strip(" .;,|")
    kept = f"{kept}." if kept and kept[-1] not in ".!?" else kept
    hours = StaffedHours.parse(staffed_hours).describe()
    hours_variants = [f"Monitored {hours}, not bank holidays.", f"Monitored {hours}."]
    disclaimer_variants = ["Views expressed are solely my own.", "Views my own."]
    abuse = ABUSE_NOTICE_WORDING if needs_abuse else ""
    candidates = []
    for hours_text in hours_variants if needs_hours else [""]:
        for disclaimer_text in disclaimer_variants if needs_disclaimer else [""]:
            notice = " ".join(p for p in (hours_text, disclaimer_text) if p)
            with_abuse = f"{notice} {abuse}".strip()
            # Without the abuse notice only as a last resort, when nothing else fits.
            candidates += [with_abuse] if not notice or not abuse else [with_abuse, notice]
    for base in (kept, ""):
        for notice in candidates:
            text = f"{base} {notice}".strip()
            if len(text) <= limit:
                return text
    return candidates[-1][:limit]


def check_account(
    factory: sessionmaker[Session],
    settings: Settings,
    account: AccountConfig,
    *,
    now: datetime | None = None,
    connector: Connector | None = None,
) -> ProfileResult:
    """Check one account's profile, store the result, and queue an email when a notice
    is missing or its state has changed since the last check."""
    now = now or utcnow()
    owner = settings.owner(account.owner)
    result = ProfileResult(
        account=account.name, platform=account.platform, hours_notice="error", disclaimer="error"
    )
    bio = None
    try:
        connector = connector or open_connector(settings, factory, account)
        bio = connector.profile_text()
    except ConnectorError as exc:
        result.error = exc.message
    if bio is not None:
        findings = read_profile(bio, staffed_hours=owner.staffed_hours, kind=account.kind)
        result.hours_notice, result.disclaimer = findings.hours_notice, findings.disclaimer
        result.abuse_notice, result.found = findings.abuse_notice, list(findings.found)
        result.mismatch = findings.mismatch
        result.suggestion = suggest(
            bio, findings, staffed_hours=owner.staffed_hours, limit=bio_limit(account)
        )
    digest = hashlib.sha256(bio.encode("utf-8")).hexdigest() if bio is not None else None
    with transaction(factory) as session:
        row = account_row(session, settings, account.name)
        previous = session.scalar(
            select(ProfileCheck)
            .where(ProfileCheck.account_id == row.id)
            .order_by(ProfileCheck.checked_at.desc(), ProfileCheck.id.desc())
            .limit(1)
        )
        session.add(
            ProfileCheck(
                account_id=row.id,
                checked_at=now,
                hours_notice=result.hours_notice,
                disclaimer=result.disclaimer,
                abuse_notice=result.abuse_notice,
                found=result.found,
                suggestion=result.suggestion,
                profile_sha256=digest,
                error=result.error,
            )
        )
        if result.needs_action and _changed(previous, result, digest):
            _alert(session, settings, row, account, result, now)
            result.alerted = True
    return result


def _changed(previous: ProfileCheck | None, result: ProfileResult, digest: str | None) -> bool:
    """Tell the owner once per problem, not every day: again only when the profile text
    or the verdict changes."""
    if previous is None:
        return True
    return (
        previous.hours_notice,
        previous.disclaimer,
        previous.abuse_notice,
        previous.profile_sha256,
    ) != (result.hours_notice, result.disclaimer, result.abuse_notice, digest)


def _alert(
    session: Session,
    settings: Settings,
    row: Account,
    account: AccountConfig,
    result: ProfileResult,
    now: datetime,
) -> None:
    owner = settings.owner(account.owner)
    problems = []
    if result.hours_notice == "missing":
        problems.append(
            "It does not say when the account is monitored. The guidance: "
            '"If your account is only staffed 9-5 then you should say so on '
            'your profile."'
        )
    if result.hours_notice == "mismatch":
        problems.append(f"Its monitoring hours do not match your staffed hours: {result.mismatch}.")
    if result.disclaimer == "missing":
        problems.append(
            "It is a personal account without a disclaimer such as "
            '"Views expressed are solely my own" (guidance 8(i)).'
        )
    if result.abuse_notice == "missing":
        problems.append(ABUSE_NOTICE_PROBLEM)
    body = "\n".join(
        [
            f"wardwatch checked the profile of {account.name} ({account.platform}).",
            "",
            *[f"- {p}" for p in problems],
            "",
            f"Suggested profile text ({len(result.suggestion or '')} of {bio_limit(account)} "
            "characters allowed), ready to paste:",
            "",
            f"    {result.suggestion}",
            "",
            "wardwatch checks profiles daily and tells you again only if this changes.",
        ]
    )
    missing = "missing" in (result.hours_notice, result.disclaimer, result.abuse_notice)
    subject = f"Profile notice {'missing' if missing else 'out of date'} on {account.name}"
    queue_email(
        session,
        settings,
        kind="profile",
        owner_id=row.owner_id,
        recipients=[owner.email],
        subject=subject,
        body=body,
        now=now,
    )


def check_profiles(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    only: str | None = None,
) -> list[ProfileResult]:
    """Check every enabled account (or one). One failure never stops the others."""
    now = now or utcnow()
    results = []
    for account in settings.accounts:
        if (only and account.name != only) or (not only and not account.enabled):
            continue
        results.append(check_account(factory, settings, account, now=now))
    return results
