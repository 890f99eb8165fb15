"""An account's connector and what it is handed: its platform's class from the registry,
the account's stored credentials, the [polling] limits on each call, and the day's
API-unit tally. Polling and moderation both open connectors through here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from connectors.base import Connector
from connectors.deadline import CallLimits
from connectors.quota import QuotaMeter
from connectors.registry import connector_class
from monitor.config import AccountConfig, Settings
from monitor.credentials import credentials_for
from monitor.db import transaction
from monitor.models import PollState


def open_connector(
    settings: Settings, factory: sessionmaker[Session], account: AccountConfig
) -> Connector:
    cls = connector_class(account.platform)
    return cls(account, credentials_for(settings, factory, account))


def call_limits(settings: Settings) -> CallLimits:
    """The [polling] limits on each platform call and on one poll as a whole."""
    return CallLimits(
        connect=settings.polling.connect_timeout,
        read=settings.polling.read_timeout,
        total=settings.polling.call_deadline,
        budget=settings.polling.poll_budget,
    )


def save_quota(factory: sessionmaker[Session], account_id: int, meter: QuotaMeter) -> None:
    """Keep the day's API-unit tally (YouTube) so a restart doesn't forget what was spent."""
    with transaction(factory) as session:
        state = session.get_one(PollState, account_id)
        state.api_units_day, state.api_units_used = meter.usage()
