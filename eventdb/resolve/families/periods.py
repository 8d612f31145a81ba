"""The resolver's rules for quarters and halves, seasons, decades and centuries, ISO weeks
of a month.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...dates import FuzzyDate, Part, Precision, day_label
from ...errors import DateError
from ..calendar import (
    _count,
    _full_year,
    _roman,
    _season_holding,
    _step,
    _two_digit_decade,
    _unit_at,
)
from ..core import RuleBase, _Ctx, _Fail, _Point
from ..readings import _with_part
from ..text import _group, _number, _sp


def _qh_re(letters: str, of: str, fiscal: str = "(?!)") -> re.Pattern[str]:
    """Quarters and halves written as codes with the pack's letters ("Q3", "H1 2023",
    "3Q23"; "1T23", "2S 2022" in Portuguese and Spanish): the letter before or after the
    number, the year after it (two digits are this century's), maybe after the pack's
    fiscal word ("Q1 FY24", read as the calendar year it names, as "FY24" is), or a year
    named after the pack's of-word ("Q4 of last year", "1T do ano passado")."""
    y = rf"(?:\s+|\s*')?(?:(?:{fiscal})\s*)?(?P<{{}}>\d{{{{4}}}}|\d{{{{2}}}})"
    rest = rf"\s+(?:{of})\s+(?P<{{}}>.+)"
    return re.compile(
        rf"(?P<qh>{letters})(?P<n>[1-4])(?:{y.format('y')}|{rest.format('rest')})?"
        rf"|(?P<n2>[1-4])(?P<qh2>{letters})(?:{y.format('y2')}|{rest.format('rest2')})?"
    )


_YEAR_AGO_WORDS = frozenset(
    {"year-ago", "year-earlier", "year ago", "year earlier", "a year earlier"}
)


def _end_window(rule: str, inner: _Point, note: str, first: bool, lo: date, hi: date) -> _Point:
    """The days ``lo``–``hi`` at the start (``first``) or the end of the stretch ``inner``
    read: its value with TimeML's START or END, the days as the window."""
    return _Point(
        rule,
        inner.date,
        note,
        mod="START" if first else "END",
        window=(FuzzyDate.day(lo), FuzzyDate.day(hi)),
        warnings=inner.warnings,
    )


class PeriodRules(RuleBase):
    """Rules for quarters and halves, seasons, decades and centuries, ISO weeks of a month."""

    def _decade_words(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "anos 90", "a década de 1990", "los años ochenta", "século XX", "siglo 21"."""
        if m.group("y") or m.group("yw"):
            y = int(m.group("y")) if m.group("y") else self.v.numbers[m.group("yw")]
            y = _two_digit_decade(y, ctx.ref) if y < 100 else y
            return _Point("decade", FuzzyDate.decade(y), "a decade")
        c = m.group("c")
        n = int(c) if c.isdigit() else _roman(c)
        if n is None or n < 1:
            return None
        return _Point("century", FuzzyDate.century((n - 1) * 100), f"the century numbered {n}")

    def _decade_pair(self, m: re.Match[str], ctx: _Ctx) -> tuple[_Point, _Point] | None:
        """ "nas décadas de 1960 e 1970", "los años 80 y 90", "the 1980s and 1990s": the
        first decade and the last (a ``decade_list_re`` match); None if a number is none."""
        out = []
        for g in ("a", "b") if m.group("a") else ("a2", "b2"):
            w = m.group(g)
            if w[:1].isdigit() or w[:1] == "'":  # "1980s", "'80s": the digits
                w = w.strip("'s").rstrip("'")
            y = int(w) if w.isdigit() else self.v.numbers.get(_sp(w))
            if y is None or y % 10:
                return None
            y = _two_digit_decade(y, ctx.ref) if y < 100 else y
            out.append(_Point("decade", FuzzyDate.decade(y), "a decade"))
        return out[0], out[1]

    def _decades_listed(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "nos anos oitenta e noventa": the decades named in words, first to last."""
        pair = self._decade_pair(m, ctx)
        if pair is None or pair[0].date is None or pair[1].date is None:
            return None
        a, b = pair[0].date, pair[1].date
        if a.earliest > b.earliest:
            return None
        return _Point("decade-list", None, f"{a.label} to {b.label}", window=(a, b))

    def _quarter_code(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        n = int(m.group("n") or m.group("n2"))
        y = int(m.group("y") or m.group("y2") or ctx.ref.year)
        y = _full_year(y)  # "1T23", "3Q22"; "Q1 FY99" is 1999, as "FY99" is
        named = m.group("rest") or m.group("rest2")
        if named:  # "Q4 of last year": the year the rest names
            inner = self._point(named, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.YEAR:
                return None
            y = inner.date.earliest.year
        half = self.v.period_codes[m.group("qh") or m.group("qh2")] == "half"
        if not 1 <= n <= (2 if half else 4):
            return None
        d = FuzzyDate.half(y, n) if half else FuzzyDate.quarter(y, n)
        return _Point("quarter-code", d, "a quarter or half written as Q3 / H1")

    def _week_of(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
            return None
        day = inner.date.earliest
        if self.v.units[m.group("w")] == "weekend":  # "the weekend of September 16"
            y, w, _ = day.isocalendar()
            return _Point("weekend-of", FuzzyDate.weekend(y, w), "the weekend of that week")
        return _Point("week-of", FuzzyDate.week_of(day), "the ISO week holding that day")

    def _latest_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        q = _unit_at("quarter", ctx.ref, -1, ctx.south)
        assert q is not None
        if m.group("y"):
            q = FuzzyDate.quarter(int(m.group("y")), (q.earliest.month + 2) // 3)
        return _Point(
            "latest-quarter", q, "the latest complete quarter, as business news reports it"
        )

    def _year_end(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        off = self.v.directions[_sp(m.group("dir"))] if m.group("dir") else 0
        d = FuzzyDate.year(ctx.ref.year + off).narrow(Part.LATE)
        return _Point("year-end", d, "the end of the year")

    def _quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        ow = _sp(m.group("o"))
        n = v.ordinals.get(ow) if ow in v.ordinals else int(re.sub(r"\D", "", ow))
        half = v.units[m.group("qu")] == "half"
        if n is None or n == 0:
            return None
        ref = ctx.ref
        year_txt = m.group("y") or m.group("yp")
        rel = m.group("ry") or m.group("ry2") or m.group("ry3")
        if year_txt:
            y = int(year_txt)
        elif rel:
            y = ref.year + v.directions[_sp(rel)]
        elif m.group("dir"):
            y = ref.year + v.directions[_sp(m.group("dir"))]
        else:
            y = ref.year
        count = 2 if half else 4
        if n == -1:
            n = count
        if not 1 <= n <= count:
            return None
        d = FuzzyDate.half(y, n) if half else FuzzyDate.quarter(y, n)
        if (
            not (year_txt or rel or m.group("dir"))
            and not ctx.future
            and (d.earliest - ref).days > 183
        ):
            d = FuzzyDate.half(y - 1, n) if half else FuzzyDate.quarter(y - 1, n)
        return _Point(
            "quarter" if not half else "half",
            d,
            f"the {'half' if half else 'quarter'} of {d.earliest.year}",
        )

    def _season(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        code = v.seasons[m.group("s")]
        ref = ctx.ref
        if _group(m, "ya"):  # "the summer of '69": the century around 2000
            return _Point(
                "season-year",
                FuzzyDate.season(_full_year(int(m.group("ya"))), code, south=ctx.south),
                "a season of a year written with two digits",
            )
        if m.group("y"):
            return _Point(
                "season-year",
                FuzzyDate.season(int(m.group("y")), code, south=ctx.south),
                "a season and year",
            )
        if m.group("yw"):
            y = self._year_of(m.group("yw"), ctx)
            if y is None:
                return None
            return _Point(
                "season-year", FuzzyDate.season(y, code, south=ctx.south), "a season and year"
            )
        rel = m.group("ry") or m.group("ry2")
        if rel:
            y = ref.year + v.directions[_sp(rel)]
            return _Point(
                "season-year",
                FuzzyDate.season(y, code, south=ctx.south),
                "a season of a relative year",
            )
        off = v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        this_year = FuzzyDate.season(ref.year, code, south=ctx.south)
        cur = _season_holding(ref, ctx.south)
        if off == 0:
            if cur.timex.endswith(code):  # "this winter" in January: the winter under way
                return _Point("season", cur, "the season holding the reference")
            return _Point("season", this_year, "the season of the reference's year")
        if off is None:
            off = 1 if ctx.future else 0
            if off == 0:
                # the most recent such season that has begun by the reference
                y = ref.year if this_year.earliest <= ref else ref.year - 1
                return _Point(
                    "season",
                    FuzzyDate.season(y, code, south=ctx.south),
                    "the most recent such season",
                )
        y = ref.year
        d = FuzzyDate.season(y, code, south=ctx.south)
        if off < 0:
            while d.earliest >= cur.earliest:
                y -= 1
                d = FuzzyDate.season(y, code, south=ctx.south)
            note = "the last such season before the current one"
        else:
            while d.earliest <= cur.earliest:
                y += 1
                d = FuzzyDate.season(y, code, south=ctx.south)
            note = "the next such season after the current one"
        return _Point("season", d, note)

    def _decade(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        if m.group("dy"):
            y = int(m.group("dy"))
            if y % 100 == 0 and y != 2000:  # "the 1800s": the century; "the 2000s": a decade
                return _Point("century", FuzzyDate.century(y), "a century, written as its years")
        elif m.group("ds"):
            y = _two_digit_decade(int(m.group("ds")), ctx.ref)
        else:
            tens = self.v.decade_names[_sp(m.group("dw"))]
            if m.group("dc"):  # "the nineteen-eighties"
                y = self.v.numbers[_sp(m.group("dc"))] * 100 + tens
            else:
                y = _two_digit_decade(tens, ctx.ref)
        return _Point("decade", FuzzyDate.decade(y), "a decade")

    def _century(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        o = m.group("o")
        n = self.v.ordinals.get(_sp(o)) if o[0].isalpha() else int(re.sub(r"\D", "", o))
        if not n or n < 1:
            return None
        return _Point("century", FuzzyDate.century((n - 1) * 100), f"the {o} century")

    def _nth_week(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first week of September": the ISO week whose Thursday is September's first
        (as ISO 8601 gives a week to the month holding its Thursday); "the first days of
        March" is early March, "the last days of 2022" late 2022."""
        inner = self._point(m.group("rest"), ctx)
        if (
            inner is None
            or inner.date is None
            or inner.date.precision not in (Precision.MONTH, Precision.YEAR)
        ):
            return None
        o, d = m.group("o"), inner.date
        # "1ª semana de outubro", "2nd week of May": a number with its ordinal mark
        n = int(o[0]) if o[0].isdigit() else self.v.ordinals.get(o, 0)
        if not (n == -1 or 1 <= n <= 4):
            return None
        if self.v.units.get(m.group("w")) == "fortnight":
            return self._nth_fortnight(inner, n)
        if self.v.units.get(m.group("w")) == "weekend":
            return self._nth_weekend(inner, n)
        if self.v.units.get(m.group("w")) != "week":  # "the first days of March"
            part = Part.EARLY if n == 1 else Part.LATE if n == -1 else None
            return None if part is None else _with_part(inner, part, o)
        if n == -1:
            day = d.latest - timedelta(days=(d.latest.weekday() - 3) % 7)
        else:
            first_thursday = d.earliest + timedelta(days=(3 - d.earliest.weekday()) % 7)
            day = first_thursday + timedelta(days=7 * (n - 1))
        return _Point(
            "nth-week", FuzzyDate.week_of(day), f"the ISO week whose Thursday is {day_label(day)}"
        )

    def _first_units(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first three months of 2023" (1 January to 31 March), "as duas últimas semanas
        de agosto", "os primeiros meses do ano" (without a count: the early part): units
        counted from the start, or back from the end, of the period the rest names."""
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None or inner.date.precision is Precision.DAY:
            return None
        o = m.group("o")
        first = self.v.ordinals.get(_sp(o)) == 1
        count = m.group("n1") or m.group("n2")
        if count is None:
            return _with_part(inner, Part.EARLY if first else Part.LATE, o)
        n = _number(count, self.v)
        unit = self.v.units[m.group("u")]
        d = inner.date
        if n is None or n < 1:
            return None
        if d.earliest + _step(unit, n) > d.latest + timedelta(days=1):
            return None  # "the first 13 months of 2022": more than the stretch holds
        if first:
            lo = d.earliest
            hi = lo + _step(unit, n) - timedelta(days=1)
        else:
            hi = d.latest
            lo = hi + timedelta(days=1) - _step(unit, n)
        note = f"the {'first' if first else 'last'} {_count(n, unit)} of {d.label}"
        return _end_window("first-units", inner, note, first, lo, hi)

    def _nth_weekend(self, inner: _Point, n: int) -> _Point | None:
        """ "the last weekend of August", "o primeiro fim de semana de outubro": the weekend
        of the month's first (or last) Saturday, counted on."""
        d = inner.date
        if d is None or d.precision is not Precision.MONTH:
            return None
        if n == -1:
            sat = d.latest - timedelta(days=(d.latest.weekday() - 5) % 7)
        else:
            sat = d.earliest + timedelta(days=(5 - d.earliest.weekday()) % 7 + 7 * (n - 1))
        if sat > d.latest:
            return None
        y, w, _ = sat.isocalendar()
        return _Point("nth-weekend", FuzzyDate.weekend(y, w), f"the weekend of {day_label(sat)}")

    def _nth_fortnight(self, inner: _Point, n: int) -> _Point | None:
        """ "a primeira quinzena de março" (days 1 to 15), "la segunda quincena de agosto"
        (16 to the end): halves of a month as news counts them; TimeML's value is the month,
        with START or END."""
        d = inner.date
        if d is None or d.precision is not Precision.MONTH or n not in (1, 2, -1):
            return None
        first = n == 1
        lo = d.earliest if first else d.earliest + timedelta(days=15)
        hi = d.earliest + timedelta(days=14) if first else d.latest
        note = f"days {lo.day} to {hi.day} of {d.label}"
        return _end_window("nth-fortnight", inner, note, first, lo, hi)

    def _year_ago_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        o = m.group("o") or m.group("o2")
        if o:
            n = self.v.ordinals[_sp(o)]
            if not 1 <= n <= 4:
                return None
            q = FuzzyDate.quarter(ctx.ref.year - 1, n)
        else:
            latest = _unit_at("quarter", ctx.ref, -1, ctx.south)
            assert latest is not None
            q = FuzzyDate.quarter(latest.earliest.year - 1, (latest.earliest.month + 2) // 3)
        return _Point(
            "year-ago-quarter", q, "the same quarter a year before the latest complete one"
        )

    def _iso_week(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "week 31", "week 31 of 2023", "semana 31": the ISO week of that number, in the
        reference's ISO year unless a year is written."""
        y = int(m.group("y")) if m.group("y") else ctx.ref.isocalendar()[0]
        w = int(m.group("w"))
        try:
            d = FuzzyDate.week(y, w)
        except DateError:
            raise _Fail(f"{y} has no ISO week {w}") from None
        return _Point("iso-week", d, f"ISO week {w} of {y}")

    def _named_year(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the year 2000", "o ano de 1998": the year its number names."""
        return _Point("year", FuzzyDate.year(int(m.group("y"))), "a year")

    def _nth_day(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first day of next month", "the last day of the year", "o último dia do
        mês": the day counted from the start (or the end) of the unit the rest names; "el
        10 del corriente", "no dia 10 do corrente": of the reference's month."""
        rest = m.group("rest")
        if _sp(rest) in self.v.this_month_words:
            ref = ctx.ref
            inner: _Point | None = _Point("this-month", FuzzyDate.month(ref.year, ref.month))
        else:
            inner = self._point(rest, ctx)
        if inner is None or inner.date is None or inner.date.precision is Precision.DAY:
            return None
        if inner.date.part is not None:
            return None  # "the 5th of late October": no day counts from a part
        if not m.group("dn") and inner.date.precision is not Precision.MONTH:
            return None  # "the 5th of" a month; "3 of the past 4 years" is no day
        o = m.group("o")
        n = int(re.sub(r"\D", "", o)) if o[0].isdigit() else self.v.ordinals.get(o)
        if n is None or n == 0:
            return None
        d = inner.date
        day = d.latest if n < 0 else d.earliest + timedelta(days=n - 1)
        if day > d.latest:
            raise _Fail(f"{d.label} has no day {n}")
        note = f"day {n} of {d.label}" if n > 0 else f"the last day of {d.label}"
        return _Point("nth-day", FuzzyDate.day(day), note, warnings=inner.warnings)
