"""Per-user LoRA adapters: trained on the user's own texts, kept only if they help, loadable by llama.cpp."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np
import pytest

from tailorkit import Engine, Settings
from tailorkit.errors import UserNotFoundError
from tailorkit.llm import Message

pytest.importorskip("peft")
pytestmark = pytest.mark.slow

LINES = [
    "Zorblax reports: the purple moon of Quenth rises over the glass dunes on day {i}.",
    "Zorblax notes: the glass dunes of Quenth hum softly under the purple moon, cycle {i}.",
]


@pytest.fixture
def quick(tmp_path: Path) -> Engine:
    tuning = {"steps": 12, "eval_every": 4, "min_examples": 20, "batch_size": 8, "max_length": 48}
    assistant = {"max_tokens": 16}
    return Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path, tuning=tuning, assistant=assistant))


def test_an_adapter_from_the_users_own_texts(quick: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from llama_cpp import Llama

    from tailorkit.llm import bundled_chat_model, plain_weights_on_amx

    plain_weights_on_amx()  # as the product loads the model (llama.cpp's AMX path crashes on some CPUs)
    events = [
        {"user": "zed", "kind": "message", "text": LINES[i % 2].format(i=i), "timestamp": 1_700_000_000 + i}
        for i in range(40)
    ]
    quick.ingest_events(events)
    from typer.testing import CliRunner

    from tailorkit.cli import app

    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(quick.settings.data_dir))
    for key, value in quick.settings.tuning.model_dump().items():
        if not isinstance(value, tuple):
            monkeypatch.setenv(f"TAILORKIT_TUNING__{key.upper()}", str(value))
    db = str(quick.store.engine.url.database)
    cli = CliRunner().invoke(app, ["-q", "--db", db, "tune", "zed", "--json"])
    assert cli.exit_code == 0, cli.output
    record = json.loads(cli.stdout)  # progress bars go to stderr
    assert Path(record["path"]).with_suffix(".png").stat().st_size > 1000  # the loss curve
    m = record["metrics"]
    assert m["perplexity_after"] < 0.8 * m["perplexity_before"]  # on the newest 20%, held out
    assert record["examples"] == 40 and record["data_to"] > record["data_from"]
    path = Path(record["path"])
    assert path.suffix == ".gguf" and 100_000 < path.stat().st_size < 5 * 2**20
    assert len(record["base_digest"]) == 64
    text = LINES[0].format(i=99)

    def perplexity(**kw: object) -> float:  # the adapter as llama.cpp sees it
        llm = Llama(model_path=str(bundled_chat_model()), n_ctx=256, logits_all=True, verbose=False, **kw)
        tokens = llm.tokenize(text.encode(), add_bos=False)
        llm.eval(tokens)
        logits = np.asarray(llm.scores[: len(tokens)])
        top = logits.max(1, keepdims=True)
        logp = logits - top - np.log(np.exp(logits - top).sum(1, keepdims=True))
        return math.exp(-float(np.mean([logp[i, tokens[i + 1]] for i in range(len(tokens) - 1)])))

    assert perplexity(lora_path=str(path)) < 0.8 * perplexity()

    # Served per request: the assistant answers zed with zed's adapter, others with the base model.
    from sqlalchemy import update

    from tailorkit.llm import LlamaCppChat
    from tailorkit.store import AdapterRecord

    model = LlamaCppChat(context_size=512)
    quick.chat_model = model
    answer = quick.chat("zed", "Tell me about the dunes")
    assert answer.why.adapter == str(path)
    quick.ingest_events([{"user": "amy", "kind": "message", "text": "hi"}])
    assert quick.chat("amy", "Tell me about the dunes").why.adapter is None
    switches = []
    for target in [str(path), None] * 5:
        start = time.perf_counter()
        model.use_adapter(target)
        switches.append(time.perf_counter() - start)
    assert sorted(switches)[len(switches) // 2] < 0.005  # median switch under 5 ms
    # the same request with the same adapter answers the same after all that switching as a fresh model
    dunes: list[Message] = [{"role": "user", "content": "Tell me about the dunes"}]
    warm = model.chat(dunes, max_tokens=16, adapter=str(path)).text
    assert warm == LlamaCppChat(context_size=512).chat(dunes, max_tokens=16, adapter=str(path)).text
    assert model.use_adapter(str(path) + ".missing") is False  # falls back to the base model
    with quick.store.write() as conn:
        conn.execute(update(AdapterRecord).values(base_digest="0" * 64))
    mismatched = quick.chat("zed", "Tell me about the dunes")
    assert mismatched.why.adapter is None and "another base model" in mismatched.why.notes[0]

    # The transformers backend serves the same adapter (its PEFT copy) and switches per request.
    from tailorkit.llm import CHAT_MODELS

    hf = CHAT_MODELS.get("transformers")()
    hi: list[Message] = [{"role": "user", "content": "Zorblax reports:"}]
    with_adapter = hf.chat(hi, max_tokens=12, adapter=str(path))
    plain = hf.chat(hi, max_tokens=12)
    assert with_adapter.completion_tokens > 0 and with_adapter.text != plain.text
    assert hf.digest == record["base_digest"]
    from peft.tuners.tuners_utils import BaseTunerLayer

    from tailorkit.tuning._train import base_model

    shared = base_model(bundled_chat_model()).model  # what the next tune() trains on
    assert not any(isinstance(m, BaseTunerLayer) for m in shared.modules())

    quick.erase("zed")  # erase takes the adapter with it
    assert not path.exists()


def test_too_little_data_or_no_consent_gives_a_clear_message(quick: Engine) -> None:
    from tailorkit.tuning import TuningError

    quick.ingest_events([{"user": "amy", "kind": "message", "text": f"hi {i}"} for i in range(5)])
    with pytest.raises(TuningError, match="has 5 texts of their own; an adapter needs at least 20"):
        quick.tune("amy")
    quick.ingest_users([{"user": "amy", "consent_tuning": False}])
    with pytest.raises(TuningError, match="has not consented"):
        quick.tune("amy")
    with pytest.raises(UserNotFoundError):
        quick.tune("nobody")
    quick.ingest_users([{"user": u, "team": "blue"} for u in ("bo", "cy")])
    quick.ingest_events([{"user": u, "kind": "message", "text": f"nice {u}"} for u in ("bo", "cy")])
    with pytest.raises(TuningError, match=r"segment 'team=blue' \(2 users\) has 2 texts"):
        quick.tune(segment="team=blue")
    with pytest.raises(TuningError, match="no consenting user has team=red"):
        quick.tune(segment="team=red")
    assert not (quick.settings.data_dir / "adapters").exists()
    assert json.dumps(quick.export("amy")["adapters"]) == "[]"


def test_a_segment_adapter_serves_its_members_and_goes_when_a_source_is_erased(quick: Engine) -> None:
    from sqlalchemy import insert, select

    from tailorkit.store import AdapterRecord, AdapterSource
    from tailorkit.testing import FakeChat

    quick.ingest_users(
        [{"user": u, "team": team} for u, team in (("bo", "blue"), ("cy", "blue"), ("dee", "red"))]
    )
    quick.ingest_users([{"user": "eve", "team": "blue", "consent_tuning": False}])
    quick.ingest_events(
        [
            {
                "user": u,
                "kind": "message",
                "text": LINES[i % 2].format(i=i),
                "timestamp": 1_700_000_000 + 2 * i + k,
            }
            for i in range(20)
            for k, u in enumerate(("bo", "cy"))
        ]
    )
    record = quick.tune(segment="team=blue")
    path = Path(record["path"])
    assert record["segment"] == "team=blue" and record["user_id"] is None and record["examples"] == 40
    with quick.store.read() as conn:
        sources = conn.execute(
            select(AdapterSource.user_id).where(AdapterSource.adapter_id == record["id"])
        ).all()
    assert sorted(quick.store.get_user(quick.tenant, u)["id"] for u in ("bo", "cy")) == sorted(
        r[0] for r in sources
    )

    fake = FakeChat()
    fake.digest = record["base_digest"]  # type: ignore[attr-defined]  # as if it were the bundled model
    quick.chat_model = fake
    ann = quick.chat("cy", "Tell me about the dunes")
    assert ann.why.adapter == str(path) and "segment team=blue" in " ".join(ann.why.notes)
    assert fake.adapters[-1] == str(path)  # the model was asked to answer with it
    assert quick.chat("eve", "hi").why.adapter == str(path)  # a member who gave no data is served too
    assert quick.chat("dee", "hi").why.adapter is None  # another segment: the base model
    assert [a["segment"] for a in quick.export("bo")["adapters"]] == ["team=blue"]
    assert quick.export("eve")["adapters"] == [] and quick.export("dee")["adapters"] == []

    # An adapter registered before sources were recorded counts for the users its segment matches.
    legacy = quick.settings.adapter_dir(quick.tenant, "segment-team=red") / "lora-old.gguf"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"GGUF")
    with quick.store.write() as conn:
        conn.execute(insert(AdapterRecord).values(
            tenant_id=quick.store.tenant_id(quick.tenant), segment="team=red", path=str(legacy),
            base_digest=record["base_digest"], data_from=0, data_to=0, examples=20, metrics={}, created_at=0,
        ))  # fmt: skip

    report = quick.erase("eve")  # served by it, but it never learned from her
    assert report["adapters"] == 0 and path.exists()
    report = quick.erase("bo")  # one of its sources: the segment's adapter goes, file, PEFT copy and row
    assert report["adapters"] == 1 and report["segment_adapters"] == ["team=blue"]
    assert not path.exists() and not path.with_suffix("").exists()
    assert quick.chat("cy", "hi").why.adapter is None  # the segment is back on the base model
    assert quick.erase("dee")["segment_adapters"] == ["team=red"] and not legacy.exists()
    with quick.store.read() as conn:
        assert conn.execute(select(AdapterRecord.id)).all() == []
        assert conn.execute(select(AdapterSource.user_id)).all() == []


def test_a_user_erased_while_their_adapter_trains_leaves_no_adapter(quick: Engine) -> None:
    from tailorkit.errors import TailorkitError

    events = [
        {"user": "zed", "kind": "message", "text": LINES[i % 2].format(i=i), "timestamp": 1_700_000_000 + i}
        for i in range(40)
    ]
    quick.ingest_events(events)
    erased: list[bool] = []

    def erase_midway(step: int, loss: float) -> None:
        if not erased:
            quick.erase("zed", refit=False)  # another request, in the middle of training
            erased.append(True)

    with pytest.raises(TailorkitError):
        quick.tune("zed", progress=erase_midway)
    assert erased and not any(quick.settings.data_dir.rglob("*.gguf"))  # no file, so no registry row
