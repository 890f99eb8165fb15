"""Libel 7: who a wrong is done to, retorts, and reports that cross a sentence.

Read against the development half of ``tests/data/libel_real_comments.jsonl``, the rules
still pinned a wrong on whoever stood near it when the comment named only its victims ("the
girls were murdered and raped"), took a retort for a charge ("are you on drugs?"), read a
comment quoting an allegation in order to call it stupid as making it, and took "the
police" at the end of one sentence as the source of the next. The sentences here are
written for these tests; none is copied from that set.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.libel import LibelScorer


@pytest.mark.parametrize(
    "text",
    [
        "Residents have been robbed and beaten for years without him saying a word",
        "She speaks up when some girls r raped and says nothing when others are",
        "He was murdered and then dumped in the canal, and his family still wait",
        "Let us know when you get badly mugged, big man",
    ],
)
def test_a_wrong_done_to_someone_accuses_no_one_near_it(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("She was raped by Cllr Jones in 2019", "'Cllr Jones'"),
        ("Cllr Jones was arrested and charged with fraud", "'Cllr Jones'"),
        ("He was the one who robbed the post office", "'He'"),
    ],
)
def test_the_wrongdoer_named_beside_a_victim_is_still_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        "Saying the mayor killed people is the height of stupidity",
        "You have no right to go slandering him by calling him a drug dealer",
        "Claiming Cllr Moss took bribes is libellous and you know it",
        "Stop calling her a thief, she has done nothing wrong",
    ],
)
def test_an_allegation_quoted_in_order_to_reject_it_is_disputed(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Free parking for councillors? Are you on drugs?",
        "is you drunk or what, that plan makes no sense",
        "Is this idiot drunk? The bins go out on Tuesday",
        "hand the fund to a bunch of corrupt bastards, why not",
        "Lefties steal every good idea the town ever had",
    ],
)
def test_a_retort_or_a_group_is_not_a_charge_against_a_person(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Moss was on drugs at the planning meeting, everyone saw",
        "Cllr Moss and his mate are corrupt and took cash for the vote",
    ],
)
def test_drugs_and_corruption_said_of_a_person_stay_allegations(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message


def test_a_report_in_one_sentence_does_not_attribute_the_next() -> None:
    score, message = libel("I rang the police. He has been stealing from the allotments for months")
    assert score >= 0.85, message
    reported, message = libel("The police have charged Cllr Smith with fraud")
    assert reported < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("He assaulted Jane Smith outside the Legion", "'He'"),
        ("She was assaulted by Cllr Reid outside the Legion", "'Cllr Reid'"),
        ("This guy is a drug dealer, everyone on the estate knows", "'This guy'"),
        ("That lowlife stole from the food bank", "'That lowlife'"),
    ],
)
def test_who_did_it_is_the_subject_or_the_person_pointed_at(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        "Craig Wright is a fraud who forged the documents",
        "He leaked the story to the Sun to hurt her",
        "Cllr Ahmed leaked confidential minutes from the committee",
    ],
)
def test_a_fraud_with_a_fraud_named_and_leaking_confidences_are_allegations(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize("text", ["Cllr Smith is a fraud", "she's an utter fraud and always was"])
def test_a_fraud_as_a_bare_label_is_for_review(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.85, message
    assert "'a fraud' with no fraud named" in message


@pytest.mark.parametrize(
    "text",
    ["The parking scheme is a fraud", "Leaked emails show the budget was cut twice"],
)
def test_a_scheme_called_a_fraud_and_a_leak_reported_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Brynn Hartman killed Phil Hartman, everyone knows it", "'Brynn Hartman'"),
        ("Cllr Green assaulted Tom at the party", "'Cllr Green'"),
        ("He sexually assaulted Jane Smith in 2019", "'He'"),
    ],
)
def test_an_act_done_to_a_person_named_after_it_is_an_allegation(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        "I'd have killed Tom if he'd said that to me",
        "Cllr Moss shot Dave a look across the chamber",
        "Jordan killed Shakira's song at the karaoke",
        "Liverpool battered Chelsea in the derby",
    ],
)
def test_a_look_a_song_a_game_or_the_writer_s_own_wish_is_not_an_act_on_a_name(
    text: str,
) -> None:
    signal = LibelScorer().score([text])[0]
    assert signal.scores.get("libel", 0.0) < 0.5, signal.reasons


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("The MP turned a blind eye to the abuse of girls in the town", "dishonesty"),
        ("He runs a scam charity from his front room", "fraud"),
        ("She conned pensioners out of their savings", "fraud"),
        ("Cllr Jones is an abuser, ask his ex", "crime"),
        ("He has links to organised crime in Salford", "crime"),
        ("Cllr Khan is spying for China", "crime"),
        ("The landlord refused to serve black customers", "discrimination"),
    ],
)
def test_cover_ups_scams_abusers_and_ties_to_crime_are_allegations(
    text: str, amounts_to: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert amounts_to in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Jones is an abuser of process, in my opinion, with all these call-ins",
        "He has links to the local football club and the rugby club",
        "The landlord refused to serve alcohol after eleven",
        "The council turned a blind eye to the potholes on Mill Lane",
    ],
)
def test_the_same_words_about_process_clubs_drink_and_potholes_stay_out(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "She is in hiding from her abuser and the police did nothing",
        "The fans attacked Remy the same way last year",
    ],
)
def test_whose_abuser_and_a_war_of_words_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_plural_later_in_the_sentence_does_not_make_an_act_a_generalisation() -> None:
    score, message = libel("He actually killed someone, yet liberals kept voting for him")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("She masterminded the fraud at the housing association", "fraud"),
        ("He was complicit in the cover-up at the care home", "dishonesty"),
        ("He is responsible for the death of the boy on Mill Lane", "crime"),
        ("Cllr Dean is at the centre of a police investigation into abuse", "crime"),
        ("He encouraged people to burn the hotel down", "crime"),
        ("He ran over a cyclist and drove off", "crime"),
        ("He fled the scene of the crash on the bypass", "crime"),
    ],
)
def test_a_hand_in_an_offence_a_death_or_a_hit_and_run_is_an_allegation(
    text: str, amounts_to: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert amounts_to in message


def test_inciting_violence_said_of_someone_s_words_is_for_review() -> None:
    score, message = libel("Cllr Waters is inciting violence against conservatives")
    assert 0.5 <= score < 0.85, message
    assert "comment on their words" in message


@pytest.mark.parametrize(
    "text",
    [
        "She campaigned against fraud in the housing association for years",
        "Cllr Dean ran the inquiry into the flooding",
    ],
)
def test_fighting_an_offence_or_running_an_inquiry_is_not_a_hand_in_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Brown can't keep his hands off the young girls in the office",
        "She slept her way onto the cabinet",
        "He's been seen going into the massage parlour on Bank Street every Friday",
        "He has never paid a penny of tax in his life",
        "He's been known to the police for years",
        "He's got form for this, ask anyone in Denton",
        "He's a wrong 'un, been inside twice",
        "She drinks before every council meeting",
        "He rents out rooms to illegals above the shop",
        "She's having it away with the chief exec",
    ],
)
def test_allegations_in_british_idiom_without_the_word_for_the_offence(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Fill in the form for the parking permit at the library",
        "He was on good form at the hustings last night",
        "She drinks tea at every meeting, bless her",
        "He paid his council tax late once and told us all about it",
    ],
)
def test_forms_tea_and_council_tax_stay_out(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Has Cllr Brown ever explained where the £50k went?",
        "What is Cllr Brown hiding?",
        "Why did the police visit Cllr Brown's house at 3am?",
    ],
)
def test_a_question_that_points_at_a_named_person_is_innuendo(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert "Cllr Brown" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Brown has questions to answer over the budget overspend",
        "What is the council hiding? Publish the report",
        "The police visited the school to talk about road safety",
    ],
)
def test_political_criticism_and_a_police_visit_with_no_one_pointed_at_stay_out(
    text: str,
) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Jones is not a thief, whatever they say on the estate",
        "She never took a bribe in her life",
        "He didn't steal the raffle money, it was counted wrong",
        "Cllr Jones was found not guilty of fraud",
        "He has never been convicted of anything",
    ],
)
def test_an_allegation_denied_in_its_own_clause_is_not_made(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Not only did he steal the money, he lied about it",
        "I can't believe he stole from his own mother",
        "Don't forget he lied to the police about the crash",
        "He's not a thief, he's a fraudster",
        "Not me, he stole it",
        "Isn't she a convicted fraudster?",
        "Why has he never been arrested?",
    ],
)
def test_a_negation_that_affirms_or_asks_keeps_the_allegation(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "I was wrong to call him a thief and I apologise",
        "I retract my comment that Cllr Smith took bribes",
        "There is no way he stole that money",
        "No one believes he is a thief",
        "It's a lie that Cllr Smith took bribes",
        "Whoever says she is a thief is lying",
        "He denies stealing the money and the audit backs him",
    ],
)
def test_retractions_and_denials_are_not_allegations(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes, Cllr Smith is SUCH an honest man 🙄",
        "Cllr Smith, the most honest man in politics. Not.",
    ],
)
def test_praise_said_with_a_roll_of_the_eyes_is_innuendo(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert "Cllr Smith" in message


def test_honest_praise_is_not_innuendo() -> None:
    score, message = libel("Cllr Smith is a very honest man and a credit to the ward")
    assert score < 0.5, message


def test_robbing_a_town_of_its_high_street_is_hyperbole_and_a_pensioner_of_savings_is_not() -> None:
    score, message = libel("You've robbed this town of its high street")
    assert score < 0.5, message
    score, message = libel("He robbed the pensioner of her savings")
    assert score >= 0.85, message


def test_a_denial_that_is_itself_denied_keeps_the_allegation() -> None:
    score, message = libel("He doesn't deny stealing the money from the hall fund")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        "The BBC covered the budget last week. Nobody came. Cllr Moss is a thief.",
        "I think the bins are a shambles. Anyway. Then there is Cllr Moss. He stole the hall fund.",
    ],
)
def test_a_report_or_a_hedge_elsewhere_does_not_frame_the_allegation(
    text: str,
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        "Rumour has it. Cllr Moss took a bribe from the developer.",
        "I heard Cllr Moss took a bribe from the developer.",
        "Did Cllr Moss take a bribe from the developer?",
        "Did you read the minutes? Cllr Moss took a bribe from the developer.",
        "According to the BBC, Cllr Moss took a bribe from the developer.",
    ],
)
def test_a_rumour_or_report_near_it_or_a_question_anywhere_frames_it(
    text: str,
) -> None:
    score, message = libel(text)
    assert score < 0.85, message


def test_pissed_as_angry_is_not_drunk() -> None:
    score, message = libel("you are just pissed because you lost the vote, Cllr Moss")
    assert score < 0.5, message
    score, message = libel("She is pissed at you for voting no")
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "He's no thief, whatever they say at the Legion",
        "Cllr Jones is no common crook",
        "He stole nothing, the audit found every penny",
        "She took no bribes and the register shows it",
        "He lied to nobody about the grant",
    ],
)
def test_no_thief_and_stole_nothing_deny_the_allegation(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_took_no_notice_is_no_denial_of_what_follows() -> None:
    score, message = libel("He took no notice and stole the money from the hall fund anyway")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        "He was the victim of a hit and run last year",
        "Online shopping is responsible for the death of the corner shop",
    ],
)
def test_a_hit_and_run_suffered_and_a_shop_s_death_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
