"""The process's metrics in Prometheus' model (``prometheus_client``), which the server exports at
``/metrics``: requests by route template, method and status; latency by route; events written; memory
and passage search latency. No label carries a user id, a tenant's data or words a user wrote.

Several worker processes: point ``PROMETHEUS_MULTIPROC_DIR`` at an empty folder before they start (as
``tailorkit serve --workers`` does); each worker then writes its counts there and ``/metrics``, in any
worker, sums them all.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

__all__ = ["EVENTS", "LATENCY", "REQUESTS", "SEARCH", "multiprocess", "timed"]

_FAST = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)

REQUESTS = Counter("tailorkit_requests", "HTTP requests answered", ["route", "method", "status"])
LATENCY = Histogram(
    "tailorkit_request_seconds",
    "Time to answer an HTTP request (to its last byte), by route template",
    ["route", "method"],
    buckets=(*_FAST, 5.0, 10.0, 30.0),
)
EVENTS = Counter(
    "tailorkit_events_ingested", "Events written to the store (new ones; duplicates not counted)"
)
SEARCH = Histogram(
    "tailorkit_search_seconds", "Time of one search, by what was searched", ["index"], buckets=_FAST
)


def multiprocess() -> bool:
    """Whether metrics are shared between worker processes (``PROMETHEUS_MULTIPROC_DIR`` set)."""
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


@contextmanager
def timed(index: str) -> Iterator[None]:
    """Observe the block's duration in ``SEARCH`` under ``index`` (``memories``, ``passages``)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        SEARCH.labels(index).observe(time.perf_counter() - started)
