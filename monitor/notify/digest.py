"""Building the daily digest and the urgent alert: a pure function of rows and a clock.

Nothing here reads the database, the config file or the wall clock: the caller gathers
:class:`Item` objects (with their action links already issued) and passes ``now``. The
result is a subject and two bodies; :mod:`monitor.notify.email` turns them into a message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import jinja2

from monitor.notify.mask import excerpt, mask
from monitor.profile_text import ABUSE_NOTICE_PROBLEM
from monitor.scoring.policy import GUIDANCE

SEVERITY_ORDER = ("high", "review")
SEVERITY_TITLE = {"high": "Urgent: act today", "review": "Please review"}
CATEGORY_TITLE = {
    "libel": "possible libel",
    "obscene": "obscene",
    "abuse": "abuse or bullying",
    "threat": "threat",
    "discrimination": "discriminatory",
    "personal_data": "personal data",
}


@dataclass(frozen=True, slots=True)
class Links:
    hide: str | None
    dismiss: str
    view: str
    platform: str | None


@dataclass(frozen=True, slots=True)
class Item:
    """One flagged comment as the digest shows it."""

    comment_pk: int
    account: str
    platform: str
    author: str
    text: str
    severity: str
    labels: Sequence[str]
    reasons: Sequence[str]
    created_at: datetime
    links: Links
    evidence: Sequence[str] = ()
    deadline_at: datetime | None = None
    cannot_hide_hint: str = ""


@dataclass(frozen=True, slots=True)
class ProfileNotice:
    """An account whose latest profile check found a notice missing or out of date."""

    account: str
    platform: str
    hours_notice: str  # present | missing | mismatch | not_needed | error
    disclaimer: str  # present | missing | not_needed | error
    suggestion: str | None
    checked_at: datetime
    abuse_notice: str = "present"  # present | missing

    @property
    def problems(self) -> list[str]:
        found = []
        if self.hours_notice == "missing":
            found.append(
                "It does not say when the account is monitored. The guidance: "
                '"If your account is only staffed 9-5 then you should say so on your profile."'
            )
        elif self.hours_notice == "mismatch":
            found.append("The monitoring hours it gives do not match your staffed hours.")
        if self.disclaimer == "missing":
            found.append(
                'It is a personal account without a disclaimer such as "Views expressed '
                'are solely my own" (guidance 8(i)).'
            )
        if self.abuse_notice == "missing":
            found.append(ABUSE_NOTICE_PROBLEM)
        return found


@dataclass(frozen=True, slots=True)
class ConductEntry:
    """One comment of an incident, as a conduct notice lists it."""

    comment_pk: int
    account: str
    posted: datetime
    labels: Sequence[str]
    text: str
    evidence: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class ConductNotice:
    """An incident: one author's flagged comments that together may be a course of
    conduct (or one threat), with the offences they may engage, as a prompt."""

    incident_id: int
    author: str
    platform: str
    labels: Sequence[str]
    offences: Sequence[str]
    entries: Sequence[ConductEntry]
    author_url: str | None = None

    @property
    def headline(self) -> str:
        if len(self.entries) >= 2:
            days = (self.entries[-1].posted - self.entries[0].posted).days
            span = f"over {days} day{'s' if days != 1 else ''}" if days else "on the same day"
            return (
                f"Possible course of conduct (harassment): {self.author} has posted "
                f"{len(self.entries)} flagged comments {span}"
            )
        return f"Possible threat to report: {self.author}"


@dataclass(frozen=True, slots=True)
class _ConductView:
    notice: ConductNotice
    entries: list[tuple[ConductEntry, str, str, str]]  # entry, posted, labels, excerpt


def _conduct_view(notice: ConductNotice, tz: str, *, masked: bool) -> _ConductView:
    entries = []
    for entry in notice.entries:
        short = excerpt(entry.text)
        labels = ", ".join(CATEGORY_TITLE.get(label, label) for label in entry.labels)
        shown = mask(short, evidence=entry.evidence) if masked else short
        entries.append((entry, local(entry.posted, tz), labels, shown))
    return _ConductView(notice, entries)


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    email: str
    timezone: str = "Europe/London"


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str
    items: int = 0


@dataclass(frozen=True, slots=True)
class _View:
    item: Item
    excerpt: str
    masked: bool
    labels: str
    reasons: list[str]
    guidance: list[str]
    age: str
    posted: str
    deadline: str | None


@dataclass(frozen=True, slots=True)
class _Group:
    severity: str
    title: str
    accounts: list[tuple[str, list[_View]]] = field(default_factory=list)


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("monitor.notify", "templates"),
        autoescape=jinja2.select_autoescape(["html"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def ago(then: datetime, now: datetime) -> str:
    """How long ago, as a person would say it."""
    seconds = max(0, int((now - then).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "just now"


def local(moment: datetime, tz: str) -> str:
    value = moment.astimezone(ZoneInfo(tz))
    return f"{value:%a} {value.day} {value:%b %Y, %H:%M} {value.tzname()}"


def _deadline(deadline: datetime | None, now: datetime, tz: str) -> str | None:
    if deadline is None:
        return None
    left = deadline - now
    if left <= timedelta(0):
        return f"{local(deadline, tz)}: the 48 working-hour target has passed, act now"
    hours = int(left.total_seconds() // 3600)
    return f"{local(deadline, tz)} (about {hours} hours from now)"


def _view(item: Item, now: datetime, tz: str, *, masked: bool) -> _View:
    short = excerpt(item.text)
    shown = mask(short, evidence=item.evidence) if masked else short
    return _View(
        item=item,
        excerpt=shown,
        masked=shown != short,
        labels=", ".join(CATEGORY_TITLE.get(label, label) for label in item.labels),
        # Reasons quote the comment, so they are masked like the excerpt.
        reasons=[mask(r, evidence=item.evidence) if masked else r for r in item.reasons],
        guidance=[GUIDANCE[label] for label in item.labels if label in GUIDANCE],
        age=ago(item.created_at, now),
        posted=local(item.created_at, tz),
        deadline=_deadline(item.deadline_at, now, tz) if "libel" in item.labels else None,
    )


def group(items: Sequence[Item], now: datetime, tz: str, *, masked: bool) -> list[_Group]:
    """Items by severity (urgent first), then by account, newest first within each."""
    groups = []
    for severity in SEVERITY_ORDER:
        chosen = sorted(
            (i for i in items if i.severity == severity),
            key=lambda i: (i.account, -i.created_at.timestamp()),
        )
        if not chosen:
            continue
        result = _Group(severity, SEVERITY_TITLE[severity])
        for account in dict.fromkeys(i.account for i in chosen):
            result.accounts.append(
                (
                    account,
                    [_view(i, now, tz, masked=masked) for i in chosen if i.account == account],
                )
            )
        groups.append(result)
    return groups


def build_digest(
    recipient: Recipient,
    items: Sequence[Item],
    now: datetime,
    *,
    masked: bool = True,
    review_url: str | None = None,
    still_open: int = 0,
    profiles: Sequence[ProfileNotice] = (),
    conduct: Sequence[ConductNotice] = (),
) -> Rendered:
    """The digest email for one recipient: subject, plain text and HTML. ``profiles``
    are the owner's accounts whose profile lacks a notice the guidance asks for;
    ``conduct`` the incidents (repeat offenders, threats) not yet raised."""
    tz = recipient.timezone
    urgent = sum(1 for i in items if i.severity == "high")
    day = now.astimezone(ZoneInfo(tz))
    count = f"{len(items)} comment{'s' if len(items) != 1 else ''}"
    subject = (
        f"wardwatch: {count} to review"
        + (f", {urgent} urgent" if urgent else "")
        + f" ({day:%a} {day.day} {day:%b})"
    )
    if not items:
        subject = f"wardwatch: nothing new to review ({day:%a} {day.day} {day:%b})"
    context = {
        "recipient": recipient,
        "groups": group(items, now, tz, masked=masked),
        "count": count,
        "urgent": urgent,
        "today": f"{day:%A} {day.day} {day:%B %Y}",
        "review_url": review_url,
        "still_open": still_open,
        "profiles": [(p, p.problems, local(p.checked_at, tz)) for p in profiles if p.problems],
        "conduct": [_conduct_view(n, tz, masked=masked) for n in conduct],
        "kind": "digest",
    }
    return _render("digest", subject, context, len(items))


def build_alert(
    recipient: Recipient,
    items: Sequence[Item],
    now: datetime,
    *,
    masked: bool = True,
    out_of_hours: bool = False,
    conduct: Sequence[ConductNotice] = (),
) -> Rendered:
    """One urgent alert for the high-severity comments found together (one poll's burst
    is one email, not one per comment). A single comment keeps its own subject line.
    ``conduct`` names the incidents these comments belong to."""
    if not items:
        raise ValueError("an alert needs at least one comment")
    tz = recipient.timezone
    ordered = sorted(items, key=lambda i: (i.account, i.created_at.timestamp(), i.comment_pk))
    views = [_view(i, now, tz, masked=masked) for i in ordered]
    accounts = list(dict.fromkeys(i.account for i in ordered))
    if conduct and any(len(n.entries) >= 2 for n in conduct):
        subject = f"wardwatch URGENT: possible course of conduct by {conduct[0].author}"
    elif len(views) == 1:
        subject = f"wardwatch URGENT: {views[0].labels} comment on {ordered[0].account}"
    else:
        where = f"on {accounts[0]}" if len(accounts) == 1 else "on your pages"
        subject = f"wardwatch URGENT: {len(views)} comments {where} need attention"
    context = {
        "recipient": recipient,
        "views": views,
        "accounts": [(a, [v for v in views if v.item.account == a]) for a in accounts],
        "out_of_hours": out_of_hours,
        "conduct": [_conduct_view(n, tz, masked=masked) for n in conduct],
        "kind": "alert",
    }
    return _render("alert", subject, context, len(views))


def _render(name: str, subject: str, context: dict[str, object], count: int) -> Rendered:
    env = _environment()
    text = env.get_template(f"{name}.txt").render(context)
    html = env.get_template(f"{name}.html").render(context)
    # Header-safe subject: one line, bounded; the email API refuses CR/LF anyway.
    subject = " ".join(subject.split())[:200]
    return Rendered(subject=subject, text=text, html=html, items=count)
