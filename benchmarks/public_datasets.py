"""The scorers on public labelled data: OLID (offensive political tweets) and Davidson.

    .venv/bin/python benchmarks/public_datasets.py [--datasets ../shared/datasets]

The files are read where they lie and never copied (their licences don't allow it).
OLID subtask A: OFF vs NOT. For the linear path (alt-profanity-check alone) it prints
AUC and precision/recall at 0.5; for the whole default engine, the share of OFF tweets
flagged and the share of NOT tweets flagged. Davidson is reported for the engine only:
alt-profanity-check was trained on it, so its own figures there mean nothing.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from monitor.scoring.engine import build_engine
from monitor.scoring.linear import LinearScorer


def olid(path: Path) -> tuple[list[str], list[bool]]:
    texts, offensive = [], []
    lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    for line in lines[1:]:
        fields = line.rstrip("\r").split("\t")
        if len(fields) >= 3 and fields[2] in {"OFF", "NOT"}:
            texts.append(fields[1])
            offensive.append(fields[2] == "OFF")
    return texts, offensive


def davidson(path: Path) -> tuple[list[str], list[int]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row["tweet"] for row in rows], [int(row["class"]) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--datasets", default=str(Path(__file__).resolve().parents[2] / "shared" / "datasets")
    )
    folder = Path(parser.parse_args().datasets)
    from sklearn.metrics import roc_auc_score

    texts, offensive = olid(folder / "olid_training_v1.0.tsv")
    probabilities = [s.gated["abuse"] for s in LinearScorer().score(texts)]
    predicted = [p >= 0.5 for p in probabilities]
    tp = sum(p and o for p, o in zip(predicted, offensive, strict=True))
    print(
        f"OLID ({len(texts)} tweets, {sum(offensive)} OFF): linear path AUC "
        f"{roc_auc_score(offensive, probabilities):.3f}, at 0.5 precision "
        f"{tp / max(1, sum(predicted)):.3f} recall {tp / sum(offensive):.3f}"
    )
    engine = build_engine()
    flagged = [a.flagged for a in engine.assess_parallel(texts, workers=2)]
    off = [f for f, o in zip(flagged, offensive, strict=True) if o]
    clean = [f for f, o in zip(flagged, offensive, strict=True) if not o]
    print(
        f"OLID: default engine flags {sum(off) / len(off):.1%} of OFF and "
        f"{sum(clean) / len(clean):.1%} of NOT tweets"
    )
    tweets, classes = davidson(folder / "davidson_labeled_data.csv")
    flagged = [a.flagged for a in engine.assess_parallel(tweets, workers=2)]
    for label, name in ((0, "hate speech"), (1, "offensive"), (2, "neither")):
        chosen = [f for f, c in zip(flagged, classes, strict=True) if c == label]
        print(
            f"Davidson {name} ({len(chosen)}): default engine flags {sum(chosen) / len(chosen):.1%}"
        )


if __name__ == "__main__":
    main()
