# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Who a libel allegation is about: every person a comment names, describes or addresses.

A candidate is (preference, start, end, quote) with offsets in the original text; the lower
the preference, the better the evidence that a real, identifiable person is meant. The reason
a councillor reads quotes the chosen candidate, so a company, a street or a stray "@" in
"b@stard" must never stand in for the person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache

import gender_guesser.detector
import holidays
from holidays.registry import COUNTRIES

from monitor.scoring.lang.en.insults import INSULT_NOUNS
from monitor.scoring.lang.en.libel import OCCUPATIONS, PERSON_LABELS
from monitor.scoring.text import Canonical

Candidate = tuple[int, int, int, str]
# How far back a pattern anchored where an allegation starts needs to read: every such
# pattern is far shorter, and reading no further keeps a long comment from being read once
# per allegation word.
LOOK_BACK = 200


def words(spaced: str) -> frozenset[str]:
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
_TITLE_WORD = r"(?i:cllr|councillor|dr|mr|mrs|ms|miss|mayor|sir|dame|lord|pc|dc|ds|di|dci|sgt|sergeant|inspector|constable)\.?"
# "Patel", "O'Brien", "McLeish", "Adeyemi-Clarke"; a first word may be "DENT" in all-caps text.
_FIRST = r"[A-Z][A-Za-z]*(?:['’-][A-Z]?[a-z]+)*(?![\w])"
_NEXT = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*(?![\w])"
_TITLE_NAME = re.compile(rf"(?<![\w@]){_TITLE_WORD}\s+{_FIRST}(?:\s+{_NEXT}){{0,2}}")
# "cllr barlow": people type names in lowercase, but only after an unambiguous title.
# A lowercase first name and surname before what was done: "john smith is a thief", "dave
# smith literally stole it".
_LOWER_NAME = re.compile(
    r"(?<![\w@'’-])([a-z]{2,}) ([a-z]{3,})(?= (?:[a-z]{3,}ly )?(?:is|was|has|had|stole|steals|lied|lies|took|takes"
    r"|beat|beats|hit|hits|punched|sold|sells|deals|fiddled|pocketed|nicked|robbed|abused|assaulted"
    r"|raped|rapes|murdered|killed|molested|groomed|stabbed|attacked|strangled|scammed|defrauded"
    r"|embezzled|bribed|harassed|stalked|cheated)\b)"
)
# Or opening a clause after a word that says or knows it: "everyone knows dave brown is a
# drug dealer", "I heard that john smith stole".
_LOWER_NAME_AFTER = re.compile(
    r"\b(?:knows?|knew|says?|said|think|thinks|reckon|reckons|heard|believe|that|because|cos)\s+$"
)
_LOWER_AGENT = re.compile(
    r"\b(?:was|were|been|got|is|are)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|t)\s+by\s+"
    r"([a-z]{2,}) ([a-z]{3,})(?=\s*(?:$|[.,!?;)]|and\b|who\b))"
)
# First names that are everyday words too, which mid-sentence are more often the word: "that
# free speech has consequences".
WORDS_AS_NAMES = words(
    "free mark bill rose grace hope pat sue rob jack frank dawn faith joy amber art bob chase "
    "chance guy miles earl don ray sky summer sunny major king prince rich young gay will may "
    "june april august autumn ruby pearl crystal holly ivy iris daisy lily violet heather "
    "penny sterling cash hunter mason baker carter cook taylor"
)
_SHOUTED = re.compile(r"\b[A-Z][A-Z'’-]*(?:[^\w\n]+[A-Z][A-Z'’-]*){2,}\b")
_TITLE_LOWER = re.compile(
    r"(?<![\w@])(?:(\w+)\s+)?(?i:cllr|councillor|dr|mr|mrs|ms|mayor)\.?\s+([a-z][a-z'’-]+)"
)
_OBJECT_NEXT = re.compile(r"\s+(?:her|his|their|the|a|an|our|my|your|them|him|us|me)\b")
_LOWER_WORD = re.compile(r"\s+([a-z][a-z'’-]{2,})\b")
# Words after a lowercase first name that are not its surname: verbs and small words.
# (Besides _NOT_AFTER_TITLE's.)
_NOT_SURNAMES = words(
    "stole steals nicks nicked robs beat beats hit hits sold sells lies gave gives made makes "
    "kept put puts ran runs sent sends broke breaks cheats told tells knows went goes owes owed "
    "pays paid needs wants thinks must might also still only even really too here there but "
    "from about when where what why how this that you u ur your yall"
)
_S = ("'s", "’s")
_RELATIVES = (
    "son|daughter|wife|husband|partner|boyfriend|girlfriend|brother|sister|mum|dad"
    "|mother|father|nephew|niece|cousin|grandson|granddaughter|kids|children|family|mate"
    "|mates|friend|best mate|ex|ex wife|ex husband|son in law|daughter in law|brother in law"
    # Those who work with or for someone, or came before them.
    "|predecessor|successor|deputy|election agent|agent|assistant|secretary|aide|adviser|advisor"
    "|caseworker|driver|lodger|tenant|landlord|neighbour|boss|cleaner|nanny|childminder|gardener"
    "|dog walker|builder|chauffeur|carer|bodyguard|campaign manager|office manager|intern"
)
# The longest first, so that "brother-in-law" is not cut to "brother".
_KIN = "|".join(sorted(_RELATIVES.split("|"), key=len, reverse=True)).replace(" ", "[ -]")
_RELATIVE = re.compile(rf"(?:['’]?s)?\s+({_KIN})\b")
_RELATIVE_QUOTE = re.compile(rf"'s (?:{_KIN})$")
# Relatives of one sex: "the deputy leader's brother got the contract because she rigged
# the tender" accuses the deputy leader, not her brother.
_MEN_RELATIVES = re.compile(
    r"'s (?:son|husband|boyfriend|brother|dad|father|nephew|grandson|ex[ -]husband"
    r"|son[ -]in[ -]law|brother[ -]in[ -]law)$"
)
_WOMEN_RELATIVES = re.compile(
    r"'s (?:daughter|wife|girlfriend|sister|mum|mother|niece|granddaughter|ex[ -]wife"
    r"|daughter[ -]in[ -]law)$"
)
# A title alone stands for the person it is said to ("yes sir"); not "miss" ("I miss him")
# or "lord" ("good lord"), which alone are a verb and a prayer.
_BARE_TITLE = re.compile(r"(?<![\w@])(?i:cllr|councillor|dr|mr|mrs|ms|sir|dame)\b")
_FOLLOWING_NAME = re.compile(rf"\s+(?:{_TITLE_WORD}\s+)?{_FIRST}(?:\s+{_NEXT}){{0,2}}")
_STOP = (
    r"(?:the|a|an|to|and|of|by|with|from|for|is|was|at|on|in|that|this|our|my|your|his|her|their)"
)
_ROLE = re.compile(
    r"(?<![\w@'’])((?:the|our|this|that|your|their|my)\s+)?"
    r"(?:(?:ward|parish|town|county|district|borough|council|council['’]s|deputy|new|acting|interim|former|previous|last|old|current|outgoing|tory|labour|conservative|green|reform|independent|party)\s+){0,2}"
    r"(?:(?:head|chair(?:man|woman|person)?|director|cabinet\s+member|portfolio\s+holder)\s+(?:of|for)\s+(?:the\s+)?[a-z]+"
    r"(?:\s+(?:council|committee|board|services|department|team|governors))?"
    r"|chief\s+exec(?:utive)?|ceo|managing\s+director|(?:lord\s+)?mayor|leader(?:\s+of\s+the\s+council)?|chair(?:man|woman|person)?"
    r"|director|treasurer|clerk|head\s?teacher|secretary|caretaker|youth\s+worker|councillor|landlord"
    rf"|(?:(?!{_STOP}\b)[a-z]+\s+){{0,2}}(?:officer|manager|boss|chair|director|clerk))\b",
    re.IGNORECASE,
)
# An @handle starts a token; the "@" in "b@stard" or an email address is not one.
_UNNAMED_EMPLOYER = re.compile(r"\s+(?:at|from|of|for)\s+(?:a|an|some)\s", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\S)@[A-Za-z_]\w*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?")
_RETWEET = re.compile(r"\bRT\s+$")
# The @handles a reply opens with: the platform puts them there to say whom it answers.
OPENING_HANDLES = re.compile(rf"\s*(?:{_HANDLE.pattern}[\s,:]*)+(?=\S)")
_CAPITALISED_RUN = re.compile(rf"\b{_NEXT}(?:\s+{_NEXT})+")
# A pub or a shop by its one-word name, before what it does: "The Crown waters down ...",
# "The Fox and Hounds serves ...", "The Quikmart on Lowther St sells ...".
_THE_ONE_WORD = re.compile(
    r"\b[Tt]he ([A-Z][a-z]{2,}(?:\s+(?:and|&)\s+[A-Z][a-z]{2,})?)"
    r"(?=(?:\s+(?:on|in|at|off)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+(?:[a-z]{2,}[^s\W]s|is|was|has|had|are|were|have|sells|serves)\b)"
)
# A trading name joined by "and" or "&": "Smith & Sons", "Jones and Co", "Wilbanks and
# Associates Roofing", "Sugar & Spice".
_TRADING_NAME = re.compile(
    rf"\b{_NEXT}(?:\s+{_NEXT})*\s+(?:(?:&|and)\s+(?:Sons?|Daughters?|Co\b\.?|Company|Associates"
    rf"|Partners|Brothers|Bros\b\.?)|&\s+{_NEXT})(?:\s+{_NEXT})*"
    # Initials and a trade: "D&R Roofing", "K&S Motors".
    rf"|\b[A-Z]\s?&\s?[A-Z]\b(?:\s+{_NEXT})+"
)
# The unnamed staff of a body, many of them: "the Post Office bosses", "BBC executives".
_STAFF_AFTER = re.compile(
    r"\s+(?:bosses|managers|management|executives|execs|directors|chiefs|officials|staff"
    r"|bankers|employees|workers|officers|bigwigs|top brass|higher ups|suits)\b",
    re.IGNORECASE,
)
_LEADING_WORD = re.compile(r"(\S+)\s+")
_SUBJECT = re.compile(rf"\b({_NEXT})(?:['’]s)?\s+[a-z]")  # "Hammond pocketed", "Pembury's taking"
# A capitalised word that describes the person or the body after it: "a drunk Cubs fan
# stole", "some Labour voter", "the whole Westminster system": a team, a party, a shop or a
# place, and the person is nobody in particular.
_DESCRIBES_THE_NOUN = re.compile(
    r"\s+(?:fan|fans|supporter|supporters|voter|voters|player|players|member|members|worker"
    r"|workers|staffer|guy|bloke|lad|lass|man|woman|driver|customer|shopper|tourist"
    r"|system|establishment|elite|elites|bubble|politics|politicians|government|regime)\b"
)
_YOU = re.compile(r"\b(?:you|your|u|ur)\b", re.IGNORECASE)
# The reader as the one told, before a clause with its own subject: "I guarantee you the
# election was rigged", "I'm telling you, the count was fixed".
_TOLD_YOU = re.compile(
    r"\b(?:tell|telling|told|guarantee|promise|assure|bet|swear to|warn|warning|remind)\s+(?:you|u)$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(
    r"[\s,:]+(?:that\s+)?(?:the|this|that|these|those|a|an|his|her|their|our|its|it|he|she|they|every"
    r"|all|cllr|councillor)\b",
    re.IGNORECASE,
)
# Not "he or she", "his/her", "him or her": whoever it may be.
_PRONOUN = re.compile(
    r"\b(?<!\bor )(?<!/)(?:he|she|his|her|him|himself|herself)\b"
    r"(?!\s*(?:or|/)\s*(?:she|he|her|his|him|they|their|them)\b)",
    re.IGNORECASE,
)
# Someone described as a pronoun's relative: "her husband", "his eldest son" ("their" is more
# often a group's: "guys that cheat on their girlfriend").
RELATIVE_NOUNS = (
    "husband|wife|son|daughter|brother|sister|partner|boyfriend|girlfriend|dad|mum|father|mother"
    "|nephew|niece|uncle|aunt|cousin|lodger|stepson|stepdaughter|stepdad|stepfather|stepmum"
    "|stepmother|missus|fella"
)
PRONOUN_RELATIVE = re.compile(
    r"\b(?:his|her|your)\s+(?:(?:own|new|old|ex|former|eldest|youngest|oldest|younger|older"
    rf"|little|big|step)\s+)?(?:{RELATIVE_NOUNS})(?![\w-]|['’]s\b)",
    re.IGNORECASE,
)
# Capitalised words that open sentences or name things, never a person's name on their own.
NOT_NAMES = words(
    "the a an this that these those our my your his her their its i we you he she they it anyone "
    "reply word rumour apparently allegedly everyone everybody before after not just why how what "
    "when where who so and but or if yes no oh well also dear hi hello thanks shame disgraceful "
    "corrupt crooked lying look see ask remember everyone someone nobody funny of in on at for to "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december christmas easter every all honestly frankly "
    "english british scottish welsh polish romanian african caribbean pakistani indian "
    "has had is was did does will would can could should "
    "irish traveller travellers gypsies gypsy asian asians muslim muslims jews jewish catholic "
    "refugees migrants immigrants romanians poles people residents typical avoid beware warning "
    "bloody bleeding blooming damn damned fucking effing flipping flaming frigging sodding "
    # Numbers and quantities: "Two families have to live without", "Some things never change".
    "one two three four five six seven eight nine ten some many most few several both each "
    "either neither sure first please are were be been being getting "
    # Parties: "the Lib Dems hand out committee chairs".
    "dems tories labour greens libdems "
    # "Do parents have to pay?", and a website's pages: "Guideline on conflict of interest".
    "do guideline policy "
    # A law by its name ("a Hatch Act violation"), and a question's "Whose pockets ...?".
    "act whose whom"
)
# Websites, which a comment about a council's business does not libel ("Wikipedia is a
# liar", "Facebook steals your data"), but which may be the subject all the same.
WEBSITES = words("wikipedia facebook twitter youtube instagram google tiktok reddit")
# Words that make a capitalised run an organisation or a place rather than a person.
ORGANISATION_WORDS = words(
    "ltd limited plc co waste homes developments development construction builders group council "
    "services partnership trust holdings properties estates associates contractors consulting "
    "solutions energy gas water transport buses bus motors garage roofing aggregates demolition "
    "lane road rd street st avenue ave grove close court farm way hill green park estate square "
    "primary school academy college centre center library hall church fund arms inn hotel lion "
    "club pub rover up news post consultancy consultants civils parking lettings police "
    "constabulary department ministry office agency commission authority standards "
    "jail prison hospital university"
)

