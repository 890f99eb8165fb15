"""The shapes real defamatory comments take, and the criticism that must stay out of libel.

Forms come from statements courts have ruled on (tests/data/libel_court_statements.jsonl);
the sentences here are written for the tests. Each test runs the real scorer or engine.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.base import CommentContext
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.libel import LibelScorer


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


@pytest.mark.parametrize(
    ("text", "label", "amounts_to"),
    [
        ("Says the paedo", "a paedo", "a serious crime against children"),
        ("Pretty rich coming from a fraudster", "a fraudster", "fraud, a serious crime"),
        ("Fraudster!", "a fraudster", "fraud, a serious crime"),
        ("Nonce.", "a nonce", "a serious crime against children"),
    ],
)
def test_a_label_answering_someone_is_about_the_person_replied_to(
    text: str, label: str, amounts_to: str
) -> None:
    score, message = libel(text, CommentContext(parent_author="Dave Smith"))
    assert score >= 0.75
    assert message == (
        f"states as fact that 'Dave Smith', the person this comment replies to, is {label}: "
        f"that is an allegation of {amounts_to}"
    )


def test_without_a_known_parent_the_reason_still_says_who() -> None:
    score, message = libel("Says the paedophile.")
    assert score >= 0.75
    assert message.startswith("states as fact that the person this comment replies to is a")


def test_a_label_answering_the_councillor_says_so() -> None:
    _, message = libel("Says the crook", CommentContext(parent_is_owner=True))
    assert message.startswith("states as fact that you (the comment replies to you) are a crook")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "the treasurer of the residents' association has had his hand in the till",
            "the treasurer of the residents' association",
        ),
        ("the tattoo artist on Bath Street is a rapist", "the tattoo artist on Bath Street"),
        ("Dave from the chippy tried to strangle me", "Dave from the chippy"),
        ("The man at 14 Acacia Road is a nonce", "The man at 14 Acacia Road"),
        ("Tory treasurer charges £250,000 to meet PM", "Tory treasurer"),
    ],
)
def test_people_described_by_role_or_place_are_identifiable(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and f"about '{target}'," in message


@pytest.mark.parametrize(
    "text",
    [
        "he pinned me to a wall and assaulted me",
        "he tried to strangle me",
        "She punched me in the car park after the meeting.",
        "I was assaulted by Cllr Reid at the count.",
    ],
)
def test_first_hand_accounts_of_violence_are_allegations_of_a_crime(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and "an allegation of violence, a serious crime" in message


@pytest.mark.parametrize(
    "text",
    [
        "I'd bet good money that Cllr Jones has been taking backhanders",
        "I'm not saying Cllr Jones fiddled his expenses, but where did the new car come from",
        "Has Cllr Jones lied to you?",
        "Detective accused of taking bribes from Russian exiles",
    ],
)
def test_bets_hints_and_questions_keep_their_risk_and_say_why_they_may_not_be_libel(
    text: str,
) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75
    assert "Why this may not be libel:" in message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#CorruptCouncillor", "bribery or corruption"),
        ("Here he goes again #liarmayor", "dishonesty"),
        ("Councillor Smith for Sale", "bribery or corruption"),
        ("Treasurer for Sale", "bribery or corruption"),
        # A charge and a name in one hashtag.
        ("#LyingLaura knew the library was closing all along", "dishonesty"),
        ("#CrookedColin at it again", "bribery or corruption"),
    ],
)
def test_hashtags_and_slogans_make_allegations(text: str, kind: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and kind in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("#ReidOut #Corrupt", "Reid"),
        ("Another planning approval for Castlegate. #Corrupt #ReidMustGo", "Reid"),
        ("#ReidOut #Backhanders", "Reid"),
    ],
)
def test_a_campaign_tag_names_the_person_it_is_against(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert f"about '{who}'," in message, message


@pytest.mark.parametrize(
    "text", ["#ToriesOut #Corrupt", "Stop the #Backhanders culture in planning."]
)
def test_a_campaign_tag_against_a_party_or_a_practice_names_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [("Vote out #CorruptCollins", "Collins"), ("#LyingAnnetteLowe strikes again", "Annette Lowe")],
)
def test_a_hashtag_with_the_councillors_configured_name_accuses_the_councillor(
    text: str, who: str
) -> None:
    [signal] = LibelScorer(names=("Collins", "Annette Lowe")).score([text])
    assert signal.scores["libel"] >= 0.75
    assert f"about '{who}'" in signal.reasons[0].message


@pytest.mark.parametrize("text", ["#CorruptCollins", "#CollinsOut", "Proud of #TeamCollins"])
def test_a_surname_in_a_hashtag_is_no_one_unless_it_is_the_configured_name(text: str) -> None:
    # Without configuration "Collins" could be anyone; with it, only a charge accuses.
    assert "libel" not in LibelScorer().score([text])[0].scores
    configured = LibelScorer(names=("Collins",)).score([text])[0].scores
    assert ("libel" in configured) == text.startswith("#Corrupt")


@pytest.mark.parametrize(
    "text",
    [
        "Closing Moor Lane library is criminal",
        "Your party has lied to this town",
        "The parking charges are daylight robbery",
        "I was robbed on Kilburn Lane",
        "Cllr Jones was convicted of fraud, the Echo reports",
        "scumbag",
        "You're a scumbag",
        "The council tax rise is theft",
        "Labour lied about the bins",
        "The cuts are a criminal waste of money",
        "It smells of corruption to me",
        "I got attacked on the high street last night",
        "The Tories have robbed this town blind",
        "The Home Office is dumping its human rubbish on our town again",
        "The police lied about Hillsborough",
        # A charge and a party or a body in one hashtag: criticism of the party.
        "#LyingLabour at it again",
        "#CorruptCouncil again",
        "#ThievingTories",
        "Councillor shouting at victims of #GroomingGangs",
        "#LyingSkank",
    ],
)
def test_hyperbole_criticism_of_parties_streets_reports_and_abuse_are_not_libel(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert "libel" not in assessment.labels


@pytest.mark.parametrize(
    "text",
    [
        "Asian taxi drivers are all groomers.",
        "The Catholic priests running that school are all kiddie fiddlers",
        "He deserves to be violently attacked for what he said",
    ],
)
def test_groups_and_victims_are_not_the_person_accused(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sarah got a new car off the back of the waste contract", "Sarah"),
        ("Galloway was in Saddam's pay", "Galloway"),
    ],
)
def test_a_name_opening_the_sentence_is_the_person_accused(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and f"about '{target}'," in message


@pytest.mark.parametrize(
    "text",
    [
        "Money was stolen from the hall fund",
        "Brexit is a fraud",
        "Parking is theft",
        "Thanks. Tony stole the show at the panto!",
    ],
)
def test_a_thing_or_an_idiom_opening_the_sentence_is_nobody(text: str) -> None:
    assert libel(text)[0] < 0.5


def test_a_named_person_and_a_wink_is_innuendo_for_review() -> None:
    score, message = libel("Why is Lord Ashby trending? *innocent face*")
    assert score == 0.5
    assert message.startswith(
        "hints at something discreditable about 'Lord Ashby' without saying what ('innocent face')"
    )
    assert "Why this may not be libel:" in message
    assert libel("What a lovely day at the gala *innocent face*")[0] == 0.0


def test_a_passive_victim_report_is_not_about_the_street() -> None:
    assert libel("I was robbed on Kilburn Lane by a lad on a bike")[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "You lied to us Cllr Jones, you promised to keep the library open and you closed it.",
        "The leader is a liar and a hypocrite, said no cuts then cut everything.",
        "Vote him out #liarmayor",
    ],
)
def test_calling_a_politician_a_liar_over_their_record_waits_for_the_digest(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert "libel" in assessment.labels and assessment.severity == "review"
    assert any("comment on their record" in r.message for r in assessment.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Brierley lied to the police about the crash to cover for his son.",
        "Cllr Moss lied under oath at the planning inquiry.",
    ],
)
def test_lying_to_the_police_or_under_oath_stays_urgent(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert assessment.severity == "high" and "libel" in assessment.labels


def test_a_decision_someone_made_is_a_thing_even_when_it_is_theirs() -> None:
    text = "Cllr Patel, your planning decision is criminal and will destroy the green belt."
    [assessment] = build_engine().assess([text])
    assert "libel" not in assessment.labels


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Davies should be sacked for this shambles.",
        "You have stolen our park from our children.",
        "This council is robbing pensioners blind.",
    ],
)
def test_demands_and_metaphors_about_decisions_are_not_allegations(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert assessment.severity == "none", assessment.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Davies was sacked for gross misconduct at his last job.",
        "You stole our money, £40k from the hall fund.",
        "Cllr Ray should be sacked for fiddling his expenses.",
    ],
)
def test_the_same_words_stating_wrongdoing_stay_urgent(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert assessment.severity == "high" and "libel" in assessment.labels


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Coming from a woman who fiddled the food bank accounts, that's rich.", "replies to"),
        ("Big talk from a convicted drink driver.", "replies to"),
        ("My ex, Darren Hughes, beat me for years and the police did nothing.", "Darren Hughes"),
        ("The bloke who owns the garage on Mill Lane clocks the cars he sells.", "unsafe trading"),
        ("Why did the police take Cllr Reid's computer away then?", "'Cllr Reid'"),
        ("I'd put money on Cllr Reid having a second job she hasn't declared.", "a bet"),
    ],
)
def test_retorts_accounts_trades_seizures_and_bets_keep_their_risk(text: str, words: str) -> None:
    score, message = libel(text)
    assert score >= 0.6 and words in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Has Cllr Reid ever explained where the £20k from the gala went?",
        "Don't leave your kids alone with the youth worker at St Luke's, that's all I'll say.",
    ],
)
def test_a_missing_sum_or_a_warning_about_children_hints(text: str) -> None:
    score, message = libel(text)
    assert score == 0.5 and "hints at something" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The mechanic beat me at darts",
        "She clocked the mileage on the way home",
        "Careful, never let your kids near the canal",
        "Cllr Reid has not yet declared whether she will stand again",
        "Police took away the computers from the library for repair",
    ],
)
def test_the_same_words_in_everyday_use_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid votes how her residents tell her",
        "I was handed a leaflet by Cllr Reid",
        "Cllr Reid registered people at the community centre",
        "the bakery sold to his mates at half price bread",
        "I voted on my own this time",
    ],
)
def test_votes_leaflets_and_sales_in_everyday_use_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_i_hear_is_a_rumour() -> None:
    score, message = libel("I hear Cllr Pearce got done for drink driving and kept it quiet")
    assert 0.5 <= score < 0.85 and "rumour" in message, message
