"""Facebook Page comments through the Graph API (python-facebook-api, ``pyfacebook``).

Listing: one ``GET /{page-id}/feed`` for the page's recent posts, each with its comments
since the last read through field expansion
(``fields=...,comments.filter(stream).order(reverse_chronological).limit(100).since(<unix>){...}``);
only a post with more than a page of new comments costs a further
``GET /{post-id}/comments?...&after=<cursor>``. ``filter=stream`` returns replies too,
each with its ``parent``.
Hiding: ``POST /{comment-id}`` with ``is_hidden=true|false``. Profile text: the page's
``about``, ``description`` and ``bio``. Banning an author: ``POST /{page-id}/blocked``
with ``user=<id>`` (answers ``{"<id>": true}``); lifting it: ``DELETE /{page-id}/blocked``
with the same ``user``. Facebook bans have no timer. All with a Page access token.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar

from connectors.base import (
    BAN_AUTHOR,
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
from connectors.facebook.setup import FacebookSetup
from connectors.graph.api import GraphClient, GraphConnector, Watermark, parse_time
from connectors.payload import clamp_time, raw_item

COMMENT_FIELDS = "id,message,created_time,from,parent,permalink_url,is_hidden"
POST_FIELDS = "id,created_time,permalink_url,from"
COMMENTS_PAGE = 100  # comments per post in the feed request (and per page after it)
PROFILE_FIELDS = ("about", "description", "bio")


class FacebookConnector(GraphConnector):
    platform = "facebook"
    display_name = "Facebook"
    capabilities: ClassVar[frozenset[str]] = frozenset({HIDE, UNHIDE, DELETE, PROFILE, BAN_AUTHOR})
    options: ClassVar[dict[str, OptionSpec]] = {
        "page_id": OptionSpec(str, required=True, help="the Facebook Page's numeric id"),
        "recent_posts": OptionSpec(
            int, help="how many of the page's newest posts to check for comments (25)"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "page_access_token": OptionSpec(
            str, required=True, help="a Page access token (`wardwatch connect facebook`)"
        ),
    }
    cannot_hide_hint = "open it on Facebook to delete or report it"
    setup = FacebookSetup()
    hide_field = "is_hidden"
    hide_refused = "check that the page token may moderate comments"

    @property
    def page_id(self) -> str:
        return str(self.option("page_id"))

    def ban_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        result = self._graph().post(self.page_id, {"user": author_id}, edge="blocked")
        if result.get(author_id) is False:
            raise ConnectorError(
                f"Facebook did not ban {author_id} from the page: check that the page token "
                "may moderate the page",
                permanent=True,
            )

    def unban_author(self, author_id: str) -> None:
        self._graph().delete(self.page_id, edge="blocked", params={"user": author_id})

    def fetch(self, cursor: str | None) -> Batch:
        graph = self._graph()
        mark = Watermark.load(cursor)
        polled = utcnow()
        # One request: the recent posts, each with its comments since the last read
        # (field expansion); only a post with more new comments than one page costs more.
        posts = graph.get_all(
            self.page_id,
            "feed",
            max_items=int(self.option("recent_posts", 25)),
            fields=f"{POST_FIELDS},{_comments_edge(mark.since)}{{{COMMENT_FIELDS}}}",
        )
        graph.check_usage()
        comments: list[Comment] = []
        skipped: list[str] = []
        rejected: list[Rejected] = []
        seen: set[str] = set()
        now = utcnow()
        for post in posts:
            post_id = post.get("id") if isinstance(post, dict) else None
            if not isinstance(post_id, str):
                skipped.append(f"a Facebook post without an id: {str(post)[:80]}")
                continue
            try:
                items = self._post_comments(graph, post, post_id, mark.since)
            except ConnectorError as exc:
                if exc.not_found:  # deleted between listing posts and reading comments
                    continue
                raise
            for item in items:
                try:
                    comment = self._comment(item, post_id, now, _by(post, self.page_id))
                except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                    error = f"Facebook comment {_id_of(item)} on post {post_id}: {exc}"
                    rejected.append(Rejected(_id_of(item), raw_item(item), error))
                    continue
                if comment is None or comment.comment_id in seen:
                    continue
                seen.add(comment.comment_id)
                if mark.is_new(comment.comment_id, comment.created_at):
                    comments.append(comment)
        comments.sort(key=lambda c: c.created_at)
        next_mark = mark.advance(((c.comment_id, c.created_at) for c in comments), polled=polled)
        return Batch(
            comments=comments,
            cursor=next_mark.dump() or cursor,
            skipped=skipped,
            rejected=rejected,
        )

    def _post_comments(
        self, graph: GraphClient, post: dict[str, Any], post_id: str, since: int | None
    ) -> list[Any]:
        """The comments embedded in the feed, and the rest when they ran over a page."""
        embedded = post.get("comments")
        if not isinstance(embedded, dict):
            return []
        items = embedded.get("data")
        items = list(items) if isinstance(items, list) else []
        paging = embedded.get("paging")
        if not isinstance(paging, dict):
            paging = {}
        after = (paging.get("cursors") or {}).get("after") if paging.get("next") else None
        if after:
            items += graph.get_all(
                post_id,
                "comments",
                fields=COMMENT_FIELDS,
                filter="stream",
                order="reverse_chronological",
                since=since,
                after=after,
            )
            graph.check_usage()
        return items

    def _comment(
        self, item: Any, post_id: str, now: datetime, post_by_page: bool | None = None
    ) -> Comment | None:
        """A Comment, None for the page's own comments; raises on a malformed item.
        ``post_by_page`` says whether the post it answers is the page's own (None: unknown):
        a comment straight under the councillor's post answers the councillor."""
        if not isinstance(item, dict):
            raise TypeError("not an object")
        comment_id = item["id"]
        if not isinstance(comment_id, str) or not comment_id:
            raise ValueError("missing id")
        author = item.get("from") or {}
        if not isinstance(author, dict):
            raise TypeError("'from' is not an object")
        author_id = str(author.get("id", ""))
        if author_id == self.page_id:
            return None
        parent = item.get("parent")
        parent_id = parent.get("id") if isinstance(parent, dict) else None
        # Who it answers: the post's author for a top-level comment, else the parent
        # comment's (Graph gives a reply's parent with its 'from' when the token may see it).
        parent_from = parent.get("from") if isinstance(parent, dict) else None
        parent_is_owner, parent_author = (post_by_page if parent_id is None else None), None
        if isinstance(parent_from, dict) and parent_from.get("id"):
            parent_is_owner = str(parent_from["id"]) == self.page_id
            parent_author = None if parent_is_owner else str(parent_from.get("name") or "") or None
        text = item.get("message", "")
        if not isinstance(text, str):
            raise TypeError("'message' is not text")
        return Comment(
            platform=self.platform,
            account=self.account_name,
            comment_id=comment_id,
            post_id=post_id,
            parent_id=str(parent_id) if parent_id else None,
            parent_author=parent_author,
            parent_is_owner=parent_is_owner,
            author_id=author_id,
            # Meta omits 'from' unless the token may moderate the page.
            author_name=str(author.get("name") or "(unknown Facebook user)"),
            text=text,
            # Clamped: a comment dated 2099 must not move the read position past today.
            created_at=clamp_time(parse_time(item.get("created_time")), now),
            permalink=item.get("permalink_url") or f"https://www.facebook.com/{comment_id}",
        )

    def profile_text(self) -> str:
        page = self._graph().get_object(self.page_id, fields=",".join(PROFILE_FIELDS))
        parts = [str(page[key]).strip() for key in PROFILE_FIELDS if page.get(key)]
        return "\n\n".join(dict.fromkeys(p for p in parts if p))


def _comments_edge(since: int | None) -> str:
    """The comments edge as a field of the feed, with the parameters it would take."""
    edge = f"comments.filter(stream).order(reverse_chronological).limit({COMMENTS_PAGE})"
    return edge + (f".since({since})" if since is not None else "")


def _by(post: dict[str, Any], page_id: str) -> bool | None:
    """Whether the post is the page's own; None when the listing did not say who wrote it."""
    author = post.get("from")
    if not isinstance(author, dict) or not author.get("id"):
        return None
    return str(author["id"]) == page_id


def _id_of(item: Any) -> str:
    return str(item.get("id", "(no id)")) if isinstance(item, dict) else "(not an object)"