_NEXT_WORD = re.compile(r"\W*?(\w+)")


def _next_word(text: str, at: int) -> str:
    """The word after offset ``at``, bare ("news" in "Breaking news:")."""
    following = _NEXT_WORD.match(text, at)
    return bare(following.group(1)) if following else ""


# Trades that end or follow a business's name, and never a street's: "Moor Lane Motors",
# "Bright Smiles dental". (Not every organisation word: "... Council", "... Post" or
# "... Office" may be the place itself.)
TRADE_WORDS = words(
    "motors garage garages homes developments construction builders scaffolding roofing "
    "plumbing electrical autos cars tyres services lettings estates properties dental "
    "dentist dentists pharmacy surgery kitchen takeaway cafe bakery butchers salon barbers "
    "nails florists removals logistics haulage skips nursery care home kennels cattery vets"
)


@cache
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@cache
def _states() -> frozenset[str]:
    """Countries, and the states and provinces of the countries whose comments come in
    English, by the names the holidays package knows them by ("Arkansas", "South Africa"):
    a state is no one a comment can libel (it cannot sue), nor its people one by one."""
    found = {re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entry[0]) for entry in COUNTRIES.values()}
    for code in ("US", "CA", "AU", "GB", "NZ", "IE", "IN"):
        found.update(holidays.country_holidays(code).subdivisions_aliases)
    # "Jordan punched me", "Georgia lied": a first name is taken as the person's.
    named = frozenset(name.lower() for name in found if " " in name or not first_name(name))
    # What people call the countries whose registered names are longer ("#corruptAmerica"),
    # and countries far more often meant than the first names they share ("Israel lied").
    return named | {
        "america",
        "usa",
        "uk",
        "britain",
        "great britain",
        "korea",
        "israel",
        "iran",
        "syria",
    }


def a_state(quote: str) -> bool:
    """Whether a target's words are only a country's or a state's name ("Hawaii's")."""
    return bare(re.sub(r"['’]s$", "", quote)).replace(".", "") in _states()


def no_one(quote: str) -> bool:
    """Whether a target's words name a country, a state or a website: no one the comment
    can libel ("China lied", "Wikipedia is a liar")."""
    return a_state(quote) or bare(re.sub(r"['’]s$", "", quote)) in WEBSITES


def first_name(word: str) -> bool:
    """Whether ``word`` is a first name somewhere (gender-guesser's list of about 45,000
    names from many countries): "Mark", "Siobhan", "Priya", not "Happy" or "Middle"."""
    gender: str = _first_names().get_gender(bare(word))
    return gender != "unknown"


