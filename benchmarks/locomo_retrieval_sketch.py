"""Exploration for issue 5 (memory search), kept for the session that builds ``memory/``.

Turn-level retrieval on LoCoMo (categories 1-4), evidence recall@5/10/20, no LLM. Not a product path:
a plain-numpy BM25 and the bundled MiniLM, to find what the real indexes (FTS5 / sqlite-vec) should do.

Measured on this machine (882 questions with resolvable evidence):
  bm25 turn "date speaker: text"                       R@10 0.583
  dense (MiniLM) turn                                  R@10 0.501
  RRF(bm25, dense)                                     R@10 0.594
  + image captions in the turn text                    R@10 0.611
  + BM25 over the turn with +-1 neighbouring turns     R@10 0.685   (dense on the turn alone; with
                                                                      context, dense gets worse: 0.591)
  + +-2 neighbours                                     R@10 0.694
  + weighted RRF (BM25 x2) + boost turns of a speaker named in the question   R@10 0.736
  + BM25 x3                                            R@10 0.739
The weights above were picked on the same file: tune them on conversations 1-3 and report 4-6.

Usage: python benchmarks/locomo_retrieval_sketch.py [--path locomo_dev6.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from _paths import datasets_dir
from tailorkit.llm import SentenceEmbedder

STOP = frozenset(
    "a an the is was were are be been to of in on at for with and or but did does do what when where who why "
    "how which that this it its i you he she they we his her their my your me him them as by from about "
    "after before into than then there these those have has had not no yes will would can could "
    "should".split()
)


def tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOP]


def bm25(docs: list[list[str]], query: list[str], k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    n = len(docs)
    avg = np.mean([len(d) for d in docs])
    df = Counter(w for d in docs for w in set(d))
    tfs = [Counter(d) for d in docs]
    scores = np.zeros(n)
    for w in set(query):
        if w not in df:
            continue
        idf = math.log(1 + (n - df[w] + 0.5) / (df[w] + 0.5))
        for i, tf in enumerate(tfs):
            f = tf.get(w, 0)
            if f:
                scores[i] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(docs[i]) / avg))
    return scores


def ranks(scores: np.ndarray) -> np.ndarray:
    out = np.empty(len(scores))
    out[np.argsort(-scores)] = np.arange(1, len(scores) + 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", type=Path, default=datasets_dir() / "locomo" / "locomo_dev6.json")
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--bm25-weight", type=float, default=2.0)
    args = parser.parse_args()
    embedder = SentenceEmbedder()
    recall: dict[int, list[float]] = {5: [], 10: [], 20: []}
    for conv in json.loads(args.path.read_text(encoding="utf-8")):
        c = conv["conversation"]
        turns = []
        n = 1
        while f"session_{n}" in c:
            for t in c[f"session_{n}"]:
                photo = f" [shares a photo: {t['blip_caption']}]" if t.get("blip_caption") else ""
                turns.append(
                    (
                        t["dia_id"],
                        f"{c[f'session_{n}_date_time']} {t['speaker']}: {t['text']}{photo}",
                        t["speaker"],
                    )
                )
            n += 1
        ids = [t[0] for t in turns]
        texts = [t[1] for t in turns]
        w = args.window
        docs = [tokens(" ".join(texts[max(0, i - w) : i + w + 1])) for i in range(len(texts))]
        vectors = embedder.embed(texts)
        for qa in conv["qa"]:
            evidence = [e for e in qa["evidence"] if e in ids]
            if qa["category"] not in (1, 2, 3, 4) or not evidence:
                continue
            q = qa["question"]
            named = {s for _, _, s in turns if s.lower() in q.lower()}
            boost = np.array([0.002 if s in named else 0.0 for _, _, s in turns])
            score = (
                args.bm25_weight / (60 + ranks(bm25(docs, tokens(q))))
                + 1 / (60 + ranks(vectors @ embedder.embed([q])[0]))
                + boost
            )
            order = np.argsort(-score)
            for k, values in recall.items():
                values.append(len({ids[i] for i in order[:k]} & set(evidence)) / len(evidence))
    print(
        {f"recall@{k}": round(float(np.mean(v)), 3) for k, v in recall.items()}, "questions", len(recall[10])
    )


if __name__ == "__main__":
    main()
