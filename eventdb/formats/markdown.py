"""The markdown chronology: headings by year or month, one line per event, cited sources.

The output is CommonMark with GitHub-flavoured footnotes, deterministic (the same events
give the same bytes, whatever order they come in), and every piece of user text is escaped
so that a title or a quote cannot open a link, emphasis, a footnote or an HTML tag.

>>> import io
>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import CitationRecord, EventRecord, SourceRecord
>>> src = SourceRecord(title="Armenia drifts away", publisher="Folha",
...                    published=FuzzyDate.day(date(2023, 9, 19)))
>>> day = Span.point(FuzzyDate.day(date(2023, 9, 18)))
>>> e = EventRecord(title="Azerbaijan says aid trucks reached Nagorno-Karabakh", span=day,
...                 citations=[CitationRecord(source=src, span=day, quote="trucks arrived")])
>>> out = io.StringIO()
>>> write_markdown([e], out, title="Armenia")
WriteReport(written=1, left_out=())
>>> print(out.getvalue(), end="")
# Armenia
<BLANKLINE>
## 2023
<BLANKLINE>
- **18 September 2023** — Azerbaijan says aid trucks reached Nagorno-Karabakh.[^1]
<BLANKLINE>
[^1]: “Armenia drifts away”, Folha, 19 September 2023. Quote: “trucks arrived”
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TextIO

from ..dates import MONTH_NAMES, FuzzyDate, Precision
from ..errors import OptionError
from ..records import CitationRecord, EventRecord, SourceRecord
from ._common import chronological, label_of, one_line, phrase_of, reference_of, safe_url
from .report import WriteReport

__all__ = ["GROUPS", "md_text", "write_markdown"]

GROUPS = ("year", "month", "none")

# Characters that can start markup anywhere in a line of CommonMark/GFM text: escapes, code,
# emphasis, links and footnotes, HTML and autolinks, entities, strikethrough, table cells.
_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
_HEADING = re.compile(r"([\\`*_\[\]<>&~|#])")
_END_PUNCT = (".", "!", "?", "…")

UNDATED_HEADING = "Undated"
UNDATED_NOTE = (
    "*Reported without a date: each of these happened before the publication of the source "
    "that mentions it.*"
)


def md_text(text: str) -> str:
    """User text made safe for a line of markdown: one line, markup characters escaped.

    >>> md_text("<b>*Breaking*</b> [x](javascript:alert(1))")
    '\\\\<b\\\\>\\\\*Breaking\\\\*\\\\</b\\\\> \\\\[x\\\\](javascript:alert(1))'
    """
    t = one_line(text)
    return t if _INLINE.search(t) is None else _INLINE.sub(_backslash, t)


def _backslash(m: re.Match[str]) -> str:
    return "\\" + m.group(1)


def _heading_text(text: str) -> str:
    t = _HEADING.sub(_backslash, one_line(text))
    return t[:1].upper() + t[1:]


def _md_url(url: str) -> str:
    """An http(s) URL as an autolink; any other URL is left out (:func:`safe_url`)."""
    safe = safe_url(url)
    return f"<{safe}>" if safe else ""


def _plain_label(d: FuzzyDate) -> str:
    return replace(d, approximate=False, uncertain=False).label


def _year_group(e: EventRecord) -> str:
    start = e.span.start
    if start is None:
        return "Start unknown"
    if start.precision in (Precision.DECADE, Precision.CENTURY):
        return _plain_label(start)
    return str(start.earliest.year)


def _month_group(e: EventRecord) -> str | None:
    start = e.span.start
    if start is None:
        return None
    if start.precision.rank <= Precision.MONTH.rank:
        return f"{MONTH_NAMES[start.earliest.month]} {start.earliest.year}"
    if start.precision is Precision.YEAR and start.part is None:
        return None
    if start.precision in (Precision.DECADE, Precision.CENTURY):
        return None
    return _plain_label(start)


class _Notes:
    """Footnote numbers by (source, quote), in order of first reference. A source's first
    footnote cites it in full; later ones (other quotes) give its title and date only."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[object, ...], int] = {}
        self.cited: set[tuple[object, ...]] = set()
        self.bodies: list[str] = []

    def ref(self, c: CitationRecord) -> str:
        s = c.source
        source = (
            s.key,
            s.id,
            s.title,
            s.publisher,
            s.url,
            s.published.edtf if s.published else "",
        )
        key = (*source, one_line(c.quote))
        n = self.numbers.get(key)
        if n is None:
            n = self.numbers[key] = len(self.bodies) + 1
            self.bodies.append(_note_body(s, c.quote, full=source not in self.cited))
            self.cited.add(source)
        return f"[^{n}]"


