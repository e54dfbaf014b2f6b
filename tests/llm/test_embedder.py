"""The bundled sentence-embedding model works offline, in English and Chinese."""

from pathlib import Path

import numpy as np
import pytest

from tailorkit.llm import Embedder, SentenceEmbedder


def test_bundled_model_embeds_offline_and_ranks_meaning() -> None:
    emb = SentenceEmbedder()
    assert isinstance(emb, Embedder)
    vecs = emb.embed(["I am allergic to peanuts", "Peanuts make me ill", "The train leaves at noon"])
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2
    assert emb.embed([]).shape == (0, 384)


def test_chinese_text_embeds() -> None:
    vecs = SentenceEmbedder().embed(["我对花生过敏", "我对花生过敏。"])
    assert vecs.shape == (2, 384)
    assert vecs[0] @ vecs[1] > 0.9


def test_many_batches_run_side_by_side_give_each_text_its_own_vector(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bulk call batches its texts by token count and runs the batches on single-threaded sessions
    side by side; each text gets its own vector, in the caller's order (full precision: a vector does
    not depend on its batch)."""
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    emb = SentenceEmbedder(batch_size=4, precision="fp32")
    # character and token counts disagree: the Chinese text is short in characters, long in tokens
    texts = [f"passage {n}: parcels arrive within {n} business days" for n in range(12)]
    texts += ["我住在上海，每天坐地铁上班", "ok"]
    onnx = emb._session()
    assert onnx is not None and onnx.graph is not None
    together = emb.embed(texts)
    assert len(onnx._sides) >= 2  # the batches ran on the side sessions
    alone = np.vstack([emb._embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_small_batches_give_the_same_vectors_as_large_ones() -> None:
    """At full precision a text's vector does not depend on its batch; quantized, the activations'
    scale is the batch's, and the vectors stay within cosine 0.97."""
    texts = ["What am I allergic to?", "我住在上海", "a", "b", "c", "d"]
    for precision in ("fp32", "int8"):
        emb = SentenceEmbedder(precision=precision)
        together = emb.embed(texts)  # the batched encode() path
        alone = np.vstack([emb.embed([t]) for t in texts[:2]])  # the direct small-batch path
        if precision == "fp32":
            np.testing.assert_allclose(alone, together[:2], atol=1e-5)
        else:
            assert np.all((alone * together[:2]).sum(axis=1) > 0.97)


def test_onnx_runtime_gives_torchs_vectors() -> None:
    onnx, torch = SentenceEmbedder(precision="fp32"), SentenceEmbedder(backend="torch")
    assert onnx._session() is not None  # the default runs on ONNX Runtime here
    texts = [
        "What am I allergic to?",
        "我住在上海",
        "Hi",
        "A much longer sentence, padded beside the short ones.",
    ]
    a, b = onnx.embed(texts), torch.embed(texts)
    np.testing.assert_allclose(a, b, atol=1e-5)
    assert onnx.dim == torch.dim == 384
    # the default, quantized: near torch's vectors, and a different graph from full precision's
    quantized = SentenceEmbedder()
    assert quantized.precision == "int8" and quantized._session() is not onnx._session()
    close = (quantized.embed(texts) * b).sum(axis=1)
    assert np.all(close > 0.97) and not np.allclose(close, 1.0, atol=1e-4)


def test_the_settings_choose_the_engines_embedding_precision(tmp_path: Path) -> None:
    from tailorkit import Engine, Settings

    settings = Settings(data_dir=tmp_path, llm={"embedding_precision": "fp32"})
    with Engine.open(tmp_path / "t.db", settings) as engine:
        embedder = engine.memories.embedder
        assert isinstance(embedder, SentenceEmbedder) and embedder.precision == "fp32"
    with pytest.raises(ValueError, match="embedding_precision"):
        Settings(data_dir=tmp_path, llm={"embedding_precision": "int4"})


def test_an_unknown_embedding_backend_is_refused() -> None:
    from tailorkit.errors import TailorkitError

    with pytest.raises(TailorkitError, match="onnx or torch, got 'tf'"):
        SentenceEmbedder(backend="tf")
    with pytest.raises(TailorkitError, match="int8 or fp32, got 'int4'"):
        SentenceEmbedder(precision="int4")


