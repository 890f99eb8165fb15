"""A per-category linear model learned from comments written for wardwatch.

The rule scorers know the shapes of harm that can be written down (an imputation about a
named person, a threat verb aimed at "you", a slur). People find more ways to say the same
things than any list holds, so this scorer learns the wording of each category from the
labelled comments in ``monitor/scoring/training/``: TF-IDF over character n-grams (robust to
misspellings and disguises) and words, and one logistic regression per category.

It is trained when first used (about two seconds) and the fitted model is cached under the
user's cache folder, keyed by the training data's SHA-256 and the scikit-learn version, so
every process after the first loads it in milliseconds. Nothing is downloaded.

On its own it can put a comment in the digest, never raise an urgent alert: its scores are
rescaled so that its decision threshold lands on the policy's review threshold and its
certainty stays below the high threshold. Reasons name the words that weighed most.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from monitor.scoring.base import CATEGORIES, Reason, Signal
from monitor.scoring.policy import DEFAULT_THRESHOLDS

log = logging.getLogger(__name__)

TRAINING_DIR = Path(__file__).resolve().parent / "training"
# The model's probability at which a category counts, chosen by cross-validation on the
# training comments so that clean ones (criticism, hyperbole, swearing at situations) stay
# unflagged: `benchmarks/learned_gates.py` measures the trade-off.
DEFAULT_GATES: dict[str, float] = {
    "libel": 0.7,
    "obscene": 0.6,
    "abuse": 0.7,
    "threat": 0.6,
    "discrimination": 0.7,
    "personal_data": 0.7,
}
EVIDENCE_WORDS = 3
# Categories that are about a person: below SURE the model's score needs a named or
# addressed person (the rules' "target" cue) before it counts.
# Obscene words aimed at a bus are clean however sure the model is; for abuse, a very
# confident model may stand without a rule-found target ("what a vile excuse for a man").
SURE: dict[str, float] = {"obscene": 1.01, "abuse": 0.9}
ACCOUNTABILITY = re.compile(
    r"\b(?:resign|step down|stand down|vote (?:you|him|her|them|the lot of (?:you|them)) out"
    r"|voted out|ballot box|next election|at the polls|deselect(?:ed)?|out on (?:your|his|her) ear)"
    r"\b",
    re.IGNORECASE,
)
# Part of the cache key: change it whenever fit() changes, so no stale model is loaded.
MODEL_RECIPE = "links folded; char_wb 4-4 min_df 2 + words 1-2; liblinear logistic C=10; v5"


@dataclass
class _Fitted:
    chars: Any
    words: Any
    models: dict[str, Any]
    word_names: list[str]
    categories: list[str]
    weights: Any  # (features, categories) array of the models' coefficients
    intercepts: Any

    def features(self, texts: Sequence[str]) -> tuple[Any, Any]:
        """The whole feature matrix, and the word part of it (for evidence)."""
        from scipy.sparse import hstack

        folded = [normalise(text) for text in texts]
        words = self.words.transform(folded)
        return hstack([self.chars.transform(folded), words]).tocsr(), words

    def probabilities(self, matrix: Any) -> Any:
        """(texts, categories) probabilities; one sparse product serves every category."""
        import numpy as np

        return 1.0 / (1.0 + np.exp(-(matrix @ self.weights + self.intercepts)))


_LINK = re.compile(r"https?://\S+|www\.\S+")


def normalise(text: str) -> str:
    """Fold links to one token: which site is linked says nothing about the category.
    (@handles stay as they are: folding them taught the model that a mention is a sign
    of harm, and flagged a quarter of ordinary replies on Twitter data.)"""
    return _LINK.sub(" link ", text)


def training_files(directory: Path = TRAINING_DIR) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


def load_examples(paths: Sequence[Path]) -> list[tuple[str, frozenset[str]]]:
    examples = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                labels = frozenset(item["labels"])
                text = str(item["text"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a labelled comment ({exc})") from None
            unknown = labels - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{path}:{number}: unknown labels {sorted(unknown)}")
            examples.append((text, labels))
    return examples


def fit(examples: Sequence[tuple[str, frozenset[str]]]) -> _Fitted:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [normalise(text) for text, _ in examples]
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 4), min_df=2, sublinear_tf=True)
    words = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w[\w'*@$!.]*\w\b|\b\w\b",
    )
    matrix = hstack([chars.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    models = {}
    for category in CATEGORIES:
        target = np.array([category in labels for _, labels in examples])
        if target.any() and not target.all():
            models[category] = LogisticRegression(
                C=10.0, class_weight="balanced", solver="liblinear", max_iter=3000
            ).fit(matrix, target)
    categories = list(models)
    weights = np.column_stack([models[c].coef_[0] for c in categories])
    intercepts = np.array([models[c].intercept_[0] for c in categories])
    return _Fitted(
        chars, words, models, list(words.get_feature_names_out()), categories, weights, intercepts
    )


class LearnedScorer:
    name = "learned"

    def __init__(
        self,
        *,
        training: Sequence[Path] | None = None,
        gates: Mapping[str, float] | None = None,
        thresholds: Mapping[str, tuple[float, float]] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        paths = list(training) if training is not None else training_files()
        if not paths:
            raise FileNotFoundError(f"no training data (*.jsonl) in {TRAINING_DIR}")
        digest = hashlib.sha256(MODEL_RECIPE.encode())
        for path in paths:
            digest.update(path.read_bytes())
        self.version = f"learned {digest.hexdigest()[:12]} scikit-learn {version('scikit-learn')}"
        self.gates = {**DEFAULT_GATES, **(gates or {})}
        self.thresholds = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
        self._fitted = self._load_or_fit(paths, digest.hexdigest(), cache_dir)

    def _load_or_fit(self, paths: list[Path], digest: str, cache_dir: Path | None) -> _Fitted:
        folder = cache_dir or _cache_dir()
        if folder is None:  # no home directory: no cache, train each time (two seconds)
            return fit(load_examples(paths))
        cache = folder / f"learned-{digest[:16]}-{version('scikit-learn')}.pkl"
        try:
            # Unpickling runs code: only a file that no other user could have written.
            if _private(folder) and _private(cache):
                with cache.open("rb") as handle:
                    fitted = pickle.load(handle)  # our own file, written below
                if isinstance(fitted, _Fitted):
                    return fitted
            elif cache.exists():
                log.warning("not loading %s: it or its folder is not private", cache)
        except (OSError, pickle.UnpicklingError, AttributeError, EOFError):
            pass
        fitted = fit(load_examples(paths))
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _private(folder):
                raise OSError(f"{folder} is not private to this user")
            temporary = cache.with_suffix(f".{os.getpid()}.tmp")
            with os.fdopen(
                os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb"
            ) as out:
                pickle.dump(fitted, out)
            temporary.replace(cache)
        except OSError as exc:  # a read-only home is fine: train again next time
            log.info("could not cache the learned model at %s: %s", cache, exc)
        return fitted

    def score(self, texts: Sequence[str]) -> list[Signal]:
        if not texts:
            return []
        fitted = self._fitted
        matrix, word_matrix = fitted.features(texts)
        offset = len(fitted.chars.vocabulary_)
        table = fitted.probabilities(matrix)
        probabilities = {c: table[:, column] for column, c in enumerate(fitted.categories)}
        accountable = [bool(ACCOUNTABILITY.search(text)) for text in texts]
        signals = []
        for row in range(len(texts)):
            scores: dict[str, float] = {}
            gated: dict[str, float] = {}
            reasons: list[Reason] = []
            for category, column in probabilities.items():
                if category == "abuse" and accountable[row]:
                    # A call to resign or to vote someone out is democratic accountability:
                    # the model's sense of hostility alone must not flag it (the rules
                    # still catch any insult that comes with it).
                    continue
                probability = float(column[row])
                # Swearing reads alike whether it is aimed at a bus or at a person: unless
                # the model is sure, these count only when a person is addressed or named.
                if probability < SURE.get(category, 0.0):
                    gated[category] = self._rescale(category, probability)
                else:
                    scores[category] = self._rescale(category, probability)
                if probability >= self.gates[category]:
                    words = self._evidence(word_matrix, row, category, offset)
                    quoted = ", ".join(f"'{w}'" for w in words)
                    reasons.append(
                        Reason(
                            category=category,
                            message=(
                                f"worded like comments labelled {category} in wardwatch's "
                                f"training set ({probability:.2f})"
                                + (f"; the words that weighed most: {quoted}" if words else "")
                            ),
                            score=scores.get(category, gated.get(category, 0.0)),
                            scorer=self.name,
                            evidence=tuple(words),
                        )
                    )
            signals.append(Signal(scores=scores, reasons=reasons, gated=gated))
        return signals

    def _rescale(self, category: str, probability: float) -> float:
        """Map the gate onto the review threshold, and 1.0 to just under the high one."""
        review, high = self.thresholds[category]
        gate = self.gates[category]
        if probability < gate:
            return round(probability / gate * review * 0.99, 4)
        span = (probability - gate) / (1.0 - gate)
        return round(review + span * (high - review) * 0.99, 4)

    def _evidence(self, word_matrix: Any, row: int, category: str, offset: int) -> list[str]:
        import numpy as np
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        fitted = self._fitted
        column = fitted.categories.index(category)
        start, end = word_matrix.indptr[row], word_matrix.indptr[row + 1]
        indices = word_matrix.indices[start:end]
        weights = word_matrix.data[start:end] * fitted.weights[offset + indices, column]
        names = fitted.word_names
        telling: list[str] = []
        for position in np.argsort(-weights):
            if weights[position] <= 0 or len(telling) == EVIDENCE_WORDS:
                break
            name = names[indices[position]]
            # Words a person can check: function words weigh in the model but explain nothing.
            if not set(name.split()) <= ENGLISH_STOP_WORDS:
                telling.append(name)
        return telling


def _cache_dir() -> Path | None:
    """The user's own cache folder; never a shared one such as the temp folder, where
    another local user could plant a pickle."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (some service accounts): no cache
            return None
    return Path(base) / "wardwatch"


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else."""
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022
