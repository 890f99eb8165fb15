"""The harassment record: who posted what (`author`, `author-link`), the incident log
(`incidents`, `incident-report`, `incident-close`) and the `monthly-summary` for the
Monitoring Officer."""

from __future__ import annotations

import json
from pathlib import Path

import click
from sqlalchemy import select

from monitor import audit
from monitor.accounts import sync
from monitor.authors import author_history, find_identities, link_identities, parse_identity
from monitor.cli.options import actor_option, pass_app
from monitor.clock import utcnow
from monitor.context import App
from monitor.db import transaction
from monitor.incident_report import IncidentNotFound, write_report
from monitor.incidents import close_incident, incident_rows
from monitor.models import Owner
from monitor.monthly import Month, build_summary, write_summary


def _owner_id(app: App, name: str | None) -> tuple[int, str]:
    with transaction(app.factory) as session:
        sync(session, app.settings)
        owners = list(session.scalars(select(Owner).order_by(Owner.id)))
    chosen = [o for o in owners if name is None or o.name == name]
    if name is None and len(owners) > 1:
        raise click.BadParameter("several owners are configured: choose one", param_hint="--owner")
    if not chosen:
        raise click.BadParameter(f"no owner named {name!r} in the config", param_hint="--owner")
    return chosen[0].id, chosen[0].name


@click.command("author")
@click.argument("author")
@click.option("--json", "as_json", is_flag=True, help="The history as one JSON object.")
@pass_app
def author(app: App, author: str, as_json: bool) -> None:
    """Everything AUTHOR posted on each owner's accounts: give PLATFORM:ID (for example
    x:2244994945), a bare id or a display name."""
    histories = []
    with app.factory() as session:
        for owner_id, identity in find_identities(session, author):
            owner_name = session.get_one(Owner, owner_id).name
            histories.append(author_history(session, owner_id, owner_name, identity))
        if as_json:
            click.echo(json.dumps([h.as_dict() for h in histories], indent=2, ensure_ascii=False))
            return
        for history in histories:
            who = ", ".join(f"{p}:{a}" for p, a in history.identities)
            click.echo(f"{' / '.join(history.names)} ({who}) on {history.owner}'s accounts")
            click.echo(
                f"  {len(history.comments)} comments, {len(history.flagged)} flagged"
                + (
                    f", from {history.first_seen:%Y-%m-%d} to {history.last_seen:%Y-%m-%d}"
                    if history.first_seen and history.last_seen
                    else ""
                )
            )
            if history.by_category:
                counts = ", ".join(
                    f"{k.replace('_', ' ')} {v}" for k, v in history.by_category.items()
                )
                click.echo(f"  flagged by category: {counts}")
            if history.incidents:
                click.echo(f"  incidents: {', '.join(str(i) for i in history.incidents)}")
            for c in history.comments:
                mark = f"{c.severity.upper() if c.severity == 'high' else c.severity or 'unscored'}"
                click.echo(
                    f"  #{c.id:<5} {c.created_at:%Y-%m-%d %H:%M} {c.platform}/{c.account.name} "
                    f"[{mark}{': ' + ', '.join(c.labels) if c.labels else ''}; {c.status}] "
                    f"{c.text[:80]}"
                )


@click.command("author-link")
@click.argument("first")
@click.argument("second")
@click.option("--owner", metavar="NAME", help="Whose accounts (needed with several owners).")
@actor_option
@pass_app
def author_link(app: App, first: str, second: str, owner: str | None, actor: str) -> None:
    """Record that FIRST and SECOND (each PLATFORM:ID) are one person, so their history
    and the repeat-offender rule count them together. wardwatch never guesses this."""
    identities = [parse_identity(first), parse_identity(second)]
    if identities[0] is None or identities[1] is None:
        raise click.BadParameter("give each author as PLATFORM:ID, for example x:2244994945")
    owner_id, owner_name = _owner_id(app, owner)
    with transaction(app.factory) as session:
        person = link_identities(session, owner_id, identities[0], identities[1], actor=actor)
        audit.record(
            session,
            action="author-link",
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail=f"{first} and {second} linked as {person} for {owner_name}",
            at=utcnow(),
        )
    click.echo(f"Linked {first} and {second} for {owner_name}.")


