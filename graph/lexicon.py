"""Word lists kept as data in ``graph/data``: loaded once, shared by the extraction components."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of ``graph/data/<name>``, stripped."""
    text = files("graph").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=None)
def role_heads() -> frozenset[str]:
    """Lower-case last words of role titles ("minister", "envoy", "executive", ...)."""
    return frozenset(line.lower().split()[-1] for line in load_lines("roles.txt"))


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Every lower-case word that can stand inside a title (role words and modifiers)."""
    words = {w for line in load_lines("roles.txt") for w in line.lower().replace("-", " ").split()}
    words |= {line.lower() for line in load_lines("title_modifiers.txt")}
    return frozenset(words)


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Courtesy titles that are never part of a name ("Mr", "Dr", "Sir", ...)."""
    return frozenset(load_lines("honorifics.txt"))


@lru_cache(maxsize=None)
def not_people() -> frozenset[str]:
    """Case-folded entity texts that the model tags PERSON but are parties or newsrooms."""
    return frozenset(line.casefold() for line in load_lines("not_people.txt"))


@lru_cache(maxsize=None)
def membership_verbs() -> frozenset[str]:
    """Verb lemmas by which a country's body takes people in ("includes", "represented by")."""
    return frozenset(load_lines("membership_verbs.txt"))
