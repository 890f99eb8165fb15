"""Configured owners and accounts, mirrored into the store, and their connectors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import Connector, CredentialStore
from connectors.registry import connector_class
from monitor.config import AccountConfig, Settings
from monitor.models import Account, Owner


def sync(session: Session, settings: Settings) -> dict[str, Account]:
    """Create or update the owner and account rows the config names. Rows for accounts
    removed from the config are kept: their comments are evidence until retention ends."""
    owners = {o.name: o for o in session.scalars(select(Owner))}
    for config in settings.owners:
        owner = owners.get(config.name) or Owner(name=config.name)
        owner.email = config.email
        owner.delegate_email = config.delegate_email
        owner.timezone = config.timezone
        session.add(owner)
        owners[config.name] = owner
    accounts = {a.name: a for a in session.scalars(select(Account))}
    for account_config in settings.accounts:
        account = accounts.get(account_config.name) or Account(name=account_config.name)
        account.owner = owners[account_config.owner]
        account.platform = account_config.platform
        account.kind = account_config.kind
        session.add(account)
        accounts[account_config.name] = account
    session.flush()
    return accounts


def account_row(session: Session, settings: Settings, name: str) -> Account:
    row = session.scalar(select(Account).where(Account.name == name))
    return row if row is not None else sync(session, settings)[name]


def credentials_for(
    settings: Settings, factory: sessionmaker[Session], account: AccountConfig
) -> CredentialStore:
    from monitor.credentials import StoredCredentials

    return StoredCredentials(settings, factory, account)


def open_connector(
    settings: Settings, factory: sessionmaker[Session], account: AccountConfig
) -> Connector:
    cls = connector_class(account.platform)
    return cls(account, credentials_for(settings, factory, account))
