"""Background jobs: training, scheduled retraining, profile rebuilds and the model refits after an erase
run in job workers (``tailorkit worker``, or threads of a one-process server), not inside requests.

The queue is ``huey``'s: a SQLite file beside a SQLite store, the store's own PostgreSQL (several API
and job workers), or Redis. It carries only job ids; each job's state, progress, attempts and outcome
live in the store's ``jobs`` table, which every worker reads, so a job whose worker died (its heartbeat
fell silent) is run again by another.
"""

from tailorkit.jobs._service import (
    KINDS,
    JobService,
    RetryError,
    consumer,
    due,
    queue,
    recover,
    run_worker,
    runs_in_server,
)

__all__ = [
    "KINDS",
    "JobService",
    "RetryError",
    "consumer",
    "due",
    "queue",
    "recover",
    "run_worker",
    "runs_in_server",
]
