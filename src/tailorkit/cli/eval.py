"""``tailorkit eval recommend`` and ``tailorkit eval memory``: benchmarks on real data."""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from tailorkit.cli._common import console, guarded, open_engine, parse_options, progress_bar, settings, typed
from tailorkit.engine import Engine
from tailorkit.errors import InputError

__all__ = ["app", "assistant", "knowledge", "memory", "recommend"]

app = typer.Typer(help="Evaluate recommenders and memory against real data.", no_args_is_help=True)


def _moment(text: str) -> float:
    """``--before`` as epoch seconds: a number, or an ISO 8601 date or time (UTC unless it says)."""
    from datetime import UTC, datetime

    try:
        return float(text)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r}: expected ISO 8601 or epoch seconds", param_hint="--before"
        ) from None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


@app.command()
@guarded
def recommend(
    dataset: Annotated[
        str | None, typer.Option("--dataset", help="A data set name (see `datasets list`).")
    ] = None,
    path: Annotated[Path | None, typer.Option("--path", help="Its folder or file.")] = None,
    from_store: Annotated[
        bool,
        typer.Option(
            "--from-store",
            help="The tenant's own events (of --kinds, as training reads them), not a data set.",
        ),
    ] = False,
    kinds: Annotated[
        str | None,
        typer.Option(
            "--kinds", help="Event kinds to learn from (data sets: rate; --from-store: training's)."
        ),
    ] = None,
    protocol: Annotated[
        str, typer.Option("--protocol", help="random-75-25, ml100k-folds, leave-last-out or time.")
    ] = ("random-75-25"),
    before: Annotated[
        str | None,
        typer.Option(
            "--before",
            help="time: train before this moment (ISO 8601 or epoch seconds), test after; "
            "default: the newest 20% of the log is the test side.",
        ),
    ] = None,
    algorithms: Annotated[str, typer.Option("--algorithms", help="Comma-separated registry names.")] = (
        "popularity,itemknn,ease,als,bpr"
    ),
    k: Annotated[int, typer.Option("--k", min=1, help="Cut-off of the ranking metrics.")] = 10,
    seed: Annotated[int, typer.Option("--seed", help="Seed of random splits.")] = 42,
    tune: Annotated[
        bool, typer.Option("--tune", help="Tune each algorithm on three 10% validation splits of train.")
    ] = False,
    budget: Annotated[
        float | None,
        typer.Option(
            "--budget",
            min=0,
            help="--tune: seconds each algorithm's search may take on a split; candidates nearest the "
            "defaults go first, and the rest are skipped (and said so) once it is spent.",
        ),
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write results as JSON here.")] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write report.md and PNG plots here.")
    ] = None,
    option: Annotated[
        list[str] | None, typer.Option("--option", "-o", help="key=value for the loader.")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="ALGORITHM.key=value, held fixed: -p ease.reg=500, -p ensemble.members=ease,svd,als-wr.",
        ),
    ] = None,
) -> None:
    """Fit each algorithm on the protocol's training side and score its test side."""
    from tailorkit.evaluation import PROTOCOLS, evaluate, markdown_table, write_report
    from tailorkit.recommend import Interactions

    if protocol not in PROTOCOLS:
        raise typer.BadParameter(f"expected one of: {', '.join(PROTOCOLS)}", param_hint="--protocol")
    names = [a.strip() for a in algorithms.split(",") if a.strip()]
    if not names:
        raise typer.BadParameter("name at least one algorithm", param_hint="--algorithms")
    params: dict[str, dict[str, Any]] = {name: {} for name in names}
    for key, value in parse_options(param, "--param").items():
        name, dot, field = key.partition(".")
        if not dot or not field or name not in params:
            raise typer.BadParameter(
                f"expected ALGORITHM.key=value for one of --algorithms, got {key!r}", param_hint="--param"
            )
        params[name][field] = typed(value)
    from tailorkit.recommend import DEFAULT_KINDS

    if (dataset is None) == (not from_store):
        raise typer.BadParameter("name a data set (--dataset) or evaluate the store's events (--from-store)")
    if from_store and protocol == "ml100k-folds":
        raise typer.BadParameter("ml100k-folds needs the MovieLens 100K folder", param_hint="--protocol")
    if before is not None and protocol != "time":
        raise typer.BadParameter("--before goes with --protocol time", param_hint="--before")
    cut = _moment(before) if before is not None else None
    chosen = tuple(x.strip() for x in kinds.split(",") if x.strip()) if kinds else None
    base = settings()
    folds = None
    if from_store:
        chosen = chosen or DEFAULT_KINDS
        with open_engine() as engine:
            data = Interactions.from_store(engine.store, engine.tenant, chosen)
            source = f"tenant {engine.tenant!r}"
    else:
        assert dataset is not None
        chosen = chosen or ("rate",)
        # Through the real loader into a scratch store, exactly as a user's data would arrive.
        with (
            tempfile.TemporaryDirectory() as tmp,
            progress_bar(f"loading {dataset}") as update,
            Engine.open(Path(tmp) / "eval.db", base.model_copy(update={"data_dir": Path(tmp)})) as engine,
        ):
            loaded = engine.load_dataset(dataset, path, progress=update, **parse_options(option))
            data = Interactions.from_store(engine.store, engine.tenant, chosen)
        folds = Path(loaded.path) if protocol == "ml100k-folds" else None
        source = f"data set {dataset!r}"
    if len(data) == 0:
        raise InputError(f"{source} has no events of kinds {', '.join(chosen)} to evaluate on")
    results = evaluate(
        data,
        protocol,
        list(params.items()),
        k=k,
        seed=seed,
        folds_path=folds,
        tune_params=tune,
        # "ALGORITHM on SPLIT" as it starts; a tuning candidate's "ALGORITHM params: score in time" as it ends
        progress=lambda msg: console.print(msg if ":" in msg else f"fitting {msg}", highlight=False),
        before=cut,
        budget_s=budget,
    )
    context = {
        "dataset": dataset or source,
        "kinds": list(chosen),
        "protocol": protocol,
        "k": k,
        "seed": seed,
        "tuned": tune,
        "fixed": {name: fixed for name, fixed in params.items() if fixed},
        "users": data.n_users,
        "items": data.n_items,
        "interactions": len(data),
    }
    typer.echo(markdown_table(results, k))
    if results and "users" in results[0].metrics:
        users = results[0].metrics["users"]
        se = max(r.metrics.get(f"ndcg@{k}_se", 0.0) for r in results)
        few = " (few: a longer test period or another protocol gives more)" if users < 100 else ""
        console.print(
            f"scored on {users:,.0f} test users{' a fold' if protocol == 'ml100k-folds' else ''}{few}; "
            f"NDCG@{k} standard error up to {se:.4f}: a difference under {2 * se:.4f} may be chance",
            highlight=False,
        )
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(
            json.dumps({"context": context, "results": [r.as_dict() for r in results]}, indent=2),
            encoding="utf-8",
        )
    if report is not None:
        for written in write_report(
            results, report, title=f"{dataset or source}: {protocol}", k=k, context=context
        ):
            console.print(f"wrote {written}", highlight=False)


