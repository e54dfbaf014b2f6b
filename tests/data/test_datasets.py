"""The data-set loaders, on the bundled demo and on the real shared files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tailorkit import DatasetNotFoundError, Engine
from tailorkit.data import DATASETS, get_dataset, synthetic_events, synthetic_items
from tailorkit.data._datasets import DEMO_DIR, LoCoMo


def test_registry_lists_the_builtins_from_entry_points() -> None:
    assert {"demo", "ml-100k", "ml-latest-small", "movielens", "locomo", "synthetic"} <= set(DATASETS.names())
    with pytest.raises(DatasetNotFoundError, match="no data set named 'nope'; known: demo"):
        get_dataset("nope")


def test_demo_is_bundled_with_its_licence() -> None:
    assert (DEMO_DIR / "README.txt").is_file()
    assert "MovieLens" in (DEMO_DIR / "README.txt").read_text(encoding="utf-8")


@pytest.mark.slow
def test_demo_loads_offline_and_twice_adds_nothing(engine: Engine) -> None:
    report = engine.load_dataset("demo")
    s = engine.stats()
    assert (s.users, s.items) == (610, 9742)
    assert s.events_by_kind == {"rate": 100_836, "tag": 3_683}
    toy = engine.item("1")
    assert toy["title"] == "Toy Story (1995)"
    assert toy["tags"] == ["Adventure", "Animation", "Children", "Comedy", "Fantasy"]
    assert toy["attributes"] == {
        "year": 1995,
        "imdb_id": "0114709",
        "tmdb_id": 862,
        "kind": "film",
        "title_zh": "玩具总动员",  # the bundled titles-zh.csv: a Chinese user names films so
    }
    # a tag users gave a film that names someone joins its catalogue tags; descriptive ones ("pixar",
    # "fun" on Toy Story) stay tag events
    toy2 = engine.item("3114")["tags"]  # Toy Story 2
    assert toy2[:5] == ["Adventure", "Animation", "Children", "Comedy", "Fantasy"]
    assert {"Tom Hanks", "Pixar", "Disney"} <= set(toy2[5:])
    # a tag that warns of violence is one catalogue tag, Violence; one about violence is not
    assert "Violence" in engine.item("296")["tags"] and "Violence" not in engine.item("1")["tags"]
    assert "Violence" not in engine.item("5669")["tags"]  # Bowling for Columbine: "violence in america"
    assert report.written == 9742 + 100_836 + 3_683
    again = engine.load_dataset("demo")
    assert again.written == 0
    assert engine.stats().events == s.events


@pytest.mark.realdata
def test_movielens_100k(engine: Engine, shared_data: Path) -> None:
    engine.load_dataset("ml-100k")  # found under Settings.datasets_dir
    s = engine.stats()
    assert (s.users, s.items, s.events) == (943, 1682, 100_000)
    assert engine.user("1")["attributes"] == {
        "age": 24,
        "gender": "M",
        "occupation": "technician",
        "zip": "85711",
    }
    item = engine.item("1")
    assert item["title"] == "Toy Story (1995)"
    assert item["tags"] == ["Animation", "Children's", "Comedy"]
    assert item["attributes"]["release_date"] == "01-Jan-1995"
    counts = engine.events("1").groupby("kind").size().to_dict()
    assert counts == {"rate": 272}


@pytest.mark.realdata
def test_movielens_csv_release_from_a_path(engine: Engine, shared_data: Path) -> None:
    engine.load_dataset("movielens", shared_data / "movielens-latest-small")
    assert engine.stats().events_by_kind == {"rate": 100_836, "tag": 3_683}


@pytest.mark.realdata
def test_locomo_turns_become_message_events(engine: Engine, shared_data: Path) -> None:
    path = shared_data / "locomo" / "locomo_dev6.json"
    engine.load_dataset("locomo", path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    turns = sum(
        len(v)
        for c in raw
        for k, v in c["conversation"].items()
        if k.startswith("session_") and not k.endswith("date_time") and isinstance(v, list)
    )
    s = engine.stats()
    assert s.events_by_kind == {"message": turns}
    assert s.users == 2 * len(raw)
    sid = raw[0]["sample_id"]
    speaker = raw[0]["conversation"]["speaker_a"]
    ev = engine.events(f"{sid}/{speaker}")
    first = ev.iloc[0]
    assert first["meta"]["dia_id"] == "D1:1"
    assert first["meta"]["session_date"] == raw[0]["conversation"]["session_1_date_time"]
    assert first["ts"] == LoCoMo.parse_session_date(first["meta"]["session_date"]).timestamp()
    assert engine.load_dataset("locomo", path).written == 0


def test_missing_dataset_files_are_reported(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(DatasetNotFoundError, match="does not exist"):
        engine.load_dataset("ml-100k", tmp_path / "nowhere")
    (tmp_path / "ml").mkdir()
    with pytest.raises(DatasetNotFoundError, match=r"lacks u\.data, u\.item, u\.user, u\.genre"):
        engine.load_dataset("ml-100k", tmp_path / "ml")
    engine.settings.datasets_dir = None
    with pytest.raises(DatasetNotFoundError, match="--path"):
        engine.load_dataset("movielens")


def test_synthetic_log_is_deterministic_power_law_and_time_ordered() -> None:
    a = next(synthetic_events(50_000, 1_000, 2_000, seed=3))
    b = next(synthetic_events(50_000, 1_000, 2_000, seed=3))
    assert a.equals(b)
    assert not a.equals(next(synthetic_events(50_000, 1_000, 2_000, seed=4)))
    assert np.all(np.diff(a["timestamp"].to_numpy()) > -61)  # increasing up to the jitter
    pop = a["item"].value_counts().to_numpy()
    assert pop[0] > 20 * np.median(pop)  # a head of popular items and a long tail
    assert set(a["value"].unique()) <= {1.0, 2.0, 3.0, 4.0, 5.0}
    items = synthetic_items(100, seed=3)
    assert items["text"].str.len().min() > 10 and items["tags"].map(len).min() == 2


def test_synthetic_dataset_loads_with_options(engine: Engine) -> None:
    engine.load_dataset("synthetic", events=2_000, users=50, items=80, seed=1)
    s = engine.stats()
    assert s.items == 80 and s.users <= 50 and 0 < s.events <= 2_000
