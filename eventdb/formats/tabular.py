"""CSV, JSON Lines and JSON: every field of every event, in forms the readers read back.

``jsonl`` and ``csv`` hold one event per row (:data:`ROW_FIELDS`); ``json`` is the import
document itself (``sources``, ``actors``, ``places``, ``events``), so that export, import
into an empty database and export again give the same bytes.

>>> import io
>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> from eventdb.records import EventRecord
>>> e = EventRecord(title="Aid trucks arrive", slug="aid",
...                 span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
>>> row = event_row(e)
>>> row["date"], row["label"], row["earliest"]
('2023-09-18', '18 September 2023', '2023-09-18')
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from ..records import ActorRef, CitationRecord, EventRecord, SourceRecord
from ._common import (
    adopted,
    csv_cell,
    csv_item,
    label_of,
    others,
    safe_url,
    source_key,
    span_of,
)
from .report import WriteReport

__all__ = [
    "DERIVED_FIELDS",
    "ROW_FIELDS",
    "csv_row",
    "document",
    "event_row",
    "write_csv",
    "write_csv_rows",
    "write_json",
    "write_jsonl",
]

ROW_FIELDS = (
    "slug",
    "title",
    "label",
    "earliest",
    "latest",
    "date",
    "when",
    "end",
    "summary",
    "type",
    "type_scheme",
    "source",
    "source_title",
    "source_publisher",
    "source_url",
    "source_published",
    "quote",
    "actors",
    "places",
    "tags",
    "citations",
    "relations",
    "precision",
    "edtf",
    "ongoing",
    "as_of",
    "dated",
    "sources",
)
"""The columns of ``csv`` and the keys of each ``jsonl`` object, in order: the one event
row shape, which ``eventdb timeline --format json`` prints too."""

DERIVED_FIELDS = frozenset(
    {
        "label",
        "earliest",
        "latest",
        "id",
        "precision",
        "edtf",
        "ongoing",
        "as_of",
        "dated",
        "sources",
    }
)
"""Fields written for people, spreadsheets and scripts (sorting, reading, the store's id);
readers ignore them: the event is rebuilt from the others."""

SOURCE_FIELDS = ("source", "source_title", "source_publisher", "source_url", "source_published")


def _source_fields(s: SourceRecord | None) -> dict[str, str]:
    if s is None or (s.id is None and not s.key and not s.title):
        # No source (an event added by hand): no key an import could not find again.
        return dict.fromkeys(SOURCE_FIELDS, "")
    return {
        "source": source_key(s),
        "source_title": s.title,
        "source_publisher": s.publisher,
        "source_url": safe_url(s.url),
        "source_published": s.published.edtf if s.published is not None else "",
    }


def _actor(a: ActorRef) -> str | dict[str, str]:
    return {"name": a.name, "role": a.role} if a.role else a.name


def _citation_row(c: CitationRecord) -> dict[str, str]:
    return {
        **_source_fields(c.source),
        "when": c.phrase,
        "end": c.end_phrase,
        "date": c.span.edtf,
        "quote": c.quote,
    }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _source_names(e: EventRecord) -> list[str]:
    """Each source's key (else title) once, the adopted citation's first: the order an
    import rebuilds, so exports round-trip."""
    first = adopted(e)
    cited = ([first] if first is not None else []) + others(e)
    return list(
        dict.fromkeys(
            c.source.key or c.source.title for c in cited if c.source.key or c.source.title
        )
    )


def event_row(e: EventRecord) -> dict[str, Any]:
    """One event as a flat row, keys in :data:`ROW_FIELDS` order: the ``jsonl`` object, and
    ``eventdb timeline --format json``'s row after the store's ``id`` (lists stay lists).

    ``date`` is the adopted span as EDTF (empty for an undated event), ``when``/``end``
    the adopted citation's phrases as written, ``source*`` and ``quote`` that citation's;
    further citations go in ``citations``. The derived fields (:data:`DERIVED_FIELDS`) are
    for people and scripts: ``earliest``/``latest`` are the first and last possible day,
    ``None`` where the span is open (an ongoing event has no latest day: ``ongoing`` is
    true and ``as_of`` the last day it was known to run); ``edtf`` the span even for an
    undated event (``../2023-09-19``: before its source).

    >>> from eventdb.dates import FuzzyDate, Span
    >>> e = EventRecord(title="Talks", span=Span.point(FuzzyDate.month(2023, 9)))
    >>> {k: v for k, v in event_row(e).items() if v}  # doctest: +NORMALIZE_WHITESPACE
    {'title': 'Talks', 'label': 'September 2023', 'earliest': '2023-09-01',
     'latest': '2023-09-30', 'date': '2023-09', 'precision': 'month', 'edtf': '2023-09',
     'dated': True}
    """
    first = adopted(e)
    span = span_of(e)
    return {
        "slug": e.slug,
        "title": e.title,
        "label": label_of(e),
        "earliest": _iso(span.earliest),
        "latest": _iso(span.latest),
        "date": e.span.edtf if e.dated else "",
        "when": first.phrase if first is not None else "",
        "end": first.end_phrase if first is not None else "",
        "summary": e.summary,
        "type": e.type,
        "type_scheme": e.type_scheme,
        **_source_fields(first.source if first is not None else None),
        "quote": first.quote if first is not None else "",
        "actors": [_actor(a) for a in e.actors],
        "places": [p.name for p in e.places],
        "tags": list(e.tags),
        "citations": [_citation_row(c) for c in others(e)],
        "relations": [{"type": r.kind, "target": r.target_slug} for r in e.relations],
        "precision": span.precision.value if span.precision is not None else None,
        "edtf": span.edtf,
        "ongoing": span.ongoing,
        "as_of": _iso(span.as_of),
        "dated": e.dated,
        "sources": _source_names(e),
    }


def csv_actor(a: str | dict[str, str]) -> str:
    """An actor as a CSV list item: ``Armenia`` or ``Armenia [target]`` with a role, the
    name and role escaped by :func:`~eventdb.formats._common.csv_item`.

    >>> csv_actor({"name": "Armenia", "role": "target"}), csv_actor("Russia")
    ('Armenia [target]', 'Russia')
    >>> print(csv_actor("Name [x]"))
    Name \\[x\\]
    """
    if isinstance(a, str):
        return csv_item(a)
    name = csv_item(a["name"])
    return f"{name} [{csv_item(a['role'])}]" if a.get("role") else name


def csv_row(row: dict[str, Any], keys: Iterable[str] = ROW_FIELDS) -> list[str]:
    """The CSV cells of a row, in ``keys`` order: lists ``; ``-separated (actors as
    ``Name [role]``, relations as ``type:target``; a ``\\``, ``;``, ``[`` or ``]`` in an
    item backslash-escaped), lists of objects (``citations``) as a JSON array, booleans
    ``true``/``false``, ``None`` empty.

    >>> csv_row({"title": "T", "actors": [{"name": "Armenia", "role": "target"}, "Russia"],
    ...          "ongoing": True, "as_of": None}, ["title", "actors", "ongoing", "as_of"])
    ['T', 'Armenia [target]; Russia', 'true', '']
    """
    cells: list[str] = []
    for k in keys:
        v = row[k]
        if k == "actors":
            cell = "; ".join(csv_actor(a) for a in v)
        elif k == "relations":
            cell = "; ".join(f"{r['type']}:{csv_item(r['target'])}" for r in v)
        elif isinstance(v, list) and any(isinstance(x, dict) for x in v):
            cell = json.dumps(v, ensure_ascii=False)
        elif isinstance(v, list):
            cell = "; ".join(csv_item(str(x)) for x in v)
        elif isinstance(v, bool):
            cell = "true" if v else "false"
        else:
            cell = "" if v is None else str(v)
        cells.append(cell)
    return cells


def write_csv_rows(out: TextIO, *tables: Iterable[list[str]]) -> None:
    """Rows as CSV lines ending in ``\\n``. A row with a carriage return in a cell is
    written with every cell quoted: the csv module quotes only the characters of its line
    terminator, and a bare CR would split the row when read back.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv_rows(out, [["title", "summary"]], [["a\\rb", "c"]])
    >>> out.getvalue()
    'title,summary\\n"a\\rb","c"\\n'
    """
    plain = csv.writer(out, lineterminator="\n")
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for table in tables:
        for row in table:
            (quoted if any("\r" in c for c in row) else plain).writerow(row)


def write_csv(events: Iterable[EventRecord], out: TextIO, *, raw: bool = False) -> WriteReport:
    """CSV with a header of :data:`ROW_FIELDS`, one row per event, in the order given.

    Lists are ``; ``-separated (actors as ``Name [role]``, relations as ``type:target``;
    ``\\``, ``;``, ``[`` and ``]`` in an item are backslash-escaped); further citations
    are a JSON array in ``citations``. Lines end in ``\\n``. A cell a
    spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR) starts with
    ``'`` (:func:`~eventdb.formats._common.csv_cell`; the reader takes it off again);
    ``raw=True`` writes every cell as it is, for programs that read the file.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv([], out)
    WriteReport(written=0, left_out=())
    >>> out.getvalue().split(",")[:3]
    ['slug', 'title', 'label']
    """
    rows = [csv_row(event_row(e)) for e in events]
    write_csv_rows(out, [list(ROW_FIELDS)], (r if raw else [csv_cell(c) for c in r] for r in rows))
    return WriteReport(len(rows))


def write_jsonl(events: Iterable[EventRecord], out: TextIO) -> WriteReport:
    """JSON Lines: one :func:`event_row` object per line, keys in :data:`ROW_FIELDS` order.

    >>> import io
    >>> out = io.StringIO()
    >>> write_jsonl([], out)
    WriteReport(written=0, left_out=())
    >>> out.getvalue()
    ''
    """
    n = 0
    for e in events:
        out.write(json.dumps(event_row(e), ensure_ascii=False) + "\n")
        n += 1
    return WriteReport(n)


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", [], None)}


def _document_source(s: SourceRecord) -> dict[str, Any]:
    return _drop_empty(
        {
            "key": source_key(s),
            "title": s.title,
            "publisher": s.publisher,
            "url": safe_url(s.url),
            "published": s.published.edtf if s.published is not None else "",
            "language": s.language,
            "accessed": s.accessed.isoformat() if s.accessed is not None else "",
            "archive_url": safe_url(s.archive_url),
        }
    )


def _document_citation(c: CitationRecord) -> dict[str, Any]:
    return _drop_empty(
        {
            "source": source_key(c.source),
            "when": c.phrase,
            "end": c.end_phrase,
            "date": c.span.edtf,
            "quote": c.quote,
        }
    )


def document(events: Iterable[EventRecord]) -> dict[str, Any]:
    """The import document (docs/contracts.md) holding ``events``, their sources, actors
    and places, each listed once in order of first mention; empty fields are left out.

    >>> document([])
    {'sources': [], 'actors': [], 'places': [], 'events': []}
    """
    sources: dict[str, dict[str, Any]] = {}
    actors: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    out_events: list[dict[str, Any]] = []
    for e in events:
        for c in e.citations:
            sources.setdefault(source_key(c.source), _document_source(c.source))
        for a in e.actors:
            if a.kind or a.wikidata:
                actors.setdefault(
                    a.name, _drop_empty({"name": a.name, "kind": a.kind, "wikidata": a.wikidata})
                )
        for p in e.places:
            details = _drop_empty(
                {
                    "name": p.name,
                    "country": p.country,
                    "admin_area": p.admin_area,
                    "lat": p.lat,
                    "lon": p.lon,
                    "geo_precision": p.geo_precision,
                }
            )
            if len(details) > 1:
                places.setdefault(p.name, details)
        first = adopted(e)
        out_events.append(
            _drop_empty(
                {
                    "slug": e.slug,
                    "title": e.title,
                    "summary": e.summary,
                    "type": e.type,
                    "type_scheme": e.type_scheme,
                    "when": first.phrase if first is not None else "",
                    "end": first.end_phrase if first is not None else "",
                    "date": e.span.edtf if e.dated else "",
                    "source": source_key(first.source) if first is not None else "",
                    "quote": first.quote if first is not None else "",
                    "actors": [_actor(a) for a in e.actors],
                    "places": [p.name for p in e.places],
                    "tags": list(e.tags),
                    "citations": [_document_citation(c) for c in others(e)],
                    "relations": [{"type": r.kind, "target": r.target_slug} for r in e.relations],
                }
            )
        )
    return {
        "sources": list(sources.values()),
        "actors": list(actors.values()),
        "places": list(places.values()),
        "events": out_events,
    }


def write_json(events: Iterable[EventRecord], out: TextIO) -> WriteReport:
    """The import :func:`document` as indented JSON (``eventdb import`` reads it back).

    >>> import io
    >>> out = io.StringIO()
    >>> write_json([], out)
    WriteReport(written=0, left_out=())
    >>> print(out.getvalue(), end="")
    {
      "sources": [],
      "actors": [],
      "places": [],
      "events": []
    }
    """
    doc = document(events)
    out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return WriteReport(len(doc["events"]))
