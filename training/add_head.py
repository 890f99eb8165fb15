"""Add a head to a trained comment model without retraining the encoder.

    python training/add_head.py --model OUT_DIR --data DATA_DIR --head personal_data --out DIR

Some categories are labelled only in wardwatch's own comments (personal data is one: no
public dataset marks a comment that publishes where someone lives or works). Fine-tuning the
whole encoder for them would overfit the project's own writing, so this script keeps the
fine-tuned encoder as it is, reads the pooled sentence vectors it gives the training rows
that label HEAD, fits a logistic regression on them (scikit-learn), and appends it to the
model's output layer as one more row. The result is the same kind of model folder as
``train.py`` writes, ready for ``export.py``. Runs on a CPU in a few minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from sklearn.linear_model import LogisticRegression
from transformers import BertConfig, PreTrainedTokenizerFast

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import CommentModel, read_rows  # noqa: E402


def pooled(model: CommentModel, tokenizer: PreTrainedTokenizerFast, texts: list[str], max_len: int) -> np.ndarray:
    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            enc = tokenizer(
                texts[start : start + 64],
                truncation=True,
                max_length=max_len,
                padding=True,
                return_tensors="pt",
            )
            hidden = model.encoder(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])[0]
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            out.append(((hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)).numpy())
    return np.concatenate(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="train.py's output folder")
    parser.add_argument("--data", type=Path, required=True, help="prepare.py's output folder")
    parser.add_argument("--head", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True, help="the base encoder (tokenizer)")
    args = parser.parse_args()

    meta = json.loads((args.model / "heads.json").read_text())
    if args.head in meta["heads"]:
        raise SystemExit(f"{args.model} already has a {args.head} head")
    config = BertConfig.from_json_file(str(args.model / "config.json"))
    model = CommentModel(config, len(meta["heads"]))
    state = {k: v.float() for k, v in load_file(str(args.model / "model.safetensors")).items()}
    model.load_state_dict(state)
    model.eval()
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(args.base / "tokenizer.json"))
    tokenizer.pad_token = "[PAD]"

    train, dev = read_rows(args.data, set(), (args.head,))
    train = [r for r in train if args.head in r["labels"]]
    dev = [r for r in dev if args.head in r["labels"]]
    x = pooled(model, tokenizer, [r["text"] for r in train], meta["max_len"])
    y = np.array([r["labels"][args.head] for r in train])
    print(f"{args.head}: {len(train)} training rows, {int(y.sum())} positive", flush=True)
    classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x, y)
    if dev:
        xd = pooled(model, tokenizer, [r["text"] for r in dev], meta["max_len"])
        yd = np.array([r["labels"][args.head] for r in dev])
        pd = classifier.predict_proba(xd)[:, 1]
        hit = float((pd[yd == 1] >= 0.5).mean()) if yd.sum() else float("nan")
        false = float((pd[yd == 0] >= 0.5).mean())
        print(f"dev rows {len(dev)}: recall at 0.5 {hit:.2f}, clean flagged {false:.3f}")

    state["head.weight"] = torch.cat([state["head.weight"], torch.tensor(classifier.coef_, dtype=torch.float32)])
    state["head.bias"] = torch.cat([state["head.bias"], torch.tensor(classifier.intercept_, dtype=torch.float32)])
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.to(torch.float16).contiguous() for k, v in state.items()}, str(args.out / "model.safetensors"))
    (args.out / "config.json").write_text(config.to_json_string())
    meta["heads"] = [*meta["heads"], args.head]
    (args.out / "heads.json").write_text(json.dumps(meta))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
