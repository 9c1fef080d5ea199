"""Reading inputs: files and folders of articles in, `Document` or `Skipped` out.

Every input that cannot be read becomes a `Skipped` with a reason the user can act on;
nothing is ever silently dropped, guessed or re-encoded, so one bad file never stops a run
and the text a `Document` carries is exactly what the user gave us.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.documents import Document, Skipped

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# The binary sniff looks only at the start of a file, like git and grep do: enough to catch
# images, archives and office files without reading a large file twice.
SNIFF_BYTES = 8 * 1024
# Text in any encoding has almost no C0 control bytes besides whitespace; random or packed
# binary data has about 10% of them. 5% separates the two even for small files.
MAX_CONTROL_FRACTION = 0.05
_CONTROL_BYTES = (frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D}) | {0x7F}

_UTF16_32_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)

REASON_MISSING = "no such file or directory"
REASON_PERMISSION = "permission denied; check that you can read it"
REASON_EMPTY = "empty file"
REASON_BINARY = "binary file, not text"
REASON_NO_ARTICLE_FILES = "folder has no .txt, .html or .jsonl files"
REASON_NO_HTML_TEXT = (
    "no article text could be extracted from the HTML page; save the article text as .txt"
)
REASON_NOT_REGULAR = "not a regular file or folder"


def read_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | Skipped]:
    """Read articles from files and folders, one at a time.

    Parameters
    ----------
    paths
        Files (``.txt``, ``.html``/``.htm``, ``.jsonl``) and folders, read in the order
        given. Folders are walked recursively in sorted order; inside them, hidden entries
        (names starting with ``.``) and files with other extensions are ignored.

    Yields
    ------
    Document or Skipped
        A `Document` per article (one per file, or one per JSONL line), or a `Skipped`
        naming each input (file, folder or ``path:line``) that could not be read and why.
        Document ids are unique within one call: a repeated id is skipped.

    Notes
    -----
    This is a generator: files are opened only when the caller asks for the next item,
    and JSONL files are read line by line, so large folders and files are never held in
    memory at once.
    """
    first_seen: dict[str, str] = {}
    for path in paths:
        for item in _read_argument(os.fspath(path)):
            if isinstance(item, Document):
                earlier = first_seen.get(item.id)
                if earlier is not None:
                    yield Skipped(
                        item.source,
                        f"duplicate document id {item.id!r} (first seen in {earlier})",
                    )
                    continue
                first_seen[item.id] = item.source
            yield item


def _read_argument(path: str) -> Iterator[Document | Skipped]:
    """Read one path the user named: a folder, or a file whose id is its name."""
    try:
        is_dir = os.path.isdir(path)
        exists = is_dir or os.path.exists(path)
    except (OSError, ValueError) as exc:  # e.g. a NUL byte or an over-long name
        yield Skipped(path, f"cannot open: {exc}")
        return
    if not exists:
        yield Skipped(path, REASON_MISSING)
        return
    if is_dir:
        yield from _read_folder(path)
        return
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"unsupported file type {suffix!r}" if suffix else "file has no extension"
        yield Skipped(path, f"{what}; newsgraph reads .txt, .html, .htm and .jsonl")
        return
    yield from _read_file(path, Path(path).stem)


def _read_folder(folder: str) -> Iterator[Document | Skipped]:
    """Read every article file under ``folder``; ids are paths relative to it."""
    # Set by any file, and by an unreadable (sub)folder, whose own Skipped already says
    # more than "no files" would.
    found_any = False
    for item in _walk(folder, (), set()):
        found_any = True
        if isinstance(item, Skipped):
            yield item
            continue
        file_path, rel_parts = item
        # The id keeps the sub-folders (so politics/a and sport/a stay distinct) and always
        # uses "/" so it is the same on every platform.
        doc_id = "/".join((*rel_parts[:-1], Path(rel_parts[-1]).stem))
        yield from _read_file(file_path, doc_id)
    if not found_any:
        yield Skipped(folder, REASON_NO_ARTICLE_FILES)


def _walk(
    folder: str, rel_parts: tuple[str, ...], visited: set[tuple[int, int]]
) -> Iterator[tuple[str, tuple[str, ...]] | Skipped]:
    """Yield ``(path, relative parts)`` of article files under ``folder``, depth first, sorted.

    Sorting each directory's entries by name gives the same order on every platform and
    file system, while only the listings along the current branch are held in memory.
    """
    try:
        stat = os.stat(folder)
        key = (stat.st_dev, stat.st_ino)
        if key in visited:  # a symlink back up the tree would otherwise loop forever
            return
        visited.add(key)
        with os.scandir(folder) as it:
            entries = sorted(
                (entry for entry in it if not entry.name.startswith(".")),
                key=lambda entry: entry.name,
            )
    except OSError as exc:
        yield _unreadable(folder, exc, "cannot read folder")
        return
    for entry in entries:
        parts = (*rel_parts, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            # Broken symlinks and the like are not articles; skip them like other strays.
            continue
        if is_dir:
            yield from _walk(entry.path, parts, visited)
        elif is_file and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
            yield entry.path, parts


def _unreadable(path: str, exc: OSError, what: str = "cannot read") -> Skipped:
    """Why the operating system would not let a file or folder be read."""
    if isinstance(exc, PermissionError):
        return Skipped(path, REASON_PERMISSION)
    return Skipped(path, f"{what}: {exc.strerror or exc}")


def _read_file(path: str, doc_id: str) -> Iterator[Document | Skipped]:
    """Read one article file of a supported type."""
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    try:
        if not os.path.isfile(path):
            yield Skipped(path, REASON_NOT_REGULAR)
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    text = _decode(data)
    if isinstance(text, _DecodeError):
        yield Skipped(path, text.reason)
        return
    if not text.strip():
        yield Skipped(path, REASON_EMPTY)
        return
    if suffix in HTML_SUFFIXES:
        yield _html_document(path, doc_id, text)
    else:
        yield Document(id=doc_id, text=text, title="", source=path)


class _DecodeError:
    """Why bytes could not be read as text (a value, not an exception: it is expected)."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _decode(data: bytes) -> str | _DecodeError:
    """Decode a whole file as strict UTF-8, with a user-facing reason when that fails."""
    if not data:
        return _DecodeError(REASON_EMPTY)
    problem = _sniff(data[:SNIFF_BYTES])
    if problem is not None:
        return _DecodeError(problem)
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return _DecodeError(_utf8_reason(exc, offset))


