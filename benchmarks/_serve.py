"""A tailorkit server in its own process for the load benchmarks (uvicorn, one worker, the fake chat
model and a hashing embedder: the HTTP and storage paths are what is measured)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from tailorkit.testing import wait_answering

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
        wait_answering(f"{base}/health", server, "the benchmark's server")
        yield base
    finally:
        server.terminate()
        server.wait(30)
