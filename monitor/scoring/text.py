"""A canonical view of a comment for lexicon matching, robust to the usual disguises.

People write "F.U.C.K", "f*ck", "sh1t", "fuuuck" and "c u n t" to get past filters; and
innocent comments mention Scunthorpe, Penistone or Cock Lane, spotted dick, blue tits or the
erection of a fence. :func:`canonical` turns a comment into lowercase space-separated tokens
with disguises undone and, on request, rude-looking place names and innocent phrases blanked,
and remembers where each token came from so a reason can quote the commenter's own words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from monitor.scoring.cues import text_cues
from monitor.scoring.lang.en.places import INNOCENT_PHRASES, INNOCENT_WORDS, PLACE_NAMES
from monitor.scoring.reported import protected_zones

_PLACES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PLACE_NAMES) + r")\b", re.IGNORECASE)
# "Dick Smith": a first name before a capitalised surname is a name; "Cumming" is a surname.
_NAMED_DICK = re.compile(r"\bDick(?= [A-Z][a-z]{2,}\b)|(?<=\w )Cumming\b")
_INNOCENT = re.compile(r"\b(?:" + "|".join(INNOCENT_PHRASES) + r")\b", re.IGNORECASE)
# A capitalised word followed by a capitalised street word ("Slag Lane", "Dick Street") is an
# address, whatever the first word means.
_CAPITALISED_STREET = re.compile(
    r"\b[A-Z][a-z]+ (?:Lane|Road|Rd|Street|End|Hill|Close|Avenue|Ave|Way|Green|Bottom|Bridge)\b"
)

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "i",
        "€": "e",
    }
)
_MASK_CHARS = "*#%"
_TOKEN = re.compile(r"[a-z0-9@$|€]+(?:[*#%!]+[a-z0-9@$|€]*)*|[*#%]+")
# Single letters separated by dots, spaces, dashes or stars: "f.u.c.k", "c u n t".
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z][ .\-_*/]{1,2}){2,}[a-z](?![a-z0-9])")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True, slots=True)
class Canonical:
    """Canonical tokens joined by single spaces, and each token's span in the original."""

    original: str
    text: str
    spans: tuple[tuple[int, int, int, int], ...]  # (canon start, canon end, orig start, orig end)

    def original_end(self, end: int) -> int:
        """Where the canonical characters up to ``end`` finish in the original."""
        covered = [s for s in self.spans if s[0] < end]
        return covered[-1][3] if covered else 0

    def without(self, dropped: frozenset[str]) -> Canonical:
        """The same view with the ``dropped`` tokens left out; spans still point at the original.

        "I really am just going to ..." reads as "I am going to ..." to a phrase rule, while a
        quote of the match still shows the commenter's own words, adverbs and all.
        """
        return self._rewritten(lambda token: None if token in dropped else token)

    def respelled(self, spellings: Mapping[str, str]) -> Canonical:
        """The same view with each token found in ``spellings`` replaced by its standard
        spelling ("wisnae" -> "wasn t"); spans still point at the commenter's own words."""
        if not any(token in spellings for token in self.text.split(" ")):
            return self
        return self._rewritten(lambda token: spellings.get(token, token))

    def _rewritten(self, rewrite: Callable[[str], str | None]) -> Canonical:
        """The view with each token rewritten (None leaves it out), spans kept."""
        parts: list[str] = []
        spans: list[tuple[int, int, int, int]] = []
        position = 0
        for start, end, orig_start, orig_end in self.spans:
            token = rewrite(self.text[start:end])
            if token is None:
                continue
            parts.append(token)
            spans.append((position, position + len(token), orig_start, orig_end))
            position += len(token) + 1
        return Canonical(original=self.original, text=" ".join(parts), spans=tuple(spans))

    def quote(self, start: int, end: int) -> str:
        """The commenter's own words behind canonical characters [start, end)."""
        covered = [s for s in self.spans if s[1] > start and s[0] < end]
        if not covered:
            return self.original[:60]
        return self.original[covered[0][2] : covered[-1][3]]


