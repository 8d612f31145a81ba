"""The resolver's rules for holidays: a holiday's name, alone or with a year or a direction
("Natal", "Thanksgiving 2022", "no último Natal", "la Navidad pasada").

A holiday's days come from two places (docs/resolver.md, "Holidays"):

- the **holidays library**: the civil, national and customary holidays of the countries
  each pack is read in (its ``holiday_countries``), with the library's own names in the
  pack's language. They are derived once by :mod:`eventdb.resolve.packs.holidays_build`
  into :mod:`eventdb.resolve.packs._holidays_data` (a rule for each name and the years the
  library gives another day), so the resolver never imports the library;
- the **pack's own tables**: ``holidays`` (fixed days) and ``movable_holidays`` (rules)
  for what the library does not give (Christmas Eve where no country keeps it, Orthodox
  Easter, the Hebrew, Islamic and Persian feasts) or what the pack reads otherwise
  ("Labour Day" as 1 May), and ``holiday_aliases``, the names news writes for a library
  holiday ("Thanksgiving" for "Thanksgiving Day").

A rule is ``"MM-DD"`` (a fixed day), ``"easter"``, ``"good-friday"`` and the other
shifts of :data:`~eventdb.resolve.calendar._EASTER_SHIFTS`, ``"easter+N"``,
``"orthodox-easter"``, ``"MM-DD>wd"`` (the first weekday ``wd`` on or after that day:
``"11-22>thu"`` is the fourth Thursday of November), or ``"CALENDAR:MONTH:DAY"`` for a day
of another calendar (``"hebrew:7:10"`` is Yom Kippur, 10 Tishrei; ``"islamic:10:1"`` Eid
al-Fitr, 1 Shawwal; ``"persian:1:1"`` Nowruz), converted with convertdate. The Islamic
dates are the tabular calendar's: where a country fixes the day by sighting the moon it
may differ by one. A rule followed by ``/N`` is a span of ``N`` days from the day it
gives: ``"easter-7/7"`` is Holy Week, Palm Sunday to Holy Saturday; ``"islamic:9:1/30"``
Ramadan, thirty days in the tabular calendar.

When a name has several readings (the pack's own, then each country's in the pack's
order), the first decides and the others whose day differs become the resolution's
``alternatives``, each naming its country: "Independence Day" is 4 July (United States),
with 15 August (India) and 12 June (Philippines) beside it.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, easter

from ...dates import FuzzyDate, Precision
from ..calendar import _EASTER_SHIFTS
from ..core import RuleBase, _Ctx, _Fail, _Point
from ..text import _TOKENS, _alt, _key, _sp

# one reading of a holiday's name: (rule, {year: "MM-DD"} where the library gives another
# day, the country that keeps it ("" for the pack's own), the name as written, the rule
# compiled, the days it spans, and for a rule of another calendar every day it gives in a
# Gregorian year)
_Reading = tuple[
    str,
    Mapping[int, str] | None,
    str,
    str,
    Callable[[int], date],
    int,
    Callable[[int], tuple[date, ...]] | None,
]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# the pack tables that are not holiday names: their words do not open the holiday rule
_HOLIDAY_FIELDS = frozenset(
    {
        "holidays",
        "movable_holidays",
        "holiday_aliases",
        "holiday_countries",
        "code",
        # the words around a holiday's name ("Easter bank holiday weekend"): a name that
        # holds them ("Spring Bank Holiday") is still a holiday's
        "holiday_weekend_after",
        "holiday_weekend_before",
    }
)


def _other_calendar(rule: str, year: int) -> date:
    """The first day in Gregorian ``year`` that is ``MONTH:DAY`` of the calendar ``rule``
    names (an Islamic year is eleven days shorter: a Gregorian year may hold two, and the
    first is taken)."""
    return _other_calendar_days(rule, year)[0]


def _other_calendar_days(rule: str, year: int) -> tuple[date, ...]:
    """Every day in Gregorian ``year`` that is ``MONTH:DAY`` of the calendar ``rule`` names
    (two, some years, for an Islamic one)."""
    from convertdate import hebrew, islamic, persian  # loaded only for such holidays

    calendar, month, day = rule.split(":")
    m, d = int(month), int(day)
    if calendar == "persian":
        return (date(*persian.to_gregorian(year - 621, m, d)),)
    if calendar == "hebrew":
        years = range(year + 3760, year + 3762)
        convert = hebrew.to_gregorian
    else:
        near = round((year - 622) * 33 / 32)  # 33 Islamic years to 32 Gregorian ones
        years = range(near - 1, near + 3)
        convert = islamic.to_gregorian
    with warnings.catch_warnings():  # convertdate 2.4's hebrew module calls its own
        warnings.simplefilter("ignore", DeprecationWarning)  # deprecated month_days
        days = sorted(date(*convert(y, m, d)) for y in years)
    found = tuple(x for x in days if x.year == year)
    if not found:
        raise _Fail(f"no {rule} in {year}")  # pragma: no cover - every year holds one
    return found


def day_of(rule: str, year: int) -> date:
    """The day holiday ``rule`` gives in ``year`` (the rules are listed in the module's
    docstring).

    >>> day_of("11-22>thu", 2023), day_of("easter+60", 2024), day_of("09-07", 2022)
    (datetime.date(2023, 11, 23), datetime.date(2024, 5, 30), datetime.date(2022, 9, 7))
    >>> day_of("good-friday", 2024), day_of("orthodox-easter", 2024)
    (datetime.date(2024, 3, 29), datetime.date(2024, 5, 5))
    >>> day_of("easter-7/7", 2024)  # Holy Week: a span's first day
    datetime.date(2024, 3, 24)
    """
    return _compiled(rule)(year)


def _compiled(rule: str) -> Callable[[int], date]:
    """``rule`` as a function of the year, parsed once (the table compiles its rules when
    the grammar is built, not on each phrase)."""
    rule = rule.partition("/")[0]  # a span's first day
    shift = _EASTER_SHIFTS.get(rule)
    if shift is None and rule.startswith("easter"):  # "easter+60", "easter-2"
        shift = int(rule[6:])
    if shift is not None:
        delta = timedelta(days=shift)
        return lambda year: easter(year) + delta
    if rule == "orthodox-easter":
        return lambda year: easter(year, EASTER_ORTHODOX)
    if ":" in rule:
        return lambda year: _other_calendar(rule, year)
    month, day = int(rule[:2]), int(rule[3:5])
    if len(rule) == 5:
        return lambda year: date(year, month, day)
    weekday = _WEEKDAYS.index(rule[6:])  # "MM-DD>wd": the first such weekday on or after

    def first_on_or_after(year: int) -> date:
        d = date(year, month, day)
        return d + timedelta(days=(weekday - d.weekday()) % 7)

    return first_on_or_after


def reading(
    rule: str, odd: Mapping[int, str] | None = None, country: str = "", name: str = ""
) -> _Reading:
    """One reading of a holiday's name, its rule compiled.

    >>> _reading_day(reading("05-25>mon", {1960: "05-30"}), 1960)
    datetime.date(1960, 5, 30)
    """
    first, _, days = rule.partition("/")
    every = None
    if ":" in first:

        def every(year: int) -> tuple[date, ...]:
            return _other_calendar_days(first, year)

    return (rule, odd or None, country, name, _compiled(rule), int(days) if days else 1, every)


def _reading_day(r: _Reading, year: int) -> date:
    """The day of reading ``r`` in ``year``: the library's own where it differs from the
    rule, else the rule's (a span's first day)."""
    odd = r[1]
    if odd:
        md = odd.get(year)
        if md is not None:
            return date(year, int(md[:2]), int(md[3:]))
    return r[4](year)


def _reading_days(r: _Reading, years: list[int]) -> list[date]:
    """Every day of reading ``r`` in ``years`` (an Islamic feast may fall twice in one)."""
    every = r[6]
    if every is None:
        return [_reading_day(r, y) for y in years]
    return [d for y in years for d in every(y)]


class HolidayRules(RuleBase):
    """Rules for holidays: a name alone, with a year, or with a direction."""

    holiday_table: dict[str, tuple[_Reading, ...]]
    holiday_fillers: dict[str, str]

    def _holiday_table(self) -> dict[str, tuple[_Reading, ...]]:
        """Every holiday name of the pack (folded) -> its readings, first reading first:
        the pack's own, the alias's target, then each country's in the pack's order.

        Built when the grammar of a language is compiled (its first use), from the pack
        and the derived table of the holidays library.
        """
        from ..packs._holidays_data import NAMES  # data only: the library is not imported

        v, pack = self.v, self.pack  # the pack as written: its names for the notes
        library = NAMES.get(v.code, {})
        table: dict[str, list[_Reading]] = {}

        def add(name: str, readings: list[_Reading]) -> None:
            have = table.setdefault(name, [])
            for r in readings:  # a reading the same as one before adds nothing
                if not any(r[0] == h[0] and r[1] == h[1] for h in have):
                    have.append(r)

        def from_library(key: str) -> list[_Reading]:
            return [reading(rule, odd, label, name) for _, label, name, rule, odd in library[key]]

        for name, (month, day) in pack.holidays.items():
            add(_key(name), [reading(f"{month:02}-{day:02}", name=name)])
        for name, rule in pack.movable_holidays.items():
            add(_key(name), [reading(rule, name=name)])
        for alias, target in pack.holiday_aliases.items():
            add(_key(alias), from_library(_key(target)))
        common = self._pack_words()
        for key in library:
            # a name of the pack's other words, unless the pack names it too, is read by
            # other rules ("last day of the year", the Philippines' 31 December, is the
            # nth-day family's)
            if key in table or not common.issuperset(_TOKENS.findall(key)):
                add(key, from_library(key))
        # the names that open with a filler, without it: the grammar drops a filler before
        # the rules ("la asunción de 2024" reaches them as "asuncion de 2024")
        self.holiday_fillers = {
            rest: name
            for name in table
            for first, _, rest in [name.partition(" ")]
            if first in v.fillers and rest and rest not in table
        }
        return {name: tuple(readings) for name, readings in table.items()}

    def _pack_words(self) -> frozenset[str]:
        """The words of every table of the pack but its holidays ("day", "de", "last")."""
        common: set[str] = set()
        v = self.v
        for f in fields(v):
            if f.name in _HOLIDAY_FIELDS:
                continue
            value = getattr(v, f.name)
            if isinstance(value, (dict, tuple, frozenset)):
                for w in value:
                    if isinstance(w, str):
                        common.update(_TOKENS.findall(w))
        return frozenset(common)

    def _holiday_gate(self) -> frozenset[str]:
        """The words that open the holiday rule: of each name, the words no other table
        of the pack holds ("trabalho" of "dia do trabalho"; "dia", "do" open other rules),
        or all of its words when it has none ("may day")."""
        common = self._pack_words()
        gate: set[str] = set()
        for name in self.holiday_table:
            words = set(_TOKENS.findall(name))
            own = {w for w in words - common if len(w) > 2}
            gate |= own or words
        return frozenset(gate)

    def _holiday_pattern(self) -> re.Pattern[str]:
        """A holiday's name (looked up by :meth:`_holiday_named`, not matched here) with a
        direction before it or after it, or a year after it: "last Christmas", "Natal de
        2022", "la Navidad pasada", "Easter of last year", "el Día del Trabajo del año
        pasado"."""
        v = self.v
        dirs = _alt(v.directions)
        year_units = _alt(w for w, u in v.units.items() if u == "year" and w not in v.plurals)
        rel = rf"(?P<ry>{dirs})[\s-]+(?:{year_units})|(?:{year_units})\s+(?P<ry2>{dirs})"
        return re.compile(
            rf"(?:(?P<dir>{dirs})\s+)?(?P<hol>.+?)"
            rf"(?:,?\s+(?:(?:{_alt(v.of_words)})\s+)?(?:(?P<y>\d{{4}})|{rel})|\s+(?P<dir2>{dirs}))?"
        )

    def _holiday_point(self, name: str, pick: Callable[[_Reading], tuple[date, str]]) -> _Point:
        """The point ``pick`` gives for the first reading of ``name``, with the other
        readings whose day differs as its alternatives."""
        readings = self.holiday_table[name]
        d, note = pick(readings[0])
        first = readings[0][2]
        note += f" ({first})" if first else ""
        days = readings[0][5]
        if days > 1:  # a span of days ("holy week": "easter-7/7"), from its first day
            window = (FuzzyDate.day(d), FuzzyDate.day(d + timedelta(days=days - 1)))
            return _Point("holiday", None, f"{note}, {days} days", timex=None, window=window)
        p = _Point("holiday", FuzzyDate.day(d), note)
        alts: list[tuple[_Point, str]] = []
        seen = {d}
        for r in readings[1:]:
            other, note = pick(r)
            if other not in seen:
                seen.add(other)
                alt = _Point("holiday", FuzzyDate.day(other), note)
                alts.append((alt, f"{r[3]} as {r[2]} keeps it"))
        p.alts = tuple(alts)
        return p

    def _holiday(self, s: str, ctx: _Ctx) -> _Point:
        """A named holiday: the nearest one, past or future (``prefer`` decides a tie)."""
        ref = ctx.ref
        years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if 1 < y < 9999]

        def nearest(r: _Reading) -> tuple[date, str]:
            cands = _reading_days(r, years)
            if ctx.future:
                d = min((c for c in cands if c >= ref), default=cands[-1])
            else:
                d = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
            return d, "the nearest such holiday"

        p = self._holiday_point(s, nearest)
        if p.date is not None and p.date.earliest != ref:
            # the one on the other side of the reference, for a verb's tense to choose
            d = p.date.earliest
            cands = _reading_days(self.holiday_table[s][0], years)
            other = (
                max((c for c in cands if c < ref), default=None)
                if d > ref
                else min((c for c in cands if c > ref), default=None)
            )
            if other is not None:
                side = "past" if d > ref else "future"
                alt = _Point("holiday", FuzzyDate.day(other), p.note)
                alt.side = side
                why = f"the one {'before' if side == 'past' else 'after'} the reference"
                p.alts = ((alt, why), *p.alts)
        return p

    def _holiday_named(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "Christmas Eve 2022", "Easter of last year", "last Christmas", "next Easter",
        "o Natal passado"."""
        name = _sp(m.group("hol"))
        way = m.group("dir")
        table = self.holiday_table
        if name not in table:
            if way is not None and f"{way} {name}" in table:
                name, way = f"{way} {name}", None  # a name that opens with a direction word
            else:  # a name that opens with a filler the grammar dropped ("la asunción")
                name = self.holiday_fillers.get(name, "")
                if not name:
                    return None
        way = way or m.group("dir2")
        if way is not None and (m.group("y") or m.group("ry") or m.group("ry2")):
            return None  # "last Christmas 2022": two years named
        ref, off = ctx.ref, None
        if way is not None:
            off = self.v.directions[_sp(way)]
        if m.group("y"):
            year: int | None = int(m.group("y"))
        elif m.group("ry") or m.group("ry2"):
            year = ref.year + self.v.directions[_sp(m.group("ry") or m.group("ry2"))]
        elif off is None:
            return self._holiday(name, ctx)
        elif off == 0:
            year = ref.year
        else:
            year = None
        if year is not None:
            fixed = year
            return self._holiday_point(
                name, lambda r: (_reading_day(r, fixed), f"{r[3]} in {fixed}")
            )

        years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if 1 < y < 9999]

        def around(r: _Reading) -> tuple[date, str]:
            # the last one before the reference, or the next one after it
            days = _reading_days(r, years)
            if off is not None and off < 0:
                d = max((x for x in days if x < ref), default=days[0])
            else:
                d = min((x for x in days if x > ref), default=days[-1])
            return d, f"{r[3]} in {d.year}"

        return self._holiday_point(name, around)

    def _holiday_weekend(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """The weekend around a holiday: "Memorial Day weekend", "Labor Day weekend
        2022", "o fim de semana de Páscoa", "el fin de semana de Pascua". The long
        weekend the holiday makes: a Monday's is Saturday to Monday, a Tuesday's
        (Carnival) Saturday to Tuesday, a Thursday's (Thanksgiving) or Friday's from it to
        Sunday, a weekend day's that weekend, a Wednesday's the weekend before it.
        TimeML's value is the ISO weekend it holds (``2023-W21-WE``)."""
        name = m.group("hname")
        if m.group("hy"):
            name = f"{name} {m.group('hy')}"
        inner = self._point(name, ctx)
        # a holiday; before "weekend", a date too ("the July 4 weekend"), but "the weekend
        # of September 16" is the week family's
        rules = ("holiday", "month-day") if m.group("after") is not None else ("holiday",)
        if inner is None or inner.rule not in rules or inner.date is None:
            return None
        if inner.date.precision is not Precision.DAY:
            return None
        day = inner.date.earliest
        wd = day.weekday()
        if wd <= 1:  # Monday, Tuesday: from the Saturday before, the bridge day too
            lo, hi = day - timedelta(days=wd + 2), day
        elif wd == 2:  # Wednesday: the weekend before
            lo = day - timedelta(days=4)
            hi = lo + timedelta(days=1)
        elif wd <= 4:  # Thursday, Friday: to the Sunday after
            lo, hi = day, day + timedelta(days=6 - wd)
        else:  # Saturday or Sunday: that weekend
            lo = day - timedelta(days=wd - 5)
            hi = lo + timedelta(days=1)
        sat = lo + timedelta(days=(5 - lo.weekday()) % 7)  # lo is a Thursday to a Saturday
        y, w, _ = sat.isocalendar()  # the ISO weekend it holds
        weekend = FuzzyDate.weekend(y, w)
        note = f"the weekend around {inner.note or 'the holiday'}"
        if (lo, hi) == (weekend.earliest, weekend.latest):
            return _Point("holiday-weekend", weekend, note)
        window = (FuzzyDate.day(lo), FuzzyDate.day(hi))
        return _Point("holiday-weekend", None, note, timex=weekend.timex, window=window)

    def _season_years(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A sports, school or harvest season over two years: "the 1995-96 season", "the
        2023/24 season", "a temporada 2023/24", "la temporada 2023-24": the two calendar
        years, as "1995-96" reads; one year alone ("the 2023 season") is that year."""
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        if y2s is None:
            return _Point("season-years", FuzzyDate.year(y1), "a season named by its year")
        y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
        if len(y2s) == 2 and y2 < y1:
            y2 += 100  # "1999-00"
        if y2 != y1 + 1:
            return None  # a season runs over two years in a row
        window = (FuzzyDate.year(y1), FuzzyDate.year(y2))
        return _Point("season-years", None, f"a season over {y1} and {y2}", window=window)
