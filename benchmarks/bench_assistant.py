"""Assistant benchmarks: end-to-end usefulness, context assembly speed, generation speed.

1. Usefulness and words: ``tailorkit eval assistant --dataset movielens-100k --users 200`` (the bundled
   SmolLM2 through llama.cpp), twice: with the model writing the items itself (``--structured off``, as
   every answer was written before structured answers) and as shipped (structured for the bundled model).
   Hit@5 of the recommender, of the personalised assistant (and of the non-personalised one), and the
   answers' loop, contradiction and false-refusal rates, distinct-2 and length, as the model wrote them
   and as the user read them.
2. Context assembly (no generation): MovieLens 100K with EASE; 200 requests with varied wording for
   users without memories and for users with 20 memories each (their search embeds the query).
3. Generation: the same prompt through tailorkit's llama.cpp backend (streaming, as the assistant uses it)
   and through ``llama_cpp.Llama.create_chat_completion`` directly on the same loaded model, alternating,
   greedy decoding; tokens/s of each, their ratio, and first-token latency.
4. What the exact prompt cache keeps of llama.cpp's: a six-turn chat with a ~700-token system section,
   each turn answered three ways: by tailorkit (whole cached chunks reused, exact), by tailorkit with
   its cache dropped before each turn (cold), and by ``llama_cpp`` directly with its own prompt cache
   (the previous turn's prompt and answer reused, not exact); first-token latency per turn.

5. Asked again: 20 requests for food or exercise ideas, each from a user who said one diet or one
   limit first ("I'm vegetarian." / "What should I cook for dinner tonight?"), each asked twice, answered
   by the bundled model in the coaching domain with ``second_try`` off and on: the answers with lines
   left out for going against what the user told, those lines, how often the model was asked again, and
   the mean time per answer.

Usage: python benchmarks/bench_assistant.py [--users 200] [--skip-eval]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from _paths import ROOT, datasets_dir
from tailorkit import Engine, Settings
from tailorkit.llm import LlamaCppChat
from tailorkit.testing import FakeChat

ASKS = [
    "Recommend me {n} movies for tonight",
    "What should I watch this weekend with my {who}?",
    "Any good films like the ones I rated highly?",
    "I feel like something {mood}, what do you suggest?",
    "Tell me about my tastes in {n} words",
]
WHO = ["sister", "friends", "kids", "partner", "dad"]
MOODS = ["funny", "dark", "romantic", "exciting", "calm"]


def usefulness(users: int) -> None:
    import json

    print(f"## Usefulness and words: tailorkit eval assistant, MovieLens 100K, {users} users")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = str(datasets_dir() / "movielens-100k")
        for mode, extra in (("off", ["--no-baselines"]), ("auto", [])):
            out = Path(tmp) / f"{mode}.json"
            cmd = [sys.executable, "-m", "tailorkit", "-q", "eval", "assistant", "--dataset",
                   "movielens-100k", "--path", data, "--users", str(users), "--structured", mode,
                   "--json", str(out), *extra]  # fmt: skip
            done = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
            print(f"### --structured {mode}\n{done.stdout.strip()}")
            results[mode] = json.loads(out.read_text())
    before, after = results["off"], results["auto"]
    b, a = before["text"]["raw"], after["text"]["final"]
    h = after["hit_at_5"]
    print(
        "### Today's rates (the model writing freely, as it wrote) beside what users read now\n"
        f"loops {b['loop_rate']:.1%} -> {a['loop_rate']:.1%}; contradicting facts "
        f"{b['contradiction_rate']:.1%} -> {a['contradiction_rate']:.1%}; false refusals "
        f"{b['false_refusal_rate']:.1%} -> {a['false_refusal_rate']:.1%}; "
        f"distinct-2 {b['distinct_2']:.3f} -> {a['distinct_2']:.3f}; "
        f"mean length {b['mean_length']:.0f} -> {a['mean_length']:.0f} words\n"
        f"Hit@5 personalised {h['personalised']:.3f} = "
        f"{h['personalised'] / max(h['recommender'], 1e-9):.2f}x the recommender's {h['recommender']:.3f} "
        f"(free: {before['hit_at_5']['personalised']:.3f})"
    )


def context_speed() -> None:
    print("## Context assembly (profile + memories + recommendations + template; no generation)")
    rng = np.random.default_rng(3)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine.open(Path(tmp) / "c.db", Settings(data_dir=Path(tmp))) as engine,
    ):
        engine.load_dataset("ml-100k", datasets_dir() / "movielens-100k")
        engine.profiles.rebuild()
        engine.train("ease")
        engine.chat_model = FakeChat()
        assistant = engine.assistant
        users = [str(u) for u in range(1, 201)]
        facts = [f"Enjoys {m} films with {w}" for m in MOODS for w in WHO][:20]
        for u in users[100:]:  # half the users get memories
            engine.memories.add_many(u, [{"text": f} for f in facts])

        def ask(user: str, k: int) -> float:
            text = ASKS[k % len(ASKS)].format(n=3 + k % 5, who=WHO[k % 5], mood=MOODS[(k // 5) % 5])
            return assistant._prepare(user, text, None, None, True).why.timings_ms["context"]

        for k in range(10):  # warm the model, the caches and jieba
            ask(users[k], k)
            ask(users[-1 - k], k)
        plain = [ask(users[int(rng.integers(0, 100))], k) for k in range(200)]
        remembered = [ask(users[100 + int(rng.integers(0, 100))], k) for k in range(200)]
    for label, values in (("users without memories", plain), ("users with 20 memories", remembered)):
        a = np.asarray(values)
        p50, p95 = np.percentile(a, 50), np.percentile(a, 95)
        print(f"{label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p50 <= 20)")


def generation_speed(rounds: int = 6, max_tokens: int = 128) -> None:
    print("## Generation: SmolLM2-135M Q4_1 through tailorkit vs llama_cpp directly (same model object)")
    chat = LlamaCppChat(context_size=2048)
    llama = chat._load()
    messages = [
        {"role": "system", "content": "You are a helpful personal assistant. Answer briefly."},
        {"role": "user", "content": "Suggest three things to do on a rainy Sunday, with one line each."},
    ]
    ours, direct, first = [], [], []
    for r in range(rounds + 1):
        begun = time.perf_counter()
        first_at = None
        for _ in chat.stream(messages, max_tokens=max_tokens, temperature=0.0):  # type: ignore[arg-type]
            first_at = first_at or time.perf_counter()
        ours_s = time.perf_counter() - begun
        start = time.perf_counter()
        out = llama.create_chat_completion(messages=messages, max_tokens=max_tokens, temperature=0.0)
        direct_s = time.perf_counter() - start
        tokens = out["usage"]["completion_tokens"]
        if r == 0:
            continue  # warm-up
        ours.append(tokens / ours_s)
        direct.append(tokens / direct_s)
        first.append(((first_at or begun) - begun) * 1000)
    o, d = float(np.median(ours)), float(np.median(direct))
    print(f"tailorkit (stream): {o:.1f} tokens/s; llama_cpp direct: {d:.1f} tokens/s; ratio {o / d:.2f}")
    print(f"first-token latency through tailorkit: p50 {np.median(first):.0f} ms ({len(first)} runs)")


PROFILE = (
    "About this user: likes science fiction, documentaries about space, Japanese animation and slow "
    "dramas; dislikes horror and musicals; watches mostly on weekday evenings; rated 214 films, mean 3.8. "
)


def cold_vs_cached(turns: int = 6, max_tokens: int = 48) -> None:
    print("## Exact prompt cache vs cold vs llama.cpp's own cache: a six-turn chat, first token per turn")
    chat = LlamaCppChat(context_size=4096)
    llama = chat._load()
    system = {"role": "system", "content": "You are a helpful personal assistant. " + PROFILE * 12}
    asks = [
        "Suggest a film for tonight.",
        "Something shorter, please.",
        "Is it suitable for a twelve-year-old?",
        "What else did the director make?",
        "And a documentary instead?",
        "Thanks. Remind me what you suggested first.",
    ][:turns]

    def conversation(answers: list[str], upto: int) -> list[dict[str, str]]:
        messages = [system]
        for ask, answer in zip(asks[:upto], answers, strict=False):
            messages += [{"role": "user", "content": ask}, {"role": "assistant", "content": answer}]
        return [*messages, {"role": "user", "content": asks[upto]}]

    def first_token(stream: Any) -> tuple[float, str]:
        begun, first, text = time.perf_counter(), None, []
        for piece in stream:
            first = first or time.perf_counter()
            text.append(piece)
        return ((first or begun) - begun) * 1000, "".join(text)

    def direct(messages: list[dict[str, str]]) -> Iterator[str]:
        for chunk in llama.create_chat_completion(
            messages=messages, max_tokens=max_tokens, temperature=0.0, stream=True
        ):
            piece = chunk["choices"][0].get("delta", {}).get("content")
            if piece:
                yield piece

    def run(mode: str) -> tuple[list[float], list[str], list[int]]:
        times, answers, reused = [], [], []
        chat.forget_cache()
        for t in range(turns):
            messages: Any = conversation(answers, t)
            if mode == "cold":
                chat.forget_cache()
            stream = direct(messages) if mode == "llama.cpp" else chat.stream(messages, max_tokens=max_tokens)
            ms, text = first_token(stream)
            times.append(ms)
            answers.append(text)
            reused.append(chat.reused_tokens)
        return times, answers, reused

    for rep in range(2):  # the first round warms the process (page cache, allocator)
        exact, exact_answers, reused = run("exact")
        cold, cold_answers, _ = run("cold")
        own, _, _ = run("llama.cpp")
        if rep == 0:
            continue
        lengths = [chat.chat(conversation(cold_answers, t), max_tokens=1).prompt_tokens for t in range(turns)]
        for t in range(turns):
            print(
                f"turn {t + 1}: prompt {lengths[t]} tokens ({reused[t]} reused); first token: exact cache "
                f"{exact[t]:.0f} ms, cold {cold[t]:.0f} ms, llama.cpp's cache {own[t]:.0f} ms"
            )
        later = slice(1, None)  # turn 1 has nothing cached in any mode
        e, c, o = (float(np.median(x[later])) for x in (exact, cold, own))
        print(
            f"first token p50, turns 2-{turns}: exact cache {e:.0f} ms, cold {c:.0f} ms (cold/exact "
            f"{c / e:.1f}x), llama.cpp's cache {o:.0f} ms (exact/llama.cpp {e / o:.2f}x); "
            f"exact-cache answers equal the cold ones: {exact_answers == cold_answers}"
        )
        print(f"cold prompt evaluation: {sum(lengths) / (sum(cold) / 1000):.0f} tokens/s")


TOLD_THEN_ASKED = [
    ("I'm vegetarian.", "What should I cook for dinner tonight?"),
    ("I'm vegan.", "Give me three ideas for a quick lunch."),
    ("I don't eat meat.", "What can I make for a barbecue this weekend?"),
    ("I'm vegetarian and I hate mushrooms.", "Any ideas for a healthy breakfast?"),
    ("I'm pescatarian.", "What should I have for dinner after the gym?"),
    ("My knees are bad, so no running or jumping exercises for me.", "Can you suggest a 20 minute workout?"),
    ("I'm lactose intolerant.", "What's a good high-protein snack?"),
    ("Spicy food upsets my stomach.", "What should I order from the Indian takeaway?"),
    ("I'm allergic to peanuts.", "What snacks should I pack for a hike?"),
    ("I don't drink alcohol.", "What drinks should I serve at my party?"),
    ("I avoid caffeine completely.", "What can I drink to get through my afternoon slump?"),
    ("I'm gluten-free.", "What should I make for a picnic?"),
    ("I'm vegetarian.", "Give me a weekly meal plan."),
    ("I'm vegan.", "What should I bake for my friend's birthday?"),
    ("I have a bad back, so no heavy lifting.", "What exercises should I do at the gym?"),
    ("I don't eat pork.", "What should I cook for a family dinner on Sunday?"),
    ("I'm allergic to shellfish.", "What should I order at the seafood restaurant?"),
    ("I'm vegetarian.", "What protein sources should I eat after a workout?"),
    ("I can't eat dairy.", "What should I put in a smoothie?"),
    ("I don't eat fish.", "What should I eat to get more omega-3?"),
]


def asked_again(rounds: int = 2) -> None:
    print(
        "## Asked again: food and exercise ideas after one diet or limit, the bundled model, "
        "second_try off / on"
    )
    with tempfile.TemporaryDirectory() as tmp, Engine.open(Path(tmp) / "t.db", Settings(data_dir=tmp)) as e:
        assistant = e.assistant
        for second in (False, True):
            assistant.settings.second_try = second
            against = lines = again = 0
            took = 0.0
            for n, (told, asked) in enumerate(TOLD_THEN_ASKED * rounds):
                user = f"u{n}-{second}"
                e.memories.remember(user, told)
                start = time.perf_counter()
                answer = assistant.respond(user, asked, domain="health_coaching")
                took += time.perf_counter() - start
                against += bool(answer.why.kept_away)
                lines += len(answer.why.kept_away)
                again += any("asked again" in note for note in answer.why.notes)
            n = len(TOLD_THEN_ASKED) * rounds
            print(
                f"second_try {'on' if second else 'off'}: {against} of {n} answers had lines left out for "
                f"going against what the user told ({lines} lines); asked again {again}; "
                f"{took / n:.2f} s per answer"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--skip-eval", action="store_true")
    args = parser.parse_args()
    context_speed()
    generation_speed()
    cold_vs_cached()
    asked_again()
    if not args.skip_eval:
        usefulness(args.users)


if __name__ == "__main__":
    main()
