"""`wardwatch worker` and `wardwatch beat`: the distributed engine (monitor.distributed),
for installations with ``pip install wardwatch[distributed]``, Redis and PostgreSQL."""

from __future__ import annotations

import click

from monitor.app import App
from monitor.cli_options import pass_app


def _celery(app: App) -> object:
    try:
        from monitor.distributed import make_celery
    except ImportError:
        raise click.ClickException(
            "the distributed engine needs Celery and redis-py: pip install 'wardwatch[distributed]'"
        ) from None
    return make_celery(app)


@click.command()
@click.option("--concurrency", type=int, help="Task threads (default: polling.workers).")
@pass_app
def worker(app: App, concurrency: int | None) -> None:
    """Run poll, score and send tasks from the broker (as many workers as you like)."""
    celery = _celery(app)
    threads = concurrency or app.settings.polling.workers
    app.scoring  # noqa: B018 - load the model once, before the task threads start
    celery.worker_main(  # type: ignore[attr-defined]
        ["worker", "--loglevel=INFO", "--pool=threads", f"--concurrency={threads}"]
    )


@click.command()
@pass_app
def beat(app: App) -> None:
    """Send each task when it falls due: exactly one per database (others are refused)."""
    from monitor.leader import scheduler_lock

    celery = _celery(app)
    schedule = app.base_dir / "celerybeat-schedule"
    with scheduler_lock(app.engine):
        celery.start(  # type: ignore[attr-defined]
            ["beat", "--loglevel=INFO", f"--schedule={schedule}"]
        )


commands = [worker, beat]
