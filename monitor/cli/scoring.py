"""Scoring text, with no database: `score` reads comments and writes assessments;
`eval` measures the scorers against labelled comments."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from monitor.cli.options import pass_app
from monitor.context import App, engine_for
from monitor.scoring.base import CATEGORIES, CommentContext
from monitor.scoring.evaluate import Report, evaluate, read_labelled
from monitor.second_opinion import second_opinion_for


@click.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@pass_app
def score(app: App, source: TextIO) -> None:
    """Score JSON Lines {"id", "text"} from FILE or standard input; no config needed.

    Optional per line: "parent_author" (who the comment replies to), "parent_is_owner"
    (true when it replies to the account owner) and "parent_text" (the words of the comment
    it replies to). Writes one JSON object per line: id,
    severity, flagged, labels, scores, reasons; and second_opinion for libel candidates when
    the config enables [scoring.second_opinion].
    """
    settings = app.settings if app.config_path.exists() else None
    engine = engine_for(settings)
    opinion = second_opinion_for(settings.section("scoring.second_opinion")) if settings else None
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    # Large inputs are scored in bigger chunks spread over the cores; small ones stream.
    for chunk in _chunks(_read_score_input(source), 8000):
        assessments = engine.assess_parallel(
            [text for _, text, _ in chunk],
            workers=workers,
            contexts=[context for _, _, context in chunk],
        )
        for (item_id, text, context), assessment in zip(chunk, assessments, strict=True):
            out: dict[str, Any] = {
                "id": item_id,
                "severity": assessment.severity,
                "flagged": assessment.flagged,
                "labels": assessment.labels,
                "scores": assessment.scores,
                "reasons": assessment.reason_texts,
            }
            if opinion is not None:
                verdict = opinion.judge(text, context) if "libel" in assessment.labels else None
                out["second_opinion"] = verdict.as_json() if verdict is not None else None
            click.echo(json.dumps(out, ensure_ascii=False))


def _read_score_input(source: TextIO) -> Iterator[tuple[Any, str, CommentContext | None]]:
    name = getattr(source, "name", "<stdin>")
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise click.ClickException(
                f'{name}:{number}: expected an object with a "text" string, like '
                '{"id": "1", "text": "..."}'
            )
        yield item.get("id"), item["text"], _score_context(item, f"{name}:{number}")


def _score_context(item: dict[str, Any], where: str) -> CommentContext | None:
    author, owner = item.get("parent_author"), item.get("parent_is_owner")
    parent_text = item.get("parent_text")
    if author is None and owner is None and parent_text is None:
        return None
    if (
        not (author is None or isinstance(author, str))
        or not (owner is None or isinstance(owner, bool))
        or not (parent_text is None or isinstance(parent_text, str))
    ):
        raise click.ClickException(
            f'{where}: "parent_author" and "parent_text" must be strings and '
            '"parent_is_owner" true or false'
        )
    return CommentContext(
        parent_author=author or None, parent_is_owner=bool(owner), parent_text=parent_text or None
    )


_ScoreItem = tuple[Any, str, CommentContext | None]


def _chunks(items: Iterator[_ScoreItem], size: int) -> Iterator[list[_ScoreItem]]:
    chunk: list[_ScoreItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List misses and false alarms with reasons.")
@pass_app
def eval_command(app: App, file: Path, show_errors: bool) -> None:
    """Score labelled JSON Lines {"text", "labels": [...]} and print precision and recall.

    Empty labels mean the comment is clean. Uses the scoring settings of the config file
    when there is one, otherwise the embedded offline default.
    """
    examples = read_labelled(file)
    settings = app.settings if app.config_path.exists() else None
    engine = engine_for(settings)
    assessments = engine.assess([example.text for example in examples])
    report = evaluate(examples, assessments)
    click.echo(format_report(report, show_errors=show_errors))


def format_report(report: Report, *, show_errors: bool = False) -> str:
    lines = [f"{'category':<16}{'precision':>10}{'recall':>8}{'f1':>7}{'support':>9}"]
    for category in CATEGORIES:
        figures = report.per_category[category]
        lines.append(
            f"{category:<16}{figures.precision:>10.3f}{figures.recall:>8.3f}"
            f"{figures.f1:>7.3f}{figures.support:>9}"
        )
    lines.append(
        f"overall recall {report.overall_recall:.3f} "
        f"({report.harmful_caught}/{report.harmful} harmful comments flagged)"
    )
    lines.append(
        f"clean false-positive rate {report.clean_false_positive_rate:.3f} "
        f"({report.clean_flagged}/{report.clean} clean comments flagged)"
    )
    if show_errors:
        for error in report.errors:
            kind = f" [{error.example.kind}]" if error.example.kind else ""
            what = []
            if error.missed:
                what.append("missed " + ", ".join(error.missed))
            if error.extra:
                what.append("false alarm " + ", ".join(error.extra))
            lines.append(f"\n- {'; '.join(what)}{kind}: {error.example.text}")
            lines.extend(f"    because {reason}" for reason in error.reasons)
    return "\n".join(lines)


commands: list[click.Command] = [score, eval_command]
