"""Signing in to the team page.

Two ways in, both ending in the same session (HttpOnly, SameSite=Lax cookie):

- OpenID Connect with the council's identity provider (Microsoft Entra ID, Google
  Workspace, Keycloak...), through Authlib: the authorization code flow with PKCE (S256),
  state and nonce checked, the ID token's signature checked against the provider's
  published keys (JWKS). The person's email and app roles come from the ID token.
- A one-time link by email for councils without SSO: valid 15 minutes, used once, only
  its SHA-256 stored. Opening it shows a button; only the POST signs in, so a mail
  scanner that fetches the link signs nobody in and does not spend it.

Who gets in, and what they see, is monitor.team.resolve's decision. Each sign-in is in
the audit log. The session is re-checked against the config on every request, so taking
someone out of the config takes effect at once.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

import requests
from flask import Blueprint, Flask, abort, current_app, redirect, render_template, request, session
from markupsafe import escape
from werkzeug.wrappers import Response

from monitor.clock import utcnow
from monitor.config import Settings
from monitor.db import transaction
from monitor.models import ActionToken
from monitor.notify import links
from monitor.notify.digest import Rendered
from monitor.notify.email import compose, enqueue
from monitor.team import Person, record_sign_in, resolve
from monitor.web.site import check_post as check_page_post
from monitor.web.site import context

log = logging.getLogger(__name__)
team_auth = Blueprint("team_auth", __name__)

LINK_ACTION = "team-signin"
LINK_LIFETIME = timedelta(minutes=15)
OIDC = "wardwatch_oidc"


def init_oidc(app: Flask, settings: Settings) -> None:
    """Register the identity provider with Authlib when ``team.oidc.issuer`` is set."""
    oidc = settings.team.oidc
    if not oidc.issuer:
        return
    # Imported here (only when OpenID Connect is configured).
    from authlib.integrations.flask_client import OAuth  # noqa: PLC0415

    oauth = OAuth(app)
    oauth.register(
        "oidc",
        client_id=oidc.client_id,
        client_secret=oidc.client_secret or None,
        server_metadata_url=oidc.issuer.rstrip("/") + "/.well-known/openid-configuration",
        client_kwargs={"scope": oidc.scopes, "code_challenge_method": "S256"},
    )
    app.extensions[OIDC] = oauth


def csrf_token() -> str:
    if "team_csrf" not in session:
        session["team_csrf"] = secrets.token_urlsafe(24)
    return str(session["team_csrf"])


def check_post(settings: Settings) -> None:
    """Every team POST: same origin and the team session's CSRF token."""
    check_page_post(settings, "team_csrf")


def signed_in(settings: Settings, now: datetime) -> Person | None:
    """The person of this session, re-resolved against the current config, or None."""
    data = session.get("team")
    if not isinstance(data, dict):
        return None
    since = datetime.fromisoformat(str(data.get("since")))
    if now - since > timedelta(hours=settings.team.session_hours):
        session.pop("team", None)
        return None
    return resolve(
        settings,
        email=str(data.get("email", "")),
        name=str(data.get("name", "")),
        roles=list(data.get("roles", [])),
    )


def _start_session(person: Person, roles: list[str], via: str) -> Response:
    factory, _ = context()
    now = utcnow()
    # Nothing from before sign-in (Authlib's state, an old CSRF token) carries over.
    session.clear()
    session["team"] = {
        "email": person.email,
        "name": person.name,
        "roles": roles,
        "since": now.isoformat(),
    }
    session["team_csrf"] = secrets.token_urlsafe(24)
    record_sign_in(factory, person, via, now)
    return redirect("/team", code=303)


def _refused(message: str, status: int = 403) -> tuple[str, int]:
    return render_template("message.html", title="You cannot sign in here", message=message), status


@team_auth.get("/team/sign-in")
def sign_in_page() -> str:
    _, settings = context()
    oidc = settings.team.oidc
    return render_template(
        "team_sign_in.html",
        title="Sign in",
        oidc_label=oidc.label if oidc.issuer else None,
        magic_link=settings.team.magic_link,
        csrf=csrf_token(),
        sent=request.args.get("sent") == "1",
    )


@team_auth.get("/team/sign-in/oidc")
def oidc_start() -> Any:
    """A link, not a form: the page's CSP (form-action 'self') would stop a form that
    redirects to the provider. Login CSRF is stopped by Authlib's state in the session."""
    _, settings = context()
    oauth = current_app.extensions.get(OIDC)
    if oauth is None:
        abort(404)
    base = settings.web.base_url.rstrip("/")
    return oauth.oidc.authorize_redirect(base + "/team/oidc/callback")


