"""The categories wardwatch flags, one row each: everything the rest of wardwatch needs to
know about a category is in :data:`TABLE`, and every other module reads it from here.

Adding a category is one row here and a scorer that emits it (a :class:`Reason` and a score
under the new name); the policy, the configuration keys (``scoring.thresholds.<name>``,
``incidents.thresholds.<name>``), ``wardwatch eval``, the digest, the review page, the
summaries, their charts and the incident record pick it up from the table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    """One category.

    ``title`` names it in a list ("abuse or bullying"), ``noun`` in a sentence ("flagged as
    abuse"). ``guidance`` is the council guidance paragraph behind it, quoted in reasons and
    the digest. ``review`` and ``high`` are the default score thresholds; only an ``urgent``
    category reaches "high" (an alert today rather than the daily digest). ``masked``: the
    digest and the incident record mask the trigger words of a comment flagged for it.
    ``incident_after``: flagged comments from one author within the incident window that make
    an incident. ``offences``: keys of :mod:`monitor.offences` its content may engage, in the
    order a reader should consider them. ``colour``: its colour in the charts, readable on
    white.
    """

    name: str
    title: str
    noun: str
    guidance: str
    review: float
    high: float
    urgent: bool
    masked: bool
    incident_after: int
    offences: tuple[str, ...]
    colour: str


# Threats and personal data are acted on at lower scores because missing them costs more
# than a false alarm that a person dismisses. What is urgent is what a councillor should act
# on today when the evidence is clear: a credible threat, an allegation of wrongdoing about a
# person, residents' personal data, explicit hate. Insults and swearing go to the daily
# digest however strong they are: removing them tomorrow morning is prompt enough, and an
# alert that cries wolf stops being read. One threat makes an incident; for the rest, a
# second (the harassment guidance's "two or more incidents").
TABLE: tuple[Category, ...] = (
    Category(
        name="libel",
        title="possible libel",
        noun="a possibly false allegation",
        guidance=(
            "Guidance 9(i), libel: you can be liable for someone else's defamatory post on "
            "your page if you know about it and don't act promptly to remove it."
        ),
        review=0.5,
        high=0.75,
        urgent=True,
        masked=False,
        incident_after=2,
        offences=("osa2023_s179", "mca1988_s1"),
        colour="#b3261e",
    ),
    Category(
        name="obscene",
        title="obscene",
        noun="obscene content",
        guidance=(
            "Guidance 9(v), obscene material: remove obscene posts from your sites as soon as "
            "possible so you are not seen to condone them."
        ),
        review=0.6,
        high=0.9,
        urgent=False,
        masked=True,
        incident_after=2,
        offences=("ca2003_s127", "mca1988_s1"),
        colour="#7b1fa2",
    ),
    Category(
        name="abuse",
        title="abuse or bullying",
        noun="abuse",
        guidance=(
            "Guidance 9(vi) and 5(i), bullying and harassment: don't let abusive or bullying "
            "comments stand on your pages."
        ),
        review=0.6,
        high=0.9,
        urgent=False,
        masked=True,
        incident_after=2,
        offences=("mca1988_s1", "ca2003_s127"),
        colour="#b26a00",
    ),
    Category(
        name="threat",
        title="threat",
        noun="a threat",
        guidance=(
            "Threat of violence: keep the evidence and report it to the police (101, or 999 "
            "in an emergency); tell Member Services."
        ),
        review=0.5,
        high=0.75,
        urgent=True,
        masked=True,
        incident_after=1,
        offences=("osa2023_s181", "mca1988_s1", "ca2003_s127"),
        colour="#0d47a1",
    ),
    Category(
        name="discrimination",
        title="discriminatory",
        noun="discriminatory content",
        guidance=(
            "Guidance 9(vi) and 5(i), discriminatory comments: remove content that attacks "
            "people for a protected characteristic."
        ),
        review=0.5,
        high=0.8,
        urgent=True,
        masked=True,
        incident_after=2,
        offences=("poa1986_part3", "poa1986_part3a", "ca2003_s127", "mca1988_s1"),
        colour="#00695c",
    ),
    Category(
        name="personal_data",
        title="personal data",
        noun="personal data",
        guidance=(
            "Guidance 9(iii), data protection: residents' personal data must not be published "
            "on your pages; hide it and consider whether it is a data breach."
        ),
        review=0.5,
        high=0.8,
        urgent=True,
        masked=False,
        incident_after=2,
        offences=(),
        colour="#546e7a",
    ),
)

BY_NAME: dict[str, Category] = {category.name: category for category in TABLE}
CATEGORIES: tuple[str, ...] = tuple(category.name for category in TABLE)
GUIDANCE: dict[str, str] = {category.name: category.guidance for category in TABLE}
COLOURS: dict[str, str] = {category.name: category.colour for category in TABLE}
MASKED: frozenset[str] = frozenset(category.name for category in TABLE if category.masked)
