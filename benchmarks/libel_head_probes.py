"""The comment model's libel head refitted with the council-page probe batches beside the
real comments, at several weights: does it carry to comments nobody read, and at what cost on
real ones?

    .venv/bin/python benchmarks/libel_head_probes.py --data DATA [--olid FOLDER]
        [--weights 0,0.1,0.3]

The rules written from one probe batch barely carry to the next (docs/scoring.md, "Libel
33"); a head that reads the whole comment might. This refits the head the way
``training/libel_head.py`` fits it (a logistic regression over the two sentence vectors of
the shipped model, C = 0.001, balanced classes; threshold: the lowest probability at which
at most 3% of the real comments without an allegation, out of fold, and 1% of Davidson's
clean development tweets are flagged) on the real ``dev`` and ``train`` rows plus the probe
batches the rules were written from (``read``), each probe comment weighted against a real
one. Nothing is written: the shipped model is left as it is.

For each weight it prints, for the head alone at its own threshold: the real ``dev`` and
``train`` rows out of fold (ROC AUC; allegations and other comments labelled), the ``read``
and ``test`` halves (the ``test`` half is only counted, never chosen from), the court
development set, OLID's not-offensive tweets, the read probe batches one batch left out at a
time, and the unread probe batches (ROC AUC and counts by the fit on all rows).

DATA is the folder of public datasets that ``benchmarks/libel_real.py`` reads; OLID's
``olid_training_v1.0.tsv`` is counted where it is found, in ``--olid`` or else in DATA. Needs
onnx and scikit-learn (the ``test`` extra); about ten minutes on two cores. The ``test``
half and the unread batches are measures: never choose a weight or a threshold by them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from libel_council_probes import read_batches  # noqa: E402
from libel_court import court_statements  # noqa: E402
from libel_head import (  # noqa: E402
    CLEAN_RATE,
    NO_RATE,
    clean_tweets,
    labelled_rows,
    lowest_threshold,
    sentence_vectors,
)
from quality import olid  # noqa: E402

from monitor.scoring.neural import MODEL_DIR, NeuralScorer  # noqa: E402

STRENGTH = 0.001  # what training/libel_head.py chose for the shipped head
FOLDS = 5

Scorer = Callable[[np.ndarray], np.ndarray]


@dataclass
class Rows:
    """Texts' sentence vectors (both encoders side by side) and their labels (1: allegation)."""

    x: np.ndarray
    y: np.ndarray


def vectors(model: onnx.ModelProto, scorer: NeuralScorer, texts: Sequence[str]) -> np.ndarray:
    own, general = sentence_vectors(model, scorer, texts)
    return np.hstack([own, general])


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> Scorer:
    scaler = StandardScaler().fit(x)
    head = LogisticRegression(C=STRENGTH, max_iter=5000, class_weight="balanced")
    head.fit(scaler.transform(x), y, sample_weight=weights)
    return lambda z: head.predict_proba(scaler.transform(z))[:, 1]


def fit_with(real: Rows, probes: Rows, weight: float) -> Scorer:
    """A head on the real rows and the probe rows, each probe row counting ``weight``."""
    if weight == 0:
        return fit(real.x, real.y, np.ones(len(real.y)))
    x = np.vstack([real.x, probes.x])
    y = np.concatenate([real.y, probes.y])
    weights = np.concatenate([np.ones(len(real.y)), np.full(len(probes.y), weight)])
    return fit(x, y, weights)


def labelled(scores: np.ndarray, y: np.ndarray, threshold: float) -> str:
    hits = scores >= threshold
    return f"{int(hits[y == 1].sum())} / {int(hits[y == 0].sum())}"


