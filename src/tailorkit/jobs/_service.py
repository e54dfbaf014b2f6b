"""Submitting jobs, running them, and the huey queue that carries their ids to job workers."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tailorkit.config import JobSettings, Settings
from tailorkit.engine import Engine
from tailorkit.errors import InputError, NotFoundError
from tailorkit.store import Jobs, Store, stalled_jobs

__all__ = [
    "KINDS",
    "JobService",
    "RetryError",
    "consumer",
    "due",
    "queue",
    "recover",
    "run_worker",
    "runs_in_server",
]

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


Runner = Callable[[Engine, dict[str, Any], int, Callable[[float, str], None]], dict[str, Any]]
"""(engine, params, job id, progress(share done, note)) -> the job's result."""


def _train(
    engine: Engine, params: dict[str, Any], job_id: int, progress: Callable[[float, str], None]
) -> dict[str, Any]:
    from tailorkit.recommend import DEFAULT_KINDS

    # a re-run of a job whose worker died after registering its model: that model is the job's result
    for record in engine.store.scope(engine.tenant).models.list(params.get("algorithm")):
        if (record["snapshot"] or {}).get("job") == job_id:
            return {"model": record["id"], "reused": True}
    kinds = tuple(params.get("kinds") or DEFAULT_KINDS)
    record = engine.recommender.train(
        params.get("algorithm", "ease"), kinds=kinds, job=job_id, **(params.get("params") or {})
    )
    return {"model": record["id"], "algorithm": record["algorithm"], "fit_seconds": record["fit_seconds"]}


def _rebuild(
    engine: Engine, params: dict[str, Any], job_id: int, progress: Callable[[float, str], None]
) -> dict[str, Any]:
    return {"events_folded": engine.profiles.rebuild(params.get("users"))}


def _refit(
    engine: Engine, params: dict[str, Any], job_id: int, progress: Callable[[float, str], None]
) -> dict[str, Any]:
    retrained, removed, failed = engine.recommender.refit_all()
    if failed:
        raise RuntimeError("refit failed: " + "; ".join(f"{a}: {e}" for a, e in failed.items()))
    return {"retrained": retrained, "model_versions_removed": removed}


def _tune(
    engine: Engine, params: dict[str, Any], job_id: int, progress: Callable[[float, str], None]
) -> dict[str, Any]:
    steps = engine.settings.tuning.steps
    record = engine.tune(
        params.get("user"),
        segment=params.get("segment"),
        progress=lambda step, loss: progress(
            min(step / steps, 0.99), f"step {step} of {steps}: loss {loss:.3f}"
        ),
    )
    kept = ("perplexity_before", "perplexity_after", "gain", "steps")
    return {"adapter": record["id"], **{k: record["metrics"][k] for k in kept}}


def _import(
    engine: Engine, params: dict[str, Any], job_id: int, progress: Callable[[float, str], None]
) -> dict[str, Any]:
    """A user's chat history through the chat path. Each batch of messages is one transaction and a
    message taken before is skipped, so a re-run after a killed worker takes each message once."""
    from tailorkit.memory import validate_chat

    user = params["user"]
    messages = validate_chat([{**m, "user": user} for m in params["messages"]], label="messages")
    report = engine.memories.import_chat(
        messages,
        user=user,
        source_name="api",
        batch_size=IMPORT_BATCH,
        progress=lambda done, total: progress(done / max(total, 1), f"{done} of {total} messages"),
        fold=engine.profiles.fold_events,
    )
    kept = ("messages", "remembered", "already_imported", "memories")
    return {k: v for k, v in report.as_dict().items() if k in kept}


IMPORT_BATCH = 50
"""Messages per transaction of an import job (what a killed worker's successor takes again at most)."""

KINDS: dict[str, Runner] = {
    "train": _train,
    "rebuild": _rebuild,
    "refit": _refit,
    "tune": _tune,
    "import": _import,
}
"""What a job can be: training a model, rebuilding profiles, refitting every model (after an erase),
training a user's or a segment's LoRA adapter, importing a user's chat history into their memories."""


