# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Libel risk: an identifiable person + an imputation of wrongdoing + presented as fact.

The scorer never says "defamatory" (truth, honest opinion and public interest are beyond
text analysis); it says a comment makes an allegation that a person should check. Hedges
("allegedly", "I heard") and questions lower the score but never clear it: repeating a
rumour is publishing it. Reports attributed to a court, the police or a named news outlet,
and explicit denials ("there's zero evidence of that"), lower it below review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from monitor.scoring.base import CommentContext, Reason, Signal
from monitor.scoring.libel_words import (
    ADDRESSEE_FORM,
    AMOUNTS_TO,
    ATTRIBUTED,
    COPULA_BEFORE,
    DENIAL,
    FILLER,
    HEDGES,
    HYPERBOLE,
    IMPUTATIONS,
    INNUENDO,
    INSINUATION,
    INSTITUTION_SUBJECT,
    OCCUPATIONS,
    PREDICATE_WORDS,
)
from monitor.scoring.rules import prepare
from monitor.scoring.text import Canonical, Prepared

_IMPUTATIONS = [(kind, re.compile(pattern)) for kind, pattern in IMPUTATIONS]
_ANY_IMPUTATION = re.compile("|".join(f"(?:{pattern})" for _, pattern in IMPUTATIONS))


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Who an allegation is about, best first (the reason quotes it, so a company, a street or a
# stray "@" in "b@stard" must not stand in for the person).
# SURNAME ("Hammond pocketed") only picks among other targets: alone it is too often
# "Honestly" or "Petrol" opening a sentence.
# FIRST_WORD ("Galloway was in Saddam's pay") is a capitalised word opening a sentence right
# before a verb: a name more often than not there, but never a person for the hyperbole test.
CONFIGURED, NAMED, ROLE, HANDLE, NAME, SURNAME, FIRST_WORD, YOU, PRONOUN, ADDRESSEE, OTHER = range(
    11
)
_TITLE_WORD = r"(?i:cllr|councillor|dr|mr|mrs|ms|miss|mayor|sir|dame|lord)\.?"
# "Patel", "O'Brien", "McLeish", "Adeyemi-Clarke"; a first word may be "DENT" in all-caps text.
_FIRST = r"[A-Z][A-Za-z]*(?:['’-][A-Z]?[a-z]+)*(?![\w])"
_NEXT = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*(?![\w])"
_TITLE_NAME = re.compile(rf"(?<![\w@]){_TITLE_WORD}\s+{_FIRST}(?:\s+{_NEXT}){{0,2}}")
# "cllr barlow": people type names in lowercase, but only after an unambiguous title.
_TITLE_LOWER = re.compile(
    r"(?<![\w@])(?:(\w+)\s+)?(?i:cllr|councillor|dr|mr|mrs|ms|mayor)\.?\s+([a-z][a-z'’-]+)"
)
_BARE_TITLE = re.compile(r"(?<![\w@])(?i:cllr|councillor|dr|mr|mrs|ms|miss|sir|dame|lord)\b")
_FOLLOWING_NAME = re.compile(rf"\s+(?:{_TITLE_WORD}\s+)?{_FIRST}(?:\s+{_NEXT}){{0,2}}")
_STOP = (
    r"(?:the|a|an|to|and|of|by|with|from|for|is|was|at|on|in|that|this|our|my|your|his|her|their)"
)
_ROLE = re.compile(
    r"(?<![\w@'’])((?:the|our|this|that|your|their|my)\s+)?"
    r"(?:(?:ward|parish|town|county|district|borough|council|council['’]s|deputy|new|acting|interim|former|previous|tory|labour|conservative|green|reform|independent|party)\s+){0,2}"
    r"(?:(?:head|chair(?:man|woman|person)?|director|cabinet\s+member|portfolio\s+holder)\s+(?:of|for)\s+(?:the\s+)?[a-z]+"
    r"(?:\s+(?:council|committee|board|services|department|team|governors))?"
    r"|chief\s+exec(?:utive)?|(?:lord\s+)?mayor|leader(?:\s+of\s+the\s+council)?|chair(?:man|woman|person)?"
    r"|director|treasurer|clerk|head\s?teacher|secretary|caretaker|youth\s+worker|councillor|landlord"
    rf"|(?:(?!{_STOP}\b)[a-z]+\s+){{0,2}}(?:officer|manager|boss|chair|director|clerk))\b",
    re.IGNORECASE,
)
# An @handle starts a token; the "@" in "b@stard" or an email address is not one.
_UNNAMED_EMPLOYER = re.compile(r"\s+(?:at|from|of|for)\s+(?:a|an|some)\s", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\S)@[A-Za-z_]\w*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?")
_CAPITALISED_RUN = re.compile(rf"\b{_NEXT}(?:\s+{_NEXT})+")
_SUBJECT = re.compile(rf"\b({_NEXT})(?:['’]s)?\s+[a-z]")  # "Hammond pocketed", "Pembury's taking"
_YOU = re.compile(r"\b(?:you|your|u|ur)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
# Capitalised words that open sentences or name things, never a person's name on their own.
NOT_NAMES = _words(
    "the a an this that these those our my your his her their its i we you he she they it anyone "
    "reply word rumour apparently allegedly everyone everybody before after not just why how what "
    "when where who so and but or if yes no oh well also dear hi hello thanks shame disgraceful "
    "corrupt crooked lying look see ask remember everyone someone nobody funny of in on at for to "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december christmas easter every all honestly frankly "
    "english british scottish welsh polish romanian african caribbean pakistani indian "
    "has had is was did does will would can could should "
    "irish traveller travellers gypsies gypsy asian asians muslim muslims jews jewish catholic "
    "refugees migrants immigrants romanians poles people residents typical"
)
# Words that make a capitalised run an organisation or a place rather than a person.
ORGANISATION_WORDS = _words(
    "ltd limited plc co waste homes developments development construction builders group council "
    "services partnership trust holdings properties estates associates contractors consulting "
    "solutions energy gas water transport buses bus motors garage roofing aggregates demolition "
    "lane road rd street st avenue ave grove close court farm way hill green park estate square "
    "primary school academy college centre center library hall church fund arms inn hotel lion "
    "club pub rover up news post consultancy consultants civils parking lettings"
)
QUESTION = re.compile(r"\?\s*$|^\W*(?:is|was|did|has|have|does|do|are|were|how|why|who)\b", re.I)


class LibelScorer:
    name = "libel"
    version = "libel 2"
    uses_context: Literal[True] = True

    def __init__(self, names: Iterable[str] = ()) -> None:
        cleaned = [n.strip().lower() for n in names if n and n.strip()]
        self._names = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in cleaned) + r")\b")
            if cleaned
            else None
        )

    def score(
        self, texts: Sequence[str], contexts: Sequence[CommentContext | None] | None = None
    ) -> list[Signal]:
        return self.score_prepared([prepare(text) for text in texts], contexts)

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
        if contexts is None:
            return [self._one(item.view, None) for item in items]
        return [
            self._one(item.view, context) for item, context in zip(items, contexts, strict=True)
        ]

    def _candidates(self, view: Canonical) -> list[tuple[int, int, int, str]]:
        """Every possible target as (preference, start, end, quote), offsets in the original."""
        text = view.original
        found: list[tuple[int, int, int, str]] = []
        if self._names is not None:
            for match in self._names.finditer(view.text):
                start, end = _original_span(view, match.start(), match.end())
                found.append((CONFIGURED, start, end, text[start:end]))
        for match in _TITLE_NAME.finditer(text):
            found.append((NAMED, match.start(), match.end(), _trim(match.group(0))))
        for match in _TITLE_LOWER.finditer(text):
            if (match.group(1) or "").lower() not in _DETERMINERS and (
                _bare(match.group(2)) not in _NOT_AFTER_TITLE
            ):
                start = match.start(0) if match.group(1) is None else match.end(1) + 1
                found.append((NAMED, start, match.end(), _trim(text[start : match.end()])))
        for match in _ROLE.finditer(text):
            if _UNNAMED_EMPLOYER.match(text, match.end()):
                continue  # "a finance director at a housing association": nobody identifiable
            name = _FOLLOWING_NAME.match(text, match.end())
            if name and _bare(name.group(0).split()[0]) in NOT_NAMES:
                name = None
            if not (match.group(1) or name or _sentence_start(text, match.start())):
                continue  # "when you were treasurer", "his secretary": not a reference to someone
            if name:
                found.append(
                    (NAMED, match.start(), name.end(), _trim(text[match.start() : name.end()]))
                )
            else:
                found.append((ROLE, match.start(), match.end(), match.group(0)))
        for match in _BARE_TITLE.finditer(text):
            found.append((ROLE, match.start(), match.end(), match.group(0)))
        for match in _DESCRIBED.finditer(text):
            if _PLURAL.search(match.group("job")) and not _NUMBER.fullmatch(match.group(1) or ""):
                continue  # "Asian taxi drivers are all ...": a group, not identifiable people
            if match.group(1) or _sentence_start(text, match.start()):
                found.append((ROLE, match.start(), match.end(), _trim(match.group(0))))
        for match in _NAME_FROM.finditer(text):
            if _bare(match.group(1)) not in NOT_NAMES | ORGANISATION_WORDS | _NOT_AFTER_TITLE:
                found.append((ROLE, match.start(), match.end(), match.group(0)))
        for match in _ADDRESS.finditer(text):
            found.append((ROLE, match.start(), match.end(), match.group(0)))
        for match in _HANDLE.finditer(text):
            found.append((HANDLE, match.start(), match.end(), match.group(0)))
        for match in _CAPITALISED_RUN.finditer(text):
            words = match.group(0).split()
            while words and _bare(words[0]) in NOT_NAMES:
                words.pop(0)
            organisation = any(_bare(w) in ORGANISATION_WORDS for w in words)
            if len(words) < 2 or (not organisation and any(_bare(w) in NOT_NAMES for w in words)):
                continue  # "Save Our Library" is still an organisation, "Dear All" is nobody
            end = match.end()
            start = end - len(" ".join(words)) if "\n" not in match.group(0) else match.start()
            found.append((OTHER if organisation else NAME, start, end, _trim(" ".join(words))))
        for match in _SUBJECT.finditer(text):
            word = match.group(1)
            before = text[: match.start(1)].split()[-1:]
            # Mid-sentence and not after a preposition: "heard Oakley was", not "in Asda last"
            # or a sentence opening with "Nepotism is".
            if _sentence_start(text, match.start(1)) or _bare(" ".join(before)) in _DETERMINERS:
                continue
            if _bare(word) not in NOT_NAMES | ORGANISATION_WORDS | _NOT_AFTER_TITLE:
                found.append((SURNAME, match.start(1), match.end(1), _trim(word)))
        for match in _FIRST_WORD.finditer(text):
            word = _bare(match.group(1))
            if _sentence_start(text, match.start(1)) and word not in _NEVER_FIRST_NAMES:
                found.append((FIRST_WORD, match.start(1), match.end(1), match.group(1)))
        for preference, pattern in ((YOU, _YOU), (PRONOUN, _PRONOUN)):
            for match in pattern.finditer(text):
                found.append((preference, match.start(), match.end(), match.group(0)))
        return found

    def _target(
        self, view: Canonical, at: int, candidates: list[tuple[int, int, int, str]]
    ) -> tuple[int, str] | None:
        """The best target for an imputation at original offset ``at``: a person in the same
        sentence first, then anywhere; "you", a pronoun or a company only when nothing better."""
        if all(preference == SURNAME for preference, *_ in candidates):
            return None
        text = view.original
        sentence = _sentence(text, at)

        def key(item: tuple[int, int, int, str]) -> tuple[int, bool, int, bool, int]:
            preference, start, end, _ = item
            inside = sentence[0] <= start < sentence[1]
            # A person in the imputation's sentence, then a person anywhere, then the rest.
            tier = (0 if inside else 1) if preference <= SURNAME else preference
            after = start >= at
            # The subject just before the imputation ("The returning officer fiddled the count
            # to get Cllr Barker over the line") outranks a better-named bystander.
            subject = not after and _SUBJECT_GAP.fullmatch(text[end:at]) is not None
            return (
                tier,
                not subject,
                preference,
                after,
                abs(at - (start if after else end)),
            )

        preference, _, _, quote = min(candidates, key=key)
        return preference, quote

    def _one(self, view: Canonical, context: CommentContext | None) -> Signal:
        slogan = self._slogan(view)
        if slogan is not None:
            return self._signal(view, context, *slogan)
        if not _ANY_IMPUTATION.search(view.text):
            return self._innuendo(view, context)  # most comments: nothing to find
        candidates = self._candidates(view)
        thing_spans = [m.span() for m in _HYPERBOLE.finditer(view.text)]
        answers = _ADDRESSEE_FORM.search(view.text) is not None
        for kind, match in _imputations(view.text):
            if any(start <= match.start() < end for start, end in thing_spans):
                continue  # "daylight robbery", "a criminal waste of money"
            if _institution_subject(view, match, candidates):
                continue  # "Your party has lied to this town": criticism of a party
            if _about_a_thing(view, match, candidates):
                continue  # "Closing Moor Lane library is criminal"
            if _a_group(view, match):
                continue  # "Every X is a ...": a generalisation, for the discrimination scorer
            at = _original_span(view, match.start(), match.end())[0]
            target = self._target(view, at, candidates) if candidates else None
            answering = answers or _bare_label(view.text, match)
            if answering and (target is None or target[0] >= YOU):
                target = (ADDRESSEE, "")
            if target is None or (target[0] == OTHER and _PLACE_WORDS & _lower_words(target[1])):
                continue  # nobody, or only a street, a building or a service: "robbed on Kilburn Lane"
            return self._signal(view, context, kind, view.quote(*match.span()), target)
        return Signal()

    def _innuendo(self, view: Canonical, context: CommentContext | None) -> Signal:
        """A named person and a wink, with the wrongdoing left unsaid ("Why is Lord X
        trending? *innocent face*"): review, never high."""
        marker = _INNUENDO.search(view.text)
        if marker is None:
            return Signal()
        named = [
            c for c in self._candidates(view) if c[0] in (CONFIGURED, NAMED, ROLE, HANDLE, NAME)
        ]
        if not named:
            return Signal()
        quote = named[0][3]
        hint = re.sub(r"^\W+|\W+$", "", view.quote(*marker.span()))
        message = (
            f"hints at something discreditable about '{quote}' without saying what ('{hint}'): "
            f"that is {AMOUNTS_TO['innuendo']}. Why this may not be libel: nothing is alleged in "
            "words; it depends on what readers would take the hint to mean"
        )
        reason = Reason("libel", message, INNUENDO_SCORE, self.name, (hint, quote))
        return Signal(scores={"libel": INNUENDO_SCORE}, reasons=[reason])

    def _slogan(self, view: Canonical) -> tuple[str, str, tuple[int, str]] | None:
        """An allegation made by a hashtag ("#CorruptCouncillor") or a headline-style slogan
        about a named or described person ("Treasurer for Sale")."""
        text = view.original
        for match in _HASHTAG.finditer(text):
            kind, person = _hashtag_kind(match.group(1)), _hashtag_person(match.group(1))
            if kind is not None and person is not None:
                return kind, match.group(0), (ROLE, f"the {person} in the hashtag")
        if "sale" not in view.text:
            return None
        for match in _FOR_SALE.finditer(view.text):
            start, end = _original_span(view, match.start(), match.end())
            for preference, person_start, person_end, quote in self._candidates(view):
                if preference <= ROLE and not text[person_end:start].strip(" :-–—'\""):
                    return "bribery or corruption", text[person_start:end], (preference, quote)
        return None

    def _signal(
        self,
        view: Canonical,
        context: CommentContext | None,
        kind: str,
        imputation: str,
        target: tuple[int, str],
    ) -> Signal:
        score, framing, caveat = _framing(view)
        preference, quote = target
        who = _who(preference, quote, context)
        amounts_to = AMOUNTS_TO[kind]
        if preference == ADDRESSEE:
            verb = "states as fact" if score >= FACT else "suggests"
            label = re.sub(r"^\W+|\W+$", "", imputation).lower()
            be = "are" if who.startswith("you ") else "is"
            message = f"{verb} that {who} {be} {_article(label)}: that is {amounts_to}"
            if score < FACT:
                message += f" ({framing})"
        else:
            message = (
                f"allegation of {kind} ('{imputation}') {who}, {framing}: that is {amounts_to}"
            )
        if caveat:
            message += f". Why this may not be libel: {caveat}"
        evidence = (imputation, quote) if quote else (imputation,)
        reason = Reason("libel", message, score, self.name, evidence)
        return Signal(scores={"libel": score}, reasons=[reason])


