"""Masked excerpts: the digest shows enough to judge a comment without making the
councillor read the slur in full ("c***", "f******"). The full text is one click away.

The word list is deliberately short and display-only: scoring has its own lexicons. Any
single word the scorers quoted as evidence for an obscene, abusive or discriminatory flag
is masked too, and so is any word the commenter already starred out ("f*cking").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Stems: a word is masked when it starts with one of these (after undoing leetspeak).
STEMS = (
    "fuck",
    "fuk",
    "fck",
    "shit",
    "cunt",
    "twat",
    "wank",
    "bollock",
    "bastard",
    "bitch",
    "dick",
    "cock",
    "prick",
    "pussy",
    "slut",
    "whore",
    "arsehole",
    "asshole",
    "motherf",
    "nigg",
    "paki",
    "faggot",
    "fag",
    "tranny",
    "spastic",
    "retard",
    "kike",
    "chink",
    "gyppo",
    "pikey",
    "coon",
    "wog",
    "dyke",
    "nonce",
    "shag",
)
# Whole words only: as stems they would catch innocent words ("title", "cucumber").
WORDS = frozenset(
    {
        "tits",
        "titties",
        "boobs",
        "knob",
        "knobhead",
        "bellend",
        "nob",
        "nobhead",
        "minge",
        "fanny",
        "spunk",
        "jizz",
        "cum",
        "arse",
        "scum",
        "slag",
        "slags",
        "tosser",
        "tossers",
    }
)
# Whole words that would be false positives as stems ("cockpit", "dickens", "fagin").
EXCEPTIONS = frozenset(
    {
        "cockpit",
        "cockerel",
        "cocktail",
        "cockney",
        "cockle",
        "cockles",
        "dickens",
        "fagin",
        "pakistan",
        "pakistani",
        "scunthorpe",
        "cockermouth",
        "cockfosters",
        "cockburn",
        "dickinson",
        "dickson",
        "hitchcock",
        "peacock",
        "woodcock",
        "shitake",
        "shiitake",
        "cocktails",
        "shagreen",
    }
)
_WORD = re.compile(r"[A-Za-z0-9@$*#!][A-Za-z0-9@$*#!']*(?:-[A-Za-z]+)?")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s", "!": "i"}
)


def _is_rude(word: str, extra: frozenset[str]) -> bool:
    plain = word.lower().translate(_LEET).strip("'")
    if plain in EXCEPTIONS:
        return False
    letters = re.sub(r"[^a-z*#]", "", plain)
    if "*" in letters or "#" in letters:
        return len(letters) >= 3  # the commenter starred it out: treat it as a swear word
    return plain in extra or plain in WORDS or any(letters.startswith(s) for s in STEMS)


def _hide(word: str) -> str:
    return word[0] + "".join("*" if ch.isalnum() or ch in "*#@$!" else ch for ch in word[1:])


def mask(text: str, *, evidence: Iterable[str] = ()) -> str:
    """``text`` with rude words masked, keeping each word's first letter and length.
    One-word ``evidence`` (a word a scorer quoted) is masked too; phrases are not, or
    "you're a waste of space" would lose every word."""
    extra = frozenset(
        phrase.lower().translate(_LEET).strip("'")
        for phrase in evidence
        if len(_WORD.findall(phrase)) == 1 and len(phrase) > 2
    )
    text = _SPACED.sub(
        lambda m: (
            _hide_spaced(m.group())
            if _is_rude(re.sub(r"[^A-Za-z0-9@$*#!]", "", m.group()), extra)
            else m.group()
        ),
        text,
    )
    return _WORD.sub(lambda m: _hide(m.group()) if _is_rude(m.group(), extra) else m.group(), text)


# Single letters spaced out to dodge filters: "c u n t", "f.u.c.k", "s-h-i-t".
_SPACED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z@$*](?:[ .\-_]{1,2}[A-Za-z@$*!]){2,}(?![A-Za-z0-9])")


def _hide_spaced(run: str) -> str:
    """Mask every letter of a spaced-out word but the first, keeping the spacing."""
    return run[0] + "".join("*" if ch.isalnum() or ch in "@$!" else ch for ch in run[1:])


def excerpt(text: str, *, limit: int = 280) -> str:
    """The first ``limit`` characters, cut at a word boundary, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"