@app.command()
@guarded
def memory(
    dataset: Annotated[str, typer.Option("--dataset", help="Only 'locomo' for now.")] = "locomo",
    path: Annotated[Path | None, typer.Option("--path", help="The LoCoMo JSON file or its folder.")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write results as JSON here.")] = None,
    mode: Annotated[
        str,
        typer.Option(
            "--mode",
            help="chat: every turn said through remember(), the product's path (default); "
            "store: every turn written directly.",
        ),
    ] = "chat",
    window: Annotated[
        int, typer.Option("--window", min=0, help="--mode store: neighbouring turns indexed as context.")
    ] = 2,
    conversations: Annotated[
        str | None, typer.Option("--conversations", help="Comma-separated sample ids (default: all).")
    ] = None,
    answer: Annotated[
        bool,
        typer.Option("--answer", help="Also have the configured chat backend answer from the memories."),
    ] = False,
    judge: Annotated[
        str | None,
        typer.Option("--judge", help="--answer: an OpenAI-compatible model that grades each answer."),
    ] = None,
    judge_url: Annotated[
        str | None,
        typer.Option("--judge-url", help="The judge's API root (default: the configured llm.base_url)."),
    ] = None,
    answer_k: Annotated[
        int, typer.Option("--answer-k", min=1, help="--answer: memories in each question's context.")
    ] = 10,
    questions: Annotated[
        int | None, typer.Option("--questions", min=1, help="Ask at most this many per conversation.")
    ] = None,
) -> None:
    """Fill each conversation's memories and answer its questions by search alone.

    ``--mode chat`` (default) says each turn to its speaker's assistant memory through ``remember``, the
    chat path; ``--mode store`` writes every turn directly. Reports evidence recall@5/10/20 (categories
    1-4) and search latency. With ``--answer`` the configured chat backend also answers each question from
    its first ``--answer-k`` memories: token F1 (LoCoMo's metric), with ``--judge`` an LLM judge's
    accuracy, context tokens per question and p50/p95 of the whole answer (search and generation).
    """
    from tailorkit.data import LOCOMO
    from tailorkit.evaluation import Answerer, evaluate_memory
    from tailorkit.llm import chat_model

    if dataset != "locomo":
        raise typer.BadParameter("the memory benchmark reads LoCoMo only", param_hint="--dataset")
    if mode not in ("chat", "store"):
        raise typer.BadParameter(f"expected chat or store, got {mode!r}", param_hint="--mode")
    if judge is not None and not answer:
        raise typer.BadParameter("--judge grades answers: add --answer", param_hint="--judge")
    base = settings()
    file = LOCOMO.locate(path, base.datasets_dir)
    wanted = [c.strip() for c in conversations.split(",") if c.strip()] if conversations else None
    answerer = None
    if answer:
        grader = None
        if judge is not None:
            url = judge_url or base.llm.base_url
            if not url:
                raise typer.BadParameter(
                    "the judge needs --judge-url (or llm.base_url)", param_hint="--judge"
                )
            grader = chat_model(base.llm, backend="openai", base_url=url, model=judge)
        answerer = Answerer(chat_model(base.llm), judge=grader)
    with tempfile.TemporaryDirectory() as tmp, answerer or contextlib.nullcontext():
        result = evaluate_memory(
            file,
            base,
            work_dir=Path(tmp),
            mode=mode,
            window=window,
            conversations=wanted,
            answerer=answerer,
            answer_k=answer_k,
            questions=questions,
            progress=lambda msg: console.print(msg, highlight=False),
        )
    if result.questions == 0:
        raise InputError(f"{file}: no questions of categories 1-4 with evidence in the chosen conversations")
    typer.echo(
        f"LoCoMo {file.name}: {result.questions} questions over {result.memories} memories\n"
        + "  ".join(f"recall@{k} {v:.3f}" for k, v in result.recall.items())
        + f"\nsearch latency p50 {result.latency_ms['p50']:.1f} ms, p95 {result.latency_ms['p95']:.1f} ms"
    )
    for category, r in result.by_category.items():
        typer.echo(f"  category {category}: " + "  ".join(f"recall@{k} {v:.3f}" for k, v in r.items()))
    if result.answers is not None:
        a = result.answers.as_dict()
        judged = f", judge accuracy {a['judge_accuracy']:.3f}" if a["judge_accuracy"] is not None else ""
        typer.echo(
            f"answers: token F1 {a['f1']:.3f}{judged} over {a['questions']} questions; "
            + "  ".join(f"category {c} {v:.3f}" for c, v in a["f1_by_category"].items())
            + f"\ncontext {a['context_tokens']['mean']:.0f} tokens per question (p95 "
            f"{a['context_tokens']['p95']:.0f}); answer p50 {a['answer_ms']['p50']:.0f} ms, "
            f"p95 {a['answer_ms']['p95']:.0f} ms"
        )
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"dataset": dataset, "path": str(file), **result.as_dict()}
        json_path.write_text(json.dumps(payload, indent=2), encoding="utf-8")