FACT = 0.85
INNUENDO_SCORE = 0.5


def _framing(view: Canonical) -> tuple[float, str, str]:
    """How the comment puts the allegation: (score, how, why it may not be libel)."""
    text = view.text
    if _DENIAL.search(text):
        return 0.2, "but the comment disputes it", "the comment itself disputes the allegation"
    if _ATTRIBUTED.search(text):
        return (
            0.3,
            "attributed to a court, the police or the press",
            "it reports what a court, the police or the press said; a fair and accurate "
            "report may be protected",
        )
    if _HEDGES.search(text):
        return (
            0.6,
            "as a rumour or suggestion (repeating a rumour is still publishing it)",
            "it is put as a rumour or a belief rather than as the writer's own fact",
        )
    if _INSINUATION.search(text):
        return (
            0.6,
            "as a hint, a bet or an accusation (hinting at it is still publishing it)",
            "it hints at the allegation rather than stating it",
        )
    if any(QUESTION.search(s) for s in re.split(r"(?<=[.!?])\s+", view.original.strip())):
        return (
            0.6,
            "as a question that insinuates it",
            "it is asked rather than asserted (a question can still insinuate)",
        )
    return FACT, "stated as fact", ""


def _who(preference: int, quote: str, context: CommentContext | None) -> str:
    """The person accused, in words the councillor recognises."""
    if preference in (YOU, ADDRESSEE):
        if context is not None and context.parent_is_owner:
            return (
                "you (the comment replies to you)"
                if preference == ADDRESSEE
                else ("about you (the comment replies to you)")
            )
        if context is not None and context.parent_author:
            replied = f"'{context.parent_author}', the person this comment replies to"
            return f"{replied}," if preference == ADDRESSEE else f"about {replied}"
        return (
            "the person this comment replies to"
            if preference == ADDRESSEE
            else "about the person addressed"
        )
    if preference == PRONOUN:
        return f"about '{quote}' (the person this reply is about)"
    return f"about '{quote}'"


