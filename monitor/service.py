"""The composition root: what the running service does around a poll, chosen in one place.

The command line, the scheduler, the Celery worker and the demo all poll through
:func:`after_scoring`, so each gets the same steps in the same order; nothing is
installed by importing a module.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.incidents import record_incidents
from monitor.moderation import after_poll
from monitor.notify.alerts import queue_alerts
from monitor.pipeline import AfterScoring


def after_scoring(*, wake_sender: Callable[[], None] | None = None) -> AfterScoring:
    """Incidents, then urgent alerts (which name the incident), in each scoring
    transaction; after the poll, interrupted actions and auto-hide. ``wake_sender`` is
    called when a committed transaction has queued mail (the scheduler's sender thread,
    or a Celery send task)."""
    return AfterScoring(
        scored=(record_incidents, queue_alerts), moderate=after_poll, mail_queued=wake_sender
    )
