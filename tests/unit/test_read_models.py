"""Reading stored assessment reasons, and the words each action has in the actions table."""

from __future__ import annotations

from monitor.actions import ACTIONS, CommentStatus, ModerationAction, PlatformState
from monitor.evidence import ACTION_NAMES
from monitor.notify.items import plain_reason
from monitor.views import StoredReason


def test_a_stored_reason_is_read_with_every_key_it_was_written_with() -> None:
    reason = StoredReason.from_stored(
        {
            "category": "abuse",
            "message": "calls them 'a useless idiot'",
            "score": 0.9,
            "scorer": "lexicon",
            "evidence": ["idiot"],
            "detail": "",
        }
    )
    assert reason.line == "abuse: calls them 'a useless idiot'"
    assert (reason.scorer, reason.evidence, reason.reason) == ("lexicon", ("idiot",), "")


def test_a_reason_stored_by_an_older_version_reads_missing_keys_as_empty() -> None:
    reason = StoredReason.from_stored({"category": "threat", "message": "threatens harm"})
    assert (reason.scorer, reason.evidence) == ("", ())
    assert plain_reason([reason]) == "threatens harm"


def test_the_plain_reason_prefers_a_rule_over_a_model_and_drops_the_models_numbers() -> None:
    model = StoredReason("abuse", "the model scores it 0.91 (0.91)", "learned", (), "")
    rule = StoredReason("abuse", "calls them 'a disgrace'", "lexicon", (), "")
    assert plain_reason([model, rule]) == "calls them 'a disgrace'"
    assert plain_reason([model]) == "the model rates it as likely"


def test_the_plain_reason_prefers_a_rule_over_the_shipped_comment_model() -> None:
    """The comment model's reason comes first where its score is higher ("Dr Khan was
    pissed out of his head at the vote"), but the summary is the rule's, which names who and
    what."""
    model = StoredReason(
        "libel", "reads like an allegation of wrongdoing against someone", "model", (), ""
    )
    rule = StoredReason(
        "libel", "allegation of drunkenness or drugs ('pissed') about 'Dr Khan'", "libel", (), ""
    )
    assert plain_reason([model, rule]) == rule.message
    assert plain_reason([model]) == model.message


def test_every_action_says_what_it_did_on_the_command_line_and_in_an_evidence_pack() -> None:
    assert [ACTIONS[a].past for a in ModerationAction] == [
        "hidden",
        "unhidden",
        "deleted",
        "dismissed",
        "reopened",
    ]
    assert ACTION_NAMES[ModerationAction.HIDE] == "Hidden on the platform"
    assert ACTION_NAMES["hold"] == "Put on hold (kept past retention)"


def test_each_action_targets_a_state_of_its_own_axis() -> None:
    for spec in ACTIONS.values():
        states = PlatformState if spec.axis == "platform" else CommentStatus
        assert spec.target in set(states)
