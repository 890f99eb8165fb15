"""Commands for email and the web pages: `digest`, `deliver`, `web`, `review-link`."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.app import App
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.wording import plural


def _owners(settings: Settings, owner: str | None) -> list[str]:
    names = [o.name for o in settings.owners]
    if owner is None:
        return names
    if owner not in names:
        raise click.BadParameter(f"no owner named {owner!r} in the config", param_hint="--owner")
    return [owner]


@click.command()
@click.option(
    "--preview",
    "mode",
    flag_value="preview",
    help="Write what the next digest would say to files; send nothing.",
)
@click.option(
    "--send",
    "mode",
    flag_value="send",
    help="Queue every digest that is due and deliver the outbox.",
)
@click.option("--owner", metavar="NAME", help="Only this owner.")
@click.option("--force", is_flag=True, help="With --send: don't wait for digest_time.")
@click.option(
    "--out",
    "out_dir",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="With --preview: where to write.",
)
@click.pass_obj
def digest(app: App, mode: str | None, owner: str | None, force: bool, out_dir: str) -> None:
    """Preview or send the daily digest email."""
    from monitor.notify.daily_digest import preview_digest, send_due_digest
    from monitor.notify.email import deliver_outbox

    settings, now = app.settings, utcnow()
    if mode is None:
        raise click.UsageError("choose --preview or --send")
    if mode == "preview":
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name in _owners(settings, owner):
            rendered = preview_digest(app.factory, settings, name, now)
            stem = "digest-" + "".join(ch if ch.isalnum() else "-" for ch in name).strip("-")
            html, text = folder / f"{stem}.html", folder / f"{stem}.txt"
            html.write_text(rendered.html, encoding="utf-8")
            text.write_text(rendered.text, encoding="utf-8")
            click.echo(f"{name}: {plural(rendered.items, 'item')} -> {html} and {text}")
        click.echo(
            "A preview's Hide, Not a problem and Details links are examples: they do not "
            "work. The digest that is sent has working links."
        )
        return
    for name in _owners(settings, owner):
        outcome = send_due_digest(app.factory, settings, name, now, force=force)
        words = {
            "queued": f"queued with {plural(outcome.items, 'item')}",
            "empty": "nothing to report today (email.send_empty is off)",
            "not_due": "not due yet (use --force to send now)",
            "already": "already sent today",
        }[outcome.status]
        click.echo(f"{name}: {words}")
    _report_delivery(deliver_outbox(app.factory, settings, now))


def _report_delivery(report: object) -> None:
    from monitor.notify.email import DeliveryReport

    assert isinstance(report, DeliveryReport)
    click.echo(f"Outbox: {report.sent} sent, {report.deferred} to retry, {report.failed} failed")
    for path in report.files:
        click.echo(f"  wrote {path}")


@click.command()
@click.pass_obj
def deliver(app: App) -> None:
    """Send queued email (digests, alerts) now."""
    from monitor.notify.email import deliver_outbox

    _report_delivery(deliver_outbox(app.factory, app.settings, utcnow()))


@click.command("review-link")
@click.option("--owner", metavar="NAME", help="The owner (default: the only one).")
@click.option(
    "--revoke",
    is_flag=True,
    help="Instead, end every review link of the owner, and every session opened with one.",
)
@click.pass_obj
def review_link(app: App, owner: str | None, revoke: bool) -> None:
    """Print a signed link that opens the review page for an owner."""
    from monitor.db import transaction
    from monitor.notify import links

    names = _owners(app.settings, owner)
    if len(names) != 1:
        raise click.BadParameter("several owners: choose one with --owner", param_hint="--owner")
    email = app.settings.owner(names[0]).email
    if revoke:
        with transaction(app.factory) as session:
            ended = links.revoke_review_links(session, email, now=utcnow())
        click.echo(f"Revoked {ended} review links of {names[0]}; their sessions end now.")
        return
    with transaction(app.factory) as session:
        token = links.issue(
            session, app.settings, comment_pk=None, action="review", recipient=email, now=utcnow()
        )
    click.echo(links.review_url(app.settings, token))


@click.command()
@click.option("--host", default=None, help="Address to listen on (default web.host).")
@click.option("--port", default=None, type=int, help="Port (default web.port).")
@click.pass_obj
def web(app: App, host: str | None, port: int | None) -> None:
    """Serve the action-link and review pages with waitress."""
    from monitor.web import create_app
    from monitor.web.server import create_server

    settings = app.settings
    host = host or settings.web.host
    port = port if port is not None else settings.web.port
    flask_app = create_app(app.factory, settings)
    server = create_server(flask_app, host=host, port=port, threads=8)
    click.echo(f"Serving on http://{host}:{port} (links in emails use {settings.web.base_url})")
    server.run()


commands = [digest, deliver, review_link, web]
