"""A second libel head for the register of council pages, beside the engine: does it add
allegations the engine misses without adding false alarms on real comments?

    .venv/bin/python benchmarks/libel_council_head.py --data DATA [--olid FOLDER]
        [--real-weights 0,1,5] [--strengths 0.001,0.01]

The rules written from one probe batch barely carry to the next, and the shipped libel head
refitted with the probe batches beside the real comments ranked the real comments worse
(``libel_head_probes.py``). This asks the other way round: a separate regression over the
same two sentence vectors, fitted on the probe batches the rules were written from
(``read``), with the real ``dev`` and ``train`` rows beside them at each weight in
``--real-weights`` (0: the probes alone), and counted only where the engine gives no libel
label. Its threshold is the lowest probability at which the comments it would add are at
most 1% of the real rows without an allegation (out of fold where they are fitted on), 0.5%
of Davidson's clean development tweets and 2% of the read batches' legitimate comments, each
batch scored by a fit without it. Nothing is written.

For each weight and regression strength it prints what the head adds to the engine,
allegations / others: the read batches one batch left out at a time, the real ``dev`` and
``train`` rows, the ``read`` half, OLID's not-offensive tweets, Davidson's "neither" tweets
and the court development set. The ``test`` half, the unread batches and the held-out court
sets are measures and are not read here.

DATA is the folder of public datasets that ``benchmarks/libel_real.py`` reads. Needs onnx and
scikit-learn (the ``test`` extra); about twenty minutes on two cores, most of it the engine.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from libel_council_probes import read_batches  # noqa: E402
from libel_court import court_statements  # noqa: E402
from libel_head import clean_tweets, labelled_rows, sentence_vectors  # noqa: E402
from quality import olid  # noqa: E402

from monitor.scoring.engine import build_engine  # noqa: E402
from monitor.scoring.neural import MODEL_DIR, NeuralScorer  # noqa: E402

REAL_RATE, CLEAN_RATE, PROBE_RATE = 0.01, 0.005, 0.02
FOLDS = 5

Scorer = Callable[[np.ndarray], np.ndarray]


@dataclass
class Rows:
    """Texts' two sentence vectors side by side, their labels (1: allegation, 0: none, -1:
    not labelled) and whether the engine gives each the libel label."""

    x: np.ndarray
    y: np.ndarray
    labelled: np.ndarray


def read_rows(
    model: onnx.ModelProto,
    scorer: NeuralScorer,
    pairs: Sequence[tuple[str, int]],
    names: Sequence[str] = (),
) -> Rows:
    texts = [text for text, _ in pairs]
    own, general = sentence_vectors(model, scorer, texts)
    engine = build_engine({"names": list(names)}) if names else build_engine()
    labelled = np.array(["libel" in a.labels for a in engine.assess(texts)])
    return Rows(np.hstack([own, general]), np.array([y for _, y in pairs]), labelled)


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray, strength: float) -> Scorer:
    scaler = StandardScaler().fit(x)
    head = LogisticRegression(C=strength, max_iter=5000, class_weight="balanced")
    head.fit(scaler.transform(x), y, sample_weight=weights)
    return lambda z: head.predict_proba(scaler.transform(z))[:, 1]


def lowest_adding(
    scores: np.ndarray, negatives: np.ndarray, labelled: np.ndarray, rate: float
) -> float:
    """The lowest threshold at which the head adds at most ``rate`` of ``negatives`` to what
    the engine already labels."""
    unlabelled = np.sort(scores[negatives & ~labelled])[::-1]
    allowed = int(rate * negatives.sum())
    # Just above the first comment past the allowance, as training/libel_head.py sets it.
    return float(unlabelled[allowed]) + 1e-6 if allowed < len(unlabelled) else 0.0


def added(scores: np.ndarray, rows: Rows, threshold: float) -> str:
    new = (scores >= threshold) & ~rows.labelled
    if (rows.y < 0).all():
        return f"+{int(new.sum())}"
    return f"+{int(new[rows.y == 1].sum())} / +{int(new[rows.y != 1].sum())}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of the public datasets")
    parser.add_argument("--olid", type=Path, help="folder holding OLID (default: --data)")
    parser.add_argument("--real-weights", default="0,1,5", help="weights of the real rows")
    parser.add_argument("--strengths", default="0.001,0.01", help="regression strengths (C)")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"--data {args.data}: no such folder")
    try:
        weights = [float(w) for w in args.real_weights.split(",") if w.strip()]
        strengths = [float(c) for c in args.strengths.split(",") if c.strip()]
    except ValueError:
        parser.error("--real-weights and --strengths take numbers, such as 0,1,5")
    if not weights or not strengths or min(weights) < 0 or min(strengths) <= 0:
        parser.error("give one or more weights of 0 or more and strengths above 0")

    model = onnx.load(str(MODEL_DIR / "comment-model.onnx"))
    scorer = NeuralScorer(MODEL_DIR)

    def rows(pairs: Sequence[tuple[str, int]], names: Sequence[str] = ()) -> Rows:
        return read_rows(model, scorer, pairs, names)

    real = rows(labelled_rows(args.data, halves=("dev", "train")))
    read_half = rows(labelled_rows(args.data, halves=("read",)))
    court = court_statements()
    court_rows = rows([(r["text"], int(r["finding"] == "defamatory")) for r in court])
    clean = rows([(t, -1) for t in clean_tweets(args.data)])
    olid_rows = rows(
        [(r.text, -1) for r in olid(args.olid or args.data) if r.group == "not offensive"]
    )
    with (args.data / "davidson_labeled_data.csv").open(encoding="utf-8", newline="") as handle:
        neither = rows([(r["tweet"], -1) for r in csv.DictReader(handle) if r["class"] == "2"])
    batches = {
        b.number: rows(
            [(t, 0) for t in b.legitimate] + [(t, 1) for t in b.allegations], b.councillors
        )
        for b in read_batches()
        if b.read
    }
    print(f"read batches {sorted(batches)}; added to the engine: allegations / others")
    print(
        "| real weight | C | threshold | read batches, one left out | real dev+train "
        "| read half | OLID not offensive | Davidson neither | court development |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for weight in weights:
        for strength in strengths:
            print(
                row(
                    batches,
                    real,
                    weight,
                    strength,
                    clean,
                    read_half,
                    olid_rows,
                    neither,
                    court_rows,
                ),
                flush=True,
            )


def head_on(
    batches: dict[int, Rows],
    numbers: Sequence[int],
    real: Rows,
    weight: float,
    strength: float,
    keep: np.ndarray | None = None,
) -> Scorer:
    """A head fitted on the batches ``numbers``, and the real rows ``keep`` at ``weight``."""
    parts = [batches[n] for n in numbers]
    xs, ys = [p.x for p in parts], [p.y for p in parts]
    ws = [np.ones(len(p.y)) for p in parts]
    if weight > 0:
        kept = np.ones(len(real.y), bool) if keep is None else keep
        xs.append(real.x[kept])
        ys.append(real.y[kept])
        ws.append(np.full(int(kept.sum()), weight))
    return fit(np.vstack(xs), np.concatenate(ys), np.concatenate(ws), strength)


def row(
    batches: dict[int, Rows],
    real: Rows,
    weight: float,
    strength: float,
    *measured: Rows,
) -> str:
    """One line of the table: the threshold, then what the head adds to the engine."""
    numbers = sorted(batches)
    left_out = {
        n: head_on(batches, [m for m in numbers if m != n], real, weight, strength)(batches[n].x)
        for n in numbers
    }
    probes = Rows(
        np.zeros((0, 0)),
        np.concatenate([batches[n].y for n in numbers]),
        np.concatenate([batches[n].labelled for n in numbers]),
    )
    probe_scores = np.concatenate([left_out[n] for n in numbers])
    head = head_on(batches, numbers, real, weight, strength)
    if weight > 0:  # scored out of fold
        real_scores = np.zeros(len(real.y))
        folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
        for train, held in folds.split(real.x, real.y):
            keep = np.zeros(len(real.y), bool)
            keep[train] = True
            real_scores[held] = head_on(batches, numbers, real, weight, strength, keep)(
                real.x[held]
            )
    else:
        real_scores = head(real.x)
    clean, *others = measured
    threshold = max(
        lowest_adding(real_scores, real.y == 0, real.labelled, REAL_RATE),
        lowest_adding(head(clean.x), np.ones(len(clean.y), bool), clean.labelled, CLEAN_RATE),
        lowest_adding(probe_scores, probes.y == 0, probes.labelled, PROBE_RATE),
    )
    cells = [added(probe_scores, probes, threshold), added(real_scores, real, threshold)]
    cells += [added(head(rows.x), rows, threshold) for rows in others]
    return f"| {weight:g} | {strength:g} | {threshold:.3f} | " + " | ".join(cells) + " |"


if __name__ == "__main__":
    main()
