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

from monitor.scoring.base import Reason, Signal
from monitor.scoring.text import Canonical, canonical

# (kind, pattern over canonical text). Kinds name the imputation in the reason.
IMPUTATIONS: tuple[tuple[str, str], ...] = (
    (
        "bribery or corruption",
        r"\bbrib(?:e|es|ed|ery|ing)\b|\bbackhanders?\b|\bbrown envelopes?\b"
        r"|\bkick ?backs?\b|\bon the take\b|\bin (?:the )?pocket of\b|\bpaid (?:him|her|them|you) off\b"
        r"|\b(?:was|were|been|being|got) paid (?:\S+ )?(?:by|to)\b|\bslipped (?:him|her|them|you) (?:a|some|cash|money|\d)"
        r"|\blining (?:his|her|their|your) (?:own )?pockets?\b|\b(?:gets|get|takes|taking|took) a cut\b"
        r"|\btaking cash\b|\bcash for\b|\bcorrupt(?:ion|ly)?\b|\bbent\b|\bcrook(?:ed|s)?\b"
        r"|\bhow much did (?:\w+ ){1,4}pay (?:you|him|her)\b|\bpaid for by (?:the|a) (?:firm|company|developer|contractor)"
        r"|\bin exchange for\b|\bthat s why they got (?:it|the contract)\b|\bbought (?:you|him|her|them)\b"
        r"|\bto swing the vote\b|\bbought and paid for\b|\bpaid (?:£|\d)"
        r"|\bon (?:\w+ ){0,3}payroll\b|\bthe money went (?:through|into)\b"
        r"|\b(?:took|taking|takes|accepted|accepting|received|receiving) (?:£|\d|cash|money|a free|free|gifts?|hospitality|a bung|bungs)"
        r"|\bwithout (?:any|a|an) (?:tender|declaration)\b",
    ),
    (
        "fraud",
        r"\bfraud(?:ulent|ulently|ster|sters)?\b|\bfiddl(?:ed|ing|es) (?:his|her|their|your|the) "
        r"(?:\w+ )?(?:expenses|allowances?|books|figures|accounts|claims?|mileage)\b|\bfalsif(?:ied|y|ying)\b"
        r"|\bdoctored\b|\bforged\b|\bfake invoices?\b|\bembezzl\w*|\blaunder\w*|\bcooked the books\b"
        r"|\bclaiming (?:\w+ ){0,3}discount while\b|\blied on (?:his|her|their|the)\b|\bscam(?:med|ming)?\b",
    ),
    (
        "theft",
        r"\bst(?:ole|olen|ealing|eals|eal)\b|\bnick(?:ed|ing)\b|\bpinch(?:ed|ing)\b"
        r"|\bpocket(?:ed|ing)\b|\bsell(?:s|ing)? (?:council|our|the council s) \w+|\bhelped (?:himself|herself|themselves) to\b|\bthie(?:f|ves|ving)\b"
        r"|\b(?:keeping|kept|keeps) (?:it|the money|the cash) (?:for (?:himself|herself))?\b"
        r"|\bnever reached\b|\bmissing £",
    ),
    (
        "dishonesty or a cover-up",
        r"\bliars?\b|\blied\b|\blying (?:about|to)\b|\bcover(?:ed|ing)? (?:it |this |that )?up\b"
        r"|\bcover ups?\b|\bhid (?:it|the|this|that)\b|\bhush(?:ed)? (?:it |this |that )?up\b|\bburied the\b"
        r"|\bshredded\b|\bkept (?:it )?quiet\b|\bkeep quiet\b|\bhush (?:hush|money)\b|\bpaid (?:her|him|them) off\b"
        r"|\bdestroyed (?:the )?(?:evidence|report|emails|files)\b|\bdeleted the (?:emails|evidence|files)\b",
    ),
    (
        "sexual misconduct",
        r"\bgrop(?:ed|ing|e)\b|\bharass(?:ed|ing|ment)\b|\bsexual(?:ly)? (?:assault|harass)\w*"
        r"|\bexplicit (?:photos|pictures|messages|images)\b|\bsleeping with\b|\baffair with\b"
        r"|\bcaught with a 1[0-7] year old\b|\bindecent\w*\b|\bflash(?:ed|ing)\b|\brap(?:ed|ist)\b"
        r"|\bsex pest\b|\bmolest\w*",
    ),
    (
        "abuse of children",
        r"\bpaedo(?:phile)?s?\b|\bpedo(?:phile)?s?\b|\bnonces?\b|\bkiddie fiddlers?\b"
        r"|\bchild (?:abuser|abuse|porn)\b|\babus(?:ing|ed) (?:kids|children|a child|pupils)\b|\bgroom(?:ing|er|ed)\b"
        r"|\b1[0-5] year old\b",
    ),
    (
        "drunkenness or drugs",
        r"\bdrunk(?:en|ard)?\b|\bhammered\b|\bsteaming\b|\bpissed\b(?! off)|\bstinking of\b"
        r"|\bpisshead\b|\balcoholic\b|\bdrink driving\b|\bdrunk driving\b|\bover the limit\b|\boff (?:his|her) face\b"
        r"|\bunder the influence\b|\bcoke ?head\b|\bcocaine\b|\bon drugs\b|\bslurring\b",
    ),
    (
        "a crime or an investigation",
        r"\barrested\b|\bunder (?:police )?investigation\b|\binvestigated for\b"
        r"|\bcharged with\b|\bconvicted\b|\bcriminal record\b|\bjailed\b|\bsacked (?:from|for)\b"
        r"|\bsuspended (?:by|for|from)\b|\bstruck off\b|\bbullying staff\b|\bcriminal\b",
    ),
    (
        "vote rigging",
        r"\brigg(?:ed|ing)\b|\bfiddled the (?:count|votes|postal votes|election|ballot)\b"
        r"|\bfiddled (?:the )?postal votes\b|\bharvest(?:ed|ing) (?:postal )?votes\b|\bpaid people (?:\S+ ){0,4}to vote\b"
        r"|\btamper(?:ed|ing) with\b|\bvote buying\b|\bballot stuffing\b|\belectoral fraud\b|\bstuffed the ballot\b",
    ),
    (
        "an undeclared interest",
        r"\bwithout declaring\b|\bnever declared\b|\bdidn t declare\b|\bundeclared\b"
        r"|\bsecret (?:director|owner|shareholder|partner)\b|\bhas shares in\b|\bowns the land\b"
        r"|\bconflict of interest\b|\bwithout (?:it )?going to tender\b|\bsat on the panel\b"
        r"|\b(?:brother|sister|son|daughter|wife|husband|cousin|mate|friend|brother in law)(?: s)? "
        r"(?:\w+ ){0,3}(?:firm|company|business) (?:got|won|was given)\b|\bto (?:her|his) friends\b",
    ),
)
_IMPUTATIONS = [(kind, re.compile(pattern)) for kind, pattern in IMPUTATIONS]

