"""Running wardwatch as a service, and its scheduled jobs by hand: `run`, `reload`, `web`,
`worker`, `beat`, `status`, `poll`, `digest`, `deliver` and `profile-check`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from monitor import db
from monitor.cli.options import check_account, chosen_owners, pass_app
from monitor.clock import utcnow
from monitor.context import App
from monitor.errors import EXIT_FAILURE
from monitor.leader import scheduler_lock
from monitor.notify.daily_digest import preview_digest, send_due_digest
from monitor.notify.digest import local
from monitor.notify.email import DeliveryReport, deliver_outbox
from monitor.polling import poll_all
from monitor.profile_check import check_profiles
from monitor.queries import account_status, outbox_summary
from monitor.scheduler import request_reload, run_once, serve
from monitor.service import after_scoring
from monitor.tables import outbox_lines, status_table
from monitor.wording import check_name, platform_name, plural


@click.command()
@click.option("--once", is_flag=True, help="Run every job that is due once, then exit (for cron).")
@click.option(
    "--web",
    is_flag=True,
    help="Also serve the web app (confirm pages, review queue) in this process.",
)
@click.option(
    "--upgrade",
    is_flag=True,
    help="Create or upgrade the database schema first (under the scheduler lock).",
)
@pass_app
def run(app: App, once: bool, web: bool, upgrade: bool) -> None:
    """Poll, alert, send digests, check profiles and purge old data on schedule.

    Stops cleanly on SIGTERM or Ctrl-C, finishing the work in hand; SIGHUP (or
    `wardwatch reload`) re-reads the config.
    """
    if once:
        if upgrade:
            db.upgrade(app.settings.database_url)
        for job_id, result in run_once(app):
            click.echo(f"{job_id}: {result}")
        return
    sys.exit(serve(app, web=web, upgrade=upgrade))


@click.command()
@pass_app
def reload(app: App) -> None:
    """Check the config, then have the running service apply it without a restart:
    accounts added, paused (enabled = false) or removed take effect within seconds."""
    settings = app.settings  # a config with problems stops here, with exit status 2
    request_reload(app.factory, utcnow())
    enabled = sum(1 for a in settings.accounts if a.enabled)
    click.echo(
        f"{settings.path}: OK ({len(settings.owners)} owners, {enabled} accounts enabled). "
        "Reload requested: the running `wardwatch run` applies it within 5 seconds."
    )


@click.command("profile-check")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account.")
@click.option("--account", metavar="NAME", help="Check only this account.")
@pass_app
def profile_check(app: App, as_json: bool, account: str | None) -> None:
    """Check each account's profile for an hours notice, a views disclaimer and a
    statement that abuse will be reported."""
    check_account(app.settings, account)
    for result in check_profiles(app.factory, app.settings, only=account):
        if as_json:
            data = result.as_json()
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        click.echo(
            f"{result.account} ({platform_name(result.platform)}): hours notice "
            f"{check_name(result.hours_notice)}, disclaimer {check_name(result.disclaimer)}, "
            f"abuse notice {check_name(result.abuse_notice)}"
            + (f"; {result.error}" if result.error else "")
            + (f"; {result.mismatch}" if result.mismatch else "")
            + ("; owner emailed" if result.alerted else "")
        )
        if result.suggestion:
            click.echo(f"    suggested profile: {result.suggestion}")


@click.command()
@click.option("--account", metavar="NAME", help="Poll only this account.")
@click.option("--force", is_flag=True, help="Poll even if the account is parked or paused.")
@pass_app
def poll(app: App, account: str | None, force: bool) -> None:
    """Fetch, store and score new comments for every account now."""
    check_account(app.settings, account)
    outcomes = poll_all(
        app.factory,
        app.settings,
        engine=app.scoring,
        after=after_scoring(),
        only=account,
        force=force,
    )
    for outcome in outcomes:
        if outcome.not_due:
            until = local(outcome.parked_until, "UTC") if outcome.parked_until else "later"
            why = outcome.error or f"parked until {until}"
            click.echo(f"{outcome.account}: skipped ({why}; use --force to poll anyway)")
        elif outcome.error:
            click.echo(f"{outcome.account}: FAILED: {outcome.error}")
        else:
            click.echo(
                f"{outcome.account}: {plural(outcome.fetched, 'comment')} fetched, "
                f"{outcome.stored} new, {outcome.flagged} flagged"
                + (
                    f", {plural(outcome.requests, 'API request')}"
                    if outcome.requests is not None
                    else ""
                )
                + (f", {outcome.auto_hidden} hidden automatically" if outcome.auto_hidden else "")
                + (
                    f", {outcome.quarantined} unreadable items quarantined"
                    if outcome.quarantined
                    else ""
                )
            )
    if any(o.error and not o.not_due for o in outcomes):
        sys.exit(EXIT_FAILURE)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object: accounts and outbox.")
@pass_app
def status(app: App, as_json: bool) -> None:
    """How each account's polling is going, and what is waiting for attention."""
    accounts = account_status(app.factory, app.settings)
    outbox = outbox_summary(app.factory, utcnow())
    if as_json:
        document = {"accounts": [a.to_json() for a in accounts], "outbox": outbox.to_json()}
        click.echo(json.dumps(document, ensure_ascii=False))
        return
    click.echo(status_table(accounts))
    click.echo(outbox_lines(outbox))


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
@pass_app
def digest(app: App, mode: str | None, owner: str | None, force: bool, out_dir: str) -> None:
    """Preview or send the daily digest email."""
    settings, now = app.settings, utcnow()
    if mode is None:
        raise click.UsageError("choose --preview or --send")
    if mode == "preview":
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name in chosen_owners(settings, owner):
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
    for name in chosen_owners(settings, owner):
        outcome = send_due_digest(app.factory, settings, name, now, force=force)
        words = {
            "queued": f"queued with {plural(outcome.items, 'item')}",
            "empty": "nothing to report today (email.send_empty is off)",
            "not_due": "not due yet (use --force to send now)",
            "already": "already sent today",
        }[outcome.status]
        click.echo(f"{name}: {words}")
    _report_delivery(deliver_outbox(app.factory, settings, now))


