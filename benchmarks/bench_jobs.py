"""Erase and background jobs on MovieLens 100K (100,000 ratings): how long ``DELETE /api/users/{u}``
takes with models registered (everything about the user removed, the models' own copies of the user
scrubbed; their refit left to a job), beside the old way that refitted every model inside the request
(the reference, measured in the same run); and how long the refit job then takes in a job worker.

Usage: python benchmarks/bench_jobs.py [--path ../shared/data/movielens-100k] [--erases 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
from fastapi.testclient import TestClient

from _paths import datasets_dir
from tailorkit import Engine, Settings
from tailorkit.jobs import JobService
from tailorkit.server import create_app, create_key


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--path", type=Path, default=datasets_dir() / "movielens-100k")
    parser.add_argument("--erases", type=int, default=5)
    args = parser.parse_args()
    print("## Erase with models of 100,000 interactions registered (MovieLens 100K: EASE and ALS)")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        with Engine.open(Path(tmp) / "tk.db", settings) as engine:
            engine.load_dataset("ml-100k", args.path)
            for algorithm in ("ease", "als"):
                engine.train(algorithm)
            key = create_key(engine.store, engine.tenant, "bench")
            users = [str(u) for u in range(1, 2 * args.erases + 1)]
            # no job worker here: the refit job waits in the queue, as it would for a busy worker
            client = TestClient(create_app(engine.store, settings))
            headers = {"Authorization": f"Bearer {key}"}
            deferred, absent = [], True
            for user in users[: args.erases]:
                started = time.perf_counter()
                r = client.delete(f"/api/users/{user}", headers=headers)
                deferred.append(time.perf_counter() - started)
                assert r.status_code == 200 and "refit_job" in r.json(), r.text
                # from that moment no route knows the user, and no model holds them
                absent &= client.get(f"/api/users/{user}/recommendations", headers=headers).status_code == 404
                _, model = engine.recommender.model("ease")
                absent &= user not in {str(u) for u in model.user_ids}
            inline = []
            for user in users[args.erases :]:
                started = time.perf_counter()
                engine.erase(user)  # the reference: every model refitted before it returns
                inline.append(time.perf_counter() - started)
            job = JobService(engine).list(1)[0]
            started = time.perf_counter()
            state = JobService(engine).run(job["id"])
            refit = time.perf_counter() - started
        a, b = np.median(deferred), np.median(inline)
        print(
            f"DELETE /api/users/{{u}} p50 {a:.2f} s (max {max(deferred):.2f} s; target < 1 s), "
            f"the erased user absent at once: {absent}; refitting inline (before) p50 {b:.2f} s: "
            f"{b / a:.1f}x longer; the one refit job for {args.erases} erases: {refit:.1f} s ({state})"
        )


if __name__ == "__main__":
    main()
