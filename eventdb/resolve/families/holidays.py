"""The resolver's rules for holidays: fixed days, Easter's movable feasts (Western and
Orthodox), and feasts of the Hebrew, Islamic and Persian calendars, named with a year or a
direction.

A pack names a movable holiday by its rule: ``"easter"``, ``"good-friday"``,
``"orthodox-easter"``, ``"thanksgiving-us"``, or ``"CALENDAR:MONTH:DAY"`` for a day of
another calendar (``"hebrew:7:10"`` is Yom Kippur, 10 Tishrei; ``"islamic:10:1"`` Eid
al-Fitr, 1 Shawwal; ``"persian:1:1"`` Nowruz), converted with convertdate. The Islamic
dates are the tabular calendar's: where a country fixes the day by sighting the moon it
may differ by one.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, easter

from ...dates import FuzzyDate
from ..calendar import _EASTER_SHIFTS, _nth_weekday_of
from ..core import RuleBase, _Ctx, _Fail, _Point
from ..text import _sp


def _other_calendar(rule: str, year: int) -> date:
    """The first day in Gregorian ``year`` that is ``MONTH:DAY`` of the calendar ``rule``
    names (an Islamic year is eleven days shorter: a Gregorian year may hold two, and the
    first is taken)."""
    from convertdate import hebrew, islamic, persian  # loaded only for such holidays

    calendar, month, day = rule.split(":")
    m, d = int(month), int(day)
    if calendar == "persian":
        return date(*persian.to_gregorian(year - 621, m, d))
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
    found = [x for x in days if x.year == year]
    if not found:
        raise _Fail(f"no {rule} in {year}")  # pragma: no cover - every year holds one
    return found[0]


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
        if rule == "orthodox-easter":
            return easter(year, EASTER_ORTHODOX)
        if ":" in rule:
            return _other_calendar(rule, year)
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
