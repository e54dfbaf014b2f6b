"""Ingestion benchmark: 1,000,000 synthetic events into SQLite, and the real MovieLens loaders.

Prints events/s and peak memory for the CLI path (a CSV file, default ``--on-error fail``, in a child
process so its peak RSS is its own) and for the Python API (DataFrames), and the ratio of tailorkit's
rate to a reference: the raw ``executemany`` of the same rows into the same schema, in this process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from _paths import datasets_dir
from tailorkit import Engine
from tailorkit.data import synthetic_events
from tailorkit.store import sqlite_module


def write_csv(path: Path, n: int) -> None:
    first = True
    for chunk in synthetic_events(n, seed=7, chunk_size=200_000):
        chunk.to_csv(path, mode="w" if first else "a", header=first, index=False)
        first = False


def reference_rate(db: Path, csv: Path, n: int) -> float:
    """Raw driver executemany of pre-built tuples into a fresh tailorkit schema (no parsing, no checks)."""
    with Engine.open(db) as engine:
        engine.store.create_tenant(engine.tenant)  # the schema is created on open
    frame = pd.read_csv(csv)
    users = {u: i + 1 for i, u in enumerate(frame["user"].unique())}
    items = {u: i + 1 for i, u in enumerate(frame["item"].unique())}
    conn = sqlite_module().connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA cache_size=-65536")
    conn.executemany(
        "INSERT INTO users (id, tenant_id, external_id, attributes, consent_profiling, consent_memory,"
        " consent_tuning, created_at, updated_at) VALUES (?, 1, ?, '{}', 1, 1, 1, 0, 0)",
        [(i, u) for u, i in users.items()],
    )
    conn.executemany(
        "INSERT INTO items (id, tenant_id, external_id, tags, attributes, created_at, updated_at)"
        " VALUES (?, 1, ?, '[]', '{}', 0, 0)",
        [(i, u) for u, i in items.items()],
    )
    lo = np.random.default_rng(0).integers(0, 2**62, size=n)
    hi = (frame["timestamp"].to_numpy(dtype=np.int64) // 60) << 32 | (lo & 0xFFFFFFFF)
    rows = list(
        zip(
            [1] * n,
            frame["user"].map(users).tolist(),
            frame["item"].map(items).tolist(),
            frame["kind"].tolist(),
            frame["value"].tolist(),
            [None] * n,
            frame["timestamp"].tolist(),
            ["ref"] * n,
            [None] * n,
            hi.tolist(),
            lo.tolist(),
            strict=True,
        )
    )
    start = time.perf_counter()
    for s in range(0, n, 50_000):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO events (tenant_id, user_id, item_id, kind, value, text, ts, source, meta,"
            " key_hi, key_lo) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (tenant_id,"
            " key_hi, key_lo) DO NOTHING",
            rows[s : s + 50_000],
        )
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return n / seconds


def cli_ingest(db: Path, csv: Path) -> tuple[dict, float, float]:
    """Run the CLI in a child process; its peak RSS is sampled every 10 ms (ru_maxrss would count
    the parent's pages that the child holds between fork and exec)."""
    import psutil

    cmd = [sys.executable, "-m", "tailorkit", "--quiet", "--db", str(db), "ingest", "events", str(csv)]
    cmd.append("--json")
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        child = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                peak = max(peak, child.memory_info().rss)
            except psutil.NoSuchProcess:
                break
            time.sleep(0.01)
        wall = time.perf_counter() - start
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed: {text}")
    return json.loads(text), wall, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--datasets-dir",
        type=Path,
        default=datasets_dir(),
    )
    args = parser.parse_args()
    n = args.events
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        csv = tmpdir / "events.csv"
        write_csv(csv, n)
        print(f"## Ingestion: {n:,} synthetic events ({csv.stat().st_size / 1e6:.0f} MB CSV) into SQLite")
        ref = reference_rate(tmpdir / "ref.db", csv, n)
        report, wall, peak = cli_ingest(tmpdir / "cli.db", csv)
        rate = n / wall
        print(f"reference (raw executemany, no parsing/validation): {ref:>10,.0f} events/s")
        print(
            f"tailorkit ingest events (CLI, on-error fail):    {rate:>10,.0f} events/s  "
            f"({wall:.1f} s wall incl. start-up; {report['read'] / report['seconds']:,.0f}/s inside)  "
            f"ratio {rate / ref:.2f}  "
            f"peak RSS {peak:.0f} MB   [target >= 100,000/s, < 500 MB]"
        )
        report2, wall2, _ = cli_ingest(tmpdir / "cli.db", csv)
        print(
            f"re-ingest of the same file: {report2['written']} new, {report2['unchanged']:,} unchanged, "
            f"{n / wall2:,.0f} events/s"
        )
        with Engine.open(tmpdir / "api.db") as engine:
            start = time.perf_counter()
            for chunk in synthetic_events(n, seed=7, chunk_size=200_000):
                engine.ingest_events(chunk)
            api = n / (time.perf_counter() - start)
        print(
            f"tailorkit Engine.ingest_events (DataFrames):     {api:>10,.0f} events/s  ratio {api / ref:.2f}"
        )

        print("\n## Loading data sets through the real loaders")
        for name, path in [
            ("demo", None),
            ("ml-100k", args.datasets_dir / "movielens-100k"),
            ("ml-latest-small", args.datasets_dir / "movielens-latest-small"),
        ]:
            if path is not None and not path.exists():
                print(f"{name}: skipped ({path} not found)")
                continue
            with Engine.open(tmpdir / f"{name}.db") as engine:
                start = time.perf_counter()
                rep = engine.load_dataset(name, path)
                secs = time.perf_counter() - start
                events = sum(p.written for p in rep.parts if p.target == "events")
            print(f"{name}: {secs:.2f} s ({events:,} events, {events / secs:,.0f} events/s)")


if __name__ == "__main__":
    main()
