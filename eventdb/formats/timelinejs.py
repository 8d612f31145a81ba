"""Knight Lab TimelineJS JSON: slides with ``start_date``/``end_date``, never finer than known.

A date gives TimelineJS only the fields its precision knows: a day gets year, month and
day; a week its Monday to Sunday; a month, season, quarter or part of a year its months; a
year, decade or century only years. An ongoing event ends at its as-of day. Undated events
have no place on a time axis and are left out. ``display_date`` is the human label.

>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import EventRecord
>>> e = EventRecord(title="Russia invades Ukraine", span=Span.point(FuzzyDate.month(2022, 2)))
>>> slide = timelinejs_document([e])["events"][0]
>>> slide["start_date"], "end_date" in slide, slide["display_date"]
({'year': 2022, 'month': 2}, False, 'February 2022')
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from ..dates import FuzzyDate, Precision
from ..records import EventRecord
from ._common import chronological, label_of, one_line, phrase_of, span_of

__all__ = ["lane_of", "timelinejs_document", "tl_date", "write_timelinejs"]

_DAYS = (Precision.DAY, Precision.WEEKEND, Precision.WEEK)
_MONTHS = (Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF)


def tl_date(d: FuzzyDate | date, *, end: bool = False) -> dict[str, int]:
    """A TimelineJS date object for the first (or, with ``end``, last) day of ``d``, with only
    the fields its precision knows.

    >>> tl_date(FuzzyDate.week(2023, 37)), tl_date(FuzzyDate.week(2023, 37), end=True)
    ({'year': 2023, 'month': 9, 'day': 11}, {'year': 2023, 'month': 9, 'day': 17})
    >>> tl_date(FuzzyDate.decade(1990), end=True)
    {'year': 1999}
    """
    if isinstance(d, date):
        return {"year": d.year, "month": d.month, "day": d.day}
    x = d.latest if end else d.earliest
    if d.precision in _DAYS:
        return {"year": x.year, "month": x.month, "day": x.day}
    if d.precision in _MONTHS or (d.precision is Precision.YEAR and d.part is not None):
        return {"year": x.year, "month": x.month}
    return {"year": x.year}


def lane_of(e: EventRecord, lanes: str | None) -> str:
    """The lane (TimelineJS ``group``) of an event: its first actor or its type, else ``""``.

    >>> from eventdb.dates import Span
    >>> from eventdb.records import ActorRef
    >>> e = EventRecord(title="Talks", span=Span(None, None), type="meeting",
    ...                 actors=[ActorRef("Armenia"), ActorRef("Russia")])
    >>> lane_of(e, "actor"), lane_of(e, "type"), lane_of(e, None)
    ('Armenia', 'meeting', '')
    """
    if lanes == "actor":
        return e.actors[0].name if e.actors else ""
    if lanes == "type":
        return e.type
    return ""


def _text(e: EventRecord) -> str:
    esc = html.escape
    parts: list[str] = []
    if e.summary:
        parts.append(f"<p>{esc(one_line(e.summary))}</p>")
    for c in e.citations:
        phrase = phrase_of(c)
        if phrase:
            parts.append(f"<p>Dated by “{esc(one_line(phrase))}” → {esc(c.span.label)}</p>")
        if c.quote:
            parts.append(f"<blockquote>{esc(one_line(c.quote))}</blockquote>")
        s = c.source
        name = esc(one_line(s.title))
        if s.url.startswith(("http://", "https://")):
            name = f'<a href="{esc(s.url.strip())}">{name}</a>'
        cite = ", ".join(x for x in (name, esc(one_line(s.publisher))) if x)
        if s.published is not None:
            cite += f", {esc(s.published.label)}"
        parts.append(f"<p>Source: {cite}</p>")
    return "".join(parts)


def timelinejs_document(
    events: Iterable[EventRecord], *, title: str = "Chronology", lanes: str | None = None
) -> dict[str, Any]:
    """The TimelineJS JSON object (``title`` and ``events``) for ``events``, in date order.

    >>> timelinejs_document([], title="A & B")
    {'title': {'text': {'headline': 'A &amp; B', 'text': ''}}, 'events': []}
    """
    slides: list[dict[str, Any]] = []
    for e in chronological(events):
        span = span_of(e)
        if not e.dated or span.start is None:
            continue
        slide: dict[str, Any] = {"start_date": tl_date(span.start)}
        if span.ongoing:
            if span.as_of is not None:
                slide["end_date"] = tl_date(span.as_of)
        elif span.end is not None:
            last = tl_date(span.end, end=True)
            if last != slide["start_date"]:
                slide["end_date"] = last
        slide["display_date"] = label_of(e)
        slide["text"] = {"headline": html.escape(one_line(e.title)), "text": _text(e)}
        group = lane_of(e, lanes)
        if group:
            slide["group"] = group
        if e.slug:
            slide["unique_id"] = e.slug
        slides.append(slide)
    return {
        "title": {"text": {"headline": html.escape(one_line(title)), "text": ""}},
        "events": slides,
    }


def write_timelinejs(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    lanes: str | None = None,
) -> None:
    """Write TimelineJS JSON (indented, deterministic); ``lanes`` sets ``group`` by
    ``"actor"`` or ``"type"``.

    >>> import io
    >>> out = io.StringIO()
    >>> write_timelinejs([], out, title="Empty")
    >>> json.loads(out.getvalue())["events"]
    []
    """
    doc = timelinejs_document(events, title=title, lanes=lanes)
    out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
