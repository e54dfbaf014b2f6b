"""Choosing a user's picks among the items a request allows: the best of each tier of tags in turn, and
the order a user's stated likes and dislikes give them. Each pick is ``(item index, score, explanation)``
of a fitted model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tailorkit.recommend._base import Explanation, Recommender

__all__ = ["Pick", "as_stated", "best", "carrying", "popularity", "tiered"]

Pick = tuple[int, float, Explanation | None]
"""A model's item index, its score, and why (when asked)."""


def tiered(
    model: Recommender,
    u: int | None,
    tiers: Sequence[np.ndarray | None],
    n: int,
    have: set[int],
    scores: np.ndarray | None = None,
) -> list[Pick]:
    """The ``n`` best items of the first of ``tiers`` (item indices; None: all), then of the next
    while there is room, none of ``have``: what carries every tag asked for, then fewer of them
    (``scores``: for nobody the model knows, the order instead of popularity, see ``best``)."""
    out: list[Pick] = []
    for among in tiers:
        if len(out) >= n or (among is not None and not len(among)):
            continue
        taken = have | {i for i, _, _ in out}
        # room for what is taken: "Something else?" leaves out the five just given, and the next five
        # are those after them, not none
        out += [p for p in best(model, u, among, n + len(taken), scores) if p[0] not in taken][: n - len(out)]
    return out[:n]


def popularity(model: Recommender) -> np.ndarray:
    """How many of the users in ``model``'s training data had each item."""
    assert model.user_items is not None
    return np.asarray(model.user_items.sum(axis=0), np.float64).ravel()


def best(
    model: Recommender, u: int | None, among: np.ndarray | None, n: int, scores: np.ndarray | None = None
) -> list[Pick]:
    """The ``n`` best items among ``among`` (None: all) for the user at index ``u`` of ``model``, or for
    None by ``scores`` (an item's likeness to what the user said they like) else by popularity in its
    training data."""
    if u is None:
        assert model.user_items is not None
        pop = popularity(model) if scores is None else scores
        order = (
            np.argsort(-pop, kind="stable")
            if among is None
            else among[np.argsort(-pop[among], kind="stable")]
        )
        return [(int(i), float(pop[i]), None) for i in order[:n]]
    ids, scores = model.recommend([u], n=n if among is None else min(n, len(among)), candidates=among)
    return [(int(i), float(s), None) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]


def as_stated(
    picks: list[Pick],
    tags: list[set[str]],
    prefer: set[str] | frozenset[str],
    avoid: set[str] | frozenset[str],
    n: int,
) -> list[Pick]:
    """``picks`` (``tags``: the catalogue tags of each) without items carrying an avoided tag; items with
    a preferred tag take the first three places in five (those carrying more of them first: "宫崎骏的动画"
    likes Hayao Miyazaki and Animation; then in the model's order), the rest keep the model's order."""
    kept = list(zip(picks, tags, strict=True))
    kept = [(p, t) for p, t in kept if not t & avoid]
    liked = sorted(
        (k for k, (_, t) in enumerate(kept) if t & prefer), key=lambda k: -len(kept[k][1] & prefer)
    )
    liked = liked[: -(-n * 3 // 5)]
    first = set(liked)
    return [kept[k][0] for k in liked] + [p for k, (p, _) in enumerate(kept) if k not in first]


def carrying(found: list[np.ndarray]) -> list[np.ndarray]:
    """The items carrying some tags (``found``: the items of each), in tiers: those carrying all of them,
    then those carrying one fewer, down to those carrying any one."""
    items, counts = np.unique(np.concatenate([np.unique(f) for f in found]), return_counts=True)
    return [items[counts == k] for k in range(len(found), 0, -1)]
