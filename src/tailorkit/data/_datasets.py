"""Data sets: MovieLens (100K and the CSV releases), LoCoMo, the bundled demo, synthetic logs.

A data set says what to ingest (``parts``: users, items and events, each a file, a frame or records
with its options); the caller (``Engine.load_dataset``) puts each through the same ingestion path as
user files (validation, batches, idempotency), so loading a data set twice adds nothing the second time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from tailorkit._registry import Registry
from tailorkit.data._ingest import IngestReport, Source
from tailorkit.data._schema import EventKind
from tailorkit.data._synthetic import synthetic_events, synthetic_items
from tailorkit.data._validate import Target
from tailorkit.errors import DatasetNotFoundError, InputError

__all__ = ["DATASETS", "Dataset", "LoadReport", "Part", "get_dataset"]

DEMO_DIR = Path(__file__).parent / "demo"
_YEAR = re.compile(r"\((\d{4})\)\s*$")


@dataclass
class LoadReport:
    """What loading a data set did: one ingestion report per part."""

    dataset: str
    path: str
    parts: list[IngestReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def written(self) -> int:
        return sum(p.written for p in self.parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "path": self.path,
            "seconds": self.seconds,
            "parts": [p.as_dict() for p in self.parts],
        }


@dataclass(frozen=True)
class Part:
    """One thing to ingest: users, items or events from ``source``, with ingestion ``options``
    (``mapping``, ``kind``, ``fmt``, ``header`` ...) and the name its reports and rejects carry."""

    target: Target
    source: Source
    source_name: str
    options: dict[str, Any] = field(default_factory=dict)


class Dataset:
    """A public data set tailorkit knows how to load.

    Attributes:
        name: the registry name.
        description: one line for ``datasets list``.
        licence: the terms the data comes under.
        folder: where it lives under ``Settings.datasets_dir`` (None: bundled or generated).
    """

    name = ""
    description = ""
    licence = ""
    folder: str | None = None

    def locate(self, path: str | Path | None, datasets_dir: Path | None) -> Path:
        """The data set's files: ``path`` if given, else ``datasets_dir/folder``."""
        if path is not None:
            found = Path(path).expanduser()
        elif self.folder and datasets_dir is not None:
            found = Path(datasets_dir) / self.folder
        else:
            raise DatasetNotFoundError(
                f"data set {self.name!r}: say where its files are with --path (or set TAILORKIT_DATASETS_DIR)"
            )
        if not found.exists():
            raise DatasetNotFoundError(f"data set {self.name!r}: {found} does not exist")
        return found

    def parts(self, path: Path, *, batch_size: int = 100_000, **options: Any) -> Iterator[Part]:
        """What to ingest, in order (users and items before the events that name them)."""
        raise NotImplementedError

    def _need(self, folder: Path, *names: str) -> list[Path]:
        paths = [folder / n for n in names]
        missing = [p.name for p in paths if not p.is_file()]
        if missing:
            raise DatasetNotFoundError(f"data set {self.name!r}: {folder} lacks {', '.join(missing)}")
        return paths


class MovieLensCSV(Dataset):
    """MovieLens CSV releases: ``movies.csv``, ``ratings.csv``, and ``tags.csv``, ``links.csv`` if there."""

    def __init__(self, name: str, folder: str | None, description: str, bundled: bool = False) -> None:
        self.name, self.folder, self.description, self.bundled = name, folder, description, bundled
        self.licence = "GroupLens MovieLens terms: non-commercial, see README.txt"

    def locate(self, path: str | Path | None, datasets_dir: Path | None) -> Path:
        if self.bundled and path is None:
            return DEMO_DIR
        return super().locate(path, datasets_dir)

    def parts(self, path: Path, *, batch_size: int = 100_000, **options: Any) -> Iterator[Part]:
        movies, ratings = self._need(path, "movies.csv", "ratings.csv")
        items = pd.read_csv(movies, dtype=str, keep_default_na=False)
        items["tags"] = [
            [g for g in s.split("|") if g and g != "(no genres listed)"] for s in items["genres"]
        ]
        items["year"] = [int(m.group(1)) if (m := _YEAR.search(t)) else None for t in items["title"]]
        if (path / "tags.csv").is_file():
            named = _named_tags(path / "tags.csv", {g for tags in items["tags"] for g in tags})
            items["tags"] = [
                list(dict.fromkeys([*tags, *named.get(m, [])]))
                for m, tags in zip(items["movieId"], items["tags"], strict=True)
            ]
        for other in sorted(path.glob("titles-*.csv")):  # "titles-zh.csv": the films' titles in Chinese
            language = other.stem.removeprefix("titles-")
            titles = pd.read_csv(other, dtype=str, keep_default_na=False)
            by_film = dict(zip(titles["movieId"], titles["title"], strict=True))
            items[f"title_{language}"] = [by_film.get(m) or None for m in items["movieId"]]
        if (path / "links.csv").is_file():
            links = pd.read_csv(path / "links.csv", dtype=str, keep_default_na=False)
            links["tmdbId"] = pd.Series(
                [int(t) if t.isdigit() else None for t in links["tmdbId"]], dtype=object
            )
            items = items.merge(
                links.rename(columns={"imdbId": "imdb_id", "tmdbId": "tmdb_id"}), on="movieId", how="left"
            )
        items = items.drop(columns=["genres"]).rename(columns={"movieId": "item"})
        items["kind"] = "film"  # what the catalogue holds: a request for another kind gets no picks of it
        yield Part("items", items, f"{self.name}/movies.csv")
        mapping = {"user": "userId", "item": "movieId", "value": "rating"}
        yield Part(
            "events", ratings, f"{self.name}/ratings.csv", {"mapping": mapping, "kind": EventKind.RATE}
        )
        if (path / "tags.csv").is_file():
            mapping = {"user": "userId", "item": "movieId", "text": "tag"}
            yield Part(
                "events",
                path / "tags.csv",
                f"{self.name}/tags.csv",
                {"mapping": mapping, "kind": EventKind.TAG},
            )


