"""The council-page probe batches are well formed.

tests/data/libel_council_probes.jsonl holds comments written for the project to probe the
libel rules on a councillor's page, batch by batch; tests/data/libel_council_probes_batches.json
names each batch's two councillors and says whether the rules were mended from it.
``benchmarks/libel_council_probes.py`` prints the engine's figures on them. Nothing here
measures the engine (an unread batch is a measure only while nobody tunes against it); these
tests check the shape: every line's batch is described, every label is one of the two,
every batch has both kinds of comment, and no batch holds a comment twice.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
COMMENTS = DATA / "libel_council_probes.jsonl"
BATCHES = DATA / "libel_council_probes_batches.json"


def comments() -> list[dict[str, Any]]:
    return [json.loads(line) for line in COMMENTS.read_text(encoding="utf-8").splitlines()]


def batches() -> list[dict[str, Any]]:
    described: list[dict[str, Any]] = json.loads(BATCHES.read_text(encoding="utf-8"))["batches"]
    return described


def test_every_batch_is_described_once_with_two_councillors() -> None:
    numbers = [b["batch"] for b in batches()]
    assert numbers == sorted(set(numbers)), numbers
    for batch in batches():
        assert len(batch["councillors"]) == 2, batch
        assert all(len(name.split()) == 2 for name in batch["councillors"]), batch
        assert isinstance(batch["read"], bool), batch


def test_every_comment_belongs_to_a_described_batch_and_has_a_known_label() -> None:
    described = {b["batch"] for b in batches()}
    for number, row in enumerate(comments(), 1):
        assert set(row) == {"batch", "label", "text"}, (number, row)
        assert row["batch"] in described, (number, row)
        assert row["label"] in ("legitimate", "allegation"), (number, row)
        assert row["text"].strip() == row["text"] and "\n" not in row["text"], (number, row)


def test_every_batch_has_legitimate_comments_and_allegations() -> None:
    kinds = Counter((row["batch"], row["label"]) for row in comments())
    for batch in batches():
        legitimate = kinds[(batch["batch"], "legitimate")]
        allegations = kinds[(batch["batch"], "allegation")]
        assert legitimate >= 100 and allegations >= 50, (batch["batch"], legitimate, allegations)


def test_no_comment_is_in_a_batch_twice() -> None:
    # Two writers may hit on the same sentence (batches 11 and 13 share one about refuges);
    # one writer should not.
    seen = Counter((row["batch"], " ".join(row["text"].casefold().split())) for row in comments())
    repeated = [key for key, times in seen.items() if times > 1]
    assert not repeated, repeated
