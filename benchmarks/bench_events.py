"""The event path over HTTP: batch ingest (JSON, NDJSON, gzipped NDJSON; 1,000-event batches) and
single-event POSTs, against a server in its own process (one uvicorn worker over SQLite).

Each event is new (its own key); afterwards the events in the store are counted and must equal the
events the server acknowledged as written (lossless). A second pass sends the first batches again and
must write nothing (idempotent). Reference in the same run: ``GET /health`` requests/s from the same
client (the HTTP stack alone), so the single-event rate reads as a ratio of what the stack allows.

Usage: python benchmarks/bench_events.py [--batches 30] [--singles 1000] [--clients 4]
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from _serve import served
from tailorkit import Engine, Settings
from tailorkit.server import create_key


def events(tag: str, n: int) -> list[dict[str, Any]]:
    return [
        {
            "user": f"u{i % 5000}",
            "kind": ("view", "click", "purchase", "rate")[i % 4],
            "item": f"i{(i * 7) % 20000}",
            "value": 1 + i % 5,
            "timestamp": 1_750_000_000 + i,
            "key": f"{tag}-{i}",
        }
        for i in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--singles", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    print("## Event path over HTTP (one worker, SQLite)")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            key = create_key(engine.store, engine.tenant, "bench")
        headers = {"Authorization": f"Bearer {key}"}
        acknowledged = 0
        with served(tmp) as base, httpx.Client(base_url=base, headers=headers, timeout=120) as http:
            # bodies made before the clock starts: the client's own encoding is not the server's cost
            forms = {
                "JSON": ({"Content-Type": "application/json"}, lambda b: json.dumps(b).encode()),
                "NDJSON": (
                    {"Content-Type": "application/x-ndjson"},
                    lambda b: "\n".join(json.dumps(e) for e in b).encode(),
                ),
                "NDJSON, gzip": (
                    {"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"},
                    lambda b: gzip.compress("\n".join(json.dumps(e) for e in b).encode(), 1),
                ),
            }
            first: tuple[dict[str, str], bytes] | None = None
            for name, (kind, encode) in forms.items():
                bodies = [encode(events(f"{name}-{n}", 1000)) for n in range(args.batches)]
                first = first or (kind, bodies[0])
                started = time.perf_counter()
                for body in bodies:
                    r = http.post("/api/events", content=body, headers=kind)
                    r.raise_for_status()
                    acknowledged += r.json()["written"]
                took = time.perf_counter() - started
                print(
                    f"batch ingest, {name}: {args.batches * 1000 / took:,.0f} events/s "
                    f"({args.batches} batches of 1,000; {len(bodies[0]) / 1024:,.0f} KiB a batch)"
                )
            assert first is not None
            again = http.post("/api/events", content=first[1], headers=first[0]).json()
            print(f"the first batch sent again: written {again['written']}, unchanged {again['unchanged']}")

            singles = [json.dumps(e).encode() for e in events("single", args.singles)]
            kind = {"Content-Type": "application/json"}
            started = time.perf_counter()
            for body in singles[: args.singles // 2]:
                r = http.post("/api/event", content=body, headers=kind)
                r.raise_for_status()
                acknowledged += r.json()["written"]
            one = (args.singles // 2) / (time.perf_counter() - started)
            counts = [0] * args.clients

            def client(n: int) -> None:
                with httpx.Client(base_url=base, headers=headers, timeout=120) as own:
                    for body in singles[args.singles // 2 + n :: args.clients]:
                        r = own.post("/api/event", content=body, headers=kind)
                        r.raise_for_status()
                        counts[n] += r.json()["written"]

            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            started = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            many = (args.singles - args.singles // 2) / (time.perf_counter() - started)
            acknowledged += sum(counts)
            started = time.perf_counter()
            for _ in range(500):
                http.get("/health").raise_for_status()
            health = 500 / (time.perf_counter() - started)
            print(
                f"single-event POSTs: {one:,.0f}/s from one client, {many:,.0f}/s from {args.clients}; "
                f"GET /health (the HTTP stack alone) {health:,.0f}/s: singles at "
                f"{one / health:.2f}x of it"
            )
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            stored = engine.stats().events
    print(f"acknowledged {acknowledged:,}; stored {stored:,}; lost {acknowledged - stored:,}")


if __name__ == "__main__":
    main()
