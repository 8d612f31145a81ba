"""Turning what a rule read into a :class:`~eventdb.resolve.result.Resolution`: points,
windows, one- and two-sided ranges, parts and sets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from ..dates import FuzzyDate, Part, Precision, Span
from .calendar import _TIMEML_UNIT, _UNIT_MULT
from .core import _Ctx, _Point
from .result import Alternative, Resolution
from .text import _fold, _number
from .vocab import Vocabulary


def _with_part(inner: _Point, part: Part, word: str) -> _Point:
    assert inner.date is not None
    d = inner.date
    note = f"{inner.note}; the {part.value} part of it".lstrip("; ")
    if (
        d.precision
        in (Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.DECADE, Precision.CENTURY)
        and d.part is None
    ):
        return _Point(inner.rule + "+part", d.narrow(part), note, warnings=inner.warnings)
    # seasons, quarters, days: the part is kept as a TimeML mod only ("no fim da tarde" keeps
    # the afternoon's TIME value)
    timex = inner.timex if inner.type == "TIME" else None
    return _Point(
        inner.rule + "+part",
        d,
        note,
        timex=timex,
        mod=part.mod,
        type=inner.type,
        warnings=inner.warnings,
    )


def _set(m: re.Match[str], v: Vocabulary) -> _Point:
    u = m.group("u") or m.group("wp") or m.group("u2")
    n = _number(m.group("n"), v) if m.group("n") else 1
    if u in v.weekday_plurals:
        timex = f"XXXX-WXX-{v.weekday_plurals[u] + 1}"
    elif u in v.weekdays:
        timex = f"XXXX-WXX-{v.weekdays[u] + 1}"
    elif u in v.seasons:
        timex = f"XXXX-{v.seasons[u]}"
    else:
        unit = v.units[u]
        timex = f"P{(n or 1) * _UNIT_MULT.get(unit, 1)}{_TIMEML_UNIT[unit]}"
    return _Point("set", None, "a recurring time", timex=timex, type="SET")


def _original(part: str, ctx: _Ctx) -> str:
    """``part`` of the normalised phrase as the user wrote it (for messages)."""
    i = ctx.text.lower().find(part)
    return ctx.text[i : i + len(part)] if i >= 0 else part


def _find_anchor(
    name: str, anchors: Mapping[str, Span] | None, articles: frozenset[str] = frozenset()
) -> Span | None:
    """The span of the event ``name`` (case, accents and a leading "the" or any of the
    pack's ``articles`` aside): a direct lookup first, then one pass over the names."""
    if not anchors:
        return None
    want = name.lower().strip()
    bare = want.removeprefix("the ")
    for key in (name, want, bare, "the " + bare):
        span = anchors.get(key)
        if span is not None:
            return span
    drop = articles | {"the"}
    target = _bare_name(want, drop)
    for k, span in anchors.items():
        if _bare_name(k.lower(), drop) == target:
            return span
    return None


def _bare_name(name: str, articles: frozenset[str]) -> str:
    """``name`` folded, without the articles it opens with ("a invasão" -> "invasao")."""
    first, _, rest = _fold(name).strip().partition(" ")
    while first in articles and rest:
        first, _, rest = rest.partition(" ")
    return f"{first} {rest}".strip()


def _point_resolution(text: str, ref: date, p: _Point) -> Resolution:
    res = _point_reading(text, ref, p)
    if p.alts:
        res.alternatives = tuple(
            Alternative(_point_reading(text, ref, q), why, q.side) for q, why in p.alts
        )
    return res


def _point_reading(text: str, ref: date, p: _Point) -> Resolution:
    d = p.date
    if p.window is not None:
        lo, hi = p.window
        return Resolution(
            text=text,
            reference=ref,
            rule=p.rule,
            start=lo,
            end=hi,
            timex=p.timex,
            mod=p.mod,
            earliest=lo.earliest,
            latest=hi.latest,
            type=p.type,
            note=p.note or _REF_NOTES.get(p.timex or "", ""),
            warnings=p.warnings,
        )
    if d is None:
        timex = p.timex
        start = end = None
        if timex == "PRESENT_REF":
            start = end = FuzzyDate.day(ref)
        elif timex == "PAST_REF":
            end = FuzzyDate.day(ref)
        elif timex == "FUTURE_REF":
            start = FuzzyDate.day(ref)
        return Resolution(
            text=text,
            reference=ref,
            rule=p.rule,
            start=start,
            end=end,
            timex=timex,
            mod=p.mod,
            earliest=start.earliest if start is not None else None,
            latest=end.latest if end is not None else None,
            type=p.type,
            note=p.note or _REF_NOTES.get(timex or "", ""),
            warnings=p.warnings,
        )
    return Resolution(
        text=text,
        reference=ref,
        rule=p.rule,
        start=d,
        end=d,
        timex=p.timex,
        mod=p.mod,
        earliest=d.earliest,
        latest=d.latest,
        type=p.type,
        note=p.note,
        warnings=p.warnings,
    )


_REF_NOTES = {
    "PRESENT_REF": "the present, as of the reference",
    "PAST_REF": "some time before the reference",
    "FUTURE_REF": "some time after the reference",
}


def _one_sided(
    text: str, ref: date, a: _Point | None, b: _Point | None, rule: str, *, ongoing: bool = False
) -> Resolution:
    p = a if a is not None else b
    assert p is not None and p.date is not None
    warnings = (a.warnings if a else ()) + (b.warnings if b else ())
    return Resolution(
        text=text,
        reference=ref,
        rule=f"{rule}+{p.rule}",
        start=a.date if a is not None else None,
        end=b.date if b is not None else None,
        ongoing=ongoing,
        timex=p.timex,
        mod=p.mod,
        earliest=p.date.earliest,
        latest=p.date.latest,
        note=p.note,
        warnings=warnings,
    )


def _two_sided(text: str, ref: date, a: _Point, b: _Point) -> Resolution:
    assert a.date is not None and b.date is not None
    if (
        a.type == b.type == "TIME"
        and a.date == b.date
        and a.timex is not None
        and b.timex is not None
        and "T" in b.timex
        and b.timex < a.timex
    ):
        # "das 22h às 2h", "from 10 pm to 2 am": the hours run past midnight, so the end
        # is on the next day
        day = FuzzyDate.day(b.date.earliest + timedelta(days=1))
        note = f"the next day, at {b.timex[11:]}: the hours run past midnight"
        b = _Point(b.rule, day, note, timex=day.timex + b.timex[10:], type="TIME")
    assert b.date is not None
    Span(a.date, b.date)  # raises if the range ends before it starts
    return Resolution(
        text=text,
        reference=ref,
        rule=f"range:{a.rule}..{b.rule}",
        start=a.date,
        end=b.date,
        earliest=a.date.earliest,
        latest=b.date.latest,
        warnings=a.warnings + b.warnings,
        note="; ".join(f"{k}: {n}" for k, n in (("start", a.note), ("end", b.note)) if n),
    )


def _span_resolution(text: str, ref: date, span: Span, rule: str, note: str) -> Resolution:
    return Resolution(
        text=text,
        reference=ref,
        rule=rule,
        start=span.start,
        end=span.end,
        ongoing=span.ongoing,
        timex=span.start.timex if span.is_point and span.start else None,
        earliest=span.earliest,
        latest=span.end.latest if span.end is not None else None,
        note=note,
    )
