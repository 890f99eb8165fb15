"""Where connectors get their tokens: the config's secrets with the tokens saved by
`wardwatch connect` (or rotated by a refresh) layered on top, encrypted in ``credentials``.

Tokens are never logged, and never stored unencrypted. An account with no stored row
works from the config alone, without an encryption key; reading or writing a stored row
needs the key (:mod:`monitor.crypto`).
"""

from __future__ import annotations

from collections.abc import Mapping

from cryptography.fernet import MultiFernet
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import ConnectorError
from monitor.accounts import account_row
from monitor.clock import utcnow
from monitor.config import AccountConfig, Settings
from monitor.crypto import (
    SecretIntegrityError,
    SecretKeyError,
    decrypt,
    encrypt,
    load_key,
)
from monitor.db import transaction
from monitor.models import StoredCredential


class StoredCredentials:
    """A :class:`connectors.base.CredentialStore` backed by the ``credentials`` table."""

    def __init__(
        self,
        settings: Settings,
        factory: sessionmaker[Session],
        account: AccountConfig,
        *,
        key: MultiFernet | None = None,
    ) -> None:
        self._settings = settings
        self._factory = factory
        self._account = account
        self._key = key
        self._stored = self._load()

    @property
    def _reconnect(self) -> str:
        return f"wardwatch connect {self._account.platform} --account {self._account.name}"

    def _cipher(self) -> MultiFernet:
        if self._key is None:
            try:
                self._key = load_key()
            except SecretKeyError as exc:
                raise ConnectorError(str(exc), permanent=True) from None
        return self._key

    def _load(self) -> dict[str, str]:
        with transaction(self._factory) as session:
            row = session.get(StoredCredential, self._account_id(session))
            ciphertext = row.ciphertext if row is not None else None
        if ciphertext is None:
            return {}
        return self._decrypt(ciphertext)

    def _decrypt(self, ciphertext: str) -> dict[str, str]:
        try:
            return decrypt(
                self._cipher(),
                ciphertext,
                account=self._account.name,
                platform=self._account.platform,
            )
        except SecretIntegrityError as exc:
            raise ConnectorError(str(exc), permanent=True) from None

    def _account_id(self, session: Session) -> int:
        return account_row(session, self._settings, self._account.name).id

    def values(self) -> dict[str, str]:
        return {**self._account.credentials, **self._stored}

    def get(self, key: str) -> str | None:
        return self.values().get(key) or None

    def require(self, key: str) -> str:
        value = self.get(key)
        if not value:
            raise ConnectorError(
                f"Account {self._account.name!r} has no {key!r} credential: run "
                f"`{self._reconnect}` or set accounts.credentials.{key} in the config",
                permanent=True,
            )
        return value

    def update(self, values: Mapping[str, str]) -> None:
        """Merge ``values`` into the stored tokens and save them encrypted, under a row
        lock on PostgreSQL so two refreshes do not overwrite each other's rotation."""
        cipher = self._cipher()
        with transaction(self._factory) as session:
            account_id = self._account_id(session)
            row = session.get(StoredCredential, account_id, with_for_update=True)
            current = self._decrypt(row.ciphertext) if row is not None else {}
            merged = {**current, **{k: str(v) for k, v in values.items()}}
            ciphertext = encrypt(
                cipher, merged, account=self._account.name, platform=self._account.platform
            )
            if row is None:
                session.add(
                    StoredCredential(
                        account_id=account_id, ciphertext=ciphertext, updated_at=utcnow()
                    )
                )
            else:
                row.ciphertext = ciphertext
                row.updated_at = utcnow()
        self._stored = merged

    def forget(self) -> None:
        """Delete the stored tokens (disconnect)."""
        with transaction(self._factory) as session:
            row = session.get(StoredCredential, self._account_id(session))
            if row is not None:
                session.delete(row)
        self._stored = {}


def credentials_for(
    settings: Settings, factory: sessionmaker[Session], account: AccountConfig
) -> StoredCredentials:
    return StoredCredentials(settings, factory, account)
