"""What every router shares: the server's context (store, settings, chat model, an engine per tenant,
the rate limiter) and the dependencies that turn a request's credentials into a ``Caller``.

The key decides the tenant; nothing in a request can choose another. An end-user key reaches only its
own user: any other user id answers 404, exactly like a user that does not exist, so ids cannot be
probed.
"""

import hashlib
import threading
import time
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool as run_sync

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.errors import ApiError, ConfigError
from tailorkit.llm import ChatModel
from tailorkit.privacy import audit
from tailorkit.server._auth import Caller, verify_key
from tailorkit.server._group import GroupCommit
from tailorkit.store import Store, external_id

__all__ = ["Auth", "Context", "Ctx", "Limiter", "caller", "context"]


def _swept_memory() -> Any:
    """``limits``' in-memory storage, its expired entries swept at most once a second.

    The library sweeps with a 10 ms ``threading.Timer`` and starts a new one on the first hit after the
    last has fired. Starting a thread waits until the new thread runs, so at hundreds of requests a
    second the event loop stalled on thread starts (a tenth of the single-event route's time). The
    counts and the moving window are the library's; only how often the sweep starts differs.
    """
    from limits.storage import MemoryStorage

    class SweptMemory(MemoryStorage):
        swept = 0.0

        def _MemoryStorage__schedule_expiry(self) -> None:  # noqa: N802  # the base class's private hook
            now = time.monotonic()
            if now - self.swept >= 1.0:
                self.swept = now
                super()._MemoryStorage__schedule_expiry()  # type: ignore[misc]

    return SweptMemory()


class Limiter:
    """At most ``rate`` requests per key (or the key's own limit) in any 60 seconds (a moving window),
    counted in ``limits`` storage: this process's memory, or a store shared by several workers."""

    def __init__(self, rate: int, storage_uri: str = "memory://") -> None:
        from limits import storage, strategies

        self.rate = rate
        self.local = storage_uri.startswith("memory://")
        """Whether the counts are in this process (a hit costs microseconds; else a round trip)."""
        try:
            counts = _swept_memory() if self.local else storage.storage_from_string(storage_uri)
        except Exception as exc:  # limits' ConfigurationError, or the backend's driver missing
            raise ConfigError(f"setting 'server.rate_limit_storage' ({storage_uri!r}): {exc}") from None
        self._limiter = strategies.MovingWindowRateLimiter(counts)

    def allow(self, key_id: int, rate: int | None = None) -> bool:
        from limits import RateLimitItemPerMinute

        return bool(self._limiter.hit(RateLimitItemPerMinute(rate or self.rate), "api-key", str(key_id)))


