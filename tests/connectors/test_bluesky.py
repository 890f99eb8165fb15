"""Bluesky connector against a PDS faked with respx (atproto speaks httpx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from bluesky_fake import OWNER, ROOT, FakeBluesky
from contract import ConnectorContract

from connectors.base import ConnectorError


@pytest.fixture
def fake() -> Iterator[FakeBluesky]:
    with FakeBluesky() as platform:
        yield platform


class TestBlueskyContract(ConnectorContract):
    @pytest.fixture
    def fake(self) -> Iterator[FakeBluesky]:
        with FakeBluesky() as platform:
            yield platform


def test_fetch_maps_a_reply_to_a_comment_in_the_owners_thread(fake: FakeBluesky) -> None:
    batch = fake.connector().fetch(None)
    first = next(c for c in batch.comments if c.author_id == "did:plc:resident")
    assert first.text == "You are a liar and a fraud"
    assert (first.post_id, first.parent_id) == (ROOT, ROOT)
    assert first.author_name == "@resident.example"
    rkey = first.comment_id.rsplit("/", 1)[1]
    assert first.permalink == f"https://bsky.app/profile/did:plc:resident/post/{rkey}"


def test_hide_adds_the_reply_to_the_threadgate_and_keeps_the_allow_rules(
    fake: FakeBluesky,
) -> None:
    fake.gate = {
        "$type": "app.bsky.feed.threadgate",
        "post": ROOT,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "allow": [{"$type": "app.bsky.feed.threadgate#followingRule"}],
    }
    target = fake.add_comment("abuse")
    connector = fake.connector()
    connector.hide(target)
    put = fake.put_records[-1]
    assert (put["repo"], put["collection"], put["rkey"]) == (
        OWNER,
        "app.bsky.feed.threadgate",
        "3root",
    )
    assert put["swapRecord"] == "bafygate0"
    assert put["record"]["hiddenReplies"] == [target]
    assert put["record"]["allow"] == [{"$type": "app.bsky.feed.threadgate#followingRule"}]
    connector.unhide(target)
    assert fake.gate is not None and fake.gate["hiddenReplies"] == []
    assert fake.gate["allow"] == [{"$type": "app.bsky.feed.threadgate#followingRule"}]


def test_a_new_threadgate_does_not_restrict_who_may_reply(fake: FakeBluesky) -> None:
    target = fake.add_comment("abuse")
    fake.connector().hide(target)
    assert fake.gate is not None and "allow" not in fake.gate
    assert fake.gate["post"] == ROOT


def test_a_reply_in_someone_elses_thread_cannot_be_hidden(fake: FakeBluesky) -> None:
    elsewhere = "at://did:plc:other/app.bsky.feed.post/3x"
    fake.post(
        "did:plc:other",
        "other.example",
        "root elsewhere",
        minutes_ago=5,
        uri=elsewhere,
        reply_root=None,
    )
    reply = fake.post(
        "did:plc:resident", "resident.example", "reply", minutes_ago=1, reply_root=elsewhere
    )
    with pytest.raises(ConnectorError) as raised:
        fake.connector().hide(reply)
    assert raised.value.permanent and "someone else's thread" in raised.value.message
    assert fake.put_records == []


def test_a_full_threadgate_refuses_another_hidden_reply(fake: FakeBluesky) -> None:
    full = [f"at://did:plc:x/app.bsky.feed.post/{n}" for n in range(300)]
    fake.gate = {
        "$type": "app.bsky.feed.threadgate",
        "post": ROOT,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "hiddenReplies": full,
    }
    target = fake.add_comment("one more")
    with pytest.raises(ConnectorError) as raised:
        fake.connector().hide(target)
    assert "300" in raised.value.message and fake.put_records == []


def test_hiding_a_deleted_reply_reports_not_found(fake: FakeBluesky) -> None:
    with pytest.raises(ConnectorError) as raised:
        fake.connector().hide("at://did:plc:resident/app.bsky.feed.post/gone")
    assert raised.value.not_found


def test_a_malformed_notification_is_skipped_not_fatal(fake: FakeBluesky) -> None:
    fake.notifications.insert(
        0,
        {
            "uri": "at://did:plc:bad/app.bsky.feed.post/1",
            "reason": "reply",
            "indexedAt": fake.now.isoformat(),
        },
    )
    batch = fake.connector().fetch(None)
    assert batch.comments and "did:plc:bad" in batch.skipped[0]


def test_the_session_is_saved_and_reused_instead_of_logging_in_again(
    fake: FakeBluesky,
) -> None:
    connector = fake.connector()
    connector.fetch(None)
    saved = connector.credentials.get("session")
    assert saved and fake.logins == 1
    connector.profile_text()
    again = fake.connector()
    again.credentials.update({"session": saved})
    again.fetch(None)
    assert fake.logins == 1


def test_a_wrong_app_password_says_what_to_change(fake: FakeBluesky) -> None:
    fake.fail_next(401)
    with pytest.raises(ConnectorError) as raised:
        fake.connector().fetch(None)
    assert raised.value.permanent
    assert "`wardwatch connect bluesky --account cllr-bsky`" in raised.value.message


def test_profile_text_is_the_description(fake: FakeBluesky) -> None:
    assert fake.connector().profile_text() == "Views are my own. Monitored Mon-Fri 9-5."


def test_each_reply_says_whom_it_answers(fake: FakeBluesky) -> None:
    resident = next(u for u, p in fake.posts.items() if p["author"]["did"] == "did:plc:resident")
    owners = next(u for u, p in fake.posts.items() if p["record"]["text"].startswith("Thanks"))
    elsewhere = "at://did:plc:stranger/app.bsky.feed.post/3s"  # a parent not on the page

    def neighbour(text: str, **how: Any) -> str:
        return fake.post("did:plc:neighbour", "neighbour.example", text, minutes_ago=10, **how)

    to_resident = neighbour("says the crook", reply_parent=resident)
    to_owner_reply = neighbour("says the fraud", reply_parent=owners)
    to_stranger = neighbour("agreed", reply_parent=elsewhere)
    quote = neighbour("pretty rich", reply_root=None, reason="quote", quote_of=ROOT)
    batch = fake.connector().fetch(None)
    answers = {c.comment_id: (c.parent_is_owner, c.parent_author) for c in batch.comments}
    assert owners not in answers  # the owner's own reply is still left out
    assert answers[resident] == (True, "@owner.example")
    assert answers[to_resident] == (False, "@resident.example")
    assert answers[to_owner_reply] == (True, "@owner.example")
    assert answers[to_stranger] == (False, None)  # the pipeline looks up the stored parent
    assert answers[quote] == (True, "@owner.example")
