"""Instagram professional-account comments through the Graph API (``pyfacebook``).

Listing: ``GET /{ig-user-id}/media`` for recent media, ``GET /{ig-media-id}/comments`` and
``GET /{ig-comment-id}/replies`` (Meta's comment-moderation guide). The comments edge has
no documented ``since``, so new comments are found by time and id (the cursor keeps the
ids of the last 24 hours). Hiding: ``POST /{ig-comment-id}`` with ``hide=true|false``.
Profile text: ``biography``. Uses the Page access token of the Page linked to the account.
"""

from __future__ import annotations

from typing import Any, ClassVar

from connectors.base import (
    DELETE,
    HIDE,
    PROFILE,
    UNHIDE,
    Batch,
    Comment,
    ConnectorError,
    OptionSpec,
    Rejected,
    utcnow,
)
from connectors.graph.api import GraphConnector, Watermark, parse_time
from connectors.instagram.setup import InstagramSetup
from connectors.payload import clamp_time, raw_item

MEDIA_FIELDS = "id,caption,permalink,timestamp,username,comments_count"
COMMENT_FIELDS = "id,text,timestamp,username,from,hidden"
REPLY_FIELDS = "id,text,timestamp,username,from,parent_id,hidden"


class InstagramConnector(GraphConnector):
    platform = "instagram"
    display_name = "Instagram"
    capabilities: ClassVar[frozenset[str]] = frozenset({HIDE, UNHIDE, DELETE, PROFILE})
    options: ClassVar[dict[str, OptionSpec]] = {
        "ig_user_id": OptionSpec(
            str, required=True, help="the Instagram professional account's IG user id"
        ),
        "recent_media": OptionSpec(
            int, help="how many of the newest posts and reels to check for comments (10)"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "page_access_token": OptionSpec(
            str,
            required=True,
            help="token of the Facebook Page linked to the account (`wardwatch connect instagram`)",
        ),
    }
    cannot_hide_hint = "open it on Instagram to delete or report it"
    setup = InstagramSetup()
    hide_field = "hide"
    hide_refused = "the account's own comments and comments on live video cannot be hidden"

    @property
    def ig_user_id(self) -> str:
        return str(self.option("ig_user_id"))

    def fetch(self, cursor: str | None) -> Batch:
        graph = self._graph()
        mark = Watermark.load(cursor)
        media = graph.get_all(
            self.ig_user_id,
            "media",
            max_items=int(self.option("recent_media", 10)),
            fields=MEDIA_FIELDS,
        )
        graph.check_usage()
        found: dict[str, Comment] = {}  # by id: a reply can be listed twice
        skipped: list[str] = []
        rejected: list[Rejected] = []
        for item in media:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                skipped.append(f"an Instagram media item without an id: {str(item)[:80]}")
                continue
            if item.get("comments_count") == 0:
                continue  # saves a call per quiet post
            owner = str(item.get("username") or "")
            context = (item["id"], item.get("permalink"), owner)
            try:
                top = graph.get_all(item["id"], "comments", fields=COMMENT_FIELDS)
            except ConnectorError as exc:
                if exc.not_found:  # deleted since the media listing
                    continue
                raise
            graph.check_usage()
            for raw in top:
                # A comment on the account's own media answers the account.
                self._collect(raw, (None, owner or None, True), context, found, rejected)
                raw_id = raw.get("id") if isinstance(raw, dict) else None
                if not isinstance(raw_id, str):
                    continue
                # Instagram replies are one level deep: each answers the comment above it.
                answering = (raw_id, *self._who(raw, owner))
                try:
                    replies = graph.get_all(raw_id, "replies", fields=REPLY_FIELDS)
                except ConnectorError as exc:
                    if exc.not_found:
                        continue
                    raise
                graph.check_usage()
                for reply in replies:
                    self._collect(reply, answering, context, found, rejected)
        comments = sorted(
            (c for c in found.values() if mark.is_new(c.comment_id, c.created_at)),
            key=lambda c: c.created_at,
        )
        next_mark = mark.advance((c.comment_id, c.created_at) for c in comments)
        return Batch(
            comments=comments,
            cursor=next_mark.dump() or cursor,
            skipped=skipped,
            rejected=rejected,
        )

    def _who(self, raw: dict[str, Any], owner: str) -> tuple[str | None, bool]:
        """The username of a comment's author and whether it is the account itself."""
        author = raw.get("from")
        author = author if isinstance(author, dict) else {}
        username = str(raw.get("username") or author.get("username") or "")
        is_owner = str(author.get("id", "")) == self.ig_user_id or bool(owner and username == owner)
        return username or None, is_owner

    def _collect(
        self,
        raw: Any,
        answering: tuple[str | None, str | None, bool],
        context: tuple[str, Any, str],
        found: dict[str, Comment],
        rejected: list[Rejected],
    ) -> None:
        """Keep one comment. ``answering`` is the id, username and ownership of what it
        answers: the comment above it for a reply, the account's media otherwise."""
        media_id, permalink, owner = context
        parent_id, parent_author, parent_is_owner = answering
        try:
            if not isinstance(raw, dict):
                raise TypeError("not an object")
            comment_id = raw["id"]
            if not isinstance(comment_id, str) or not comment_id:
                raise ValueError("missing id")
            author = raw.get("from") or {}
            if not isinstance(author, dict):
                raise TypeError("'from' is not an object")
            author_id = str(author.get("id", ""))
            username = str(raw.get("username") or author.get("username") or "")
            text = raw.get("text", "")
            if not isinstance(text, str):
                raise TypeError("'text' is not text")
            created = clamp_time(parse_time(raw.get("timestamp")), utcnow())
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            where = raw.get("id", "(no id)") if isinstance(raw, dict) else "(not an object)"
            error = f"Instagram comment {where} on media {media_id}: {exc}"
            rejected.append(Rejected(str(where), raw_item(raw), error))
            return
        if author_id == self.ig_user_id or (owner and username == owner):
            return  # the account's own comment
        found.setdefault(
            comment_id,
            Comment(
                platform=self.platform,
                account=self.account_name,
                comment_id=comment_id,
                post_id=media_id,
                parent_id=str(raw.get("parent_id") or parent_id) if parent_id else None,
                parent_author=parent_author,
                parent_is_owner=parent_is_owner,
                author_id=author_id or username,
                author_name=username or "(unknown Instagram user)",
                text=text,
                created_at=created,
                # Comments have no permalink of their own: link to the post.
                permalink=permalink if isinstance(permalink, str) else None,
            ),
        )

    def profile_text(self) -> str:
        user = self._graph().get_object(self.ig_user_id, fields="biography")
        return str(user.get("biography") or "")
