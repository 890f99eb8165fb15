"""How many accounts one process keeps on schedule, and what each poll cycle costs in
requests, against a loopback platform with added latency (benchmarks/loopback_platform.py).

    .venv/bin/python benchmarks/poll_cycle.py [--accounts 400] [--latency 0.15]
        [--workers 32] [--idle-cycles 2] [--url sqlite:///...]

Half the accounts are Facebook Pages (25 recent posts, 40 comments each), half X
accounts (10 recent posts, 40 replies each). The first cycle reads that history; then
idle cycles (nothing new) and one cycle where a tenth of the accounts have one new
comment are timed. Prints wall time, CPU time and requests per cycle, and the share of
a 5-minute interval the slowest idle cycle takes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from loopback_platform import Platform, World  # noqa: E402

from monitor import config, db  # noqa: E402
from monitor.context import engine_for  # noqa: E402
from monitor.polling import PollPool  # noqa: E402
from monitor.service import after_scoring  # noqa: E402

INTERVAL_S = 300


def write_config(folder: Path, url: str, base: str, facebook: int, x: int) -> Path:
    lines = [
        f'[storage]\nurl = "{url}"\n',
        '[[owners]]\nname = "Council"\nemail = "office@example.gov.uk"\n',
    ]
    for n in range(facebook):
        lines.append(
            f'[[accounts]]\nname = "fb-{n}"\nowner = "Council"\nplatform = "facebook"\n'
            f'poll_every = "5m"\napi_base_url = "{base}/graph/"\npage_id = "{1000 + n}"\n'
            '[accounts.credentials]\npage_access_token = { env = "WARDWATCH_BENCH_TOKEN" }\n'
        )
    for n in range(x):
        lines.append(
            f'[[accounts]]\nname = "x-{n}"\nowner = "Council"\nplatform = "x"\n'
            f'poll_every = "5m"\napi_base_url = "{base}/x"\nuser_id = "{5000 + n}"\n'
            '[accounts.credentials]\naccess_token = { env = "WARDWATCH_BENCH_TOKEN" }\n'
        )
    path = folder / "wardwatch.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.15)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--idle-cycles", type=int, default=2)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    os.environ["WARDWATCH_BENCH_TOKEN"] = "bench-token"
    facebook, x = args.accounts - args.accounts // 2, args.accounts // 2
    world, now = World(), time.time()
    for n in range(facebook):
        world.facebook_page(str(1000 + n), posts=25, comments=40, now=now)
    for n in range(x):
        world.x_user(str(5000 + n), posts=10, replies=40, now=now)
    platform = Platform(world, latency=args.latency)
    platform.start()
    with tempfile.TemporaryDirectory() as folder:
        url = args.url or f"sqlite:///{Path(folder) / 'bench.db'}"
        settings = config.load(write_config(Path(folder), url, platform.base, facebook, x))
        db.upgrade(settings.database_url)
        factory = db.session_factory(db.make_engine(settings.database_url, pool_size=40))
        scoring = engine_for(settings)
        scoring.assess(["warm up"])
        after = after_scoring()
        pool = PollPool(factory, settings, lambda: scoring, after=after, workers=args.workers)
        print(
            f"{args.accounts} accounts ({facebook} Facebook, {x} X), {args.latency * 1000:.0f} ms "
            f"per request, {args.workers} poll threads, {url.split(':', 1)[0]}"
        )

        def cycle(label: str) -> float:
            before, wall, cpu = platform.total(), time.perf_counter(), time.process_time()
            outcomes = pool.poll_all(force=True)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            requests = platform.total() - before
            failed = [o for o in outcomes if o.error]
            stored = sum(o.stored for o in outcomes)
            print(
                f"  {label}: {wall:6.1f} s wall, {cpu:6.1f} CPU-s, {requests:5d} requests "
                f"({requests / args.accounts:.2f} per account), {stored} comments stored"
                + (f", {len(failed)} FAILED: {failed[0].error}" if failed else "")
            )
            return wall

        cycle("first cycle (reads the history)")
        walls = [cycle(f"idle cycle {n + 1}") for n in range(args.idle_cycles)]
        for n in range(0, facebook, 10):
            world.comment(str(1000 + n), "A new comment about the bins")
        for n in range(0, x, 10):
            world.reply(str(5000 + n), "A new reply about the bins")
        cycle("cycle with new comments on 1 in 10 accounts")
        worst = max(walls)
        print(
            f"  slowest idle cycle {worst:.1f} s = {100 * worst / INTERVAL_S:.1f}% of a "
            f"5-minute interval for {args.accounts} accounts"
        )
    platform.shutdown()


if __name__ == "__main__":
    main()
