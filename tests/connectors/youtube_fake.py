"""A stateful YouTube Data API v3 at the httplib2 layer: an object with httplib2.Http's
``request`` method (as HttpMockSequence has), answering commentThreads.list,
comments.list, comments.setModerationStatus, channels.list and Google's token endpoint
with the documented resources."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httplib2

from connectors.base import StaticCredentials
from connectors.youtube.connector import YouTubeConnector
from monitor.config import AccountConfig

OWNER = "UCowner0000000000000000"
REASONS = {401: "authError", 403: "forbidden", 429: "rateLimitExceeded", 503: "backendError"}


class FakeYouTube:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.comments: dict[str, dict[str, Any]] = {}
        self.status: dict[str, str] = {}
        self.requests: list[tuple[str, str]] = []
        self._fail: int | None = None
        self.revoked = False
        self._serial = 0
        top = self.comment("UCresident", "You lied to residents", 60)
        self.comment(OWNER, "I did not: see the minutes", 50, parent=top)
        self.comment("UCneighbour", "Liar", 40, parent=top)
        self.comment(OWNER, "Surgery this Friday", 30)

    def comment(
        self, author: str, text: str, minutes_ago: float, *, parent: str | None = None
    ) -> str:
        self._serial += 1
        cid = f"{parent}.r{self._serial}" if parent else f"Ugz{self._serial:04d}"
        at = (self.now - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
        snippet: dict[str, Any] = {
            "channelId": OWNER,
            "videoId": "vid1",
            "textDisplay": text,
            "textOriginal": text,
            "authorDisplayName": f"@{author.lower()}",
            "authorChannelId": {"value": author},
            "authorChannelUrl": f"http://www.youtube.com/channel/{author}",
            "canRate": True,
            "viewerRating": "none",
            "likeCount": 0,
            "publishedAt": at,
            "updatedAt": at,
        }
        if parent:
            snippet["parentId"] = parent
        self.comments[cid] = {
            "kind": "youtube#comment",
            "etag": f"e{cid}",
            "id": cid,
            "snippet": snippet,
        }
        self.status[cid] = "published"
        return cid

    # --- FakePlatform ------------------------------------------------------------------

    def connector(self) -> YouTubeConnector:
        account = AccountConfig(
            name="cllr-youtube", owner="cllr", platform="youtube", options={"channel_id": OWNER}
        )
        credentials = StaticCredentials(
            {
                "client_id": "id.apps.googleusercontent.com",
                "client_secret": "secret",
                "refresh_token": "1//refresh",
            },
            account="cllr-youtube",
            platform="youtube",
        )
        return YouTubeConnector(account, credentials, http=self)

    def add_comment(self, text: str) -> str:
        self.now += timedelta(seconds=1)
        return self.comment("UCresident", text, 0)

    def owner_comment_ids(self) -> set[str]:
        return {
            cid
            for cid, c in self.comments.items()
            if c["snippet"]["authorChannelId"]["value"] == OWNER
        }

    def is_hidden(self, comment_id: str) -> bool:
        return self.status[comment_id] == "heldForReview"

    def fail_next(self, status: int) -> None:
        self._fail = status

    # --- httplib2.Http ------------------------------------------------------------------

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        redirections: int = 1,
        connection_type: Any = None,
    ) -> tuple[httplib2.Response, bytes]:
        url = urlsplit(uri)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.requests.append((method, uri))
        if url.path == "/token":
            if self.revoked:
                return self._json(
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
            return self._json(
                200, {"access_token": "ya29.fake", "expires_in": 3599, "token_type": "Bearer"}
            )
        if self._fail is not None:
            status, self._fail = self._fail, None
            # A 401 means the grant was revoked: Google then refuses to refresh it too.
            self.revoked = status == 401
            return self._json(
                status,
                {
                    "error": {
                        "code": status,
                        "message": "failed",
                        "errors": [{"reason": REASONS.get(status, "x"), "domain": "youtube"}],
                    }
                },
            )
        if url.path == "/youtube/v3/commentThreads":
            return self._json(
                200, {"kind": "youtube#commentThreadListResponse", "items": self._threads()}
            )
        if url.path == "/youtube/v3/comments":
            replies = [
                c for c in self._visible() if c["snippet"].get("parentId") == query["parentId"]
            ]
            return self._json(200, {"kind": "youtube#commentListResponse", "items": replies})
        if url.path == "/youtube/v3/comments/setModerationStatus":
            assert method == "POST" and query["moderationStatus"] in {"heldForReview", "published"}
            if query["id"] not in self.status:
                return self._json(
                    404,
                    {
                        "error": {
                            "code": 404,
                            "message": "not found",
                            "errors": [{"reason": "commentNotFound"}],
                        }
                    },
                )
            self.status[query["id"]] = query["moderationStatus"]
            return httplib2.Response({"status": "204"}), b""
        if url.path == "/youtube/v3/channels":
            return self._json(
                200,
                {
                    "items": [
                        {
                            "id": OWNER,
                            "snippet": {"title": "Cllr Owner", "description": "Views are my own."},
                        }
                    ]
                },
            )
        return self._json(404, {"error": {"code": 404, "message": url.path}})

    def _visible(self) -> list[dict[str, Any]]:
        return [c for cid, c in self.comments.items() if self.status[cid] == "published"]

    def _threads(self) -> list[dict[str, Any]]:
        tops = [c for c in self._visible() if not c["snippet"].get("parentId")]
        tops.sort(key=lambda c: c["snippet"]["publishedAt"], reverse=True)
        threads = []
        for top in tops:
            replies = [c for c in self._visible() if c["snippet"].get("parentId") == top["id"]]
            threads.append(
                {
                    "kind": "youtube#commentThread",
                    "id": top["id"],
                    "snippet": {
                        "channelId": OWNER,
                        "videoId": "vid1",
                        "topLevelComment": top,
                        "canReply": True,
                        "totalReplyCount": len(replies),
                        "isPublic": True,
                    },
                    # The API carries only some replies inline; the connector must fetch the rest.
                    "replies": {"comments": replies[:1]},
                }
            )
        return threads

    @staticmethod
    def _json(status: int, body: dict[str, Any]) -> tuple[httplib2.Response, bytes]:
        response = httplib2.Response({"status": str(status), "content-type": "application/json"})
        return response, json.dumps(body).encode()
