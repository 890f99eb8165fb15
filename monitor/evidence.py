"""Evidence packs: everything wardwatch knows about one comment (the text, where and when
it was seen, every score and reason, every notification and action with its time), as
JSON and as a readable HTML page, sealed with a SHA-256 over the canonical JSON.

The hash lets the councillor show later that the pack was not edited: re-serialise
``pack`` with sorted keys and compact separators and compare (:func:`verify`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import utcnow
from monitor.db import transaction
from monitor.models import Action, Notification, Outbox, StoredComment
from monitor.moderation import CommentNotFound
from monitor.private_files import private_folder, write_private


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def canonical(pack: dict[str, Any]) -> bytes:
    return json.dumps(pack, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def build_pack(session: Session, comment_pk: int, *, now: datetime) -> dict[str, Any]:
    comment = session.get(StoredComment, comment_pk)
    if comment is None:
        raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
    notifications = session.scalars(
        select(Notification)
        .where(Notification.comment_pk == comment_pk)
        .order_by(Notification.created_at, Notification.id)
    )
    actions = session.scalars(
        select(Action).where(Action.comment_pk == comment_pk).order_by(Action.at, Action.id)
    )
    return {
        "generated_at": _iso(now),
        "comment": {
            "id": comment.id,
            "platform": comment.platform,
            "account": comment.account.name,
            "owner": comment.account.owner.name,
            "platform_comment_id": comment.comment_id,
            "post_id": comment.post_id,
            "parent_id": comment.parent_id,
            "author_id": comment.author_id,
            "author_name": comment.author_name,
            "text": comment.text,
            "permalink": comment.permalink,
            "created_at": _iso(comment.created_at),
            "fetched_at": _iso(comment.fetched_at),
            "severity": comment.severity,
            "labels": list(comment.labels or []),
            "status": comment.status,
            "platform_state": comment.platform_state,
            "status_changed_at": _iso(comment.status_changed_at),
            "notified_at": _iso(comment.notified_at),
            "deadline_at": _iso(comment.deadline_at),
            "on_hold": comment.on_hold,
            "hold_reason": comment.hold_reason,
        },
        "assessments": [
            {
                "at": _iso(a.created_at),
                "severity": a.severity,
                "labels": a.labels,
                "scores": a.scores,
                "reasons": a.reasons,
                "scorer_versions": a.scorer_versions,
            }
            for a in comment.assessments
        ],
        "notifications": [
            {
                "at": _iso(n.created_at),
                "kind": n.kind,
                "recipients": n.recipients,
                **_outbox(session, n.outbox_id),
            }
            for n in notifications
        ],
        "actions": [
            {
                "at": _iso(a.at),
                "action": a.action,
                "actor": a.actor,
                "channel": a.channel,
                "result": a.result,
                "detail": a.detail,
            }
            for a in actions
        ],
    }


def _outbox(session: Session, outbox_id: int | None) -> dict[str, Any]:
    row = session.get(Outbox, outbox_id) if outbox_id else None
    if row is None:
        return {}
    return {
        "email_subject": row.subject,
        "email_status": row.status,
        "email_sent_at": _iso(row.sent_at),
        "message_id": row.message_id,
    }


def verify(document: dict[str, Any]) -> bool:
    return bool(hashlib.sha256(canonical(document["pack"])).hexdigest() == document["sha256"])


def write_pack(
    factory: sessionmaker[Session],
    comment_pk: int,
    directory: Path,
    *,
    actor: str,
    now: datetime | None = None,
) -> tuple[Path, Path, str]:
    """Write evidence-<id>.json and .html into ``directory``; audit-log the export."""
    now = now or utcnow()
    with transaction(factory) as session:
        pack = build_pack(session, comment_pk, now=now)
        digest = hashlib.sha256(canonical(pack)).hexdigest()
        session.add(
            Action(
                comment_pk=comment_pk,
                account_id=None,
                action="evidence",
                actor=actor,
                channel="cli",
                result="ok",
                detail=f"sha256 {digest}",
                at=now,
            )
        )
    private_folder(directory)
    json_path = directory / f"evidence-{comment_pk}.json"
    html_path = directory / f"evidence-{comment_pk}.html"
    document = {
        "sha256": digest,
        "algorithm": "sha256 over pack as JSON with sorted keys, compact separators, UTF-8",
        "pack": pack,
    }
    write_private(json_path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    write_private(html_path, _render(pack, digest))
    return json_path, html_path, digest


_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence: comment {{ c.id }}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}td,th{text-align:left;
vertical-align:top;padding:.2em .6em}blockquote{border-left:4px solid #999;padding-left:1em}
</style></head><body>
<h1>Evidence pack: comment {{ c.id }}</h1>
<p>Generated {{ pack.generated_at }}. SHA-256 of the JSON pack: <code>{{ digest }}</code></p>
<h2>The comment</h2><blockquote>{{ c.text }}</blockquote>
<table>{% for k, v in c.items() if k != "text" %}<tr><th>{{ k }}</th><td>{{ v }}</td></tr>
{% endfor %}</table>
<h2>Scores and reasons</h2>{% for a in pack.assessments %}
<h3>{{ a.at }}: {{ a.severity }} {{ a.labels|join(", ") }}</h3><ul>
{% for r in a.reasons %}<li>{{ r.category }} ({{ r.score }}): {{ r.message }}</li>{% endfor %}
</ul><p>Scores: {{ a.scores }}</p>{% else %}<p>Not scored.</p>{% endfor %}
<h2>Notifications</h2><table>{% for n in pack.notifications %}<tr><td>{{ n.at }}</td>
<td>{{ n.kind }}</td><td>{{ n.recipients|join(", ") }}</td><td>{{ n.email_status }}</td></tr>
{% else %}<tr><td>None.</td></tr>{% endfor %}</table>
<h2>Actions</h2><table>{% for a in pack.actions %}<tr><td>{{ a.at }}</td><td>{{ a.action }}</td>
<td>{{ a.actor }} ({{ a.channel }})</td><td>{{ a.result }}</td><td>{{ a.detail }}</td></tr>
{% else %}<tr><td>None.</td></tr>{% endfor %}</table>
</body></html>
"""


def _render(pack: dict[str, Any], digest: str) -> str:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return env.from_string(_TEMPLATE).render(pack=pack, c=pack["comment"], digest=digest)
