"""A small X API v2 faked with ``responses``: the endpoints the X connector uses, answering
with the documented shapes (``data`` / ``includes.users`` / ``meta.newest_id`` /
``meta.next_token``; problem-JSON errors; ``x-rate-limit-*`` headers)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

import responses

API = "https://api.twitter.com"
OWNER = {
    "id": "2244994945",
    "name": "Cllr Hughes",
    "username": "cllrhughes",
    "description": "Riverside ward. Office hours Mon-Fri 9-5.",
}
BASE_TIME = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
FIRST_ID = 1_900_000_000_000_000_000


@dataclass
class XState:
    tweets: dict[str, dict[str, Any]] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=lambda: {OWNER["id"]: OWNER})
    hidden: set[str] = field(default_factory=set)
    muted: set[str] = field(default_factory=set)
    requests: list[tuple[str, str, dict[str, list[str]], Any]] = field(default_factory=list)
    failures: list[tuple[int, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    token_grants: list[dict[str, list[str]]] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=lambda: {"user-access-token"})
    next_id: int = FIRST_ID
    # Answer the next conversation search that sends since_id as X does for an id older
    # than the 7-day search window.
    reject_old_since_id: bool = False

    def post(
        self,
        text: str,
        author: dict[str, str],
        *,
        reply_to: str | None = None,
        minutes: int | None = None,
    ) -> str:
        self.next_id += 1000
        tweet_id = str(self.next_id)
        self.users[author["id"]] = author
        created = BASE_TIME + timedelta(
            minutes=minutes if minutes is not None else (self.next_id - FIRST_ID) // 1000
        )
        tweet: dict[str, Any] = {
            "id": tweet_id,
            "text": text,
            "author_id": author["id"],
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "conversation_id": tweet_id,
            "edit_history_tweet_ids": [tweet_id],
        }
        if reply_to:
            parent = self.tweets[reply_to]
            tweet["conversation_id"] = parent["conversation_id"]
            tweet["in_reply_to_user_id"] = parent["author_id"]
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": reply_to}]
        self.tweets[tweet_id] = tweet
        return tweet_id


def x_error(status: int) -> dict[str, Any]:
    title = {
        400: "Invalid Request",
        401: "Unauthorized",
        402: "Payment Required",
        403: "Forbidden",
        404: "Not Found Error",
        429: "Too Many Requests",
    }.get(status, "Service Unavailable")
    return {"title": title, "detail": title, "type": "about:blank", "status": status}


def _page(
    items: list[dict[str, Any]],
    params: dict[str, list[str]],
    token_param: str,
    users: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    if "since_id" in params:
        items = [t for t in items if int(t["id"]) > int(params["since_id"][0])]
    items = sorted(items, key=lambda t: int(t["id"]), reverse=True)
    size = int(params.get("max_results", ["10"])[0])
    start = int(params.get(token_param, ["0"])[0])
    page = items[start : start + size]
    meta: dict[str, Any] = {"result_count": len(page)}
    if page:
        meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
    if start + size < len(items):
        meta["next_token"] = str(start + size)
    if not page:
        return {"meta": meta}
    authors = {t["author_id"] for t in page}
    return {"data": page, "includes": {"users": [users[a] for a in sorted(authors)]}, "meta": meta}


@contextmanager
def fake_x(state: XState, root: str = API) -> Iterator[responses.RequestsMock]:
    owner = OWNER["id"]

    def reply(
        status: int, body: Any, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str]:
        return (
            status,
            {
                "Content-Type": "application/json",
                "x-rate-limit-remaining": "299",
                **(headers or {}),
            },
            json.dumps(body),
        )

    def handle(request: Any) -> tuple[int, dict[str, str], str]:
        url = urlparse(request.url)
        path = url.path[len(urlparse(root).path) :]
        params = parse_qs(url.query)
        body = json.loads(request.body) if request.body else None
        state.requests.append((request.method, path, params, body))
        if state.failures:
            return reply(*state.failures.pop(0))
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer not in state.valid_tokens:
            return reply(401, x_error(401))
        if path == "/2/users/me":
            return reply(200, {"data": OWNER})
        if path == f"/2/users/{owner}/muting" and request.method == "POST":
            state.muted.add(body["target_user_id"])
            return reply(200, {"data": {"muting": True}})
        if match := re.fullmatch(rf"/2/users/{owner}/muting/(\d+)", path):
            state.muted.discard(match.group(1))
            return reply(200, {"data": {"muting": False}})
        if match := re.fullmatch(r"/2/tweets/(\d+)/hidden", path):
            if match.group(1) not in state.tweets:
                return reply(
                    404,
                    {
                        "errors": [
                            {
                                "resource_id": match.group(1),
                                "parameter": "id",
                                "resource_type": "tweet",
                                "title": "Not Found Error",
                                "detail": "Could not find tweet.",
                                "type": "https://api.twitter.com/2/problems/resource-not-found",
                            }
                        ],
                        "title": "Not Found Error",
                        "detail": "Could not find tweet.",
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    },
                )
            (state.hidden.add if body["hidden"] else state.hidden.discard)(match.group(1))
            return reply(200, {"data": {"hidden": body["hidden"]}})
        tweets = list(state.tweets.values())
        if path == f"/2/users/{owner}/mentions":
            items = [
                t
                for t in tweets
                if t["author_id"] != owner
                and (t.get("in_reply_to_user_id") == owner or "@cllrhughes" in t["text"])
            ]
            return reply(200, _page(items, params, "pagination_token", state.users))
        if path == f"/2/users/{owner}/tweets":
            items = [t for t in tweets if t["author_id"] == owner and "referenced_tweets" not in t]
            return reply(200, _page(items, params, "pagination_token", state.users))
        if (
            path == "/2/tweets/search/recent"
            and state.reject_old_since_id
            and ("since_id" in params)
        ):
            state.reject_old_since_id = False
            return reply(
                400,
                {
                    "errors": [
                        {
                            "parameters": {"since_id": params["since_id"]},
                            "message": "Invalid 'since_id':'{}'. 'since_id' must be a "
                            "tweet id created after 2026-02-23T12:00Z.".format(
                                params["since_id"][0]
                            ),
                        }
                    ],
                    "title": "Invalid Request",
                    "type": "https://api.twitter.com/2/problems/invalid-request",
                    "detail": "One or more parameters to your request was invalid.",
                },
            )
        if path == "/2/tweets/search/recent":
            # Queries joined with OR of the operators X documents: to:<user id or name>
            # (replies to the user) and conversation_id:<id>.
            terms = [term.split(":", 1) for term in params["query"][0].split(" OR ")]
            assert all(op in ("to", "conversation_id") for op, _ in terms), params["query"]
            items = [
                t
                for t in tweets
                if any(
                    (op == "to" and t.get("in_reply_to_user_id") == value)
                    or (op == "conversation_id" and t["conversation_id"] == value != t["id"])
                    for op, value in terms
                )
            ]
            return reply(200, _page(items, params, "next_token", state.users))
        return reply(404, x_error(404))

    def token(request: Any) -> tuple[int, dict[str, str], str]:
        grant = parse_qs(request.body)
        state.token_grants.append(grant)
        if grant.get("refresh_token") != ["refresh-1"]:
            return reply(
                400,
                {
                    "error": "invalid_request",
                    "error_description": "Value passed for the token was invalid.",
                },
            )
        state.valid_tokens = {"user-access-token-2"}
        return reply(
            200,
            {
                "token_type": "bearer",
                "expires_in": 7200,
                "access_token": "user-access-token-2",
                "scope": "tweet.read",
                "refresh_token": "refresh-2",
            },
        )

    token_root = root if root != API else "https://api.x.com"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add_callback("POST", f"{token_root}/2/oauth2/token", callback=token)
        for method in ("GET", "PUT", "POST", "DELETE"):
            mock.add_callback(method, re.compile(re.escape(root) + r"/2/.*"), callback=handle)
        yield mock
