"""The comment model: a small sentence encoder fine-tuned on public labelled comments.

It reads a comment as a whole, so it knows "I could murder a curry" from "I will murder
you" and a neutral mention of Muslims from an attack on them, where word lists and n-grams
cannot. It ships with wardwatch (``monitor/scoring/model/``: an int8 ONNX file of about
46 MB, the tokenizer and ``heads.json``) and runs on ONNX Runtime, so it needs no PyTorch, no
GPU and no download. The file holds two encoders over the same tokens: the fine-tuned one,
and the base MiniLM it came from, whose general sentence embedding feeds the libel head
fitted on real comments. How it was trained, on what, and how well it does: docs/model-card.md;
``training/`` rebuilds it with one command.

What it may decide is limited on purpose:

- its scores can put a comment in the digest (review), never raise an urgent alert on their
  own: "high" needs a rule that can say exactly which words make it urgent;
- its abuse and obscene scores count only when the comment addresses or names a person
  (the ``"target"`` cue), like every statistical score in wardwatch;
- it never reads words the commenter is quoting in order to report or condemn them
  (:mod:`monitor.scoring.reported`): those stretches are blanked before it sees the text;
- where it alone reads a comment as libel, it is asked again with words taken out, and its
  reason names the words without which it would not (``NeuralScorer.explain``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from monitor.scoring.base import (
    CommentContext,
    Reason,
    ScorerUnavailable,
    Signal,
    WholeCommentScorer,
)
from monitor.scoring.policy import DEFAULT_THRESHOLDS
from monitor.scoring.rules import prepare
from monitor.scoring.text import Prepared

MODEL_DIR = Path(__file__).resolve().parent / "model"

# What each head means, in the words a councillor would use. The head's name is the
# category it scores (HEAD_CATEGORY names the exceptions); "toxic" is a training aid and
# scores nothing. No public dataset labels libel: the fine-tuned libel head learned from the
# project's own comments, so it counts from a high threshold, and a second one was fitted on
# real comments the project labelled (see heads.json and docs/model-card.md). Neither counts
# where the libel rules read the allegation and found it is about a thing, a party or a
# group, or attributed to a court or the press (the "libel_cleared" cue). Personal data is
# left to the rules: a head fitted to the project's own examples flagged one political
# tweet in fourteen.
MEANING: dict[str, str] = {
    "abuse": "reads as a personal insult or attack on someone",
    "obscene": "obscene or sexual language aimed at someone",
    "threat": "reads as a threat or a wish of violence",
    "discrimination": "reads as an attack on people for who they are (race, religion, "
    "sexuality, gender, disability)",
    "libel": "reads like an allegation of wrongdoing against someone",
}
# Heads that score a category under another name. Two heads read libel: the fine-tuned one,
# which learned from the project's own comments and knows how allegations are put on a
# council's page, and one fitted on real comments people posted, labelled for allegations
# (training/libel_head.py), which knows how they are put elsewhere; the higher counts.
HEAD_CATEGORY = {"libel_written": "libel"}
HEAD_NOTE = {
    "libel_written": " (read as the project's examples)",
    "libel": " (read as real comments)",
}
GATED = frozenset({"abuse", "obscene"})
# "The limits of acceptable criticism are wider as regards a politician" (Lingens v Austria,
# ECtHR 1986): when the comment is about someone in public office, the model's insult score
# must be near certain before it counts, so that "Cllr Patel is an embarrassment to the
# ward" stays visible while "Cllr Patel is a worthless piece of scum" does not. Insults the
# rules recognise by their words are unaffected.
PUBLIC_ROLE = re.compile(
    r"\b(?:cllr|councillors?|mayor|mp|leader|cabinet|chief executive|council|officers?|minister)\b"
)
PUBLIC_ROLE_ABUSE = 0.97
# Where the model alone flags a comment, the engine asks it which words its reading turns on
# (NeuralScorer.explain): the shortest run of words without which its score falls back below
# review. The search starts from the word whose removal lowers the score most, among words
# that carry meaning ("he" or "the" only say who or what is talked about), and takes in a
# neighbour at a time. It reads the first EXPLAIN_WORDS words; where no run of up to
# EXPLAIN_SPAN words will do, the reason names none.
EXPLAIN_WORDS = 100
EXPLAIN_SPAN = 4
_WORD = re.compile(r"\S+")
_EDGE = " .,;:!?'\"()[]{}*-…‘’“”"
_PLAIN_WORDS = frozenset(
    str.split(
        """a an the this that these those he she they it i you we me him her them his hers their
    its my your our us who whom which what and or but if so as of in on at to for from by
    with about into than then there here is are was were be been being am do does did have
    has had will would can could should shall may might must not no yes just like all some
    any one rt"""
    )
)


@dataclass(frozen=True, slots=True)
class HeadThreshold:
    """The model probability at which a head starts to count, chosen on development data
    (docs/model-card.md says which), and the score the policy sees at that point."""

    review: float


def _sigmoid(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return out


class NeuralScorer(WholeCommentScorer):
    """Scores comments with the shipped ONNX model; see the module docstring."""

    name = "model"
    # An ONNX Runtime session and the threads that run it do not survive a fork.
    fork_safe = False

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        threads: int | None = None,
        policy_thresholds: Mapping[str, tuple[float, float]] | None = None,
    ) -> None:
        """``policy_thresholds`` maps a category to the policy's (review, high) thresholds, so
        that a head at its own threshold lands exactly on review and never reaches high
        (defaults: the policy's defaults)."""
        # Imported here (heavy: ONNX Runtime), so commands that never score stay quick.
        import onnxruntime as ort  # noqa: PLC0415
        from tokenizers import Tokenizer  # noqa: PLC0415

        directory = model_dir or MODEL_DIR
        onnx_path = directory / "comment-model.onnx"
        try:
            meta = json.loads((directory / "heads.json").read_text(encoding="utf-8"))
            self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        except (OSError, ValueError, Exception) as exc:
            raise ScorerUnavailable(
                f"the comment model in {directory} cannot be read ({exc}); reinstall wardwatch, "
                "or rebuild the model with training/README.md"
            ) from exc
        self.heads: tuple[str, ...] = tuple(meta["heads"])
        # Which libel head spoke matters only when there are two.
        self._notes = HEAD_NOTE if "libel_written" in self.heads else {}
        self.max_len = int(meta.get("max_len", 128))
        self.thresholds = {
            head: HeadThreshold(float(value))
            for head, value in meta.get("thresholds", {}).items()
            if HEAD_CATEGORY.get(head, head) in MEANING
        }
        pairs = {c: pair for c, pair in DEFAULT_THRESHOLDS.items() if c in MEANING}
        pairs.update({c: p for c, p in (policy_thresholds or {}).items() if c in MEANING})
        self._review = {category: pair[0] for category, pair in pairs.items()}
        self._high = {category: pair[1] for category, pair in pairs.items()}
        # One thread per run, and as many runs at once as there are threads: one comment at
        # a time (see probabilities) keeps each run too small to share well between cores.
        self._threads = threads or min(4, os.cpu_count() or 1)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self._session = ort.InferenceSession(
                str(onnx_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:
            raise ScorerUnavailable(
                f"the comment model {onnx_path} cannot be loaded ({exc}); reinstall wardwatch"
            ) from exc
        digest = hashlib.sha256(onnx_path.read_bytes()).hexdigest()[:12]
        self.version = f"{meta.get('name', 'comment-model')} {digest}"
        ids = {name: self._tokenizer.token_to_id(name) for name in ("[CLS]", "[SEP]")}
        if None in ids.values():
            raise ScorerUnavailable(
                f"{directory / 'tokenizer.json'} lacks [CLS] or [SEP]: it is not the "
                "comment model's tokenizer; reinstall wardwatch"
            )
        self._cls, self._sep = (int(ids[n] or 0) for n in ("[CLS]", "[SEP]"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()

    # -- model ---------------------------------------------------------------------------

    def _windows(self, ids: list[int]) -> list[list[int]]:
        """A long comment is read in overlapping windows; each must fit the model."""
        body = ids[1:-1] if ids and ids[0] == self._cls else ids
        width = self.max_len - 2
        if len(body) <= width:
            return [[self._cls, *body, self._sep]]
        step = width - 32
        return [
            [self._cls, *body[start : start + width], self._sep]
            for start in range(0, len(body) - 32, step)
        ]

    def first_windows(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's first window of token ids, as the model reads it (for fitting a head
        on the model's sentence vectors: ``training/libel_head.py``)."""
        return [self._windows(e.ids)[0] for e in self._tokenizer.encode_batch(list(texts))]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """One row of head probabilities per text (the highest over a long text's windows).

        Each window runs through the model on its own. The model is int8 with dynamic
        quantisation: ONNX Runtime scales activations over the whole input tensor, so in a
        batch one comment's scores would shift with the others in it and with their padding
        (by up to half the probability, measured on OLID). A comment's verdict must not
        depend on which comments were polled with it. Windows run side by side on a few
        threads instead (ONNX Runtime releases the GIL), which wins back most of the
        batching's speed (docs/scoring.md, "Speed and memory").
        """
        if not texts:
            return np.zeros((0, len(self.heads)), dtype=np.float32)
        windows: list[list[int]] = []
        owner: list[int] = []
        for index, encoding in enumerate(self._tokenizer.encode_batch(list(texts))):
            for window in self._windows(encoding.ids):
                windows.append(window)
                owner.append(index)
        if len(windows) == 1 or self._threads == 1:
            rows = [self._run(window) for window in windows]
        else:
            with ThreadPoolExecutor(self._threads, thread_name_prefix="comment-model") as pool:
                rows = list(pool.map(self._run, windows))
        result = np.zeros((len(texts), len(self.heads)), dtype=np.float32)
        for text_index, row in zip(owner, rows, strict=True):
            result[text_index] = np.maximum(result[text_index], row)
        return result

    def _run(self, window: list[int]) -> np.ndarray:
        """The head probabilities for one window, run alone."""
        ids = np.array([window], dtype=np.int64)
        (logits,) = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        return _sigmoid(logits[0])

    # -- scorer --------------------------------------------------------------------------

    def _policy_score(self, head: str, category: str, probability: float) -> float:
        """Maps a head's probability so that its own threshold lands on the policy's review
        threshold, and keeps it below "high": the model alone never makes an alert."""
        threshold = self.thresholds.get(head, HeadThreshold(0.5)).review
        review, high = self._review[category], self._high[category]
        if probability < threshold:
            return round(review * probability / threshold, 4)
        span = (probability - threshold) / max(1e-6, 1.0 - threshold)
        return round(min(high - 0.01, review + span * (high - review)), 4)

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return self.score_prepared([prepare(text) for text in texts])

    def explain(self, item: Prepared, reason: Reason) -> Reason:
        """``reason`` naming the words the model's reading turns on: "reads like an
        allegation of wrongdoing against someone, and would not without the word
        'cheating'". Words are taken out of the comment and the model asked again (see
        ``EXPLAIN_WORDS``); without the words named, the score falls below review. As it is
        where no run of a few words makes that difference."""
        whole_text = item.blanked
        columns = [
            index
            for index, head in enumerate(self.heads)
            if HEAD_CATEGORY.get(head, head) == reason.category
        ]
        spans = [match.span() for match in _WORD.finditer(whole_text)][:EXPLAIN_WORDS]
        # The search reads the first EXPLAIN_WORDS words only, so that a long comment costs
        # no more than a short one; what it finds is checked on the whole comment at the end.
        text = whole_text[: spans[-1][1]] if spans else whole_text
        seeds = [k for k, (start, end) in enumerate(spans) if _carries_meaning(text[start:end])]
        if not columns or not seeds:
            return reason
        review = self._review[reason.category]

        def value(texts: list[str]) -> np.ndarray:
            """The category's score for each text, as score_prepared gives it (the limit on
            abuse about people in public office aside: only libel is explained)."""
            rows = self.probabilities(texts)
            return np.array(
                [
                    max(
                        self._policy_score(self.heads[c], reason.category, float(row[c]))
                        for c in columns
                    )
                    for row in rows
                ]
            )

        if value([text])[0] < review:
            return reason  # what the model read as an allegation lies further on

        def without(first: int, last: int) -> str:
            return text[: spans[first][0]] + text[spans[last - 1][1] :]

        def lowest(runs: list[tuple[int, int]]) -> tuple[tuple[int, int], float]:
            left = value([without(*run) for run in runs])
            best = int(np.argmin(left))
            return runs[best], float(left[best])

        alone = value([without(k, k + 1) for k in seeds])
        first = seeds[int(np.argmin(alone))]
        last, left = first + 1, float(alone.min())
        while left >= review and last - first < EXPLAIN_SPAN:
            wider = [
                (start, end)
                for start, end in ((first - 1, last), (first, last + 1))
                if start >= 0 and end <= len(spans)
            ]
            if not wider:
                break
            (first, last), left = lowest(wider)
        words = _quote(text, spans[first][0], spans[last - 1][1])
        if left >= review or not words:
            return reason
        if text != whole_text:
            left = float(
                value([whole_text[: spans[first][0]] + whole_text[spans[last - 1][1] :]])[0]
            )
            if left >= review:
                return reason  # the rest of the comment reads as an allegation without them
        noun = "word" if last - first == 1 else "words"
        return replace(
            reason,
            message=f"{reason.message}, and would not without the {noun} '{words}'",
            evidence=(words,),
            detail=f"{reason.detail}; without those words the score is {left:.2f}",
        )

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
        texts = [item.blanked for item in items]
        probabilities = self.probabilities(texts)
        signals: list[Signal] = []
        for item, row in zip(items, probabilities, strict=True):
            public = PUBLIC_ROLE.search(item.view.text) is not None
            scores: dict[str, float] = {}
            gated: dict[str, float] = {}
            reasons: list[Reason] = []
            best: dict[str, tuple[float, str, float, float]] = {}
            for head, probability in zip(self.heads, row.tolist(), strict=True):
                category = HEAD_CATEGORY.get(head, head)
                if category not in MEANING:
                    continue
                counts_from = self.thresholds.get(head, HeadThreshold(0.5)).review
                if category == "abuse" and public and probability < PUBLIC_ROLE_ABUSE:
                    probability = min(probability, counts_from - 0.001)
                value = self._policy_score(head, category, probability)
                if category not in best or value > best[category][0]:
                    best[category] = (value, head, probability, counts_from)
            for category, (value, head, probability, counts_from) in best.items():
                (gated if category in GATED else scores)[category] = value
                if value >= self._review[category]:
                    reasons.append(
                        Reason(
                            category=category,
                            message=MEANING[category],
                            score=value,
                            scorer=self.name,
                            detail=f"comment model{self._notes.get(head, '')}: "
                            f"{probability:.2f} (counts from {counts_from:.2f})",
                        )
                    )
            signals.append(Signal(scores=scores, gated=gated, reasons=reasons))
        return signals


def _quote(text: str, start: int, end: int) -> str:
    """The comment's words between ``start`` and ``end``, on one line, without the
    punctuation around them."""
    return " ".join(text[start:end].split()).strip(_EDGE)


def _carries_meaning(word: str) -> bool:
    """Whether a word of the comment may start the search for what the model's reading
    turns on: it has a letter and is not a pronoun, article or other little word, nor a
    dataset's stand-in such as "<user>"."""
    bare = word.strip(_EDGE).lower()
    if bare.startswith("<") and bare.endswith(">"):
        return False
    return any(ch.isalpha() for ch in bare) and bare not in _PLAIN_WORDS
