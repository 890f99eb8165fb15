"""The command line's plain-text tables: the flagged comments (`wardwatch flagged` and the
demo) and how each account and the email outbox stand (`wardwatch status`)."""

from __future__ import annotations

import shutil
import textwrap
from datetime import datetime

from monitor.actions import CommentStatus, PlatformState, Severity
from monitor.knowledge import deadline
from monitor.notify.digest import ago, local
from monitor.views import AccountStatus, FlaggedComment, OutboxSummary
from monitor.wording import STATUS_NAMES, categories, check_name, platform_name, plural

SEVERITY_MARK: dict[str, str] = {Severity.HIGH: "Urgent", Severity.REVIEW: "Review"}


def _stamp(moment: datetime | None, tz: str) -> str:
    """A time as a person reads it, in the owner's time zone."""
    if not moment:
        return "never"
    return local(moment, tz)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _reason(text: str) -> str:
    category, sep, rest = text.partition(": ")
    return f"{categories([category]).capitalize()}: {rest}" if sep else text


def flagged_table(rows: list[FlaggedComment], *, now: datetime) -> str:
    if not rows:
        return "No flagged comments."
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))
    running = sum(1 for r in rows if r.knowledge_clock and r.knowledge_clock.running)
    if running == 1:
        order = "the one with a deadline first, then newest first"
    elif running:
        order = f"the {running} with deadlines first, soonest first, then newest first"
    else:
        order = "newest first"
    out = [f"{plural(len(rows), 'flagged comment')}, {order}:", ""]
    for row in rows:
        tz = row.timezone
        out.append(
            f"#{row.id:<5} {SEVERITY_MARK.get(str(row.severity), row.severity)}: "
            f"{categories(row.labels)}  ({_state(row)})"
        )
        out.append(
            f"       {row.author} on {platform_name(row.platform)} ({row.account}), "
            f"{ago(row.created_at, now)} ({local(row.created_at, tz)})"
        )
        out.extend(
            textwrap.wrap(
                f'"{row.text}"', width, initial_indent="       ", subsequent_indent="        "
            )
        )
        clock = row.knowledge_clock
        if clock and clock.running:
            due = deadline(clock.deadline_at, now, tz=tz, bank_holidays=clock.bank_holidays)
            out.extend(
                textwrap.wrap(
                    f"Act {due}.",
                    width,
                    initial_indent="       ",
                    subsequent_indent="         ",
                )
            )
        for reason in row.reasons:
            out.extend(
                textwrap.wrap(
                    _reason(reason),
                    width,
                    initial_indent="       - ",
                    subsequent_indent="         ",
                )
            )
        if row.permalink:
            out.append(f"       {row.permalink}")
        out.append("")
    return "\n".join(out).rstrip()


def status_table(rows: list[AccountStatus]) -> str:
    if not rows:
        return "No accounts configured."
    out = []
    for row in rows:
        tz = row.timezone or "Europe/London"
        if row.paused:
            state = (
                f"PAUSED: {row.paused} (once fixed: "
                f"`wardwatch poll --account {row.account} --force`)"
            )
        elif row.last_error:
            state = f"last poll failed: {row.last_error}"
            if row.parked_until:
                state += f" (retrying after {_stamp(row.parked_until, tz)})"
        elif row.last_success_at:
            state = f"ok, last polled {_stamp(row.last_success_at, tz)}"
            if row.last_requests is not None:
                state += f" ({plural(row.last_requests, 'API request')})"
        else:
            state = "not polled yet"
        if not row.enabled:
            state = "disabled in config; " + state
        out.append(f"{row.account} ({platform_name(row.platform)}, owner {row.owner}): {state}")
        out.append(
            f"    waiting for a decision: {row.open_high} urgent, "
            f"{row.open_review} to review"
            + (f"; {row.unscored} not yet scored" if row.unscored else "")
        )
        if row.quarantined:
            bad = row.quarantined
            out.append(
                f"    QUARANTINED: {bad.count} unreadable items kept aside, latest "
                f"{_iso(bad.last_seen_at)} UTC: {bad.last_error}"
            )
        if row.profile:
            profile = row.profile
            out.append(
                f"    profile: hours notice {check_name(profile.hours_notice)}, disclaimer "
                f"{check_name(profile.disclaimer)}, abuse notice "
                f"{check_name(profile.abuse_notice or 'missing')} "
                f"(checked {_stamp(profile.checked_at, tz)})"
                + (f"; {profile.error}" if profile.error else "")
            )
    return "\n".join(out)


def outbox_lines(summary: OutboxSummary) -> str:
    """The outbox part of `wardwatch status`: is email getting out?"""
    out = [f"Email outbox: {summary.pending} pending, {summary.failed} failed"]
    if summary.pending and summary.oldest_pending_age_s is not None:
        line = (
            f"    oldest pending: queued {_stamp(summary.oldest_pending_at, 'UTC')}, "
            f"{_age(summary.oldest_pending_age_s)} ago"
        )
        if summary.pending_error:
            line += (
                f"; last try: {summary.pending_error} "
                f"(next try {_stamp(summary.next_attempt_at, 'UTC')})"
            )
        out.append(line)
    if summary.failed:
        out.append(
            f'    last failure: "{summary.last_failed_subject}" (queued '
            f"{_stamp(summary.last_failed_queued_at, 'UTC')}): {summary.last_failed_error}"
        )
    return "\n".join(out)


def _age(seconds: int) -> str:
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            return plural(seconds // size, unit)
    return plural(seconds, "second")


def _state(row: FlaggedComment) -> str:
    """The decision, and the platform's state where it says something more."""
    shown: dict[str, str] = {
        CommentStatus.OPEN: PlatformState.VISIBLE,
        CommentStatus.HIDDEN: PlatformState.HIDDEN,
        CommentStatus.DELETED: PlatformState.DELETED,
    }
    platform = row.platform_state
    if row.status == CommentStatus.DISMISSED and platform != PlatformState.VISIBLE:
        return f"dismissed, {platform} on the platform"
    if row.status in shown and shown[row.status] != platform:
        return f"{row.status}, {platform} on the platform"
    return STATUS_NAMES.get(row.status, str(row.status))
