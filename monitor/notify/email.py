"""Email: composing messages, the outbox, and delivering it.

Every message is written to the ``outbox`` table in the transaction that decides to send
it (the same one that marks its comments reported). :func:`deliver_outbox` sends pending
rows oldest first and marks each one sent straight after the server's 250, in its own
transaction: a crash between the two sends that one message twice, never zero times.
Several senders may run at once (threads, processes, workers on other machines): each
row is claimed with a lease before it is sent, so no two of them send the same row.
Connection failures (including TLS that does not verify, and settings only an
administrator can fix) and 4xx replies are retried with back-off for up to three days; a
5xx reply to a message marks its row failed with the server's words.
"""

from __future__ import annotations

import contextlib
import logging
import random
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid, parseaddr
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session, sessionmaker

from connectors.payload import storable_line
from monitor.actions import OutboxStatus
from monitor.config import Settings
from monitor.db import MAIL_QUEUED, transaction
from monitor.errors import SendError
from monitor.models import Outbox
from monitor.notify.digest import Rendered
from monitor.notify.push import send_push
from monitor.private_files import private_folder, write_private

log = logging.getLogger(__name__)

RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=6)
GIVE_UP_AFTER = timedelta(hours=24 * 3)
# How long a claimed row is left to the sender that claimed it (longer than any send).
CLAIM_FOR = timedelta(minutes=10)
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def sender_domain(settings: Settings) -> str:
    address = parseaddr(settings.email.sender)[1]
    return address.rpartition("@")[2] or "localhost"


def compose(
    settings: Settings, *, to: str, rendered: Rendered, kind: str, now: datetime
) -> EmailMessage:
    """A multipart/alternative message (plain text first, then HTML)."""
    domain = sender_domain(settings)
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = settings.email.sender
    message["To"] = to
    message["Subject"] = storable_line(rendered.subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(idstring=kind, domain=domain)
    message["List-Id"] = f"wardwatch {kind} <{kind}.wardwatch.{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def enqueue(
    session: Session, message: EmailMessage, *, kind: str, owner_id: int | None, now: datetime
) -> Outbox:
    """Add the message to the outbox in the caller's transaction."""
    row = Outbox(
        kind=kind,
        owner_id=owner_id,
        recipients=[address for _, address in getaddresses([str(message["To"])])],
        subject=str(message["Subject"]),
        message_id=str(message["Message-ID"]),
        message=message.as_string(),
        status=OutboxStatus.PENDING,
        attempts=0,
        created_at=now,
        next_attempt_at=now,
    )
    session.add(row)
    session.flush()
    session.info[MAIL_QUEUED] = True
    return row


@dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    files: list[Path] = field(default_factory=list)


def deliver_outbox(
    factory: sessionmaker[Session], settings: Settings, now: datetime, *, limit: int = 200
) -> DeliveryReport:
    """Send what is due: by SMTP, or as .eml files in ``email.outbox_dir``."""
    report = DeliveryReport()
    with factory() as session:
        due = list(
            session.scalars(
                select(Outbox.id)
                .where(Outbox.status == OutboxStatus.PENDING, Outbox.next_attempt_at <= now)
                .order_by(Outbox.id)
                .limit(limit)
            )
        )
    if not due:
        return report
    mode = settings.email.mode
    smtp: smtplib.SMTP | None = None
    try:
        for outbox_id in due:
            claimed = _claim(factory, outbox_id, now)
            if claimed is None:
                continue  # another sender took it, or it was sent meanwhile
            kind, recipients, raw = claimed
            try:
                if kind == "push":
                    send_push(settings, raw)
                elif mode == "outbox-dir":
                    report.files.append(write_eml(settings, outbox_id, kind, raw, now))
                else:
                    smtp = smtp or _open(settings)
                    _send(smtp, settings, recipients, raw)
            except SendError as exc:
                if _record_failure(factory, outbox_id, exc, now):
                    report.failed += 1
                else:
                    report.deferred += 1
                if not exc.permanent and kind != "push":
                    break  # the server is unwell: leave the rest for the next run, in order
                continue
            with transaction(factory) as session:
                row = session.get_one(Outbox, outbox_id)
                row.status, row.sent_at, row.last_error = OutboxStatus.SENT, now, None
                row.attempts += 1
            report.sent += 1
    finally:
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
    return report


def _claim(
    factory: sessionmaker[Session], outbox_id: int, now: datetime
) -> tuple[str, list[str], str] | None:
    """Take one due row for this sender, or None if it is no longer due.

    The claim is a committed lease: the row's next attempt moves ``CLAIM_FOR`` ahead, in
    one conditional UPDATE, so a second sender (another thread, process or machine) sees
    it as not due and skips it; a sender that dies mid-send leaves it to be retried when
    the lease runs out. Works the same on SQLite and PostgreSQL."""
    table = cast(Table, Outbox.__table__)
    with transaction(factory) as session:
        taken = session.execute(
            update(table)
            .where(table.c.id == outbox_id, table.c.status == OutboxStatus.PENDING)
            .where(table.c.next_attempt_at <= now)
            .values(next_attempt_at=now + CLAIM_FOR)
            .returning(table.c.kind, table.c.recipients, table.c.message)
        ).first()
    if taken is None:
        return None
    return str(taken.kind), list(taken.recipients), str(taken.message)


