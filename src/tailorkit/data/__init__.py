"""Data in: event/item/user schemas, validating readers, ingestion, data sets, synthetic logs."""

from tailorkit.data._datasets import DATASETS, LOCOMO, Dataset, LoadReport, Part, get_dataset
from tailorkit.data._ingest import IngestOptions, IngestReport, OnError, Progress, Source, ingest
from tailorkit.data._readers import Format, RawChunk, read_chunks
from tailorkit.data._schema import EVENT_FIELDS, ITEM_FIELDS, USER_FIELDS, EventKind
from tailorkit.data._synthetic import synthetic_events, synthetic_items
from tailorkit.data._validate import Target, Validator

__all__ = [
    "DATASETS",
    "EVENT_FIELDS",
    "ITEM_FIELDS",
    "LOCOMO",
    "USER_FIELDS",
    "Dataset",
    "EventKind",
    "Format",
    "IngestOptions",
    "IngestReport",
    "LoadReport",
    "OnError",
    "Part",
    "Progress",
    "RawChunk",
    "Source",
    "Target",
    "Validator",
    "get_dataset",
    "ingest",
    "read_chunks",
    "synthetic_events",
    "synthetic_items",
]
