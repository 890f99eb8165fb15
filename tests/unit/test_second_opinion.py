"""The optional second opinion on libel candidates, against a loopback server that speaks
the chat-completions API. Nothing here reaches beyond 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from monitor import config
from monitor.config import ConfigError
from monitor.scoring.base import CommentContext, ScorerUnavailable
from monitor.second_opinion import SecondOpinion, Verdict, parse_verdict, second_opinion_for
from tests.chat_server import VERDICT, ChatServer, chat_server


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with chat_server() as running:
        yield running


def client(server: ChatServer, **options: object) -> SecondOpinion:
    return SecondOpinion(base_url=server.url, model="test-model", **options)  # type: ignore[arg-type]


def test_a_libel_candidate_gets_a_structured_verdict(server: ChatServer) -> None:
    verdict = client(server).judge("Says the paedophile.", CommentContext("Simon Blake"))
    assert verdict == Verdict(**VERDICT, model="test-model")
    [request] = server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "test-model"
    asked = request["body"]["messages"][-1]["content"]
    assert "Says the paedophile." in asked and "Simon Blake" in asked


def test_the_summary_says_whose_view_it_is(server: ChatServer) -> None:
    verdict = client(server).judge("Says the paedophile.")
    assert verdict is not None
    assert verdict.summary.startswith("second opinion (test-model, not checked by wardwatch)")
    assert "reads as fact (confidence 0.90)" in verdict.summary


def test_the_same_text_is_asked_once(server: ChatServer) -> None:
    second = client(server)
    first = second.judge("Cllr Moss took a bribe.")
    again = second.judge("Cllr Moss took a bribe.")
    assert first == again and len(server.requests) == 1


def test_the_daily_cap_stops_calls_until_the_next_day(server: ChatServer) -> None:
    day = [date(2026, 12, 4)]
    second = client(server, daily_cap=2, today=lambda: day[0])
    answers = [second.judge(f"Cllr Moss took bribe number {n}.") for n in range(3)]
    assert [a is not None for a in answers] == [True, True, False]
    assert len(server.requests) == 2
    day[0] = date(2026, 12, 5)
    assert second.judge("Cllr Moss took bribe number 3.") is not None
    assert len(server.requests) == 3 and second.calls_today == 1


def test_a_slow_endpoint_times_out_and_gives_no_verdict(server: ChatServer) -> None:
    server.mode, server.delay = "slow", 2.0
    started = time.monotonic()
    assert client(server, timeout=0.3).judge("Says the paedophile.") is None
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("mode", ["error", "not-json", "nonsense"])
def test_a_broken_endpoint_gives_no_verdict_and_is_asked_again_later(
    server: ChatServer, mode: str
) -> None:
    server.mode = mode
    second = client(server)
    assert second.judge("Says the paedophile.") is None
    server.mode = "verdict"  # failures are not cached: the next poll tries again
    assert second.judge("Says the paedophile.") is not None


def test_an_endpoint_that_is_not_running_gives_no_verdict() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    second = SecondOpinion(base_url=f"http://127.0.0.1:{port}/v1", model="m", timeout=2)
    assert second.judge("Says the paedophile.") is None


def test_a_verdict_wrapped_in_prose_or_a_code_fence_is_read(server: ChatServer) -> None:
    server.mode = "fenced"
    verdict = client(server).judge("Says the paedophile.")
    assert verdict is not None and verdict.fact_or_opinion == "fact"


def test_odd_values_in_a_verdict_are_made_safe() -> None:
    verdict = parse_verdict(
        '{"imputation": "x", "who": null, "fact_or_opinion": "FACTUAL", "confidence": 7,'
        ' "reason": "' + "long " * 200 + '"}',
        "m",
    )
    assert verdict.fact_or_opinion == "unclear" and verdict.confidence == 1.0
    assert verdict.who == "" and len(verdict.reason) <= 300


def test_nothing_is_sent_anywhere_when_the_section_is_off() -> None:
    assert second_opinion_for({"enabled": False, "base_url": "http://127.0.0.1:9/v1"}) is None


def test_an_enabled_section_without_an_endpoint_says_how_to_fix_it() -> None:
    with pytest.raises(ScorerUnavailable, match="base_url or model is empty"):
        second_opinion_for({"enabled": True, "base_url": "", "model": "llama3.1:8b"})


def test_the_config_check_names_a_second_opinion_without_an_endpoint(tmp_path: Path) -> None:
    raw = {
        "owners": [{"name": "A", "email": "a@example.org"}],
        "scoring": {"second_opinion": {"enabled": True, "model": "llama3.1:8b"}},
    }
    with pytest.raises(ConfigError, match=r"scoring\.second_opinion: enabled needs base_url"):
        config.parse(raw, path=tmp_path / "wardwatch.toml")


def test_one_client_is_shared_per_endpoint(server: ChatServer) -> None:
    section = {"enabled": True, "base_url": server.url, "model": "m", "daily_cap": 5}
    assert second_opinion_for(section) is second_opinion_for(dict(section))


def test_the_benchmark_measures_a_model_on_a_court_set(server: ChatServer, tmp_path: Path) -> None:
    """benchmarks/second_opinion.py asks about every statement, not only the engine's libel
    labels, and counts what the model calls an allegation beside what the engine labels."""
    court = tmp_path / "court.jsonl"
    court.write_text(
        '{"text": "Cllr Reid stole the raffle money.", "citation": "A v B", '
        '"finding": "defamatory", "note": "n"}\n'
        '{"text": "The new bins are an eyesore.", "citation": "C v D", '
        '"finding": "opinion", "note": "n"}\n',
        encoding="utf-8",
    )
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "second_opinion.py"
    arguments = ["--base-url", server.url, "--model", "m", "--data", str(court)]
    done = subprocess.run(
        [sys.executable, str(script), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert len(server.requests) == 2  # the opinion the engine leaves alone is asked about too
    assert (
        "held defamatory: statements 1, engine libel 1, model allegation 1, both 1, "
        "engine only 0, model only 0, no verdict 0" in done.stdout
    )
    assert (
        "held not defamatory or opinion: statements 1, engine libel 0, model allegation 1, "
        "both 0, engine only 0, model only 1, no verdict 0" in done.stdout
    )
