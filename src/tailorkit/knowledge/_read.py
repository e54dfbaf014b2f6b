"""Reading a tenant's documents: Markdown, plain text, HTML (turned into Markdown, so its headings and
lists survive) and PDF (its text layer), from files, folders or ``file://`` URLs. Nothing is downloaded:
a web page is ingested from the file it was saved to."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from tailorkit.errors import InputError

__all__ = ["KINDS", "Document", "file_bytes", "find_documents", "read_document"]

KINDS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Document:
    source: str
    """Where it was read from, as given (a path or a URL): its identity in the knowledge base."""
    title: str
    kind: str
    text: str
    """Markdown (or plain text): what is split into passages."""
    digest: str
    """SHA-256 of the file's bytes."""

    @classmethod
    def of_text(cls, source: str, text: str, *, kind: str = "markdown", title: str | None = None) -> Document:
        """A document given as text (``markdown``, ``text`` or ``html``), e.g. through the API."""
        if kind not in ("markdown", "text", "html"):
            raise InputError(f"{source}: format must be markdown, text or html, got {kind!r}")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        body, found = _html(text) if kind == "html" else (text, None)
        body = body.replace("\r\n", "\n").strip()
        if not body:
            raise InputError(f"{source}: has no text to ingest")
        return cls(source, _title(title or found, body, kind, source), kind, body, digest)


def _path_of(location: str | Path) -> Path:
    if isinstance(location, Path):
        return location
    parsed = urlparse(location)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))
    if parsed.scheme in ("http", "https", "ftp"):
        raise InputError(
            f"{location}: tailorkit does not download documents; save the file and pass its path "
            "(or a file:// URL)"
        )
    return Path(location)


def find_documents(locations: Sequence[str | Path]) -> Iterator[tuple[str, Path]]:
    """(source, file) for each file given and each document file under each folder given, in name order.
    Raises ``InputError`` for a path that does not exist or a file of a kind that cannot be read."""
    for location in locations:
        path = _path_of(location)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KINDS):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield str(file), file
        elif path.is_file():
            if path.suffix.lower() not in KINDS:
                raise InputError(
                    f"{path}: cannot read {path.suffix or 'files without an extension'}; "
                    f"one of {', '.join(sorted(KINDS))}"
                )
            yield str(location), path
        else:
            raise InputError(f"{location}: no such file or folder")


def file_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path``. Raises ``InputError`` naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_document(source: str, path: Path, data: bytes | None = None) -> Document:
    """The document at ``path`` (its bytes ``data`` when already read) as text. Raises ``InputError``
    naming the file for one that cannot be read."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: cannot read {path.suffix!r} files; one of {', '.join(sorted(KINDS))}")
    data = file_bytes(path) if data is None else data
    digest = hashlib.sha256(data).hexdigest()
    if kind == "pdf":
        text, title = _pdf(path, data)
    else:
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
        text, title = _html(raw) if kind == "html" else (raw, None)
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InputError(f"{path}: has no text to ingest")
    return Document(source, _title(title, text, kind, path.stem), kind, text, digest)


def _title(given: str | None, text: str, kind: str, name: str) -> str:
    """The title given, else the first heading, else the file's name in words."""
    if not given:
        first = _HEADING.search(text) if kind in ("markdown", "html") else None
        given = first.group(1).strip() if first else Path(name).stem.replace("_", " ").replace("-", " ")
    return " ".join(given.split())[:300]


def _html(raw: str) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup
    from markdownify import markdownify

    soup = BeautifulSoup(raw, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(["script", "style", "noscript", "template", "head", "nav", "footer"]):
        tag.decompose()
    text = markdownify(str(soup), heading_style="ATX", bullets="-")
    return re.sub(r"\n{3,}", "\n\n", text), title or None


def _pdf(path: Path, data: bytes) -> tuple[str, str | None]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{path}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from None
    title = str(meta.title).strip() if meta and meta.title else None
    return "\n\n".join(p.strip() for p in pages if p.strip()), title
