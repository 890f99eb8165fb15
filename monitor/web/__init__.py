"""The web pages behind the email links, and the review page. Plain server-rendered HTML
that works without JavaScript; `wardwatch web` serves it with waitress.

Security choices (see docs/deployment.md): GET and HEAD never change anything; every
change is a POST carrying a nonce derived from the link's token and checked for a
same-origin request; every response forbids caching, framing, indexing and referrers;
tokens are redacted from every log line; the pages that take a token are rate-limited
per client address (``web.link_rate_limit``); over HTTPS the session cookie is a
``__Host-`` cookie (Secure, whole site, no Domain).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Request, Response, render_template
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
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
    configured = settings.get("web.secret_key")
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


def _secure_headers(response: Response) -> Response:
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


def create_app(factory: sessionmaker[Session], settings: Settings) -> Flask:
    from monitor.web.actions import actions
    from monitor.web.authors import authors
    from monitor.web.demo_platform import demo_platform
    from monitor.web.ops import ops
    from monitor.web.review import review, review_link
    from monitor.web.team import team
    from monitor.web.team_auth import init_oidc, team_auth

    app = Flask(__name__)
    https = str(settings.get("web.base_url")).startswith("https://")
    app.config.update(
        SECRET_KEY=secret_key(settings),
        # Browsers accept a __Host- cookie only when it is Secure, so only over HTTPS.
        SESSION_COOKIE_NAME="__Host-wardwatch" if https else "wardwatch",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=https,
        SESSION_COOKIE_PATH="/",
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.extensions["wardwatch"] = (factory, settings)
    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://")
    # Every page that takes a token: guessing one must be slow.
    link_limit = limiter.limit(str(settings.get("web.link_rate_limit")))
    link_limit(actions)
    link_limit(review_link)
    app.register_blueprint(actions)
    app.register_blueprint(review_link)
    app.register_blueprint(review)
    app.register_blueprint(demo_platform)
    app.register_blueprint(ops)
    app.register_blueprint(team)
    app.register_blueprint(team_auth)
    init_oidc(app, settings)
    app.register_blueprint(authors)
    app.after_request(_secure_headers)
    for name in ("werkzeug", "waitress", app.logger.name):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())

    @app.get("/")
    def home() -> str:
        return render_template(
            "message.html",
            title="Open your review page",
            message="Open the review page with the link in your latest digest email.",
        )

    @app.errorhandler(404)
    def not_found(_error: Exception) -> tuple[str, int]:
        return render_template(
            "message.html", title="Not found", message="There is no page here."
        ), 404

    return app


def context() -> tuple[sessionmaker[Session], Settings]:
    from flask import current_app

    factory, settings = current_app.extensions["wardwatch"]
    return factory, settings
