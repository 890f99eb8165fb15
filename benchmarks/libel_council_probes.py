"""The default engine on comments written to probe the libel rules on a councillor's page.

    .venv/bin/python benchmarks/libel_council_probes.py [--batch N ...] [--show]

Each batch in tests/data/libel_council_probes.jsonl was written for the project by a writer
who had read neither the rules nor the code, from a brief: about 200 legitimate comments
(harsh criticism, figures of speech, crimes by strangers, reports properly attributed,
rumours knocked down) and about 100 allegations against identifiable people, under the posts
of one councillor whose colleague sits on the same council. The engine reads each batch with
those two councillors configured (tests/data/libel_council_probes_batches.json).

Prints, for each batch, how many legitimate comments get the libel label and how many reach
high libel, and the same for the allegations; then the totals of the batches the rules were
mended from ("read") and of those nobody has read. A read batch says little: the rules were
written from it. ``--show`` lists the legitimate comments with the libel label and the
allegations without it; never use it on an unread batch, which is a measure only while
nobody reads it. This is the project's own writing, a stand-in for real council pages, and
no substitute for the public comments and court statements measured by libel_real.py and
libel_court.py.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from monitor.scoring.base import Assessment
from monitor.scoring.engine import build_engine

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
COMMENTS = DATA / "libel_council_probes.jsonl"
BATCHES = DATA / "libel_council_probes_batches.json"
HIGH_LIBEL = 0.75


@dataclass
class Batch:
    number: int
    councillors: list[str]
    read: bool
    legitimate: list[str] = field(default_factory=list)
    allegations: list[str] = field(default_factory=list)


def read_batches(comments: Path = COMMENTS, batches: Path = BATCHES) -> list[Batch]:
    """The batches, in order, each with its comments."""
    described = json.loads(batches.read_text(encoding="utf-8"))["batches"]
    found = {
        row["batch"]: Batch(row["batch"], list(row["councillors"]), bool(row["read"]))
        for row in described
    }
    for number, line in enumerate(comments.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        batch = found.get(row["batch"])
        if batch is None:
            raise SystemExit(
                f"{comments.name}, line {number}: batch {row['batch']} is not in {batches.name}"
            )
        if row["label"] == "legitimate":
            batch.legitimate.append(row["text"])
        elif row["label"] == "allegation":
            batch.allegations.append(row["text"])
        else:
            raise SystemExit(
                f"{comments.name}, line {number}: label {row['label']!r} is neither "
                "'legitimate' nor 'allegation'"
            )
    return [found[number] for number in sorted(found)]


def assess(batch: Batch) -> tuple[list[Assessment], list[Assessment]]:
    """The engine's assessments of a batch's legitimate comments and of its allegations,
    with the batch's two councillors configured."""
    engine = build_engine({"names": batch.councillors})
    return engine.assess(batch.legitimate), engine.assess(batch.allegations)


def counts(assessments: list[Assessment]) -> tuple[int, int]:
    """How many have the libel label, and how many reach high libel."""
    labelled = sum("libel" in a.labels for a in assessments)
    high = sum(a.scores.get("libel", 0.0) >= HIGH_LIBEL for a in assessments)
    return labelled, high


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, action="append", help="only this batch")
    parser.add_argument("--show", action="store_true", help="list the comments it gets wrong")
    args = parser.parse_args()
    batches = [b for b in read_batches() if not args.batch or b.number in args.batch]
    print("batch  read  legitimate: libel label (high)  allegations: libel label (high)")
    totals: dict[bool, list[int]] = {True: [0] * 6, False: [0] * 6}
    for batch in batches:
        legitimate, allegations = assess(batch)
        row = [len(legitimate), *counts(legitimate), len(allegations), *counts(allegations)]
        totals[batch.read] = [a + b for a, b in zip(totals[batch.read], row, strict=True)]
        print(
            f"{batch.number:>5}  {'yes' if batch.read else 'no':>4}  "
            f"{row[1]:>4} of {row[0]:<4} ({row[2]})"
            f"{'':>18}{row[4]:>4} of {row[3]:<4} ({row[5]})"
        )
        if args.show:
            for text, a in zip(batch.legitimate, legitimate, strict=True):
                if "libel" in a.labels:
                    print(f"    legitimate, labelled {a.scores['libel']:.2f}: {text}")
            for text, a in zip(batch.allegations, allegations, strict=True):
                if "libel" not in a.labels:
                    print(f"    allegation, missed {a.scores.get('libel', 0.0):.2f}: {text}")
    for read, row in totals.items():
        if row[0]:
            print(
                f"{'read' if read else 'unread':>10}: legitimate {row[1]} of {row[0]} ({row[2]} at "
                f"high), allegations {row[4]} of {row[3]} ({row[5]} at high)"
            )


if __name__ == "__main__":
    main()
