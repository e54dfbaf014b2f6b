"""Server load: 50 concurrent clients post events and chat for 60 s on loopback (the fake chat model).

The server runs in its own process (uvicorn, one worker) over a fresh SQLite store with a trained
recommender. Each client loops: post a batch of 5 events (unique keys), then ask a question. Afterwards
the events in the store are counted and must equal the events the clients were told were written.
Reference in the same run: ``GET /health`` latency under the same load (the cost of the HTTP stack alone).

Usage: python benchmarks/bench_server.py [--clients 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

import httpx
import numpy as np

from _serve import served
from tailorkit import Engine, Settings
from tailorkit.server import create_key


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    print(f"## Server load: {args.clients} clients, {args.seconds:.0f} s, events + chat (fake model)")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            engine.ingest_items([{"item": str(i), "title": f"Film {i}"} for i in range(1, 101)])
            engine.ingest_events(
                [{"user": str(u), "item": str(1 + (u * 7 + k) % 100), "kind": "rate", "value": 4}
                 for u in range(200) for k in range(5)]
            )  # fmt: skip
            engine.train("itemknn")
            key = create_key(engine.store, engine.tenant, "bench")
            before = engine.stats().events
        with served(tmp) as base:
            headers = {"Authorization": f"Bearer {key}"}
            written, errors, chats = [0] * args.clients, [0] * args.clients, [0] * args.clients
            latencies: dict[str, list[float]] = {"events": [], "chat": [], "health": []}
            lock = threading.Lock()
            stop = time.monotonic() + args.seconds

            def client(n: int) -> None:
                with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
                    k = 0
                    while time.monotonic() < stop:
                        user = str(n * 1000 + k % 50)
                        events = [
                            {
                                "user": user,
                                "item": str(1 + (k + j) % 100),
                                "kind": "view",
                                "key": f"{n}-{k}-{j}",
                            }
                            for j in range(5)
                        ]
                        calls = (
                            ("events", "POST", "/api/events", {"events": events}),
                            ("chat", "POST", f"/api/users/{user}/chat", {"message": f"recommend {k}"}),
                            ("health", "GET", "/health", None),
                        )
                        for name, method, path, body in calls:
                            t0 = time.perf_counter()
                            try:
                                r = http.request(method, path, json=body)
                                ok = r.status_code == 200
                            except httpx.HTTPError:
                                ok = False
                            took = time.perf_counter() - t0
                            with lock:
                                latencies[name].append(took)
                            if not ok:
                                errors[n] += 1
                            elif name == "events":
                                written[n] += r.json()["written"]
                            elif name == "chat":
                                chats[n] += 1
                        k += 1

            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            stored = engine.stats().events - before
    sent = sum(written)
    memory_and_message_events = sum(chats)  # each answered chat logs the user's message as an event
    print(f"requests: {sum(len(v) for v in latencies.values()):,}; errors: {sum(errors)}")
    print(
        f"events acknowledged {sent:,} (+{memory_and_message_events:,} chat messages logged as events); "
        f"stored {stored:,}; lost {sent + memory_and_message_events - stored:,}"
    )
    for name, values in latencies.items():
        a = np.asarray(values) * 1000
        p50, p95 = np.percentile(a, 50), np.percentile(a, 95)
        print(f"{name}: p50 {p50:.0f} ms, p95 {p95:.0f} ms ({len(a):,} requests)")


if __name__ == "__main__":
    main()
