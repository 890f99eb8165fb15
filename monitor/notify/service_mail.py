"""Plain-text service emails (profile-notice findings, knowledge-clock reminders and
escalations), queued in the outbox in the caller's transaction.

The outbox sender delivers them like any other email, so a notice decided by a job is
never lost to an SMTP outage, and rolling back the job's transaction drops the email too.
"""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy.orm import Session

from connectors.payload import storable_line
from monitor.config import Settings
from monitor.models import Outbox
from monitor.notify.email import enqueue, sender_domain


def queue_email(
    session: Session,
    settings: Settings,
    *,
    kind: str,
    owner_id: int | None,
    recipients: list[str],
    subject: str,
    body: str,
    now: datetime,
) -> Outbox:
    """Build a text/plain message and add it to the outbox as pending."""
    sender = settings.email.sender
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Subject"] = storable_line(subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender_domain(settings))
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to us
    message.set_content(body)
    return enqueue(session, message, kind=kind, owner_id=owner_id, now=now)
