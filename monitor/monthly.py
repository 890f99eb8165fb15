"""The monthly summary for the Monitoring Officer: how much abuse arrived, of what kind,
the trend over the last six months (an SVG bar chart, no JavaScript), incidents opened,
incidents still open, and what was done. Building it is a pure function of rows and a
month; writing it (HTML, and PDF through WeasyPrint) is a separate step.

Counts are by the calendar month (UTC) a comment was posted, so a comment posted at
00:30 BST on the 1st counts in the previous month. Comments marked "Not a problem" are
left out of the counts (and counted separately); comments already removed by the
retention purge are not counted at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from monitor.actions import (
    FLAGGED,
    CommentStatus,
    IncidentStatus,
    ModerationAction,
    Severity,
)
from monitor.audit import Result
from monitor.models import Account, Action, Incident, Owner, StoredComment
from monitor.scoring.base import CATEGORIES
from monitor.scoring.categories import COLOURS

TREND_MONTHS = 6
ACTIONS_SHOWN = (
    ModerationAction.HIDE,
    ModerationAction.DELETE,
    "mute_author",
    "block_author",
    "ban_author",
    "detach_quote",
)


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        try:
            moment = datetime.strptime(text, "%Y-%m")
        except ValueError:
            raise ValueError(f"{text!r} is not a month: use YYYY-MM, e.g. 2026-03") from None
        return cls(moment.year, moment.month)

    @classmethod
    def of(cls, moment: datetime) -> Month:
        return cls(moment.year, moment.month)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=UTC)

    @property
    def label(self) -> str:
        return self.start.strftime("%B %Y")

    @property
    def short(self) -> str:
        return self.start.strftime("%b %Y")


def build_summary(session: Session, owner_name: str, month: Month) -> dict[str, Any]:
    """The summary of ``month`` for one owner, with the five months before it."""
    owner = session.scalar(select(Owner).where(Owner.name == owner_name))
    if owner is None:
        raise LookupError(f"no owner named {owner_name!r} in the store")
    months = [month]
    while len(months) < TREND_MONTHS:
        months.insert(0, months[0].previous())
    flagged = list(
        session.scalars(
            select(StoredComment)
            .join(Account)
            .where(
                Account.owner_id == owner.id,
                StoredComment.severity.in_(FLAGGED),
                StoredComment.created_at >= months[0].start,
                StoredComment.created_at < month.next().start,
            )
            .options(selectinload(StoredComment.account))
        )
    )
    trend = [
        {
            "month": m.short,
            "comments": sum(
                1
                for c in flagged
                if Month.of(c.created_at) == m and c.status != CommentStatus.DISMISSED
            ),
            "counts": dict(
                Counter(
                    label
                    for c in flagged
                    if Month.of(c.created_at) == m and c.status != CommentStatus.DISMISSED
                    for label in c.labels
                )
            ),
        }
        for m in months
    ]
    this_month = [c for c in flagged if Month.of(c.created_at) == month]
    counted = [c for c in this_month if c.status != CommentStatus.DISMISSED]
    incidents = list(
        session.scalars(
            select(Incident).where(Incident.owner_id == owner.id).order_by(Incident.opened_at)
        )
    )
    actions = Counter(
        a.action
        for a in session.scalars(
            select(Action)
            .join(Account, Action.account_id == Account.id)
            .where(
                Account.owner_id == owner.id,
                Action.result == Result.OK,
                Action.at >= month.start,
                Action.at < month.next().start,
            )
        )
    )
    return {
        "owner": owner.name,
        "month": month.label,
        "flagged": len(counted),
        "urgent": sum(1 for c in counted if c.severity == Severity.HIGH),
        "dismissed": len(this_month) - len(counted),
        "authors": len({(c.platform, c.author_id) for c in counted}),
        "by_category": {cat: sum(cat in c.labels for c in counted) for cat in CATEGORIES},
        "by_account": dict(sorted(Counter(c.account.name for c in counted).items())),
        "previous_month_flagged": sum(
            1
            for c in flagged
            if Month.of(c.created_at) == month.previous() and c.status != CommentStatus.DISMISSED
        ),
        "trend": trend,
        "incidents_opened": [
            _incident(i) for i in incidents if month.start <= i.opened_at < month.next().start
        ],
        "incidents_open": [_incident(i) for i in incidents if i.status == IncidentStatus.OPEN],
        "actions": {name: actions.get(name, 0) for name in ACTIONS_SHOWN},
    }


def _incident(incident: Incident) -> dict[str, Any]:
    return {
        "id": incident.id,
        "author": incident.author_name,
        "platform": incident.platform,
        "opened_at": incident.opened_at.strftime("%Y-%m-%d"),
        "comments": len(incident.members),
        "categories": sorted({label for m in incident.members for label in m.comment.labels}),
    }


def trend_svg(trend: list[dict[str, Any]], *, width: int = 560, height: int = 220) -> str:
    """A stacked bar chart of flags per month by category, as SVG: each bar is as tall as
    the month's flags (a comment flagged for two categories counts in both), and the
    month's label gives the number of flagged comments."""
    left, bottom, top = 36, 40, 12
    tallest = max([sum(t["counts"].values()) for t in trend] + [1])
    plot = height - bottom - top
    slot = (width - left) / max(len(trend), 1)
    bar = slot * 0.6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="Flagged comments per month">',
        f'<line x1="{left}" y1="{top + plot}" x2="{width}" y2="{top + plot}" stroke="#999"/>',
        f'<text x="{left - 4}" y="{top + 4}" font-size="10" text-anchor="end">{tallest}</text>',
        f'<text x="{left - 4}" y="{top + plot}" font-size="10" text-anchor="end">0</text>',
    ]
    for index, entry in enumerate(trend):
        x = left + index * slot + (slot - bar) / 2
        y = top + plot
        for category in CATEGORIES:
            count = entry["counts"].get(category, 0)
            if not count:
                continue
            size = plot * count / tallest
            y -= size
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{size:.1f}" '
                f'fill="{COLOURS[category]}"><title>{entry["month"]}: {count} '
                f"{category.replace('_', ' ')}</title></rect>"
            )
        total = sum(entry["counts"].values())
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" font-size="10" '
            f'text-anchor="middle">{total}</text>'
        )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{top + plot + 14}" font-size="10" '
            f'text-anchor="middle">{entry["month"]} ({entry.get("comments", 0)})</text>'
        )
    for index, category in enumerate(CATEGORIES):
        x = left + index * (width - left) / len(CATEGORIES)
        parts.append(
            f'<rect x="{x:.1f}" y="{height - 14}" width="10" height="10" '
            f'fill="{COLOURS[category]}"/><text x="{x + 13:.1f}" y="{height - 5}" '
            f'font-size="10">{category.replace("_", " ")}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(summary: dict[str, Any]) -> str:
    env = Environment(
        loader=PackageLoader("monitor", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    return env.get_template("monthly_summary.html").render(
        s=summary, chart=trend_svg(summary["trend"])
    )


def write_summary(summary: dict[str, Any], directory: Path, stem: str) -> tuple[Path, Path]:
    """Write <stem>.html and <stem>.pdf into ``directory``."""
    # Imported here (optional at run time: WeasyPrint needs Pango).
    from weasyprint import HTML  # noqa: PLC0415

    directory.mkdir(parents=True, exist_ok=True)
    html = render_html(summary)
    html_path, pdf_path = directory / f"{stem}.html", directory / f"{stem}.pdf"
    html_path.write_text(html, encoding="utf-8")
    HTML(string=html).write_pdf(pdf_path)
    return html_path, pdf_path
