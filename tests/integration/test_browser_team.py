"""The team view for Member Services, in Chromium: sign in through an OpenID Connect
provider running on 127.0.0.1, see two councillors' open items on one page, hide one,
and find the signed-in person named in the audit log. And the email-link sign-in for
councils without SSO, where a councillor sees only their own items."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from notify_support import (
    CONFIG,
    FakebookConnector,
    FakePlatform,
    Mailbox,
    free_port,
    poll,
    smtp_server,
    web_server,
)
from oidc_provider import Person, oidc_provider
from sqlalchemy import select

from connectors import registry
from monitor.clock import utcnow
from monitor.context import App
from monitor.models import Action, StoredComment
from monitor.notify.email import deliver_outbox
from monitor.pipeline import poll_account
from monitor.service import after_scoring
from monitor.web import create_app
from tests.conftest import feed_line

MEMBER_SERVICES = Person(
    "ms-1", "priya.shah@example.gov.uk", "Priya Shah", ["wardwatch.member_services"]
)
PATEL_ABUSE = "Patel you spineless worm, you're a disgrace and a liar, get out of our ward."

TEAM = """
[team]
member_services = []
magic_link = true

[team.oidc]
issuer = "{issuer}"
label = "the test council"
client_id = "wardwatch-test"
client_secret = {{ file = "oidc.secret" }}

[[owners]]
name = "Cllr Raj Patel"
email = "raj.patel@example.gov.uk"

