"""training/libel_head.py fits a libel head on the shipped model's sentence vectors and
writes it into a copy of the model that the scorer then loads.

The comments here are written for the test; the real fit reads the public datasets.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from monitor.scoring.neural import MODEL_DIR, NeuralScorer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from libel_head import pooled_tensor  # noqa: E402
from libel_real import digest  # noqa: E402

ALLEGATIONS = [
    "Cllr Reid has been fiddling his expenses for years and everyone knows it",
    "Gary Hollis stole the money from the scout hut fund, I saw him do it",
    "The treasurer of the residents' association pocketed the grant money",
    "Councillor Webb took a bribe from the developer to push the scheme through",
    "He punched his ex-wife in the car park outside the Red Lion last Friday",
    "She was arrested for drink driving and the council covered it up",
    "Dave Smith from the garage on Bath Street sells stolen car parts",
    "Mr Patel lied to the planning committee about the survey results",
    "Her husband was done for benefit fraud and she still takes the allowance",
    "The headteacher at St Mary's has been sleeping with a pupil's mother",
    "Tom Allen forged the signatures on the petition, every one of them",
    "Our MP claimed for a second home he never lived in, that's fraud",
    "John Rees assaulted a woman at the community centre and got away with it",
    "Cllr Morgan sold council land to his brother-in-law for a pound",
    "The chair of the parish council threatened the clerk with a knife",
    "Sarah Knight steals from the charity shop tills every Saturday",
]
OTHERS = [
    "Thanks for sorting the bins on Moor Lane so quickly, much appreciated",
    "I disagree with the council's decision to close the library",
    "What time does the consultation meeting start on Thursday?",
    "The new cycle lane on Church Road is a complete waste of money",
    "Closing Moor Lane library is criminal",
    "Your party has no idea how to run this town",
    "Lovely photos from the fun day, well done everyone",
    "Can someone tell me when the road works finish?",
    "The budget is daylight robbery for pensioners",
    "I hope the potholes get fixed before winter",
    "Great to see the park looking tidy again",
    "This policy will hurt small businesses on the high street",
    "Why are the parking charges going up again?",
    "Brilliant turnout at the litter pick this morning",
    "The bus timetable changes make no sense at all",
    "I'll be at the surgery on Saturday to ask about the school crossing",
    "Planning decisions like this make me lose faith in local democracy",
    "Well done to the volunteers who ran the food bank over Christmas",
    "The council should publish the full report before the vote",
    "Street lights on Hill Rise have been out for a week",
    "Cllr Reid is wrong about the housing target and I'll vote against him",
    "Who decided to cut the grass verges only twice a year?",
    "Happy to help deliver leaflets for the clean air campaign",
    "The consultation closes on Friday, make sure you have your say",
]


@pytest.fixture(scope="module")
def fitted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("libel-head")
    model_dir = work / "model"
    shutil.copytree(MODEL_DIR, model_dir)
    raw = work / "raw"
    raw.mkdir()
    texts = ALLEGATIONS + OTHERS
    with (raw / "toxic_spans_comments.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["comment_text"])
        writer.writerows([text] for text in texts)
    labels = work / "labels.jsonl"
    rows = [
        {
            "source": "toxic_spans",
            "sha256": digest(text),
            "label": "clear" if text in ALLEGATIONS else "no",
            "attributed": False,
            "half": "train" if i % 2 else "dev",
        }
        for i, text in enumerate(texts)
    ]
    # A test-half row must never be fitted on, whatever its label.
    rows.append({**rows[0], "sha256": digest(OTHERS[0]), "label": "clear", "half": "test"})
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    for _ in range(2):  # a second run replaces the head the first one wrote
        fit(model_dir, raw, labels)
    return model_dir


def fit(model_dir: Path, raw: Path, labels: Path, *extra: str) -> None:
    """Runs training/libel_head.py as a user would; fails with its error output."""
    command = [sys.executable, str(ROOT / "training" / "libel_head.py"), "--raw", str(raw)]
    command += ["--model-dir", str(model_dir), "--labels", str(labels), *extra]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def tiny_bert(folder: Path) -> Path:
    """A BERT encoder 32 wide with one layer, saved to ``folder`` (skips without transformers)."""
    transformers = pytest.importorskip("transformers")
    config = transformers.BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
    )
    transformers.BertModel(config, add_pooling_layer=False).save_pretrained(folder)
    return folder


def test_the_fitted_head_is_written_beside_the_fine_tuned_one(fitted: Path) -> None:
    meta = json.loads((fitted / "heads.json").read_text(encoding="utf-8"))
    shipped = json.loads((MODEL_DIR / "heads.json").read_text(encoding="utf-8"))
    base = [h for h in shipped["heads"] if h != "libel"]
    assert meta["heads"][-1] == "libel"
    assert "libel_written" in meta["heads"]
    assert [h for h in meta["heads"] if h not in ("libel", "libel_written")] == [
        h for h in base if h != "libel_written"
    ]
    assert meta["libel_head"]["fitted_on"] == {"allegation": 16, "other": 24}
    assert 0.0 < meta["thresholds"]["libel"] < 1.0
    assert meta["thresholds"]["libel_written"] == shipped["thresholds"].get(
        "libel_written", shipped["thresholds"]["libel"]
    )
    graph = onnx.load(str(fitted / "comment-model.onnx")).graph
    head = [n.name for n in graph.node if n.name.startswith("libel_head/")]
    head = [name for name in head if not name.startswith("libel_head/general/")]
    assert sorted(head) == [f"libel_head/{n}" for n in ("Concat", "general", "logit", "own", "sum")]
    assert graph.output[0].type.tensor_type.shape.dim[1].dim_value == len(meta["heads"])


def test_the_other_heads_score_exactly_as_before_and_the_new_one_reads_allegations(
    fitted: Path,
) -> None:
    shipped, refitted = NeuralScorer(threads=1), NeuralScorer(fitted, threads=1)
    unseen_allegations = [
        "Cllr Hughes pocketed the money from the Christmas lights fund",
        "The caretaker at the leisure centre stole a laptop from the office",
    ]
    unseen_others = [
        "Thanks for the update on the bin collections over the holidays",
        "I think the new parking scheme is a bad idea for the high street",
    ]
    texts = unseen_allegations + unseen_others
    before, after = shipped.probabilities(texts), refitted.probabilities(texts)
    column = {head: i for i, head in enumerate(shipped.heads)}
    for head in ("abuse", "obscene", "threat", "discrimination"):
        assert np.array_equal(before[:, column[head]], after[:, refitted.heads.index(head)])
    written = column.get("libel_written", column["libel"])
    assert np.array_equal(before[:, written], after[:, refitted.heads.index("libel_written")])
    libel = after[:, refitted.heads.index("libel")]
    assert libel[:2].min() > libel[2:].max()


def test_base_gives_the_head_a_new_general_encoder_branch(tmp_path: Path, fitted: Path) -> None:
    """With ``--base`` the base encoder's branch is built again from that folder: here a
    tiny BERT the test makes, so the head's general half is 32 wide instead of 384."""
    base = tiny_bert(tmp_path / "base")
    model_dir = tmp_path / "model"
    shutil.copytree(fitted, model_dir)
    fit(model_dir, fitted.parent / "raw", fitted.parent / "labels.jsonl", "--base", str(base))
    weights = {
        init.name: init.dims
        for init in onnx.load(str(model_dir / "comment-model.onnx")).graph.initializer
    }
    assert list(weights["libel_head.general"]) == [32, 1]
    assert list(weights["libel_head.own"]) == [384, 1]
    scorer = NeuralScorer(model_dir, threads=1)
    assert scorer.probabilities(["Cllr Hughes pocketed the lights fund"]).shape == (1, 7)


