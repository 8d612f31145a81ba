"""The visual timeline: one self-contained HTML page (inline CSS, JS and SVG, no fetches).

The page draws each event on a time axis: a dot for a day, a bar for a span, a faded extent
where the date is imprecise, an arrow to the as-of day for an ongoing event, and undated
events in a lane of their own, ending at their source's date. The axis gives each year (or
month) a width by its length and its number of events; an overview strip shows the whole
chronology on it, and the detail below draws the period brushed on the strip, opened at the
newest events, rows in date order. Search and filters (type, actor, place, tag) run in the
page. Lanes by first actor or by type are an option (the ten largest; the rest in "Other").
Hovering or focusing a mark shows a card with the date label, the full title, the phrase as
written, the quote and the source; the arrow keys move between events. Below the chart, a
plain list of every event: on a narrow screen, the list is the timeline.

The template is ``timeline.html`` beside this module; the data go in as JSON, escaped so
that no user text can close the script element. A Content-Security-Policy forbids every
network fetch.

>>> import io
>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import EventRecord
>>> e = EventRecord(title="</script><script>alert(1)</script>",
...                 span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
>>> out = io.StringIO()
>>> write_html([e], out, title="Armenia")
WriteReport(written=1, left_out=())
>>> page = out.getvalue()
>>> page.count("<script"), "alert(1)</script>" in page
(2, False)
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterable
from datetime import date
from importlib import resources
from typing import Any, TextIO

from ..dates import Precision
from ..records import CitationRecord, EventRecord
from ._common import (
    UNDATED_LANE,
    adopted,
    chronological,
    chronology_summary,
    label_of,
    lane_names,
    one_line,
    others,
    phrase_of,
    safe_url,
    span_of,
)
from .report import WriteReport

__all__ = ["UNDATED_LANE", "timeline_data", "write_html"]

_PLACEHOLDER = re.compile(r"%%([A-Z]+)%%")
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


@functools.lru_cache(maxsize=1)
def _template() -> str:
    return resources.files(__package__).joinpath("timeline.html").read_text(encoding="utf-8")


_SourceCache = dict[int, tuple[str, str]]


def _telling(e: EventRecord) -> CitationRecord | None:
    """The citation the card shows: the adopted one, unless another has the phrase as
    written (or, failing that, a quote) and it has not."""
    first = adopted(e)
    if first is None or first.phrase:
        return first
    rest = others(e)
    return next((c for c in rest if c.phrase), None) or (
        first if first.quote else next((c for c in rest if c.quote), first)
    )


def _source_text(c: CitationRecord | None, cache: _SourceCache) -> tuple[str, str]:
    if c is None:
        return "", ""
    s = c.source
    hit = cache.get(id(s))
    if hit is not None:
        return hit
    parts = [x for x in (one_line(s.publisher), f"“{one_line(s.title)}”" if s.title else "") if x]
    text = ", ".join(parts)
    if s.published is not None:
        text += f", {s.published.label}"
    url = safe_url(s.url)
    cache[id(s)] = (text, url)
    return text, url


def _mark(e: EventRecord, lane: int, cache: _SourceCache) -> dict[str, Any]:
    span = span_of(e)
    s, end = span.start, span.end
    c = _telling(e)
    item: dict[str, Any] = {}
    if not e.dated or s is None:
        last = end.latest if end is not None else (span.as_of or date.min)
        item.update(k="b", s0=last.toordinal(), s1=last.toordinal())
        item.update(e0=last.toordinal(), e1=last.toordinal())
    elif span.ongoing:
        stop = span.as_of or s.latest
        item.update(k="o", s0=s.earliest.toordinal(), s1=s.latest.toordinal())
        item.update(e0=stop.toordinal(), e1=max(stop, s.latest).toordinal())
    elif end is None or (span.is_point and s.precision is not Precision.DAY):
        last = end.latest if end is not None else s.latest
        kind = "p" if s.earliest == last else "f"
        item.update(k=kind, s0=s.earliest.toordinal(), s1=s.latest.toordinal())
        item.update(
            e0=end.earliest.toordinal() if end else s.earliest.toordinal(), e1=last.toordinal()
        )
    else:
        kind = "p" if s.earliest == end.latest else "s"
        item.update(k=kind, s0=s.earliest.toordinal(), s1=s.latest.toordinal())
        item.update(e0=end.earliest.toordinal(), e1=end.latest.toordinal())
    flags = [d for d in (s, end) if d is not None and (d.approximate or d.uncertain)]
    src, _ = _source_text(c, cache)
    if len(e.citations) > 1:
        n = len(e.citations) - 1
        src += f" (and {n} more citation{'s' if n > 1 else ''})"
    item.update(
        l=lane,
        t=one_line(e.title),
        d=label_of(e),
        p=one_line(phrase_of(c)) if c is not None else "",
        q=one_line(c.quote) if c is not None else "",
        src=src,
        a=1 if flags else 0,
        id=e.slug,
        ty=one_line(e.type),
        ac=[one_line(a.name) for a in e.actors],
        pl=[one_line(p.name) for p in e.places],
        tg=[one_line(t) for t in e.tags],
    )
    return item


def timeline_data(events: Iterable[EventRecord], *, lanes: str | None = None) -> dict[str, Any]:
    """What the page's script draws: ``lanes`` (names) and ``events`` (one mark each, in
    chronological order, undated last), dates as proleptic Gregorian ordinals.

    Mark kinds: ``p`` a day, ``f`` an imprecise point (drawn as its faded extent), ``s`` a
    span (faded where its ends are imprecise), ``o`` ongoing to its as-of day, ``b`` undated
    (before the day in ``e1``).

    >>> timeline_data([])
    {'lanes': [], 'events': []}
    """
    return _timeline_data(chronological(events), lanes, {})


def _timeline_data(
    ordered: list[EventRecord], lanes: str | None, cache: _SourceCache
) -> dict[str, Any]:
    names: list[str] = []
    index: dict[str, int] = {}
    marks: list[dict[str, Any]] = []
    for e, name in zip(ordered, lane_names(ordered, lanes), strict=True):
        if name not in index:
            index[name] = len(names)
            names.append(name)
        marks.append(_mark(e, index[name], cache))
    # Undated last, then the named lanes in order of first event.
    if UNDATED_LANE in index and names[-1] != UNDATED_LANE:
        order = [n for n in names if n != UNDATED_LANE] + [UNDATED_LANE]
        remap = {index[n]: i for i, n in enumerate(order)}
        for m in marks:
            m["l"] = remap[m["l"]]
        names = order
    return {"lanes": names, "events": marks}


def _list_html(events: list[EventRecord], cache: _SourceCache) -> str:
    """The plain list of every event (the narrow-screen timeline, the print copy, the
    no-script fallback); ``data-i`` is the event's index in the page's data."""
    esc = html.escape
    dated = [e for e in events if e.dated]
    undated = [e for e in events if not e.dated]
    out: list[str] = []
    i = 0
    last: int | None = None
    for heading, group in (("Dated", dated), ("Undated: before their source", undated)):
        if not group:
            continue
        if undated:
            out.append(f"<h3>{heading}</h3>")
        out.append('<ol class="events">')
        for e in group:
            src, url = _source_text(adopted(e), cache)
            src_html = esc(src)
            if url:
                src_html = f'<a href="{esc(url)}" rel="noreferrer">{src_html or esc(url)}</a>'
            year = e.span.earliest.year if e.dated and e.span.earliest is not None else None
            mark = f' class="y" data-year="{year}"' if year is not None and year != last else ""
            last = year
            out.append(
                f'<li data-i="{i}"{mark}><span class="date">{esc(label_of(e))}</span>'
                f'<span class="dash"> — </span><span class="title">{esc(one_line(e.title))}</span>'
                + (f' <span class="src">({src_html})</span>' if src_html else "")
                + "</li>"
            )
            i += 1
        out.append("</ol>")
    return "\n".join(out)


def _script_safe(data: str) -> str:
    """JSON that cannot end its <script> element or open a comment inside it."""
    for char, escape in _JSON_ESCAPES:
        data = data.replace(char, escape)
    return data


def write_html(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    lanes: str | None = None,
) -> WriteReport:
    """Write the self-contained timeline page for ``events`` and return what was written
    (every event); ``lanes`` is ``None``, ``"actor"`` (each event's first actor) or
    ``"type"``: the ten largest lanes keep their names, the rest share "Other".

    >>> import io
    >>> out = io.StringIO()
    >>> write_html([], out, title="Empty")
    WriteReport(written=0, left_out=())
    >>> "<title>Empty</title>" in out.getvalue()
    True
    """
    ordered = chronological(events)
    cache: _SourceCache = {}
    data = json.dumps(
        _timeline_data(ordered, lanes, cache), ensure_ascii=False, separators=(",", ":")
    )
    values = {
        "TITLE": html.escape(one_line(title) or "Chronology"),
        "SUMMARY": html.escape(chronology_summary(ordered)),
        "LIST": _list_html(ordered, cache),
        "DATA": _script_safe(data),
    }
    out.write(_PLACEHOLDER.sub(lambda m: values[m.group(1)], _template()))
    return WriteReport(len(ordered))
