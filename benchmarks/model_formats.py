"""Which ONNX form of the comment model is fastest while a comment's scores stay its own.

    pip install -e ".[train]"      # torch and transformers, to build the fp32 model
    .venv/bin/python benchmarks/model_formats.py [--comments 2000] [--runs 3]

The shipped model is int8 with dynamic quantisation, whose activation scales are computed
over the whole input, so in a batch a comment's scores move with its neighbours'. wardwatch
therefore runs each comment alone (monitor/scoring/neural.py). This compares that path with
the alternatives, on the same comments:

- the shipped int8 model, each comment alone on two threads (the path wardwatch takes);
- the shipped int8 model in batches of 32 sorted by length (the old, unstable path);
- an fp32 model of the same architecture in batches of 32;
- that fp32 model quantised to int8 with static, calibrated scales (QDQ format), in
  batches of 32, two batches side by side.

The fp32 model has random weights: the shipped file holds only the int8 weights, and
rebuilding the trained fp32 model needs training/. Speed does not depend on the weights;
the accuracy of a static int8 model does, and is not measured here. For each form it prints
comments per second (best of the runs, all forms taking turns so that load on the machine
hits them alike) and the largest change in a comment's logits between reading it alone and
inside a padded batch. The comments are the project's written held-out comments and court
statements, cut at 128 tokens; calibration uses the last 200, timing the others.
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


def build_fp32(path: Path, heads: int) -> None:
    import torch
    from export import export_fp32
    from train import CommentModel
    from transformers import BertConfig

    torch.manual_seed(0)
    vocab = Tokenizer.from_file(str(MODEL / "tokenizer.json")).get_vocab_size()
    config = BertConfig(
        vocab_size=vocab,
        hidden_size=384,
        num_hidden_layers=6,
        num_attention_heads=12,
        intermediate_size=1536,
        max_position_embeddings=512,
    )
    config._attn_implementation = "eager"
    export_fp32(CommentModel(config, heads).eval(), path)


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
        op_types_to_quantize=["MatMul", "Gemm"],  # an Add's range would take the mask's -inf
        per_channel=False,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    windows = encode(comments())
    calibration, windows = windows[-200:], windows[:-200][: args.comments]
    heads = len(json.loads((MODEL / "heads.json").read_text())["heads"])
    shipped = MODEL / "comment-model.onnx"
    with tempfile.TemporaryDirectory() as tmp:
        fp32, static = Path(tmp) / "fp32.onnx", Path(tmp) / "static-int8.onnx"
        build_fp32(fp32, heads)
        build_static(fp32, static, calibration)
        forms: list[tuple[str, ort.InferenceSession, Callable[[], np.ndarray]]] = []
        one, two = session(shipped, 1), session(shipped, 2)
        forms.append(
            ("int8 dynamic, each comment alone (wardwatch)", one, lambda: alone(one, windows))
        )
        forms.append(("int8 dynamic, batches of 32 (unstable)", two, lambda: batched(two, windows)))
        full = session(fp32, 2)
        forms.append(("fp32, batches of 32", full, lambda: batched(full, windows)))
        quantised = session(static, 1)
        forms.append(
            (
                "int8 static (QDQ), 2 batches side by side",
                quantised,
                lambda: batched(quantised, windows, 2),
            )
        )
        print(
            f"onnxruntime {ort.__version__}; {len(windows)} comments, "
            f"{np.mean([len(w) for w in windows]):.0f} tokens on average"
        )
        times: dict[str, list[float]] = {name: [] for name, _, _ in forms}
        for _ in range(args.runs + 1):  # the first round warms up
            for name, _, run in forms:
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
        for name, model, _ in forms:
            best = len(windows) / min(times[name][1:])
            print(
                f"{name:48} {best:7.0f} comments/s   batch drift {drift(model, windows[:256]):.1e}"
            )


if __name__ == "__main__":
    main()