def _record_failure(
    factory: sessionmaker[Session], outbox_id: int, error: SendError, now: datetime
) -> bool:
    """Store the failure; True when the row is given up on."""
    with transaction(factory) as session:
        row = session.get_one(Outbox, outbox_id)
        row.attempts += 1
        row.last_error = error.message
        give_up = error.permanent or now - row.created_at > GIVE_UP_AFTER
        if give_up:
            row.status = OutboxStatus.FAILED
            log.error("email %s to %s failed for good: %s", row.id, row.recipients, error.message)
        else:
            ceiling = min(RETRY_BASE * 2 ** min(row.attempts - 1, 12), RETRY_MAX)
            delay = random.uniform(ceiling.total_seconds() / 2, ceiling.total_seconds())
            row.next_attempt_at = now + timedelta(seconds=delay)
            log.warning("email %s deferred (attempt %s): %s", row.id, row.attempts, error.message)
        return give_up


def _open(settings: Settings) -> smtplib.SMTP:
    """Connect for a delivery run. A connection that fails, even for a reason only the
    administrator can fix (no STARTTLS, a wrong password), leaves the mail pending: it is
    not the message's fault, and once the config is fixed the mail must still go out."""
    try:
        return connect(settings)
    except SendError as exc:
        if exc.permanent:
            log.error("cannot send email until the settings are fixed: %s", exc.message)
        raise SendError(exc.message, permanent=False) from None


def connect(settings: Settings) -> smtplib.SMTP:
    """An authenticated SMTP connection. TLS certificates are always verified; plain
    SMTP is allowed only to this machine."""
    smtp_settings = settings.email.smtp
    host, port = smtp_settings.host, smtp_settings.port
    security, timeout = smtp_settings.security, smtp_settings.timeout
    context = ssl.create_default_context(cafile=smtp_settings.ca_file or None)
    if security == "none" and host not in LOOPBACK:
        raise SendError(
            f'email.smtp.security = "none" sends in clear text, so it is only '
            f"allowed to this machine, not {host}: use starttls or ssl",
            permanent=True,
        )
    try:
        if security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        try:
            smtp.ehlo()
            if security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise SendError(
                        f"{host}:{port} does not offer STARTTLS; refusing to send mail or "
                        "the password in clear: check email.smtp.port and security",
                        permanent=True,
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            username, password = smtp_settings.username, smtp_settings.password
            if username:
                smtp.login(str(username), str(password or ""))
        except BaseException:
            smtp.close()  # a half-open session (say, TLS refused) must not linger
            raise
        return smtp
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(
            f"{host} refused the username or password ({exc.smtp_code}): check "
            "email.smtp.username and password",
            permanent=True,
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise _reply_error(host, exc.smtp_code, exc.smtp_error) from None
    except ssl.SSLError as exc:
        raise SendError(
            f"TLS with {host}:{port} failed ({exc.reason}): check the server's "
            "certificate, or email.smtp.ca_file",
            permanent=False,
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(
            f"cannot reach the mail server {host}:{port} ({exc}); will retry", permanent=False
        ) from None


def _send(smtp: smtplib.SMTP, settings: Settings, recipients: list[str], raw: str) -> None:
    sender = parseaddr(settings.email.sender)[1]
    host = settings.email.smtp.host
    try:
        refused = smtp.sendmail(sender, recipients, raw.encode("utf-8"))
    except smtplib.SMTPRecipientsRefused as exc:
        code, why = next(iter(exc.recipients.values()))
        raise _reply_error(host, code, why) from None
    except smtplib.SMTPResponseException as exc:
        raise _reply_error(host, exc.smtp_code, exc.smtp_error) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(
            f"lost the connection to {host} ({exc}); will retry", permanent=False
        ) from None
    if refused:
        log.warning("%s refused some recipients: %s", host, sorted(refused))


def _reply_error(host: str, code: int, text: bytes | str) -> SendError:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return SendError(f"{host} replied {code} {words}", permanent=500 <= code < 600)


def write_eml(settings: Settings, outbox_id: int, kind: str, raw: str, now: datetime) -> Path:
    """Write one message as a .eml file (rename into place, so no half files)."""
    folder = settings.resolve_path(settings.email.outbox_dir)
    path = folder / f"{now:%Y%m%d-%H%M%S}-{kind}-{outbox_id}.eml"
    partial = path.with_suffix(".eml.part")
    try:
        private_folder(folder)
        write_private(partial, raw)
        partial.replace(path)
    except OSError as exc:
        raise SendError(
            f"cannot write {path}: {exc.strerror}; check email.outbox_dir", permanent=False
        ) from None
    return path
