"""Throughput of each scorer and of the whole engine on 2 CPU cores, and Detoxify used
naively (one predict call per comment) against our batched, length-sorted, int8 path.

The Detoxify model is bert-base-sized with RANDOM weights built here (speed does not depend
on weight values), so nothing is downloaded. Run: `make bench` or
`python benchmarks/scorers.py [--detoxify-comments N]`. Takes about 3-5 minutes.

`python benchmarks/scorers.py --engine-only` measures the default engine (the shipped
comment model plus the rules) alone in a fresh process: comments per second and the peak
resident memory of the whole process, which is what a deployment needs to budget for.

`python benchmarks/scorers.py --long` times the libel rules on long comments (the longest a
platform allows, about 8,000 characters) full of allegation words that each have to be
read: denied ones, victims' reports and plain allegations.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pin_two_cores() -> None:
    if hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))[:2]
        os.sched_setaffinity(0, cores)


def comments() -> list[str]:
    rows = []
    for path in sorted((ROOT / "monitor" / "scoring" / "training").glob("*.jsonl")):
        rows += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return rows or ["You are a disgrace, Cllr Patel.", "The bins were missed again on Mill Lane."]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rate(fn: object, texts: list[str], repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn(texts)  # type: ignore[operator]
    return len(texts) * repeat / (time.perf_counter() - start)


def bert_base_checkpoint(folder: Path, texts: list[str]) -> tuple[str, str]:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    config_dir = folder / "bert-base-random"
    config_dir.mkdir()
    words = {w for t in texts for w in t.lower().split()}
    vocab = [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
        *sorted({w.strip(".,!?'\"()") for w in words if w.strip(".,!?'\"()")}),
    ]  # fmt: skip
    vocab += list("abcdefghijklmnopqrstuvwxyz0123456789") + [
        "##" + c for c in "abcdefghijklmnopqrstuvwxyz0123456789"
    ]
    vocab = list(dict.fromkeys(vocab))
    vocab += [f"[unused{i}]" for i in range(30522 - len(vocab))]  # bert-base-uncased size
    (config_dir / "vocab.txt").write_text("\n".join(vocab) + "\n")
    config = BertConfig(vocab_size=len(vocab), num_labels=6)  # bert-base shapes
    config.save_pretrained(config_dir)
    BertTokenizer(
        str(config_dir / "vocab.txt"), do_lower_case=True, model_max_length=512
    ).save_pretrained(config_dir)
    classes = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
    checkpoint = {
        "config": {
            "arch": {
                "args": {
                    "num_classes": 6,
                    "model_type": str(config_dir),
                    "model_name": "BertForSequenceClassification",
                    "tokenizer_name": "BertTokenizer",
                }
            },
            "dataset": {"args": {"classes": classes}},
        },
        "state_dict": BertForSequenceClassification(config).state_dict(),
    }
    path = folder / "bert-base-random.ckpt"
    torch.save(checkpoint, path)
    return str(path), str(config_dir)


def long_comments() -> None:
    from monitor.scoring.libel import LibelScorer

    scorer = LibelScorer()
    scorer.score(["warm up"])
    for name, unit in (
        ("denials", "He is not a thief. She never took a bribe. "),
        ("victims", "Residents have been robbed and beaten for years. "),
        ("allegations", "Cllr Moss took a bribe. He lied to the police about it. "),
    ):
        text = (unit * (8_000 // len(unit) + 1))[:8_000]
        started = time.perf_counter()
        scorer.score([text])
        print(f"libel rules, 8,000 characters of {name}: {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detoxify-comments", type=int, default=160)
    parser.add_argument("--skip-detoxify", action="store_true")
    parser.add_argument("--engine-only", action="store_true", help="the default engine alone")
    parser.add_argument("--model-comments", type=int, default=4000)
    parser.add_argument("--long", action="store_true", help="the libel rules on long comments")
    args = parser.parse_args()
    pin_two_cores()
    if args.long:
        long_comments()
        return
    if args.engine_only:
        from monitor.scoring.engine import build_engine

        base = comments()
        texts = [f"{t} ({i})" for i, t in enumerate((base * 10)[: args.model_comments])]
        engine = build_engine()
        engine.assess(texts[:64])  # the first call sets up ONNX Runtime's kernels
        per_second = rate(engine.assess, texts)
        print(
            f"default engine: {per_second:,.0f} comments/s over {len(texts):,} comments, "
            f"peak RSS {peak_mib():,.0f} MiB"
        )
        return
    from monitor.scoring.discrimination import DiscriminationScorer
    from monitor.scoring.engine import build_engine
    from monitor.scoring.lexicon import LexiconScorer
    from monitor.scoring.libel import LibelScorer
    from monitor.scoring.linear import LinearScorer
    from monitor.scoring.personal_data import PersonalDataScorer
    from monitor.scoring.threat import ThreatScorer

    base = comments()
    # Distinct texts, so no cache inside a scorer can make a repeat look fast.
    texts = [f"{text} ({i})" for i, text in enumerate((base * (20_000 // len(base) + 1))[:20_000])]
    rows: list[tuple[str, float, float]] = []
    for scorer in (
        LinearScorer(),
        LexiconScorer(),
        ThreatScorer(),
        DiscriminationScorer(),
        LibelScorer(),
        PersonalDataScorer(),
    ):
        rows.append((scorer.name, rate(scorer.score, texts), peak_mib()))
    from monitor.scoring.neural import NeuralScorer

    model = NeuralScorer()
    few = texts[: args.model_comments]
    model.score(few[:64])
    rows.append((f"{model.name} (ONNX int8, 2 threads)", rate(model.score, few), peak_mib()))
    engine = build_engine()
    rows.append(("engine (default: model + rules)", rate(engine.assess, few), peak_mib()))
    rules = build_engine({"toxicity": "linear"})
    rows.append(("engine (linear + rules), 1 process", rate(rules.assess, texts), peak_mib()))
    rows.append(
        (
            "engine (linear + rules), 2 processes",
            rate(lambda batch: rules.assess_parallel(batch, workers=2), texts),
            peak_mib(),
        )
    )

    if not args.skip_detoxify:
        import torch

        torch.set_num_threads(2)
        from detoxify import Detoxify

        from monitor.scoring.detoxify import DetoxifyScorer, load_detoxify

        sample = (base * 4)[: args.detoxify_comments]
        with tempfile.TemporaryDirectory() as tmp:
            checkpoint, config_dir = bert_base_checkpoint(Path(tmp), base)
            naive = Detoxify(checkpoint=checkpoint, huggingface_config_path=config_dir)
            naive_rate = rate(lambda ts: [naive.predict(t) for t in ts], sample)
            rows.append(("detoxify naive (1 call/comment, fp32)", naive_rate, peak_mib()))
            fp32 = DetoxifyScorer(naive, batch_size=16, threads=2)
            rows.append(
                ("detoxify ours (batch 16, sorted, fp32)", rate(fp32.score, sample), peak_mib())
            )
            quant = DetoxifyScorer(
                load_detoxify("original", checkpoint, config_dir, quantize=True),
                batch_size=16,
                threads=2,
            )
            ours_rate = rate(quant.score, sample)
            rows.append(("detoxify ours (batch 16, sorted, int8)", ours_rate, peak_mib()))
        speedup = ours_rate / naive_rate
    print(f"{'scorer':<42}{'comments/s':>12}{'peak RSS MiB':>14}")
    for name, per_second, memory in rows:
        print(f"{name:<42}{per_second:>12,.0f}{memory:>14,.0f}")
    if not args.skip_detoxify:
        print(f"our Detoxify path is {speedup:.1f}x naive (target >= 8x)")
    print(
        f"cores: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}; "
        f"{len(texts):,} comments for the embedded scorers"
    )


if __name__ == "__main__":
    main()
