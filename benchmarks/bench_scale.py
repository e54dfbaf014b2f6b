"""Recommenders on a large catalogue: a synthetic log of 200,000 items x 1,000,000 users (long-tailed
popularity and activity), each algorithm fitted in its own process so that its peak memory is its own
and one that runs out of memory or time does not stop the rest. Printed per algorithm: fit seconds and
peak memory, or its refusal (the message a user would read) or failure.

Usage: python benchmarks/bench_scale.py [--items 200000] [--users 1000000] [--events 5000000]
       [--algorithms popularity,als,als-wr,bpr,itemknn,ease,autorec] [--timeout 900]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_FIT = """
import json, sys, time
import pandas as pd
from tailorkit.errors import TailorkitError
from tailorkit.evaluation._runner import _fit
from tailorkit.recommend import Interactions
frame = pd.read_parquet(sys.argv[1])
data = Interactions.from_frame(frame)
name = sys.argv[2]
try:
    _, seconds, peak = _fit(name, {}, data)
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))
except TailorkitError as exc:
    print(json.dumps({"refused": str(exc)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--users", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=5_000_000)
    parser.add_argument("--algorithms", default="popularity,als,als-wr,bpr,itemknn,ease,autorec")
    parser.add_argument("--timeout", type=float, default=900.0)
    args = parser.parse_args()
    import pandas as pd

    from tailorkit.data import synthetic_events

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        frame = pd.concat(
            synthetic_events(args.events, args.users, args.items, seed=0, chunk_size=500_000)
        ).rename(columns={"timestamp": "ts"})[["user", "item", "value", "ts"]]
        log = Path(tmp) / "log.parquet"
        frame.to_parquet(log)
        print(
            f"## Large catalogue: {len(frame):,} events, {frame['user'].nunique():,} users x "
            f"{frame['item'].nunique():,} items (made in {time.perf_counter() - started:.0f} s)"
        )
        del frame
        for name in [a.strip() for a in args.algorithms.split(",") if a.strip()]:
            started = time.perf_counter()
            try:
                done = subprocess.run(
                    [sys.executable, "-c", _FIT, str(log), name],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                )
            except subprocess.TimeoutExpired:
                print(f"{name}: not done within {args.timeout:.0f} s")
                continue
            lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
            if done.returncode != 0 or not lines:
                why = (done.stderr.strip().splitlines() or ["no output"])[-1]
                print(f"{name}: failed (exit {done.returncode}: {why[:200]})")
                continue
            result = json.loads(lines[-1])
            if "refused" in result:
                print(f"{name}: refused: {result['refused']}")
            else:
                print(
                    f"{name}: fit {result['seconds']:.1f} s, peak {result['peak_mb']:,.0f} MB "
                    f"(process {time.perf_counter() - started:.0f} s with loading)"
                )


if __name__ == "__main__":
    main()
