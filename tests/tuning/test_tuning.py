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

    from tailorkit.llm import bundled_chat_model

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

    quick.erase("zed")  # erase takes the adapter with it
    assert not path.exists()


def test_too_little_data_or_no_consent_gives_a_clear_message(quick: Engine) -> None:
    from tailorkit.tuning import TuningError, tune

    quick.ingest_events([{"user": "amy", "kind": "message", "text": f"hi {i}"} for i in range(5)])
    with pytest.raises(TuningError, match="has 5 texts of their own; an adapter needs at least 20"):
        tune(quick, "amy")
    quick.ingest_users([{"user": "amy", "consent_tuning": False}])
    with pytest.raises(TuningError, match="has not consented"):
        tune(quick, "amy")
    with pytest.raises(UserNotFoundError):
        tune(quick, "nobody")
    quick.ingest_users([{"user": u, "team": "blue"} for u in ("bo", "cy")])
    quick.ingest_events([{"user": u, "kind": "message", "text": f"nice {u}"} for u in ("bo", "cy")])
    with pytest.raises(TuningError, match=r"segment 'team=blue' \(2 users\) has 2 texts"):
        tune(quick, segment="team=blue")
    with pytest.raises(TuningError, match="no consenting user has team=red"):
        tune(quick, segment="team=red")
    assert not (quick.settings.data_dir / "adapters").exists()
    assert json.dumps(quick.export("amy")["adapters"]) == "[]"
