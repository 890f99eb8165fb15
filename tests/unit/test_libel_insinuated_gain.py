"""Libel 35: insinuation that a named or described person profited, read as innuendo at review.
A hint ("funny how", "just asking", "ask him why", "remind us") beside a favour to someone's
own (a cousin's planning that "sails through", a grandson who "got into" a school), money
that never arrived ("how much actually reached the hospice", "where's the rest", "£9k short")
or wealth a wage cannot explain ("on a part time wage", "a new hot tub"), and the idioms of a
secret everyone is said to share ("moved on for a reason and we all know what it was", "fill
in the blanks", "you know exactly what you did"). A hint beside words of wrongdoing pinned on
no one still counts. The same words about the council, about one's own pension or about a
form are nothing. A slur masked after a word of one letter ("called him a p**i") is read as
the slur. Each test runs the real rules; innuendo is never high."""

from __future__ import annotations

import pytest

from monitor.scoring.libel import INNUENDO_SCORE
from tests.libel_rules import assert_no_libel_label, assert_pinned, reason, score


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Funny how every time Joanne Pritchard's nephew applies for a licence it sails "
            "through and the rest of us wait a year 🤔",
            "Joanne Pritchard",
        ),
        (
            "Remember Cllr Asante's 'charity' quiz night? Remind us how much actually reached "
            "the food bank.",
            "Cllr Asante",
        ),
        (
            "Just saying, Pritchard's fun run raised £6k and the hospice got £900. Where's the "
            "rest?",
            "Pritchard",
        ),
        (
            "I'd love to know how the town clerk paid for that loft conversion on a part time wage",
            "the town clerk",
        ),
        (
            "The head at Oakfield Primary left his last school for a reason and everyone in "
            "the staff room knows what it was",
            "The head at Oakfield Primary",
        ),
        (
            "The poll cards for Elm Ward sat in Asante's agent's boot for a week before they "
            "went out. Fill in the blanks.",
            "Asante",
        ),
        (
            "She cried in the car park after that meeting. Kwame Asante you know exactly what "
            "you did",
            "Kwame Asante",
        ),
    ],
)
def test_a_hint_that_someone_profited_or_hides_something_is_innuendo_at_review(
    text: str, who: str
) -> None:
    assert score(text) == INNUENDO_SCORE, reason(text)
    message = reason(text)
    assert "hints at something discreditable" in message
    assert f"'{who.lower()}'" in message.lower(), message


@pytest.mark.parametrize(
    "text",
    [
        # The council, not a person; one's own pension; a form; a door walked into.
        "Funny how the council found money for the new car park but not for the library",
        "how does anyone afford a new caravan on a pension these days, the site fees are mental",
        "Fill in the blanks on the consultation form Joanne, it's on the council website",
        "I walked into a door at the surgery on Tuesday, the automatic ones are broken",
        # Knowing what was done, about a decision.
        "Cllr Asante you know exactly what you did when you voted to shut the library",
        # Asking someone why, about bins.
        "Ask Cllr Pritchard why the bins weren't collected on Tuesday, nobody else knows",
        # A grandson who got into a school, with no hint and no one named.
        "My grandson got into the grammar school, so proud of him",
    ],
)
def test_the_same_words_with_no_one_hinted_at_are_not_innuendo(text: str) -> None:
    assert_no_libel_label(text)


def test_a_slur_masked_after_a_word_of_one_letter_is_still_the_slur() -> None:
    # "a p**i" was read as the letters "a p i" spelled out, and the slur was lost.
    assert_pinned("Cllr Asante called my son a p**i outside the Co-op", "Cllr Asante")
