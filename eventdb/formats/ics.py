"""iCalendar (RFC 5545): events as all-day VEVENTs that calendars open.

A day-precision event becomes an all-day VEVENT from its first day to the day after its last
(``DTEND`` is exclusive); an ongoing one ends the day after its as-of date. Events coarser
than a day are left out unless ``include_coarse`` is set, when they cover their whole
possible extent and their summary carries the date label. UIDs are stable (the slug, else
a hash of title and date), ``DTSTAMP`` comes from the record's timestamps, so the same
events always give the same bytes.

>>> import io
>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import EventRecord
>>> e = EventRecord(title="Aid trucks arrive", slug="aid",
...                 span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
>>> out = io.StringIO()
>>> write_ics([e], out)
>>> [line for line in out.getvalue().splitlines() if line.startswith("DT")]
['DTSTAMP:20230918T000000Z', 'DTSTART;VALUE=DATE:20230918', 'DTEND;VALUE=DATE:20230919']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import TextIO

from ..dates import FuzzyDate, Precision
from ..records import EventRecord
from ._common import adopted, chronological, label_of, one_line, phrase_of, span_of

__all__ = ["ics_text", "write_ics"]

PRODID = "-//eventdb//eventdb chronology//EN"


def ics_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline.

    >>> ics_text("a, b; c\\nd")
    'a\\\\, b\\\\; c\\\\nd'
    """
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line to at most 75 octets per physical line (RFC 5545 3.1)."""
    if len(line) <= 75 and line.isascii():
        return line + "\r\n"
    raw = line.encode("utf-8")
    parts: list[bytes] = []
    start, limit = 0, 75  # continuation lines start with a space: 74 octets after it
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        parts.append(raw[start:cut])
        start, limit = cut, 74
    parts.append(raw[start:])
    return b"\r\n ".join(parts).decode("utf-8") + "\r\n"


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def _extent(e: EventRecord, include_coarse: bool) -> tuple[date, date] | None:
    """First day and the day after the last, or None when the event is left out."""
    if not e.dated:
        return None
    span = span_of(e)
    s, end = span.start, span.end
    if s is None:
        return None
    last: FuzzyDate | date | None = end
    if span.ongoing:
        last = span.as_of
    if last is None:
        return None
    dates = [s] + ([last] if isinstance(last, FuzzyDate) else [])
    fine = all(d.precision is Precision.DAY and d.part is None for d in dates)
    if not fine and not include_coarse:
        return None
    first = s.earliest
    final = last.latest if isinstance(last, FuzzyDate) else last
    if final < first:
        return None
    return first, final + timedelta(days=1)


def _uid(e: EventRecord) -> str:
    if e.slug:
        return f"{e.slug}@eventdb"
    digest = hashlib.sha1(f"{e.title}\n{e.span.edtf}".encode()).hexdigest()[:16]
    return f"{digest}@eventdb"


def _stamp(e: EventRecord, first: date) -> str:
    t = e.updated_at or e.created_at
    if t is None:
        return f"{_day(first)}T000000Z"
    if t.tzinfo is not None:
        t = t.astimezone(timezone.utc)
    return datetime(t.year, t.month, t.day, t.hour, t.minute, t.second).strftime("%Y%m%dT%H%M%SZ")


def _description(e: EventRecord) -> str:
    lines = [label_of(e)]
    if e.summary:
        lines.append(one_line(e.summary))
    for c in e.citations:
        bits = []
        phrase = phrase_of(c)
        if phrase:
            bits.append(f"“{one_line(phrase)}”")
        if c.quote:
            bits.append(f"Quote: “{one_line(c.quote)}”")
        s = c.source
        cite = ", ".join(x for x in (one_line(s.title), one_line(s.publisher)) if x)
        if s.published is not None:
            cite += f", {s.published.label}"
        if s.url:
            cite += f" {s.url}"
        bits.append(f"Source: {cite}")
        lines.append(" ".join(bits))
    return "\n".join(lines)


def write_ics(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    include_coarse: bool = False,
) -> None:
    """Write a VCALENDAR named ``title`` with one all-day VEVENT per day-precision event
    (and, with ``include_coarse``, per coarser event too), in chronological order. Lines end
    in CRLF and are folded at 75 octets, as RFC 5545 requires.

    >>> import io
    >>> out = io.StringIO()
    >>> write_ics([], out, title="Empty")
    >>> out.getvalue().splitlines()[0]
    'BEGIN:VCALENDAR'
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(one_line(title))}",
    ]
    for e in chronological(events):
        extent = _extent(e, include_coarse)
        if extent is None:
            continue
        first, after = extent
        fine = e.span.start is not None and e.span.start.precision is Precision.DAY
        summary = one_line(e.title)
        if not fine or (
            e.span.start is not None and (e.span.start.approximate or e.span.start.uncertain)
        ):
            summary += f" ({label_of(e)})"
        elif e.span.ongoing:
            summary += " (ongoing)"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(e)}",
            f"DTSTAMP:{_stamp(e, first)}",
            f"DTSTART;VALUE=DATE:{_day(first)}",
            f"DTEND;VALUE=DATE:{_day(after)}",
            f"SUMMARY:{ics_text(summary)}",
            f"DESCRIPTION:{ics_text(_description(e))}",
        ]
        c = adopted(e)
        if c is not None and c.source.url.strip():
            lines.append(f"URL:{one_line(c.source.url)}")
        if e.tags:
            lines.append("CATEGORIES:" + ",".join(ics_text(one_line(t)) for t in e.tags))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    out.write("".join(_fold(line) for line in lines))
