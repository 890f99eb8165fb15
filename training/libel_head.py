"""Fit a libel head for the comment model on real comments labelled for allegations.

    python training/libel_head.py --raw RAW [--model-dir monitor/scoring/model]
        [--halves dev,train] [--base BASE [--fine-tune [--epochs N] [--folds K] [--scores FILE]]]

Fine-tuning (``train.py``) teaches the libel head from the project's own comments alone,
because no public dataset labels libel, and that head misses most of what people really
post. This step gives the comment model a second libel head learned from real comments, read
by a second encoder: the base MiniLM encoder that the comment model was fine-tuned from
(``--base``). Fine-tuning for abuse and hate narrows what the comment model's vector keeps;
the base encoder still carries who did what to whom. It goes into the same ONNX file,
quantised to int8, as a second branch over the same token ids (the two share a tokenizer).
The head is read in one of two ways:

- by default (what ships): a logistic regression over the comment model's own pooled vector
  and the base encoder's sentence embedding, both encoders frozen, standardised for the fit
  with the scaling folded into the weights, its strength chosen by cross-validated ROC AUC.
  Without ``--base`` the branch already in the graph is kept, so refitting needs no torch.
- ``--fine-tune``: the base encoder itself is trained on the labels, with one linear unit
  over its sentence embedding (``libel_encoder.py``); its weights become the branch and the
  linear unit the head. Its threshold comes from scores out of fold: ``--folds`` more
  fine-tunes, each on the other folds. Needs torch; about half an hour on two CPU cores.
  Out of fold it ranks allegations better (ROC AUC 0.879 against 0.867), but on comments
  and court statements nobody had read it did no better than the regression, so it is not
  what ships (docs/scoring.md). Adding the court development set's statements to its rows
  was tried too: the head then took any plain statement about a person for an allegation,
  and flagged 3% of the project's written comments without one.

Its rows are the comments of ``tests/data/libel_real_comments.jsonl`` whose half is ``dev``
or ``train`` (never ``test``, which is only measured; ``--halves dev,train,read`` adds the
rows labelled last, which was measured and not shipped: docs/model-card.md): ``clear`` (an
allegation as fact about an identifiable person) against ``weak`` and ``no``. RAW must hold
the public datasets the comments come from (``benchmarks/libel_real.py`` names them).

The head becomes a last output column of the graph, named ``libel`` in ``heads.json``. The
fine-tuned head stays as ``libel_written`` with its threshold, and the scorer takes the
higher of the two. Running this again replaces the head it wrote before.

The threshold is the lowest probability at which at most ``NO_RATE`` of the ``no`` and
``weak`` comments, scored out of fold, and at most ``CLEAN_RATE`` of Davidson's "neither"
development tweets (the same 5% by hash that ``thresholds.py`` uses) would be flagged.

Nothing here reads a court set or the ``test`` half.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
from onnx import helper, numpy_helper
from onnx.compose import add_prefix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from libel_real import LABELS, digest, public_texts  # noqa: E402
from splits import held_out  # noqa: E402

from monitor.scoring.neural import MODEL_DIR, NeuralScorer  # noqa: E402
from monitor.scoring.rules import prepare  # noqa: E402

HALVES = ("dev", "train")
# At most this share of the comments without a clear allegation (out of fold) and of clean
# tweets may be flagged.
NO_RATE = 0.03
CLEAN_RATE = 0.01
STRENGTHS = (0.0003, 0.001, 0.003, 0.01)
# Fine-tuning: epochs over the rows.
EPOCHS = 3
# Names of what this script adds to the graph, so that a second run can take it out again.
PREFIX = "libel_head"
GENERAL = PREFIX + "/general/"
SENTENCE = GENERAL + "sentence"
BASE_LOGITS = "logits_base"


def pooled_tensor(graph: onnx.GraphProto) -> str:
    """The sentence vector the heads read: the input of the last linear layer before
    ``logits``. Raises ValueError where the graph is not shaped like the comment model."""
    producers = {out: node for node in graph.node for out in node.output}
    weights = {init.name for init in graph.initializer}
    pending, seen = ["logits"], set()
    while pending:
        name = pending.pop()
        node = producers.get(name)
        if node is None or name in seen:
            continue
        seen.add(name)
        if node.op_type == "DynamicQuantizeLinear":
            return str(node.input[0])
        if node.op_type in ("MatMul", "Gemm", "MatMulInteger"):
            inputs = [i for i in node.input[:2] if i not in weights]
            if node.op_type != "MatMulInteger" and len(inputs) == 1:
                return str(inputs[0])
        pending.extend(i for i in node.input if i not in weights)
    raise ValueError("no linear layer found before the graph's 'logits' output")


def strip_head(model: onnx.ModelProto, *, keep_general: bool) -> None:
    """Takes out what this script added before: the head, and unless ``keep_general`` the
    base encoder's branch too (then the graph is as fine-tuning left it)."""
    graph = model.graph

    def ours(name: str) -> bool:
        return name.startswith(PREFIX) and not (keep_general and name.startswith(GENERAL))

    if not any(ours(n.name) for n in graph.node):
        return
    for node in [n for n in graph.node if ours(n.name)]:
        graph.node.remove(node)
    for init in [i for i in graph.initializer if ours(i.name)]:
        graph.initializer.remove(init)
    for info in [v for v in graph.value_info if ours(v.name)]:
        graph.value_info.remove(info)
    for node in graph.node:
        for index, name in enumerate(node.output):
            if name == BASE_LOGITS:
                node.output[index] = "logits"
    _widen_logits(graph, -1)


