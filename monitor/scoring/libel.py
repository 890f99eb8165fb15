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
from dataclasses import replace
from typing import Literal

from monitor.scoring.base import CommentContext, Reason, Signal
from monitor.scoring.lang import words as alternation
from monitor.scoring.lang.en.groups import PEOPLE_GROUPS, SLURS
from monitor.scoring.lang.en.insults import INSULT_NOUNS
from monitor.scoring.lang.en.libel import (
    ACT_ON,
    ACT_ON_PLAY,
    ACTS,
    ADDRESSEE_FORM,
    AMOUNTS_TO,
    ANIMAL_SUBJECT,
    ATTRIBUTED,
    BY_SOMEONE,
    CHILD,
    COPULA_BEFORE,
    DENIAL,
    ENDORSES,
    ENDORSING_EMOJI,
    EXCHANGE,
    FACED,
    FACING,
    FICTION,
    FILLER,
    FUNDRAISING,
    GROUP,
    HEDGES,
    HINT,
    HYPERBOLE,
    HYPERBOLE_PREDICATE,
    IDIOMS,
    IMPUTATIONS,
    INNUENDO,
    INSINUATION,
    INSTITUTION_SUBJECT,
    INTERJECTIONS,
    JOINED_TAG,
    KNOCKED_DOWN,
    LINK_AFTER,
    LINK_BEFORE,
    LINK_NEAR,
    NOT_A_VERDICT_WORD,
    OFFENCE_NOUN,
    OFFICIAL_LIE,
    ONLINE_EDITING,
    PASSIVE,
    PERSON,
    PERSON_LABELS,
    POLITICAL_SPEECH,
    PRAISE,
    PREDICATE_WORDS,
    PROPER_CONDUCT,
    REPORTED_ALLEGATION,
    SATIRE,
    SCARE_QUOTES,
    SELF,
    SPELLINGS,
    SUGGESTIVE,
    TAG_PERSON,
    TELLING_EMOJI,
    VERDICT_END,
    VICTIM,
    VICTIM_NOW,
    VIEWS,
    WINK,
)
from monitor.scoring.libel_targets import (
    ADDRESSEE,
    CONFIGURED,
    FIRST_WORD,
    HANDLE,
    LOOK_BACK,
    NAME,
    NAMED,
    NOT_NAMES,
    OPENING_HANDLES,
    ORGANISATION_WORDS,
    OTHER,
    PLACE_WORDS,
    PLURAL,
    PRONOUN,
    PRONOUN_RELATIVE,
    PUNISHED,
    PUNISHMENTS,
    RELATIVE_NOUNS,
    ROLE,
    SMALL_GROUP,
    SUBJECT_GAP,
    SURNAME,
    THEY_RESUME,
    TRADE_WORDS,
    WORDS_AS_NAMES,
    YOU,
    Candidate,
    a_firm,
    bare,
    best_target,
    find_candidates,
    first_name,
    no_one,
    original_span,
    pinned_end,
    relative_of,
    sentence,
    sentence_start,
    words,
)
from monitor.scoring.rules import prepare
from monitor.scoring.text import Canonical, Prepared, canonical

_IMPUTATIONS = [(kind, re.compile(pattern)) for kind, pattern in IMPUTATIONS]
_ANY_IMPUTATION = re.compile("|".join(f"(?:{pattern})" for _, pattern in IMPUTATIONS))


# "Do not use them" is an imperative, not a question; "he robbed a bank or what 😂" asks.
QUESTION = re.compile(
    r"\?\s*$|\bor what\s*(?:[^\w\s]|$)|^\W*(?:is|was|did|has|have|does|do(?! not\b)|are|were|how|why|who)\b",
    re.I,
)


# Someone anyone could be, described: "a man", "some drunk bloke", "a drug dealer" (read by
# the rules for strangers who did something, and for a pronoun's stranger).
_SOMEONE = (
    r"(?:man|woman|guy|bloke|lad|fan|kid|person|boy|girl|teenager|stranger|youth|fella|chap|dude"
    r"|lady|gent|thief|burglar|mugger|robber|dealer|driver|motorist|cyclist|rider|passenger"
    r"|customer|punter|smuggler|shoplifter|vandal|yob|thug|junkie|addict)"
)
# People nobody can pick out, as the subject of what they did: "kids setting fire to bins".
_STRANGERS = (
    "kids",
    "youths",
    "teenagers",
    "yobs",
    "thieves",
    "vandals",
    "burglars",
    "scammers",
    "fraudsters",
)
# Words that open a sentence of their own after a reply's handles; any other lowercase word
# ("@CllrX lied under oath", "@CllrX has been on the payroll") makes the handle its subject.
_OPENS_A_SENTENCE = frozenset(
    [
        "so",
        "and",
        "but",
        "or",
        "the",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "we",
        "i",
        "im",
        "you",
        "u",
        "ur",
        "your",
        "they",
        "he",
        "she",
        "it",
        "its",
        "our",
        "their",
        "my",
        "his",
        "her",
        "why",
        "how",
        "what",
        "who",
        "when",
        "where",
        "if",
        "just",
        "all",
        "every",
        "no",
        "yes",
        "lol",
        "well",
        "oh",
        "hey",
        "hi",
        "any",
        "some",
        "there",
        "here",
        "dont",
        "please",
        # Someone else as the subject: "@CllrReid kids setting fire to the bins again".
        "someone",
        "somebody",
        "anyone",
        "everyone",
        "nobody",
        "people",
        "lads",
        *_STRANGERS,
    ]
)


# A Facebook mention is the person's name ("@Karen Whitehead you'd know"): a capitalised
# word after a one-word "@First" is the surname, unless it is a word that opens a sentence,
# an adverb in "-ly" or the name of a party or a body ("@Craig Totally agree", "@Dave Labour
# are ...").
_MENTION_SURNAME = re.compile(r"\s*@[A-Z][a-z]+ ([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?=[\s,:.!?]|$)")


def _mention_end(text: str, opening: re.Match[str]) -> int:
    """Where a reply's opening handles end, with the surname of a Facebook mention."""
    mention = _MENTION_SURNAME.match(text)
    if mention is None or mention.start(1) != opening.end():
        return opening.end()
    word = mention.group(1).lower()
    if word in NOT_NAMES | _TAG_GROUPS | _OPENS_A_SENTENCE or word.endswith("ly"):
        return opening.end()
    return mention.end()


def _handle_is_subject(rest: str) -> bool:
    """Whether the words after a reply's opening handles carry on a sentence the handle
    began ("@CllrX pocketed the budget") rather than start one ("@CllrX Labour are ...")."""
    first = re.match(r"[A-Za-z']+", rest)
    return (
        first is not None
        and first.group(0)[0].islower()
        and first.group(0).replace("'", "") not in _OPENS_A_SENTENCE
    )


class LibelScorer:
    name = "libel"
    version = "libel 35"
    uses_context: Literal[True] = True
    whole_comment = False
    fork_safe = True

    def __init__(self, names: Iterable[str] = ()) -> None:
        names = [name for name in names if name and name.strip()]
        forms = sorted(
            {form for name in names for form in _name_forms(name)}, key=len, reverse=True
        )
        # A first name alone last, so that a whole name is found whole ("tom webb", where
        # Cllr Tom Moss is listed too).
        forms += dict.fromkeys(form for name in names if (form := _first_name_form(name)))
        self._names = re.compile("|".join(forms)) if forms else None

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
            contexts = [None] * len(items)
        signals = []
        for item, context in zip(items, contexts, strict=True):
            view = item.view
            opening = OPENING_HANDLES.match(item.original)
            end = _mention_end(item.original, opening) if opening is not None else 0
            if opening is not None and not _handle_is_subject(item.original[end:]):
                # The handles say whom the reply answers, not whom a sentence is about
                # ("@CllrHughes Labour are corrupt" accuses no one at the handle); the
                # first names the person replied to when the platform did not say.
                if context is None or not (context.parent_author or context.parent_is_owner):
                    # "@Karen Whitehead": a Facebook mention is the whole name.
                    words = 2 if end > opening.end() else 1
                    handle = " ".join(item.original.split()[:words]).rstrip(",:")
                    context = replace(context or CommentContext(), parent_author=handle)
                view = prepare(item.original[end:]).view
            # "He wisnae there": the rules read standard spellings.
            view = view.respelled(SPELLINGS)
            signal = self._one(view, context)
            if not signal.scores and context is not None and context.parent_text:
                signal = self._endorsement(view, context) or signal
            signals.append(signal)
        return signals

    def _endorsement(self, view: Canonical, context: CommentContext) -> Signal | None:
        """A reply that agrees with an allegation in the comment it answers ("So true",
        "Can confirm 💯") repeats it: review, with the parent's allegation quoted. None when
        the reply endorses nothing."""
        if not context.parent_text or len(view.text.split()) > ENDORSEMENT_WORDS:
            return None
        if not (_ENDORSES.search(view.text) or _ENDORSING_EMOJI.search(view.original)):
            return None
        if (
            view.original.rstrip().endswith("?")
            or _DENIAL.search(view.text)
            or _DISAGREES.search(view.text)
        ):
            # "Is that true?", "Not true", "This is rubbish", "He did nothing wrong": asking
            # or disputing is not agreeing.
            return None
        [parent] = self.score([context.parent_text])
        if parent.scores.get("libel", 0.0) < INNUENDO_SCORE or not parent.reasons:
            return None
        evidence = parent.reasons[0].evidence
        about = f" about '{evidence[1]}'" if len(evidence) > 1 else ""
        message = (
            f"agrees with the comment it replies to, which makes an allegation "
            f"('{evidence[0]}'{about}): repeating or endorsing an allegation can be publishing it "
            "again. Why this may not be libel: it says nothing in its own words; remove it "
            "with the comment it endorses"
        )
        reason = Reason("libel", message, ENDORSEMENT_SCORE, self.name, evidence)
        return Signal(scores={"libel": ENDORSEMENT_SCORE}, reasons=[reason])

    def _one(self, view: Canonical, context: CommentContext | None) -> Signal:
        slogans = [self._signal(view, context, *slogan) for slogan in self._slogans(view)]
        if slogans:
            # "#drunk #stdspreader": the gravest charge counts, as in a sentence.
            return max(slogans, key=lambda signal: signal.scores["libel"])
        imputed = _ANY_IMPUTATION.search(view.text) is not None
        candidates = (
            find_candidates(view, self._names) if imputed or _ACT_ON.search(view.text) else []
        )
        acts = _acts_on_a_name(view, candidates)
        if not imputed and not acts:
            innuendo = self._innuendo(view, context)
            if innuendo.scores or not _not_an_allegation(view.text):
                return innuendo  # most comments: nothing to find
            # "Cllr Brown is a racist", "access for donations to the party", "she killed it":
            # opinion on views, lawful fundraising and praise, which the whole-comment model
            # must not call libel.
            return Signal(cues=CLEARED)
        # A street or a building is never the person accused; whoever else is named may be
        # ("The Chinese takeaway on Hill St uses cat meat" accuses the takeaway). Nor is
        # whoever something was done to.
        accusable = [
            c
            for c in candidates
            if not (c[0] == OTHER and _a_place(c[3]))
            and not _done_to(view.original, c)
            # "a 23 year old Corby Heath man": the town he is from, not a person.
            and not (
                c[0] in (NAME, SURNAME, FIRST_WORD, OTHER)
                and _LOCAL_PERSON_AFTER.match(view.original, c[2])
                and _LOCAL_PERSON_BEFORE.search(view.original, max(0, c[1] - 20), c[1])
            )
        ]
        # "Police are investigating after Cllr Harper received a letter": she was sent it, and
        # is not accused of what comes before.
        recipients = {c[1] for c in accusable if _RECEIVED.match(view.original, c[2])}
        # "Cllr Reid, there are drug dealers by the school gates": whoever is addressed by
        # name is the reader, accused only as "you" would be.
        vocatives = [c for c in accusable if _addressed(view.original, c)]
        thing_spans = [m.span() for m in _HYPERBOLE.finditer(view.text)]
        form = _ADDRESSEE_FORM.search(view.text)
        if form is not None and _SAYING_FORM.match(form.group(0)):
            said = original_span(view, form.start(), form.end())[0]
            before = view.original[:said].rstrip()
            if (
                any(0 <= said - c[2] <= 1 for c in candidates)
                or (before[-1:].isalnum() and bare(before.split()[-1]) not in _INTERJECTIONS)
                # "... and he's been charged, says the Echo.": who said it, after the words.
                or (
                    before.endswith(",")
                    and _SOURCE_AFTER.match(
                        view.original, original_span(view, form.start(), form.end())[1]
                    )
                )
            ):
                # "Jane Smith says the mayor lied", "my mate says the treasurer ...": their
                # words, not a retort ("Says the man who ...", "lol says the thief").
                form = None
        if form is not None and _A_BODY_AFTER.match(view.text, form.end()):
            form = None  # "Says the party that promised us a leisure centre": a party answered
        answers = form is not None
        if form is not None:
            # "Coming from the man who fiddled his expenses": the man is the one replied to.
            form_end = original_span(view, form.start(), form.end())[1]
            # "This from the man who ...": the man described is the one replied to.
            accusable = [
                c
                for c in accusable
                if (c[1] >= form_end and view.original[form_end : c[1]].strip())
                or c[0] in _NAMES_SOMEONE
            ]
        fundraising = _FUNDRAISING.search(view.text) is not None
        excused = False
        best: Signal | None = None
        unpinned: tuple[str, str] | None = None
        found = sorted(_imputations(view.text) + acts, key=lambda item: item[1].start())
        found = _first_charges(found)
        # "Bribe-taking liars and con-artists": a run of capitals that opens with a charge
        # names no one, whichever charge is read.
        charges = dict(original_span(view, m.start(), m.end()) for _, m in found)
        accusable = [
            c
            for c in accusable
            if not (c[1] in charges and c[2] > charges[c[1]]) or c[0] in _NAMES_SOMEONE
        ]
        # "The developer is a crook but Cllr Reid did nothing wrong": cleared by name.
        innocent = [
            (c[1], c[2]) for c in accusable if _DID_NOTHING_WRONG.match(view.original, c[2])
        ]
        for kind, match in found:
            if _PHRASE_BREAK.search(view.original, *original_span(view, *match.span())):
                continue  # "Lies - to You writes": words read across a break are no phrase
            if match.group(0)[-1].isdigit() and _SHARE.match(
                view.original, original_span(view, match.end() - 1, match.end())[0]
            ):
                continue  # "Charlie Crist takes 46%": a share of the vote, not a bribe
            excused = True  # the word is there; is it said of a person?
            if any(start <= match.start() < end for start, end in thing_spans):
                continue  # "daylight robbery", "a criminal waste of money"
            if fundraising and _EXCHANGE.fullmatch(match.group(0)):
                continue  # "meetings in return for donations to the party": fundraising
            if _institution_subject(view, match, candidates):
                continue  # "Your party has lied to this town": criticism of a party
            if _ANIMAL_SUBJECT.search(view.text, max(0, match.start() - 60), match.start()):
                continue  # "Cllr Reid's dog stole my sandwich": no person did it
            if _CHARGE_ADJECTIVE.fullmatch(match.group(0)) and (
                _OF_AN_INSTITUTION.match(view.text, match.end())
                or (
                    _LIKENED_INSTITUTION.match(view.text, match.end()) is not None
                    and sentence_start(view.original, original_span(view, *match.span())[0])
                )
            ):
                # "she stood up to the corrupt old leadership", "bent as a nine bob note the
                # whole Westminster system": of a body, no one's
                continue
            if _DEBATED_AFTER.match(view.text, match.end()) and not _SOMEONES.search(
                view.text, max(0, match.start() - 10), match.start()
            ):
                continue  # "raising the loan shark issue at full council": a subject of debate
            if _MISTAKEN_FOR.search(view.text, max(0, match.start() - 30), match.start()):
                continue  # "called the police on a squirrel she thought was a burglar"
            if _WARNING_AFTER.match(view.text, match.end()):
                continue  # "Rogue trader warning: men in a white van ...": a warning, unnamed
            if match.group(0).startswith("stolen") and _OWNERS.search(
                view.original, 0, original_span(view, match.start(), match.end())[0]
            ):
                continue  # "helped look for Jean's stolen car": hers, taken from her
            if _about_a_thing(view, match, candidates):
                continue  # "Closing Moor Lane library is criminal"
            if _a_group(view, match, candidates):
                continue  # "Every X is a ...": a generalisation, for the discrimination scorer
            if _a_topic(view, match):
                continue  # "sexual assault should disqualify a nominee": the offence, no one's
            if _long_ago(view, match):
                continue  # "The mill owner was hanged for sheep stealing in 1790": history
            if _a_stranger(view, match, candidates):
                continue  # "The thief who stole my bike was caught, thanks Cllr Reid"
            if _done_by_a_stranger(view, match, candidates):
                continue  # "Someone tried to set fire to the scout hut", "conned by a cowboy builder"
            if _known_by_the_act(view, match, candidates):
                continue  # "The lad who nicked my bike has been caught"
            if (
                _THING_LABEL.fullmatch(match.group(0))
                and _CAME_ACROSS.search(view.text, max(0, match.start() - 40), match.start())
                and (
                    not _WHOSE_AFTER.match(view.text, match.end())
                    or _POSED_AS.match(view.original, original_span(view, *match.span())[1])
                )
            ):
                # "You found a scam", "fell for an online con", "be aware of a fake invoice
                # scam": someone's, unnamed.
                continue
            # "Yeah because Cllr Reid would NEVER rig a tender would he": sarcasm says he
            # would, whatever the "would" and the "never" say.
            sarcastic = _SARCASTIC_BECAUSE.search(
                view.text, max(0, match.start() - 60), match.start()
            )
            if not sarcastic and _hypothetical(view, match):
                continue  # "If you continue to vandalise ...", "I'd beat the shit out of her"
            if "vandal" in match.group(0) and _ONLINE_EDITING.search(view.text):
                continue  # "Your edits to the article are vandalism": a bad edit, no crime
            if not sarcastic and _negated(view, match):
                continue  # "He is not a thief", "she never took a bribe": denied, not alleged
            if _dismissed(view, match):
                continue  # "The leaflet accusing Cllr Reid of corruption was full of lies"
            if kind == "drunkenness or drugs" and (
                _INSULT_AFTER.match(view.text, match.end())
                or _ARE_YOU_ON.search(view.text, max(0, match.start() - 30), match.end())
            ):
                # "you drunk bitch", "take your drunk ass home", "are you on drugs?": abuse
                # or a retort, not a charge
                continue
            if _STOP_LYING.search(view.text, max(0, match.start() - 30), match.start()) and (
                _LIE_WORD.search(match.group(0)) or _LIE_ABOUT.search(match.group(0))
            ):
                continue  # "stop lying about him!": a retort in an argument, not a charge
            excused = False
            at, end = original_span(view, match.start(), match.end())
            if _a_crowd_unnamed(view, match, at, candidates):
                continue  # "Thieves! Cllr Reid should look into the parking firm"
            # A candidate that opens with the charge itself names no one: "Bribe-taking"; a
            # relative inside it is who it was done to: "cheat on his wife".
            told = [
                c
                for c in accusable
                if not (c[1] == at and c[2] >= end)
                and not (at <= c[1] and c[2] <= end and PRONOUN_RELATIVE.fullmatch(c[3]))
                # "Richard Lomax paid off the conservation officer": who was paid is named
                # inside the words; who paid is the one accused.
                and not (at < c[1] and c[2] <= end and _PAYS_OFF.match(match.group(0)))
                and not any(a <= c[1] < b for a, b in innocent)
                # "Mann is the Jerry Sandusky of climate science": the likeness, not him.
                and not (at < c[1] and c[2] <= end and _LIKENESS.match(view.original, at))
                and not _lied_about(view.original, match, end, c)
                and not _owns_the_victim(view.original, at, end, c)
                and not _harmed(kind, view.original, at, end, c)
                and not (c[1] >= end and c[1] in recipients)
                and not _label_of_another(view, match, at, end, c)
            ]
            if (
                PUNISHED.fullmatch(view.original[at:end] + " ")
                and _PUNISHES_SOMEONE.match(view.original, end)
                and not _PASSIVE.search(view.text, max(0, match.start() - LOOK_BACK), match.start())
                and _ENFORCER_BEFORE.search(view.original, max(0, at - 40), at)
            ):
                # "as a police officer she arrested drug dealers": whoever is arrested is
                # accused, not whoever arrests them.
                told = [c for c in told if c[1] >= end]
            someone = _SOMEONE_WHO.search(view.original, max(0, at - 60), at)
            if someone is not None and not _IS_SOMEONE.search(
                view.original, max(0, someone.start() - 16), someone.start()
            ):
                # "helped catch the rogue trader who conned my mum": the trader did it, not
                # whoever else is named ("Cllr Reid is the man who ..." is his, and so is
                # "the man who stole it was Gary Smith").
                told = [
                    c
                    for c in told
                    if someone.start() <= c[1] < at
                    or _NAMED_AS.search(view.original, max(0, c[1] - 12), c[1])
                ]
            first = sentence(view.original, at)[0]
            punished = _SOMEONE_PUNISHED.search(view.original, max(0, at - 60), at)
            if (
                punished is not None
                and PUNISHED.fullmatch(view.original[at:end] + " ")
                and bare(punished.group("noun")) not in _NOT_A_NOUN
                # "Cllr Reid and a man from the village got arrested": not when someone
                # else is told of in the sentence.
                and not any(first <= c[1] < punished.end("noun") for c in told)
            ):
                # "the lollipop lady got knocked over. driver was convicted": who was
                # convicted is the driver, no one named.
                told = [c for c in told if c[1] >= at]
            writer = _WRITER_DOES.search(view.original, first, at)
            if writer is not None and not any(writer.end(1) <= c[1] < at for c in told):
                # "she said it's hers and I said no, I'm stealing it": the writer does it,
                # not whoever was told of before ("I think he stole it" keeps "he").
                told = [c for c in told if c[1] >= at]
            quoted = _quotation(view.original, at)
            if quoted is not None:
                # he goes "that's why you raped me": he says it; it is not said of him.
                told = [c for c in told if c[1] >= quoted]
            source = _reported_source(view.original, at, told)
            if source is None and (speaker := _source_after(view.original, at, told)):
                # "The conviction rate for fraud is low, says Cllr Reid": his words, of no one.
                told = [c for c in told if not speaker[1] <= c[1] < speaker[2]]
                source = (0, speaker[3], None)
            if source is not None:
                # "Jane Smith accused Cllr Brown of fraud", "Mr Patel says the leader lied":
                # whoever's words are reported is not who they accuse.
                told = [c for c in told if c[1] >= source[0]]
            if _ACCUSED_OF.search(view.text, max(0, match.start() - LOOK_BACK), match.start()):
                # "Cllr Brown accused of taking bribes by Jane Smith": the accuser is not
                # accused.
                told = [c for c in told if not _BY_GAP.fullmatch(view.original[end : c[1]])]
            if _OWNER_AFTER.search(match.group(0)):
                # "in the pocket of United Soils": whoever is in the pocket is accused, not
                # its owner.
                told = [c for c in told if not 0 <= c[1] - end <= 2]
            # "Cllr Bradshaw was paid off by the landowner": whoever is bribed takes the
            # bribe; that is no wrong suffered.
            bribed = kind == "bribery or corruption" and (
                _PASSIVE.search(view.text, max(0, match.start() - LOOK_BACK), match.start())
                is not None
                or _PASSIVE_START.match(match.group(0)) is not None
            )
            doer = None if bribed else _doer_after(view, match, told)
            if doer is None and source is not None and source[2] is not None:
                doer = source[2]  # "A detective accuses Miller of ...": Miller is accused
            if (
                doer is None
                and not bribed
                and (
                    _AT_THE_HANDS.match(view.text, match.end())
                    or _suffered_from(view.text, match)
                    or match.group(0).rstrip().endswith(" by")
                )
            ):
                # "abuse at the hands of trolls", "Cllr Reid was harassed by trolls": no one
                # identifiable did it, and whoever suffered it is no wrongdoer.
                excused = True
                continue
            plain = [c for c in told if not any(v[1] <= c[1] < v[2] for v in vocatives)]
            own = _WRITERS_OWN.search(view.original, max(0, at - 40), at)
            if (
                doer is None
                and own is not None
                and kind in _HARMS - {"a crime or an investigation"}
            ):
                doer = ROLE, own.group(1)  # "When my husband hit me, Cllr Reid helped": him
            target = doer or (best_target(view, at, plain) if plain else None)
            if target is not None and _a_strangers_pronoun(view.original, candidates, target, at):
                excused = True
                continue  # "A man knocked on my door. He took £200 for a permit": a stranger
            if target is not None and kind == "an undeclared interest":
                # "Cllr Hirst's daughter got the job": the favour is Cllr Hirst's.
                target = (target[0], relative_of(target[1]))
            answering = answers or _bare_label(view.text, match)
            pointed = False
            if answering and (target is None or target[0] >= YOU):
                target = (ADDRESSEE, "")
            elif (target is None or target[0] >= YOU) and _pointed_at(view, match, context):
                # "Listen to the groomer lecturing us" in a reply: readers may take "the
                # groomer" to be the person replied to.
                target, pointed = (ADDRESSEE, ""), True
            if (
                vocatives
                and not pointed
                and (
                    (target is not None and target[0] in (YOU, ADDRESSEE))
                    or (target is None and _said_to(kind, view.original, vocatives[0], at, end))
                )
            ):
                # "Cllr Reid, you stole ...", "Cllr Reid, liar!": said to the person named
                target = vocatives[0][0], vocatives[0][3]
            if target is not None and target[0] == OTHER and no_one(target[1]):
                # "Cllr Reid is right, China lied about the virus": a country did it, and a
                # country is no person; nor is a website.
                excused = True
                continue
            if target is None and kind == "dishonest or unsafe trading":
                trader = _ONE_WORD_TRADER.search(view.original, max(0, at - 60), at)
                if trader is not None and trader.group(1).lower() not in _NOT_A_TRADER:
                    # "FreshWay on Park Road relabels out-of-date meat": a shop by its one
                    # word name, opening the sentence
                    target = (OTHER, trader.group(1))
            if target is None or (target[0] == OTHER and _a_place(target[1])):
                if unpinned is None or unpinned[0] == "drunkenness or drugs":
                    unpinned = (kind, view.quote(*match.span()))  # "a drunken rapist": rapist
                continue  # nobody, or only a street, a building or a service: "robbed on Kilburn Lane"
            imputation = view.quote(*match.span())
            if target[0] == ADDRESSEE and form is not None and form.end() <= match.start():
                imputation = _described(view, form, match) or imputation
            signal = self._signal(
                view,
                context,
                kind,
                imputation,
                target,
                at=match.start(),
                pointed=pointed,
                source=source[1] if source else None,
            )
            # "A liar and a fraudster": the gravest allegation counts, not the first.
            if best is None or signal.scores["libel"] > best.scores["libel"]:
                best = signal
            if best.scores["libel"] >= FACT:
                break
        if best is not None:
            return best
        if excused or (
            unpinned is None and (_PRAISE.search(view.text) or _DENIAL.search(view.text))
        ):
            # Words of wrongdoing pinned on no one, in a comment that disputes an allegation
            # ("no evidence", "found nothing", "the claims are nonsense"): a whole-comment
            # model, which reads the words, must not put them back.
            return Signal(cues=CLEARED)
        # "Cole's 'charity' golf day raised £12k and the hospice got £1,500. Where's the rest
        # Martin?": words of wrongdoing pinned on no one can still sit beside a hint.
        innuendo = self._innuendo(view, context)
        if innuendo.scores:
            return innuendo
        return _unpinned(*unpinned) if unpinned else Signal()

    def _innuendo(self, view: Canonical, context: CommentContext | None) -> Signal:
        """A named person and a wink, with the wrongdoing left unsaid ("Why is Lord X
        trending? *innocent face*"): review, never high."""
        marker = _INNUENDO.search(view.text)
        wink, topic = _WINK.search(view.original), _SUGGESTIVE.search(view.text)
        aside = _HINT.search(view.text)
        telling = _TELLING_EMOJI.search(view.original) or _SCARE_QUOTES.search(view.original)
        asked = view.original.rstrip().endswith("?")
        if (
            marker is not None
            and _POLICE_CALL.match(marker.group(0))
            and _WRITER_WENT_TO_POLICE.search(view.text, 0, marker.start())
        ):
            return Signal()  # "I reported the dealing and they raided the house": a report
        if marker is not None:
            hint = re.sub(r"^\W+|\W+$", "", view.quote(*marker.span()))
        elif telling is not None:  # "Cllr X voting himself a pay rise 🤑"
            hint = telling.group(0)
        elif wink is not None and topic is not None:  # "the new Range Rover 😉"
            hint = re.sub(r"^\W+|\W+$", "", view.quote(*topic.span())) + " " + wink.group(0)
        elif topic is not None and (aside is not None or asked):
            # "Funny how his son got the contract", "Who paid for Cllr X's holiday?"
            found = sorted((m for m in (aside, topic) if m is not None), key=lambda m: m.start())
            hint = " ... ".join(re.sub(r"^\W+|\W+$", "", view.quote(*m.span())) for m in found)
        else:
            return Signal()  # a wink alone is friendly ("Lovely photos Cllr Lee 😉")
        named = [
            c
            for c in find_candidates(view, self._names)
            # A bare @handle is the reply's addressee, not someone a hint points at; "the
            # only break her husband gets" points at no one.
            if c[0] in (CONFIGURED, NAMED, ROLE, NAME) and not PRONOUN_RELATIVE.fullmatch(c[3])
        ]
        if not named:
            return Signal()
        # "Cllr Reid's brother got the contract 😉" hints at Cllr Reid, not at the brother.
        quote = relative_of(named[0][3])
        message = (
            f"hints at something discreditable about '{quote}' without saying what ('{hint}'): "
            f"that is {AMOUNTS_TO['innuendo']}. Why this may not be libel: nothing is alleged in "
            "words; it depends on what readers would take the hint to mean"
        )
        reason = Reason("libel", message, INNUENDO_SCORE, self.name, (hint, quote))
        return Signal(scores={"libel": INNUENDO_SCORE}, reasons=[reason])

    def _slogans(self, view: Canonical) -> list[tuple[str, str, tuple[int, str]]]:
        """Allegations made by a hashtag ("#CorruptCouncillor") or a headline-style slogan
        about a named or described person ("Treasurer for Sale"), as (kind, words, who)."""
        text = view.original
        charges: list[tuple[str, str]] = []
        names: list[str] = []
        for match in _HASHTAG.finditer(text):
            kind = _hashtag_kind(match.group(1))
            person = _hashtag_person(match.group(1)) or self._configured_in_tag(match.group(1))
            if kind is not None and person is not None:
                return [(kind, match.group(0), (ROLE, person))]
            if kind is not None and _LABEL_TAG.fullmatch(match.group(1)):
                charges.append((kind, match.group(0)))
            elif (
                name := _name_tag(match.group(1)) or self._configured_in_tag(match.group(1))
            ) is not None:
                names.append(name)
        if charges and names:
            # "#brandonrook ... #drunk #stdspreader": a name tag, and charges in others.
            return [(kind, tag, (NAME, names[0])) for kind, tag in charges]
        if "sale" not in view.text:
            return []
        for match in _FOR_SALE.finditer(view.text):
            start, end = original_span(view, match.start(), match.end())
            for preference, person_start, person_end, quote in find_candidates(view, self._names):
                if preference <= ROLE and not text[person_end:start].strip(" :-–—'\""):
                    return [("bribery or corruption", text[person_start:end], (preference, quote))]
        return []

    def _configured_in_tag(self, tag: str) -> str | None:
        """A configured name inside a hashtag: "#CorruptCollins" or "#LyingAnnetteLowe" where
        the office configured "Collins" or "Annette Lowe". A surname alone in a tag is no one
        in particular; a name the office gave is the councillor's."""
        words = _TAG_WORD.findall(tag)
        if self._names is None or len(words) < 2:
            return None
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                run = words[start:end]
                if run[0][:1].isupper() and self._names.fullmatch(" ".join(run).lower()):
                    return " ".join(run)
        return None

    def _signal(
        self,
        view: Canonical,
        context: CommentContext | None,
        kind: str,
        imputation: str,
        target: tuple[int, str],
        at: int | None = None,
        pointed: bool = False,
        source: str | None = None,
    ) -> Signal:
        score, framing, caveat = _framing(view, at, source)
        preference, quote = target
        if preference in (ROLE, NAME, SURNAME, FIRST_WORD, PRONOUN, OTHER) and _FICTION.search(
            view.text
        ):
            # "Watched Line of Duty last night, Ted Hastings is definitely bent": a character.
            score = min(score, 0.3)
            framing = "in a comment about a TV programme, a film or a book"
            caveat = (
                "the person seems to be a character in a story, whom readers would not take as real"
            )
        if pointed and score > FOR_REVIEW:
            score = FOR_REVIEW
            framing = f"by calling someone 'the {imputation.lower()}' without naming them"
            caveat = caveat or "it names no one, and readers may not take it to mean that person"
        if score > FOR_REVIEW and quote and _thanked(view.original, quote):
            # "Thanks to Siobhan for helping my gran after a man posing as a water board
            # worker stole her purse": the comment thanks the person it names, and the wrong
            # it tells of is most likely someone else's. Review, not an urgent alert.
            score = FOR_REVIEW
            caveat = caveat or (
                "the comment thanks the person it names; the wrong it tells of may be someone "
                "else's"
            )
        if score > FOR_REVIEW:
            why = _read_as_comment(kind, imputation, view.text)
            if why:
                # The digest shows it; an urgent alert would cry wolf.
                score, caveat = FOR_REVIEW, caveat or why
        who = _who(preference, quote, context)
        amounts_to = AMOUNTS_TO[kind]
        if preference == ADDRESSEE:
            verb = "states as fact" if score >= FACT else "suggests"
            label = re.sub(r"^\W+|\W+$", "", imputation)
            # "Pretty rich from a man whose ex had to go into a refuge to get away from him":
            # what was done, not a name for the person (not "is a had to go ...").
            an_act = len(label.split()) > 3 and not _PERSON_LABEL.fullmatch(label)
            be = "are" if who.startswith("you ") else "is"
            described = _DETERMINED.match(label) is not None
            if not described:
                # "you crooks": one of them, not "a crooks".
                plural = _PLURAL_PERSON.fullmatch(label.lower()) is not None
                if plural:
                    label = f"one of the {label.lower()}"
                elif _DESCRIBING.fullmatch(label.lower()):
                    label = label.lower()  # "crooked", "corrupt": no "a"
                else:
                    label = _article(label.lower())
            message = f"{verb} that {who} {be} {label}: that is {amounts_to}"
            if score < FACT:
                message += f" ({framing})"
            if not described and an_act:
                message = (
                    f"allegation of {kind} ('{imputation}') against {who.rstrip(',')}, "
                    f"{framing}: that is {amounts_to}"
                )
        else:
            message = (
                f"allegation of {kind} ('{imputation}') {who}, {framing}: that is {amounts_to}"
            )
        if caveat:
            message += f". Why this may not be libel: {caveat}"
        evidence = (imputation, quote) if quote else (imputation,)
        reason = Reason("libel", message, score, self.name, evidence)
        cues = CLEARED if score < INNUENDO_SCORE else frozenset()
        return Signal(scores={"libel": score}, reasons=[reason], cues=cues)


