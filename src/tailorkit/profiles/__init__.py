"""Profiles: explicit attributes, inferred interests (decayed, signed, TF-IDF), behaviour, summary."""

from tailorkit.profiles._builder import ProfileBuilder
from tailorkit.profiles._features import contributions, item_features
from tailorkit.profiles._profile import Interest, Profile, covering, evidence, population_genres, read_profile
from tailorkit.profiles._service import ProfileService
from tailorkit.profiles._stated import surnames
from tailorkit.profiles._summary import NO_SUMMARY, summarise
from tailorkit.text import is_chinese, keywords

__all__ = [
    "NO_SUMMARY",
    "Interest",
    "Profile",
    "ProfileBuilder",
    "ProfileService",
    "contributions",
    "covering",
    "evidence",
    "is_chinese",
    "item_features",
    "keywords",
    "population_genres",
    "read_profile",
    "summarise",
    "surnames",
]
