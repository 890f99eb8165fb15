from __future__ import annotations

import json

from monitor.scoring.engine import PARALLEL_MIN, build_engine
from monitor.scoring.learned import training_files


def test_scoring_across_processes_gives_the_same_assessments_in_the_same_order() -> None:
    texts = [json.loads(line)["text"] for path in training_files() for line in path.open() if line]
    texts = (texts * (PARALLEL_MIN // len(texts) + 2))[: PARALLEL_MIN + 123]
    engine = build_engine()
    assert engine.assess_parallel(texts, workers=2) == engine.assess(texts)
