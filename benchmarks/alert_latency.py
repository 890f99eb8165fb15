"""New comment -> urgent alert email, through the whole service (`wardwatch run`): the
scheduler, the poll pool, scoring, the alert and the outbox sender, against a loopback
Graph API (benchmarks/loopback_platform.py) and a loopback SMTP server.

    .venv/bin/python benchmarks/alert_latency.py [--accounts 20] [--interval 60]
        [--comments 10] [--spread 180] [--latency 0.15]

Abusive comments are posted at random moments over ``--spread`` seconds, each on a
random account; the latency of each is from its posting to the alert email that names
its author arriving at the SMTP server. Prints the median, 90th percentile and maximum,
and the bound the design promises (poll interval + 15 s).
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from aiosmtpd.controller import Controller  # noqa: E402
from loopback_platform import Platform, World  # noqa: E402

from monitor import db  # noqa: E402
from monitor.context import App  # noqa: E402
from monitor.scheduler import serve  # noqa: E402

ABUSE = "You are a fucking useless idiot and a disgrace, {author}"


class Inbox:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        self.bodies: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        part = message.get_body(preferencelist=("plain",))
        self.bodies.append(part.get_content() if part is not None else "")
        for word in self.bodies[-1].split():
            word = word.strip(".,()")
            if word.startswith("troll"):
                self.arrivals.setdefault(word, time.time())
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--interval", type=int, default=60)
    parser.add_argument("--comments", type=int, default=10)
    parser.add_argument("--spread", type=float, default=180)
    parser.add_argument("--latency", type=float, default=0.15)
    args = parser.parse_args()
    rng = random.Random(17)
    os.environ["WARDWATCH_BENCH_TOKEN"] = "bench-token"
    world, now = World(), time.time()
    pages = [str(1000 + n) for n in range(args.accounts)]
    for page in pages:
        world.facebook_page(page, posts=5, comments=5, now=now)
    platform = Platform(world, latency=args.latency)
    platform.start()
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        smtp_port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    stop = threading.Event()
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "wardwatch.toml"
        accounts = "".join(
            f'[[accounts]]\nname = "fb-{page}"\nowner = "Council"\nplatform = "facebook"\n'
            f'poll_every = "{args.interval}s"\napi_base_url = "{platform.base}/graph/"\n'
            f'page_id = "{page}"\n[accounts.credentials]\n'
            'page_access_token = { env = "WARDWATCH_BENCH_TOKEN" }\n'
            for page in pages
        )
        config.write_text(
            f'[storage]\nurl = "sqlite:///{Path(folder) / "w.db"}"\n'
            '[email]\nmode = "smtp"\nmask_excerpts = false\n'
            f'[email.smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
            'security = "none"\n'
            '[[owners]]\nname = "Council"\nemail = "office@example.gov.uk"\n'
            'staffed_hours = "24/7"\n' + accounts,
            encoding="utf-8",
        )
        app = App(str(config))
        db.upgrade(app.settings.database_url)
        service = threading.Thread(target=serve, args=(app,), kwargs={"stop": stop}, daemon=True)
        service.start()
        time.sleep(args.interval + 5)  # the catch-up poll and the first scheduled round
        posted: dict[str, float] = {}
        moments = sorted(rng.uniform(0, args.spread) for _ in range(args.comments))
        start = time.time()
        for n, moment in enumerate(moments):
            time.sleep(max(0.0, start + moment - time.time()))
            author = f"troll{n}"
            world.comment(rng.choice(pages), ABUSE.format(author=author), author=author)
            posted[author] = time.time()
        deadline = time.time() + args.interval + 60
        while time.time() < deadline and not set(posted) <= set(inbox.arrivals):
            time.sleep(0.5)
        stop.set()
        service.join(timeout=120)
    smtp.stop()
    platform.shutdown()
    latencies = sorted(inbox.arrivals[a] - posted[a] for a in posted if a in inbox.arrivals)
    missing = [a for a in posted if a not in inbox.arrivals]
    if not latencies:
        print(f"no alert arrived ({len(inbox.bodies)} emails)")
        return
    p90 = latencies[min(len(latencies) - 1, int(0.9 * len(latencies)))]
    print(
        f"{args.accounts} Facebook accounts polled every {args.interval} s, "
        f"{args.latency * 1000:.0f} ms per request; {len(latencies)} of {len(posted)} alerts "
        f"arrived{f' (missing: {missing})' if missing else ''}"
    )
    print(
        f"  comment -> alert email: median {statistics.median(latencies):.1f} s, "
        f"p90 {p90:.1f} s, max {latencies[-1]:.1f} s "
        f"(bound: interval + 15 s = {args.interval + 15} s)"
    )


if __name__ == "__main__":
    main()
