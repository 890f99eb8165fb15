"""Files only this user may read: the SQLite database (whose WAL and shared-memory files
SQLite creates with the database's own mode), outbox messages (they carry live action
links), evidence packs and keys. Created 0600 in 0700 folders by the process itself, so
a umask of 022 outside systemd does not make them world-readable."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) 0700 when missing; an existing folder is kept
    as it is: it may be shared on purpose, and its files are private anyway."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (UTF-8), readable and writable by this user only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.fchmod(descriptor, FILE_MODE)  # an existing file keeps its mode through O_CREAT
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def create_private(path: Path) -> None:
    """Create an empty file 0600 if it does not exist (before SQLite creates it)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable and writable by this user only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.fchmod(descriptor, FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
