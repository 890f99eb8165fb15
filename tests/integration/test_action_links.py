"""Hide / Not a problem / Undo links and the review page, against a real HTTP server.

The links come from a real digest (read back from the outbox); the platform is a fake
HTTP server that counts hide and unhide calls.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy
from pathlib import Path

import pytest
import requests
import time_machine
from notify_support import FakePlatform, form_fields, free_port, poll, setup, web_server
from sqlalchemy import select

from connectors import registry
from monitor.config import ConfigError, parse
from monitor.context import App
from monitor.models import Action, ActionToken, Outbox, StoredComment
from monitor.notify.daily_digest import send_due_digest
from monitor.web import create_app

MORNING = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)
OWNER = "Cllr Sarah Hughes"


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


@pytest.fixture
def site(tmp_path: Path, platform: FakePlatform) -> Iterator[tuple[str, App]]:
    # The links were issued this morning; the person clicks soon after.
    with web_server() as (base_url, late), time_machine.travel(MORNING + timedelta(minutes=5)):
        app = setup(tmp_path, platform, smtp_port=free_port(), base_url=base_url)
        late.app = create_app(app.factory, app.settings)
        poll(app, MORNING - timedelta(hours=1))
        yield base_url, app


def digest_links(app: App) -> dict[str, dict[str, str]]:
    """{author: {"Hide": url, "Not a problem": url}} from the digest's plain text part."""
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    message = message_from_string(raw, policy=policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    links: dict[str, dict[str, str]] = {}
    for block in text.split("\n* ")[1:]:
        author = block.split(" on ", 1)[0]
        links[author] = dict(re.findall(r"(Hide|Not a problem|Full text): +(\S+)", block))
    return links


def status_of(app: App, comment_id: str) -> str:
    with app.factory() as session:
        row = session.scalar(select(StoredComment).where(StoredComment.comment_id == comment_id))
        assert row is not None
        return row.status


def test_get_and_head_show_a_confirm_page_and_change_nothing(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    _, app = site
    hide = digest_links(app)["Dean Morley"]["Hide"]
    for _ in range(10):
        page = requests.get(hide, timeout=10)
        assert requests.head(hide, timeout=10).status_code == 200
    assert page.status_code == 200 and "Hide this comment?" in page.text
    assert "c*nt" not in page.text.split("<details>")[0]  # masked until asked for
    assert platform.calls == [] and status_of(app, "c1") == "open"
    with app.factory() as session:
        assert all(t.used_at is None for t in session.scalars(select(ActionToken)))
    for header, value in {
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex, nofollow",
    }.items():
        assert page.headers[header] == value
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]


def test_confirming_hides_once_and_a_repeat_says_already_done(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    hide = digest_links(app)["Dean Morley"]["Hide"]
    fields = form_fields(requests.get(hide, timeout=10).text)
    done = requests.post(f"{base_url}/a", data=fields, timeout=10)
    assert done.status_code == 200 and "Comment hidden" in done.text
    again = requests.post(f"{base_url}/a", data=fields, timeout=10)
    assert "Already done" in again.text and "sarah.hughes@example.gov.uk" in again.text
    assert platform.calls_of("hide") == ["c1"] and status_of(app, "c1") == "hidden"
    undo = form_fields(done.text)
    assert requests.post(f"{base_url}/a", data=undo, timeout=10).status_code == 200
    assert platform.calls_of("unhide") == ["c1"] and status_of(app, "c1") == "open"
    with app.factory() as session:
        audit = [
            (a.action, a.channel, a.actor, a.result)
            for a in session.scalars(select(Action).order_by(Action.id))
        ]
    assert audit == [
        ("hide", "email", "sarah.hughes@example.gov.uk", "ok"),
        ("unhide", "email", "sarah.hughes@example.gov.uk", "ok"),
    ]


def test_not_a_problem_dismisses_without_calling_the_platform(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    dismiss = digest_links(app)["Paul Kershaw"]["Not a problem"]
    fields = form_fields(requests.get(dismiss, timeout=10).text)
    assert "marked not a problem" in requests.post(f"{base_url}/a", data=fields, timeout=10).text
    assert status_of(app, "c2") == "dismissed" and platform.calls == []


def test_twenty_concurrent_posts_make_exactly_one_platform_call(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    fields = form_fields(requests.get(digest_links(app)["Dean Morley"]["Hide"], timeout=10).text)
    with ThreadPoolExecutor(20) as pool:
        replies = list(
            pool.map(lambda _: requests.post(f"{base_url}/a", data=fields, timeout=60), range(20))
        )
    assert all(r.status_code == 200 for r in replies)
    assert sum("Comment hidden" in r.text for r in replies) == 1
    assert platform.calls_of("hide") == ["c1"]


@pytest.mark.parametrize(
    "change, header",
    [
        ({"nonce": ""}, {}),
        ({"nonce": "0" * 64}, {}),
        ({}, {"Sec-Fetch-Site": "cross-site"}),
        ({}, {"Origin": "https://evil.example"}),
        ({"comment": "999"}, {}),
    ],
)
def test_a_forged_or_cross_site_or_wrong_comment_post_is_refused(
    site: tuple[str, App],
    platform: FakePlatform,
    change: dict[str, str],
    header: dict[str, str],
) -> None:
    base_url, app = site
    fields = form_fields(requests.get(digest_links(app)["Dean Morley"]["Hide"], timeout=10).text)
    reply = requests.post(f"{base_url}/a", data={**fields, **change}, headers=header, timeout=10)
    assert reply.status_code == 403
    assert platform.calls == [] and status_of(app, "c1") == "open"


def test_a_link_for_one_comment_cannot_act_on_another(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    links = digest_links(app)
    fields = form_fields(requests.get(links["Dean Morley"]["Hide"], timeout=10).text)
    other = form_fields(requests.get(links["Gary Pickles"]["Hide"], timeout=10).text)
    reply = requests.post(f"{base_url}/a", data={**fields, "comment": other["comment"]}, timeout=10)
    assert reply.status_code == 403 and platform.calls == []


def test_a_link_works_until_it_expires_and_then_says_so(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    hide = digest_links(app)["Dean Morley"]["Hide"]
    expiry = MORNING + timedelta(hours=168)
    with time_machine.travel(expiry - timedelta(seconds=1), tick=False):
        fields = form_fields(requests.get(hide, timeout=10).text)
        assert fields["nonce"]
    with time_machine.travel(expiry + timedelta(seconds=1), tick=False):
        assert requests.get(hide, timeout=10).status_code == 410
        reply = requests.post(f"{base_url}/a", data=fields, timeout=10)
    assert reply.status_code == 410 and "expired" in reply.text
    assert platform.calls == []


def test_tokens_never_reach_the_access_log(
    site: tuple[str, App], caplog: pytest.LogCaptureFixture
) -> None:
    _, app = site
    hide = digest_links(app)["Dean Morley"]["Hide"]
    caplog.set_level(logging.INFO, logger="werkzeug")
    requests.get(hide, timeout=10)
    token = hide.rsplit("/", 1)[1]
    assert "/a/<redacted>" in caplog.text
    assert token not in caplog.text


def test_the_review_page_filters_and_hides_with_a_signed_owner_link(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    assert requests.get(f"{base_url}/review", timeout=10).status_code == 401
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    review_link = re.search(r"Review page: (\S+)", raw.replace("=\r\n", "").replace("=3D", "="))
    assert review_link is not None
    browser = requests.Session()
    page = browser.get(review_link.group(1), timeout=10)
    assert page.url == f"{base_url}/review" and "Gary Pickles" in page.text
    # The possible libel has a running knowledge clock: it leads, with its local deadline.
    act_today = page.text.split("<h2>Act today", 1)[1]
    assert act_today.index("Gary Pickles") < act_today.index("Dean Morley")
    assert re.search(r"Act by \d{1,2}(:\d\d)? [ap]m Wednesday 4 March</strong>", page.text)
    libel_only = browser.get(f"{base_url}/review?category=libel", timeout=10)
    assert "Gary Pickles" in libel_only.text and "Dean Morley" not in libel_only.text
    fields = {"csrf": form_fields(page.text)["csrf"], "action": "hide"}
    pk = re.search(r'name="comment" value="(\d+)"', libel_only.text)
    assert pk is not None
    refused = browser.post(
        f"{base_url}/review/act",
        data={**fields, "comment": pk.group(1)},
        headers={"Sec-Fetch-Site": "cross-site"},
        timeout=10,
    )
    assert refused.status_code == 403 and platform.calls == []
    done = browser.post(
        f"{base_url}/review/act", data={**fields, "comment": pk.group(1)}, timeout=10
    )
    assert "Comment by Gary Pickles hidden" in done.text
    assert platform.calls_of("hide") == ["c3"]
    hidden = browser.get(f"{base_url}/review?status=hidden", timeout=10)
    assert "Undo: unhide" in hidden.text and "Gary Pickles" in hidden.text


def test_config_refuses_links_that_expire_in_under_72_hours(tmp_path: Path) -> None:
    raw = {"web": {"link_expiry_hours": 48}}
    with pytest.raises(ConfigError) as caught:
        parse(raw, path=tmp_path / "wardwatch.toml")
    assert [p.key for p in caught.value.problems] == ["web.link_expiry_hours"]


def test_a_preview_link_says_it_is_an_example_and_changes_nothing(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    reply = requests.get(f"{base_url}/a/preview-hide-1", timeout=10)
    assert reply.status_code == 404
    assert "This link is from a preview" in reply.text
    assert "wardwatch digest --preview" in reply.text
    assert platform.calls == [] and status_of(app, "c1") == "open"


def test_an_expired_review_link_says_how_to_get_a_new_one(site: tuple[str, App]) -> None:
    _, app = site
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    review_link = re.search(r"Review page: (\S+)", raw.replace("=\r\n", "").replace("=3D", "="))
    assert review_link is not None
    with time_machine.travel(MORNING + timedelta(hours=169), tick=False):
        reply = requests.get(review_link.group(1), timeout=10)
    assert reply.status_code == 410
    assert "This review link has expired" in reply.text and "wardwatch review-link" in reply.text
    assert "this comment" not in reply.text
