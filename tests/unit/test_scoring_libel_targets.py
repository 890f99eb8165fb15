"""Whom a libel reason says the allegation is about. The reason quotes the target, so it must
name the person accused: never a company, a bare pronoun when a name is there, or the tail of a
disguised swear word. Each test runs the real scorer."""

from __future__ import annotations

import pytest

from monitor.scoring.libel import LibelScorer


def reason(text: str, names: tuple[str, ...] = ()) -> str:
    [signal] = LibelScorer(names=names).score([text])
    assert signal.reasons, f"no libel reason for {text!r}"
    return signal.reasons[0].message


def test_configured_name_beats_a_role() -> None:
    message = reason(
        "the developer bribed hughesy and the planning officer looked away", names=("hughesy",)
    )
    assert "about 'hughesy'" in message


def test_title_and_name_beats_a_role() -> None:
    message = reason("The planning officer says Cllr Patel took a bribe from the developer.")
    assert "about 'Cllr Patel'," in message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("cllr barlow turned up pissed to full council again", "cllr barlow"),
        ("Cllr Fiona McLeish sexually harassed a council apprentice.", "Cllr Fiona McLeish"),
        ("cllr DENT GROPED A VOLUNTEER AT THE LIGHTS SWITCH ON", "cllr DENT"),
        ("cllr webb's golf mate got the contract without a tender. corrupt as owt", "cllr webb"),
    ],
)
def test_title_and_name_is_quoted_whole_and_nothing_more(text: str, target: str) -> None:
    assert f"about '{target}'," in reason(text)


def test_role_beats_a_handle() -> None:
    message = reason("@DaveR the head of housing covered up the damp report.")
    assert "about 'the head of housing'," in message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("the chief exec embezzled the youth club money", "the chief exec"),
        ("The leader lied to full council about the budget gap.", "The leader"),
        (
            "The chair of the parish council is siphoning money from the hall fund.",
            "The chair of the parish council",
        ),
        (
            "Everyone knows the fleet manager sells council diesel out the back.",
            "the fleet manager",
        ),
    ],
)
def test_roles_are_quoted_with_their_qualifier(text: str, target: str) -> None:
    assert f"about '{target}'," in reason(text)


def test_role_with_a_name_after_it_is_quoted_together() -> None:
    message = reason("The chief exec Malcolm Dredge lied to full council about the losses.")
    assert "about 'The chief exec Malcolm Dredge'," in message


def test_a_role_word_used_as_a_predicate_is_not_the_target() -> None:
    message = reason("@TomBeck you stole money from the food bank when you were treasurer")
    assert "about '@TomBeck'," in message


def test_handle_beats_a_name_and_you() -> None:
    message = reason("@CllrMarsh you took a backhander from Hallam Homes, everyone knows it")
    assert "about '@CllrMarsh'," in message


def test_fediverse_handle_is_quoted_whole() -> None:
    assert "about '@leader@council.social'," in reason("@leader@council.social you are a liar")


def test_capitalised_name_beats_you() -> None:
    message = reason("Bob Latham stole the defibrillator fund, you know.")
    assert "about 'Bob Latham'," in message


def test_surname_as_subject_beats_a_pronoun() -> None:
    message = reason("Everyone knows Kettering rigged the selection meeting, his mates counted.")
    assert "about 'Kettering'," in message


def test_you_alone_is_described_as_the_person_addressed() -> None:
    message = reason("You're a liar and a fraud.")
    assert "about the person addressed," in message and "'You'" not in message


def test_pronoun_alone_is_quoted_with_who_it_stands_for() -> None:
    message = reason("He took a bribe from the developer.")
    assert "about 'He' (the person the comment is about)," in message


def test_a_person_in_another_sentence_beats_a_pronoun() -> None:
    message = reason("Did you know Cllr Oakes has a conviction for assault? He hid it.")
    assert "about 'Cllr Oakes'," in message


def test_subject_of_the_imputation_beats_a_better_named_bystander() -> None:
    message = reason("The returning officer fiddled the count to get Cllr Barker over the line.")
    assert "about 'The returning officer'," in message


# The three reported bugs.


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The bin contract went to Greenway Waste and Cllr Hughes never declared that "
            "her son runs it.",
            "Cllr Hughes",
        ),
        (
            "Everyone knows the contract went to Greenway Waste because Hughes never "
            "declared her son works there.",
            "Hughes",
        ),
        (
            "Leader of the council is in the pocket of Brightwell Construction",
            "Leader of the council",
        ),
    ],
)
def test_a_company_is_never_the_target_when_a_person_is_named(text: str, target: str) -> None:
    message = reason(text)
    assert f"about '{target}'," in message
    assert "Greenway Waste'" not in message and "Brightwell Construction'" not in message


def test_a_company_is_quoted_only_when_nobody_else_is_there() -> None:
    message = reason("Greenway Waste Ltd are crooks, the lot of them.")
    assert "about 'Greenway Waste Ltd'," in message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moira Tulloch has been fiddling her mileage for years.", "Moira Tulloch"),
        ("his brother's firm got the contract, Cllr Hughes never declared it.", "Cllr Hughes"),
        ("Neil Ashdown doctored the traffic model. He's been promised a job.", "Neil Ashdown"),
    ],
)
def test_a_bare_pronoun_is_never_the_target_when_a_name_is_there(text: str, target: str) -> None:
    message = reason(text)
    assert f"about '{target}'," in message and "(the person the comment is about)" not in message


def test_disguised_swear_word_is_not_an_at_handle() -> None:
    message = reason("You lying b@stard, you took a bribe from the developer.")
    assert "@stard" not in message and "about the person addressed," in message


