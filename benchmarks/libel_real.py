"""The libel scorer on real comments that people posted, labelled for allegations.

    .venv/bin/python benchmarks/libel_real.py --data FOLDER [--half dev|train|read|test|all]
        [--show] [--errors] [--by-source]
    .venv/bin/python benchmarks/libel_real.py --data FOLDER --half unlabelled [--show]

``tests/data/libel_real_comments.jsonl`` labels 7,373 public comments (news-site comments,
Wikipedia talk pages, tweets, Gab and Twitter posts) for whether they state or insinuate, as
fact, that an identifiable individual did something seriously discreditable: ``clear`` (a
specific charge: a crime, violence, sexual misconduct, fraud, lying about a specific matter,
a criminal label), ``weak`` (political invective or a vague charge: "a liar", "a crook") and
``no`` (insults without an imputed act, opinion, hyperbole, statements about groups,
hypotheticals, denials). It stores only a hash of each text: FOLDER must hold the public
datasets the comments come from, as their authors publish them:

- ``toxic_spans_comments.csv``: Toxic Spans (Pavlopoulos et al. 2022, CC0), the file
  ``data/comments.csv`` of GitHub ipavlopoulos/toxic_spans (Civil Comments posts);
- ``jigsaw_robtest_test.csv``: the balanced Jigsaw toxic/not sample of GitHub
  Hongcheng-Gao/RobTest-Demo, ``data/jigsaw/test.csv`` (Wikipedia talk pages, CC BY-SA 3.0);
- ``davidson_labeled_data.csv``: Davidson et al. 2017 (MIT);
- ``hatexplain_lfr_{train,valid,test}.tsv``: HateXplain (Mathew et al. 2021, MIT) as split
  by GitHub ChrisIsKing/Learning-From-Rules, ``label<TAB>text``: the files
  ``data/hatexplain/{train,valid,test}.csv`` of its ``content_moderation`` branch at commit
  f9f5950 (2022-07-07). Later commits dropped rows, 47 of them labelled here.

The comments were drawn from those datasets, most of them because they hold a word of
wrongdoing and a person (so the set is hard for a word-list scorer: the words are there in
the ``no`` rows too), the rest at random among comments that mention a person. The ``dev``
half (the first 1,110 lines) may be read to improve the rules; the ``train`` rows (2,000,
labelled later by other readers) fit the comment model's libel head with the ``dev`` half
(``training/libel_head.py``); the ``read`` rows (1,953, labelled later still, a fifth of
them chosen because the engine flagged them) were read to improve the rules and are not
fitted; the ``test`` half is for measuring: read its figures, not its rows.

Prints, per label, how many get the libel label, how many reach high libel and how many the
engine flags at all. ``--half unlabelled`` runs the engine over every comment of those
datasets that no row labels (each text once: about 64,000, some twelve minutes on two cores)
and prints how many get the libel label and how many reach high libel. Few of them are
allegations, so the count bounds the false labels from above; ``--show`` lists them to read.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
csv.field_size_limit(sys.maxsize)

from monitor.scoring.engine import build_engine  # noqa: E402

LABELS = ROOT / "tests" / "data" / "libel_real_comments.jsonl"
HIGH_LIBEL = 0.75


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def public_texts(folder: Path) -> Iterator[str]:
    """Every comment text of the public datasets found in ``folder``."""
    path = folder / "toxic_spans_comments.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            yield from (row["comment_text"] for row in csv.DictReader(handle))
    path = folder / "jigsaw_robtest_test.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            yield from (row[0] for row in csv.reader(handle) if row)
    path = folder / "davidson_labeled_data.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            yield from (row["tweet"] for row in csv.DictReader(handle))
    for path in sorted(folder.glob("hatexplain*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if "\t" in line:
                yield line.split("\t", 1)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of the public datasets")
    parser.add_argument(
        "--half", choices=("dev", "train", "read", "test", "all", "unlabelled"), default="dev"
    )
    parser.add_argument("--show", action="store_true", help="list the verdicts (not on test)")
    parser.add_argument(
        "--by-source", action="store_true", help="one table row per dataset and label"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="with --show: only allegations missed and comments without one labelled",
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"--data {args.data}: no such folder")
    if args.half == "unlabelled":
        if args.errors or args.by_source:
            parser.error("--errors and --by-source need labels: not with --half unlabelled")
        unlabelled(args.data, show=args.show)
        return
    if args.show and args.half not in ("dev", "train", "read"):
        parser.error("--show lists the dev, train or read rows only: the test half is for figures")
    if args.errors and not args.show:
        parser.error("--errors narrows --show: add --show")
    labelled = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    wanted = {row["sha256"]: row for row in labelled if args.half in ("all", row["half"])}
    texts: dict[str, str] = {}
    for text in public_texts(args.data):
        key = digest(text)
        if key in wanted:
            texts.setdefault(key, text)
    rows = [row for key, row in wanted.items() if key in texts]
    print(f"{len(rows)} of {len(wanted)} labelled comments found in {args.data} ({args.half})")
    if not rows:
        return
    assessments = build_engine().assess([texts[row["sha256"]] for row in rows])
    counts: Counter[tuple[str, str]] = Counter()
    for row, assessment in zip(rows, assessments, strict=True):
        group = row["label"] + (" (attributed)" if row["attributed"] else "")
        if args.by_source:
            group = f"{row['source']}: {group}"
        counts[group, "rows"] += 1
        counts[group, "libel"] += "libel" in assessment.labels
        counts[group, "high"] += assessment.scores.get("libel", 0.0) >= HIGH_LIBEL
        counts[group, "flagged"] += assessment.flagged
    width = 34 if args.by_source else 22
    print(f"{'label':{width}} {'rows':>5} {'libel label':>12} {'high libel':>11} {'flagged':>8}")
    for group in sorted({group for group, _ in counts}):
        n = counts[group, "rows"]
        cells = [
            f"{counts[group, k]} ({100 * counts[group, k] / n:.0f}%)"
            for k in ("libel", "high", "flagged")
        ]
        print(f"{group:{width}} {n:>5} {cells[0]:>12} {cells[1]:>11} {cells[2]:>8}")
    if args.show:
        for row, assessment in zip(rows, assessments, strict=True):
            labelled = "libel" in assessment.labels
            if args.errors and (row["label"] == "weak" or labelled == (row["label"] == "clear")):
                continue  # right, or a weak charge, which may go either way
            reason = next((r.message for r in assessment.reasons if r.category == "libel"), "")
            libel = assessment.scores.get("libel", 0.0)
            print(f"\n[{row['label']}] libel {libel:.2f} {sorted(assessment.labels)}")
            print(f"    {texts[row['sha256']]!r}")
            if reason:
                print(f"    because {reason}")


def unlabelled(folder: Path, *, show: bool, batch: int = 500) -> None:
    """The engine over every public comment that no row labels, each text once."""
    labelled = {
        json.loads(line)["sha256"] for line in LABELS.read_text(encoding="utf-8").splitlines()
    }
    seen: set[str] = set()
    texts: list[str] = []
    for text in public_texts(folder):
        key = digest(text)
        if key not in labelled and key not in seen:
            seen.add(key)
            texts.append(text)
    engine = build_engine()
    given: list[tuple[float, str, str]] = []
    flagged = 0
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        for text, assessment in zip(chunk, engine.assess(chunk), strict=True):
            flagged += assessment.flagged
            if "libel" in assessment.labels:
                reason = next((r.message for r in assessment.reasons if r.category == "libel"), "")
                given.append((assessment.scores.get("libel", 0.0), text, reason))
    high = sum(libel >= HIGH_LIBEL for libel, _, _ in given)
    print(
        f"{len(texts)} unlabelled comments in {folder}: {len(given)} given the libel label, "
        f"{high} at high libel; {flagged} flagged at all"
    )
    if show:
        for libel, text, reason in sorted(given, key=lambda item: -item[0]):
            print(f"\nlibel {libel:.2f}\n    {text!r}")
            if reason:
                print(f"    because {reason}")


if __name__ == "__main__":
    main()
