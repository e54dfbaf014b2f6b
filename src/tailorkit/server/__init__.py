"""The HTTP server: REST resources, an OpenAI-compatible endpoint, API keys scoped to tenants."""

from tailorkit.server._app import WORKER_DATABASE, create_app, worker_app
from tailorkit.server._auth import Caller, create_key, list_keys, revoke_key, verify_key
from tailorkit.server._logging import access_log_config
from tailorkit.server._mcp import run_mcp

__all__ = [
    "WORKER_DATABASE",
    "Caller",
    "access_log_config",
    "create_app",
    "create_key",
    "list_keys",
    "revoke_key",
    "run_mcp",
    "verify_key",
    "worker_app",
]
