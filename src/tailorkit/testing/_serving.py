"""Servers on loopback for tests and benchmarks: an ASGI app under uvicorn in a thread, and llama.cpp's
own OpenAI-compatible server in a process."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["llama_cpp_server", "serving", "wait_answering"]


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve ``app`` on a free loopback port while the block runs; yields its root URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


_SERVER = (
    "import runpy; from tailorkit.llm import plain_weights_on_amx; plain_weights_on_amx(); "
    "runpy.run_module('llama_cpp.server', run_name='__main__')"
)
"""``python -m llama_cpp.server``, with the weights in plain memory on a CPU with AMX (see llm/_llamacpp)."""


@contextmanager
def llama_cpp_server(log_file: Path, *args: str, timeout_s: float = 90) -> Iterator[str]:
    """llama.cpp's server (``llama_cpp.server``) with the bundled model and ``args`` on a free
    loopback port, logging to ``log_file``; yields its API root (``.../v1``) once it answers."""
    import socket

    from tailorkit.llm import bundled_chat_model

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    with log_file.open("wb") as log:  # a pipe would fill up and stall it
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, "--model", str(bundled_chat_model()),
             "--host", "127.0.0.1", "--port", str(port), *args],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}/v1"
        try:
            wait_answering(f"{url}/models", proc, f"llama_cpp.server (see {log_file})", timeout_s)
            yield url
        finally:
            proc.terminate()
            proc.wait(10)


def wait_answering(url: str, process: subprocess.Popen[Any], what: str, timeout_s: float = 120) -> None:
    """Return once ``GET url`` answers 200; ``RuntimeError`` naming ``what`` if ``process`` exits or
    ``timeout_s`` passes first (a server started in its own process, coming up)."""
    import httpx

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.3)
