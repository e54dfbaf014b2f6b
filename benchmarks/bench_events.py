"""The event path over HTTP: batch ingest (JSON, NDJSON, gzipped NDJSON; 1,000-event batches) and
single-event POSTs (one connection, then 32 at once through a light client), against a server in its
own process (one uvicorn worker over SQLite).

Each event is new (its own key); afterwards the events in the store are counted and must equal the
events the server acknowledged as written (lossless). A first batch, timed apart, starts the tenant's
engine and creates the users and items the batches name: the rates are a running server's. A second
pass sends the first batches again and must write nothing (idempotent). Reference in the same run:
``GET /health`` requests/s from the same client (the HTTP stack alone), so the single-event rate reads
as a ratio of what the stack allows.

Usage: python benchmarks/bench_events.py [--batches 30] [--singles 4000] [--clients 32]
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from _load import load, request
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
    parser.add_argument("--singles", type=int, default=4000)
    parser.add_argument("--clients", type=int, default=32)
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
            # the first batch of the process starts the tenant's engine and creates the 1,000 users and
            # items every batch names: timed apart, so that the rates are those of a running server
            started = time.perf_counter()
            warm = http.post("/api/events", content=json.dumps(events("warm", 1000)).encode())
            warm.raise_for_status()
            acknowledged += warm.json()["written"]
            print(
                f"first batch (starts the tenant's engine, creates its 1,000 users and items): "
                f"{(time.perf_counter() - started) * 1000:,.0f} ms"
            )
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

            # single events through a light client (``_load``): one connection, then many at once
            host = base.split("//", 1)[1]
            kind = {"Content-Type": "application/json", **headers}
            singles = [
                request("POST", "/api/event", host, kind, json.dumps(e).encode())
                for e in events("single", args.singles)
            ]
            counts = {"written": 0, "failed": 0}

            def answer(status: int, body: bytes) -> None:
                if status == 200:
                    counts["written"] += json.loads(body)["written"]
                else:
                    counts["failed"] += 1

            half = args.singles // 2
            one = half / load(base, singles[:half], 1, answer)
            many = (args.singles - half) / load(base, singles[half:], args.clients, answer)
            health = [request("GET", "/health", host, {})] * 2000
            stack = len(health) / load(base, health, args.clients, lambda status, body: None)
            acknowledged += counts["written"]
            print(
                f"single-event POSTs: {one:,.0f}/s over one connection, {many:,.0f}/s over "
                f"{args.clients} (written together: group commit); GET /health over {args.clients} "
                f"(the HTTP stack alone) {stack:,.0f}/s: singles at {many / stack:.2f}x of it; "
                f"failed {counts['failed']}"
            )
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            stored = engine.stats().events
    print(f"acknowledged {acknowledged:,}; stored {stored:,}; lost {acknowledged - stored:,}")


if __name__ == "__main__":
    main()
