"""A tailorkit server in its own process for the load benchmarks (uvicorn, one worker, the fake chat
model and a hashing embedder: the HTTP and storage paths are what is measured)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

_SERVE = """
import sys
import uvicorn
from tailorkit import Engine, Settings
from tailorkit.server import create_app
from tailorkit.testing import FakeChat, HashEmbedder
folder, port = sys.argv[1], int(sys.argv[2])
settings = Settings(data_dir=folder, server={"rate_per_minute": 10**9})
engine = Engine.open(folder + "/tk.db", settings)
app = create_app(engine.store, settings, model=FakeChat())
app.state.engine_for(engine.tenant).memories._embedder = HashEmbedder()
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""


@contextmanager
def served(folder: str) -> Iterator[str]:
    """Serve the store ``folder/tk.db`` while the block runs; yields the root URL once it answers."""
    port = 8700 + os.getpid() % 200
    server = subprocess.Popen([sys.executable, "-c", _SERVE, folder, str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(30)


def wait_up(base: str, server: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    """Return once ``base/health`` answers; raise if ``server`` exits or ``timeout_s`` passes first."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the server did not start") from None
            time.sleep(0.3)