def find_candidates(view: Canonical, names: re.Pattern[str] | None = None) -> list[Candidate]:
    """Every possible target as (preference, start, end, quote), offsets in the original."""
    text = _unshouted(view.original)
    found: list[tuple[int, int, int, str]] = []
    if names is not None:
        for match in names.finditer(view.text):
            start, end = original_span(view, match.start(), match.end())
            # "dunmores son": the name ends inside the word, before its possessive "s".
            end -= len(view.text[match.end() :].split(" ", 1)[0])
            found.append((CONFIGURED, start, end, text[start:end]))
    for match in _TITLE_NAME.finditer(text):
        found.append((NAMED, match.start(), match.end(), _trim(match.group(0))))
    for match in _TITLE_LOWER.finditer(text):
        if (match.group(1) or "").lower() not in _DETERMINER_WORDS | {"ward"} and (
            bare(match.group(2)) not in _NOT_AFTER_TITLE
        ):
            start = match.start(0) if match.group(1) is None else match.end(1) + 1
            end = match.end()
            # "cllr john smith": a first name after the title takes the surname after it.
            surname = _LOWER_WORD.match(text, end)
            if (
                surname is not None
                and first_name(match.group(2))
                and bare(surname.group(1)) not in _NOT_AFTER_TITLE | _NOT_SURNAMES
                and not surname.group(1).endswith(("ed", "ing"))
                # "cllr reid fiddles her expenses": a verb and its object, not a surname.
                and not (
                    surname.group(1).endswith("s")
                    and _OBJECT_NEXT.match(text, surname.end()) is not None
                )
            ):
                end = surname.end()
            found.append((NAMED, start, end, _trim(text[start:end])))
    for match in _ROLE.finditer(text):
        if _UNNAMED_EMPLOYER.match(text, match.end()):
            continue  # "a finance director at a housing association": nobody identifiable
        name = _FOLLOWING_NAME.match(text, match.end())
        if name and bare(name.group(0).split()[0]) in NOT_NAMES:
            name = None
        if not (match.group(1) or name or sentence_start(text, match.start())):
            continue  # "when you were treasurer", "his secretary": not a reference to someone
        if name:
            found.append(
                (NAMED, match.start(), name.end(), _trim(text[match.start() : name.end()]))
            )
        else:
            found.append((ROLE, match.start(), match.end(), match.group(0)))
    for match in _BARE_TITLE.finditer(text):
        found.append((ROLE, match.start(), match.end(), match.group(0)))
    for match in _descriptions(text):
        placed = match.end() > match.end("job") + 1  # "the owners of the Lotus nail bar"
        if (
            PLURAL.search(match.group("job"))
            and not _NUMBER.fullmatch(match.group(1) or "")
            and not placed
        ):
            continue  # "Asian taxi drivers are all ...": a group, not identifiable people
        found.append((ROLE, match.start(), match.end(), _trim(match.group(0))))
    for match in _THIS_PERSON.finditer(text):
        if _NAME_NEXT.match(text, match.end()):
            continue  # "that clown Biden stole": the name the insult goes with is who
        found.append((ROLE, match.start(), match.end(), match.group(0)))
    for match in SMALL_GROUP.finditer(text):
        # "the three Labour councillors", "both ward councillors", "the planning committee":
        # few enough that each of them is identified; not where a person is described by
        # it ("Gareth from the finance committee").
        if bare(" ".join(text[: match.start()].split()[-1:])) not in _OBJECT_OF:
            found.append((ROLE, match.start(), match.end(), match.group(0)))
    for match in _NAME_FROM.finditer(text):
        if first_name(match.group(1)):  # "Dave from the chippy", not "Hour at the Legion"
            found.append((ROLE, match.start(), match.end(), match.group(0)))
    for match in _ADDRESS.finditer(text):
        # "Nonce living at 23 Park Road": whoever lives there.
        where = re.sub(
            r"^(?i:(?:lives|living|stays|staying)\s+)?(?i:(?:at|from)\s+)?", "", match.group(0)
        )
        found.append((ROLE, match.start(), match.end(), f"the person at {where}"))
    for match in _LABEL_AT_HOME.finditer(text):
        # "that paedo at number 7", "the dealer next door": the house the neighbours know.
        found.append((ROLE, match.start(), match.end(), f"the person {match.group('where')}"))
    for match in _FLAT.finditer(text):  # "Smackhead in flat 4, Jubilee House"
        found.append((ROLE, match.start(), match.end(), f"the person in {match.group(0)}"))
    for match in _BARE_ADDRESS.finditer(text):
        # "14 Mill Lane - drug dealer", "Drug dealer, 14 Mill Lane": whoever lives there.
        if sentence_start(text, match.start()) or _LABEL_BEFORE.search(text[: match.start()]):
            found.append((ROLE, match.start(), match.end(), f"the person at {match.group(0)}"))
    for match in _LABEL_WORKS.finditer(text):  # "Nonce works at the Co-op": whoever works there
        found.append((ROLE, match.start(1), match.end(), f"the person who {match.group(1)}"))
    for match in _BUSINESS.finditer(text):
        # "the firm", "this company", or "Firm" in a headline: a business the reader can
        # pick out, which can be defamed; "a firm" is nobody in particular.
        if match.group(1) or view.original[match.start(2)].isupper():
            found.append((OTHER, match.start(), match.end(), match.group(0)))
    for match in _HANDLE.finditer(text):
        if _RETWEET.search(text, 0, match.start()):
            continue  # "RT @name:" credits the post quoted, it accuses no one
        found.append((HANDLE, match.start(), match.end(), match.group(0)))
    trading: list[tuple[int, int]] = []
    for match in _TRADING_NAME.finditer(text):
        start = _past_not_names(text, match.start())  # "Avoid Patel and Sons": Patel and Sons
        trading.append((start, match.end()))
        found.append((OTHER, start, match.end(), text[start : match.end()]))
    for match in _CAPITALISED_RUN.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in trading):
            continue  # "Sons Builders" in "Smith and Sons Builders": the firm is named whole
        start, end = _past_not_names(text, match.start()), match.end()
        words = text[start:end].split()
        organisation = any(bare(w) in ORGANISATION_WORDS for w in words) and not _surname_place(
            words, text[: match.start()]
        )
        if len(words) < 2 or (not organisation and any(bare(w) in NOT_NAMES for w in words)):
            continue  # "Save Our Library" is still an organisation, "Dear All" is nobody
        if not organisation and _AN_IDEA.fullmatch(bare(words[-1])):
            continue  # "National Socialism", "Radical Feminism": an idea, not a business
        if _STAFF_AFTER.match(text, end):
            continue  # "The Post Office bosses lied": its staff, unnamed, like "the council bosses"
        # A person's name opens with a first name; "Perfect Paving" or "Middle East" is a
        # business or a place, which best_target takes only as the subject of the allegation.
        person = not organisation and first_name(words[0])
        found.append((NAME if person else OTHER, start, end, _trim(" ".join(words))))
    for match in _THE_ONE_WORD.finditer(text):
        # "The Crown waters down the spirits", "The Spar sells vapes to kids": a pub or a
        # shop by its one-word name (not "The Council", "The Police").
        if bare(match.group(1).split()[0]) not in NOT_NAMES | ORGANISATION_WORDS | _NOT_AFTER_TITLE:
            found.append((OTHER, match.start(), match.end(1), text[match.start() : match.end(1)]))
            trading.append((match.start(1), match.end(1)))  # "The Fox and Hounds": no Mr Hounds
    for match in _SUBJECT.finditer(text):
        word = match.group(1)
        before = text[: match.start(1)].split()[-1:]
        # Mid-sentence and not after a preposition: "heard Oakley was", not "in Asda last"
        # or a sentence opening with "Nepotism is".
        if sentence_start(text, match.start(1)):
            continue
        if bare(" ".join(before)) in _DETERMINERS and not (
            before == ["that"] and _SAYS_THAT_SUBJECT.match(text, match.end(1))
        ):
            continue  # "that idiot", not "it came out that Bolles was ..."
        if _in_a_phrase(text[max(0, match.start(1) - 40) : match.start(1)]):
            continue  # "the guard at Tesco Extra punched", "the driver with the blue Skoda"
        if _DESCRIBES_THE_NOUN.match(text, match.end(1)):
            continue
        if any(start <= match.start(1) < end for start, end in trading):
            continue  # "Smith & Sons is": the firm, not a Mr Sons
        if _abstract(word) and not first_name(word):
            continue  # "National Socialism is a criminal ideology": an idea, not a Mr Socialism
        if bare(word) not in NOT_NAMES | ORGANISATION_WORDS | _NOT_AFTER_TITLE:
            # "That lying bastard Hammond pocketed ...": a name the insult before it is for.
            epithet = (
                bare(" ".join(before)) in _EPITHETS
                and _POINTED_EPITHET.search(text, max(0, match.start(1) - 40), match.start(1))
                is not None
            )
            found.append((NAME if epithet else SURNAME, match.start(1), match.end(1), _trim(word)))
    for match in _LOWER_NAME.finditer(text):
        # "john smith is a thief": a name typed in lowercase, opening a sentence or a clause
        # and followed by what was done; the first word must be a first name, the second not
        # a common word.
        first, second = match.group(1), match.group(2)
        if (
            (
                sentence_start(text, match.start())
                or (
                    _LOWER_NAME_AFTER.search(text, 0, match.start())
                    and bare(first) not in WORDS_AS_NAMES
                )
            )
            and first_name(first)
            and bare(first) not in _NEVER_FIRST_NAMES
            and bare(second) not in _NEVER_FIRST_NAMES | _NOT_SURNAMES
            and not second.endswith(("ed", "ing", "ly"))
        ):
            found.append((NAME, match.start(), match.end(), match.group(0)))
    for match in _LOWER_AGENT.finditer(text):
        # "the money was stolen by john smith": a lowercase name as the agent of a passive.
        first, second = match.group(1), match.group(2)
        if (
            first_name(first)
            and bare(first) not in _NEVER_FIRST_NAMES | WORDS_AS_NAMES
            and bare(second) not in _NEVER_FIRST_NAMES | _NOT_SURNAMES | _NOT_AFTER_TITLE
            and not second.endswith(("ed", "ing", "ly"))
        ):
            found.append((NAME, match.start(1), match.end(), text[match.start(1) : match.end()]))
    for match in _FIRST_WORD.finditer(text):
        word = bare(match.group(1))
        if (
            sentence_start(text, match.start(1))
            and word not in _NEVER_FIRST_NAMES
            # "Practically got arrested", "Absolutely gutted": an adverb, unless a name ("Kelly"),
            # and "Violence is a crime", "Nationality has nothing to do with it": an abstract
            # noun (not "Clarence")
            and not (_abstract(word) and not first_name(word))
            # "Child molesters are ...": the first word of a plural label; "Older folks
            # please be careful", "Massive thanks to the ward team": a word for the people
            # or the thanks after it
            and not _LABEL_NEXT.match(text, match.end(1))
            and not (_DESCRIBED_NEXT.match(text, match.end(1)) and not first_name(word))
            # "Trading standards caught ...", "Breaking news:": the first word of a body's name
            and _next_word(text, match.end(1)) not in ORGANISATION_WORDS
            and (match.group("placed") is None or first_name(word))
        ):
            found.append((FIRST_WORD, match.start(1), match.end(1), match.group(1)))
    for match in PRONOUN_RELATIVE.finditer(text):
        # "Her husband stole my bike": the husband is accused, not the woman he is married to.
        # The addressee's relative only as the subject opening a sentence ("Your son was the
        # one selling weed"), not "raped by your own husband".
        if match.group(0)[0] in "Yy" and not sentence_start(text, match.start()):
            continue
        found.append((ROLE, match.start(), match.end(), match.group(0)))
    for preference, pattern in ((YOU, _YOU), (PRONOUN, _PRONOUN)):
        for match in pattern.finditer(text):
            if (
                preference == YOU
                and _TOLD_YOU.search(text, max(0, match.start() - 20), match.end())
                and _NEW_CLAUSE.match(text, match.end())
            ):
                continue  # "I tell you the count was rigged": told to the reader, not of them
            found.append((preference, match.start(), match.end(), match.group(0)))
    # "Bright Smiles dental are billing ...", "Ace Scaffolding dumped ...": the last word of
    # a business's name is no surname (but "Artemus Jones with a woman" is a person's).
    businesses = [
        (start, end)
        for preference, start, end, quote in found
        if preference == OTHER
        and (
            bare(quote.split()[-1]) in ORGANISATION_WORDS | TRADE_WORDS
            or _next_word(text, end) in TRADE_WORDS
        )
    ]
    found = [
        candidate
        for candidate in found
        if candidate[0] != SURNAME
        or not any(start < candidate[1] and candidate[2] <= end for start, end in businesses)
    ]
    # "Arkansas has lots of crooks", "Alaska legislature crooks": a place, not a person. A
    # country or a website that does something ("China lied about the virus", "Facebook
    # steals your data") stays as the subject, so that the wrong is not pinned on someone
    # else the comment names.
    found = [
        candidate if not no_one(candidate[3]) else (OTHER, *candidate[1:])
        for candidate in found
        if not no_one(candidate[3]) or _NO_ONE_DOES.match(text, candidate[2])
    ]
    if text != view.original:
        found = [_as_written(view.original, text, candidate) for candidate in found]
    return [_with_relative(text, candidate) for candidate in found]


