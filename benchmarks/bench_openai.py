"""The OpenAI-compatible route: its overhead over calling the backend directly, proxying's overhead over
calling the upstream directly, and streaming first-token latency.

1. Route overhead (no generation: an instant fake backend): 300 requests with the same prompt (a system
   prompt, two earlier turns, a question numbered anew each time), made (a) to the backend directly in
   process and (b) as ``POST /v1/chat/completions`` over loopback HTTP for a user with 20 memories
   (profile, memory search with the bundled embedder, context, grounding, logging); p50 of each and of
   their difference. The server runs in its own process, as deployed (in this process, the benchmark's
   client would share the interpreter's lock with it).
2. Proxying: the same request to an upstream server (a second tailorkit with the fake backend, in a third
   process) directly and through tailorkit naming it as ``model``, anonymous (nothing to personalise)
   and for the user.
3. Streaming through the route with the bundled SmolLM2 (llama.cpp): first-token latency beside
   ``llama_cpp`` streaming the same prompt directly.

Usage: python benchmarks/bench_openai.py [--requests 300]
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from _serve import served
from tailorkit import Engine, Settings
from tailorkit.llm import Message
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat, serving

MESSAGES: list[Message] = [
    {"role": "system", "content": "You are the support assistant of a bookshop. Be brief."},
    {"role": "user", "content": "I am looking for a present for my sister."},
    {"role": "assistant", "content": "Happy to help! What does she like to read?"},
    {"role": "user", "content": "She loves crime novels set in Scandinavia."},
]


def p50(values: list[float]) -> float:
    return float(np.percentile(values, 50))


def timed(fn: Any, n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _prepared(folder: Path, memories: int = 0) -> str:
    """A store at ``folder/tk.db`` with ``memories`` notes of the user "reader"; an application key."""
    folder.mkdir(parents=True)
    with Engine.open(folder / "tk.db", Settings(data_dir=folder)) as engine:
        for k in range(memories):
            engine.memories.add("reader", f"Reader note {k}: enjoys books about topic {k}", kind="fact")
        return create_key(engine.store, engine.tenant, "bench")


def route_and_proxy(n: int) -> None:
    print(
        "## Route and proxy overhead (an instant fake backend: no generation; servers in their own processes)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        up_key = _prepared(Path(tmp) / "up")
        key = _prepared(Path(tmp) / "front", memories=20)
        stack = contextlib.ExitStack()
        up_url = stack.enter_context(served(str(Path(tmp) / "up"), port_offset=1)) + "/v1"
        settings = {
            "server": {"rate_per_minute": 10**9},
            "llm": {"upstreams": {"up": {"base_url": up_url, "api_key": up_key, "model": "tailorkit"}}},
        }
        url = stack.enter_context(served(str(Path(tmp) / "front"), settings=settings, hash_embedder=False))
        url += "/v1"
        backend = FakeChat()
        body = {"model": "tailorkit", "messages": MESSAGES, "max_tokens": 64}
        with (
            stack,
            httpx.Client(headers={"Authorization": f"Bearer {key}"}, timeout=60) as c,
            httpx.Client(headers={"Authorization": f"Bearer {up_key}"}, timeout=60) as direct_up,
        ):
            for _ in range(10):  # warm: the embedder, the connections
                c.post(f"{url}/chat/completions", json={**body, "user": "reader"})
                c.post(f"{url}/chat/completions", json={**body, "model": "up", "user": "reader"})
            # each request a new question (as a user's are): nothing the route computed for one
            # serves the next
            asked = iter(range(10**9))

            def fresh() -> list[Message]:
                return [
                    *MESSAGES[:-1],
                    {"role": "user", "content": f"{MESSAGES[-1]['content']} ({next(asked)})"},
                ]

            direct = timed(lambda: backend.chat(fresh(), max_tokens=64), n)
            routed = timed(
                lambda: c.post(
                    f"{url}/chat/completions", json={**body, "messages": fresh(), "user": "reader"}
                ),
                n,
            )
            print(
                f"backend directly p50 {p50(direct):.2f} ms; through /v1/chat/completions for a user "
                f"with 20 memories p50 {p50(routed):.1f} ms: "
                f"overhead p50 {p50(routed) - p50(direct):.1f} ms "
                "(target <= 20 ms)"
            )
            upstream = timed(lambda: direct_up.post(f"{up_url}/chat/completions", json=body), n)
            anonymous = timed(lambda: c.post(f"{url}/chat/completions", json={**body, "model": "up"}), n)
            personal = timed(
                lambda: c.post(f"{url}/chat/completions", json={**body, "model": "up", "user": "reader"}),
                n,
            )
            print(
                f"upstream directly p50 {p50(upstream):.1f} ms; proxied p50 {p50(anonymous):.1f} ms "
                f"(adds {p50(anonymous) - p50(upstream):.1f} ms, target <= 5 ms); proxied and "
                f"personalised for the user p50 {p50(personal):.1f} ms "
                f"(adds {p50(personal) - p50(upstream):.1f} ms)"
            )


def first_token() -> None:
    from tailorkit.llm import LlamaCppChat

    print("## Streaming first-token latency, bundled SmolLM2 (llama.cpp)")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), server={"rate_per_minute": 10**9})
        engine = Engine.open(Path(tmp) / "tk.db", settings)
        key = create_key(engine.store, engine.tenant, "bench")
        model = LlamaCppChat()
        with serving(create_app(engine.store, settings, model=model)) as root:
            url = f"{root}/v1"
            direct, routed = [], []
            with httpx.Client(headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
                for k in range(6):
                    question = [
                        *MESSAGES[:-1],
                        {"role": "user", "content": f"{MESSAGES[-1]['content']} ({k})"},
                    ]
                    model.forget_cache()
                    started = time.perf_counter()
                    pieces = model.stream(question, max_tokens=16)
                    next(pieces)
                    direct.append((time.perf_counter() - started) * 1000)
                    pieces.close()  # it holds the model until closed
                    model.forget_cache()
                    started = time.perf_counter()
                    body = {"messages": question, "max_tokens": 16, "stream": True}
                    with c.stream("POST", f"{url}/chat/completions", json=body) as r:
                        for line in r.iter_lines():
                            if '"content": "' in line and '"content": ""' not in line:
                                routed.append((time.perf_counter() - started) * 1000)
                                break
            print(
                f"first token p50: llama_cpp directly {p50(direct):.0f} ms; through the route (streamed, "
                f"grounded answers go out by sentence) {p50(routed):.0f} ms"
            )
        engine.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    route_and_proxy(args.requests)
    first_token()


if __name__ == "__main__":
    main()
