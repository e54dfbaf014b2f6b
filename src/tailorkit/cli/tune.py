"""``tailorkit tune USER`` / ``--segment key=value``: a LoRA adapter from the user's own texts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tailorkit.cli._common import console, guarded, open_engine, print_json, progress_bar

__all__ = ["tune"]


@guarded
def tune(
    user: Annotated[str | None, typer.Argument(help="The user's id.")] = None,
    segment: Annotated[str | None, typer.Option("--segment", help="A group: attribute=value.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the registry record as JSON.")] = False,
) -> None:
    """Train a LoRA adapter on the user's texts (newest 20% held out), keep it only if it lowers
    held-out perplexity, and export it for llama.cpp. Settings: ``tuning.*`` (rank, alpha, steps ...)."""
    with open_engine() as engine:
        steps = engine.settings.tuning.steps
        with progress_bar("LoRA") as update:
            record = engine.tune(
                user, segment=segment, progress=lambda step, loss: update("steps", step, steps)
            )
    metrics = record["metrics"]
    curve = Path(record["path"]).with_suffix(".png")
    _plot(metrics, curve)
    if as_json:
        print_json(record)
        return
    before, after = metrics["perplexity_before"], metrics["perplexity_after"]
    console.print(
        f"adapter {record['path']} ({metrics['size_bytes'] / 2**20:.2f} MB): held-out perplexity "
        f"{before:.1f} -> {after:.1f} ({metrics['gain']:.0%} lower) in {metrics['steps']} steps, "
        f"{metrics['seconds']:.0f} s; loss curve {curve}",
        highlight=False,
    )


def _plot(metrics: dict[str, object], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    train = metrics["train_loss"]
    ax.plot(range(1, len(train) + 1), train, label="train", alpha=0.6)  # type: ignore[arg-type]
    held = metrics["held_out_loss"]
    ax.plot([s for s, _ in held], [v for _, v in held], "o-", label="held out")  # type: ignore[attr-defined]
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