def _article(label: str) -> str:
    return f"an {label}" if label[:1].lower() in "aeiou" else f"a {label}"


def _imputations(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every imputation in the canonical text, first in the text first."""
    found = [
        (kind, m)
        for kind, pattern in _IMPUTATIONS
        for m in pattern.finditer(text)
        if not (kind == "violence" and _PASSIVE.search(text, 0, m.start()))
    ]
    return sorted(found, key=lambda item: item[1].start())


def _about_a_thing(
    view: Canonical, match: re.Match[str], candidates: list[tuple[int, int, int, str]]
) -> bool:
    """Whether the imputation is the predicate of a thing ("the cuts are criminal") rather
    than of a person ("Cllr Moss is corrupt", "he is a thief")."""
    copula = _COPULA_BEFORE.search(view.text[: match.start()])
    if copula is None or not _PREDICATE.match(view.text, copula.end(1) + 1):
        return False
    if copula.group(1) in _PERSON_WORDS:
        return False
    predicate = view.text[copula.end(1) + 1 :]
    if copula.group(1) in _POINTING and not _HYPERBOLE_PREDICATE.match(predicate):
        return False  # "he moved the grant to his brother, it's fraud": about what he did
    subject = view.text[max(0, copula.start(1) - 40) : copula.end(1)].split()[-6:]
    if _sentence_of(view, match) and _OWNED.intersection(subject):
        return False  # "the councillor's company is a fraud", "his charity is a scam"
    subject_end = _original_span(view, copula.start(1), copula.end(1))[1]
    return not any(
        preference < OTHER
        and preference not in (SURNAME, FIRST_WORD)
        and abs(end - subject_end) <= 1
        for preference, _, end, _ in candidates
    )


def _sentence_of(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the words before the imputation's copula lie in its own sentence."""
    at = _original_span(view, match.start(), match.end())[0]
    start, _ = _sentence(view.original, at)
    return start < at


def _a_group(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the imputation is said of a whole group ("Every X is a ...", "they're all")."""
    at = _original_span(view, match.start(), match.end())[0]
    start, end = _sentence(view.original, at)
    return _GROUP.search(view.original[start:end].lower()) is not None


def _hashtag_kind(tag: str) -> str | None:
    """The imputation a hashtag makes, if any: "#CorruptCouncillor", "#liarmayor"."""
    spelled = " ".join(_TAG_WORD.findall(tag)).lower()
    for kind, pattern in _IMPUTATIONS:
        if pattern.search(spelled):
            return kind
    return next((kind for stem, kind in _JOINED_TAG.items() if stem in tag.lower()), None)


def _hashtag_person(tag: str) -> str | None:
    """The office a hashtag names ("#CorruptCouncillor": a councillor), or None."""
    words = [word.lower() for word in _TAG_WORD.findall(tag)]
    if len(words) == 1:  # all lowercase: look inside it
        return next((word for word in ("councillor", "cllr", "mayor") if word in tag.lower()), None)
    return next((word for word in words if word in _TAG_PERSON), None)


def _institution_subject(
    view: Canonical, match: re.Match[str], candidates: list[tuple[int, int, int, str]]
) -> bool:
    """Whether a party, council or government is the subject of the imputation, and not
    part of a person's description ("the chair of the parish council")."""
    institution = _INSTITUTION_SUBJECT.search(view.text[: match.start()])
    if institution is None:
        return False
    at = _original_span(view, institution.start(), institution.end())[0]
    imputation_at = _original_span(view, match.start(), match.end())[0]
    if _sentence(view.original, imputation_at)[0] > at:
        return False  # "He chairs the highways committee. Never declared."
    return not any(
        preference < YOU and start <= at < end for preference, start, end, _ in candidates
    )


def _lower_words(quote: str) -> frozenset[str]:
    return frozenset(_bare(word) for word in quote.split())


def _bare_label(text: str, match: re.Match[str]) -> bool:
    """A comment that is nothing but a label, answering someone: "Fraudster.", "Paedo 🤮"."""
    rest = (text[: match.start()] + " " + text[match.end() :]).split()
    return all(word in _FILLER for word in rest)


_DENIAL = re.compile(DENIAL)
_ATTRIBUTED = re.compile(ATTRIBUTED)
_HEDGES = re.compile(HEDGES)
_INSINUATION = re.compile(INSINUATION)
_HYPERBOLE = re.compile(HYPERBOLE)
_INSTITUTION_SUBJECT = re.compile(INSTITUTION_SUBJECT)
_ADDRESSEE_FORM = re.compile(ADDRESSEE_FORM)
_COPULA_BEFORE = re.compile(COPULA_BEFORE)
_PREDICATE = re.compile(rf"(?:\w+ ){{0,2}}{PREDICATE_WORDS}\b")
# "deserves to be violently attacked": the victim, not the attacker, is named.
_FILLER = _words(FILLER)
_INNUENDO = re.compile(INNUENDO)
_FIRST_WORD = re.compile(
    rf"({_NEXT})(?=\s+(?:is|was|has|had|got|gets|took|takes|stole|steals|lied|lies|pocketed|pockets"
    r"|keeps|kept|never|always|used|still|gave|gives|fiddled|rigged|sold)\b)"
)
_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|got|get|is|are)\s+$")
# "it/this/that is fraud" points back at what someone did, unless the word is mere hyperbole.
_POINTING = _words("it this that which its thats")
_HYPERBOLE_PREDICATE = re.compile(
    r"(?:\w+ ){0,2}(?:criminal|a crime|a scandal|a scam|scam|a con|a rip off|a racket|a stitch up|robbery)\b"
)
# A possessive in the subject makes the thing someone's: "the councillor's company is a fraud".
_OWNED = _words("his her their your s")
_GROUP = re.compile(
    r"^\W*(?:every|all|most|these|those|each)\b|\b(?:are all|all are|re all|every one of them|every single one)\b"
)
_PERSON_WORDS = _words("he she you u they who i we him her")
# "the tattoo artist on Bath Street", "two suspended child grooming taxi drivers".
_DESCRIBED = re.compile(
    r"(?<![\w@])((?:the|that|this|those|these|our|your|their|two|three|four|\d+)\s+)?"
    rf"(?:[\w'’\"“”-]+\s+){{0,5}}?(?P<job>(?i:{OCCUPATIONS}))(?:(?<=\s)|(?![\w'’]))"
    r"(?:\s*(?:on|at|in|from|of|who runs|who owns)\s+(?:the\s+|number\s+)?(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)
# "Dave from the chippy", "Sue who runs the café": a first name pinned down by a place.
_NAME_FROM = re.compile(
    r"(?<![\w@])([A-Z][a-z]+)\s+(?:from|at|who runs|who owns|who works at)\s+(?:the\s+|number\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?"
)
# "the man at 14 Kilburn Road", "lives at number 3".
_ADDRESS = re.compile(
    r"(?i:lives|living|stays|at|from)\s+(?:number\s+|no\.?\s*)?\d{1,4}[A-Za-z]?,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
    r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|View|Walk)\b"
)
_PLURAL = re.compile(r"(?:s|men|ies)$", re.IGNORECASE)
_NUMBER = re.compile(r"(?:two|three|four|\d+)\s+", re.IGNORECASE)
# An organisation named after a place or a service is no one's reputation: a street, a school.
_PLACE_WORDS = _words(
    "lane road rd street st avenue ave grove close court farm way hill green park estate square "
    "primary school academy college centre center library hall church arms inn hotel lion club pub "
    "bus buses parking"
)
_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][A-Za-z0-9]{3,})")
_TAG_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_TAG_PERSON = _words(
    "councillor cllr mayor mp leader chair chairman clerk treasurer officer minister"
)
# An all-lowercase hashtag can't be split at capitals: look for a stem inside it.
_JOINED_TAG: dict[str, str] = {
    "corrupt": "bribery or corruption",
    "crook": "bribery or corruption",
    "bent": "bribery or corruption",
    "liar": "dishonesty or a cover-up",
    "lying": "dishonesty or a cover-up",
    "fraud": "fraud",
    "paedo": "abuse of children",
    "nonce": "abuse of children",
    "thie": "theft",
}
_FOR_SALE = re.compile(r"\bfor sale\b")
_NOT_AFTER_TITLE = _words(
    "is was has had s and who the a an on in at for to of with should will would can could did "
    "does never just always said says keeps voted took got gets takes knew lied been being not "
    "are were has have had wasn isn didn hasn doesn won can"
)
_DETERMINERS = _words(
    "the a an our this that ward his her your my their in at from to on of near outside by with into"
)
# At most three plain words between a subject and its imputation ("Cllr Patel took a bribe").
_SUBJECT_GAP = re.compile(r"(?:['’]s)?\s*(?:[\w'’-]+\s+){0,3}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\]])[\s\"'“‘(]*$")
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bCllr)[.!?]+(?=\s)|\n"
)


