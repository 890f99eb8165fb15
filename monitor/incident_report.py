"""Incident reports for the police or the Monitoring Officer, as JSON and PDF.

A report says who posted what, where and when (every version seen), what each comment
was flagged for and why, what was done about it and when, and which offences the
content may engage, worded as a prompt for a person (monitor/offences.py). Each
comment's evidence pack (monitor/evidence.py) is written beside the report, embedded in
the JSON as it was sealed, and attached to the PDF as files. The JSON report is sealed
the same way as an evidence pack: SHA-256 over the canonical JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor import audit
from monitor.authors import linked_identities
from monitor.clock import utcnow
from monitor.db import transaction
from monitor.evidence import action_json, write_pack
from monitor.models import Action, Incident, Owner
from monitor.moderation import ModerationError
from monitor.offences import PROMPT_NOTE, possible_offences
from monitor.queries import latest_reasons
from monitor.versions import versions_of


class IncidentNotFound(ModerationError):
    pass


@dataclass(frozen=True, slots=True)
class ReportFiles:
    json_path: Path
    pdf_path: Path
    evidence: list[Path]
    sha256: str


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def build_report(session: Session, incident_id: int, *, now: datetime) -> dict[str, Any]:
    """The report as data, without the evidence packs (``write_report`` adds them)."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise IncidentNotFound(f"no incident {incident_id}: see `wardwatch incidents`")
    owner = session.get_one(Owner, incident.owner_id)
    comments = sorted((m.comment for m in incident.members), key=lambda c: c.created_at)
    labels = sorted({label for c in comments for label in c.labels})
    offences = possible_offences(labels, occasions=len(comments))
    entries = []
    for comment in comments:
        actions = session.scalars(
            select(Action).where(Action.comment_pk == comment.id).order_by(Action.at, Action.id)
        )
        entries.append(
            {
                "id": comment.id,
                "platform": comment.platform,
                "account": comment.account.name,
                "platform_comment_id": comment.comment_id,
                "author_id": comment.author_id,
                "author_name": comment.author_name,
                "created_at": _iso(comment.created_at),
                "first_seen_at": _iso(comment.fetched_at),
                "text": comment.text,
                "permalink": comment.permalink,
                "severity": comment.severity,
                "labels": list(comment.labels),
                "reasons": [r.line for r in latest_reasons(comment)],
                "status": comment.status,
                "versions": [
                    {"seen_at": _iso(v.seen_at), "event": v.event, "text": v.text}
                    for v in versions_of(session, comment.id)
                ],
                "actions": [action_json(a) for a in actions],
            }
        )
    identities = linked_identities(
        session, incident.owner_id, (incident.platform, incident.author_id)
    )
    return {
        "report": "wardwatch incident report",
        "generated_at": _iso(now),
        "incident": {
            "id": incident.id,
            "status": incident.status,
            "opened_at": _iso(incident.opened_at),
            "closed_at": _iso(incident.closed_at),
            "close_reason": incident.close_reason,
            "owner": owner.name,
            "author_name": incident.author_name,
            "identities": [{"platform": p, "author_id": a} for p, a in identities],
            "categories": labels,
            "comment_count": len(comments),
            "first_comment_at": entries[0]["created_at"] if entries else None,
            "last_comment_at": entries[-1]["created_at"] if entries else None,
        },
        "possible_offences": [
            {"title": o.title, "plain_words": o.plain, "why_listed": o.because} for o in offences
        ],
        "possible_offences_note": PROMPT_NOTE,
        "comments": entries,
    }


def write_report(
    factory: sessionmaker[Session],
    incident_id: int,
    directory: Path,
    *,
    actor: str,
    now: datetime | None = None,
) -> ReportFiles:
    """Write incident-<id>.json and .pdf and each comment's evidence pack into
    ``directory``; audit-log the report."""
    now = now or utcnow()
    with factory() as session:
        report = build_report(session, incident_id, now=now)
    evidence_files: list[Path] = []
    for entry in report["comments"]:
        paths, seal_path, hashes = write_pack(factory, entry["id"], directory, actor=actor, now=now)
        json_path = next(path for path in paths if path.suffix == ".json")
        entry["evidence"] = {
            "json_file": json_path.name,
            "seal_file": seal_path.name,
            # Each file's SHA-256 over its exact bytes, as sealed and audit-logged.
            "sha256": hashes,
            "document": json.loads(json_path.read_text(encoding="utf-8")),
        }
        evidence_files += [*paths, seal_path]
    digest = hashlib.sha256(canonical(report)).hexdigest()
    document = {
        "sha256": digest,
        "algorithm": "sha256 over report as JSON with sorted keys, compact separators, UTF-8",
        "report": report,
    }
    json_path = directory / f"incident-{incident_id}.json"
    json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    pdf_path = directory / f"incident-{incident_id}.pdf"
    _write_pdf(report, digest, pdf_path, evidence_files)
    with transaction(factory) as session:
        audit.record(
            session,
            action="incident-report",
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail=f"incident {incident_id}: sha256 {digest}",
            at=now,
        )
    return ReportFiles(json_path, pdf_path, evidence_files, digest)


def canonical(report: dict[str, Any]) -> bytes:
    """The report as the seal covers it: JSON with sorted keys and compact separators."""
    return json.dumps(report, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def verify_report(document: dict[str, Any]) -> bool:
    return bool(hashlib.sha256(canonical(document["report"])).hexdigest() == document["sha256"])


def _when(value: str | None) -> str:
    """An ISO time as a person reads it: "Mon 2 Mar 2026, 09:55 UTC"."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value).astimezone(UTC)
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M} UTC"


def render_html(report: dict[str, Any], digest: str) -> str:
    env = Environment(
        loader=PackageLoader("monitor", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["when"] = _when
    return env.get_template("incident_report.html").render(report=report, digest=digest)


def _write_pdf(report: dict[str, Any], digest: str, path: Path, attachments: list[Path]) -> None:
    # Imported here (optional at run time: WeasyPrint needs Pango).
    from weasyprint import HTML, Attachment  # noqa: PLC0415

    HTML(string=render_html(report, digest)).write_pdf(
        path,
        attachments=[
            Attachment(filename=str(file), name=file.name, description=f"evidence pack {file.name}")
            for file in attachments
        ],
    )