TITLES = (
    r"\b(?:cllr|councillor|council leader|the leader|the mayor|mayor|dr|mr|mrs|ms|miss|sir|dame|lord"
    r"|the chair(?: of \w+)?|the chief executive|the returning officer|the (?:\w+ ){0,2}officer"
    r"|the head of \w+|head of \w+|the treasurer|the youth worker|the clerk|the landlord|the director"
    r"|the caretaker|the headteacher|the manager|the secretary)\b"
)
SECOND_PERSON = r"\b(?:you|your|u|ur)\b"
PRONOUN = r"\b(?:he|she|his|her|him)\b"
HEDGES = (
    r"\b(?:allegedly|alleged|apparently|rumour|rumours|rumoured|word is|word round|people are saying"
    r"|people keep saying|i heard|i ve heard|i have heard|heard that|someone told me|told me|i was told"
    r"|not saying it s true|i could be wrong|looks like|looks very much like|seems|reckon|i think"
    r"|i believe|is it true|can anyone confirm|supposedly|so i m told|what i was told|might have"
    r"|may have|could have|i suspect|i wonder|funny how)\b"
)
ATTRIBUTED = (
    r"\b(?:bbc|guardian|times|telegraph|yorkshire post|examiner|sky news|itv|mirror|independent"
    r"|chronicle|gazette|echo|argus|herald|press release|police|court|crown court|magistrates|cps"
    r"|post|news|mail|express|observer|standard|journal|courier|advertiser|press|paper|newspaper"
    r"|coroner|inquest|standards committee|regulator|ombudsman|information commissioner|ico|jury"
    r"|tribunal|judge)\b(?: \w+){0,3} (?:say|says|said|report|reports|reported|found|confirmed|announced"
    r"|heard|ruled|has|have|fined|charged|convicted|jailed)\b|\baccording to\b|\breports that\b"
)
DENIAL = (
    r"\bnobody is suggesting\b|\bno one is suggesting\b|\b(?:zero|no) evidence\b|\bcleared\b"
    r"|\bnot true\b|\bis unfair\b|\buntrue\b|\bbaseless\b|\bconspiracy theor"
)
QUESTION = re.compile(r"\?\s*$|^\W*(?:is|was|did|has|have|does|do|are|were|how|why|who)\b", re.I)


class LibelScorer:
    name = "libel"
    version = "libel 1"

    def __init__(self, names: Iterable[str] = ()) -> None:
        cleaned = [n.strip().lower() for n in names if n and n.strip()]
        self._names = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in cleaned) + r")\b")
            if cleaned
            else None
        )

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return [self._one(text) for text in texts]

    def _target(self, text: str, view: Canonical) -> str | None:
        if self._names is not None and (match := self._names.search(view.text)):
            return view.quote(match.start(), match.end())
        if match := re.search(r"@\w{2,}", text):
            return match.group(0)
        if match := re.search(TITLES + r"(?: \w+){0,2}", view.text):
            return view.quote(match.start(), match.end())
        # Two capitalised words in a row, not at the start of a sentence: a person's name.
        if match := re.search(
            r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z'’]+)+\b", text.strip()
        ):
            return match.group(0)
        if match := re.search(SECOND_PERSON, view.text):
            return view.quote(match.start(), match.end())
        if match := re.search(PRONOUN, view.text):
            return view.quote(match.start(), match.end())
        return None

    def _one(self, text: str) -> Signal:
        view = canonical(text, mask_places=False)
        found = [(kind, m) for kind, pattern in _IMPUTATIONS if (m := pattern.search(view.text))]
        if not found:
            return Signal()
        target = self._target(text, view)
        if target is None:
            return Signal()
        kind, match = found[0]
        imputation = view.quote(match.start(), match.end())
        score, framing = 0.85, "stated as fact"
        if re.search(DENIAL, view.text):
            score, framing = 0.2, "but the comment disputes it"
        elif re.search(ATTRIBUTED, view.text):
            score, framing = 0.3, "attributed to a court, the police or the press"
        elif re.search(HEDGES, view.text):
            score, framing = (
                0.6,
                "as a rumour or suggestion (repeating a rumour is still publishing it)",
            )
        elif any(QUESTION.search(s) for s in re.split(r"(?<=[.!?])\s+", text.strip())):
            score, framing = 0.6, "as a question that insinuates it"
        message = f"allegation of {kind} ('{imputation}') about '{target}', {framing}"
        reason = Reason("libel", message, score, self.name, (imputation, target))
        return Signal(scores={"libel": score}, reasons=[reason])
