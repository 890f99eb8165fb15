"""Actions against an author on Facebook (Page ban), X (mute) and Mastodon (mute with
Mastodon's own timer, block), each against its platform faked at the HTTP layer with the
documented endpoints and answers. Bluesky's are in test_bluesky_authors.py."""

from __future__ import annotations

import pytest
from graph_fake import GraphState, fake_graph
from mastodon_fake import RESIDENT, FakeMastodon
from test_facebook import PAGE
from test_facebook import make_connector as facebook
from test_x import PAT
from test_x import make_connector as x_connector
from x_fake import OWNER, XState, fake_x

from connectors.base import (
    BAN_AUTHOR,
    BLOCK_AUTHOR,
    DETACH_QUOTE,
    MUTE_AUTHOR,
    ConnectorError,
)
from connectors.instagram import InstagramConnector
from connectors.youtube import YouTubeConnector


def test_facebook_bans_from_the_page_through_the_blocked_edge_and_lifts_it() -> None:
    state = GraphState()
    state.add(PAGE, {"name": "Cllr Hughes"})
    with fake_graph(state):
        connector = facebook()
        assert BAN_AUTHOR in connector.capabilities
        connector.ban_author("7001")
        assert state.blocked[PAGE] == {"7001"}
        method, path, params = state.requests[-1]
        assert (method, path.rsplit("/", 2)[-2:]) == ("POST", [PAGE, "blocked"])
        assert params["user"] == ["7001"] and params["access_token"] == ["EAAB-page-token"]
        connector.unban_author("7001")
        assert state.blocked[PAGE] == set()
        method, path, params = state.requests[-1]
        assert method == "DELETE" and path.endswith(f"/{PAGE}/blocked")
        assert params["user"] == ["7001"]


def test_facebook_ban_failure_is_translated_once() -> None:
    state = GraphState()
    state.add(PAGE, {"name": "Cllr Hughes"})
    with fake_graph(state):
        state.failures.append(
            (
                403,
                {
                    "error": {
                        "message": "(#200) Requires pages_manage_engagement permission",
                        "type": "OAuthException",
                        "code": 200,
                        "fbtrace_id": "AbC",
                    }
                },
            )
        )
        with pytest.raises(ConnectorError) as caught:
            facebook().ban_author("7001")
    assert caught.value.permanent


def test_x_mutes_and_unmutes_with_the_user_token() -> None:
    state = XState()
    with fake_x(state):
        connector, _ = x_connector()
        assert MUTE_AUTHOR in connector.capabilities
        connector.mute_author(PAT["id"])
        assert state.muted == {PAT["id"]}
        method, path, _, body = state.requests[-1]
        assert (method, path, body) == (
            "POST",
            f"/2/users/{OWNER['id']}/muting",
            {"target_user_id": PAT["id"]},
        )
        connector.unmute_author(PAT["id"])
        assert state.muted == set()
        assert state.requests[-1][:2] == ("DELETE", f"/2/users/{OWNER['id']}/muting/{PAT['id']}")


def test_mastodon_passes_a_timed_mute_to_its_own_timer_and_blocks() -> None:
    with FakeMastodon() as fake:
        connector = fake.connector()
        assert {MUTE_AUTHOR, BLOCK_AUTHOR} <= connector.capabilities
        assert MUTE_AUTHOR in connector.native_timers
        from datetime import timedelta

        connector.mute_author(RESIDENT["id"], duration=timedelta(days=7))
        assert fake.muted == [RESIDENT["id"]]
        assert fake.mute_forms[-1]["duration"] == [str(7 * 86400)]
        assert fake.mute_forms[-1]["notifications"] == ["0"]
        connector.unmute_author(RESIDENT["id"])
        assert fake.muted == []
        connector.block_author(RESIDENT["id"])
        assert fake.blocked == {RESIDENT["id"]}
        connector.unblock_author(RESIDENT["id"])
        assert fake.blocked == set()


@pytest.mark.parametrize("cls", [YouTubeConnector, InstagramConnector])
def test_platforms_without_an_author_api_declare_none(cls: type) -> None:
    assert not {MUTE_AUTHOR, BLOCK_AUTHOR, BAN_AUTHOR, DETACH_QUOTE} & cls.capabilities