class JobService:
    """One tenant's jobs: submit, look up, and (in a job worker) run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.settings: JobSettings = engine.settings.jobs
        self.jobs: Jobs = engine.store.scope(engine.tenant).jobs

    def submit(
        self,
        kind: str,
        params: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        waiting_only: bool = False,
    ) -> dict[str, Any]:
        """Queue a job of ``kind``; with ``key``, the job already queued or running with it instead
        (``waiting_only``: only one not yet started, as a refit that started before new data cannot
        stand in for one after). Returns the job's row."""
        if kind not in KINDS:
            raise InputError(f"unknown job kind {kind!r}; one of {', '.join(sorted(KINDS))}")
        job_id, new = self.jobs.create(kind, params or {}, key, live=("queued",) if waiting_only else None)
        if new:
            enqueue(self.engine, job_id)
        found = self.jobs.get(job_id)
        assert found is not None
        return found

    def get(self, job_id: int) -> dict[str, Any]:
        """The job's row; ``NotFoundError`` when the tenant has no such job."""
        found = self.jobs.get(job_id)
        if found is None:
            raise NotFoundError(f"no job {job_id} in tenant {self.engine.tenant!r}")
        return found

    def list(self, limit: int = 50) -> list[dict[str, Any]]:
        return self.jobs.list(limit)

    def run(self, job_id: int) -> str:
        """Run job ``job_id`` here if it is free (queued, or its worker fell silent); its final state, or
        ``skipped``. A failure short of ``max_attempts`` (not an ``InputError``, which fails it at once)
        leaves it queued and raises ``RetryError``."""
        s = self.settings
        worker = f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
        if not self.jobs.claim(job_id, worker, utcnow() - timedelta(seconds=s.stale_after_s)):
            return "skipped"
        job = self.jobs.get(job_id)
        assert job is not None
        stop = threading.Event()

        def beat() -> None:  # alive while it runs, however long one step takes
            while not stop.wait(s.stale_after_s / 4):
                self.jobs.beat(job_id, worker)

        beating = threading.Thread(target=beat, name=f"tailorkit-job-{job_id}", daemon=True)
        beating.start()

        def progress(share: float, note: str) -> None:
            self.jobs.beat(job_id, worker, share, note)

        try:
            result = KINDS[job["kind"]](self.engine, job["params"] or {}, job_id, progress)
        except Exception as exc:
            # bad input (nothing to train on, no consent, an adapter that did not help) stays bad: only
            # what may pass (a lost connection, a full disk) is tried again
            retry = job["attempts"] < s.max_attempts and not isinstance(exc, InputError)
            self.jobs.fail(job_id, worker, f"{type(exc).__name__}: {exc}", retry=retry)
            log.warning("job %s (%s) attempt %s failed: %s", job_id, job["kind"], job["attempts"], exc)
            if retry:
                raise RetryError(s.retry_delay_s * 2 ** (job["attempts"] - 1)) from exc
            return "failed"
        finally:
            stop.set()
            beating.join()
        self.jobs.finish(job_id, worker, result)
        return "done"


class RetryError(Exception):
    """A job attempt failed and the job is queued again, to run after ``delay`` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__(f"retry in {delay:g} s")
        self.delay = delay


# -- the queue --------------------------------------------------------------------------------------


def due(schedule: dict[str, str], now: datetime) -> list[str]:
    """The algorithms whose retraining cron (``jobs.schedule``: minute hour day month weekday, UTC) names
    the minute ``now``."""
    from huey import crontab

    return [
        a for a, when in schedule.items() if crontab(*when.split())(now.astimezone(UTC).replace(tzinfo=None))
    ]


_ENGINES: dict[tuple[str, str], Engine] = {}
_ENGINES_LOCK = threading.Lock()
_QUEUES: dict[tuple[str, str], Any] = {}


def _engine_for(url: str, tenant: str) -> Engine:
    """This process's engine for the store at ``url`` and ``tenant`` (a job worker opens each once)."""
    with _ENGINES_LOCK:
        if (url, tenant) not in _ENGINES:
            _ENGINES[(url, tenant)] = Engine.open(url, Settings.load(), tenant=tenant)
        return _ENGINES[(url, tenant)]


