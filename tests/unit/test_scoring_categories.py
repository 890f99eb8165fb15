"""The categories table is the one place a category is described: the policy, the
configuration keys, the wording, the masking and the offences prompt all read it."""

from __future__ import annotations

from monitor import offences, wording
from monitor.config_schema import SECTIONS
from monitor.notify.items import MASKED_CATEGORIES
from monitor.scoring.base import CATEGORIES
from monitor.scoring.categories import TABLE
from monitor.scoring.policy import URGENT, Policy


def test_every_category_has_words_guidance_and_thresholds_in_order() -> None:
    assert tuple(category.name for category in TABLE) == CATEGORIES
    assert len(set(CATEGORIES)) == len(CATEGORIES)
    for category in TABLE:
        assert category.title and category.noun and category.guidance, category.name
        assert 0.0 < category.review <= category.high <= 1.0, category.name
        assert category.incident_after >= 1, category.name


def test_the_policy_takes_its_defaults_and_urgency_from_the_table() -> None:
    thresholds = Policy().thresholds
    for category in TABLE:
        assert (thresholds[category.name].review, thresholds[category.name].high) == (
            category.review,
            category.high,
        )
    assert frozenset(c.name for c in TABLE if c.urgent) == URGENT


def test_configuration_wording_masking_and_offences_follow_the_table() -> None:
    for category in TABLE:
        assert f"scoring.thresholds.{category.name}" in SECTIONS
        assert SECTIONS["incidents.thresholds"][category.name].default == category.incident_after
        assert wording.categories([category.name]) == category.title
        assert (category.name in MASKED_CATEGORIES) == category.masked
        assert all(key in offences._CATALOGUE for key in category.offences), category.name


def test_a_flagged_category_names_its_offences_in_its_own_words() -> None:
    [threat] = [c for c in TABLE if c.name == "threat"]
    found = offences.possible_offences(["threat"], occasions=1)
    assert {offence.key for offence in found} == set(threat.offences)
    assert all(offence.because == f"flagged as {threat.noun}" for offence in found)
