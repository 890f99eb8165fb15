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
from monitor.scoring.rules import prepare
from monitor.scoring.text import Canonical, Prepared

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
        # The lookahead first: the lookbehinds then run only where such a verb starts.
        r"|\b(?=(?:took|taking|takes|accepted|accepting|received|receiving) )(?<!council )(?<!authority )(?<!school )"
        r"(?<!charity )(?<!we )(?<!ward )(?<!government )(?<!fund )"
        r"(?:took|taking|takes|accepted|accepting|received|receiving) (?:£|\d|cash|money|a free|free|gifts?|hospitality|a bung|bungs)"
        r"(?!(?: ?[\d£.,]+)*(?:k|m|bn)? (?:off|from) (?:my|our|me|us|a|an|elderly|pensioners|vulnerable)\b)"
        r"|\bwithout (?:any|a|an) (?:tender|declaration)\b"
        r"|\btrouser(?:ed|ing|s)\b|\bcash in (?:hand|a brown)\b|\bbung(?:s|ed)?\b|\bsweeteners?\b|\bgreas(?:ed|ing|e) (?:\w+ )?palms?\b"
        r"|\bbought (?:his|her|their|your) (?:vote|votes|support|silence)\b|\b(?:developers?|builders?|firm s|company s|contractors?) (?:back )?pockets?\b"
        r"|\boff the back of (?:that|the|this|a) (?:\w+ )?(?:contract|deal|planning|permission|tender|decision)\b"
        r"|\b(?:holiday|holidays|car|cars|villa|extension|conservatory|kitchen|tickets) (?:\w+ ){0,3}(?:paid for|courtesy of|from the developer|off the developer)"
        r"|\b(?:went up|appeared|arrived|turned up) (?:\w+ ){0,4}same (?:week|month|year|time) (?:\w+ ){0,3}(?:got|won|was given|received)\b"
        r"|\bon the (?:developer s|firm s|company s) books\b|\bkickbacks?\b|\bsold (?:his|her|their) (?:vote|soul)\b",
    ),
    (
        "fraud",
        r"\bfraud(?:ulent|ulently|ster|sters)?\b|\bfiddl(?:ed|ing|es) (?:his|her|their|your|the) "
        r"(?:\w+ )?(?:expenses|allowances?|books|figures|accounts|claims?|mileage)\b|\bfalsif(?:ied|y|ying)\b"
        r"|\bdoctored\b|\bforged\b|\bfake invoices?\b|\bembezzl\w*|\blaunder\w*|\bcooked the books\b"
        r"|\bclaiming (?:\w+ ){0,3}discount while\b|\blied on (?:his|her|their|the)\b|\bscam(?:med|ming)?\b"
        r"|\bfalsely claim\w*|\bclaim(?:ing|ed|s)? (?:\w+ ){0,3}(?:mileage|expenses|allowances?) for (?:\w+ ){0,3}(?:never|didn t|did not)\b"
        r"|\bfiddl(?:ed|ing|es) the (?:system|books|figures|accounts|grant|claims?)\b|\bcook(?:ed|ing|s)? the books\b"
        r"|\bsiphon(?:ed|ing|s)?\b|\bskim(?:med|ming|s)? (?:off|money|cash|from)\b|\bcream(?:ed|ing)? off\b|\bhand in the till\b"
        r"|\binto (?:his|her|their) own (?:account|pocket|bank)\b|\bbenefit fraud\b|\btax (?:evasion|fraud)\b|\bdodg(?:ed|ing) (?:his|her|their )?tax\b",
    ),
    (
        "theft",
        r"\bst(?:ole|olen|ealing|eals|eal)\b|\bnick(?:ed|ing)\b|\bpinch(?:ed|ing)\b"
        r"|\bpocket(?:ed|ing)\b|\bsell(?:s|ing)? (?:council|our|the council s) \w+|\bhelped (?:himself|herself|themselves) to\b|\bthie(?:f|ves|ving)\b"
        r"|\b(?:keeping|kept|keeps) (?:it|the money|the cash) (?:for (?:himself|herself))?\b"
        r"|\bnever reached\b|\bmissing £"
        r"|\b(?:walked|made|ran) off with\b|\brobb(?:ed|ing)\b|\bthousands (?:gone|missing|disappeared)\b|\bmoney (?:went )?missing\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bliars?\b|\blied\b|\blying (?:about|to)\b|\bcover(?:ed|ing)? (?:it |this |that )?up\b"
        r"|\bcover ups?\b|\bhid (?:it|the|this|that)\b|\bhush(?:ed)? (?:it |this |that )?up\b|\bburied the\b"
        r"|\bshredded\b|\bkept (?:it )?quiet\b|\bkeep quiet\b|\bhush (?:hush|money)\b|\bpaid (?:her|him|them) off\b"
        r"|\bdestroyed (?:the )?(?:evidence|report|emails|files)\b|\bdeleted the (?:emails|evidence|files)\b"
        r"|\bburied (?:the|a|an|his|her) (?:\w+ ){0,2}(?:report|survey|evidence|complaint|findings|email|letter)\b|\bbarefaced liar\b"
        r"|\bmade up (?:the )?(?:\w+ )?(?:figures|numbers|results|data|evidence|story|complaint)\b|\bfabricat(?:ed|ing)\b"
        r"|\bswept (?:it |this |that )?under the (?:carpet|rug)\b|\bknew about (?:\w+ ){0,5}(?:and|but) (?:did nothing|kept quiet|said nothing|hid|buried)\b"
        r"|\bshred(?:ded|ding)? the\b|\bdeliberately (?:hid|misled|withheld|deleted|destroyed|lost)\b|\bmisled (?:the|council|residents|the public)\b",
    ),
    (
        "sexual misconduct",
        r"\bgrop(?:ed|ing|e)\b|\bharass(?:ed|ing|ment)\b|\bsexual(?:ly)? (?:assault|harass)\w*"
        r"|\bexplicit (?:photos|pictures|messages|images)\b|\bsleeping with\b|\baffair with\b"
        r"|\bcaught with a 1[0-7] year old\b|\bindecent\w*\b|\bflash(?:ed|ing)\b|\brap(?:ed|ist)\b"
        r"|\bsex pest\b|\bmolest\w*"
        r"|\btouch(?:ing|ed) up\b|\bwandering hands\b|\bhaving it off with\b|\bhaving an affair\b|\bshagging (?:his|her|the|a)\b"
        r"|\b(?:dirty|sexual|naked|nude|explicit|indecent) (?:pictures|photos|pics|messages|texts|images|videos)\b"
        r"|\b(?:sent|sending|sends) (?:\w+ ){0,3}(?:pictures|photos|pics|messages|texts) to (?:a|an) (?:\w+ ){0,3}(?:girl|boy|child|teenager|kid|pupil|minor)\b"
        r"|\binappropriate (?:relationship|messages|touching|behaviour|photos|comments) with\b|\bpervert\b",
    ),
    (
        "abuse of children",
        r"\bpaedo(?:phile)?s?\b|\bpedo(?:phile)?s?\b|\bnonces?\b|\bkiddie fiddlers?\b"
        r"|\bchild (?:abuser|abuse|porn)\b|\babus(?:ing|ed) (?:kids|children|a child|pupils)\b|\bgroom(?:ing|er|ed)\b"
        r"|\b1[0-5] year old\b"
        r"|\b(?:thirteen|fourteen|fifteen|sixteen|twelve) year old\b",
    ),
    (
        "drunkenness or drugs",
        r"\bdrunk(?:en|ard)?\b|\bhammered\b|\bsteaming\b|\bpissed\b(?! off)|\bstinking of\b"
        r"|\bpisshead\b|\balcoholic\b|\bdrink driving\b|\bdrunk driving\b|\bover the limit\b|\boff (?:his|her) face\b"
        r"|\bunder the influence\b|\bcoke ?head\b|\bcocaine\b|\bon drugs\b|\bslurring\b"
        r"|\bparalytic\b|\bthree sheets to the wind\b|\blegless\b|\bsloshed\b|\bplastered\b|\bbladdered\b|\bsozzled\b|\btrollied\b"
        r"|\bstinking of (?:drink|booze|alcohol|whisky|beer)\b|\b(?:drove|driving|drives|drive) (?:\w+ ){0,3}(?:drunk|pissed|over the limit|after (?:\w+ ){0,2}pints)\b"
        r"|\bsnort(?:ed|ing|s)\b|\boff (?:his|her|their) (?:face|head|tits|nut)\b|\bhalf cut\b",
    ),
    (
        "a crime or an investigation",
        r"\barrested\b|\bunder (?:police )?investigation\b|\binvestigated for\b"
        r"|\bcharged with\b|\bconvicted\b|\bcriminal record\b|\bjailed\b|\bsacked (?:from|for)\b"
        r"|\bsuspended (?:by|for|from)\b|\bstruck off\b|\bbullying staff\b|\bcriminal\b"
        r"|\bconviction for\b|\bconvicted (?:of|for)\b|\bdone for (?:assault|drink driving|fraud|theft|shoplifting|burglary|dealing|gbh|abh)\b"
        r"|\b(?:did|served|doing) time for\b|\bbeen inside for\b|\bwife beater\b|\bbeats? (?:up )?(?:his|her) (?:wife|husband|partner|kids)\b"
        r"|\bthie(?:f|ves)\b|\bcriminal\b|\bassaulted (?:a|his|her|an|the|someone)\b",
    ),
    (
        "vote rigging",
        r"\brigg(?:ed|ing)\b|\bfiddled the (?:count|votes|postal votes|election|ballot)\b"
        r"|\bfiddled (?:the )?postal votes\b|\bharvest(?:ed|ing) (?:postal )?votes\b|\bpaid people (?:\S+ ){0,4}to vote\b"
        r"|\btamper(?:ed|ing) with\b|\bvote buying\b|\bballot stuffing\b|\belectoral fraud\b|\bstuffed the ballot\b"
        r"|\bfix(?:ed|ing) the (?:count|vote|votes|election|ballot|result)\b|\bfill(?:ing|ed)? in (?:\w+ ){0,2}postal votes\b"
        r"|\bpostal vote (?:fraud|harvesting|scam)\b|\bpersonation\b|\bbussed in (?:voters|people)\b|\bdead people voting\b",
    ),
    (
        "an undeclared interest",
        r"\bwithout declaring\b|\bnever declared\b|\bdidn t declare\b|\bundeclared\b"
        r"|\bsecret (?:director|owner|shareholder|partner)\b|\bhas shares in\b|\bowns the land\b"
        r"|\bconflict of interest\b|\bwithout (?:it )?going to tender\b|\bsat on the panel\b"
        r"|\b(?:brother|sister|son|daughter|wife|husband|cousin|mate|friend|brother in law)(?: s)? "
        r"(?:\w+ ){0,3}(?:firm|company|business) (?:got|won|was given)\b|\bto (?:her|his) friends\b"
        r"|\bgave (?:\w+ ){0,4}(?:job|contract|work|tender|deal) to (?:his|her|their) (?:\w+ ){0,2}(?:husband|wife|brother|sister|son|daughter|mate|mates|friend|friends|cousin|partner|pal|pals|family|in law)(?: s)? (?:company|firm|business)\b"
        r"|\b(?:owns?|has|holds?) (?:a )?(?:stake|shares|an interest) in (?:the|a) (?:\w+ ){0,2}(?:firm|company|business|developer)\b"
        r"|\bwithout telling anyone\b|\bjobs for (?:the|his|her) (?:boys|mates|family|pals)\b|\bnepotism\b"
        r"|\b(?:husband|wife|brother|sister|son|daughter|cousin|partner|in law)(?: s)? (?:firm|company|business) (?:got|won|was given|gets|landed)\b",
    ),
)
_IMPUTATIONS = [(kind, re.compile(pattern)) for kind, pattern in IMPUTATIONS]
_ANY_IMPUTATION = re.compile("|".join(f"(?:{pattern})" for _, pattern in IMPUTATIONS))