def _as_written(original: str, unshouted: str, candidate: Candidate) -> Candidate:
    """The candidate quoted in the comment's own capitals ("DAVE JONES"), where it was
    found in the lowercased run."""
    preference, start, end, quote = candidate
    at = unshouted.find(quote, start, end)
    if at < 0:
        return candidate
    return preference, start, end, original[at : at + len(quote)]


def _unshouted(text: str) -> str:
    """``text`` with each run of three or more words in capitals lowercased, offsets kept:
    "DAVE JONES STOLE THE MONEY" has no capital to tell a name by, so it is read as typed in
    lowercase ("dave jones stole ..."), where a first name before what was done is a name.
    A lone acronym ("the BBC said") stays as it is."""
    return _SHOUTED.sub(
        lambda m: "".join(c.lower() if len(c.lower()) == 1 else c for c in m.group(0)), text
    )


def _with_relative(text: str, candidate: Candidate) -> Candidate:
    """A named person's relative is who "Cllr Reid's son sold pills" is about: the quote
    takes the relative, so the councillor reads who is accused. So is an office holder's:
    "the mayor's husband"."""
    preference, start, end, quote = candidate
    if preference not in (CONFIGURED, NAMED, NAME, ROLE):
        return candidate
    relative = _RELATIVE.match(text, end)
    if (
        relative is None
        or not (
            relative.group(0)[:1] in "'’"
            or text[end - 2 : end] in _S
            # "dunmores son": a configured surname, its possessive typed without the apostrophe.
            or (preference == CONFIGURED and text[end : end + 1] == "s")
        )
    ):
        return candidate
    return preference, start, relative.end(), f"{quote}'s {relative.group(1)}"


def relative_of(quote: str) -> str:
    """The named person a relative's quote hangs on ("Cllr Reid's son": "Cllr Reid"), or
    the quote itself."""
    return _RELATIVE_QUOTE.sub("", quote)


def best_target(view: Canonical, at: int, candidates: list[Candidate]) -> tuple[int, str] | None:
    """The best target for an imputation at original offset ``at``: a person in the same
    sentence first, then anywhere; "you", a pronoun or a company only when nothing better."""
    text = view.original
    if all(preference == SURNAME for preference, *_ in candidates) and not any(
        _first_name_doing(text, at, candidate) for candidate in candidates
    ):
        return None
    span = sentence(text, at)
    # "You" accuses only as the subject of the imputation or its owner ("you stole", "your
    # lies", "liars like you"): "climate change is a scam, you sheep" calls the reader a
    # sheep. "He" and "she" accuse from the imputation's sentence, unless the act is done to
    # them. A capitalised word alone ("Iraq", "Hell", "Uber") is a person only as the subject.
    candidates = [c for c in candidates if _may_be_accused(text, at, span, c)]
    # "Amazon is investigating employees who are selling data", "Cllr Reid sacked the officer
    # who fiddled his expenses": who acts against the wrongdoer is not the wrongdoer.
    candidates = [
        c for c in candidates if not (c[2] <= at and _ACTS_AGAINST.fullmatch(text, c[2], at))
    ]
    if not candidates:
        return None

    # "He", "she" or "you" just before an act names who did it; a name after it, who it was done to
    # ("He raped Jane Smith"), unless the act is told in the passive ("was raped by").
    acts = _PASSIVE_AT.match(text, at) is None and any(
        preference in (PRONOUN, YOU)
        and quote.lower() in _SUBJECT_PRONOUNS | {"you", "u"}
        and start < at
        and SUBJECT_GAP.fullmatch(text[end:at]) is not None
        for preference, start, end, quote in candidates
    )

    def key(item: tuple[int, int, int, str]) -> tuple[int, bool, int, bool, int]:
        preference, start, end, quote = item
        inside = span[0] <= start < span[1]
        # A person in the imputation's sentence, then a person anywhere, then the rest.
        tier = (0 if inside else 1) if preference <= SURNAME else preference
        if preference == YOU and quote.lower() in ("your", "ur"):
            tier = OTHER + 1  # "take your money": any business named outranks a generic "your"
        after = start >= at
        # The subject just before the imputation ("The returning officer fiddled the count
        # to get Cllr Barker over the line") outranks a better-named bystander.
        subject = (
            not after
            and (
                SUBJECT_GAP.fullmatch(text[end:at]) is not None
                # "The landlord of our flats is a crook": the role, placed, then the copula.
                or (preference == ROLE and _PLACED_SUBJECT.fullmatch(text[end:at]) is not None)
                # "the conviction of Gary Smith, the Mill Lane arsonist": a name, then what
                # he is.
                or _APPOSITION.fullmatch(text[end:at]) is not None
                # "Cllr Reid met Tom Jones, who is a crook": the one the clause is about,
                # unless it asks a question of them ("I asked Tom who took the money").
                or (
                    _WHO_CLAUSE.fullmatch(text[end:at]) is not None
                    and bare(" ".join(text[:start].split()[-1:])) not in _ASKING
                )
            )
        )
        if preference == FIRST_WORD and subject and inside:
            tier = 0  # "Boris lied about partygate and Cllr Reid defended him": Boris lied
        if (
            preference == OTHER
            and subject
            and inside
            and (
                sentence_start(text, start)
                or _AFTER_CLAUSE_BREAK.search(text, max(0, start - 40), start) is not None
            )
        ):
            # "Cllr Reid is right, Hallam Homes scammed the estate": the firm opening the
            # clause did it, and in "..., China lied" a country, which accuses no one (not
            # "Dave Cole of Cole Roofing is a con man").
            tier = 0
        if (
            after
            and acts
            and preference <= SURNAME
            and (preference == HANDLE or not _trailing_name(text, at, start, end))
        ):
            tier = PRONOUN  # "He raped Jane Smith": he did it; she is who it was done to
        if PRONOUN_RELATIVE.fullmatch(quote) and (
            not subject or bare(" ".join(text[:start].split()[-1:])) in _OBJECT_OF
        ):
            # "His son deals drugs" accuses the son; "he lies like his father" and "pushed
            # it through for her cousin and took a cut" do not.
            tier = OTHER + 1
        return (
            tier,
            not subject,
            preference,
            after,
            abs(at - (start if after else end)),
        )

    preference, start, end, quote = min(candidates, key=key)
    end = start + len(text[start:end].rstrip())  # "the woman " before "at the post office"
    if relative_of(quote) != quote and _other_sex_does_it(text, at, span, candidates, quote):
        return preference, relative_of(quote)
    if preference == ROLE:
        for other, other_start, other_end, named in candidates:
            if other not in (CONFIGURED, NAMED, HANDLE, NAME):
                continue
            # "Cllr Reid is the man who stole the hall money": the description is the person
            # named.
            gap = text[
                other_end - 2 if text[other_end - 2 : other_end] in _S else other_end : start
            ]
            if _IS_THE.fullmatch(gap):
                return other, named
            # "The man who stole from the church was Cllr Reid": the same, the other way round.
            if end <= at < other_start and _WAS_NAMED.fullmatch(text, end, other_start):
                return other, named
        return preference, _pinned_down(text, start, end, at, quote)
    return preference, quote


