"""iCalendar (RFC 5545): events as all-day VEVENTs that calendars open.

A day-precision event becomes an all-day VEVENT from its first day to the day after its last
(``DTEND`` is exclusive); an ongoing one ends the day after its as-of date. An event
coarser than a day covers its whole possible extent and its summary carries the date label
("(March 2023)"), unless ``days_only`` leaves it out. Undated events are left out, and the
returned :class:`~eventdb.formats.report.WriteReport` says so. UIDs are stable (the slug, else
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
WriteReport(written=1, left_out=())
>>> [line for line in out.getvalue().splitlines() if line.startswith("DT")]
['DTSTAMP:20230918T000000Z', 'DTSTART;VALUE=DATE:20230918', 'DTEND;VALUE=DATE:20230919']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple, TextIO

from ..dates import FuzzyDate, Precision
from ..errors import OptionError
from ..records import EventRecord
from ..textio import clean_text
from ._common import adopted, chronological, label_of, one_line, phrase_of, safe_url, span_of
from .report import WriteReport, tally

__all__ = ["ics_text", "write_ics"]

PRODID = "-//eventdb//eventdb chronology//EN"


def ics_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline; other
    control characters, which TEXT may not hold, are dropped (:func:`clean_text`; the
    store drops them on the way in, a database written by an older eventdb may hold them).

    >>> ics_text("a, b; c\\nd\\x1b")
    'a\\\\, b\\\\; c\\\\nd'
    """
    return (
        clean_text(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
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


# Why an event is left out, and the write() option that writes it ("" when none does).
_UNDATED = ("undated", "")
_DAYS_ONLY = ("coarser than a day", "days_only=False")
_NO_AS_OF = ("ongoing with no as-of date", "today")
_OPEN = ("with an unknown start or end", "")


class _Extent(NamedTuple):
    """The days a VEVENT covers, and whether both ends are exact days."""

    first: date
    after: date  # the day after the last (DTEND is exclusive)
    days: bool  # both ends are days, exact and without a part: no label in the summary


def _exact_days(dates: Iterable[FuzzyDate]) -> bool:
    """Whether every end is a day, neither approximate, uncertain nor part of a day."""
    return all(
        d.precision is Precision.DAY and d.part is None and not (d.approximate or d.uncertain)
        for d in dates
    )


def _extent(e: EventRecord, days_only: bool, today: date | None) -> _Extent | tuple[str, str]:
    """The days the event covers, or why it is left out."""
    if not e.dated:
        return _UNDATED
    span = span_of(e)
    s, end = span.start, span.end
    if s is None:
        return _OPEN
    last: FuzzyDate | date | None = end
    if span.ongoing:
        last = span.as_of or today
        if last is None:
            return _NO_AS_OF
    if last is None:
        return _OPEN
    ends = [s] + ([last] if isinstance(last, FuzzyDate) else [])
    precise = all(d.precision is Precision.DAY and d.part is None for d in ends)
    if not precise and days_only:
        return _DAYS_ONLY
    first = s.earliest
    final = last.latest if isinstance(last, FuzzyDate) else last
    return _Extent(first, max(first, final) + timedelta(days=1), _exact_days(ends))


def _uid(e: EventRecord) -> str:
    if e.slug:
        return f"{ics_text(e.slug)}@eventdb"
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
        if url := safe_url(s.url):
            cite += f" {url}"
        bits.append(f"Source: {cite}")
        lines.append(" ".join(bits))
    return "\n".join(lines)


def write_ics(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    days_only: bool = False,
    include_coarse: bool | None = None,
    today: date | None = None,
) -> WriteReport:
    """Write a VCALENDAR named ``title`` with one all-day VEVENT per dated event, in
    chronological order, and return what was written and left out. Lines end in CRLF and
    are folded at 75 octets, as RFC 5545 requires.

    An event coarser than a day covers its whole possible extent, its label in the summary
    ("(March 2023)"); ``days_only`` leaves those out (``include_coarse=False``, the older
    name, does the same). An ongoing event ends at its as-of day, else at ``today`` when it
    is given, else it is left out. Undated events are always left out.

    >>> import io
    >>> out = io.StringIO()
    >>> write_ics([], out, title="Empty")
    WriteReport(written=0, left_out=())
    >>> out.getvalue().splitlines()[0]
    'BEGIN:VCALENDAR'
    """
    if include_coarse is not None:
        if include_coarse and days_only:
            raise OptionError("include_coarse=True and days_only=True contradict each other")
        days_only = not include_coarse
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(one_line(title))}",
    ]
    written = 0
    left: dict[tuple[str, str], int] = {}
    for e in chronological(events):
        extent = _extent(e, days_only, today)
        if not isinstance(extent, _Extent):
            left[extent] = left.get(extent, 0) + 1
            continue
        first, after, days = extent
        written += 1
        summary = one_line(e.title)
        if not days:
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
        if c is not None and (url := safe_url(c.source.url)):
            lines.append(f"URL:{url}")
        if e.tags:
            lines.append("CATEGORIES:" + ",".join(ics_text(one_line(t)) for t in e.tags))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    out.write("".join(_fold(line) for line in lines))
    return tally(written, left)
