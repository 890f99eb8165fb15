"""Classes of real defamatory statements the libel rules must read, and their near misses.

Each class comes from what the court-tested development set misses or wrongly flags
(tests/data/libel_court_statements.jsonl) and from public non-defamatory posts; the
sentences here are written for these tests and are not the development items. Each class
has counterexamples that must stay out of the libel category: hyperbole, criticism of
decisions and parties, reports attributed to the press, opinion on views, abuse words alone,
satire that says so, and wrongs done to nobody identifiable.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.engine import ScoringEngine, build_engine


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("Cllr Grant murdered his business partner", "violence, a serious crime"),
        ("Dean Foster hacked into my emails", "crime"),
        ("Rob Hale blackmailed his own sister", "crime"),
        ("Mr Patel extorted money from his tenants", "crime"),
        ("Tom Baines burgled the house next door", "theft, a crime"),
        ("Mark Pellow exposed himself to a woman in the park", "sexual misconduct"),
        ("Gary Lyle is a domestic abuser", "violence, a serious crime"),
        ("Tony Mills was abusive to his ex-wife for years", "violence, a serious crime"),
        ("The headteacher at St Mark's hit my son", "violence, a serious crime"),
        ("Jim Walsh is a benefit cheat", "fraud, a serious crime"),
        ("Peter Crane has been dishonestly manipulating the accounts", "dishonesty"),
        ("Cllr Nolan is a terrorist", "crime"),
    ],
)
def test_crimes_named_by_their_verb_or_label_are_allegations(text: str, amounts_to: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert f"that is an allegation of {amounts_to}" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reeve is cheating on his wife with the clerk",
        "Saw Cllr Doyle at the Crown with a woman who is not his wife, again",
    ],
)
def test_imputed_infidelity_is_sexual_misconduct(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5 and "sexual misconduct" in message


@pytest.mark.parametrize(
    "text",
    [
        "POLICE PROBE COUNCILLOR",
        "Fraud squad investigating Cllr Hume over the leisure centre deal",
        "Cllr Hume questioned by detectives over missing hall funds",
    ],
)
def test_a_police_investigation_of_a_person_is_an_allegation_even_as_a_headline(
    text: str,
) -> None:
    score, message = libel(text)
    assert score >= 0.75 and "an allegation of crime" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dunn, we all know what he gets up to with the young lads, if you know what I mean",
        "Ask Cllr Marsh where the tombola money went. Make of that what you will.",
        "Interesting how Cllr Pike's son got the job. Just leaving this here.",
    ],
)
def test_a_named_person_and_a_knowing_hint_is_innuendo_for_review(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75
    assert "Why this may not be libel:" in message


@pytest.mark.parametrize(
    "text",
    [
        "The chair of the allotment society has been selling plots for cash",
        "Cllr Obi waved the planning application through in return for a cut",
    ],
)
def test_selling_a_public_thing_for_cash_is_corruption(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and "corruption" in message


@pytest.mark.parametrize(
    "text",
    [
        "I was sexually assaulted by a fellow student in 1998 and never reported it",
        "I was sexually assaulted years ago and remember everything",
        "You are an amazing creator and to have your content stolen is awful",
        "My bike was stolen from outside the library",
        "I am so drunk right now lol",
        "We were all pissed at the wedding, what a night",
        "My daughter is 15 year old and loves football",
        "@USER Here is my 15 year old daughter's science report",
        "We need to talk about criminal control, not gun control",
        "A criminal ignores the law anyway, so more rules won't help",
        "I nicked this photo from a tweet I saw",
        "Had to bribe her with biscuits to finish her dinner",
    ],
)
def test_wrongs_done_to_nobody_identifiable_or_by_the_writer_are_not_libel(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Brown is a racist, look at his record on housing",
        "Cllr Hale is a bigot and a homophobe",
        "Anyone who votes for this is a fascist",
        "Cllr Webb is a rape apologist",
    ],
)
def test_labels_for_someone_s_views_are_opinion_not_libel(engine: ScoringEngine, text: str) -> None:
    [assessment] = engine.assess([text])
    assert "libel" not in assessment.labels


def test_a_label_for_views_next_to_an_allegation_keeps_the_allegation(
    engine: ScoringEngine,
) -> None:
    [assessment] = engine.assess(["Cllr Hale is a racist and a thief who stole from the food bank"])
    assert "libel" in assessment.labels and assessment.severity == "high"


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ahmed lied about the bin collections in his leaflet",
        "The mayor lied in his speech about the bus station",
        "Cllr Rowe lied in the debate about the housing numbers",
    ],
)
def test_lies_about_what_a_politician_said_in_public_are_not_at_high(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert assessment.severity != "high"


@pytest.mark.parametrize(
    "text",
    [
        "Satire: Cllr Jones announces he will personally steal every bin in the ward #satire",
        "PARODY: Mayor Lin caught stealing the Christmas lights to save the budget",
        "Cllr Stone fiddles the budget again, says no one (this is a spoof account)",
    ],
)
def test_satire_that_says_so_is_not_an_allegation(engine: ScoringEngine, text: str) -> None:
    [assessment] = engine.assess([text])
    assert "libel" not in assessment.labels


def test_satire_words_elsewhere_do_not_excuse_an_allegation() -> None:
    score, _ = libel("Cllr Jones stole £20k from the satire festival fund")
    assert score >= 0.75


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Lowe is offering meetings with business leaders in return for donations to the party",
        "The minister gives access to donors who pay for the party's fundraising dinners",
    ],
)
def test_party_fundraising_is_not_an_allegation_of_bribery(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert "libel" not in assessment.labels


def test_paying_a_person_for_a_decision_stays_bribery() -> None:
    score, message = libel("Cllr Lowe took £5,000 from the developer in return for his vote")
    assert score >= 0.75 and "corruption" in message


@pytest.mark.parametrize(
    "text",
    [
        "Bolton Roofing Ltd are crooks who rip off pensioners",
        "Avoid Keystone Builders, they took my money and never came back. Con artists.",
    ],
)
def test_a_named_business_can_be_accused(text: str) -> None:
    assert libel(text)[0] >= 0.75


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("He spiked my drink at the Red Lion and I woke up in his flat", "crime"),
        ("He touched me when I was 12", "sexual misconduct"),
        ("He abused me as a child and everyone at the church knew", "a serious crime against"),
        ("He threatened me with a knife outside the chippy", "violence, a serious crime"),
        ("He sent me dick pics when I was 14", "sexual misconduct"),
        ("He followed me home and sat outside my house all night", "crime"),
        ("Cllr Vance hit me in the car park", "violence, a serious crime"),
    ],
)
def test_first_hand_accounts_of_a_crime_are_allegations(text: str, amounts_to: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and f"that is an allegation of {amounts_to}" in message


@pytest.mark.parametrize(
    "text",
    [
        "Inquiry into Cllr Roe's expenses by Thames Valley Police",
        "Cllr Roe investigated by police over missing funds",
    ],
)
def test_an_investigation_put_the_other_way_round_is_the_same_allegation(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and "'Cllr Roe'" in message


@pytest.mark.parametrize(
    "text",
    [
        "It hit me that nobody from the council had replied",
        "He hit me up on WhatsApp about the fun day",
        "Your words really touched me, thank you",
        "The cat followed us home from the park",
        "She killed it at the talent show",
        "He absolutely murdered that song at karaoke",
        "Our Jess stole the show at the panto",
    ],
)
def test_the_same_verbs_in_ordinary_or_praising_use_are_not_libel(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert "libel" not in assessment.labels


@pytest.mark.parametrize(
    "text",
    [
        "Corruption in local politics is a bigger problem than Cllr Dale admits",
        "Cllr Ryan wants a debate on sexual harassment in the workplace",
        "Cllr Ito is chairing the fraud awareness evening at the library",
        "@Parish_Hall why don't you want to talk about the corruption in planning?",
    ],
)
def test_an_offence_talked_about_as_a_subject_accuses_no_one(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dale claimed for a flat he never lived in. Fraud, plain and simple.",
        "Cllr Dale is guilty of corruption",
        "Cllr Dale's corruption is an open secret",
        "Cllr Dale committed perjury at the inquiry",
    ],
)
def test_an_offence_laid_at_someone_s_door_stays_an_allegation(text: str) -> None:
    assert libel(text)[0] >= 0.75


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("14 Mill Lane - drug dealer, everyone knows", "the person at 14 Mill Lane"),
        ("3 Elm Grove. Thief. Lock your sheds.", "the person at 3 Elm Grove"),
    ],
)
def test_a_label_next_to_an_address_accuses_whoever_lives_there(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and f"about '{target}'," in message


def test_an_address_with_no_allegation_is_nobody_accused() -> None:
    assert libel("12 Station Road is closed for repairs until Friday")[0] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Fraud squad investigating the firm that built the new school",
        "The company that empties our bins has been fiddling the invoices for years",
        "DETECTIVES QUIZZING FIRM OVER MISSING GRANT",
    ],
)
def test_a_business_the_reader_can_pick_out_can_be_accused(text: str) -> None:
    assert libel(text)[0] >= 0.75


@pytest.mark.parametrize(
    "text",
    [
        "A firm I used to work for was investigated by police years ago",
        "The firm did a terrible job on the school roof",
        "The company has gone bust and the workers have not been paid",
    ],
)
def test_an_unnamed_or_merely_criticised_business_is_not_accused(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("Cllr Banner steered the refurb to his golf partner's firm", "public office"),
        ("Cllr Banner awarded the parks contract to his brother's company", "misconduct"),
        ("He has been lining his mates' pockets for years", "corruption"),
    ],
)
def test_public_work_steered_to_friends_is_an_allegation(text: str, amounts_to: str) -> None:
    score, message = libel(text)
    assert score >= 0.75 and amounts_to in message


def test_the_writer_keeping_quiet_is_not_a_cover_up() -> None:
    assert libel("I've kept quiet long enough about the state of the play park")[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Our village has had its bench nicked again, third time this year",
        "Just paid £4.20 to park for an hour at the leisure centre",
        "Took 9 months but Cllr Ward got the streetlight fixed, thank you",
        "Cllr Shah was bent over the allotment beds all morning at the open day",
        "Cllr Shah will wipe that grin off his face when the results come in",
        "Per the Local Democracy Reporting Service, Cllr Amos has been suspended by her party",
        "The court reporter says the former clerk was convicted of theft today",
        "Jailed today at Leeds Crown Court: the man who stole the church roof lead.",
    ],
)
def test_ordinary_council_comments_and_reports_are_not_at_high_libel(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert assessment.severity != "high" or "libel" not in assessment.labels, assessment.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Hardy took £500 from the builder to drop his objection",
        "Cllr Hardy was paid £2,000 by the developer before the vote",
        "Cllr Shah is bent, always has been",
    ],
)
def test_money_taken_for_a_decision_stays_corruption(text: str) -> None:
    assert libel(text)[0] >= 0.75


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Avoid this company, they are crooks who take your money", "this company"),
        ("The headmistress at Elm Park is a nonce, keep your kids away", "The headmistress"),
        ("Dave Cole of Cole Roofing is a con man who preys on the elderly", "Dave Cole"),
    ],
)
def test_a_generic_your_never_outranks_the_person_or_business_accused(
    text: str, target: str
) -> None:
    score, message = libel(text)
    assert score >= 0.75 and f"about '{target}" in message


def test_claiming_benefits_while_working_is_fraud() -> None:
    score, message = libel("Jo Price has been claiming benefits while working cash in hand")
    assert score >= 0.75 and "fraud, a serious crime" in message


@pytest.mark.parametrize(
    "text",
    ["Still beating your wife, Cllr Fry?", "Did you hit your son again last night, Dan?"],
)
def test_a_loaded_question_keeps_its_risk_for_review(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75 and "Why this may not be libel:" in message


@pytest.mark.parametrize(
    "text",
    [
        "You lied to us about the bins, Cllr Patel, and we won't forget at the ballot box",
        "Cllr Ahmed misled residents about the cost of the scheme",
        "The leader is corrupt in the sense that he only listens to developers",
        "Cllr Grey is morally corrupt and everyone in the ward knows it",
        "Shame on Cllr Rowe for covering up his own incompetence with spin",
    ],
)
def test_political_criticism_in_strong_words_is_never_at_high_libel(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert not ("libel" in assessment.labels and assessment.severity == "high"), assessment.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ahmed lied to the auditors about the cost of the scheme",
        "Cllr Rowe covered up the abuse report to protect his friend",
    ],
)
def test_lies_to_officials_and_hiding_wrongdoing_stay_at_high(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert "libel" in assessment.labels and assessment.severity == "high"


@pytest.mark.parametrize(
    "text",
    [
        "Why has Cllr Lee suddenly got a new Range Rover? 🤔",
        "Cllr Lee and the new extension 😉😉",
        "Lovely new conservatory Cllr Lee, wonder where the money came from 🤔",
    ],
)
def test_a_wink_at_a_named_person_s_sudden_money_is_innuendo_for_review(text: str) -> None:
    score, message = libel(text)
    assert score == 0.5 and "'Cllr Lee'" in message and "Why this may not be libel:" in message


@pytest.mark.parametrize(
    "text",
    [
        "Lovely photos from the gala Cllr Lee 😉",
        "Cllr Lee, when does the new bin contract start? 🤔",
        "Why has the 42 bus been cancelled again? 🤔",
    ],
)
def test_a_wink_without_a_hint_of_money_is_friendly(text: str) -> None:
    assert libel(text)[0] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dunn is a racist who beat up a Muslim lad outside the Red Lion",
        "Cllr Dunn is a fascist thug who attacked a woman at the protest",
        "Cllr Dunn is a bigot who set fire to the mosque door",
    ],
)
def test_a_label_for_views_never_excuses_what_the_person_is_said_to_have_done(
    engine: ScoringEngine, text: str
) -> None:
    [assessment] = engine.assess([text])
    assert "libel" in assessment.labels and assessment.severity == "high"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Why won't Cllr Moss say where the £30k from the gala ended up?", "Cllr Moss"),
        ("Cllr Moss and the missing allotment money. Just saying.", "Cllr Moss"),
        ("The vicar at St Anne's should explain the bruises on the choirboys.", "The vicar"),
        ("Has anyone asked Mr Okafor where the charity money went?", "Mr Okafor"),
    ],
)
def test_money_gone_astray_and_unexplained_harm_are_hints_at_someone(text: str, who: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert f"about '{who}" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Does anyone know where the £500 from the raffle ended up? Hope it went to the hospice.",
        "Cllr Reid found the missing allotment money, it was in the wrong account, all sorted.",
        "The whole village knows what Mr Fenton did at the scout camp: built the best bonfire.",
        "The school nurse can explain the bruises on the kids from the climbing frame.",
    ],
)
def test_money_found_and_harm_explained_hint_at_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
