"""What can be done to a comment, in one table, and the values of a comment's status
and severity.

The values are the strings stored in the database and written to JSON, unchanged; the
enums are ``StrEnum``s, so each member is equal to its string. Each moderation action has
one row in :data:`ACTIONS`: the connector method it calls (None for a decision only),
which state it changes and to what, the button's verb, the words for it once done, the
action that undoes it and the question the confirmation page asks.
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


class ModerationAction(StrEnum):
    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"
    DISMISS = "dismiss"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    method: str | None  # the connector method; None: a decision only
    axis: str  # "platform" (what the platform shows) or "decision" (the status)
    target: str  # the state the action brings about
    verb: str  # its button
    done: str  # "Comment 12 was ..."
    undo: str | None
    question: str  # what the confirmation page asks


A = ModerationAction
ACTIONS: dict[str, ActionSpec] = {
    A.HIDE: ActionSpec(
        "hide", "platform", "hidden", "Hide", "hidden", A.UNHIDE, "Hide this comment?"
    ),
    A.UNHIDE: ActionSpec(
        "unhide",
        "platform",
        "visible",
        "Unhide",
        "made visible again",
        A.HIDE,
        "Make this comment visible again?",
    ),
    A.DELETE: ActionSpec(
        "delete", "platform", "deleted", "Delete", "deleted", None, "Delete this comment?"
    ),
    A.DISMISS: ActionSpec(
        None,
        "decision",
        "dismissed",
        "Not a problem",
        "marked not a problem",
        A.REOPEN,
        "Mark this comment as not a problem?",
    ),
    A.REOPEN: ActionSpec(
        None,
        "decision",
        "open",
        "Reopen",
        "reopened",
        A.DISMISS,
        "Put this comment back in the queue?",
    ),
}
# What the review page, the team page and an emailed link can do; deleting is only
# done from the command line.
PAGE_ACTIONS = (A.HIDE, A.DISMISS, A.UNHIDE, A.REOPEN)