def _widen_logits(graph: onnx.GraphProto, by: int) -> None:
    """Keeps the declared width of the ``logits`` output true to the number of heads."""
    for output in graph.output:
        if output.name == "logits":
            width = output.type.tensor_type.shape.dim[1]
            if width.HasField("dim_value"):
                width.dim_value += by


def general_encoder(base: Path) -> onnx.ModelProto:
    """The base encoder as an int8 ONNX graph over ``input_ids`` and ``attention_mask`` that
    gives each text's sentence embedding (mean-pooled, unit length: how the base model was
    trained to be read), named ``sentence``. Needs torch and transformers (``.[train]``)."""
    import tempfile

    from export import export_int8
    from libel_encoder import Sentence

    with tempfile.TemporaryDirectory() as tmp:
        int8 = Path(tmp) / "int8.onnx"
        export_int8(Sentence(base).eval(), "sentence", int8)
        return onnx.load(str(int8))


def attach_general(model: onnx.ModelProto, general: onnx.ModelProto) -> None:
    """Adds ``general`` to ``model`` as a second branch over the same token ids."""
    general = add_prefix(general, GENERAL, rename_inputs=False)
    (output,) = general.graph.output
    if output.name != SENTENCE:
        raise ValueError(f"the base encoder's graph gives {output.name!r}, not a sentence")
    model.graph.node.extend(general.graph.node)
    model.graph.initializer.extend(general.graph.initializer)
    model.graph.value_info.extend(general.graph.value_info)


def has_general(model: onnx.ModelProto) -> bool:
    return any(SENTENCE in node.output for node in model.graph.node)


