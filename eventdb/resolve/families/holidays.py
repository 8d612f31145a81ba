"""The resolver's rules for holidays: fixed days and Easter's movable feasts, named with a
year or a direction.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from ...dates import FuzzyDate
from ..calendar import _EASTER_SHIFTS, _nth_weekday_of
from ..core import RuleBase, _Ctx, _Point
from ..text import _sp


class HolidayRules(RuleBase):
    """Rules for holidays: fixed days and Easter's movable feasts, named with a year or a
    direction."""

    def _holiday_on(self, name: str, year: int) -> date:
        """The day of holiday ``name`` in ``year``."""
        if name in self.v.holidays:
            month, day = self.v.holidays[name]
            return date(year, month, day)
        rule = self.v.movable_holidays[name]
        if rule == "thanksgiving-us":  # the fourth Thursday of November
            return _nth_weekday_of(year, 11, 3, 4)  # type: ignore[return-value]
        shift = _EASTER_SHIFTS[rule]
        return easter(year) + timedelta(days=shift)

    def _holiday(self, s: str, ctx: _Ctx) -> _Point:
        """A named holiday: the nearest one, past or future (``prefer`` decides a tie)."""
        ref = ctx.ref
        cands = [
            self._holiday_on(s, y) for y in (ref.year - 1, ref.year, ref.year + 1) if 1 < y < 9999
        ]
        if ctx.future:
            d = min((c for c in cands if c >= ref), default=cands[-1])
        else:
            d = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
        return _Point("holiday", FuzzyDate.day(d), "the nearest such holiday")

    def _holiday_named(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "Christmas Eve 2022", "Easter of last year", "last Christmas", "next Easter"."""
        name = _sp(m.group("hol"))
        if name not in self.v.holidays and name not in self.v.movable_holidays:
            return None
        ref, off = ctx.ref, None
        if m.group("dir"):
            off = self.v.directions[_sp(m.group("dir"))]
        if m.group("y"):
            year = int(m.group("y"))
        elif m.group("ry"):
            year = ref.year + self.v.directions[_sp(m.group("ry"))]
        elif off is None:
            return self._holiday(name, ctx)
        elif off == 0:
            year = ref.year
        else:  # the last one before the reference, or the next one after it
            year = ref.year
            d = self._holiday_on(name, year)
            if off < 0 and d >= ref:
                year -= 1
            elif off > 0 and d <= ref:
                year += 1
        d = self._holiday_on(name, year)
        return _Point("holiday", FuzzyDate.day(d), f"{name} in {year}")
