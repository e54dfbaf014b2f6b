"""Recommenders: one contract, many algorithms, save/load without pickle."""

from tailorkit.recommend._alswr import ALSWR
from tailorkit.recommend._autorec import AutoRec
from tailorkit.recommend._base import Explanation, Recommender, RecommenderConfig, top_n
from tailorkit.recommend._content import ContentBased, item_document
from tailorkit.recommend._ease import EASE
from tailorkit.recommend._ensemble import Ensemble
from tailorkit.recommend._hybrid import Hybrid
from tailorkit.recommend._implicit import ALS, BPR
from tailorkit.recommend._interactions import Interactions
from tailorkit.recommend._itemknn import ItemKNN
from tailorkit.recommend._mf import MatrixFactorization
from tailorkit.recommend._neural import NeuralDot
from tailorkit.recommend._popularity import Popularity
from tailorkit.recommend._registry import RECOMMENDERS, get_recommender
from tailorkit.recommend._sasrec import SASRec
from tailorkit.recommend._service import DEFAULT_KINDS, Recommendation, RecommendService
from tailorkit.recommend._spark import SparkALS
from tailorkit.recommend._svd import PureSVD

__all__ = [
    "ALS",
    "ALSWR",
    "BPR",
    "DEFAULT_KINDS",
    "EASE",
    "RECOMMENDERS",
    "AutoRec",
    "ContentBased",
    "Ensemble",
    "Explanation",
    "Hybrid",
    "Interactions",
    "ItemKNN",
    "MatrixFactorization",
    "NeuralDot",
    "Popularity",
    "PureSVD",
    "RecommendService",
    "Recommendation",
    "Recommender",
    "RecommenderConfig",
    "SASRec",
    "SparkALS",
    "get_recommender",
    "item_document",
    "top_n",
]