def add_head(model: onnx.ModelProto, own: np.ndarray, general: np.ndarray, bias: float) -> None:
    """Appends ``pooled @ own + sentence @ general + bias`` to ``logits`` as one more column
    (float32: two 384-wide dot products cost nothing next to the encoders)."""
    graph = model.graph
    pooled = pooled_tensor(graph)
    for node in graph.node:
        for index, name in enumerate(node.output):
            if name == "logits":
                node.output[index] = BASE_LOGITS
    _widen_logits(graph, 1)

    def column(values: np.ndarray, name: str) -> onnx.TensorProto:
        return numpy_helper.from_array(values.astype(np.float32).reshape(-1, 1), name)

    graph.initializer.extend(
        [
            column(own, PREFIX + ".own"),
            column(general, PREFIX + ".general"),
            numpy_helper.from_array(np.array([bias], dtype=np.float32), PREFIX + ".bias"),
        ]
    )
    step = [
        ("MatMul", [pooled, PREFIX + ".own"], "own"),
        ("MatMul", [SENTENCE, PREFIX + ".general"], "general"),
        ("Add", [PREFIX + "/own", PREFIX + "/general"], "sum"),
        ("Add", [PREFIX + "/sum", PREFIX + ".bias"], "logit"),
    ]
    graph.node.extend(
        helper.make_node(op, inputs, [f"{PREFIX}/{out}"], name=f"{PREFIX}/{out}")
        for op, inputs, out in step
    )
    graph.node.append(
        helper.make_node(
            "Concat", [BASE_LOGITS, PREFIX + "/logit"], ["logits"], name=PREFIX + "/Concat", axis=1
        )
    )