def _note_body(s: SourceRecord, quote: str, *, full: bool = True) -> str:
    parts = [f"“{md_text(s.title) or 'untitled source'}”"]
    if s.publisher.strip() and full:
        parts.append(md_text(s.publisher))
    if s.published is not None:
        parts.append(s.published.label)
    body = ", ".join(parts) + "."
    if _md_url(s.url) and full:
        body += " " + _md_url(s.url)
    if _md_url(s.archive_url) and full:
        body += " Archived: " + _md_url(s.archive_url)
    if quote.strip():
        body += f" Quote: “{md_text(quote)}”"
    return body


def _entry(e: EventRecord, notes: _Notes, phrases: bool) -> str:
    title = md_text(e.title) or "Untitled event"
    if not title.endswith(_END_PUNCT):
        title += "."
    refs = "".join(notes.ref(c) for c in e.citations)
    line = f"- **{md_text(label_of(e))}** — {title}{refs}"
    if not phrases:
        return line
    lines = [line]
    for c in e.citations:
        phrase = phrase_of(c)
        ref = reference_of(c)
        if not e.dated and not phrase:
            published = c.source.published
            when = f", published {published.label}" if published is not None else ""
            lines.append(f"  - no date in the source{when}{notes.ref(c)}")
            continue
        if phrase:
            said = f"“{md_text(phrase)}”"
            if ref is not None:
                said += f", written {FuzzyDate.day(ref).label}"
        else:
            said = "date given by hand"
        lines.append(f"  - {said} → {md_text(c.span.label)} (`{c.span.edtf}`){notes.ref(c)}")
    return "\n".join(lines)


def write_markdown(
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    group_by: str = "year",
    phrases: bool = False,
) -> WriteReport:
    """Write a markdown chronology of ``events`` to ``out``; every event is written.

    ``group_by`` is ``"year"`` (a ``##`` heading per year), ``"month"`` (and a ``###``
    heading per month) or ``"none"`` (one flat list). Dates coarser than the grouping get
    their own heading (``The 1990s``, ``Late 2022``). Undated events close the chronology
    under their own heading. ``phrases=True`` adds, under each event, every citation's
    phrase as written, the day it was read against and what it resolved to.

    >>> import io
    >>> out = io.StringIO()
    >>> write_markdown([], out, title="Empty")
    WriteReport(written=0, left_out=())
    >>> out.getvalue()
    '# Empty\\n'
    """
    if group_by not in GROUPS:
        raise OptionError(f"group_by must be one of {', '.join(GROUPS)}, not {group_by!r}")
    ordered = chronological(events)
    notes = _Notes()
    blocks: list[str] = [f"# {_heading_text(title) or 'Chronology'}"]
    items: list[str] = []
    year: str | None = None
    month: str | None = None

    def flush() -> None:
        if items:
            blocks.append("\n".join(items))
            items.clear()

    undated = [e for e in ordered if not e.dated]
    for e in ordered:
        if not e.dated:
            continue
        if group_by != "none":
            y = _year_group(e)
            if y != year:
                flush()
                blocks.append(f"## {_heading_text(y)}")
                year, month = y, None
            if group_by == "month":
                m = _month_group(e)
                if m is None and month is not None:
                    m = y
                if m is not None and m != month:
                    flush()
                    blocks.append(f"### {_heading_text(m)}")
                    month = m
        items.append(_entry(e, notes, phrases))
    flush()
    if undated:
        blocks.append(f"## {UNDATED_HEADING}")
        blocks.append(UNDATED_NOTE)
        for e in undated:
            items.append(_entry(e, notes, phrases))
        flush()
    if notes.bodies:
        blocks.append("\n".join(f"[^{i}]: {b}" for i, b in enumerate(notes.bodies, 1)))
    out.write("\n\n".join(blocks) + "\n")
    return WriteReport(len(ordered))
