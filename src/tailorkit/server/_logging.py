"""The server's access log without users in it: no user ids in paths, no query strings (a memory search
carries the user's words there). A process manager may keep these lines where an erase cannot reach."""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

__all__ = ["PrivateAccessLog", "access_log_config"]

_USER_SEGMENT = re.compile(r"(/users/)[^/]+")


class PrivateAccessLog(logging.Filter):
    """Rewrites uvicorn's access records: ``/api/users/ann/memories/search?q=...`` becomes
    ``/api/users/-/memories/search``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:  # client, method, path, HTTP version, status
            client, method, path, version, status = args
            path = _USER_SEGMENT.sub(r"\1-", str(path).split("?", 1)[0])
            record.args = (client, method, path, version, status)
        return True


def access_log_config() -> dict[str, Any]:
    """uvicorn's logging configuration with :class:`PrivateAccessLog` on the access handler."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["private"] = {"()": PrivateAccessLog}
    config["handlers"]["access"]["filters"] = ["private"]
    return config
