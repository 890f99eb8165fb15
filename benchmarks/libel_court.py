"""The default engine on statements courts have ruled on (tests/data/libel_court_statements.jsonl).

    .venv/bin/python benchmarks/libel_court.py [--show]

Prints how many statements held defamatory get the libel label and how many are flagged at
all, and how many held not defamatory or opinion get the libel label or reach high libel.
``--show`` lists every statement with the engine's verdict and libel reason. The set is a
development set (the libel rules were tuned on it), so these figures are optimistic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from monitor.scoring.base import CommentContext
from monitor.scoring.engine import build_engine

COURT_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "libel_court_statements.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in COURT_SET.read_text(encoding="utf-8").splitlines()]
    contexts = [CommentContext(**row["context"]) if "context" in row else None for row in rows]
    assessments = build_engine().assess([row["text"] for row in rows], contexts)
    scored = list(zip(rows, assessments, strict=True))
    defamatory = [a for row, a in scored if row["finding"] == "defamatory"]
    others = [a for row, a in scored if row["finding"] != "defamatory"]
    print(
        f"held defamatory ({len(defamatory)}): "
        f"libel label {sum('libel' in a.labels for a in defamatory)}, "
        f"flagged at all {sum(a.flagged for a in defamatory)}"
    )
    print(
        f"held not defamatory or opinion ({len(others)}): "
        f"libel label {sum('libel' in a.labels for a in others)}, "
        f"high libel {sum(a.scores['libel'] >= 0.75 for a in others)}, "
        f"flagged at all {sum(a.flagged for a in others)}"
    )
    if "--show" in sys.argv:
        for row, assessment in scored:
            libel = [r.message for r in assessment.reasons if r.category == "libel"][:1]
            print(f"\n[{row['finding']}] {assessment.severity} {assessment.labels} {row['text']}")
            print(f"    {row['citation']}")
            for message in libel:
                print(f"    because {message}")


if __name__ == "__main__":
    main()
