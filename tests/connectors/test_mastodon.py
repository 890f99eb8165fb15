"""Mastodon connector against a fake server at the requests layer (`responses`).
Payloads follow the Notification, Status, Account and Context entities documented at
docs.joinmastodon.org/entities/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
import time_machine
from contract import ConnectorContract
from mastodon_fake import FakeMastodon

from connectors.base import ConnectorError, StaticCredentials
from connectors.mastodon.connector import MastodonConnector, html_to_text
from monitor.config import AccountConfig

BASE = "https://councillors.example"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def account(aid: str, acct: str, note: str = "") -> dict[str, Any]:
    return {
        "id": aid,
        "username": acct.split("@")[0],
        "acct": acct,
        "display_name": acct.title(),
        "locked": False,
        "bot": False,
        "created_at": "2020-01-01T00:00:00.000Z",
        "note": note,
        "url": f"https://{acct.split('@')[-1]}/@{acct}",
        "avatar": "",
        "header": "",
        "followers_count": 1,
        "following_count": 1,
        "statuses_count": 1,
        "emojis": [],
        "fields": [],
    }


ME = account("100", "cllrpatel", "<p>Views are my own.<br>Staffed Mon-Fri 9-5.</p>")


def status(
    sid: str,
    who: dict[str, Any],
    html: str,
    at: str,
    *,
    reply_to: str | None = "9",
    visibility: str = "public",
    to: dict[str, Any] | None = None,
    mentions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A Status; ``to`` is the account replied to (the owner unless given)."""
    to = to or ME
    return {
        "id": sid,
        "uri": f"https://other.example/users/x/statuses/{sid}",
        "url": f"https://other.example/@x/{sid}",
        "created_at": at,
        "account": who,
        "content": html,
        "visibility": visibility,
        "sensitive": False,
        "spoiler_text": "",
        "media_attachments": [],
        "mentions": mentions or [],
        "tags": [],
        "emojis": [],
        "in_reply_to_id": reply_to,
        "in_reply_to_account_id": to["id"] if reply_to else None,
        "reblog": None,
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
    }


def mention(nid: str, st: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": nid,
        "type": "mention",
        "created_at": st["created_at"],
        "account": st["account"],
        "status": st,
    }


RESIDENT = account("200", "resident@other.example")


class TestMastodonContract(ConnectorContract):
    @pytest.fixture
    def fake(self) -> Iterator[FakeMastodon]:
        with FakeMastodon() as platform:
            yield platform


def make(context_posts: int = 0) -> MastodonConnector:
    config = AccountConfig(
        name="cllr-masto",
        owner="cllr",
        platform="mastodon",
        options={"instance": BASE, "context_posts": context_posts},
    )
    return MastodonConnector(
        config,
        StaticCredentials({"access_token": "tok"}, account="cllr-masto", platform="mastodon"),
    )


def calls(rsps: responses.RequestsMock, path: str) -> list[dict[str, list[str]]]:
    return [
        parse_qs(urlsplit(c.request.url).query)
        for c in rsps.calls
        if urlsplit(c.request.url).path == path
    ]


@time_machine.travel(NOW, tick=False)
def test_fetch_reads_mentions_forward_from_the_last_seen_and_skips_own_and_direct() -> None:
    hostile = status(
        "301",
        RESIDENT,
        '<p><span class="h-card"><a href="#">@<span>cllrpatel'
        "</span></a></span> you&#39;re a crook</p>",
        "2026-11-20T10:00:00.000Z",
    )
    private = status("302", RESIDENT, "<p>dm</p>", "2026-11-20T10:01:00.000Z", visibility="direct")
    own = status("303", ME, "<p>self mention</p>", "2026-11-20T10:02:00.000Z")
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        rsps.get(
            f"{BASE}/api/v1/notifications",
            json=[mention("503", own), mention("502", private), mention("501", hostile)],
        )
        batch = make().fetch(json.dumps({"min_id": "500"}))
        sent = calls(rsps, "/api/v1/notifications")

    assert sent == [{"types[]": ["mention"], "min_id": ["500"], "limit": ["40"]}]
    assert [c.comment_id for c in batch.comments] == ["301"]
    comment = batch.comments[0]
    assert comment.text == "@cllrpatel you're a crook"
    assert (comment.author_id, comment.author_name) == ("200", "@resident@other.example")
    assert comment.parent_id == "9" and comment.permalink == "https://other.example/@x/301"
    assert comment.created_at == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert json.loads(batch.cursor or "")["min_id"] == "503"


@time_machine.travel(NOW, tick=False)
def test_fetch_reads_replies_to_own_posts_that_do_not_mention_the_owner() -> None:
    post = status(
        "9", ME, "<p>Budget consultation open</p>", "2026-11-19T09:00:00.000Z", reply_to=None
    )
    deep = status(
        "410", RESIDENT, "<p>what a disgrace</p>", "2026-11-20T11:00:00.000Z", reply_to="409"
    )
    old = status("401", RESIDENT, "<p>old</p>", "2026-10-01T11:00:00.000Z")
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        rsps.get(f"{BASE}/api/v1/notifications", json=[])
        rsps.get(f"{BASE}/api/v1/accounts/100/statuses", json=[post])
        rsps.get(
            f"{BASE}/api/v1/statuses/9/context", json={"ancestors": [], "descendants": [old, deep]}
        )
        batch = make(context_posts=1).fetch(None)

    assert [(c.comment_id, c.post_id, c.parent_id) for c in batch.comments] == [("410", "9", "409")]
    assert json.loads(batch.cursor or "")["context_since"].startswith("2026-11-20T11:00:00")


