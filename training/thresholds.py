"""Choose each head's threshold on development rows and write it into ``heads.json``.

    python training/thresholds.py --data DATA_DIR [--model-dir monitor/scoring/model]

Development rows are those the training run held back: each dataset's own dev split, and a
fixed 5% (by the text's hash) of datasets that have none; datasets kept for measuring only
are left out. A head's threshold is the lowest probability at which at most the share in
``CLEAN_RATE`` of the *clean* development rows (no harmful label at all) of the sources
named by ``--clean-from`` would be flagged by that head. Those sources are the ones whose
"clean" means ordinary conversation: in the hate-speech corpora a row without a hate label
is often still offensive, or forum talk around hate. It prints, per head, the threshold and
the recall it gives on each source's positive development rows.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import held_out  # noqa: E402

from monitor.scoring.neural import MODEL_DIR, NeuralScorer  # noqa: E402

# The largest share of clean development comments one head may flag. Threats raise the
# most alarming messages, so they get the least room. The libel head is not used: it learned
# from the project's own comments alone and does not carry over to other text.
CLEAN_RATE = {
    "abuse": 0.015,
    "obscene": 0.005,
    "threat": 0.006,
    "discrimination": 0.01,
    "libel": 0.01,
}
# The libel head learned from the project's own comments alone, whose clean rows it finds
# easy; on political tweets (OLID) it read ordinary argument as allegations below 0.8, so
# it never counts below that. Once ``libel_head.py`` has fitted the head on real comments
# (the fine-tuned one is then "libel_written"), that script owns the libel threshold.
FLOOR = {"libel": 0.8}


def development_rows(data: Path, measure_only: set[str]) -> list[dict]:
    rows = []
    for path in sorted([*data.glob("*.jsonl"), *data.glob("*.jsonl.gz")]):
        opener = gzip.open if path.suffix == ".gz" else open
        for line in opener(path, "rt", encoding="utf-8"):
            row = json.loads(line)
            if row.get("source") in measure_only or row.get("split") == "test":
                continue
            if row.get("split") == "dev" or held_out(row["text"]):
                rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--measure-only", action="append", default=["olid", "conan"])
    parser.add_argument(
        "--clean-from", action="append", default=[], help="sources whose clean rows set thresholds"
    )
    parser.add_argument("--dry-run", action="store_true", help="print, don't write")
    args = parser.parse_args()
    rows = development_rows(args.data, set(args.measure_only))
    scorer = NeuralScorer(args.model_dir)
    probabilities = scorer.probabilities([r["text"][:2000] for r in rows])
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_source[row["source"]].append(i)
    clean_from = set(args.clean_from or ("wardwatch", "jigsaw", "davidson"))
    clean = [
        i
        for i, row in enumerate(rows)
        if row["source"] in clean_from and row["labels"] and not any(row["labels"].values())
    ]
    if len(clean) < 200:
        raise SystemExit(f"only {len(clean)} clean development rows from {sorted(clean_from)}")
    chosen: dict[str, float] = {}
    for j, head in enumerate(scorer.heads):
        if head not in CLEAN_RATE or (head == "libel" and "libel_written" in scorer.heads):
            continue
        threshold = round(float(np.quantile(probabilities[clean, j], 1 - CLEAN_RATE[head])), 3)
        threshold = max(threshold, FLOOR.get(head, 0.0))
        chosen[head] = threshold
        recalls = []
        for source, idx in sorted(by_source.items()):
            positives = [i for i in idx if rows[i]["labels"].get(head) == 1]
            if len(positives) >= 20:
                hit = float((probabilities[positives, j] >= threshold).mean())
                recalls.append(f"{source} {hit:.2f} of {len(positives)}")
        print(f"{head}: threshold {threshold}; recall on development rows: {', '.join(recalls)}")
    if not args.dry_run:
        path = args.model_dir / "heads.json"
        meta = json.loads(path.read_text())
        meta["thresholds"] = {**meta.get("thresholds", {}), **chosen}
        path.write_text(json.dumps(meta, indent=1) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
