"""Documents as newsgraph reads them: one article, its text exactly as the user gave it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

Field = Literal["title", "text"]


@dataclass(frozen=True)
class Document:
    """One news article.

    ``text`` and ``title`` are kept exactly as they were read (after decoding), so that
    evidence offsets point into what the user gave us.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    source: str = ""  # where it came from: a path, or "path:line" for JSONL

    @property
    def content_hash(self) -> str:
        """Identity of the content: a rebuild skips a document whose id and hash it holds."""
        return hashlib.sha256(f"{self.title}\0{self.text}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the reason in words a user can act on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
