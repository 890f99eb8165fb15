"""The optional second opinion, measured on statements courts have ruled on.

    .venv/bin/python benchmarks/second_opinion.py --base-url URL --model NAME
        [--data FILE] [--timeout SECONDS] [--show]

Asks the chat model behind an OpenAI-compatible endpoint (the one ``[scoring.second_opinion]``
would name: a local Ollama or llama.cpp server, say) about every statement of a court set, not
only those the engine labels libel, so that it measures both what the model would confirm or
dispute among the engine's libel labels and what it would see that the engine misses. The
API key, where the endpoint needs one, is read from ``WARDWATCH_SECOND_OPINION_KEY``.

For statements held defamatory and for those held not defamatory or opinion, it prints:

- the engine's libel labels;
- the model's "fact" verdicts that name an imputation (what the second opinion would call an
  allegation of fact);
- both at once, the engine's labels the model disputes, and the model's allegations the
  engine misses;
- how many calls failed and the mean time per call.

``--data`` names the set (default: the development set). The held-out sets may be measured,
figures only: never use ``--show`` on them, and never choose a prompt or model by them.
Every statement goes to the endpoint: name one that runs where the data may go.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import dataclass
from pathlib import Path

from libel_court import COURT_SET, read_court_set

from monitor.second_opinion import SecondOpinion, Verdict


@dataclass(frozen=True, slots=True)
class Judged:
    finding: str
    engine_libel: bool
    verdict: Verdict | None

    @property
    def model_allegation(self) -> bool:
        return (
            self.verdict is not None
            and self.verdict.fact_or_opinion == "fact"
            and bool(self.verdict.imputation)
        )


def tally(judged: list[Judged]) -> dict[str, int]:
    return {
        "statements": len(judged),
        "engine libel": sum(j.engine_libel for j in judged),
        "model allegation": sum(j.model_allegation for j in judged),
        "both": sum(j.engine_libel and j.model_allegation for j in judged),
        "engine only": sum(j.engine_libel and not j.model_allegation for j in judged),
        "model only": sum(j.model_allegation and not j.engine_libel for j in judged),
        "no verdict": sum(j.verdict is None for j in judged),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:11434/v1")
    parser.add_argument("--model", required=True, help="the model name the endpoint serves")
    parser.add_argument("--data", type=Path, default=COURT_SET, help="a court-set JSONL file")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per call")
    parser.add_argument("--show", action="store_true", help="list every verdict")
    args = parser.parse_args()

    rows, contexts, assessments = read_court_set(args.data)
    opinion = SecondOpinion(
        base_url=args.base_url,
        model=args.model,
        timeout=args.timeout,
        daily_cap=len(rows) + 1,
        api_key=os.environ.get("WARDWATCH_SECOND_OPINION_KEY"),
    )
    judged: list[Judged] = []
    started = time.perf_counter()
    try:
        for row, context, assessment in zip(rows, contexts, assessments, strict=True):
            verdict = opinion.judge(row["text"], context)
            judged.append(Judged(row["finding"], "libel" in assessment.labels, verdict))
            if args.show:
                print(f"\n[{row['finding']}] engine {assessment.labels} {row['text']}")
                print(f"    {verdict.summary if verdict else 'no verdict'}")
    finally:
        opinion.close()
    seconds = time.perf_counter() - started

    print(f"{args.data.name}: {len(rows)} statements, model {args.model}")
    for name, group in (
        ("held defamatory", [j for j in judged if j.finding == "defamatory"]),
        ("held not defamatory or opinion", [j for j in judged if j.finding != "defamatory"]),
    ):
        counts = tally(group)
        print(f"{name}: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    print(f"{seconds / max(1, len(rows)):.1f} s a call on average")


if __name__ == "__main__":
    main()