def _original_span(view: Canonical, start: int, end: int) -> tuple[int, int]:
    """Where canonical characters [start, end) lie in the original."""
    covered = [s for s in view.spans if s[1] > start and s[0] < end]
    return (covered[0][2], covered[-1][3]) if covered else (0, 0)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` holding offset ``at``, as (start, end)."""
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= at:
            start = match.end()
        else:
            end = match.start()
            break
    return start, end


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence (only spacing, quotes or a tag since the last stop)."""
    return _SENTENCE_START.search(text[:at]) is not None


def _bare(word: str) -> str:
    """A word lowercased without its apostrophe ending: "That's" -> "that"."""
    return re.split(r"['’]", word.lower())[0]


def _trim(name: str) -> str:
    """A name without its possessive: "Cllr Begum's husband" is about Cllr Begum."""
    return re.sub(r"['’]s$", "", name.strip())


# Capitalised words that open sentences as subjects but are never anyone's name.
_NEVER_FIRST_NAMES = (
    NOT_NAMES
    | ORGANISATION_WORDS
    | _NOT_AFTER_TITLE
    | _words(
        "money cash funding nothing everything something anything someone anyone everyone "
        "nobody somebody everybody labour tories tory conservatives reform greens brexit "
        "politics government parliament westminster crime fraud corruption theft parking "
        "housing planning council councillors police court it there here which what"
    )
)
