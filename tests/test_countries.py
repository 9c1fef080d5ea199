"""Country lookups against the real lexicon and the real pycountry."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pycountry
import pytest

from graph import countries
from graph.countries import country_code, country_kind, country_name, lexicon_phrases


def _lexicon_rows() -> list[tuple[str, str, str]]:
    """The TSV read independently of the module, so a loader bug cannot hide a data bug."""
    lines = countries.LEXICON_PATH.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip() and not line.startswith("#")]
    assert lines[0] == "alias\tcode\tkind"
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


ROWS = _lexicon_rows()


def _key(alias: str) -> str:
    text = unicodedata.normalize("NFKD", alias.casefold().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", "").replace("-", " ").split())


# ---------------------------------------------------------------- the brief's examples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jordan", "JOR"),
        ("American", "USA"),
        ("the Kremlin", "RUS"),
        ("U.S.", "USA"),
        ("Britain's", "GBR"),
        ("Palestinian", "PSE"),
    ],
)
def test_brief_examples(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Michael Jordan",
        "European",
        "Tory",
        "Labour",
        "IT",
        "Apple",
        "Arab",
        "Latin",
        "African",
        "Asian",
        "Kurdish",
        "Basque",
        "Catalan",
        "Soviet",
        "Brussels",
        "Jerusalem",
        "Kosovo",
        "",
        "   ",
        "the",
    ],
)
def test_non_countries_give_none(text: str) -> None:
    assert country_code(text) is None
    assert country_kind(text) is None


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Britons", "GBR"),
        ("Americans", "USA"),
        ("Iraqis'", "IRQ"),
        ("Americans'", "USA"),
        ("Russia's", "RUS"),
        ("Russia’s", "RUS"),
        ("Britain’s", "GBR"),
        ("the Philippines'", "PHL"),
        ("the U.S.'s", "USA"),
    ],
)
def test_plurals_and_possessives(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("russia", "RUS"),
        ("RUSSIA", "RUS"),
        ("  United \n Kingdom ", "GBR"),
        ("U.K.", "GBR"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea Bissau", "GNB"),
        ("Élysée", "FRA"),
        ("Elysee", "FRA"),
        ("Cote d’Ivoire", "CIV"),
        ("THE KREMLIN", "RUS"),
    ],
)
def test_case_accents_dots_hyphens_spaces(text: str, code: str) -> None:
    assert country_code(text) == code


def test_leading_the_is_optional_but_the_states_needs_it() -> None:
    assert country_code("The Gambia") == country_code("Gambia") == "GMB"
    assert country_code("the Netherlands") == "NLD"
    assert country_code("the States") == "USA"
    assert country_code("States") is None


def test_abbreviations_match_only_in_capitals() -> None:
    assert country_code("US") == "USA"
    assert country_code("the US") == "USA"
    assert country_code("us") is None
    assert country_code("uk") is None


# ---------------------------------------------------------------- ISO codes


@pytest.mark.parametrize(("text", "code"), [("GBR", "GBR"), ("DEU", "DEU"), ("GB", "GBR")])
def test_upper_case_iso_codes(text: str, code: str) -> None:
    assert country_code(text) == code
    assert country_kind(text) == "code"


@pytest.mark.parametrize(
    "text", ["gbr", "Deu", "gb", "IT", "IN", "IS", "NO", "PM", "CA", "CAN", "VAT"]
)
def test_lower_case_and_word_like_codes_give_none(text: str) -> None:
    assert country_code(text) is None


# ---------------------------------------------------------------- country_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia", "name"),
        ("Russian Federation", "name"),
        ("Russians", "demonym"),
        ("the Kremlin", "seat"),
        ("Washington", "seat"),
        ("RUS", "code"),
    ],
)
def test_country_kind(text: str, kind: str) -> None:
    assert country_kind(text) == kind


# ---------------------------------------------------------------- the lexicon file


def test_every_row_has_a_known_kind_and_a_pycountry_code() -> None:
    for alias, code, kind in ROWS:
        assert kind in {"name", "demonym", "seat"}, alias
        assert pycountry.countries.get(alpha_3=code) is not None, (alias, code)
    assert {"PSE", "TWN"} <= {code for _, code, _ in ROWS}


def test_every_row_resolves_to_its_code_and_kind() -> None:
    wrong = [
        (alias, code, kind, country_code(alias), country_kind(alias))
        for alias, code, kind in ROWS
        if (country_code(alias), country_kind(alias)) != (code, kind)
    ]
    assert wrong == []


def test_no_alias_maps_to_two_codes() -> None:
    codes: dict[str, set[str]] = defaultdict(set)
    for alias, code, _ in ROWS:
        codes[_key(alias)].add(code)
    assert {key: c for key, c in codes.items() if len(c) > 1} == {}


def test_demonyms_cover_every_un_member_plus_palestine_and_taiwan() -> None:
    # The three without a demonym share theirs with a neighbour or a region (see the TSV).
    with_demonym = {code for _, code, kind in ROWS if kind == "demonym"}
    assert len(with_demonym | {"CAF", "COG", "DMA"}) == 193 + 2


def test_lexicon_does_not_shadow_pycountry_names() -> None:
    wrong = []
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and country_code(name) != country.alpha_3:
                wrong.append((name, country.alpha_3, country_code(name)))
    assert wrong == []


def test_a_lexicon_alias_with_two_codes_is_refused(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "countries.tsv"
    bad.write_text("alias\tcode\tkind\nGeorgia\tGEO\tname\ngeorgia\tUSA\tname\n", encoding="utf-8")
    monkeypatch.setattr(countries, "LEXICON_PATH", bad)
    _clear_caches()
    try:
        with pytest.raises(ValueError, match="both GEO and USA"):
            country_code("Georgia")
    finally:
        monkeypatch.undo()
        _clear_caches()


def test_a_lexicon_row_with_an_unknown_code_is_refused(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "countries.tsv"
    bad.write_text("alias\tcode\tkind\nKosovo\tXKX\tname\n", encoding="utf-8")
    monkeypatch.setattr(countries, "LEXICON_PATH", bad)
    _clear_caches()
    try:
        with pytest.raises(ValueError, match="XKX"):
            country_code("Kosovo")
    finally:
        monkeypatch.undo()
        _clear_caches()


def _clear_caches() -> None:
    for cached in (
        countries._lexicon_rows,
        countries._index,
        countries._resolve,
        countries._phrases,
    ):
        cached.cache_clear()


def test_indexes_are_built_once() -> None:
    _clear_caches()
    for text in ["Russia", "Britons", "the Kremlin", "GBR", "nothing"] * 100:
        country_code(text)
    assert countries._index.cache_info().misses == 1
    assert countries._lexicon_rows.cache_info().misses == 1


# ---------------------------------------------------------------- country_name


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("GBR", "United Kingdom"),
        ("USA", "United States"),
        ("RUS", "Russia"),
        ("PSE", "Palestine"),
        ("IRN", "Iran"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("COD", "DR Congo"),
        ("FRA", "France"),
        ("gbr", "United Kingdom"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_no_display_name_is_inverted_or_parenthesised() -> None:
    inverted = re.compile(r", .*\bof\b|\(")
    bad = [country_name(c.alpha_3) for c in pycountry.countries]
    assert [name for name in bad if inverted.search(name)] == []


@pytest.mark.parametrize("code", ["XKX", "GB", "", "United Kingdom"])
def test_country_name_refuses_unknown_codes(code: str) -> None:
    with pytest.raises(KeyError):
        country_name(code)


# ---------------------------------------------------------------- lexicon_phrases


def test_phrases_hold_lexicon_aliases_and_pycountry_names_but_no_codes() -> None:
    phrases = lexicon_phrases()
    for alias, code, _ in ROWS:
        assert phrases[alias] == code
    assert phrases["Russian Federation"] == "RUS"
    assert phrases["Korea, Republic of"] == "KOR"
    assert phrases["South Korea"] == "KOR"
    for code in ("GBR", "DEU", "FR", "RU"):
        assert code not in phrases


def test_phrases_are_a_fresh_dict_each_call() -> None:
    lexicon_phrases()["Atlantis"] = "ATL"
    assert "Atlantis" not in lexicon_phrases()
