"""The key that encrypts stored OAuth tokens, and encryption with it (Fernet).

The key comes from ``WARDWATCH_SECRET_KEY`` or from the file named by
``WARDWATCH_SECRET_KEY_FILE``; several comma-separated keys (newest first) allow rotation,
as ``MultiFernet`` encrypts with the first and decrypts with any. Without a key wardwatch
refuses to store or read tokens, with a message saying how to make one: it never falls back
to plaintext. Each plaintext names its account and platform, and decryption checks them, so
ciphertext copied from one account's row to another's is refused.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from monitor.errors import WardwatchError

ENV_KEY = "WARDWATCH_SECRET_KEY"
ENV_KEY_FILE = "WARDWATCH_SECRET_KEY_FILE"
HOW_TO = (
    f'create one with `python -c "from cryptography.fernet import Fernet; '
    f'print(Fernet.generate_key().decode())"` and put it in {ENV_KEY}, or in a file '
    f"readable only by wardwatch whose path is in {ENV_KEY_FILE}; keep a copy: tokens "
    "encrypted with a lost key cannot be read"
)


class SecretKeyError(WardwatchError):
    """No usable encryption key; the message says how to provide one."""


class SecretIntegrityError(WardwatchError):
    """Stored ciphertext cannot be decrypted with the key, or belongs to another account."""


def load_key(environ: Mapping[str, str] | None = None) -> MultiFernet:
    """The configured key(s). Raises SecretKeyError naming the variable to set."""
    environ = os.environ if environ is None else environ
    raw = environ.get(ENV_KEY, "").strip()
    source = ENV_KEY
    if not raw and environ.get(ENV_KEY_FILE):
        path = Path(environ[ENV_KEY_FILE]).expanduser()
        source = f"{ENV_KEY_FILE} ({path})"
        try:
            raw = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SecretKeyError(f"cannot read the key file {path}: {exc.strerror}") from None
    if not raw:
        raise SecretKeyError(f"no encryption key for stored tokens: {HOW_TO}")
    try:
        return MultiFernet([Fernet(part.strip()) for part in raw.split(",") if part.strip()])
    except ValueError:
        raise SecretKeyError(
            f"the key in {source} is not a Fernet key (32 url-safe base64-encoded bytes): {HOW_TO}"
        ) from None


def encrypt(key: MultiFernet, values: Mapping[str, str], *, account: str, platform: str) -> str:
    plaintext = json.dumps({"account": account, "platform": platform, "values": dict(values)})
    return key.encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(key: MultiFernet, ciphertext: str, *, account: str, platform: str) -> dict[str, str]:
    try:
        plaintext = key.decrypt(ciphertext.encode("ascii"))
        payload = json.loads(plaintext)
    except (InvalidToken, ValueError):
        raise SecretIntegrityError(
            f"the stored tokens of account {account!r} cannot be decrypted with the configured "
            f"key ({ENV_KEY}): restore the key they were saved with, or run "
            f"`wardwatch connect {platform} --account {account}` again"
        ) from None
    if payload.get("account") != account or payload.get("platform") != platform:
        raise SecretIntegrityError(
            f"the stored tokens of account {account!r} belong to another account: run "
            f"`wardwatch connect {platform} --account {account}` again"
        )
    return {str(k): str(v) for k, v in payload.get("values", {}).items()}


def rotate(key: MultiFernet, ciphertext: str) -> str:
    """Re-encrypt under the newest key (for a key-rotation command)."""
    return key.rotate(ciphertext.encode("ascii")).decode("ascii")
