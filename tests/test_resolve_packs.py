"""Language packs: their tables agree with CLDR, load lazily, and refuse unknown codes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import ResolveError, resolve
from eventdb.resolve.packs import LANGUAGES, es, load, pt

# (pack module, CLDR locale): the packs whose names are CLDR's, checked against babel
CLDR_PACKS = [(pt, "pt"), (es, "es")]


@pytest.mark.parametrize(("module", "locale"), CLDR_PACKS)
def test_month_names_are_cldrs(module: object, locale: str) -> None:
    """Each pack's full and abbreviated month names are CLDR's (babel), dots dropped."""
    months = Locale.parse(locale).months["format"]
    assert list(module.MONTHS) == [months["wide"][i] for i in range(1, 13)]  # type: ignore[attr-defined]
    assert list(module.MONTH_ABBREVIATIONS) == [  # type: ignore[attr-defined]
        months["abbreviated"][i].rstrip(".") for i in range(1, 13)
    ]


@pytest.mark.parametrize(("module", "locale"), CLDR_PACKS)
def test_weekday_names_are_cldrs(module: object, locale: str) -> None:
    """Each pack's weekday names are CLDR's; its abbreviations are CLDR's, less any that
    a month abbreviation takes (Spanish "mar")."""
    days = Locale.parse(locale).days["format"]
    assert list(module.WEEKDAYS) == [days["wide"][i] for i in range(7)]  # type: ignore[attr-defined]
    abbr = [days["abbreviated"][i].rstrip(".") for i in range(7)]
    kept = [a for a in abbr if a not in module.MONTH_ABBREVIATIONS]  # type: ignore[attr-defined]
    assert list(module.WEEKDAY_ABBREVIATIONS) == kept  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_pack_loads_and_names_itself(code: str) -> None:
    """``load(code)`` returns the pack whose ``code`` is that language."""
    assert load(code).code == code


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_plurals_are_units(code: str) -> None:
    """Every plural a pack lists is one of its unit words."""
    pack = load(code)
    assert pack.plurals <= set(pack.units)


# (language code passed, start of the message): codes refused
REJECTED_LANGUAGES = [
    ("fr", "unknown language 'fr': the resolver reads en, pt, es"),
    ("xx-BR", "unknown language 'xx-BR': the resolver reads en, pt, es"),
    ("", "unknown language '': the resolver reads en, pt, es"),
]


@pytest.mark.parametrize(("code", "message"), REJECTED_LANGUAGES)
def test_unknown_language_is_refused(code: str, message: str) -> None:
    """An unknown language code is a ResolveError naming the codes there are."""
    with pytest.raises(ResolveError) as e:
        resolve("hoje", reference=date(2023, 9, 19), language=code)
    assert str(e.value) == message


def test_cli_start_loads_no_pack() -> None:
    """Importing the CLI (what ``eventdb --help`` does) imports no language pack."""
    code = (
        "import sys, eventdb.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('eventdb.resolve.packs.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _pack_words() -> list[str]:
    """Every word and phrase of every pack's main tables, with digits and marks."""
    out: set[str] = {"1", "12", "31", "2023", "99", "/", "-", "(", ")", ",", "1º", "3rd"}
    for code in LANGUAGES:
        v = load(code)
        for table in (v.months, v.weekdays, v.units, v.numbers, v.ordinals, v.directions,
                      v.parts, v.day_words, v.references, v.holidays, v.seasons):  # fmt: skip
            out.update(table)
        out.update(v.range_since + v.range_until + v.range_to + v.range_from + v.ago + v.later)
        out.update(v.within + v.ago_before + v.of_words + v.approximators + v.range_before)
    return sorted(out)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_pack_words()), min_size=1, max_size=5).map(" ".join),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(LANGUAGES),
)
def test_any_packs_words_raise_only_resolve_error(text: str, ref: date, code: str) -> None:
    """Words of any pack, in any order, read with any pack, resolve with ordered bounds or
    raise ResolveError, never another exception (a slip in a rule is a bug)."""
    try:
        r = resolve(text, reference=ref, language=code)
    except ResolveError:
        return
    if r.start is not None and r.end is not None:
        assert r.start.earliest <= r.end.latest


# (tag, phrase, the season's first and last days on 19 September 2023)
REGIONS = [
    ("pt-BR", "este verão", "2023-12-01", "2024-02-29"),
    ("pt-PT", "este verão", "2023-06-01", "2023-08-31"),
    ("es_AR", "el invierno pasado", "2023-06-01", "2023-08-31"),
    ("es-ES", "el invierno pasado", "2022-12-01", "2023-02-28"),
    ("en-AU", "last winter", "2023-06-01", "2023-08-31"),
    ("EN", "last winter", "2022-12-01", "2023-02-28"),  # tags are case-insensitive
]


@pytest.mark.parametrize(("tag", "phrase", "first", "last"), REGIONS)
def test_a_tag_with_its_region_names_the_hemisphere(
    tag: str, phrase: str, first: str, last: str
) -> None:
    """``language="pt-BR"`` reads the Portuguese pack with Brazil's (southern) seasons."""
    r = resolve(phrase, reference=date(2023, 9, 19), language=tag)
    assert (r.earliest.isoformat(), r.latest.isoformat()) == (first, last)


def test_a_tag_without_a_pack_is_refused() -> None:
    with pytest.raises(ResolveError, match="unknown language 'fr-FR': the resolver reads"):
        resolve("hier", reference=date(2023, 9, 19), language="fr-FR")
