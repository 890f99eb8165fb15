"""The team page (``/team``): every councillor the signed-in person may see, with their
open flagged items, deadlines and account health on one page, and Hide / Not a problem
buttons. Sign-in is monitor/web/team_auth.py; every button is audit-logged by
monitor.moderation with the signed-in person as the actor and "team" as the channel.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, session
from werkzeug.wrappers import Response

from monitor.actions import ACTIONS, ModerationAction
from monitor.audit import Result
from monitor.clock import utcnow
from monitor.moderation import ModerationError, apply
from monitor.team import ADMIN, ROLE_NAMES, overview, owner_of, recent_actions
from monitor.web.site import context
from monitor.web.team_auth import check_post, csrf_token, signed_in

team = Blueprint("team", __name__)

# What the buttons on an open item do, and how the notice describes it afterwards.
TEAM_ACTIONS = (ModerationAction.HIDE, ModerationAction.DISMISS)


@team.get("/team")
def page() -> Any:
    factory, settings = context()
    now = utcnow()
    person = signed_in(settings, now)
    if person is None:
        return redirect("/team/sign-in", code=303)
    owners = overview(factory, settings, person, now)
    return render_template(
        "team.html",
        title="Team view",
        person=person,
        role=ROLE_NAMES[person.role],
        owners=owners,
        audit=recent_actions(factory) if person.role == ADMIN else None,
        csrf=csrf_token(),
        notice=session.pop("team_notice", None),
        error=session.pop("team_error", None),
    )


@team.post("/team/act")
def act() -> Response:
    factory, settings = context()
    person = signed_in(settings, utcnow())
    if person is None:
        abort(401)
    check_post(settings)
    action = request.form.get("action", "")
    if action not in TEAM_ACTIONS:
        abort(400)
    try:
        comment_pk = int(request.form.get("comment", ""))
    except ValueError:
        abort(400)
    owner = owner_of(factory, comment_pk)
    if owner is None or not person.may_see(owner):
        abort(403)
    try:
        result = apply(factory, settings, comment_pk, action, actor=person.label, channel="team")
        already = "was already " if result.result == Result.ALREADY else ""
        session["team_notice"] = f"Comment {comment_pk} ({owner}) {already}{ACTIONS[action].done}."
    except ModerationError as exc:
        session["team_error"] = str(exc)
    return redirect("/team", code=303)
