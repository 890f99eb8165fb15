from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.scoring.engine import ScoringEngine
from monitor.scoring.learned import LearnedScorer, load_examples, training_files
from monitor.scoring.policy import DEFAULT_THRESHOLDS, Policy

THREATS = [
    "i will smash your windows in tonight",
    "we will smash your car up outside your house",
    "someone will smash your face in after the meeting",
    "you will get your windows smashed in",
    "i will smash your office up",
    "they will smash your front door in",
]
CLEAN = [
    "thanks for fixing the streetlight on mill lane",
    "when is the next ward surgery at the library",
    "the bin collection was late again this week",
    "great to see the park tidied up",
    "the consultation on parking closes on friday",
    "can you tell me when the road works finish",
]


def write_training(folder: Path, rows: list[tuple[str, list[str]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "set.jsonl"
    path.write_text("".join(json.dumps({"text": t, "labels": labels}) + "\n" for t, labels in rows))
    return path


@pytest.fixture
def small(tmp_path: Path) -> Path:
    rows = [(t, ["threat"]) for t in THREATS] + [(t, []) for t in CLEAN]
    rows += [
        ("you are a thick useless moron", ["abuse"]),
        ("what an ugly idiot you are", ["abuse"]),
    ]
    return write_training(tmp_path / "training", rows)


def test_a_learned_match_reaches_the_digest_but_never_an_urgent_alert(
    small: Path, tmp_path: Path
) -> None:
    scorer = LearnedScorer(training=[small], cache_dir=tmp_path / "cache", gates={"threat": 0.5})
    engine = ScoringEngine([scorer], Policy())
    smash, thanks = engine.assess(["i will smash your windows in", "thanks for the new bins"])
    review, high = DEFAULT_THRESHOLDS["threat"]
    assert review <= smash.scores["threat"] < high
    assert smash.severity == "review" and smash.labels == ["threat"]
    [reason] = smash.reasons
    assert reason.scorer == "learned"
    assert "smash" in reason.evidence
    assert "'smash'" in reason.message
    assert not thanks.flagged


def test_the_fitted_model_is_cached_and_a_damaged_cache_is_replaced(
    small: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = LearnedScorer(training=[small], cache_dir=cache)
    [cached] = cache.glob("learned-*.pkl")
    cached.write_bytes(b"not a pickle")
    second = LearnedScorer(training=[small], cache_dir=cache)
    assert cached.read_bytes() != b"not a pickle"
    text = ["we will smash your car"]
    assert first.score(text)[0].scores == second.score(text)[0].scores


def test_the_version_names_the_training_data(small: Path, tmp_path: Path) -> None:
    before = LearnedScorer(training=[small], cache_dir=tmp_path).version
    with small.open("a") as handle:
        handle.write(json.dumps({"text": "you absolute clown", "labels": ["abuse"]}) + "\n")
    after = LearnedScorer(training=[small], cache_dir=tmp_path).version
    assert before != after and after.startswith("learned ")


def test_a_bad_training_line_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine", "labels": []}\n{"text": "x", "labels": ["rude"]}\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: unknown labels \['rude'\]"):
        load_examples([path])


def test_the_shipped_training_data_covers_every_category() -> None:
    examples = load_examples(training_files())
    assert len(examples) >= 2000
    for category in DEFAULT_THRESHOLDS:
        assert sum(category in labels for _, labels in examples) >= 150
    assert sum(not labels for _, labels in examples) >= 1000


class _Planted:
    """What another local user could leave in a shared folder: unpickling it runs code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.marker,))


def test_a_cache_in_a_folder_others_can_write_is_never_unpickled(
    small: Path, tmp_path: Path
) -> None:
    import pickle

    shared = tmp_path / "shared"
    LearnedScorer(training=[small], cache_dir=shared)
    [cached] = shared.glob("learned-*.pkl")
    assert cached.stat().st_mode & 0o777 == 0o600 and shared.stat().st_mode & 0o777 == 0o700
    marker = tmp_path / "code-ran"
    cached.write_bytes(pickle.dumps(_Planted(marker)))
    shared.chmod(0o777)  # as the temp folder is: anyone may write there

    scorer = LearnedScorer(training=[small], cache_dir=shared)

    assert not marker.exists()
    assert scorer.score(["we will smash your car"])[0].scores


def test_with_no_home_directory_the_model_is_not_cached_in_the_temp_folder(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from monitor.scoring import learned

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    scorer = LearnedScorer(training=[small])
    assert scorer.score(["we will smash your car"])[0].scores
    assert list((tmp_path / "tmp").rglob("*.pkl")) == []
    monkeypatch.setenv("XDG_CACHE_HOME", "/srv/cache")
    assert learned._cache_dir() == Path("/srv/cache/wardwatch")
