"""The server emits no telemetry: FastAPI's built-in OpenTelemetry stays off even where the process has a
tracer provider (a host application's, or one built from the environment)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from opentelemetry import trace

from tailorkit import Engine, Settings
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat


class RecordingTracer(trace.NoOpTracer):
    def __init__(self, spans: list[str]) -> None:
        self.spans = spans

    def start_span(self, name: str, *args: Any, **kwargs: Any) -> trace.Span:
        self.spans.append(name)
        return super().start_span(name, *args, **kwargs)

    def start_as_current_span(self, name: str, *args: Any, **kwargs: Any) -> Any:
        self.spans.append(name)
        return super().start_as_current_span(name, *args, **kwargs)


class RecordingProvider(trace.TracerProvider):
    def __init__(self) -> None:
        self.spans: list[str] = []

    def get_tracer(self, *args: Any, **kwargs: Any) -> trace.Tracer:
        return RecordingTracer(self.spans)


def test_requests_leave_no_spans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    provider = RecordingProvider()
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    settings = Settings(data_dir=tmp_path)
    engine = Engine.open(tmp_path / "tk.db", settings)
    key = create_key(engine.store, "t", "app")
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))
    reply = client.get("/api/users/zoe", headers={"Authorization": f"Bearer {key}"})
    assert reply.status_code in (200, 404)
    assert client.get("/api/nowhere").status_code == 404
    engine.close()
    assert provider.spans == []