# A name set off after the whole allegation says who "he" or "she" was: "He stole from the
# church fund - Gary Smith of Elm Road", "he grabbed me by the throat, Darren Pike, everyone
# needs to know".
# Not after a person it was done to: "he hit my son, Tom Smith".
_SET_OFF_BEFORE = re.compile(r"[,:;–—-]\s*$")
_QUOTE_CLOSES = re.compile(r"[\"”]\s*[,:;–—-]\s*$")
_SET_OFF_AFTER = re.compile(r"\s*(?:[,.!?;:–—-]|$|(?:of|from|at|in|on|who|aka)\b)")
_DONE_TO = words(
    f"me us you him her them himself herself themselves people {RELATIVE_NOUNS.replace('|', ' ')}"
)


def _trailing_name(text: str, at: int, start: int, end: int) -> bool:
    """Whether the name at [start, end) follows the allegation at ``at`` as an aside that
    names its doer."""
    before = text[at:start]
    if not _SET_OFF_BEFORE.search(before) or not _SET_OFF_AFTER.match(text, end):
        return False
    if _QUOTE_CLOSES.search(before):  # '"You went to jail ..." - YG': who said it
        return False
    last = before.rstrip(" ,:;–—-").split()[-1:]
    return (
        bool(last) and bare(last[0]) not in _DONE_TO and sentence(text, at) == sentence(text, start)
    )


def _pinned_down(text: str, start: int, end: int, at: int, quote: str) -> str:
    """``quote`` with what pins the person down after it, where the comment says it before
    the imputation at ``at`` (or the imputation comes first); the quote as it is where it is
    not the description as written ("the person at number 7")."""
    if _trim(text[start:end]) != quote:
        return quote
    pinned = pinned_end(text, end, at if at >= end else len(text))
    return quote if pinned == end else _trim(text[start:pinned])


def pinned_end(text: str, end: int, limit: int) -> int:
    """Where the words that say where a person is end, after the person's description ends
    at ``end`` and before ``limit``: "the PCSO on the Hillside" + " estate", "the caretaker"
    + " at St Mary's school"; ``end`` where there are none."""
    pinned = end
    tail = _PLACE_TAIL.match(text, end)  # "at St Mary's" + "school", "of the bowls" + "club"
    if tail is not None and tail.end() <= limit:
        pinned = tail.end()
    for _ in range(_PINNED_PHRASES):
        phrase = _PINNED.match(text, pinned)
        if phrase is None or phrase.end() > limit or _NOUN_NEXT.match(text, phrase.end()):
            break  # "the planning officer on the Millbrook case": not a place, and unfinished
        pinned = phrase.end()
    return pinned


def _other_sex_does_it(
    text: str, at: int, span: tuple[int, int], candidates: list[Candidate], quote: str
) -> bool:
    """Whether "he" or "she" does the act in its sentence and is not the relative quoted:
    in "the leader's brother got the contract because she rigged the tender", she is the
    leader."""
    relative = (
        "he" if _MEN_RELATIVES.search(quote) else "she" if _WOMEN_RELATIVES.search(quote) else ""
    )
    return bool(relative) and any(
        preference == PRONOUN
        and bare(pronoun) in ("he", "she")
        and bare(pronoun) != relative
        and span[0] <= start < at
        and SUBJECT_GAP.fullmatch(text[end:at]) is not None
        for preference, start, end, pronoun in candidates
    )


def _first_name_doing(text: str, at: int, candidate: Candidate) -> bool:
    """Whether a lone capitalised word is a first name that does what is alleged: "I heard
    Darren stole the money". A word alone is otherwise no one ("Tesco", "Brexit")."""
    _, _, end, quote = candidate
    return (
        end <= at
        and first_name(quote)
        and bare(quote) not in WORDS_AS_NAMES | _NEVER_FIRST_NAMES
        and (
            SUBJECT_GAP.fullmatch(text[end:at]) is not None
            or _PLACED_SUBJECT.fullmatch(text[end:at]) is not None
        )
    )


# A subject that acts against the wrongdoer, then the clause that says what they did:
# "is investigating employees who are", "sacked the officer who".
_ACTS_AGAINST = re.compile(
    r"\s+(?:(?i:is|are|was|were|has|have|had)\s+(?:been\s+|now\s+|finally\s+)?)?"
    r"(?i:investigating|investigated|probing|probed|suspending|suspended|sacking|sacked|firing|fired"
    r"|arresting|arrested|reporting|reported|catching|caught|disciplining|disciplined|banning|banned"
    r"|prosecuting|prosecuted|charging|charged|exposing|exposed)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?i:who|that)\s+(?:(?i:is|are|was|were|has|have|had|been)\s+){0,2}"
)
# A copula that makes the description after it the person before it.
_IS_THE = re.compile(
    r"\s+(?:is|was|(?:is|was) (?:also|still|actually|really)"
    r"|(?:could|might|would|must) (?:well )?be (?:said to be|described as|called)"
    r"|(?:is|was) (?:also |widely |locally |better )?known as)\s+|['’]s\s+"
)


def _may_be_accused(text: str, at: int, span: tuple[int, int], candidate: Candidate) -> bool:
    """Whether ``candidate`` may be who the imputation at ``at`` (in sentence ``span``) is
    said of. "He" or "she" in the sentence is the person it is about ("I have no sympathy
    for this lowlife, he murdered ..."), unless the act is done to them ("the thugs who
    robbed him"); the other weak candidates must be its subject or owner."""
    preference, start, _, quote = candidate
    if preference == PRONOUN:
        if not span[0] <= start < span[1]:
            return False
        if start > at and quote.lower() in _OBJECTS:
            return _linked(text, at, candidate)
        return True
    return not _needs_link(candidate) or _linked(text, at, candidate)


def a_firm(quote: str) -> bool:
    """Whether a name is plainly a firm's, by its trade or its partners: "Hallam Plumbing",
    "Patel and Sons"."""
    return bool(quote.split()) and (
        bare(quote.split()[-1]) in TRADE_WORDS or _TRADING_NAME.fullmatch(quote) is not None
    )


# The endings of the names of ideas and qualities: "Socialism", "Christianity".
_IDEA_ENDINGS = "isms?|ity|ness|ology"
_AN_IDEA = re.compile(rf"\w{{3,}}(?:{_IDEA_ENDINGS})")
# The endings of adverbs and of abstract nouns, ideas among them, which are no one's name
# ("Spence" and "Hood" are too short to be read as one).
_NOT_NAME_ENDING = re.compile(
    rf"\w+ly|\w{{3,}}(?:{_IDEA_ENDINGS}|ence|ance|tion|sion|ment|ship|hood)", re.IGNORECASE
)


def _abstract(word: str) -> bool:
    """Whether a word opening a sentence reads as an adverb or an abstract noun
    ("Practically", "Violence", "Nationality"), not as a surname."""
    return _NOT_NAME_ENDING.fullmatch(word) is not None


def _needs_link(candidate: Candidate) -> bool:
    """Whether the candidate is a target only as the subject or owner of the allegation:
    "you", a lone capitalised word, or a capitalised name that is not a
    person's ("Perfect Paving", "Middle East") and not plainly a business ("Ace Builders")."""
    preference, _, _, quote = candidate
    if preference in (SURNAME, YOU):
        return True
    return preference == OTHER and not (
        ORGANISATION_WORDS.intersection(bare(w) for w in quote.split())
        or _BUSINESS.fullmatch(quote)
        or a_firm(quote)
    )


def _linked(text: str, at: int, candidate: Candidate) -> bool:
    """Whether a "you", an object pronoun or a bare capitalised word is who the imputation at ``at``
    is said of."""
    _, start, end, quote = candidate
    if _VERDICT.search(text[max(0, at - 30) : at]):
        return True  # "This is harassment": a verdict on what the comment says someone did
    if end <= at and THEY_RESUME.fullmatch(text, end, at):
        return True  # "Avoid Hallam Plumbing, they are scammers"
    if sentence_start(text, at) or _AFTER_COMMA.search(text, 0, at):
        # A sentence that opens with the act has lost its subject, as comments do ("Stole
        # 2 million in chips from the casino he burned down"): whoever it names is meant.
        return sentence(text, at)[0] <= start < sentence(text, at)[1]
    if end <= at:
        gap = text[end:at]
        if quote.lower() in _OWNERS:  # "your lies and theft"
            return len(gap.split()) <= 2 and _OWNER_BREAK.search(gap) is None
        if _COPULA_LIST.match(gap):  # "Trump is a narcissist, a liar and ..."
            gap = gap.replace(",", " ")
        gap = _NOTHING_BUT.sub(" ", gap)  # "you are nothing but a lying thief"
        gap = _THE_ONE_WHO.sub(" ", gap)  # "you're the one who got caught shoplifting"
        return len(gap.split()) <= _LINK_WORDS and _CLAUSE_BREAK.search(gap) is None
    return (
        _LIKE.fullmatch(text[at:start]) is not None
        or PUNISHED.fullmatch(text[at:start]) is not None
    )


