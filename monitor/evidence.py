"""Evidence packs: everything wardwatch knows about one comment (its text, author and
permalink, when it was first seen and when the owner was told, every reason and score,
every notification and action with who did it), for a police officer or a lawyer.

A pack is three files: ``evidence-<id>.json`` (machine names, ISO 8601 times), a readable
``evidence-<id>.html`` page and the same page as ``evidence-<id>.pdf``. The seal is the
SHA-256 of each file's exact bytes: written beside them as ``evidence-<id>.sha256`` (the
format ``sha256sum -c`` reads) and into the audit log, so :func:`verify_file` can show
later that a file is the one wardwatch wrote. Other features (author history, incident
reports) call :func:`build_evidence_pack` and :func:`seal`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor import audit
from monitor.actions import ACTIONS, OutboxStatus, Severity
from monitor.clock import utcnow
from monitor.db import transaction
from monitor.errors import WardwatchError
from monitor.models import Action, Notification, Outbox, StoredComment
from monitor.moderation import CommentNotFound
from monitor.notify.digest import local
from monitor.notify.items import without_scores
from monitor.private_files import private_folder, write_private, write_private_bytes
from monitor.wording import CATEGORY_NAMES, STATUS_NAMES, categories, platform_name

EVIDENCE_ACTION = "evidence"


class EvidenceError(WardwatchError):
    """A pack could not be written; the message says what to install or fix."""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def action_json(action: Action) -> dict[str, Any]:
    """One audit row as the evidence pack and the incident report record it."""
    return {
        "at": _iso(action.at),
        "action": action.action,
        "actor": action.actor,
        "channel": action.channel,
        "result": action.result,
        "detail": action.detail,
    }


def build_pack(session: Session, comment_pk: int, *, now: datetime) -> dict[str, Any]:
    """The facts, as JSON-ready data with machine names and ISO 8601 UTC times."""
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
        "timezone": comment.account.owner.timezone,
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
        "actions": [action_json(a) for a in actions],
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


@dataclass(frozen=True, slots=True)
class EvidencePack:
    """A rendered pack: file name -> the exact bytes to write."""

    comment_pk: int
    files: dict[str, bytes]
    pack: dict[str, Any] = field(default_factory=dict)

    @property
    def hashes(self) -> dict[str, str]:
        return {name: hashlib.sha256(data).hexdigest() for name, data in self.files.items()}


def build_evidence_pack(
    session: Session, comment_pk: int, *, now: datetime, pdf: bool = True
) -> EvidencePack:
    """The pack's JSON, HTML page and (with ``pdf``) PDF, rendered in memory. The page
    names the JSON file's SHA-256, so the readable copy points at the exact data."""
    pack = build_pack(session, comment_pk, now=now)
    stem = f"evidence-{comment_pk}"
    data = (json.dumps(pack, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    html = render_html(pack, json_name=f"{stem}.json", json_sha256=sha256(data))
    files = {f"{stem}.json": data, f"{stem}.html": html.encode()}
    if pdf:
        files[f"{stem}.pdf"] = render_pdf(html)
    return EvidencePack(comment_pk, files, pack)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def seal(hashes: dict[str, str]) -> str:
    """The seal file: one ``<sha256>  <file name>`` line per file, as sha256sum writes."""
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(hashes.items()))


def write_pack(
    factory: sessionmaker[Session],
    comment_pk: int,
    directory: Path,
    *,
    actor: str,
    now: datetime | None = None,
    pdf: bool = True,
) -> tuple[list[Path], Path, dict[str, str]]:
    """Write the pack and its seal into ``directory`` and record every file's SHA-256 in
    the audit log. Returns the files written, the seal file and the hashes."""
    now = now or utcnow()
    with transaction(factory) as session:
        rendered = build_evidence_pack(session, comment_pk, now=now, pdf=pdf)
        hashes = rendered.hashes
        audit.record(
            session,
            comment_pk=comment_pk,
            account_id=None,
            action=EVIDENCE_ACTION,
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail="; ".join(f"{name} sha256 {h}" for name, h in sorted(hashes.items())),
            at=now,
        )
    private_folder(directory)
    paths = []
    for name, data in rendered.files.items():
        path = directory / name
        write_private_bytes(path, data)
        paths.append(path)
    seal_path = directory / f"evidence-{comment_pk}.sha256"
    write_private(seal_path, seal(hashes))
    return paths, seal_path, hashes


@dataclass(frozen=True, slots=True)
class Verification:
    path: Path
    sha256: str
    ok: bool
    findings: list[str]


def verify_file(path: Path, *, factory: sessionmaker[Session] | None = None) -> Verification:
    """Check a pack file against the seal written beside it and, given a store, against
    the audit log. Any changed byte changes the SHA-256, and the check fails."""
    digest = sha256(path.read_bytes())
    findings: list[str] = []
    ok = True
    sealed = _sealed_hash(path)
    if sealed is None:
        findings.append(f"no seal for {path.name} found beside it (evidence-<id>.sha256)")
        ok = factory is not None and ok
    elif sealed == digest:
        findings.append(f"matches the seal in {_seal_path(path).name}")
    else:
        ok = False
        findings.append(
            f"does NOT match the seal in {_seal_path(path).name}: the file has been changed"
        )
    if factory is not None:
        recorded = _recorded(factory, digest)
        if recorded:
            findings.append(recorded)
        else:
            ok = False
            findings.append("its SHA-256 is not in this wardwatch's audit log")
    return Verification(path, digest, ok, findings)


def _seal_path(path: Path) -> Path:
    return path.with_name(path.name.split(".", 1)[0] + ".sha256")


def _sealed_hash(path: Path) -> str | None:
    try:
        lines = _seal_path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    for line in lines:
        digest, _, name = line.partition("  ")
        if name.strip() == path.name:
            return digest.strip().lower()
    return None


def _recorded(factory: sessionmaker[Session], digest: str) -> str | None:
    with factory() as session:
        row = session.scalar(
            select(Action)
            .where(Action.action == EVIDENCE_ACTION, Action.detail.contains(digest))
            .order_by(Action.id)
            .limit(1)
        )
        if row is None:
            return None
        return f"recorded in the audit log: written on {local(row.at, 'UTC')} by {row.actor}"


# --- the readable page ----------------------------------------------------------------------

NOTIFICATION_NAMES = {
    "alert": "Urgent alert email",
    "digest": "Daily digest email",
    "reminder-50": "Reminder: half the time to act used",
    "reminder-90": "Reminder: 90% of the time to act used",
    "escalation": "Deadline passed: owner and delegate told",
}
ACTION_NAMES = {
    **{action: spec.recorded for action, spec in ACTIONS.items()},
    "hold": "Put on hold (kept past retention)",
    "release": "Hold released",
    EVIDENCE_ACTION: "Evidence pack written",
}
CHANNEL_NAMES = {
    "cli": "the command line",
    "web": "the review page",
    "email": "a link in an email",
    "auto": "automatic hiding",
    "scheduler": "the scheduler",
}
RESULT_NAMES = {
    audit.Result.OK: "done",
    audit.Result.ALREADY: "already done",
    audit.Result.FAILED: "failed",
}
SEVERITY_NAMES = {
    Severity.HIGH: "urgent",
    Severity.REVIEW: "to review",
    Severity.NONE: "not flagged",
}
EMAIL_STATUS = {
    OutboxStatus.SENT: "sent",
    OutboxStatus.PENDING: "waiting to be sent",
    OutboxStatus.FAILED: "could not be sent",
}


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("monitor", "web/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


def _when(iso: str | None, tz: str) -> str:
    """To the second, in the owner's zone: "Fri 4 Dec 2026, 16:39:06 GMT"."""
    if not iso:
        return "not recorded"
    moment = datetime.fromisoformat(iso).astimezone(ZoneInfo(tz))
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M:%S} {moment.tzname()}"


def render_html(pack: dict[str, Any], *, json_name: str, json_sha256: str) -> str:
    """The pack as a page a person reads: no machine names, times in the owner's zone."""
    tz = pack["timezone"]
    c = pack["comment"]
    facts = [
        ("Author", f"{c['author_name']} (platform id {c['author_id']})"),
        ("Where", _sentence(f"{platform_name(c['platform'])}, account {c['account']}")),
        ("Owner of the account", c["owner"]),
        ("Permalink", c["permalink"] or "none given by the platform"),
        ("Posted", _when(c["created_at"], tz)),
        ("First seen by wardwatch", _when(c["fetched_at"], tz)),
        (
            "Owner first told",
            _when(c["notified_at"], tz) if c["notified_at"] else _first_told(pack, tz),
        ),
    ]
    if c["deadline_at"]:
        facts.append(("Deadline to act (48 working hours)", _when(c["deadline_at"], tz)))
    facts.append(
        (
            "State now",
            STATUS_NAMES.get(c["status"], c["status"])
            + (f", since {_when(c['status_changed_at'], tz)}" if c["status_changed_at"] else ""),
        )
    )
    if c["on_hold"]:
        facts.append(("On hold", c["hold_reason"] or "yes"))
    facts.append(("Platform's comment id", c["platform_comment_id"]))
    assessments = [
        {
            "when": _when(a["at"], tz),
            "severity": SEVERITY_NAMES.get(a["severity"], a["severity"]),
            "categories": categories(a["labels"]) or "no category",
            "reasons": [
                _sentence(
                    f"{CATEGORY_NAMES.get(r.get('category', ''), r.get('category', ''))}: "
                    f"{without_scores(str(r.get('message', '')))}"
                )
                for r in a["reasons"]
            ],
            "scores": [
                (categories([name]).capitalize(), f"{float(value):.4f}")
                for name, value in sorted(a["scores"].items())
                if isinstance(value, int | float)
            ],
        }
        for a in pack["assessments"]
    ]
    notifications = [
        {
            "when": _when(n["at"], tz),
            "what": NOTIFICATION_NAMES.get(n["kind"], n["kind"]),
            "to": ", ".join(n["recipients"]),
            "status": (
                f"{EMAIL_STATUS.get(n['email_status'], n['email_status'])}"
                + (f" {_when(n['email_sent_at'], tz)}" if n.get("email_sent_at") else "")
                if n.get("email_status")
                else "not an email"
            ),
        }
        for n in pack["notifications"]
    ]
    actions = [
        {
            "when": _when(a["at"], tz),
            "what": ACTION_NAMES.get(a["action"], a["action"].replace("_", " ")),
            "who": a["actor"],
            "how": CHANNEL_NAMES.get(a["channel"], a["channel"]),
            "result": RESULT_NAMES.get(a["result"], a["result"]),
            "detail": a["detail"],
        }
        for a in pack["actions"]
    ]
    return (
        _environment()
        .get_template("evidence.html")
        .render(
            comment=c,
            facts=facts,
            generated=_when(pack["generated_at"], tz),
            assessments=assessments,
            notifications=notifications,
            actions=actions,
            json_name=json_name,
            json_sha256=json_sha256,
        )
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_told(pack: dict[str, Any], tz: str) -> str:
    sent = [n for n in pack["notifications"] if n["kind"] in {"alert", "digest"}]
    return _when(sent[0]["at"], tz) if sent else "not yet told"


def render_pdf(html: str) -> bytes:
    """The page as PDF (WeasyPrint). Its styles are inline, so no file is fetched."""
    try:
        # Imported here (optional at run time: WeasyPrint needs Pango).
        from weasyprint import HTML  # noqa: PLC0415
    except OSError as exc:  # WeasyPrint is installed but the Pango library is not
        raise EvidenceError(
            "writing the PDF needs the Pango library (Debian and Ubuntu: apt-get install "
            f"libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from None
    data = HTML(string=html, base_url=None).write_pdf()
    assert isinstance(data, bytes)
    return data
