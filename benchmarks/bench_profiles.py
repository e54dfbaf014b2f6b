"""Profile benchmarks: usefulness on MovieLens 100K, rebuild and incremental-update speed.

Usefulness: profiles built from each user's first 80% of ratings (by time); for the films the user then
rated 4 or more, the share whose genres meet the profile's top-3 genres, against the same share for the
population's top-3 genres (most frequent among all training ratings of 4 or more).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from _paths import datasets_dir
from tailorkit import Engine, Settings
from tailorkit.data import synthetic_events, synthetic_items
from tailorkit.store import Event


def usefulness(folder: Path) -> None:
    print("## Usefulness: MovieLens 100K, first 80% of each user's ratings -> top-3 genres")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine.open(Path(tmp) / "p.db", Settings(data_dir=Path(tmp))) as e,
    ):
        e.load_dataset("ml-100k", folder)
        with e.store.read() as conn:
            log = pd.DataFrame(
                conn.execute(
                    select(Event.id, Event.user_id, Event.item_id, Event.value, Event.ts).order_by(
                        Event.user_id, Event.ts, Event.id
                    )
                ).all(),
                columns=["id", "user", "item", "value", "ts"],
            )
        rank = log.groupby("user").cumcount()
        size = log.groupby("user")["user"].transform("size")
        train, test = log[rank < (0.8 * size).round()], log[rank >= (0.8 * size).round()]
        with e.store.write() as conn:  # keep only the training part in the store
            for start in range(0, len(test), 500):
                conn.execute(
                    Event.__table__.delete().where(
                        Event.id.in_(test["id"].iloc[start : start + 500].tolist())
                    )
                )
        e.profiles.rebuild()
        from tailorkit.store import Item, User

        with e.store.read() as conn:
            tags = dict(conn.execute(select(Item.id, Item.tags)).all())
            ext = dict(conn.execute(select(User.id, User.external_id)).all())
        liked_train = train[train["value"] >= 4]
        counts = pd.Series([g for i in liked_train["item"] for g in tags[i]]).value_counts()
        population = set(counts.index[:3])
        mine, pop = [], []
        for user, part in test[test["value"] >= 4].groupby("user"):
            top = set(e.profile(ext[user]).top("genre", 3))
            films = [set(tags[i]) for i in part["item"]]
            mine.append(sum(bool(f & top) for f in films) / len(films))
            pop.append(sum(bool(f & population) for f in films) / len(films))
    a, b = statistics.mean(mine), statistics.mean(pop)
    print(
        f"profile top-3 hit rate {a:.4f}; population top-3 {sorted(population)} hit rate {b:.4f}; "
        f"lift {a / b:.3f} [target: lift > 1]"
    )


def speed() -> None:
    print("\n## Speed")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine.open(Path(tmp) / "s.db", Settings(data_dir=Path(tmp))) as e,
    ):
        e.load_dataset("demo")
        start = time.perf_counter()
        n = e.profiles.rebuild()
        print(f"rebuild all demo profiles ({n:,} events): {time.perf_counter() - start:.2f} s [target < 2 s]")
        builder = e.profiles.builder
        with e.store.read() as conn:
            rows = conn.execute(
                select(Event.user_id, Event.item_id, Event.kind, Event.value, Event.text, Event.ts).limit(
                    2000
                )
            ).all()
        times = []
        for r in rows[:1000]:
            start = time.perf_counter()
            builder.fold([tuple(r)])  # type: ignore[list-item]
            times.append(time.perf_counter() - start)
        times.sort()
        print(
            f"incremental update of one event: p50 {times[len(times) // 2] * 1e3:.3f} ms, "
            f"p95 {times[int(len(times) * 0.95)] * 1e3:.3f} ms [target p50 < 1 ms]"
        )
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine.open(Path(tmp) / "m.db", Settings(data_dir=Path(tmp))) as e,
    ):
        e.ingest_items(synthetic_items(5_000, seed=3))
        for chunk in synthetic_events(1_000_000, 10_000, 5_000, seed=3, chunk_size=200_000):
            e.ingest_events(chunk)
        start = time.perf_counter()
        n = e.profiles.rebuild()
        secs = time.perf_counter() - start
        print(
            f"fold a stream of {n:,} synthetic events into profiles: {secs:.1f} s ({n / secs:,.0f} events/s) "
            "[target < 60 s]"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", type=Path, default=datasets_dir() / "movielens-100k")
    args = parser.parse_args()
    usefulness(args.path)
    speed()


if __name__ == "__main__":
    main()