TITLES = (
    r"\b(?:cllr|councillor|council leader|the leader|the mayor|mayor|dr|mr|mrs|ms|miss|sir|dame|lord"
    r"|the chair(?: of \w+)?|the chief executive|the returning officer|the (?:\w+ ){0,2}officer"
    r"|the head of \w+|head of \w+|the treasurer|the youth worker|the clerk|the landlord|the director"
    r"|the caretaker|the headteacher|the manager|the secretary)\b"
)
_TITLE = re.compile(TITLES)
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
    r"|tribunal|judge)\b(?: \w+){0,3} (?:say|says|said|report|reports|reported|reporting|found|confirmed"
    r"|announced|heard|ruled|has|have|fined|charged|convicted|jailed|revealed|reveals|understands"
    r"|claims|claimed|states|stated|covered|ran a story)\b|\baccording to\b|\b(?:reports|reporting) that\b"
    r"|\b(?:reported|covered) (?:in|by|on) (?:the|a|an|bbc|itv|sky)\b|\bit (?:was|has been|is being) reported\b"
    r"|\b(?:police|court|council|cps|party) statement\b|\bstatement (?:from|by) (?:the )?(?:police|court|cps)\b"
)
DENIAL = (
    r"\bnobody is suggesting\b|\bno one is suggesting\b|\b(?:zero|no|without) (?:real )?(?:evidence|proof)\b"
    r"|\bcleared\b|\bnot true\b|\bis unfair\b|\buntrue\b|\bbaseless\b|\bconspiracy theor"
    r"|\b(?:it s|its|it is|that s|that is|he s|she s|they re) not (?:illegal|corrupt|fraud|criminal|theft|a crime|bribery)\b"
    r"|\b(?:just|only|idle|spreading|malicious) (?:gossip|rumours?|tittle tattle|smears?)\b|\bfound nothing\b"
    r"|\b(?:is|are|isn t|aren t) (?:not )?going to help\b|\bwon t help\b|\bdoesn t help\b"
    r"|\bshould be (?:removed|taken down|deleted)\b|\bno case to answer\b"
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
        return self.score_prepared([prepare(text) for text in texts])

    def score_prepared(self, items: Sequence[Prepared]) -> list[Signal]:
        return [self._one(item.original, item.view) for item in items]

    def _target(self, text: str, view: Canonical) -> str | None:
        if self._names is not None and (match := self._names.search(view.text)):
            return view.quote(match.start(), match.end())
        if match := re.search(r"@\w{2,}", text):
            return match.group(0)
        if match := _TITLE.search(view.text):
            return _with_name(view, match.start(), match.end())
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

    def _one(self, text: str, view: Canonical) -> Signal:
        if not _ANY_IMPUTATION.search(view.text):
            return Signal()  # most comments: one combined search instead of one per kind
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


def _with_name(view: Canonical, start: int, end: int) -> str:
    """The title and the capitalised name after it ("Cllr Patel", not "Cllr Patel took")."""
    following = [span for span in view.spans if span[0] >= end][:3]
    for canon_start, canon_end, orig_start, orig_end in following:
        if canon_start > end + 1 or not view.original[orig_start:orig_end][:1].isupper():
            break
        end = canon_end
    return view.quote(start, end)
