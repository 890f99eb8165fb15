"""Building the daily digest and the urgent alert: a pure function of rows and a clock.

Nothing here reads the database, the config file or the wall clock: the caller gathers
:class:`Item` objects (with their action links already issued) and passes ``now``. The
result is a subject and two bodies; :mod:`monitor.notify.email` turns them into a message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

import jinja2

from monitor.actions import Severity
from monitor.incidents import ConductEntry, ConductNotice
from monitor.knowledge import Deadline, deadline
from monitor.notify.mask import excerpt, mask
from monitor.notify.weekly import WeeklySummary
from monitor.profile_text import ABUSE_NOTICE_PROBLEM
from monitor.scoring.categories import GUIDANCE
from monitor.wording import KNOWLEDGE_CLOCK_NOTE, categories, platform_name, plural

# The digest's three parts, by what the reader has to do.
ACT_TODAY, REVIEW, STILL_OPEN = "act", "review", "still_open"
PART_TITLE = {
    ACT_TODAY: "Act today",
    REVIEW: "Please review",
    STILL_OPEN: "For your information: still open from earlier",
}
# A phone shows about 40 characters a line: an item fits in a thumb's scroll.
EXCERPT_CHARS = 120
SUMMARY_CHARS = 100


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
    # One plain sentence on why it was flagged; ``reasons`` are the details.
    summary: str = ""


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
class _ConductView:
    notice: ConductNotice
    entries: list[tuple[ConductEntry, str, str, str]]  # entry, posted, labels, excerpt


def _conduct_view(notice: ConductNotice, tz: str, *, masked: bool) -> _ConductView:
    entries = []
    for entry in notice.entries:
        short = excerpt(entry.text)
        labels = categories(entry.labels)
        shown = mask(short, evidence=entry.evidence) if masked else short
        entries.append((entry, local(entry.posted, tz), labels, shown))
    return _ConductView(notice, entries)


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    email: str
    timezone: str = "Europe/London"
    bank_holidays: str = "ENG"


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
    platform: str
    summary: str
    reasons: list[str]
    guidance: list[str]
    age: str
    posted: str
    deadline: Deadline | None
    earlier: bool = False


@dataclass(frozen=True, slots=True)
class _Part:
    key: str
    title: str
    views: list[_View] = field(default_factory=list)


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("monitor.notify", "templates"),
        autoescape=jinja2.select_autoescape(["html"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["platform_name"] = platform_name
    return env


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


def _view(
    item: Item, now: datetime, recipient: Recipient, *, masked: bool, earlier: bool = False
) -> _View:
    short = excerpt(item.text, limit=EXCERPT_CHARS)
    shown = mask(short, evidence=item.evidence) if masked else short
    summary = item.summary or (item.reasons[0] if item.reasons else "")
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rstrip() + "\u2026"
    due = item.deadline_at if "libel" in item.labels else None
    return _View(
        item=item,
        excerpt=shown,
        masked=shown != short,
        labels=categories(item.labels),
        platform=platform_name(item.platform),
        # Reasons quote the comment, so they are masked like the excerpt.
        summary=mask(summary, evidence=item.evidence) if masked else summary,
        reasons=[mask(r, evidence=item.evidence) if masked else r for r in item.reasons],
        guidance=[GUIDANCE[label] for label in item.labels if label in GUIDANCE],
        age=ago(item.created_at, now),
        posted=local(item.created_at, recipient.timezone),
        deadline=(
            deadline(due, now, tz=recipient.timezone, bank_holidays=recipient.bank_holidays)
            if due
            else None
        ),
        earlier=earlier,
    )


def _by_deadline(view: _View) -> tuple[float, float]:
    """Soonest deadline first, then the rest newest first."""
    due = view.item.deadline_at if view.deadline else None
    return (due.timestamp() if due else float("inf"), -view.item.created_at.timestamp())


def parts(
    items: Sequence[Item],
    now: datetime,
    recipient: Recipient,
    *,
    masked: bool,
    still_open: Sequence[Item] = (),
) -> list[_Part]:
    """The digest's parts, by what to do. "Act today" holds urgent comments and every
    comment whose knowledge clock is running, new or from earlier, soonest deadline first;
    "Please review" the other new ones; the rest of what is still open is listed last."""
    views = [_view(i, now, recipient, masked=masked) for i in items]
    views += [_view(i, now, recipient, masked=masked, earlier=True) for i in still_open]
    act = [v for v in views if v.item.severity == Severity.HIGH or v.deadline]
    review = [v for v in views if v not in act and not v.earlier]
    rest = [v for v in views if v not in act and v.earlier]
    result = [
        _Part(ACT_TODAY, PART_TITLE[ACT_TODAY], sorted(act, key=_by_deadline)),
        _Part(REVIEW, PART_TITLE[REVIEW], sorted(review, key=_by_deadline)),
        _Part(STILL_OPEN, PART_TITLE[STILL_OPEN], sorted(rest, key=_by_deadline)),
    ]
    return [part for part in result if part.views]


def weekly_sentence(weekly: WeeklySummary) -> str:
    """How quickly flagged comments were dealt with, against the knowledge clock."""
    flagged = plural(weekly.total, "comment")
    if not weekly.acted:
        return f"{flagged.capitalize()} flagged; none dealt with yet."
    median_hours = weekly.median_hours or 0.0
    typical = (
        "within the hour"
        if median_hours < 1
        else f"in about {plural(round(median_hours), 'working hour')}"
    )
    return (
        f"{flagged.capitalize()} flagged. Of the {weekly.acted} dealt with, "
        f"{weekly.acted_in_time} {'was' if weekly.acted_in_time == 1 else 'were'} within "
        f"48 working hours of your being told, typically {typical}. "
        f"{weekly.waiting} still {'waits' if weekly.waiting == 1 else 'wait'} for a decision."
    )


def _clock_note(views: Iterable[_View]) -> str:
    return KNOWLEDGE_CLOCK_NOTE if any(v.deadline for v in views) else ""


def build_digest(
    recipient: Recipient,
    items: Sequence[Item],
    now: datetime,
    *,
    masked: bool = True,
    review_url: str | None = None,
    still_open: Sequence[Item] = (),
    profiles: Sequence[ProfileNotice] = (),
    weekly: WeeklySummary | None = None,
    conduct: Sequence[ConductNotice] = (),
) -> Rendered:
    """The digest email for one recipient: subject, plain text and HTML. ``items`` are
    the comments not reported before; ``still_open`` the earlier ones nobody has decided
    on yet (listed again, with their deadlines). ``profiles`` are the owner's accounts
    whose profile lacks a notice the guidance asks for; ``weekly`` the weekly summary;
    ``conduct`` the incidents (repeat offenders, threats) not yet raised."""
    tz = recipient.timezone
    day = now.astimezone(ZoneInfo(tz))
    sections = parts(items, now, recipient, masked=masked, still_open=still_open)
    act = next((p.views for p in sections if p.key == ACT_TODAY), [])
    date = f"({day:%a} {day.day} {day:%b})"
    if items:
        subject = f"wardwatch: {plural(len(items), 'new comment')} to review"
    elif still_open:
        subject = f"wardwatch: nothing new, {plural(len(still_open), 'comment')} still open"
    else:
        subject = "wardwatch: nothing new to review"
    if act:
        subject += f", {len(act)} to act on today"
    context = {
        "recipient": recipient,
        "parts": sections,
        "new_count": plural(len(items), "new comment"),
        "open_count": len(still_open),
        "act_count": len(act),
        "today": f"{day:%A} {day.day} {day:%B %Y}",
        "review_url": review_url,
        "profiles": [(p, p.problems, local(p.checked_at, tz)) for p in profiles if p.problems],
        "weekly": weekly,
        "weekly_sentence": weekly_sentence(weekly) if weekly else "",
        "clock_note": _clock_note(v for p in sections for v in p.views),
        "conduct": [_conduct_view(n, tz, masked=masked) for n in conduct],
        "kind": "digest",
    }
    return _render("digest", f"{subject} {date}", context, len(items))


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
    ordered = sorted(items, key=lambda i: (i.account, i.created_at.timestamp(), i.comment_pk))
    views = [_view(i, now, recipient, masked=masked) for i in ordered]
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
        "accounts": [
            (a, sorted((v for v in views if v.item.account == a), key=_by_deadline))
            for a in accounts
        ],
        "out_of_hours": out_of_hours,
        "clock_note": _clock_note(views),
        "conduct": [_conduct_view(n, recipient.timezone, masked=masked) for n in conduct],
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
