"""The platforms the end-to-end CLI test talks to, as answers to HTTP requests: the Facebook
Graph API (Pages and Instagram) and the X API from documented payloads, the YouTube Data API
(with Google's token endpoint) and a Bluesky PDS from the connector tests' stateful fakes.
Each builder returns the answering function and the platform id of the comment to hide."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import httpx

# The connector tests' fakes live beside them, not in a package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "connectors"))
import bluesky_fake
import youtube_fake

THREAT = "You're a disgrace. I know where you live and I will kill you."
BENIGN = "When will the bins be collected on Elm Road?"
OWN_REPLY = "Thanks for asking!"
PAGE, POST = "104857600", "104857600_5551"
OWNER_X = "2244994945"
IG_USER, MEDIA = "17841405822304914", "17895695668004550"
IG_THREAT, IG_BENIGN, IG_OWN = "17858893269000003", "17858893269000001", "17858893269000002"
BSKY_OTHER_HIDDEN = "at://did:plc:spammer/app.bsky.feed.post/3kspam"
BSKY_ALLOW = [
    {"$type": "app.bsky.feed.threadgate#mentionRule"},
    {"$type": "app.bsky.feed.threadgate#followingRule"},
]


class Seen(NamedTuple):
    method: str
    path: str
    query: dict[str, list[str]]
    raw_query: str
    body: str
    headers: dict[str, str]


Answer = tuple[int, str, bytes]  # status, content type, body
Backend = Callable[[Seen, str], Answer]  # (request, path without the platform prefix)


def answer_json(status: int, payload: Any) -> Answer:
    return status, "application/json", json.dumps(payload).encode()


def static(routes: dict[tuple[str, str], Any]) -> Backend:
    """Answers from a (method, path) table; a callable entry builds its answer."""

    def handle(seen: Seen, _path: str) -> Answer:
        payload = routes.get((seen.method, seen.path))
        if callable(payload):
            payload = payload(seen)
        if payload is None:
            error = {"message": "Unknown path", "type": "GraphMethodException", "code": 100}
            return answer_json(404, {"error": {**error, "error_subcode": 33}})
        return answer_json(200, payload)

    return handle


def graph_comment(cid: str, text: str, author: tuple[str, str], minute: int) -> dict[str, Any]:
    return {
        "id": cid,
        "message": text,
        "created_time": f"2026-03-02T09:{minute:02d}:00+0000",
        "from": {"id": author[0], "name": author[1]},
        "is_hidden": False,
        "permalink_url": f"https://www.facebook.com/{cid}",
    }


def facebook() -> tuple[Backend, str]:
    comments = [
        graph_comment(f"{POST}_3", THREAT, ("2002", "Sam"), 7),
        graph_comment(f"{POST}_2", OWN_REPLY, (PAGE, "Cllr Hughes"), 6),
        graph_comment(f"{POST}_1", BENIGN, ("2001", "Pat"), 5),
    ]
    routes = static(
        {
            # The comments come embedded in the feed (field expansion).
            ("GET", f"/graph/v25.0/{PAGE}/feed"): {
                "data": [
                    {
                        "id": POST,
                        "created_time": "2026-03-02T09:00:00+0000",
                        "comments": {"data": comments, "paging": {}},
                    }
                ],
                "paging": {},
            },
            ("POST", f"/graph/v25.0/{POST}_3"): {"success": True},
        }
    )
    return routes, f"{POST}_3"


def instagram() -> tuple[Backend, str]:
    def comment(cid: str, text: str, author: tuple[str, str], minute: int) -> dict[str, Any]:
        return {
            "id": cid,
            "text": text,
            "timestamp": f"2026-03-02T09:{minute:02d}:00+0000",
            "username": author[1],
            "from": {"id": author[0], "username": author[1]},
            "hidden": False,
        }

    own = {**comment(IG_OWN, OWN_REPLY, (IG_USER, "cllr.hughes"), 6), "parent_id": IG_BENIGN}
    cursors = {"cursors": {"before": "QVFIUk", "after": "QVFIUl"}}
    routes = static(
        {
            ("GET", f"/graph/v25.0/{IG_USER}/media"): {
                "data": [
                    {
                        "id": MEDIA,
                        "caption": "Budget consultation",
                        "permalink": "https://www.instagram.com/p/DAbc123xyz/",
                        "timestamp": "2026-03-02T09:00:00+0000",
                        "username": "cllr.hughes",
                        "comments_count": 3,
                    }
                ],
                "paging": cursors,
            },
            ("GET", f"/graph/v25.0/{MEDIA}/comments"): {
                "data": [
                    comment(IG_THREAT, THREAT, ("17841400000000002", "sam_k"), 7),
                    comment(IG_BENIGN, BENIGN, ("17841400000000001", "pat_r"), 5),
                ],
                "paging": cursors,
            },
            ("GET", f"/graph/v25.0/{IG_BENIGN}/replies"): {"data": [own], "paging": cursors},
            ("GET", f"/graph/v25.0/{IG_THREAT}/replies"): {"data": []},
            ("POST", f"/graph/v25.0/{IG_THREAT}"): {"success": True},
        }
    )
    return routes, IG_THREAT


def x() -> tuple[Backend, str]:
    def tweet(tid: str, text: str, author: str, minute: int) -> dict[str, Any]:
        return {
            "id": tid,
            "text": text,
            "author_id": author,
            "conversation_id": "1900",
            "in_reply_to_user_id": OWNER_X,
            "edit_history_tweet_ids": [tid],
            "created_at": f"2026-03-02T09:{minute:02d}:00.000Z",
            "referenced_tweets": [{"type": "replied_to", "id": "1900"}],
        }

    replies = {
        "data": [
            tweet("1903", THREAT, "1002", 7),
            tweet("1902", OWN_REPLY, OWNER_X, 6),
            tweet("1901", BENIGN, "1001", 5),
        ],
        "includes": {
            "users": [
                {"id": "1002", "name": "Sam", "username": "sam_k"},
                {"id": OWNER_X, "name": "Cllr Hughes", "username": "cllr_hughes"},
                {"id": "1001", "name": "Pat", "username": "pat_r"},
            ]
        },
        "meta": {"result_count": 3, "newest_id": "1903", "oldest_id": "1901"},
    }
    routes = static(
        {
            ("GET", f"/x/2/users/{OWNER_X}/mentions"): replies,
            ("GET", f"/x/2/users/{OWNER_X}/tweets"): {
                "data": [{"id": "1900", "text": "Budget", "edit_history_tweet_ids": ["1900"]}],
                "meta": {"result_count": 1},
            },
            ("GET", "/x/2/tweets/search/recent"): replies,
            # X echoes the state asked for: {"data": {"hidden": true|false}}.
            ("PUT", "/x/2/tweets/1903/hidden"): lambda seen: {"data": json.loads(seen.body)},
        }
    )
    return routes, "1903"


def youtube() -> tuple[Backend, str]:
    fake = youtube_fake.FakeYouTube()
    fake.comments.clear()
    fake.status.clear()
    top = fake.comment("UCresident", BENIGN, 60)
    fake.comment(youtube_fake.OWNER, OWN_REPLY, 50, parent=top)
    # Two replies, one inline: the connector must also call comments.list(parentId).
    target = fake.comment("UCneighbour", THREAT, 40, parent=top)

    def handle(seen: Seen, path: str) -> Answer:
        uri = f"https://youtube.googleapis.com{path}?{seen.raw_query}"
        response, content = fake.request(uri, seen.method)
        return int(response.status), response.get("content-type", "application/json"), content

    return handle, target


def bluesky() -> tuple[Backend, str]:
    fake = bluesky_fake.FakeBluesky()
    fake.posts.clear()
    fake.notifications.clear()
    owner, root = bluesky_fake.OWNER, bluesky_fake.ROOT
    fake.post(owner, "owner.example", "Bus lane", minutes_ago=120, uri=root, reply_root=None)
    fake.post("did:plc:resident", "resident.example", BENIGN, minutes_ago=60)
    fake.post(owner, "owner.example", OWN_REPLY, minutes_ago=50)
    target = fake.post("did:plc:neighbour", "neighbour.example", THREAT, minutes_ago=40)
    fake.gate = {
        "$type": "app.bsky.feed.threadgate",
        "post": root,
        "allow": BSKY_ALLOW,
        "hiddenReplies": [BSKY_OTHER_HIDDEN],
        "createdAt": "2026-11-01T09:00:00.000Z",
    }

    def handle(seen: Seen, path: str) -> Answer:
        request = httpx.Request(
            seen.method,
            f"{bluesky_fake.PDS}{path}?{seen.raw_query}",
            content=seen.body.encode(),
            headers={"Content-Type": seen.headers.get("content-type", "application/json")},
        )
        response = fake.handle(request)
        return response.status_code, "application/json", response.content

    return handle, target