# "Avoid Perfect Paving, took my dad's money": a clause that has lost its subject.
_AFTER_COMMA = re.compile(r",\s*$")
# "They" taking up the name just before it, across a comma or a sentence's end: "Avoid
# Hallam Plumbing, they are scammers", "I used Hallam Plumbing last year. They are cowboys",
# "Cllr Reid and Cllr Brown? They are thieves." (Not "they are all ...", which is more often
# everyone of a kind.)
THEY_RESUME = re.compile(
    r"(?:\s+(?i:last|this) (?i:year|week|month|summer|winter|spring|autumn))?"
    r"\s*[,.;:!?–—-]+\s*(?i:they|theyre|they['’]re|they['’]ve been)\s+"
    r"(?:(?i:are|were|have been|have always been)\s+)?(?!(?i:all|both)\b)"
    r"(?:(?i:just|nothing but|a bunch of|a pack of|absolute|complete|total|utter|proper)\s+)*"
)
_SAYS_THAT_SUBJECT = re.compile(r"\s+(?:is|was|has|had|did|took|stole|lied)\b")
_NOTHING_BUT = re.compile(r"\b(?i:nothing but|no better than|no more than)\b")
_THE_ONE_WHO = re.compile(
    r"^(?:['’](?:re|s)|\s+(?i:are|is|were|was))\s+(?i:the|a|an)\s+(?:[\w'’-]+\s+)?"
    r"(?i:one|man|woman|person|guy|bloke|lad|fella|idiot|clown)\s+(?i:who|that)\s+"
)
_COPULA_LIST = re.compile(r"(?:['’]s|\s+(?i:is|was|are|were))\s+(?i:a|an)\s+\w+,")
# A subject or an owner is at most five words before its imputation ("you are nothing but
# a lying ...") within one clause.
_LINK_WORDS = 5
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”—–]|\b(?i:and|but|if|because|cos|when|whenever|that|who|which|or|so|than|then"
    r"|while|whilst|unless|until|after|before|since|as|like)\b"
)
# A clause break just before: "Cllr Reid is right, Hallam Homes ...", "and China lied".
_AFTER_CLAUSE_BREAK = re.compile(rf"(?:{_CLAUSE_BREAK.pattern})[\s\"'“‘]*$")
_VERDICT = re.compile(
    r"(?i:\b(?:this|that|it|which)\s*(?:is|was|['’]s)|\bthats|\bits)\s+(?:\w+\s+)?$"
)
_OWNERS = frozenset(["your", "ur", "his", "her", "their"])
_OBJECTS = frozenset(["him", "her", "them", "himself", "herself"])
_OWNER_BREAK = re.compile(r"[,;:()\"“”—–.!?]")
# "They convicted her", "police arrested him": the person the act is done to is accused.
PUNISHMENTS = (
    "convicted|arrested|charged|jailed|sacked|suspended|investigated|caught|sentenced|prosecuted"
    "|struck off"
)
PUNISHED = re.compile(rf"(?i:{PUNISHMENTS})\s+")
# "Liars like you", "thieves such as him": the imputation, then the person it is said of.
_LIKE = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?i:like|such as|the likes of)\s+", re.S)


# "the tattoo artist on Bath Street", "two suspended child grooming taxi drivers".
_DESCRIBED = re.compile(
    r"(?<![\w@])((?:the|that|this|those|these|our|your|their|two|three|four|\d+)\s+)?"
    rf"(?:[\w'’\"“”-]+\s+){{0,5}}?(?P<job>(?i:{OCCUPATIONS}))(?:(?<=\s)|(?![\w'’])|(?=['’]s\s+(?:{_KIN})\b))"
    r"(?:\s*(?:on|at|in|from|of|who runs|who owns)\s+(?:the\s+|number\s+)?(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?"
)
# Words that make the run before an occupation a clause ("He is a ...", "She stabbed a ...")
# or another noun's phrase ("the word of a woman who ...": the trade is in the next one).
_CLAUSE_WORDS = words("he she they i you we it is was are were has had have be been s of")
_ACT_WORD = re.compile(r"\b[a-z]+ed\b")
_DETERMINER_WORDS = words("the this that these those a an our your their my his her")
# Someone told only by where they come from: "a man from Leeds".
_ANYONE_FROM = re.compile(
    r"(?i:man|woman|bloke|lad|guy|fella|lady|chap|family|couple|boy|girl)\s+(?i:from)\s"
)


def _descriptions(text: str) -> Iterator[re.Match[str]]:
    """Each person described by trade: after a determiner or opening a sentence, with no
    clause in the words before the trade ("He stabbed a man", "She is a cowboy builder").
    A span that is none of these does not hide one inside it: in "my son was abused by the
    scout leader" the search goes on to "the scout leader"."""
    at = 0
    while (match := _DESCRIBED.search(text, at)) is not None:
        described = text[match.end(1) if match.group(1) else match.start() : match.start("job")]
        if (
            _CLAUSE_WORDS.intersection(described.lower().split())
            # "what with this racist nurse", "seen that the man": the description starts
            # at "this", at "the"
            or _DETERMINER_WORDS.intersection(
                described.lower().split()[0 if match.group(1) else 1 :]
            )
            or _ACT_WORD.search(described)
            or not (match.group(1) or sentence_start(text, match.start()))
            # "As governor of Arkansas he ...": the post the subject held, not someone else.
            or described.lower().split()[:1] == ["as"]
            # "A 23-year-old man from Whitsand Bay has been charged": anyone from a town.
            or (
                _ANYONE_FROM.match(text, match.start("job")) is not None
                and described.lower().lstrip("\"“‘'(").split()[:1] in (["a"], ["an"])
            )
        ):
            at = match.start() + 1
            continue
        yield match
        at = match.end()


