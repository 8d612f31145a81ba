"""Holidays in each language's pack: the civil and national holidays of the pack's
countries (from the ``holidays`` library, through the derived table committed in the
package), the pack's own names (Easter's feasts, Western and Orthodox; Christmas Eve,
Carnival), and days of the Hebrew, Islamic and Persian calendars."""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import resolve
from eventdb.errors import ResolveError
from eventdb.resolve.families.holidays import _reading_day, day_of, reading
from eventdb.resolve.grammar import _grammar_for
from eventdb.resolve.packs import LANGUAGES, load
from eventdb.resolve.packs._holidays_data import NAMES
from eventdb.resolve.text import _key

SEED = date(2023, 9, 19)  # Tuesday

# (phrase, language, the day it resolves to): the nearest such day unless a year or a
# direction is named; several years, 2000 and 2024 leap years, for the movable feasts
ROWS = [
    # the Hebrew, Islamic and Persian calendars and Orthodox Easter (the pack's own)
    ("Yom Kippur", "en", "2023-09-25"),
    ("Rosh Hashanah 2024", "en", "2024-10-03"),
    ("last Yom Kippur", "en", "2022-10-05"),
    ("Passover 2024", "en", "2024-04-23"),
    ("Hanukkah", "en", "2023-12-08"),
    ("Eid al-Fitr 2024", "en", "2024-04-10"),
    ("Islamic New Year 2023", "en", "2023-07-19"),
    ("Nowruz 2024", "en", "2024-03-20"),
    ("Orthodox Easter 2024", "en", "2024-05-05"),
    ("Orthodox Christmas", "en", "2024-01-07"),
    ("páscoa ortodoxa de 2024", "pt", "2024-05-05"),
    ("yom kipur", "pt", "2023-09-25"),
    ("janucá", "es", "2023-12-08"),
    # English: the United States' days, then the other countries' (the library)
    ("Thanksgiving 2022", "en", "2022-11-24"),
    ("Thanksgiving 2024", "en", "2024-11-28"),
    ("Thanksgiving Day 2000", "en", "2000-11-23"),
    ("Thanksgiving", "en", "2023-11-23"),
    ("Memorial Day 2024", "en", "2024-05-27"),
    ("Memorial Day 2020", "en", "2020-05-25"),
    ("Memorial Day 1960", "en", "1960-05-30"),  # 30 May until 1971
    ("Labor Day 2024", "en", "2024-09-02"),
    ("Labor Day", "en", "2023-09-04"),
    ("Veterans Day 1975", "en", "1975-10-27"),  # the fourth Monday of October, 1971-77
    ("Veterans Day 2024", "en", "2024-11-11"),
    ("Independence Day 2024", "en", "2024-07-04"),
    ("next Independence Day", "en", "2024-07-04"),
    ("last Independence Day", "en", "2023-07-04"),
    ("Juneteenth 2022", "en", "2022-06-19"),
    ("Martin Luther King Day 2024", "en", "2024-01-15"),
    ("MLK Day 2023", "en", "2023-01-16"),
    ("Presidents' Day 2024", "en", "2024-02-19"),
    ("Mother's Day 2024", "en", "2024-05-12"),
    ("Father's Day 2024", "en", "2024-06-16"),
    ("Christmas Eve 2020", "en", "2020-12-24"),
    ("New Year's Eve 2024", "en", "2024-12-31"),
    ("New Year's Day 2000", "en", "2000-01-01"),
    ("Valentine's Day 2024", "en", "2024-02-14"),
    ("Halloween 2021", "en", "2021-10-31"),
    ("St. Patrick's Day 2024", "en", "2024-03-17"),
    ("Boxing Day 2020", "en", "2020-12-26"),
    ("Spring Bank Holiday 2022", "en", "2022-06-02"),  # moved for the Platinum Jubilee
    ("Spring Bank Holiday 2024", "en", "2024-05-27"),
    ("Canada Day 2020", "en", "2020-07-01"),
    ("Anzac Day 2024", "en", "2024-04-25"),
    ("Republic Day 2024", "en", "2024-01-26"),
    ("Good Friday 2024", "en", "2024-03-29"),
    ("Good Friday 2020", "en", "2020-04-10"),
    ("Easter Monday 2024", "en", "2024-04-01"),
    ("Whit Monday 2024", "en", "2024-05-20"),
    ("THANKSGIVING DAY 2022", "en", "2022-11-24"),
    ("Saint Patrick’s Day 2024", "en", "2024-03-17"),  # a typographic apostrophe
    # English: the pack's own
    ("Christmas", "en", "2023-12-25"),
    ("last Christmas", "en", "2022-12-25"),
    ("next Christmas", "en", "2023-12-25"),
    ("Easter 2024", "en", "2024-03-31"),
    ("Easter 2000", "en", "2000-04-23"),
    ("Easter of last year", "en", "2022-04-17"),
    ("Christmas this year", "en", "2023-12-25"),
    ("Thanksgiving Day next year", "en", "2024-11-28"),
    ("Ash Wednesday 2024", "en", "2024-02-14"),
    ("Mardi Gras 2024", "en", "2024-02-13"),
    ("Palm Sunday 2023", "en", "2023-04-02"),
    ("Black Friday 2023", "en", "2023-11-24"),
    ("Black Friday 2024", "en", "2024-11-29"),
    ("Labour Day 2024", "en", "2024-05-01"),
    ("May Day 2020", "en", "2020-05-01"),
    ("Bastille Day", "en", "2023-07-14"),
    # Portuguese: Brazil's days, then Portugal's and the others' (the library)
    ("Tiradentes de 2024", "pt", "2024-04-21"),
    ("Dia da Independência de 2022", "pt", "2022-09-07"),
    ("Proclamação da República", "pt", "2023-11-15"),
    ("Nossa Senhora Aparecida", "pt", "2023-10-12"),
    ("Dia da Consciência Negra de 2024", "pt", "2024-11-20"),
    ("Quarta-feira de Cinzas de 2024", "pt", "2024-02-14"),
    ("Dia de Portugal de 2024", "pt", "2024-06-10"),
    ("Implantação da República de 2010", "pt", "2010-10-05"),
    ("Corpo de Deus de 2000", "pt", "2000-06-22"),
    # names are matched as every pack word is: case, accents, hyphens and spaces forgiven
    ("DIA DA INDEPENDENCIA DE 2022", "pt", "2022-09-07"),
    ("proclamacao  da republica", "pt", "2023-11-15"),
    ("sexta feira santa de 2024", "pt", "2024-03-29"),
    # Portuguese: the pack's own
    ("Natal", "pt", "2023-12-25"),
    ("Natal de 2022", "pt", "2022-12-25"),
    ("no último Natal", "pt", "2022-12-25"),
    ("o Natal passado", "pt", "2022-12-25"),
    ("o próximo Natal", "pt", "2023-12-25"),
    ("Natal do ano passado", "pt", "2022-12-25"),
    ("Natal deste ano", "pt", "2023-12-25"),
    ("a Páscoa do ano que vem", "pt", "2024-03-31"),
    ("véspera de Natal", "pt", "2023-12-24"),
    ("Dia do Trabalho de 2022", "pt", "2022-05-01"),
    ("Sexta-feira Santa de 2024", "pt", "2024-03-29"),
    ("Páscoa de 2025", "pt", "2025-04-20"),
    ("Carnaval de 2024", "pt", "2024-02-13"),
    ("corpus christi de 2024", "pt", "2024-05-30"),
    ("Dia de Finados", "pt", "2023-11-02"),
    ("Dia das Mães de 2024", "pt", "2024-05-12"),
    ("Dia dos Pais de 2024", "pt", "2024-08-11"),
    # Spanish: Spain's days, then Mexico's and the others' (the library)
    ("Día de la Independencia de 2024", "es", "2024-09-16"),
    ("Día de la Hispanidad de 2024", "es", "2024-10-12"),
    ("Día de la Constitución de 2021", "es", "2021-12-06"),
    ("Jueves Santo de 2024", "es", "2024-03-28"),
    ("Martes de Carnaval de 2024", "es", "2024-02-13"),
    ("la Asunción de 2024", "es", "2024-08-15"),
    ("Día de San José de 2024", "es", "2024-03-19"),
    ("Reyes", "es", "2024-01-06"),
    ("Epifanía de 2020", "es", "2020-01-06"),
    ("DÍA DE LA HISPANIDAD", "es", "2023-10-12"),
    ("dia de la independencia de 2024", "es", "2024-09-16"),
    # Spanish: the pack's own
    ("Navidad de 2020", "es", "2020-12-25"),
    ("la próxima Navidad", "es", "2023-12-25"),
    ("la Navidad pasada", "es", "2022-12-25"),
    ("Navidad del año pasado", "es", "2022-12-25"),
    ("la Navidad de este año", "es", "2023-12-25"),
    ("el próximo Día de la Independencia", "es", "2024-09-16"),
    ("el Día del Trabajo del año pasado", "es", "2022-05-01"),
    ("nochevieja", "es", "2023-12-31"),
    ("Nochebuena de 2024", "es", "2024-12-24"),
    ("Día del Trabajo", "es", "2023-05-01"),
    ("Viernes Santo de 2024", "es", "2024-03-29"),
    ("Pascua de 2024", "es", "2024-03-31"),
    ("Día de Muertos", "es", "2023-11-02"),
    ("Día de Reyes de 2024", "es", "2024-01-06"),
    ("Miércoles de Ceniza de 2024", "es", "2024-02-14"),
    ("Corpus Christi de 2024", "es", "2024-05-30"),
]

