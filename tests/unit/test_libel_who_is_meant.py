"""Who an allegation is about when the sentence says it in a roundabout way: a description
the person named is said to be, a name typed in lowercase after "by", a crowd that knows
what someone did, and a stranger told apart by what they did. Each test runs the real
rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # The description is the person named before the copula.
        ("Cllr Reid is the man who stole the hall money", "Cllr Reid"),
        ("Cllr Reid's the guy who took the bribes", "Cllr Reid"),
        ("Cllr Reid was the treasurer who stole the money", "Cllr Reid"),
        ("Cllr Reid could be described as the man who stole the hall money", "Cllr Reid"),
        ("Cllr Reid is known as the man who stole the hall money", "Cllr Reid"),
        ("Cllr Reid and his mates are crooks", "Cllr Reid"),
        ("Cllr Reid is one of the crooks", "Cllr Reid"),
        ("crooks like Cllr Reid should be jailed", "Cllr Reid"),
        ("Councillor Okafor has been taking backhanders from the bus company", "Councillor Okafor"),
        ("Cllr Mooney is on the sex offenders register", "Cllr Mooney"),
        # Someone the comment clears is not who the charge is about.
        ("Cllr Reid took a bribe and Cllr Smith had nothing to do with it", "Cllr Reid"),
        ("Cllr Smith did nothing wrong, Cllr Reid took the bribe", "Cllr Reid"),
        # Where a stranger lives points at them.
        ("A paedo lives at number 12", "the person at number 12"),
        ("Unlike Cllr Reid, the Reform candidate was arrested in 2019", "the Reform candidate"),
        # A likeness to a notorious abuser is said of the person likened, not of him.
        ("Cllr Reid could be said to be the Jimmy Savile of Hillside", "Cllr Reid"),
        ("Cllr Reid is the Jerry Sandusky of the planning committee", "Cllr Reid"),
        # A title typed in lowercase after a preposition.
        ("The hall money was stolen by cllr annette lowe", "cllr annette lowe"),
        ("the cycle lane contract went to cllr webb's golf mate. corrupt as owt", "cllr webb"),
        # A lowercase name as the agent of a passive.
        ("the hall funds were stolen by dave jones.", "dave jones"),
        ("she was attacked by john smith and left for dead", "john smith"),
        ("she is being harassed by john smith", "john smith"),
        # A crowd that knows what someone did is not who did it.
        ("All of us know Cllr Reid took a bribe", "Cllr Reid"),
        ("Most people in the village know Cllr Reid stole the hall money", "Cllr Reid"),
        ("Every resident knows Cllr Reid is a crook", "Cllr Reid"),
        # A quantifier of time, and a crowd named after the charge in another clause.
        ("Every time I see Cllr Reid I remember he stole from the food bank", "Cllr Reid"),
        ("Each week Cllr Reid fiddles his expenses", "Cllr Reid"),
        ("Cllr Reid took bribes and his mates are all in on it", "Cllr Reid"),
        ("Cllr Reid stole the hall money, every single one of us knows it", "Cllr Reid"),
        ("Cllr Reid is a thief, they're all the same", "Cllr Reid"),
    ],
)
def test_the_person_meant_is_named(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'" in message


@pytest.mark.parametrize(
    "text",
    [
        # A stranger, told apart by what they did, after a preposition or a verb of finding.
        "I wrote to Cllr Smith about the thief who stole my bike",
        "Thanks Cllr Reid for catching the burglar who broke into the school",
        "Cllr Reid's the man to ask about the thief who stole my bike",
        # Words that name nobody after "by".
        "I was told by jane smith that the bins are late",
        "it was written by mark twain",
        "going to school in a dressing gown is like prince harry being chased by arnold palmer",
        # A crowd that is the subject of the charge.
        "These councillors are all crooks",
        "All politicians say they are honest but they are all liars",
        "Most people think politicians are crooks",
        "Every councillor on that committee took bribes",
        # A plural label with no one in its sentence: a crowd, not whoever is named next.
        "Thieves! Cllr Reid should look into the parking firm",
        "governmental crooks, legislature crooks, university crooks. Cllr Reid would be ashamed.",
        "Cllr Reid, thank you for getting the fraudsters who targeted my mum in front of a judge.",
        "The police told Cllr Reid the burglars had been caught, great news for Ash Grove.",
        "I'd trust Cllr Reid with my life, not like the crooks in Westminster.",
        # Someone nobody can pick out, reported by a councillor or known only by what they did.
        "When Cllr Reid was a teacher she reported a colleague for hitting a child, brave woman.",
        "A thief stole the charity box from Cllr Reid's surgery, please share the CCTV.",
        "The man who attacked my daughter is out of prison next week, Cllr Reid please help us.",
        # Doubt that no one holds it.
        "Don't be daft, nobody thinks Cllr Reid took a bribe.",
        "Cllr Reid is the last person who'd ever steal a penny.",
    ],
)
def test_no_one_identifiable_is_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        # Named, in apposition or by a copula: someone identifiable.
        "Cllr Reid, the thief who stole the hall money, should resign",
        "Cllr Reid is the thief who stole the hall money",
    ],
)
def test_a_description_that_identifies_someone_still_accuses_them(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        # An indefinite subject just before the act.
        "Someone tried to set fire to the scout hut door last night. Cllr Evans, CCTV?",
        "@CllrReid kids setting fire to the bins on Elm Road again",
        "Some idiot keyed my car outside the library",
        # An indefinite doer after "by", or someone punished whom nobody can pick out.
        "My dad was conned by a cowboy builder in the 90s. Trading standards need more funding",
        "My cousin was killed by a drunk driver here. Please, Cllr Reid, get the cameras back.",
        "Trading standards prosecuted a rogue trader on 11 counts of fraud.",
        "Police arrested a man for burglary on Elm Road",
        # Someone described, not named, in a report of a case; bare plural people.
        "Records show a man from the village got transported for stealing a sheep in 1740",
        "Article says a woman in her 40s from Stalybridge admitted benefit fraud at magistrates.",
        "Post Office bosses got bonuses while subpostmasters went to prison.",
    ],
)
def test_an_act_by_someone_nobody_can_pick_out_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid and some lads set fire to the pub",
        "Cllr Reid was caught by a journalist taking a bribe",
        "Cllr Reid is a cowboy builder",
        "Cllr Reid was jailed for fraud",
        "Cllr Reid's a man who was convicted of fraud",
        "Cllr Reid's brothers went to prison for fraud",
        "Cllr Reid and a man from the village got arrested for theft",
    ],
)
def test_a_named_person_beside_an_indefinite_one_is_still_accused(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        # Whoever does it, with a verdict on them: a principle, not a charge.
        "A councillor who steals from residents should be sacked.",
        "Any councillor who lies to residents should resign",
        "Any official that takes a bribe deserves to be sacked",
        "every politician who fiddles expenses has to go",
        "Any councillor caught taking bribes should be barred for life, simple as that.",
        # "he or she", "his or her": whoever it may be.
        "Anyone can be a councillor. You just need to want to line his or her own pockets.",
        "If the treasurer is found out, he or she should be sacked for stealing",
    ],
)
def test_whoever_does_it_is_no_one_in_particular(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Someone indefinite told apart by where they live, with no verdict on whoever does it.
        ("A councillor who lives on my street took a bribe", "councillor"),
        ("The councillor who stole the money should go to jail", "The councillor"),
        ("A councillor stole the hall money and should go to jail", "councillor"),
        # An adverb between a lowercase name and what was done.
        ("dave smith literally stole the hall money", "dave smith"),
        ("everyone knows dave smith basically stole the money", "dave smith"),
        # "you" after a lowercase title is the person addressed, not a surname.
        ("cllr reid you stole the hall money, admit it", "cllr reid"),
    ],
)
def test_someone_who_can_be_picked_out_is_still_accused(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'" in message


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun for someone nobody can pick out, told of just before it.
        "A man knocked on my door saying he was from the council. He took £200 cash for a "
        "permit and never came back.",
        "Some lad tried the car doors on our street last night. He got into two cars and stole "
        "a bag.",
        "A woman rang my mum pretending to be from the bank. She stole £3,000.",
        "Beware, a guy in a white van is offering cheap tarmac. He is a cowboy and a con man.",
    ],
)
def test_a_pronoun_for_a_stranger_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Someone named between the stranger and the pronoun.
        ("A man knocked on my door with Cllr Reid. He took £200 cash.", "Cllr Reid"),
        ("Cllr Reid met a woman at the gala. He groped her.", "Cllr Reid"),
        # The stranger is a man; "she" is someone else.
        ("She went on about a man at the bus stop. She stole my purse.", "She"),
    ],
)
def test_a_pronoun_for_someone_else_still_accuses_them(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'" in message


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own record.
        "I was done for drink driving 20 years ago and it changed my life. Cllr Reid is right.",
        "I was jailed for fraud in 2009 and Cllr Reid gave me a second chance",
        "I got done for speeding on the bypass. Cllr Reid, the sign is hidden.",
        # Someone known only by what they did, after a greeting.
        "Cllr Reid, the lad who mugged my son got 18 months. Thank you for your support.",
        # Reported in the papers; a simile.
        "Cllr Reid's predecessor was jailed for fraud in 2009, it was in all the papers.",
        "Cllr Reid is pushing it through like a thief in the night, sneaking it onto the agenda.",
    ],
)
def test_the_writers_record_and_what_the_papers_said_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # What was done to the writer, by someone named.
        ("I was punched by Cllr Reid", "Cllr Reid"),
        ("I was assaulted by Cllr Reid at the meeting", "Cllr Reid"),
        # The subject of the charge, not a councillor named after it.
        ("Boris lied about partygate and Cllr Reid defended him, disgraceful.", "Boris"),
        (
            "The landlord of our flats is a crook, Cllr Reid please help",
            "The landlord of our flats",
        ),
        # A name, then what he is, in apposition.
        ("Cllr Reid welcomed the conviction of Gary Smith, the Mill Lane arsonist", "Gary Smith"),
        ("I told Cllr Reid about Dave Jones, a known thief", "Dave Jones"),
        (
            "The chair of the committee is a crook and Cllr Reid knows it",
            "The chair of the committee",
        ),
    ],
)
def test_the_one_who_did_it_is_named(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'" in message


@pytest.mark.parametrize("text", ["you crooks", "Thieves!", "Crooks."])
def test_a_plural_label_said_to_someone_reads_as_one_of_them(text: str) -> None:
    # Said to the person replied to, or the whole reply: a label for them, not a crowd.
    score, message = libel(text)
    assert score >= 0.85 and "is one of the " in message, message


@pytest.mark.parametrize("text", ["Thieves, the lot of you", "Crooks, all of you on the council"])
def test_a_plural_label_for_everyone_addressed_still_accuses_them(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and "the person addressed" in message, message


def test_someone_the_comment_clears_is_never_the_one_accused() -> None:
    score, message = libel(
        "The developer is a crook in my opinion but Cllr Reid did nothing wrong."
    )
    # No one the rules can name: at most the words to check, of no one.
    assert score < 0.5 and "Cllr" not in message, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A who-clause is about the person just before it.
        ("Cllr Reid met Tom Jones, who is a crook", "Tom Jones"),
        ("Cllr Reid met Tom Jones who took bribes", "Tom Jones"),
        ("Tom Jones met Cllr Reid, who took a bribe", "Cllr Reid"),
        # A label pinned to a house accuses whoever lives there.
        ("that paedo at number 7 shouldnt be allowed near the school", "the person at number 7"),
        ("the thief next door nicked my bins", "the person next door"),
        ("the burglar across the road was released", "the person across the road"),
        # A first name alone that does the act is who is accused.
        ("everyone knows Darren stole the money", "Darren"),
        ("we all know Darren is a thief", "Darren"),
        ("everyone knows Darren is the one dealing in the park", "Darren"),
        # The quote is the person accused: a relative whole, not the next word.
        ("The mayor's husband is the one dealing on the Westgate estate", "The mayor's husband"),
        ("The treasurer's son stole the takings", "The treasurer's son"),
        ("cllr reid fiddles her expenses, ask anyone at the town hall", "cllr reid"),
        ("cllr john smith the crook", "cllr john smith"),
    ],
)
def test_libel_21_names_who_is_meant(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and f"about '{target}'" in message, message


@pytest.mark.parametrize(
    "text", ["everyone knows Oakley stole the money", "the night Will stole my heart"]
)
def test_a_lone_word_that_is_no_first_name_is_still_no_one(text: str) -> None:
    score, message = libel(text)
    assert score == 0.0, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "She" is not the brother: the office holder did it.
        (
            "The deputy leader's brother got the contract because she rigged the tender",
            "The deputy leader",
        ),
        ("Cllr Reid's wife got a council flat because he lied on the form", "Cllr Reid"),
        # "He" may be the brother-in-law, quoted whole.
        (
            "the head of housing's brother-in-law got the contract after he bribed her",
            "the head of housing's brother-in-law",
        ),
    ],
)
def test_a_pronoun_of_the_other_sex_is_the_relatives_kin_not_the_relative(
    text: str, target: str
) -> None:
    _, message = libel(text)
    assert f"about '{target}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The Post Office bosses lied for years and subpostmasters went to jail, shameful.",
        "Thames Water executives are crooks",
    ],
)
def test_a_bodys_staff_as_a_crowd_are_not_the_body_named(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5 and "Post Office'" not in message and "Thames Water'" not in message


def test_one_boss_of_a_body_is_someone() -> None:
    score, message = libel("The Post Office boss lied for years")
    assert score >= 0.85 and "about 'The Post Office boss'" in message, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # What pins a described person down is quoted with the description.
        ("The woman at the post office is a thief.", "The woman at the post office"),
        (
            "The caretaker at St Mary's school groped my daughter.",
            "The caretaker at St Mary's school",
        ),
        (
            "The chairman of the bowls club is embezzling the subs.",
            "The chairman of the bowls club",
        ),
        (
            "The guy in the blue van on Elm Road is a drug dealer.",
            "The guy in the blue van on Elm Road",
        ),
        (
            "The bloke who owns the garage on Mill Lane has been selling stolen parts.",
            "The bloke who owns the garage on Mill Lane",
        ),
        ("The manager at Tesco Extra steals from the till.", "The manager at Tesco Extra"),
        ("The woman next door is a thief.", "The woman next door"),
        # A place that does not end where the phrase does is left out, not cut short.
        (
            "The planning officer on the Millbrook case was sacked for taking bribes",
            "The planning officer",
        ),
        # The description, then the copula, then the person named.
        ("Heard the man who stole from the church was Cllr Reid", "Cllr Reid"),
        ("The woman who attacked my mum was Cllr Reid's daughter.", "Cllr Reid's daughter"),
        # Seen with someone is not being them.
        ("The man who stole my bike was seen with Cllr Reid.", "The man"),
        # The name a pointed insult goes with, not the insult.
        ("Drain the swamp, that clown Biden stole the election.", "Biden"),
        # A surname and "'s been" or "'s taking": the person does it.
        ("Pembury's taking bungs from Castlegate", "Pembury"),
    ],
)
def test_the_person_meant_is_quoted_as_the_comment_pins_them_down(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'," in message, message


@pytest.mark.parametrize(
    ("text", "not_meant"),
    [
        ("Amazon is investigating employees who are selling internal data.", "'Amazon'"),
        ("Cllr Reid sacked the officer who fiddled his expenses.", "'Cllr Reid'"),
        ("The council has suspended the warden who was taking bribes.", "'The council'"),
    ],
)
def test_who_acts_against_the_wrongdoer_is_not_the_wrongdoer(text: str, not_meant: str) -> None:
    _, message = libel(text)
    assert not_meant not in message, message


def test_a_parking_space_taken_is_no_theft() -> None:
    score, message = libel("That idiot stole my parking space.")
    assert score < 0.5, message
    score, message = libel(
        "Cllr Reid stole the parking space money from the residents association."
    )
    assert score >= 0.85, message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A name set off after the allegation says who "he" was.
        (
            "He followed me home from the bus stop and grabbed me by the throat, Darren Pike, "
            "everyone needs to know.",
            "Darren Pike",
        ),
        ("He stole from the church fund - Gary Smith of Elm Road.", "Gary Smith"),
        # Not a name set off after whoever it was done to, nor who is quoted.
        ("He attacked my son, Tom Smith, outside the pub.", "He"),
        ("He raped her, Jane Smith.", "He"),
        # What the person does for a club, or the place they run, pins them down.
        (
            "The lady who does the accounts for the bowls club has been helping herself for years.",
            "The lady who does the accounts for the bowls club",
        ),
        (
            "The man who runs the tyre place on Bridge Street sells stolen parts out the back.",
            "The man who runs the tyre place on Bridge Street",
        ),
    ],
)
def test_a_name_or_a_job_after_the_person_says_who_they_are(text: str, target: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{target}'" in message, message


def test_who_is_quoted_after_the_words_is_not_who_did_it() -> None:
    for text in (
        '"He went to jail for fraud and came home a hero" - Tom Jones',
        '"You went to jail for it and came home with a strike" - @somerapper',
    ):
        _, message = libel(text)
        assert "Tom Jones" not in message and "@somerapper" not in message, message
