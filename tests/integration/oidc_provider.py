"""A small OpenID Connect provider for tests, served on 127.0.0.1: discovery document,
an authorization endpoint with a sign-in form, a token endpoint that checks the client
secret, the code, the redirect URI and the PKCE verifier, and issues RS256-signed ID
tokens (joserfc, the JOSE library Authlib builds on) whose keys it publishes as a JWKS.

It knows a fixed list of people; the sign-in form asks which one you are, as a real
provider's login page would ask for a password.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import Flask, abort, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import RSAKey
from markupsafe import escape
from werkzeug.serving import make_server


@dataclass
class Person:
    sub: str
    email: str
    name: str
    roles: list[str] = field(default_factory=list)


@dataclass
class Provider:
    issuer: str
    client_id: str
    client_secret: str
    people: dict[str, Person]
    key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(
            2048, parameters={"kid": "test-key-1", "use": "sig"}, private=True
        )
    )
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens_issued: list[dict[str, Any]] = field(default_factory=list)

    def id_token(self, person: Person, nonce: str) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": person.sub,
            "aud": self.client_id,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "email": person.email,
            "name": person.name,
            "roles": person.roles,
        }
        self.tokens_issued.append(claims)
        header = {"alg": "RS256", "kid": self.key.kid}
        return jwt.encode(header, claims, self.key)

    def app(self) -> Flask:
        app = Flask("oidc_provider")

        @app.get("/.well-known/openid-configuration")
        def discovery() -> Any:
            return jsonify(
                issuer=self.issuer,
                authorization_endpoint=f"{self.issuer}/authorize",
                token_endpoint=f"{self.issuer}/token",
                jwks_uri=f"{self.issuer}/jwks",
                response_types_supported=["code"],
                subject_types_supported=["public"],
                id_token_signing_alg_values_supported=["RS256"],
                code_challenge_methods_supported=["S256"],
                token_endpoint_auth_methods_supported=["client_secret_basic"],
            )

        @app.get("/jwks")
        def jwks() -> Any:
            return jsonify(keys=[self.key.as_dict(private=False)])

        @app.get("/authorize")
        def authorize_form() -> str:
            args = request.args
            if args.get("client_id") != self.client_id or args.get("response_type") != "code":
                abort(400)
            hidden = "".join(
                f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                for k, v in args.items()
            )
            options = "".join(
                f'<option value="{escape(sub)}">{escape(p.name)}</option>'
                for sub, p in self.people.items()
            )
            return (
                "<!DOCTYPE html><title>Test identity provider</title>"
                '<h1>Sign in to the test identity provider</h1><form method="post">'
                f'{hidden}<label>Account <select name="who">{options}</select></label>'
                "<button>Continue</button></form>"
            )

        @app.post("/authorize")
        def authorize() -> Any:
            form = request.form
            person = self.people[form["who"]]
            code = secrets.token_urlsafe(16)
            self.codes[code] = {
                "person": person,
                "nonce": form.get("nonce", ""),
                "redirect_uri": form["redirect_uri"],
                "challenge": form.get("code_challenge", ""),
            }
            query = urlencode({"code": code, "state": form.get("state", "")})
            return redirect(f"{form['redirect_uri']}?{query}", code=302)

        @app.post("/token")
        def token() -> Any:
            auth = request.authorization
            if auth is None or (auth.username, auth.password) != (
                self.client_id,
                self.client_secret,
            ):
                return jsonify(error="invalid_client"), 401
            grant = self.codes.pop(request.form.get("code", ""), None)
            if grant is None or request.form.get("redirect_uri") != grant["redirect_uri"]:
                return jsonify(error="invalid_grant"), 400
            verifier = request.form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
                return jsonify(error="invalid_grant", error_description="PKCE"), 400
            return jsonify(
                access_token=secrets.token_urlsafe(16),
                token_type="Bearer",
                expires_in=300,
                id_token=self.id_token(grant["person"], grant["nonce"]),
            )

        return app


@contextmanager
def oidc_provider(people: list[Person]) -> Iterator[Provider]:
    server = make_server("127.0.0.1", 0, None, threaded=True)  # type: ignore[arg-type]
    provider = Provider(
        issuer=f"http://127.0.0.1:{server.server_port}",
        client_id="wardwatch-test",
        client_secret=secrets.token_urlsafe(16),
        people={p.sub: p for p in people},
    )
    server.app = provider.app()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
