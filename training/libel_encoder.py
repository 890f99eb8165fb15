"""Fine-tuning the base encoder to read allegations, for ``libel_head.py --fine-tune``.

A logistic regression over frozen sentence vectors ranks real allegations with a
cross-validated ROC AUC of about 0.87. Letting the encoder itself learn from the same labels
ranks them better: the sentence embedding (mean-pooled, unit length, as the base model is
read) feeds one linear unit, and both are trained together on the labelled rows.

The encoder reads each text as the scorer will: the comment model's first window of token
ids over the text with quoted words blanked (the base encoder shares its tokenizer). Its
weights then replace the base encoder's branch in the ONNX graph, and the linear unit
becomes the libel head's weights over that branch's sentence vector.

Needs torch and transformers (``.[train]``). On two CPU cores, an epoch over 3,000 comments
takes about two minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from train import mean_pool
from transformers import BertModel

ENCODER_RATE = 3e-5
# The linear unit starts from nothing and reads unit-length vectors: it needs larger steps.
HEAD_RATE = 3e-3
BATCH = 32


@dataclass(frozen=True)
class Rows:
    """Token ids of each text's first window, and its label (1 for an allegation)."""

    windows: list[list[int]]
    labels: np.ndarray

    def take(self, index: np.ndarray) -> Rows:
        return Rows([self.windows[i] for i in index], self.labels[index])


class Sentence(torch.nn.Module):
    """An encoder read as its sentence embedding: mean-pooled, unit length (how the base
    model was trained to be read)."""

    def __init__(self, base: Path) -> None:
        super().__init__()
        self.encoder = BertModel.from_pretrained(str(base), add_pooling_layer=False)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask)[0]
        return torch.nn.functional.normalize(mean_pool(hidden, attention_mask), dim=1)


class Reader(torch.nn.Module):
    """The encoder with one linear unit over its sentence embedding."""

    def __init__(self, base: Path) -> None:
        super().__init__()
        self.sentence = Sentence(base)
        self.unit = torch.nn.Linear(self.sentence.encoder.config.hidden_size, 1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        logits: torch.Tensor = self.unit(self.sentence(input_ids, attention_mask)).squeeze(-1)
        return logits


def _batch(windows: Sequence[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(window) for window in windows)
    ids = torch.zeros((len(windows), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for row, window in enumerate(windows):
        ids[row, : len(window)] = torch.tensor(window, dtype=torch.long)
        mask[row, : len(window)] = 1
    return ids, mask


def fine_tune(base: Path, rows: Rows, *, epochs: int, seed: int = 0) -> Reader:
    """Trains a reader on ``rows``. Allegations are weighted up to balance the two kinds."""
    torch.manual_seed(seed)
    reader = Reader(base)
    reader.train()
    optimiser = torch.optim.AdamW(
        [
            {"params": reader.sentence.parameters(), "lr": ENCODER_RATE},
            {"params": reader.unit.parameters(), "lr": HEAD_RATE},
        ]
    )
    positives = max(1.0, float(rows.labels.sum()))
    balance = (len(rows.labels) - positives) / positives
    labels = torch.tensor(rows.labels, dtype=torch.float32)
    weights = torch.where(labels > 0, torch.tensor(balance), torch.tensor(1.0))
    order = np.random.default_rng(seed)
    for _ in range(epochs):
        shuffled = order.permutation(len(rows.labels))
        for start in range(0, len(shuffled), BATCH):
            picked = shuffled[start : start + BATCH]
            logits = reader(*_batch([rows.windows[i] for i in picked]))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, labels[picked], reduction="none"
            )
            loss = (loss * weights[picked]).sum() / weights[picked].sum()
            optimiser.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            optimiser.step()
    reader.eval()
    return reader


@torch.no_grad()
def probabilities(reader: Reader, windows: Sequence[list[int]]) -> np.ndarray:
    """The reader's probability of an allegation for each window."""
    reader.eval()
    out = [
        torch.sigmoid(reader(*_batch(windows[start : start + 64]))).numpy()
        for start in range(0, len(windows), 64)
    ]
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def out_of_fold(base: Path, rows: Rows, folds: np.ndarray, *, epochs: int) -> np.ndarray:
    """Each row's probability from a reader trained on the other folds (``folds`` numbers
    each row's fold)."""
    scores = np.zeros(len(rows.labels), dtype=np.float32)
    for fold in np.unique(folds):
        held = np.flatnonzero(folds == fold)
        reader = fine_tune(base, rows.take(np.flatnonzero(folds != fold)), epochs=epochs)
        scores[held] = probabilities(reader, [rows.windows[i] for i in held])
        print(f"fold {int(fold) + 1} of {len(np.unique(folds))} done", flush=True)
    return scores


def save(reader: Reader, folder: Path) -> tuple[np.ndarray, float]:
    """Saves the encoder where ``libel_head.general_encoder`` can load it, and gives the
    linear unit's weights and bias."""
    reader.sentence.encoder.save_pretrained(str(folder))
    weight = reader.unit.weight.detach().numpy()[0].astype(np.float32)
    return weight, float(reader.unit.bias.detach().numpy()[0])