# (phrase, language, the day, the alternatives' days and reasons): a name two countries
# keep on different days is the first country's, the others beside it
ALTERNATIVES = [
    (
        "Independence Day 2024",
        "en",
        "2024-07-04",
        [
            ("2024-08-15", "Independence Day as India keeps it"),
            ("2024-06-12", "Independence Day as Philippines keeps it"),
        ],
    ),
    (
        "Labour Day 2024",
        "en",
        "2024-05-01",
        [
            ("2024-09-02", "Labour Day as Canada keeps it"),
            ("2024-10-28", "Labour Day as New Zealand keeps it"),
        ],
    ),
    ("May Day 2020", "en", "2020-05-01", [("2020-05-08", "May Day as United Kingdom keeps it")]),
    (
        "Dia dos Pais de 2024",
        "pt",
        "2024-08-11",
        [("2024-06-16", "Dia dos Pais as Cape Verde keeps it")],
    ),
    (
        "Dia da Independência de 2022",
        "pt",
        "2022-09-07",
        [
            ("2022-11-11", "Dia da Independência as Angola keeps it"),
            ("2022-09-24", "Dia da Independência as Guinea-Bissau keeps it"),
            ("2022-07-12", "Dia da Independência as São Tomé & Príncipe keeps it"),
        ],
    ),
    (
        "Día de la Constitución de 2021",
        "es",
        "2021-12-06",
        [
            ("2021-02-01", "Día de la Constitución as Mexico keeps it"),
            ("2021-11-06", "Día de la Constitución as Dominican Republic keeps it"),
            ("2021-03-01", "Día de la Constitución as Panama keeps it"),
        ],
    ),
    ("Christmas 2024", "en", "2024-12-25", []),  # every country keeps the same day
    # a name alone: the one on the other side of the reference, for a verb's tense
    ("Christmas", "en", "2023-12-25", [("2022-12-25", "the one before the reference")]),
    ("Natal", "pt", "2023-12-25", [("2022-12-25", "the one before the reference")]),
    (
        "Independence Day",  # the nearest of each country's; first, the next one
        "en",
        "2023-07-04",
        [
            ("2024-07-04", "the one after the reference"),
            ("2023-08-15", "Independence Day as India keeps it"),
            ("2023-06-12", "Independence Day as Philippines keeps it"),
        ],
    ),
]