class Context:
    """The server's shared state, one per app (``app.state.ctx``).

    Args:
        store: the database.
        settings: the server's settings; each tenant's engine gets a copy naming its tenant.
        model: the chat model (default: the configured backend, loaded on first use and shared).
    """

    def __init__(self, store: Store, settings: Settings, model: ChatModel | None = None) -> None:
        self.store, self.settings, self._model = store, settings, model
        self.limiter = Limiter(settings.server.rate_per_minute, settings.server.rate_limit_storage)
        self._engines: dict[str, Engine] = {}
        self._groups: dict[str, GroupCommit] = {}
        self._keys: dict[str, tuple[float, Caller]] = {}
        self._lock = threading.Lock()
        self._upstreams: dict[str, Any] = {}

    def chat_model(self) -> ChatModel:
        with self._lock:
            if self._model is None:
                from tailorkit.llm import chat_model as build

                self._model = build(self.settings.llm)
            return self._model

    def keep_why(self, tenant: str, user: str | None, why: dict[str, Any], *, key: str | None = None) -> str:
        """Keep an answer's why report for ``GET /api/why/{id}`` in the store (any worker shows it, for
        ``server.why_keep_s``; an erase takes the user's); its id (``key`` replaces a report kept before)."""
        import secrets

        key = key or f"why_{secrets.token_hex(12)}"
        self.store.scope(tenant).whys.keep(key, user, why, self.settings.server.why_keep_s)
        return key

    def why(self, who: Caller, key: str) -> dict[str, Any]:
        """A kept why report the caller may read: its tenant's, and for an end-user token its user's."""
        found = self.store.scope(who.tenant).whys.get(key, who.user, self.settings.server.why_keep_s)
        if found is None:
            raise ApiError(404, "not_found", "no such why report (kept for a while after each answer)")
        return found

    def close(self) -> None:
        """Close the upstream model servers' connections (the app's shutdown)."""
        with self._lock:
            for client in self._upstreams.values():
                client.close()
            self._upstreams.clear()

    def upstream(self, name: str | None) -> tuple[Any, str] | None:
        """The HTTP client of the upstream model server ``name`` (``llm.upstreams``; kept, so its
        connections are reused) and the model name to send it; None when ``name`` is not one."""
        config = self.settings.llm.upstreams.get(name or "")
        if config is None or name is None:
            return None
        with self._lock:
            if name not in self._upstreams:
                import httpx

                headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
                self._upstreams[name] = httpx.Client(
                    base_url=config.base_url.rstrip("/"), headers=headers, timeout=config.timeout_s
                )
            return self._upstreams[name], config.model or name

    def engine_for(self, tenant: str) -> Engine:
        with self._lock:
            if tenant not in self._engines:
                tenant_settings = self.settings.model_copy(update={"tenant": tenant}, deep=True)
                self._engines[tenant] = Engine(self.store, tenant_settings)
            engine = self._engines[tenant]
        if engine._chat_model is None:
            engine.chat_model = self.chat_model()
        return engine

    def trusted_key(self, key: str) -> Caller | None:
        """The application key's caller if this process checked it less than ``key_cache_s`` ago."""
        seen = self._keys.get(hashlib.sha256(key.encode()).hexdigest())
        if seen is None or time.monotonic() - seen[0] > self.settings.server.key_cache_s:
            return None
        return seen[1]

    def trust_key(self, key: str, who: Caller) -> None:
        """Remember a checked application key (end-user tokens are never kept: see ``key_cache_s``)."""
        if who.user is None and self.settings.server.key_cache_s > 0:
            if len(self._keys) > 10_000:
                self._keys.clear()
            self._keys[hashlib.sha256(key.encode()).hexdigest()] = (time.monotonic(), who)

    def event_group(self, tenant: str) -> GroupCommit:
        """The tenant's group commit for live events (``tailorkit.server._group``)."""
        with self._lock:
            if tenant not in self._groups:

                def write(records: list[Any]) -> list[bool]:
                    report = self.engine_for(tenant).ingest_events(
                        records, update_profiles=True, source_name="api"
                    )
                    return report.new or []

                self._groups[tenant] = GroupCommit(write, self.settings.server.max_batch)
            return self._groups[tenant]

    def for_user(self, who: Caller, user: str, action: str) -> Engine:
        """The caller's engine, once the caller may act on ``user``; the access goes to the audit log.

        ``user`` is compared in the store's normal form (``external_id``), the form every route and
        file load writes: one id is one user whichever route names it.
        """
        clean = external_id(user, "user")
        if who.user is not None and who.user != clean:
            raise ApiError(404, "not_found", f"no user {user[:80]!r}")  # the same answer as a missing user
        audit(self.store, who.tenant, f"key:{who.key_id}", action, clean)
        return self.engine_for(who.tenant)

    def catalogue_only(self, who: Caller, items: list[str]) -> None:
        """An end-user token names only items of the catalogue: the catalogue is the application's
        (an item made up by a user would outlive their erase, in the table and in trained models)."""
        if who.user is None or not items:
            return
        wanted = {external_id(i, "item") for i in items}
        unknown = sorted(wanted - self.store.scope(who.tenant).items.titles(wanted).keys())
        if unknown:
            raise ApiError(404, "not_found", f"no item {unknown[0][:80]!r} in the catalogue")

    @staticmethod
    def application_only(who: Caller, doing: str) -> None:
        """Refuse what only an application key may do to an end-user token."""
        if who.user is not None:
            raise ApiError(403, "forbidden", f"an end-user token cannot {doing}")

    def application_batch(self, who: Caller, records: list[Any], what: str) -> Engine:
        """The engine for a batch of ``what`` only an application key may write, within the size limit."""
        self.application_only(who, f"write {what}")
        most = self.settings.server.max_batch
        if len(records) > most:
            raise ApiError(413, "too_large", f"at most {most} records per request")
        return self.engine_for(who.tenant)


async def context(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


Ctx = Annotated[Context, Depends(context)]

# FastAPI's security helpers parse the credentials and declare both schemes in the OpenAPI document
_bearer = HTTPBearer(auto_error=False, description="an API key: `Authorization: Bearer tk_...`")
_header_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="the same key, as a header")


async def caller(
    ctx: Ctx,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    x_api_key: Annotated[str | None, Depends(_header_key)],
) -> Caller:
    """Who is calling, from the request's API key; 401 without a valid one, 429 over its rate."""
    key = x_api_key or (credentials.credentials if credentials else None)
    if not key:
        raise ApiError(401, "unauthenticated", "send an API key: 'Authorization: Bearer tk_...'")
    who = ctx.trusted_key(key)
    if who is None:
        who = await run_sync(verify_key, ctx.store, key)
        if who is None:
            raise ApiError(401, "unauthenticated", "unknown or revoked API key")
        ctx.trust_key(key, who)
    limiter = ctx.limiter
    allowed = (
        limiter.allow(who.key_id, who.rate_per_minute)
        if limiter.local
        else await run_sync(limiter.allow, who.key_id, who.rate_per_minute)
    )
    if not allowed:
        rate = who.rate_per_minute or ctx.settings.server.rate_per_minute
        raise ApiError(429, "rate_limited", f"more than {rate} requests a minute for this key")
    return who


Auth = Annotated[Caller, Depends(caller)]
