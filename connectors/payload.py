"""Making what a platform sent safe to keep: text every database can store, times inside a
sane window, and the raw form of an item that could not be read (for quarantine).

A platform can send a lone UTF-16 surrogate (SQLite's driver refuses to encode it), a NUL
byte (PostgreSQL refuses it in text), a comment dated 2099 (which would carry a read
position past every real comment) or one dated year 1 (which overflows on conversion).
None of these may cost more than the one item.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

REPLACEMENT = "\ufffd"
# Lone surrogates cannot be encoded as UTF-8; NUL is refused by PostgreSQL text columns.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")
# C0 controls and DEL, except tab, line feed and carriage return, in free text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Any control character at all, in a one-line field (a name, an id, a header).
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f\u2028\u2029]")
_LINE_BREAKS = re.compile(" *[\x00-\x1f\x7f\u2028\u2029]+ *")

# Nothing on these platforms predates 2004; clocks a few minutes fast are normal.
EARLIEST = datetime(2004, 1, 1, tzinfo=UTC)
FUTURE_SKEW = timedelta(minutes=5)
RAW_LIMIT = 65536


def storable_text(value: str) -> str:
    """Free text (a comment): storable everywhere, line breaks kept."""
    return _CONTROL.sub("", _UNSTORABLE.sub(_replacement, value))


def storable_line(value: str) -> str:
    """A one-line field (an author name, an id): storable, and no control character that
    could start a new line in a plain-text email or a header."""
    return _LINE_BREAKS.sub(" ", _UNSTORABLE.sub(_replacement, value)).strip()


def safe_link(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) address, else None: a ``javascript:`` or
    ``data:`` permalink must never become a link in a page or an email."""
    if not url:
        return None
    url = _UNSTORABLE.sub(_replacement, url)
    if _LINE_CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    return url if scheme in ("http", "https") and url[len(scheme) :].startswith("://") else None


def _replacement(match: re.Match[str]) -> str:
    return "" if match.group() == "\x00" else REPLACEMENT


def clamp_time(moment: datetime, now: datetime) -> datetime:
    """``moment`` held inside [2004, now + 5 minutes]: a time from the future becomes
    now, so it can never move a read position past comments still to come."""
    if moment > now + FUTURE_SKEW:
        return now
    return max(moment, EARLIEST)


def raw_item(item: Any) -> str:
    """An item as JSON text any database can store (non-ASCII escaped), cut to 64 KB."""
    try:
        text = json.dumps(item, ensure_ascii=True, default=repr, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        text = repr(item).encode("ascii", "backslashreplace").decode("ascii")
    return text[:RAW_LIMIT]