@team_auth.get("/team/oidc/callback")
def oidc_callback() -> Any:
    # Imported here (only when OpenID Connect is configured).
    from authlib.integrations.base_client import OAuthError  # noqa: PLC0415

    _, settings = context()
    oauth = current_app.extensions.get(OIDC)
    if oauth is None:
        abort(404)
    try:
        token = oauth.oidc.authorize_access_token()
    except OAuthError as exc:
        return _refused(f"The sign-in did not complete ({exc.error}). Try again.", 400)
    except (requests.RequestException, ValueError) as exc:
        # The provider could not be reached, or answered with something unusable.
        log.warning("OpenID Connect sign-in failed: %s", exc)
        return _refused("The identity provider did not answer properly. Try again later.", 502)
    claims = token.get("userinfo") or {}
    email = str(claims.get("email") or claims.get("preferred_username") or "")
    roles_claim = claims.get(settings.team.oidc.roles_claim, [])
    roles = [str(r) for r in roles_claim] if isinstance(roles_claim, list) else []
    person = resolve(settings, email=email, name=str(claims.get("name") or ""), roles=roles)
    if person is None:
        return _refused(
            f"{email or 'This account'} has no access to the team page. Ask the wardwatch "
            "administrator to add you."
        )
    return _start_session(person, roles, "OpenID Connect")


@team_auth.post("/team/sign-in/email")
def email_start() -> Response:
    factory, settings = context()
    if not settings.team.magic_link:
        abort(404)
    check_post(settings)
    address = request.form.get("email", "").strip()[:320]
    person = resolve(settings, email=address)
    if person is not None:
        _send_link(factory, settings, person, utcnow())
    # The same answer either way: the form must not tell who has access.
    return redirect("/team/sign-in?sent=1", code=303)


def _send_link(factory: Any, settings: Settings, person: Person, now: datetime) -> None:
    token = secrets.token_urlsafe(links.TOKEN_BYTES)
    url = settings.web.base_url.rstrip("/") + f"/team/link/{token}"
    text = (
        f"Open this link to sign in to the wardwatch team page:\n\n{url}\n\n"
        "It works once, for 15 minutes. If you did not ask to sign in, ignore this email.\n"
    )
    html = (
        f'<p><a href="{escape(url)}">Sign in to the wardwatch team page</a></p>'
        "<p>The link works once, for 15 minutes. If you did not ask to sign in, ignore "
        "this email.</p>"
    )
    rendered = Rendered(subject="Your wardwatch sign-in link", text=text, html=html)
    message = compose(settings, to=person.email, rendered=rendered, kind="signin", now=now)
    with transaction(factory) as db:
        db.add(
            ActionToken(
                token_hash=links.token_hash(token),
                comment_pk=None,
                action=LINK_ACTION,
                recipient=person.email,
                created_at=now,
                expires_at=now + LINK_LIFETIME,
            )
        )
        enqueue(db, message, kind="signin", owner_id=None, now=now)


def _link_row(token: str) -> ActionToken | None:
    factory, _ = context()
    with factory() as db:
        row = links.find(db, token)
    if row is None or row.action != LINK_ACTION or row.used_at is not None:
        return None
    return row if row.expires_at > utcnow() else None


@team_auth.get("/team/link/<token>")
def link_confirm(token: str) -> Any:
    """Shows a button; signing in is the POST, so fetching the link changes nothing."""
    row = _link_row(token)
    if row is None:
        return _refused("This sign-in link has expired or was used. Ask for a new one.", 410)
    return render_template(
        "team_link.html", title="Sign in", email=row.recipient, token=token, csrf=csrf_token()
    )


@team_auth.post("/team/link")
def link_sign_in() -> Any:
    factory, settings = context()
    check_post(settings)
    token = request.form.get("token", "")
    row = _link_row(token)
    if row is None:
        return _refused("This sign-in link has expired or was used. Ask for a new one.", 410)
    with transaction(factory) as db:
        if not links.claim(db, row.id, utcnow()):
            return _refused("This sign-in link was used already. Ask for a new one.", 410)
    person = resolve(settings, email=row.recipient)
    if person is None:
        return _refused(f"{row.recipient} no longer has access to the team page.")
    return _start_session(person, [], "email link")


@team_auth.post("/team/sign-out")
def sign_out() -> Response:
    _, settings = context()
    check_post(settings)
    session.clear()
    return redirect("/team/sign-in", code=303)
