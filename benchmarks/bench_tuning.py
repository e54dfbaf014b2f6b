"""Per-speaker LoRA adapters on LoCoMo: does a speaker's own adapter cut perplexity on their held-out turns?

Each speaker of ../shared/data/locomo/locomo_dev6.json is a user; their turns in time order, the newest 20%
held out. One adapter per speaker (Settings.tuning: rank 8 on q/v, early stopping on held-out loss); then the
matrix of held-out perplexity: row = whose turns, column = whose adapter (and the base model).

Usage: python benchmarks/bench_tuning.py [--speakers 6]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from _paths import datasets_dir
from tailorkit import Settings
from tailorkit.data._datasets import LOCOMO
from tailorkit.llm import bundled_chat_model
from tailorkit.tuning import base_model


def adapter_speed(turns: list[str], rounds: int = 5, max_tokens: int = 128) -> None:
    """Tokens/s of the llama.cpp backend with an adapter against without, and the cost of switching."""
    import tempfile
    from pathlib import Path

    from tailorkit.llm import LlamaCppChat
    from tailorkit.tuning import write_gguf_adapter

    settings = Settings().tuning.model_copy(update={"steps": 10, "eval_every": 5})
    base = base_model(bundled_chat_model())
    result = base.train(turns[:80], turns[80:100], settings)
    config = base.model.config
    with tempfile.TemporaryDirectory() as tmp:
        path = str(
            write_gguf_adapter(
                Path(tmp) / "a.gguf",
                result.adapter,
                alpha=settings.alpha,
                heads=config.num_attention_heads,
                kv_heads=config.num_key_value_heads,
            )
        )
        chat = LlamaCppChat()
        messages = [{"role": "user", "content": "Tell me about your week, in detail."}]
        speed: dict[str | None, list[float]] = {None: [], path: []}
        switch = []
        for r in range(rounds + 1):
            for adapter in (None, path):
                t0 = time.perf_counter()
                chat.use_adapter(adapter)
                switch.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                out = chat.chat(messages, max_tokens=max_tokens, temperature=0.0, adapter=adapter)  # type: ignore[arg-type]
                if r:
                    speed[adapter].append(out.completion_tokens / (time.perf_counter() - t0))
        plain, tuned = float(np.median(speed[None])), float(np.median(speed[path]))
        ratio, switch_ms = tuned / plain, float(np.median(switch[2:])) * 1000
        print(f"## Serving: {tuned:.1f} tokens/s with an adapter vs {plain:.1f} without (ratio {ratio:.2f})")
        print(f"switching adapters between requests: p50 {switch_ms:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--speakers", type=int, default=6)
    parser.add_argument("--speed-only", action="store_true", help="only the serving speed with an adapter")
    args = parser.parse_args()
    settings = Settings().tuning
    turns: dict[str, list[str]] = {}
    for conv in LOCOMO.conversations(datasets_dir() / "locomo" / "locomo_dev6.json"):
        for t in conv["turns"]:
            turns.setdefault(f"{conv['id']}/{t['speaker']}", []).append(t["text"])
    speakers = sorted(turns, key=lambda s: -len(turns[s]))[: args.speakers]
    if args.speed_only:
        adapter_speed(turns[speakers[0]])
        return
    base = base_model(bundled_chat_model())
    split = {s: int(len(turns[s]) * (1 - settings.held_out)) for s in speakers}
    adapters = {}
    print(f"## LoRA per LoCoMo speaker: rank {settings.rank} on {', '.join(settings.target_modules)}")
    for s in speakers:
        train, held = turns[s][: split[s]], turns[s][split[s] :]
        result = base.train(train, held, settings)
        adapters[s] = result.adapter
        size = sum(v.numel() * 4 for v in result.adapter.values()) / 2**20
        print(
            f"{s}: {len(train)} train / {len(held)} held-out turns, {result.steps} steps "
            f"in {result.seconds:.0f} s, perplexity {result.perplexity_before:.1f} -> "
            f"{result.perplexity_after:.1f} ({result.gain:.0%} lower), adapter {size:.2f} MB"
        )
    print("## Held-out perplexity: rows = whose turns, columns = base and each speaker's adapter")
    short = [s.split("/")[1][:8] for s in speakers]
    print("turns of \\ adapter".ljust(22) + "base".rjust(8) + "".join(n.rjust(9) for n in short))
    wins = 0
    for s in speakers:
        held = turns[s][split[s] :]
        row = [base.perplexity(held, None, settings)] + [
            base.perplexity(held, adapters[a], settings) for a in speakers
        ]
        own = row[1 + speakers.index(s)]
        others = [v for a, v in zip(speakers, row[1:], strict=True) if a != s]
        ok = own <= 0.8 * row[0] and own < min(others)
        wins += ok
        print(s.ljust(22) + "".join(f"{v:9.1f}" for v in row) + ("  own best, >=20% cut" if ok else ""))
    print(f"speakers whose own adapter cuts >= 20% and beats every other adapter: {wins}/{len(speakers)}")
    adapter_speed(turns[speakers[0]])


if __name__ == "__main__":
    t0 = time.time()
    main()
    print(f"({time.time() - t0:.0f} s)")
