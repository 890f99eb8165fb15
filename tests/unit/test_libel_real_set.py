"""The real-comment libel set (tests/data/libel_real_comments.jsonl) and its reader.

The set labels public comments by a hash of their text, so that the datasets' text is not
copied here; ``benchmarks/libel_real.py --data FOLDER`` finds the texts in the public files
and prints the figures reported in docs/scoring.md. Nothing here measures the engine on it:
a floor would invite tuning against the test half. These tests check the file's shape and
that the reader finds each public format it names.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "data" / "libel_real_comments.jsonl"


def reader() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "libel_real", ROOT / "benchmarks" / "libel_real.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]


def test_every_line_names_its_source_hash_label_and_half() -> None:
    items = rows()
    assert len(items) >= 2000
    for item in items:
        assert set(item) == {"source", "sha256", "label", "attributed", "half"}, item
        assert item["source"] in {"toxic_spans", "jigsaw", "davidson", "hatexplain"}, item
        assert len(item["sha256"]) == 16 and int(item["sha256"], 16) >= 0, item
        assert item["label"] in {"clear", "weak", "no"}, item
        assert isinstance(item["attributed"], bool), item
        assert not (item["attributed"] and item["label"] == "no"), item
        assert item["half"] in {"dev", "test", "train", "read"}, item


def test_the_halves_come_in_order_and_no_comment_is_labelled_twice() -> None:
    items = rows()
    halves = [item["half"] for item in items]
    order = {"dev": 0, "test": 1, "train": 2, "read": 3}
    # "dev" lines, then "test" lines, then the "train" rows labelled later, then the "read"
    # rows labelled after those.
    assert halves == sorted(halves, key=order.__getitem__)
    assert Counter(halves)["test"] >= Counter(halves)["dev"]
    assert len({item["sha256"] for item in items}) == len(items)
    # Every label is represented in every half.
    for half in ("dev", "test", "train", "read"):
        assert {i["label"] for i in items if i["half"] == half} == {"clear", "weak", "no"}


def test_the_reader_finds_texts_in_each_public_format(tmp_path: Path) -> None:
    module = reader()
    with (tmp_path / "toxic_spans_comments.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["comment_id", "comment_text"], ["1", "a, quoted\ncomment"]])
    with (tmp_path / "jigsaw_robtest_test.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["a talk page post", "0"]])
    with (tmp_path / "davidson_labeled_data.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["", "count", "class", "tweet"], ["0", "3", "2", "a tweet"]])
    (tmp_path / "hatexplain_lfr_test.tsv").write_text(
        "label\ttext\nnormal\ta gab post\n", encoding="utf-8"
    )
    texts = list(module.public_texts(tmp_path))
    assert texts == ["a, quoted\ncomment", "a talk page post", "a tweet", "a gab post"]
    assert module.digest("a tweet") == module.digest("a tweet") != module.digest("a tweet ")
    assert len(module.digest("a tweet")) == 16


def test_the_unlabelled_comments_are_each_scored_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = reader()
    with (tmp_path / "davidson_labeled_data.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["", "count", "class", "tweet"],
                ["0", "3", "2", "Cllr Reid took a bribe from the developer, everyone knows it"],
                ["1", "3", "2", "Cllr Reid took a bribe from the developer, everyone knows it"],
                ["2", "3", "2", "the bins on Mill Lane were emptied on time this week"],
            ]
        )
    module.unlabelled(tmp_path, show=True)
    out = capsys.readouterr().out
    assert "2 unlabelled comments" in out
    assert "1 given the libel label, 1 at high libel" in out
    assert "because allegation of bribery" in out
    assert "bins on Mill Lane" not in out
