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

from flask import Flask, render_template
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Settings
from monitor.web.actions import actions
from monitor.web.authors import authors
from monitor.web.demo_platform import demo_platform
from monitor.web.ops import ops
from monitor.web.review import review, review_link
from monitor.web.site import RedactTokens, secret_key, secure_headers
from monitor.web.team import team
from monitor.web.team_auth import init_oidc, team_auth


def create_app(factory: sessionmaker[Session], settings: Settings) -> Flask:
    app = Flask(__name__)
    https = settings.web.base_url.startswith("https://")
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
    link_limit = limiter.limit(settings.web.link_rate_limit)
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
    app.after_request(secure_headers)
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