def test_swear_word_with_an_at_sign_alone_gives_no_target_and_no_flag() -> None:
    [signal] = LibelScorer().score(["what a b@stard, took a bribe from the developer"])
    assert signal.scores == {}
    # Only the words to check, for when the model reads it as an allegation: no one named.
    assert [r.score for r in signal.reasons] == [0.0]
    assert "it is not clear whom" in signal.reasons[0].message


def test_email_address_is_not_an_at_handle() -> None:
    message = reason("Word is Pembury takes bungs, email him at gp.private@example.com and ask")
    assert "@example" not in message and "about 'Pembury'," in message


def test_target_choice_leaves_the_score_alone() -> None:
    [signal] = LibelScorer().score(["The returning officer fiddled the count for Cllr Barker."])
    assert signal.scores == {"libel": 0.85}


def test_fiddling_a_budget_or_invoices_is_an_allegation_of_fraud() -> None:
    from monitor.scoring.engine import build_engine

    engine = build_engine({"toxicity": "none"})
    fiddled, own = engine.assess(
        [
            "The head of housing fiddled the repair budget to get her own drive resurfaced.",
            "I fiddled the budget spreadsheet for ages to make it balance",
        ]
    )
    assert fiddled.labels == ["libel"]
    assert "'The head of housing'" in fiddled.reason_texts[0]
    assert not own.flagged


@pytest.mark.parametrize(
    "text",
    [
        "@CllrHughes so we can all see how corrupt the council are.",
        "@CllrHughes @TownHallNews Labour are corrupt.",
        "@CllrHughes the police round here are all corrupt",
        "@CllrHughes this corrupt council has wasted millions on consultants",
        "@MarshForWard, the developers are crooks and everyone knows it",
    ],
)
def test_the_handles_a_reply_opens_with_are_not_whom_its_sentence_accuses(text: str) -> None:
    [signal] = LibelScorer().score([text])
    assert signal.scores == {}
    assert all("@" not in r.message and r.score == 0.0 for r in signal.reasons)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("@CllrHughes you are corrupt", "'@CllrHughes', the person this comment replies to"),
        ("@TownHallNews Says the paedophile.", "'@TownHallNews', the person this comment"),
        ("@a @b_c, Cllr Dale took a bribe from the developer", "about 'Cllr Dale'"),
    ],
)
def test_an_accusation_after_the_opening_handles_still_finds_its_target(
    text: str, target: str
) -> None:
    assert target in reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("@CllrPryce lied under oath at the tribunal", "about '@CllrPryce'"),
        ("@cllr_marsh has been on the developers' payroll for years", "about '@cllr_marsh'"),
    ],
)
def test_an_opening_handle_that_begins_the_sentence_is_its_subject(text: str, target: str) -> None:
    assert target in reason(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # People type a configured person by surname alone, in lowercase.
        ("hale is a wife beater ask anyone on the estate", "hale"),
        ("moss the crook strikes again, another contract for her mates", "moss"),
        ("webb took backhanders off castlegate for the moor lane flats 100%", "webb"),
        ("tom webb took backhanders off castlegate", "tom webb"),
        ("Councillor Webb took backhanders off Castlegate", "Councillor Webb"),
    ],
)
def test_a_configured_person_is_found_by_surname_alone(text: str, who: str) -> None:
    names = ("Cllr Ian Hale", "Cllr Tom Moss", "Cllr Tom Webb")
    [signal] = LibelScorer(names=names).score([text])
    assert signal.scores.get("libel", 0.0) >= 0.85, signal.reasons
    assert f"about '{who}'," in signal.reasons[0].message


def test_a_configured_surname_after_an_article_is_the_word() -> None:
    [signal] = LibelScorer(names=("Cllr Tom Moss",)).score(
        ["They nicked the moss off my garden wall and sold it."]
    )
    assert "about 'moss'" not in (signal.reasons[0].message if signal.reasons else "")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A configured surname's possessive typed without the apostrophe.
        ("dunmores son deals coke out the back of the rugby club", "dunmore's son"),
        ("reids husband hit her, we all heard it through the wall", "reid's husband"),
        ("reid hit her husband", "reid"),
    ],
)
def test_a_configured_surname_s_relative_is_who_did_it(text: str, who: str) -> None:
    [signal] = LibelScorer(names=("Cllr Ann Dunmore", "Cllr Jo Reid")).score([text])
    assert signal.scores.get("libel", 0.0) >= 0.85, signal.reasons
    assert f"about '{who}'," in signal.reasons[0].message


def test_a_configured_name_with_no_words_is_ignored() -> None:
    [signal] = LibelScorer(names=("@@", "Cllr Tom Webb")).score(["webb is a thief"])
    assert "about 'webb'," in signal.reasons[0].message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A configured person's household, her among them.
        ("The Reids are scammers, con artists and thieves", "The Reids"),
        ("the Hughes family have been fiddling benefits for years", "the Hughes family"),
        ("the reids stole the hall money", "the reids"),
    ],
)
def test_a_configured_person_s_family_is_accused(text: str, who: str) -> None:
    names = ("Cllr Sarah Reid", "Cllr Tom Hughes")
    [signal] = LibelScorer(names=names).score([text])
    assert signal.scores.get("libel", 0.0) >= 0.85, signal.reasons
    assert f"about '{who}'," in signal.reasons[0].message


def test_a_configured_person_s_family_praised_is_no_allegation() -> None:
    [signal] = LibelScorer(names=("Cllr Sarah Reid",)).score(["The Reids are lovely people"])
    assert signal.scores.get("libel", 0.0) == 0.0, signal.reasons
