"""The resolver's rules for weekdays: alone, with a direction, with the day number or date
that settles them.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ...dates import FuzzyDate, Precision, _ordinal, day_label
from ..calendar import _nearest_day_number, _weekday_clash
from ..core import RuleBase, _Ctx, _Fail, _Point
from ..result import WEEKDAY_NAMES, describe, long_day
from ..text import _number, _sp


class WeekdayRules(RuleBase):
    """Rules for weekdays: alone, with a direction, with the day number or date that
    settles them."""

    def _weekday_daynum(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        wd = self.v.weekdays[m.group("wd")]
        n = int(m.group("d") or m.group("d2"))
        ref = ctx.ref
        best = _nearest_day_number(n, ref)
        if best is None:
            raise _Fail(f"no month near {long_day(ref)} has a day {n}")
        return _Point(
            "weekday-daynum",
            FuzzyDate.day(best),
            "the day number settles it, in the month nearest the reference",
            warnings=_weekday_clash(wd, f"{WEEKDAY_NAMES[wd]} ({n})", best),
        )

    def _weekday_date(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "Tuesday (Sept. 19)", "Tuesday 11/3/2015", "Tuesday the 19th": the date settles
        it, and a weekday that contradicts it is a warning, as with "Monday (19)". "Friday
        next week", "Saturday last week", "next week Monday": that weekday of the week."""
        wd = self.v.weekdays[m.group("wd") or m.group("wd2")]
        text = m.group("inner") or m.group("inner2") or m.group("inner3")
        if text.isdigit() and m.group("inner3"):
            return None  # "1 mon", "in 2 mon": a bare number before a weekday dates nothing
        if text.isdigit() and len(text) <= 2:  # "el miércoles 20": the day number settles it
            near = _nearest_day_number(int(text), ctx.ref)
            if near is None:
                return None
            written = f"{WEEKDAY_NAMES[wd]} {text}"
            note = "the day number settles it, in the month nearest the reference"
            return _Point(
                "weekday-daynum",
                FuzzyDate.day(near),
                note,
                warnings=_weekday_clash(wd, written, near),
            )
        if text.startswith(self.ahead_lead_starts):
            return None  # "sábado para domingo": the night between, no date settling it
        inner = self._point(text, ctx)
        if inner is None or inner.date is None:
            return None
        if inner.date.precision is Precision.WEEK and inner.date.part is None:
            first = inner.date.earliest
            day = first + timedelta(days=wd - first.weekday())
            note = f"the {WEEKDAY_NAMES[wd]} of {describe(inner.date)}"
            return _Point("weekday-of-week", FuzzyDate.day(day), note)
        if inner.date.precision is not Precision.DAY:
            return None
        day = inner.date.earliest
        written = f"{WEEKDAY_NAMES[wd]} ({day_label(day)})"
        warnings = inner.warnings + _weekday_clash(wd, written, day)
        return _Point("weekday-date", inner.date, inner.note, warnings=warnings)

    def _weekday_two_away(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the Monday after next": the Monday of the ISO week two weeks after the
        reference's; "Friday before last": the Friday a week before the last one."""
        wd = self.v.weekdays[m.group("wd")]
        off = self.v.two_away[_sp(m.group("two"))]
        ref = ctx.ref
        if off < 0:  # the one before the last one: a week before the most recent
            day = ref - timedelta(days=((ref.weekday() - wd) % 7 or 7) + 7)
        else:  # the one after next week's
            day = ref + timedelta(days=wd - ref.weekday(), weeks=off)
        note = (
            f"the {WEEKDAY_NAMES[wd]} of the ISO week two weeks after the reference's"
            if off > 0
            else f"the {WEEKDAY_NAMES[wd]} a week before the last one"
        )
        return _Point("weekday", FuzzyDate.day(day), note)

    def _weekday_count(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "two Mondays from now", "three Fridays ago", "há dois sábados": the Nth such
        weekday after or before the reference, not counting the reference itself."""
        before, way = m.group("before"), m.group("way")
        if (before is None) == (way is None):
            return None  # "two Mondays": a count of days, no date; or two directions
        v = self.v
        back = _sp(way) in v.ago if way is not None else _sp(before) in v.ago_before
        n = _number(m.group("n"), v)
        if n is None or not 1 <= n <= 520:
            return None
        wd = v.weekday_plurals[m.group("wp")]
        ref = ctx.ref
        if back:
            first = ref - timedelta(days=((ref.weekday() - wd) % 7) or 7)
            day = first - timedelta(weeks=n - 1)
        else:
            first = ref + timedelta(days=((wd - ref.weekday()) % 7) or 7)
            day = first + timedelta(weeks=n - 1)
        side = "before" if back else "after"
        note = f"the {_ordinal(n)} {WEEKDAY_NAMES[wd]} {side} the reference"
        return _Point("weekday-count", FuzzyDate.day(day), note)

    def _weekday(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        wd = self.v.weekdays[m.group("wd")]
        d = self.v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        ref = ctx.ref
        back = (ref.weekday() - wd) % 7
        if d is None:
            if ctx.future:
                day, note = (
                    ref + timedelta(days=(wd - ref.weekday()) % 7),
                    f"the next {WEEKDAY_NAMES[wd]} on or after the reference",
                )
            else:
                day, note = (
                    ref - timedelta(days=back),
                    f"the most recent {WEEKDAY_NAMES[wd]} on or before the reference",
                )
        elif d == 0:
            day, note = (
                ref + timedelta(days=wd - ref.weekday()),
                f"the {WEEKDAY_NAMES[wd]} of the reference's ISO week",
            )
        elif d < 0:
            day, note = (
                ref - timedelta(days=back or 7),
                f"the last {WEEKDAY_NAMES[wd]} before the reference",
            )
        else:
            day, note = (
                ref + timedelta(days=((wd - ref.weekday()) % 7) or 7),
                f"the next {WEEKDAY_NAMES[wd]} after the reference",
            )
            if _sp(m.group("dir")) in self.v.next_week_directions and day.weekday() > ref.weekday():
                # "next Friday" on a Wednesday: the Friday of next week; the coming one
                # (two days on) is the second reading
                coming = _Point("weekday", FuzzyDate.day(day), note)
                day = day + timedelta(days=7)
                note = f"the {WEEKDAY_NAMES[wd]} of the week after the reference's"
                p = _Point("weekday", FuzzyDate.day(day), note)
                why = f"the coming {WEEKDAY_NAMES[wd]}, in the reference's own week"
                p.alts = ((coming, why),)
                return p
        p = _Point("weekday", FuzzyDate.day(day), note)
        if d is None:  # a bare weekday: the other direction is the second reading
            other = (
                ref - timedelta(days=back)
                if ctx.future
                else ref + timedelta(days=(wd - ref.weekday()) % 7)
            )
            if other != day:
                why = (
                    "read back (prefer='past')" if ctx.future else "read forward (prefer='future')"
                )
                alt = _Point("weekday", FuzzyDate.day(other), why)
                alt.side = "past" if other < day else "future"
                p.alts = ((alt, why),)
        return p
