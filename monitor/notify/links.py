"""Action links: random single-use tokens, of which only the SHA-256 is stored.

A token is bound to one comment, one action and one recipient, and expires
(``web.link_expiry_hours``). The raw token exists only in the email that carries it and in
the confirmation page's form; the database, the logs and the audit trail never see it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from monitor.actions import PAGE_ACTIONS
from monitor.config import Settings
from monitor.models import ActionToken

TOKEN_BYTES = 32
# Besides the page actions, a link can show a comment's full text or open the review page.
VIEW, REVIEW = "view", "review"
LINK_ACTIONS = (*PAGE_ACTIONS, VIEW, REVIEW)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def issue(
    session: Session,
    settings: Settings,
    *,
    comment_pk: int | None,
    action: str,
    recipient: str,
    now: datetime,
) -> str:
    """Store a new token's hash and return the raw token (shown once, in a link)."""
    if action not in LINK_ACTIONS:
        raise ValueError(f"no action link for {action!r}")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    hours = settings.web.link_expiry_hours
    session.add(
        ActionToken(
            token_hash=token_hash(token),
            comment_pk=comment_pk,
            action=action,
            recipient=recipient,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


def url(settings: Settings, token: str) -> str:
    """The link for a token; the review page has its own path because it opens a session."""
    base = settings.web.base_url.rstrip("/")
    return f"{base}/a/{token}"


def review_url(settings: Settings, token: str) -> str:
    base = settings.web.base_url.rstrip("/")
    return f"{base}/r/{token}"


def find(session: Session, token: str) -> ActionToken | None:
    return session.scalar(select(ActionToken).where(ActionToken.token_hash == token_hash(token)))


# A claim older than this, whose action is still not done, was cut short (the process or
# the database failed before it could release the link): the link may be claimed again.
STALE_CLAIM = timedelta(minutes=2)


def claim(session: Session, token_id: int, now: datetime) -> bool:
    """Mark a token used, if nobody else has (or a stale claim was cut short) and it has
    not expired. The conditional UPDATE is the lock: of any number of concurrent claims
    exactly one sees rowcount 1. Callers check first that the action is not done."""
    result = session.execute(
        update(ActionToken)
        .where(ActionToken.id == token_id, ActionToken.expires_at > now)
        .where(or_(ActionToken.used_at.is_(None), ActionToken.used_at < now - STALE_CLAIM))
        .values(used_at=now)
    )
    return getattr(result, "rowcount", 0) == 1


def release(session: Session, token_id: int) -> None:
    """Give a claimed token back after the platform refused, so the person can retry."""
    session.execute(
        update(ActionToken).where(ActionToken.id == token_id).values(used_at=None, result=None)
    )


def revoke_review_links(session: Session, recipient: str, *, now: datetime) -> int:
    """Expire every live review link of ``recipient``: the sessions they opened end too."""
    result = session.execute(
        update(ActionToken)
        .where(ActionToken.action == REVIEW, ActionToken.recipient == recipient)
        .where(ActionToken.expires_at > now)
        .values(expires_at=now, result="revoked")
    )
    return int(getattr(result, "rowcount", 0))


def nonce(secret_key: str, token_digest: str, purpose: str = "action") -> str:
    """The CSRF nonce for a form: only someone who was shown the page can compute it."""
    message = f"{purpose}:{token_digest}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def nonce_ok(secret_key: str, token_digest: str, given: str, purpose: str = "action") -> bool:
    return hmac.compare_digest(nonce(secret_key, token_digest, purpose), given or "")