[[accounts]]
name = "patel-feed"
owner = "Cllr Raj Patel"
platform = "jsonl"
path = "patel.jsonl"
source_platform = "facebook"
"""


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


def council(
    tmp_path: Path, platform: FakePlatform, *, base_url: str, issuer: str, secret: str, smtp: int
) -> App:
    """Two councillors: Hughes on the fake platform (c1 abusive, c3 libel, c4 a question)
    and Patel on a JSON Lines feed with one abusive comment; both polled once."""
    registry.register(FakebookConnector)
    from notify_support import TEXTS

    for key in ("c1", "c3", "c4"):
        text, author = TEXTS[key]
        platform.add(key, text, author, utcnow().isoformat())
    (tmp_path / "patel.jsonl").write_text(
        feed_line("p1", PATEL_ABUSE, author="r9", name="Lee Grant"), encoding="utf-8"
    )
    (tmp_path / "oidc.secret").write_text(secret + "\n", encoding="utf-8")
    config = CONFIG.format(
        smtp_port=smtp, base_url=base_url, platform_url=platform.url, kind="official"
    )
    (tmp_path / "wardwatch.toml").write_text(config + TEAM.format(issuer=issuer), encoding="utf-8")
    app = App(str(tmp_path / "wardwatch.toml"))
    poll(app, utcnow())
    outcome = poll_account(
        app.factory, app.settings, "patel-feed", engine=app.scoring, after=after_scoring()
    )
    assert outcome.error is None, outcome.error
    return app


def open_items(app: App, account: str) -> list[StoredComment]:
    with app.factory() as session:
        return list(
            session.scalars(
                select(StoredComment)
                .join(StoredComment.account)
                .where(StoredComment.status == "open")
                .where(StoredComment.severity.in_(("review", "high")))
                .where(StoredComment.account.has(name=account))
                .order_by(StoredComment.id)
            )
        )


@pytest.mark.browser
def test_member_services_signs_in_with_oidc_sees_two_councillors_and_hides_one(
    chromium: object,
    platform: FakePlatform,
    tmp_path: Path,
) -> None:
    with oidc_provider([MEMBER_SERVICES]) as provider, web_server() as (base_url, late):
        app = council(
            tmp_path,
            platform,
            base_url=base_url,
            issuer=provider.issuer,
            secret=provider.client_secret,
            smtp=free_port(),
        )
        late.app = create_app(app.factory, app.settings)
        hughes, patel = open_items(app, "hughes-fakebook"), open_items(app, "patel-feed")
        assert hughes and patel
        target = next(c for c in hughes if c.comment_id == "c1")

        page = chromium.new_page()  # type: ignore[attr-defined]
        page.goto(f"{base_url}/team")
        assert page.get_by_role("heading", name="Sign in to the team view").is_visible()
        page.get_by_role("link", name="Sign in with the test council").click()
        page.wait_for_load_state()
        assert page.url.startswith(provider.issuer)
        page.get_by_label("Account").select_option(MEMBER_SERVICES.sub)
        page.get_by_role("button", name="Continue").click()
        page.wait_for_url(f"{base_url}/team")

        assert page.get_by_text("Signed in as Priya Shah <priya.shah@example.gov.uk>").is_visible()
        hughes_section = page.get_by_role("region", name="Cllr Sarah Hughes")
        patel_section = page.get_by_role("region", name="Cllr Raj Patel")
        assert (
            hughes_section.get_by_role("heading")
            .inner_text()
            .startswith(f"Cllr Sarah Hughes: {len(hughes)} open")
        )
        assert (
            patel_section.get_by_role("heading")
            .inner_text()
            .startswith(f"Cllr Raj Patel: {len(patel)} open")
        )
        assert "Lee Grant" in patel_section.inner_text()
        assert "patel-feed" in patel_section.inner_text()
        page.screenshot(path=str(tmp_path / "team.png"), full_page=True)

        hughes_section.get_by_role(
            "button", name=f"Hide: comment {target.id} by {target.author_name}"
        ).click()
        page.wait_for_load_state()
        assert page.get_by_text(f"Comment {target.id} (Cllr Sarah Hughes) hidden.").is_visible()
        assert platform.calls_of("hide") == ["c1"]
        assert len(open_items(app, "hughes-fakebook")) == len(hughes) - 1
        assert len(open_items(app, "patel-feed")) == len(patel)

    assert [claims["email"] for claims in provider.tokens_issued] == [MEMBER_SERVICES.email]
    with app.factory() as session:
        [hide] = session.scalars(select(Action).where(Action.action == "hide")).all()
        [sign_in] = session.scalars(select(Action).where(Action.action == "sign-in")).all()
    assert hide.comment_pk == target.id
    assert hide.actor == "Priya Shah <priya.shah@example.gov.uk>"
    assert (hide.channel, hide.result) == ("team", "ok")
    assert sign_in.actor == hide.actor
    assert sign_in.detail == "Member Services, via OpenID Connect"


def test_a_councillor_signs_in_by_email_link_and_sees_and_acts_on_only_their_own(
    platform: FakePlatform, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    mailbox = Mailbox()
    smtp = free_port()
    with web_server() as (base_url, late):
        app = council(
            tmp_path,
            platform,
            base_url=base_url,
            issuer="",
            secret="unused",
            smtp=smtp,
        )
        late.app = create_app(app.factory, app.settings)
        # A POST from anything but this app's own form is refused.
        forged = requests.post(
            f"{base_url}/team/sign-in/email", data={"email": "raj.patel@example.gov.uk"}, timeout=10
        )
        assert forged.status_code == 403
        browser = requests.Session()
        sign_in = browser.get(f"{base_url}/team", timeout=10)
        assert "Sign in with" not in sign_in.text  # no identity provider configured
        csrf = re.search(r'name="csrf" value="([^"]+)"', sign_in.text)
        assert csrf is not None
        for address in ("raj.patel@example.gov.uk", "stranger@example.org"):
            sent = browser.post(
                f"{base_url}/team/sign-in/email",
                data={"csrf": csrf.group(1), "email": address},
                timeout=10,
            )
            assert "a sign-in link is on its way" in sent.text
        with smtp_server(mailbox, port=smtp):
            deliver_outbox(app.factory, app.settings, utcnow())
        # Only the address with access got a link; the stranger got the same answer, no mail.
        links = [m for m in mailbox.messages if m["Subject"] == "Your wardwatch sign-in link"]
        assert [m["To"] for m in links] == ["raj.patel@example.gov.uk"]
        body = links[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
        link = re.search(r"(http://\S+/team/link/\S+)", body)
        assert link is not None

        # Fetching the link (a mail scanner would) signs nobody in and does not spend it.
        confirm = requests.get(link.group(1), timeout=10)
        assert "Sign in as raj.patel@example.gov.uk?" in confirm.text
        assert (
            requests.get(f"{base_url}/team", timeout=10, allow_redirects=False).status_code == 303
        )
        fields = dict(
            re.findall(
                r'name="(csrf|token)" value="([^"]+)"', browser.get(link.group(1), timeout=10).text
            )
        )
        team = browser.post(f"{base_url}/team/link", data=fields, timeout=10)
        assert team.url == f"{base_url}/team"
        shown = re.sub(r"<[^>]+>", "", team.text)
        assert "Signed in as raj.patel@example.gov.uk (Councillor)" in shown
        assert "Cllr Raj Patel: 1 open" in shown
        assert "Cllr Sarah Hughes" not in shown
        assert "Recent actions" not in shown  # the audit log is for admins
        csrf = re.search(r'name="csrf" value="([^"]+)"', team.text)
        assert csrf is not None
        again = browser.post(
            f"{base_url}/team/link", data={**fields, "csrf": csrf.group(1)}, timeout=10
        )
        assert again.status_code == 410  # used once
        hughes = open_items(app, "hughes-fakebook")[0]
        refused = browser.post(
            f"{base_url}/team/act",
            data={"csrf": csrf.group(1), "comment": str(hughes.id), "action": "hide"},
            timeout=10,
        )
        assert refused.status_code == 403
        [own] = open_items(app, "patel-feed")
        done = browser.post(
            f"{base_url}/team/act",
            data={"csrf": csrf.group(1), "comment": str(own.id), "action": "dismiss"},
            timeout=10,
        )
        assert f"Comment {own.id} (Cllr Raj Patel) marked not a problem." in done.text
    assert platform.calls_of("hide") == []
    # The server's request log saw the link's path, but never the token in it.
    assert "/team/link/<redacted>" in caplog.text
    assert link.group(1).rsplit("/", 1)[1] not in caplog.text
    with app.factory() as session:
        actions = session.scalars(select(Action).order_by(Action.id)).all()
    assert [(a.action, a.actor, a.channel) for a in actions] == [
        ("sign-in", "raj.patel@example.gov.uk", "team"),
        ("dismiss", "raj.patel@example.gov.uk", "team"),
    ]