# (phrase, language, first day, last day): holidays that are spans of days
SPANS = [
    ("Holy Week 2024", "en", "2024-03-24", "2024-03-30"),
    ("last Holy Week", "en", "2023-04-02", "2023-04-08"),
    ("Ramadan 2024", "en", "2024-03-11", "2024-04-09"),
    ("Semana Santa de 2025", "pt", "2025-04-13", "2025-04-19"),
    ("o Ramadã de 2023", "pt", "2023-03-23", "2023-04-21"),
    ("la Semana Santa de 2000", "es", "2000-04-16", "2000-04-22"),
    ("la próxima Semana Santa", "es", "2024-03-24", "2024-03-30"),
]

# (phrase, language): holiday phrases the resolver refuses
BAD = [
    ("last Christmas 2022", "en"),  # a direction and a year
    ("Christmas 0000", "en"),  # no year 0
    ("Thanksgiving of 1492 of 1493", "en"),
    ("Natal de natal", "pt"),
]

# (language, name): the pack's own names that read another day than the library's first
# country, on purpose (docs/resolver.md, "Holidays"); the library's days are alternatives
OVERRIDES = {("en", "may day"), ("en", "labour day"), ("pt", "dia dos pais")}


def test_table_has_no_duplicate_rows() -> None:
    """No phrase is pinned twice."""
    counts = Counter((r[0], r[1]) for r in ROWS)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("text", "code", "day"), ROWS)
