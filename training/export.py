"""Export a model trained by ``training/train.py`` to the int8 ONNX file wardwatch loads.

    python training/export.py --model OUT_DIR --base BASE_MODEL_DIR

Writes ``monitor/scoring/model/comment-model.onnx`` (weights quantised to int8 with ONNX
Runtime's dynamic quantisation), copies the tokenizer beside it and writes ``heads.json``
(the head names and the longest input). It then scores some texts with both the PyTorch
model and the ONNX file and prints how often their labels agree at 0.5.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from safetensors.torch import load_file
from transformers import BertConfig, PreTrainedTokenizerFast

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import CommentModel

TARGET = Path(__file__).resolve().parent.parent / "monitor" / "scoring" / "model"


def export_int8(module: torch.nn.Module, output: str, target: Path) -> None:
    """Writes ``module`` (token ids and an attention mask in, ``output`` out, one row per
    text) to ``target`` as ONNX, its weights quantised to int8 per channel."""
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(
            module,
            (ids, torch.ones_like(ids)),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=[output],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                output: {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, per_channel=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="train.py's output folder")
    parser.add_argument("--base", type=Path, required=True, help="the base encoder's folder")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument(
        "--texts", type=Path, help="a JSON Lines file whose texts to compare the two models on"
    )
    parser.add_argument("--name", default="wardwatch comment model 1 (MiniLM-L6, int8)")
    parser.add_argument("--check", type=int, default=2000, help="texts to compare")
    args = parser.parse_args()

    heads = json.loads((args.model / "heads.json").read_text())
    config = BertConfig.from_json_file(str(args.model / "config.json"))
    model = CommentModel(config, len(heads["heads"]))
    state = {k: v.float() for k, v in load_file(str(args.model / "model.safetensors")).items()}
    model.load_state_dict(state)
    model.eval()

    args.target.mkdir(parents=True, exist_ok=True)
    export_int8(model, "logits", args.target / "comment-model.onnx")
    shutil.copy(args.base / "tokenizer.json", args.target / "tokenizer.json")
    heads = {"name": args.name, **heads}
    (args.target / "heads.json").write_text(json.dumps(heads, indent=1) + "\n")

    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(args.base / "tokenizer.json"))
    tokenizer.pad_token = "[PAD]"
    session = ort.InferenceSession(str(args.target / "comment-model.onnx"))
    texts = []
    if args.texts:
        with args.texts.open(encoding="utf-8") as fh:
            texts = [
                json.loads(line)["text"] for _, line in zip(range(args.check), fh, strict=False)
            ]
    if not texts:
        texts = ["you are a useless idiot", "the bins go out on Tuesday", "I will find you"]
    agree = total = 0
    for start in range(0, len(texts), 64):
        enc = tokenizer(
            texts[start : start + 64],
            truncation=True,
            max_length=heads["max_len"],
            padding=True,
            return_tensors="pt",
        )
        with torch.no_grad():
            ref = torch.sigmoid(model(enc["input_ids"], enc["attention_mask"])).numpy()
        (logits,) = session.run(
            None,
            {
                "input_ids": enc["input_ids"].numpy(),
                "attention_mask": enc["attention_mask"].numpy(),
            },
        )
        got = 1 / (1 + np.exp(-logits))
        agree += int(((ref >= 0.5) == (got >= 0.5)).sum())
        total += ref.size
    size = (args.target / "comment-model.onnx").stat().st_size / 2**20
    print(f"wrote {args.target / 'comment-model.onnx'} ({size:.1f} MiB)")
    print(f"int8 ONNX vs PyTorch label agreement at 0.5: {agree}/{total} = {agree / total:.4f}")


if __name__ == "__main__":
    main()