def _thanked(text: str, quote: str) -> bool:
    """Whether the comment thanks or credits ``quote`` ("Thanks to Siobhan for ...", "Huge
    thanks to Cllr Kelly", "Cllr Reid helped me report ...")."""
    lowered, name = text.lower(), re.escape(quote.lower())
    if _FOR_NOTHING.search(lowered):
        return False  # "Thanks Cllr Kelly for nothing": no thanks at all
    return (
        re.search(
            rf"{_THANKS}(?:\W+(?:to|you|so|very|much|again|goes|go|also|a lot)\b)*\W+{name}\b",
            lowered,
        )
        is not None
        or re.search(rf"\b{name}\W+(?:\w+\W+)?{_HELPED}", lowered) is not None
    )


_THANKS = (
    r"\b(?:thanks|thank you|thankyou|thank|cheers|grateful|gratitude|credit|kudos|shout ?out"
    r"|well done|fair play|hats off)"
)
_FOR_NOTHING = re.compile(
    r"\bthank(?:s| you)\b[^.!?]{0,40}\bfor (?:nothing|sod all|fuck all|bugger all)\b"
)
_HELPED = r"(?:helped|helps|sorted|fixed|got|backed|supported|stood up for) (?:me|us|my|our)\b"
FACT = 0.85
# How many charges a comment has read, and how often the same words (see _first_charges).
MOST_CHARGES = 60
SAME_CHARGE_TIMES = 3
INNUENDO_SCORE = 0.5
ENDORSEMENT_SCORE = 0.6
# An endorsement is a short reply; a longer one says something of its own.
ENDORSEMENT_WORDS = 12
# Allegations read more as comment or abuse than as fact stay at review.
FOR_REVIEW = 0.6
# The cue this scorer gives when it read an allegation and found it is not one about a
# person stated as the writer's own (hyperbole, a party or a thing accused, a report
# attributed to a court or the press, a denial): a whole-comment model, which cannot see
# why, must not put it back in the libel category.
CLEARED = frozenset({"libel_cleared"})


