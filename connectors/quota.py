"""A daily API-unit budget for platforms that meter calls in units (YouTube Data API).

A connector charges the meter before each request; the meter refuses a request that
would overspend and says when the budget resets, as a :class:`ConnectorError` with
``retry_after``, so the poller parks the account instead of exhausting the quota.

The meter holds no storage. The caller that keeps the day's tally (the pipeline's
``poll_state.api_units_day`` / ``api_units_used``) loads it before using the connector
and saves it afterwards::

    meter = quota_meter(connector)
    if meter is not None:
        meter.start(state.api_units_day, state.api_units_used)
    ...  # fetch, hide
    if meter is not None:
        state.api_units_day, state.api_units_used = meter.usage()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from connectors.base import ConnectorError, utcnow


@dataclass
class QuotaMeter:
    """Units spent against a budget that resets at midnight in ``reset_zone``.

    Polling may spend up to ``daily_limit - reserve``; moderation actions (hide, unhide)
    may spend up to ``daily_limit``, so that a busy channel never leaves the owner
    unable to hide a comment.
    """

    platform: str
    daily_limit: int
    reserve: int
    reset_zone: ZoneInfo
    clock: Callable[[], datetime] = field(default=utcnow, repr=False)
    used_before: int = 0  # spent today before this connector was built (from storage)
    spent: int = 0  # spent by this connector since start()
    _day: str | None = None

    def day(self, now: datetime | None = None) -> str:
        """The quota day (YYYY-MM-DD in the reset zone) that ``now`` falls in."""
        return (now or self.clock()).astimezone(self.reset_zone).date().isoformat()

    def start(self, stored_day: str | None, stored_used: int | None) -> None:
        """Load the tally kept in storage; a tally from an earlier day counts as zero."""
        self._day = self.day()
        self.used_before = int(stored_used or 0) if stored_day == self._day else 0
        self.spent = 0

    def usage(self) -> tuple[str, int]:
        """(quota day, units used that day) to write back to storage."""
        today = self.day()
        if self._day is not None and today != self._day:
            # Midnight passed while we worked: what we spent since start() is
            # mostly yesterday's; counting it against today would only be cautious.
            self._day, self.used_before = today, 0
        return today, self.used_before + self.spent

    @property
    def used(self) -> int:
        return self.used_before + self.spent

    def charge(self, units: int, *, what: str, moderation: bool = False) -> None:
        """Record ``units`` about to be spent, or raise if that would overspend."""
        ceiling = self.daily_limit if moderation else self.daily_limit - self.reserve
        if self.used + units > ceiling:
            wait = self.seconds_until_reset()
            kept = "" if moderation else f", keeping {self.reserve} units for hiding"
            raise ConnectorError(
                f"{self.platform} API quota for today is spent ({self.used} of "
                f"{self.daily_limit} units used{kept}); {what} waits until the quota resets "
                f"in {wait / 3600:.1f} h. Ask Google for more quota, or raise daily_quota "
                "if the project already has it",
                retry_after=wait,
            )
        self.spent += units

    def seconds_until_reset(self) -> float:
        now = self.clock()
        local = now.astimezone(self.reset_zone)
        next_midnight = datetime.combine(
            local.date() + timedelta(days=1), datetime.min.time(), tzinfo=self.reset_zone
        )
        return max((next_midnight - now).total_seconds(), 60.0)


def quota_meter(connector: object) -> QuotaMeter | None:
    """The connector's meter, or None for platforms without unit quotas."""
    meter = getattr(connector, "quota", None)
    return meter if isinstance(meter, QuotaMeter) else None