def _fold(text: str) -> str:
    if text.isascii():
        return text  # nothing to fold: most comments, and the per-character loop is slow
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(_QUOTES)
    # Strip accents so "fück" and "cünt" match; keep the length the same for span mapping.
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base if len(base) == 1 else char)
    return "".join(out)


def _mask_places(text: str) -> str:
    """Blank out place names and innocent phrases (same length, so offsets stay put)."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    text = _NAMED_DICK.sub(blank, _INNOCENT.sub(blank, _PLACES.sub(blank, text)))
    return _CAPITALISED_STREET.sub(blank, text)


def _unspace(text: str, vocabulary: frozenset[str] = frozenset()) -> tuple[str, dict[int, int]]:
    """Join spelled-out letters, padding with spaces so offsets stay put.

    Returns the text and, for each joined word, its start -> the end of the spelled-out run.
    """
    runs: dict[int, int] = {}

    def join(match: re.Match[str]) -> str:
        if " " in match.group(0) and "**" in match.group(0):
            # "you are a c**t", "called him a p**i": a word with letters masked after a word
            # of one letter, not letters spelled out ("c u n t", "what a c*u*n*t").
            return match.group(0)
        letters = re.sub(r"[^a-z]", "", match.group(0))
        if letters not in vocabulary and letters[1:] in vocabulary and letters[0] in "ai":
            # "what a c u n t": the article is a word of its own.
            rest = match.group(0)[1:].lstrip(" .-_*/")
            offset = len(match.group(0)) - len(rest)
            runs[match.start() + offset] = match.end()
            return match.group(0)[:offset] + letters[1:] + " " * (len(rest) - len(letters) + 1)
        runs[match.start()] = match.end()
        return letters + " " * (len(match.group(0)) - len(letters))

    return _SPACED.sub(join, text), runs


def canonical(
    text: str, vocabulary: Iterable[str] | Vocabulary = (), *, mask_places: bool = True
) -> Canonical:
    """Canonical tokens of ``text``; masked tokens ("f*ck") are resolved against ``vocabulary``.

    Offsets index the NFKC-folded text, which is what :attr:`Canonical.original` holds.
    """
    text = _fold(text)
    if not isinstance(vocabulary, Vocabulary):
        vocabulary = Vocabulary(vocabulary)
    work, runs = _unspace((_mask_places(text) if mask_places else text).lower(), vocabulary.words)
    words = vocabulary.by_length
    repeats = _REPEATS.search(work) is not None
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    position = 0
    for match in _TOKEN.finditer(work):
        token = match.group(0)
        if not token.isalpha() or repeats:
            token = _resolve(token, words)
        if not token:
            continue
        parts.append(token)
        end = runs.get(match.start(), match.end())
        spans.append((position, position + len(token), match.start(), end))
        position += len(token) + 1
    return Canonical(original=text, text=" ".join(parts), spans=tuple(spans))


class Vocabulary:
    """The words a masked token may stand for, built once per scorer, not once per comment.

    Order matters: when "c**t" fits several words, the one listed first wins.
    """

    def __init__(self, words: Iterable[str]) -> None:
        ordered = list(dict.fromkeys(words))
        self.words = frozenset(ordered)
        self.by_length: dict[int, list[str]] = {}
        for word in ordered:
            if " " not in word:
                self.by_length.setdefault(len(word), []).append(word)


def _resolve(token: str, words: dict[int, list[str]]) -> str:
    token = squeeze(token.rstrip("!"))
    if not token:
        return ""
    if not any(c.isalpha() for c in token):
        # "71%", "£5", "10!": numbers are never disguised words, however they decode.
        return token.strip(_MASK_CHARS + "$@|€")
    if any(c in _MASK_CHARS for c in token):
        core = token.strip(_MASK_CHARS)
        if not core:
            return ""
        # "f*ck", "f**k", "c***": each run of masks stands for one or more letters.
        pattern = re.compile(
            "".join(
                "[a-z]+" if part and part[0] in _MASK_CHARS else re.escape(part.translate(_LEET))
                for part in _MASK_SPLIT.split(token)
                if part
            )
        )
        # Prefer a word as long as the masked token: "f**k" is "fuck", not "fck".
        for length in sorted(
            range(len(token) - 1, len(token) + 4), key=lambda n: abs(n - len(token))
        ):
            for word in words.get(length, ()):
                if pattern.fullmatch(word):
                    return word
        return core.translate(_LEET)
    if any(c.isalpha() for c in token) and not token.isalpha():
        # Digits inside words are disguise ("sh1t", "k1ll"), but "10am" or "2nd" are not.
        if _DIGIT_SUFFIX.fullmatch(token):
            return token
        return token.translate(_LEET)
    return token


def squeeze(word: str) -> str:
    """Collapse runs of three or more repeated letters: "fuuuuck" -> "fuck" (masks stay)."""
    return _REPEATS.sub(r"\1", word)


# Mask runs are not squeezed: "f***" keeps its length, so it resolves to "fuck", not "fag".
_REPEATS = re.compile(r"([^*#%])\1{2,}")
_DIGIT_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th|am|pm|s|k|m|p|ft|mph|kg)")
_MASK_SPLIT = re.compile(r"([*#%]+)")


class Prepared:
    """One comment canonicalised once and shared by every scorer.

    ``view`` keeps place names (threats and slurs hide in them less than swear words do);
    ``masked`` blanks them out and is only built when a place name is actually present.
    ``cues`` are the facts about the text that scores depend on (:mod:`monitor.scoring.cues`)
    and ``blanked`` is the original with its quoted and denied stretches hidden, for the
    scorers that read a comment as a whole. Each is worked out on first use, then kept.
    """

    __slots__ = (
        "_blanked",
        "_cues",
        "_masked",
        "_reported",
        "_vocabulary",
        "original",
        "tokens",
        "view",
    )

    def __init__(self, original: str, vocabulary: Vocabulary) -> None:
        self.original = original
        self._vocabulary = vocabulary
        self.view = canonical(original, vocabulary, mask_places=False)
        # For the scorers' keyword pre-filters: a set test is far cheaper than a regex.
        self.tokens = frozenset(self.view.text.split())
        self._masked: Canonical | None = None
        self._reported: tuple[tuple[int, int], ...] | None = None
        self._cues: frozenset[str] | None = None
        self._blanked: str | None = None

    @property
    def reported(self) -> tuple[tuple[int, int], ...]:
        """Stretches of the comment that relay, deny or condemn rather than say (see
        :func:`monitor.scoring.reported.protected_zones`)."""
        if self._reported is None:
            self._reported = protected_zones(self.view.original)
        return self._reported

    @property
    def cues(self) -> frozenset[str]:
        """``"target"`` and ``"profane"``, where the text has them."""
        if self._cues is None:
            self._cues = text_cues(self)
        return self._cues

    @property
    def blanked(self) -> str:
        """The original with each :attr:`reported` stretch replaced by a placeholder."""
        if self._blanked is None:
            self._blanked = blank_zones(self.original, self.reported)
        return self._blanked

    @property
    def masked(self) -> Canonical:
        if self._masked is None:
            if (
                _PLACES.search(self.original)
                or (
                    (not INNOCENT_WORDS.isdisjoint(self.tokens) or "xxx" in self.view.text)
                    and (_INNOCENT.search(self.original) or _NAMED_DICK.search(self.original))
                )
                or _CAPITALISED_STREET.search(self.original)
            ):
                self._masked = canonical(self.original, self._vocabulary, mask_places=True)
            else:
                self._masked = self.view
        return self._masked


# A blanked quotation: the model sees that something was quoted, not what.
QUOTE_PLACEHOLDER = "…"


def blank_zones(text: str, zones: Sequence[tuple[int, int]]) -> str:
    """``text`` with each zone replaced by a placeholder, so a model cannot read it."""
    if not zones:
        return text
    parts: list[str] = []
    last = 0
    for start, end in sorted(zones):
        if start < last:
            continue
        parts.append(text[last:start])
        parts.append(QUOTE_PLACEHOLDER)
        last = end
    parts.append(text[last:])
    return "".join(parts)
