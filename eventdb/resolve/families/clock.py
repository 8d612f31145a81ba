"""The resolver's rules for clock times and parts of a day.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ...dates import FuzzyDate, Precision
from ..calendar import _day_word_note
from ..core import RuleBase, _Ctx, _Point
from ..text import _sp

_NEXT_PREV = {
    "the next": 1,
    "next": 1,
    "the following": 1,
    "following": 1,
    "the previous": -1,
    "previous": -1,
}


_ISO_DATETIME_RE = re.compile(
    r"(?P<rest>\d{4}-\d{2}-\d{2})[t\s](?P<h24>[01]\d|2[0-4]):(?P<m24>[0-5]\d)"
    r"(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?"
)


def _in_part(hour: int, code: str) -> int:
    """A bare hour in the part of the day named after it: "6 de la tarde" is 18:00, "10
    da noite" 22:00, "12 de la noche" midnight (24:00); "2 da madrugada" stays 02:00.

    >>> _in_part(6, "AF"), _in_part(10, "NI"), _in_part(12, "NI"), _in_part(2, "NI")
    (18, 22, 24, 2)
    """
    if code in ("AF", "EV") and hour < 12:
        return hour + 12
    if code == "NI" and 6 <= hour <= 12:
        return hour + 12
    return hour


class ClockRules(RuleBase):
    """Rules for clock times and parts of a day."""

    def _day_part(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A part of a day: "Thursday morning", "midnight on September 13", "morning"."""
        rest = m.group("rest") or m.group("rest2")
        code = self.v.day_parts[m.group("dp") or m.group("dp2")]
        shift = _NEXT_PREV.get(rest or "")
        if rest is None or shift is not None:
            day = FuzzyDate.day(ctx.ref + timedelta(days=shift or 0))
            note = _day_word_note(shift or 0)
        else:
            inner = self._point(rest, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
                return None
            if inner.type == "TIME":
                return None  # "hacia las 5 de la tarde": a clock time, read whole elsewhere
            day, note = inner.date, inner.note
        return _Point("day-part", day, note, timex=f"{day.timex}T{code}", type="TIME")

    def _after_clock_at(self, m: re.Match[str], i: int) -> bool:
        """Does a joining word ("at", "às", "a las") come just before position ``i``? An
        article alone ("las 24 horas del día") is no joining word."""
        before = m.string[:i].rstrip()
        return any(
            (before == w or before.endswith(" " + w)) and w not in self.v.fillers
            for w in self.v.clock_at
        )

    def _clock(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A clock time on a day: "10 p.m. Wednesday", "noon Thursday", "Tuesday at
        17:00", "2023-09-12T10:00"; alone, on the reference day. TimeML TIME; the span
        stays the whole day."""
        g = m.groupdict()
        if g.get("cw"):
            hour, minute = self.v.clock_words[_sp(g["cw"])]
            if g.get("cfr"):  # "meio-dia e meia"
                minute += self.v.clock_fractions[_sp(g["cfr"])]
                if minute < 0:
                    hour, minute = hour - 1, minute + 60
        elif g.get("ap"):
            hour, minute = int(g["h"]), int(g["mi"] or 0)
            if g["ap"] in self.v.units and not self._after_clock_at(m, m.start("h")):
                return None  # "14 horas" is a count of hours; "às 14 horas" a time
            add = self.v.clock_marks[g["ap"].replace(" ", "")]
            if not (1 <= hour <= 12 if add is not None else 0 <= hour <= 24) or minute > 59:
                return None  # a 12-hour clock stops at 12; "17h", "5 o'clock" at 24
            if add is not None:  # "12 p.m." is noon, "12 a.m." midnight at the day's start
                hour = hour % 12 + add
        elif g.get("hb"):  # "at 9": the hour as written, in the evening of a night word
            hb = g["hb"]
            hour = int(hb) if hb.isdigit() else self.v.numbers[hb]  # "a la una"
            minute = int(g["mb"] or 0)
            if g.get("fr"):  # "y media", "e meia", "menos cuarto"
                minute += self.v.clock_fractions[_sp(g["fr"])]
                if minute < 0:
                    hour, minute = hour - 1, minute + 60
        else:
            hour, minute = int(g["h24"]), int(g["m24"])
        if g.get("cp") and g.get("hb"):
            hour = _in_part(hour, self.v.day_parts[_sp(g["cp"])])
        if hour == 24 and minute:
            return None
        rest = g.get("rest")
        warnings: tuple[str, ...] = ()
        if rest is None:
            day, note = FuzzyDate.day(ctx.ref), "the reference day"
        else:
            inner = self._point(rest, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
                return None
            day, note, warnings = inner.date, inner.note, inner.warnings
            if g.get("hb") and hour < 12 and (inner.timex or "")[-2:] in ("AF", "EV", "NI"):
                hour += 12  # "tonight at 9" is 21:00
        return _Point(
            "clock-time",
            day,
            f"{note}, at {hour:02d}:{minute:02d}".lstrip(", "),
            timex=f"{day.timex}T{hour:02d}:{minute:02d}",
            type="TIME",
            warnings=warnings,
        )
