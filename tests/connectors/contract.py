"""The connector contract as a reusable test suite.

A platform's tests subclass :class:`ConnectorContract` and provide one fixture, ``fake``,
returning a :class:`FakePlatform`: the platform faked at the HTTP layer (``responses``,
``respx``, ``HttpMockSequence``...) with a few seeded third-party comments and one by the
owner. Every test here then runs against that connector::

    class TestMastodonContract(ConnectorContract):
        @pytest.fixture
        def fake(self) -> Iterator[FakePlatform]:
            with FakeMastodon() as platform:
                yield platform
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

import pytest

from connectors.base import HIDE, UNHIDE, Batch, Connector, ConnectorError


class FakePlatform(Protocol):
    """What the contract needs from a faked platform."""

    def connector(self) -> Connector:
        """A connector for the fake account (the account seeded with comments)."""

    def add_comment(self, text: str) -> str:
        """Add a third-party comment newer than all others; return its platform id."""

    def owner_comment_ids(self) -> set[str]:
        """Platform ids of comments written by the account's owner."""

    def is_hidden(self, comment_id: str) -> bool:
        """Whether the fake platform holds the comment as hidden."""

    def fail_next(self, status: int) -> None:
        """Make the next request answer with this HTTP status (and a documented body)."""


class ConnectorContract:
    """Behaviour every connector shares. Subclasses provide the ``fake`` fixture."""

    @pytest.fixture
    def fake(self) -> FakePlatform:  # pragma: no cover - always overridden
        raise NotImplementedError("provide a `fake` fixture returning a FakePlatform")

    def first_batch(self, fake: FakePlatform) -> Batch:
        batch = fake.connector().fetch(None)
        assert batch.comments, "the fake platform should be seeded with comments"
        return batch

    def test_fetch_returns_comments_with_aware_utc_times(self, fake: FakePlatform) -> None:
        for comment in self.first_batch(fake).comments:
            assert comment.created_at.utcoffset() == timedelta(0)

    def test_fetch_sets_platform_and_account(self, fake: FakePlatform) -> None:
        connector = fake.connector()
        for comment in self.first_batch(fake).comments:
            assert comment.platform == connector.platform
            assert comment.account == connector.account_name
            assert comment.comment_id and isinstance(comment.text, str)

    def test_fetch_never_returns_the_owners_comments(self, fake: FakePlatform) -> None:
        owner_ids = fake.owner_comment_ids()
        assert owner_ids, "the fake platform should hold at least one owner comment"
        returned = {c.comment_id for c in self.first_batch(fake).comments}
        assert not returned & owner_ids

    def test_second_fetch_with_the_cursor_returns_only_new_comments(
        self, fake: FakePlatform
    ) -> None:
        first = self.first_batch(fake)
        new_id = fake.add_comment("a fresh comment after the first poll")
        second = fake.connector().fetch(first.cursor)
        returned = [c.comment_id for c in second.comments]
        assert returned == [new_id]
        third = fake.connector().fetch(second.cursor)
        assert third.comments == []

    def test_hide_then_unhide_changes_the_platforms_state(self, fake: FakePlatform) -> None:
        connector = fake.connector()
        if HIDE not in connector.capabilities:
            with pytest.raises(ConnectorError):
                connector.hide("any")
            return
        target = self.first_batch(fake).comments[0].comment_id
        connector.hide(target)
        assert fake.is_hidden(target)
        connector.hide(target)  # already hidden is success
        assert fake.is_hidden(target)
        if UNHIDE in connector.capabilities:
            connector.unhide(target)
            assert not fake.is_hidden(target)

    def test_profile_text_is_a_string(self, fake: FakePlatform) -> None:
        assert isinstance(fake.connector().profile_text(), str)

    @pytest.mark.parametrize(
        ("status", "permanent"), [(401, True), (403, True), (429, False), (503, False)]
    )
    def test_platform_failures_become_connector_errors(
        self, fake: FakePlatform, status: int, permanent: bool
    ) -> None:
        fake.fail_next(status)
        with pytest.raises(ConnectorError) as caught:
            fake.connector().fetch(None)
        assert caught.value.permanent is permanent
        assert caught.value.message
