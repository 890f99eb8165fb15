"""The demo platform's public page: the sample post and its comments as a visitor sees
them, with the hidden ones marked. Served only when an account uses the demo platform,
so `wardwatch demo --serve` shows what Hide and Undo change."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from connectors.demo import DemoConnector
from monitor.connections import open_connector
from monitor.notify.digest import local
from monitor.web.site import context

demo_platform = Blueprint("demo_platform", __name__)


@demo_platform.get("/demo-platform")
def page() -> str:
    factory, settings = context()
    accounts = [a for a in settings.accounts if a.platform == DemoConnector.platform]
    if not accounts:
        abort(404)
    sections = []
    for account in accounts:
        connector = open_connector(settings, factory, account)
        assert isinstance(connector, DemoConnector)
        owner = settings.owner(account.owner)
        sections.append(
            (
                account.name,
                [
                    (entry, local(entry.comment.created_at, owner.timezone))
                    for entry in connector.page()
                ],
            )
        )
    return render_template("demo_platform.html", title="The demo platform", sections=sections)
