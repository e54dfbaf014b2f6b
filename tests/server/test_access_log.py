"""``tailorkit serve``'s access log names no user and carries no query text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port


@pytest.mark.parametrize("form", ["text", "json"])
def test_the_served_access_log_keeps_no_user_ids_or_queries(tmp_path: Path, form: str) -> None:
    env = {**os.environ, "TAILORKIT_DATA_DIR": str(tmp_path), "TAILORKIT_SERVER__LOG_FORMAT": form}
    cli = [sys.executable, "-m", "tailorkit", "--db", str(tmp_path / "tk.db")]
    subprocess.run([*cli, "memory", "add", "zoe", "I am allergic to peanuts"], env=env, check=True)
    key = subprocess.run([*cli, "keys", "create", "t"], env=env, check=True, capture_output=True, text=True)
    port = free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/api/users/zoe/memories/search?q=peanut%20allergy"
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key.stdout.strip()}"})
        # until the server is up: on a loaded machine its imports and the first search's model load take a
        # while (20 s was not always enough), so wait for as long as it runs, up to two minutes
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(request, timeout=30) as reply:
                    assert b"peanut" in reply.read()  # the answer itself has the memory
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("the server did not start") from None
                time.sleep(0.2)
    finally:
        server.terminate()
        log, _ = server.communicate(timeout=30)
    if form == "text":
        assert '"GET /api/users/-/memories/search HTTP/1.1" 200' in log
    else:  # one JSON object a line, uvicorn's own lines too
        lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
        access = [x for x in lines if x["logger"] == "uvicorn.access"]
        assert access and access[0]["path"] == "/api/users/-/memories/search" and access[0]["status"] == 200
        assert any(x["logger"] == "uvicorn.error" for x in lines)
    assert "zoe" not in log and "peanut" not in log
