"""A Mastodon server faked at the requests layer with `responses`, holding the owner's
posts, mention notifications and reply trees. Entities follow docs.joinmastodon.org
(Account, Status, Notification, Context)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
import responses

from connectors.base import StaticCredentials
from connectors.mastodon.connector import MastodonConnector
from monitor.config import AccountConfig

BASE = "https://councillors.example"
ERRORS = {
    401: "The access token is invalid",
    403: "This action is outside the authorized scopes",
    429: "Too many requests",
    503: "Service Unavailable",
}


def account(aid: str, acct: str, note: str = "") -> dict[str, Any]:
    return {
        "id": aid,
        "username": acct.split("@")[0],
        "acct": acct,
        "display_name": acct.split("@")[0].title(),
        "locked": False,
        "bot": False,
        "created_at": "2020-01-01T00:00:00.000Z",
        "note": note,
        "url": f"https://{acct.split('@')[-1]}/@{acct.split('@')[0]}",
        "avatar": "",
        "header": "",
        "followers_count": 1,
        "following_count": 1,
        "statuses_count": 1,
        "emojis": [],
        "fields": [],
    }


def _mention(who: dict[str, Any]) -> dict[str, Any]:
    return {key: who[key] for key in ("id", "username", "url", "acct")}


OWNER = account("100", "cllrowner", "<p>Views are my own.</p>")
RESIDENT = account("200", "resident@other.example")


class FakeMastodon:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.statuses: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self._fail: int | None = None
        self.reports: list[dict[str, list[str]]] = []
        self.muted: list[str] = []
        self.mute_forms: list[dict[str, list[str]]] = []
        self.blocked: set[str] = set()
        self._serial = 1000
        self.mock = responses.RequestsMock(assert_all_requests_are_fired=False)
        self.mock.add_callback(responses.GET, re.compile(f"{BASE}/.*"), callback=self.handle)
        self.mock.add_callback(responses.POST, re.compile(f"{BASE}/.*"), callback=self.handle)
        self.root = self.status(OWNER, "<p>Bus lane consultation</p>", 120, reply_to=None)
        self.status(RESIDENT, "<p>@cllrowner crook</p>", 60)
        self.status(OWNER, "<p>@resident see the minutes</p>", 50)
        self.status(account("300", "neighbour"), "<p>well said</p>", 40, mention=False)

    def __enter__(self) -> FakeMastodon:
        self.mock.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.mock.stop()
        self.mock.reset()

    def status(
        self,
        who: dict[str, Any],
        html: str,
        minutes_ago: float,
        *,
        reply_to: str | None = "root",
        mention: bool = True,
        quote_of: str | None = None,
    ) -> str:
        self._serial += 1
        sid = str(self._serial)
        at = (self.now - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")
        parent = self.root if reply_to == "root" else reply_to
        # A reply names the account it answers and, as clients write it, mentions it.
        answered = self.statuses[parent]["account"] if parent else None
        self.statuses[sid] = {
            "id": sid,
            "uri": f"https://other.example/statuses/{sid}",
            "url": f"https://other.example/@x/{sid}",
            "created_at": at,
            "account": who,
            "content": html,
            "visibility": "public",
            "sensitive": False,
            "spoiler_text": "",
            "in_reply_to_id": parent,
            "in_reply_to_account_id": answered["id"] if answered else None,
            "media_attachments": [],
            "mentions": [_mention(answered)] if answered and answered is not who else [],
            "tags": [],
            "emojis": [],
            "reblog": None,
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
        }
        if quote_of:
            # A Quote entity (Mastodon 4.5): the quoted status in full, and the state.
            self.statuses[sid]["quote"] = {
                "state": "accepted",
                "quoted_status": self.statuses[quote_of],
            }
        if parent and mention and who is not OWNER:
            self.notifications.insert(
                0,
                {
                    "id": str(5000 + self._serial),
                    "type": "mention",
                    "created_at": at,
                    "account": who,
                    "status": self.statuses[sid],
                },
            )
        return sid

    # --- FakePlatform ------------------------------------------------------------------

    def connector(self) -> MastodonConnector:
        config = AccountConfig(
            name="cllr-masto", owner="cllr", platform="mastodon", options={"instance": BASE}
        )
        return MastodonConnector(
            config,
            StaticCredentials({"access_token": "tok"}, account="cllr-masto", platform="mastodon"),
        )

    def add_comment(self, text: str) -> str:
        self.now += timedelta(seconds=1)
        return self.status(RESIDENT, f"<p>{text}</p>", 0)

    def owner_comment_ids(self) -> set[str]:
        return {sid for sid, s in self.statuses.items() if s["account"] is OWNER}

    def is_hidden(self, comment_id: str) -> bool:
        return False  # Mastodon has no hidden state

    def fail_next(self, status: int) -> None:
        self._fail = status

    def relationship(self, target: str) -> dict[str, Any]:
        """A Relationship entity (POST /api/v1/accounts/:id/mute, block, ... answer one)."""
        return {
            "id": target,
            "following": False,
            "showing_reblogs": False,
            "notifying": False,
            "followed_by": False,
            "blocking": target in self.blocked,
            "blocked_by": False,
            "muting": target in self.muted,
            "muting_notifications": False,
            "requested": False,
            "domain_blocking": False,
            "endorsed": False,
            "note": "",
        }

    # --- the server --------------------------------------------------------------------

    def handle(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        if self._fail is not None:
            status, self._fail = self._fail, None
            return status, {}, json.dumps({"error": ERRORS.get(status, "error")})
        url = urlsplit(str(request.url))
        query = parse_qs(url.query)
        if url.path == "/api/v1/accounts/verify_credentials":
            return 200, {}, json.dumps(OWNER)
        if url.path == "/api/v1/notifications":
            min_id = int(query.get("min_id", ["0"])[0])
            page = [n for n in self.notifications if int(n["id"]) > min_id]
            return 200, {}, json.dumps(page[-int(query["limit"][0]) :])
        if url.path == "/api/v1/accounts/100/statuses":
            own = [
                s
                for s in self.statuses.values()
                if s["account"] is OWNER and s["in_reply_to_id"] is None
            ]
            return 200, {}, json.dumps(own[: int(query.get("limit", ["20"])[0])])
        if url.path == "/api/v1/reports/":
            form = parse_qs(str(request.body or ""))
            self.reports.append(form)
            return (
                200,
                {},
                json.dumps(
                    {
                        "id": "1",
                        "action_taken": False,
                        "category": "other",
                        "comment": form.get("comment", [""])[0],
                        "forward": False,
                        "target_account": RESIDENT,
                    }
                ),
            )
        muted = re.fullmatch(r"/api/v1/accounts/(\d+)/mute", url.path)
        if muted:
            self.muted.append(muted.group(1))
            self.mute_forms.append(parse_qs(str(request.body or "")))
            return 200, {}, json.dumps(self.relationship(muted.group(1)))
        relation = re.fullmatch(r"/api/v1/accounts/(\d+)/(unmute|block|unblock)", url.path)
        if relation:
            target, verb = relation.groups()
            if verb == "unmute":
                self.muted = [m for m in self.muted if m != target]
            else:
                (self.blocked.add if verb == "block" else self.blocked.discard)(target)
            return 200, {}, json.dumps(self.relationship(target))
        revoke = re.fullmatch(r"/api/v1/statuses/(\d+)/quotes/(\d+)/revoke", url.path)
        if revoke:
            quoted, quoting = revoke.groups()
            status = self.statuses.get(quoting)
            quote = (status or {}).get("quote")
            if quote is None or quote["quoted_status"]["id"] != quoted:
                return 404, {}, json.dumps({"error": "Record not found"})
            if quote["quoted_status"]["account"] is not OWNER:
                return 403, {}, json.dumps({"error": "This action is not allowed"})
            quote["state"] = "revoked"
            return 200, {}, json.dumps(status)
        single = re.fullmatch(r"/api/v1/statuses/(\d+)", url.path)
        if single and single.group(1) in self.statuses:
            return 200, {}, json.dumps(self.statuses[single.group(1)])
        match = re.fullmatch(r"/api/v1/statuses/(\d+)/context", url.path)
        if match:
            descendants = [s for s in self.statuses.values() if s["in_reply_to_id"]]
            return 200, {}, json.dumps({"ancestors": [], "descendants": descendants})
        return 404, {}, json.dumps({"error": "Record not found"})
