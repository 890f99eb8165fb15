# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Personal data about someone else: phone numbers, email addresses, home addresses and
postcodes, National Insurance numbers, vehicle registrations, bank details, dates of birth,
and where someone's children can be found.

Formats are validated so prices, times, dates and council reference numbers don't match.
A resident giving their own details ("ring me on ...", "my email is ...") or a council
service number is not a leak: the score drops below review unless the comment also points at
someone else ("his number is", "she lives at").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from monitor.scoring.base import CommentContext, Reason, Signal
from monitor.scoring.lang.en.contacts import ROLE_WORDS
from monitor.scoring.reported import is_reported, reported_zones
from monitor.scoring.text import Prepared

EMAIL = re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
POSTCODE = re.compile(
    r"\b(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}\b"
)
STREET = (
    r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Crescent|Grove|Terrace|Way|Place|Court"
    r"|Gardens|Square|Mews|Walk|Rise|View|Hill|Row|Paddocks|Cottages|Park|Green|Fold|Croft)"
)
HOUSE = re.compile(
    rf"\b(?:Flat \d+[A-Za-z]?,? )?\d{{1,4}}[A-Za-z]? (?:[A-Z][a-z]+ ){{1,3}}{STREET}\b"
)
NI_NUMBER = re.compile(
    r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
)
# Current-format registration: two letters, an age identifier (02-29 or 51-79), three letters.
VEHICLE = re.compile(
    r"\b[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12][0-9]|5[1-9]|[67][0-9]) ?[A-HJ-PR-Z]{3}\b"
)
SORT_CODE = re.compile(r"\b\d{2}-\d{2}-\d{2}\b")
ACCOUNT = re.compile(r"\baccount(?: no\.?| number)?:? ?\d{8}\b", re.I)
DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+ (?:19|20)\d{2})"
DOB = re.compile(
    rf"\b(?:date of birth|dob|d\.o\.b\.?|born(?: on)?|birthday)(?:\s+(?:is|was|of|on))?\W{{0,3}}{DATE}",
    re.I,
)
CHILDREN = re.compile(
    r"(?:'s|’s|\byour|\bhis|\bher|\btheir)\s+(?:\w+\s+)?(?:kids?|children|son|daughter|twins|grandkids|grandchildren|boy|girl|lad)\b(?:\W+\w+){0,6}?\W+"
    r"(?:goes to|go to|is at|are at|at|are in|is in|attends|attend|plays for|play for|walks home|training"
    r"|gets|get|catches|catch|waits|wait|leaves|leave|walks|walk|outside|from outside|picked up|dropped off)\b"
    r"(?:\W+\w+){0,6}?\W+(?:school|primary|nursery|academy|juniors|class|club|college|high|rec|park|training)\b",
    re.I,
)
OWN = re.compile(r"\b(?:my|our|me|i|i'm|i’m|we|we're|ours|myself)\b", re.I)
ORGANISATION = re.compile(
    r"\b(?:council s|council|office|line|helpline|hotline|switchboard|reception|department|team|service"
    r"|society|association)(?:'s)?\W+(?:\w+\W+){0,3}(?:is|on|number)\W*$",
    re.I,
)
THIRD_PARTY = re.compile(
    r"\b(?:his|her|their|he s|she s|hes|shes|him|her's|lives at|is at|are at|home address"
    r"|personal|private|mobile|ring (?:him|her|the|cllr)|call (?:him|her|the)|email (?:him|her|the)"
    r"|(?:cllr|councillor|dr|mr|mrs|ms) \w+|the \w+ officer|bloke|man|woman|lad|tenant"
    r"|neighbour|landlord|wife|husband|family)\b",
    re.I,
)
# An organisation's inbox: a public-sector domain, an organisation word in the domain, or a
# role rather than a person before the "@" ("planning@", "democratic.services@").
ORG_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:[\w-]*(?:council|borough|parish|county|city|district)[\w-]*\.[\w.]+"
    r"|[\w.-]+\.(?:gov|nhs|police|sch|ac|parliament)\.uk|[\w.-]+\.gov)$",
    re.I,
)
# Personal numbers and addresses whoever's they are.
PRIVATE = re.compile(r"\b(?:personal|private|home|mobile|own number|direct line)\b", re.I)
# A number introduced as an organisation's line, office or team ("ring the members' office on").
ORG_INTRO = re.compile(
    r"\b(?:line|lines|office|team|switchboard|helpline|hotline|reception|department|desk|centre"
    r"|service|services|unit|council|enquiries|number for (?:the|a|an) \w+)(?:'s|’s|'|’)?"
    r"(?:\s+(?:is|are|on|at|number|no\.?|can be reached on|via|:|-|or)){0,3}\W*$"
    r"|\b(?:clerk|warden|ranger)(?:\s+(?:is|on|at)){1,2}\W*$|\bthe (?:[a-z-]+ ){1,3}(?:number|line|hotline)"
    r"(?: is| on|:)?\W*$|\b(?:office|line|team|desk) number\b[^.!?\d]{0,40}$"
    r"|\b(?:ring|call|phone|contact|email) (?:the|your) (?:\w+ ){0,3}?(?:council|office|team|line"
    r"|department|desk|centre|helpline|switchboard|reception)\b",
    re.I,
)
# The same sentence points at an organisation ("Planning enquiries go to ... or 01632 ...").
ORG_CONTEXT = re.compile(
    r"\b(?:enquiries|helpline|switchboard|hotline|reception|department|team|the council"
    r"|council's|council’s|office|line is)\b",
    re.I,
)
# The commenter plainly gives their own details somewhere before.
OWN_STRONG = re.compile(
    r"\b(?:my|our) (?:own )?(?:details|address|name|number|mobile|phone|email|contact details"
    r"|business|company|firm|shop|cafe|pub|practice|surgery)\b|\b(?:call|ring|text|contact"
    r"|email|reach|message|phone) (?:me|us)\b|\bhappy to (?:answer|help|chat|talk|explain)\b",
    re.I,
)
# The pronouns that tie a detail to someone else, stronger than a title in the same sentence.
STRONG_THIRD = re.compile(
    r"\b(?:his|her|their|he s|she s|he's|she's|him|lives at|live at|home address)\b", re.I
)
# An address given as where a thing or a problem is, not where someone lives.
LOCATION_OF_THING = re.compile(
    r"\b(?:outside|opposite|near|next to|beside|behind|by|past|in front of|across from"
    r"|(?:corner|end|side|back|front) of|between|from|to|outside of)\s+(?:the \w+ (?:of|at)\s+)?"
    r"(?:number\s+|no\.?\s*)?$",
    re.I,
)
HOME_LINK = re.compile(
    r"\b(?:lives?|living|lived|house|home|address|flat|where (?:he|she|they|you))\b", re.I
)
# "Councillor Hughes's", "Sarah's": someone named owns what follows.
NAMED_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+(?:'s|’s|')(?=\s)")
WHERE_LIVE = re.compile(
    rf"\bwhere (?:you|he|she|they) lives?\b.{{0,80}}?\b(?:[A-Z][a-z]+ )+{STREET}\b", re.S
)


