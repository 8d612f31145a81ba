"""The resolver's rules for clock times and parts of a day.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ...dates import FuzzyDate, Precision
from ..calendar import _HALF_OF, _day_word_note
from ..core import RuleBase, _Ctx, _Point
from ..text import _number, _sp

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


def _is_day(q: _Point) -> bool:
    return q.date is not None and q.date.precision is Precision.DAY


def _at_time(q: _Point, time: str, rule: str = "clock-time") -> _Point:
    """The point ``q`` (a day) at ``time`` ("T09:30", or a part of the day's "TMO"), its
    side kept: the other readings of "Friday at 9:30", "Monday morning"."""
    assert q.date is not None
    p = _Point(rule, q.date, q.note, timex=f"{q.date.timex}{time}", type="TIME")
    p.side = q.side
    return p


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
            p = _Point("day-part", day, note, timex=f"{day.timex}T{code}", type="TIME")
            # the day's other readings, at the same part of the day ("next Friday morning":
            # also the coming Friday's)
            p.alts = tuple(
                (_at_time(q, f"T{code}", "day-part"), why) for q, why in inner.alts if _is_day(q)
            )
            return p
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
        warn: tuple[str, ...] = ()
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
        elif g.get("h1"):  # "9:30": a one-digit hour, read as written, maybe p.m.
            hour, minute = int(g["h1"]), int(g["m1"])
            before = m.string[: m.start("h1")].rstrip()
            if not any(before == w or before.endswith(" " + w) for w in self.v.clock_at):
                # "at 9:30", "a las 9:30" read as "at 9" does: as written, no warning
                warn = (
                    f"{g['h1']}:{g['m1']} has no a.m. or p.m.: read as {hour:02d}:{minute:02d}, "
                    f"it may be {hour + 12:02d}:{minute:02d}",
                )
        else:
            hour, minute = int(g["h24"]), int(g["m24"])
        if g.get("cp") and g.get("hb"):
            hour = _in_part(hour, self.v.day_parts[_sp(g["cp"])])
        bare = bool(g.get("hb") or g.get("h1"))  # "9:30 tonight" is 21:30
        return self._clock_on(hour, minute, g.get("rest"), ctx, bare, warn)

    def _clock_on(
        self,
        hour: int,
        minute: int,
        rest: str | None,
        ctx: _Ctx,
        bare: bool,
        warn: tuple[str, ...] = (),
    ) -> _Point | None:
        """A clock time on the day ``rest`` names, or on the reference day; a ``bare``
        hour (no a.m., p.m. or part of the day) moves to the evening of a night word
        ("tonight at 9" is 21:00)."""
        if hour == 24 and minute:
            return None
        warnings: tuple[str, ...] = ()
        others: tuple[tuple[_Point, str], ...] = ()
        if rest is None:
            day, note = FuzzyDate.day(ctx.ref), "the reference day"
        else:
            inner = self._point(rest, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
                return None
            if ":" in (inner.timex or ""):
                return None  # "8 e meia às 10": two clock times are no day and its time
            day, note, warnings = inner.date, inner.note, inner.warnings
            others = inner.alts  # "Friday at 9:30": also the coming Friday, at 9:30
            part = (inner.timex or "")[-2:]
            if bare and part in ("MO", "MI", "AF", "EV", "NI"):
                if hour < 12 and part in ("AF", "EV", "NI"):
                    hour += 12  # "tonight at 9" is 21:00
                warn = ()  # "7:45 this morning": the part of the day settles a.m. or p.m.
        at = f"T{hour:02d}:{minute:02d}"
        p = _Point(
            "clock-time",
            day,
            f"{note}, at {hour:02d}:{minute:02d}".lstrip(", "),
            timex=f"{day.timex}{at}",
            type="TIME",
            warnings=warn + warnings,
        )
        p.alts = tuple((_at_time(q, at), why) for q, why in others if _is_day(q))
        return p

    def _clock_minutes(self, word: str) -> int | None:
        """The minutes of a clock time in words: "half", "quarter", "meia", "twenty-five",
        "vinte e cinco", "10"; None when they are no minutes of an hour."""
        word = _sp(word)
        n = self.v.clock_minute_words.get(word)
        if n is None:
            n = _number(word, self.v)
        return n if n is not None and 0 < n < 60 else None

    def _clock_words(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A clock time in words: "half past three", "ten to five", "a quarter to
        midnight", "five o'clock", "três e meia", "cinco para as seis", "las cinco menos
        diez", "cuarto para las tres". A bare hour is read as written ("half past three"
        is 03:30, as "at 3" is), the part of the day or a.m./p.m. after it moves it ("half
        past 3 in the afternoon" is 15:30), and so does a night word for the day ("tonight
        at half past nine")."""
        g = m.groupdict()
        v = self.v
        cw = g.get("wcw")
        if cw:
            hour, base = v.clock_words[_sp(cw)]
        else:
            hw = g["wh"]
            hour, base = (int(hw) if hw.isdigit() else v.numbers[_sp(hw)]), 0
        sign = -1 if g.get("wto") or g.get("wless") else 1
        minute = 0
        if g.get("wm"):
            got = self._clock_minutes(g["wm"])
            if got is None:
                return None
            minute = got
        at = bool(g.get("wat"))
        if g.get("wpast") or g.get("wto"):
            # "ten to five", "twenty past six", "10 minutes to 5"; not "three to five" nor
            # "10 to 5" (a range, a score): minutes in words by fives, or with their unit
            wm = _sp(g["wm"])
            if (
                wm not in v.clock_minute_words
                and not g.get("wmu")
                and (wm[:1].isdigit() or minute % 5)
            ):
                return None
        if (g.get("wand") or g.get("wless")) and not at:
            # "três e meia", "dez e quinze": without "às" or "las", only a minute word or
            # an hour and five-minute steps in words read as a time ("7 e 8" is no time)
            wm = _sp(g["wm"])
            if wm not in v.clock_minute_words and (
                (g.get("wh") or "").isdigit() or wm[:1].isdigit() or minute % 5 or minute < 10
            ):
                return None
        mark = g.get("wap")
        if mark is not None:
            add = v.clock_marks[mark.replace(" ", "")]
            if add is None:  # "five o'clock", "às cinco horas" (not "cinco horas": a count)
                if mark in v.units and not at:
                    return None
            elif cw or not 1 <= hour <= 12:
                return None  # "13 p.m.", "noon p.m."
            else:
                hour = hour % 12 + add
        elif g.get("cp") and not cw:
            hour = _in_part(hour, v.day_parts[_sp(g["cp"])])
        if not 0 <= hour <= 24:
            return None
        if hour == 24 and sign > 0 and minute:
            # "a quarter past midnight", "las doce y media de la noche": 00:15, 00:30, early
            # on the day (midnight alone is 24:00, the end of it)
            hour = 0
        total = hour * 60 + base + sign * minute
        if total < 0:
            return None
        bare = mark is None and not g.get("cp") and not cw
        return self._clock_on(*divmod(total, 60), g.get("rest"), ctx, bare)

    def _half_offset(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """Half a unit before or after the reference: "half an hour ago", "in half an
        hour", "há meia hora", "daqui a meia hora", "hace medio siglo": half of it in the
        next finer unit (thirty minutes, fifty years), read as that count is."""
        g = m.groupdict()
        unit = self.v.units[g["u"]]
        n, finer = _HALF_OF[unit]
        sign = 1 if g.get("fwd") or g.get("way") in self.v.later else -1
        p = self._offset_by(n, finer, sign, ctx)
        if p is None:
            return None
        side = "after" if sign > 0 else "before"
        note = f"half a {unit} {side} the reference"
        if g.get("q") and p.date is not None:  # "há cerca de meia hora": approximate
            return _Point(p.rule, p.date.approx(), note, mod="APPROX", type=p.type)
        return _Point(p.rule, p.date, note, type=p.type)

    def _other_day(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the other day", "el otro día": a day not named, a few days before the
        reference: about the week before it (TimeML's PAST_REF, approximate)."""
        lo = FuzzyDate.day(ctx.ref - timedelta(days=7)).approx()
        hi = FuzzyDate.day(ctx.ref - timedelta(days=1)).approx()
        note = "a day a few days before the reference: about the week before it"
        return _Point("other-day", None, note, timex="PAST_REF", mod="APPROX", window=(lo, hi))
