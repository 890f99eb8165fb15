"""How `wardwatch connect PLATFORM` sets up an account's tokens, and the pieces several
platforms' set-ups share (the contract, :class:`connectors.base.Setup`, is in base.py).

A platform declares its set-up on its connector class (``Connector.setup``). The command
line makes one ``wardwatch connect <platform>`` command for each registered platform that
has one, with the options the set-up lists in ``options`` plus ``--account``. It finds the
account, refuses to start without the encryption key, and then calls::

    setup.run(account, store, answers, conversation)

``answers`` maps each option's ``name`` to its value; ``store`` saves what the flow
obtains, encrypted at rest (``CredentialStore.update``); ``conversation`` talks to the
person at the keyboard. A flow never prints or logs a secret. It raises
:class:`SetupError` with a message saying what to do, or :class:`UsageProblem` when the
command was given something it cannot use.
"""

from __future__ import annotations

import http.server
import os
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from connectors.base import Conversation, SetupError, SetupOption, UsageProblem, utcnow

CALLBACK_PATH = "/callback"
DEFAULT_PORT = 8976
WAIT_SECONDS = 300


# Options that several platforms share.
PORT = SetupOption("port", "Loopback port of the redirect URI.", type=int, default=DEFAULT_PORT)
NO_BROWSER = SetupOption("no_browser", "Print the link instead of opening it.", type=bool)


def secret_from(variable: str | None, conversation: Conversation, question: str) -> str:
    """The secret held in the environment variable named ``variable``, or asked for
    (hidden) when no variable was named."""
    if variable:
        value = os.environ.get(variable, "")
        if not value:
            raise UsageProblem(f"environment variable {variable} is empty")
        return value
    return conversation.ask(question, secret=True)


def loopback_redirect(port: int) -> str:
    return f"http://127.0.0.1:{port}{CALLBACK_PATH}"


def wait_for_callback(
    port: int,
    *,
    timeout: float = WAIT_SECONDS,
    ready: Callable[[], None] | None = None,
    platform: str = "X",
) -> str:
    """Serve one request on 127.0.0.1:port and return its query string."""
    received: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path != CALLBACK_PATH:
                self.send_error(404)
                return
            received.append(url.query)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(b"wardwatch: authorised. You can close this tab.\n")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the query string holds the authorisation code

    try:
        server = http.server.HTTPServer(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise SetupError(
            f"cannot listen on 127.0.0.1:{port} ({exc.strerror}): choose "
            "another --port and register that redirect URI"
        ) from None
    server.timeout = 1.0
    deadline = utcnow().timestamp() + timeout
    with server:
        if ready is not None:
            ready()
        while not received and utcnow().timestamp() < deadline:
            server.handle_request()
    if not received:
        raise SetupError(
            f"no answer from {platform} within {int(timeout)} seconds: run the "
            "command again and approve the app in the browser"
        )
    return received[0]
