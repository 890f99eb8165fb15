"""Configured owners and accounts, mirrored into the store (their connectors are opened
by :mod:`monitor.connections`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from monitor.config import Settings
from monitor.models import Account, Owner


def sync(session: Session, settings: Settings) -> dict[str, Account]:
    """Create or update the owner and account rows the config names. Rows for accounts
    removed from the config are kept: their comments are evidence until retention ends.

    Several pollers may sync a fresh database at once, so rows are created with
    INSERT ... ON CONFLICT DO NOTHING and then read back: whoever inserts first wins
    and the others find its row instead of failing on the unique name."""
    _insert_missing(session, Owner, [{"name": o.name, "email": o.email} for o in settings.owners])
    owners = {o.name: o for o in session.scalars(select(Owner))}
    for config in settings.owners:
        owner = owners[config.name]
        owner.email = config.email
        owner.delegate_email = config.delegate_email
        owner.timezone = config.timezone
    _insert_missing(
        session,
        Account,
        [
            {"name": a.name, "owner_id": owners[a.owner].id, "platform": a.platform}
            for a in settings.accounts
        ],
    )
    accounts = {a.name: a for a in session.scalars(select(Account))}
    for account_config in settings.accounts:
        account = accounts[account_config.name]
        account.owner = owners[account_config.owner]
        account.platform = account_config.platform
        account.kind = account_config.kind
    session.flush()
    return accounts


def _insert_missing(
    session: Session, model: type[Owner | Account], rows: list[dict[str, Any]]
) -> None:
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(model).on_conflict_do_nothing(index_elements=["name"])
    session.execute(statement, rows)


def account_row(session: Session, settings: Settings, name: str) -> Account:
    row = session.scalar(select(Account).where(Account.name == name))
    return row if row is not None else sync(session, settings)[name]
