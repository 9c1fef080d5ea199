"""Countries as news refers to them: names, codes, demonyms and seats of government.

Every way a text names a country resolves to its ISO 3166-1 alpha-3 code. Our own lexicon
(``graph/data/countries.tsv``) comes first, because pycountry knows ISO names and codes but
not "American", "Britain" or "the Kremlin"; pycountry's exact names and codes come second.
Lookups are exact after normalisation and never fuzzy: fuzzy matching is what turns
"Michael Jordan" into Jordan.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pycountry

__all__ = ["country_code", "country_kind", "country_name", "lexicon_phrases"]

LEXICON_PATH = Path(__file__).parent / "data" / "countries.tsv"
KINDS = frozenset({"name", "demonym", "seat"})

# Two-letter codes are only trusted in capitals, and even then not these: English words,
# US state abbreviations (news says "Atlanta, GA") and newsroom abbreviations that are far
# more often something else (AI, PM, MP, AU for the African Union, EC for the Commission).
# fmt: off
_AMBIGUOUS_ALPHA_2 = frozenset({
    # English words
    "AD", "AM", "AS", "AT", "BE", "BY", "DO", "IN", "IS", "IT", "ME", "MY", "NO", "SO", "TO",
    # US states
    "AL", "AR", "CA", "CO", "DE", "GA", "ID", "IL", "KY", "LA", "MA", "MD", "MN", "MO", "MS",
    "MT", "NC", "NE", "PA", "SC", "SD", "TN", "VA",
    # newsroom abbreviations
    "AG", "AI", "AU", "BA", "BS", "BT", "CD", "CM", "CV", "DJ", "DM", "EC", "ER", "ET", "GE",
    "GI", "GM", "GP", "IE", "KG", "KM", "LB", "MC", "MM", "MP", "NA", "PE", "PG", "PM", "PR",
    "PS", "PT", "RE", "SA", "SS", "ST", "TM", "TV", "VC",
})
# Three-letter codes that are English words, given names or better-known acronyms
# (VAT the tax, PRI the Mexican party, SEN the senator, COL the colonel).
_AMBIGUOUS_ALPHA_3 = frozenset({
    "AND", "ARE", "ARM", "BEN", "BRA", "CAN", "COG", "COL", "COM", "CUB", "DMA", "DOM", "FIN",
    "GAB", "GIN", "GUM", "HUN", "JAM", "KEN", "LIE", "MAC", "MAR", "NAM", "NOR", "PAN", "PER",
    "POL", "PRI", "SEN", "SUR", "TON", "VAT", "ATF", "CAF", "IOT",
})
# fmt: on

# Display names where pycountry's is an inverted or official-ish form ("Russian Federation",
# "Palestine, State of"); everything else uses pycountry's common_name, else its name.
_DISPLAY_NAMES = {
    "RUS": "Russia",
    "PSE": "Palestine",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "BRN": "Brunei",
    "FLK": "Falkland Islands",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "SHN": "Saint Helena",
    "CCK": "Cocos Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
}

# Straight apostrophes, hyphens as spaces, dots gone: "U.S." = "US", "Britain’s" = "Britain's",
# "Guinea-Bissau" = "Guinea Bissau".
_PUNCTUATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2013": " ",
        "\u2014": " ",
        ".": None,
    }
)


class _Hit(NamedTuple):
    code: str
    kind: str


class _Index(NamedTuple):
    words: dict[str, _Hit]  # lexicon over pycountry names, any case
    abbreviations: dict[str, _Hit]  # all-capital lexicon aliases, capitals only
    alpha_2: dict[str, str]
    alpha_3: frozenset[str]


def _fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Élysée' and 'ELYSEE' both give 'elysee'."""
    key = text.casefold()
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return key


def _clean(text: str) -> str:
    """Surface text without dots, curly quotes, hyphens, extra spaces or a possessive."""
    text = " ".join(text.translate(_PUNCTUATION).split())
    if text.endswith(("'s", "'S")):
        text = text[:-2].rstrip()
    elif text.endswith(("s'", "S'")):
        text = text[:-1]
    return text


