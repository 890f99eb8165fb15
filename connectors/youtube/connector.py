"""YouTube: comments on the owner's channel, through the YouTube Data API v3.

Listing reads ``commentThreads.list(allThreadsRelatedToChannelId=…, order=time)`` newest
first and stops at the last comment already seen: the API has no "since" parameter.
A thread carries only some of its replies, so a thread with more replies than it
carries is completed with ``comments.list(parentId=…)``.

Hiding sets the moderation status to ``heldForReview``; unhiding sets ``published``.
``rejected`` is never sent: YouTube does not allow a rejected comment to be published
again, so it would turn a reversible hide into a deletion.

Every call costs quota units (list 1, setModerationStatus 50; 10,000 a day by default,
per Google Cloud project). :attr:`YouTubeConnector.quota` counts them; see
:mod:`connectors.quota` for what the caller saves between runs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from connectors.base import (
    HIDE,
    PROFILE,
    UNHIDE,
    Batch,
    Comment,
    Connector,
    CredentialStore,
    OptionSpec,
)
from connectors.quota import QuotaMeter
from connectors.watermark import Watermark, parse_time
from connectors.youtube import api as youtube_api
from connectors.youtube.setup import YouTubeSetup

LIST_COST = 1
MODERATE_COST = 50
DEFAULT_DAILY_QUOTA = 10_000
DEFAULT_HIDE_RESERVE = 1_000  # twenty hides
# Google resets YouTube quota at midnight Pacific Time.
QUOTA_ZONE = ZoneInfo("America/Los_Angeles")
PAGES_PER_FETCH = 5
FIRST_POLL_LOOKBACK = timedelta(days=7)
# ⚠ Whether order=time sorts threads by their first comment or by their latest reply is
# not documented; reading this far past the watermark catches replies on recent threads
# either way.
REPLY_GRACE = timedelta(days=1)


class YouTubeConnector(Connector):
    platform = "youtube"
    display_name = "YouTube"
    capabilities: ClassVar[frozenset[str]] = frozenset({HIDE, UNHIDE, PROFILE})
    options: ClassVar[dict[str, OptionSpec]] = {
        "channel_id": OptionSpec(
            str, required=True, help="the channel id (UC…); `wardwatch connect youtube` prints it"
        ),
        "daily_quota": OptionSpec(
            int, help="API units a day this account may use (default 10000, the project's quota)"
        ),
        "hide_reserve": OptionSpec(
            int, help="units polling leaves for hiding (default 1000 = 20 hides)"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "client_id": OptionSpec(str, required=True, help="OAuth client id (Desktop app)"),
        "client_secret": OptionSpec(str, required=True, help="OAuth client secret"),
        "refresh_token": OptionSpec(str, help="saved by `wardwatch connect youtube`"),
    }
    cannot_hide_hint = "open it in YouTube Studio to review it"
    setup = YouTubeSetup()

    def __init__(self, account: Any, credentials: CredentialStore, *, http: Any = None) -> None:
        """``http`` replaces the httplib2 transport (tests pass an HttpMockSequence)."""
        super().__init__(account, credentials)
        self.channel_id = str(self.option("channel_id", ""))
        self.quota = QuotaMeter(
            platform=self.display_name,
            daily_limit=int(self.option("daily_quota", DEFAULT_DAILY_QUOTA)),
            reserve=int(self.option("hide_reserve", DEFAULT_HIDE_RESERVE)),
            reset_zone=QUOTA_ZONE,
        )
        self._api = youtube_api.YouTubeApi(self, http=http)

    # --- reading ---------------------------------------------------------------------

    def fetch(self, cursor: str | None) -> Batch:
        state = Watermark.load(cursor, now=self.quota.clock(), lookback=FIRST_POLL_LOOKBACK)
        comments: list[Comment] = []
        skipped: list[str] = []
        page = state.page
        for _ in range(PAGES_PER_FETCH):
            response = self._api.list_threads(self.channel_id, page)
            reached = False
            for item in response.get("items") or []:
                try:
                    thread = self._thread(item)
                except (KeyError, TypeError, ValueError) as exc:
                    skipped.append(f"comment thread {_item_id(item)}: unreadable ({exc})")
                    continue
                if thread.first < state.since - REPLY_GRACE and thread.latest < state.since:
                    reached = True
                    break
                for comment in thread.comments:
                    if state.is_new(comment.created_at, comment.comment_id):
                        comments.append(comment)
                        state.saw(comment.created_at, comment.comment_id)
            page = response.get("nextPageToken")
            if reached or not page:
                return Batch(comments=comments, cursor=state.finish(), skipped=skipped)
        # Page cap reached: the rest of the walk continues on the next call.
        return Batch(comments=comments, cursor=state.pause(page), skipped=skipped, more=True)

    def profile_text(self) -> str:
        response = self._api.channel(self.channel_id)
        items = response.get("items") or []
        if not items:
            raise self._api.error_for_missing_channel()
        return str(items[0].get("snippet", {}).get("description", ""))

    # --- moderation ------------------------------------------------------------------

    def hide(self, comment_id: str) -> None:
        self._api.set_moderation_status(comment_id, "heldForReview")

    def unhide(self, comment_id: str) -> None:
        self._api.set_moderation_status(comment_id, "published")

    # --- parsing ---------------------------------------------------------------------

    def _thread(self, item: dict[str, Any]) -> _Thread:
        snippet = item["snippet"]
        top = snippet["topLevelComment"]
        video_id = snippet.get("videoId") or top["snippet"].get("videoId")
        # A top-level comment answers the channel's own video; every reply answers the top one.
        top_comment = self._comment(top, video_id=video_id, parent_id=None, parent_is_owner=True)
        answering = {
            "parent_id": top["id"],
            "parent_author": top_comment.author_name or None,
            "parent_is_owner": top_comment.author_id == self.channel_id,
        }
        replies = [
            self._comment(reply, video_id=video_id, **answering)
            for reply in (item.get("replies") or {}).get("comments") or []
        ]
        latest = max([top_comment.created_at, *(r.created_at for r in replies)])
        if int(snippet.get("totalReplyCount") or 0) > len(replies):
            replies = [
                self._comment(reply, video_id=video_id, **answering)
                for reply in self._api.list_replies(top["id"])
            ]
            latest = max([latest, *(r.created_at for r in replies)])
        everyone = [top_comment, *replies]
        own = [c for c in everyone if c.author_id == self.channel_id]
        return _Thread(
            first=top_comment.created_at,
            latest=latest,
            comments=[c for c in everyone if c not in own],
        )

    def _comment(
        self,
        resource: dict[str, Any],
        *,
        video_id: str | None,
        parent_id: str | None,
        parent_author: str | None = None,
        parent_is_owner: bool | None = None,
    ) -> Comment:
        snippet = resource["snippet"]
        comment_id = str(resource["id"])
        author = snippet.get("authorChannelId") or {}
        text = snippet.get("textDisplay") or snippet.get("textOriginal") or ""
        return Comment(
            platform=self.platform,
            account=self.account_name,
            comment_id=comment_id,
            post_id=video_id,
            parent_id=parent_id,
            author_id=str(author.get("value") or ""),
            author_name=str(snippet.get("authorDisplayName") or ""),
            text=str(text),
            created_at=parse_time(snippet["publishedAt"]),
            permalink=(
                f"https://www.youtube.com/watch?v={video_id}&lc={comment_id}" if video_id else None
            ),
            parent_author=parent_author,
            parent_is_owner=parent_is_owner,
        )


class _Thread:
    __slots__ = ("comments", "first", "latest")

    def __init__(self, *, first: datetime, latest: datetime, comments: list[Comment]) -> None:
        self.first, self.latest, self.comments = first, latest, comments


def _item_id(item: Any) -> str:
    return str(item.get("id", "?")) if isinstance(item, dict) else "?"
