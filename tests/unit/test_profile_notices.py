"""Reading profile bios for an hours notice, a views disclaimer and an abuse notice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.profile_check import BIO_LIMITS, suggest
from monitor.profile_text import read_profile

BIOS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "bios.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]


def test_there_are_at_least_thirty_bios_with_and_without_notices() -> None:
    assert len(BIOS) >= 30
    assert {b["hours_notice"] for b in BIOS} == {"present", "missing", "mismatch", "not_needed"}
    assert {b["disclaimer"] for b in BIOS} == {"present", "missing", "not_needed"}


@pytest.mark.parametrize("bio", BIOS, ids=[b["text"][:40] for b in BIOS])
def test_each_bio_is_read_as_a_person_would(bio: dict[str, Any]) -> None:
    found = read_profile(bio["text"], staffed_hours=bio["staffed_hours"], kind=bio["kind"])
    assert (found.hours_notice, found.disclaimer) == (bio["hours_notice"], bio["disclaimer"])
    if "abuse_notice" in bio:
        assert found.abuse_notice == bio["abuse_notice"]
    if found.hours_notice == "mismatch":
        assert found.mismatch


@pytest.mark.parametrize(
    "bio",
    [
        b
        for b in BIOS
        if "missing" in (b["hours_notice"], b["disclaimer"]) or b["hours_notice"] == "mismatch"
    ],
    ids=lambda b: b["text"][:40],
)
def test_the_suggested_wording_fits_the_platform_and_reads_as_complete(bio: dict[str, Any]) -> None:
    findings = read_profile(bio["text"], staffed_hours=bio["staffed_hours"], kind=bio["kind"])
    limit = BIO_LIMITS[bio["platform"]]
    suggestion = suggest(bio["text"], findings, staffed_hours=bio["staffed_hours"], limit=limit)
    assert suggestion is not None
    assert len(suggestion) <= limit
    again = read_profile(suggestion, staffed_hours=bio["staffed_hours"], kind=bio["kind"])
    assert again.hours_notice in {"present", "not_needed"}
    assert again.disclaimer in {"present", "not_needed"}


def test_a_complete_profile_gets_no_suggestion() -> None:
    text = "Cllr Jo Baxter. Monitored Mon-Fri 9am-5pm. Views my own. Abuse will be reported."
    findings = read_profile(text, staffed_hours="Mon-Fri 09:00-17:00", kind="personal")
    assert suggest(text, findings, staffed_hours="Mon-Fri 09:00-17:00", limit=160) is None


def test_a_suggestion_keeps_the_bio_and_replaces_an_outdated_hours_notice() -> None:
    text = "Cllr Amir Khan, Cabinet Member for Housing. Monitored Mon-Fri 10am-4pm."
    findings = read_profile(text, staffed_hours="Mon-Fri 09:00-17:00", kind="official")
    suggestion = suggest(text, findings, staffed_hours="Mon-Fri 09:00-17:00", limit=255)
    assert suggestion is not None
    assert suggestion.startswith("Cllr Amir Khan, Cabinet Member for Housing.")
    assert "10am-4pm" not in suggestion
    assert "Monitored Mon-Fri 9am-5pm" in suggestion


def test_a_full_bio_leaves_the_notices_alone_within_the_limit() -> None:
    text = "Councillor for Ashby ward. " * 6
    findings = read_profile(text, staffed_hours="Mon-Fri 09:00-17:00", kind="personal")
    suggestion = suggest(text, findings, staffed_hours="Mon-Fri 09:00-17:00", limit=150)
    assert suggestion is not None and len(suggestion) <= 150
    assert suggestion.startswith("Monitored Mon-Fri 9am-5pm")
    assert "Views" in suggestion


def test_a_profile_without_an_abuse_notice_is_told_so_in_words_with_a_suggestion() -> None:
    from datetime import UTC, datetime

    from monitor.notify.digest import ProfileNotice

    text = "Cllr Jo Baxter. Monitored Mon-Fri 9am-5pm. Views my own."
    findings = read_profile(text, staffed_hours="Mon-Fri 09:00-17:00", kind="personal")
    assert findings.abuse_notice == "missing"
    suggestion = suggest(text, findings, staffed_hours="Mon-Fri 09:00-17:00", limit=160)
    assert suggestion == f"{text} Abuse will be hidden and may be reported."
    again = read_profile(suggestion, staffed_hours="Mon-Fri 09:00-17:00", kind="personal")
    assert (again.hours_notice, again.disclaimer, again.abuse_notice) == (
        "present",
        "present",
        "present",
    )
    notice = ProfileNotice(
        account="jo-x",
        platform="x",
        hours_notice="present",
        disclaimer="present",
        suggestion=suggestion,
        checked_at=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        abuse_notice="missing",
    )
    assert notice.problems == [
        "It does not say that abuse will be reported. The LGA's guidance on handling abuse "
        'on social media suggests the profile says so, for example: "Abuse will be hidden '
        'and may be reported."'
    ]