def test_holiday(text: str, code: str, day: str) -> None:
    """A holiday of the pack resolves to exactly this day."""
    r = resolve(text, reference=SEED, language=code)
    assert (r.timex, r.rule, r.earliest, r.latest) == (
        day,
        "holiday",
        date.fromisoformat(day),
        date.fromisoformat(day),
    )


@pytest.mark.parametrize(("text", "code", "day", "alternatives"), ALTERNATIVES)
def test_other_countries_are_alternatives(
    text: str, code: str, day: str, alternatives: list[tuple[str, str]]
) -> None:
    """A name several countries keep on different days is the first country's; each other
    day is an alternative naming its country."""
    r = resolve(text, reference=SEED, language=code)
    got = [(a.reading.timex, a.reason) for a in r.alternatives]
    assert (r.timex, got) == (day, alternatives)


@pytest.mark.parametrize(("text", "code", "first", "last"), SPANS)
def test_span(text: str, code: str, first: str, last: str) -> None:
    """A holiday of several days is its span, first day to last, with no single TimeML
    value."""
    r = resolve(text, reference=SEED, language=code)
    got = (r.rule, r.timex, r.earliest, r.latest)
    assert got == ("holiday", None, date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize(("text", "code"), BAD)
def test_refused(text: str, code: str) -> None:
    """A holiday phrase that names no one day is a ResolveError."""
    with pytest.raises(ResolveError):
        resolve(text, reference=SEED, language=code)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGUAGES), st.integers(1900, 2100), st.data())
def test_every_name_is_one_day_in_any_year(code: str, year: int, data: st.DataObject) -> None:
    """Every one-day name of a pack's holiday table (all but the spans), with a year from
    1900 to 2100, resolves to one day of that year, its first reading's, and so does each
    alternative (a name that composes, "day after New Year's Day", may be read by
    composition: the same day)."""
    table = _grammar_for(load(code)).holiday_table
    name = data.draw(st.sampled_from(sorted(n for n, rs in table.items() if rs[0][5] == 1)))
    r = resolve(f"{name} {year}", reference=SEED, language=code)
    assert r.earliest == _reading_day(table[name][0], year)
    for one in (r, *(a.reading for a in r.alternatives)):
        assert one.earliest == one.latest
        assert one.earliest is not None and one.earliest.year == year


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGUAGES), st.dates(date(1950, 1, 1), date(2050, 12, 31)), st.data())
def test_a_direction_gives_the_last_or_next_one(code: str, ref: date, data: st.DataObject) -> None:
    """ "last X" is the holiday's latest day before the reference and "next X" the first
    after it, within the 400 days two Easters can lie apart; for every name and every
    direction word of the pack that is not also a range word ("following" opens "after")."""
    g = _grammar_for(load(code))
    ways = sorted(d for d, k in g.v.directions.items() if k and g.range_words.isdisjoint(d.split()))
    way = data.draw(st.sampled_from(ways))
    name = data.draw(st.sampled_from(sorted(g.holiday_table)))
    r = resolve(f"{way} {name}", reference=ref, language=code)
    assert r.rule == "holiday" and r.earliest is not None
    days = (r.earliest - ref).days
    assert 0 < (days if g.v.directions[way] > 0 else -days) <= 400


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_name_alone_is_a_holiday(code: str) -> None:
    """Every name of a pack's holiday table, alone, is read as that holiday (no other rule
    takes it first)."""
    table = _grammar_for(load(code)).holiday_table
    rules = {name: resolve(name, reference=SEED, language=code).rule for name in table}
    assert {n for n, rule in rules.items() if rule != "holiday"} == set()


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_names_agree_with_the_library(code: str) -> None:
    """A name the pack writes itself and the library also gives reads the library's first
    country's days from 1950 to 2050, but for the overrides listed above; every alias
    names a holiday of the library."""
    pack = load(code)
    differ = set()
    for name in [*pack.holidays, *pack.movable_holidays]:
        lib = NAMES[code].get(_key(name))
        if lib is None:
            continue
        own = _grammar_for(pack).holiday_table[_key(name)][0]
        first = reading(lib[0][3], lib[0][4])
        if any(_reading_day(own, y) != _reading_day(first, y) for y in range(1950, 2051)):
            differ.add((code, name))
    assert differ == {o for o in OVERRIDES if o[0] == code}
    assert [a for a in pack.holiday_aliases.values() if _key(a) not in NAMES[code]] == []