def test_two_embedders_starting_together_both_run_on_onnx() -> None:
    """The memories' and the knowledge base's embedders start in two threads of one server: torch's
    exporter keeps global state, so the exports take turns, and neither falls back to torch."""
    import threading

    from tailorkit.llm import _onnx

    _onnx._encoder.cache_clear()
    embedders = [SentenceEmbedder(), SentenceEmbedder()]
    sessions: list[object] = [None, None]

    def start(n: int) -> None:
        sessions[n] = embedders[n]._session()

    threads = [threading.Thread(target=start, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(s is not None for s in sessions)


def test_the_exported_model_is_kept_and_read_back_without_exporting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first process exports the model and keeps the graph in the cache; the next reads it (no torch
    export), and its vectors are the same."""
    from tailorkit.llm import _onnx, bundled_embedding_model

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _onnx._encoder.cache_clear()
    texts = ["What am I allergic to?", "我住在上海"]
    first = SentenceEmbedder()
    assert first._session() is not None
    kept = sorted(p.name[32:] for p in (tmp_path / "cache" / "tailorkit" / "embeddings").iterdir())
    assert kept == ["-int8.json", "-int8.onnx", ".json", ".onnx"]  # quantized, and full precision

    def no_export(*args: object) -> None:
        raise AssertionError("exported or quantized again")

    monkeypatch.setattr(_onnx, "_export", no_export)
    monkeypatch.setattr(_onnx, "_quantized", no_export)
    _onnx._encoder.cache_clear()  # as a new process would start
    again = SentenceEmbedder()
    np.testing.assert_allclose(again.embed(texts), first.embed(texts), atol=1e-6)
    # a model whose files changed is exported anew (its digest names another graph)
    assert _onnx._digest(bundled_embedding_model(), "1") != _onnx._digest(bundled_embedding_model(), "2")
    _onnx._encoder.cache_clear()


def test_the_cache_keeps_the_graphs_of_the_models_used_last(tmp_path: Path) -> None:
    """Each new install of a model exports it again (its digest names its path and file times): the
    graphs of the installs used least recently are removed, a graph read counts as used."""
    import os

    from tailorkit.llm import _onnx

    folder = tmp_path / "embeddings"
    folder.mkdir()
    for n, model in enumerate(["a" * 32, "b" * 32, "c" * 32, "d" * 32]):
        for name in (f"{model}.onnx", f"{model}.json", f"{model}-int8.onnx", f"{model}-int8.json"):
            (folder / name).write_text('{"limit": 256}' if name.endswith(".json") else "graph")
            os.utime(folder / name, (1000.0 + n, 1000.0 + n))  # a used first, d last
    assert _onnx._read(folder, "a" * 32) == (b"graph", 256)  # a read now: used last
    _onnx._prune(folder, keep=2)
    kept = sorted({p.name[:1] for p in folder.iterdir()})
    assert kept == ["a", "d"] and len(list(folder.iterdir())) == 8


def test_an_unwritable_cache_only_means_exporting_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailorkit.llm import _onnx

    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    _onnx._encoder.cache_clear()
    emb = SentenceEmbedder()
    assert emb._session() is not None and emb.embed(["hello"]).shape == (1, 384)
    _onnx._encoder.cache_clear()


def test_a_damaged_kept_graph_is_exported_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailorkit.llm import _onnx

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _onnx._encoder.cache_clear()
    assert SentenceEmbedder()._session() is not None
    graphs = sorted((tmp_path / "tailorkit" / "embeddings").glob("*.onnx"))
    assert len(graphs) == 2
    for graph in graphs:
        graph.write_bytes(b"not a graph")  # a damaged disk
    _onnx._encoder.cache_clear()
    emb = SentenceEmbedder()
    assert emb._session() is not None and emb.embed(["hello"]).shape == (1, 384)
    assert all(graph.stat().st_size > 1_000_000 for graph in graphs)  # kept again, whole
    _onnx._encoder.cache_clear()


def test_a_quantization_that_moves_the_vectors_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the 8-bit graph's vectors stray from full precision's, full precision serves (and is kept
    under the quantized name, so no later process quantizes again)."""
    from tailorkit.llm import _onnx

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_onnx, "_MIN_COSINE", 1.0001)  # no quantized graph can pass
    _onnx._encoder.cache_clear()
    texts = ["What am I allergic to?", "我住在上海"]
    np.testing.assert_allclose(
        SentenceEmbedder().embed(texts), SentenceEmbedder(precision="fp32").embed(texts), atol=1e-6
    )
    kept, full = sorted((tmp_path / "tailorkit" / "embeddings").glob("*.onnx"), key=lambda p: len(p.name))[
        ::-1
    ]
    assert kept.name.endswith("-int8.onnx")
    assert kept.read_bytes() == full.read_bytes()
    _onnx._encoder.cache_clear()


def test_a_failed_quantization_leaves_nothing_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ONNX Runtime's shape inference writes the graph and its weights (~110 MB) into the working folder
    when it cannot infer every shape; the quantization that fails is dropped, and so are they."""
    from onnxruntime.tools.symbolic_shape_infer import SymbolicShapeInference

    from tailorkit.llm import _onnx

    def incomplete(self: SymbolicShapeInference, *args: object, **kwargs: object) -> bool:
        real(self, *args, **kwargs)
        return False  # as for a graph with an operator it has no rule for

    real = SymbolicShapeInference._infer_impl
    monkeypatch.setattr(SymbolicShapeInference, "_infer_impl", incomplete)
    work = tmp_path / "work"
    work.mkdir()
    (work / "0dd0a3c8-0000-11f1-0000-000000000001.data").write_bytes(b"the user's own file")
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _onnx._encoder.cache_clear()
    texts = ["What am I allergic to?", "我住在上海"]
    np.testing.assert_allclose(
        SentenceEmbedder().embed(texts), SentenceEmbedder(precision="fp32").embed(texts), atol=1e-6
    )
    assert sorted(p.name for p in work.iterdir()) == ["0dd0a3c8-0000-11f1-0000-000000000001.data"]
    _onnx._encoder.cache_clear()
