"""A tailorkit server in its own process for the benchmarks (uvicorn, one worker, the fake chat model):
the HTTP, storage and personalisation paths are what is measured, without the benchmark's own client
competing with the server for one interpreter's lock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tailorkit.testing import wait_answering

_SERVE = """
import json, sys
import uvicorn
from tailorkit import Engine, Settings
from tailorkit.server import create_app
from tailorkit.testing import FakeChat, HashEmbedder
folder, port, options = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
settings = Settings(data_dir=folder, **options["settings"])
engine = Engine.open(folder + "/tk.db", settings)
app = create_app(engine.store, settings, model=FakeChat())
if options["hash_embedder"]:
    app.state.engine_for(engine.tenant).memories._embedder = HashEmbedder()
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""


@contextmanager
def served(
    folder: str, *, settings: dict[str, Any] | None = None, hash_embedder: bool = True, port_offset: int = 0
) -> Iterator[str]:
    """Serve the store ``folder/tk.db`` while the block runs; yields the root URL once it answers.

    ``settings``: ``Settings`` fields beside ``data_dir`` (default: no rate limit); ``hash_embedder``: a
    hashing embedder instead of the bundled model (the load benchmarks measure writes, not embeddings).
    """
    port = 8700 + (os.getpid() + port_offset) % 200
    options = {
        "settings": settings or {"server": {"rate_per_minute": 10**9}},
        "hash_embedder": hash_embedder,
    }
    server = subprocess.Popen([sys.executable, "-c", _SERVE, folder, str(port), json.dumps(options)])
    base = f"http://127.0.0.1:{port}"
    try:
        wait_answering(f"{base}/health", server, "the benchmark's server")
        yield base
    finally:
        server.terminate()
        server.wait(30)
