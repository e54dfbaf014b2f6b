"""Synthetic interaction logs for scale tests: power-law popularity, latent tastes, time, item texts."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

__all__ = ["synthetic_events", "synthetic_items"]

_TOPICS = [
    ("science fiction", ["space", "robot", "future", "alien", "starship", "android", "galaxy"]),
    ("romance", ["love", "wedding", "heart", "kiss", "letters", "summer", "paris"]),
    ("crime", ["detective", "heist", "murder", "police", "gang", "witness", "city"]),
    ("comedy", ["laugh", "family", "holiday", "party", "mistake", "neighbours", "road"]),
    ("documentary", ["history", "nature", "ocean", "war", "music", "science", "life"]),
    ("fantasy", ["dragon", "magic", "kingdom", "quest", "sword", "forest", "witch"]),
    ("horror", ["ghost", "night", "house", "curse", "blood", "silence", "cellar"]),
    ("drama", ["father", "secret", "journey", "memory", "loss", "village", "sea"]),
]


def _latent(n: int, factors: int, rng: np.random.Generator) -> np.ndarray:
    return rng.normal(0.0, 1.0 / np.sqrt(factors), size=(n, factors))


def synthetic_items(n_items: int, *, factors: int = 8, seed: int = 0) -> pd.DataFrame:
    """Items with a title, a text and tags drawn from the topic their latent vector leans to."""
    rng = np.random.default_rng(seed)
    v = _latent(n_items, factors, rng)
    topic = np.abs(v[:, : len(_TOPICS)]).argmax(axis=1) % len(_TOPICS)
    titles, texts, tags = [], [], []
    for i, t in enumerate(topic):
        genre, words = _TOPICS[t]
        w = rng.choice(words, size=3, replace=False)
        titles.append(f"The {w[0].title()} of {w[1].title()} #{i}")
        texts.append(f"A {genre} story about {w[0]}, {w[1]} and {w[2]}.")
        tags.append([genre, str(w[0])])
    return pd.DataFrame(
        {"item": [f"i{i}" for i in range(n_items)], "title": titles, "text": texts, "tags": tags}
    )


def synthetic_events(
    n_events: int,
    n_users: int = 10_000,
    n_items: int = 5_000,
    *,
    factors: int = 8,
    alpha: float = 1.0,
    seed: int = 0,
    chunk_size: int = 100_000,
    start: float = 1_600_000_000.0,
    span_days: float = 365.0,
) -> Iterator[pd.DataFrame]:
    """Rating events in chunks (columns ``user, item, kind, value, timestamp``).

    Users and items follow Zipf-like activity and popularity (exponent ``alpha``); a user picks,
    among a few popular candidates, the one closest to their taste, and rates it by that affinity.
    Timestamps increase over ``span_days``. The same ``seed`` gives the same log (and the same
    latent vectors as ``synthetic_items`` with that seed).
    """
    rng = np.random.default_rng(seed)
    v = _latent(n_items, factors, rng)
    u = _latent(n_users, factors, np.random.default_rng(seed + 1))
    pop = 1.0 / np.arange(1, n_items + 1) ** alpha
    pop /= pop.sum()
    act = 1.0 / np.arange(1, n_users + 1) ** (alpha * 0.5)
    act /= act.sum()
    candidates = 8
    done = 0
    while done < n_events:
        n = min(chunk_size, n_events - done)
        users = rng.choice(n_users, size=n, p=act)
        cand = rng.choice(n_items, size=(n, candidates), p=pop)
        affinity = np.einsum("nf,nkf->nk", u[users], v[cand])
        pick = (affinity + rng.gumbel(scale=0.05, size=affinity.shape)).argmax(axis=1)
        items = cand[np.arange(n), pick]
        aff = affinity[np.arange(n), pick]
        rating = np.clip(np.round(3.5 + 4.0 * aff + rng.normal(0, 0.5, n)), 1, 5)
        ts = start + (done + np.arange(n)) / n_events * span_days * 86_400 + rng.uniform(0, 60, n)
        yield pd.DataFrame(
            {
                "user": np.char.add("u", users.astype(str)),
                "item": np.char.add("i", items.astype(str)),
                "kind": "rate",
                "value": rating,
                "timestamp": np.round(ts),
            }
        )
        done += n
