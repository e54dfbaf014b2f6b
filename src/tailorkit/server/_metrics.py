"""``/metrics`` in Prometheus' text format, and the middleware that counts and times every request by
its route's template (``/api/users/{user}/chat``, never the user's id)."""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from typing import Any

from fastapi import APIRouter, Response

from tailorkit.metrics import LATENCY, REQUESTS, multiprocess
from tailorkit.server._body import ASGIApp, Message, Receive, Send
from tailorkit.server._deps import Auth, Ctx

__all__ = ["RequestMetrics", "router"]

router = APIRouter()


class RequestMetrics:
    """ASGI middleware: each HTTP request counted by route template, method and status, and timed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            route = scope.get("route")
            # the route's template, or one word for paths no route knows (their text is the caller's)
            template = getattr(route, "path", None) or (
                "/mcp" if scope.get("path", "").startswith("/mcp") else "unmatched"
            )
            method = scope.get("method", "")
            REQUESTS.labels(template, method, str(status)).inc()
            LATENCY.labels(template, method).observe(time.perf_counter() - started)


@router.get("/metrics", include_in_schema=False)
def metrics(who: Auth, ctx: Ctx) -> Response:
    """The process's metrics (every worker's, with ``PROMETHEUS_MULTIPROC_DIR``) and the models the
    caller's tenant serves; an application key only."""
    from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
    from prometheus_client.core import GaugeMetricFamily
    from prometheus_client.multiprocess import MultiProcessCollector

    ctx.application_only(who, "read the server's metrics")
    registry: Any = REGISTRY
    if multiprocess():
        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    served = GaugeMetricFamily(
        "tailorkit_model_served_version",
        "The registry id of the model each algorithm serves (the newest registered) in this tenant",
        labels=["algorithm"],
    )
    newest: dict[str, int] = {}
    for record in ctx.store.scope(who.tenant).models.list():
        newest.setdefault(str(record["algorithm"]), int(record["id"]))
    for algorithm, model_id in sorted(newest.items()):
        served.add_metric([algorithm], model_id)
    text = generate_latest(registry) + generate_latest(_Once(served))
    return Response(text, media_type=CONTENT_TYPE_LATEST)


class _Once:
    """A registry-like holder of metric families made for one scrape."""

    def __init__(self, *families: Any) -> None:
        self.families = families

    def collect(self) -> Any:
        return iter(self.families)
