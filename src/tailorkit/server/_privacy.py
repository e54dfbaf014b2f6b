"""Routes for a user's rights (export, erase) and the tenant's model registry (application keys only)."""

from pathlib import Path as FilePath
from typing import Any

from fastapi import APIRouter, Query

from tailorkit.errors import ApiError
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import PathId, TrainIn, TuneIn

__all__ = ["models_router", "router"]

router = APIRouter(tags=["privacy"])
models_router = APIRouter(tags=["recommendations"])


@router.get("/api/users/{user}/export")
def export(user: str, who: Auth, ctx: Ctx) -> Any:
    return ctx.for_user(who, user, "export").export(user)


@router.delete("/api/users/{user}")
def erase(user: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Everything about the user goes before this answers; the models are refitted without them by a
    background job (``refit_job``), one for any number of erases that come before it starts."""
    from tailorkit.jobs import JobService

    engine = ctx.for_user(who, user, "erase")
    report = engine.erase(user, refit=False)
    if engine.settings.privacy.retrain_on_erase and engine.store.scope(who.tenant).models.list():
        report["refit_job"] = JobService(engine).submit("refit", key="refit", waiting_only=True)["id"]
    return report


@router.get("/api/why/{why_id}", tags=["chat"])
def why(why_id: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """What went into an answer from ``/v1/chat/completions`` (its ``X-Tailorkit-Why`` header)."""
    return ctx.why(who, why_id)


def _registry_row(record: dict[str, Any]) -> dict[str, Any]:
    # the file's name only: where it lies on the server is not the caller's business
    row = {k: v for k, v in record.items() if k not in ("path", "tenant_id")}
    return row | {"file": FilePath(str(record["path"])).name}


@models_router.get("/api/models")
def list_models(who: Auth, ctx: Ctx, algorithm: str | None = None) -> list[dict[str, Any]]:
    ctx.application_only(who, "see the model registry")
    return [_registry_row(r) for r in ctx.store.scope(who.tenant).models.list(algorithm)]


@models_router.post("/api/models", status_code=202)
def train_model(body: TrainIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Fit a recommender on the tenant's events and register it, as a background job: answers 202 with
    the job (``GET /api/jobs/{id}``); recommendations use the model once the job is done."""
    from tailorkit.jobs import JobService
    from tailorkit.recommend import get_recommender

    ctx.application_only(who, "train models")
    # an unknown algorithm or a bad parameter is the caller's error now, not the job's later
    get_recommender(body.algorithm)(**body.params)
    params = {"algorithm": body.algorithm, "kinds": body.kinds, "params": body.params}
    return job_row(JobService(ctx.engine_for(who.tenant)).submit("train", params))


@models_router.post("/api/adapters", status_code=202)
def tune_adapter(body: TuneIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Train a LoRA adapter for a user or a segment (``{"segment": "occupation=student"}``) as a background
    job: 202 with the job; too little data, no consent or no gain fail the job with the reason."""
    from tailorkit.jobs import JobService

    ctx.application_only(who, "train adapters")
    if (body.user is None) == (body.segment is None):
        raise ApiError(422, "bad_request", "name exactly one of user and segment")
    engine = ctx.engine_for(who.tenant)
    if body.user is not None:
        engine.user(body.user)  # 404 now for a user who does not exist, not a failed job later
    key = f"tune:{body.user}" if body.user is not None else f"tune-segment:{body.segment}"
    params = {"user": body.user} if body.user is not None else {"segment": body.segment}
    return job_row(JobService(engine).submit("tune", params, key=key))


@models_router.get("/api/jobs/{job_id}")
def get_job(job_id: PathId, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """A background job: its state (queued, running, done, failed), progress, attempts, error, result. An
    end-user token sees only the jobs of its own user (its history imports)."""
    from tailorkit.jobs import JobService

    job = JobService(ctx.engine_for(who.tenant)).get(job_id)
    if who.user is not None and (job["params"] or {}).get("user") != who.user:
        raise ApiError(404, "not_found", f"no job {job_id}")  # the same answer as a missing job
    return job_row(job)


@models_router.get("/api/jobs")
def list_jobs(who: Auth, ctx: Ctx, limit: int = Query(50, ge=1, le=500)) -> list[dict[str, Any]]:
    from tailorkit.jobs import JobService

    ctx.application_only(who, "see jobs")
    return [job_row(j) for j in JobService(ctx.engine_for(who.tenant)).list(limit)]


def job_row(job: dict[str, Any]) -> dict[str, Any]:
    """What the API shows of a job (never its parameters, which may hold a user's words)."""
    keep = (
        "id",
        "kind",
        "state",
        "progress",
        "note",
        "attempts",
        "error",
        "result",
        "created_at",
        "updated_at",
    )
    return {k: job[k] for k in keep} | {"href": f"/api/jobs/{job['id']}"}
