"""Bluesky actions against an author, against the PDS fake: mute and unmute
(app.bsky.graph.muteActor), block and unblock (app.bsky.graph.block records), and
detaching a quote through the quoted post's postgate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bluesky_fake import OWNER, ROOT, FakeBluesky

from connectors.base import BLOCK_AUTHOR, DETACH_QUOTE, MUTE_AUTHOR, ConnectorError

RESIDENT = "did:plc:resident"


@pytest.fixture
def fake() -> Iterator[FakeBluesky]:
    with FakeBluesky() as platform:
        yield platform


def test_bluesky_declares_mute_block_and_detach_quote(fake: FakeBluesky) -> None:
    assert {MUTE_AUTHOR, BLOCK_AUTHOR, DETACH_QUOTE} <= fake.connector().capabilities


def test_mute_and_unmute_the_author(fake: FakeBluesky) -> None:
    connector = fake.connector()
    connector.mute_author(RESIDENT)
    assert fake.muted == {RESIDENT}
    connector.unmute_author(RESIDENT)
    assert fake.muted == set()


def test_block_writes_one_block_record_and_unblock_deletes_it(fake: FakeBluesky) -> None:
    connector = fake.connector()
    connector.block_author(RESIDENT)
    connector.block_author(RESIDENT)  # already blocked: no second record
    assert fake.blocked() == {RESIDENT}
    [written] = [r for r in fake.put_records if r["collection"] == "app.bsky.graph.block"]
    assert written["repo"] == OWNER
    assert written["record"]["$type"] == "app.bsky.graph.block"
    assert written["record"]["subject"] == RESIDENT
    connector.unblock_author(RESIDENT)
    assert fake.blocked() == set()
    connector.unblock_author(RESIDENT)  # not blocked: nothing to do


def test_detach_quote_lists_the_quote_in_the_quoted_posts_postgate(fake: FakeBluesky) -> None:
    quote = fake.post(
        RESIDENT,
        "resident.example",
        "Look at this liar",
        minutes_ago=1,
        reply_root=None,
        reason="quote",
        quote_of=ROOT,
    )
    fake.records[("app.bsky.feed.postgate", "3root")] = {
        "$type": "app.bsky.feed.postgate",
        "post": ROOT,
        "createdAt": "2026-03-01T09:00:00.000Z",
        "embeddingRules": [{"$type": "app.bsky.feed.postgate#disableRule"}],
    }
    connector = fake.connector()
    connector.detach_quote(quote, ROOT)
    connector.detach_quote(quote, ROOT)  # already detached
    gate = fake.records[("app.bsky.feed.postgate", "3root")]
    assert gate["detachedEmbeddingUris"] == [quote]
    assert gate["embeddingRules"] == [{"$type": "app.bsky.feed.postgate#disableRule"}]
    assert gate["post"] == ROOT


def test_a_post_that_quotes_nothing_cannot_be_detached(fake: FakeBluesky) -> None:
    reply = fake.add_comment("You are a liar")
    with pytest.raises(ConnectorError, match="does not quote a post") as caught:
        fake.connector().detach_quote(reply, ROOT)
    assert caught.value.permanent


def test_a_quote_of_someone_elses_post_cannot_be_detached(fake: FakeBluesky) -> None:
    other = "at://did:plc:neighbour/app.bsky.feed.post/3other"
    quote = fake.post(
        RESIDENT, "resident.example", "ha", minutes_ago=1, reply_root=None, quote_of=other
    )
    with pytest.raises(ConnectorError, match="only its author can detach"):
        fake.connector().detach_quote(quote, other)
