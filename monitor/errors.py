"""The one base class of every error wardwatch reports to a person, and the errors that
more than one module raises (a failed send, from the email and the push channels).

A `WardwatchError` carries a message written for whoever has to act on it; the command line
prints it and exits with `exit_status` (2 for configuration, 1 for the rest) in one place.
This module imports nothing of wardwatch, so every layer, connectors included, can use it.
"""

from __future__ import annotations

EXIT_FAILURE = 1
EXIT_CONFIG = 2


class WardwatchError(Exception):
    """A failure phrased for the person who has to fix it."""

    exit_status = EXIT_FAILURE


class SendError(WardwatchError):
    """A message could not be sent; ``permanent`` says whether trying again can help."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