_VIOLENT = re.compile(
    r"(?:r:.*\bviolen.*|(?:casual |meaningless |graphic |extreme |stylized )?(?:violence|violent)|brutal|"
    r"brutality|gore|gory|goretastic|gruesome)",
    re.I,
)
"""A tag users gave a film that warns of its violence ("violent", "gore", "r:strong bloody violence"); not
what a film is about ("violence in america", "domestic violence")."""


def _named_tags(path: Path, genres: set[str]) -> dict[str, list[str]]:
    """Film id -> the tags users gave it that name someone or something ("Tom Hanks", "Studio Ghibli",
    "Pixar", "Stephen King"): every word capitalised, not a genre; and ``Violence`` where one warns of it.
    They join the film's catalogue tags, so that a user who says "I love anything with Tom Hanks" is
    matched to the films that carry it, and "nothing too violent" keeps away from those users found so;
    other descriptive tags ("atmospheric", "In Netflix queue") stay events."""
    tags = pd.read_csv(path, dtype=str, keep_default_na=False)
    lowered = {g.lower() for g in genres}
    out: dict[str, list[str]] = {}
    for movie, tag in zip(tags["movieId"], tags["tag"].str.strip(), strict=True):
        if _VIOLENT.fullmatch(tag):
            tag = "Violence"
        words = re.findall(r"[^\W\d_]+", tag)
        if not words or len(tag) > 40 or tag.isupper() or tag.lower() in lowered:
            continue
        if all(w[0].isupper() for w in words) and tag not in out.get(movie, []):
            out.setdefault(movie, []).append(tag)
    return out


class MovieLens100K(Dataset):
    """GroupLens ML-100K: ``u.data`` ratings, ``u.item`` films with genre flags, ``u.user`` demographics."""

    name = "ml-100k"
    folder = "movielens-100k"
    description = "MovieLens 100K: 100,000 ratings by 943 users of 1,682 films, with demographics"
    licence = "GroupLens research licence: no redistribution (see its README)"

    def parts(self, path: Path, *, batch_size: int = 100_000, **options: Any) -> Iterator[Part]:
        data, item, user, genre = self._need(path, "u.data", "u.item", "u.user", "u.genre")
        genres = [
            line.split("|")[0] for line in genre.read_text(encoding="latin-1").splitlines() if line.strip()
        ]
        users = pd.read_csv(
            user,
            sep="|",
            header=None,
            names=["user", "age", "gender", "occupation", "zip"],
            dtype={"user": str, "zip": str},
        )
        yield Part("users", users, f"{self.name}/u.user")
        cols = ["item", "title", "release_date", "video_release_date", "imdb_url", *genres]
        films = pd.read_csv(item, sep="|", header=None, names=cols, encoding="latin-1", dtype={"item": str})
        flags = films[genres].to_numpy()
        films = pd.DataFrame(
            {
                "item": films["item"],
                "title": films["title"],
                "tags": [
                    [g for g, f in zip(genres, row, strict=True) if f and g != "unknown"] for row in flags
                ],
                "release_date": films["release_date"],
                "imdb_url": films["imdb_url"],
                "year": [
                    int(m.group(1)) if isinstance(t, str) and (m := _YEAR.search(t)) else None
                    for t in films["title"]
                ],
                "kind": "film",
            }
        )
        yield Part("items", films, f"{self.name}/u.item")
        header = ["user", "item", "value", "timestamp"]
        yield Part(
            "events", data, f"{self.name}/u.data", {"fmt": "tsv", "header": header, "kind": EventKind.RATE}
        )