@time_machine.travel(NOW, tick=False)
def test_each_reply_says_whom_it_answers() -> None:
    post = status("9", ME, "<p>Library hours</p>", "2026-11-19T09:00:00.000Z", reply_to=None)
    neighbour = account("300", "neighbour")
    mentioned = [{k: RESIDENT[k] for k in ("id", "username", "url", "acct")}]
    at = "2026-11-20T11:0{}:00.000Z".format
    tree = [
        status("410", RESIDENT, "<p>says the crook</p>", at(0)),
        status("411", neighbour, "<p>rich, from you</p>", at(1), reply_to="410", to=RESIDENT),
        status("412", neighbour, "<p>and again</p>", at(2), reply_to="410", to=RESIDENT),
        status("413", ME, "<p>please keep it civil</p>", at(3), reply_to="412", to=neighbour),
        status("414", neighbour, "<p>says the fraud</p>", at(4), reply_to="413"),
    ]
    tree[1]["mentions"] = mentioned  # 412 does not mention whom it answers
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        rsps.get(f"{BASE}/api/v1/notifications", json=[])
        rsps.get(f"{BASE}/api/v1/accounts/100/statuses", json=[post])
        rsps.get(f"{BASE}/api/v1/statuses/9/context", json={"ancestors": [], "descendants": tree})
        batch = make(context_posts=1).fetch(None)

    answers = {c.comment_id: (c.parent_is_owner, c.parent_author) for c in batch.comments}
    assert answers == {
        "410": (True, "@cllrpatel"),
        "411": (False, "@resident@other.example"),
        "412": (False, "@resident@other.example"),
        "414": (True, "@cllrpatel"),
    }


def test_a_reply_to_someone_unknown_is_not_said_to_answer_anyone() -> None:
    stranger = account("777", "stranger@far.example")
    reply = status(
        "701", RESIDENT, "<p>@cllrpatel look</p>", "2026-11-20T10:00:00.000Z", to=stranger
    )
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        rsps.get(f"{BASE}/api/v1/notifications", json=[mention("702", reply)])
        (comment,) = make().fetch(json.dumps({"min_id": "700"})).comments
    assert (comment.parent_is_owner, comment.parent_author) == (False, None)


def test_a_malformed_status_is_skipped_not_fatal() -> None:
    broken = {"id": "600", "type": "mention", "status": {"id": "601", "content": "x"}}
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        rsps.get(f"{BASE}/api/v1/notifications", json=[broken])
        batch = make().fetch(json.dumps({"min_id": "599"}))
    assert batch.comments == [] and "601" in batch.skipped[0]


def test_profile_text_is_the_note_as_plain_text() -> None:
    with responses.RequestsMock() as rsps:
        rsps.get(f"{BASE}/api/v1/accounts/verify_credentials", json=ME)
        assert make().profile_text() == "Views are my own.\nStaffed Mon-Fri 9-5."


def test_hide_is_refused_with_the_mastodon_hint() -> None:
    with pytest.raises(ConnectorError) as raised:
        make().hide("301")
    assert raised.value.permanent
    assert "can't hide on Mastodon: open it to delete or report" in raised.value.message


def test_mute_author_keeps_their_notifications_coming() -> None:
    with responses.RequestsMock() as rsps:
        rsps.post(
            f"{BASE}/api/v1/accounts/200/mute",
            json={
                "id": "200",
                "following": False,
                "muting": True,
                "muting_notifications": False,
                "blocking": False,
            },
        )
        make().mute_author("200")
        body = parse_qs(rsps.calls[0].request.body)  # type: ignore[arg-type]
    assert body["notifications"] == ["0"]


def test_report_sends_the_post_and_the_reason_to_the_moderators() -> None:
    with responses.RequestsMock() as rsps:
        rsps.post(
            f"{BASE}/api/v1/reports/",
            json={
                "id": "48914",
                "action_taken": False,
                "category": "other",
                "comment": "threat",
                "forward": False,
                "status_ids": ["301"],
                "target_account": RESIDENT,
            },
        )
        make().report("301", "200", "threat of violence")
        body = parse_qs(rsps.calls[0].request.body)  # type: ignore[arg-type]
    assert body["account_id"] == ["200"] and body["status_ids[]"] == ["301"]
    assert body["comment"] == ["threat of violence"]


def test_reporting_a_deleted_post_is_not_found() -> None:
    with responses.RequestsMock() as rsps:
        rsps.post(f"{BASE}/api/v1/reports/", status=404, json={"error": "Record not found"})
        with pytest.raises(ConnectorError) as raised:
            make().report("301", "200", "x")
    assert raised.value.not_found


def test_a_revoked_token_asks_the_user_to_reconnect() -> None:
    with responses.RequestsMock() as rsps:
        rsps.get(
            f"{BASE}/api/v1/accounts/verify_credentials",
            status=401,
            json={"error": "The access token is invalid"},
        )
        with pytest.raises(ConnectorError) as raised:
            make().fetch(None)
    assert raised.value.permanent
    assert "`wardwatch connect mastodon --account cllr-masto`" in raised.value.message


def test_a_rate_limit_parks_until_the_reset_time() -> None:
    reset = datetime(2026, 11, 20, 12, 5, tzinfo=UTC)
    with time_machine.travel(NOW, tick=False), responses.RequestsMock() as rsps:
        rsps.get(
            f"{BASE}/api/v1/accounts/verify_credentials",
            status=429,
            json={"error": "Too many requests"},
            headers={
                "X-RateLimit-Limit": "300",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": reset.isoformat(),
            },
        )
        with pytest.raises(ConnectorError) as raised:
            make().fetch(None)
    assert not raised.value.permanent
    assert raised.value.retry_after == pytest.approx(300, abs=1)


def test_html_to_text_keeps_paragraphs_and_unescapes() -> None:
    assert html_to_text("<p>a &amp; b</p><p>c<br/>d</p>") == "a & b\n\nc\nd"
