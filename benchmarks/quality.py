"""Detection quality on public labelled data, next to alt-profanity-check in the same run.

    .venv/bin/python benchmarks/quality.py --data FOLDER [--write-docs] [--limit N]

FOLDER holds the public datasets as their authors publish them; the benchmark downloads
nothing and reads whichever of these it finds (each is optional):

- ``davidson_labeled_data.csv``: Davidson et al. 2017, tweets labelled hate / offensive /
  neither (GitHub t-davidson/hate-speech-and-offensive-language, MIT). alt-profanity-check
  was trained on it, so its figures there are flattering to it.
- ``olid_training_v1.0.tsv``: OLID (Zampieri et al. 2019, OffensEval): political tweets,
  offensive or not, and whether an insult targets a person.
- ``hatexplain*_test.tsv``: HateXplain (Mathew et al. 2021, MIT), ``label<TAB>text``.
- ``conan*.csv``: the CONAN family (Chung et al. 2019; Fanton et al. 2021; GitHub
  marcoguerini/CONAN; research use, no redistribution): hate speech and the
  counter-narratives written to answer it: counter-speech that must stay visible.
- ``ethos_binary.csv``: ETHOS (Mollas et al. 2022, GPL-3.0), hate or not.
- ``toxigen_*.jsonl`` / ``stormfront*.jsonl`` and any other file in the JSON Lines format
  of ``training/prepare.py`` with ``"split": "test"`` or ``"dev"`` rows. Write them with
  ``training/prepare.py`` itself: a text found in several splits stays only in the
  earliest (train, then dev, then test), as the model was trained. A copy that keeps the
  test rows first measures texts the model was trained on (ConvAbuse repeats short turns:
  112 of the 669 test texts in such a copy are training texts too).
It also always reads the project's own sets in ``tests/data``: the written held-out comments
and the court-tested libel statements (development and held-out sets).

For each dataset it prints, for every group of rows (a label class), how many the default
engine flags (review or high) and how many it makes urgent (high), and the same "flagged"
share for alt-profanity-check at 0.5; for each category the dataset labels, the engine's
precision and recall; and the ROC AUC of the engine's highest category score against "any
harmful label". ``--write-docs`` puts the table in docs/scoring.md between the
``quality-table`` markers.

Never point it at HateCheck, the Unhealthy Comments Corpus test and validation splits or the
Dynamically-Generated-Hate-Speech test split while working on wardwatch: they are kept for
measuring it from outside.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
csv.field_size_limit(sys.maxsize)

from monitor.scoring.base import CATEGORIES  # noqa: E402
from monitor.scoring.engine import build_engine  # noqa: E402

DOCS = ROOT / "docs" / "scoring.md"
START, END = "<!-- quality-table:start -->", "<!-- quality-table:end -->"


@dataclass
class Row:
    text: str
    group: str
    labels: dict[str, int] = field(default_factory=dict)

    @property
    def harmful(self) -> bool | None:
        if any(self.labels.values()):
            return True
        return False if self.labels else None


def davidson(folder: Path) -> Iterator[Row]:
    path = folder / "davidson_labeled_data.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for item in csv.DictReader(fh):
                cls = int(item["class"])
                group = ("hate", "offensive", "neither")[cls]
                labels = {"discrimination": 1} if cls == 0 else {}
                if cls == 2:
                    labels = dict.fromkeys(("abuse", "threat", "discrimination"), 0)
                yield Row(html.unescape(item["tweet"]), group, labels)


def olid(folder: Path) -> Iterator[Row]:
    path = folder / "olid_training_v1.0.tsv"
    if path.exists():
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines()[1:]:
            f = line.rstrip("\r").split("\t")
            if len(f) >= 5 and f[2] in ("OFF", "NOT"):
                if f[2] == "NOT":
                    yield Row(f[1], "not offensive", dict.fromkeys(("abuse", "discrimination"), 0))
                elif f[3] == "TIN" and f[4] == "IND":
                    yield Row(f[1], "insult at a person", {"abuse": 1})
                else:
                    yield Row(f[1], "other offensive", {})


def hatexplain(folder: Path) -> Iterator[Row]:
    for path in sorted(folder.glob("hatexplain*test.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for f in csv.reader(fh, delimiter="\t"):
                if len(f) == 2 and f[0] in ("hatespeech", "offensive", "normal"):
                    labels = {"discrimination": int(f[0] == "hatespeech")}
                    yield Row(f[1], f[0], labels if f[0] != "offensive" else {})


def conan(folder: Path) -> Iterator[Row]:
    seen: set[str] = set()
    for path in sorted(folder.glob("conan*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for item in csv.DictReader(fh):
                if item.get("cn_id", "EN").startswith(("FR", "IT")):
                    continue
                hate = item.get("HATE_SPEECH") or item.get("hateSpeech") or ""
                counter = item.get("COUNTER_NARRATIVE") or item.get("counterSpeech") or ""
                for text, group, value in ((hate, "hate", 1), (counter, "counter-speech", 0)):
                    if text and text not in seen:
                        seen.add(text)
                        yield Row(text, group, {"discrimination": value})


def ethos(folder: Path) -> Iterator[Row]:
    path = folder / "ethos_binary.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for item in csv.DictReader(fh, delimiter=";"):
                hate = float(item["isHate"]) >= 0.5
                yield Row(
                    item["comment"], "hate" if hate else "not hate", {"discrimination": int(hate)}
                )


def jsonl_sets(folder: Path) -> dict[str, list[Row]]:
    """Held-out rows of files in training/prepare.py's format (test or dev splits only)."""
    out: dict[str, list[Row]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            if item.get("split") not in ("test", "dev"):
                continue
            raw = item.get("labels", {})
            labels = {k: int(v) for k, v in raw.items() if k in CATEGORIES}
            if raw.get("toxic") and not any(labels.values()):
                # Toxic, but in no category the dataset labels: neither harmful nor clean.
                out[f"{item.get('source', path.stem)} ({item['split']})"].append(
                    Row(item["text"], "toxic, no category labelled", {})
                )
                continue
            group = "harmful" if any(labels.values()) else "clean" if labels else "unlabelled"
            out[f"{item.get('source', path.stem)} ({item['split']})"].append(
                Row(item["text"], group, labels)
            )
    return out


def project_sets() -> dict[str, list[Row]]:
    sets: dict[str, list[Row]] = {}
    rows: list[Row] = []
    for path in sorted((ROOT / "tests" / "data").glob("heldout_comments_*.jsonl")):
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            labels = {c: int(c in item["labels"]) for c in CATEGORIES}
            rows.append(Row(item["text"], "harmful" if item["labels"] else "clean", labels))
    if rows:
        sets["wardwatch written held-out"] = rows
    # The development court set (the libel rules were written against it) and the held-out
    # ones (never used to write or tune anything), reported apart.
    for name, title in (
        ("libel_court_statements.jsonl", "court-tested libel statements (development)"),
        ("libel_court_heldout_2.jsonl", "court-tested libel statements (held out, second set)"),
        ("libel_court_heldout_3.jsonl", "court-tested libel statements (held out, third set)"),
        ("libel_court_heldout_4.jsonl", "court-tested libel statements (held out, fourth set)"),
        ("libel_court_heldout_5.jsonl", "court-tested libel statements (held out, fifth set)"),
        ("libel_court_heldout_6.jsonl", "court-tested libel statements (held out, sixth set)"),
    ):
        court = ROOT / "tests" / "data" / name
        if not court.exists():
            continue
        rows = []
        for line in court.open(encoding="utf-8"):
            item = json.loads(line)
            defamatory = item["finding"] == "defamatory"
            rows.append(
                Row(item["text"], item["finding"].replace("_", " "), {"libel": int(defamatory)})
            )
        sets[title] = rows
    return sets


def auc(scores: list[float], truth: list[bool]) -> float | None:
    """ROC AUC, or None when only one class is present."""
    from sklearn.metrics import roc_auc_score

    if not 0 < sum(truth) < len(truth):
        return None
    return float(roc_auc_score(truth, scores))


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def evaluate(name: str, rows: list[Row], engine, profanity) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [r.text for r in rows]
    assessments = engine.assess(texts)
    baseline = [float(p) for p in profanity(texts)] if profanity else [0.0] * len(rows)
    lines = [
        f"**{name}** ({len(rows)} rows)",
        "",
        "| rows | n | wardwatch flags | of them urgent | alt-profanity-check flags |",
        "|---|---|---|---|---|",
    ]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[row.group].append(i)
    for group, idx in groups.items():
        flagged = sum(assessments[i].flagged for i in idx)
        high = sum(assessments[i].severity == "high" for i in idx)
        base = sum(baseline[i] >= 0.5 for i in idx)
        cells = [group, str(len(idx)), *(pct(n, len(idx)) for n in (flagged, high, base))]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    per_cat = []
    for category in CATEGORIES:
        idx = [i for i, r in enumerate(rows) if category in r.labels]
        positives = [i for i in idx if rows[i].labels[category]]
        if not positives or len(positives) == len(idx):
            continue
        predicted = [i for i in idx if category in assessments[i].labels]
        tp = sum(rows[i].labels[category] for i in predicted)
        per_cat.append(
            f"{category}: precision {tp / len(predicted):.2f} recall {tp / len(positives):.2f}"
            if predicted
            else f"{category}: nothing labelled (recall 0.00)"
        )
    known = [i for i, r in enumerate(rows) if r.harmful is not None]
    truth = [bool(rows[i].harmful) for i in known]
    ours = auc([max(assessments[i].scores.values()) for i in known], truth)
    theirs = auc([baseline[i] for i in known], truth) if profanity else None
    if ours is not None:
        per_cat.append(
            f"ROC AUC harmful vs rest: wardwatch {ours:.3f}"
            + (f", alt-profanity-check {theirs:.3f}" if theirs is not None else "")
        )
    if per_cat:
        lines += ["; ".join(per_cat), ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="folder of public datasets")
    parser.add_argument("--limit", type=int, default=0, help="at most N rows per dataset (0: all)")
    parser.add_argument("--write-docs", action="store_true", help="update docs/scoring.md")
    args = parser.parse_args()
    if not args.data.is_dir():
        raise SystemExit(f"--data {args.data}: no such folder")
    try:
        from profanity_check import predict_prob
    except ImportError:
        predict_prob = None
    engine = build_engine()
    sets: dict[str, list[Row]] = {}
    for reader, title in (
        (davidson, "Davidson tweets"),
        (olid, "OLID political tweets"),
        (hatexplain, "HateXplain (test split of the copy read)"),
        (conan, "CONAN hate speech and counter-narratives"),
        (ethos, "ETHOS"),
    ):
        rows = list(reader(args.data))
        if rows:
            sets[title] = rows
    sets.update(jsonl_sets(args.data))
    sets.update(project_sets())
    model = engine.versions.get("model", "no comment model")
    out = [f"Measured with `benchmarks/quality.py` on {time.strftime('%Y-%m-%d')}; {model}.", ""]
    for name, rows in sets.items():
        if args.limit:
            rows = rows[: args.limit]
        started = time.time()
        out += evaluate(name, rows, engine, predict_prob)
        print(f"{name}: {len(rows)} rows in {time.time() - started:.0f}s", file=sys.stderr)
    table = "\n".join(out)
    print(table)
    if args.write_docs:
        text = DOCS.read_text(encoding="utf-8")
        if START in text and END in text:
            head, rest = text.split(START, 1)
            text = head + START + "\n" + table + "\n" + END + rest.split(END, 1)[1]
        else:
            text += f"\n## Quality on public data\n\n{START}\n{table}\n{END}\n"
        DOCS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
