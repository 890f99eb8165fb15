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
        r"(?:\w+ )?(?:expenses|allowances?|books|figures|accounts|claims?|mileage|budget|invoices?|grants?|funds?)\b|\bfalsif(?:ied|y|ying)\b"
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


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Who an allegation is about, best first (the reason quotes it, so a company, a street or a
# stray "@" in "b@stard" must not stand in for the person).
# SURNAME ("Hammond pocketed") only picks among other targets: alone it is too often
# "Honestly" or "Petrol" opening a sentence.
CONFIGURED, NAMED, ROLE, HANDLE, NAME, SURNAME, YOU, PRONOUN, OTHER = range(9)
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
    r"(?:(?:ward|parish|town|county|district|borough|council|council['’]s|deputy|new|acting|interim|former|previous)\s+){0,2}"
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
    "the a an this that these those our my your his her their its i we you he she they it "
    "reply word rumour apparently allegedly everyone everybody before after not just why how what "
    "when where who so and but or if yes no oh well also dear hi hello thanks shame disgraceful "
    "corrupt crooked lying look see ask remember everyone someone nobody funny of in on at for to "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december christmas easter every all honestly frankly "
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
        for preference, pattern in ((YOU, _YOU), (PRONOUN, _PRONOUN)):
            for match in pattern.finditer(text):
                found.append((preference, match.start(), match.end(), match.group(0)))
        return found

    def _target(self, view: Canonical, at: int) -> tuple[int, str] | None:
        """The best target for an imputation at original offset ``at``: a person in the same
        sentence first, then anywhere; "you", a pronoun or a company only when nothing better."""
        candidates = self._candidates(view)
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

    def _one(self, text: str, view: Canonical) -> Signal:
        if not _ANY_IMPUTATION.search(view.text):
            return Signal()  # most comments: one combined search instead of one per kind
        found = [(kind, m) for kind, pattern in _IMPUTATIONS if (m := pattern.search(view.text))]
        if not found:
            return Signal()
        kind, match = found[0]
        target = self._target(view, _original_span(view, match.start(), match.end())[0])
        if target is None:
            return Signal()
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
        preference, quote = target
        if preference == YOU:
            about = "about the person addressed"
        elif preference == PRONOUN:
            about = f"about '{quote}' (the person this reply is about)"
        else:
            about = f"about '{quote}'"
        message = f"allegation of {kind} ('{imputation}') {about}, {framing}"
        reason = Reason("libel", message, score, self.name, (imputation, quote))
        return Signal(scores={"libel": score}, reasons=[reason])


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
