"""An optional second opinion on libel candidates from a chat model the council runs.

Off by default. When ``[scoring.second_opinion]`` is enabled, each comment the embedded engine
labels libel is sent, with who it answers, to an OpenAI-compatible chat-completions endpoint
(a local model server such as Ollama or llama.cpp's server keeps the text on the machine).
The answer is a structured verdict: which imputation, about whom, fact or opinion, how
confident, and one sentence of reasoning. It is stored with the assessment and shown beside
the engine's reasons as a second opinion; it never changes the engine's score or severity.

Nothing leaves the machine unless the config names an endpoint. Calls have a timeout, a
daily cap and a cache keyed by the SHA-256 of the text; when the endpoint is slow, down or
answers nonsense, the engine's assessment stands alone and the failure is logged. No claim
is made for the quality of any model's verdicts. The one model measured so far, a 1.5 billion
parameter instruction model on a CPU, was no use (docs/scoring.md); a council measures its
own with ``benchmarks/second_opinion.py``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx

from monitor.scoring.base import CommentContext, ScorerUnavailable

log = logging.getLogger(__name__)

CACHE_SIZE = 2048
FIELD_LIMIT = 300  # characters kept of each text field of a verdict
FACT_OR_OPINION = ("fact", "opinion", "unclear")

PROMPT = """\
You help a UK councillor check comments posted on their social media pages for libel risk.
Read the comment and answer with one JSON object and nothing else, with these keys:
"imputation": the wrongdoing or discreditable conduct the comment attributes to a person, in a
few words, or "" if none;
"who": the person it is about (a name, a role, "the person replied to", or "" if nobody is
identifiable);
"fact_or_opinion": "fact" if an ordinary reader would take it as an allegation of fact,
"opinion" if as comment, hyperbole or abuse, or "unclear";
"confidence": a number from 0 to 1;
"reason": one plain sentence a councillor can act on.
Criticism of decisions, policies or parties, hyperbole ("daylight robbery"), abuse words on
their own, and fair reports of what a court or the press said are not allegations of fact
about a person."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The model's structured answer about one comment."""

    imputation: str
    who: str
    fact_or_opinion: str
    confidence: float
    reason: str
    model: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def summary(self) -> str:
        """One line for the digest, marked as the model's view, not wardwatch's."""
        about = f" about {self.who}" if self.who else ""
        what = f"{self.imputation}{about}" if self.imputation else "no clear imputation"
        return (
            f"second opinion ({self.model}, not checked by wardwatch): {what}; reads as "
            f"{self.fact_or_opinion} (confidence {self.confidence:.2f}). {self.reason}"
        )


def parse_verdict(content: str, model: str) -> Verdict:
    """The verdict in a model's reply; raises ValueError when it isn't one."""
    found = re.search(r"\{.*\}", content, re.DOTALL)  # models wrap JSON in prose or fences
    if found is None:
        raise ValueError("the reply holds no JSON object")
    data = json.loads(found.group(0))
    if not isinstance(data, dict):
        raise ValueError("the reply is not a JSON object")
    kind = str(data.get("fact_or_opinion", "")).strip().lower()
    confidence = float(data.get("confidence", 0.0))
    if confidence != confidence:  # NaN
        raise ValueError("confidence is not a number")
    return Verdict(
        imputation=_text(data.get("imputation")),
        who=_text(data.get("who")),
        fact_or_opinion=kind if kind in FACT_OR_OPINION else "unclear",
        confidence=min(1.0, max(0.0, confidence)),
        reason=_text(data.get("reason")),
        model=model,
    )


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())[:FIELD_LIMIT]


class SecondOpinion:
    """A client for one configured endpoint. Thread-safe; share one per process so the
    cache and the daily cap are shared."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        timeout: float = 10.0,
        daily_cap: int = 200,
        api_key: str | None = None,
        today: Callable[[], date] = lambda: datetime.now(UTC).date(),
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.model = model
        self.daily_cap = daily_cap
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, headers=headers)
        self._today = today
        self._cache: OrderedDict[str, Verdict] = OrderedDict()
        self._day: date | None = None
        self._calls = 0
        self._lock = threading.Lock()

    @property
    def calls_today(self) -> int:
        with self._lock:
            return self._calls if self._day == self._today() else 0

    def judge(self, text: str, context: CommentContext | None = None) -> Verdict | None:
        """The model's verdict on ``text``, or None when the cap is reached or the
        endpoint fails (logged; the engine's own assessment stands)."""
        key = _cache_key(self.model, text, context)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            if self._day != self._today():
                self._day, self._calls = self._today(), 0
            if self._calls >= self.daily_cap:
                if self._calls == self.daily_cap:
                    log.warning(
                        "second opinion: daily cap of %d calls reached; libel candidates are "
                        "scored by the embedded engine alone until tomorrow",
                        self.daily_cap,
                    )
                    self._calls += 1  # warn once a day
                return None
            self._calls += 1
        try:
            verdict = self._ask(text, context)
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as error:
            log.warning("second opinion unavailable (%s): %s", type(error).__name__, error)
            return None
        with self._lock:
            self._cache[key] = verdict
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return verdict

    def _ask(self, text: str, context: CommentContext | None) -> Verdict:
        answering = ""
        if context is not None and context.parent_is_owner:
            answering = "It replies to the councillor.\n"
        elif context is not None and context.parent_author:
            answering = f"It replies to a comment by {context.parent_author}.\n"
        response = self._client.post(
            "/chat/completions",
            json={
                "model": self.model,
                "temperature": 0,
                "response_format": {"type": "json_object"},
                "messages": [
                    {"role": "system", "content": PROMPT},
                    {"role": "user", "content": f"{answering}Comment:\n{text}"},
                ],
            },
        )
        response.raise_for_status()
        content = response.json()["choices"][0]["message"]["content"]
        if not isinstance(content, str):
            raise ValueError("the reply has no text content")
        return parse_verdict(content, self.model)

    def close(self) -> None:
        self._client.close()


def _cache_key(model: str, text: str, context: CommentContext | None) -> str:
    parts = [model, text]
    if context is not None:
        parts += [context.parent_author or "", str(context.parent_is_owner)]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


_shared: dict[tuple[Any, ...], SecondOpinion] = {}
_shared_lock = threading.Lock()


def second_opinion_for(section: Mapping[str, Any]) -> SecondOpinion | None:
    """The shared client for a ``[scoring.second_opinion]`` section, or None when it is off.

    Raises :class:`ScorerUnavailable` when it is on but names no endpoint or model.
    """
    if not section.get("enabled"):
        return None
    base_url, model = str(section.get("base_url") or ""), str(section.get("model") or "")
    if not base_url or not model:
        raise ScorerUnavailable(
            "scoring.second_opinion is enabled but base_url or model is empty: set both "
            '(for a local Ollama, base_url = "http://127.0.0.1:11434/v1") or set enabled = false'
        )
    key = (
        base_url,
        model,
        float(section.get("timeout") or 10.0),
        int(section.get("daily_cap") or 0),
        section.get("api_key") or None,
    )
    with _shared_lock:
        if key not in _shared:
            _shared[key] = SecondOpinion(
                base_url=base_url,
                model=model,
                timeout=key[2],
                daily_cap=key[3],
                api_key=key[4],
            )
        return _shared[key]
