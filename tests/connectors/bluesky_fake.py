"""A Bluesky PDS faked at the httpx layer with respx, holding notifications, posts and
threadgate records. Payloads follow the lexicons (app.bsky.notification.listNotifications,
app.bsky.feed.getPosts, com.atproto.repo.getRecord/putRecord/createRecord/deleteRecord,
app.bsky.feed.threadgate and postgate, app.bsky.graph.block, app.bsky.graph.muteActor and
unmuteActor, app.bsky.actor.getProfile with its ``viewer`` state,
com.atproto.server.createSession)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import respx

from connectors.base import StaticCredentials
from connectors.bluesky.connector import BlueskyConnector
from monitor.config import AccountConfig

PDS = "https://pds.example"
OWNER = "did:plc:owner0000000000000000000"
ROOT = f"at://{OWNER}/app.bsky.feed.post/3root"
THREADGATE = "app.bsky.feed.threadgate"
ERRORS = {
    400: "InvalidRequest",
    401: "AuthenticationRequired",
    403: "Forbidden",
    429: "RateLimitExceeded",
    503: "ServiceUnavailable",
}


def jwt(sub: str) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    # exp far ahead: the client refreshes a session 15 minutes before it expires.
    return ".".join(
        [
            part({"typ": "at+jwt", "alg": "ES256K"}),
            part(
                {
                    "scope": "com.atproto.appPass",
                    "sub": sub,
                    "iat": 1700000000,
                    "exp": 4102444800,
                    "aud": "did:web:pds.example",
                }
            ),
            "c2ln",
        ]
    )


class FakeBluesky:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.posts: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.gate: dict[str, Any] | None = None
        self.gate_cid = 0
        self.put_records: list[dict[str, Any]] = []
        # Records other than the threadgate: (collection, rkey) -> record value.
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.muted: set[str] = set()
        self.logins = 0
        self._fail: int | None = None
        self._serial = 0
        self.mock = respx.mock(assert_all_called=False)
        self.mock.route(host="pds.example").mock(side_effect=self.handle)
        self.post(
            OWNER,
            "owner.example",
            "Consultation on the bus lane opens today",
            minutes_ago=120,
            uri=ROOT,
            reply_root=None,
        )
        self.post(
            "did:plc:resident", "resident.example", "You are a liar and a fraud", minutes_ago=60
        )
        self.post(OWNER, "owner.example", "Thanks, see the minutes", minutes_ago=50)
        self.post("did:plc:neighbour", "neighbour.example", "Good luck with it", minutes_ago=40)

    def __enter__(self) -> FakeBluesky:
        self.mock.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.mock.__exit__(*exc)

    # --- seeding -----------------------------------------------------------------------

    def post(
        self,
        did: str,
        handle: str,
        text: str,
        *,
        minutes_ago: float,
        uri: str | None = None,
        reply_root: str | None = ROOT,
        reason: str = "reply",
        quote_of: str | None = None,
        reply_parent: str | None = None,
    ) -> str:
        """Seed a post; a reply answers ``reply_parent``, by default the thread's root."""
        self._serial += 1
        uri = uri or f"at://{did}/app.bsky.feed.post/3k{self._serial:04d}"
        at = (self.now - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": at,
            "langs": ["en"],
        }
        if reply_root:
            ref = {"uri": reply_root, "cid": "bafyroot"}
            parent = ref
            if reply_parent:  # a post this fake may not hold: its cid is then made up
                cid = self.posts.get(reply_parent, {}).get("cid", "bafyparent")
                parent = {"uri": reply_parent, "cid": cid}
            record["reply"] = {"root": ref, "parent": parent}
        if quote_of:
            record["embed"] = {
                "$type": "app.bsky.embed.record",
                "record": {"uri": quote_of, "cid": "bafyquoted"},
            }
        author = {
            "did": did,
            "handle": handle,
            "displayName": handle.split(".")[0],
            "labels": [],
            "createdAt": "2024-01-01T00:00:00.000Z",
        }
        self.posts[uri] = {
            "uri": uri,
            "cid": f"bafy{self._serial}",
            "author": author,
            "record": record,
            "replyCount": 0,
            "repostCount": 0,
            "likeCount": 0,
            "quoteCount": 0,
            "indexedAt": at,
            "labels": [],
        }
        if reply_root or reason != "reply":
            self.notifications.insert(
                0,
                {
                    "uri": uri,
                    "cid": f"bafy{self._serial}",
                    "author": author,
                    "reason": reason,
                    "reasonSubject": reply_root or quote_of or ROOT,
                    "record": record,
                    "isRead": False,
                    "indexedAt": at,
                    "labels": [],
                },
            )
        return uri

    # --- FakePlatform ------------------------------------------------------------------

    def connector(self) -> BlueskyConnector:
        account = AccountConfig(
            name="cllr-bsky",
            owner="cllr",
            platform="bluesky",
            api_base_url=PDS,
            options={"handle": "owner.example"},
        )
        return BlueskyConnector(
            account,
            StaticCredentials(
                {"app_password": "abcd-efgh-ijkl-mnop"}, account="cllr-bsky", platform="bluesky"
            ),
        )

    def add_comment(self, text: str) -> str:
        self.now += timedelta(seconds=1)
        return self.post("did:plc:resident", "resident.example", text, minutes_ago=0)

    def owner_comment_ids(self) -> set[str]:
        return {uri for uri, p in self.posts.items() if p["author"]["did"] == OWNER}

    def is_hidden(self, comment_id: str) -> bool:
        return bool(self.gate) and comment_id in self.gate.get("hiddenReplies", [])  # type: ignore[union-attr]

    def fail_next(self, status: int) -> None:
        self._fail = status

    # --- the server --------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self._fail is not None:
            status, self._fail = self._fail, None
            return httpx.Response(
                status, json={"error": ERRORS.get(status, "Error"), "message": "failed on request"}
            )
        method = request.url.path.removeprefix("/xrpc/")
        params = request.url.params
        if method == "com.atproto.server.createSession":
            self.logins += 1
            return httpx.Response(
                200,
                json={
                    "did": OWNER,
                    "handle": "owner.example",
                    "email": "cllr@example.org",
                    "accessJwt": jwt(OWNER),
                    "refreshJwt": jwt(OWNER),
                    "active": True,
                },
            )
        if method == "app.bsky.notification.listNotifications":
            assert params.get_list("reasons") == ["reply", "mention", "quote"]
            return httpx.Response(
                200, json={"notifications": self.notifications, "seenAt": self.now.isoformat()}
            )
        if method == "app.bsky.feed.getPosts":
            found = [self.posts[u] for u in params.get_list("uris") if u in self.posts]
            return httpx.Response(200, json={"posts": found})
        if method == "com.atproto.repo.getRecord" and params["collection"] != THREADGATE:
            value = self.records.get((params["collection"], params["rkey"]))
            if value is None:
                return httpx.Response(
                    400, json={"error": "RecordNotFound", "message": "Could not locate record"}
                )
            return httpx.Response(
                200,
                json={
                    "uri": f"at://{OWNER}/{params['collection']}/{params['rkey']}",
                    "cid": f"bafy{params['rkey']}",
                    "value": value,
                },
            )
        if method in {"com.atproto.repo.createRecord", "com.atproto.repo.deleteRecord"} or (
            method == "com.atproto.repo.putRecord"
            and json.loads(request.content)["collection"] != THREADGATE
        ):
            return self.write_record(method, json.loads(request.content))
        if method in {"app.bsky.graph.muteActor", "app.bsky.graph.unmuteActor"}:
            actor = json.loads(request.content)["actor"]
            (self.muted.add if method.endswith(".muteActor") else self.muted.discard)(actor)
            return httpx.Response(200)
        if method == "app.bsky.actor.getProfile" and params["actor"] != OWNER:
            return self.profile_of(params["actor"])
        if method == "com.atproto.repo.getRecord":
            if self.gate is None:
                return httpx.Response(
                    400, json={"error": "RecordNotFound", "message": "Could not locate record"}
                )
            return httpx.Response(
                200,
                json={
                    "uri": f"at://{OWNER}/app.bsky.feed.threadgate/{params['rkey']}",
                    "cid": f"bafygate{self.gate_cid}",
                    "value": self.gate,
                },
            )
        if method == "com.atproto.repo.putRecord":
            body = json.loads(request.content)
            self.put_records.append(body)
            self.gate, self.gate_cid = body["record"], self.gate_cid + 1
            return httpx.Response(
                200,
                json={
                    "uri": f"at://{OWNER}/{body['collection']}/{body['rkey']}",
                    "cid": f"bafygate{self.gate_cid}",
                },
            )
        if method == "app.bsky.actor.getProfile":
            return httpx.Response(
                200,
                json={
                    "did": OWNER,
                    "handle": "owner.example",
                    "displayName": "Cllr Owner",
                    "description": "Views are my own. Monitored Mon-Fri 9-5.",
                    "followersCount": 10,
                    "followsCount": 5,
                    "postsCount": 3,
                },
            )
        return httpx.Response(501, json={"error": "MethodNotImplemented", "message": method})

    def write_record(self, method: str, body: dict[str, Any]) -> httpx.Response:
        collection = body["collection"]
        if method.endswith("deleteRecord"):
            self.records.pop((collection, body["rkey"]), None)
            return httpx.Response(200, json={})
        self._serial += 1
        rkey = body.get("rkey") or f"3b{self._serial:04d}"
        self.put_records.append(body)
        self.records[(collection, rkey)] = body["record"]
        return httpx.Response(
            200, json={"uri": f"at://{OWNER}/{collection}/{rkey}", "cid": f"bafy{rkey}"}
        )

    def blocked(self) -> set[str]:
        return {r["subject"] for (c, _), r in self.records.items() if c == "app.bsky.graph.block"}

    def profile_of(self, did: str) -> httpx.Response:
        author = next((p["author"] for p in self.posts.values() if p["author"]["did"] == did), None)
        if author is None:
            return httpx.Response(
                400, json={"error": "InvalidRequest", "message": "Profile not found"}
            )
        blocking = next(
            (
                f"at://{OWNER}/app.bsky.graph.block/{rkey}"
                for (c, rkey), r in self.records.items()
                if c == "app.bsky.graph.block" and r["subject"] == did
            ),
            None,
        )
        viewer: dict[str, Any] = {"muted": did in self.muted, "blockedBy": False}
        if blocking:
            viewer["blocking"] = blocking
        return httpx.Response(200, json={**author, "viewer": viewer})
