"""Throughput of the distributed engine with 1, 2 and 4 workers: how long one round of
polls takes for every account, against a loopback Graph API with added latency
(benchmarks/loopback_platform.py), a real Redis broker and a real PostgreSQL store.

    .venv/bin/python benchmarks/distributed.py --postgres-url postgresql+psycopg://... \\
        --redis-url redis://127.0.0.1:6379/0 [--accounts 200] [--threads 4] \\
        [--latency 0.15] [--workers 1 2 4]

The database is emptied (its tables dropped and created again) before each run: give it
a throwaway database. Each worker is a `wardwatch worker` process with ``--threads``
task threads. Every account is polled once to read its history; then a round of polls
that find nothing new is timed: from sending the tasks to the last poll recorded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from loopback_platform import Platform, World  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from monitor import db  # noqa: E402
from monitor.clock import utcnow  # noqa: E402
from monitor.context import App  # noqa: E402
from monitor.models import PollState  # noqa: E402

WARDWATCH = [sys.executable, "-c", "from monitor.cli import main; main()"]


def reset(url: str) -> None:
    engine = db.make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db.upgrade(url)


def round_of_polls(app: App, celery: object, names: list[str], timeout: float) -> float:
    started: datetime = utcnow()
    begin = time.perf_counter()
    for name in names:
        celery.send_task("wardwatch.poll", args=(name,))  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.factory() as session:
            done = session.scalar(
                select(func.count())
                .select_from(PollState)
                .where(PollState.last_success_at >= started)
            )
        if done == len(names):
            return time.perf_counter() - begin
        time.sleep(0.05)
    raise SystemExit(f"only {done} of {len(names)} polls finished in {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--latency", type=float, default=0.15)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    world, now = World(), time.time()
    pages = [str(1000 + n) for n in range(args.accounts)]
    for page in pages:
        world.facebook_page(page, posts=5, comments=5, now=now)
    platform = Platform(world, latency=args.latency)
    platform.start()
    os.environ["WARDWATCH_BENCH_TOKEN"] = "bench-token"
    print(
        f"{args.accounts} Facebook accounts, {args.latency * 1000:.0f} ms per request, "
        f"{args.threads} task threads per worker, Redis broker, PostgreSQL store"
    )
    from monitor.distributed import make_celery

    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "wardwatch.toml"
        config.write_text(
            f'[storage]\nurl = "{args.postgres_url}"\n'
            f'[distributed]\nbroker_url = "{args.redis_url}"\n'
            '[[owners]]\nname = "Council"\nemail = "office@example.gov.uk"\n'
            + "".join(
                f'[[accounts]]\nname = "fb-{page}"\nowner = "Council"\nplatform = "facebook"\n'
                f'api_base_url = "{platform.base}/graph/"\npage_id = "{page}"\n'
                '[accounts.credentials]\npage_access_token = { env = "WARDWATCH_BENCH_TOKEN" }\n'
                for page in pages
            ),
            encoding="utf-8",
        )
        names = [f"fb-{page}" for page in pages]
        for count in args.workers:
            reset(args.postgres_url)
            app = App(str(config))
            celery = make_celery(app)
            celery.control.purge()
            threads = str(args.threads)
            workers = [
                subprocess.Popen(
                    [*WARDWATCH, "--config", str(config), "worker", "--concurrency", threads],
                    cwd=folder,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(count)
            ]
            try:
                round_of_polls(app, celery, names, timeout=600)  # reads the history
                before = platform.total()
                seconds = round_of_polls(app, celery, names, timeout=600)
                requests = platform.total() - before
            finally:
                for worker in workers:
                    worker.terminate()
                for worker in workers:
                    worker.wait(timeout=120)
                app.engine.dispose()
            print(
                f"  {count} worker{'s' if count > 1 else ' '}: {seconds:5.1f} s per round "
                f"= {len(names) / seconds:5.1f} accounts/s ({requests} requests)"
            )
    platform.shutdown()


if __name__ == "__main__":
    main()