@click.command("incidents")
@click.option("--all", "include_closed", is_flag=True, help="Include closed incidents.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_app
def incidents(app: App, include_closed: bool, as_json: bool) -> None:
    """The incident log: repeat offenders and threats, newest first."""
    with app.factory() as session:
        rows = incident_rows(session, include_closed=include_closed)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.to_json(), ensure_ascii=False))
        return
    if not rows:
        click.echo("No incidents." if include_closed else "No open incidents.")
    for row in rows:
        click.echo(
            f"Incident {row.id} [{row.status}] {row.author} ({row.platform}:"
            f"{row.author_id}), {len(row.comments)} comments, opened "
            f"{row.opened_at:%Y-%m-%d %H:%M} UTC"
        )
        click.echo(f"  flagged as: {', '.join(row.categories)}")
        for comment in row.comments:
            click.echo(
                f"  #{comment.id} {comment.created_at:%Y-%m-%d %H:%M} "
                f"on {comment.account}: {', '.join(comment.labels)} ({comment.status})"
            )
        for action in row.actions:
            click.echo(
                f"  done: {action.action} #{action.comment} at {action.at:%Y-%m-%d %H:%M} UTC"
            )
        if row.possible_offences:
            click.echo("  may engage (a prompt, not a legal finding):")
            for offence in row.possible_offences:
                click.echo(f"    - {offence}")


@click.command("incident-report")
@click.argument("incident_id", type=int)
@click.option(
    "--dir",
    "directory",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where to write the report and the evidence packs.",
)
@actor_option
@pass_app
def incident_report(app: App, incident_id: int, directory: str, actor: str) -> None:
    """Write a report of incident ID for the police or the Monitoring Officer: PDF and
    JSON, with each comment's evidence pack."""
    files = write_report(app.factory, incident_id, Path(directory), actor=actor)
    click.echo(f"Wrote {files.pdf_path} and {files.json_path} (sha256 {files.sha256})")
    click.echo(f"with {len(files.evidence)} evidence files beside them.")


@click.command("incident-close")
@click.argument("incident_id", type=int)
@click.option("--reason", required=True, help="Why, for the record.")
@actor_option
@pass_app
def incident_close(app: App, incident_id: int, reason: str, actor: str) -> None:
    """Close incident ID. Its comments then follow the normal retention rules."""
    now = utcnow()
    with transaction(app.factory) as session:
        incident = close_incident(session, incident_id, reason=reason, now=now)
        if incident is None:
            raise IncidentNotFound(f"no incident {incident_id}: see `wardwatch incidents --all`")
        audit.record(
            session,
            action="incident-close",
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail=f"incident {incident_id}: {reason}",
            at=now,
        )
    click.echo(f"Incident {incident_id} closed.")


@click.command("monthly-summary")
@click.option("--month", metavar="YYYY-MM", help="Which month (default: last month).")
@click.option("--owner", metavar="NAME", help="Whose accounts (needed with several owners).")
@click.option(
    "--dir",
    "directory",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where to write the HTML and PDF.",
)
@pass_app
def monthly_summary(app: App, month: str | None, owner: str | None, directory: str) -> None:
    """A month's summary for the Monitoring Officer: counts, the six-month trend as a
    chart, incidents opened and still open, and what was done (HTML and PDF)."""
    try:
        chosen = Month.parse(month) if month else Month.of(utcnow()).previous()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--month") from None
    _, owner_name = _owner_id(app, owner)
    with app.factory() as session:
        summary = build_summary(session, owner_name, chosen)
    stem = f"summary-{chosen.year}-{chosen.month:02d}"
    html_path, pdf_path = write_summary(summary, Path(directory), stem)
    click.echo(f"Wrote {html_path} and {pdf_path}: {summary['flagged']} flagged comments.")


commands: list[click.Command] = [
    author,
    author_link,
    incidents,
    incident_report,
    incident_close,
    monthly_summary,
]