def _report_delivery(report: DeliveryReport) -> None:
    click.echo(f"Outbox: {report.sent} sent, {report.deferred} to retry, {report.failed} failed")
    for path in report.files:
        click.echo(f"  wrote {path}")


@click.command()
@pass_app
def deliver(app: App) -> None:
    """Send queued email (digests, alerts) now."""
    _report_delivery(deliver_outbox(app.factory, app.settings, utcnow()))


@click.command()
@click.option("--host", default=None, help="Address to listen on (default web.host).")
@click.option("--port", default=None, type=int, help="Port (default web.port).")
@pass_app
def web(app: App, host: str | None, port: int | None) -> None:
    """Serve the action-link and review pages with waitress."""
    # Imported here (heavy: Flask and its rate limiter, for `web` only).
    from monitor.web import create_app  # noqa: PLC0415
    from monitor.web.server import create_server  # noqa: PLC0415

    settings = app.settings
    host = host or settings.web.host
    port = port if port is not None else settings.web.port
    flask_app = create_app(app.factory, settings)
    server = create_server(flask_app, host=host, port=port, threads=8)
    click.echo(f"Serving on http://{host}:{port} (links in emails use {settings.web.base_url})")
    server.run()


def _celery(app: App) -> Any:
    try:
        # Imported here (optional extra: distributed (Celery)).
        from monitor.distributed import make_celery  # noqa: PLC0415
    except ImportError:
        raise click.ClickException(
            "the distributed engine needs Celery and redis-py: pip install 'wardwatch[distributed]'"
        ) from None
    return make_celery(app)


@click.command()
@click.option("--concurrency", type=int, help="Task threads (default: polling.workers).")
@pass_app
def worker(app: App, concurrency: int | None) -> None:
    """Run poll, score and send tasks from the broker (as many workers as you like)."""
    celery = _celery(app)
    threads = concurrency or app.settings.polling.workers
    app.scoring  # noqa: B018 - load the model once, before the task threads start
    celery.worker_main(["worker", "--loglevel=INFO", "--pool=threads", f"--concurrency={threads}"])


@click.command()
@pass_app
def beat(app: App) -> None:
    """Send each task when it falls due: exactly one per database (others are refused)."""
    celery = _celery(app)
    schedule = app.base_dir / "celerybeat-schedule"
    with scheduler_lock(app.engine):
        celery.start(["beat", "--loglevel=INFO", f"--schedule={schedule}"])


commands: list[click.Command] = [
    run,
    reload,
    web,
    worker,
    beat,
    status,
    poll,
    digest,
    deliver,
    profile_check,
]
