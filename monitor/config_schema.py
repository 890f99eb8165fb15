"""The shape of wardwatch.toml: every section, key, type, default and validator.

`monitor.config` reads a file against this schema; config.example.toml documents every key
named here (a test checks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from limits import parse

from monitor.clock import StaffedHours
from monitor.scoring import categories
from monitor.scoring.categories import CATEGORIES

Check = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Key:
    """One key: the Python types it accepts, its default, an optional converter that
    raises ValueError with a hint, and whether it holds a secret reference."""

    types: tuple[type, ...]
    default: Any = None
    required: bool = False
    convert: Check | None = None
    secret: bool = False


def _duration(value: Any) -> timedelta:
    if isinstance(value, int) and not isinstance(value, bool):
        return timedelta(minutes=value)
    match = re.fullmatch(r"\s*(\d+)\s*(s|m|h|d)\s*", str(value))
    if not match:
        raise ValueError('use a duration such as "90s", "15m", "2h" or a number of minutes')
    amount, unit = int(match.group(1)), match.group(2)
    delta = {
        "s": timedelta(seconds=amount),
        "m": timedelta(minutes=amount),
        "h": timedelta(hours=amount),
        "d": timedelta(days=amount),
    }[unit]
    if delta < timedelta(seconds=30):
        raise ValueError("poll no more often than every 30 seconds")
    return delta


def _clock_time(value: Any) -> time:
    match = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", str(value))
    if not match:
        raise ValueError('use 24-hour "HH:MM", for example "07:30"')
    return time(int(match.group(1)), int(match.group(2)))


def _timezone(value: Any) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError('use an IANA time zone name such as "Europe/London"') from None
    return str(value)


def _choice(*choices: str) -> Check:
    def check(value: Any) -> Any:
        if value not in choices:
            raise ValueError(f"choose one of: {', '.join(repr(c) for c in choices)}")
        return value

    return check


def _positive(value: Any) -> int:
    if int(value) < 1:
        raise ValueError("use a whole number of 1 or more")
    return int(value)


def _endpoint(value: Any) -> str:
    if value and not re.match(r"https?://[^\s/]+", str(value)):
        raise ValueError('use an http(s) URL such as "http://127.0.0.1:11434/v1", or ""')
    return str(value)


def _seconds(value: Any) -> float:
    if not 0 < float(value) <= 3600:
        raise ValueError("use a number of seconds above 0 and at most 3600")
    return float(value)


def _rate(value: Any) -> str:
    try:
        parse(str(value))
    except ValueError:
        raise ValueError('use a rate such as "30 per minute" or "10/second"') from None
    return str(value)


def _unit_interval(value: Any) -> float:
    if not 0.0 <= float(value) <= 1.0:
        raise ValueError("use a number between 0 and 1")
    return float(value)


def _staffed_hours(value: Any) -> str:
    StaffedHours.parse(str(value))  # raises ValueError with a hint
    return str(value)


def _categories(value: Any) -> list[str]:
    unknown = [v for v in value if v not in CATEGORIES]
    if unknown:
        raise ValueError(f"unknown categories {unknown}: use {', '.join(CATEGORIES)}")
    return list(value)


def _email(value: Any) -> str:
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+|.*<[^@\s<>]+@[^@\s<>]+>", str(value)):
        raise ValueError('use an address such as "cllr.hughes@example.gov.uk"')
    return str(value)


def _link_expiry(value: Any) -> int:
    # Links must outlive the 48 working-hour libel clock across a weekend.
    if int(value) < 72:
        raise ValueError("links must stay valid for at least 72 hours (default 168)")
    return int(value)


STR, INT, FLOAT, BOOL, LIST, TABLE = (str,), (int,), (int, float), (bool,), (list,), (dict,)

SECTIONS: dict[str, dict[str, Key]] = {
    "storage": {
        "url": Key(STR, "sqlite:///wardwatch.db"),
        "retention_unflagged_days": Key(INT, 90),
        "retention_flagged_days": Key(INT, 456),
    },
    "scoring": {
        "toxicity": Key(STR, "model", convert=_choice("model", "linear", "detoxify", "none")),
        "model_threads": Key(INT, 0),
        "batch_size": Key(INT, 256, convert=_positive),
        "auto_hide": Key(LIST, [], convert=_categories),
        "names": Key(LIST, []),
    },
    "scoring.detoxify": {
        "model": Key(
            STR,
            "original",
            convert=_choice(
                "original", "unbiased", "multilingual", "original-small", "unbiased-small"
            ),
        ),
        "checkpoint": Key(STR, ""),
        "huggingface_config": Key(STR, ""),
        "batch_size": Key(INT, 32),
        "threads": Key(INT, 0),
        "quantize": Key(BOOL, False),
    },
    "scoring.second_opinion": {
        "enabled": Key(BOOL, False),
        "base_url": Key(STR, "", convert=_endpoint),
        "model": Key(STR, ""),
        "api_key": Key(TABLE, None, secret=True),
        "timeout": Key(FLOAT, 10.0, convert=_seconds),
        "daily_cap": Key(INT, 200, convert=_positive),
    },
    "email": {
        "mode": Key(STR, "outbox-dir", convert=_choice("outbox-dir", "smtp")),
        "from": Key(STR, "wardwatch <wardwatch@localhost>"),
        "outbox_dir": Key(STR, "outbox"),
        "send_empty": Key(BOOL, False),
        "mask_excerpts": Key(BOOL, True),
    },
    "email.smtp": {
        "host": Key(STR, "localhost"),
        "port": Key(INT, 587),
        "security": Key(STR, "starttls", convert=_choice("starttls", "ssl", "none")),
        "username": Key(STR, ""),
        "password": Key(TABLE, None, secret=True),
        "timeout": Key(FLOAT, 30),
        "ca_file": Key(STR, ""),
    },
    "web": {
        "base_url": Key(STR, "http://127.0.0.1:8080"),
        "host": Key(STR, "127.0.0.1"),
        "port": Key(INT, 8080),
        "secret_key": Key(TABLE, None, secret=True),
        "link_expiry_hours": Key(INT, 168, convert=_link_expiry),
        "link_rate_limit": Key(STR, "30 per minute", convert=_rate),
    },
    "alerts": {
        "urls": Key(LIST, []),
    },
    "team": {
        "admins": Key(LIST, []),
        "member_services": Key(LIST, []),
        "magic_link": Key(BOOL, True),
        "session_hours": Key(INT, 12, convert=_positive),
    },
    "team.oidc": {
        "issuer": Key(STR, ""),
        "label": Key(STR, "your council account"),
        "client_id": Key(STR, ""),
        "client_secret": Key(TABLE, None, secret=True),
        "scopes": Key(STR, "openid email profile"),
        "roles_claim": Key(STR, "roles"),
        "admin_role": Key(STR, "wardwatch.admin"),
        "member_services_role": Key(STR, "wardwatch.member_services"),
    },
    "polling": {
        "connect_timeout": Key(FLOAT, 10, convert=_seconds),
        "read_timeout": Key(FLOAT, 30, convert=_seconds),
        "call_deadline": Key(FLOAT, 60, convert=_seconds),
        "poll_budget": Key(FLOAT, 300, convert=_seconds),
        "workers": Key(INT, 32, convert=_positive),
    },
    "incidents": {
        "window_days": Key(INT, 90, convert=_positive),
    },
    # How many flagged comments from one author within the window make an incident
    # (monitor.scoring.categories).
    "incidents.thresholds": {
        category.name: Key(INT, category.incident_after, convert=_positive)
        for category in categories.TABLE
    },
    "distributed": {
        "broker_url": Key(STR, "redis://127.0.0.1:6379/0"),
        "visibility_timeout": Key(INT, 900, convert=_positive),
    },
}

SECTIONS |= {
    f"scoring.thresholds.{category}": {
        "review": Key(FLOAT, None, convert=_unit_interval),
        "high": Key(FLOAT, None, convert=_unit_interval),
    }
    for category in CATEGORIES
}

OWNER_KEYS: dict[str, Key] = {
    "name": Key(STR, required=True),
    "email": Key(STR, required=True, convert=_email),
    "timezone": Key(STR, "Europe/London", convert=_timezone),
    "staffed_hours": Key(STR, "Mon-Fri 09:00-17:00", convert=_staffed_hours),
    "bank_holidays": Key(STR, "ENG", convert=_choice("ENG", "WLS", "SCT", "NIR", "none")),
    "digest_time": Key(STR, time(7, 30), convert=_clock_time),
    "delegate_email": Key(STR, "", convert=lambda v: _email(v) if v else ""),
}

ACCOUNT_KEYS: dict[str, Key] = {
    "name": Key(STR, required=True),
    "owner": Key(STR, required=True),
    "platform": Key(STR, required=True),
    "poll_every": Key((str, int), timedelta(minutes=15), convert=_duration),
    "api_base_url": Key(STR, ""),
    "kind": Key(STR, "official", convert=_choice("personal", "official")),
    "enabled": Key(BOOL, True),
}
