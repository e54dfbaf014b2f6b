"""Next-item recommendation: SASRec (self-attention over the user's recent sequence, full softmax) beside
EASE and ALS on the leave-last-out protocol (each user's last interaction by time held out; full ranking
over every item the user has not seen, no sampled metrics), on MovieLens 100K and latest-small.

Printed per data set and algorithm: NDCG@10, HitRate@10, fit seconds; and SASRec's ratio to EASE.

Usage: python benchmarks/bench_sequential.py [--datasets 100k,latest-small] [--epochs N]
"""

from __future__ import annotations

import argparse

import pandas as pd

from _paths import datasets_dir
from tailorkit.evaluation import evaluate
from tailorkit.recommend import Interactions


def load(name: str) -> Interactions:
    root = datasets_dir()
    if name == "100k":
        frame = pd.read_csv(
            root / "movielens-100k" / "u.data", sep="\t", names=["user", "item", "value", "ts"]
        )
    else:
        frame = pd.read_csv(root / "movielens-latest-small" / "ratings.csv").rename(
            columns={"userId": "user", "movieId": "item", "rating": "value", "timestamp": "ts"}
        )
    return Interactions.from_frame(frame)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--datasets", default="100k,latest-small")
    parser.add_argument("--epochs", type=int, default=None, help="SASRec's epochs (default: its own)")
    args = parser.parse_args()
    sasrec = {"epochs": args.epochs} if args.epochs else {}
    for name in args.datasets.split(","):
        data = load(name)
        print(f"## Leave-last-out, MovieLens {name}: {data.n_users:,} users x {data.n_items:,} items")
        results = evaluate(data, "leave-last-out", ["ease", "als", ("sasrec", sasrec)], group_by=())
        for r in results:
            m = r.metrics
            print(
                f"{r.algorithm}: NDCG@10 {m['ndcg@10']:.4f}, HitRate@10 {m['hitrate@10']:.4f}, "
                f"fit {r.fit_seconds:.1f} s, peak {r.peak_memory_mb:,.0f} MB"
            )
        ease, seq = results[0].metrics["ndcg@10"], results[2].metrics["ndcg@10"]
        print(f"sasrec / ease NDCG@10: {seq / ease:.2f}x")


if __name__ == "__main__":
    main()
