"""Reports people look at: a markdown table, the JSON behind it, and PNG plots."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tailorkit.evaluation._runner import AlgorithmResult

__all__ = ["markdown_table", "write_report"]

_MAIN = (
    "ndcg@{k}",
    "precision@{k}",
    "recall@{k}",
    "map@{k}",
    "mrr@{k}",
    "hitrate@{k}",
    "coverage@{k}",
    "novelty@{k}",
    "popularity_bias@{k}",
    "rmse",
    "mae",
)


def markdown_table(results: Sequence[AlgorithmResult], k: int) -> str:
    cols = [c.format(k=k) for c in _MAIN if any(c.format(k=k) in r.metrics for r in results)]
    lines = ["| algorithm | " + " | ".join(cols) + " | fit s | peak MB |", "|---" * (len(cols) + 3) + "|"]
    for r in results:
        vals = " | ".join(f"{r.metrics[c]:.4f}" if c in r.metrics else "" for c in cols)
        lines.append(f"| {r.algorithm} | {vals} | {r.fit_seconds:.2f} | {r.peak_memory_mb:.0f} |")
    return "\n".join(lines)


def write_report(
    results: Sequence[AlgorithmResult],
    folder: Path,
    *,
    title: str,
    k: int,
    context: dict[str, Any] | None = None,
) -> list[Path]:
    """Write ``report.md``, ``results.json``, ``metrics.png`` and (if any) ``curves.png`` to ``folder``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    md = [f"# {title}", ""]
    if context:
        md += [f"- {key}: {value}" for key, value in context.items()] + [""]
    md.append(markdown_table(results, k))
    groups = sorted({g for r in results for g in r.by_group})
    if groups:
        md += [
            "",
            f"## NDCG@{k} by user group",
            "",
            "| algorithm | " + " | ".join(groups) + " |",
            "|---" * (len(groups) + 1) + "|",
        ]
        for r in results:
            md.append(
                f"| {r.algorithm} | "
                + " | ".join(f"{r.by_group[g][f'ndcg@{k}']:.4f}" if g in r.by_group else "" for g in groups)
                + " |"
            )
    (folder / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    (folder / "results.json").write_text(
        json.dumps({"context": context or {}, "results": [r.as_dict() for r in results]}, indent=2),
        encoding="utf-8",
    )
    written += [folder / "report.md", folder / "results.json"]

    names = [r.algorithm for r in results]
    metrics = [
        m for m in (f"ndcg@{k}", f"precision@{k}", f"recall@{k}") if all(m in r.metrics for r in results)
    ]
    if metrics:
        fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(names) * len(metrics) / 2), 4))
        width = 0.8 / len(metrics)
        for j, m in enumerate(metrics):
            ax.bar(
                [i + j * width for i in range(len(names))], [r.metrics[m] for r in results], width, label=m
            )
        ax.set_xticks([i + width * (len(metrics) - 1) / 2 for i in range(len(names))], names)
        ax.set_title(title)
        ax.legend()
        fig.tight_layout()
        fig.savefig(folder / "metrics.png", dpi=110)
        plt.close(fig)
        written.append(folder / "metrics.png")
    curves = [(r.algorithm, key, values) for r in results for key, values in r.history.items() if values]
    if curves:
        fig, ax = plt.subplots(figsize=(7, 4))
        for algo, key, values in curves:
            ax.plot(range(1, len(values) + 1), values, label=f"{algo} {key}")
        ax.set_xlabel("epoch")
        ax.set_title("training curves")
        ax.legend()
        fig.tight_layout()
        fig.savefig(folder / "curves.png", dpi=110)
        plt.close(fig)
        written.append(folder / "curves.png")
    return written
