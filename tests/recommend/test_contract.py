"""Every built-in recommender passes the shared contract."""

from tailorkit.recommend import (
    ALS,
    ALSWR,
    BPR,
    EASE,
    AutoRec,
    ContentBased,
    Ensemble,
    Hybrid,
    ItemKNN,
    MatrixFactorization,
    NeuralDot,
    Popularity,
    PureSVD,
    SASRec,
)
from tailorkit.testing import RecommenderContract


class TestPopularity(RecommenderContract):
    algorithm = Popularity


class TestItemKNN(RecommenderContract):
    algorithm = ItemKNN
    params = {"neighbors": 10}


class TestEASE(RecommenderContract):
    algorithm = EASE
    params = {"reg": 10.0}


class TestALS(RecommenderContract):
    algorithm = ALS
    params = {"factors": 8, "epochs": 5}


class TestBPR(RecommenderContract):
    algorithm = BPR
    params = {"factors": 8, "epochs": 20, "threads": 1}


class TestMatrixFactorization(RecommenderContract):
    algorithm = MatrixFactorization
    params = {"factors": 4, "epochs": 5}


class TestMatrixFactorizationEnsemble(RecommenderContract):
    algorithm = MatrixFactorization
    params = {"factors": 4, "epochs": 5, "models": 2}


class TestContentBased(RecommenderContract):
    algorithm = ContentBased


class TestHybrid(RecommenderContract):
    algorithm = Hybrid
    params = {"collaborative": "itemknn", "collaborative_params": {"neighbors": 10}}


class TestNeuralDot(RecommenderContract):
    algorithm = NeuralDot
    params = {"factors": 8, "epochs": 3, "batch_size": 64}


class TestAutoRec(RecommenderContract):
    algorithm = AutoRec
    params = {"hidden": 8, "epochs": 5, "reg": 1.0}


class TestEnsemble(RecommenderContract):
    algorithm = Ensemble
    params = {
        "members": [
            {"algorithm": "mf", "params": {"factors": 4, "epochs": 5, "day_bias": True}},
            {"algorithm": "autorec", "params": {"hidden": 8, "epochs": 5}, "weight": 2.0},
        ]
    }


class TestPureSVD(RecommenderContract):
    algorithm = PureSVD
    params = {"factors": 4}


class TestALSWR(RecommenderContract):
    algorithm = ALSWR
    params = {"factors": 8, "epochs": 5}


class TestSASRec(RecommenderContract):
    algorithm = SASRec
    params = {"factors": 16, "epochs": 3, "max_len": 10}
