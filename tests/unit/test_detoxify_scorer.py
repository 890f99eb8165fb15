"""The Detoxify scorer through the real Detoxify loading and predict code, with a tiny BERT
checkpoint built at test time. The classifier is zeroed and its biases set, so every text
scores sigmoid(bias) per class and the mapping and thresholds can be asserted exactly."""

from __future__ import annotations

import math
import urllib.error
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("detoxify")

from monitor.scoring.base import ScorerUnavailable  # noqa: E402
from monitor.scoring.detoxify import DetoxifyScorer, load_detoxify  # noqa: E402
from monitor.scoring.engine import build_engine  # noqa: E402

ORIGINAL = ("toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate")
ORIGINAL_BIAS = (3.0, -3.0, 0.0, -5.0, 2.0, -1.0)
# The unbiased head's first seven outputs, in its own (different) order.
UNBIASED = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "identity_attack",
    "insult",
    "threat",
    "sexual_explicit",
)
UNBIASED_BIAS = (-4.0, -4.0, -2.0, 1.0, -4.0, 2.5, 1.5)


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def make_checkpoint(
    folder: Path, classes: tuple[str, ...], bias: tuple[float, ...]
) -> tuple[str, str]:
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    config_dir = folder / "tiny-bert"
    config_dir.mkdir(parents=True)
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    words += [
        "you",
        "are",
        "a",
        "liar",
        "idiot",
        "the",
        "council",
        "is",
        "corrupt",
        "thanks",
        "bus",
        "late",
    ]
    words += list("abcdefghijklmnopqrstuvwxyz") + ["##" + c for c in "abcdefghijklmnopqrstuvwxyz"]
    words += list(".,!?'")
    vocab = list(dict.fromkeys(words))
    (config_dir / "vocab.txt").write_text("\n".join(vocab) + "\n")
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=512,
        num_labels=len(classes),
    )
    config.save_pretrained(config_dir)
    BertTokenizer(
        str(config_dir / "vocab.txt"), do_lower_case=True, model_max_length=512
    ).save_pretrained(config_dir)
    torch.manual_seed(0)
    state = BertForSequenceClassification(config).state_dict()
    state["classifier.weight"].zero_()
    state["classifier.bias"].copy_(torch.tensor(bias))
    checkpoint = {
        "config": {
            "arch": {
                "args": {
                    "num_classes": len(classes),
                    "model_type": str(config_dir),
                    "model_name": "BertForSequenceClassification",
                    "tokenizer_name": "BertTokenizer",
                }
            },
            "dataset": {"args": {"classes": list(classes)}},
        },
        "state_dict": state,
    }
    path = folder / "tiny.ckpt"
    torch.save(checkpoint, path)
    return str(path), str(config_dir)


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return make_checkpoint(tmp_path_factory.mktemp("original"), ORIGINAL, ORIGINAL_BIAS)


@pytest.fixture(scope="module")
def unbiased(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return make_checkpoint(tmp_path_factory.mktemp("unbiased"), UNBIASED, UNBIASED_BIAS)


def scorer_for(paths: tuple[str, str], **options: object) -> DetoxifyScorer:
    checkpoint, config_dir = paths
    return DetoxifyScorer.from_config(
        {"checkpoint": checkpoint, "huggingface_config": config_dir, **options}
    )


def test_original_classes_map_to_categories_by_name(original: tuple[str, str]) -> None:
    [signal] = scorer_for(original).score(["you are a liar"])
    assert signal.scores["obscene"] == pytest.approx(sigmoid(0.0))
    assert signal.scores["threat"] == pytest.approx(sigmoid(-5.0))
    assert signal.scores["discrimination"] == pytest.approx(sigmoid(-1.0))
    # toxicity, severe_toxicity and insult all feed abuse: the maximum counts.
    assert signal.gated["abuse"] == pytest.approx(sigmoid(3.0))
    assert "abuse" not in signal.scores


def test_unbiased_order_and_sexual_explicit_map_by_name(unbiased: tuple[str, str]) -> None:
    [signal] = scorer_for(unbiased).score(["thanks"])
    assert signal.scores["threat"] == pytest.approx(sigmoid(2.5))
    assert signal.scores["discrimination"] == pytest.approx(sigmoid(1.0))
    assert signal.scores["obscene"] == pytest.approx(sigmoid(1.5))  # sexual_explicit wins
    assert signal.gated["abuse"] == pytest.approx(sigmoid(-4.0))


def test_batches_sort_and_long_texts_give_one_signal_per_text_in_order(
    original: tuple[str, str],
) -> None:
    scorer = scorer_for(original, batch_size=2)
    long_text = "the council is corrupt " * 400  # about 1,600 tokens: chunked, not truncated
    texts = ["you", long_text, "a", "thanks for the bus", ""]
    signals = scorer.score(texts)
    assert len(signals) == len(texts)
    for signal in signals:
        assert signal.scores["threat"] == pytest.approx(sigmoid(-5.0))
    assert len(scorer._chunks(long_text)) >= 3


def test_quantised_model_still_predicts(original: tuple[str, str]) -> None:
    [signal] = scorer_for(original, quantize=True).score(["you idiot"])
    assert signal.scores["threat"] == pytest.approx(sigmoid(-5.0), abs=0.02)


def test_model_is_loaded_once_per_process(original: tuple[str, str]) -> None:
    checkpoint, config_dir = original
    assert load_detoxify("original", checkpoint, config_dir) is load_detoxify(
        "original", checkpoint, config_dir
    )


def test_engine_uses_detoxify_and_gates_abuse_on_a_target(original: tuple[str, str]) -> None:
    checkpoint, config_dir = original
    engine = build_engine(
        {"toxicity": "detoxify"},
        {"checkpoint": checkpoint, "huggingface_config": config_dir, "batch_size": 4},
        {"threat": {"review": 0.001, "high": 0.9}},
    )
    aimed, situation = engine.assess(["you are a liar", "the bus is late"])
    # "liar" with no lie named is libel for review only (libel 6), so the severity is the
    # tiny model's abuse score, at review.
    assert "abuse" in aimed.labels and aimed.severity == "review"
    assert any(r.scorer == "detoxify" and r.category == "abuse" for r in aimed.reasons)
    assert "abuse" not in situation.labels
    assert "threat" in situation.labels  # sigmoid(-5) = 0.0067 is over the 0.001 threshold
    assert engine.versions["detoxify"] == "detoxify tiny.ckpt"


def test_weights_that_cannot_be_downloaded_say_how_to_install_offline(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise urllib.error.URLError("network is unreachable")

    monkeypatch.setenv("TORCH_HOME", str(tmp_path))
    monkeypatch.setattr(torch.hub, "load_state_dict_from_url", no_network)
    with pytest.raises(ScorerUnavailable, match=r"checkpoint = .*huggingface_config"):
        load_detoxify("unbiased-small")


def test_missing_checkpoint_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ScorerUnavailable, match="does not exist"):
        load_detoxify("original", str(tmp_path / "absent.ckpt"))
