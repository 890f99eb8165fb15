"""Actions against an author on Facebook (Page ban), X (mute) and Mastodon (mute with
Mastodon's own timer, block), each against its platform faked at the HTTP layer with the
documented endpoints and answers. Bluesky's are in test_bluesky_authors.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_fake import GraphState, fake_graph
from mastodon_fake import BASE, RESIDENT, FakeMastodon
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
from connectors.instagram.connector import InstagramConnector
from connectors.youtube.connector import YouTubeConnector


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


X_CONFIG = """\
[storage]
url = "sqlite:///{db}"

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"

[[accounts]]
name = "hughes-x"
owner = "Cllr Sarah Hughes"
platform = "x"
user_id = "{user_id}"
[accounts.credentials]
access_token = {{ env = "WARDWATCH_TEST_X_TOKEN" }}
"""


def test_a_timed_x_mute_from_the_cli_is_audited_and_lifted_by_wardwatch_at_expiry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    import time_machine
    from click.testing import CliRunner
    from test_x import NOW

    from monitor.author_actions import lift_expired
    from monitor.cli import main
    from monitor.context import App
    from monitor.models import Action, AuthorRestriction, StoredComment
    from monitor.pipeline import poll_account
    from monitor.service import after_scoring

    monkeypatch.setenv("WARDWATCH_TEST_X_TOKEN", "user-access-token")
    config = tmp_path / "wardwatch.toml"
    config.write_text(X_CONFIG.format(db=tmp_path / "w.db", user_id=OWNER["id"]), "utf-8")
    state = XState()
    root = state.post("Council budget vote tonight.", OWNER)
    state.post("@cllrhughes you are a lying disgrace", PAT, reply_to=root)
    with time_machine.travel(NOW, tick=False), fake_x(state):
        app = App(str(config))
        outcome = poll_account(
            app.factory, app.settings, "hughes-x", engine=app.scoring, after=after_scoring()
        )
        assert outcome.error is None, outcome.error
        with app.factory() as session:
            comment = session.query(StoredComment).one()
        result = CliRunner().invoke(
            main,
            ["--config", str(config), "author-action", str(comment.id), "mute", "--for", "7d"],
        )
        assert result.exit_code == 0, result.output
        assert "pat_r: muted until 2026-03-09 12:00 UTC (wardwatch lifts it then)" in (
            result.output
        )
        assert state.muted == {PAT["id"]}
        refused = CliRunner().invoke(
            main, ["--config", str(config), "author-action", str(comment.id), "ban"]
        )
        assert refused.exit_code == 1
        assert "X has no API to ban author for wardwatch" in refused.output

        assert lift_expired(app.factory, app.settings, now=NOW + timedelta(days=6)) == (
            "lifted 0 expired restrictions"
        )
        assert state.muted == {PAT["id"]}
        later = NOW + timedelta(days=7, minutes=5)
        assert lift_expired(app.factory, app.settings, now=later) == (
            "lifted 1 expired restrictions"
        )
        assert state.muted == set()
        assert lift_expired(app.factory, app.settings, now=later) == (
            "lifted 0 expired restrictions"
        )
    with app.factory() as session:
        audit = [
            (a.action, a.actor, a.channel, a.result)
            for a in session.query(Action).filter(Action.comment_pk == comment.id)
        ]
        restriction = session.query(AuthorRestriction).one()
    assert [(a[0], a[2], a[3]) for a in audit] == [
        ("mute_author", "cli", "ok"),
        ("ban_author", "cli", "failed"),
        ("unmute_author", "scheduler", "ok"),
    ]
    assert audit[2][1] == "wardwatch timer"
    assert restriction.expires_at == datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    assert restriction.lifted_at == later


def test_the_author_page_offers_the_platforms_actions_and_confirms_before_acting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    import time_machine
    from test_x import NOW

    from monitor.context import App
    from monitor.db import transaction
    from monitor.models import Action, StoredComment
    from monitor.notify import links
    from monitor.pipeline import poll_account
    from monitor.service import after_scoring
    from monitor.web import create_app

    monkeypatch.setenv("WARDWATCH_TEST_X_TOKEN", "user-access-token")
    config = tmp_path / "wardwatch.toml"
    config.write_text(X_CONFIG.format(db=tmp_path / "w.db", user_id=OWNER["id"]), "utf-8")
    state = XState()
    root = state.post("Council budget vote tonight.", OWNER)
    state.post("@cllrhughes you are a lying disgrace", PAT, reply_to=root)
    with time_machine.travel(NOW, tick=False), fake_x(state):
        app = App(str(config))
        assert poll_account(
            app.factory, app.settings, "hughes-x", engine=app.scoring, after=after_scoring()
        ).ok
        with transaction(app.factory) as session:
            comment = session.query(StoredComment).one().id
            token = links.issue(
                session,
                app.settings,
                comment_pk=None,
                action="review",
                recipient="sarah.hughes@example.gov.uk",
                now=NOW,
            )
        client = create_app(app.factory, app.settings).test_client()
        assert client.get(f"/r/{token}").status_code == 303
        page = client.get(f"/review/author?platform=x&id={PAT['id']}").get_data(as_text=True)
        assert "History of pat_r" in page
        assert "Mute the author" in page and "Ban the author" not in page
        asked = client.get(f"/review/author/confirm?comment={comment}&action=mute")
        assert asked.status_code == 200 and "Mute the author?" in asked.get_data(as_text=True)
        assert client.get(f"/review/author/confirm?comment={comment}&action=ban").status_code == (
            404
        )
        assert state.muted == set()  # asking changes nothing
        found = re.search(r'name="csrf" value="([^"]+)"', asked.get_data(as_text=True))
        assert found is not None
        form = {"comment": str(comment), "action": "mute", "for": "7d"}
        headers = {"Sec-Fetch-Site": "same-origin"}
        forged = client.post("/review/author/act", data=form, headers=headers)
        assert forged.status_code == 403 and state.muted == set()
        done = client.post(
            "/review/author/act", data={**form, "csrf": found.group(1)}, headers=headers
        )
        assert done.status_code == 303
        assert state.muted == {PAT["id"]}
        shown = client.get(done.headers["Location"]).get_data(as_text=True)
        assert "pat_r: muted until 2026-03-09 12:00 UTC (wardwatch lifts it then)." in shown
    with app.factory() as session:
        [row] = session.query(Action).filter(Action.action == "mute_author").all()
    assert (row.actor, row.channel, row.result) == ("sarah.hughes@example.gov.uk", "web", "ok")


def test_mastodon_revokes_a_quote_of_the_owners_post_on_4_5() -> None:
    with FakeMastodon() as fake:
        quote = fake.status(RESIDENT, "<p>@cllrowner look at this</p>", 5, quote_of=fake.root)
        connector = fake.connector()
        assert DETACH_QUOTE in connector.capabilities
        connector.detach_quote(quote, None)
        assert fake.statuses[quote]["quote"]["state"] == "revoked"
        connector.detach_quote(quote, None)  # already revoked: nothing more to do
        calls = [c.request.url for c in fake.mock.calls if c.request.method == "POST"]
        assert calls == [f"{BASE}/api/v1/statuses/{fake.root}/quotes/{quote}/revoke"]


def test_mastodon_refuses_to_revoke_what_is_not_a_quote_of_the_owner() -> None:
    from mastodon_fake import account

    with FakeMastodon() as fake:
        reply = fake.add_comment("crook")
        with pytest.raises(ConnectorError, match="does not quote a post") as caught:
            fake.connector().detach_quote(reply, None)
        assert caught.value.permanent
        other = fake.status(account("300", "neighbour"), "<p>mine</p>", 9, reply_to=None)
        quote = fake.status(RESIDENT, "<p>ha</p>", 5, quote_of=other)
        with pytest.raises(ConnectorError, match="only its author can revoke"):
            fake.connector().detach_quote(quote, None)


def test_a_mastodon_token_without_write_statuses_is_told_what_revoking_needs() -> None:
    with FakeMastodon() as fake:
        quote = fake.status(RESIDENT, "<p>@cllrowner look</p>", 5, quote_of=fake.root)
        fake.fail_next(403)
        with pytest.raises(ConnectorError, match="revoking a quote needs write:statuses") as e:
            fake.connector().detach_quote(quote, None)
        assert e.value.permanent
        assert fake.statuses[quote]["quote"]["state"] == "accepted"
