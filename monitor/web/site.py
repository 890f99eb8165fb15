"""What every page of the web app shares: the store and settings it serves (``context``),
the same-origin check on every POST, the session secret, the security headers, the
redaction of link tokens from the logs, and the message pages (an invalid link).
:func:`monitor.web.create_app` puts them together.
"""

from __future__ import annotations

import hmac
import logging
import os
import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from flask import (
    Request,
    Response,
    abort,
    current_app,
    make_response,
    render_template,
    request,
    session,
)
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Settings

SECRET_FILE = "wardwatch-secret.key"
_TOKEN_PATH = re.compile(r"/(a|r|team/link)/[A-Za-z0-9_\-]{8,}")


class RedactTokens(logging.Filter):
    """Access and error logs print request paths; action-link paths carry tokens."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN_PATH.search(message):
            record.msg, record.args = _TOKEN_PATH.sub(r"/\1/<redacted>", message), None
        return True


def secret_key_file(settings: Settings) -> Path:
    """Beside the SQLite database, or beside the config file for a server database."""
    url = settings.database_url
    if url.startswith("sqlite:///") and url != "sqlite:///":
        return Path(url[len("sqlite:///") :]).parent / SECRET_FILE
    return settings.base_dir / SECRET_FILE


def secret_key(settings: Settings) -> str:
    """``web.secret_key``, or a random key generated once and kept in a private file."""
    configured = settings.web.secret_key
    if configured:
        return str(configured)
    path = secret_key_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48) + "\n")
    return path.read_text(encoding="ascii").strip()


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(request: Request, base_url: str) -> bool:
    """Reject a cross-site POST. Sec-Fetch-Site is decisive where the browser sends it;
    otherwise Origin, then Referer. "Origin: null" (what no-referrer pages send) proves
    nothing either way, and the nonce still has to match."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site in {"same-origin", "none"}
    allowed = {origin_of(base_url), origin_of(request.host_url)}
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin.lower() in allowed
    referer = request.headers.get("Referer")
    return not referer or origin_of(referer) in allowed


def check_post(settings: Settings, token_key: str) -> None:
    """Every POST from a page of ours: same origin and the session's CSRF token under
    ``token_key`` (which a form shown by this app put there: no token in the session, no
    POST). Aborts with 403 otherwise."""
    expected = str(session.get(token_key, ""))
    if (
        not expected
        or not same_origin(request, settings.web.base_url)
        or not hmac.compare_digest(request.form.get("csrf", ""), expected)
    ):
        abort(403)


def secure_headers(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    )
    return response


def context() -> tuple[sessionmaker[Session], Settings]:
    factory, settings = current_app.extensions["wardwatch"]
    return factory, settings


def message_page(title: str, message: str, status: int) -> Response:
    """A page that only says something: a title and one paragraph."""
    return make_response(render_template("message.html", title=title, message=message), status)


def invalid_link() -> Response:
    return message_page(
        "This link is not valid",
        "Check that the whole link was copied from the email, or open the review "
        "page from your latest digest. Links in a digest preview "
        "(`wardwatch digest --preview`) are examples and never work.",
        404,
    )