def _first_charges(found: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """The charges worth reading, first in the text first: each is read within its sentence,
    so thousands of charge words with no full stop would take seconds. The same words said
    again add nothing after a few times ("liar, liar, liar ... and a thief" still reads the
    thief), and no comment makes more than a few dozen different charges."""
    seen: dict[str, int] = {}
    kept = []
    for kind, match in found:
        said = match.group(0).lower()
        seen[said] = seen.get(said, 0) + 1
        if seen[said] <= SAME_CHARGE_TIMES:
            kept.append((kind, match))
    return kept[:MOST_CHARGES]


def _a_place(quote: str) -> bool:
    """Whether a name that is no person's is a street, a building or a service ("Kilburn
    Lane", "Church Road"), not a business named after one ("Moor Lane Motors")."""
    words = _lowerwords(quote)
    last = quote.split()[-1].lower().strip(".,;:!?'’\"") if quote.split() else ""
    return bool(PLACE_WORDS & words) and last not in TRADE_WORDS


def _unpinned(kind: str, imputation: str) -> Signal:
    """Words of wrongdoing said of no one the rules can pin them on ("Took a backhander for
    the car park, everyone knows who"). No score: if the model reads the comment as an
    allegation, this reason tells the councillor which words to check."""
    message = (
        f"the words '{imputation}': that is {AMOUNTS_TO[kind]} if readers take them to be "
        "about someone, and it is not clear whom"
    )
    return Signal(reasons=[Reason("libel", message, 0.0, "libel", (imputation,))])


def _near(view: Canonical, at: int | None) -> tuple[int, int]:
    """Where the allegation's own sentence and the one before it lie in the canonical text
    (the whole comment where ``at`` is None): a hedge or a report elsewhere in the comment
    does not frame it. A question anywhere still does: a comment that asks is arguing,
    and stating the allegation beside the question does not make it an alert."""
    if at is None:
        return 0, len(view.text)
    start, _ = original_span(view, at, at + 1)
    first, last = sentence(view.original, start)
    before = sentence(view.original, max(0, first - 2))[0] if first > 0 else first
    tokens = [s for s in view.spans if s[2] >= before and s[3] <= last]
    if not tokens:
        return 0, len(view.text)
    return tokens[0][0], tokens[-1][1]


def _asked_itself(view: Canonical, at: int) -> bool:
    """Whether the allegation's own sentence is a question."""
    start, _ = original_span(view, at, at + 1)
    first, last = sentence(view.original, start)
    return QUESTION.search(view.original[first : last + 1].strip()) is not None


def _framing(
    view: Canonical, at: int | None = None, source: str | None = None
) -> tuple[float, str, str]:
    """How the comment puts the allegation: (score, how, why it may not be libel). ``source``
    is whoever the comment reports as making it ("Jane Smith says ..."), if anyone."""
    start, end = _near(view, at)
    if _SATIRE.search(view.original.lower()):
        return (
            0.3,
            "in a comment that calls itself satire",
            "it says it is satire or parody, which readers do not take as a statement of fact",
        )
    if _DENIAL.search(view.text):
        return 0.2, "but the comment disputes it", "the comment itself disputes the allegation"
    if _attributed(view, start, end):
        return (
            0.3,
            "attributed to a court, the police or the press",
            "it reports what a court, the police or the press said; a fair and accurate "
            "report may be protected",
        )
    if at is not None and (
        _CALLED.search(view.text, max(0, at - 50), at)
        or _parenthetical_source(view, at)
        or _quoted_speech(view, at)
    ):
        return (
            0.6,
            "as a report of someone else's words (repeating an allegation is still publishing it)",
            "it reports what someone else said rather than saying it in the writer's own voice",
        )
    if _HEDGES.search(view.text, start, end):
        return (
            0.6,
            "as a rumour or suggestion (repeating a rumour is still publishing it)",
            "it is put as a rumour or a belief rather than as the writer's own fact",
        )
    if at is not None and _SAYING.search(view.text, max(0, at - 50), at):
        return (
            0.6,
            "as what someone else is saying (repeating an allegation is still publishing it)",
            "it reports what someone else is saying rather than saying it in the writer's own "
            "voice",
        )
    if _REPORTED_ALLEGATION.search(view.text, start, end):
        return (
            0.6,
            "as an allegation reported against them (repeating an allegation is still "
            "publishing it)",
            "it reports that they are accused rather than saying they did it",
        )
    if _INSINUATION.search(view.text, start, end):
        return (
            0.6,
            "as a hint or a bet (hinting at it is still publishing it)",
            "it hints at the allegation rather than stating it",
        )
    if any(QUESTION.search(s) for s in re.split(r"(?<=[.!?])\s+", view.original.strip())):
        if at is not None and not _asked_itself(view, at):
            # "Cllr Reid? A crook who should be in jail.": told beside a question.
            return (
                0.6,
                "in a comment that argues by asking",
                "the comment asks rather than asserts, though this part is put as fact",
            )
        return (
            0.6,
            "as a question that insinuates it",
            "it is asked rather than asserted (a question can still insinuate)",
        )
    if source is not None:
        source = _LEADING_ARTICLE.sub(lambda m: m.group(0).lower(), source)  # "a detective"
        return (
            0.6,
            f"as what {source} says (repeating an allegation is still publishing it)",
            f"it reports what {source} said rather than saying it in the writer's own voice",
        )
    return FACT, "stated as fact", ""


def _lied_about(text: str, match: re.Match[str], end: int, candidate: Candidate) -> bool:
    """Whether ``candidate`` is who a lie is told about ("stop lying about Cllr Smith"),
    not who tells it: the person named right after "lying about"."""
    words = match.group(0)
    about = _LIE_ABOUT.search(words) or (_LIE_WORD.search(words) and _ABOUT.match(text, end))
    return (
        about is not None
        and candidate[1] >= end
        and _ABOUT_GAP.fullmatch(text[end : candidate[1]]) is not None
    )


def _reported_source(
    text: str, at: int, candidates: list[Candidate]
) -> tuple[int, str, tuple[int, str] | None] | None:
    """Where the words of a source named just before a verb of saying or accusing begin, and
    the source, when the allegation at original offset ``at`` lies in those words and they
    open on someone else: "Jane Smith claims Cllr Brown took bribes". Whoever is accused of
    something ("Stephen Doyle accuses Luton Rugby Club of fraud") is never the accuser. None for
    the writer's own words ("I say he lied") and for "X claims to be honest but ...", where
    the words reported are about X. The third item is whoever a source accuses of something,
    named right after the verb ("accuses Miller of ..."), or None."""
    first, _ = sentence(text, at)
    verbs = list(_REPORTING.finditer(text, first, at))
    if verbs and _WRITER_SAYS.search(text, max(0, verbs[-1].start() - 10), verbs[-1].start()):
        return None  # "he said why ... and I said you are a pervert": the writer's own words
    for verb in verbs:
        if _NEXT_CLAUSE.search(text, verb.end(), at):
            continue  # "Cllr Brown accused me of lying, but he took bribes": the writer's own
        accusing = verb.group(1).lower().startswith("accus")
        if accusing and not _OF.search(text, verb.end(), at):
            continue  # "accused Cllr Brown in the meeting": no charge follows
        # "Jane Smith says", "the woman who said": whoever's words they are.
        sources = [
            c
            for c in candidates
            if c[2] <= verb.start() and text[c[2] : verb.start()].strip() in ("", "who")
        ]
        opening = [c for c in candidates if c[1] == verb.end()]
        # "telling us that the WH lies", "The Yorkshire Post says the court found ...": the
        # words are the source's whoever they open on ("claims expenses" is no saying, and
        # where "the woman who says ..." ends is not known, nor "whatever she says").
        saying = any(
            (
                not text[c[2] : verb.start()].strip()
                # "the woman who said the carnival is 'grooming kids'": her words, quoted
                or _quoted_between(text, verb.end(), at)
            )
            and not _WHAT.search(text, 0, c[1])
            for c in sources
        ) and (
            _THAT_END.search(verb.group(0)) is not None
            or not verb.group(1).lower().startswith("claim")
        )
        if sources and (accusing or opening or saying):
            accused = (opening[0][0], opening[0][3]) if accusing and opening else None
            return verb.end(), min(sources, key=lambda c: c[1])[3], accused
    return None


def _quoted_between(text: str, start: int, at: int) -> bool:
    """Whether original offset ``at`` lies inside quotation marks opened after ``start``."""
    opened = None
    for match in _QUOTE_OPENS.finditer(text, start, at + 1):
        opened = match
    return opened is not None and _QUOTE_CLOSES.search(text, opened.end(), at) is None


def _addressed(text: str, candidate: Candidate) -> bool:
    """Whether a name is said to the person it names: opening the comment before a comma
    ("Cllr Reid, the scammers are at it again"), or closing a sentence after one ("... near
    the school gates, Cllr Reid."). Not a name in apposition ("Cllr Reid, the leader, took
    bribes", "his deputy, Cllr Reid.") or in a list ("Cllr Reid, Cllr Brown and ...")."""
    preference, start, end, quote = candidate
    if preference not in (CONFIGURED, NAMED, NAME) and not (
        preference == ROLE and _TITLE_ALONE.fullmatch(quote)  # "Councillor, the dealers are back"
    ):
        return False
    if _GREETING.fullmatch(text, 0, start):
        after = _VOCATIVE_COMMA.match(text, end)
        if after is None or _DONE_NEXT.match(text, after.end()):
            return False  # "Cllr Reid, took bribes": a stray comma before what they did
        return _APPOSITION.match(text, after.end()) is None
    before = _COMMA_BEFORE.search(text, max(0, start - 40), start)
    return (
        before is not None
        and bare(before.group(1)) not in _APPOSITION_NOUNS
        and _SENTENCE_CLOSE.match(text, end) is not None
    )


def _said_to(kind: str, text: str, vocative: Candidate, at: int, end: int) -> bool:
    """Whether the charge at ``at``..``end`` is said to the person named: "Cllr Reid, liar
    and thief!", "Bent as a nine bob note, Cllr Okafor." """
    _, start, stop, _ = vocative
    if stop <= at:
        if _LABEL_SAID_TO.fullmatch(text, stop, at) is None:
            return False
        more = _MORE_LABELS.match(text, end)
        if _SENTENCE_CLOSE.match(text, more.end() if more else end):
            return True
        # "Gary Pike, the groper from the bowls club": the label is his, unless it is the
        # subject of what follows ("Cllr Reid, the drug dealers are back").
        return _FINITE.search(text, end, sentence(text, at)[1]) is None
    first, last = sentence(text, at)
    # "Someone's pockets are being lined here, Cllr Reid": a coy "someone" is the person named.
    coy = kind == "bribery or corruption" and _COY_SOMEONE.match(text, first) is not None
    return first <= start < last and (sentence_start(text, at) or coy)


def _source_after(text: str, at: int, candidates: list[Candidate]) -> Candidate | None:
    """Whoever is named as saying the words after them, in the sentence of the allegation
    at original offset ``at``: "Cllr Brown took bribes, says Jane Smith"."""
    _, last = sentence(text, at)
    return next(
        (
            c
            for c in candidates
            if at < c[1] < last
            and _SAYS_BEFORE.search(text, max(0, c[1] - 20), c[1])
            and not text[c[2] : last].strip(" .!?\"'”’")
        ),
        None,
    )


def _parenthetical_source(view: Canonical, at: int) -> bool:
    """Whether the allegation's sentence names someone else as its source in passing
    before it: "Hillary Clinton, he said, is corrupt"."""
    start = original_span(view, at, at + 1)[0]
    first, _ = sentence(view.original, start)
    return _SAID_ASIDE.search(view.original, first, start) is not None


def _quoted_speech(view: Canonical, at: int) -> bool:
    """Whether the allegation lies inside words the comment quotes someone as saying: he
    goes "that's why you raped me"."""
    return _quotation(view.original, original_span(view, at, at + 1)[0]) is not None


def _quotation(text: str, start: int) -> int | None:
    """Where the words quoted after a verb of saying open, when original offset ``start``
    lies inside them, or None: the "you" of a letter "saying 'you'll get a bullet'" is
    whoever it was sent to, and whoever said it is not who it accuses. A comment that opens
    by quoting words and then answers them quotes them too: '"Her husband raped many
    women." This trash is worthy of a flag'."""
    opened = None
    for match in _OPEN_QUOTE.finditer(text, max(0, start - 200), start):
        opened = match
    if opened is None:
        return _quoted_first(text, start)
    if _CLOSE_QUOTE.search(text, opened.end(), start):
        return None
    return opened.end()


def _quoted_first(text: str, start: int) -> int | None:
    """Where the quotation that opens the comment begins, when original offset ``start`` lies
    inside it and the writer's own words follow it, or None."""
    line = _QUOTED_LINE.match(text)
    if line is not None:  # "> Cllr Brown fiddled his expenses\nWhere did you read that?"
        end = text.find("\n", line.end())
        if line.end() <= start < end and len(text[end:].split()) >= _ANSWER_WORDS:
            return line.end()
        return None
    opening = _OPENING_QUOTE.match(text)
    if opening is None or start < opening.end():
        return None
    # The mark that ends the quoted sentence closes it; one inside may quote a word ('Her
    # "husband" raped ...').
    close = _CLOSES_QUOTED.search(text, opening.end())
    if close is None or start >= close.start() or len(text[close.end() :].split()) < _ANSWER_WORDS:
        return None
    return opening.end()


def _attributed(view: Canonical, start: int, end: int) -> bool:
    """Whether the canonical text [start, end) reports a court, the police or the press,
    within one sentence: "I called the police. He should be charged" reports nothing."""
    for match in _ATTRIBUTED.finditer(view.text, start, end):
        first, last = original_span(view, match.start(), match.end())
        if sentence(view.original, first) == sentence(view.original, last - 1):
            return True
    return False


def _read_as_comment(kind: str, imputation: str, text: str) -> str:
    """Why an allegation stated as fact is read as comment or abuse, or "" when it is not:
    "liar" in political argument ("You lied to us, you promised to keep the library
    open") or with no lie named ("He's a liar and a hypocrite"), and "drunk" alone, which
    is more often an insult than a charge. A lie to the police, a court or an inquiry,
    drink-driving, drugs and getting someone drunk stay high. A hashtag ("#drunk") reads
    as its word."""
    word = imputation.lower().strip(" .,!?#")
    if kind == "dishonesty or a cover-up" and not _OFFICIAL_LIE.search(text):
        if _POLITICAL_SPEECH.search(text):
            return (
                "calling a politician a liar over what they said, promised or did is "
                "usually comment on their record rather than a statement of fact"
            )
        if _BARE_LIAR.fullmatch(word):
            return (
                "'liar' with no lie named is usually read as abuse or comment rather than as "
                "a statement of fact"
            )
    if _BARE_VANDAL.fullmatch(word) and not _DAMAGE.search(text):
        return (
            "'vandal' with no damage named is usually read as abuse, or as comment on a "
            "decision or an edit, rather than as a statement that the person damaged property"
        )
    if kind == "an undeclared interest" and _CRONYISM.fullmatch(word):
        return (
            "calling appointments 'jobs for the boys' or 'nepotism' is usually comment on how a "
            "party or a council works rather than a statement that a person broke the rules"
        )
    if imputation.lower().startswith("incit"):
        return (
            "calling what someone said 'inciting violence' or 'hatred' is usually comment on "
            "their words rather than a statement that they committed a crime"
        )
    if (
        kind == "fraud"
        and word == "fraud"
        and _A_FRAUD.search(text)
        and len(_ANY_IMPUTATION.findall(text)) == 1
    ):
        return (
            "'a fraud' with no fraud named is usually read as abuse or comment (a fake, a "
            "phoney) rather than as a statement that the person committed fraud"
        )
    if (
        kind == "drunkenness or drugs"
        and _JUST_DRUNK.fullmatch(word)
        and not _MADE_DRUNK.search(text)
    ):
        return (
            "being drunk is not a crime, and 'drunk' is often used as an insult rather "
            "than as a statement of fact"
        )
    return ""


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
        # "beats his wife" with no one named: the man "his" points to.
        quote = _SUBJECT_FORM.get(quote.lower(), quote)
        return f"about '{quote}' (the person the comment is about)"
    return f"about '{quote}'"


def _described(view: Canonical, form: re.Match[str], match: re.Match[str]) -> str | None:
    """The words a retort uses for the person it answers, from the end of its opening to
    the end of the imputation's clause: "Rich coming from [a convicted drink driver]",
    "Coming from [the man who fiddled his expenses]". None where they run on too long."""
    text = view.original
    start = original_span(view, form.start(), form.end())[1]
    end = original_span(view, match.start(), match.end())[1]
    stop = _CLAUSE_STOP.search(text, end)
    # "Hark at the expenses fiddler", "Pot, kettle, fraudster": the label alone; other
    # retorts run to the end of the clause ("the man who fiddled his expenses").
    until = end if _POINTING_FORM.search(form.group(0)) else (stop.start() if stop else len(text))
    words = text[start:until].strip(" ,;:-–—\"'“”‘’")
    # "Takes one to know one, you crook": the person replied to is a crook, not "you crook".
    words = re.sub(r"^(?i:you|u|ya)\s+(?=\S)", "", words)
    if not words:
        return None
    if len(words.split()) > DESCRIBED_WORDS:
        # "This from the man who had a restraining order taken out against him": the
        # description up to the imputation, cut short, beats the imputation's bare noun.
        upto = text[start:end].strip(" \"'“”‘’").split()
        if len(upto) > DESCRIBED_WORDS:
            return None
        words = " ".join(upto) + " ..."
    # "Says the paedophile" calls the person replied to a paedophile, not "the" one.
    return re.sub(r"^(?i:the)\s+(?=\S+(?:\s+\S+)?$)", "", words)


def _pointed_at(view: Canonical, match: re.Match[str], context: CommentContext | None) -> bool:
    """Whether a reply calls someone "the [label]" with no one named: "Oh look, the kiddie
    fiddler is back", "Listen to the groomer lecturing us"."""
    if context is None or not (context.parent_author or context.parent_is_owner):
        return False
    if len(match.group(0).split()) > 3 or _CLAUSE_WORDS.intersection(match.group(0).split()):
        return False
    return (
        _THE_LABEL.search(view.text, max(0, match.start() - 10), match.start()) is not None
        and _LABEL_ENDS.match(view.text, match.end()) is not None
    )


def _name_forms(name: str) -> list[str]:
    """Patterns for the ways a comment may write a configured person, in canonical text:
    as configured, without the title, and by surname alone ("Cllr Sarah Hughes", "sarah
    hughes", "hughes is a thief"), as people type in lowercase. A surname alone is not read
    after an article ("the moss on the path")."""
    spelled = " ".join(canonical(name).text.split())
    parts = _untitled(spelled)
    if not parts:
        return []  # "@@": nothing a comment could write
    forms = [rf"\b{re.escape(spelled)}\b"]
    if len(parts) > 1:
        forms.append(rf"\b{re.escape(' '.join(parts))}\b")
    if (len(parts) > 1 or parts[0] != spelled) and len(parts[-1]) >= 3:
        if parts[-1] in _NOT_A_SURNAME:
            return forms
        surname = re.escape(parts[-1])
        titles = "|".join(sorted(_CONFIGURED_TITLES))
        forms.append(rf"\b(?:{titles}) {surname}\b")  # "Cllr Hughes", quoted whole
        # "the Reids", "the Hughes family": her household, her among them.
        forms.append(rf"\bthe {surname}(?:s|es| family| household| clan)\b")
        # "dunmores son": a possessive typed without its apostrophe.
        forms.append(
            rf"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bsome )(?<!\bof )\b{surname}(?:\b|(?=s \w))"
        )
    return list(dict.fromkeys(forms))


def _untitled(spelled: str) -> list[str]:
    """The words of a configured name in canonical text, without its titles."""
    parts = spelled.split()
    while len(parts) > 1 and parts[0] in _CONFIGURED_TITLES:
        parts = parts[1:]
    return parts


def _first_name_form(name: str) -> str | None:
    """The pattern for a configured person's first name alone ("Kwame's a bit handsy": on
    their own page people call a councillor by first name), or None where it is too short
    or an everyday word too ("Mark", "Will")."""
    parts = _untitled(canonical(name).text)
    if len(parts) < 2 or len(parts[0]) < 3 or parts[0] in WORDS_AS_NAMES:
        return None
    return rf"(?<!\bthe )(?<!\ba )(?<!\ban )\b{re.escape(parts[0])}(?:\b|(?=s \w))"


def _article(label: str) -> str:
    return f"an {label}" if label[:1].lower() in "aeiou" else f"a {label}"


def _imputations(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every imputation in the canonical text, first in the text first."""
    found: list[tuple[str, re.Match[str]]] = []
    unknown: list[int] = []
    for kind, pattern in _IMPUTATIONS:
        for m in pattern.finditer(text):
            if _done_to_the_writer_or_by_nobody(text, m):
                unknown.append(m.start())
            else:
                found.append((kind, m))
    # "... conned by doorstep callers. Police are investigating": the police investigate
    # what was just told, done by no one named.
    found = [
        (kind, m)
        for kind, m in found
        if not (
            _INVESTIGATING_IT.fullmatch(m.group(0))
            and not _SOMEONE_AFTER.match(text, m.end())
            and any(at < m.start() for at in unknown)
        )
    ]
    return sorted(found, key=lambda item: item[1].start())


def _acts_on_a_name(
    view: Canonical, candidates: list[Candidate]
) -> list[tuple[str, re.Match[str]]]:
    """A violent or sexual act done to a person named right after it ("He assaulted Jane
    Smith", "Brynn Hartman killed Phil Hartman"), which the word lists, written for acts
    done to "his wife" or "a man", cannot see in lowercase text."""
    found = []
    for match in _ACT_ON.finditer(view.text):
        end = original_span(view, match.start(), match.end())[1]
        named = any(
            0 < start - end <= 2
            and (
                preference in _NAMED_PEOPLE
                or (
                    preference in (ROLE, SURNAME, OTHER)
                    and quote[:1].isupper()
                    and quote.split()[0].lower() not in _POINTING_WORDS
                    and first_name(quote.split()[0])
                )
            )
            for preference, start, _, quote in candidates
        )
        back = max(0, match.start() - LOOK_BACK)
        if (
            named
            and not _PASSIVE.search(view.text, back, match.start())
            and not _SELF.search(view.text, back, match.start())
            and not _OBJECT_IS_A_THING.match(view.original, end + 1)
            and not _ACT_ON_PLAY.search(view.original[slice(*sentence(view.original, end))].lower())
        ):
            kind = "sexual misconduct" if _SEXUAL_ACT.fullmatch(match.group(0)) else "violence"
            found.append((kind, match))
    return found


def _done_to(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` is who a wrong named as a noun or a verb was done to ("Racist
    abuse of the bus driver was caught on camera", "the attack on Cllr Reid", "the man who
    attacked Cllr Reid"), or the "you" of words quoted as someone's ("a letter saying 'you'll get a bullet'"): never the one accused."""
    preference, start, _, _ = candidate
    if _HARMED_BY.search(text, max(0, start - 30), start):
        return True  # "The man who attacked Cllr Reid has been jailed": she was attacked
    return _WRONG_TO.search(text, max(0, start - 40), start) is not None or (
        preference == YOU and _quotation(text, start) is not None
    )


def _owns_the_victim(text: str, start: int, end: int, candidate: Candidate) -> bool:
    """ "Your" inside the allegation before the person it was done to ("your kid being
    touched"): the reader is the victim's parent, not the accused."""
    preference, at, _, quote = candidate
    return (
        preference == YOU
        and start <= at < end
        and quote.lower() in ("your", "ur")
        and _VICTIM_AFTER_YOUR.match(text, at + len(quote)) is not None
    )


def _harmed(kind: str, text: str, start: int, end: int, candidate: Candidate) -> bool:
    """ "He" or "she" for the one an act of harm is done to ("the cops beat him up so he can
    wail", "all the men that touched her raped her"): the victim, not the accused, unless it
    is the subject just before the act ("she says he hit her" accuses "he"). "Police
    arrested him" is said of him."""
    preference, _, stop, quote = candidate
    if preference != PRONOUN or kind not in _HARMS or PUNISHED.match(text, start):
        return False
    victim = _HARMED_OBJECT.search(text, start, end) or _HARMED_AFTER.match(text, end)
    if victim is None or quote.lower() not in _SAME_PERSON[victim.group(1).lower()]:
        return False
    return not (
        stop <= start
        and quote.lower() in ("he", "she")
        and SUBJECT_GAP.fullmatch(text, stop, start) is not None
    )


def _doer_after(
    view: Canonical, match: re.Match[str], candidates: list[Candidate]
) -> tuple[int, str] | None:
    """The person named right after "by" or "at the hands of" ("abuse at the hands of Gary
    Smith"), or described by whose they are ("murdered by his ex"): who did it, not whoever
    suffered it earlier in the sentence."""
    if match.group(0).rstrip().endswith(" by"):  # "was beaten by her husband"
        after = match.end()
    elif (by := _BY_SOMEONE.match(view.text, match.end())) is not None:
        after = by.end()
    else:
        return None
    end = original_span(view, after, after + 1)[0]
    named = [c for c in candidates if c[0] <= SURNAME and 0 <= c[1] - end <= 2]
    if named:
        _, start, _, quote = named[0]
        if view.original[start + len(quote) :].startswith(("'s ", "’s ")):
            return None  # "harassed by Cllr Reid's canvassers": his canvassers did it
        return named[0][0], named[0][3]
    described = _WHOSE.match(view.text, after)
    if described:
        whose, _, who = described.group(0).partition(" ")
        if (whose == "their" and PLURAL.search(who)) or _OF_AN_INSTITUTION.fullmatch(" " + who):
            return None  # "wives raped by their husbands", "robbed by my government": no one
        return ROLE, described.group(0)
    # "I was raped by him": the man the comment is about.
    pronoun = _BY_PRONOUN.match(view.text, after)
    return (PRONOUN, pronoun.group(1)) if pronoun else None


def _suffered(text: str, match: re.Match[str]) -> bool:
    """Whether the wrong is told in the passive, as suffered ("was harassed", "got robbed",
    "Bike stolen outside Tesco": "stolen" with no "has" or "had" before it is done to
    something)."""
    back = max(0, match.start() - LOOK_BACK)
    if _STOLEN.match(match.group(0)) and not _PERFECT.search(text, back, match.start()):
        return True
    return bool(_PASSIVE.search(text, back, match.start()) and _VICTIM.match(match.group(0)))


def _suffered_from(text: str, match: re.Match[str]) -> bool:
    """A wrong told in the passive with "by" after it ("was harassed by"): the subject
    suffered it."""
    return _suffered(text, match) and _BY_SOMEONE.match(text, match.end()) is not None


def _done_to_the_writer_or_by_nobody(text: str, match: re.Match[str]) -> bool:
    """A wrong suffered with no one named as doing it ("I was sexually assaulted years ago",
    "to have your content stolen", "deserves to be violently attacked"), or the writer's
    own state ("I am so drunk"): an allegation against nobody identifiable."""
    back = max(0, match.start() - LOOK_BACK)
    if _SELF.search(text, back, match.start()):
        # "I was punched by Gary Hill" names who did it.
        return _BY_SOMEONE.match(text, match.end()) is None
    writer = _WRITER_DID.search(text, back, match.start()) is not None
    if writer and not _PASSIVE_START.match(match.group(0)):
        return True  # "I stole your dinner money": the writer's own act, told of no one else
    own_record = _WRITERS_RECORD.search(text, back, match.start()) is not None or (
        _OWN_PUNISHED.search(text, back, match.start()) is not None
        and _RECORD_WORD.match(match.group(0)) is not None
    )
    if (writer or own_record) and not match.group(0).rstrip().endswith(" by"):
        # "I was done for drink driving years ago", "I was arrested for fraud", "my own kid
        # got caught shoplifting when he was 9": the writer's own record, or their child's.
        return _BY_SOMEONE.match(text, match.end()) is None
    if match.start() == 0 and text.startswith("got ") and _MYSELF_AFTER.match(text, match.end()):
        return True  # "got done for 34 in a 30 myself": the writer, the subject left out
    if _WRITER_DID_TOO.search(text, back, match.start()) and not _PASSIVE_START.match(
        match.group(0)
    ):
        return True  # "I fucked up your car and stole your stereo": the writer again
    if _POSING_STRANGER.search(text, back, match.start()):
        return True  # "after a man posing as a water board worker stole her purse"
    if _SOMEONE_UNKNOWN_DOES.search(text, back, match.start()) and _DOES.match(text, match.end()):
        return True  # "A smuggler explains how he helped fighters": someone unnamed
    if (
        _VICTIM.match(match.group(0))
        and _MADE_TO_SUFFER.search(text, max(0, match.start() - 40), match.start())
        and _NO_OBJECT.match(text, match.end())
    ):
        # "we need to get this guy raped in his cell", "they want your children raped": he
        # would suffer it ("I wish he robbed banks" has him do it).
        return True
    sent = _SENT_BY_NOBODY.search(text, back, match.start())
    if (
        sent is not None
        and _TELLING.match(match.group(0))
        and not _SENDS.search(text, max(0, sent.start() - 40), sent.start())
    ):
        return True  # "an email she received calling her a ...": whoever sent it, unnamed
    if _SOMEONE_THEN.search(text, back, match.start()) and (
        _TELLING.match(match.group(0)) or text.endswith(" and ", 0, match.start())
    ):
        return True  # "Someone spat at my wife and called her ...": someone unnamed again
    if (
        _SOMEONES.search(text, back, match.start())
        and _SUFFERED_ACT.fullmatch(match.group(0))
        and not _DOER_NAMED_AFTER.match(text, match.end())
    ):
        return True  # "don't make jokes about her sexual assault": done to her, by no one named
    charged = _CHARGED_WITH.search(text, max(0, match.start() - 40), match.start())
    if charged is not None and _ANYONE_DID.search(
        text, max(0, charged.start() - LOOK_BACK), charged.start()
    ):
        return True  # "a 34 year old man has been charged with burglary": the same stranger
    if _HEADLINE_SOMEONE.search(text, 0, match.start()):
        return True  # "Local man given a restraining order after ...": a report of a stranger
    if _PEOPLE_KEEP.search(text, back, match.start()):
        return True  # "tourists keep nicking the signs": whoever does, nobody in particular
    if _UNKNOWN_PERSON_LABEL.fullmatch(match.group(0)) and (
        _DONE_TO_A.search(text, max(0, match.start() - 30), match.start())
        or (
            _WITH_THAT.search(text, max(0, match.start() - 30), match.start())
            and _UNNAMED_AFTER.match(text, match.end())
        )
    ):
        # "our staffie would lick a burglar to death", "calm as you like with that
        # shoplifter": any burglar, a shoplifter unnamed
        return True
    if _CALLED_THE_WRITER.search(text, back, match.start()):
        return True  # "He called me a thief", "you accused me of vandalism": the writer's
    if _UNKNOWN_BEFORE.search(text, back, match.start()) and _UNKNOWN_PERSON.match(
        text, match.end()
    ):
        return True  # "a drunk driver crashed into the bollards": nobody in particular
    if (
        (
            _ANYONE_DID.search(text, back, match.start())
            or _GANG_DID.search(text, back, match.start())
        )
        and not _PASSIVE_START.match(match.group(0))
        and not text.startswith(" by ", match.end())  # "a woman raped by her husband"
    ):
        # "a drunk fan stole his hat", "every time a man raped me", "the thugs who attacked
        # your son": nobody known
        return True
    return _suffered(text, match) and _BY_SOMEONE.match(text, match.end()) is None


def _about_a_thing(view: Canonical, match: re.Match[str], candidates: list[Candidate]) -> bool:
    """Whether the imputation is the predicate of a thing ("the cuts are criminal") rather
    than of a person ("Cllr Moss is corrupt", "he is a thief")."""
    if _WORD_MENTIONED.match(view.text, match.end()) or view.text.endswith(
        "the word ", 0, match.start()
    ):
        return True  # "corrupt is a strong word but ...": the word talked about
    if match.group(0) == "criminal":
        at, end = original_span(view, match.start(), match.end())
        first, last = sentence(view.original, at)
        alone = not view.original[first:at].strip(" \"'“‘") and not view.original[
            end : last + 1
        ].strip(" .!?\"'”’")
        if alone and not any(c[0] in (CONFIGURED, NAMED, NAME, HANDLE) for c in candidates):
            # "the chief exec on £190k while they close the day centre. criminal.": a verdict
            # on what was just told, with no one named who did a crime.
            return True
    copula = _COPULA_BEFORE.search(view.text, max(0, match.start() - LOOK_BACK), match.start())
    while copula is not None and not _PREDICATE.match(view.text, copula.end(1) + 1):
        # "Cllr Reid's policies are criminal": the owner's "'s" is no copula; read on.
        copula = _COPULA_BEFORE.search(view.text, copula.end(1) + 1, match.start())
    if copula is None or _ALLEGED_AGAINST.match(view.text, match.end()):
        return False  # "there are fraud allegations against Cllr Reid": said of her
    if copula.group(1) in _PERSON_WORDS:
        return False
    predicate = view.text[copula.end(1) + 1 :]
    if copula.group(1) in _POINTING and not _HYPERBOLE_PREDICATE.match(predicate):
        return False  # "he moved the grant to his brother, it's fraud": about what he did
    subject = view.text[max(0, copula.start(1) - 40) : copula.end(1)].split()[-6:]
    if _PASTIMES.intersection(subject) and _HYPERBOLE_PREDICATE.match(predicate):
        return True  # "Cllr Hussain's karaoke at the fundraiser was criminal": a joke
    if _DECISIONS.intersection(subject) and _HYPERBOLE_PREDICATE.match(predicate):
        return True  # "Cllr Reid's policies are criminal": a verdict on decisions
    if (
        _sentence_of(view, match)
        and _OWNED.intersection(subject)
        and not _ACTS.intersection(subject)
    ):
        return False  # "the councillor's company is a fraud", "his charity is a scam"
    doer = _doer_after(view, match, candidates)
    if doer is not None and doer[0] in _NAMED_PEOPLE:
        return False  # "the whole thing is a scam by Cllr Jones": his scam
    subject_end = original_span(view, copula.start(1), copula.end(1))[1]
    return not any(
        preference < OTHER
        and preference not in (SURNAME, FIRST_WORD)
        # "Cllr Dale's corruption": the name's own "'s" is no copula.
        and (
            abs(end - subject_end) <= 1
            or view.original[subject_end:end] in ("'s", "’s")
            # "The PCSO on the Kittiwake beat is bent": the person, placed.
            or (end < subject_end and pinned_end(view.original, end, subject_end) == subject_end)
        )
        for preference, _, end, _ in candidates
    )


def _a_stranger(view: Canonical, match: re.Match[str], candidates: list[Candidate]) -> bool:
    """Whether the imputation is a label opening its sentence as the subject, for someone
    unnamed: "The burglar who broke into the school was caught, thanks to Cllr Reid's
    campaign". Not when the comment goes on to name them ("The thief is Gary Smith")."""
    if not _PERSON_LABEL.fullmatch(match.group(0)):
        return False
    at, end = original_span(view, match.start(), match.end())
    first, _ = sentence(view.original, at)
    # "The burglar who broke in was caught", or "I wrote to Cllr Smith about the thief who
    # stole my bike": someone known only by what they did.
    opens = _LABEL_OPENS.fullmatch(view.original, first, at) and _LABEL_IS_SUBJECT.match(
        view.original, end
    )
    told_apart = _LABEL_AS_OBJECT.search(view.original, first, at) and _WHO_DID.match(
        view.original, end
    )
    # "A thief stole the charity box": someone, known only by what they did then.
    one_did = _A_LABEL_OPENS.fullmatch(view.original, first, at) and _LABEL_DID.match(
        view.original, end
    )
    # "welcomed the conviction of the Mill Lane arsonist": whom a court dealt with, unnamed.
    tried = _TRIED.search(view.original, first, at)
    # "held the door shut while the shoplifter waited for the police", "after a rogue builder
    # took his deposit": the label opens a clause of its own, as its subject.
    own_clause = _CLAUSE_OPENS.search(view.original, first, at) and (
        _LABEL_IS_SUBJECT.match(view.original, end) or _PAST_VERB.match(view.original, end)
    )
    # "kept the scammer talking for 40 minutes": whoever rang, kept busy.
    kept_busy = _KEPT.search(view.original, first, at) and _BUSY.match(view.original, end)
    if not (opens or told_apart or one_did or tried or own_clause or kept_busy):
        return False
    return not _named_later(view.original, end, candidates)


def _label_of_another(
    view: Canonical, match: re.Match[str], at: int, end: int, candidate: Candidate
) -> bool:
    """Whether a label for a person, at ``at`` to ``end``, names someone other than
    ``candidate``: the label is whom the candidate acts on ("she's going to torture the
    murderer", "Cllr Reid voted with the crooks"), or a crowd where the candidate is one
    person ("he loves films about gangsters and thieves"). Not when the label is said of
    the candidate ("he is a thief", "you're nothing but a crook", "called him a liar"), when
    the candidate stands by the one labelled ("defended a known paedo"), or when the label
    names a thing ("a member of a paedophile ring", "took a backhander")."""
    label, text = match.group(0), view.original
    if (
        not _PERSON_LABEL.fullmatch(label)
        or bare(label.split()[-1]) in _LABELS_NOT_PEOPLE
        # "a paedophile ring", "a fraud investigation", "the sex offenders register"
        or any(
            after.match(view.text, match.end())
            for after in (_GANG_AFTER, _TOPIC_AFTER, _ALLEGED, _LISTED_AFTER)
        )
    ):
        return False
    before = text[sentence(text, at)[0] : at]
    if (
        candidate[2] <= at
        and (object_of := _LABEL_OF_ANOTHER.search(before)) is not None
        and not _LABEL_SAID_OF.search(before)
        and not _STANDS_BY.search(before)
        # "Anthony Weiner the paedophile": the name, then what he is.
        and text[candidate[2] : at - len(before) + object_of.start(1)].strip(" ,")
    ):
        return True
    if (
        candidate[2] <= at
        and _THAT_LABEL.search(before)
        and not _LABEL_SAID_OF.search(before)
        and _FULL_NAME_NEXT.match(text, end) is not None
    ):
        return True  # "after that crook Dave Smith took it": Smith's label, not the subject's
    # "thieves" is never "he" or "this woman": one person is not a crowd, unless named with
    # others ("he and his mates are thieves"). _a_crowd_unnamed sets a plural label aside
    # when no one in its sentence is linked to it at all; this drops the one person only.
    if _PLURAL_LABEL.fullmatch(label.split()[-1]) is None:
        return False
    next_to = candidate[2] <= at and not text[candidate[2] : at].strip()
    if candidate[0] == PRONOUN:
        # "He murders people": a verb; "thieves ... his whole shelf": his, after the crowd.
        one = not next_to and (
            candidate[3].lower() in _ONE_PERSON
            or (candidate[1] >= end and candidate[3].lower() in ("his", "hers"))
        )
    elif next_to:
        return True  # "protecting Hollywood sexual predators": which crowd, not who
    else:
        one = candidate[0] == ROLE and _ONE_OF_A_ROLE.search(candidate[3]) is not None
    return one and not (candidate[2] <= at and _WITH_OTHERS.match(text, candidate[2], at))


def _done_by_a_stranger(view: Canonical, match: re.Match[str], candidates: list[Candidate]) -> bool:
    """Whether the act is told of someone nobody can pick out: an indefinite subject just
    before it ("Someone tried to set fire to the scout hut", "kids setting fire to the
    bins"), or an indefinite label after "by" or a punishment ("conned by a cowboy builder",
    "killed by a drunk driver", "prosecuted a rogue trader"). Not when a person is named
    between the sentence's start and the act ("Cllr Reid and some lads set fire to it"),
    unless the words just before the act say plainly who did it: the label someone caught,
    stopped or was harmed by ("Cllr Reid helped catch the burglar", "her nephew was killed
    by a drink driver"), or "whoever" ("Thanks Cllr Hughes, I hope they catch whoever ...")."""
    at, _ = original_span(view, match.start(), match.end())
    first, last = sentence(view.original, at)
    before = view.original[first:at]
    if _a_small_group_does_it(view.original, at, candidates):
        return False  # "The four American swimmers lied": few, and each of them known
    if _INDEFINITE_PUNISHED.search(before):
        return True  # "When Cllr Reid was a teacher she reported a colleague for hitting a child"
    caught = (
        _INDEFINITE_AGENT.search(before)
        or _CAUGHT_THE.search(before)
        or _CAUGHT_SOMEONE.search(before)
    )
    if caught and not _NAMED_AFTER.match(
        view.original, original_span(view, match.start(), match.end())[1]
    ):
        # "her nephew was killed by a drink driver", "Cllr Reid helped catch the burglar",
        # "the lass who stopped the shoplifter": the label is who was caught, whoever is
        # named before (not "police caught the fraudster Cllr Reid").
        return True
    if _WHOEVER.search(before) and not _WHOEVER_IS.search(view.original, at, last):
        # "Thanks Cllr Hughes, hopefully the camera catches whoever keeps setting fire to
        # the bins": the doer is unknown, whoever else is named (not "Whoever stole the
        # charity box is Cllr Reid's son").
        return True
    if not (
        _INDEFINITE_SUBJECT.search(before)
        # "someone's nicked the flowers": "has" typed as "'s" (not "someone's pockets are
        # being lined", whose pockets they are).
        or (_SOMEONE_HAS.search(before) and _PARTICIPLE.match(view.original, at))
        or _INDEFINITE_AGENT.search(before)
        or _INDEFINITE_CONVICTED.search(before)
        or _PLURAL_SUBJECT.search(before)
    ):
        return False
    return not any(c[0] in _NAMES_SOMEONE and first <= c[1] and c[2] <= at for c in candidates)


def _a_strangers_pronoun(
    text: str, candidates: list[Candidate], target: tuple[int, str], at: int
) -> bool:
    """Whether the pronoun the allegation is pinned on stands for someone nobody can pick
    out, introduced before it with no one named between: "A man knocked on my door saying
    he was from the council. He took £200 cash", "Some lad tried the car doors. He stole a
    bag"; or, after the act, for the stranger it was done to: "police have arrested a
    19-year-old from out of town and he's on bail". ``at`` is the allegation's offset in
    the original text, as the candidates' are."""
    if target[0] != PRONOUN:
        return False
    said = [c for c in candidates if c[0] == PRONOUN and c[3] == target[1]]
    if not said:
        return False
    before = [c for c in said if c[1] <= at]
    if before:
        pronoun = before[-1][1]
        strangers = list(_STRANGER_MENTION.finditer(text, max(0, pronoun - 300), pronoun))
    else:
        # Only the act's own object: not a stranger told of later ("... assaulted women.
        # ... a man who can't admit he raped ...").
        pronoun = said[0][1]
        strangers = list(_STRANGER_MENTION.finditer(text, at, min(pronoun, at + _OBJECT_REACH)))
    if not strangers:
        return False
    # "a sexual abuse victim of a white man ... she concocted": not him.
    other = _MEN if bare(target[1]) in ("she", "her", "herself") else _WOMEN
    if other.search(strangers[-1].group(0)):
        return False
    since = strangers[-1].end()
    return not any(c[0] <= SURNAME and since <= c[1] < pronoun for c in candidates)


def _known_by_the_act(view: Canonical, match: re.Match[str], candidates: list[Candidate]) -> bool:
    """Whether the act is told of someone known only by it, in a report of them being caught
    or dealt with: "The lad who nicked my bike has been caught", "The bloke who burgled us
    got 3 years", "Cllr Reid reported the man who was harassing women". Not when the
    sentence goes on to name them ("... was Gary Smith")."""
    at, end = original_span(view, match.start(), match.end())
    first, last = sentence(view.original, at)
    one = _ONE_WHO.search(view.original, first, at)
    if one is None or not (one.group("did") is not None or _DEALT_WITH.match(view.original, at)):
        # "The woman who ran over a cyclist on Marsh Road has been banned from driving": the
        # charge is what befell her.
        return False
    found = _FOUND_SOMEONE.search(view.original, first, one.start()) is not None
    opens = (
        found
        or not view.original[first : one.start()].strip(" \t\n\"'“‘([-–—,")
        # "Cllr Reid, the lad who mugged my son got 18 months": said to someone first.
        or _LEADING_VOCATIVE.fullmatch(view.original, first, one.start()) is not None
        # "Just seen on Look North that the man who ...", "Glad to hear the lad who ...",
        # "Great news that the man who ...".
        or _NEWS_LEAD_IN.fullmatch(view.original, first, one.start()) is not None
        # "stood up in court against the man who robbed her": the one it was done to
        # speaks of them, unnamed.
        or _AGAINST_ONE.search(view.original, first, one.start()) is not None
    )
    # "... against the man who robbed her. He got 4 years.": the next sentence may tell it.
    pronoun = _PRONOUN_OPENS.match(view.original, last)
    after = sentence(view.original, pronoun.end())[1] if pronoun else last
    dealt_with = (
        found
        or _DEALT_WITH.search(view.original, at, after) is not None
        or _GENERIC_VERDICT.search(view.original, end, last) is not None  # "wants locking up"
    )
    return opens and dealt_with and not _named_later(view.original, end, candidates)


def _named_later(text: str, end: int, candidates: list[Candidate]) -> bool:
    """Whether the comment names, after ``end``, the stranger just told of: "The thief who
    stole my bike is Gary Smith", "... has been caught. His name is Kyle Jones"."""
    return any(end <= c[1] and _NAMED_AS.search(text, max(0, c[1] - 12), c[1]) for c in candidates)


def _sentence_of(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the words before the imputation's copula lie in its own sentence."""
    at = original_span(view, match.start(), match.end())[0]
    start, _ = sentence(view.original, at)
    return start < at


def _a_crowd_unnamed(
    view: Canonical, match: re.Match[str], at: int, candidates: list[Candidate]
) -> bool:
    """Whether the imputation is a plural label said of no one in its sentence:
    "governmental crooks, legislature crooks", "thanks for getting the fraudsters in front
    of a judge, Cllr Reid". Whoever is named is not them unless the sentence links them
    ("Cllr Reid and his mates are crooks", "one of the crooks", "crooks like Cllr Reid"),
    and a reply that is nothing but the label ("Thieves!") is said to whoever it answers;
    the whole-comment model may still read who is meant."""
    if not _PLURAL_PERSON.fullmatch(match.group(0).rstrip(" !?.,").lower()):
        return False
    if _bare_label(view.text, match):
        return False
    text = view.original
    start, end = sentence(text, at)
    label_end = at + len(match.group(0).rstrip(" !?.,"))
    for c in candidates:
        if c[2] <= at and THEY_RESUME.fullmatch(text, c[2], at):
            return False  # "Avoid Hallam Plumbing. They are scammers."
        if not start <= c[1] < end:
            continue
        if c[2] <= at:
            gap = text[c[2] : at]
            # "Cllr Reid and his mates are crooks", "you crooks", "one of the crooks".
            if not gap.strip() or _PLURAL_LINK.search(gap):
                return False
        elif _PLURAL_AFTER.match(text, label_end, c[1]):
            return False  # "crooks like Cllr Reid", "Crooks, Cllr Reid and Cllr Smith"
    # "Jared Kushner left a company off his disclosure form. Con men and grifters.": a
    # sentence of labels alone, after one that opens with the person it is about, or that
    # names a firm ("Never use Hallam Plumbing. Cowboys, absolute con men."), and tells of
    # no other people ("Cllr Reid got the burglars sentenced. Thieves!").
    if start > 0 and end - start <= 120 and _LABELS_ONLY.fullmatch(text[start:end].lower()):
        before = text[:start].rstrip().rstrip(".!?…").rstrip()  # past a blank line too
        first, last = sentence(text, max(0, len(before) - 1))
        opens = first + len(text[first:last]) - len(text[first:last].lstrip(" \n\"'“‘"))
        about = [
            c
            for c in candidates
            if (c[0] in _NAMES_SOMEONE and c[1] == opens)
            or (c[0] == OTHER and first <= c[1] < last and a_firm(c[3]))
        ]
        firms = [c[2] for c in about if c[0] == OTHER]
        # "Dont use Tideway Roofing, they took £4k off my nan": "they" is the firm.
        said = text[first:last].lower()
        others = [
            m
            for m in _OTHER_PEOPLE.finditer(said)
            if not (
                m.group(0) in ("they", "them")
                and any(THEY_RESUME.fullmatch(text, end, first + m.end() + 1) for end in firms)
            )
        ]
        return not about or bool(others)
    # "thank you for getting the fraudsters in front of a judge": others, not Cllr Reid.
    return True


# People by what they do, in the plural: "thieves", "drug dealers", "con men" (not
# "backhanders" or "murders", which are what is done).
_PLURAL_PERSON = re.compile(
    rf"(?:[\w'’-]+ )?(?:(?:{PERSON_LABELS})s|thieves|con ?men|burglars|dealers|sharks|gangsters"
    r"|predators|murderers|killers|vandals|yobs|hooligans|(?:con|scam|piss) artists|grifters"
    r"|cowboys|robbers|muggers|looters|crooks|tax[ -]?(?:dodgers|evaders|avoiders|cheats))"
)
_LABELS_ONLY = re.compile(
    r"(?:[\s,.!?;:&…-]+|(?:and|or|absolute|complete|total|utter|just|nothing but|a bunch of"
    rf"|a pack of|the lot of them|all of them)\b|{_PLURAL_PERSON.pattern})+"
)
# Other people told of ("Cllr Reid voted with the Greens again. Liars, the lot of them.").
_OTHER_PEOPLE = re.compile(
    rf"\b(?:they|them|those|these|the (?:\w+ )?\w+(?:s|men|people)|{_PLURAL_PERSON.pattern})\b"
)
_PLURAL_LINK = re.compile(
    r"\b(?i:and|are|were|re|one of|among|amongst|along with|with (?:his|her|their)|lot|gang"
    r"|mates|cronies|pals|family|all|both|these|those)\b|['’]s\s*$"
)
_PLURAL_AFTER = re.compile(
    r"[\s,:;!-]*(?:(?i:like|such as|the likes of|including|the lot of|all of|every one of"
    r"|each of|both of)\s+)?"
    # "Thieves, the lot of them at Hallam Homes"
    r"(?:(?i:the lot of|all of|every one of|each of)\s+(?i:them|em)\s+(?i:at|in|from|on)\s+)?$"
)


def _a_group(view: Canonical, match: re.Match[str], candidates: list[Candidate]) -> bool:
    """Whether the imputation is said of a whole group ("Every X is a ...", "they're all",
    "the Chinese are thieves", "Republicans were lying")."""
    at, charge_end = original_span(view, match.start(), match.end())
    if _a_small_group_does_it(view.original, at, candidates):
        return False  # "All three ward councillors took bribes": each of them is accused
    start, end = sentence(view.original, at)
    said = view.original[start:end].lower()
    group = _GROUP.search(said)
    # Not "Every resident knows Cllr Reid is a crook" (who knows, not who did) or "Every
    # week Cllr Reid fiddles his expenses" (when).
    if group is not None and not _GROUP_KNOWS.match(said) and not _WHEN.match(said):
        named = any(
            c[0] in _NAMES_SOMEONE and start <= c[1] < at and c[2] <= at for c in candidates
        )
        if not (named and start + group.start() >= charge_end) and not _named_all(
            said, group, start, candidates
        ):
            return True  # but "Cllr Reid took bribes and his mates are all in on it" names him
    if _GANG_AFTER.match(view.text, match.end()) and not _IN_THE_GANG.search(
        view.text, max(0, match.start() - 40), match.start()
    ):
        return True  # "children raped by grooming gangs": not "he ran a grooming gang"
    if sentence_start(view.original, at) and _GENERIC_PLURAL.fullmatch(match.group(0)):
        # "Tax dodgers should pay their share", "Scammers deserve jail": said of everyone
        # who does it.
        return _GENERIC_PREDICATE.match(view.text, match.end()) is not None
    if _PEOPLE_AFTER.match(view.text, match.end()) and not (
        _VICTIM.fullmatch(match.group(0)) or _VICTIM_NOW.fullmatch(match.group(0))
    ):
        # But "he murdered people", "she scams people": they are who it was done to.
        return True
    if _COLLECTIVE.search(view.text, max(0, match.start() - 60), match.start()):
        return True  # "your pack of trolls, thieves and other sickos"
    if _ANYONE_WHO.search(view.text, max(0, match.start() - 60), match.start()):
        return True  # "how low do you have to be to steal from a food bank": whoever does
    generic = _GENERIC_WHO.search(view.text, max(0, match.start() - 60), match.start())
    if (
        generic is not None
        and (generic.group("who") or _FOUND_OUT.match(match.group(0)))
        and _GENERIC_VERDICT.search(view.original, charge_end, end)
    ):
        # "A councillor who steals should go to jail", "any official caught taking bribes
        # should be barred": whoever does it.
        return True
    if _YOU_GROUP.search(view.text, max(0, match.start() - 60), match.start()):
        return True  # "you muslims raped ...", "plenty of you lefties are thieves": a group
    if _PLURAL_LABEL.fullmatch(match.group(0)) and _ATTRIBUTIVE.search(
        view.original, max(0, at - 30), at
    ):
        return True  # "Alaskan Bush robbers", "Tory crooks": a kind of people, no one's name
    if _PLURAL_LABEL.fullmatch(match.group(0)) and _ALL_OF_A_KIND.search(
        view.text, max(0, match.start() - 40), match.start()
    ):
        return True  # "God's wrath upon all tyrants, human traffickers and ...": every one
    if (
        _PLURAL_LABEL.fullmatch(match.group(0)) or _A_KIND_CONVICTED.match(view.text, match.start())
    ) and _ENFORCED_ON.search(view.text, max(0, match.start() - 30), match.start()):
        # "as a police officer she arrested drug dealers", "the deportation of convicted
        # terrorists": those people
        return True
    return _GROUP_SUBJECT.search(view.text, max(0, match.start() - 60), match.start()) is not None


def _named_all(said: str, group: re.Match[str], start: int, candidates: list[Candidate]) -> bool:
    """Whether "are all" gathers the people named just before it ("Cllr Reid and Cllr Smith
    are all crooks"): each of them is accused, no group. ``said`` is the lowercased sentence
    that opens at original offset ``start``."""
    if not _FLOATING_ALL.fullmatch(group.group(0)):
        return False
    rest = said[: group.start()]
    named = False
    for preference, at, end, _ in candidates:
        if preference in _NAMES_SOMEONE and start <= at and end <= start + group.start():
            rest = rest[: at - start] + " " * (end - at) + rest[end - start :]
            named = True
    return named and _ONLY_JOINED.fullmatch(rest) is not None


def _a_small_group_does_it(text: str, at: int, candidates: list[Candidate]) -> bool:
    """Whether a group small enough for each member to be known ("the three Labour
    councillors", "both ward councillors", "the planning committee") is the subject of the
    imputation at original offset ``at``: in its sentence, before it, with only a clause
    about the group or a few words between."""
    first, _ = sentence(text, at)
    return any(
        preference == ROLE
        and SMALL_GROUP.fullmatch(quote) is not None
        and first <= start
        and end <= at
        and _GROUP_TO_ACT.fullmatch(text, end, at) is not None
        for preference, start, end, quote in candidates
    )


def _hashtag_kind(tag: str) -> str | None:
    """The imputation a hashtag makes, if any: "#CorruptCouncillor", "#liarmayor"."""
    spelled = " ".join(_TAG_WORD.findall(tag)).lower()
    for kind, pattern in _IMPUTATIONS:
        if pattern.search(spelled):
            return kind
    return next((kind for stem, kind in _JOINED_TAG.items() if stem in tag.lower()), None)


def _hashtag_person(tag: str) -> str | None:
    """Who a hashtag names: the office and the name after it ("#CllrReidIsACrook": "Cllr
    Reid"), or the office alone ("#CorruptCouncillor": "the councillor in the hashtag"),
    or None."""
    words = _TAG_WORD.findall(tag)
    lower = [word.lower() for word in words]
    if len(words) == 1:  # all lowercase: look inside it
        office = next((w for w in ("councillor", "cllr", "mayor") if w in tag.lower()), None)
        return None if office is None else f"the {office} in the hashtag"
    at = next((i for i, word in enumerate(lower) if word in _TAG_PERSON), None)
    if at is None:
        # "#LyingLaura", "#BentBoris": a charge and then a first name ("#GroomingGangs",
        # "#LyingSkank" and "#LyingLabour" name no one).
        last: str = words[-1]
        if (
            len(words) == 2
            and last[:1].isupper()
            and last[1:].islower()
            and first_name(last)
            and lower[-1] not in _TAG_NOT_NAMES | NOT_NAMES | _TAG_GROUPS
            and _hashtag_kind(last) is None  # "#FemFrauds": the charge again, no name
            and not no_one(last)  # "#CorruptAmerica": a country
        ):
            return last
        return None
    after = words[at + 1] if at + 1 < len(words) else ""
    if after[:1].isupper() and len(after) > 1 and after.lower() not in _TAG_NOT_NAMES:
        return f"{words[at]} {after}"
    return f"the {lower[at]} in the hashtag"


def _name_tag(tag: str) -> str | None:
    """A hashtag that is a person's name, "#BrandonRook" or "#brandonrook": a first name and
    at least three more letters."""
    words = _TAG_WORD.findall(tag)
    if (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and all(w.lower() in _TAG_NOT_NAMES for w in words[1:])
    ):
        # "#ReidOut", "#ReidMustGo": the person a campaign tag is against.
        name = words[0]
        return name if first_name(name) and name.lower() not in _TAG_GROUPS | NOT_NAMES else None
    if len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words):
        return " ".join(words) if first_name(words[0]) else None
    if len(words) != 1 or not tag.isalpha() or not tag.islower():
        return None
    for cut in range(len(tag) - 3, 3, -1):  # the longest first name: "brandon", not "bran"
        if first_name(tag[:cut]) and bare(tag[cut:]) not in NOT_NAMES:
            return f"#{tag}"
    return None


def _institution_subject(
    view: Canonical, match: re.Match[str], candidates: list[Candidate]
) -> bool:
    """Whether a party, council or government is the subject of the imputation, and not
    part of a person's description ("the chair of the parish council")."""
    institution = _INSTITUTION_SUBJECT.search(view.text[: match.start()])
    if institution is None:
        return False
    if _IN_RELATIVE.search(view.text, max(0, institution.start() - 40), institution.start()):
        return False  # "the reporter who covers the council has been paid off": the reporter
    at = original_span(view, institution.start(), institution.end())[0]
    if any(
        preference < YOU and _POST_IN.fullmatch(view.original, end, at)
        for preference, _, end, _ in candidates
    ):
        # "The clerk to the parish council faked the minutes", "Mark Jennings from the parish
        # council hits his wife": the person did.
        return False
    imputation_at = original_span(view, match.start(), match.end())[0]
    if sentence(view.original, imputation_at)[0] > at:
        return False  # "He chairs the highways committee. Never declared."
    return not any(
        preference < YOU and start <= at < end for preference, start, end, _ in candidates
    )


def _long_ago(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the sentence of the imputation tells history: a year before 1900, a century
    or an age long gone ("hanged for sheep stealing in 1790", "a Victorian workhouse master
    who beat the children"). The people in it are long dead, and the dead cannot be
    libelled."""
    at = original_span(view, match.start(), match.end())[0]
    start, end = sentence(view.original, at)
    return _LONG_AGO.search(view.original, start, end) is not None


def _a_topic(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the name of an offence is talked about as a subject ("corruption in
    politics", "sexual assault claims") rather than laid at someone's door ("guilty of
    fraud", "his corruption", "committed perjury", "this is fraud"). A sentence that opens
    with it is a verdict on what the comment has just described ("Fraud, plain and simple")."""
    text = view.text
    if (
        match.group(0).split()[0].endswith("ing")
        and _IS_AN_OFFENCE.match(text, match.end())
        and sentence_start(view.original, original_span(view, *match.span())[0])
    ):
        return True  # "Lying to the FBI is a crime": the law, of no one
    if _SOLVED.search(text, max(0, match.start() - 20), match.start()):
        return True  # "Poirot had less trouble solving murders": the crimes others commit
    if not _OFFENCE_NOUN.fullmatch(match.group(0)):
        return False
    if _OFFENDERS_AFTER.match(text, match.end()):
        return False  # "two suspended child grooming taxi drivers": the drivers did it
    if _ALLEGED_AGAINST.match(text, match.end()) or (
        _ALLEGED.match(text, match.end())
        and _FACES.search(text, max(0, match.start() - 40), match.start())
    ):
        # "fraud allegations against Cllr Reid", "Cllr Reid faces sexual assault
        # allegations", "faces a fraud investigation": said of her, as an allegation.
        return False
    if _TOPIC_AFTER.match(text, match.end()) or _TOPIC_BEFORE.search(
        text, max(0, match.start() - 30), match.start()
    ):
        # "homicide rates", "the fraud squad", "corruption statistics", "the conviction rate
        # for fraud"
        return True
    if _SUFFERED.search(text, max(0, match.start() - 40), match.start()):
        return True  # "the victim of a fraud", "exposed the fraud": done to them, or by others
    start, end = original_span(view, match.start(), match.end())
    if _VERDICT_END.match(view.original, end) and (
        sentence_start(view.original, start) or _named_kind(view.original, start, end)
    ):
        return False
    if _CALLED_IT.search(text, max(0, match.start() - 20), match.start()):
        return False  # "... and the rest of us pay double? Thats called corruption"
    before = text[max(0, match.start() - 40) : match.start()].split()[-3:]
    if before[-1:] == ["that"] and len(before) > 1 and before[-2] in _SAID_THAT:
        before = []  # "Cllr Reid reminded us that drink driving ruins lives": a clause opens
    if before and (before[-1] in _LINK_BEFORE or _LINK_NEAR.intersection(before)):
        return False
    if before and before[-1] in _DOING and match.group(0).endswith("ing"):
        return False  # "the mayor's been drink driving again": doing it
    if (
        _A_LABEL.intersection(before[-2:])
        and _COPULA.intersection(before)
        and not _POINTING.intersection(before)
    ):
        return False  # "he is a fraud", "she's an utter fraud": a label for the person
    return _LINK_AFTER.match(text, match.end()) is None


def _named_kind(text: str, at: int, end: int) -> bool:
    """Whether the sentence before ``at`` is a word or two naming the kind of offence that
    ends at ``end`` ("Classic catchment fraud.", "Safeguarding cover up."): still a verdict.
    Asked, it is a topic ("Climate change? Wall Street fraud? Gun control?")."""
    if text[end:].lstrip().startswith("?"):
        return False
    words = text[sentence(text, at)[0] : at].split()
    return 0 < len(words) <= 2 and all(
        word.isalpha() and word.lower() not in _NOT_A_VERDICT_WORD for word in words
    )


def _hypothetical(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the imputation is supposed, wished or foretold rather than told as what
    happened: inside an "if" clause ("if the driver was texting, he should be charged"), or
    under "would", "will" or "should" ("I'd beat her", "he should be charged with ...").
    "Might have", "must have" and "could be" are hedged allegations, not hypotheses."""
    if _MODAL.search(view.text, max(0, match.start() - LOOK_BACK), match.start()):
        return True
    if _WISH.search(view.text, max(0, match.start() - LOOK_BACK), match.start()):
        return True
    if _PROPOSAL.search(view.text, max(0, match.start() - 60), match.start()):
        return True  # "can we just crowdfund a hitman": someone proposed, no one accused
    at = original_span(view, match.start(), match.end())[0]
    if _IMPERATIVE.match(match.group(0)) and (
        sentence_start(view.original, at)
        or _AFTER_A_COMMAND.search(view.text, 0, match.start())
        or _VOCATIVE.fullmatch(view.original, sentence(view.original, at)[0], at)
    ):
        return True  # "Slash his tyres, smash his windows": a command, not what he did
    start, _ = sentence(view.original, at)
    clause = view.original[start:at].lower()
    conditions = [m.end() for m in _CONDITION.finditer(clause)]
    conditions += [m.end() for m in _INVERTED_CONDITION.finditer(clause)]
    conditions += [m.end() for m in _UNTIL.finditer(clause)]
    # The verb after "before he" may be the imputation itself: read on to see its tense.
    ahead = view.original[start : at + 20].lower()
    conditions += [m.end() for m in _BEFORE.finditer(ahead) if m.end() <= len(clause)]
    conditions.sort()
    if not conditions:
        return False
    if _CLAUSE_END.search(clause, conditions[-1]) is None:
        return True
    # "If they give the contract to his brother, then it's corrupt": the main clause of a
    # sentence that opens with a condition holds only on that condition. "If you ask me,
    # he's a crook" and "if you didn't know, he was convicted" assert it all the same.
    # "If she had been topless, he wouldn't have grabbed her?" takes the grab as given.
    opening = _OPENING_CONDITION.match(clause)
    return (
        opening is not None
        and _SPEECH_CONDITION.match(clause, opening.end()) is None
        and _GIVEN.search(view.text, max(0, match.start() - 40), match.start()) is None
    )


def _negated(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the imputation is denied in its own clause: "he is not a thief", "she never
    took a bribe", "he didn't steal it", "found not guilty of fraud". Not so where the
    negation affirms ("not only did he steal", "not just a liar", "I can't believe he stole",
    "don't forget he lied", "I'm not saying he's a crook") or a question insinuates it
    ("isn't he the one who stole ...?")."""
    if _SARCASTIC_THEN.match(view.text, match.end()):
        return False  # "Not corrupt at all then", "no fiddling going on there then": sarcasm
    if _NOT_ONE_OF_THEM.match(view.text, match.end()):
        return True  # "Martin Cole is many things but corrupt isn't one of them"
    if _NOTHING_AFTER.match(view.text, match.end()):
        end = original_span(view, match.start(), match.end())[1]
        # "... without an interview. Nothing to see here": the next sentence is an aside.
        return _ASKED.match(view.original, end) is None and not _STOPS.match(view.original, end)
    doubt = _DOUBT.search(view.text, max(0, match.start() - 60), match.start())
    if doubt is not None and len(view.text[doubt.end() : match.start()].split()) <= 6:
        # "I don't think Cllr Reid is corrupt, just incompetent": the writer's doubt
        first, _ = original_span(view, doubt.start(), doubt.end())
        at, _ = original_span(view, match.start(), match.end())
        if not _CLAUSE_BREAK.search(view.original, first, at):
            return True
    start = max(0, match.start() - 40)
    negators = list(_NEGATOR.finditer(view.text, start, match.start()))
    if not negators:
        return False
    negator = negators[-1]
    if (
        _DENY.fullmatch(negator.group(0))
        and len(negators) > 1
        and len(view.text[negators[-2].end() : negator.start()].split()) <= 1
    ):
        return False  # "he doesn't deny taking the cash"
    between = view.text[negator.end() : match.start()].split()
    if _ANY_MORE.match(view.text, match.end()):
        return False  # "so she won't be stalking me anymore": she was
    if len(between) > (1 if negator.group(0).endswith(" no") else 3):
        return False  # "he took no notice and stole it"
    if _AFFIRMING.intersection(between) or _KNOWS_THAT.search(" ".join(between)):
        return False  # "not only ...", "She does not know that Obama bugged her phone"
    first, _ = original_span(view, negator.start(), negator.end())
    at, end = original_span(view, match.start(), match.end())
    if _CLAUSE_BREAK.search(view.original, first, at):
        return False  # "Not me, he stole it"
    return _ASKED.match(view.original, end) is None


def _dismissed(view: Canonical, match: re.Match[str]) -> bool:
    """Whether the imputation is someone else's accusation or rumour that the comment calls
    false, then or later: "a smear campaign accusing her of fraud", "There was a rumour Cllr
    Reid had been arrested. It was completely false.", or asks the proof of ("He took a
    bribe? Where's your proof?"). Repeating it to knock it down alleges nothing."""
    at, _ = original_span(view, match.start(), match.end())
    first, last = sentence(view.original, at)
    if _CALLED_FALSE.search(view.original, max(first, at - 80), at):
        return True  # "Rubbish that Councillor Khan took money", "Stop saying the mayor was drunk"
    if _PROOF_ASKED.search(view.original, at):
        return True  # "He took a bribe? Where's your proof?"
    if _ANSWERED_NO.match(view.original, last):
        return True  # "Was Cllr Reid arrested? No, that was a different Reid."
    if _ACCUSATION.search(view.original, max(first, at - 80), at) is None:
        return False
    # The accusation's sentence, or any after it: "It was completely false.", "That's not
    # lying, that's a cock up."
    last = len(view.original)
    return any(
        not _NOT_SO.search(view.original, max(0, d.start() - 25), d.start())
        for d in _DISMISSAL.finditer(view.original, first, last)
    )


def _not_an_allegation(text: str) -> bool:
    """Whether the comment's strong words are opinion on views, party fundraising, praise or
    an accusation it knocks down; a label for views followed by what the person did ("a
    racist who beat up ...") is not."""
    if _NOT_AN_ALLEGATION.search(text) or _PUT_DOWN.search(text):
        return True  # "Nobody seriously thinks Martin Cole took a penny"
    view = _VIEWS.search(text)
    return view is not None and _WHAT_THEY_DID.search(text, view.end()) is None


def _lowerwords(quote: str) -> frozenset[str]:
    return frozenset(bare(word) for word in quote.split())


def _bare_label(text: str, match: re.Match[str]) -> bool:
    """A comment that is nothing but a label, answering someone: "Fraudster.", "Paedo 🤮"."""
    if len(match.group(0).split()) > 3:
        return False  # a clause ("inquiry into ... by police"), not a label
    if _CLAUSE_WORDS.intersection(match.group(0).split()):
        return False  # "you hit your kids": an act told of someone, not a label
    if _THING_LABEL.fullmatch(match.group(0)):
        return False  # "Scam": a word for a scheme or a sales pitch, not for a person
    rest = (text[: match.start()] + " " + text[match.end() :]).split()
    # "A paedophile and a racist": other labels beside it are still a label.
    return all(word in _FILLER or word in _LABEL_COMPANIONS for word in rest)


_MODAL = re.compile(
    r"\b(?:would|wouldn t|will|won t|ll|d|should|shouldn t|shall|gonna|wanna|going to|ima|imma)"
    r" (?:(?:not|never|probably|just|definitely|certainly|still|even|also|then|soon) )?"
    r"(?:(?:be|get) (?:(?:gang|\w+ly) )?)?$"
)
# "I hope she gets raped", "hope you get locked up", "I hope you get raped by a convict": a
# wish (a threat, perhaps), not a report, and the convict is no one in particular.
_WISH = re.compile(
    r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying) (?:that )?(?:\w+ ){1,3}"
    r"(?:gets?|getting|is|are|be|will be|goes|go) (?:\w+ )?(?:by (?:a |an |some )?)?$"
)
_PROPOSAL = re.compile(
    r"\b(?:(?:can|could|shall|should) we|let s|lets|we (?:should|could|need to|ought to))"
    r" (?:just |all )?(?:\w+ ){1,2}(?:a|an|some) (?:\w+ )?$"
)
# "He would be playing had he raped someone": a condition put by inversion, mid-sentence.
_INVERTED_CONDITION = re.compile(r"(?<=\w )(?:had|were) (?:he|she|they|you|i|we)\b(?! not\b)")
_IF = r"(?:if|unless|whether|suppose|supposing|imagine)\b"
# "Stop him before he kills someone", "in case they rob us": what has not happened yet.
_BEFORE = re.compile(
    r"\b(?:before|in case|lest) (?:(?:he|she|it|someone|somebody|anyone"
    r"|(?:the|a|an|this|that|some) (?:[\w'’-]+ ){0,2}?[\w'’-]+) (?!(?:was|has|is)\b)(?=[a-z]+s\b|gets?\b)"
    r"|(?:they|you|we|u) (?!(?:[a-z]+ed|were|had|did|got|took|stole|was)\b)(?=[a-z]+\b))"
)
# "Keep blocking the road until you are arrested": a time yet to come ("until he was
# arrested" tells what happened).
_UNTIL = re.compile(
    r"\buntil (?:you|u|he|she|they|we|i|someone|somebody|anyone) (?:are|is|am|get|gets|re)\b"
    r"|\buntil (?:you|he|she|they|we)[’']re\b"
)
# "So what if he is a liar" grants it: no hypothesis. "I wouldn't be surprised if he's
# on the take" and "I wonder if" insinuate it (hedges).
_CONDITION = re.compile(
    rf"\b(?<!as )(?<!so what )(?<!surprised )(?<!wonder )(?<!surprise me )(?<!shocked )"
    rf"(?<!surprise anyone )(?<!shock me )(?<!amazed ){_IF}"
)
# An emoji ends a clause too: "imagine thinking they're legit 😂 Darren's been laundering".
_CLAUSE_END = re.compile(r"[,;:\U0001F300-\U0001FAFF\u2600-\u27BF]|\bthen\b")
# The object of a relative clause, not a subject: "the reporter who covers the council".
_IN_RELATIVE = re.compile(r"\b(?:who|that) (?:\w+ ){1,3}$")
_GIVEN = re.compile(r"\b(?:wouldn t|would not|would never|couldn t|could not) (?:ve|have)\b")
_OPENING_CONDITION = re.compile(rf"[\s\"'“‘(]*(?:and |but |so )?{_IF}")
_SPEECH_CONDITION = re.compile(
    r"\s+(?:you|u|we|anyone|anybody) (?:ask(?:ed)? me|must know|want(?:ed)? to know|didn[’']?t know|don[’']?t know|did not know"
    r"|do not know|haven[’']?t heard|have not heard|remember|recall|wondered|were wondering|missed it|need reminding)\b"
    r"|\s+(?:i m|i am|i'm|i’m) honest\b|\s+truth be told\b"
)
_ENDORSES = re.compile(ENDORSES)
_DISAGREES = re.compile(
    r"\b(?:not|never|nothing|no|nope|didn t|doesn t|isn t|wasn t|don t|rubbish|nonsense|lies"
    r"|lie|false|fake|bollocks|bull|bullshit|wrong|disgusting|disgraceful|shameful|outrageous"
    r"|slander|libel|defamatory|defamation)\b"
)
_ENDORSING_EMOJI = re.compile(ENDORSING_EMOJI)
_JUST_DRUNK = re.compile(
    r"drunk(?:en|ard)?|hammered|steaming|pissed|pisshead|legless|plastered|bladdered|sozzled"
    r"|trollied|half cut|paralytic|slurring|sloshed|three sheets to the wind"
)
# The retort "are you on drugs?", "is this idiot drunk": said of a view, not a charge.
_ARE_YOU_ON = re.compile(
    r"\b(?:are|r|is) (?:you|u|ya|this (?:\w+ )?(?:idiot|clown|moron|fool|guy|bloke)|that (?:idiot|clown|moron|fool))"
    r" (?:\w+ )?(?:on drugs|on crack|high|drunk|smoking (?:crack|something))$"
)
# "Got three boys drunk": giving drink to someone, to children, is more than being drunk.
_MADE_DRUNK = re.compile(r"\b(?:got|get|gets|getting|made|making) (?:\w+ ){1,3}drunk\b")
_GENERIC_PLURAL = re.compile(r"(?:\w+ )?\w+s")
# What can only be done to the one whose it is: "her rape", "his murder" ("his murder of
# his wife", "her rape conviction" and "his rape by a teacher" say more).
_SUFFERED_ACT = re.compile(
    r"(?:sexual assault|rape|murder|killing|kidnapping|kidnap|abduction|stabbing|sexual abuse)"
)
_DOER_NAMED_AFTER = re.compile(
    r" (?:of|on|against|by|at the hands of|conviction|convictions|charges?|trial|case|allegations?"
    r"|accusations?|accusers?|complain\w*|claims?|record|sentence|spree|victims?|investigation"
    r"|inquiry|probe|scandal)\b"
)
_PLURAL_LABEL = re.compile(
    r"(?:\w+ )?(?:\w+(?:ers|ors|ists|sters)|thieves|crooks|paedos|pedos|nonces|cheats|frauds|sharks"
    r"|pickpockets|thugs|yobs|vandals|criminals|villains|hooligans|conmen|con men|paedophiles|perverts)"
)
# Every one of a kind: "upon all tyrants and human traffickers", "sick of all the crooks".
_ALL_OF_A_KIND = re.compile(
    r"\b(?:upon|on|against|to|for|from|of|with|at|about) all (?:the )?(?:\w+ ){0,2}$"
)
# What is done to offenders: "arrested", "chased", "cracking down on".
_ENFORCING = (
    rf"{PUNISHMENTS}|arresting|arrests|catching|catches|jailing|prosecuting|locked up"
    r"|locking up|sent down|chased|chasing|banned|ban|banning|reported|reporting|fined|evicted"
    r"|evicting|tackle|tackled|tackling|fights|fought|fighting|stop|stopped|stopping|targets"
    r"|targeting|targeted|deals with|dealt with|went after|goes after|cracked down on"
    r"|cracking down on|crackdown on|get rid of|getting rid of|rid us of|protect \w+ from"
    r"|protecting \w+ from|deport|deports|deported|deporting|deportation of|deportations of"
    # What warns of them: "the leaflet on rogue traders", "watch out for scammers".
    r"|leaflets? (?:on|about)|advice (?:on|about)|warnings? (?:on|about)|info(?:rmation)? (?:on|about)"
    r"|beware of|watch out for|look out for|be careful of|aware of"
)
_ENFORCED_ON = re.compile(
    rf"\b(?:{_ENFORCING}) (?:(?:the|all|more|many|some|local|known|these|those)\s)?$"
)
_A_KIND_CONVICTED = re.compile(r"(?:convicted|known|suspected|alleged) \w+s\b")
# "He murders": a pronoun is who does it, no kind of people.
_ATTRIBUTIVE = re.compile(
    r"(?<![.!?])\b(?!(?:He|She|They|We|You|It|Absolute|Total|Utter|Complete|Proper|Right|Real"
    r"|Bloody|Fucking|Such|Just|Thieving|Lying)\s)[A-Z][a-z]+\s+$"
)
_GENERIC_PREDICATE = re.compile(
    r" (?:should|shouldn t|must|need|needs|deserve|deserves|are|get|will|would|can|never|always"
    r"|ought|have|go|belong|target|targets|prey|preys|often|usually|tend|operate|knock|cold call|pose)\b"
)
# Not after "is", "was", "been" and the like, where the word tells what someone is or did.
_NO_COPULA = r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!be )"

# Not "he was exposed for sexual harassment": the passive names what he did.
_SUFFERED = re.compile(
    r"\b(?:victims? of|fell (?:victim|prey) to|targeted by|hit by|suffered|"
    rf"{_NO_COPULA}(?:exposed|uncovered|reported)|exposing|uncovering|reporting|report|reports|"
    r"(?:help|helped|helps|helping) (?:me |us |him |her |them )?(?:report|expose|uncover)|"
    r"investigating|fighting|tackling|cracking down on|campaign(?:ed|ing)? against) "
    r"(?:(?:a|an|the|this|that|all|widespread|the alleged|suspected|possible|any) )?"
    r"(?:(?!(?:for|as|of)\b)\w+ )?$"
)
# Offenders as a gang, a ring or a network, and whoever is put in one or owns one.
_GANG_AFTER = re.compile(r" (?:gangs?|rings?|networks?)\b")
_IN_THE_GANG = re.compile(
    r"\b(?:in|into|joined|joins|runs|ran|running|run|led|leads|leading|with|member of|members of"
    r"|part of|leader of|leaders of|head of|ringleader of|belongs to|belonged to|his|her|their|s)"
    r"\s(?:(?:a|an|the|that|this)\s)?(?:\w+\s){0,2}$"
)
# What the law says of a deed: "Lying to the FBI is a crime".
_IS_AN_OFFENCE = re.compile(
    r"(?: \w+){0,5}? (?:is|are|remains) (?:still |also )?(?:a crime|a felony|a criminal offence"
    r"|an offence|illegal|against the law|unlawful)\b"
    # Not "... is a crime and Cllr Reid did it".
    r"(?! (?:\w+ ){0,5}(?:did|does|done|doing|has done|is doing) (?:it|that|this)\b)"
)
_TOPIC_AFTER = re.compile(
    r"(?: (?:and|or) \w+(?: \w+)?)? (?:rates?|figures|statistics|stats|levels?|detectives?|units?|squads?|teams?|laws?|cases"
    r"|investigations?|inquiry|inquiries|victims?|survivors?|awareness|prevention|training"
    r"|scandals?|crisis|epidemic|summit|strategy"
    # "26 gun murders per year": a count, of no one in particular.
    r"|(?:per|a|each|every) (?:year|annum|month|week|day)|per (?:head|capita|person|thousand|\d[\d,]*))\b"
)
# What someone can face over an offence: "faces fraud allegations", "a fraud investigation",
# "fraud charges".
_ALLEGED = re.compile(rf" (?:{FACED}|claims?|charges?|trial)\b")
_FACES = re.compile(rf"\b{FACING}(?:\w+ )?$")
_ALLEGED_AGAINST = re.compile(
    r" (?:allegations?|accusations?|claims?|complaints?) (?:against|about|involving|made against)\b"
)
_OFFENDERS_AFTER = re.compile(
    r" (?:\w+ )?(?:drivers?|men|man|woman|women|gangs?|suspects?|rings?|networks?|perverts?"
    r"|monsters?|councillors?|officers?|teachers?|priests?|coaches?|artists?|merchants?|callers?)\b"
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:rates?|figures|statistics|stats|levels?|numbers|reports|victims?|complaints|cases|incidents) (?:of|for) $"
    # "Cllr Reid's motion on tax evasion", "a debate on knife crime and murders".
    r"|\b(?:motion|debate|policy|bill|campaign|crackdown|clampdown|strategy|workshop|talk|speech"
    r"|question|questions|consultation|protections?|safeguards?|defen[cs]es?|measures|rules|laws)"
    r" (?:on|about|against|into|tackling) "
    r"(?:(?!(?:he|she|they|who|which|that|committed|did|does)\b)[a-z-]+ ){0,3}$"
    # "because of possible fraud", "checks to prevent fraud": a risk, not an act.
    r"|(?<!commit )(?<!commits )(?<!committed )(?<!committing )(?<!guilty of )(?<!accused of )"
    r"(?<!suspected of )\b(?:possible|potential|(?:risks?|chance|threat|idea|notion|myth) of|prevent|preventing|tackle|tackling"
    r"|combat|combating|combatting|reduce|reducing|deter|deterring) (?:[a-z-]+ )?$"
)
# What detectives and writers do to crimes: "solving murders", "investigates fraud".
_SOLVED = re.compile(
    r"\b(?:solv(?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|crack(?:s|ed|ing)?|unravel(?:s|led|ling)?"
    r"|(?:writes|wrote|writing|written) about) $"
)
# "this voter fraud issue", "the fraud myth" (not "Cllr Reid's fraud issue"). Whose it is,
# just before: also whose a wrong is that only its sufferer can own ("her rape").
_DEBATED_AFTER = re.compile(r" (?:issues?|myths?|narrative|hysteria|conspiracy theor(?:y|ies))\b")
_SOMEONES = re.compile(r"\b(?:s|his|her|their|your|my|our) $")
_CALLED_IT = re.compile(
    r"\b(?:thats|that s|that is|this is|it s|its|it is) (?:what i |what we )?call(?:ed)? $"
)
_OWNER_AFTER = re.compile(r"\b(?:pocket of|payroll of|books of|pay of)$")
_CAME_ACROSS = re.compile(
    r"\b(?:found|spotted|fell for|fall for|falling for|fallen for|warn(?:ed|ing|s)? (?:\w+ )?(?:about|of)"
    # "be aware of a fake invoice scam", "the treasurer spotted the fraudulent direct debit"
    r"|beware of|aware of|watch out for|look out for|keep an eye out for|noticed|flagged|blocked"
    r"|stopped|reported|report|reports|reporting|block|blocking|got|received|had|get|getting"
    r"|receiving) (?:a|an|another|the|this|that|these|those|any)"
    r" (?:\w+ ){0,2}$"
)
# A one-word trading name opening the sentence, with where it trades, just before the charge.
_ONE_WORD_TRADER = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][A-Za-z]+(?:['’]s)?)(?:\s+(?:on|in|at|of)\s+(?:[A-Z]\w*\s+){1,3})?\s*$"
)
_NOT_A_TRADER = words(
    "i we they he she it you this that these those some most all many every the a an my our "
    "their his her your apparently honestly seriously basically literally everyone somebody "
    "someone nobody people"
)
_INVESTIGATING_IT = re.compile(
    r"(?:police|the police|cops|officers|detectives) (?:are|were|is|have been|s|re) (?:now |still )?investigating"
)
_SOMEONE_AFTER = re.compile(
    r" (?:him|her|them|cllr|councillor|mr|mrs|ms|dr|the (?:man|woman|bloke|lad))\b"
)
# A sender in quotes is one the scam poses as: 'a fraudulent email from "Harbridge Council"'.
_POSED_AS = re.compile(r"(?:\s+\w+)?\s+from\s+[\"“‘']")
# Whose the thing is, right after it: "the fraudulent claims Cllr Reid made", "the fake
# invoices he sent".
_WHOSE_AFTER = re.compile(r"(?: \w+)? (?:he|she|they|cllr|councillor|mr|mrs|ms|by|from)\b")
_THING_LABEL = re.compile(
    r"(?:an? )?(?:scam|scams|con|rip off|racket|stitch up|swindle"
    r"|(?:fake|fraudulent|bogus|phishing|scam|cloned|counterfeit)(?: \w+)?)"
)
_CRONYISM = re.compile(r"jobs for (?:the|his|her) (?:boys|mates|pals)|nepotism|cronyism")
_BARE_LIAR = re.compile(r"(?:barefaced |pathological |serial |compulsive )?liars?")
# "You are a vandal", "council vandals": a label; what was damaged makes it a charge.
_BARE_VANDAL = re.compile(r"(?:\w+ )?vandals?")
_DAMAGE = re.compile(
    r"\b(?:smash\w*|graffiti|spray ?paint\w*|keyed|key(?:s|ing)? (?:my|our|his|her|the|a)|broke"
    r"|broken|damag\w*|set fire|torch\w*|slash\w*|scrawl\w*|wreck\w*|trash(?:ed|ing))\b"
)
_INSULT_AFTER = re.compile(r" " + alternation(*INSULT_NOUNS, "ass", "arse", "idiots", "bastard"))
# A plural group as the subject right before the imputation.
# Political sides and politicians, said of all their members.
_POLITICAL_GROUPS = (
    "republicans",
    "democrats",
    "liberals",
    "libs",
    "lefties",
    "leftists",
    "conservatives",
    "tories",
    "politicians",
)
# A group named by a slur in the plural is a group too: "you kikes are thieves" is hate
# about a people, not an allegation against someone identifiable ("nigga stole" may be).
_PLURAL_SLURS = tuple(slur for slur in SLURS if slur.endswith("s"))
_GROUP_NOUNS = (*PEOPLE_GROUPS, *_POLITICAL_GROUPS, *_PLURAL_SLURS)
_GROUP_SUBJECT = re.compile(
    alternation(
        *_GROUP_NOUNS,
        "the left",
        "the right",
        "americans",
        "canadians",
        "russians",
        "the british",
        "the english",
        "the french",
        "the germans",
        "the chinese",
    )
    # "Republicans were lying", "lefties steal it".
    + r"(?: (?:are|were|have been|re|all|just|always|only)(?: \w+){0,2})? $"
)
# "You" said to a group by name: "you muslims", "you lot" ("you guys" may be two people).
_YOU_GROUP = re.compile(
    r"\b(?:you|of you|you all|all you|y all) "
    + alternation(*_GROUP_NOUNS, "people", "lot", "folks")
)
# A crowd the label is one of: "a pack of trolls, thieves and ...", "a gang of crooks".
_COLLECTIVE = re.compile(
    r"\b(?:pack|bunch|gang|band|load|loads|lots|plenty|dozens|hundreds|thousands|nest|den|horde|mob"
    r"|crew|rabble|shower) of"
    r"(?: (?:\w+|\w+ and|\w+ or)){0,5} $"
)
# Whoever would do it, not someone who did: "how ghetto do you have to be to steal",
# "what kind of person steals from a food bank".
_ANYONE_WHO = re.compile(
    r"\bhow (?:\w+ ){1,2}(?:do|would) you have to be to (?:\w+ ){0,2}$"
    r"|\b(?:anybody|anyone|whoever|everyone|everybody|nobody) (?:who s |who is |that s )?(?:trying|tries|tried|caught|found|seen) (?:to )?$"
    r"|\bwhat (?:kind|sort|type) of (?:\w+ )?(?:person|man|woman|people|idiot|scum|lowlife|animal"
    r"|monster|coward|creep) (?:would|could) (?:\w+ )?$"
)
# Someone indefinite told by what they do, and a verdict on whoever does it: "a councillor
# who steals should go to jail", "any official that takes a bribe deserves to be sacked".
_GENERIC_WHO = re.compile(
    r"(?:^|[\s,;:])(?:a|an|any|every|each|no) (?:\w+ )?(?:councillor|cllr|mp|politician|official"
    r"|officer|person|man|woman|bloke|guy|leader|mayor|member|candidate|representative|teacher"
    r"|copper|cop|landlord|employer|builder|trader|parent|adult|one|public servant) "
    r"(?P<who>(?:who|that|caught|found|seen|proven|proved|convicted of|found guilty of)"
    r" (?:\w+ ){0,4})?$"
)
_FOUND_OUT = re.compile(r"(?:caught|found|seen|convicted|proven|proved)\b")
_GENERIC_VERDICT = re.compile(
    r"\b(?:should|shouldn['’]t|must|deserves?|ought|needs? to|has to|have to|belongs?|is not fit"
    r"|isn['’]t fit|has no place|would be|will be|gets?|is a disgrace"
    r"|wants? (?:locking|stringing|banging|sorting|banning|jailing))\b",
    re.I,
)
# A label said of a plural: "a bunch of corrupt bastards", "lying politicians".
_PEOPLE_AFTER = re.compile(
    r" "
    + alternation(
        *_POLITICAL_GROUPS,
        "bastards",
        "idiots",
        "morons",
        "scumbags",
        "people",
        "officials",
        "elites",
        "cronies",
        "twats",
        "pricks",
        "clowns",
        "cops",
        "mps",
        "councillors",
        # Trades as a whole: "she stands up to thieving landlords".
        "landlords",
        "developers",
        "bankers",
        "builders",
        "traders",
        "contractors",
        "bosses",
        "employers",
        "companies",
        "firms",
        "businesses",
    )
)

_DENIAL = re.compile(DENIAL)
_ATTRIBUTED = re.compile(ATTRIBUTED)
_HEDGES = re.compile(HEDGES)
# "then calling the umpire a thief", "he branded Cllr Reid a liar": someone's name-calling
# reported, just before the label.
_SAID_ASIDE = re.compile(
    r"[,(—–]\s*(?:he|she|they|[A-Z][a-z]+) (?:said|says|claimed|claims|alleged|alleges|insisted"
    r"|insists|added|wrote|writes|argued|argues|told (?:me|us|the \w+|reporters))\s*[,)—–]"
)
_CALLED = re.compile(
    r"\b(?:called|calling|calls|labelled|labelling|labeled|branded|branding|brands|dubbed)"
    r" (?:\w+ ){1,4}(?:a|an) (?:\w+ )?$"
    r"|\b(?:described|describing|describes|referred to|refers to|referring to) (?:\w+ ){1,4}as (?:a |an )?(?:\w+ )?$"
)
# Someone else going round saying it: "a woman on Facebook saying Cllr Reid groped her";
# not the writer ("I'm saying", "I'm just saying", "I am not saying" is a hint).
_SAYING = re.compile(
    r"(?<!\bi m )(?<!\bim )(?<!\bam )(?<!\bjust )(?<!\bnot )(?<!\bonly )(?<!\bwe re )"
    r"(?<!\bwe are )(?<!\bus are )(?<!\bus re )"
    # "claiming benefits" is no saying: a claim of something needs "that".
    r"\b(?:(?:saying|alleging|insisting|suggesting|telling (?:everyone|people|anyone))\s(?:that\s)?"
    r"|claiming\sthat\s)(?:\w+\s){0,4}$"
)
# A quotation opened after a verb of saying, and the quotation mark that closes it.
_OPEN_QUOTE = re.compile(
    r"\b(?i:say|says|said|saying|goes|went|was like|is like|told (?:me|us|him|her)|yelled|"
    r"shouted|screamed|texted|wrote)\s*:?\s*[\"“]"
)
_CLOSE_QUOTE = re.compile(r"[\"”]")
_QUOTE_OPENS = re.compile(r"(?<![\w'’])[\"“‘'](?=\w)")
_QUOTE_CLOSES = re.compile(r"(?<=\w)[\"”’'](?!\w)")
# A quotation opening the comment, in quotation marks or on a line that opens with "> ", and
# how many words of the writer's own after it make the rest an answer.
_OPENING_QUOTE = re.compile(r"\s*[\"“]")
_QUOTED_LINE = re.compile(r"\s*>[ \t]*")
_CLOSES_QUOTED = re.compile(r"(?<=[.!?])[\"”]|[\"”](?=[ \t]*(?:[-–—]|\n))")
_ANSWER_WORDS = 3
_INSINUATION = re.compile(INSINUATION)
_REPORTED_ALLEGATION = re.compile(REPORTED_ALLEGATION)
_HYPERBOLE = re.compile(HYPERBOLE)
_INSTITUTION_SUBJECT = re.compile(INSTITUTION_SUBJECT)
_ANIMAL_SUBJECT = re.compile(ANIMAL_SUBJECT)
_CONFIGURED_TITLES = words(
    "cllr councillor dr mr mrs ms miss sir dame lord lady prof professor rev mayor alderman"
)
# Surnames that are words too often to stand alone: "Cllr Tom Will", "Dr Ann May".
_NOT_A_SURNAME = words("will may new young rich long hope grace king major best")
# Whoever did it, unknown: "catches whoever keeps setting fire to the bins".
_WHOEVER = re.compile(
    r"\b(?i:whoever|whomever|whoever s|whoever it was that"
    # "Anyone know who's been setting fire to the bins?" (not "we all know who").
    r"|(?:anyone|anybody|does anyone|does anybody|nobody|no one|noone|police|we need to|don ?t) (?:know|knows|find out|found out)"
    r" who(?:['’]s| is| has| s)?(?: been)?|any idea who(?:['’]s| is| has)?(?: been)?)\s+(?:\w+\s+){0,2}$"
)
_WHOEVER_IS = re.compile(
    r"\b(?i:is|was|it s|it’s|it's|it was)\s+(?:(?i:cllr|councillor|mr|mrs|ms|dr|his|her)\b|[A-Z])"
)
# Between a post or a person and the body they are in: "the clerk" + " to " + "the parish
# council", "Mark Jennings" + " from " + "the parish council".
_POST_IN = re.compile(r"\s+(?i:to|of|for|at|on|from)\s+")
_PAYS_OFF = re.compile(r"(?:paid|pays|paying|pay) off\b")
# From a small group to what it is said to have done: "who run the car wash on Station
# Road are", "have been", "in the ward".
_GROUP_TO_ACT = re.compile(r"(?:\s+(?:who|that)\s+[^.!?;,\n]{0,60}?)?(?:\s+[\w'’-]+){0,4}?\s*")
_ADDRESSEE_FORM = re.compile(ADDRESSEE_FORM)
_INTERJECTIONS = frozenset(INTERJECTIONS.split("|"))
_NAMES_SOMEONE = frozenset({CONFIGURED, NAMED, HANDLE, NAME})
_SAYING_FORM = re.compile(r"(?:says|said|asks|quoth)\b")
_SUBJECT_FORM = {
    "his": "he",
    "him": "he",
    "himself": "he",
    "herself": "she",
    "their": "they",
    "them": "they",
}
# Words a retort uses for the person it answers, at most this many: "the man who fiddled
# his expenses".
DESCRIBED_WORDS = 10
_CLAUSE_STOP = re.compile(r"[.,;:!?\n]|\s(?:but|and then|lol|haha)\b|\s[^\w\s'’-]")
_POINTING_FORM = re.compile(r"\b(?:hark at|kettle)\b")
# Words that describe rather than name: "is crooked", not "is a crooked".
_DESCRIBING = re.compile(
    r"(?:\w+ )?(?:crooked|corrupt|bent|dishonest|fraudulent|dodgy|shady|sleazy|guilty"
    r"|drunk|high|violent|abusive|racist|on the take)"
)
_DETERMINED = re.compile(r"(?i:a|an|the|someone|somebody|one|that|this|him|her|you)\s")
# "the groomer", "that nonce": a label pointed at someone, with nothing between.
_THE_LABEL = re.compile(r"\b(?:the|that|this) $")
# What may follow such a label: nothing, or a verb ("the groomer is back", "the nonce
# lecturing us"), not a noun it describes ("this corrupt council").
_LABEL_ENDS = re.compile(
    r"\s*$|\s(?:is|was|s|has|had|again|here|there|back|lecturing|talking|speaking|commenting"
    r"|posting|says|said|thinks|who|lol|haha|wants|reckons|telling|calling|moaning|whining)\b"
)
_COPULA_BEFORE = re.compile(COPULA_BEFORE)
# The source named at the end of what it said: ", says the Echo.", ", says the BBC".
_SOURCE_AFTER = re.compile(r"\s*[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,2}[ \t]*(?:[.!?]|$)")
_PREDICATE = re.compile(rf"(?:\w+ ){{0,2}}{PREDICATE_WORDS}\b")
_FILLER = words(FILLER)
_CLAUSE_WORDS = words("your my his her me him them their our")
_LABEL_COMPANIONS = words("and racist bigot liar hypocrite coward bully thug scumbag") | frozenset(
    INSULT_NOUNS
)
_INNUENDO = re.compile(INNUENDO)
# The writer called the police, so their visit is the writer's own report, no hint.
_WRITER_WENT_TO_POLICE = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:reported|called|rang|phoned|contacted|told|tipped off)\b"
)
_POLICE_CALL = re.compile(r"(?:police|coppers|cops|the old bill)\b")
_WINK, _SUGGESTIVE, _HINT = re.compile(WINK), re.compile(SUGGESTIVE), re.compile(HINT)
_TELLING_EMOJI, _SCARE_QUOTES = re.compile(TELLING_EMOJI), re.compile(SCARE_QUOTES)
_PASSIVE = re.compile(PASSIVE)
_STOLEN = re.compile(r"stolen\b")
# "has stolen", "she's stolen", "had never stolen", and "he stolen" typed without the
# "has": done by the subject.
_PERFECT = re.compile(
    r"\b(?:has|have|had|having|s|ve|d|hasn t|haven t|hadn t)\s+(?:(?:\w+ly|never|not|just|already|also|ever|been) )?$"
    r"|\b(?:he|she|they|you|u|who|i|we)\s+$"
    # "running stolen cars through it", "selling stolen bikes": dealing in them.
    r"|\b(?:run|runs|running|ran|sell|sells|selling|sold|handl(?:e|es|ed|ing)|deal(?:s|t|ing)? in|fenc(?:e|es|ed|ing)"
    r"|buy|buys|buying|bought|flog(?:s|ged|ging)?|receiv(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|hid|hides|hiding"
    r"|shift(?:s|ed|ing)?|fit(?:s|ted|ting)?|in possession of|caught with|found with)\s+(?:\w+\s+){0,2}$"
)
_ACT_ON = re.compile(ACT_ON)
_ACT_ON_PLAY = re.compile(ACT_ON_PLAY)
# "killed Shakira's song", "shot Dave a look": the act is done to a thing.
_OBJECT_IS_A_THING = re.compile(
    r"\S+(?:\s+[A-Z]\S*)*(?:['’]s\b|\s+a\s+(?:look|glance|smile|grin|wink|dirty look))"
)
_SEXUAL_ACT = re.compile(r"(?:\w+ )?(?:raped|molested|groped|sexually assaulted|sexually abused)")
_POINTING_WORDS = words("this that the his her our your their my its")
_NAMED_PEOPLE = frozenset({CONFIGURED, NAMED, HANDLE, NAME})
_VICTIM = re.compile(VICTIM)
_VICTIM_NOW = re.compile(VICTIM_NOW)
_BY_SOMEONE = re.compile(BY_SOMEONE)
# A source's words reported: "Jane Smith accused Cllr Brown of ...", "He says the leader ...",
# "Edward Snowden telling us that ...".
# "Accused of" with no one accused before "of" is the passive, not a source's charge.
_REPORTING = re.compile(
    r"\b(?i:(accuses|accused|accusing|says|said|claims|claimed|alleges|alleged|insists|insisted"
    r"|(?:tells|told|telling) (?:us|me|you|everyone|everybody|people|residents))"
    r"(?! of\b))\s+(?:(?i:that)\s+)?"
)
_OF = re.compile(r"\bof\b")
_SHARE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent\b)")
_PHRASE_BREAK = re.compile(r"[.!?;:]\s|\s[-–—]+\s")
_SAYS_BEFORE = re.compile(r"[,;:—–-]\s*(?i:says|said|according to|claims|claimed|alleges)\s+$")
_WRITER_SAYS = re.compile(r"\b(?i:i|we)\s+(?:just\s+)?$")
_TITLE_ALONE = re.compile(r"(?i:councillor|cllr|mayor|madam mayor|mr mayor|sir|madam)")
_GREETING = re.compile(
    r"[\W_]*(?:(?i:dear|hi|hey|hello|thanks|thank you|well done|oi|ok|so|please|morning|evening)"
    r"[\W_]*)?"
)
# A comma after an opening name, not opening a relative clause or a list of names.
_VOCATIVE_COMMA = re.compile(
    r"\s*,(?!\s*(?i:who|whose|which|and|or|aka|also|not|cllr|councillor|mr|mrs|ms|dr)\b)"
    r"(?!\s*[A-Z][a-z]+\s+[A-Z][a-z]+\s*(?:,|and\b))\s*"
)
# What a person did, right after their name: "took bribes", "has been", "fiddled".
_DONE = (
    r"(?:(?:has|have|had|is|was|were|are|will|would|should|can|could|did|does|who|whose|took"
    r"|takes|stole|steals|lied|lies|gets|got|made|makes|kept|keeps|ran|runs|lives|works|owns"
    r"|says|said|sits|sat|went|goes|uses|drinks|drank|deals|sells|sold)\b|[a-z]{3,}ed\b)"
)
_DONE_NEXT = re.compile(_DONE)
# "Cllr Reid, the leader, took bribes", "Ray Connolly, chair of the association, has been
# ...": a phrase between commas, and then what the person did.
_APPOSITION = re.compile(rf"[^,.!?\n]{{1,60}},\s*{_DONE}")
_COMMA_BEFORE = re.compile(r"([\w'’-]+)\s*,\s*$")
_LABEL_SAID_TO = re.compile(
    r"\s*,\s*(?:(?i:you|u|ya|the|a|an|absolute|utter|total|lying|dirty|filthy|little|bloody"
    r"|fucking)\s+)*"
    r"(?:(?:an?\s+)?[\w'’-]+\s*(?:,|and|&|\+)\s*){0,4}"
)
_COY_SOMEONE = re.compile(r"\W*(?i:someone|somebody)(?:['’]s)?\b")
_FINITE = re.compile(
    r"\b(?i:is|are|was|were|has|have|had|keep|keeps|kept|will|won['’]?t|can|could|should|would"
    r"|did|does|do|don['’]?t|doesn['’]?t|ve|re|worries|worried|scares|scared|frightens|concerns"
    r"|lives|lurks|moved|came|comes|went|goes|needs|got|gets)\b"
)
_MORE_LABELS = re.compile(r"(?:\s*(?:,|and|&|\+)\s*(?:a\s+|an\s+)?[\w'’-]+)*")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?)]+|$)(?:\s|$)")
_APPOSITION_NOUNS = words(
    RELATIVE_NOUNS.replace("|", " ")
    + " deputy leader councillor treasurer chair chairman chairwoman mayor friend mate neighbour"
    " boss colleague member"
)
_WHAT = re.compile(r"\b(?i:what|whatever)\s+$")
_THAT_END = re.compile(r"(?i:\bthat)\s+$")
_LEADING_ARTICLE = re.compile(r"^(?:A|An|The|This|That)\b")
_NEXT_CLAUSE = re.compile(r"[;:]|\b(?i:but|yet|although|though|while|whereas)\b")
_ACCUSED_OF = re.compile(r"\baccused of\b")
_BY_GAP = re.compile(r"\s+by\s+(?:the\s+)?")
_AT_THE_HANDS = re.compile(r" at the hands of\b")
# Someone described by whose they are: "his ex", "her own son", "their lodger".
_WHOSE = re.compile(
    r"(?:his|her|their|my|our) (?:own |ex |former |new |old |side )?(?!(?:and|or|in|at|on|to|for|with)\b)\w+"
)
_BY_PRONOUN = re.compile(
    r"(him|her)\b(?! (?!(?:in|at|on|when|while|and|for|after|before|during|again|too|as|last|years?|every|back)\b)\w)"
)
_VICTIM_AFTER_YOUR = re.compile(rf"\s+(?:\w+\s+)?(?i:{PERSON}|{CHILD})")
_SELF = re.compile(SELF)
# The object an act of harm is done to: in the words of the act ("beat him up") or right
# after them ("raped her", "murders her before ..."), not an owner ("hit her son").
_HARMS = frozenset(
    [
        "violence",
        "sexual misconduct",
        "abuse of children",
        "theft",
        "fraud",
        "threats",
        "a crime or an investigation",
    ]
)
_HARMED_OBJECT = re.compile(r"(?<=\w\s)(?i:(him|her))\b")
_HARMED_AFTER = re.compile(
    r"\s+(?i:(him\b|her(?=\s*(?:$|[.,;:!?)]|(?i:and|but|so|or|up|again|in|at|on|with|to|for"
    r"|an|n|because|cos|cause|when|while|before|after|then|till|til|until|every|last|twice|once|now"
    r"|today|yesterday|tonight|there|here|too|as|if|lol|lmao)\b))))"
)
_SAME_PERSON = {
    "him": frozenset(["he", "him", "his", "himself"]),
    "her": frozenset(["she", "her", "herself"]),
}
_WRITER_DID = re.compile(r"(?:^|\s)i (?:(?:just|also|once|literally|actually|then|even) )?$")
# History: a year before 1900 after "in" or "since", a century, an age long gone.
_LONG_AGO = re.compile(
    r"(?i:\b(?:in|since|during|until|till|circa|c\.) (?:the )?)"
    r"(?:1[0-8]\d\d|[1-9]\d\d)(?:s\b|(?![\w%:]|[.,]\d))|\b1[0-8]\d0s\b"
    r"|(?i:\b(?:1[0-8]|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)th[ -]century"
    r"|\bvictorian|\bgeorgian|\btudor|\bmedieval|\bmiddle ages|\bcenturies ago"
    # Outlaws of history and legend: "Robin Hood robbed from the rich".
    r"|\b(?:robin hood|dick turpin|ned kelly|jesse james|billy the kid|al capone|jack the ripper"
    r"|bonnie and clyde|guy fawkes|blackbeard)\b"
    # "In Nazi Germany Hitler used his speeches to incite violence".
    r"|\b(?:in|under|during) (?:nazi germany|the third reich|hitler|stalin|the holocaust"
    r"|(?:the )?(?:first|second) world war|world war (?:one|two|1|2|i|ii)|ww ?(?:1|2|i|ii)|the blitz"
    r"|roman times|the roman empire))"
)
_MYSELF_AFTER = re.compile(r"(?: \w+){0,10} myself\b")
# "I was arrested for ...", "I got done for ...", "my son got caught ...": what the writer,
# or the writer's own child, was punished for.
_OWN = r"(?:i|my (?:own )?(?:kid|son|daughter|lad|boy|girl|little one|youngest|eldest))"
_RECORD_WORDS = (
    r"arrested|charged|done|convicted|jailed|caught|nicked|fined|banned|cautioned|sentenced"
    r"|prosecuted|sent down|locked up|inside|excluded|suspended|expelled"
)
_PUNISHED_AUX = r"(?:was|got|ve been|have been|had been|has been|been|once got|once was)"
_WRITERS_RECORD = re.compile(
    rf"(?:^|\s){_OWN} {_PUNISHED_AUX} (?:\w+ )?"
    # "... arrested for fraud", "... caught shoplifting"
    rf"(?:(?:{_RECORD_WORDS}) (?:for|with|over) (?:\w+ ){{0,2}}|caught )$"
)
# "My own kid got caught shoplifting": the punishment opens the words found.
_OWN_PUNISHED = re.compile(rf"(?:^|\s){_OWN} (?:once |also |even )?{_PUNISHED_AUX} $")
_RECORD_WORD = re.compile(rf"(?:{_RECORD_WORDS})\b")
# "I fucked your bitch and stole your car": the writer's second act; no one else is the
# subject between.
_WRITER_DID_TOO = re.compile(
    r"(?:^|[.!?]\s|\s)i (?:(?!(?:he|she|they|you|u|we|it|who|that|which|but|because)\b)\S+ ){1,6}and $"
)
# "A smuggler explains ...", "a drug dealer stabbed ...": a sentence about someone unnamed,
# who the label is the subject of.
_MISTAKEN_FOR = re.compile(r"\b(?:thought|assumed|reckoned) (?:was|were) (?:a|an) (?:\w+ )?$")
_POSING_STRANGER = re.compile(
    r"\b(?:a|an|some|two|three) (?:\w+ )?(?:man|woman|bloke|lad|guy|men|women|blokes|lads|guys|fella"
    r"|person|people|couple|gang) (?:posing as|pretending to be|claiming to be|dressed as|saying"
    r" (?:he|she|they) (?:was|were) from) (?:\w+ ){1,5}$"
)
_SOMEONE_UNKNOWN_DOES = re.compile(r"(?:^|[.!?:]\s)(?:a|an) (?:\w+ )?$")
_DOES = re.compile(
    # Not where someone lives, works or drives: "a paedo lives at number 12" points at them.
    r" (?!(?:is|was|has|does|goes|says|as|plus|thus|this|his|lives|works|stays|drives|runs|owns)\b)"
    r"[a-z]+(?:ed|s)\b"
)
# Words sent by someone unnamed, and what they say: "a note through her door saying they'd
# burn", "an email she received calling her a ..."; not "his email calling", "a text from
# Cllr Brown threatening".
_SENT_BY_NOBODY = re.compile(
    r"(?<!\bs )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\byour )(?<!\bmy )"
    r"\b(?:letter|note|message|e ?mail|text|card|leaflet|voicemail|phone call|call|post|comment)s?"
    r"\s(?:(?!(?:by|from|of)\b)\w+\s){0,3}$"
)
# Someone named as the one who was sent something, after the words of wrongdoing.
_RECEIVED = re.compile(
    r"\s+(?i:(?:has |had |have )?(?:received|receives|been sent|was sent|were sent|got sent"
    r"|been getting|was getting|is getting|been receiving|was receiving|gets|got) "
    r"(?:\w+ )?(?:letters?|notes?|messages?|e-?mails?|texts?|threats?|calls?|abuse|cards?|parcels?|packages?))\b"
)
# Whoever a wrong, named as a noun, was done to: "abuse of the bus driver", "the attack on
# Cllr Reid" ("the racism of Cllr Brown" is his).
_PERSON_LABEL = re.compile(
    r"(?:\w+ )?(?:\w+(?:ers?|ors?|ars?|ists?|sters?|philes?)|thie(?:f|ves)|crooks?|paedos?|pedos?"
    r"|nonces?|cheats?|frauds?)"
)
# "torture the murderer", "voted with the crooks": a verb or a preposition, then the label
# with its article (not "is a", "like a", "as the", "such a", "what a", "but a").
_LABEL_OF_ANOTHER = re.compile(r"\b[a-z]+\s+((?:the|a|an)\s+(?:[\w'’-]+\s+)?)$")
# "went quiet after that crook Dave Smith took the money": the label is the name's after it.
_THAT_LABEL = re.compile(r"\b[a-z]+\s+(?:that|this)\s+(?:[\w'’-]+\s+)?$")
_FULL_NAME_NEXT = re.compile(r"\s+[A-Z][\w'’-]*\s+[A-Z]")
_LABEL_SAID_OF = re.compile(
    r"(?:['’](?:s|re|m)|\b(?i:is|isn['’]t|are|aren['’]t|was|wasn['’]t|were|be|been|being|become"
    r"|becomes|became|becoming|like|as|such|what|but|than|aka|called|call|calling|calls|named"
    r"|labelled|labeled|branded|proved|proven|remains|remain|stays|seems|seem|looks|look"
    r"|him|her|them|me|you|your|ur|u|ya|yer|himself|herself|yourself|one of|bit of|hell of"
    r"|sort of|kind of|type of|nothing but|turned into|and|or|nor|either|neither|plus))"
    # "he is just plainly a liar", "she is undeniably a ...": the copula, then adverbs.
    r"(?:\s+(?i:\w+ly|just|always|still|also|now|even|ever|only|quite|truly|basically))*"
    r"\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?$"
)
_ONE_PERSON = words("he she him her himself herself")
_LABELS_NOT_PEOPLE = words("backhander backhanders murders fraud frauds")
_LISTED_AFTER = re.compile(r" (?:register|list|cover ?up|probe)\b")
# "defended a known paedo", "hired the fraudster": standing by the one labelled, which is
# the allegation.
_STANDS_BY = re.compile(
    r"\b(?i:defend|defended|defending|defends|protect|protected|protecting|protects|shield"
    r"|shielded|shielding|harbour|harboured|harbouring|hid|hide|hiding|covered for|covering for"
    r"|cover for|vouched for|vouch for|stood by|stands by|employ|employs|employed|employing|hire"
    r"|hired|hires|hiring)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?$"
)
# "he and his mates are thieves", "she and her husband are crooks": one of several.
_WITH_OTHERS = re.compile(r"\s*(?:,|(?i:and|&|with)\s)")
_ONE_OF_A_ROLE = re.compile(r"(?:[^s\W]|ss)$")
_LABEL_OPENS = re.compile(r"[\W_]*(?i:the|this|that|these|those|some)\s+(?:[\w'’-]+\s+)?")
_TRIED = re.compile(
    r"\b(?i:conviction|convictions|arrest|arrests|sentencing|jailing|capture|prosecution|trial"
    r"|sentence|sentences)(?:\s+at\s+last)?\s+(?i:of|for)\s+(?i:the|a|an|two|three|four|some)\s+(?:[\w'’-]+\s+){0,2}$"
)
_CLAUSE_OPENS = re.compile(
    r"\b(?i:while|whilst|until|till|before|after|when|as|then|so)\s+(?i:the|a|an)\s+(?:[\w'’-]+\s+)?$"
)
_PAST_VERB = re.compile(r"\s+(?:[a-z]{3,}ed|ran|sat|stood|tried)\b")
_KEPT = re.compile(r"\b(?i:kept|keeping|keeps|keep)\s(?i:the|a|an|that|this)\s(?:[\w'’-]+\s)?$")
_BUSY = re.compile(r"\s+(?i:talking|waiting|busy|chatting|on the (?:phone|line))\b")
_A_LABEL_OPENS = re.compile(r"[\W_]*(?i:a|an|another)\s+(?:[\w'’-]+\s+)?")
_LABEL_DID = re.compile(
    r"\s+(?i:(?:has |have )?(?:stole|stolen|broke|broken|took|taken|nicked|smashed|snatched"
    r"|grabbed|robbed|tried|got away|got in|broke in|kicked|ran off|made off|keyed|damaged)"
    r"|was caught|has been caught|got caught)\b"
)
_LABEL_IS_SUBJECT = re.compile(
    r"\s+(?i:who|that|was|were|is|are|has|had|got|gets|have|broke|stole|took|keeps|kept)\b"
)
# Or the object of a preposition or of finding someone, told apart by what they did.
_LABEL_AS_OBJECT = re.compile(
    r"\b(?i:about|of|for|to|from|with|by|on|caught|catch|catching|found|find|arrested|reported"
    r"|report|saw|seen|spotted|track|tracked|trace|traced|identify|identified|stop|stopped)\s+"
    r"(?i:the|a|an|some)\s+(?:[\w'’-]+\s+)?$"
)
# What they did, not who they are: "the crook who runs the council" is someone identifiable.
_WHO_DID = re.compile(
    r"\s+(?i:who|that)\s+(?!(?i:is|was|s|are|were|runs|ran|owns|owned|works|worked|lives|lived"
    r"|chairs|leads|manages|represents|sits|stood|stands|calls|called)\b)"
)
_SOMEONE_HAS = re.compile(
    r"(?:^|[\s,;:])(?i:someone|somebody|some \w+)['’]s\s+(?:(?i:just|been|gone and|only gone and)\s+)?$"
)
_PARTICIPLE = re.compile(
    r"(?i:\w+ed|stolen|taken|broken|set|got|done|thrown|left|ripped|written|sprayed|nicked|pinched|keyed)\b"
)
_INDEFINITE_SUBJECT = re.compile(
    r"(?:^|[\s,;:])(?i:someone|somebody|some (?:\w+ )?(?:lads|idiots?|clowns?|scrotes|lowlifes?|sods?|gits?|toerags?|muppets?|numpty|numpties|swines?"
    rf"|scumbags?|people|bloke|guy|man|woman|one|{'|'.join(_STRANGERS)})"
    rf"|{'|'.join(_STRANGERS)}"
    rf"|an? (?:\w+ )?(?:{_SOMEONE}|gang|group of \w+)"
    # "a 45 year old man from Stanmoor has been charged": as the police tell it, no name.
    rf"|an? (?:\d+ ?(?:year|yr)s? old |\d+ ?yo |teenage |young |local )(?:{_SOMEONE})"
    r" (?:in|from|of) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    # "a councillor in Bolton": one of many somewhere else.
    r"|an? (?:\w+ )?(?:councillor|mp|politician|official|officer|teacher|doctor|nurse|mayor"
    r"|vicar|priest|police officer|copper|solicitor|businessman|businesswoman|landlord)"
    r" (?:in|from|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    # "there's people going round car parks pinching ...": some people, no one known.
    r"|there(?:['’]s| is| are| were| was|['’]re) (?:\w+ )?(?:people|lads|kids|youths|men|blokes|gangs?"
    r"|someone|somebody)(?: (?:going|driving|walking|hanging) (?:round|around|about)(?: [\w'’-]+){0,3})?)"
    r"\s(?:(?:has|have|had|keeps?|kept|is|are|was|were|been|just|again|always|also|allegedly"
    r"|apparently|tried to|try to|trying to|then|now|still)\s){0,3}$"
)
# The punishments a court or an officer hands to someone: "prosecuted a rogue trader".
_PUNISHING = rf"{PUNISHMENTS}|prosecuted|fined|sentenced"
# The one offender it was done to: "helped catch the burglar", "stopped the shoplifter".
_CAUGHT_THE = re.compile(
    rf"\b(?i:{_ENFORCING}|catch|collared|nabbed|confronted|confronting|identified|apprehended"
    r"|hung up on|strung along)"
    r"\s(?i:the|that|this)\s(?:[\w'’-]+\s)?$"
)
# "got some bloke on camera fly tipping tyres": whoever was caught at it, unnamed.
_ON_CAMERA = r"(?i:on\s(?:camera|cctv|video|film|(?:his|her|my|our|the)\s(?:doorbell|ring|dashcam)|ring|dashcam)\s)"
_CAUGHT_SOMEONE = re.compile(
    r"\b(?:(?i:caught|filmed|recorded|spotted|saw|seen|snapped|photographed|clocked)\s"
    rf"(?i:a|an|some|two|three|these|those)\s(?:[\w'’-]+\s){{1,2}}{_ON_CAMERA}?"
    # Not "got a new car off the back of the contract": "got" catches only on camera.
    rf"|(?i:got)\s(?i:a|an|some|two|three|these|those)\s(?:[\w'’-]+\s){{1,2}}{_ON_CAMERA})$"
)
_NAMED_AFTER = re.compile(
    r"[\s,]+(?:(?i:cllr|councillor|mr|mrs|ms|miss|dr)\b|[A-Z][a-z]+\s[A-Z][a-z]+)"
)
# "killed by a drink driver", "helped catch a shed thief", "chased off a shoplifter".
_INDEFINITE_AGENT = re.compile(
    rf"\b(?i:by|{_PUNISHING}|caught|reported|catch|catches|catching|nab|nabbed|nabbing|collared"
    r"|apprehended|chased off|chased|tackled|confronted|identified|arrested|stopped)"
    r"\s(?i:a|an|some)\s(?:[\w'’-]+\s)?$"
)
# "prosecuted a rogue trader on 11 counts of fraud": the charge of one nobody can pick out.
_INDEFINITE_PUNISHED = re.compile(
    rf"\b(?i:{_PUNISHING}|reported|shopped|exposed|disciplined|grassed on|turned in)\s"
    r"(?i:a|an|some)\s(?:[\w'’-]+\s){1,3}"
    r"(?i:on|for|with)\s(?:[\w'’-]+\s){0,4}$"
)
# "a man from the village got transported for stealing a sheep", "a woman in her 40s from
# Stalybridge admitted benefit fraud": someone described, not named, in a report of a case.
_INDEFINITE_CONVICTED = re.compile(
    r"(?:^|[\s,;:\"“‘(])(?<!is )(?<!was )(?<!'s )(?<!’s )(?i:a|an)\s(?:[\w'’-]+\s){1,6}?"
    r"(?i:(?:got|was|were|has been|had been|is being)\s[\w'’-]+\s(?:for|of|with)"
    r"|admitted|admits|pleaded guilty to|pleads guilty to|denied|denies)\s(?:[\w'’-]+\s){0,3}$"
)
# Bare plural people as the subject: "while subpostmasters went to prison".
_PLURAL_SUBJECT = re.compile(
    r"(?:^|[\s,;:])(?<!his )(?<!her )(?<!their )(?<!the )(?<!my )(?<!our )(?<!your )(?<!these )"
    r"(?<!those )(?<!two )(?<!both )(?<!three )"
    r"(?:[a-z]+(?:masters|mistresses|ers|ors|ists|ants|ents)|men|women|people)"
    r"\s(?:(?:were|have|had|have been|then|all|also|just)\s){0,2}$"
)
# Someone nobody can pick out, told of before a pronoun stands for them: "a man knocked on
# my door", "some lad tried the car doors", "a woman in a red coat".
_STRANGER_MENTION = re.compile(
    # Not said of someone already there: "He's not a thief", "she was a thief".
    r"(?<!\bis )(?<!['’]s )(?<!\bwas )(?<!\bnot )(?<!\bbe )(?<!\bare )(?<!\bwere )(?<!\bbeing )"
    rf"(?:^|(?<=[\s,;:(]))(?i:an? (?:[\w'’-]+ ){{0,2}}?(?:{_SOMEONE}|caller|salesman|saleswoman"
    r"|cold caller|doorstep trader|trader|builder|\d{1,2}[- ]?(?:year|yr)s?[- ]?old)"
    rf"|some (?:[\w'’-]+ )?(?:{_SOMEONE}|idiot|one|body)|someone|somebody)\b"
)
# How far after the act its object may start: "arrested a 19-year-old".
_OBJECT_REACH = 30
_MEN = re.compile(r"(?i:\b(?:man|lad|guy|bloke|boy|fella|chap|gent|salesman)$)")
_WOMEN = re.compile(r"(?i:\b(?:woman|girl|lady|saleswoman)$)")
# Someone known only by what they did: "the lad who nicked my bike", "the man that was
# harassing women" (not "the man who runs the chippy", who is known otherwise).
_ONE_WHO = re.compile(
    # "that the man who": "that" opens a clause; "the man who" is the phrase.
    r"(?i:the|a|an|this|that|some|these|those)\s(?!(?i:the|a|an)\s)(?:[\w'’-]+\s)?"
    rf"(?i:{_SOMEONE}s?|people|men|women|idiots?|scumbags?|scrotes?|individuals?|gang|pair"
    r"|couple|lowlifes?)"
    r"\s(?i:who|that)\s(?!(?i:(?:is|was|s|are|were)\s(?:the|a|an|our|my|your|his|her|their)\s"
    r"|ran\s(?!(?:over|off|away|into|through|down)\b)|(?:runs|owns|owned"
    r"|works|worked|lives|lived|chairs|leads|manages|represents|sits|stood|stands|calls|called)\b))"
    r"(?P<did>(?:[\w'’-]+\s){0,3}$)?"
)
_LEADING_VOCATIVE = re.compile(
    r"\W*(?:@\w+|(?:(?i:cllr|councillor|mr|mrs|ms|dr|mayor)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)\s*[,:]\s*"
)
# Catching or reporting them: "Cllr Reid reported the man who ...", "thanks for catching".
_FOUND_SOMEONE = re.compile(
    r"\b(?i:reported|report|reporting|caught|catch|catching|arrested|arrest|stopped|chased"
    r"|confronted|tackled|identified|jailed|sentenced|prosecuted|charged|convicted)\s+$"
)
# News read or heard, then the stranger it tells of: "Just seen on the news that the man
# who ...", "Glad to hear the lad who ...".
_NEWS_LEAD_IN = re.compile(
    r"\s*(?i:(?:just\s+|have\s+|i\s+|i've\s+|i’ve\s+)?(?:seen|saw|read|heard|see|hear)"
    r"(?:\s+[\w'’]+){0,4}?(?:\s+that)?"
    r"|(?:great|good|glad|pleased|relieved|happy)\s+(?:news\s+)?(?:that|to\s+(?:see|hear|read)(?:\s+that)?))"
    r"\s+"
)
_OWNERS = re.compile(r"['’]s\s+(?:[\w-]+\s+)?$")
# A party or a body a retort answers: "Says the party that ...", "Coming from the council".
_A_BODY_AFTER = re.compile(
    r" (?:the|this|that|your|a) (?:same )?(?:party|parties|council|government|cabinet|administration"
    r"|tories|tory party|labour party|lib dems|conservatives|reform party|greens|green party|lot)"
    r"(?! (?:leader|chair|member|councillor|candidate|mp|boss|whip)s?\b)\b"
)
_SARCASTIC_BECAUSE = re.compile(
    r"\b(?:yeah|yes|yep|oh yeah|sure|right|of course)(?: right)? (?:because|cos|coz|cause|cuz) (?:\w+ ){1,4}"
    r"(?:would|wd|could|will|has|have|is|was|did|does) (?:never|not|n t)\b"
)
_SARCASTIC_THEN = re.compile(r"(?: (?:at all|going on|here|there|whatsoever|of course))* then\b")
_AGAINST_ONE = re.compile(r"\b(?i:against|about)\s$")
_PRONOUN_OPENS = re.compile(r"[\s.!?]*(?:He|She|They)\b")
# What befell them: "has been caught", "got 3 years", "is still at large".
_DEALT_WITH = re.compile(
    r"\b(?i:(?:(?:got|gets|was|were|has been|have been|is being|are being|been|has|have)\s+)?"
    r"(?:finally\s+|now\s+|just\s+|only\s+|rightly\s+)?(?:caught|arrested|charged|jailed"
    r"|sentenced|convicted|locked up|sent down|banned|fined|nicked|cautioned|found guilty"
    r"|prosecuted|done for|given \d+|\d+ (?:years|months|weeks|days)"
    r"|given (?:a |an )?(?:suspended |community |custodial |prison |jail )?(?:sentence|order|ban|asbo|caution|tag))"
    r"|(?:is|are) (?:still )?(?:at large|on the run|out there)|got away with it"
    r"|got what (?:he|she|they) deserved|got (?:his|her|their) comeuppance|went down for|put away for"
    r"|(?:is|are|was|were|gets|get|got) (?:\w+ )?(?:out of|released from) (?:prison|jail)"
    r"|(?:is|are|was|were|got|been) released)\b"
)
_NAMED_AS = re.compile(r"\b(?i:is|was|called|named|name is|turned out to be)\s+$")
_PUNISHES_SOMEONE = re.compile(
    r"\s+(?!(?i:for|over|after|on|in|at|by|last|yesterday|today|and|again|twice|once|under|with"
    r"|without|while|when|because|as|following|from|this|that|outside|inside|near|back|but|so|or"
    r"|yet|then|now|lol)\b)[\w'’-]+"
)
# Whoever arrests, just before the verb: "police arrested", "she arrested", "... and arrested".
_ENFORCER_BEFORE = re.compile(
    r"(?:\b(?i:he|she|they|i|we|you|who|and|police|officers?|cops|council|court|judge|magistrates?)"
    r"|\b[A-Z][\w'’-]*)\s+(?:(?:\w+ly|also|then|just|once|later|finally)\s+)?$"
)
_SOMEONE_WHO = re.compile(
    r"\b(?i:the|a|an|this|that|some|his|her|their|our|my)\s+(?:[\w'’-]+\s+){0,3}?(?i:who|that)\s+"
    r"(?:(?!(?i:this|that|these|those|the|a|an|he|she|they|i|you|we|his|her|their|my|your|our|it"
    r"|there|everyone|people|nobody|someone)\b)"
    r"[\w'’-]+\s+){0,4}$"
)
_DID_NOTHING_WRONG = re.compile(
    r"\s+(?i:(?:has|had|did|does|have)\s+(?:done\s+)?nothing\s+wrong|(?:is|was|s|’s|'s)\s+"
    r"(?:completely\s+|totally\s+)?(?:innocent|blameless|not involved|not to blame)"
    r"|had\s+nothing\s+to\s+do\s+with\s+(?:it|this|that))\b"
)
_LIKENESS = re.compile(r"(?i:a|an|another|the next|the|proper|real|right)\s")
_IS_SOMEONE = re.compile(
    r"(?:\b(?i:is|was|are|were|be|been|being|described as|known as)|['’](?:s|re)|,)\s*$"
)
# The acts that accuse whoever does them to a person named right after (ACT_ON), and the
# wrongs too common as words to accuse by themselves ("attacked", "threatened").
_HARMED_BY = re.compile(
    rf"(?i:{ACT_ON}|\b(?:attacked|robbed|threatened|harassed|mugged|burgled|beaten up|glassed"
    r"|headbutted|kicked|slapped|spat at|spat on|trolled|intimidated|bullied|defrauded|scammed"
    r"|conned))(?:\s+(?i:cllr|councillor|mr|mrs|ms|miss|dr)\.?)?\s+$"
)
_WRONG_TO = re.compile(
    r"\b(?i:abuse|attacks?|assaults?|harassment|murder|killing|robbery|mugging|stabbing|shooting"
    r"|rape|threats?|bullying|intimidation|stalking|trolling|beating|kidnapping)\s+"
    r"(?i:of|on|against|towards|to)\s+(?:(?i:the|a|an|our|my|your|his|her|their)\s+)?$"
)
# "Cllr Brown sent a text", "he posted a comment": whoever sent it did it ("was sent a
# letter" is the passive: the letter came to her).
_SENDS = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!got )(?<!get )(?<!being )"
    r"\b(?:sent|sends|sending|send|wrote|writes|writing|posted|posts|posting|left|leaves|leaving|"
    r"put|puts|putting|emailed|texted|made|makes|making)\s(?:(?:me|us|her|him|them|you)\s)?"
    r"(?:(?:a|an|some|the|these|those)\s)?(?:\w+\s)?$"
)
_TELLING = re.compile(
    r"(?:saying|calling|threatening|telling|accusing|shouting|screaming|demanding|warning)\b"
)
# "Someone spat at my wife and called her ...": the same unnamed someone does the next thing
# too. Not when someone says, sees or knows it ("someone told me he stole"), or someone
# else comes in ("someone paid him and he lied").
_SOMEONE_THEN = re.compile(
    r"(?:^|\s)(?:someone|somebody)\s(?:(?!(?:told|tell|tells|said|says|say|saying|reckons|thinks|"
    r"think|claims|knows|know|heard|saw|seen|watched|caught|spotted|that|who|is|was|s|he|she|"
    r"they|i|we|you|and)\b)\w+\s){1,6}(?:and\s)?$"
)
# The writer called or accused by someone: "he called me a liar", "you accused me of vandalism".
_CALLED_THE_WRITER = re.compile(
    r"\b(?:call(?:s|ed|ing)?|branded|branding|labell?ed|labell?ing|dubbed) (?:me|us) "
    r"(?:a |an )?(?:\w+ )?$|\baccus(?:es|ed|ing|e) (?:me|us) of (?:\w+ ){0,2}$"
)
# "a drunk driver", "some drunk bloke": the imputation describes someone unknown, not told
# of anyone ("she is a drunk driver" tells it of her, and "rich coming from a convicted drink
# driver" of the person replied to).
_UNKNOWN_BEFORE = re.compile(
    rf"{_NO_COPULA}(?<!\bs )(?<!\bare )(?<!\blike )(?<!\bfrom )(?<!\bsays )(?<!\bsaid )"
    r"\b(?:a|an|some|another)\s$"
)
# Someone unknown as the doer, right before the act: "a drunk fan stole", "when a man
# attacked", "somebody has been stealing", "some idiot smashed"; not "a man in our street
# assaulted", which places him.
_HAS_BEEN = r"(?:(?:has\s|had\s)?(?:been\s)?|s\sbeen\s)$"  # "someone's been stealing"
_ANYONE_DID = re.compile(
    rf"(?:^|\s)(?:a|an|some)\s(?:\w+\s){{0,2}}{_SOMEONE}\s{_HAS_BEEN}"
    # "a 34 year old man has been charged"
    rf"|(?:^|\s)(?:a|an)\s\d+\s(?:year|yr)s?\s(?:old\s)?(?:\w+\s)?{_SOMEONE}\s{_HAS_BEEN}"
    rf"|(?:^|\s)some\s(?:\w+\s)?{alternation(*INSULT_NOUNS)}\s{_HAS_BEEN}"
    rf"|(?:^|\s)(?:someone|somebody|whoever)\s{_HAS_BEEN}"
)
_CHARGED_WITH = re.compile(
    rf"\b(?:{PUNISHMENTS}|cautioned|fined|questioned|held|bailed|remanded)"
    r"\s(?:with|for|of|over|on suspicion of)\s(?:\w+\s)?$"
)
_A_SOMEONE = rf"(?:\w+\s)?{_SOMEONE}"  # "drunk bloke", "drug dealer"
_UNKNOWN_PERSON = re.compile(rf"\s{_A_SOMEONE}s?\b")
# A report of a stranger in a headline's words, opening the comment: "Man jailed for 18
# months", "Local woman given a restraining order".
_NOT_POINTED = rf"(?!{alternation(*_POINTING_WORDS, 'a', 'an')})"  # "Man jailed", not "the man"
_HEADLINE_SOMEONE = re.compile(
    rf"^(?:{_NOT_POINTED}\w+\s)?{_SOMEONE}\s(?:(?!(?:who|that|he|she|they|i|you|we|it)\b)\w+\s){{0,2}}$"
)
# People at large who keep doing it: "tourists keep nicking the old signs".
_PEOPLE_KEEP = re.compile(
    r"(?:^|\s)(?:tourists|visitors|walkers|kids|children|people|folk|youths|teenagers|teens|lads"
    r"|thieves|vandals|drivers|motorists|cyclists|yobs|idiots|morons|scrotes)\s"
    r"(?:keep|kept|keeps|always|often|constantly|regularly)\s(?:on\s)?$"
)
# A label that is any such person ("a burglar", "a drug dealer"), as the object of a verb:
# "lick a burglar to death", "caught a thief"; not "is a thief", "like a thief", "but a thief".
_UNKNOWN_PERSON_LABEL = re.compile(_A_SOMEONE)
# A town before a person's noun: "a 23 year old Corby Heath man", "a local Kettering woman".
_LOCAL_PERSON_AFTER = re.compile(
    r"\s+(?i:man|woman|men|women|boy|girl|teenager|teen|pensioner|couple|lad|youth|mum|dad"
    r"|driver|father|mother|resident|businessman|landlord)\b"
)
_LOCAL_PERSON_BEFORE = re.compile(r"\b(?i:a|an|the|old|local|\d+)\s+$")
# A label that is the object of a preposition names someone else ("dealt with that
# shoplifter", "shouted at the burglar"), unless a name follows it ("to that thief Hammond").
_WITH_THAT = re.compile(
    r"\b(?:with|at|to|from|for|against|about|after|chasing|chased) (?:that|the|this|a|an|some)"
    r" (?:\w+ )?$"
)
_UNNAMED_AFTER = re.compile(
    r"(?:$| (?:yesterday|today|tonight|last|earlier|this|at|in|on|outside|inside|near|who|and|but"
    r"|so|lol|haha|as|when|while|the|a|an|again|too|there|here)\b)"
)
_DONE_TO_A = re.compile(
    r"\b(?!(?:called|labelled|labeled|branded|dubbed|named|being|nothing|anything|something)\b)"
    r"(?:[a-z]+ed|[a-z]+ing|lick|catch|caught|chase|saw|see|spot|meet|met|hire|stop|find|found"
    r"|confront|tackle|fight|fought|hit|kill|shoot|shot|bite|bit|fend|scare|scared)"
    r"\s(?:off\s|away\s|down\s)?(?:a|an)\s$"
)
# "the thugs who attacked your son are still free, Cllr Patel", "The builders stole the
# parking spaces", "Two teenagers charged with arson": unnamed people, told of as a crowd, did
# it, not the person named beside. The crowd opens the comment or is followed by "who"
# ("The youth leader got three boys drunk" makes them the victims), and is not joined to a
# name ("Cllr Reid and the lads who ...").
_NUMBER = "(?:two|three|four|five|six|seven|eight|nine|ten|several)"
_CROWD = (
    r"(?:(?:the|these|those|some)\s(?:\w+\s){0,2}(?:thugs|yobs|louts|hooligans|vandals|thieves"
    r"|burglars|muggers|robbers|scrotes|kids|youths|teenagers|teens|lads|gangs|builders|workmen"
    r"|contractors|strangers|druggies|dealers)"
    rf"|{_NUMBER}\s(?:\w+\s)?(?:men|women|teenagers"
    r"|teens|boys|girls|youths|people))"
)
_GANG_DID = re.compile(
    rf"^{_CROWD}\s(?:(?:have|had|has)\s)?$"
    rf"|(?:^|(?<!\band)(?<!\bwith)\s){_CROWD}\s(?:who|that)\s(?:(?:have|had|has)\s)?$"
    # "the time two white boys raped my niece": a number of people nobody can identify, as
    # the subject of a clause ("got three boys drunk" makes them the victims).
    rf"|(?:^|[,.;:!?]\s|\b(?:when|time|after|as|because|then|while)\s)(?:{_NUMBER}|<number>)"
    r"\s(?:\w+\s){0,2}(?:men|women|teenagers|teens|boys|girls|youths|lads|guys|blokes|people)"
    r"\s(?:(?:have|had|has)\s)?(?:[a-z]+ed\s(?:(?:and|then|and\sthen)\s)?)?$"
)
# "get this guy raped", "see him beaten": a wish or a plan that someone suffer it.
_MADE_TO_SUFFER = re.compile(
    r"\b(?:to|should|must|gonna|wanna|ll|d)\s(?:get|see)\s(?:\w+\s){1,3}$"
    # "they want you dead and your children raped"; not "I want everyone to know he raped".
    r"|\b(?:want|wants|wanted|wanting|hope|hopes|hoping|wish|wishes|wishing)\s"
    r"(?:(?!(?:he|she|they|it|i|we|who|that|to|know|knows|is|was|are|were|has|had)\b)\w+\s){1,5}$"
)
# A wrong told as a command: the verb's bare form opening a sentence, or after another
# command that opens the comment ("Slash his tyres, smash his windows, then ...").
_COMMAND_VERBS = (
    "steal|rob|slash|smash|stab|kill|burn|torch|shoot|batter|mug|burgle|nick|key|vandalise"
    "|vandalize|trash|loot|poison|strangle|glass|kneecap|petrol bomb|firebomb"
)
_IMPERATIVE = re.compile(rf"(?i:{_COMMAND_VERBS})(?:\s|$)")
_AFTER_A_COMMAND = re.compile(rf"^(?:{_COMMAND_VERBS})\s(?:\w+\s){{1,4}}(?:then\s)?$")
# Whoever a command is said to, opening its sentence: "Cllr Reid, ", "@dave ".
_VOCATIVE = re.compile(r"\W*(?:@\w+,?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},)\s+")
_NO_OBJECT = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|or|in|on|at|by|for|then|too|again|already|soon|tonight|today"
    r"|bro|mate|pal|lol|lmao|haha|innit|though|tho)\b)"
)
# "I was punched by ...": a wrong suffered, whose doer the reading goes on to find.
_PASSIVE_START = re.compile(r"(?:was|were|got|get|been|being|am|m)\b")
_SATIRE = re.compile(SATIRE)
_FICTION = re.compile(FICTION)
_OFFENCE_NOUN = re.compile(OFFENCE_NOUN)
_LINK_BEFORE = words(LINK_BEFORE)
_SAID_THAT = words(
    "us me them everyone residents people said says say warned warns reminded reminds know "
    "knows knew think thinks believe believes shows showed proves proved means agree agrees "
    "argued argues"
)
_LINK_NEAR = words(LINK_NEAR)
_DOING = words("been keeps kept caught are were went go goes out busy")
_VERDICT_END = re.compile(VERDICT_END)
_NOT_A_VERDICT_WORD = words(NOT_A_VERDICT_WORD)
_LINK_AFTER = re.compile(LINK_AFTER)
_FUNDRAISING = re.compile(FUNDRAISING)
# A rumour or a post put down, however long the clause that tells it: "The rumour going round
# Facebook that Siobhan sold her house to a developer is complete rubbish".
# Not "his claims are lies" or "Nobody thinks he's innocent", which say something of someone.
_PUT_DOWN = re.compile(
    r"\b(?:rumou?rs?|gossip|(?:posts?|stories) (?:going|doing) (?:round|around))(?: \w+){0,16}? (?:is|are"
    r"|was|were|it s|its|they re|theyre|that s|thats) (?:all |just |utter |complete |total |absolute )?"
    r"(?:nonsense|rubbish|false|untrue|baseless|garbage|bollocks|codswallop|tosh)\b"
    r"|\b(?:nobody|no one|noone) (?:seriously|honestly|really|actually) (?:thinks|believes|reckons)\b"
)
_NOT_AN_ALLEGATION = re.compile(f"{FUNDRAISING}|{IDIOMS}|{KNOCKED_DOWN}|{PROPER_CONDUCT}|{PRAISE}")
_PRAISE = re.compile(PRAISE)
_ONLINE_EDITING = re.compile(ONLINE_EDITING)
_VIEWS = re.compile(VIEWS)
_WHAT_THEY_DID = re.compile(r"\b(?:who|that|and|he|she|they) (?:\w+ ){0,2}\w+ed\b")
_EXCHANGE = re.compile(EXCHANGE)
# "it/this/that is fraud" points back at what someone did, unless the word is mere hyperbole.
_POINTING = words("it this that which its thats")
_POLITICAL_SPEECH = re.compile(POLITICAL_SPEECH)
_OFFICIAL_LIE = re.compile(OFFICIAL_LIE)
_ACTS = words(ACTS)
_HYPERBOLE_PREDICATE = re.compile(HYPERBOLE_PREDICATE)
# What someone does for fun or wears, which "criminal" and "a crime" only mock.
_PASTIMES = words(
    "karaoke singing dancing dance haircut hair outfit outfits jumper shirt tie suit hat dress"
    " fashion taste cooking baking cake jokes joke puns pun football golf darts bowling quiz"
    " performance driving parking handwriting spelling grammar photos photo selfie selfies"
    " poem poetry music playlist moustache beard tattoo defending defence finishing passing"
    " tackling marking goalkeeping refereeing batting fielding tactics substitutions"
)
# A possessive in the subject makes the thing someone's: "the councillor's company is a fraud".
_DECISIONS = words(
    "policy policies plans plan cuts decision decisions budget budgets proposals proposal "
    "record priorities handling charges rates scheme schemes closures closure"
)
_OWNED = words("his her their your s")
_GROUP = re.compile(GROUP)
_FLOATING_ALL = re.compile(r"(?:are|re) all")
_ONLY_JOINED = re.compile(r"[\s,&]*(?:(?:and|both)\b[\s,&]*)*")
_WHEN = re.compile(
    r"\W*(?:every|each|all|most|these|those) (?:single )?(?:time|times|day|days|week|weeks"
    r"|month|months|year|years|morning|mornings|night|nights|evening|evenings|weekend|weekends"
    r"|meeting|election|so often|now and then|along|the time|of the time|i know)\b"
)
_GROUP_KNOWS = re.compile(
    r"\W*(?:every|all|most|these|those|each)\b[^.!?]{0,40}?\b(?:know|knows|knew|say|says|said"
    r"|think|thinks|reckon|reckons|saw|heard|agree|agrees|believe|believes)\b(?! all\b)"
)
_A_LABEL = words("a an")
_NEGATOR = re.compile(
    r"\b(?:not|never|cannot|(?:didn|doesn|don|isn|wasn|hasn|haven|hadn|aren|weren|wouldn|won|couldn|can|ain) t"
    # Typed without the apostrophe: "he didnt steal", "you wont hit a girl".
    r"|didnt|doesnt|dont|isnt|wasnt|hasnt|havent|hadnt|arent|werent|wouldnt|wont|couldnt|aint"
    # "finished the job without stealing a penny"; not "without a doubt he is a crook".
    r"|without(?! (?:a |any )?(?:doubt|question|fail|exception|shame|remorse|apology|consent|permission))"
    # "It has nothing to do with child abuse", "Cllr Reid had nothing to do with the fraud".
    r"|(?:has|had|have|s|ve|got|having) (?:absolutely )?(?:nothing|no more|no part) to do with"
    r"|no way|(?:no one|nobody) (?:believes|thinks|seriously thinks)|den(?:y|ies|ied|ying)"
    r"|(?:is|s|was|are|re|were|took|takes|taken|accepted|received|has|had|have|ve|got|with) no(?! way)"
    # "Nobody's been arrested", "no one was charged": the act denied of everyone.
    r"|(?:nobody|no one|noone) (?:s|has|have|had) (?:ever )?been|(?:nobody|no one|noone) (?:was|were|got)"
    # "Bankers wrecked the economy and hardly any of them went to jail": few or none of them.
    r"|(?:hardly|barely|scarcely) (?:any|anyone|anybody)(?: of (?:them|those|us|you))?"
    r"|(?:none|not one|not a single one|not many|very few) of (?:them|those|us|you))\b"
)
# "He stole nothing", "lied to nobody": the act denied by what follows it.
_NOTHING_AFTER = re.compile(
    r" (?:(?:to|from|with|of) )?(?:nothing|nobody|no one|not a (?:penny|thing|single \w+)|no (?:money|cash|one))\b"
)
_DENY = re.compile(r"den(?:y|ies|ied|ying)")
_STOPS = re.compile(r"\s*[.!?;]")
# A lie told about someone: the person named next is its subject, not its teller.
_LIE_WORD = re.compile(r"\b(?:lying|lie|lies|lied|liars?|smear(?:s|ed|ing)?|slander(?:s|ed|ing)?)$")
_LIE_ABOUT = re.compile(r"\b(?:lying|lie|lies|lied) (?:about|to)$")
_ABOUT = re.compile(r"\s+about\b", re.IGNORECASE)
_STOP_LYING = re.compile(
    r"\b(?:stop|quit|enough of|cut out|cut the) (?:(?:the|your|all|all the|this|these|spreading|telling) )?$"
)
_ABOUT_GAP = re.compile(r"\s*(?:about\s+)?(?:(?:the|our|my|poor)\s+)?", re.IGNORECASE)
# Not knowing what is so still says it is so: "she does not know that he bugged her phone".
_KNOWS_THAT = re.compile(
    r"\b(?:know|knows|knew|realise|realises|realised|realize|realizes|realized|notice|noticed"
    r"|understand|understood|see|saw) that\b"
)
_NOT_ONE_OF_THEM = re.compile(
    r" (?:isn t|is not|isnt|ain t|aint|was never|is never|s not|has never been) (?:one of them|among them|one of those)\b"
)
# What says the act was done before: "won't be stalking me anymore", "never again".
_ANY_MORE = re.compile(r"(?: \w+){0,4}? (?:anymore|any more|any longer|again)\b")
# Words after a negation that leave the allegation standing.
_AFFIRMING = words(
    "only just merely simply even believe forget surprised surprising wonder doubt deny denied "
    "denies denying mention care matter stop stopped saying say suggesting claiming accusing repeat "
    "pretend pretending hide hiding the first time once"
)
# The rest of a sentence that is a question.
_ASKED = re.compile(r"[^.!?\n]*\?")
_ACCUSATION = re.compile(
    r"\b(?i:accus(?:ing|ed|es|ation|ations)|allegations?|alleg(?:ing|ed|es)|rumou?rs?|smears?"
    r"|reported|claim(?:s|ed|ing)?|(?:people|folk|everyone|some|they) (?:are |keep |)saying"
    # "someone on the Noticeboard group is saying", "a post going round that ...".
    r"|(?:is|are|was|were|keeps?|kept) (?:\w+ )?(?:saying|posting|sharing|spreading)"
    # "calling her corrupt is just daft": the name-calling itself.
    r"|posted that|going round|going around|doing the rounds|calling \w+)\b"
)
# Words that call an accusation false: "a smear", "full of lies", "completely false".
_DISMISSAL = re.compile(
    r"\b(?i:(?:a|the|this|that|vile|nasty|political|malicious|latest) smear|smear campaign|smears"
    r"|smeared|(?:full of|pack of|are|were|is|was|all|just|more|total|utter|complete) lies"
    r"|(?:is|was|are|were|completely|totally|entirely|utterly|all|proven|proved) (?:false|untrue)"
    r"|false (?:allegations?|accusations?|claims?|rumou?rs?|stor(?:y|ies)|reports?)|untrue|baseless"
    r"|malicious|debunked|cleared of|cleared her|cleared him|wrongly|fabricated|retracted"
    r"|apologi[sz]ed|defamatory|libellous"
    # "That's completely false.", "That is a lie.", "Total rubbish."
    r"|(?:that|this|it)(?:['’]s| is| was) (?:a (?:total |complete |blatant |downright )?lie|made up"
    r"|not true|rubbish|nonsense|false)"
    r"|(?:total|utter|complete) (?:rubbish|nonsense|fabrication)"
    r"|(?:that|this|it)(?:['’]s| is| was) not (?:lying|a lie|lies|theft|stealing|fraud|corruption"
    r"|bribery|a crime|criminal|a cover ?up)"
    r"|(?:is|was|are|were) (?:bang |well |totally |completely |absolute |utter |complete |total |just |plain |simply |so )?(?:out of order|out of line"
    r"|unfair|uncalled for|a disgrace|disgraceful|nonsense|rubbish|ridiculous|absurd|laughable"
    r"|daft|silly|stupid|pathetic|childish|lazy|wrong|a cheap shot|beneath you))\b"
    # The rumour answered flat, in a sentence of its own: "... owns the land. He doesn't.",
    # or with how the writer knows: "He doesn't, I checked."
    r"|(?<![\w,;] )(?<![\w,;])(?i:he|she|they|it) (?:doesn['’]t|does not|didn['’]t|did not|isn['’]t"
    r"|is not|wasn['’]t|was not|hasn['’]t|has not|never did|never has)(?=\s*[.!]|\s*$"
    # "He doesn't, I looked it up": the answer, and how the writer knows.
    r"|,\s*(?i:i|we) (?:checked|looked|asked|rang|phoned|called|googled|searched|know|know for a fact))"
)
# "He took a bribe? Where's your proof?": the writer asks for what nobody has shown.
_PROOF_ASKED = re.compile(
    r"\b(?i:where(?:['’]s| is|s)? (?:your|ur|ya|the|his|her|their) (?:proof|evidence)"
    r"|(?:any|got|have you got|you got|do you have|show us|show me) (?:any |the |your )?"
    r"(?:proof|evidence)(?=\s*\?))"
)
# A question the writer answers with a no: "Cllr Reid is a crook? Come off it, ...".
_ANSWERED_NO = re.compile(
    r"\s*\?[?!\s]*(?i:no(?! (?:doubt|question|surprise|wonder|denying)\b)|nope|no way|of course not|course not|come off it|give over|hardly|rubbish"
    r"|nonsense|not a chance|not at all|absolutely not|certainly not|don['’]t be (?:daft|silly"
    r"|ridiculous))\b"
)
# A claim called false before it is told, in its own sentence.
_CALLED_FALSE = re.compile(
    r"(?:^|[.!?]\s+|\b(?i:it s|it’s|it's|its|the idea|the claim|the story|the rumou?r)\s+)"
    r"(?i:rubbish|nonsense|bollocks|untrue|not true|a lie|a myth|false|absurd|ridiculous)\s+that\s"
    r"(?:[\w'’-]+\s+){0,6}$"
    r"|\b(?i:stop|quit|please stop|give up|pack in) (?:saying|claiming|spreading|repeating|calling"
    r"|suggesting|implying|insinuating|accusing)\s+(?:[\w'’-]+\s+){0,6}$"
)
_NOT_SO = re.compile(r"\b(?i:nowhere|not|never|no|nothing)\b(?:\s+[\w'’-]+){0,3}\s*$")
_WARNING_AFTER = re.compile(r"s? (?:warning|warnings|alert|alerts|awareness)\b")
_WORD_MENTIONED = re.compile(
    r" is (?:a |such a )?(?:strong|big|harsh|loaded|heavy|serious|ugly) word\b"
)
_CHARGE_ADJECTIVE = re.compile(
    r"(?:corrupt|crooked|bent|criminal|fraudulent|lying|dishonest|thieving|sleazy|rotten)"
)
_OF_AN_INSTITUTION = re.compile(
    r" (?:\w+ ){0,2}(?:leadership|regime|administration|council|government|establishment|system"
    r"|party|parties|elites?|politicians|politics|officials|cabinet|executive|committee|old guard"
    r"|cabal|clique|lot|tories|labour|media|press|police force|institutions?|bureaucracy"
    # Bodies and seats of government by name, and parties: "voted to stay in the corrupt EU",
    # "how corrupt the Dems are".
    r"|eu|european union|un|united nations|nato|westminster|whitehall|brussels|deep state"
    r"|dems|democrats|republicans|gop|conservatives|lib dems|libdems|snp|greens)\b"
)
# The adjective opening the sentence, likened, then the body it is said of: "bent as a nine
# bob note the whole Westminster system", "rotten to the core, the entire establishment".
_LIKENED_INSTITUTION = re.compile(
    r" (?:as (?:a|an) (?:\w+ ){0,3}\w+|to the (?:core|bone))(?: (?:the|this|that))?(?: (?:whole|entire))?"
    + _OF_AN_INSTITUTION.pattern
)
# "driver was convicted", "the lad got arrested": a noun, then a punishment in the passive.
_SOMEONE_PUNISHED = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?P<noun>[A-Za-z][\w'’-]*)\s+(?:was|were|got|has been|had been|have been"
    r"|is being|was being|gets|get|is|are)\s+(?:\w+ly\s+|(?:just|finally|also|then|now|since)"
    r"\s+)?$"
)
# "im stealing this", "I'm just gonna steal your boots": the writer, then the act.
_WRITER_DOES = re.compile(
    r"(?:^|(?<=[\s,;:(]))((?i:i|im|i['’]m|i['’]ll|i['’]d|i['’]ve|ima|imma|we|we['’]re|we['’]ll"
    r"|we['’]ve|we['’]d))\s+(?:[\w'’-]+\s+){0,3}$"
)
# Someone of the writer's own, just before what they did: "my husband hit me".
_WRITERS_OWN = re.compile(
    rf"\b((?i:my) (?:ex |former )?(?:{RELATIVE_NOUNS}|ex|neighbour|landlord|landlady|boss|manager"
    r"|flatmate))\s+(?:\w+ly\s+|(?i:then|also|just|once|always|kept|used to)\s+)?$"
)
_DOUBT = re.compile(
    r"\b(?:i|we) (?:don t|dont|do not|didn t|didnt|did not|never|really don t|really dont)"
    r" (?:think|believe|reckon|suppose)\b"
    # "nobody thinks Cllr Reid took a bribe", "the last person who'd ever steal a penny".
    r"|\b(?:nobody|no one|noone) (?:seriously |honestly |really )?(?:thinks|believes|reckons|is saying"
    r"|s saying|says|suggests|suspects)\b"
    r"|\bthe last (?:person|man|woman|one|councillor|bloke) (?:who|that|to) (?:d |would |will )?(?:ever )?$"
    # "This does not mean that they are stealing our jobs", "it does not follow that ...".
    r"|\b(?:does not|doesn t|did not|didn t|would not|wouldn t) (?:mean|follow|prove|show)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]|\bbut\b")
