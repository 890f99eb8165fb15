"""``benchmarks/libel_council_head.py`` counts what a second libel head would add to the
engine. Its threshold is the lowest at which the comments the head adds (those the engine
does not already label) stay within a share of the comments without an allegation; these
tests check that arithmetic and the script's refusal of bad options. The fit itself needs
the public datasets and is run by hand (docs/scoring.md, "Libel 35")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from libel_council_head import Rows, added, lowest_adding  # noqa: E402

SCRIPT = ROOT / "benchmarks" / "libel_council_head.py"


def test_the_threshold_counts_only_what_the_engine_does_not_already_label() -> None:
    scores = np.array([0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    negatives = np.ones(10, bool)
    labelled = np.array([True, True] + [False] * 8)
    # 20% of ten may be added: two of the comments the engine leaves, the third stays out.
    threshold = lowest_adding(scores, negatives, labelled, 0.2)
    assert 0.7 < threshold < 0.8
    assert int((scores[~labelled] >= threshold).sum()) == 2
    assert 0.9 < lowest_adding(scores, negatives, np.zeros(10, bool), 0.2) < 0.95
    # A share larger than what is left allows every comment.
    assert lowest_adding(scores, negatives, labelled, 1.0) == 0.0


def test_what_is_added_is_split_by_label_and_leaves_the_engine_s_own_out() -> None:
    rows = Rows(np.zeros((4, 1)), np.array([1, 1, 0, 0]), np.array([True, False, False, True]))
    scores = np.array([0.9, 0.9, 0.9, 0.9])
    assert added(scores, rows, 0.5) == "+1 / +1"
    unlabelled = Rows(np.zeros((2, 1)), np.array([-1, -1]), np.array([False, False]))
    assert added(np.array([0.9, 0.1]), unlabelled, 0.5) == "+1"


def test_bad_options_are_refused_with_the_option_named(tmp_path: Path) -> None:
    run = [sys.executable, str(SCRIPT), "--data"]
    missing = subprocess.run([*run, str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert missing.returncode == 2
    assert "--data" in missing.stderr and "no such folder" in missing.stderr
    bad = subprocess.run(
        [*run, str(tmp_path), "--real-weights", "one"], capture_output=True, text=True
    )
    assert bad.returncode == 2
    assert "--real-weights" in bad.stderr
