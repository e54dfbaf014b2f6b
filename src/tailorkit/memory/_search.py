"""Search fusion: several rankings of a user's memories into one, as a pure function."""

from __future__ import annotations

from collections.abc import Sequence

from tailorkit.config import MemorySettings
from tailorkit.text import index_terms

__all__ = ["fuse"]


def fuse(
    text_hits: Sequence[tuple[int, float]],
    vector_hits: Sequence[tuple[int, float]],
    facts: Sequence[tuple[int, str, str | None, float, float, float | None]],
    terms: Sequence[str],
    settings: MemorySettings,
    k: int,
    *,
    kinds: Sequence[str] | None = None,
    domain_hits: Sequence[tuple[int, float]] = (),
    standing: Sequence[int] = (),
    instructions: Sequence[int] = (),
    in_time: Sequence[int] = (),
    hop_hits: Sequence[tuple[int, float]] = (),
    near: Sequence[int] = (),
    name_hits: Sequence[tuple[int, float]] = (),
    now: float | None = None,
) -> list[tuple[float, int]]:
    """The ``k`` best memories as (score, id), best first (ties: the newer id first).

    ``text_hits`` and ``vector_hits`` are (id, score) rankings, best first; ``facts`` are (id, kind,
    subject, time it became true, importance, time last used) of every memory either ranking found. The
    rankings are fused
    by weighted reciprocal rank (``settings.text_weight``, ``vector_weight``) with a newest-first ranking
    (``recency_weight``) and a most-important-first one (``importance_weight``: what the user stated as a
    preference or a constraint before what they merely mentioned), plus ``subject_boost`` for a memory
    about someone the query names (its subject's terms all among ``terms``). ``kinds`` keeps only
    memories of those kinds. ``domain_hits`` ranks memories by the words a preference in the request's
    everyday domains would use (``memory._domains``), fused with ``domain_weight``. ``standing`` (given
    for a request for advice) are the memories that state something lasting about the user, most
    important first: they are ranked by how well the other rankings placed them and fused with
    ``standing_weight``, so that a constraint the request shares no word with still applies. ``in_time``
    are the memories said in the time the query names ("in May 2023"), ranked the same way and fused
    with ``time_weight``. ``hop_hits`` rank the memories that share words with the best ones of a first
    fusion (the second hop), fused with ``hop_weight``. ``near`` are the memories said around the best
    ones (the same message, the one before and after), in that order, fused with ``near_weight``.
    ``name_hits`` rank the memories that name who the query names by role (the names the user gave their
    dogs: ``memory._names``), fused with ``name_weight``.

    Disuse: a memory is as fresh as the later of when it became true and when it was last used (went
    into an answer, was said again), and its importance halves every ``half_life_days`` of disuse
    before ``now`` (a pinned memory, importance 1, never decays).
    """
    s = settings
    text_rank = {i: r for r, (i, _) in enumerate(text_hits, 1)}
    vec_rank = {i: r for r, (i, _) in enumerate(vector_hits, 1)}
    domain_rank = {i: r for r, (i, _) in enumerate(domain_hits, 1)}
    hop_rank = {i: r for r, (i, _) in enumerate(hop_hits, 1)}
    near_rank = {i: r for r, i in enumerate(near, 1)}
    name_rank = {i: r for r, (i, _) in enumerate(name_hits, 1)}
    fresh = {f[0]: max(f[3], f[5] or f[3]) for f in facts}
    at = max(fresh.values(), default=0.0) if now is None else now
    half_life = s.half_life_days * 86400.0
    weight = {
        f[0]: f[4] if f[4] >= 1.0 else f[4] * 0.5 ** (max(0.0, at - fresh[f[0]]) / half_life) for f in facts
    }
    by_time = sorted(facts, key=lambda f: (fresh[f[0]], f[0]), reverse=True)
    recency_rank = {f[0]: r for r, f in enumerate(by_time, 1)}
    by_importance = sorted(facts, key=lambda f: (weight[f[0]], fresh[f[0]], f[0]), reverse=True)
    importance_rank = {f[0]: r for r, f in enumerate(by_importance, 1)}
    unranked = len(facts) + 1

    def by_best(ids: Sequence[int]) -> dict[int, int]:
        """``ids`` ranked by the best place another ranking gave them (then in their given order)."""
        best = {
            i: (min(text_rank.get(i, unranked), vec_rank.get(i, unranked), domain_rank.get(i, unranked)), n)
            for n, i in enumerate(ids)
        }
        return {i: r for r, i in enumerate(sorted(ids, key=best.__getitem__), 1)}

    standing_rank = by_best(standing)
    instruction_rank = by_best(instructions)
    time_rank = by_best(in_time)
    named = set(terms)
    scored: list[tuple[float, int]] = []
    for i, kind, subject, *_ in facts:
        if kinds is not None and kind not in kinds:
            continue
        score = s.recency_weight / (s.rrf_k + recency_rank[i])
        score += s.importance_weight / (s.rrf_k + importance_rank[i])
        if i in text_rank:
            score += s.text_weight / (s.rrf_k + text_rank[i])
        if i in vec_rank:
            score += s.vector_weight / (s.rrf_k + vec_rank[i])
        if i in domain_rank:
            score += s.domain_weight / (s.rrf_k + domain_rank[i])
        if i in standing_rank:
            score += s.standing_weight / (s.rrf_k + standing_rank[i])
        if i in instruction_rank:
            score += s.instruction_weight / (s.rrf_k + instruction_rank[i])
        if i in time_rank:
            score += s.time_weight / (s.rrf_k + time_rank[i])
        if i in hop_rank:
            score += s.hop_weight / (s.rrf_k + hop_rank[i])
        if i in near_rank:
            score += s.near_weight / (s.rrf_k + near_rank[i])
        if i in name_rank:
            score += s.name_weight / (s.rrf_k + name_rank[i])
        if subject and named.issuperset(index_terms(subject) or [subject]):
            score += s.subject_boost
        scored.append((score, i))
    scored.sort(key=lambda x: (-x[0], -x[1]))
    return scored[:k]
