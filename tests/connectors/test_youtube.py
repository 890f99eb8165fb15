"""YouTube connector against the Data API v3, faked at the httplib2 layer with
HttpMockSequence. Payloads follow the documented commentThread / comment / channel
resources (developers.google.com/youtube/v3/docs/commentThreads#resource)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from contract import ConnectorContract
from googleapiclient.http import HttpMockSequence
from youtube_fake import FakeYouTube

from connectors.base import ConnectorError, StaticCredentials
from connectors.quota import quota_meter
from connectors.youtube.connector import YouTubeConnector
from connectors.youtube.setup import owned_channels
from monitor.config import AccountConfig

OWNER = "UCowner0000000000000000"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TOKEN = (
    {"status": "200", "content-type": "application/json"},
    json.dumps(
        {
            "access_token": "ya29.test",
            "expires_in": 3599,
            "scope": "https://www.googleapis.com/auth/youtube.force-ssl",
            "token_type": "Bearer",
        }
    ),
)


class TestYouTubeContract(ConnectorContract):
    @pytest.fixture
    def fake(self) -> Iterator[FakeYouTube]:
        yield FakeYouTube()


def ok(body: dict[str, Any]) -> tuple[dict[str, str], str]:
    return {"status": "200", "content-type": "application/json"}, json.dumps(body)


def error(status: int, reason: str, message: str) -> tuple[dict[str, str], str]:
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": "youtube.comment", "reason": reason}],
        }
    }
    return {"status": str(status), "content-type": "application/json"}, json.dumps(body)


def comment(
    cid: str, author: str, text: str, at: str, *, parent: str | None = None, video: str = "vid1"
) -> dict[str, Any]:
    snippet: dict[str, Any] = {
        "channelId": OWNER,
        "videoId": video,
        "textDisplay": text,
        "textOriginal": text,
        "authorDisplayName": f"@{author.lower()}",
        "authorProfileImageUrl": "https://yt3.example/a.jpg",
        "authorChannelUrl": f"http://www.youtube.com/@{author.lower()}",
        "authorChannelId": {"value": author},
        "canRate": True,
        "viewerRating": "none",
        "likeCount": 0,
        "publishedAt": at,
        "updatedAt": at,
    }
    if parent:
        snippet["parentId"] = parent
    return {"kind": "youtube#comment", "etag": f"e-{cid}", "id": cid, "snippet": snippet}


def thread(
    top: dict[str, Any], replies: list[dict[str, Any]] = (), total: int | None = None
) -> dict[str, Any]:  # type: ignore[assignment]
    item: dict[str, Any] = {
        "kind": "youtube#commentThread",
        "etag": f"t-{top['id']}",
        "id": top["id"],
        "snippet": {
            "channelId": OWNER,
            "videoId": top["snippet"]["videoId"],
            "topLevelComment": top,
            "canReply": True,
            "totalReplyCount": len(replies) if total is None else total,
            "isPublic": True,
        },
    }
    if replies:
        item["replies"] = {"comments": list(replies)}
    return item


def threads(items: list[dict[str, Any]], next_page: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "youtube#commentThreadListResponse",
        "etag": "x",
        "pageInfo": {"totalResults": len(items), "resultsPerPage": 100},
        "items": items,
    }
    if next_page:
        body["nextPageToken"] = next_page
    return body


def connector(
    responses: list[tuple[dict[str, str], str]], **options: Any
) -> tuple[YouTubeConnector, HttpMockSequence]:
    account = AccountConfig(
        name="cllr-youtube",
        owner="cllr",
        platform="youtube",
        api_base_url=options.pop("api_base_url", ""),
        options={"channel_id": OWNER, **options},
    )
    credentials = StaticCredentials(
        {
            "client_id": "id.apps.googleusercontent.com",
            "client_secret": "s",
            "refresh_token": "1//refresh",
        },
        account=account.name,
        platform="youtube",
    )
    http = HttpMockSequence([TOKEN, *responses])
    return YouTubeConnector(account, credentials, http=http), http


def query(uri: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(uri).query)


@time_machine.travel(NOW, tick=False)
def test_fetch_returns_third_party_comments_and_full_replies_without_the_owners() -> None:
    top = comment("Ugw1", "UCresident", "You lied about the budget", "2026-11-20T10:00:00Z")
    own_reply = comment(
        "Ugw1.r1", OWNER, "Thanks for asking", "2026-11-20T10:05:00Z", parent="Ugw1"
    )
    own_top = comment("Ugw2", OWNER, "Pinned: surgery times", "2026-11-20T09:00:00Z")
    reply = comment("Ugw2.r1", "UCother", "Crook", "2026-11-20T09:30:00Z", parent="Ugw2")
    more = comment(
        "Ugw2.r2", "UCthird", "See you at the meeting", "2026-11-20T09:40:00Z", parent="Ugw2"
    )
    yt, http = connector(
        [
            ok(threads([thread(top, [own_reply]), thread(own_top, [reply], total=2)])),
            ok({"kind": "youtube#commentListResponse", "items": [reply, more]}),
        ]
    )

    batch = yt.fetch(None)

    assert [c.comment_id for c in batch.comments] == ["Ugw1", "Ugw2.r1", "Ugw2.r2"]
    first = batch.comments[0]
    assert (first.author_id, first.author_name, first.text) == (
        "UCresident",
        "@ucresident",
        "You lied about the budget",
    )
    assert first.created_at == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert first.permalink == "https://www.youtube.com/watch?v=vid1&lc=Ugw1"
    assert batch.comments[1].parent_id == "Ugw2" and batch.comments[1].post_id == "vid1"
    list_uri = http.request_sequence[1][0]
    assert urlsplit(list_uri).path == "/youtube/v3/commentThreads"
    assert query(list_uri)["allThreadsRelatedToChannelId"] == [OWNER]
    assert query(list_uri)["order"] == ["time"]
    assert query(http.request_sequence[2][0])["parentId"] == ["Ugw2"]
    assert http.request_sequence[1][3]["authorization"] == "Bearer ya29.test"
    assert not batch.more


def test_each_comment_says_whom_it_answers() -> None:
    fake = FakeYouTube()
    resident_top = next(c for c in fake.comments.values() if "lied" in c["snippet"]["textOriginal"])
    own_top = next(c for c in fake.comments.values() if "Surgery" in c["snippet"]["textOriginal"])
    to_owner = fake.comment("UCresident", "Says the crook", 20, parent=own_top["id"])
    answers = {
        c.comment_id: (c.parent_id, c.parent_is_owner, c.parent_author)
        for c in fake.connector().fetch(None).comments
    }
    assert fake.owner_comment_ids().isdisjoint(answers)  # the owner's own are left out
    # A top-level comment answers the channel's own video; the channel's name is not in
    # the payload, so only the flag is set.
    assert answers[resident_top["id"]] == (None, True, None)
    liar = next(c for c, a in answers.items() if a[0] == resident_top["id"])
    assert answers[liar] == (resident_top["id"], False, "@ucresident")
    assert answers[to_owner] == (own_top["id"], True, "@ucowner0000000000000000")


@time_machine.travel(NOW, tick=False)
def test_fetch_stops_at_the_last_seen_comment() -> None:
    old = comment("Ugw1", "UCresident", "first", "2026-11-19T08:00:00Z")
    yt, _ = connector([ok(threads([thread(old)]))])
    cursor = yt.fetch(None).cursor
    newer = comment("Ugw3", "UCresident", "second", "2026-11-20T11:00:00Z")
    ancient = comment("Ugw0", "UCresident", "long ago", "2026-11-01T08:00:00Z")
    yt, http = connector(
        [ok(threads([thread(newer), thread(old), thread(ancient)], next_page="never-read"))]
    )

    batch = yt.fetch(cursor)

    assert [c.comment_id for c in batch.comments] == ["Ugw3"]
    assert len(http.request_sequence) == 2  # token + one page: the walk stopped
    assert json.loads(batch.cursor or "")["at_since"] == ["Ugw3"]


@time_machine.travel(NOW, tick=False)
def test_fetch_resumes_a_long_walk_from_the_page_token() -> None:
    pages = [
        ok(
            threads(
                [thread(comment(f"Ugw{n}", "UCr", "hi", f"2026-11-20T11:{59 - n:02d}:00Z"))],
                next_page=f"p{n + 1}",
            )
        )
        for n in range(5)
    ]
    yt, http = connector(pages)
    batch = yt.fetch(None)
    assert batch.more and len(batch.comments) == 5
    assert json.loads(batch.cursor or "")["page"] == "p5"

    yt, http = connector(
        [ok(threads([thread(comment("Ugw5", "UCr", "hi", "2026-11-20T11:54:00Z"))]))]
    )
    batch = yt.fetch(batch.cursor)
    assert query(http.request_sequence[1][0])["pageToken"] == ["p5"]
    assert [c.comment_id for c in batch.comments] == ["Ugw5"] and not batch.more
    assert json.loads(batch.cursor or "") == {"since": "2026-11-20T11:59:00Z", "at_since": ["Ugw0"]}


@time_machine.travel(NOW, tick=False)
def test_a_malformed_thread_is_skipped_not_fatal() -> None:
    good = comment("Ugw1", "UCresident", "fine", "2026-11-20T10:00:00Z")
    broken = {"kind": "youtube#commentThread", "id": "UgwBroken", "snippet": {}}
    yt, _ = connector([ok(threads([broken, thread(good)]))])
    batch = yt.fetch(None)
    assert [c.comment_id for c in batch.comments] == ["Ugw1"]
    assert batch.skipped and "UgwBroken" in batch.skipped[0]


def test_hide_holds_the_comment_for_review_and_unhide_publishes_it() -> None:
    no_content = ({"status": "204"}, "")
    yt, http = connector([no_content, no_content])
    yt.hide("Ugw1")
    yt.unhide("Ugw1")
    hide_uri, hide_method = http.request_sequence[1][:2]
    assert hide_method == "POST"
    assert urlsplit(hide_uri).path == "/youtube/v3/comments/setModerationStatus"
    assert query(hide_uri) == {"id": ["Ugw1"], "moderationStatus": ["heldForReview"]}
    assert query(http.request_sequence[2][0])["moderationStatus"] == ["published"]
    assert all("rejected" not in uri for uri, *_ in http.request_sequence)
    assert quota_meter(yt) is not None and yt.quota.spent == 100


def test_hiding_a_deleted_comment_reports_not_found() -> None:
    yt, _ = connector([error(404, "commentNotFound", "The comment could not be found.")])
    with pytest.raises(ConnectorError) as raised:
        yt.hide("UgwGone")
    assert raised.value.not_found and "UgwGone" in raised.value.message


def test_a_refused_token_asks_the_user_to_reconnect() -> None:
    yt, _ = connector([error(403, "forbidden", "The request is not properly authorized.")])
    with pytest.raises(ConnectorError) as raised:
        yt.hide("Ugw1")
    assert raised.value.permanent
    assert "wardwatch connect youtube --account cllr-youtube" in raised.value.message


def test_a_revoked_refresh_token_asks_the_user_to_reconnect() -> None:
    account = AccountConfig(
        name="cllr-youtube", owner="cllr", platform="youtube", options={"channel_id": OWNER}
    )
    credentials = StaticCredentials(
        {"client_id": "i", "client_secret": "s", "refresh_token": "revoked"},
        account="cllr-youtube",
        platform="youtube",
    )
    http = HttpMockSequence(
        [
            (
                {"status": "400", "content-type": "application/json"},
                json.dumps(
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    }
                ),
            )
        ]
    )
    yt = YouTubeConnector(account, credentials, http=http)
    with pytest.raises(ConnectorError) as raised:
        yt.profile_text()
    assert raised.value.permanent and "wardwatch connect youtube" in raised.value.message


@time_machine.travel(NOW, tick=False)
def test_quota_exceeded_parks_until_midnight_pacific() -> None:
    yt, _ = connector(
        [
            error(
                403,
                "quotaExceeded",
                "The request cannot be completed because you have exceeded your quota.",
            )
        ]
    )
    with pytest.raises(ConnectorError) as raised:
        yt.fetch(None)
    assert not raised.value.permanent
    # 12:00 UTC is 04:00 in Los Angeles: 20 hours to midnight there.
    assert raised.value.retry_after == 20 * 3600


@time_machine.travel(NOW, tick=False)
def test_polling_stops_before_the_quota_but_leaves_units_for_hiding() -> None:
    yt, http = connector([({"status": "204"}, "")], daily_quota=10_000, hide_reserve=1_000)
    meter = quota_meter(yt)
    assert meter is not None
    meter.start("2026-11-20", 9_000)
    with pytest.raises(ConnectorError) as raised:
        yt.fetch(None)
    assert "keeping 1000 units for hiding" in raised.value.message
    assert raised.value.retry_after == 20 * 3600
    assert len(http.request_sequence) == 0  # refused before any request was sent
    yt.hide("Ugw1")
    assert meter.usage() == ("2026-11-20", 9_050)


@time_machine.travel(NOW, tick=False)
def test_a_tally_from_an_earlier_quota_day_counts_as_zero() -> None:
    yt, _ = connector([])
    meter = quota_meter(yt)
    assert meter is not None
    meter.start("2026-11-19", 9_999)
    assert meter.usage() == ("2026-11-20", 0)


def test_profile_text_is_the_channel_description() -> None:
    channel = {
        "kind": "youtube#channelListResponse",
        "items": [
            {
                "kind": "youtube#channel",
                "id": OWNER,
                "snippet": {
                    "title": "Cllr Patel",
                    "description": "Views are my own. Office hours Mon-Fri 9-5.",
                    "publishedAt": "2019-01-01T00:00:00Z",
                },
            }
        ],
    }
    yt, http = connector([ok(channel)])
    assert yt.profile_text() == "Views are my own. Office hours Mon-Fri 9-5."
    assert query(http.request_sequence[1][0])["id"] == [OWNER]


def test_api_base_url_replaces_the_api_root() -> None:
    yt, http = connector(
        [ok({"items": [{"id": OWNER, "snippet": {"description": ""}}]})],
        api_base_url="http://127.0.0.1:9/yt",
    )
    yt.profile_text()
    assert http.request_sequence[1][0].startswith("http://127.0.0.1:9/yt/youtube/v3/channels?")


def test_connect_lists_the_channels_the_signed_in_account_owns() -> None:
    channels = {
        "kind": "youtube#channelListResponse",
        "items": [{"kind": "youtube#channel", "id": OWNER, "snippet": {"title": "Cllr Patel"}}],
    }
    http = HttpMockSequence([TOKEN, ok(channels)])
    assert owned_channels("id", "secret", "1//refresh", http=http) == [(OWNER, "Cllr Patel")]
    assert query(http.request_sequence[1][0])["mine"] == ["true"]
