"""The X connector (tweepy) against the X API v2 faked at the HTTP layer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
import responses
import time_machine
from contract import ConnectorContract
from x_fake import OWNER, XState, fake_x, x_error

from connectors.base import ConnectorError, StaticCredentials
from connectors.x.connector import XConnector
from monitor.config import AccountConfig

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PAT = {"id": "1001", "name": "Pat Resident", "username": "pat_r"}
SAM = {"id": "1002", "name": "Sam", "username": "sam_k"}


class RecordingCredentials(StaticCredentials):
    """Static credentials that remember each update, to check the order of events."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values, account="cllr-x", platform="x")
        self.updates: list[dict[str, str]] = []

    def update(self, values: object) -> None:
        self.updates.append(dict(values))  # type: ignore[call-overload]
        super().update(values)  # type: ignore[arg-type]


def make_connector(
    creds: dict[str, str] | None = None, base_url: str = "", **options: object
) -> tuple[XConnector, RecordingCredentials]:
    account = AccountConfig(
        name="cllr-x",
        owner="cllr",
        platform="x",
        api_base_url=base_url,
        options={"user_id": OWNER["id"], **options},
    )
    store = RecordingCredentials(creds or {"access_token": "user-access-token"})
    return XConnector(account, store), store


def seeded() -> tuple[XState, dict[str, str]]:
    state = XState()
    ids = {}
    ids["root"] = state.post("Council budget vote tonight.", OWNER)
    ids["direct"] = state.post(
        "@cllrhughes you voted to close the library", PAT, reply_to=ids["root"]
    )
    ids["own"] = state.post("@pat_r I voted to keep it open.", OWNER, reply_to=ids["direct"])
    ids["deep"] = state.post("@pat_r she's a liar", SAM, reply_to=ids["own"])
    state.tweets[ids["deep"]]["in_reply_to_user_id"] = PAT["id"]  # @-chain dropped the owner
    other = state.post("my own thread", SAM)
    ids["elsewhere"] = state.post("@cllrhughes @sam_k what do you think?", PAT, reply_to=other)
    return state, ids


@pytest.fixture
def world() -> Iterator[tuple[XState, dict[str, str]]]:
    state, ids = seeded()
    with time_machine.travel(NOW, tick=False), fake_x(state):
        yield state, ids


class XFake:
    def __init__(self, state: XState, ids: dict[str, str]) -> None:
        self.state, self.ids = state, ids

    def connector(self) -> XConnector:
        return make_connector()[0]

    def add_comment(self, text: str) -> str:
        return self.state.post(f"@cllrhughes {text}", PAT, reply_to=self.ids["root"])

    def owner_comment_ids(self) -> set[str]:
        return {i for i, t in self.state.tweets.items() if t["author_id"] == OWNER["id"]}

    def is_hidden(self, comment_id: str) -> bool:
        return comment_id in self.state.hidden

    def fail_next(self, status: int) -> None:
        self.state.failures.append((status, x_error(status), {}))


class TestXContract(ConnectorContract):
    @pytest.fixture
    def fake(self, world: tuple[XState, dict[str, str]]) -> XFake:
        return XFake(*world)


def test_fetch_finds_direct_and_deep_replies_but_not_the_owners_or_other_threads(
    world: tuple[XState, dict[str, str]],
) -> None:
    _, ids = world
    batch = make_connector()[0].fetch(None)
    by_id = {c.comment_id: c for c in batch.comments}
    assert set(by_id) == {ids["direct"], ids["deep"]}
    deep = by_id[ids["deep"]]
    assert (deep.post_id, deep.parent_id, deep.author_name) == (ids["root"], ids["own"], "sam_k")
    assert deep.permalink == f"https://x.com/sam_k/status/{ids['deep']}"
    assert by_id[ids["direct"]].parent_id is None


