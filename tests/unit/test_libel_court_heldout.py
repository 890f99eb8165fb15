"""The held-out court sets are well formed.

The held-out set, tests/data/libel_court_heldout_2.jsonl, was not used to write or tune the
libel rules, and nothing here measures the engine on it (a floor here would invite tuning
against it). The figures are printed by ``benchmarks/libel_court.py --data FILE`` and
reported in docs/scoring.md. (The first held-out set was moved into the development set
once its description had told rule writers what it holds.) These tests check only the
shape: the fields, the findings, a citation for every line, and that no statement repeats
one from the development set or from an earlier held-out set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
HELD_OUT_SETS = [DATA / "libel_court_heldout_2.jsonl"]
DEVELOPMENT = DATA / "libel_court_statements.jsonl"
FINDINGS = {"defamatory", "not_defamatory", "opinion"}


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def comparable(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("path", HELD_OUT_SETS, ids=lambda path: path.name)
def test_every_held_out_line_has_its_wording_citation_and_finding(path: Path) -> None:
    items = rows(path)
    assert items
    for item in items:
        assert set(item) <= {"text", "citation", "finding", "context", "note"}, item
        assert {"text", "citation", "finding", "note"} <= set(item), item
        assert all(isinstance(item[key], str) for key in ("text", "citation", "note")), item
        assert item["text"].strip() and item["citation"].strip() and item["note"].strip(), item
        assert item["finding"] in FINDINGS, item
        if "context" in item:
            assert set(item["context"]) == {"parent_author", "parent_is_owner"}, item
            assert isinstance(item["context"]["parent_is_owner"], bool), item
            author = item["context"]["parent_author"]
            assert author is None or isinstance(author, str), item


@pytest.mark.parametrize("path", HELD_OUT_SETS, ids=lambda path: path.name)
def test_held_out_statements_are_distinct_and_new(path: Path) -> None:
    held_out = [comparable(item["text"]) for item in rows(path)]
    earlier = HELD_OUT_SETS[: HELD_OUT_SETS.index(path)]
    seen = {comparable(item["text"]) for item in rows(DEVELOPMENT)}
    for other in earlier:
        seen |= {comparable(item["text"]) for item in rows(other)}
    assert len(set(held_out)) == len(held_out)
    assert not [text for text in held_out if text in seen]


def test_the_duplicate_check_ignores_case_and_spacing() -> None:
    assert comparable("  Says the\nPAEDOPHILE. ") == comparable("says the paedophile.")
    assert comparable("Says the paedophile.") != comparable("Says the paedophile!")
