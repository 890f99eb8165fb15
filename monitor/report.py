"""Plain-text tables for the terminal."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any

SEVERITY_MARK = {"high": "HIGH", "review": "review"}


def flagged_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No flagged comments."
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))
    out = [f"{len(rows)} flagged comment{'s' if len(rows) != 1 else ''}, newest first:", ""]
    for row in rows:
        head = (
            f"#{row['id']:<5} {SEVERITY_MARK.get(row['severity'], row['severity']):<6} "
            f"{row['platform']}/{row['account']}  {row['author']}  "
            f"{row['created_at'][:16].replace('T', ' ')} UTC  [{row['status']}]"
        )
        out.append(head)
        out.extend(
            textwrap.wrap(
                f'"{row["text"]}"', width, initial_indent="       ", subsequent_indent="        "
            )
        )
        for reason in row["reasons"]:
            out.extend(
                textwrap.wrap(
                    reason, width, initial_indent="       - ", subsequent_indent="         "
                )
            )
        if row.get("permalink"):
            out.append(f"       {row['permalink']}")
        out.append("")
    return "\n".join(out).rstrip()


def status_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "No accounts configured."
    out = []
    for row in rows:
        if row["paused"]:
            state = (
                f"PAUSED: {row['paused']} (once fixed: "
                f"`wardwatch poll --account {row['account']} --force`)"
            )
        elif row["last_error"]:
            state = f"last poll failed: {row['last_error']}"
            if row["parked_until"]:
                state += f" (retrying after {row['parked_until']} UTC)"
        elif row["last_success_at"]:
            state = f"ok, last polled {row['last_success_at']} UTC"
            if row.get("last_requests") is not None:
                count = row["last_requests"]
                state += f" ({count} API request{'s' if count != 1 else ''})"
        else:
            state = "not polled yet"
        if not row["enabled"]:
            state = "disabled in config; " + state
        out.append(f"{row['account']} ({row['platform']}, owner {row['owner']}): {state}")
        out.append(
            f"    waiting for attention: {row['open_high']} high, "
            f"{row['open_review']} review"
            + (f"; {row['unscored']} not yet scored" if row["unscored"] else "")
        )
        if row.get("profile"):
            profile = row["profile"]
            out.append(
                f"    profile: hours notice {profile['hours_notice']}, disclaimer "
                f"{profile['disclaimer']} (checked {profile['checked_at']} UTC)"
                + (f"; {profile['error']}" if profile["error"] else "")
            )
    return "\n".join(out)


def outbox_lines(summary: dict[str, Any]) -> str:
    """The outbox part of `wardwatch status`: is email getting out?"""
    out = [f"Email outbox: {summary['pending']} pending, {summary['failed']} failed"]
    if summary["pending"]:
        line = (
            f"    oldest pending: queued {summary['oldest_pending_at']} UTC, "
            f"{_age(summary['oldest_pending_age_s'])} ago"
        )
        if summary["pending_error"]:
            line += (
                f"; last try: {summary['pending_error']} "
                f"(next try {summary['next_attempt_at']} UTC)"
            )
        out.append(line)
    if summary["failed"]:
        out.append(
            f'    last failure: "{summary["last_failed_subject"]}" (queued '
            f"{summary['last_failed_queued_at']} UTC): {summary['last_failed_error']}"
        )
    return "\n".join(out)


def _age(seconds: int) -> str:
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} seconds"
