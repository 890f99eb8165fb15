"""Which ONNX form of the comment model is fastest while a comment's scores stay its own.

    .venv/bin/python benchmarks/model_formats.py [--comments 2000] [--runs 3]

The shipped model is int8 with dynamic quantisation, whose activation scales are computed
over the whole input, so in a batch a comment's scores move with its neighbours'. wardwatch
therefore runs each comment alone (monitor/scoring/neural.py). This compares that path with
the alternatives, on the same comments:

- the shipped int8 model, each comment alone on two threads (the path wardwatch takes);
- the shipped int8 model in batches of 32 sorted by length (the old, unstable path);
- the same model in full precision, in batches of 32: the shipped graph with each integer
  matrix product turned back into a float one over the dequantised weights;
- that fp32 model quantised again with static scales calibrated on 300 of the project's
  training comments (QDQ, per-channel weights), two batches of 32 side by side.

For each form it prints comments per second (best of the runs, all forms taking turns so
that load on the machine hits them alike), the largest change in a comment's logits between
reading it alone and inside a padded batch, and how far its probabilities lie from the
shipped model's read alone: the mean and largest difference, and how many of the heads'
decisions at their thresholds (heads.json) differ. The comments are the project's written
held-out comments and court statements, cut at 128 tokens.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
MODEL = ROOT / "monitor" / "scoring" / "model"
MAX_LEN = 128
BATCH = 32


def comments() -> list[str]:
    paths = sorted((ROOT / "tests" / "data").glob("heldout_comments_*.jsonl"))
    paths.append(ROOT / "tests" / "data" / "libel_court_statements.jsonl")
    return [
        json.loads(line)["text"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def encode(texts: list[str]) -> list[list[int]]:
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    encoded = []
    for encoding in tokenizer.encode_batch(texts):
        body = encoding.ids[1:-1] if encoding.ids[:1] == [cls] else encoding.ids
        encoded.append([cls, *body[: MAX_LEN - 2], sep])
    return encoded


def padded(windows: list[list[int]]) -> dict[str, np.ndarray]:
    width = max(len(window) for window in windows)
    ids = np.zeros((len(windows), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, window in enumerate(windows):
        ids[row, : len(window)] = window
        mask[row, : len(window)] = 1
    return {"input_ids": ids, "attention_mask": mask}


def session(path: Path, threads: int) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def dequantised(shipped: Path, path: Path) -> None:
    """The shipped graph in full precision: DynamicQuantizeLinear, MatMulInteger and the
    scale products become one MatMul over the dequantised weights."""
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(shipped))
    graph = model.graph
    weights = {i.name: i for i in graph.initializer}
    maker = {output: node for node in graph.node for output in node.output}
    users: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            users.setdefault(name, []).append(node)
    replaced: dict[int, onnx.NodeProto] = {}
    dropped: set[int] = set()
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        quantised, weight, _, zero = node.input
        [cast] = users[node.output[0]]
        [scaled] = users[cast.output[0]]
        scales = maker[next(i for i in scaled.input if i != cast.output[0])]
        scale = next(i for i in scales.input if i in weights)
        matrix = (
            numpy_helper.to_array(weights[weight]).astype(np.float32)
            - numpy_helper.to_array(weights[zero]).astype(np.float32)
        ) * numpy_helper.to_array(weights[scale]).astype(np.float32)
        name = f"{weight}_fp32"
        graph.initializer.append(numpy_helper.from_array(matrix, name))
        source = maker[quantised].input[0]
        replaced[id(node)] = helper.make_node("MatMul", [source, name], [scaled.output[0]])
        dropped |= {id(cast), id(scaled), id(scales)}
    nodes = [replaced.get(id(n), n) for n in graph.node if id(n) not in dropped]
    needed = {name for node in nodes for name in node.input}
    nodes = [
        n
        for n in nodes
        if n.op_type != "DynamicQuantizeLinear" or any(o in needed for o in n.output)
    ]
    del graph.node[:]
    graph.node.extend(nodes)
    needed = {name for node in nodes for name in node.input}
    kept = [i for i in graph.initializer if i.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.save(model, str(path))


def build_static(fp32: Path, path: Path, calibration: list[list[int]]) -> None:
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.windows = iter(calibration)

        def get_next(self) -> dict[str, np.ndarray] | None:
            window = next(self.windows, None)
            return None if window is None else padded([window])

    prepared = path.with_name("prepared.onnx")
    quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
    quantize_static(
        str(prepared),
        str(path),
        Reader(),
        quant_format=QuantFormat.QDQ,
        op_types_to_quantize=["MatMul"],  # an Add's range would take the mask's -inf
        per_channel=True,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        calibrate_method=CalibrationMethod.MinMax,
    )


def alone(model: ort.InferenceSession, windows: list[list[int]]) -> np.ndarray:
    def run(window: list[int]) -> np.ndarray:
        return model.run(None, padded([window]))[0][0]

    with ThreadPoolExecutor(2) as pool:
        return np.stack(list(pool.map(run, windows)))


def batched(
    model: ort.InferenceSession, windows: list[list[int]], side_by_side: int = 1
) -> np.ndarray:
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    chunks = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]

    def run(chunk: list[int]) -> np.ndarray:
        return model.run(None, padded([windows[i] for i in chunk]))[0]

    with ThreadPoolExecutor(side_by_side) as pool:
        rows = list(pool.map(run, chunks))
    out = np.zeros((len(windows), rows[0].shape[1]), dtype=np.float32)
    for chunk, logits in zip(chunks, rows, strict=True):
        out[chunk] = logits
    return out


def drift(model: ort.InferenceSession, windows: list[list[int]]) -> float:
    """The largest change in a logit between a comment alone and in unsorted batches."""
    single = np.stack([model.run(None, padded([w]))[0][0] for w in windows])
    together = np.concatenate(
        [model.run(None, padded(windows[i : i + BATCH]))[0] for i in range(0, len(windows), BATCH)]
    )
    return float(np.abs(single - together).max())


def training_comments() -> list[str]:
    folder = ROOT / "monitor" / "scoring" / "training"
    texts = [
        json.loads(line)["text"]
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return texts[::25][:300]  # spread over every file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    windows = encode(comments())[: args.comments]
    meta = json.loads((MODEL / "heads.json").read_text())
    thresholds = np.array([meta["thresholds"].get(h, 0.5) for h in meta["heads"]])
    shipped = MODEL / "comment-model.onnx"
    with tempfile.TemporaryDirectory() as tmp:
        fp32, static = Path(tmp) / "fp32.onnx", Path(tmp) / "static-int8.onnx"
        dequantised(shipped, fp32)
        build_static(fp32, static, encode(training_comments()))
        one, two = session(shipped, 1), session(shipped, 2)
        full, quantised = session(fp32, 2), session(static, 1)
        forms: list[tuple[str, ort.InferenceSession, Callable[[], np.ndarray]]] = [
            ("int8 dynamic, each comment alone (wardwatch)", one, lambda: alone(one, windows)),
            ("int8 dynamic, batches of 32 (unstable)", two, lambda: batched(two, windows)),
            ("fp32, batches of 32", full, lambda: batched(full, windows)),
            (
                "int8 static, 2 batches side by side",
                quantised,
                lambda: batched(quantised, windows, 2),
            ),
        ]
        print(
            f"onnxruntime {ort.__version__}; {len(windows)} comments, "
            f"{np.mean([len(w) for w in windows]):.0f} tokens on average"
        )
        times: dict[str, list[float]] = {name: [] for name, _, _ in forms}
        scores: dict[str, np.ndarray] = {}
        for _ in range(args.runs + 1):  # the first round warms up
            for name, _, run in forms:
                start = time.perf_counter()
                scores[name] = 1 / (1 + np.exp(-run()))
                times[name].append(time.perf_counter() - start)
        reference = scores[forms[0][0]]
        header = ("comments/s", "batch drift", "mean dp", "max dp", "decisions changed")
        print(f"{'':46} " + " ".join(header))
        for name, model, _ in forms:
            gap = np.abs(scores[name] - reference)
            changed = ((scores[name] >= thresholds) != (reference >= thresholds)).sum()
            cells = (
                f"{len(windows) / min(times[name][1:]):10.0f}",
                f"{drift(model, windows[:256]):11.1e}",
                f"{gap.mean():7.4f}",
                f"{gap.max():6.3f}",
                f"{changed:17d}",
            )
            print(f"{name:46} " + " ".join(cells))


if __name__ == "__main__":
    main()
