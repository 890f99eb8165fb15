"""The default engine on statements courts have ruled on.

    .venv/bin/python benchmarks/libel_court.py [--data FILE] [--show]

Prints how many statements held defamatory get the libel label, how many reach high libel
and how many are flagged at all, and how many held not defamatory or opinion get the libel
label or reach high libel. ``--data`` names the set (default: the development set,
tests/data/libel_court_statements.jsonl; the held-out sets are
tests/data/libel_court_heldout_2.jsonl to _5.jsonl). ``--show`` lists every
statement with the engine's verdict and libel reason; never use it on a held-out set. The
development set was used to tune the libel rules, so its figures are optimistic; the
held-out sets were not.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from monitor.scoring.base import Assessment, CommentContext
from monitor.scoring.engine import build_engine

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
COURT_SET = DATA / "libel_court_statements.jsonl"
HIGH_LIBEL = 0.75


def court_statements(path: Path = COURT_SET) -> list[dict[str, Any]]:
    """A court set's lines: each statement, its finding, its source and what it answers."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_court_set(
    path: Path,
) -> tuple[list[dict[str, Any]], list[CommentContext | None], list[Assessment]]:
    """A court set's lines, who each answers, and the default engine's assessment of each."""
    rows = court_statements(path)
    contexts = [CommentContext(**row["context"]) if "context" in row else None for row in rows]
    return rows, contexts, build_engine().assess([row["text"] for row in rows], contexts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=COURT_SET, help="a court-set JSONL file")
    parser.add_argument("--show", action="store_true", help="list every verdict")
    args = parser.parse_args()
    rows, _, assessments = read_court_set(args.data)
    scored = list(zip(rows, assessments, strict=True))
    defamatory = [a for row, a in scored if row["finding"] == "defamatory"]
    others = [a for row, a in scored if row["finding"] != "defamatory"]
    print(f"{args.data.name}: {len(rows)} statements")
    print(
        f"held defamatory ({len(defamatory)}): "
        f"libel label {sum('libel' in a.labels for a in defamatory)}, "
        f"high libel {sum(a.scores['libel'] >= HIGH_LIBEL for a in defamatory)}, "
        f"flagged at all {sum(a.flagged for a in defamatory)}"
    )
    print(
        f"held not defamatory or opinion ({len(others)}): "
        f"libel label {sum('libel' in a.labels for a in others)}, "
        f"high libel {sum(a.scores['libel'] >= HIGH_LIBEL for a in others)}, "
        f"flagged at all {sum(a.flagged for a in others)}"
    )
    if args.show:
        for row, assessment in scored:
            libel = [r.message for r in assessment.reasons if r.category == "libel"][:1]
            print(f"\n[{row['finding']}] {assessment.severity} {assessment.labels} {row['text']}")
            print(f"    {row['citation']}")
            for message in libel:
                print(f"    because {message}")


if __name__ == "__main__":
    main()
