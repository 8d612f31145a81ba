"""The resolver's rules for parts of any unit, the unit cut at the reference,
approximations and sets.

Written once for every language: each rule reads its words from the pack through
``self.v`` (see :mod:`eventdb.resolve.vocab`).
"""

from __future__ import annotations

import re

from ...dates import FuzzyDate, Part
from ..calendar import _TIMEML_UNIT, _UNIT_MULT
from ..core import RuleBase, _Ctx, _Point
from ..readings import _set, _with_part
from ..result import describe


class PartRules(RuleBase):
    """Rules for parts of any unit, the unit cut at the reference, approximations and sets."""

    def _to_reference(self, text: str, ctx: _Ctx, side: int) -> _Point | None:
        """The part of the unit ``text`` names before the reference (``side`` -1) or after
        it (+1); None unless the unit holds the reference."""
        inner = self._point(text, ctx)
        if inner is None or inner.date is None:
            return None
        d, ref = inner.date, ctx.ref
        if not d.earliest <= ref <= d.latest:
            return None
        lo, hi = (d.earliest, ref) if side < 0 else (ref, d.latest)
        note = f"{describe(d)}, {'up to' if side < 0 else 'from'} the reference"
        return _Point(
            "so-far" if side < 0 else "rest-of",
            d,
            note,
            window=(FuzzyDate.day(lo), FuzzyDate.day(hi)),
            warnings=inner.warnings,
        )

    def _part(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        word = m.group("p").replace("-", " ")
        part = self.v.part_phrases.get(word) or self.v.parts.get(word)
        inner = self._point(m.group("rest"), ctx)
        if part is None or inner is None or inner.date is None:
            return None
        p = _with_part(inner, Part(part), word)
        side = self.v.relative_parts.get(word)
        d, ref = inner.date, ctx.ref
        if side is not None and d.earliest <= ref <= d.latest:
            # "earlier this month": from the 1st to the reference; "later this year": from
            # the reference to 31 December (TimeML's value stays the part)
            lo, hi = (d.earliest, ref) if side < 0 else (ref, d.latest)
            p.window = (FuzzyDate.day(lo), FuzzyDate.day(hi))
            p.note = (
                f"{inner.note}; the part {'before' if side < 0 else 'after'} the reference".lstrip(
                    "; "
                )
            )
        return p

    def _approx(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None:
            return inner
        note = inner.note + " (approximate)"
        return _Point(
            inner.rule,
            inner.date.approx(),
            note,
            timex=inner.timex if inner.type == "TIME" else None,  # "around 7:15 p.m."
            mod="APPROX",
            type=inner.type,
            warnings=inner.warnings,
        )

    def _or_so(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest") + (m.group("tail") or ""), ctx)
        if inner is None or inner.date is None:
            return None
        return _Point(inner.rule, inner.date.approx(), inner.note + " (approximate)", mod="APPROX")

    def _set_rule(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _set(m, self.v)

    def _freq_set(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "once a week", "uma vez por semana", "dos veces al año": a set of the unit
        (TimeML's value is the unit, P1W; how many times is not kept)."""
        unit = self.v.units[m.group("u")]
        if unit in ("hour", "minute"):
            return None
        timex = f"P{_UNIT_MULT.get(unit, 1)}{_TIMEML_UNIT[unit]}"
        return _Point("set", None, "a recurring time", timex=timex, type="SET")
