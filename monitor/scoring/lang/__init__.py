"""The words and phrasings the rule scorers know, one folder per language.

``lang/en/`` holds English, as written on UK council pages, one module per family of words:

- ``people.py``: addressing, naming and describing a person ("you", "Cllr X", "the leader"),
  the grammar the rule patterns are built from, and what makes a comment aimed at someone;
- ``insults.py``: sexual words, swear words and insults (obscene, abuse);
- ``harm.py``: violence and harm, promised, called for or wished (threat);
- ``groups.py``: protected groups, slurs and hostile claims about groups (discrimination);
- ``places.py``: place names and everyday phrases with rude-looking words in them;
- ``contacts.py``: the words of an organisation's email addresses (personal data);
- ``libel.py``: serious imputations, occupations, hedges and attributions (libel).

``lang/en/__init__.py`` says in which order a masked word ("c**t", "f*cking") is resolved
against them.

Scorers import a language's lists from its folder and from nowhere else, so the lists can
change without touching a scorer, and a scorer's patterns never spell out a word list.

Adding a language (Welsh, say): copy ``lang/en/`` to ``lang/cy/`` and translate each module,
keeping every constant's name and kind (a tuple of words from :func:`family`, a regular
expression fragment, a compiled pattern), since the scorers use each one in the same
structure; drop nothing a scorer imports, and leave a family empty rather than guess. Then
point the scorers at the new folder where they read ``lang.en``; run ``wardwatch eval`` on
labelled comments in that language (``docs/scoring.md``) before trusting it.
"""

from __future__ import annotations


def family(text: str) -> tuple[str, ...]:
    """A word family written as whitespace-separated words; an underscore joins a phrase
    ("waste_of_space" is "waste of space").

    Lists are families, not phrasings: a rule combines a family with a structure (a person
    target, an intent, an assertion), so a word added to a family is recognised in every
    structure at once.
    """
    return tuple(word.replace("_", " ") for word in text.split())


def words(*terms: str) -> str:
    """An alternation of whole words, longest first so multi-word terms win."""
    return r"\b(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")\b"
