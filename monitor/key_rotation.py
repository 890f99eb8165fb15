"""Rotating the key that encrypts stored tokens.

Put the new key first in ``WARDWATCH_SECRET_KEY`` ("NEW,OLD"), run `wardwatch rotate-key`,
which re-encrypts every stored row under the new key in one transaction, then drop the old
key. Rows the keys cannot read are left as they are and named, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.fernet import InvalidToken, MultiFernet
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import utcnow
from monitor.crypto import load_key
from monitor.db import transaction
from monitor.models import Account, StoredCredential


@dataclass
class Rotation:
    rotated: int = 0
    unreadable: list[str] = field(default_factory=list)


def rotate_stored_tokens(
    factory: sessionmaker[Session], key: MultiFernet | None = None
) -> Rotation:
    key = key or load_key()
    outcome = Rotation()
    now = utcnow()
    with transaction(factory) as session:
        rows = session.execute(
            select(StoredCredential, Account.name)
            .join(Account, StoredCredential.account_id == Account.id)
            .with_for_update(of=StoredCredential)
        ).all()
        for row, account in rows:
            try:
                row.ciphertext = key.rotate(row.ciphertext.encode("ascii")).decode("ascii")
            except InvalidToken:
                outcome.unreadable.append(account)
                continue
            row.updated_at = now
            outcome.rotated += 1
    return outcome
