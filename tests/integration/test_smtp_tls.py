"""SMTP over TLS against a real aiosmtpd server with certificates made in the test:
certificates are always verified, and nothing (mail or password) is sent in clear."""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from notify_support import Mailbox, free_port, mail_app, queue_test_email
from sqlalchemy import select

from monitor.context import App
from monitor.models import Outbox
from monitor.notify.email import deliver_outbox

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Authority:
    """A certificate authority and the server certificate it signed for 127.0.0.1."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_authority(folder: Path, label: str) -> Authority:
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime.now(UTC) - timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{label} test CA"))
        .issuer_name(_name(f"{label} test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    authority = Authority(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    authority.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    authority.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    authority.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return authority


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    return make_authority(tmp_path_factory.mktemp("pki"), "wardwatch")


@pytest.fixture(scope="module")
def stranger(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    """Another CA: a server certificate from it is not one we trust."""
    return make_authority(tmp_path_factory.mktemp("pki-other"), "stranger")


class Logins:
    """An aiosmtpd authenticator that records every login attempt and accepts it."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, bool]] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
        self.attempts.append((auth.login.decode(), session.ssl is not None))
        return AuthResult(success=True)


@contextmanager
def server(mailbox: Mailbox, port: int, **options: Any) -> Iterator[Controller]:
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def make_app(tmp_path: Path, port: int, smtp: str) -> App:
    return mail_app(tmp_path, port, smtp)


def queue(app: App) -> int:
    return queue_test_email(app, "TLS check", NOW)


def outbox_row(app: App, outbox_id: int) -> Outbox:
    with app.factory() as session:
        row = session.scalar(select(Outbox).where(Outbox.id == outbox_id))
        assert row is not None
        session.expunge(row)
        return row


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("WARDWATCH_TEST_SMTP_PASSWORD", "s3cret-smtp")
    return "s3cret-smtp"


def starttls(ca_file: Path | None) -> str:
    lines = 'security = "starttls"\nusername = "wardwatch"\n'
    lines += 'password = { env = "WARDWATCH_TEST_SMTP_PASSWORD" }\n'
    if ca_file is not None:
        lines += f'ca_file = "{ca_file.as_posix()}"\n'
    return lines


def test_starttls_with_a_trusted_certificate_delivers_and_logs_in_only_after_tls(
    tmp_path: Path, authority: Authority, password: str
) -> None:
    port, mailbox, logins = free_port(), Mailbox(), Logins()
    app = make_app(tmp_path, port, starttls(authority.ca_file))
    outbox_id = queue(app)
    with server(
        mailbox,
        port,
        tls_context=authority.server_context(),
        require_starttls=True,
        authenticator=logins,
    ):
        report = deliver_outbox(app.factory, app.settings, NOW)
    assert report.sent == 1 and len(mailbox.messages) == 1
    assert str(mailbox.messages[0]["Subject"]) == "TLS check"
    assert logins.attempts == [("wardwatch", True)]
    assert outbox_row(app, outbox_id).status == "sent"


def test_starttls_with_an_untrusted_certificate_sends_nothing_and_retries_later(
    tmp_path: Path, authority: Authority, stranger: Authority, password: str
) -> None:
    port, mailbox, logins = free_port(), Mailbox(), Logins()
    # The server's certificate is signed by a CA we were not told to trust.
    app = make_app(tmp_path, port, starttls(authority.ca_file))
    outbox_id = queue(app)
    with server(
        mailbox,
        port,
        tls_context=stranger.server_context(),
        authenticator=logins,
        auth_require_tls=False,
    ):
        report = deliver_outbox(app.factory, app.settings, NOW)
    assert report.sent == 0 and report.deferred == 1
    assert mailbox.messages == [] and logins.attempts == []
    row = outbox_row(app, outbox_id)
    assert row.status == "pending" and row.attempts == 1
    assert row.next_attempt_at > NOW
    assert "TLS with 127.0.0.1" in str(row.last_error)
    assert "CERTIFICATE_VERIFY_FAILED" in str(row.last_error)
    assert "email.smtp.ca_file" in str(row.last_error)

    # The administrator installs the right certificate: the retry delivers, once.
    later = NOW + timedelta(hours=1)
    with server(mailbox, port, tls_context=authority.server_context(), authenticator=logins):
        assert deliver_outbox(app.factory, app.settings, later).sent == 1
        assert deliver_outbox(app.factory, app.settings, later).sent == 0
    assert len(mailbox.messages) == 1 and logins.attempts == [("wardwatch", True)]


def test_a_self_signed_certificate_is_refused_without_a_ca_file(
    tmp_path: Path, authority: Authority, password: str
) -> None:
    port, mailbox, logins = free_port(), Mailbox(), Logins()
    app = make_app(tmp_path, port, starttls(None))  # only the system's CAs
    outbox_id = queue(app)
    with server(mailbox, port, tls_context=authority.server_context(), authenticator=logins):
        assert deliver_outbox(app.factory, app.settings, NOW).deferred == 1
    assert mailbox.messages == [] and logins.attempts == []
    row = outbox_row(app, outbox_id)
    assert row.status == "pending" and "CERTIFICATE_VERIFY_FAILED" in str(row.last_error)


def test_implicit_tls_delivers_with_a_trusted_certificate_and_not_without(
    tmp_path: Path, authority: Authority, stranger: Authority, password: str
) -> None:
    port, mailbox = free_port(), Mailbox()
    smtp = f'security = "ssl"\nca_file = "{authority.ca_file.as_posix()}"\n'
    app = make_app(tmp_path, port, smtp)
    first, second = queue(app), queue(app)
    with server(mailbox, port, ssl_context=stranger.server_context()):
        assert deliver_outbox(app.factory, app.settings, NOW).deferred == 1
    assert mailbox.messages == []
    assert "CERTIFICATE_VERIFY_FAILED" in str(outbox_row(app, first).last_error)
    with server(mailbox, port, ssl_context=authority.server_context()):
        report = deliver_outbox(app.factory, app.settings, NOW + timedelta(hours=1))
    assert report.sent == 2 and len(mailbox.messages) == 2
    assert {outbox_row(app, first).status, outbox_row(app, second).status} == {"sent"}


def test_a_server_that_does_not_offer_starttls_gets_neither_mail_nor_password(
    tmp_path: Path, authority: Authority, password: str
) -> None:
    port, mailbox, logins = free_port(), Mailbox(), Logins()
    app = make_app(tmp_path, port, starttls(authority.ca_file))
    outbox_id = queue(app)
    # No tls_context: the server offers AUTH in clear but no STARTTLS.
    with server(mailbox, port, authenticator=logins, auth_require_tls=False):
        report = deliver_outbox(app.factory, app.settings, NOW)
    assert report.sent == 0 and mailbox.messages == [] and logins.attempts == []
    row = outbox_row(app, outbox_id)
    # Kept for when the settings are fixed, not thrown away.
    assert row.status == "pending"
    assert "does not offer STARTTLS; refusing to send mail or the password in clear" in str(
        row.last_error
    )