def sentence_vectors(
    model: onnx.ModelProto, scorer: NeuralScorer, texts: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """The two vectors of each text's first window: the comment model's pooled vector and
    the base encoder's sentence embedding, read as the scorer reads the text (quoted words
    blanked)."""
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    names = [pooled_tensor(probe.graph), SENTENCE]
    for name in names:
        probe.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    session = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    own, general = [], []
    for window in scorer.first_windows([prepare(text).blanked for text in texts]):
        ids = np.array([window], dtype=np.int64)
        first, second = session.run(names, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        own.append(first[0])
        general.append(second[0])
    return np.array(own, dtype=np.float32), np.array(general, dtype=np.float32)


def labelled_rows(
    raw: Path, path: Path = LABELS, halves: Sequence[str] = HALVES
) -> list[tuple[str, int]]:
    """(text, 1 for clear) for every labelled comment of the training halves found in raw."""
    labels = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = {row["sha256"]: row for row in labels if row["half"] in halves}
    texts: dict[str, str] = {}
    for text in public_texts(raw):
        key = digest(text)
        if key in wanted:
            texts.setdefault(key, text)
    missing = len(wanted) - len(texts)
    if missing:
        print(f"{missing} of {len(wanted)} labelled comments are not in {raw}: fitted without them")
    return [(texts[key], int(wanted[key]["label"] == "clear")) for key in wanted if key in texts]


def clean_tweets(raw: Path) -> list[str]:
    """Davidson's "neither" tweets in the development share (``thresholds.py``'s rows)."""
    path = raw / "davidson_labeled_data.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            row["tweet"]
            for row in csv.DictReader(handle)
            if row["class"] == "2" and held_out(row["tweet"])
        ]


def lowest_threshold(scores: np.ndarray, rate: float) -> float:
    """The lowest probability at which at most ``rate`` of ``scores`` reach it."""
    if len(scores) == 0:
        return 0.5
    allowed = int(np.floor(rate * len(scores)))
    ranked = np.sort(scores)[::-1]
    return float(min(0.999, ranked[allowed] + 1e-4)) if allowed < len(ranked) else 0.5


def fine_tuned_head(
    args: argparse.Namespace,
    model: onnx.ModelProto,
    scorer: NeuralScorer,
    rows: list[tuple[str, int]],
) -> tuple[dict[str, object], float]:
    """Fine-tunes the base encoder on the rows, puts it in the graph as the general branch
    with its linear unit as the head, and gives the head's description and its threshold,
    from scores out of fold."""
    import tempfile

    from libel_encoder import Rows, fine_tune, out_of_fold, save

    labels = np.array([label for _, label in rows])
    windows = scorer.first_windows([prepare(text).blanked for text, _ in rows])
    data = Rows(windows, labels)
    folds = np.zeros(len(rows), dtype=int)
    split = StratifiedKFold(args.folds, shuffle=True, random_state=0)
    for fold, (_, held) in enumerate(split.split(np.zeros(len(rows)), labels)):
        folds[held] = fold
    scores = out_of_fold(args.base, data, folds, epochs=args.epochs)
    if args.scores:
        args.scores.write_text(
            "".join(
                json.dumps({"label": int(label), "score": round(float(score), 4)}) + "\n"
                for label, score in zip(labels, scores, strict=True)
            ),
            encoding="utf-8",
        )
    auc = roc_auc_score(labels, scores)
    threshold = lowest_threshold(scores[labels == 0], NO_RATE)
    print(f"out of fold: ROC AUC {auc:.3f}")
    reader = fine_tune(args.base, data, epochs=args.epochs)
    with tempfile.TemporaryDirectory() as tmp:
        weight, bias = save(reader, Path(tmp))
        attach_general(model, general_encoder(Path(tmp)))
    own = np.zeros(pooled_width(model, scorer), dtype=np.float32)
    tweets = clean_tweets(args.raw)
    if tweets:
        general = sentence_vectors(model, scorer, tweets)[1]
        clean = 1.0 / (1.0 + np.exp(-(general @ weight + bias)))
        threshold = max(threshold, lowest_threshold(clean, CLEAN_RATE))
    flagged = scores[labels == 1] >= threshold
    print(f"threshold {threshold:.3f}: {flagged.mean():.2f} of allegations reach it out of fold")
    add_head(model, own, weight, bias)
    described = {
        "fine_tuned": {"epochs": args.epochs, "folds": args.folds},
        "cross_validated_auc": round(float(auc), 3),
    }
    return described, threshold


def pooled_width(model: onnx.ModelProto, scorer: NeuralScorer) -> int:
    return int(sentence_vectors(model, scorer, ["width"])[0].shape[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of the public datasets")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--labels", type=Path, default=LABELS, help="the labelled comments")
    parser.add_argument(
        "--base", type=Path, help="the base encoder's folder: (re)builds its branch of the graph"
    )
    parser.add_argument(
        "--fine-tune",
        action="store_true",
        help="fine-tune the base encoder (--base) as the head instead of fitting a regression",
    )
    parser.add_argument(
        "--halves",
        default=",".join(HALVES),
        help="the labelled halves to fit on, comma-separated (never test); adding read was tried",
    )
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="with --fine-tune")
    parser.add_argument("--folds", type=int, default=5, help="with --fine-tune: for its threshold")
    parser.add_argument(
        "--scores",
        type=Path,
        help="with --fine-tune: write each row's out-of-fold score here (JSON Lines, in order)",
    )
    args = parser.parse_args()
    if not args.raw.is_dir():
        parser.error(f"--raw {args.raw}: no such folder")
    if args.fine_tune and args.base is None:
        parser.error("--fine-tune needs --base, the encoder to fine-tune")
    if args.scores is not None and not args.fine_tune:
        parser.error("--scores is written only with --fine-tune")
    halves = tuple(half.strip() for half in args.halves.split(",") if half.strip())
    if not halves or not set(halves) <= {"dev", "train", "read"}:
        parser.error(
            f"--halves {args.halves}: name dev, train or read (the test half is never fitted)"
        )
    if args.folds < 2 or args.epochs < 1:
        parser.error("--folds must be 2 or more and --epochs 1 or more")
    onnx_path, heads_path = args.model_dir / "comment-model.onnx", args.model_dir / "heads.json"
    model = onnx.load(str(onnx_path))
    strip_head(model, keep_general=args.base is None)
    if args.base is not None and not args.fine_tune:
        attach_general(model, general_encoder(args.base))
    elif args.base is None and not has_general(model):
        parser.error(f"{onnx_path} has no base encoder branch yet: give --base BASE")
    meta = json.loads(heads_path.read_text(encoding="utf-8"))
    thresholds = meta.setdefault("thresholds", {})
    if "libel_written" in meta["heads"]:
        base_heads = [head for head in meta["heads"] if head != "libel"]
    else:  # the first fit after export: the fine-tuned head keeps its threshold, renamed
        base_heads = ["libel_written" if head == "libel" else head for head in meta["heads"]]
        if "libel" in thresholds:
            thresholds["libel_written"] = thresholds.pop("libel")
    scorer = NeuralScorer(args.model_dir)

    rows = labelled_rows(args.raw, args.labels, halves)
    if len({label for _, label in rows}) < 2:
        sys.exit(
            f"no labelled comments of both kinds found in {args.raw}: "
            "it must hold the datasets benchmarks/libel_real.py names"
        )
    if args.fine_tune:
        described, threshold = fine_tuned_head(args, model, scorer, rows)
        write(model, onnx_path, meta, heads_path, base_heads, threshold, rows, described, halves)
        return
    own, general = sentence_vectors(model, scorer, [text for text, _ in rows])
    x, width = np.hstack([own, general]), own.shape[1]
    y = np.array([label for _, label in rows])
    print(f"{len(y)} labelled comments, {int(y.sum())} allegations")
    scaler = StandardScaler().fit(x)
    scaled = scaler.transform(x)

    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    best: tuple[float, float, np.ndarray] | None = None
    for strength in STRENGTHS:
        fitter = LogisticRegression(C=strength, max_iter=5000, class_weight="balanced")
        out_of_fold = cross_val_predict(fitter, scaled, y, cv=folds, method="predict_proba")[:, 1]
        auc = roc_auc_score(y, out_of_fold)
        print(f"C={strength}: cross-validated ROC AUC {auc:.3f}")
        if best is None or auc > best[0]:
            best = (auc, strength, out_of_fold)
    assert best is not None
    auc, strength, out_of_fold = best
    fitted = LogisticRegression(C=strength, max_iter=5000, class_weight="balanced")
    fitted.fit(scaled, y)
    # The scaler folded into the weights: w.(x - mean)/scale + b = (w/scale).x + b'.
    weight = fitted.coef_[0] / scaler.scale_
    bias = float(fitted.intercept_[0] - np.dot(weight, scaler.mean_))

    threshold = lowest_threshold(out_of_fold[y == 0], NO_RATE)
    tweets = clean_tweets(args.raw)
    if tweets:
        clean = fitted.predict_proba(
            scaler.transform(np.hstack(sentence_vectors(model, scorer, tweets)))
        )
        threshold = max(threshold, lowest_threshold(clean[:, 1], CLEAN_RATE))
    print(
        f"chosen C={strength}; threshold {threshold:.3f}: out of fold it flags "
        f"{float((out_of_fold[y == 1] >= threshold).mean()):.2f} of the allegations and "
        f"{float((out_of_fold[y == 0] >= threshold).mean()):.3f} of the rest"
    )

    add_head(model, weight[:width], weight[width:], bias)
    described = {"C": strength, "cross_validated_auc": round(auc, 3)}
    write(model, onnx_path, meta, heads_path, base_heads, threshold, rows, described, halves)


def write(
    model: onnx.ModelProto,
    onnx_path: Path,
    meta: dict[str, Any],
    heads_path: Path,
    base_heads: list[str],
    threshold: float,
    rows: list[tuple[str, int]],
    described: dict[str, object],
    halves: Sequence[str],
) -> None:
    onnx.save(model, str(onnx_path))
    meta["heads"] = [*base_heads, "libel"]
    meta["thresholds"]["libel"] = round(threshold, 3)
    meta["libel_head"] = {
        "fitted_on": dict(Counter("allegation" if label else "other" for _, label in rows)),
        "halves": list(halves),
        **described,
    }
    heads_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the libel head into {onnx_path} and {heads_path}")


if __name__ == "__main__":
    main()
