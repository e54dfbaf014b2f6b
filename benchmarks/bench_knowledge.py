"""Knowledge-base benchmarks: ingest rate of Markdown pages, passage recall on the FAQ set, citations.

1. Ingest: 300 Markdown pages of about 1,500 characters (help-centre articles built from the FAQ set's
   sections, their numbers varied), read, split, embedded by the bundled MiniLM and indexed in one
   transaction; pages/s, beside the same pages indexed by full text only (the reference: what the
   vectors cost) and the embedder alone on the same passages.
2. ``tailorkit eval knowledge --answer``: passage recall@1/3/5 on the FAQ set's 60 questions, and the share
   of the bundled model's answers (customer-service domain) that cite the answering passage.

Usage: python benchmarks/bench_knowledge.py [--pages 300] [--skip-answers]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from _paths import ROOT
from tailorkit import Engine, Settings
from tailorkit.evaluation import FAQ_SET
from tailorkit.knowledge import KnowledgeService


def pages(folder: Path, n: int, seed: int = 7) -> int:
    """``n`` Markdown pages from the FAQ set's English sections, shuffled, numbers varied; their chars."""
    rng = np.random.default_rng(seed)
    sections = []
    for doc in sorted((FAQ_SET / "docs").glob("*.md")):
        text = doc.read_text()
        if not text.isascii():
            continue
        sections += [s.strip() for s in re.split(r"\n(?=## )", text) if s.startswith("## ")]
    total = 0
    for k in range(n):
        body, chosen = f"# Help article {k}\n\n", rng.permutation(len(sections))
        for i in chosen:
            if len(body) > 1400:
                break
            body += (
                re.sub(r"\d+", lambda m: str(int(m.group(0)) + int(rng.integers(1, 9))), sections[i]) + "\n\n"
            )
        (folder / f"page-{k:04d}.md").write_text(body)
        total += len(body)
    return total


def ingest_rate(n: int) -> None:
    print(f"## Ingest: {n} Markdown pages")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        chars = pages(folder, n)
        print(f"{chars / n:,.0f} characters a page on average")
        settings = Settings(data_dir=Path(tmp))
        with Engine.open(Path(tmp) / "k.db", settings) as engine:
            embedder = engine.memories.embedder
            assert embedder is not None
            embedder.embed(["warm the model up"])
            full = engine.knowledge
            started = time.perf_counter()
            report = full.ingest([folder])
            with_vectors = time.perf_counter() - started
            text_only = KnowledgeService(engine.store, "text-only", settings.knowledge, embedder=False)
            started = time.perf_counter()
            text_only.ingest([folder])
            without = time.perf_counter() - started
            texts = [p["text"] for p in full._rows.passages(list(range(1, report.passages + 1))).values()]
            started = time.perf_counter()
            embedder.embed([full._vector_text("", None, t) for t in texts])
            embedding = time.perf_counter() - started
        print(
            f"{report.passages:,} passages; full text + vectors: {n / with_vectors:,.1f} pages/s "
            f"(target >= 50; {with_vectors:.2f} s); full text only (reference): {n / without:,.1f} pages/s; "
            f"vectors cost {with_vectors / without:.1f}x the reference; the embedder alone "
            f"{len(texts) / embedding:,.0f} passages/s"
        )


def faq(answers: bool) -> None:
    print("## FAQ set: tailorkit eval knowledge" + (" --answer (bundled model)" if answers else ""))
    cmd = [sys.executable, "-m", "tailorkit", "-q", "eval", "knowledge", *(["--answer"] if answers else [])]
    done = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
    print(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--skip-answers", action="store_true")
    args = parser.parse_args()
    ingest_rate(args.pages)
    faq(not args.skip_answers)


if __name__ == "__main__":
    main()
