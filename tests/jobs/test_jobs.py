"""Background jobs: submitted once per key, retried with a doubling delay and then failed for good, and
run to the end by another worker when the one running it is killed (nothing doubled)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tailorkit import Engine, Settings
from tailorkit.jobs import KINDS, JobService, RetryError


def events(n: int = 600) -> list[dict[str, object]]:
    return [{"user": f"u{i % 40}", "kind": "view", "item": f"i{(i * 7) % 60}"} for i in range(n)]


def test_a_key_makes_one_job_and_a_failing_one_is_retried_then_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(data_dir=tmp_path, jobs={"queue": "immediate", "max_attempts": 3, "retry_delay_s": 2})
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        service = JobService(engine)
        first = service.submit("rebuild", key="nightly", waiting_only=True)
        assert first["state"] == "done"  # run as submitted
        again = service.submit("rebuild", key="nightly", waiting_only=True)
        assert again["id"] != first["id"]  # the first is done: a new one
        # bad input (nothing to train on) fails at once: no attempt would go better
        job_id, _ = engine.store.scope(engine.tenant).jobs.create("train", {"algorithm": "ease"})
        assert service.run(job_id) == "failed"
        failed = service.get(job_id)
        assert failed["attempts"] == 1 and "no events" in failed["error"]

        # a fault that may pass (the disk, the network): queued again twice, 2 s then 4 s later
        def flaky(*_: object) -> dict[str, object]:
            raise OSError("disk full")

        monkeypatch.setitem(KINDS, "rebuild", flaky)
        job_id, _ = engine.store.scope(engine.tenant).jobs.create("rebuild", {})
        delays = []
        for _ in range(2):
            with pytest.raises(RetryError) as retry:
                service.run(job_id)
            delays.append(retry.value.delay)
            assert service.get(job_id)["state"] == "queued"
        assert delays == [2.0, 4.0]
        assert service.run(job_id) == "failed"
        failed = service.get(job_id)
        assert failed["attempts"] == 3 and "disk full" in failed["error"]
        assert service.run(job_id) == "skipped"  # failed for good is not taken again
        with pytest.raises(Exception, match="unknown job kind"):
            service.submit("mine bitcoin")


def kill_mid_job(
    tmp_path: Path, service: JobService, job_id: int, started: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """Run job ``job_id`` in a ``tailorkit worker``, kill -9 it once ``started(job row)`` holds, and run
    a second worker once the first's heartbeat is stale; the job's row at the end."""
    env = {**os.environ, "TAILORKIT_DATA_DIR": str(tmp_path), "TAILORKIT_JOBS__STALE_AFTER_S": "2"}
    worker = [sys.executable, "-m", "tailorkit", "--db", str(tmp_path / "tk.db"), "-q", "worker"]
    first = subprocess.Popen(worker, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(1200):
            if started(service.get(job_id)):
                break
            time.sleep(0.05)
        assert started(service.get(job_id))
        os.kill(first.pid, signal.SIGKILL)
        first.wait(30)
        left = service.get(job_id)
        assert left["state"] == "running" and left["progress"] < 1, left  # what the dead worker left
        time.sleep(2.5)  # its heartbeat is now stale
        second = subprocess.Popen(worker, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(3000):
                if service.get(job_id)["state"] in ("done", "failed"):
                    break
                time.sleep(0.1)
        finally:
            second.terminate()
            second.wait(60)
    finally:
        if first.poll() is None:
            first.kill()
    return service.get(job_id)


def test_a_job_whose_worker_is_killed_is_finished_by_another_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, jobs={"stale_after_s": 2})
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        engine.ingest_events(events())
        service = JobService(engine)
        job = service.submit("train", {"algorithm": "autorec", "params": {"epochs": 600}})
        began: list[float] = []

        def well_into_fitting(row: dict[str, Any]) -> bool:
            if row["state"] == "running" and not began:
                began.append(time.monotonic())
            return bool(began) and time.monotonic() - began[0] > 1.0

        done = kill_mid_job(tmp_path, service, job["id"], well_into_fitting)
        assert done["state"] == "done" and done["attempts"] == 2, done
        models = engine.store.scope(engine.tenant).models.list("autorec")
        assert [m["id"] for m in models] == [done["result"]["model"]]  # one model, not two


def test_an_import_whose_worker_is_killed_is_finished_by_another_each_message_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, jobs={"stale_after_s": 2})
    hobbies = ("chess", "rowing", "pottery", "salsa", "birding", "climbing", "baking", "origami")
    messages = [
        {
            "role": "user",
            "content": f"On day {n} of my diary I spent an hour on {hobbies[n % 8]} with friend {n}",
        }
        for n in range(400)
    ]
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        service = JobService(engine)
        job = service.submit("import", {"user": "diarist", "messages": messages})
        # killed once some batches are in, and not all
        done = kill_mid_job(tmp_path, service, job["id"], lambda row: 0 < row["progress"] < 0.5)
        assert done["state"] == "done" and done["attempts"] == 2, done
        result = done["result"]
        assert result["already_imported"] > 0  # what the killed worker committed was kept, not redone
        assert result["remembered"] + result["already_imported"] == 400
        said = engine.events("diarist")
        assert len(said) == 400 and said["text"].nunique() == 400  # each message once
        texts = [m.text for m in engine.memories.list("diarist", limit=None)]
        assert len(texts) == len(set(texts))


def test_scheduled_retraining_is_due_on_its_minute_and_a_bad_cron_is_refused() -> None:
    from datetime import UTC, datetime

    from pydantic import ValidationError

    from tailorkit.jobs import due

    schedule = {"ease": "0 3 * * *", "als": "*/15 * * * 1"}  # 03:00 daily; every 15 min on Mondays
    assert due(schedule, datetime(2026, 12, 1, 3, 0, tzinfo=UTC)) == ["ease"]  # a Tuesday
    assert due(schedule, datetime(2026, 11, 30, 3, 0, tzinfo=UTC)) == ["ease", "als"]  # a Monday
    assert due(schedule, datetime(2026, 12, 1, 3, 1, tzinfo=UTC)) == []
    with pytest.raises(ValidationError, match="five fields"):
        Settings(jobs={"schedule": {"ease": "nightly"}})
