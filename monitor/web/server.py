"""Serving the web app with waitress, with a port problem turned into one sentence."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING, Any

from waitress.server import create_server as waitress_server

from monitor.errors import WardwatchError

if TYPE_CHECKING:
    from flask import Flask


class PortUnavailable(WardwatchError):
    pass


def create_server(app: Flask, *, host: str, port: int, threads: int) -> Any:
    """A waitress server bound to host:port (call ``.run()`` to serve). Raises
    PortUnavailable, naming the address and the fix, when it cannot listen there."""
    try:
        return waitress_server(app, host=host, port=port, threads=threads, ident="wardwatch")
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            why = "the port is already in use (another wardwatch web, or another program)"
        elif exc.errno == errno.EACCES:
            why = "permission denied (ports below 1024 need privileges: use 8080)"
        elif exc.errno in (errno.EADDRNOTAVAIL, getattr(errno, "EAI_NONAME", -2)):
            why = "this machine has no such address"
        else:
            why = exc.strerror or str(exc)
        raise PortUnavailable(
            f"cannot serve the web app on {host}:{port}: {why}; "
            "change [web] host/port in the config or stop what holds it"
        ) from None