def _store_url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def queue(settings: Settings, url: str) -> Any:
    """The huey queue of the store at ``url`` (one per process and place), with tailorkit's tasks."""
    from huey import MemoryHuey, PostgresHuey, RedisHuey, SqliteHuey, crontab
    from huey.exceptions import RetryTask

    spec = settings.jobs.queue
    key = (spec, url)
    if key in _QUEUES:
        return _QUEUES[key]
    if spec == "immediate":
        huey: Any = MemoryHuey("tailorkit", immediate=True, results=False)
    elif spec.startswith(("redis://", "rediss://", "unix://")):
        huey = RedisHuey("tailorkit", url=spec, results=False)
    elif spec:
        raise InputError(f"jobs.queue must be empty, 'immediate' or a redis:// URL, not {spec!r}")
    elif url.startswith("postgresql"):
        dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
        huey = PostgresHuey("tailorkit", dsn=dsn, results=False)
    else:
        database = url.split("///", 1)[1] if "///" in url else ""
        folder = Path(database).parent if database and database != ":memory:" else settings.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        huey = SqliteHuey("tailorkit", filename=str(folder / "tailorkit-jobs.queue"), results=False)

    @huey.task(name="tailorkit.run_job")  # type: ignore[untyped-decorator]
    def run_job(store_url: str, tenant: str, job_id: int) -> None:
        engine = _engine_for(store_url, tenant)
        try:
            JobService(engine).run(job_id)
        except RetryError as retry:
            raise RetryTask(delay=retry.delay) from retry

    @huey.periodic_task(crontab(minute="*"), name="tailorkit.sweep")  # type: ignore[untyped-decorator]
    def sweep() -> None:
        """Each minute: jobs whose worker died, or whose queue message was lost, queued again; and the
        scheduled retraining that is due."""
        engine = _engine_for(url, settings.tenant)
        recover(engine)
        for algorithm in due(settings.jobs.schedule, utcnow()):
            JobService(engine).submit("train", {"algorithm": algorithm}, key=f"scheduled:{algorithm}")

    huey.tailorkit_run = run_job
    _QUEUES[key] = huey
    return huey


def _queue_of(engine: Engine) -> tuple[Any, str]:
    """``engine``'s queue and its store's URL; a job of its tenant run in this process (a server's own
    threads, ``immediate``) uses this engine, not one opened afresh."""
    url = _store_url(engine.store)
    with _ENGINES_LOCK:
        _ENGINES.setdefault((url, engine.tenant), engine)
    return queue(engine.settings, url), url


def runs_in_server(settings: Settings, store: Store) -> bool:
    """Whether ``tailorkit serve`` runs the jobs itself: ``jobs.in_server``, by default on SQLite (one
    process) and not on PostgreSQL (``tailorkit worker`` processes do)."""
    if settings.jobs.in_server is not None:
        return settings.jobs.in_server
    return store.engine.dialect.name == "sqlite"


def enqueue(engine: Engine, job_id: int) -> None:
    huey, url = _queue_of(engine)
    huey.tailorkit_run(url, engine.tenant, job_id)


def consumer(engine: Engine, threads: int | None = None, *, signals: bool = False) -> Any:
    """A huey consumer of ``engine``'s queue running jobs in ``threads`` threads: ``start()`` it and
    ``stop()`` it (a server does, around its own life), or ``run()`` it until a signal (``signals``: it
    takes SIGINT and SIGTERM; a server keeps its own)."""
    from huey.consumer import Consumer

    class Quiet(Consumer):  # type: ignore[misc]
        def _set_signal_handlers(self) -> None:
            if signals:
                super()._set_signal_handlers()

    huey, _ = _queue_of(engine)
    options = {"workers": threads or engine.settings.jobs.threads, "worker_type": "thread"}
    # a job waits at most a second for an idle worker to look again (PostgreSQL and Redis wake it at once)
    return Quiet(huey, periodic=True, initial_delay=0.2, max_delay=1.0, **options)


def recover(engine: Engine) -> int:
    """Queue again the jobs whose worker fell silent (or whose queue message was lost); how many."""
    huey, url = _queue_of(engine)
    stale = utcnow() - timedelta(seconds=engine.settings.jobs.stale_after_s)
    found = stalled_jobs(engine.store, stale)
    for job_id, tenant in found:
        huey.tailorkit_run(url, tenant, job_id)
    return len(found)


def run_worker(engine: Engine, threads: int | None = None) -> None:
    """Run jobs until interrupted (``tailorkit worker``), first taking over those a dead worker left."""
    worker = consumer(engine, threads, signals=True)
    recover(engine)
    worker.run()
