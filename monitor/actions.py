"""What can be done to a comment, in one table, and the values of a comment's status,
its state on the platform and its severity (and of an incident's and an email's status).

The values are the strings stored in the database and written to JSON, unchanged; the
enums are ``StrEnum``s, so each member is equal to its string. Each moderation action has
one row in :data:`ACTIONS`: the connector method it calls (None for a decision only),
which state it changes and to what, the button's verb, the words for it once done, the
action that undoes it, the question the confirmation page asks, and the words the
command line and an evidence pack use for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    NONE = "none"
    REVIEW = "review"
    HIGH = "high"


# The severities a person is asked to look at.
FLAGGED = (Severity.REVIEW, Severity.HIGH)


class CommentStatus(StrEnum):
    """The person's decision on a comment (what the platform shows is separate)."""

    OPEN = "open"
    HIDDEN = "hidden"
    DISMISSED = "dismissed"
    DELETED = "deleted"


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OutboxStatus(StrEnum):
    """Where an email in the outbox stands."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # for good: no more tries


class ModerationAction(StrEnum):
    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"
    DISMISS = "dismiss"
    REOPEN = "reopen"


class PlatformState(StrEnum):
    """What the platform shows, as far as wardwatch last did or saw."""

    VISIBLE = "visible"
    HIDDEN = "hidden"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    method: str | None  # the connector method; None: a decision only
    axis: str  # "platform" (what the platform shows) or "decision" (the status)
    target: str  # the state the action brings about
    verb: str  # its button
    done: str  # "Comment 12 was ..."
    undo: str | None
    question: str  # what the confirmation page asks
    past: str  # what the command line prints: "Comment 12 unhidden."
    recorded: str  # how an evidence pack lists it among what was done


A = ModerationAction
ACTIONS: dict[str, ActionSpec] = {
    A.HIDE: ActionSpec(
        method="hide",
        axis="platform",
        target=PlatformState.HIDDEN,
        verb="Hide",
        done="hidden",
        undo=A.UNHIDE,
        question="Hide this comment?",
        past="hidden",
        recorded="Hidden on the platform",
    ),
    A.UNHIDE: ActionSpec(
        method="unhide",
        axis="platform",
        target=PlatformState.VISIBLE,
        verb="Unhide",
        done="made visible again",
        undo=A.HIDE,
        question="Make this comment visible again?",
        past="unhidden",
        recorded="Made visible again",
    ),
    A.DELETE: ActionSpec(
        method="delete",
        axis="platform",
        target=PlatformState.DELETED,
        verb="Delete",
        done="deleted",
        undo=None,
        question="Delete this comment?",
        past="deleted",
        recorded="Deleted on the platform",
    ),
    A.DISMISS: ActionSpec(
        method=None,
        axis="decision",
        target=CommentStatus.DISMISSED,
        verb="Not a problem",
        done="marked not a problem",
        undo=A.REOPEN,
        question="Mark this comment as not a problem?",
        past="dismissed",
        recorded="Marked not a problem",
    ),
    A.REOPEN: ActionSpec(
        method=None,
        axis="decision",
        target=CommentStatus.OPEN,
        verb="Reopen",
        done="reopened",
        undo=A.DISMISS,
        question="Put this comment back in the queue?",
        past="reopened",
        recorded="Reopened",
    ),
}
# What the review page, the team page and an emailed link can do; deleting is only
# done from the command line.
PAGE_ACTIONS = (A.HIDE, A.DISMISS, A.UNHIDE, A.REOPEN)
