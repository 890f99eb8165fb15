"""The Instagram connector against a Graph API faked at the HTTP layer."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from contract import ConnectorContract
from graph_fake import GraphState, fake_graph, graph_error, stamp

from connectors.base import ConnectorError, StaticCredentials
from connectors.instagram.connector import InstagramConnector
from monitor.config import AccountConfig

IG_USER = "17841405822304914"
MEDIA = "17895695668004550"
QUIET = "17895695668004551"


def make_connector(**options: object) -> InstagramConnector:
    account = AccountConfig(
        name="cllr-insta",
        owner="cllr",
        platform="instagram",
        options={"ig_user_id": IG_USER, **options},
    )
    creds = StaticCredentials(
        {"page_access_token": "EAAB-page-token"}, account="cllr-insta", platform="instagram"
    )
    return InstagramConnector(account, creds)


def comment(
    state: GraphState,
    cid: str,
    minutes: int,
    text: str,
    user: tuple[str, str] = ("17841400000000002", "pat.resident"),
    parent: str | None = None,
    media: str = MEDIA,
) -> str:
    fields = {
        "text": text,
        "timestamp": stamp(minutes),
        "username": user[1],
        "from": {"id": user[0], "username": user[1]},
        "hidden": False,
    }
    if parent:
        fields["parent_id"] = parent
    state.objects[media]["comments_count"] += 1
    return state.add(cid, fields, under=(parent, "replies") if parent else (media, "comments"))


def seeded() -> GraphState:
    state = GraphState()
    state.add(
        IG_USER,
        {"biography": "Riverside ward councillor. Views my own.", "username": "cllr.hughes"},
    )
    for media, minutes in ((QUIET, -50), (MEDIA, 0)):
        state.add(
            media,
            {
                "caption": "Surgery on Saturday",
                "timestamp": stamp(minutes),
                "permalink": f"https://www.instagram.com/p/{media[-4:]}/",
                "username": "cllr.hughes",
                "comments_count": 0,
            },
            under=(IG_USER, "media"),
        )
    comment(state, "17873440459141021", 5, "I love this!")
    comment(
        state,
        "17873440459141022",
        6,
        "See you there",
        user=(IG_USER, "cllr.hughes"),
        parent="17873440459141021",
    )
    comment(
        state,
        "17873440459141023",
        7,
        "you are a disgrace",
        parent="17873440459141021",
        user=("17841400000000003", "sam.k"),
    )
    return state


class InstagramFake:
    def __init__(self, state: GraphState) -> None:
        self.state = state
        self.minutes = 100

    def connector(self) -> InstagramConnector:
        return make_connector()

    def add_comment(self, text: str) -> str:
        self.minutes += 10
        return comment(self.state, f"1787344045914{self.minutes}", self.minutes, text)

    def owner_comment_ids(self) -> set[str]:
        return {i for i, o in self.state.objects.items() if o.get("from", {}).get("id") == IG_USER}

    def is_hidden(self, comment_id: str) -> bool:
        return bool(self.state.objects[comment_id]["hidden"])

    def fail_next(self, status: int) -> None:
        self.state.failures.append((status, graph_error(status)))


@pytest.fixture
def state() -> Iterator[GraphState]:
    state = seeded()
    with fake_graph(state):
        yield state


class TestInstagramContract(ConnectorContract):
    @pytest.fixture
    def fake(self, state: GraphState) -> InstagramFake:
        return InstagramFake(state)


def test_fetch_reads_comments_and_replies_without_the_accounts_own(state: GraphState) -> None:
    batch = make_connector().fetch(None)
    by_id = {c.comment_id: c for c in batch.comments}
    assert set(by_id) == {"17873440459141021", "17873440459141023"}
    reply = by_id["17873440459141023"]
    assert reply.parent_id == "17873440459141021" and reply.post_id == MEDIA
    assert reply.author_name == "sam.k"
    assert reply.permalink == f"https://www.instagram.com/p/{MEDIA[-4:]}/"


def test_each_comment_says_whom_it_answers(state: GraphState) -> None:
    # The account's own reply (…022) answers nobody here: it is still left out.
    comment(state, "17873440459141030", 8, "Thanks for coming", user=(IG_USER, "cllr.hughes"))
    comment(state, "17873440459141031", 9, "Says the crook", parent="17873440459141030")
    by_id = {c.comment_id: c for c in make_connector().fetch(None).comments}
    assert "17873440459141022" not in by_id and "17873440459141030" not in by_id
    on_post = by_id["17873440459141021"]
    assert (on_post.parent_is_owner, on_post.parent_author) == (True, "cllr.hughes")
    to_pat = by_id["17873440459141023"]
    assert (to_pat.parent_is_owner, to_pat.parent_author) == (False, "pat.resident")
    to_owner = by_id["17873440459141031"]
    assert (to_owner.parent_is_owner, to_owner.parent_author) == (True, "cllr.hughes")


def test_media_without_comments_costs_no_comment_call(state: GraphState) -> None:
    make_connector().fetch(None)
    paths = [path for _, path, _ in state.requests]
    assert not any(QUIET in p for p in paths)
    assert any(p.endswith("/17873440459141021/replies") for p in paths)


def test_every_page_of_comments_is_read(state: GraphState) -> None:
    for n in range(120):
        comment(state, f"bulk{n}", 20 + n, f"comment {n}")
    batch = make_connector().fetch(None)
    assert len([c for c in batch.comments if c.comment_id.startswith("bulk")]) == 120


def test_a_comment_listed_twice_is_returned_once(state: GraphState) -> None:
    # The same reply reached through two parents: the listing is deduplicated by id.
    state.edges[("17873440459141021", "replies")].append("17873440459141023")
    batch = make_connector().fetch(None)
    ids = [c.comment_id for c in batch.comments]
    assert len(ids) == len(set(ids))


def test_second_fetch_returns_only_new_even_without_since(state: GraphState) -> None:
    first = make_connector().fetch(None)
    comment(state, "17873440459141099", 8, "late reply", parent="17873440459141021")
    second = make_connector().fetch(first.cursor)
    assert [c.comment_id for c in second.comments] == ["17873440459141099"]
    assert json.loads(second.cursor or "")["newest"] >= json.loads(first.cursor or "")["newest"]


def test_a_malformed_comment_is_rejected_with_its_raw_payload_and_the_rest_kept(
    state: GraphState,
) -> None:
    state.add("bad", {"text": 42, "timestamp": stamp(9)}, under=(MEDIA, "comments"))
    batch = make_connector().fetch(None)
    assert len(batch.comments) == 2 and batch.cursor
    assert [r.error for r in batch.rejected] == [
        "Instagram comment bad on media " + MEDIA + ": 'text' is not text"
    ]
    assert json.loads(batch.rejected[0].raw)["text"] == 42


def test_hide_and_unhide_post_hide(state: GraphState) -> None:
    connector = make_connector()
    connector.hide("17873440459141023")
    assert state.objects["17873440459141023"]["hidden"] is True
    connector.unhide("17873440459141023")
    assert state.objects["17873440459141023"]["hidden"] is False
    assert [p["hide"] for m, _, p in state.requests if m == "POST"] == [["true"], ["false"]]


def test_hiding_a_deleted_comment_is_not_found(state: GraphState) -> None:
    with pytest.raises(ConnectorError) as caught:
        make_connector().hide("gone")
    assert caught.value.not_found


def test_missing_permission_says_how_to_reconnect(state: GraphState) -> None:
    state.failures.append((403, graph_error(403)))
    with pytest.raises(ConnectorError) as caught:
        make_connector().hide("17873440459141023")
    assert caught.value.permanent
    assert "wardwatch connect instagram --account cllr-insta" in caught.value.message


def test_a_missing_token_is_a_permanent_error_naming_the_key() -> None:
    account = AccountConfig(
        name="cllr-insta", owner="cllr", platform="instagram", options={"ig_user_id": IG_USER}
    )
    connector = InstagramConnector(
        account, StaticCredentials({}, account="cllr-insta", platform="instagram")
    )
    with pytest.raises(ConnectorError) as caught:
        connector.fetch(None)
    assert caught.value.permanent and "page_access_token" in caught.value.message


def test_profile_text_is_the_biography(state: GraphState) -> None:
    assert make_connector().profile_text() == "Riverside ward councillor. Views my own."
