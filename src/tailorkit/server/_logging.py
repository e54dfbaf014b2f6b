"""The server's access log without users in it: no user ids in paths, no query strings (a memory search
carries the user's words there). A process manager may keep these lines where an erase cannot reach."""

from __future__ import annotations

import copy
import json
import logging
import re
import time
from typing import Any

__all__ = ["JsonLines", "PrivateAccessLog", "access_log_config"]

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


class JsonLines(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message; an access line also its method,
    path (users and query already taken out by :class:`PrivateAccessLog`) and status."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{record.msecs:03.0f}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            _, method, path, _, status = args
            line |= {"method": method, "path": path, "status": status}
        line["message"] = record.getMessage()
        if record.exc_info and record.levelno >= logging.ERROR:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def access_log_config(json_lines: bool = False) -> dict[str, Any]:
    """uvicorn's logging configuration with :class:`PrivateAccessLog` on the access handler; with
    ``json_lines``, every line as :class:`JsonLines`."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["private"] = {"()": PrivateAccessLog}
    config["handlers"]["access"]["filters"] = ["private"]
    if json_lines:
        config["formatters"] = {name: {"()": JsonLines} for name in config["formatters"]}
    return config
