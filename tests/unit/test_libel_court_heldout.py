"""The held-out court sets are well formed.

Five sets are held out: tests/data/libel_court_heldout_2.jsonl and, collected later,
tests/data/libel_court_heldout_3.jsonl, _4.jsonl, _5.jsonl and _6.jsonl. None was used to write or
tune the libel rules, and nothing here measures the engine on them (a floor here would invite tuning
against them). The figures are printed by ``benchmarks/libel_court.py --data FILE`` and
reported in docs/scoring.md. (The first held-out set was moved into the development set once
its description had told rule writers what it holds.) These tests check only the shape: the
fields, the findings, a citation for every line, that no statement repeats one from the
development set or from an earlier held-out set, and that no case is in two sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
HELD_OUT_SETS = [DATA / f"libel_court_heldout_{n}.jsonl" for n in (2, 3, 4, 5, 6)]
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


def case_name(citation: str) -> frozenset[str]:
    """The parties, without the report or neutral citation and in either order: "Stocker v
    Stocker", "Matter of Cohen v Google Inc" and "Cohen v Google, Inc." name one case, as
    do an appeal's "Ell v Milne" and the trial's "Milne v Ell"."""
    name = re.split(r"[\[(0-9,;]", citation)[0].casefold()
    name = re.sub(r"^\s*matter of\s+", "", name)
    sides = re.split(r"\s+v\.?\s+", name)
    return frozenset(_party(side) for side in sides if _party(side))


def _party(side: str) -> str:
    words = re.findall(r"[a-z']+", side)
    return " ".join(w for w in words if w not in _COMPANY_WORDS)


_COMPANY_WORDS = frozenset(
    {"inc", "ltd", "llc", "llp", "plc", "pty", "co", "corp", "sa", "s", "a", "the"}
    | {"limited", "company", "publications", "publishing"}
)


def test_no_case_is_in_two_sets() -> None:
    sets = [DEVELOPMENT, *HELD_OUT_SETS]
    names = [{case_name(item["citation"]) for item in rows(path)} for path in sets]
    for index, these in enumerate(names):
        for other, those in zip(sets[index + 1 :], names[index + 1 :], strict=True):
            assert not these & those, (sets[index].name, other.name, these & those)


def test_case_names_leave_out_the_citation() -> None:
    assert case_name("Stocker v Stocker [2019] UKSC 17") == {"stocker"}
    assert case_name("Mondal v Evans-Bitten 2022 ONSC 809") == {"mondal", "evans bitten"}


def test_a_case_is_one_case_in_either_order_and_however_a_company_is_written() -> None:
    assert case_name("Milne v Ell [2017] NSWSC 555") == case_name("Ell v Milne (No 8) [2014]")
    assert case_name("Matter of Cohen v Google Inc (NY Sup Ct 2009)") == case_name(
        "Cohen v Google, Inc. 25 Misc. 3d 945"
    )
    assert case_name("John Fairfax Publications Pty Ltd v Gacic [2007] HCA 28") == case_name(
        "Gacic v John Fairfax Publications Pty Ltd [2015] NSWCA 99"
    )
    assert case_name("Blake v Fox [2023] EWCA Civ 1000") != case_name("Fox v Boulter [2013]")
