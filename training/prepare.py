"""Turn the public datasets the comment model learns from into one JSON Lines format.

    python training/prepare.py --raw RAW_DIR --out DATA_DIR

RAW_DIR holds the upstream files as their authors publish them (see training/README.md for
where each comes from and its licence); any that is missing is skipped with a note. Each
output line is ``{"text", "source", "split", "labels"}`` where ``labels`` maps a head
(abuse, obscene, threat, discrimination, libel, toxic) to 0 or 1, and a head the dataset does
not label is left out, so training masks it instead of reading it as "no".

The project's own labelled comments (every file in monitor/scoring/training/, the
councillor_comments_*.jsonl sets included: none of them is held out) are always included.
Reserved test suites (HateCheck, the Unhealthy Comments Corpus test and validation splits,
the Dynamically-Generated-Hate-Speech test split) are never read.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

csv.field_size_limit(sys.maxsize)
ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "monitor" / "scoring" / "training"
CATEGORIES = ("abuse", "obscene", "threat", "discrimination", "libel")

Row = dict[str, object]


def row(text: str, source: str, split: str, labels: dict[str, int]) -> Row:
    return {"text": text.strip(), "source": source, "split": split, "labels": labels}


def project_comments() -> Iterator[Row]:
    """wardwatch's own comments are labelled for every category, so every head is known."""
    for path in sorted(PROJECT.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            labels = {c: int(c in item["labels"]) for c in CATEGORIES}
            labels["toxic"] = int(
                any(labels[c] for c in ("abuse", "obscene", "threat", "discrimination"))
            )
            yield row(item["text"], "wardwatch", "train", labels)


def jigsaw(raw: Path) -> Iterator[Row]:
    """Jigsaw Toxic Comment Classification (Wikipedia talk pages): the six-label files
    (``jigsaw*train*.csv`` with the Kaggle columns) and the binary copy (``text,label``)."""
    for path in sorted(raw.glob("jigsaw*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            first = fh.readline()
            fh.seek(0)
            if "comment_text" in first:
                for item in csv.DictReader(fh):
                    yield row(
                        item["comment_text"],
                        "jigsaw",
                        "train",
                        {
                            "toxic": int(item["toxic"]) or int(item["severe_toxic"]),
                            "abuse": int(item["insult"]) or int(item["severe_toxic"]),
                            "obscene": int(item["obscene"]),
                            "threat": int(item["threat"]),
                            "discrimination": int(item["identity_hate"]),
                        },
                    )
            else:
                for fields in csv.reader(fh):
                    if len(fields) == 2 and fields[1] in ("0", "1"):
                        toxic = int(fields[1])
                        labels = {"toxic": toxic}
                        if not toxic:
                            labels.update(abuse=0, obscene=0, threat=0, discrimination=0)
                        yield row(fields[0], "jigsaw", "train", labels)


def hatexplain(raw: Path) -> Iterator[Row]:
    """HateXplain (majority label: hatespeech / offensive / normal), as ``label<TAB>text``
    files per split. Hate speech there is aimed at a group; offensive is not hate."""
    for name, split in (("train", "train"), ("valid", "dev"), ("test", "test")):
        for path in sorted(raw.glob(f"hatexplain*{name}.tsv")):
            with path.open(encoding="utf-8", newline="") as fh:
                for fields in csv.reader(fh, delimiter="\t"):
                    if len(fields) != 2 or fields[0] == "label":
                        continue
                    label, text = fields
                    labels = {"discrimination": int(label == "hatespeech")}
                    labels["toxic"] = int(label != "normal")
                    yield row(text, "hatexplain", split, labels)


def ethos(raw: Path) -> Iterator[Row]:
    """ETHOS: YouTube and Reddit comments; the multi-label file says whether hate incites
    violence (a threat) and whether it is aimed at one person (abuse)."""
    binary, multi = raw / "ethos_binary.csv", raw / "ethos_multi.csv"
    if not binary.exists():
        return
    details = {}
    if multi.exists():
        with multi.open(encoding="utf-8", newline="") as fh:
            details = {r["comment"].strip(): r for r in csv.DictReader(fh, delimiter=";")}
    with binary.open(encoding="utf-8", newline="") as fh:
        for item in csv.DictReader(fh, delimiter=";"):
            hate = float(item["isHate"]) >= 0.5
            labels = {"discrimination": int(hate), "toxic": int(hate)}
            extra = details.get(item["comment"].strip())
            if hate and extra:
                labels["threat"] = int(float(extra["violence"]) >= 0.5)
                if float(extra["directed_vs_generalized"]) >= 0.5:
                    labels["abuse"] = 1
            yield row(item["comment"], "ethos", "train", labels)


def conan(raw: Path) -> Iterator[Row]:
    """CONAN family: hate speech and the counter-narratives written to answer it. Its terms
    allow research use without redistribution, so it is for measuring only."""
    for path in sorted(raw.glob("conan*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for item in csv.DictReader(fh):
                hate = item.get("HATE_SPEECH") or item.get("hateSpeech") or ""
                counter = item.get("COUNTER_NARRATIVE") or item.get("counterSpeech") or ""
                if item.get("cn_id", "EN").startswith(("FR", "IT")):
                    continue
                if hate:
                    yield row(hate, "conan", "test", {"discrimination": 1})
                if counter:
                    yield row(counter, "conan", "test", {"discrimination": 0, "toxic": 0})


def davidson(raw: Path) -> Iterator[Row]:
    """Davidson et al.: hate speech / offensive / neither. "Offensive" is mostly casual
    profanity in tweets, not an insult at a person, so it only teaches the toxic head."""
    path = raw / "davidson_labeled_data.csv"
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        for item in csv.DictReader(fh):
            cls = int(item["class"])
            labels = {"discrimination": int(cls == 0), "toxic": int(cls != 2)}
            if cls == 2:
                labels.update(abuse=0, threat=0)
            yield row(html.unescape(item["tweet"]), "davidson", "train", labels)


def dynahate(raw: Path) -> Iterator[Row]:
    """Dynamically-Generated-Hate-Speech: train and dev only; its test split is reserved as
    an outside measure and is never read."""
    for path in sorted(raw.glob("*ynamically*enerated*ate*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for item in csv.DictReader(fh):
                split = item.get("split", "")
                if split not in ("train", "dev"):
                    continue
                hate = int(item["label"] == "hate")
                labels = {
                    "discrimination": hate,
                    "threat": int(hate and item.get("type") == "threatening"),
                }
                yield row(item["text"], "dynahate", split, labels)


def toxigen(raw: Path) -> Iterator[Row]:
    """ToxiGen's prompt seeds: human-written statements about 13 groups, hateful or benign.
    Each line joins several statements with a literal backslash-n and a dash."""
    for path in sorted((raw / "toxigen").glob("*_1k.txt")):
        kind = path.name.split("_", 1)[0]
        if kind not in ("hate", "neutral"):
            continue
        labels = (
            {"discrimination": 1}
            if kind == "hate"
            else {"discrimination": 0, "abuse": 0, "threat": 0, "obscene": 0}
        )
        for line in path.open(encoding="utf-8"):
            for part in line.rstrip("\n").split("\\n"):
                text = part.strip().removeprefix("-").strip()
                if text:
                    yield row(text, "toxigen", "train", labels)


def stormfront(raw: Path) -> Iterator[Row]:
    """Sentences from a white-supremacist forum labelled hate / noHate (de Gibert et al.):
    ``stormfront/annotations_metadata.csv`` and the repository's ``all_files/*.txt``, as a
    folder or as the repository's tar archive."""
    folder = raw / "stormfront"
    meta = folder / "annotations_metadata.csv"
    if not meta.exists():
        return
    texts: dict[str, str] = {}
    test_ids: set[str] = set()
    for archive in sorted(folder.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                parts = member.name.split("/")
                if not member.isfile() or not member.name.endswith(".txt") or len(parts) < 2:
                    continue
                file_id = parts[-1][:-4]
                if parts[-2] == "all_files":
                    handle = tar.extractfile(member)
                    if handle is not None:
                        texts[file_id] = handle.read().decode("utf-8", errors="replace")
                elif parts[-2] == "sampled_test":
                    test_ids.add(file_id)
    for path in sorted((folder / "all_files").glob("*.txt")):
        texts[path.stem] = path.read_text(encoding="utf-8", errors="replace")
    with meta.open(encoding="utf-8", newline="") as fh:
        for item in csv.DictReader(fh):
            text = texts.get(item["file_id"])
            if text is None or item["label"] not in ("hate", "noHate"):
                continue
            split = "test" if item["file_id"] in test_ids else "train"
            yield row(text, "stormfront", split, {"discrimination": int(item["label"] == "hate")})


CONVABUSE_FIELDS = (
    "na", "amb", "a1", "a2", "a3", "ableist", "homophobic", "intellectual", "racist",
    "sexist", "sex_harassment", "transphobic", "t_gen", "t_ind", "t_sys", "explicit",
    "implicit",
)  # fmt: skip
CONVABUSE_HATE = ("ableist", "homophobic", "racist", "sexist", "transphobic")


def convabuse(raw: Path) -> Iterator[Row]:
    """ConvAbuse: what users said to conversational agents, rated by up to eight annotators
    (abusive at three strengths, and the kind of abuse). The header repeats some names, so
    the columns are read by position: seven fixed, then 17 per annotator."""

    def vote(cell: str) -> int:
        if not cell:
            return 0
        values = [int(float(v)) for v in cell.split(",")]
        return int(sum(values) * 2 > len(values)) if sum(values) * 2 != len(values) else values[0]

    for name, split in (("train", "train"), ("valid", "dev"), ("test", "test")):
        path = raw / "convabuse" / f"ConvAbuseEMNLP{name}.csv"
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            next(reader)
            for fields in reader:
                raters = []
                for k in range(8):
                    cells = fields[7 + 17 * k : 7 + 17 * (k + 1)]
                    if any(cells):
                        raters.append(dict(zip(CONVABUSE_FIELDS, map(vote, cells), strict=False)))
                if not raters:
                    continue
                abusive = [r for r in raters if r["a1"] or r["a2"] or r["a3"]]
                is_abuse = len(abusive) * 2 > len(raters)
                hateful = sum(1 for r in abusive if any(r[t] for t in CONVABUSE_HATE))
                labels = {
                    "abuse": int(is_abuse),
                    "discrimination": int(is_abuse and hateful * 2 >= len(abusive)),
                }
                yield row(fields[5], "convabuse", split, labels)


def toxic_spans(raw: Path) -> Iterator[Row]:
    """Toxic Spans (SemEval-2021 Task 5): toxic Civil Comments posts whose raters marked the
    toxic words by kind. A kind counts when most of a post's raters marked it, and is 0 when
    none did."""
    folder = raw / "toxic_spans"
    comments_path = folder / "data_comments.csv"
    if not comments_path.exists():
        return
    kinds = {
        "Insult": "abuse",
        "Threat": "threat",
        "Profane/Obscene": "obscene",
        "Identity based Attack": "discrimination",
    }
    with comments_path.open(encoding="utf-8", newline="") as fh:
        comments = {r["comment_id"]: r["comment_text"] for r in csv.DictReader(fh)}
    with (folder / "data_annotations.csv").open(encoding="utf-8", newline="") as fh:
        annotations = {r["annotation"]: r["comment_id"] for r in csv.DictReader(fh)}
    raters: dict[str, set[str]] = {}
    for annotation, comment_id in annotations.items():
        raters.setdefault(comment_id, set()).add(annotation)
    marked: dict[str, dict[str, set[str]]] = {}
    with (folder / "data_spans.csv").open(encoding="utf-8", newline="") as fh:
        for span in csv.DictReader(fh):
            kind = kinds.get(span["type"])
            comment_id = annotations.get(span["annotation"])
            if kind and comment_id:
                marked.setdefault(comment_id, {}).setdefault(kind, set()).add(span["annotation"])
    split_of: dict[str, str] = {}
    for name, split in (("test", "test"), ("trial", "dev"), ("train", "train")):
        path = folder / f"SemEval2021_tsd_{name}.csv"
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                for item in csv.DictReader(fh):
                    split_of.setdefault(item["text"], split)
    for comment_id, who in raters.items():
        text = comments.get(comment_id)
        if text is None or len(who) > 20:  # a quiz item rated by hundreds of applicants
            continue
        labels: dict[str, int] = {}
        if text in split_of:
            labels["toxic"] = 1
        for kind in kinds.values():
            votes = len(marked.get(comment_id, {}).get(kind, set()))
            if votes * 2 > len(who):
                labels[kind] = 1
            elif votes == 0 and text in split_of:
                labels[kind] = 0
        if labels:
            yield row(text, "toxic_spans", split_of.get(text, "train"), labels)


def olid(raw: Path) -> Iterator[Row]:
    """OLID: political tweets. Its terms are unclear, so it is for measuring only."""
    path = raw / "olid_training_v1.0.tsv"
    if not path.exists():
        return
    lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    for line in lines[1:]:
        parts = line.split("\t")
        if len(parts) < 5:
            continue
        off = int(parts[2] == "OFF")
        labels = {"toxic": off}
        if off:
            labels["abuse"] = int(parts[3] == "TIN" and parts[4] == "IND")
        else:
            labels.update(abuse=0, threat=0, discrimination=0)
        yield row(parts[1], "olid", "test", labels)


READERS = (
    jigsaw, davidson, dynahate, hatexplain, ethos, toxigen, stormfront, convabuse, toxic_spans,
    conan, olid,
)  # fmt: skip


_SPLIT_ORDER = {"train": 0, "dev": 1, "test": 2}


def unique_texts(rows: Iterator[Row]) -> list[Row]:
    """Each text once, in the first split of train, dev, test that holds it, whatever order
    the dataset lists its rows in (Stormfront's metadata lists some test sentences before
    the same words in train): a test row that is also a training row measures nothing."""
    ordered = sorted(rows, key=lambda item: _SPLIT_ORDER.get(str(item["split"]), len(_SPLIT_ORDER)))
    seen: set[str] = set()
    kept: list[Row] = []
    for item in ordered:
        text = str(item["text"])
        if text and text not in seen:
            seen.add(text)
            kept.append(item)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of upstream files")
    parser.add_argument("--out", type=Path, required=True, help="folder for the JSON Lines")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    outputs = [("wardwatch", project_comments())]
    outputs += [(reader.__name__, reader(args.raw)) for reader in READERS]
    for name, rows in outputs:
        count = 0
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for item in unique_texts(rows):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
        if count == 0:
            (args.out / f"{name}.jsonl").unlink()
            print(f"{name}: no upstream file in {args.raw}, skipped")
        else:
            print(f"{name}: {count} rows")


if __name__ == "__main__":
    main()
