"""The Facebook Page connector against a Graph API faked at the HTTP layer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
import requests
import time_machine
from contract import ConnectorContract
from graph_fake import BASE_TIME, ROOT, GraphState, fake_graph, graph_error, stamp

from connectors.base import ConnectorError, StaticCredentials
from connectors.facebook.connector import FacebookConnector
from connectors.graph.api import GRAPH_API_VERSION, OVERLAP_SECONDS
from monitor.config import AccountConfig

PAGE = "104857600"
POST = f"{PAGE}_5551"
OLD_POST = f"{PAGE}_5550"


def make_connector(base_url: str = "", **options: object) -> FacebookConnector:
    account = AccountConfig(
        name="council-page",
        owner="cllr",
        platform="facebook",
        api_base_url=base_url,
        options={"page_id": PAGE, **options},
    )
    creds = StaticCredentials(
        {"page_access_token": "EAAB-page-token"}, account="council-page", platform="facebook"
    )
    return FacebookConnector(account, creds)


def comment(
    state: GraphState,
    cid: str,
    post: str,
    minutes: int,
    text: str,
    author: tuple[str, str] = ("2001", "Pat Resident"),
    parent: str | None = None,
) -> str:
    fields = {
        "message": text,
        "created_time": stamp(minutes),
        "from": {"id": author[0], "name": author[1]},
        "permalink_url": f"https://www.facebook.com/{post}?comment_id={cid}",
        "is_hidden": False,
    }
    if parent:
        fields["parent"] = {"id": parent, "created_time": stamp(minutes - 1)}
    return state.add(cid, fields, under=(parent or post, "comments"))


def seeded() -> GraphState:
    state = GraphState()
    state.add(
        PAGE,
        {
            "name": "Cllr Hughes",
            "about": "Ward councillor for Riverside.",
            "description": "Views expressed are solely my own.",
            "bio": "",
        },
    )
    state.add(
        OLD_POST,
        {"created_time": stamp(-600), "permalink_url": "https://fb/p0"},
        under=(PAGE, "feed"),
    )
    state.add(
        POST, {"created_time": stamp(0), "permalink_url": "https://fb/p1"}, under=(PAGE, "feed")
    )
    comment(state, f"{POST}_1", POST, 5, "You voted against the library.")
    comment(
        state,
        f"{POST}_2",
        POST,
        6,
        "Thanks, we will look into it.",
        author=(PAGE, "Cllr Hughes"),
        parent=f"{POST}_1",
    )
    comment(
        state,
        f"{POST}_3",
        POST,
        7,
        "No you didn't, liar.",
        author=("2002", "Sam"),
        parent=f"{POST}_1",
    )
    comment(state, f"{OLD_POST}_1", OLD_POST, -500, "Old but still there.")
    return state


START_MINUTES = 100  # the clock stands here, after every seeded comment


class FacebookFake:
    def __init__(self, state: GraphState, clock: time_machine.Coordinates) -> None:
        self.state = state
        self.clock = clock
        self.minutes = START_MINUTES

    def connector(self) -> FacebookConnector:
        return make_connector()

    def add_comment(self, text: str) -> str:
        """A comment posted now, ten minutes after the last thing that happened."""
        self.minutes += 10
        self.clock.shift(timedelta(minutes=10))
        return comment(self.state, f"{POST}_{self.minutes}", POST, self.minutes, text)

    def owner_comment_ids(self) -> set[str]:
        return {i for i, o in self.state.objects.items() if o.get("from", {}).get("id") == PAGE}

    def is_hidden(self, comment_id: str) -> bool:
        return bool(self.state.objects[comment_id]["is_hidden"])

    def fail_next(self, status: int) -> None:
        self.state.failures.append((status, graph_error(status)))


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(BASE_TIME + timedelta(minutes=START_MINUTES), tick=False) as now:
        yield now


@pytest.fixture
def state(clock: time_machine.Coordinates) -> Iterator[GraphState]:
    state = seeded()
    with fake_graph(state):
        yield state


class TestFacebookContract(ConnectorContract):
    @pytest.fixture
    def fake(self, state: GraphState, clock: time_machine.Coordinates) -> FacebookFake:
        return FacebookFake(state, clock)


def test_fetch_reads_every_post_with_replies_and_without_the_pages_own(state: GraphState) -> None:
    batch = make_connector().fetch(None)
    by_id = {c.comment_id: c for c in batch.comments}
    assert set(by_id) == {f"{POST}_1", f"{POST}_3", f"{OLD_POST}_1"}
    reply = by_id[f"{POST}_3"]
    assert (reply.parent_id, reply.post_id, reply.author_name) == (f"{POST}_1", POST, "Sam")
    assert reply.permalink == f"https://www.facebook.com/{POST}?comment_id={POST}_3"
    assert by_id[f"{POST}_1"].parent_id is None


def test_the_feed_and_its_comments_come_in_one_request_as_a_stream_newest_first(
    state: GraphState,
) -> None:
    batch = make_connector().fetch(None)
    assert len(batch.comments) == 3
    assert len(state.requests) == 1
    _, path, params = state.requests[0]
    assert path == f"/{GRAPH_API_VERSION}/{PAGE}/feed"
    fields = params["fields"][0]
    assert "comments.filter(stream).order(reverse_chronological)" in fields
    assert "since" not in fields
    assert "message" in fields and "parent" in fields


def test_every_page_of_comments_is_read_not_just_the_first_ten(state: GraphState) -> None:
    for n in range(230):
        comment(state, f"{POST}_bulk{n}", POST, 10 + n, f"comment {n}")
    batch = make_connector().fetch(None)
    assert len([c for c in batch.comments if "_bulk" in c.comment_id]) == 230


def test_later_fetches_ask_since_the_last_read_less_the_overlap_and_return_only_new(
    state: GraphState, clock: time_machine.Coordinates
) -> None:
    first = make_connector().fetch(None)
    clock.shift(timedelta(minutes=5))
    comment(state, f"{POST}_9", POST, START_MINUTES + 5, "A new one")
    second = make_connector().fetch(first.cursor)
    assert [c.comment_id for c in second.comments] == [f"{POST}_9"]
    fields = state.requests[-1][2]["fields"][0]
    first_read = int((BASE_TIME + timedelta(minutes=START_MINUTES)).timestamp())
    assert f".since({first_read - OVERLAP_SECONDS})" in fields


def test_an_idle_poll_costs_one_request_and_returns_nothing(
    state: GraphState, clock: time_machine.Coordinates
) -> None:
    cursor = make_connector().fetch(None).cursor
    before = len(state.requests)
    for _ in range(3):
        clock.shift(timedelta(minutes=5))
        batch = make_connector().fetch(cursor)
        assert batch.comments == []
        cursor = batch.cursor
    assert len(state.requests) - before == 3


def test_a_comment_listed_late_within_the_overlap_is_still_caught(
    state: GraphState, clock: time_machine.Coordinates
) -> None:
    cursor = make_connector().fetch(None).cursor
    clock.shift(timedelta(minutes=5))
    # Written two minutes before the last read, but only listed now.
    comment(state, f"{POST}_late", POST, START_MINUTES - 2, "Listed late")
    batch = make_connector().fetch(cursor)
    assert [c.comment_id for c in batch.comments] == [f"{POST}_late"]


def test_a_malformed_comment_is_rejected_with_its_raw_payload_and_the_rest_kept(
    state: GraphState,
) -> None:
    state.add("broken", {"message": "no time"}, under=(POST, "comments"))
    batch = make_connector().fetch(None)
    assert len(batch.comments) == 3
    assert batch.cursor is not None
    assert [r.item_id for r in batch.rejected] == ["broken"]
    assert "missing timestamp" in batch.rejected[0].error
    assert json.loads(batch.rejected[0].raw)["message"] == "no time"


def test_a_post_deleted_during_the_fetch_is_skipped(state: GraphState) -> None:
    state.objects.pop(OLD_POST)  # listed in the feed edge but gone
    state.edges[(PAGE, "feed")].append(OLD_POST)
    batch = make_connector().fetch(None)
    assert {c.post_id for c in batch.comments} == {POST}


def test_hide_and_unhide_post_is_hidden(state: GraphState) -> None:
    connector = make_connector()
    connector.hide(f"{POST}_1")
    assert state.objects[f"{POST}_1"]["is_hidden"] is True
    connector.unhide(f"{POST}_1")
    assert state.objects[f"{POST}_1"]["is_hidden"] is False
    posts = [p for method, _, p in state.requests if method == "POST"]
    assert [p["is_hidden"] for p in posts] == [["true"], ["false"]]


def test_hiding_a_deleted_comment_is_not_found(state: GraphState) -> None:
    with pytest.raises(ConnectorError) as caught:
        make_connector().hide("does-not-exist")
    assert caught.value.not_found


def test_a_revoked_token_says_how_to_reconnect(state: GraphState) -> None:
    state.failures.append((401, graph_error(401)))
    with pytest.raises(ConnectorError) as caught:
        make_connector().fetch(None)
    assert caught.value.permanent
    assert "wardwatch connect facebook --account council-page" in caught.value.message


def test_token_error_with_http_400_is_still_permanent(state: GraphState) -> None:
    state.failures.append((400, graph_error(401)))  # Meta often sends 190 with HTTP 400
    with pytest.raises(ConnectorError) as caught:
        make_connector().hide(f"{POST}_1")
    assert caught.value.permanent and not caught.value.not_found


def test_throttling_parks_until_meta_says_access_returns(state: GraphState) -> None:
    state.headers["X-Business-Use-Case-Usage"] = json.dumps(
        {
            PAGE: [
                {
                    "type": "pages",
                    "call_count": 100,
                    "total_cputime": 20,
                    "total_time": 30,
                    "estimated_time_to_regain_access": 12,
                }
            ]
        }
    )
    state.failures.append((400, graph_error(429)))
    with pytest.raises(ConnectorError) as caught:
        make_connector().fetch(None)
    assert not caught.value.permanent
    assert caught.value.retry_after == 12 * 60


def test_app_usage_over_ninety_percent_parks_the_account(state: GraphState) -> None:
    state.headers["X-App-Usage"] = json.dumps(
        {"call_count": 91, "total_cputime": 10, "total_time": 12}
    )
    with pytest.raises(ConnectorError) as caught:
        make_connector().fetch(None)
    assert not caught.value.permanent and caught.value.retry_after == 3600


def test_usage_below_ninety_percent_does_not_park(state: GraphState) -> None:
    state.headers["X-App-Usage"] = json.dumps(
        {"call_count": 89, "total_cputime": 10, "total_time": 12}
    )
    assert make_connector().fetch(None).comments


def test_server_errors_and_timeouts_are_retried_later(state: GraphState) -> None:
    state.failures.append((500, graph_error(500)))
    with pytest.raises(ConnectorError) as caught:
        make_connector().fetch(None)
    assert not caught.value.permanent


def test_a_timeout_is_retried_later() -> None:
    import responses

    with responses.RequestsMock() as mock:
        mock.get(f"{ROOT}/{GRAPH_API_VERSION}/{PAGE}/feed", body=requests.Timeout())
        with pytest.raises(ConnectorError) as caught:
            make_connector().fetch(None)
    assert not caught.value.permanent and "in time" in caught.value.message


def test_profile_text_joins_about_description_and_bio(state: GraphState) -> None:
    text = make_connector().profile_text()
    assert text == "Ward councillor for Riverside.\n\nViews expressed are solely my own."


def test_api_base_url_replaces_the_graph_root() -> None:
    state = seeded()
    with fake_graph(state, root="http://127.0.0.1:8999/graph"):
        batch = make_connector("http://127.0.0.1:8999/graph/").fetch(None)
    assert batch.comments and state.requests[0][1].startswith("/graph/v")


def test_each_comment_says_whom_it_answers(state: GraphState) -> None:
    """A comment straight under the page's own post answers the councillor; a reply
    answers the author Graph gives for its parent; a visitor's post answers its author."""
    own, visitor = f"{PAGE}_7001", f"{PAGE}_7002"
    page_author = {"id": PAGE, "name": "Cllr Hughes"}
    state.add(own, {"created_time": stamp(50), "from": page_author}, under=(PAGE, "feed"))
    state.add(
        visitor,
        {"created_time": stamp(51), "from": {"id": "2009", "name": "Kim"}},
        under=(PAGE, "feed"),
    )
    comment(state, f"{own}_1", own, 60, "Says the crook.")
    comment(state, f"{visitor}_1", visitor, 61, "Says the crook.")
    state.add(
        f"{own}_2",
        {
            "message": "Pretty rich coming from you.",
            "created_time": stamp(62),
            "from": {"id": "2010", "name": "Lee"},
            "parent": {
                "id": f"{own}_1",
                "created_time": stamp(60),
                "from": {"id": "2001", "name": "Pat Resident"},
            },
            "is_hidden": False,
        },
        under=(f"{own}_1", "comments"),
    )
    by_id = {c.comment_id: c for c in make_connector().fetch(None).comments}
    assert (by_id[f"{own}_1"].parent_is_owner, by_id[f"{own}_1"].parent_author) == (True, None)
    assert by_id[f"{visitor}_1"].parent_is_owner is False
    assert (by_id[f"{own}_2"].parent_is_owner, by_id[f"{own}_2"].parent_author) == (
        False,
        "Pat Resident",
    )
    # A listing that does not say who wrote the post leaves it unknown.
    assert by_id[f"{POST}_1"].parent_is_owner is None
