"""Extra alert channels (Teams, Slack, SMS, ntfy, ...) through apprise URLs
(``alerts.urls``). They carry a short notice and no comment text: the details, and the
links that act, stay in the email, so a chat or SMS provider never holds residents' words.
"""

from __future__ import annotations

import json
import logging

from monitor.config import Settings
from monitor.errors import SendError

log = logging.getLogger(__name__)


def push_body(*, title: str, body: str) -> str:
    """What an outbox row of kind "push" stores."""
    return json.dumps({"title": title, "body": body})


def send_push(settings: Settings, stored: str) -> None:
    """Send one stored notice to every ``alerts.urls`` target. Raises SendError when
    none of them accepted it (apprise retries nothing itself)."""
    # Imported here (heavy: apprise loads all its plugins).
    import apprise  # noqa: PLC0415

    urls = [str(u) for u in settings.alerts.urls]
    if not urls:
        return
    notice = json.loads(stored)
    sender = apprise.Apprise()
    for url in urls:
        if not sender.add(url):
            raise SendError(
                "alerts.urls has an address apprise cannot read (see the apprise "
                "documentation for the service's URL form)",
                permanent=True,
            )
    if not sender.notify(title=notice["title"], body=notice["body"]):
        raise SendError(
            "no alert channel in alerts.urls accepted the notice; will retry", permanent=False
        )
