"""The resolver's rules for absolute dates in every order and numeric form, months and
years.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import date

from ...dates import MONTH_NAMES, FuzzyDate, Precision, day_label
from ..calendar import (
    _SOON_MONTHS,
    _date,
    _full_year,
    _nearest_date,
    _nearest_day_number,
    _nth_weekday_of,
    _weekday_clash,
    _year_word,
)
from ..core import RuleBase, _Ctx, _Fail, _Point
from ..result import WEEKDAY_NAMES
from ..text import _group, _number, _sp, _words_year

# the first and last words of a year in words ("nineteen", "four" of "nineteen ninety-four")
_FIRST_LETTERS = re.compile(r"[a-z]+")
_LAST_LETTERS = re.compile(r"[a-z]+(?=[ -]*$)")

_NUMERIC_RE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?"
    r"|(?P<y4>\d{4})/(?P<m4>\d{1,2})/(?P<d4>\d{1,2})|(?P<mm>\d{1,2})/(?P<yy>\d{4})"
)


def _numeric_date(m: re.Match[str], ref: date, *, day_first: bool, future: bool) -> _Point | None:
    """18/09/2023, 18.09.2023, 18-09-2023, 9/18/2023, 2023/09/18, 09/2012, 8/10: the pack's
    order where both numbers could be the month (English month first, with a warning; Portuguese and
    Spanish day first), else whichever order is possible. Without a year, the nearest
    such day."""
    if m.group("y4"):
        return _Point(
            "numeric-date",
            FuzzyDate.day(
                _date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")), m.group(0))
            ),
            "year/month/day",
        )
    if m.group("mm"):
        mo = int(m.group("mm"))
        if not 1 <= mo <= 12:
            return None
        return _Point("numeric-month", FuzzyDate.month(int(m.group("yy")), mo), "month/year")
    if m.group("sep") == "-" and len(m.group("y") or "") != 4:
        return None  # "18-09-2023" is a date; "10-12" a range of days, "18-09-23" unsure
    a, b = int(m.group("a")), int(m.group("b"))
    warnings: tuple[str, ...] = ()
    order = "day/month" if day_first else "month/day"
    if a > 12:
        day, month, note = a, b, "day/month: the first number is over 12"
    elif b > 12:
        day, month, note = b, a, "month/day: the second number is over 12"
    elif day_first:
        day, month, note = a, b, "day/month, as the language writes it"
    else:
        day, month, note = b, a, "month/day"
        if a != b:
            warnings = (
                f"{m.group(0)}: read month first ({MONTH_NAMES[a]} {b}); day first would be {b} {MONTH_NAMES[b]}",
            )
    if m.group("y") is None:
        if m.group("sep") != "/" or not 1 <= month <= 12:
            return None  # "8.10" is a number, not a date
        d = _nearest_date(ref, month, day, m.group(0), future=future)
        p = _Point(
            "numeric-date",
            FuzzyDate.day(d),
            f"{order}, no year written: the nearest such date",
            warnings=warnings,
        )
    else:
        y = _full_year(int(m.group("y")))
        p = _Point(
            "numeric-date",
            FuzzyDate.day(_date(y, month, day, m.group(0))),
            note + "/year",
            warnings=warnings,
        )
        if a <= 12 and b <= 12 and a != b:  # either number could be the month
            other = FuzzyDate.day(_date(y, day, month, m.group(0)))
            why = (
                "month first (the pack reads numeric dates day first)"
                if day_first
                else ("day first (the pack reads numeric dates month first)")
            )
            p.alts = ((_Point("numeric-date", other, why), why),)
    return p


_DAY_MON_YEAR_RE = re.compile(
    r"(?P<d>\d{1,2})-(?P<mon>[a-z]{3,9}\.?)-(?P<y>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})\.(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})|(?P<y3>\d{4})(?P<m3>\d\d)(?P<d3>\d\d)"
)


class DateRules(RuleBase):
    """Rules for absolute dates in every order and numeric form, months and years."""

    def _numeric(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _numeric_date(m, ctx.ref, day_first=self.v.day_first, future=ctx.future)

    def _day_number(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        nearest = _nearest_day_number(int(m.group("d")), ctx.ref)
        if nearest is None:
            return None
        return _Point(
            "day-number",
            FuzzyDate.day(nearest),
            "the day number in the month nearest the reference",
        )

    def _month_day(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        mo = v.months[m.group("m")]
        if m.group("d"):
            n = int(m.group("d"))
        elif _group(m, "dc"):
            n = _number(m.group("dc"), v) or 0
            if not 1 <= n <= 31:
                return None  # "um de janeiro" reads, "quarenta de maio" does not
        else:
            n = v.ordinals[_sp(m.group("dw"))]
            if n < 1:
                return None  # "último outubro" is the last October, not its day -1
        ref = ctx.ref
        off = v.directions[_sp(m.group("dir"))] if _group(m, "dir") else 0
        y = self._written_year(m)
        if y is not None:
            d = _date(y, mo, n, m.group(0))
            note = "a full date"
        else:
            d = _nearest_date(ref, mo, n, m.group(0), future=ctx.future or off > 0)
            note = "no year written: the nearest such date"
            back = d.year
            while off < 0 and d >= ref and ref.year - back < 8:  # "last December 25"
                back -= 1
                d = _nearest_date(date(back, 7, 1), mo, n, m.group(0), future=False)
                note = "no year written: the last such date before the reference"
        warnings: tuple[str, ...] = ()
        if m.group("wd"):
            wd = v.weekdays[m.group("wd")]
            warnings = _weekday_clash(wd, f"{WEEKDAY_NAMES[wd]}, {day_label(d)}", d)
        return _Point("month-day", FuzzyDate.day(d), note, warnings=warnings)

    def _written_year(self, m: re.Match[str]) -> int | None:
        """The year a date writes: four digits; two, in the century around 2000 ("96" is
        1996, "05" 2005); any digits before an era mark ("88 AD" is 88, "2555 BE" 2012)."""
        year = _group(m, "y")
        if year:
            return int(year)
        year = _group(m, "y2")
        if year:
            return _full_year(int(year))
        year = _group(m, "ye")
        if year:
            y, mark = int(year), m.group("era")
            if mark in self.v.era_offsets:
                return y + self.v.era_offsets[mark]
            if self.v.eras[mark] < 0:
                raise _Fail(
                    "years before the common era are outside the date model, which starts at 1"
                )
            return y
        return None

    def _year_month(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "2017 April", "2018 March 18", "2012/Aug/10": the year written first."""
        y, mo = int(m.group("y")), self.v.months[m.group("m")]
        if m.group("d") or m.group("dw"):
            n = int(m.group("d")) if m.group("d") else self.v.ordinals[m.group("dw")]
            return _Point(
                "year-month-day", FuzzyDate.day(_date(y, mo, n, m.group(0))), "a full date"
            )
        return _Point("month-year", FuzzyDate.month(y, mo), "a year and month")

    def _month(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        mo = v.months[m.group("m")]
        ref = ctx.ref
        if m.group("y"):
            return _Point("month-year", FuzzyDate.month(int(m.group("y")), mo), "a month and year")
        short = m.group("ya") or m.group("ys")
        if short:  # "September '23", "jan/24": the century around 2000, as two-digit years are
            full = _full_year(int(short))
            return _Point("month-year", FuzzyDate.month(full, mo), "a month and two-digit year")
        if m.group("yw"):
            y = self._year_of(m.group("yw"), ctx)
            return (
                None
                if y is None
                else _Point("month-year", FuzzyDate.month(y, mo), "a month of a year in words")
            )
        if m.group("ry"):
            off = v.directions[_sp(m.group("ry"))]
            return _Point(
                "month-relative-year",
                FuzzyDate.month(ref.year + off, mo),
                f"{MONTH_NAMES[mo]} of {_year_word(off)} ({ref.year + off})",
            )
        d = v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        if d is None:
            if ctx.future:
                y = ref.year if mo >= ref.month else ref.year + 1
                note = f"the next {MONTH_NAMES[mo]} on or after the reference"
            else:
                # the most recent such month, unless it is one of the next three (news
                # announces what comes soon): "January" in late October is the coming one,
                # "March" in November the one gone
                y = ref.year if mo <= ref.month else ref.year - 1
                if 0 < (mo - ref.month) % 12 <= _SOON_MONTHS:
                    y += 1
                    note = f"the coming {MONTH_NAMES[mo]}, within three months of the reference"
                else:
                    note = f"the most recent {MONTH_NAMES[mo]} on or before the reference"
        elif d == 0:
            y, note = ref.year, f"{MONTH_NAMES[mo]} of the reference's year"
        elif d < 0:
            y = ref.year if mo < ref.month else ref.year - 1
            note = f"the last {MONTH_NAMES[mo]} before the reference's month"
        else:
            y = ref.year if mo > ref.month else ref.year + 1
            note = f"the next {MONTH_NAMES[mo]} after the reference's month"
        p = _Point("month", FuzzyDate.month(y, mo), note)
        if d is None and mo != ref.month:  # a bare month: the other year is the second reading
            other = y - 1 if (y, mo) > (ref.year, ref.month) else y + 1
            why = "the one before the reference" if other < y else "the one after the reference"
            alt = _Point("month", FuzzyDate.month(other, mo), why)
            alt.side = "past" if other < y else "future"
            p.alts = ((alt, why),)
        return p

    def _unit_of(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the month of August", "no mês de agosto de 2020", "el año de dos mil veinte":
        the month or year the rest names, the unit word only repeating its precision."""
        want = Precision.MONTH if self.v.units[m.group("u")] == "month" else Precision.YEAR
        rest = m.group("rest") if not m.group("dir") else f"{m.group('dir')} {m.group('rest')}"
        inner = self._point(rest, ctx)  # "no próximo mês de outubro": the next October
        if inner is None or inner.date is None or inner.date.precision is not want:
            return None
        return inner

    def _year(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _Point("year", FuzzyDate.year(int(m.group("y"))), "a year")

    def _year_of(self, words: str, ctx: _Ctx) -> int | None:
        """The year after a month or season ("March of nineteen ninety", "fevereiro do ano
        passado"): a year in words, or any phrase that reads as a year."""
        y = _words_year(words, self.v)
        if y is not None:
            return y
        p = self._point(words, ctx)
        if p is None or p.date is None or p.date.precision is not Precision.YEAR:
            return None
        return p.date.earliest.year

    def _year_words(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        yw = m.group("yw")
        # what _words_year refuses first, without its splitting: a first or last word
        # that is no number ("the quarter", "a year ago")
        nums = self.v.numbers
        for edge in (_FIRST_LETTERS.match(yw), _LAST_LETTERS.search(yw)):
            if edge is None or (edge.group(0) not in nums and edge.group(0) != "thousand"):
                return None
        y = _words_year(yw, self.v)
        if y is None:
            return None
        return _Point("year-words", FuzzyDate.year(y), "a year written in words")

    def _nth_weekday(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first Monday in October", "the last Friday of the month"."""
        month = self._point(m.group("rest"), ctx)
        if month is None or month.date is None or month.date.precision is not Precision.MONTH:
            return None
        o = m.group("o")
        n = int(o[0]) if o[0].isdigit() else self.v.ordinals[_sp(o)]
        wd = self.v.weekdays[m.group("wd")]
        first = month.date.earliest
        day = _nth_weekday_of(first.year, first.month, wd, n)
        if day is None:
            raise _Fail(f"{month.date.label} has no {o} {WEEKDAY_NAMES[wd]}")
        return _Point(
            "nth-weekday", FuzzyDate.day(day), f"{o} {WEEKDAY_NAMES[wd]} of {month.date.label}"
        )

    def _era(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "1066 AD", "AD 79"; a year before the common era is refused (dates start at 1)."""
        era = self.v.eras[m.group("e1") or m.group("e2")]
        y = int(m.group("y1") or m.group("y2"))
        if era < 0:
            raise _Fail("years before the common era are outside the date model, which starts at 1")
        if y < 1:
            return None
        return _Point("year", FuzzyDate.year(y), "a year of the common era")

    def _dashed_date(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "18-Sep-2023", "2023.09.18", "20230918": dates written as one token."""
        if m.group("mon"):
            month = self.v.months.get(m.group("mon").rstrip("."))
            if month is None:
                return None
            y, mo, d = _full_year(int(m.group("y"))), month, int(m.group("d"))
        elif m.group("y2"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        else:
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        return _Point("numeric-date", FuzzyDate.day(_date(y, mo, d, m.group(0))), "a day")
