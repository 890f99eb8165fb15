"""End-to-end poll throughput: read a JSON Lines feed, store, score, on SQLite or PostgreSQL.

    .venv/bin/python benchmarks/pipeline.py [--comments 20000] [--url sqlite:///...]

Prints comments per second for the whole poll (fetch + store + score) and the peak
resident memory of the process. The feed is generated from a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from monitor import config, db
from monitor.context import engine_for
from monitor.pipeline import poll_account
from monitor.service import after_scoring

PHRASES = [
    "Thanks for sorting the bins on Mill Lane",
    "When will the library reopen?",
    "You voted for the incinerator, you should resign",
    "This parking scheme is daylight robbery",
    "Absolutely useless council, worst in the country",
    "The pothole outside number 12 is still there after six weeks",
    "Great turnout at the ward surgery tonight",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=20_000)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with (root / "feed.jsonl").open("w") as feed:
            for n in range(args.comments):
                text = f"{rng.choice(PHRASES)} ({n})"
                feed.write(
                    json.dumps(
                        {
                            "comment_id": str(n),
                            "author_id": f"r{n % 997}",
                            "text": text,
                            "created_at": "2026-11-20T10:00:00Z",
                        }
                    )
                    + "\n"
                )
        url = args.url or f"sqlite:///{root / 'bench.db'}"
        (root / "wardwatch.toml").write_text(
            f'[storage]\nurl = "{url}"\n[[owners]]\nname = "O"\nemail = "o@example.org"\n'
            '[[accounts]]\nname = "feed"\nowner = "O"\nplatform = "jsonl"\npath = "feed.jsonl"\n'
        )
        settings = config.load(root / "wardwatch.toml")
        db.upgrade(settings.database_url)
        factory = db.session_factory(db.make_engine(settings.database_url))
        engine = engine_for(settings)
        engine.assess(["warm up"])
        started = time.perf_counter()
        outcome = poll_account(factory, settings, "feed", engine=engine, after=after_scoring())
        elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    backend = url.split(":", 1)[0]
    print(
        f"{backend}: {outcome.stored} comments stored and scored in {elapsed:.1f} s = "
        f"{outcome.stored / elapsed:,.0f} comments/s; peak RSS {peak_mib:,.0f} MiB"
    )


if __name__ == "__main__":
    main()