def auc(y: np.ndarray, scores: np.ndarray) -> str:
    return f"{roc_auc_score(y, scores):.3f}" if len(set(y.tolist())) == 2 else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of the public datasets")
    parser.add_argument("--olid", type=Path, help="folder holding OLID (default: --data)")
    parser.add_argument("--weights", default="0,0.1,0.3", help="probe weights, comma-separated")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"--data {args.data}: no such folder")
    try:
        weights = [float(w) for w in args.weights.split(",") if w.strip()]
    except ValueError:
        parser.error(f"--weights {args.weights}: give numbers, such as 0,0.1,0.3")
    if not weights or any(w < 0 for w in weights):
        parser.error(f"--weights {args.weights}: give one or more weights of 0 or more")

    model = onnx.load(str(MODEL_DIR / "comment-model.onnx"))
    scorer = NeuralScorer(MODEL_DIR)

    def rows(pairs: Sequence[tuple[str, int]]) -> Rows:
        return Rows(vectors(model, scorer, [t for t, _ in pairs]), np.array([y for _, y in pairs]))

    real = rows(labelled_rows(args.data, halves=("dev", "train")))
    if len(set(real.y.tolist())) < 2:
        sys.exit(f"no labelled comments of both kinds found in {args.data}")
    read_half = rows(labelled_rows(args.data, halves=("read",)))
    test_half = rows(labelled_rows(args.data, halves=("test",)))
    court_rows = court_statements()
    court = rows([(r["text"], int(r["finding"] == "defamatory")) for r in court_rows])
    clean = vectors(model, scorer, clean_tweets(args.data))
    olid_folder = args.olid or args.data
    not_offensive = [row.text for row in olid(olid_folder) if row.group == "not offensive"]
    olid_x = vectors(model, scorer, not_offensive) if not_offensive else None

    batches = read_batches()
    probe_pairs = [
        (text, label, batch.number, batch.read)
        for batch in batches
        for label, texts in ((0, batch.legitimate), (1, batch.allegations))
        for text in texts
    ]
    probes = Rows(
        vectors(model, scorer, [p[0] for p in probe_pairs]), np.array([p[1] for p in probe_pairs])
    )
    number = np.array([p[2] for p in probe_pairs])
    read = np.array([p[3] for p in probe_pairs])
    read_numbers = sorted({p[2] for p in probe_pairs if p[3]})
    unread_numbers = sorted({p[2] for p in probe_pairs if not p[3]})
    read_probes = Rows(probes.x[read], probes.y[read])

    print(
        f"real dev+train {len(real.y)} ({int(real.y.sum())} allegations); read probe batches "
        f"{read_numbers}; unread {unread_numbers}; labelled: allegations / others"
    )
    print(
        "| probe weight | threshold | real dev+train: AUC; labelled | read: AUC; labelled | "
        "test: labelled | court: AUC; labelled | OLID not offensive | read probes, one batch "
        "left out: labelled | unread probes: AUC; labelled |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
    for weight in weights:
        out_of_fold = np.zeros(len(real.y))
        for train, held in folds.split(real.x, real.y):
            head = fit_with(Rows(real.x[train], real.y[train]), read_probes, weight)
            out_of_fold[held] = head(real.x[held])
        head = fit_with(real, read_probes, weight)
        threshold = max(
            lowest_threshold(out_of_fold[real.y == 0], NO_RATE),
            lowest_threshold(head(clean), CLEAN_RATE) if len(clean) else 0.0,
        )
        left_out = np.zeros(len(probes.y))
        for batch in read_numbers:
            others = read & (number != batch)
            kept = fit_with(real, Rows(probes.x[others], probes.y[others]), weight)
            left_out[number == batch] = kept(probes.x[number == batch])
        unread = ~read
        unread_scores = head(probes.x[unread])
        olid_count = str(int((head(olid_x) >= threshold).sum())) if olid_x is not None else "-"
        read_scores, court_scores = head(read_half.x), head(court.x)
        print(
            f"| {weight:g} | {threshold:.3f} "
            f"| {auc(real.y, out_of_fold)}; {labelled(out_of_fold, real.y, threshold)} "
            f"| {auc(read_half.y, read_scores)}; {labelled(read_scores, read_half.y, threshold)} "
            f"| {labelled(head(test_half.x), test_half.y, threshold)} "
            f"| {auc(court.y, court_scores)}; {labelled(court_scores, court.y, threshold)} "
            f"| {olid_count} "
            f"| {labelled(left_out[read], probes.y[read], threshold)} "
            f"| {auc(probes.y[unread], unread_scores)}; "
            f"{labelled(unread_scores, probes.y[unread], threshold)} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
