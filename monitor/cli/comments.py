"""Acting on comments: list the flagged ones (`flagged`, `review-link`), `hide`, `unhide`,
`dismiss`, keep them past retention (`hold`, `release`) and act on their author
(`author-action`: mute, block, ban, detach a quote, report)."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import click

from monitor.actions import ACTIONS as MODERATION
from monitor.actions import ModerationAction
from monitor.audit import Result
from monitor.author_actions import ACTIONS, act_on_author
from monitor.cli.options import actor_option, chosen_owners, pass_app
from monitor.clock import utcnow
from monitor.context import App
from monitor.db import transaction
from monitor.moderation import apply
from monitor.notify import links
from monitor.queries import flagged_comments
from monitor.retention import set_hold
from monitor.tables import flagged_table


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=100, show_default=True, help="At most this many.")
@click.option("--account", metavar="NAME", help="Only this account.")
@pass_app
def flagged(app: App, as_json: bool, limit: int, account: str | None) -> None:
    """Flagged comments: those with a knowledge-clock deadline first, soonest first,
    then the rest newest first."""
    now = utcnow()
    rows = flagged_comments(
        app.factory,
        limit=limit,
        account=account,
        now=now,
        bank_holidays={o.name: o.bank_holidays for o in app.settings.owners},
    )
    if as_json:
        for row in rows:
            click.echo(json.dumps(row.to_json(), ensure_ascii=False, default=str))
    else:
        click.echo(flagged_table(rows, now=now))


@click.command("review-link")
@click.option("--owner", metavar="NAME", help="The owner (default: the only one).")
@click.option(
    "--revoke",
    is_flag=True,
    help="Instead, end every review link of the owner, and every session opened with one.",
)
@pass_app
def review_link(app: App, owner: str | None, revoke: bool) -> None:
    """Print a signed link that opens the review page for an owner."""
    names = chosen_owners(app.settings, owner)
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
            session,
            app.settings,
            comment_pk=None,
            action=links.REVIEW,
            recipient=email,
            now=utcnow(),
        )
    click.echo(links.review_url(app.settings, token))


def _moderate(app: App, comment_id: int, action: ModerationAction, actor: str) -> None:
    result = apply(app.factory, app.settings, comment_id, action, actor=actor, channel="cli")
    done = MODERATION[action].past
    if result.result == Result.ALREADY:
        click.echo(f"Comment {comment_id} was already {done}.")
    else:
        click.echo(f"Comment {comment_id} {done}.")


@click.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def hide(app: App, comment_id: int, actor: str) -> None:
    """Hide comment ID (as shown by `wardwatch flagged`) on its platform."""
    _moderate(app, comment_id, ModerationAction.HIDE, actor)


@click.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def unhide(app: App, comment_id: int, actor: str) -> None:
    """Make a hidden comment visible again."""
    _moderate(app, comment_id, ModerationAction.UNHIDE, actor)


@click.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def dismiss(app: App, comment_id: int, actor: str) -> None:
    """Mark a flagged comment as not a problem."""
    _moderate(app, comment_id, ModerationAction.DISMISS, actor)


@click.command()
@click.argument("comment_id", type=int)
@click.option("--reason", required=True, help="Why it must be kept (e.g. a complaint ref).")
@click.option("--replace", is_flag=True, help="Replace the reason of an existing hold.")
@actor_option
@pass_app
def hold(app: App, comment_id: int, reason: str, replace: bool, actor: str) -> None:
    """Keep comment ID and its evidence past retention until released."""
    set_hold(app.factory, comment_id, hold=True, reason=reason, actor=actor, replace=replace)
    click.echo(f"Comment {comment_id} is on hold: {reason}")


@click.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def release(app: App, comment_id: int, actor: str) -> None:
    """Release a hold; normal retention applies again."""
    set_hold(app.factory, comment_id, hold=False, reason="released", actor=actor)
    click.echo(f"Comment {comment_id} is no longer on hold.")


def _duration(value: str | None) -> timedelta | None:
    if value is None:
        return None
    match = re.fullmatch(r"\s*(\d+)\s*(h|d|w)\s*", value)
    if not match or int(match.group(1)) < 1:
        raise click.BadParameter(
            'use hours, days or weeks, for example "12h", "7d" or "4w"', param_hint="--for"
        )
    amount = int(match.group(1))
    return {"h": timedelta(hours=amount), "d": timedelta(days=amount)}.get(
        match.group(2), timedelta(weeks=amount)
    )


@click.command("author-action")
@click.argument("comment_id", type=int)
@click.argument("action", type=click.Choice(sorted(ACTIONS)))
@click.option(
    "--for",
    "duration",
    metavar="DURATION",
    help="Lift it after this long (12h, 7d, 4w); wardwatch lifts it where the platform cannot.",
)
@click.option("--reason", help="report: what the moderators should know.")
@click.option(
    "--forward", is_flag=True, help="report: also send it (anonymously) to the author's server."
)
@actor_option
@pass_app
def author_action(
    app: App,
    comment_id: int,
    action: str,
    duration: str | None,
    reason: str | None,
    forward: bool,
    actor: str,
) -> None:
    """Mute, block or ban the author of comment ID, detach their quote of your post, or
    report it to the server's moderators, where the platform allows it. Recorded in the
    audit log like a hide."""
    result = act_on_author(
        app.factory,
        app.settings,
        comment_id,
        action,
        actor=actor,
        channel="cli",
        duration=_duration(duration),
        reason=reason,
        forward=forward,
    )
    click.echo(result.summary() + ".")


@click.command("mute-author", hidden=True, deprecated="use `wardwatch author-action ID mute`")
@click.argument("comment_id", type=int)
@actor_option
@click.pass_context
def mute_author(ctx: click.Context, comment_id: int, actor: str) -> None:
    """The old name of `author-action ID mute`, kept for scripts."""
    ctx.invoke(author_action, comment_id=comment_id, action="mute", actor=actor)


@click.command("report", hidden=True, deprecated="use `wardwatch author-action ID report`")
@click.argument("comment_id", type=int)
@click.option("--reason", required=True, help="What the moderators should know.")
@click.option("--forward", is_flag=True, help="Also send it (anonymously) to the author's server.")
@actor_option
@click.pass_context
def report(ctx: click.Context, comment_id: int, reason: str, forward: bool, actor: str) -> None:
    """The old name of `author-action ID report`, kept for scripts."""
    ctx.invoke(
        author_action,
        comment_id=comment_id,
        action="report",
        reason=reason,
        forward=forward,
        actor=actor,
    )


commands: list[click.Command] = [
    flagged,
    review_link,
    hide,
    unhide,
    dismiss,
    hold,
    release,
    author_action,
    mute_author,
    report,
]
