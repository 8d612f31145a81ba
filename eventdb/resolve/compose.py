"""The resolver's rules for composition over what the families read: ranges, offsets from a
point or an anchor, names with a trailing direction, EDTF text.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import FuzzyDate, Precision, Span, add_months, day_label
from ..errors import DateError
from .calendar import _FEW, _TIMEML_UNIT, _UNIT_MULT, _count, _date, _maybe, _nearest_date, _step
from .core import RuleBase, _Ctx, _Fail, _Point, _Unknown
from .readings import (
    _find_anchor,
    _one_sided,
    _original,
    _point_resolution,
    _span_resolution,
    _two_sided,
)
from .result import Alternative, Resolution
from .text import _group, _normalise, _number, _sp

_YEAR_RANGE = re.compile(r"(\d{4})-(\d{2})")


_YEAR_SLASH = re.compile(r"(\d{4})\s*/\s*(\d{2})")


_EDTF_SHAPE = re.compile(r"\d{4}-(?:\d{2}(?:-\d{2})?|w\d{1,2}(?:-we)?|q\d|h\d)[~?%]?")
# "09/2012": a month and year, not an EDTF interval from the year 900
_MONTH_YEAR_SLASH = re.compile(r"(0?[1-9]|1[0-2])/\d{4}")
# a phrase ending in a year and the next one, or its last two digits ("winter 2022/23")
_TRAILING_YEAR_SLASH = re.compile(r"(.*\D\d{4})\s*/\s*(\d{4}|\d{2})")


# the precisions a list of dates may join into one stretch ("em julho e agosto")
_LISTED = frozenset({Precision.MONTH, Precision.YEAR})

# the readings of a name whose words leave its year, month or week open: a bare weekday,
# month or season, a day of the month alone
_OPEN_NAMES = frozenset({"weekday", "month", "season", "day-number"})


def _day_number_toward(n: int, ref: date, off: int) -> date | None:
    """Day ``n`` of a month, the last one before ``ref`` (``off`` < 0) or the first after."""
    y, mo = ref.year, ref.month
    for _ in range(3):
        d = _maybe(y, mo, n)
        if d is not None and (d < ref if off < 0 else d > ref):
            return d
        y, mo = add_months(y, mo, -1 if off < 0 else 1)
    return None


class CompositionRules(RuleBase):
    """Rules for composition over what the families read: ranges, offsets from a point or
    an anchor, names with a trailing direction, EDTF text."""

    def _word_split(self, text: str, s: str, ctx: _Ctx) -> Resolution | None:
        """``s`` as a range split at a connector word ("to", "a"), its sides holding
        hyphens of their own; None when it is not one."""
        m = self.word_split_re.fullmatch(s)
        if m is None:
            return None
        try:
            return self._two(text, m.group("x"), m.group("y"), ctx)
        except DateError:
            return None

    def _split_at_connector(self, s: str) -> bool:
        """Did the range rule split ``s`` at a bare dash or connector ("X - Y", "X a Y"),
        rather than at words that open a range ("from", "between", "since")?"""
        m = self.range_re.fullmatch(s)
        return m is not None and (m.lastgroup or "").startswith("dash")

    def _point_over_split(self, text: str, s: str, ctx: _Ctx, split: Resolution) -> Resolution:
        """The whole phrase as a point, when it reads as one, with the split kept second."""
        try:
            p = self._point(s, ctx)
        except DateError:
            return split
        if p is None or (p.date is None and p.window is None) or p.rule == "edtf":
            return split  # "2022-23" stays two years, not EDTF's autumn code
        res = _point_resolution(text, ctx.ref, p)
        # the point's own other readings first ("segunda à noite": also next Monday's)
        res.alternatives = (
            *res.alternatives,
            Alternative(split, "split at a connector into a range"),
        )
        return res

    def _dash_range(self, s: str) -> bool:
        """Could a dash in ``s`` join two dates? Only after a number, month or weekday:
        "11-20 September", "March-May 2023", but not "mid-November" or "third-quarter"."""
        i = s.find("-")
        if i <= 0:
            return False
        if s[i - 1] == " " and s[i + 1 : i + 2] == " ":
            return True  # "today - next friday": a spaced dash joins any two points
        before = s[:i].rstrip().rpartition(" ")[2].rstrip(".")
        if before in self.v.months and s[i + 1 : i + 2].isdigit():
            return False  # "Sep-2012", "August-10-2012": a date written as one token
        return before[-1:].isdigit() or before in self.v.months or before in self.v.weekdays

    def _edtf(self, text: str, s: str, ctx: _Ctx) -> Resolution | None:
        """EDTF and TimeML text (``2022-12~``, ``2023-W37``), read before any phrase rule.

        Text shaped like EDTF (``2023-13``, ``2023-W54``) that names no real date is refused
        with the date model's reason rather than tried as a phrase. A year and the next
        one's last two digits ("2022-23") are two years, as prose means them, with a
        warning where EDTF would read a season code.
        """
        if not s[0].isdigit() or "/" in s or " " in s or len(s) < 4:
            return None  # "20" or "199" alone is a number, not the 21st century or the 1990s
        ref = ctx.ref
        yy = _YEAR_RANGE.fullmatch(s)
        if yy and (int(yy.group(2)) - int(yy.group(1)[2:])) % 100 == 1:
            res = self._two(text, yy.group(1), yy.group(2), ctx)
            try:
                as_edtf = FuzzyDate.parse(s.upper()).label
            except DateError:
                return res
            res.warnings += (
                f"{s}: read as the years {yy.group(1)} to {res.latest.year}; "  # type: ignore[union-attr]
                f"as EDTF it would be {as_edtf}",
            )
            return res
        try:
            d = FuzzyDate.parse(s.upper())
        except DateError as e:
            yy = _YEAR_RANGE.fullmatch(s)
            if yy and 0 < (int(yy.group(2)) - int(yy.group(1)[2:])) % 100 <= 10:
                return None  # "2019-20": a range of years, not an EDTF month
            if _EDTF_SHAPE.fullmatch(s):
                raise _Fail(str(e).split(": ", 1)[-1]) from None
            return None
        return _point_resolution(text, ref, _Point("edtf", d, "read as EDTF / ISO 8601"))

    def _range(self, text: str, s: str, ctx: _Ctx) -> Resolution | None:
        if s.startswith(self.range_lead_starts):  # "no período de 2019 a 2021": the range
            lead = max((w for w in self.range_lead_starts if s.startswith(w)), key=len)
            return self._range(text, s[len(lead) :], ctx)
        if s.endswith(self.so_far_tails) and self.so_far_re.fullmatch(s) is not None:
            try:
                if self._point(s, ctx) is not None:
                    return None  # "este ano até agora": the year so far, a window
            except DateError:
                pass
        ts = _TRAILING_YEAR_SLASH.fullmatch(s)
        season = None if ts is None or s[0].isdigit() else self._season_of(ts.group(1), ctx)
        if ts is not None and season is not None and season.date is not None:
            # "winter 2022/23": a season over the new year and the next year's digits;
            # any other season ("summer 2022/23") or year ("winter 2022/24") is no date
            y2 = int(ts.group(2))
            if season.date.latest.year % (10000 if y2 >= 100 else 100) != y2 or (
                season.date.earliest.year == season.date.latest.year
            ):
                raise _Unknown(text)
            return _point_resolution(text, ctx.ref, season)
        if s[0].isdigit() and ("/" in s or s.endswith("..")):
            if _MONTH_YEAR_SLASH.fullmatch(s):
                return None  # "09/2012": September 2012, a point
            ys = _YEAR_SLASH.fullmatch(s)
            if ys is not None:  # "2022/23": two years, not 2022 to the 24th century
                return self._two(text, ys.group(1), ys.group(2), ctx)
            try:
                span = Span.parse(s.upper().replace("X", "X"))
            except DateError:
                span = None
            if span is not None:
                return _span_resolution(text, ctx.ref, span, "edtf-interval", "read as EDTF")
        if s.startswith(self.within_starts) and self.in_n_re.fullmatch(s):
            return None  # "de aquí a dos semanas": a count ahead, not "from aquí to ..."
        dl = self.decade_list_re.fullmatch(s)
        if dl is not None:  # "nas décadas de 1960 e 1970": the first decade to the last
            pair = self._decade_pair(dl, ctx)
            if pair is not None:
                return _two_sided(text, ctx.ref, *pair)
        m = self.range_re.fullmatch(s)
        if m is None:
            return self._word_split(text, s, ctx) if "-" in s else None
        g = m  # its groups by name, without building the dict of every group
        kind = (m.lastgroup or "").partition("_")[0]
        if kind == "dash":
            md = self.month_days_re.fullmatch(s)
            if md is not None:
                return self._month_days(text, md, ctx)
            last = g["dash_x"].rsplit(" ", 1)[-1].rstrip(".")
            joint = s[m.end("dash_x") : m.start("dash_y")]
            if joint == "-" and not (
                last[-1:].isdigit() or last in self.v.months or last in self.v.weekdays
            ):
                # "mid-November", "year-end": a hyphenated word, not a range; but "mid-2019
                # to early 2020" is one, split at its word
                return self._word_split(text, s, ctx)
            if joint == "-" and last in self.v.months and g["dash_y"][:1].isdigit():
                return None  # "Sep-2012": one token
            try:
                return self._two(text, g["dash_x"], g["dash_y"], ctx)
            except DateError:
                return None  # "mid-November", "nineteen ninety-six": a point after all
        if kind == "since":
            m2 = self.since_until_re.fullmatch(g["since_x"])
            if m2 is not None:  # "desde el lunes hasta el viernes": since X until Y
                try:
                    return self._two(text, m2.group("a"), m2.group("b"), ctx)
                except _Unknown:
                    pass  # "since the end of 2022 to date" and the like: since X
            return self._since(text, g["since_x"], ctx, "since")
        if kind in ("before", "after") and s.startswith(self.range_day_words):
            return None  # "antes de ayer a las 8": the day word, then its time
        if kind in ("before", "after"):
            # "before Christmas": until the day before; "after March 2020": from the day
            # after; a side that reads as no date ("after a year") is left to the points
            try:
                p = self._side(g[kind + "_x"], ctx, end=kind == "after")
            except DateError:
                return None
            assert p.date is not None
            if kind == "before":
                day = _Point(p.rule, FuzzyDate.day(p.date.earliest - timedelta(days=1)), p.note)
                day.timex, day.mod = p.timex, "BEFORE"
                return _one_sided(text, ctx.ref, None, day, "before")
            day = _Point(p.rule, FuzzyDate.day(p.date.latest + timedelta(days=1)), p.note)
            day.timex, day.mod = p.timex, "AFTER"
            return _one_sided(text, ctx.ref, day, None, "after")
        if kind == "until":
            if s in self.v.so_far or self._is_now(g["until_x"]):  # "to date", "till date"
                b = _Point("so-far", FuzzyDate.day(ctx.ref), "the reference day")
            else:
                b = self._side(g["until_x"], ctx, end=True)
                if not ctx.future and b.date is not None and b.date.latest < ctx.ref:
                    # "until Friday", "até sexta-feira": a bare name a range runs up to is
                    # the coming one, as "since October" is the last one; a name with its
                    # direction ("until last Friday") or a year keeps its reading. The
                    # last one stays an alternative: "it lasted until Friday"
                    ahead = self._side(g["until_x"], ctx._replace(future=True), end=True)
                    if b.rule == "day-number" and not (
                        ahead.date is not None and ahead.date.latest >= ctx.ref
                    ):  # "até o dia 15", "hasta el 15": the next 15th
                        ahead = self._ahead(g["until_x"], ctx) or ahead
                    if ahead.date is not None and ahead.date.latest >= ctx.ref:
                        res = _one_sided(text, ctx.ref, None, ahead, "until")
                        back = _one_sided(text, ctx.ref, None, b, "until")
                        why = "the last one (read back)"
                        res.alternatives = (Alternative(back, why, "past"),)
                        return res
            return _one_sided(text, ctx.ref, None, b, "until")
        if kind == "beyond":
            a = self._side(g["beyond_x"], ctx)
            return _one_sided(text, ctx.ref, a, None, "open-end")
        if kind == "began" and g["began_x"].partition(" ")[0] in self.v.of_words:
            return None  # "beginning of March": a part of March, not a start
        if kind == "began":
            a = self._side(g["began_x"], ctx)
            if g["began_y"] is None:
                return _one_sided(text, ctx.ref, a, None, "began")
            b = self._forward(g["began_y"], self._side(g["began_y"], ctx, end=True), a, ctx)
            return _two_sided(text, ctx.ref, a, b)
        if kind == "hours" and self.v.clock_at:
            # "das 8h às 18h": each hour read after the pack's joining word ("às 8h")
            at = self.v.clock_at[0]
            return self._two(text, f"{at} {g['hours_x']}", f"{at} {g['hours_y']}", ctx)
        if kind == "pair":
            return self._two(text, g["pair_x"], g["pair_y"], ctx)
        if kind == "from" and g["from_y"] is None and s.startswith(self.ahead_starts):
            # "a partir de segunda-feira", "a partir del lunes": the next one on or after
            # the reference, from then on (ongoing when it began before the reference);
            # only a name the words leave open: a date with its month keeps the nearest
            last = a = self._side(g["from_x"], ctx)
            if a.rule in _OPEN_NAMES:
                a = self._side(g["from_x"], ctx._replace(future=True))
            if a.rule == "day-number" and a.date is not None and a.date.latest < ctx.ref:
                a = self._ahead(g["from_x"], ctx) or a  # "a partir do dia 5": the next 5th
            assert a.date is not None and last.date is not None
            res = _one_sided(text, ctx.ref, a, None, "from", ongoing=a.date.earliest < ctx.ref)
            if last.date.earliest < a.date.earliest:  # the last one stays second, for a verb
                # in the past ("a partir de março, os preços subiram")
                was = _one_sided(text, ctx.ref, last, None, "from", ongoing=True)
                res.alternatives = (Alternative(was, "the last one (read back)", "past"),)
            return res
        if kind == "from" and g["from_y"] is None:
            a = self._side(g["from_x"], ctx)
            if a.type == "TIME" and a.rule == "day-part" and s.startswith(self.of_starts):
                return None  # "de manhã", "de madrugada": a part of the day, no start
            return _one_sided(text, ctx.ref, a, None, "from")
        if kind == "from":
            try:
                return self._two(text, g["from_x"], g["from_y"], ctx)
            except DateError:
                # "from mid-2019 to early 2020": the split at the hyphen fails, so split
                # what follows "from" at its connector word
                split = self._word_split(text, s[m.start("from_x") :], ctx)
                if split is None:
                    raise
                return split
        return self._two(text, g["btw_x"], g["btw_y"], ctx)

    def _month_days(self, text: str, m: re.Match[str], ctx: _Ctx) -> Resolution:
        """``September 11-20, 2023``: two days of one month, the year written once or not."""
        end = self._point(
            f"{m.group('m')} {m.group('d2')}" + (f", {m.group('y')}" if m.group("y") else ""), ctx
        )
        if end is None or end.date is None:
            raise _Unknown(text)
        e = end.date.earliest
        start = _Point("range-day", FuzzyDate.day(_date(e.year, e.month, int(m.group("d1")), text)))
        return _two_sided(text, ctx.ref, start, end)

    def _season_of(self, s: str, ctx: _Ctx) -> _Point | None:
        """``s`` read as a season ("winter 2022", "the winter of 2022"), or None."""
        try:
            p = self._point(s, ctx)
        except DateError:
            return None
        ok = p is not None and p.date is not None and p.date.precision is Precision.SEASON
        return p if ok else None

    def _is_now(self, s: str) -> bool:
        """Whether ``s`` names the present as a range's end ("present", "la fecha", "os
        dias de hoje"), its fillers and articles aside."""
        first, _, rest = _sp(s).partition(" ")
        while first in self.v.fillers and rest:
            first, _, rest = rest.partition(" ")
        return (f"{first} {rest}" if rest else first) in self.v.now_words

    def _since(self, text: str, x: str, ctx: _Ctx, rule: str) -> Resolution:
        """From ``x`` on, ongoing as of the reference: "since X", "X to present"."""
        a = self._vague_start(x, ctx) or self._side(x, ctx)
        if a.date is not None and a.date.earliest > ctx.ref:
            # "since October" written in September, "desde o dia 1º": something under
            # way began before the reference, so the last such date, if it reads
            back = self._last_one(x, ctx)
            if back is not None and back.date is not None and back.date.earliest <= ctx.ref:
                a = back
        return _one_sided(text, ctx.ref, a, None, rule, ongoing=True)

    def _hour_pair(self, left: str, right: str, ctx: _Ctx) -> tuple[_Point, _Point] | None:
        """The two hours of "entre 2 e 5 da tarde", "de 2 a 5 de la tarde", "das 14h às 16h
        de amanhã", "from 9 to 11 am": what follows the last hour (its a.m. or p.m., its
        part of the day, its day) holds for the first too. None unless the first side is an hour alone and the last one, so
        read, a clock time; a bare number first ("entre 2 e 5 de outubro") only takes a
        part of the day, and only when it keeps the first hour before the last."""
        if not self.v.clock_at:
            return None
        ml, mr = self.hour_side_re.fullmatch(left), self.hour_side_re.fullmatch(right)
        if ml is None or mr is None or ml.group("tail") or not mr.group("tail"):
            return None
        tail = mr.group("tail")
        marked = ml.group("at") or ml.group("mi") or ml.group("mk")
        # "from 9 to 11 am": the last hour's a.m. or p.m. holds for the first too
        meridian = tail.split()[0] in self.v.clock_marks
        if not marked and not meridian and not self.hour_part_re.match(tail):
            return None
        at = self.v.clock_at[0]
        hour = "".join(mr.group(g) or "" for g in ("h", "mi", "mk"))
        first = "".join(ml.group(g) or "" for g in ("h", "mi", "mk"))
        try:
            b = self._point(f"{at} {hour}{tail}", ctx)
            a = self._point(f"{at} {first}{tail}", ctx)
            if meridian and a is not None and b is not None and (a.timex or "") > (b.timex or ""):
                # "from 11 to 1 pm": the first hour is before noon, the rest is the day's
                rest = tail.split(None, 1)[1:]
                a = self._point(f"{at} {first}" + (f" {rest[0]}" if rest else ""), ctx)
        except DateError:
            return None
        if a is None or b is None or a.type != "TIME" or b.type != "TIME":
            return None
        if a.date is None or b.date is None or (a.timex or "") > (b.timex or ""):
            return None
        return a, b

    def _listed(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "em julho e agosto", "nos anos de 2022 e 2023", "en marzo, abril y mayo": months
        or years listed, as one stretch from the first to the last (as days listed are);
        the year written once, at the end, holds for the first too."""
        try:
            b = self._point(m.group("b"), ctx)
            if b is None or b.date is None or b.date.precision not in _LISTED:
                return None
            if re.search(r"\d{4}", m.group("b")):  # "julho e agosto de 2022"
                a = self._left_side(m.group("a"), b, ctx)
            else:
                a = self._point(m.group("a"), ctx)
        except DateError:
            return None
        if a is None or a.date is None or a.date.precision is not b.date.precision:
            return None
        b = self._forward(m.group("b"), b, a, ctx)  # "dezembro e janeiro": the next January
        assert b.date is not None
        if a.date.latest >= b.date.earliest or a.date.part or b.date.part:
            return None  # listed in order, whole months or years
        note = f"from {a.date.label} to {b.date.label}, listed"
        return _Point("list", None, note, window=(a.date, b.date))

    def _ahead_lead(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "para el lunes", "para março", "para 2030": the date a plan is for, a name the
        words leave open read forward (the next one on or after the reference)."""
        p = self._point(m.group("rest"), ctx._replace(future=True))
        return None if p is None or (p.date is None and p.window is None) else p

    def _vague_start(self, x: str, ctx: _Ctx) -> _Point | None:
        """The start of "desde há semanas", "desde hace unos meses": about the units the
        pack's "a few" counts back (three), the unit at its precision, approximate; None
        when ``x`` is no vague stretch back."""
        x = x.strip()
        if not x.startswith(self.ago_before_starts):
            return None
        try:
            p = self._point(x, ctx)
        except DateError:
            return None
        if p is None or p.date is not None or p.timex != "PAST_REF":
            return None
        if p.window is not None:  # "hace unos meses": about three months back already
            d = p.window[0]
        else:  # "há semanas": no count, so about the pack's few
            m = self.ago_before_re.fullmatch(x)
            if m is None or m.group("u") not in self.v.plurals:
                return None
            unit = self.v.units[m.group("u")]
            q = self._offset_by(_FEW, unit, -1, ctx)
            if q is None or q.date is None:
                return None
            d = q.date.approx()
        return _Point("vague-since", d, f"about {d.label}, some time before", mod="APPROX")

    def _ahead(self, x: str, ctx: _Ctx) -> _Point | None:
        """``x`` read as the next one after the reference ("dia 5" -> "proximo dia 5"),
        when it reads so; None when it does not."""
        first, _, rest = x.strip().partition(" ")
        while first in self.v.fillers and rest:
            x = rest
            first, _, rest = x.partition(" ")
        try:
            p = self._point(f"{self.ahead_word} {x}", ctx)
        except DateError:
            return None
        if p is None or p.date is None or p.date.earliest < ctx.ref:
            return None
        return p

    def _last_one(self, x: str, ctx: _Ctx) -> _Point | None:
        """``x`` read with the pack's word for "last" before it, its fillers aside ("the
        25th" -> "last 25th", "março" -> "último março"): the last such date, for a stretch
        under way ("since October") or ended ("the year ended March 31"); None when it
        does not read so."""
        x = x.strip()
        first, _, rest = x.partition(" ")
        while first in self.v.fillers and rest:
            x = rest
            first, _, rest = x.partition(" ")
        try:
            return self._point(f"{self.back_word} {x}", ctx)
        except DateError:
            return None

    def _two(self, text: str, left: str, right: str, ctx: _Ctx) -> Resolution:
        left, right = left.strip(), right.strip()
        if self._is_now(right):  # "2019 to present", "desde 2019 até agora"
            return self._since(text, left, ctx, "to-now")
        year = left.rpartition(" ")[2]  # "in 2022-23": the year after the filler
        if len(right) == 2 and right.isdigit() and len(year) == 4 and year.isdigit():
            end = int(year[:2] + right)  # "1990-91", "1999-00"
            end += 100 if end <= int(year) else 0
            if end - int(year) > 10:
                raise _Unknown(text)  # "2023-13" is a bad month, not 2023 to 2113
            whole = self._point(left, ctx) if left != year else None
            if (
                whole is not None
                and whole.date is not None
                and whole.date.precision is Precision.SEASON
                and whole.date.latest.year == end
            ):
                return _point_resolution(text, ctx.ref, whole)  # "the winter of 1941-42"
            right = str(end)
        hours = self._hour_pair(left, right, ctx)
        if hours is not None:  # "entre 2 e 5 da tarde": both hours in the afternoon
            return _two_sided(text, ctx.ref, *hours)
        dm = self.day_only_re.fullmatch(right)
        if dm is not None and not self._weekday_word(dm):
            # "from Sept. 18 to 20", "August 10 to 22, 2012", "May eighth - tenth, 2010": the
            # end is a day of the start's month; a year after it belongs to both
            n = self._day_number_of(dm)
            head = self._side(left + (f", {dm.group('y')}" if dm.group("y") else ""), ctx)
            if head.date is None or head.date.precision is not Precision.DAY or n is None:
                raise _Unknown(right)
            if head.type != "TIME":  # "entre las 8 y las 10": hours, not a day number
                s0 = head.date.earliest
                tail = _Point("range-day", FuzzyDate.day(_date(s0.year, s0.month, n, right)))
                return _two_sided(text, ctx.ref, head, tail)
        b = self._side(right, ctx, end=True)
        a = self._left_side(left, b, ctx)
        first = a.date if a is not None else None
        if a is None or first is None:
            raise _Unknown(left)
        return _two_sided(text, ctx.ref, a, self._forward(right, b, a, ctx))

    def _forward(self, right: str, b: _Point, a: _Point, ctx: _Ctx) -> _Point:
        """The end of a range, read forward from its start when it reads before it: "from
        Monday to Wednesday", "comenzó el lunes y termina el viernes"."""
        assert a.date is not None
        first = a.date
        if b.date is not None and first.earliest > b.date.latest and not re.search(r"\d{4}", right):
            later = self._point(right, _Ctx(ctx.text, first.earliest, True, ctx.south, ctx.anchors))
            if later is not None and later.date is not None:
                return later
        return b

    def _side(self, s: str, ctx: _Ctx, *, end: bool = False) -> _Point:
        p = self._point(s.strip(), ctx)
        if p is None and self.v.day_articles and s.strip().isdigit() and len(s.strip()) <= 2:
            # "hasta el 15", "a partir del 5": the range word took the day's article
            p = self._point(f"{self.v.day_articles[0]} {s.strip()}", ctx)
        if p is not None and p.date is None and p.timex == "PRESENT_REF":
            # "until now", "até agora", "desde 2019 hasta ahora": the reference day
            p = _Point(p.rule, FuzzyDate.day(ctx.ref), "the reference day")
        elif p is not None and p.date is None and p.timex == "PAST_REF" and end and not p.window:
            # "until recently", "até recentemente": up to about the reference
            p = _Point(p.rule, FuzzyDate.day(ctx.ref).approx(), "about the reference day")
        span = _find_anchor(s.strip(), ctx.anchors, self.v.fillers) if p is None else None
        if span is not None:
            d = (span.end or span.start) if end else (span.start or span.end)
            if d is not None:
                p = _Point("anchor", d, f"the date of {_original(s.strip(), ctx)} ({d.label})")
        if p is None or p.date is None:
            raise _Unknown(s)
        return p

    def _weekday_word(self, m: re.Match[str]) -> bool:
        """Is the day a ``day_only_re`` match names in words a weekday's name too ("sexta" is
        sixth and Friday, "segunda" second and Monday)? Then it is the weekday."""
        w = _group(m, "dw")
        return w is not None and w in self.v.weekdays

    def _day_number_of(self, m: re.Match[str]) -> int | None:
        """The day a ``day_only_re`` match names ("22", "15th", "tenth", "vinte e dois")."""
        if m.group("d"):
            return int(m.group("d"))
        if _group(m, "dc"):
            n = _number(m.group("dc"), self.v)
        else:
            n = self.v.ordinals.get(m.group("dw"))
        return n if n is not None and 0 < n <= 31 else None

    def _left_side(self, left: str, right: _Point, ctx: _Ctx) -> _Point | None:
        """The start of ``X to Y``, borrowing the month or year it leaves out from Y."""
        assert right.date is not None
        r = right.date.earliest
        left = left.strip()
        dm = self.day_only_re.fullmatch(left)
        if (
            dm is not None
            and not dm.group("y")
            and right.date.precision is Precision.DAY
            and right.type != "TIME"  # "entre las 8 y las 10": hours, not day numbers
            and not self._weekday_word(dm)
        ):
            # "10 - 22 August", "from 13th to 15th July", "eighth to eleventh May 2010"
            n = self._day_number_of(dm)
            if n is not None:
                return _Point("range-day", FuzzyDate.day(_date(r.year, r.month, n, left)))
        p = self._point(left, ctx)
        if (
            p is not None
            and p.date is not None
            and not re.search(r"\d{4}", left)
            and re.search(r"\d{4}", right.date.timex)
        ):
            # "27 September to 10 November 2020": the year written once, at the end
            q = self._point(f"{left} {r.year}", ctx)
            if q is not None and q.date is not None:
                if q.date.earliest > right.date.latest and q.date.earliest.month > r.month:
                    q = self._point(f"{left} {r.year - 1}", ctx) or q
                return q
        return p

    def _direction_date(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "el pasado 18 de septiembre", "no próximo dia 25": the date the rest names,
        without a year, strictly before (or after) the reference."""
        rest = m.group("rest")
        off = self.v.directions[m.group("dir")]
        if rest.isdigit() or self.day_number_re.fullmatch(rest):
            n = int(re.sub(r"\D", "", rest)[:2])
            day = _day_number_toward(n, ctx.ref, off)
            if day is None:
                return None
            note = f"the {'last' if off < 0 else 'next'} day {n} of a month"
            return _Point("direction-day", FuzzyDate.day(day), note)
        inner = self._point(rest, ctx._replace(future=off > 0))
        if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
            return None
        if inner.type == "TIME":
            return None  # "as últimas 24 horas": a count of hours, not a clock time moved
        d = inner.date.earliest
        if re.search(r"\d{4}", rest):
            return inner  # a year is written: the direction only repeats it
        y = d.year
        while (off < 0 and d >= ctx.ref) or (off > 0 and d <= ctx.ref):
            y += -1 if off < 0 else 1
            d = _nearest_date(date(y, 7, 1), d.month, d.day, rest, future=False)
            if abs(y - ctx.ref.year) > 8:
                return None
        note = f"the {'last' if off < 0 else 'next'} {day_label(d)}"
        return _Point("direction-date", FuzzyDate.day(d), note, warnings=inner.warnings)

    def _whole_after(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "o ano passado todo", "no ano passado inteiro", "la semana entera": the period the
        rest names, whole (the word after it changes nothing)."""
        inner = self._point(m.group("rest"), ctx)
        return None if inner is None or inner.date is None else inner

    def _day_checked(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "hoje (19)", "amanhã (20)", "yesterday (18)": the day the words name, its number in
        brackets only confirming it (a clash is a warning, as with "Monday (19)")."""
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
            return None
        d, n = inner.date.earliest, int(m.group("d"))
        if d.day != n:
            clash = f"{_original(m.group('rest'), ctx)} ({n}): the day is {day_label(d)}"
            inner.warnings = (*inner.warnings, clash)
        return inner

    def _trailing_direction(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "segunda-feira passada", "setembro que vem": the name with its direction first."""
        return self._point(f"{m.group('dir')} {m.group('name')}", ctx)

    def _offset_from(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "a week from Friday" (the coming one), "two days from tomorrow": a day, counted
        from a day."""
        rest = m.group("rest")
        # a bare weekday counted from is the coming one; any other day as it reads
        bare = rest.strip().rstrip(".") in self.v.weekdays
        start = self._point(rest, ctx._replace(future=True) if bare else ctx)
        n = _number(m.group("n"), self.v)
        if (
            n is None
            or start is None
            or start.date is None
            or start.date.precision is not Precision.DAY
        ):
            return None
        unit = self.v.units[m.group("u")]
        day = start.date.earliest + _step(unit, n)
        note = f"{_count(n, unit)} after {start.date.label}"
        return _Point("offset-from", FuzzyDate.day(day), note, warnings=start.warnings)

    @staticmethod
    def _beside(base: FuzzyDate, n: int, unit: str, after: bool, what: str) -> _Point | None:
        """The ``n`` units right after ``base`` (or right before it), as a window."""
        if n < 1 or unit not in _TIMEML_UNIT or unit in ("hour", "minute", "weekend"):
            return None  # a weekend is no stretch of days in a row
        edge = base.latest + timedelta(days=1) if after else base.earliest
        far = edge + _step(unit, n if after else -n)
        lo, hi = (edge, far - timedelta(days=1)) if after else (far, edge - timedelta(days=1))
        way = "after" if after else "before"
        return _Point(
            "anchor-window",
            None,
            f"the {_count(n, unit)} {way} {what}",
            timex=f"P{n * _UNIT_MULT.get(unit, 1)}{_TIMEML_UNIT[unit]}",
            type="DURATION",
            window=(FuzzyDate.day(lo), FuzzyDate.day(hi)),
        )

    def _anchored(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "three days after the invasion", "the day before Christmas", "the week before
        Christmas": a count of units from an event or a day."""
        after = m.group("way") in self.v.anchor_after
        n = _number(m.group("n"), self.v) if m.group("n") else 1
        unit = self.v.units.get(m.group("u") or m.group("u1") or "day", "day")
        counted = m.group("n") and any(
            f"{a} {m.string}" in _normalise(ctx.text) for a in self.v.articles
        )  # "the two weeks before Christmas": its article went with the fillers
        # "the week before Christmas", "the two weeks after the invasion": that stretch,
        # next to the day, not a day a week away ("two weeks before" is one)
        beside = bool((m.group("u1") and unit != "day") or counted)
        return self._from_event(m.group("name").strip(), n, unit, after, beside, ctx)

    def _eve(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the eve of the election", "on the eve of Christmas", "a véspera da votação",
        "la víspera del juicio": the day before the event or day named. A holiday named
        so ("véspera de Natal de 2024", "Véspera de Ano-Novo") is the holiday rules'."""
        whole = m.string
        if any(whole == k or whole.startswith(k + " ") for k in self.holiday_table):
            return None
        p = self._from_event(m.group("name").strip(), 1, "day", False, False, ctx)
        if p is not None:
            p.rule = "eve"
        return p

    def _from_event(
        self, name: str, n: int | None, unit: str, after: bool, beside: bool, ctx: _Ctx
    ) -> _Point | None:
        """``n`` units after or before the event ``name`` (an anchor) or the day it names."""
        span = _find_anchor(name, ctx.anchors, self.v.fillers)
        if span is None:  # "the day before Christmas", "three days after September 11"
            named = self._point(name, ctx)  # a day only: "the day after the march" is no date
            if (
                named is not None
                and named.date is not None
                and named.date.precision is Precision.DAY
            ):
                span = Span.point(named.date)
        if span is None:
            known = f"{len(ctx.anchors)} known" if ctx.anchors else "no anchors given"
            raise _Fail(f"{_original(name, ctx)!r} is not a known event to date from ({known})")
        if n is None:
            return None
        base = span.end if after else span.start
        if base is None:
            raise _Fail(
                f"{_original(name, ctx)!r} has no known {'end' if after else 'start'} to date from"
            )
        if beside:
            return self._beside(base, n, unit, after, f"{_original(name, ctx)} ({base.label})")
        delta = _step(unit, n if after else -n)
        lo, hi = base.earliest + delta, base.latest + delta
        if base.precision is Precision.DAY or lo == hi:
            d = FuzzyDate.day(lo)
        elif unit == "year":
            d = FuzzyDate.year(lo.year) if lo.year == hi.year else FuzzyDate.day(lo)
        elif unit == "month" and base.precision is Precision.MONTH:
            d = FuzzyDate.month(lo.year, lo.month)
        else:
            d = (
                FuzzyDate.week_of(lo)
                if (hi - lo).days <= 6 and lo.isocalendar()[1] == hi.isocalendar()[1]
                else FuzzyDate.month(lo.year, lo.month)
                if (lo.year, lo.month) == (hi.year, hi.month)
                else FuzzyDate.year(lo.year)
            )
        way = "after" if after else "before"
        return _Point("anchor", d, f"{_count(n, unit)} {way} {_original(name, ctx)} ({base.label})")
