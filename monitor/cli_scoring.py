"""`wardwatch eval FILE`: measure the configured scorers against labelled comments."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.app import App
from monitor.scoring.base import CATEGORIES
from monitor.scoring.evaluate import LabelledFileError, Report, evaluate, read_labelled


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List misses and false alarms with reasons.")
@click.pass_obj
def eval_command(app: App, file: Path, show_errors: bool) -> None:
    """Score labelled JSON Lines {"text", "labels": [...]} and print precision and recall.

    Empty labels mean the comment is clean. Uses the scoring settings of the config file
    when there is one, otherwise the embedded offline default.
    """
    from monitor.app import engine_for

    try:
        examples = read_labelled(file)
    except LabelledFileError as exc:
        raise click.ClickException(str(exc)) from None
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