class LoCoMo(Dataset):
    """LoCoMo long conversations: every dialogue turn becomes a ``message`` event of its speaker.

    A speaker is the user ``<sample_id>/<name>``. Each turn keeps its dialogue id, session number and
    session date in the event's meta; its time is the session's start plus one second per turn, so
    the order inside a session survives.
    """

    name = "locomo"
    folder = "locomo/locomo_dev6.json"
    description = "LoCoMo: long multi-session conversations with question/answer pairs (memory benchmark)"
    licence = "CC BY-NC 4.0"

    def locate(self, path: str | Path | None, datasets_dir: Path | None) -> Path:
        found = super().locate(path, datasets_dir)
        if found.is_dir():
            files = sorted(found.glob("*.json"))
            if not files:
                raise DatasetNotFoundError(f"data set 'locomo': no .json file in {found}")
            found = files[0]
        return found

    @staticmethod
    def parse_session_date(text: str) -> datetime:
        """LoCoMo writes session times as "1:56 pm on 8 May, 2023"."""
        return datetime.strptime(text.strip(), "%I:%M %p on %d %B, %Y").replace(tzinfo=UTC)

    def conversations(self, path: Path) -> list[dict[str, Any]]:
        """The conversations as ``{"id", "speakers", "turns", "qa"}``; each turn a dict with its
        ``dia_id``, ``speaker``, ``text``, ``session``, ``session_date`` (as written), ``time`` (the
        session's start plus one second per turn) and, where present, ``blip_caption``, ``img_url``
        and ``query`` (a shared photo)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        out = []
        for conv in raw:
            c = conv["conversation"]
            turns: list[dict[str, Any]] = []
            n = 1
            while f"session_{n}" in c:
                date_text = c[f"session_{n}_date_time"]
                began = self.parse_session_date(date_text)
                for i, turn in enumerate(c[f"session_{n}"]):
                    record = {
                        "dia_id": turn["dia_id"],
                        "speaker": turn["speaker"],
                        "text": turn["text"],
                        "session": n,
                        "session_date": date_text,
                        "time": began + timedelta(seconds=i),
                    }
                    record.update({k: turn[k] for k in ("img_url", "blip_caption", "query") if turn.get(k)})
                    turns.append(record)
                n += 1
            speakers = [c["speaker_a"], c["speaker_b"]]
            out.append(
                {"id": conv["sample_id"], "speakers": speakers, "turns": turns, "qa": conv.get("qa", [])}
            )
        return out

    def records(self, path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(users, events) as records."""
        users: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for conv in self.conversations(path):
            sid = conv["id"]
            for speaker in conv["speakers"]:
                users.append({"user": f"{sid}/{speaker}", "name": speaker, "conversation": sid})
            for turn in conv["turns"]:
                meta = {"conversation": sid} | {k: v for k, v in turn.items() if k not in ("text", "time")}
                events.append(
                    {
                        "user": f"{sid}/{turn['speaker']}",
                        "kind": "message",
                        "text": turn["text"],
                        "timestamp": turn["time"].isoformat(),
                        "meta": meta,
                        "key": f"locomo/{sid}/{turn['dia_id']}",
                    }
                )
        return users, events

    def parts(self, path: Path, *, batch_size: int = 100_000, **options: Any) -> Iterator[Part]:
        users, events = self.records(path)
        yield Part("users", users, f"locomo/{path.name}")
        yield Part("events", events, f"locomo/{path.name}")


class Synthetic(Dataset):
    """A generated log (see ``synthetic_events``); options ``events``, ``users``, ``items``, ``seed``."""

    name = "synthetic"
    description = "Generated ratings with power-law popularity and latent tastes, for scale tests"
    licence = "generated"

    def locate(self, path: str | Path | None, datasets_dir: Path | None) -> Path:
        return Path("<generated>")

    def parts(self, path: Path, *, batch_size: int = 100_000, **options: Any) -> Iterator[Part]:
        n_events = int(options.get("events", 100_000))
        n_users, n_items = int(options.get("users", 10_000)), int(options.get("items", 5_000))
        seed = int(options.get("seed", 0))
        yield Part("items", synthetic_items(n_items, seed=seed), "synthetic/items")
        for chunk in synthetic_events(n_events, n_users, n_items, seed=seed, chunk_size=batch_size):
            yield Part("events", chunk, "synthetic")


DEMO = MovieLensCSV(
    "demo",
    None,
    "MovieLens latest-small, bundled: 100,836 ratings, 610 users, 9,742 films, tags",
    bundled=True,
)
ML_LATEST_SMALL = MovieLensCSV(
    "ml-latest-small",
    "movielens-latest-small",
    "MovieLens latest-small (CSV release) from the data sets folder",
)
MOVIELENS_CSV = MovieLensCSV(
    "movielens", None, "Any MovieLens CSV release (ml-latest, ml-25m, ...): pass --path"
)
ML100K = MovieLens100K()
LOCOMO = LoCoMo()
SYNTHETIC = Synthetic()

DATASETS: Registry[Dataset] = Registry("tailorkit.datasets", "data set", DatasetNotFoundError)


def get_dataset(name: str) -> Dataset:
    """The registered data set ``name``. Raises ``DatasetNotFoundError``."""
    return DATASETS.get(name)
