"""The holiday names the packs take from the ``holidays`` library, and how they are derived.

Each pack names the countries it is read in and the library's language code for each
(``holiday_countries``: ``{"BR": "pt_BR", "PT": "pt_PT", ...}``, first country first).
For every country this module asks the library for its holidays from 1950 to 2050, in the
pack's language, ``observed=False`` (the day itself, not the Monday it is kept on), in the
categories the country has among ``public``, ``optional`` and ``unofficial``; and for each
name it finds the rule the days follow, so that the resolver computes them for any year
without the library:

- ``"MM-DD"``: a fixed day ("Tiradentes": ``"04-21"``);
- ``"easter+N"`` / ``"easter-N"``: days from Western Easter ("Sexta-feira Santa":
  ``"easter-2"``);
- ``"MM-DD>wd"``: the first weekday ``wd`` on or after a day, which is how "the fourth
  Thursday of November" (``"11-22>thu"``) or "the last Monday of May" (``"05-25>mon"``)
  are written once.

The rule is the one most of the years follow; the years the library gives another day
(a jubilee moving a bank holiday, Memorial Day on 30 May before 1971) are kept beside it
as exceptions, so that within 1950-2050 the resolver gives the library's own days and
beyond them the rule. A name is left out when the library gives it on more than one day
of a year (a span: "Carnaval" on Monday and Tuesday), in fewer than ten years of the
window (a one-off: a coronation, an election), with no rule followed by at least half of
its years (days the library takes from lunar tables: Diwali), with a parenthesis (the
library's "(estimated)" days) or with a digit (a name that is a date: "26 de dezembro").

The result is written to :mod:`eventdb.resolve.packs._holidays_data`, committed in the
package: the resolver never imports ``holidays`` (``pip install holidays`` is a test
dependency). Regenerate it after changing a pack's countries or upgrading the library::

    python -m eventdb.resolve.packs.holidays_build

``tests/test_resolve_holidays.py`` regenerates it and compares.

>>> rule_of({2022: date(2022, 11, 24), 2023: date(2023, 11, 23), 2024: date(2024, 11, 28)})
('11-22>thu', {})
"""

from __future__ import annotations

import warnings
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateutil.easter import easter

from ..families.holidays import day_of
from ..text import _DASHES, _key

# the years the library is asked about, and what a name needs to be kept
FIRST_YEAR, LAST_YEAR = 1950, 2050
MIN_YEARS = 10
CATEGORIES = ("public", "optional", "unofficial")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as day_of reads them

DATA = Path(__file__).with_name("_holidays_data.py")

# one library name of one country: (country code, country name, the library's name, the
# rule, {year: "MM-DD"} where the library gives another day)
Entry = tuple[str, str, str, str, dict[int, str]]


def rule_of(days: dict[int, date]) -> tuple[str, dict[int, str]]:
    """The rule most of ``days`` (year -> the day) follow, and the years that differ.

    >>> rule_of({2023: date(2023, 4, 7), 2024: date(2024, 3, 29)})
    ('easter-2', {})
    >>> rule_of({2018: date(2018, 5, 7), 2020: date(2020, 5, 8), 2023: date(2023, 5, 1)})
    ('05-01>mon', {2020: '05-08'})
    """
    fits: Counter[str] = Counter()
    for y, d in days.items():
        fits[f"{d.month:02}-{d.day:02}"] += 1
        shift = (d - easter(y)).days
        fits[f"easter{shift:+d}"] += 1
        for k in range(7):  # the first such weekday on or after each of the 7 days before
            start = d - timedelta(days=k)
            if (start.month, start.day) != (2, 29):
                fits[f"{start.month:02}-{start.day:02}>{WEEKDAYS[d.weekday()]}"] += 1
    # the rule that fits most years; among equals a fixed day, then Easter, then a weekday
    order = {"fixed": 0, "easter": 1, "weekday": 2}

    def kind(rule: str) -> int:
        return order[
            "easter" if rule.startswith("easter") else "weekday" if ">" in rule else "fixed"
        ]

    # (max keeps the first of equals: of two weekday rules the data cannot tell apart, the
    # earlier day, which is how laws write them: "the fourth Thursday" is on or after 22)
    rule = max(sorted(fits), key=lambda r: (fits[r], -kind(r)))
    odd = {y: f"{d.month:02}-{d.day:02}" for y, d in sorted(days.items()) if day_of(rule, y) != d}
    return rule, odd


