from __future__ import annotations

import json
from pathlib import Path

from monitor.scoring.engine import PARALLEL_MIN, build_engine

TRAINING = Path(__file__).resolve().parents[2] / "monitor" / "scoring" / "training"


def test_scoring_across_processes_gives_the_same_assessments_in_the_same_order() -> None:
    paths = sorted(TRAINING.glob("*.jsonl"))
    texts = [json.loads(line)["text"] for path in paths for line in path.open() if line]
    texts = (texts * (PARALLEL_MIN // len(texts) + 2))[: PARALLEL_MIN + 123]
    # The rule scorers and alt-profanity-check fork; the comment model threads instead.
    engine = build_engine({"toxicity": "linear"})
    assert engine.assess_parallel(texts, workers=2) == engine.assess(texts)