_DIGIT = re.compile(r"\d")
_CHILD_WORD = re.compile(
    r"\b(?:kids?|children|son|daughter|twins|grandkids|grandchildren|boy|girl|lad)\b"
)


_TEN_DIGITS = re.compile(r"(?:\d[\s().+-]{0,3}){10}")


def _phones(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if not _TEN_DIGITS.search(text):
        return found  # a UK number has at least ten digits; skip the costly matcher
    for match in phonenumbers.PhoneNumberMatcher(
        text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        raw = match.raw_string
        digits = re.sub(r"\D", "", raw)
        if re.search(r"[/.]", raw) or text[max(0, match.start - 1) : match.start] in "£$":
            continue  # dates, prices, reference numbers
        national = len(digits) >= 10 and (raw.startswith("+") or raw.startswith("0"))
        if national and phonenumbers.is_possible_number(match.number):
            found.append((match.start, match.end, raw))
    return found


class PersonalDataScorer:
    name = "personal_data"
    version = "personal_data 1"
    uses_context = False
    whole_comment = False
    fork_safe = True

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return [self._one(text) for text in texts]

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
        """Reads each comment with its quoted and denied stretches blanked: a number quoted
        from a scam text to warn about it is not a leak."""
        return self.score([item.blanked for item in items])

    def _one(self, text: str) -> Signal:
        # Each detector needs a digit, an "@", or a child/home word: test those cheaply first.
        digits, at = _DIGIT.search(text) is not None, "@" in text
        lowered = text.lower()
        child = _CHILD_WORD.search(lowered) is not None
        lives = "live" in lowered
        if not (digits or at or child or lives):
            return Signal()
        items: list[tuple[str, int, int]] = []
        if digits:
            items += [("phone number", s, e) for s, e, _ in _phones(text)]
            items += [("home address", m.start(), m.end()) for m in HOUSE.finditer(text)]
            items += [("postcode", m.start(), m.end()) for m in POSTCODE.finditer(text)]
            items += [
                ("National Insurance number", m.start(), m.end()) for m in NI_NUMBER.finditer(text)
            ]
            items += [("vehicle registration", m.start(), m.end()) for m in VEHICLE.finditer(text)]
            if "sort" in lowered and re.search(r"sort ?code", lowered):
                items += [("bank sort code", m.start(), m.end()) for m in SORT_CODE.finditer(text)]
            items += [("bank account number", m.start(), m.end()) for m in ACCOUNT.finditer(text)]
            items += [("date of birth", m.start(), m.end()) for m in DOB.finditer(text)]
        if at:
            items += [("email address", m.start(), m.end()) for m in EMAIL.finditer(text)]
        if child:
            items += [
                ("where a child can be found", m.start(), m.end()) for m in CHILDREN.finditer(text)
            ]
        if lives:
            items += [
                ("where someone lives", m.start(), m.end()) for m in WHERE_LIVE.finditer(text)
            ]
        best: tuple[float, Reason] | None = None
        # "a letter saying 'we know where your kids go to school'" reports a threat; it leaks
        # nothing new.
        zones = reported_zones(text) if items else ()
        for kind, start, end in items:
            if is_reported(zones, end):
                continue
            score, whose = self._ownership(text, kind, start, end)
            if best is None or score > best[0]:
                evidence = text[start:end]
                message = f"{kind} {whose}: '{evidence}'"
                best = (score, Reason("personal_data", message, score, self.name, (evidence,)))
        if best is None:
            return Signal()
        return Signal(scores={"personal_data": best[0]}, reasons=[best[1]])

    @staticmethod
    def _ownership(text: str, kind: str, start: int, end: int) -> tuple[float, str]:
        before = text[max(0, start - 60) : start]
        # A sentence ends at a full stop before a space: "planning@example.org" is one word.
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        sentence = text[sentence_start:start]
        if kind in ("where a child can be found", "where someone lives"):
            if re.search(r"\b(?:my|our)\s+(?:\w+\s+)?$", text[max(0, start - 20) : start], re.I):
                return 0.2, "of the commenter's own family"
            return 0.85, "about someone else's child"
        organisation = 0.2, "that looks like an organisation's"
        if PRIVATE.search(before):
            pass  # "his personal number", "her home address": nothing below excuses it
        elif kind == "email address" and _organisation_email(text[start:end]):
            return organisation
        elif kind == "home address" and (
            LOCATION_OF_THING.search(before) and not HOME_LINK.search(sentence)
        ):
            return 0.2, "that locates a place or a problem, not someone's home"
        elif (
            kind == "phone number"
            and (ORG_INTRO.search(before) or _NON_GEOGRAPHIC.match(text, start))
        ) or (
            kind == "postcode"
            and (ORG_PLACE.search(sentence) and not STRONG_THIRD.search(sentence))
        ):
            return organisation
        elif OWN_STRONG.search(text[:start]) and not STRONG_THIRD.search(sentence):
            return 0.2, "that the commenter seems to be sharing about themselves"
        if (THIRD_PARTY.search(sentence) or NAMED_POSSESSIVE.search(sentence)) and not re.search(
            r"\b(?:my|our) (?:\w+ )?$", before, re.I
        ):
            return 0.9, "about someone else"
        if OWN.search(before) or OWN.search(sentence):
            return 0.2, "that the commenter seems to be sharing about themselves"
        if ORGANISATION.search(before) or (
            kind == "phone number" and (ORG_CONTEXT.search(sentence) or _org_email_in(sentence))
        ):
            return organisation
        return 0.6, "of unclear ownership"


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# Freephone, national-rate and business numbers (0800, 0808, 03xx, 084x, 087x): never a
# private line.
_NON_GEOGRAPHIC = re.compile(r"(?:\+44\s?|0)(?:3|8)\d")
# A postcode given for a public place or a box number, not a home.
ORG_PLACE = re.compile(
    r"\b(?:po box|food ?bank|church|chapel|mosque|library|centre|center|hall|school|surgery"
    r"|station|office|depot|tip|market|hospital|clinic|pub|shop|cafe|club|site|venue|museum)\b",
    re.I,
)


def _organisation_email(address: str) -> bool:
    local, _, _ = address.partition("@")
    if ORG_DOMAIN.search(address):
        return True
    parts = [part for part in re.split(r"[._+-]", local.lower()) if part]
    return bool(parts) and all(part in ROLE_WORDS or part.isdigit() for part in parts)


def _org_email_in(text: str) -> bool:
    return any(_organisation_email(m.group(0)) for m in EMAIL.finditer(text))