def test_one_search_covers_replies_to_the_owner_and_every_recent_conversation(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    make_connector()[0].fetch(None)
    searches = [p for _, path, p, _ in state.requests if "search" in path]
    assert len(searches) == 1
    assert searches[0]["query"] == [f"to:{OWNER['id']} OR conversation_id:{ids['root']}"]
    assert "conversation_id" in searches[0]["tweet.fields"][0]
    assert searches[0]["expansions"] == ["author_id"]
    assert not any(path.endswith("/mentions") for _, path, _, _ in state.requests)


def test_an_idle_poll_costs_one_request_and_the_owners_posts_are_listed_half_hourly(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, _ = world
    connector = make_connector()[0]
    with time_machine.travel(datetime(2026, 3, 2, 12, 0, tzinfo=UTC), tick=False) as clock:
        cursor = connector.fetch(None).cursor
        state.requests.clear()
        for _ in range(5):
            clock.shift(timedelta(minutes=5))
            batch = connector.fetch(cursor)
            assert batch.comments == []
            cursor = batch.cursor
        assert len(state.requests) == 5
        clock.shift(timedelta(minutes=5))  # half an hour since the posts were listed
        connector.fetch(cursor)
    assert [path for _, path, _, _ in state.requests[-2:]] == [
        f"/2/users/{OWNER['id']}/tweets",
        "/2/tweets/search/recent",
    ]


def test_a_conversation_started_after_the_last_listing_is_read_from_its_start(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, _ = world
    connector = make_connector()[0]
    with time_machine.travel(datetime(2026, 3, 2, 12, 0, tzinfo=UTC), tick=False) as clock:
        cursor = connector.fetch(None).cursor
        new_root = state.post("New consultation on parking", OWNER)
        first = state.post("@cllrhughes first!", PAT, reply_to=new_root)
        deep = state.post("agreed", SAM, reply_to=first)
        direct = state.post("@cllrhughes and another", PAT, reply_to=new_root)
        clock.shift(timedelta(minutes=31))
        batch = connector.fetch(cursor)
    assert {c.comment_id for c in batch.comments} == {first, deep, direct}


def test_results_are_paged_and_the_next_fetch_sends_since_id(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    for n in range(150):
        state.post(f"@cllrhughes point {n}", PAT, reply_to=ids["root"])
    connector = make_connector()[0]
    first = connector.fetch(None)
    assert len(first.comments) == 152
    assert any("next_token" in p for _, path, p, _ in state.requests if "search" in path)
    new = state.post("@cllrhughes one more", SAM, reply_to=ids["root"])
    state.requests.clear()
    second = connector.fetch(first.cursor)
    assert [c.comment_id for c in second.comments] == [new]
    sent = [p.get("since_id") for _, path, p, _ in state.requests if "search" in path]
    assert sent and all(s and int(s[0]) >= int(ids["direct"]) for s in sent)


def test_hide_puts_hidden_true_with_the_user_token(world: tuple[XState, dict[str, str]]) -> None:
    state, ids = world
    make_connector()[0].hide(ids["direct"])
    method, path, _, body = state.requests[-1]
    assert (method, path, body) == ("PUT", f"/2/tweets/{ids['direct']}/hidden", {"hidden": True})
    assert ids["direct"] in state.hidden


def test_hiding_a_deleted_reply_is_not_found(world: tuple[XState, dict[str, str]]) -> None:
    with pytest.raises(ConnectorError) as caught:
        make_connector()[0].hide("1")
    assert caught.value.not_found


def test_exhausted_credits_are_a_clear_permanent_error(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, _ = world
    state.failures.append((402, x_error(402), {}))
    with pytest.raises(ConnectorError) as caught:
        make_connector()[0].fetch(None)
    assert caught.value.permanent and "credits" in caught.value.message


def test_rate_limit_reset_becomes_retry_after(world: tuple[XState, dict[str, str]]) -> None:
    state, _ = world
    reset = int(NOW.timestamp()) + 840
    state.failures.append(
        (429, x_error(429), {"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"})
    )
    with pytest.raises(ConnectorError) as caught:
        make_connector()[0].fetch(None)
    assert not caught.value.permanent and caught.value.retry_after == 840


def test_a_revoked_token_without_refresh_says_how_to_reconnect(
    world: tuple[XState, dict[str, str]],
) -> None:
    connector, _ = make_connector({"access_token": "revoked"})
    with pytest.raises(ConnectorError) as caught:
        connector.fetch(None)
    assert caught.value.permanent
    assert "`wardwatch connect x --account cllr-x`" in caught.value.message


def test_a_401_refreshes_once_and_saves_the_rotated_token_before_using_it(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    state.valid_tokens = {"user-access-token-2"}  # the old token has expired
    connector, store = make_connector(
        {"access_token": "user-access-token", "refresh_token": "refresh-1", "client_id": "cid"}
    )
    connector.hide(ids["direct"])
    assert state.token_grants == [
        {"grant_type": ["refresh_token"], "refresh_token": ["refresh-1"], "client_id": ["cid"]}
    ]
    assert store.updates[0]["refresh_token"] == "refresh-2"
    assert store.updates[0]["expires_at"] == str(int(NOW.timestamp()) + 7200)
    assert ids["direct"] in state.hidden


def test_a_token_about_to_expire_is_refreshed_before_the_call(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, _ = world
    connector, store = make_connector(
        {
            "access_token": "user-access-token",
            "refresh_token": "refresh-1",
            "client_id": "cid",
            "expires_at": str(int(NOW.timestamp()) + 30),
        }
    )
    assert connector.profile_text() == OWNER["description"]
    assert len(state.token_grants) == 1 and store.get("access_token") == "user-access-token-2"


def test_a_refused_refresh_is_permanent(world: tuple[XState, dict[str, str]]) -> None:
    connector, _ = make_connector(
        {"access_token": "expired", "refresh_token": "stale", "client_id": "cid"}
    )
    with pytest.raises(ConnectorError) as caught:
        connector.fetch(None)
    assert caught.value.permanent and "reconnect" in caught.value.message


def test_a_malformed_post_is_rejected_and_the_rest_kept(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    broken = state.post("@cllrhughes broken", PAT, reply_to=ids["root"])
    del state.tweets[broken]["created_at"]
    batch = make_connector()[0].fetch(None)
    assert {c.comment_id for c in batch.comments} == {ids["direct"], ids["deep"]}
    assert [r.item_id for r in batch.rejected] == [broken]
    assert "created_at" in batch.rejected[0].error and broken in batch.rejected[0].raw
    assert batch.cursor and broken in batch.cursor  # the cursor still moves past it


def test_a_since_id_outside_the_search_window_is_dropped_and_retried(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    connector = make_connector()[0]
    first = connector.fetch(None)
    new = state.post("@cllrhughes again", PAT, reply_to=ids["root"])
    state.reject_old_since_id = True
    second = connector.fetch(first.cursor)
    assert not state.reject_old_since_id  # the refusal happened
    assert [c.comment_id for c in second.comments] == [new]


def test_server_errors_and_timeouts_are_retried_later() -> None:
    state, _ = seeded()
    with fake_x(state):
        state.failures.append((503, x_error(503), {}))
        with pytest.raises(ConnectorError) as caught:
            make_connector()[0].fetch(None)
    assert not caught.value.permanent
    with responses.RequestsMock() as mock:
        mock.put(f"https://api.twitter.com/2/tweets/{'5' * 19}/hidden", body=requests.Timeout())
        with pytest.raises(ConnectorError) as caught:
            make_connector()[0].hide("5" * 19)
    assert not caught.value.permanent


def test_the_owner_id_is_looked_up_when_not_configured(
    world: tuple[XState, dict[str, str]],
) -> None:
    state, ids = world
    account = AccountConfig(name="cllr-x", owner="cllr", platform="x")
    connector = XConnector(
        account,
        StaticCredentials({"access_token": "user-access-token"}, account="cllr-x", platform="x"),
    )
    assert ids["direct"] in {c.comment_id for c in connector.fetch(None).comments}
    assert state.requests[0][1] == "/2/users/me"


def test_api_base_url_routes_tweepy_and_the_token_endpoint() -> None:
    state, ids = seeded()
    state.valid_tokens = {"user-access-token-2"}
    with time_machine.travel(NOW, tick=False), fake_x(state, root="http://127.0.0.1:8998/x"):
        connector, _ = make_connector(
            {"access_token": "old", "refresh_token": "refresh-1", "client_id": "cid"},
            base_url="http://127.0.0.1:8998/x",
        )
        batch = connector.fetch(None)
    assert ids["direct"] in {c.comment_id for c in batch.comments}
    assert state.token_grants


def test_each_reply_says_whom_it_answers(world: tuple[XState, dict[str, str]]) -> None:
    _, ids = world
    by_id = {c.comment_id: c for c in make_connector()[0].fetch(None).comments}
    direct, deep = by_id[ids["direct"]], by_id[ids["deep"]]
    assert (direct.parent_is_owner, direct.parent_author) == (True, None)
    # X names the account replied to; its username comes from the expansions.
    assert deep.parent_is_owner is False
    assert deep.parent_author == "pat_r"