def _is_abbreviation(alias: str) -> bool:
    letters = _clean(alias).replace(" ", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1)
def _lexicon_rows() -> tuple[tuple[str, str, str], ...]:
    """(alias, code, kind) rows of the TSV, checked: a bad row fails loudly, not silently."""
    rows: list[tuple[str, str, str]] = []
    header_seen = False
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                if fields != ["alias", "code", "kind"]:
                    raise ValueError(f"{LEXICON_PATH}:{number}: expected header alias/code/kind")
                header_seen = True
                continue
            if len(fields) != 3 or not fields[0].strip():
                raise ValueError(f"{LEXICON_PATH}:{number}: expected 3 tab-separated fields")
            alias, code, kind = (f.strip() for f in fields)
            if kind not in KINDS:
                raise ValueError(f"{LEXICON_PATH}:{number}: unknown kind {kind!r}")
            if pycountry.countries.get(alpha_3=code) is None:
                raise ValueError(f"{LEXICON_PATH}:{number}: {code!r} is not an ISO alpha-3 code")
            rows.append((alias, code, kind))
    return tuple(rows)


def _pycountry_names() -> list[tuple[str, str]]:
    """(surface name, alpha-3) for every pycountry name, official name and common name."""
    names = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append((value, country.alpha_3))
    return names


@lru_cache(maxsize=1)
def _index() -> _Index:
    words: dict[str, _Hit] = {}
    abbreviations: dict[str, _Hit] = {}
    for alias, code, kind in _lexicon_rows():
        table = abbreviations if _is_abbreviation(alias) else words
        key = _fold(_clean(alias))
        previous = table.get(key)
        if previous is not None and previous.code != code:
            raise ValueError(
                f"{LEXICON_PATH}: {alias!r} maps to both {previous.code} and {code}; keep one"
            )
        table[key] = _Hit(code, kind)

    # A name two countries share after normalisation would be a guess: leave it out.
    from_pycountry: dict[str, str | None] = {}
    for name, code in _pycountry_names():
        key = _fold(_clean(name))
        if from_pycountry.get(key, code) != code:
            from_pycountry[key] = None
        else:
            from_pycountry[key] = code
    for key, maybe_code in from_pycountry.items():
        if maybe_code is not None and key not in words:
            words[key] = _Hit(maybe_code, "name")

    alpha_2 = {
        c.alpha_2: c.alpha_3 for c in pycountry.countries if c.alpha_2 not in _AMBIGUOUS_ALPHA_2
    }
    alpha_3 = frozenset(
        c.alpha_3 for c in pycountry.countries if c.alpha_3 not in _AMBIGUOUS_ALPHA_3
    )
    return _Index(words, abbreviations, alpha_2, alpha_3)


def _lookup_one(text: str, index: _Index) -> _Hit | None:
    upper = text.isupper()
    key = _fold(text)
    if upper:
        hit = index.abbreviations.get(key)
        if hit is not None:
            return hit
    hit = index.words.get(key)
    if hit is not None:
        return hit
    if upper and text.isalpha():
        if len(text) == 2 and text in index.alpha_2:
            return _Hit(index.alpha_2[text], "code")
        if len(text) == 3 and text in index.alpha_3:
            return _Hit(text, "code")
    return None


