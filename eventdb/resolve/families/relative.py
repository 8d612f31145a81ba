"""The resolver's rules for this/last/next units, N units ago or from now, windows and
vague stretches, durations.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ...dates import FuzzyDate, Precision
from ..calendar import (
    _FEW,
    _HALF_OF,
    _TIMEML_UNIT,
    _UNIT_MULT,
    _UNIT_SIZE,
    _count,
    _rolling,
    _step,
    _unit_at,
)
from ..core import RuleBase, _Ctx, _Point
from ..text import _group, _number, _sp


def _same_precision(d: FuzzyDate, lo: date) -> FuzzyDate | None:
    """The date of ``d``'s precision that starts at ``lo`` (a day, ISO week, month,
    quarter or year); None for the others."""
    p = d.precision
    if p is Precision.DAY:
        return FuzzyDate.day(lo)
    if p is Precision.WEEK and d.part is None:
        return FuzzyDate.week_of(lo)
    if p is Precision.MONTH and d.part is None:
        return FuzzyDate.month(lo.year, lo.month)
    if p is Precision.QUARTER:
        return FuzzyDate.quarter(lo.year, (lo.month + 2) // 3)
    if p is Precision.YEAR and d.part is None:
        return FuzzyDate.year(lo.year)
    return None


class RelativeRules(RuleBase):
    """Rules for this/last/next units, N units ago or from now, windows and vague
    stretches, durations."""

    def _same_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        if m.group("s"):  # "that spring": the one holding the reference, else its year's
            code, ref = self.v.seasons[m.group("s")], ctx.ref
            d: FuzzyDate | None = FuzzyDate.season(ref.year, code, south=ctx.south)
            before = FuzzyDate.season(ref.year - 1, code, south=ctx.south)
            if before.earliest <= ref <= before.latest:  # a winter begun the year before
                d = before
        else:
            d = _unit_at(self.v.units[m.group("u")], ctx.ref, 0, ctx.south)
        note = "the same unit as the reference (pass the story's date as the reference)"
        return None if d is None else _Point("same-unit", d, note)

    def _this_time(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "this time last year", "this day next month": the same date a unit away,
        approximate for the "time" words, exact for the "day" ones; "this time tomorrow":
        the day the day word names."""
        dw = m.group("dw") or m.group("dw2")
        if dw is not None:
            n = self.v.day_words[_sp(dw)]
            d = FuzzyDate.day(ctx.ref + timedelta(days=n))
            return _Point(
                "this-time",
                d,
                f"{_count(abs(n), 'day')} {'after' if n > 0 else 'before'} the reference",
            )
        k = -1 if self.v.directions[_sp(m.group("dir"))] < 0 else 1
        unit = self.v.units[m.group("u")]
        d = FuzzyDate.day(ctx.ref + _step(unit, k))
        what = f"the same day {'last' if k < 0 else 'next'} {unit}"
        if not self.v.this_time[_sp(m.group("t"))]:  # "this day last year": that very day
            return _Point("this-time", d, what)
        return _Point("this-time", d.approx(), f"about {what}", mod="APPROX")

    def _vague(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the coming weeks", "recent months", "a few days ago": TimeML's PAST_REF or
        FUTURE_REF, over a span of about three units (the pack's "a few") from the
        reference; "a few days ago" is about the day three days back."""
        lead, way = m.group("lead"), m.group("way")
        if lead is None and m.group("trail") is not None:
            lead = _sp(m.group("trail"))  # "nos dias seguintes": the direction after
        elif m.group("trail") is not None:
            return None  # "os últimos dias passados": two directions
        unit_word = m.group("u")
        if not (lead or way) or unit_word not in self.v.plurals:
            return None
        ahead = self.v.directions.get(lead) if lead is not None else None
        if ahead is None and lead is not None:
            ahead = self.v.vague_leads.get(lead)
        future = (ahead is not None and ahead > 0) or (way is not None and way in self.v.later)
        timex = "FUTURE_REF" if future else "PAST_REF"
        n = self.v.numbers.get(m.group("vq") or "", _FEW) if m.group("vq") else _FEW
        unit = self.v.units[m.group("u2") or unit_word]
        if way is not None:  # "a few days ago": about that far back, one unit at its precision
            p = self._offset_by(n, unit, 1 if future else -1, ctx)
            if (
                p is None
                or p.date is None
                or not m.group("vq")
                or m.group("vq") not in self.v.numbers
            ):
                return _Point("vague", None, "a vague stretch of time", timex=timex)
            d = p.date.approx()
            note = f"about {_count(n, unit)} {'after' if future else 'before'} the reference"
            return _Point("vague", None, note, timex=timex, mod="APPROX", window=(d, d))
        window = _rolling(ctx.ref, unit, n, future)
        note = f"about the {_count(n, unit)} {'after' if future else 'before'} the reference"
        return _Point("vague", None, note, timex=timex, window=window)

    def _long_weekend(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "o feriadão", "el próximo fin de semana largo", "the long weekend": the weekend
        the same words name with the weekend word ("o fim de semana" is the last one, "o
        próximo" the next), from its Saturday to the Monday after (TimeML's value is the
        weekend's)."""
        if not self.weekend_word:
            return None
        inner = self._point(f"{m.group('pre')}{self.weekend_word}{m.group('post')}", ctx)
        if inner is None or inner.date is None or inner.date.precision is not Precision.WEEKEND:
            return None
        sat = inner.date.earliest
        window = (FuzzyDate.day(sat), FuzzyDate.day(sat + timedelta(days=2)))
        note = f"a long weekend: {inner.date.label} and the Monday after"
        return _Point("long-weekend", None, note, timex=inner.timex, window=window)

    def _duration_rule(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        p = self._duration(m)
        leads = [g for g in (m.group("lead"), m.group("lead2"), m.group("lead3")) if g]
        if len(leads) > 1:
            return None  # "os dois últimos anos seguintes": two directions
        lead = leads[0] if leads else None
        if p is None or lead is None:
            return p  # "for three weeks": a duration, unanchored
        n = _number(m.group("n"), self.v)
        assert n is not None
        future = lead in self.v.window_within or self.v.directions[lead] > 0
        unit = self.v.units[m.group("u")]
        window = _rolling(ctx.ref, unit, n, future)
        side = "starting" if future else "ending"
        note = f"{p.note}, {side} on the reference"
        return _Point("rolling", None, note, timex=p.timex, type=p.type, window=window)

    def _relative_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        off = self.v.directions[_sp(m.group("dir"))]
        word = m.group("u")
        unit = self.v.units[word]
        if word in self.v.plurals:
            return None  # "the coming days", "recent weeks": vague, read by the vague rule
        if unit == "fortnight":  # "last fortnight": the two ISO weeks before this one
            first = ctx.ref - timedelta(days=ctx.ref.weekday())
            first += timedelta(weeks=-2 if off < 0 else 1 if off > 0 else 0)
            window = (FuzzyDate.day(first), FuzzyDate.day(first + timedelta(days=13)))
            note = (
                "two ISO weeks, "
                + ("before" if off < 0 else "after" if off > 0 else "from")
                + " the reference's"
            )
            return _Point("relative-fortnight", None, note, window=window)
        d = _unit_at(unit, ctx.ref, off, ctx.south)
        if d is None:
            return None
        return _Point(f"relative-{unit}", d)  # the description says it all

    def _bare_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        unit = self.v.units[m.group("u")]
        if unit == "half":
            return None  # "a metade", "la mitad", "half": a share, not the half-year
        if m.group("u") in self.v.plurals:
            # "years", "anos", "días": a stretch of that unit, no date (TimeML's PXY)
            code = _TIMEML_UNIT[unit]
            timex = f"PTX{code}" if unit in ("hour", "minute") else f"PX{code}"
            note = f"an unstated number of {unit}s"
            return _Point("bare-plural", None, note, timex=timex, type="DURATION")
        if unit in ("day",):
            return _Point("bare-day", FuzzyDate.day(ctx.ref), "the day of the reference")
        if unit == "weekend":
            ref = ctx.ref
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
            if ctx.future and ref.weekday() < 5:
                sat = ref + timedelta(days=5 - ref.weekday())
            y, w, _ = sat.isocalendar()
            return _Point(
                "weekend", FuzzyDate.weekend(y, w), "the nearest weekend in the preferred direction"
            )
        if unit == "quarter":
            d = _unit_at("quarter", ctx.ref, 0 if ctx.future else -1, ctx.south)
            return _Point("bare-quarter", d, "the most recent complete quarter")
        d = _unit_at(unit, ctx.ref, 0, ctx.south)
        if d is None:
            return None
        return _Point(f"bare-{unit}", d, f"the {unit} holding the reference")

    def _ago(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        way = m.group("way")
        sign = -1 if way in self.v.ago else 1
        return self._approx_count(m, self._offset(m, sign, ctx, way))

    @staticmethod
    def _approx_count(m: re.Match[str], p: _Point | None) -> _Point | None:
        """An offset whose count was approximate ("nearly four years ago") is approximate."""
        if p is not None and m.group("q") and p.date is not None:
            return _Point(p.rule, p.date.approx(), p.note, mod="APPROX")
        return p

    def _quantity(self, m: re.Match[str], word: str) -> list[tuple[int, str]] | None:
        """The count of units ``m`` read (its count written ``word``), as (count, unit)
        from the largest unit down: "a year and a half" is [(1, "year"), (6, "month")],
        "2 weeks 3 days" [(2, "week"), (3, "day")]; None when a count is no number."""
        halved = word[-2:] in (".5", ",5")  # "2.5 years"
        n = int(word[:-2]) if halved else _number(word, self.v)
        if n is None:
            return None
        unit = self.v.units[m.group("u")]
        parts = [(n, unit)] if n else []
        if halved or _group(m, "nh") or _group(m, "half"):
            parts.append(_HALF_OF[unit])
        more = _group(m, "more")
        for mm in self.more_re.finditer(more or ""):
            k = _number(mm.group("n"), self.v)
            if k is None:
                return None
            unit = self.v.units[mm.group("u")]
            if _UNIT_SIZE[unit] >= _UNIT_SIZE[parts[-1][1]] if parts else False:
                return None  # "2 days 3 days": each unit finer than the one before
            parts.append((k, unit))
        return parts or None

    def _offset(self, m: re.Match[str], sign: int, ctx: _Ctx, way: str) -> _Point | None:
        word = m.group("n")
        q = _group(m, "q")
        if word is None and q is not None and q in self.v.numbers:
            word = q  # "hace unos años": "unos" is the count, not an approximation of one
        if word is None and _group(m, "ha") and m.group("u") not in self.v.plurals:
            # "há meio ano", "hace media hora": half the unit, in the next finer one
            halved, finer = _HALF_OF[self.v.units[m.group("u")]]
            return self._offset_by(halved, finer, sign, ctx) if halved else None
        if word is None:  # "há anos", "hace décadas": some time before, as "years ago"
            if m.group("u") not in self.v.plurals:
                return None
            timex = "FUTURE_REF" if sign > 0 else "PAST_REF"
            return _Point("vague", None, "a vague stretch of time", timex=timex)
        if _sp(word) in self.v.vague and m.group("u") in self.v.plurals:
            # "há alguns anos", "hace unos días": about that far, TimeML's PAST_REF or
            # FUTURE_REF, as "a few years ago" is read
            n = _number(word, self.v)
            unit = self.v.units[m.group("u")]
            p = None if n is None else self._offset_by(n, unit, sign, ctx)
            if n is None or p is None or p.date is None:
                return None
            d = p.date.approx()
            timex = "FUTURE_REF" if sign > 0 else "PAST_REF"
            note = f"about {_count(n, unit)} {'after' if sign > 0 else 'before'} the reference"
            return _Point("vague", None, note, timex=timex, mod="APPROX", window=(d, d))
        parts = self._quantity(m, word)
        if parts is None:
            return None
        if len(parts) == 1:
            return self._offset_by(*parts[0], sign, ctx)
        # several units: the date they reach together, at the finest unit's precision
        t = ctx.ref
        for n, unit in parts:
            t += _step(unit, sign * n)
        finest = min((u for _, u in parts), key=_UNIT_SIZE.__getitem__)
        if finest in ("hour", "minute"):  # the reference is a day: so is what it reaches
            finest = "day"
        p = self._offset_by(0, finest, 1, ctx._replace(ref=t))
        if p is None:
            return None
        spelled = ", ".join(_count(n, u) for n, u in parts if (n, u) != _HALF_OF.get(parts[0][1]))
        if _HALF_OF.get(parts[0][1]) in parts[1:]:
            spelled += " and a half"
        side = "before" if sign < 0 else "after"
        return _Point(p.rule, p.date, f"{spelled} {side} the reference, at {finest} precision")

    def _offset_by(self, n: int, unit: str, sign: int, ctx: _Ctx) -> _Point | None:
        """``n`` units before (``sign`` -1) or after the reference, at the unit's precision."""
        n *= _UNIT_MULT.get(unit, 1)
        base = {"fortnight": "week", "half": "month", "season": "month"}.get(unit, unit)
        ref = ctx.ref
        k = sign * n
        if base == "day":
            d = FuzzyDate.day(ref + timedelta(days=k))
        elif base in ("week", "weekend"):
            target = ref + timedelta(weeks=k)
            y, w, _ = target.isocalendar()
            d = FuzzyDate.weekend(y, w) if base == "weekend" else FuzzyDate.week(y, w)
        elif base == "month":
            t = ref + relativedelta(months=k)
            d = FuzzyDate.month(t.year, t.month)
        elif base == "quarter":
            t = ref + relativedelta(months=3 * k)
            d = FuzzyDate.quarter(t.year, (t.month + 2) // 3)
        elif base == "year":
            d = FuzzyDate.year(ref.year + k)
        elif base == "decade":
            d = FuzzyDate.decade(ref.year + 10 * k)
        elif base == "century":
            d = FuzzyDate.century(ref.year + 100 * k)
        elif base in ("hour", "minute"):
            # the reference is a day: "in 48 hours" is two days on, "two hours later" the
            # same day
            d = FuzzyDate.day(ref + _step(base, k))
        else:
            return None
        precision = "to the day" if base in ("hour", "minute") else f"at {base} precision"
        return _Point(
            f"offset-{base}",
            d,
            f"{_count(n, base)} {'before' if sign < 0 else 'after'} the reference, {precision}",
        )

    def _ending(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "no trimestre encerrado em agosto" (June to August), "los 12 meses terminados en
        junio", "na semana encerrada em 15 de setembro": the units that end with the day or
        month the rest names; a duration over that window, as "the past three months"."""
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None:
            return None
        if inner.date.precision not in (Precision.DAY, Precision.MONTH):
            return None
        if inner.date.latest > ctx.ref and _sp(m.group("ew")) not in self.v.ending_ahead:
            # "the year ended March 31", "encerrado em agosto": a stretch that has ended,
            # so the last such day or month, if the words leave it open
            back = self._last_one(m.group("rest"), ctx)
            if back is not None and back.date is not None and back.date.latest <= ctx.ref:
                inner = back
        n = _number(m.group("n"), self.v) if m.group("n") else 1
        unit = self.v.units[m.group("u")]
        d = inner.date
        if n is None or n < 1 or unit in ("hour", "minute") or d is None:
            return None
        end = d.latest
        start = end + timedelta(days=1) - _step(unit, n * _UNIT_MULT.get(unit, 1))
        if unit in ("month", "quarter", "half", "year") and d.precision is Precision.MONTH:
            start = start.replace(day=1)  # whole months back from a month's end
        timex = f"P{n * _UNIT_MULT.get(unit, 1)}{_TIMEML_UNIT[unit]}"
        note = f"{_count(n, unit)} ending {d.label}"
        window = (FuzzyDate.day(start), FuzzyDate.day(end))
        return _Point("ending", None, note, timex=timex, type="DURATION", window=window)

    def _two_away(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the week after next", "the year before last": two units from the reference."""
        unit = self.v.units[m.group("u")]
        off = self.v.two_away[_sp(m.group("two"))]
        d = _unit_at(unit, ctx.ref, off, ctx.south)
        return None if d is None else _Point(f"relative-{unit}", d, f"{unit} {off:+d}")

    def _duration(self, m: re.Match[str]) -> _Point | None:
        n = _number(m.group("n"), self.v)
        unit = self.v.units[m.group("u")]
        if n is None:
            return None
        if unit in _UNIT_MULT:
            n *= _UNIT_MULT[unit]
        code = _TIMEML_UNIT[unit]
        timex = f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"
        return _Point(
            "duration", None, f"a duration of {_count(n, unit)}", timex=timex, type="DURATION"
        )

    def _ago_point(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "two years ago this month", "a week ago Friday": the point the rest names,
        moved by the count, at its own precision."""
        n = _number(m.group("n"), self.v)
        inner = self._point(m.group("rest"), ctx)
        if n is None or inner is None or inner.date is None:
            return None
        sign = -1 if m.group("way") in self.v.ago else 1
        unit = self.v.units[m.group("u")]
        d = inner.date
        lo = d.earliest + _step(unit, sign * n)
        moved = _same_precision(d, lo)
        if moved is None:
            return None
        note = f"{inner.note}, {_count(n, unit)} {'before' if sign < 0 else 'after'}"
        return _Point("offset-point", moved, note.lstrip(", "), warnings=inner.warnings)
