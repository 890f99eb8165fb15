"""The libel quality gate on statements courts have ruled on
(tests/data/libel_court_statements.jsonl).

This is a development set: the libel rules were tuned while looking at it, so its figures
are optimistic and are reported apart from the written held-out sets. It holds 228
statements since libel 12 (the first 80, the 29 of the former first held-out set, 36
collected with libel 9, 40 with libel 10, 14 with libel 11 and 29 with libel 12). Measured on
it with the default engine: 71 of 125 statements held defamatory get the libel label (0.57),
51 at high libel, and 79 are flagged at all; of the 103 held not defamatory or opinion, 13
get the libel label, 1 at high libel. The lines added with libel 10, 11 and 12 were measured
before anyone read them. Libel 9, and libel 10 as it then stood, labelled 3 of the 19
defamatory statements of the first 40 and 2 of their 21 others; after rules were written from
them, 6 of 19. Libel 10 labelled none of the 4 defamatory statements of the next 9 and 3 of
their 5 others; libel 11, written after reading them, labels 1 of 4 and 2 of 5. Libel 11 as
it then stood labelled 1 of the 3 defamatory statements of the next 5 and both their others;
after, 2 of 3 and 2 of 2. Libel 11 with the comment model as it shipped labelled 6 of the 12
defamatory statements of the next 18 and 3 of their 6 others; libel 12, with the libel head
fitted on real comments, labels 8 of 12 and the same 3. Libel 12 as it then stood labelled
3 of the 7 defamatory statements of the last 11 and none of their 4 others; after, 4 of 7
("left her kids in the road"). The floors sit at or a little below,
so that a regression fails. (Riley v Murray is counted as defamatory: the meaning found was
partly fact and every defence failed at trial.) The untouched measures are the held-out
sets, tests/data/libel_court_heldout_2.jsonl to _6.jsonl.

The known misses and false alarms, not hidden:
- innuendo that needs knowledge outside the words ("KING LEER", the Berkoff comparison,
  Depp v Heard's op-ed lines, "Skankiest in NYC", "$$$ talks"), a denial that brands an
  accuser a liar ("it never happened"), allegations with no identifiable person in the words
  themselves (elided quotations, "they"), a false report of what someone said (Riley v
  Murray: abuse and discrimination, not libel), and the labels of another era ("Leninist",
  "communist");
- Blake v Fox [2023] EWCA Civ 1000: "... she is unequivocally, publicly and undeniably a
  paedophile", held a rhetorical parody of an earlier tweet, is at high libel: nothing in
  its own words says it is a parody;
- eleven passages held opinion or not defamatory are labelled for review by the comment
  model alone. Its head fitted on real comments labels one: "Now, that sounds like a classic
  case of extortion" of two women who asked Donald Trump for money (held opinion). Its
  fine-tuned head labels the other ten:
  - a US review's "I suspect he just uses watered-down Botox";
  - two lines of a New Zealand column about a former minister (Fourth Estate v Joyce: "to
    subsidise his friends at Chorus", "bows to blackmail by Mr Joyce");
  - a newspaper's report that a man jailed for contempt was moved "for his own safety" (two
    lines, Burke v Mediahuis: true or not, it could not lower his reputation);
  - an MP's "scandalous expenses claims", and judges letting business owners "rob
    creditors";
  - officials who "might be engaged in a huge coverup" (Kotlikoff), and "What happened to
    all the money last year?" about a county commission (Rosenblatt v Baer: the US Supreme
    Court held impersonal criticism of a government body no libel of its officials);
  - a letter that wonders whether a planning process favoured a state senator (Fon v
    Krowe);
- of the lines added with libel 12, innuendo is missed again: "If you see this fella by a
  primary school call 999" (Vine v Barton), a headline ("Larry's Secret Shower Buddy"), a
  question to "all mothers and fathers" about unnamed step-parents (Isparta v Richter), and a
  company called "DEVIL killer" without an article;
- "[You are a] liar ... [a] cheat ... [a] debtor", said in a heated dispute and held mere
  name-calling in New York (Ram v Moritt), is labelled for review: an English court might
  read "cheat" as a charge of fact;
- "she was raped by the same man" (Gottwald v Sebert) is now labelled; a business
  "[Wilbanks and Associates is] under investigation" is not ("and Associates" reads as two
  parties), nor "[They are] scammers", nor an email's "reason to believe [the plaintiff] ...
  possibly did this", nor "Sinn Féin/IRA certainly got the report they paid for" (Mackin v
  O'Brien: a jury read it as saying the report's authors acted for the IRA).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.scoring.base import Assessment, CommentContext
from monitor.scoring.engine import build_engine

COURT_SET = Path(__file__).resolve().parents[1] / "data" / "libel_court_statements.jsonl"
FINDINGS = {"defamatory", "not_defamatory", "opinion"}
DEFAMATORY_LABELLED_FLOOR = 0.55
NOT_DEFAMATORY_LABELLED_MOST = 13
NOT_DEFAMATORY_HIGH_MOST = 1


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in COURT_SET.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def scored() -> list[tuple[dict[str, Any], Assessment]]:
    items = rows()
    contexts = [CommentContext(**item["context"]) if "context" in item else None for item in items]
    assessments = build_engine().assess([item["text"] for item in items], contexts)
    return list(zip(items, assessments, strict=True))


def test_every_statement_has_its_wording_citation_and_finding() -> None:
    items = rows()
    assert len(items) >= 228
    for item in items:
        assert set(item) <= {"text", "citation", "finding", "context", "note"}, item
        assert item["text"].strip() and item["citation"].strip() and item["note"].strip()
        assert item["finding"] in FINDINGS
        if "context" in item:
            assert set(item["context"]) == {"parent_author", "parent_is_owner"}
    assert sum(item["finding"] != "defamatory" for item in items) >= 25
    assert len({item["text"] for item in items}) == len(items)


def test_most_statements_held_defamatory_get_the_libel_label(
    scored: list[tuple[dict[str, Any], Assessment]],
) -> None:
    defamatory = [a for item, a in scored if item["finding"] == "defamatory"]
    labelled = sum("libel" in a.labels for a in defamatory)
    assert labelled / len(defamatory) >= DEFAMATORY_LABELLED_FLOOR


def test_statements_held_not_defamatory_or_opinion_are_rarely_libel(
    scored: list[tuple[dict[str, Any], Assessment]],
) -> None:
    others = [a for item, a in scored if item["finding"] != "defamatory"]
    high = [a for a in others if a.scores["libel"] >= 0.75]
    assert sum("libel" in a.labels for a in others) <= NOT_DEFAMATORY_LABELLED_MOST
    assert len(high) <= NOT_DEFAMATORY_HIGH_MOST


def test_every_libel_label_on_the_court_set_says_why_in_plain_words(
    scored: list[tuple[dict[str, Any], Assessment]],
) -> None:
    for _, assessment in scored:
        for reason in assessment.reasons:
            if reason.category == "libel" and reason.scorer == "libel":
                assert ": that is a" in reason.message  # what the allegation amounts to
                assert "score" not in reason.message and "model" not in reason.message
