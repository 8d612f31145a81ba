"""Knight Lab TimelineJS JSON: slides with ``start_date``/``end_date``, never finer than known.

A date gives TimelineJS only the fields its precision knows: a day gets year, month and
day; a week its Monday to Sunday; a month, season, quarter or part of a year its months; a
year, decade or century only years. ``display_date`` is the human label.

Every event is a slide. An ongoing event ends at its as-of day, else at ``today`` (the
export date) when it is given; its label says "ongoing". An undated event sits at its
source's publication date, labelled "before 19 September 2023", in a group of its own. The
title slide carries the chronology's title, span and counts. With ``lanes``, the ten
largest lanes keep their names and the rest share "Other".

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
from ._common import (
    MAX_LANES,
    OTHER_LANE,
    UNDATED_LANE,
    chronological,
    chronology_summary,
    label_of,
    lane_names,
    lane_of,
    one_line,
    phrase_of,
    safe_url,
    span_of,
)
from .report import WriteReport, tally

__all__ = [
    "MAX_LANES",
    "OTHER_LANE",
    "UNDATED_LANE",
    "chronology_summary",
    "lane_names",
    "lane_of",
    "timelinejs_document",
    "tl_date",
    "write_timelinejs",
]

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


def _plain(text: str) -> str:
    """A ``display_date`` or ``group``: one line, HTML-escaped twice.

    TimelineJS 3.9 reads these two fields as HTML, keeps only their text (which decodes
    ``&lt;`` back to ``<``) and then writes that text into the page as HTML. Escaped once,
    ``<img onerror=...>`` would come back to life; escaped twice, it is shown as written.
    (``headline`` and ``text`` go through DOMPurify instead, and are escaped once.)

    >>> _plain("A & <B>")
    'A &amp;amp; &amp;lt;B&amp;gt;'
    """
    return html.escape(html.escape(one_line(text)))


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
        url = safe_url(s.url)
        if url:
            name = f'<a href="{esc(url)}">{name}</a>'
        cite = ", ".join(x for x in (name, esc(one_line(s.publisher))) if x)
        if s.published is not None:
            cite += f", {esc(s.published.label)}"
        parts.append(f"<p>Source: {cite}</p>")
    return "".join(parts)


def _slide(e: EventRecord, group: str, today: date | None) -> dict[str, Any] | None:
    span = span_of(e)
    slide: dict[str, Any]
    if not e.dated or span.start is None:
        # Undated: at the source's date (the day it was reported by), in a group of its own.
        where = span.end if span.end is not None else span.as_of
        if where is None:
            return None
        slide = {"start_date": tl_date(where, end=True)}
    else:
        slide = {"start_date": tl_date(span.start)}
        if span.ongoing:
            stop = span.as_of or today
            if stop is not None:
                slide["end_date"] = tl_date(stop)
        elif span.end is not None:
            last = tl_date(span.end, end=True)
            if last != slide["start_date"]:
                slide["end_date"] = last
    slide["display_date"] = _plain(label_of(e))
    slide["text"] = {"headline": html.escape(one_line(e.title)), "text": _text(e)}
    if group:
        slide["group"] = _plain(group)
    if e.slug:
        slide["unique_id"] = e.slug
    return slide


def _document(
    events: Iterable[EventRecord], title: str, lanes: str | None, today: date | None
) -> tuple[dict[str, Any], WriteReport]:
    ordered = chronological(events)
    slides: list[dict[str, Any]] = []
    left = 0
    for e, group in zip(ordered, lane_names(ordered, lanes), strict=True):
        slide = _slide(e, group, today)
        if slide is None:
            left += 1
        else:
            slides.append(slide)
    text = ""
    if ordered:
        text = f"<p>{html.escape(chronology_summary(ordered, days=True))}</p>"
        if any(not e.dated for e in ordered):
            text += (
                "<p>Undated events are shown at the date of the source that mentions them, "
                "in a group of their own.</p>"
            )
    doc = {
        "title": {"text": {"headline": html.escape(one_line(title)), "text": text}},
        "events": slides,
    }
    return doc, tally(len(slides), {("undated, with no source date", ""): left})


def timelinejs_document(
    events: Iterable[EventRecord],
    *,
    title: str = "Chronology",
    lanes: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """The TimelineJS JSON object (``title`` and ``events``) for ``events``, in date order;
    ``today`` ends an ongoing event that has no as-of day.

    >>> timelinejs_document([], title="A & B")
    {'title': {'text': {'headline': 'A &amp; B', 'text': ''}}, 'events': []}
    """
    return _document(events, title, lanes, today)[0]


def write_timelinejs(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    lanes: str | None = None,
    today: date | None = None,
) -> WriteReport:
    """Write TimelineJS JSON (indented, deterministic) and return what was written;
    ``lanes`` sets ``group`` by ``"actor"`` or ``"type"``; ``today`` (the export date) ends
    an ongoing event that has no as-of day.

    >>> import io
    >>> out = io.StringIO()
    >>> write_timelinejs([], out, title="Empty")
    WriteReport(written=0, left_out=())
    >>> json.loads(out.getvalue())["events"]
    []
    """
    doc, report = _document(events, title, lanes, today)
    out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return report