# "He is a fraud", not "he committed a fraud": a label, not an act.
_A_FRAUD = re.compile(
    r"(?<!committed )(?<!commit )(?<!commits )(?<!committing )(?<!perpetrated )(?<!behind )"
    r"(?<!ran )(?<!running )(?<!runs )\ban? (?:\w+ )?fraud\b"
)
_COPULA = words("is s was are re were")
_PERSON_WORDS = words("he she you u they who i we him her")
# Not a noun that names who was punished: "he was convicted" is found as "he".
_NOT_A_NOUN = _PERSON_WORDS | words(
    "it which that this there what them me us one someone somebody anyone everyone ya"
)
_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][A-Za-z0-9]{3,})")
# A hashtag that labels one person ("#drunk", "#thief"), not a group or a topic
# ("#DemsAreFrauds", "#DeepStateCorruption", "#NoVoterFraud").
# With a name tag beside it, the wrong itself tags the person too: "#ReidOut #Backhanders".
_LABEL_TAG = re.compile(
    rf"(?i:{PERSON_LABELS}|corrupt|bent|stdspreader|backhanders?|bribes?|bungs?|kickbacks?|\w*fiddlers?"
    r"|brownenvelopes?)"
)
_TAG_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_TAG_PERSON = words(TAG_PERSON)
# Words that follow an office in a hashtag without being a name: "#CouncillorOut".
_TAG_NOT_NAMES = words(
    "is was are has had a an the for out in must should go resign lies lied lying liar liars "
    "corrupt crook crooks fraud thief scandal gate watch shame scum cash bribe bribes tax "
    "expenses pay paid of and or who that not never"
)
_JOINED_TAG = JOINED_TAG
# Parties and bodies a hashtag's charge may be aimed at: "#LyingLabour" is no one's name.
_TAG_GROUPS = ORGANISATION_WORDS | words(
    "labour tories tory conservatives conservative greens green reform council councils "
    "government govt snp ukip libdems dems democrats republicans liberals lefties remainers "
    "brexiteers police cops media press bbc party parties politicians mps westminster"
)
_FOR_SALE = re.compile(r"\bfor sale\b")
