"""The training data converter: each text lands in one split only."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _stormfront(raw: Path, sentences: dict[str, tuple[str, str, bool]]) -> None:
    """Stormfront's layout: the metadata file and the repository's archive, whose
    ``sampled_test`` folder says which sentences are test rows."""
    folder = raw / "stormfront"
    folder.mkdir(parents=True)
    with (folder / "annotations_metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file_id", "user_id", "subforum_id", "num_contexts", "label"])
        for file_id, (_, label, _) in sentences.items():
            writer.writerow([file_id, "1", "1", "0", label])
    with tarfile.open(folder / "hate-speech-dataset.tar.gz", "w:gz") as tar:
        for file_id, (text, _, test) in sentences.items():
            for part in ("all_files",) + (("sampled_test",) if test else ()):
                data = text.encode("utf-8")
                member = tarfile.TarInfo(f"hate-speech-dataset/{part}/{file_id}.txt")
                member.size = len(data)
                tar.addfile(member, io.BytesIO(data))


def test_a_text_listed_as_test_before_the_same_words_in_train_stays_in_train(
    tmp_path: Path,
) -> None:
    _stormfront(
        tmp_path / "raw",
        {
            "1_1": ("Wolf 278", "noHate", True),  # listed first, as a test sentence
            "1_2": ("Wolf 278", "noHate", False),
            "1_3": ("A test sentence of its own.", "hate", True),
        },
    )
    subprocess.run(
        [
            sys.executable,
            "training/prepare.py",
            "--raw",
            tmp_path / "raw",
            "--out",
            tmp_path / "out",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    lines = (tmp_path / "out" / "stormfront.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert sorted((row["text"], row["split"]) for row in rows) == [
        ("A test sentence of its own.", "test"),
        ("Wolf 278", "train"),
    ]