def test_derived_table_is_current() -> None:
    """The committed table is what holidays_build derives from the installed library
    (regenerate: ``python -m eventdb.resolve.packs.holidays_build``)."""
    pytest.importorskip("holidays")
    from eventdb.resolve.packs.holidays_build import DATA, render

    assert render() == DATA.read_text(encoding="utf-8")


@pytest.mark.parametrize("code", LANGUAGES)
def test_derived_days_are_the_library_days(code: str) -> None:
    """Within 1950-2050 every name of the derived table gives the library's own day in
    each country (the rule, or the year's exception)."""
    holidays = pytest.importorskip("holidays")
    from eventdb.resolve.packs.holidays_build import CATEGORIES

    years = (1950, 1971, 1995, 2000, 2020, 2022, 2024, 2050)
    wrong = []
    for country, language in load(code).holiday_countries.items():
        cls = type(holidays.country_holidays(country))
        lang = language if language in cls.supported_languages else None
        cats = tuple(c for c in CATEGORIES if c in cls.supported_categories)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            h = holidays.country_holidays(
                country, years=years, language=lang, observed=False, categories=cats
            )
            days = {(d.year, n): d for d, names in h.items() for n in names.split("; ")}
        for entries in NAMES[code].values():
            for c, _, name, rule, odd in entries:
                for y in years:
                    if c == country and (y, name) in days:
                        got = _reading_day(reading(rule, odd), y)
                        if got != days[(y, name)]:
                            wrong.append((c, name, y, got))
    assert wrong == []


# (rule, year, the day): the rules a pack may write
RULES = [
    ("12-25", 2024, "2024-12-25"),
    ("11-22>thu", 2024, "2024-11-28"),
    ("11-22>thu", 2018, "2018-11-22"),
    ("05-25>mon", 2021, "2021-05-31"),
    ("easter", 2024, "2024-03-31"),
    ("easter-47", 2024, "2024-02-13"),
    ("easter+60", 2000, "2000-06-22"),
    ("good-friday", 2000, "2000-04-21"),
    ("orthodox-easter", 2023, "2023-04-16"),
    ("hebrew:7:10", 2023, "2023-09-25"),
    ("persian:1:1", 2024, "2024-03-20"),
]


@pytest.mark.parametrize(("rule", "year", "day"), RULES)
def test_rule(rule: str, year: int, day: str) -> None:
    """A holiday rule gives exactly this day in this year."""
    assert day_of(rule, year).isoformat() == day


def test_other_calendars_load_only_when_named() -> None:
    """convertdate is imported when a Hebrew, Islamic or Persian holiday is read, not
    before (the CLI's start-up and ordinary phrases do not pay for it)."""
    code = (
        "import sys, datetime, eventdb.cli; from eventdb import resolve; "
        "resolve('Christmas', reference=datetime.date(2023, 9, 19)); "
        "print('convertdate' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_library_is_never_imported() -> None:
    """Neither ``eventdb --help`` nor reading the library's holidays imports ``holidays``
    (the derived table is data in the package), and ``--help`` loads no holiday table."""
    code = (
        "import sys, runpy, datetime\n"
        "sys.argv = ['eventdb', '--help']\n"
        "try:\n"
        "    runpy.run_module('eventdb', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "help_loaded = [m for m in ('holidays', 'eventdb.resolve.packs._holidays_data')\n"
        "               if m in sys.modules]\n"
        "from eventdb import resolve\n"
        "ref = datetime.date(2023, 9, 19)\n"
        "resolve('Thanksgiving 2022', reference=ref)\n"
        "resolve('Tiradentes', reference=ref, language='pt')\n"
        "print(help_loaded, 'holidays' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[] False"
