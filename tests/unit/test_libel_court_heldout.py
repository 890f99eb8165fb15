"""The held-out court set (tests/data/libel_court_heldout.jsonl) is well formed.

The set is held out: it was never used to write or tune the libel rules, and nothing here
measures the engine on it (a floor here would invite tuning against it). The figures are
printed by ``benchmarks/libel_court.py --data tests/data/libel_court_heldout.jsonl`` and
reported in docs/scoring.md. These tests check only its shape: the fields, the findings,
a citation for every line, and that no statement repeats one from the development set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
HELD_OUT = DATA / "libel_court_heldout.jsonl"
DEVELOPMENT = DATA / "libel_court_statements.jsonl"
FINDINGS = {"defamatory", "not_defamatory", "opinion"}


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def comparable(text: str) -> str:
    return " ".join(text.casefold().split())


def test_every_held_out_line_has_its_wording_citation_and_finding() -> None:
    items = rows(HELD_OUT)
    assert items
    for item in items:
        assert set(item) <= {"text", "citation", "finding", "context", "note"}, item
        assert {"text", "citation", "finding", "note"} <= set(item), item
        assert item["text"].strip() and item["citation"].strip() and item["note"].strip(), item
        assert item["finding"] in FINDINGS, item
        if "context" in item:
            assert set(item["context"]) == {"parent_author", "parent_is_owner"}, item
            assert isinstance(item["context"]["parent_is_owner"], bool), item


def test_held_out_statements_are_distinct_and_new() -> None:
    held_out = [comparable(item["text"]) for item in rows(HELD_OUT)]
    development = {comparable(item["text"]) for item in rows(DEVELOPMENT)}
    assert len(set(held_out)) == len(held_out)
    assert not [text for text in held_out if text in development]


def test_the_duplicate_check_ignores_case_and_spacing() -> None:
    assert comparable("  Says the\nPAEDOPHILE. ") == comparable("says the paedophile.")
    assert comparable("Says the paedophile.") != comparable("Says the paedophile!")