def test_a_graph_with_no_linear_layer_before_its_logits_is_refused() -> None:
    graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["logits"])],
        "not-a-comment-model",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 4])],
    )
    with pytest.raises(ValueError, match="no linear layer"):
        pooled_tensor(graph)


def test_the_libel_score_is_the_higher_of_the_two_heads_and_says_which(tmp_path: Path) -> None:
    shutil.copytree(MODEL_DIR, tmp_path / "model")
    path = tmp_path / "model" / "heads.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    assert {"libel", "libel_written"} <= set(meta["heads"])
    comment = "Gary Hollis stole the money from the scout hut fund"

    def libel_reason(real: float, written: float) -> str:
        meta["thresholds"].update(libel=real, libel_written=written)
        path.write_text(json.dumps(meta), encoding="utf-8")
        (signal,) = NeuralScorer(tmp_path / "model", threads=1).score([comment])
        (reason,) = [r for r in signal.reasons if r.category == "libel"]
        return reason.detail

    assert "(read as real comments)" in libel_reason(real=0.0001, written=0.9999)
    assert "(read as the project's examples)" in libel_reason(real=0.9999, written=0.0001)


def test_fine_tune_makes_the_base_encoder_the_head(tmp_path: Path, fitted: Path) -> None:
    """With ``--fine-tune`` the encoder of ``--base`` learns from the labelled comments: its
    weights become the general branch and its linear unit the head's weights over it, with
    nothing from the comment model's own vector."""
    base = tiny_bert(tmp_path / "base")
    model_dir = tmp_path / "model"
    shutil.copytree(fitted, model_dir)
    raw, labels = fitted.parent / "raw", fitted.parent / "labels.jsonl"
    extra = ("--base", str(base), "--fine-tune", "--epochs", "1", "--folds", "2")
    scores = tmp_path / "scores.jsonl"
    fit(model_dir, raw, labels, *extra, "--scores", str(scores))
    written = [json.loads(line) for line in scores.read_text(encoding="utf-8").splitlines()]
    assert sorted(row["label"] for row in written) == [0] * 24 + [1] * 16
    assert all(0.0 <= row["score"] <= 1.0 for row in written)
    meta = json.loads((model_dir / "heads.json").read_text(encoding="utf-8"))
    assert meta["libel_head"]["fine_tuned"] == {"epochs": 1, "folds": 2}
    assert meta["libel_head"]["fitted_on"] == {"allegation": 16, "other": 24}
    assert 0.0 < meta["thresholds"]["libel"] < 1.0
    weights = {
        init.name: numpy_helper.to_array(init)
        for init in onnx.load(str(model_dir / "comment-model.onnx")).graph.initializer
    }
    assert weights["libel_head.general"].shape == (32, 1)
    assert np.abs(weights["libel_head.general"]).sum() > 0
    assert not weights["libel_head.own"].any()
    scorer = NeuralScorer(model_dir, threads=1)
    assert scorer.probabilities(["Cllr Hughes pocketed the lights fund"]).shape == (1, 7)


def test_fine_tune_options_are_checked(tmp_path: Path, fitted: Path) -> None:
    command = [sys.executable, str(ROOT / "training" / "libel_head.py")]
    command += ["--raw", str(fitted.parent / "raw"), "--model-dir", str(tmp_path)]
    for extra, says in (
        (["--fine-tune"], "--fine-tune needs --base"),
        (["--scores", str(tmp_path / "scores.jsonl")], "--scores is written only with --fine-tune"),
        (["--folds", "1"], "--folds must be 2 or more"),
    ):
        run = subprocess.run([*command, *extra], capture_output=True, text=True)
        assert run.returncode == 2
        assert says in run.stderr