# A group small enough that what is said of it is said of each member, who can sue for it:
# a number of people ("the three Labour councillors", "both ward councillors", "those two
# lads"), a committee, or the trustees or owners of a named place, or the councillors who
# voted for something. "The council", a party and "councillors" at large are not.
_GROUP_PEOPLE = (
    "councillors|cllrs|officers|officials|trustees|directors|governors|owners|managers"
    "|organisers|organizers|partners|members|lads|men|women|guys|blokes|brothers|sisters|sons"
    "|daughters|coppers|cops|bouncers|landlords|builders|wardens|swimmers|players|teachers"
)
_FEW = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]"
SMALL_GROUP = re.compile(
    rf"(?<![\w@])(?:(?i:the|those|these|all|all the|all of the)\s+(?i:{_FEW})"
    rf"|(?i:both)(?:\s+(?i:the|of the))?)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:{_GROUP_PEOPLE})\b"
    r"|(?<![\w@])(?i:the)\s+(?:(?i:whole|entire)\s+)?(?:[a-z]+\s+)?(?i:committee)\b"
    r"(?!\s+(?i:meeting|meetings|report|reports|room|papers|agenda|minutes|members?|chair|vote"
    r"|votes|decision|decisions|hearing|stage|process|system)\b)"
    r"|(?<![\w@])(?i:the)\s+(?:[\w'’-]+\s+)?(?i:trustees|directors|governors|owners|organisers"
    r"|committee members|board members)(?=\s+(?i:of|at|who)\s)"
    r"|(?<![\w@])(?i:the)\s+(?:[\w'’-]+\s+)?(?i:councillors|cllrs)(?=\s+(?i:who|that)\s+"
    r"(?i:voted|sit|sat|backed|approved|signed|pushed|waved|rubber[ -]stamped)\b)"
)
# "This guy", "that lowlife", "the same man": the person the post or the story is about,
# pointed at.
_A_PERSON = "man|woman|guy|bloke|lad|fella|lady|chap|idiot|clown|lowlife|scumbag|creep"
# "hope that the idiot who ...": "that" joins a clause; "the idiot" is who is pointed at.
_POINTERS = "(?:" + "|".join(sorted(_DETERMINER_WORDS)) + ")"
_THIS_PERSON = re.compile(
    rf"(?<![\w@])(?i:this|that|the same|that same)\s+(?:(?!{_POINTERS}\b)[a-z]+\s+)?(?i:{_A_PERSON}"
    r"|thug|animal|monster|coward|punk|moron|scrote|toerag)\b"
    # "The guy is a rapist", "turns out the preacher was a pervert": the person a copula
    # says something of, pointed at by "the".
    rf"|(?<![\w@])(?i:the)\s+(?:[a-z-]+\s+)?(?i:{_A_PERSON}"
    r"|dude|geezer|preacher|pastor|priest|vicar|bigot)(?=\s+(?:is|was|s)\s)"
)
# "Dave from the chippy", "Sue who runs the café": a first name pinned down by a place.
_NAME_FROM = re.compile(
    r"(?<![\w@])([A-Z][a-z]+)\s+(?:from|at|who runs|who owns|who works at"
    # "Gary behind the bar at the Red Lion", "Kev at K&S Motors".
    r"|behind the (?:bar|counter|desk) (?:at|in|of)|on the (?:tills?|door|desk|bar) (?:at|in|of))"
    r"\s+(?:the\s+|number\s+)?[\w'’&-]+(?:\s+[A-Z][\w'’&-]*)?"
)
# "the man at 14 Kilburn Road", "lives at number 3".
_ADDRESS = re.compile(
    r"(?i:lives|living|stays|at|from)\s+(?:number\s+|no\.?\s*)?\d{1,4}[A-Za-z]?,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
    r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|View|Walk)\b"
    # "lives at number 12": a house on the street everyone reading knows.
    r"|(?i:lives|living|stays|staying)\s+at\s+(?i:number|no\.?)\s*\d{1,4}[A-Za-z]?\b"
)
# A label pinned to a house in the street: "that paedo at number 7", "the dealer next door".
_LABEL_AT_HOME = re.compile(
    rf"(?<![\w@])(?i:the|that|this)\s+(?:[a-z]+\s+)?(?i:{PERSON_LABELS}|(?:drug )?dealer|smackhead"
    r"|burglar|arsonist|sex offender)\s+(?P<where>(?i:(?:at|in|from)\s+(?:number|no\.?|flat)\s*"
    r"\d{1,4}[A-Za-z]?\b|next door|across the (?:road|street|landing)|over the road|upstairs"
    r"|downstairs|opposite))"
)
_FLAT = re.compile(
    r"(?<![\w-])(?i:flat|apartment|apt)\.?\s+\d{1,4}[A-Za-z]?\b"
    r"(?:,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:House|Court|Tower|Heights|Mansions|Lodge|Buildings?|Block))?"
)
_BARE_ADDRESS = re.compile(
    r"(?:(?i:number|no\.?)\s*)?\d{1,4}[A-Za-z]?,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"
    r"\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Grove|Terrace|Place|Gardens|View|Walk)\b"
)
# A short label and a separator before an address ("Drug dealer, 4 Elm Close"), or one or
# two words right before it ("Paedophile 12 Holbourne Street"). An event there ("Burglary 12
# Holbourne Street last night") is an offence named as a topic, which accuses no one.
_LABEL_BEFORE = re.compile(
    r"(?:^|[.!?\n])\s*(?:(?:[\w'’]+\s+){0,2}[\w'’]+\s*[,:;–—-]+|(?:[\w'’]+\s+)?[\w'’]+)\s*$"
)
# A label opening a sentence, then where the person works or drinks: "Thief works behind
# the bar at the Red Lion".
_LABEL_WORKS = re.compile(
    r"(?:^|[.!?\n])\s*(?:[\w'’]+\s+){0,2}?[\w'’]+\s+((?i:works|drinks|lives|drives)\s+(?:\w+\s+){0,3}?(?i:at|in|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+on\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
)
_BUSINESS = re.compile(
    r"(?<![\w@'’])(?:((?i:the|this|that|your|their|his|her))\s+(?:[A-Za-z]+\s+)?)?"
    r"((?i:firm|company|business|agency|lettings agent|estate agent|takeaway|restaurant|cafe|café|salon"
    r"|garage|nursery|care home|surgery|bakery|chippy|shop|van|stall|car wash|nail bar|off licence"
    r"|offie|bookies|barbers|pharmacy|dentists|practice))\b"
)
PLURAL = re.compile(r"(?:(?<!s)s|men|ies)$", re.IGNORECASE)  # "headmistress" is one person
_NUMBER = re.compile(r"(?:two|three|four|\d+)\s+", re.IGNORECASE)
# An organisation named after a place or a service is no one's reputation: a street, a school.
# Surnames that are also the last word of a place's name ("Gary Hill", "Sarah Green").
_SURNAMES_LIKE_PLACES = words("hill green hall church wood field park lane")
# First names that open the names of parks and halls: "Victoria Park", "Albert Hall".
_PLACE_FIRST_WORDS = words("victoria albert alexandra queen king prince princess forest regent")
_LOCATIVE = re.compile(
    r"(?i:\b(?:in|at|on|near|around|outside|behind|through|past|along|across|opposite|up|down"
    r"|to|into|onto|towards|round|via|off)\s+(?:the\s+)?)$"
)
PLACE_WORDS = words(
    "lane road rd street st avenue ave grove close court farm way hill green park estate square "
    "primary school academy college centre center library hall church arms inn hotel lion club pub "
    "bus buses parking police constabulary heights gardens crescent terrace baths lido bay quay "
    "harbour cove beach sands marina pier promenade"
)
# What pins a described person down after the description, so the councillor reads which
# one is meant: "the treasurer of the residents' association", "the caretaker at St Mary's
# school", "the lad who runs the car wash on Station Road".
# The words that end such a place: the place words above (less the abbreviations and the
# words that are more often something else: "on the way home", "close to me"), and more.
_PLACE_NOUNS = "|".join(
    sorted(
        PLACE_WORDS - words("st rd ave way lion arms close parking")
        | words(
            "association society committee board council trust charity bank nursery surgery "
            "practice hospital clinic shop store office garage chippy bar cafe café restaurant "
            "takeaway salon mosque temple chapel gurdwara market van car cab taxi wash gym pool "
            "depot yard station allotment allotments home team firm company business agency "
            "stall parade precinct flats block tower house group paper newsagent newsagents offy "
            "place workshop parlour studio cemetery crematorium graveyard churchyard beat"
        ),
        key=len,
        reverse=True,
    )
)
# "Tesco Extra", "St Anne's", "K&S Motors".
_PROPER_PLACE = r"(?:[A-Z]\s?&\s?[A-Z]\b|[A-Z][a-z][\w'’-]*)(?:\s+[A-Z][a-z][\w'’-]*){0,3}"
_PINNED = re.compile(
    r"\s+(?:(?i:who|that)\s+(?i:runs?|ran|owns?|owned|works? (?:at|in|for)|worked (?:at|in|for)"
    r"|lives? (?:at|on|in)|lived (?:at|on|in)|drinks? (?:at|in)|manages?|managed|chairs?|chaired"
    r"|sits? on|sat on|(?:does|did|keeps?|kept|runs?|ran) the (?:accounts|books|money|finances|minutes|bookings) (?:for|at|of))"
    r"|(?i:of|at|from|on|in|near|outside|opposite|behind|down|to))\s+"
    r"(?:(?i:the|a|an|our|number|no\.?)\s+)?"
    rf"(?:{_PROPER_PLACE}(?:['’]s)?(?:\s+(?i:{_PLACE_NOUNS})\b)?"
    rf"|\d{{1,4}}[A-Za-z]?\b(?:,?\s+{_PROPER_PLACE}|\s+(?i:bus|route|service))?"
    rf"|(?:(?!(?i:{_STOP}|who|which|is|are|were|has|had|have|been|and|but)\b)[a-z][\w'’-]*\s+){{0,2}}"
    rf"(?i:{_PLACE_NOUNS})(?![\w'’-]))"
    r"|\s+(?i:next door|over the road|across the (?:road|street|landing)|upstairs|downstairs)\b"
    # "the councillors who voted for the incinerator": a vote on the record picks them out.
    r"|\s+(?i:who|that)\s+(?i:voted (?:for|against)|backed|approved|signed off|waved through"
    r"|rubber[ -]stamped)\s+(?:(?i:the|this|that|these|those)\s+(?:[a-z][\w'’-]*\s+)??"
    r"[a-z][\w'’-]*|(?i:it|them)\b)"
)
# The place word after a place the description already named: "at St Mary's" + "school".
_PLACE_TAIL = re.compile(rf"(?:['’]s)?\s+(?i:{_PLACE_NOUNS})(?![\w'’-])")
_PINNED_PHRASES = 3
# A lowercase word after the place that carries its phrase on ("case" in "on the Millbrook
# case"), not a verb that says what the person did ("sells", "groped", "is", "stole").
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:is|was|are|were|been|has|had|have|will|would|can|could|should|did|does|do|took|stole|got"
    r"|gave|sold|kept|hit|beat|put|ran|never|always|just|also|still|and|but|or|who|to|for|with"
    r"|at|in|on|of|from|by|then|once|used|allegedly|apparently|reportedly|spat|struck|threw|bit|shot"
    r"|broke|made|said|told|sent|left|let|drove|swore|came|went|dealt|fled|hid|paid|sat|wrote|tried)\b)"
    r"[a-z][a-z'’-]*(?<![^s]s)(?<!ed)(?<!ing)\b"
)
# "The man who stole from the church was Cllr Reid": the clause, then the copula.
_WAS_NAMED = re.compile(
    r"\s+(?i:who|that)\s+[^.!?;\n]*?\s(?i:is|was)\s+(?i:actually\s+|really\s+)?"
)
# Where someone is, in up to three phrases: "on the tills at the Co-op on Pool Road".
_PLACES = (
    r"(?:\s+(?i:of|at|on|in|from)\s+(?:(?i:the|our|my|this|that|his|her|their)\s+)?"
    r"(?:[\w'’-]+\s+)?[\w'’-]+){1,3}"
)
# A verb right after a name that says what was done: "Darren punched", "Kev sends".
_DOES_NEXT = (
    r"\s+(?:(?:only|just|clearly|obviously|simply|also)\s+)?(?:is|was|has|had|got|gets|took|takes|stole|steals|lied|lies|pocketed|pockets"
    r"|keeps|kept|never|always|used|still|gave|gives|fiddled|rigged|sold|broke|put|puts|sent|took|hit|hits|beat|beats"
    r"|threw|knocks|[a-z]{3,}ed|(?!(?:this|thus|plus|less|does|goes|always|perhaps|sometimes|ours|yours|hers|theirs)\b)[a-z]{2,}[^s\W]s)\b"
)
_LABEL_NEXT = re.compile(rf"\s+(?:{PERSON_LABELS})s\b", re.IGNORECASE)
_DESCRIBED_NEXT = re.compile(
    r"\s+(?:thanks|folks?|people|residents|neighbou?rs|kids|children|men|women|lads|girls|boys"
    r"|ladies|gents|drivers|traders|owners|tenants|landlords|parents|members|voters|fans|readers"
    r"|councillors|customers|families|pensioners|visitors|shoppers)\b",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(
    rf"({_NEXT})(?=['’]s\s+(?:been|got|taking|nicking|fiddling|pocketing|stealing|lying|dealing)\b"
    rf"|{_DOES_NEXT}"
    r"|\s*=\s*\w"  # "Barnes = thief"
    # "Awan the liar": a name and the charge as an epithet.
    rf"|\s+the\s+(?:\w+\s+)?(?:{PERSON_LABELS})\b"
    # "Sandra on the tills at the Co-op is ...": a first name placed, then the verb.
    rf"|(?P<placed>{_PLACES}\s+(?:is|was|has|had)\b))"
)
_NOT_AFTER_TITLE = words(
    "is was has had s and who the a an on in at for to of with should will would can could did "
    "does never just always said says keeps voted took got gets takes knew lied been being not "
    "are were has have had wasn isn didn hasn doesn won can"
)
_PREPOSITIONS = words("at with from in on of near outside behind inside into by opposite")
# The word before a person that makes them its object: "for her cousin", "like his father".
_OBJECT_OF = _PREPOSITIONS | words("for to about against like than onto through via")
_PHRASE_BREAKS = words("and but or then so because when while who which that")
_DETERMINERS = words(
    "the a an our this that ward his her your my their in at from to on of near outside by with into"
)
# At most three plain words between a subject and its imputation ("Cllr Patel took a bribe").
_SUBJECT_PRONOUNS = words("he she they")
# "got robbed" is told in the passive; "got the job by ..." is not.
_PASSIVE_AT = re.compile(
    r"(?i:was|were|been|being|is|are)\b|(?i:got|get)\s+"
    r"(?!(?i:the|a|an|his|her|their|my|your|our|on|onto|into|in|away|off|out|him|them|me|us)\b)"
)
SUBJECT_GAP = re.compile(r"(?:['’]s)?\s*(?:[\w'’-]+\s+){0,3}")
_APPOSITION = re.compile(
    r",\s+(?i:the|a|an|our|that|this)\s+"
    r"(?:(?!(?i:is|was|were|are|has|had|have|got|gets|did|does|who|that)\b)[\w'’-]+\s+){0,3}"
)
_WHO_CLAUSE = re.compile(r",?\s+(?i:who|who['’]s)\s+(?:[\w'’-]+\s+){0,3}")
_ASKING = words("asked ask asks asking told tell tells telling know knows knew wonder wondered")
_PLACED_SUBJECT = re.compile(
    rf"{_PLACES}\s+(?i:is|was|has been|had been|has|had)\s+(?i:a|an|the)?\s*(?:[\w'’-]+\s+)?"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\]])[\s\"'“‘(]*$")
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bCllr)[.!?]+(?=\s)|\n"
)