@app.command()
@guarded
def assistant(
    dataset: Annotated[
        str, typer.Option("--dataset", help="A MovieLens data set (ml-100k / movielens-100k).")
    ] = ("ml-100k"),
    path: Annotated[Path | None, typer.Option("--path", help="Its folder.")] = None,
    users: Annotated[int, typer.Option("--users", min=1, help="How many held-out users to ask.")] = 200,
    algorithm: Annotated[
        str, typer.Option("--algorithm", help="The recommender behind the assistant.")
    ] = "ease",
    backend: Annotated[
        str | None, typer.Option("--backend", help="Chat backend (default: settings, llama-cpp).")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the holdout and the user sample.")] = 42,
    structured: Annotated[
        str | None,
        typer.Option("--structured", help="auto, on or off: who writes the item lines (default: settings)."),
    ] = None,
    baselines: Annotated[
        bool, typer.Option("--baselines/--no-baselines", help="Also ask without the user's context.")
    ] = True,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write results as JSON here.")] = None,
) -> None:
    """Ask each sampled user's assistant "Recommend me 5 movies" and score Hit@5 on held-out likes.

    Prints the recommender's own Hit@5, the personalised assistant's and the non-personalised one's,
    and measures of the personalised answers' words: loops, distinct bigrams, contradicted catalogue
    facts, false refusals and length, as the model wrote them and as the user read them.
    """
    if structured not in (None, "auto", "on", "off"):
        raise typer.BadParameter("auto, on or off", param_hint="--structured")
    from tailorkit.evaluation import evaluate_assistant
    from tailorkit.llm import chat_model

    base = settings()
    model = chat_model(base.llm, **({"backend": backend} if backend else {}))
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_assistant(
            dataset,
            path,
            base,
            model,
            work_dir=Path(tmp),
            users=users,
            algorithm=algorithm,
            seed=seed,
            progress=lambda msg: console.print(msg, highlight=False),
            structured=structured,
            baselines=baselines,
        )
    h = result.hit_at_5
    vs_rec = h["personalised"] / max(h["recommender"], 1e-9)
    plain = h["non_personalised"]
    vs_plain = f"personalised is {h['personalised'] / plain:.1f}x" if plain else "no hit to compare with"
    ctx, first, gen = result.context_ms["p50"], result.first_token_ms["p50"], result.generation_ms["p50"]
    typer.echo(
        f"{dataset}, {result.users} users, model {result.model}, recommender {algorithm}: Hit@5\n"
        f"  recommender       {h['recommender']:.3f}\n"
        f"  personalised      {h['personalised']:.3f}  ({vs_rec:.2f}x the recommender)\n"
        + (
            f"  non-personalised  {h['non_personalised']:.3f}  ({vs_plain})\n"
            f"  non-personalised, popular items given  {h['non_personalised_popular']:.3f}\n"
            if baselines
            else "  (no non-personalised answers asked: --no-baselines)\n"
        )
        + f"context assembly p50 {ctx:.1f} ms; first token p50 {first:.0f} ms; generation p50 {gen:.0f} ms; "
        f"items appended in {result.appended_share:.0%} of answers"
    )
    typer.echo(f"words of the personalised answers ({'structured' if result.structured else 'free'}):")
    typer.echo(f"  {'':10} {'loops':>7} {'contra':>7} {'refusal':>7} {'dist-2':>7} {'length':>7}")
    for name, m in result.text.items():
        typer.echo(
            f"  {name:10} {m['loop_rate']:7.1%} {m['contradiction_rate']:7.1%} "
            f"{m['false_refusal_rate']:7.1%} {m['distinct_2']:7.3f} {m['mean_length']:7.1f}"
        )
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps({"dataset": dataset, **result.as_dict()}, indent=2), encoding="utf-8")


