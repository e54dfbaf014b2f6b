"""A killed ingest leaves a sound store, and a re-run ends with exactly the right events."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tailorkit import Engine

N = 300_000


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_gives_exact_count(tmp_path: Path, rng: np.random.Generator) -> None:
    csv = tmp_path / "events.csv"
    pd.DataFrame(
        {
            "user": rng.integers(0, 2_000, N),
            "item": rng.integers(0, 5_000, N),
            "value": rng.integers(1, 6, N),
            "timestamp": 1_600_000_000 + np.arange(N),  # distinct: every row is its own event
        }
    ).to_csv(csv, index=False)
    db = tmp_path / "crash.db"
    env = {**os.environ, "TAILORKIT_INGEST__BATCH_SIZE": "5000", "TAILORKIT_DATA_DIR": str(tmp_path)}
    cmd = [
        sys.executable,
        "-m",
        "tailorkit",
        "-q",
        "--db",
        str(db),
        "ingest",
        "events",
        str(csv),
        "--kind",
        "rate",
    ]
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
    seen = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
                        seen = conn.execute("SELECT count(*) FROM events").fetchone()[0]
                except sqlite3.OperationalError:
                    seen = 0  # schema not there yet, or locked for a moment
            if seen > 0:
                break
            time.sleep(0.01)
        assert proc.poll() is None, f"ingest ended before it could be killed: {log.read_text()!r}"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with Engine.open(db) as engine:
        assert engine.store.integrity_check() == "ok"
        partial = engine.stats().events
        assert 0 < partial < N
        assert partial % 5000 == 0  # whole batches only: each batch is one transaction
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Engine.open(db) as engine:
        assert engine.stats().events == N
        assert engine.store.integrity_check() == "ok"