def original_span(view: Canonical, start: int, end: int) -> tuple[int, int]:
    """Where canonical characters [start, end) lie in the original."""
    spans = view.spans
    # Spans are in canonical order: find the first one ending after ``start`` by bisection,
    # so a long comment with many allegation words is not read once per word.
    first = bisect.bisect_right(spans, start, key=lambda span: span[1])
    last = first
    while last < len(spans) and spans[last][0] < end:
        last += 1
    return (spans[first][2], spans[last - 1][3]) if last > first else (0, 0)


def sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` holding offset ``at``, as (start, end)."""
    starts, ends = _stops(text)
    passed = bisect.bisect_right(ends, at)  # the stops that end at or before ``at``
    start = ends[passed - 1] if passed else 0
    end = starts[passed] if passed < len(starts) else len(text)
    return start, end


@lru_cache(maxsize=64)
def _stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each sentence stop of ``text`` starts and ends, found once per comment: the
    scorer asks for the sentence of every allegation word it reads."""
    stops = [(match.start(), match.end()) for match in _SENTENCE_END.finditer(text)]
    return tuple(start for start, _ in stops), tuple(end for _, end in stops)


def _surname_place(words: list[str], before: str) -> bool:
    """Whether a first name and a word that is also a place make a person: "punched by Gary
    Hill", "Sarah Green stole", not "in Victoria Park" or "up Primrose Hill"."""
    return (
        len(words) == 2
        and bare(words[1]) in _SURNAMES_LIKE_PLACES
        and bare(words[0]) not in _PLACE_FIRST_WORDS
        and first_name(words[0])
        and not _LOCATIVE.search(before)
    )


# What a country or a website does, right after its name: "China lied", "Israel murders".
_NO_ONE_DOES = re.compile(_DOES_NEXT)


def sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence (only spacing, quotes or a tag since the last stop)."""
    return _SENTENCE_START.search(text, max(0, at - LOOK_BACK), at) is not None


def _in_a_phrase(before: str) -> bool:
    """Whether a capitalised word ends a phrase after a preposition ("at Tesco Extra", "with
    the blue Skoda"): a place or a thing, not the subject of what follows."""
    words = before.split()[-3:]
    for word in reversed(words[:-1] if len(words) > 1 else []):
        if word.lower() in _PHRASE_BREAKS or not word.isalpha():
            return False
    return any(word.lower() in _PREPOSITIONS for word in words[:-1]) or (
        bool(words) and words[-1].lower() in _PREPOSITIONS
    )


def _past_not_names(text: str, start: int) -> int:
    """Where a capitalised run from ``start`` begins once the words opening it that are no
    one's name are left out ("Avoid Patel and Sons", "Dear All", "Scumbag Tim Bussey"); its
    last word stays."""
    while (lead := _LEADING_WORD.match(text, start)) and bare(lead.group(1)) in _NO_NAME_LEAD:
        start = lead.end()
    return start


def bare(word: str) -> str:
    """A word lowercased without its apostrophe ending: "That's" -> "that"."""
    return re.split(r"['’]", word.lower())[0]


def _trim(name: str) -> str:
    """A name without its possessive: "Cllr Begum's husband" is about Cllr Begum. A place
    that ends a description keeps it: "the vicar at St Anne's"."""
    name = name.strip()
    if _ENDS_AT_A_PLACE.search(name):
        return name
    return re.sub(r"['’]s$", "", name)


# "the vicar at St Anne's", "Kev at Tesco's": a place, possessive in form.
_ENDS_AT_A_PLACE = re.compile(
    r"\s(?i:at|on|of|from|in|behind|near|outside|opposite)\s+(?:(?i:the)\s+)?(?:[A-Z][\w.&-]*\s+){0,2}"
    r"[A-Z][\w&-]*['’]s$"
)


# Insults and labels that go before a name as an epithet: "that crook Hammond".
_EPITHETS = frozenset(INSULT_NOUNS) | frozenset(PERSON_LABELS.replace(" ?", "").split("|"))
_NAME_NEXT = re.compile(rf"\s+{_NEXT}")
_POINTED_EPITHET = re.compile(r"\b(?i:that|this)\s+(?:[a-z]+\s+)?[a-z]+\s+$")
# Words opening a capitalised run that are no part of a name: "Dear", "Avoid", "Scumbag".
# Words that open a sentence before a plural noun, a clause or a name, never a name
# themselves: "Poor bastards couldn't even steal", "Meanwhile Tom Hughes pocketed".
_OPENING_WORDS = words(
    "meanwhile now maybe perhaps such any many most several both each every another other "
    "good bad poor selfish public private modern fake sexual pure pretty fat dumb stupid "
    "silly crazy evil sick sad real true false typical existing evidence consent freedom "
    "anyway anyhow besides still yet watch talking sell allegations guideline semantic "
    "agriculture prohibition evangelical kleptocracy cannabis spice hell"
)
_NO_NAME_LEAD = NOT_NAMES | frozenset(INSULT_NOUNS) | _OPENING_WORDS
# Capitalised words that open sentences as subjects but are never anyone's name.
_NEVER_FIRST_NAMES = (
    NOT_NAMES
    | ORGANISATION_WORDS
    | _NOT_AFTER_TITLE
    | words(
        "money cash funding nothing everything something anything someone anyone everyone "
        "nobody somebody everybody labour tories tory conservatives reform greens brexit "
        "politics government parliament westminster crime fraud corruption theft parking "
        "housing planning council councillors police court it there here which what as "
        # Headlines about someone unnamed: "Man arrested after ...".
        "man woman men women boy girl teen teenager pensioner mum dad driver motorist thief thieves "
        "burglar burglars gang pupil student bought sold "
        # The first word of a label for people: "Drug dealers all over the estate".
        "drug drugs crack smack paedo paedos paedophile paedophiles nonce nonces crook crooks "
        "fraudster fraudsters scammers scammer cowboy cowboys rogue dodgy bent corrupt convicted con "
        # A headline's subject without its article: "Bloke got done for ...", "Bike nicked".
        "bloke blokes guy guys fella geezer chap dude lad lads lass kid kids child children life "
        "bike bikes car cars "
        # Contractions typed without the apostrophe: "Thats called corruption".
        "thats whats its dont cant wont im ive youre theyre hes shes isnt wasnt didnt "
        "van phone wallet purse handbag laptop shed"
    )
    | _OPENING_WORDS
)
