"""`wardwatch mute-author ID` and `wardwatch report ID`: what the owner can do about a
comment on a platform that cannot hide it (Mastodon). Both act through the connector's
``mute_author`` / ``report`` and are written to the audit log, whatever the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import click

from connectors.base import MUTE_AUTHOR, REPORT, Connector, ConnectorError
from monitor.app import App
from monitor.cli_options import current_user as _actor
from monitor.clock import utcnow
from monitor.connections import open_connector
from monitor.db import transaction
from monitor.models import Action, StoredComment
from monitor.moderation import CommentNotFound, ModerationError


def _act(
    app: App,
    comment: _Target,
    capability: str,
    actor: str,
    detail: str,
    action: Callable[[Connector], None],
) -> None:
    """Run ``action`` on the comment's account's connector and record the outcome."""
    try:
        config = app.settings.account(comment.account_name)
    except KeyError:
        raise ModerationError(
            f"account {comment.account_name!r} is no longer in the config: add it back to act"
        ) from None
    connector = open_connector(app.settings, app.factory, config)
    if capability not in connector.capabilities:
        raise ModerationError(
            f"{connector.display_name} has no API to {capability.replace('_', ' ')}: "
            f"{connector.cannot_hide_hint}"
        )
    result, message = "ok", detail
    try:
        action(connector)
    except ConnectorError as exc:
        result, message = "failed", exc.message
        raise
    finally:
        with transaction(app.factory) as session:
            session.add(
                Action(
                    comment_pk=comment.pk,
                    account_id=comment.account_id,
                    action=capability,
                    actor=actor,
                    channel="cli",
                    result=result,
                    detail=message,
                    at=utcnow(),
                )
            )


@dataclass(frozen=True)
class _Target:
    pk: int
    account_id: int
    account_name: str
    comment_id: str
    author_id: str


def _comment(app: App, comment_pk: int) -> _Target:
    with transaction(app.factory) as session:
        row = session.get(StoredComment, comment_pk)
        if row is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        return _Target(
            pk=row.id,
            account_id=row.account_id,
            account_name=row.account.name,
            comment_id=row.comment_id,
            author_id=row.author_id,
        )


@click.command("mute-author")
@click.argument("comment_id", type=int)
@click.option(
    "--actor",
    default=_actor,
    show_default="your user name",
    help="Who is acting, for the audit log.",
)
@click.pass_obj
def mute_author(app: App, comment_id: int, actor: str) -> None:
    """Mute the author of comment ID (Mastodon): their posts leave your timelines;
    wardwatch still sees their mentions."""
    comment = _comment(app, comment_id)
    _act(
        app,
        comment,
        MUTE_AUTHOR,
        actor,
        f"muted author {comment.author_id}",
        lambda connector: cast(Any, connector).mute_author(comment.author_id),
    )
    click.echo(f"Muted the author of comment {comment_id}.")


@click.command("report")
@click.argument("comment_id", type=int)
@click.option("--reason", required=True, help="What the moderators should know.")
@click.option(
    "--forward", is_flag=True, help="Also send the report (anonymously) to the author's server."
)
@click.option(
    "--actor",
    default=_actor,
    show_default="your user name",
    help="Who is acting, for the audit log.",
)
@click.pass_obj
def report(app: App, comment_id: int, reason: str, forward: bool, actor: str) -> None:
    """Report comment ID to the server's moderators (Mastodon)."""
    comment = _comment(app, comment_id)
    _act(
        app,
        comment,
        REPORT,
        actor,
        reason,
        lambda connector: cast(Any, connector).report(
            comment.comment_id, comment.author_id, reason, forward=forward
        ),
    )
    click.echo(f"Reported comment {comment_id} to the moderators.")


commands = [mute_author, report]
