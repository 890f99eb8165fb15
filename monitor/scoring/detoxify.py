"""The Detoxify transformer scorer (optional: ``pip install 'wardwatch[detoxify]'``).

Detoxify's own ``predict`` runs the whole list through the model in one pass, pads every
text to the longest and truncates at 512 tokens. We load the model once per process, sort
texts by length so each batch pads little, run batches of ``batch_size``, split texts longer
than the model's window into chunks and keep each class's maximum over the chunks, and can
quantise the Linear layers to int8 (about 3x faster on a CPU).

Classes are mapped by name, never by position (the order differs between models):
obscene and sexual_explicit -> obscene; insult, toxicity, severe_toxicity -> abuse (counted
only when the comment names or addresses a person, like the linear model); threat -> threat;
identity_attack -> discrimination.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from monitor.scoring.base import Reason, ScorerUnavailable, Signal, WholeCommentScorer

MODELS = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")
CLASS_TO_CATEGORY: dict[str, str] = {
    "obscene": "obscene",
    "sexual_explicit": "obscene",
    "insult": "abuse",
    "toxicity": "abuse",
    "severe_toxicity": "abuse",
    "threat": "threat",
    "identity_attack": "discrimination",
}
# Scores of these categories count only with a person as target (see Signal.gated).
GATED = frozenset({"abuse"})
REASON_FLOOR = 0.5
OFFLINE_HELP = (
    "Detoxify could not download the '{model}' weights ({error}). For an offline install, "
    "download the checkpoint on a machine with internet access, copy it here, and set "
    '[scoring.detoxify] checkpoint = "path/to/model.ckpt" and huggingface_config = '
    '"path/to/folder" (a folder with the model\'s config.json and tokenizer files, e.g. '
    'saved with transformers\' save_pretrained); or set [scoring] toxicity = "linear".'
)

_LOADED: dict[tuple[str, str, str, bool], Any] = {}
_LOCK = threading.Lock()


def load_detoxify(
    model: str, checkpoint: str = "", huggingface_config: str = "", *, quantize: bool = False
) -> Any:
    """A Detoxify instance, loaded once per process for each distinct configuration."""
    key = (model, checkpoint, huggingface_config, quantize)
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = _load(model, checkpoint, huggingface_config, quantize)
        return _LOADED[key]


def _load(model: str, checkpoint: str, huggingface_config: str, quantize: bool) -> Any:
    try:
        # Imported here (optional extra: detoxify (torch)).
        import torch  # noqa: PLC0415
        from detoxify import Detoxify  # noqa: PLC0415
    except ImportError as error:
        raise ScorerUnavailable(
            f'[scoring] toxicity = "detoxify" needs the detoxify extra ({error.name} is '
            "missing): pip install 'wardwatch[detoxify]', or set toxicity = \"linear\""
        ) from None
    if model not in MODELS:
        raise ScorerUnavailable(f"[scoring.detoxify] model: use one of {', '.join(MODELS)}")
    for key, value in (("checkpoint", checkpoint), ("huggingface_config", huggingface_config)):
        if value and not Path(value).exists():
            raise ScorerUnavailable(f"[scoring.detoxify] {key}: {value} does not exist")
    try:
        detox = Detoxify(
            model_type=model,
            checkpoint=checkpoint or None,
            device="cpu",
            huggingface_config_path=huggingface_config or None,
        )
    except (OSError, RuntimeError, ValueError) as error:
        if checkpoint:
            raise ScorerUnavailable(
                f"[scoring.detoxify] checkpoint {checkpoint} could not be loaded: {error}. "
                "A checkpoint needs 'config' and 'state_dict'; for offline use its "
                "config.arch.args.model_type must name a local folder, or set "
                "huggingface_config to one."
            ) from None
        raise ScorerUnavailable(OFFLINE_HELP.format(model=model, error=error)) from None
    if quantize:
        # Imported here (optional extra: detoxify (torch)).
        from torch.ao.quantization import quantize_dynamic  # noqa: PLC0415

        with warnings.catch_warnings():
            # Deprecated in favour of torchao, which is not a dependency; still works.
            warnings.simplefilter("ignore")
            detox.model = quantize_dynamic(  # type: ignore[no-untyped-call]
                detox.model, {torch.nn.Linear}, dtype=torch.qint8
            )
    detox.model.eval()
    return detox


class DetoxifyScorer(WholeCommentScorer):
    name = "detoxify"

    def __init__(
        self,
        detox: Any,
        *,
        model: str = "custom",
        batch_size: int = 32,
        threads: int = 0,
        max_tokens: int = 512,
    ) -> None:
        # Imported here (optional extra: detoxify (torch)).
        import torch  # noqa: PLC0415

        if threads > 0:
            torch.set_num_threads(threads)
        self._detox = detox
        self._batch_size = max(1, batch_size)
        limit = getattr(detox.tokenizer, "model_max_length", max_tokens) or max_tokens
        # Room for [CLS] and [SEP]; huge sentinel values mean "no limit was saved".
        self._window = min(int(limit), max_tokens) - 2
        self.version = f"detoxify {model}"

    @classmethod
    def from_config(cls, section: Mapping[str, Any]) -> DetoxifyScorer:
        model = str(section.get("model", "original"))
        checkpoint = str(section.get("checkpoint", "") or "")
        detox = load_detoxify(
            model,
            checkpoint,
            str(section.get("huggingface_config", "") or ""),
            quantize=bool(section.get("quantize", False)),
        )
        return cls(
            detox,
            model=Path(checkpoint).name if checkpoint else model,
            batch_size=int(section.get("batch_size", 32)),
            threads=int(section.get("threads", 0)),
        )

    def _chunks(self, text: str) -> list[str]:
        tokenizer = self._detox.tokenizer
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) <= self._window:
            return [text]
        return [
            tokenizer.decode(ids[i : i + self._window]) for i in range(0, len(ids), self._window)
        ]

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Raw class probabilities per text, batched and sorted by length."""
        pieces: list[tuple[int, str]] = []
        for index, text in enumerate(texts):
            pieces.extend((index, chunk) for chunk in self._chunks(text))
        pieces.sort(key=lambda piece: len(piece[1]))
        results: list[dict[str, float]] = [{} for _ in texts]
        for start in range(0, len(pieces), self._batch_size):
            batch = pieces[start : start + self._batch_size]
            output = self._detox.predict([chunk for _, chunk in batch])
            for position, (index, _) in enumerate(batch):
                for label, values in output.items():
                    # predict() returns floats, not lists, for a batch of one (squeeze).
                    value = float(values[position] if isinstance(values, list) else values)
                    results[index][label] = max(results[index].get(label, 0.0), value)
        return results

    def score(self, texts: Sequence[str]) -> list[Signal]:
        if not texts:
            return []
        return [self._signal(classes) for classes in self.predict(texts)]

    def _signal(self, classes: Mapping[str, float]) -> Signal:
        scores: dict[str, float] = {}
        gated: dict[str, float] = {}
        best: dict[str, tuple[float, str]] = {}
        for label, value in classes.items():
            category = CLASS_TO_CATEGORY.get(label)
            if category is None:
                continue
            target = gated if category in GATED else scores
            target[category] = max(target.get(category, 0.0), value)
            if value > best.get(category, (-1.0, ""))[0]:
                best[category] = (value, label)
        reasons = [
            Reason(category, f"Detoxify scores {label} {value:.2f}", value, self.name)
            for category, (value, label) in best.items()
            if value >= REASON_FLOOR
        ]
        return Signal(scores=scores, reasons=reasons, gated=gated)
