"""Discrimination on real-world comments (issue 10): identity words alone, neutral and positive
statements, counter-speech and negated hate stay clean; explicit hate at a protected group is
caught. And the protected-zone API the engine uses to discount every scorer the same way.
Real scorers, nothing stubbed."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from monitor.scoring.base import Assessment, CommentContext, Signal
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.policy import Policy
from monitor.scoring.reported import is_counter_speech, protected_zones
from monitor.scoring.text import Prepared

RULES = build_engine({"toxicity": "none"})  # the rule scorers alone


def assess(text: str) -> Assessment:
    [assessment] = RULES.assess([text])
    return assessment


@pytest.mark.parametrize(
    "text",
    [
        "I'm a proud gay man and I'll be voting for the new youth centre",
        "Muslims in our ward raised £2,000 for the food bank",
        "The Polish shop on Market Street is brilliant",
        "As a disabled resident I can't get into the library, please fix the ramp",
        "The trans support group meets at the library on Tuesdays",
        "Women make up half the council but only two of the cabinet",
        "Immigrants built this town's textile industry",
        "Travellers have the right to a proper site with water and drainage",
        "Jewish residents are worried after the graffiti on the synagogue",
        "Black people are more likely to be stopped and searched, the council should look at it",
        "Gay couples adopting is the best thing, my neighbours are wonderful parents",
        "Whoever owns the white van on Elm Road, the bin lorry can't get past",
        "The cycle lane is a white elephant and the white lines are worn away",
    ],
)
def test_identity_words_in_neutral_and_positive_statements_are_clean(text: str) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Saying 'all immigrants are criminals' is racist nonsense",
        "People who say Muslims are terrorists should be ashamed",
        'It\'s disgusting that someone wrote "gays are perverts" on the bus shelter',
        "Calling immigrants vermin is exactly the language that leads to violence",
        "I'm sick of hearing that disabled people are scroungers, they are not",
        "The myth that refugees are a drain on the NHS needs challenging",
    ],
)
def test_counter_speech_is_not_discrimination(text: str) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons
    assert is_counter_speech(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think women are inferior",
        "Nobody thinks Travellers are thieves, stop putting words in my mouth",
        "It is not true that refugees are a drain on the NHS",
    ],
)
def test_negated_hate_is_not_discrimination(text: str) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons
    assert is_counter_speech(text)


def test_quoting_hate_to_call_someone_a_bigot_is_at_most_a_mild_insult() -> None:
    assessment = assess('If you say "I hate gay people", then you are a bigot!')
    assert "discrimination" not in assessment.labels
    assert assessment.severity != "high"
    assert is_counter_speech('If you say "I hate gay people", then you are a bigot!')


@pytest.mark.parametrize(
    "text",
    [
        "People who say Travellers are thieves are right, they're vile",
        "I don't think immigrants should be allowed to live here, they are parasites",
        "Stop calling them refugees, they're vermin",
        "I'm sick of hearing that Travellers are welcome here, they are thieves and vermin",
        "Stop saying they're refugees, they're illegals and they're vermin",
        "I have to say, immigrants are vermin and it's disgusting they're here",
    ],
)
def test_a_frame_that_endorses_or_demands_does_not_protect(text: str) -> None:
    assert "discrimination" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are vermin",
        "Muslims are parasites",
        "Gypsies are animals, always have been",
        "Refugees are nothing but cockroaches",
        "Immigrants are like a plague on this country",
        "Travellers should be shot on sight",
        "All the Muslims should be wiped out",
        "Kill all the gays",
        "Ban all immigrants from the council estate",
        "Muslims should be kicked out of the country",
        "Women belong in the kitchen, not the council chamber",
        "I hate Muslims",
        "I can't stand Pakistanis",
        "Jews control the council",
    ],
)
def test_explicit_hate_at_a_protected_group_is_caught(text: str) -> None:
    assert "discrimination" in assess(text).labels


def test_protected_zones_cover_the_denied_or_quoted_clause_and_nothing_else() -> None:
    text = 'If you say "I hate gay people", then you are a bigot!'
    zones = protected_zones(text)
    covered = [text[start:end] for start, end in zones]
    assert "I hate gay people" in covered
    assert all("bigot" not in part for part in covered)


def test_protected_zones_are_offsets_into_the_text_as_given() -> None:
    text = "Honestly? Nobody thinks Travellers are thieves. But the site needs bins."
    [(start, end)] = protected_zones(text)
    assert text[start:end].strip() == "Travellers are thieves"


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are vermin",
        "Our 'independent' councillor is a crook",
        "The bins were late again on Elm Road",
        "I think the new library is brilliant",
    ],
)
def test_comments_that_say_what_they_mean_are_not_counter_speech(text: str) -> None:
    assert not is_counter_speech(text)
    assert protected_zones(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "They're not human, these immigrants",
        "Immigrants are subhuman",
        "Gays are an abomination",
        "The Romanians are a disease",
        "Refugees are an infestation",
        "Gay people are paedophiles",
        "Black people are genetically inferior",
        "Blacks are lazy",
        "Women are thick",
        "Muslims are a cancer on this country",
        "I wouldn't let a Muslim near my kids",
        "Muslims out!",
    ],
)
def test_dehumanising_claims_and_stereotypes_about_a_group_are_caught(text: str) -> None:
    assert "discrimination" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Women out of work since the factory closed need the advice centre",
        "Cllr Ahmed, the gay councillor for Eastfield, is lazy about answering emails",
        "Refugees are a credit to this town, the cafe they run is brilliant",
    ],
)
def test_a_group_word_near_ordinary_criticism_or_praise_is_not_a_generalisation(
    text: str,
) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        'Someone wrote "hang the councillors" on the bus shelter, disgusting',
        "People saying councillors should be shot need to calm down",
        "Saying Cllr Ray should be hanged is beyond the pale, whatever you think of the budget",
        "Nobody is saying the cabinet should be shot, we want them to listen",
        'Comments like "gas the lot of them" have no place on this page',
    ],
)
def test_threats_quoted_attributed_or_denied_to_condemn_them_are_not_threats(text: str) -> None:
    assert "threat" not in assess(text).labels, assess(text).reasons
    assert is_counter_speech(text)


@pytest.mark.parametrize(
    "text",
    [
        "The councillors should be shot, people saying otherwise are naive",
        "It's not true that she should be shot, she should be hanged",
    ],
)
def test_a_threat_outside_the_denied_clause_still_counts(text: str) -> None:
    assert "threat" in assess(text).labels


def test_i_am_not_saying_denies_but_i_am_not_saying_but_is_a_hedge() -> None:
    denied = "I'm not saying immigrants are criminals, I'm saying the hostel is in the wrong place"
    hedged = "I'm not saying immigrants are criminals, but look at the figures"
    assert "discrimination" not in assess(denied).labels
    assert "discrimination" in assess(hedged).labels
    assert not is_counter_speech(hedged)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think they're human. Immigrants are vermin",
        "Nobody thinks Travellers are thieves, they're vermin",
        'Someone wrote "go home" on the mosque, and the pakis should',
    ],
)
def test_a_comment_hostile_outside_its_zones_is_not_counter_speech(text: str) -> None:
    assert not is_counter_speech(text)


class _AlwaysHateful:
    """A scorer that only implements the protocol: no wardwatch base class."""

    name = "always"
    version = "always 1"
    uses_context = False
    fork_safe = True

    def __init__(self, *, whole_comment: bool) -> None:
        self.whole_comment = whole_comment

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return [Signal(scores={"discrimination": 0.99}) for _ in texts]

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
        return self.score([item.original for item in items])


def test_the_engine_discounts_counter_speech_for_any_scorer_that_says_it_reads_whole_comments() -> (
    None
):
    condemned = (
        'Saying "they are all vermin" about refugees is disgusting and you should be ashamed.'
    )
    assert is_counter_speech(condemned)

    def discrimination(whole_comment: bool) -> float:
        engine = ScoringEngine([_AlwaysHateful(whole_comment=whole_comment)], Policy())
        return engine.assess([condemned])[0].scores.get("discrimination", 0.0)

    assert discrimination(whole_comment=True) == 0.0
    assert discrimination(whole_comment=False) == 0.99