def _sniff(head: bytes) -> str | None:
    """Return why the start of a file says it is not UTF-8 text, or None if it may be."""
    for bom, name in _UTF16_32_BOMS:
        if head.startswith(bom):
            return f"encoded as {name}, not UTF-8; re-save the file as UTF-8"
    if b"\0" in head:
        return REASON_BINARY
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_FRACTION:
        return REASON_BINARY
    return None


def _utf8_reason(exc: UnicodeDecodeError, offset: int) -> str:
    """Say which byte broke UTF-8 decoding and where, counted from the start of the file."""
    bad = exc.object[exc.start]
    return (
        f"not valid UTF-8 (byte 0x{bad:02x} at position {exc.start + offset}); "
        "re-save the file as UTF-8"
    )


def _html_document(path: str, doc_id: str, html: str) -> Document | Skipped:
    """Extract the main text (no navigation, footers or comments) and title of a web page."""
    # Imported here: trafilatura pulls in lxml and friends, which plain-text runs never need.
    import trafilatura

    text = trafilatura.extract(html, include_comments=False)
    if not text or not text.strip():
        return Skipped(path, REASON_NO_HTML_TEXT)
    title = ""
    try:
        metadata = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - metadata is optional; a failure must not lose the text
        metadata = None
    if metadata is not None and isinstance(getattr(metadata, "title", None), str):
        title = metadata.title
    return Document(id=doc_id, text=text, title=title, source=path)


def _read_jsonl(path: str) -> Iterator[Document | Skipped]:
    """Read a JSONL file line by line; each bad line is skipped on its own."""
    try:
        if not os.path.isfile(path):
            yield Skipped(path, REASON_NOT_REGULAR)
            return
        fh = open(path, "rb")  # noqa: SIM115 - closed below; the generator streams from it
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    with fh:
        try:
            head = fh.read(SNIFF_BYTES)
        except OSError as exc:
            yield _unreadable(path, exc)
            return
        if not head:
            yield Skipped(path, REASON_EMPTY)
            return
        problem = _sniff(head)
        if problem is not None:
            yield Skipped(path, problem)
            return
        fh.seek(0)
        any_content = False
        for lineno, raw in enumerate(fh, start=1):
            offset = 0
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                offset = len(codecs.BOM_UTF8)
            source = f"{path}:{lineno}"
            try:
                line = raw[offset:].decode("utf-8")
            except UnicodeDecodeError as exc:
                any_content = True
                bad = exc.object[exc.start]
                yield Skipped(
                    source,
                    f"not valid UTF-8 (byte 0x{bad:02x} at position {exc.start + offset} "
                    "of the line); re-save the file as UTF-8",
                )
                continue
            if not line.strip():
                continue
            any_content = True
            yield _jsonl_record(line, source)
        if not any_content:
            yield Skipped(path, REASON_EMPTY)


def _jsonl_record(line: str, source: str) -> Document | Skipped:
    """Turn one JSONL line into a Document, or say what is wrong with it."""
    try:
        # Without the line ending, so an error at the end of the line has its real column.
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Skipped(source, f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(
            source,
            f"not a JSON object (got {_json_type(record)}); each line must be "
            '{"id": ..., "text": ...}',
        )
    for key in ("id", "text"):
        if key not in record:
            return Skipped(source, f'missing "{key}"; each line needs "id" and "text" strings')
        if not isinstance(record[key], str):
            return Skipped(source, f'"{key}" must be a string, not {_json_type(record[key])}')
    if not record["id"].strip():
        return Skipped(source, 'empty "id"')
    if not record["text"].strip():
        return Skipped(source, 'empty text: "text" has no characters besides whitespace')
    optional: dict[str, str | None] = {}
    for key in ("title", "date", "url"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return Skipped(source, f'"{key}" must be a string or null, not {_json_type(value)}')
        optional[key] = value
    return Document(
        id=record["id"],
        text=record["text"],
        title=optional["title"] or "",
        date=optional["date"],
        url=optional["url"],
        source=source,
    )


def _json_type(value: object) -> str:
    """Name a decoded JSON value's type the way JSON does."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
