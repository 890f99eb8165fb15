"""Which offences the content of an incident may engage, in plain words.

This is a prompt for a person (the councillor, the Monitoring Officer, a police officer),
never a legal finding: wardwatch cannot know intent, whether a statement is false, or
the context a court would weigh. Each entry names the Act and section, says in one or two
sentences what it covers, and why it came up (which categories the comments were
flagged for). England and Wales law; Scotland and Northern Ireland differ.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from monitor.scoring.categories import TABLE

PROMPT_NOTE = (
    "These are offences the content may engage, listed to help a person decide whether "
    "to report it. They are not a legal finding: whether any offence was committed "
    "depends on intent, truth and context that only the police, the Crown Prosecution "
    "Service or a court can weigh."
)


@dataclass(frozen=True, slots=True)
class Offence:
    key: str
    title: str
    plain: str
    because: str


_CATALOGUE: dict[str, tuple[str, str]] = {
    "mca1988_s1": (
        "Malicious Communications Act 1988, section 1",
        "Sending a message that is indecent or grossly offensive, a threat, or information "
        "the sender knows or believes to be false, where a purpose is to cause the "
        "recipient distress or anxiety.",
    ),
    "ca2003_s127": (
        "Communications Act 2003, section 127(1)",
        "Sending, over a public electronic communications network (which includes social "
        "media), a message that is grossly offensive or of an indecent, obscene or "
        "menacing character.",
    ),
    "osa2023_s179": (
        "Online Safety Act 2023, section 179 (false communications)",
        "Sending a message the sender knows to be false, intending it to cause "
        "non-trivial psychological or physical harm to a likely audience, without "
        "reasonable excuse. A false allegation may also be libel, which is a civil "
        "matter rather than a crime.",
    ),
    "osa2023_s181": (
        "Online Safety Act 2023, section 181 (threatening communications)",
        "Sending a message that threatens death or serious harm (serious injury, rape or "
        "assault by penetration, or serious financial loss), intending the person to "
        "fear the threat would be carried out, or reckless as to that.",
    ),
    "pha1997": (
        "Protection from Harassment Act 1997, sections 2 and 4",
        "A course of conduct (conduct on at least two occasions) that the person knows or "
        "ought to know amounts to harassment (section 2), or that causes the person to "
        "fear, on at least two occasions, that violence will be used against them "
        "(section 4).",
    ),
    "poa1986_part3": (
        "Public Order Act 1986, Part 3 (racial hatred)",
        "Publishing threatening, abusive or insulting written material intended, or "
        "likely in the circumstances, to stir up racial hatred.",
    ),
    "poa1986_part3a": (
        "Public Order Act 1986, Part 3A (religious hatred and hatred on grounds of "
        "sexual orientation)",
        "Publishing threatening written material intended to stir up religious hatred or "
        "hatred on grounds of sexual orientation.",
    ),
}

# category -> offences its content may engage, in the order a reader should consider them
_BY_CATEGORY: dict[str, tuple[str, ...]] = {category.name: category.offences for category in TABLE}

CATEGORY_WORDS = {category.name: category.noun for category in TABLE}


def possible_offences(labels: Collection[str], *, occasions: int) -> list[Offence]:
    """The offences that comments flagged for ``labels`` may engage; ``occasions`` is how
    many separate comments there are (two or more can be a course of conduct)."""
    reasons: dict[str, list[str]] = {}
    for category in sorted(labels):
        for key in _BY_CATEGORY.get(category, ()):
            reasons.setdefault(key, []).append(CATEGORY_WORDS.get(category, category))
    found = [
        Offence(key, *_CATALOGUE[key], because="flagged as " + " and ".join(why))
        for key, why in reasons.items()
    ]
    if occasions >= 2:
        found.append(
            Offence(
                "pha1997",
                *_CATALOGUE["pha1997"],
                because=f"{occasions} flagged comments from the same author",
            )
        )
    order = list(_CATALOGUE)
    return sorted(found, key=lambda offence: order.index(offence.key))