def country_entries(country: str, language: str | None) -> list[Entry]:
    """The names one country's holidays take in ``language``, with their rules.

    >>> [e[2:4] for e in country_entries("BR", "pt_BR")][:3]
    [('Confraternização Universal', '01-01'), ('Quarta-feira de Cinzas', 'easter-46'), ('Sexta-feira Santa', 'easter-2')]
    """
    import holidays  # the library is only needed to build the table
    from babel import Locale

    cls = type(holidays.country_holidays(country))
    cats = tuple(c for c in CATEGORIES if c in cls.supported_categories)
    years = range(max(FIRST_YEAR, cls.start_year), min(LAST_YEAR, cls.end_year) + 1)
    if language not in cls.supported_languages:
        if cls.supported_languages:  # a country whose names the library translates
            raise ValueError(f"holidays gives {country} in {cls.supported_languages}")
        language = None  # a country of one language ("NZ", "ZA"): its own names
    with warnings.catch_warnings():  # "available only from 2001 to 2035" for lunar tables
        warnings.simplefilter("ignore")
        h = holidays.country_holidays(
            country, years=years, language=language, observed=False, categories=cats
        )
        found = sorted(h.items())
    by_name: defaultdict[str, defaultdict[int, list[date]]] = defaultdict(lambda: defaultdict(list))
    for d, names in found:
        for name in names.split("; "):
            by_name[name.strip()][d.year].append(d)
    label = Locale("en").territories[country]
    out: list[Entry] = []
    for name, per_year in by_name.items():
        if "(" in name or any(c.isdigit() for c in name) or len(per_year) < MIN_YEARS:
            continue
        if any(len(ds) > 1 for ds in per_year.values()):
            continue  # more than one day a year: a span, not a day
        days = {y: ds[0] for y, ds in per_year.items()}
        rule, odd = rule_of(days)
        if len(odd) * 2 > len(days):
            continue  # no rule most of its years follow
        out.append((country, label, name, rule, odd))
    out.sort(key=lambda e: (day_of(e[3], 2001), e[2]))
    return out


def build() -> dict[str, dict[str, list[Entry]]]:
    """Every pack's library names: language -> folded name -> entries, first country
    first.

    >>> [e[0] for e in build()["en"]["independence day"]]
    ['US', 'IN', 'PH']
    """
    from . import LANGUAGES, load

    table: dict[str, dict[str, list[Entry]]] = {}
    for code in LANGUAGES:
        names: dict[str, list[Entry]] = {}
        for country, language in load(code).holiday_countries.items():
            for entry in country_entries(country, language):
                names.setdefault(_key(entry[2].translate(_DASHES)), []).append(entry)
        table[code] = dict(sorted(names.items()))
    return table


def render(table: dict[str, dict[str, list[Entry]]] | None = None) -> str:
    """The text of :mod:`eventdb.resolve.packs._holidays_data` for ``table`` (default:
    :func:`build`).

    >>> text = render({"pt": {"tiradentes": [("BR", "Brazil", "Tiradentes", "04-21", {})]}})
    >>> for line in text.splitlines()[-8:]:
    ...     print(line)
    NAMES = {
        'pt': {
            'tiradentes': (
                ('BR', 'Brazil', 'Tiradentes', '04-21', {}),
            ),
        },
    }
    # fmt: on
    """
    from importlib.metadata import version

    table = build() if table is None else table
    lines = [
        '"""Holiday names from the ``holidays`` library, derived by',
        f"eventdb/resolve/packs/holidays_build.py from holidays {version('holidays')}:",
        "do not edit; regenerate with ``python -m eventdb.resolve.packs.holidays_build``.",
        "",
        "NAMES[language][folded name] = ((country, country name, the library's name, rule,",
        '{year: "MM-DD"} where the library gives another day), ...), first country first.',
        '"""',
        "",
        "# fmt: off",
        "NAMES = {",
    ]
    for code, names in table.items():
        lines.append(f"    {code!r}: {{")
        for key, entries in names.items():
            lines.append(f"        {key!r}: (")
            for e in entries:
                lines.append(f"            {e!r},")
            lines.append("        ),")
        lines.append("    },")
    lines += ["}", "# fmt: on", ""]
    return "\n".join(lines)


def main(argv: Any = None) -> None:  # pragma: no cover - run by hand
    """Write :mod:`eventdb.resolve.packs._holidays_data` from the library."""
    DATA.write_text(render(), encoding="utf-8")
    print(f"wrote {DATA}")


if __name__ == "__main__":  # pragma: no cover
    main()
