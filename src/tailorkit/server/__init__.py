"""The HTTP server: REST resources, an OpenAI-compatible endpoint, API keys scoped to tenants."""

from tailorkit.server._app import create_app
from tailorkit.server._auth import Caller, create_key, revoke_key, verify_key

__all__ = ["Caller", "create_app", "create_key", "revoke_key", "verify_key"]
