"""Readers and writers: files in, chronologies and interchange formats out.

Writers take plain :class:`~eventdb.records.EventRecord` lists (what ``EventDB.timeline()``
returns) and write text; readers turn files into the document dicts ``EventDB.import_*``
take (see docs/formats.md). Neither imports the store.

Writers, by ``FORMATS`` name:

============  ==========================================================================
markdown      the chronology people read: headings by year/month, footnoted sources
html          one self-contained page drawing the events on a time axis
timelinejs    Knight Lab TimelineJS JSON
ics           iCalendar (RFC 5545): dated events as all-day VEVENTs over their bounds
csv           one row per event, every field (lists ``; ``-separated)
json          the import document itself (``sources``, ``actors``, ``places``, ``events``)
jsonl         one JSON object per event per line, the same fields as ``csv``
============  ==========================================================================

>>> import io
>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import EventRecord
>>> e = EventRecord(title="Aid trucks reach Nagorno-Karabakh",
...                 span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
>>> out = io.StringIO()
>>> write("markdown", [e], out, title="Armenia", group_by="none")
WriteReport(written=1, left_out=())
>>> print(out.getvalue(), end="")
# Armenia
<BLANKLINE>
- **18 September 2023** — Aid trucks reach Nagorno-Karabakh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TextIO

from ..errors import OptionError
from ..records import EventRecord
from .html import write_html
from .ics import write_ics
from .markdown import GROUPS, write_markdown
from .readers import READ_FORMATS, read
from .report import LeftOut, WriteReport
from .tabular import write_csv, write_json, write_jsonl
from .timelinejs import write_timelinejs

__all__ = [
    "FORMATS",
    "GROUPS",
    "LANES",
    "READERS",
    "READ_FORMATS",
    "WRITERS",
    "LeftOut",
    "WriteReport",
    "read",
    "write",
    "write_csv",
    "write_html",
    "write_ics",
    "write_json",
    "write_jsonl",
    "write_markdown",
    "write_timelinejs",
]

LANES = ("actor", "type")

Writer = Callable[..., WriteReport]

WRITERS: dict[str, Writer] = {
    "markdown": lambda ev, out, o: write_markdown(
        ev, out, title=o["title"], group_by=o["group_by"], phrases=o["phrases"]
    ),
    "html": lambda ev, out, o: write_html(ev, out, title=o["title"], lanes=o["lanes"]),
    "timelinejs": lambda ev, out, o: write_timelinejs(
        ev, out, title=o["title"], lanes=o["lanes"], today=o["today"]
    ),
    "ics": lambda ev, out, o: write_ics(
        ev,
        out,
        title=o["title"],
        days_only=o["days_only"],
        include_coarse=o["include_coarse"],
        today=o["today"],
    ),
    "csv": lambda ev, out, o: write_csv(ev, out, raw=o["raw"]),
    "json": lambda ev, out, o: write_json(ev, out),
    "jsonl": lambda ev, out, o: write_jsonl(ev, out),
}
"""Writer per format name; each is called as ``WRITERS[fmt](events, out, options)``."""

FORMATS: tuple[str, ...] = tuple(WRITERS)
"""The format names :func:`write` accepts, for ``--format`` choices."""

READERS = READ_FORMATS
"""The format names :func:`read` accepts (``yaml``, ``json``, ``jsonl``, ``csv``, ``acled``)."""


def write(
    fmt: str,
    events: Iterable[EventRecord],
    out: TextIO,
    *,
    title: str = "Chronology",
    group_by: str = "year",
    phrases: bool = False,
    lanes: str | None = None,
    include_coarse: bool | None = None,
    raw: bool = False,
    days_only: bool = False,
    today: date | None = None,
) -> WriteReport:
    """Write ``events`` to the text stream ``out`` in format ``fmt`` (one of :data:`FORMATS`)
    and return a :class:`WriteReport`: how many were written, and which were left out, why,
    and the option that writes them.

    Options a format has no use for are ignored:

    - ``title``: the chronology's title (markdown, html, timelinejs, ics calendar name).
    - ``group_by``: markdown headings, ``"year"``, ``"month"`` or ``"none"`` (:data:`GROUPS`).
    - ``phrases``: markdown; list each citation's phrase as written and its resolved date.
    - ``lanes``: html and timelinejs; ``None``, ``"actor"`` (first actor) or ``"type"``;
      the ten largest lanes keep their names, the rest share "Other".
    - ``days_only``: ics; leave out events coarser than a day (by default they are
      all-day events over their whole extent, the label in the summary).
    - ``include_coarse``: ics, the older name: ``False`` is ``days_only=True``, ``True``
      the default.
    - ``today``: timelinejs and ics; the export date, where an ongoing event with no
      as-of day ends (without it, TimelineJS shows it as a point and ics leaves it out).
    - ``raw``: csv; write cells as they are, without the ``'`` that keeps a spreadsheet
      from running a cell starting ``=``, ``+``, ``-`` or ``@`` as a formula.

    Output is deterministic. ``csv`` writes ``\\n`` line ends, so open files with
    ``newline=""``; every format writes UTF-8-safe text (open files with
    ``encoding="utf-8"``). Raises ``ValueError`` for an unknown format or option value.

    >>> import io
    >>> from eventdb.dates import FuzzyDate, Span
    >>> from eventdb.records import EventRecord
    >>> march = EventRecord(title="Talks", span=Span.point(FuzzyDate.month(2023, 3)))
    >>> write("ics", [march], io.StringIO())
    WriteReport(written=1, left_out=())
    >>> write("ics", [march], io.StringIO(), days_only=True).message()
    'Wrote 0 events; left out 1 coarser than a day (days_only=False includes them)'
    >>> write("pdf", [], io.StringIO())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    eventdb.errors.OptionError: unknown format 'pdf': expected one of markdown, html, ...
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise OptionError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if lanes is not None and lanes not in LANES:
        raise OptionError(f"lanes must be one of {', '.join(LANES)} or None, not {lanes!r}")
    options: dict[str, Any] = {
        "title": title,
        "group_by": group_by,
        "phrases": phrases,
        "lanes": lanes,
        "include_coarse": include_coarse,
        "days_only": days_only,
        "today": today,
        "raw": raw,
    }
    return writer(list(events), out, options)
