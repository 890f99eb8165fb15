"""How often the rule scorers alone flag text that people labelled harmless, and what they catch.

    .venv/bin/python -m benchmarks.rule_false_flags [--datasets ../shared/datasets] [--show 20]

Rule scorers only (obscene/abuse lexicon, threat, discrimination, libel, personal data), with
no offensive-language model and no learned model, so a change to a rule shows up alone.
Prints, per source:

- Davidson "neither" tweets and OLID NOT tweets: the share flagged (the false-flag rate),
  overall and per category;
- Davidson hate speech and OLID OFF: the share flagged, for reference (the rules are meant to
  be precise rather than broad);
- the project's held-out comment sets (tests/data/heldout_comments_*.jsonl): overall recall,
  clean comments flagged, and recall per category.

The public files are read where they lie and never copied (see the datasets folder's README).
``--show N`` prints up to N flagged harmless texts per source with the reasons, for reading.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmarks.public_datasets import davidson, olid
from monitor.scoring.base import Assessment, Scorer
from monitor.scoring.discrimination import DiscriminationScorer
from monitor.scoring.engine import ScoringEngine
from monitor.scoring.evaluate import evaluate, read_labelled
from monitor.scoring.lexicon import LexiconScorer
from monitor.scoring.libel import LibelScorer
from monitor.scoring.personal_data import PersonalDataScorer
from monitor.scoring.policy import Policy
from monitor.scoring.threat import ThreatScorer

HELD_OUT = Path(__file__).resolve().parents[1] / "tests" / "data"


def rules_engine() -> ScoringEngine:
    scorers: list[Scorer] = [
        LexiconScorer(),
        ThreatScorer(),
        DiscriminationScorer(),
        LibelScorer(),
        PersonalDataScorer(),
    ]
    return ScoringEngine(scorers, Policy())


def flag_rates(name: str, texts: Sequence[str], assessments: Sequence[Assessment]) -> str:
    flagged = [a for a in assessments if a.flagged]
    per_category = Counter(label for a in flagged for label in a.labels)
    high = sum(a.severity == "high" for a in flagged)
    parts = ", ".join(f"{c} {n / len(texts):.2%}" for c, n in sorted(per_category.items()))
    return (
        f"{name} ({len(texts)}): flagged {len(flagged) / len(texts):.2%} "
        f"(high {high / len(texts):.2%}); {parts or 'no category'}"
    )


def show(texts: Sequence[str], assessments: Sequence[Assessment], limit: int) -> None:
    shown = 0
    for text, assessment in zip(texts, assessments, strict=True):
        if assessment.flagged and shown < limit:
            shown += 1
            reasons = "; ".join(r.message for r in assessment.reasons)
            print(f"    {text[:160]!r}\n        -> {reasons}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--datasets", default=str(Path(__file__).resolve().parents[2] / "shared" / "datasets")
    )
    parser.add_argument("--show", type=int, default=0, help="print N flagged harmless texts")
    args = parser.parse_args()
    folder = Path(args.datasets)
    engine = rules_engine()

    tweets, classes = davidson(folder / "davidson_labeled_data.csv")
    for label, name in ((2, "Davidson neither"), (0, "Davidson hate speech")):
        chosen = [t for t, c in zip(tweets, classes, strict=True) if c == label]
        assessed = engine.assess(chosen)
        print(flag_rates(name, chosen, assessed))
        if label == 2:
            show(chosen, assessed, args.show)

    texts, offensive = olid(folder / "olid_training_v1.0.tsv")
    for wanted, name in ((False, "OLID NOT"), (True, "OLID OFF")):
        chosen = [t for t, o in zip(texts, offensive, strict=True) if o is wanted]
        assessed = engine.assess(chosen)
        print(flag_rates(name, chosen, assessed))
        if not wanted:
            show(chosen, assessed, args.show)

    for path in sorted(HELD_OUT.glob("heldout_comments_*.jsonl")):
        examples = read_labelled(path)
        report = evaluate(examples, engine.assess([e.text for e in examples]))
        recalls = ", ".join(
            f"{category} {figures.recall:.2f}"
            for category, figures in sorted(report.per_category.items())
        )
        print(
            f"{path.name}: recall {report.overall_recall:.3f}, clean flagged "
            f"{report.clean_false_positive_rate:.1%}; {recalls}"
        )


if __name__ == "__main__":
    main()
