"""How the learned model's gates trade recall against false alarms, by cross-validation.

    .venv/bin/python benchmarks/learned_gates.py

The sets the rules were tuned on (councillor_comments_*) always stay in training; the
others are split into four folds, each scored by the rules plus a learned model trained on
everything else. For each category and gate it prints the category's recall (rules or
model) and how many clean comments the model newly flags, which is how DEFAULT_GATES in
monitor/scoring/learned.py were chosen.
"""

from __future__ import annotations

import json
import random

import numpy as np

from monitor.scoring.base import CATEGORIES
from monitor.scoring.engine import build_engine
from monitor.scoring.learned import TRAINING_DIR, fit, load_examples

FOLDS = 4
GATES = (0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    tuned = sorted(TRAINING_DIR.glob("councillor_comments_*.jsonl"))
    others = [p for p in sorted(TRAINING_DIR.glob("*.jsonl")) if p not in tuned]
    pool = [json.loads(line) for path in others for line in path.open() if line.strip()]
    random.Random(1).shuffle(pool)
    always = load_examples(tuned)
    rules = build_engine({"learned": False}).assess([item["text"] for item in pool])
    probabilities = np.zeros((len(pool), len(CATEGORIES)))
    for fold in range(FOLDS):
        held = [i for i in range(len(pool)) if i % FOLDS == fold]
        train = always + [
            (item["text"], frozenset(item["labels"]))
            for i, item in enumerate(pool)
            if i % FOLDS != fold
        ]
        fitted = fit(train)
        table = fitted.probabilities(fitted.features([pool[i]["text"] for i in held])[0])
        for column, category in enumerate(fitted.categories):
            probabilities[held, CATEGORIES.index(category)] = table[:, column]
    clean = np.array([not item["labels"] for item in pool])
    rules_flag = np.array([a.flagged for a in rules])
    print(
        f"{len(pool)} comments from {', '.join(p.name for p in others)}; "
        f"rules alone flag {rules_flag[clean].mean():.1%} of {clean.sum()} clean ones"
    )
    for index, category in enumerate(CATEGORIES):
        truth = np.array([category in item["labels"] for item in pool])
        by_rules = np.array([category in a.labels for a in rules])
        cells = []
        for gate in GATES:
            hit = probabilities[:, index] >= gate
            cells.append(
                f"{gate}: {(hit | by_rules)[truth].mean():.2f} +{(hit & ~rules_flag)[clean].sum()}"
            )
        print(f"{category:15} rules {by_rules[truth].mean():.2f} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
