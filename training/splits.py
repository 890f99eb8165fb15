"""Which rows the training run holds back, shared by train.py and thresholds.py (which must
not import torch)."""

from __future__ import annotations

import hashlib

# A dataset with no dev split gives this share of its rows to development, by text hash.
DEV_SHARE = 0.05


def held_out(text: str, share: float = DEV_SHARE) -> bool:
    """A fixed share of a dataset with no dev split, chosen by the text's hash."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share