@lru_cache(maxsize=16384)
def _resolve(text: str) -> _Hit | None:
    # Entity strings repeat heavily across a batch, hence the cache on the raw text.
    index = _index()
    cleaned = _clean(text)
    if not cleaned:
        return None
    # "the States" is an alias with its article, so try the text whole before dropping it.
    hit = _lookup_one(cleaned, index)
    if hit is None and cleaned[:4].casefold() == "the " and len(cleaned) > 4:
        hit = _lookup_one(cleaned[4:], index)
    return hit


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name, code, demonym or seat of government.

    The text must be the whole reference: there is no search inside it and no fuzzy
    matching. Case, accents, dots, hyphens, extra spaces, a leading "the " and a trailing
    possessive ("Russia's", "Britain’s", "Iraqis'") are ignored. Our lexicon is consulted
    first, then pycountry's names, official names and common names, then ISO codes, which
    count only when written in capitals and are not an English word or a better-known
    abbreviation ("IT", "IN", "PM", "CAN", "VAT" give None). Abbreviations from the lexicon
    ("US", "UK", "DPRK") likewise match only in capitals, so the pronoun "us" is not a country.

    Parameters
    ----------
    text : str
        A span of news text that may name a country: ideally a GPE or NORP entity.

    Returns
    -------
    str or None
        The alpha-3 code, or None when the text is not (only) a reference to a country.

    Examples
    --------
    >>> country_code("Jordan"), country_code("Michael Jordan")
    ('JOR', None)
    >>> country_code("American"), country_code("the Kremlin"), country_code("U.S.")
    ('USA', 'RUS', 'USA')
    >>> country_code("Britain’s"), country_code("Palestinian"), country_code("Iraqis'")
    ('GBR', 'PSE', 'IRQ')
    >>> country_code("European"), country_code("Tory"), country_code("IT"), country_code("us")
    (None, None, None, None)
    >>> country_code("DEU"), country_code("GB"), country_code("Côte d'Ivoire")
    ('DEU', 'GBR', 'CIV')
    """
    hit = _resolve(text)
    return None if hit is None else hit.code


def country_kind(text: str) -> str | None:
    """How ``text`` refers to a country: 'name', 'demonym', 'seat' or 'code'.

    Resolves exactly as :func:`country_code` does; lets a caller treat "Washington said"
    (a seat) differently from "held in Geneva, Switzerland" (a name).

    Parameters
    ----------
    text : str
        A span of news text that may name a country.

    Returns
    -------
    str or None
        The kind of reference, or None when :func:`country_code` gives None.

    Examples
    --------
    >>> country_kind("Russia"), country_kind("Russians"), country_kind("the Kremlin")
    ('name', 'demonym', 'seat')
    >>> country_kind("RUS"), country_kind("Michael Jordan")
    ('code', None)
    """
    hit = _resolve(text)
    return None if hit is None else hit.kind


def country_name(code: str) -> str:
    """Common English name of a country for display.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-3 code, any case.

    Returns
    -------
    str
        pycountry's common name, else its name, except where that is an inverted or
        official-style form ("Russian Federation", "Palestine, State of").

    Raises
    ------
    KeyError
        If ``code`` is not an ISO 3166-1 alpha-3 code.

    Examples
    --------
    >>> country_name("GBR"), country_name("USA"), country_name("RUS")
    ('United Kingdom', 'United States', 'Russia')
    >>> country_name("PSE"), country_name("IRN"), country_name("kor")
    ('Palestine', 'Iran', 'South Korea')
    """
    return _display_name(code.strip().upper())


@lru_cache(maxsize=512)
def _display_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        raise KeyError(f"{code!r} is not an ISO 3166-1 alpha-3 country code")
    if code in _DISPLAY_NAMES:
        return _DISPLAY_NAMES[code]
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, str], ...]:
    phrases: dict[str, str] = {}
    for name, code in _pycountry_names():
        phrases.setdefault(name, code)
    # The lexicon wins over pycountry, as it does in country_code.
    for alias, code, _kind in _lexicon_rows():
        phrases[alias] = code
    return tuple(phrases.items())


def lexicon_phrases() -> dict[str, str]:
    """Every surface form that names a country, mapped to its alpha-3 code.

    Our lexicon's aliases plus pycountry's names, official names and common names, but no
    ISO codes, as written (not normalised), for a spaCy ``PhraseMatcher``. Matching case
    variants is the matcher's job; aliases written all in capitals ("US", "UK") are
    abbreviations and should be matched case-sensitively, or the pronoun "us" becomes a
    country. Pass every match through :func:`country_code` to apply the same rules.

    Returns
    -------
    dict of str to str
        A new dict on each call: surface form -> alpha-3 code.

    Examples
    --------
    >>> phrases = lexicon_phrases()
    >>> phrases["the Kremlin"], phrases["Britons"], phrases["Russian Federation"]
    ('RUS', 'GBR', 'RUS')
    >>> "GBR" in phrases
    False
    """
    return dict(_phrases())
