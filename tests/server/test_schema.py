"""Schemathesis against the app's own OpenAPI document: whatever it sends, no 5xx answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tailorkit import Engine, Settings
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat, HashEmbedder

KEY: dict[str, str] = {}


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx: Any, value: Any) -> bytes:
    """An NDJSON body (the event batch route documents it as a string): its text as it is."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else b""


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp: Path = tmp_path_factory.mktemp("schema")
    config = Settings(data_dir=tmp, server={"rate_per_minute": 1_000_000})
    engine = Engine.open(tmp / "tk.db", config)
    engine.ingest_items([{"item": str(i), "title": f"Film {i}"} for i in range(1, 5)])
    engine.ingest_events([{"user": "1", "item": "1", "kind": "rate", "value": 4}])
    engine.train("popularity")
    KEY["key"] = create_key(engine.store, engine.tenant, "schemathesis")
    app = create_app(engine.store, config, model=FakeChat())
    # A fast embedder: the model is not what is under test here.
    app.state.engine_for(engine.tenant).memories._embedder = HashEmbedder()
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    engine.close()


def test_no_server_errors(api_schema: Any) -> None:
    """Every operation of the OpenAPI document, 25 generated requests each, with a valid key."""
    auth = {"Authorization": f"Bearer {KEY['key']}"}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            response = case.call(headers=auth)
            if response.status_code >= 500:
                where = f"{case.method} {case.formatted_path}"
                failures.append(f"{where}: {response.status_code} {response.text[:200]}")

        run()
    assert failures == []
