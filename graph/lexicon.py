"""Word lists kept as data in ``graph/data``: loaded once, shared by the extraction components."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of ``graph/data/<name>``, stripped."""
    text = files("graph").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def role_heads() -> frozenset[str]:
    """Lower-case last words of role titles ("minister", "envoy", "executive", ...)."""
    heads = {line.lower().split()[-1] for line in load_lines("roles.txt")}
    # "co-ordinator" is read as "co", "-", "ordinator": the last part is a head too.
    heads |= {h.rsplit("-", 1)[-1] for h in heads}
    return frozenset(heads | {a.lower() for a in title_abbreviations()})


@cache
def title_words() -> frozenset[str]:
    """Every lower-case word that can stand inside a title (role words and modifiers)."""
    words = {w for line in load_lines("roles.txt") for w in line.lower().replace("-", " ").split()}
    words |= {line.lower() for line in load_lines("title_modifiers.txt")}
    words |= {a.lower() for a in title_abbreviations()}
    return frozenset(words)


@cache
def multiword_roles() -> frozenset[str]:
    """Lower-case roles of several words that are one position ("attorney general")."""
    return frozenset(line.lower() for line in load_lines("roles.txt") if " " in line)


@cache
def honorifics() -> frozenset[str]:
    """Courtesy titles that are never part of a name ("Mr", "Dr", "Sir", ...)."""
    return frozenset(load_lines("honorifics.txt"))


@cache
def not_people() -> frozenset[str]:
    """Case-folded entity texts that the model tags PERSON but are parties or newsrooms."""
    return frozenset(line.casefold() for line in load_lines("not_people.txt"))


@cache
def name_stoppers() -> frozenset[str]:
    """Lower-case last words of organisation and place names ("network", "cathedral")."""
    return frozenset(load_lines("name_stoppers.txt"))


@cache
def postnominals() -> frozenset[str]:
    """Letters after a name that are not part of it ("QC", "MP", "OBE")."""
    return frozenset(load_lines("postnominals.txt"))


@cache
def same_posts() -> dict[str, str]:
    """Other names of a post and the post they name ("police chief" -> "chief constable")."""
    rows = [line.split("\t") for line in load_lines("same_posts.tsv")[1:]]
    return {other: post for other, post in rows}


@cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles and what they stand for ("Sen." -> "Senator")."""
    rows = [line.split("\t") for line in load_lines("title_abbreviations.tsv")[1:]]
    return {abbr: title for abbr, title in rows}


@cache
def word_set(name: str) -> frozenset[str]:
    """The lines of a word-list file in ``graph/data`` as a set: verb lemmas, nouns, ...

    >>> "delegation" in word_set("national_bodies.txt")
    True
    """
    return frozenset(load_lines(name))
