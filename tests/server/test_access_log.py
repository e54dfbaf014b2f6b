"""``tailorkit serve``'s access log names no user and carries no query text."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import free_port


def test_the_served_access_log_keeps_no_user_ids_or_queries(tmp_path: Path) -> None:
    env = {**os.environ, "TAILORKIT_DATA_DIR": str(tmp_path)}
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
        for _ in range(100):  # until the server is up
            try:
                with urllib.request.urlopen(request, timeout=5) as reply:
                    assert b"peanut" in reply.read()  # the answer itself has the memory
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("the server did not start")
    finally:
        server.terminate()
        log, _ = server.communicate(timeout=30)
    assert '"GET /api/users/-/memories/search HTTP/1.1" 200' in log
    assert "zoe" not in log and "peanut" not in log
