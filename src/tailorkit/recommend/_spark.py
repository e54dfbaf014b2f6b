"""ALS-WR trained by Spark MLlib, for logs whose training outgrows one machine's cores.

Spark only does the training (regParam is the weighted lambda of :class:`~tailorkit.recommend.ALSWR`):
the factors come back to the driver and the model then serves, folds in new users, explains, saves
and loads like the other factor models.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from pydantic import Field

from tailorkit.errors import InputError, MissingExtraError
from tailorkit.recommend._alswr import WeightedLambda, WeightedLambdaConfig
from tailorkit.recommend._interactions import Interactions

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["SparkALS", "spark_session"]


class SparkALSConfig(WeightedLambdaConfig):
    blocks: int = Field(0, ge=0, le=10_000)
    """User and item blocks Spark partitions the factors into (0: Spark's default of 10)."""
    master: str = "local[*]"
    """Where to train when no Spark session is running yet (``local[*]``, ``spark://host:7077``,
    ``yarn`` ...). A session the caller started (``spark-submit``, a notebook) is used as it is."""


@contextmanager
def _quiet() -> Iterator[None]:
    # PySpark warns that it does not yet vouch for pandas 3; the columns it converts here are plain
    # numbers, which it handles.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "PySpark does not yet fully support", FutureWarning)
        yield


@contextmanager
def spark_session(master: str = "local[*]") -> Iterator[SparkSession]:
    """The running Spark session, used as it is; else a new one on ``master`` (a local one binds to
    127.0.0.1 and has no web UI), stopped on leaving so that its shuffle and cache files, which
    hold the users' interactions, are deleted with it."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MissingExtraError("pyspark", "spark", "Training on Spark") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    builder = (
        SparkSession.builder.master(master)
        .appName("tailorkit")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: no Java, a wrong JAVA_HOME, no such master
        first = str(exc).splitlines()[0] if str(exc) else "no message"
        raise InputError(
            f"spark-als: could not start Spark on {master!r} ({exc.__class__.__name__}: {first}); "
            "Spark needs Java 17 or newer on PATH or in JAVA_HOME, and a reachable master"
        ) from None
    spark.sparkContext.setLogLevel("ERROR")
    try:
        yield spark
    finally:
        spark.stop()


def _factors(frame: DataFrame, size: int, rank: int) -> np.ndarray:
    """Spark's ``(id, features)`` factor table as a dense ``size x rank`` array (zeros where absent)."""
    table = frame.toArrow()
    ids = table.column("id").to_numpy()
    values = table.column("features").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    out = np.zeros((size, rank), np.float32)
    out[ids] = values.reshape(len(ids), rank)
    return out


class SparkALS(WeightedLambda):
    """The ``als-wr`` model (implicit feedback, weighted-lambda regularisation) trained by
    ``pyspark.ml.recommendation.ALS``; served from the factors it returns."""

    name = "spark-als"
    Config = SparkALSConfig
    config: SparkALSConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        c = self.config
        coo = data.matrix(c.weighting).tocoo()
        frame = pd.DataFrame(
            {"user": coo.row.astype(np.int32), "item": coo.col.astype(np.int32), "weight": coo.data}
        )
        with _quiet(), spark_session(c.master) as spark:
            from pyspark.ml import recommendation as mllib

            als = mllib.ALS(
                rank=c.factors,
                maxIter=c.epochs,
                regParam=c.reg,
                alpha=c.alpha,
                implicitPrefs=True,
                userCol="user",
                itemCol="item",
                ratingCol="weight",
                seed=c.seed,
            )
            if c.blocks:
                als = als.setNumBlocks(c.blocks)
            model = als.fit(spark.createDataFrame(frame))
            self.user_factors = _factors(model.userFactors, data.n_users, c.factors)
            self.item_factors = _factors(model.itemFactors, data.n_items, c.factors)