@app.command()
@guarded
def knowledge(
    docs: Annotated[
        Path | None, typer.Option("--docs", help="A folder of documents (default: the FAQ set).")
    ] = None,
    questions: Annotated[
        Path | None, typer.Option("--questions", help="JSONL of {q, doc, answer} (default: the FAQ set's).")
    ] = None,
    answer: Annotated[
        bool, typer.Option("--answer/--no-answer", help="Also ask the assistant and check its citations.")
    ] = False,
    backend: Annotated[
        str | None, typer.Option("--backend", help="Chat backend (default: settings, llama-cpp).")
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write results as JSON here.")] = None,
) -> None:
    """Passage recall@1/3/5 of the knowledge base on an FAQ set, and with --answer whether the
    customer-service assistant's answer cites the passage that answers each question."""
    from tailorkit.evaluation import evaluate_knowledge
    from tailorkit.llm import chat_model

    base = settings()
    model = chat_model(base.llm, **({"backend": backend} if backend else {})) if answer else None
    with tempfile.TemporaryDirectory() as tmp:
        result = evaluate_knowledge(
            base, work_dir=Path(tmp), docs=docs, questions=questions, model=model,
            progress=lambda msg: console.print(msg, highlight=False),
        )  # fmt: skip
    r = result.recall
    typer.echo(
        f"{result.questions} questions, {result.documents} documents, {result.passages} passages "
        f"(ingested in {result.ingest_seconds:.2f} s)\n"
        f"passage recall@1 {r[1]:.3f}  @3 {r[3]:.3f}  @5 {r[5]:.3f}; "
        f"search p50 {result.search_ms['p50']:.1f} ms"
    )
    if result.cited is not None and result.answer_ms is not None:
        typer.echo(
            f"answers citing the answering passage {result.cited:.1%} "
            f"(first citation {result.cited_first:.1%}; "
            f"{result.several:.1%} cite two); looped {result.looped:.1%} "
            f"(the model began to in {result.model_looped:.1%}), refused {result.refused:.1%}; "
            f"answer p50 {result.answer_ms['p50']:.0f} ms"
        )
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
