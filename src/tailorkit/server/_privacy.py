"""Routes for a user's rights (export, erase) and the tenant's model registry (application keys only)."""

from pathlib import Path
from typing import Any

from fastapi import APIRouter

from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import TrainIn

__all__ = ["models_router", "router"]

router = APIRouter(tags=["privacy"])
models_router = APIRouter(tags=["recommendations"])


@router.get("/api/users/{user}/export")
def export(user: str, who: Auth, ctx: Ctx) -> Any:
    return ctx.for_user(who, user, "export").export(user)


@router.delete("/api/users/{user}")
def erase(user: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    report = ctx.for_user(who, user, "erase").erase(user)
    ctx.forget_whys(who.tenant, str(report.get("user", user)))
    return report


@router.get("/api/why/{why_id}", tags=["chat"])
def why(why_id: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """What went into an answer from ``/v1/chat/completions`` (its ``X-Tailorkit-Why`` header)."""
    return ctx.why(who, why_id)


def _registry_row(record: dict[str, Any]) -> dict[str, Any]:
    # the file's name only: where it lies on the server is not the caller's business
    row = {k: v for k, v in record.items() if k not in ("path", "tenant_id")}
    return row | {"file": Path(str(record["path"])).name}


@models_router.get("/api/models")
def list_models(who: Auth, ctx: Ctx, algorithm: str | None = None) -> list[dict[str, Any]]:
    ctx.application_only(who, "see the model registry")
    return [_registry_row(r) for r in ctx.store.scope(who.tenant).models.list(algorithm)]


@models_router.post("/api/models")
def train_model(body: TrainIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Fit a recommender on the tenant's events and register it; recommendations use it at once."""
    from tailorkit.recommend import DEFAULT_KINDS  # here: the server starts without the recommenders

    ctx.application_only(who, "train models")
    service = ctx.engine_for(who.tenant).recommender
    kinds = tuple(body.kinds or DEFAULT_KINDS)
    return _registry_row(service.train(body.algorithm, kinds=kinds, **body.params))
