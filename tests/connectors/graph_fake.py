"""A small Graph API (Facebook Pages and Instagram) faked with ``responses``.

It answers the documented paths with documented shapes: ``{"data": [...], "paging":
{"cursors": {...}, "next": url}}`` listings, ``{"success": true}`` for updates and
``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`` for errors.
Listings honour ``limit``/``after``, ``since`` and ``filter=stream|toplevel``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import responses

ROOT = "https://graph.facebook.com"
BASE_TIME = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def stamp(minutes: int) -> str:
    return (BASE_TIME + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class GraphState:
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, list[str]]]] = field(default_factory=list)
    failures: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    # Page id -> ids of people banned from the Page (the /{page-id}/blocked edge).
    blocked: dict[str, set[str]] = field(default_factory=dict)

    def add(
        self, object_id: str, fields: dict[str, Any], *, under: tuple[str, str] | None = None
    ) -> str:
        self.objects[object_id] = {"id": object_id, **fields}
        if under is not None:
            self.edges.setdefault(under, []).insert(0, object_id)  # newest first
        return object_id


def graph_error(status: int) -> dict[str, Any]:
    """Error bodies as Meta documents them for each failure class."""
    code, subcode, kind, message = {
        400: (
            100,
            33,
            "GraphMethodException",
            "Unsupported get request. Object with ID '1' does not exist",
        ),
        401: (
            190,
            460,
            "OAuthException",
            "Error validating access token: The session has "
            "been invalidated because the user changed their password",
        ),
        403: (200, None, "OAuthException", "(#200) Requires pages_manage_engagement permission"),
        404: (100, 33, "GraphMethodException", "Object does not exist"),
        429: (
            80001,
            None,
            "OAuthException",
            "(#80001) There have been too many calls to this Page account",
        ),
    }.get(
        status,
        (
            2,
            None,
            "OAuthException",
            "An unexpected error has occurred. Please retry your request later.",
        ),
    )
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "AbCdEf123",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


def _unix(value: str) -> int:
    return int(datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").timestamp())


def split_fields(fields: str) -> tuple[list[str], dict[str, tuple[dict[str, list[str]], str]]]:
    """Plain fields, and field-expanded edges as documented for field expansion:
    ``comments.filter(stream).limit(100){id,message}`` -> ("comments", params, subfields)."""
    parts, depth, current = [], 0, ""
    for char in fields:
        depth += char in "({"
        depth -= char in ")}"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    plain: list[str] = []
    expansions: dict[str, tuple[dict[str, list[str]], str]] = {}
    for part in filter(None, parts):
        match = re.fullmatch(r"(\w+)((?:\.\w+\([^)]*\))*)(?:\{(.*)\})?", part)
        assert match, part
        name, modifiers, subfields = match.groups()
        if not modifiers and subfields is None:
            plain.append(name)
            continue
        edge_params = {key: [value] for key, value in re.findall(r"\.(\w+)\(([^)]*)\)", modifiers)}
        expansions[name] = (edge_params | {"fields": [subfields or "id"]}, subfields or "id")
    return plain, expansions


@contextmanager
def fake_graph(state: GraphState, root: str = ROOT) -> Iterator[responses.RequestsMock]:
    pattern = re.compile(re.escape(root) + r"/v\d+\.\d+/([^/?]+)(?:/([^/?]+))?")

    def reply(status: int, body: Any) -> tuple[int, dict[str, str], str]:
        headers = {"Content-Type": "application/json; charset=UTF-8", **state.headers}
        return status, headers, json.dumps(body)

    def handle(request: Any) -> tuple[int, dict[str, str], str]:
        url = urlparse(request.url)
        params = parse_qs(url.query)
        if request.body:
            body = request.body if isinstance(request.body, str) else request.body.decode()
            params.update(parse_qs(body))
        match = pattern.match(f"{url.scheme}://{url.netloc}{url.path}")
        assert match, request.url
        object_id, edge = match.groups()
        state.requests.append((request.method, url.path, params))
        if state.failures:
            status, error = state.failures.pop(0)
            return reply(status, error)
        if "access_token" not in params:
            return reply(400, graph_error(401))
        if object_id not in state.objects:
            return reply(400, graph_error(400))
        if edge == "blocked":
            return reply(200, blocked(object_id, request.method, params))
        if request.method == "POST":
            for key in ("is_hidden", "hide"):
                if key in params:
                    state.objects[object_id]["is_hidden" if key == "is_hidden" else "hidden"] = (
                        params[key][0] == "true"
                    )
            return reply(200, {"success": True})
        if request.method == "DELETE":
            state.objects.pop(object_id)
            return reply(200, {"success": True})
        if edge is None:
            wanted = params.get("fields", ["id"])[0].split(",")
            obj = state.objects[object_id]
            return reply(200, {k: obj[k] for k in ["id", *wanted] if k in obj})
        plain, expansions = split_fields(params.get("fields", [""])[0])
        body = listing(object_id, edge, params | {"fields": [",".join(plain)]}, request.url)
        for item in body["data"]:
            for name, (edge_params, subfields) in expansions.items():
                item_url = f"{root}/{match.group(0).split('/')[-3]}/{item['id']}/{name}"
                nested = listing(item["id"], name, edge_params, item_url)
                wanted = ["id", *subfields.split(",")]
                nested["data"] = [{k: i[k] for k in wanted if k in i} for i in nested["data"]]
                if nested["data"] or "paging" in nested:
                    item[name] = nested
        return reply(200, body)

    def blocked(page: str, method: str, params: dict[str, list[str]]) -> Any:
        """POST answers {"<id>": true} per user banned; DELETE answers {"success": true};
        GET lists the banned profiles (Graph API Page Blocked reference)."""
        banned = state.blocked.setdefault(page, set())
        users = [u for value in params.get("user", []) for u in value.split(",")]
        if method == "POST":
            banned.update(users)
            return {user: True for user in users}
        if method == "DELETE":
            banned.difference_update(users)
            return {"success": True}
        return {"data": [{"id": user, "name": user} for user in sorted(banned)]}

    def listing(
        object_id: str, edge: str, params: dict[str, list[str]], url: str
    ) -> dict[str, Any]:
        items = [
            dict(state.objects[i])
            for i in state.edges.get((object_id, edge), [])
            if i in state.objects
        ]
        if edge == "comments" and params.get("filter", ["toplevel"])[0] == "stream":
            for top in list(items):
                items += [
                    dict(state.objects[i])
                    for i in state.edges.get((top["id"], "comments"), [])
                    if i in state.objects
                ]
        if "since" in params:
            since = int(params["since"][0])
            items = [i for i in items if _unix(i.get("created_time") or i["timestamp"]) >= since]
        if params.get("order", [""])[0] != "chronological":
            items.sort(
                key=lambda i: i.get("created_time") or i.get("timestamp") or "", reverse=True
            )
        limit = int(params.get("limit", ["25"])[0])
        start = int(params.get("after", ["0"])[0])
        page = items[start : start + limit]
        body: dict[str, Any] = {
            "data": page,
            "paging": {"cursors": {"before": str(start), "after": str(start + len(page))}},
        }
        if start + limit < len(items):
            next_params = {k: v[0] for k, v in params.items()} | {"after": str(start + limit)}
            body["paging"]["next"] = url.split("?")[0] + "?" + urlencode(next_params)
        return body

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ("GET", "POST", "DELETE"):
            mock.add_callback(method, pattern, callback=handle)
        yield mock
