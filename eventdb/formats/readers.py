"""Readers: YAML, JSON, JSON Lines, CSV and ACLED-style CSV files to import dicts.

A YAML or JSON document, and an ACLED file, read to one document dict (``sources``,
``actors``, ``places``, ``events``) for ``EventDB.import_document``; JSON Lines and CSV read
lazily to one flat record dict per row for ``EventDB.import_records``. Every problem is a
:class:`~eventdb.errors.FormatError` naming the file and line. Files are decoded by
:func:`eventdb.textio.open_text` (a byte-order mark, else UTF-8, else a guess that warns
with :class:`~eventdb.errors.EncodingGuessWarning`; binary files are refused).

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "events.jsonl"
>>> _ = p.write_text('{"title": "Aid trucks arrive", "date": "2023-09-18", "label": "x"}\\n')
>>> list(read(p))
[{'title': 'Aid trucks arrive', 'date': '2023-09-18'}]
"""

from __future__ import annotations

import csv
import json
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import Any, TextIO

from ..dates import FuzzyDate
from ..errors import EncodingGuessWarning, FormatError
from ..textio import open_text
from ._common import csv_items, csv_uncell, one_line, slugify
from .tabular import DERIVED_FIELDS, ROW_FIELDS

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_PRECISION",
    "READ_FORMATS",
    "detect",
    "read",
    "read_acled",
    "read_csv",
    "read_json",
    "read_jsonl",
    "read_yaml",
    "record_from_row",
]

READ_FORMATS = ("yaml", "json", "jsonl", "csv", "acled")

ACLED_COLUMNS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "source",
    "notes",
    "tags",
)
"""The ACLED columns read (others, such as ``event_id_cnty`` and ``country``, are optional)."""

ACLED_PRECISION = {"1": "day", "2": "week", "3": "month"}
"""ACLED ``time_precision`` to the unit of the date written: the day, its ISO week, its month."""

_EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
_ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y")


def _open(path: Path) -> TextIO:
    """The file as text by eventdb's one decoding policy (:mod:`eventdb.textio`)."""
    return open_text(path)


def detect(path: str | PathLike[str]) -> str:
    """The reader for a file: by extension, and a ``.csv`` with ACLED's columns is ``acled``.

    >>> detect("chronology.yml")
    'yaml'
    """
    p = Path(path)
    fmt = _EXTENSIONS.get(p.suffix.lower())
    if fmt is None:
        raise FormatError(
            f"{p}: cannot tell the format from the extension {p.suffix!r}: expected one of "
            f"{', '.join(sorted(_EXTENSIONS))} (or name the format)"
        )
    if fmt == "csv":
        with warnings.catch_warnings():  # read() warns about a guessed encoding, once
            warnings.simplefilter("ignore", EncodingGuessWarning)
            f = _open(p)
        with f:
            try:
                header = next(csv.reader(f), [])
            except csv.Error as e:
                raise FormatError(f"{p}, line 1: {e}") from None
        if {"event_date", "time_precision"} <= {h.strip().lower() for h in header}:
            return "acled"
    return fmt


def read(
    path: str | PathLike[str], fmt: str | None = None
) -> dict[str, Any] | Iterator[dict[str, Any]]:
    """Read an import file: a document dict (``yaml``, ``json`` holding an object, ``acled``)
    or an iterator of flat record dicts (``jsonl``, ``csv``, ``json`` holding an array).

    ``fmt`` is one of :data:`READ_FORMATS`; ``None`` detects it (:func:`detect`). Pass a
    dict to ``EventDB.import_document`` and an iterator to ``EventDB.import_records``.
    Raises :class:`FormatError` naming the file and line.

    >>> read("missing.yaml")
    Traceback (most recent call last):
    ...
    eventdb.errors.FormatError: missing.yaml: cannot open: No such file or directory
    """
    p = Path(path)
    fmt = fmt or detect(p)
    if fmt == "yaml":
        return read_yaml(p)
    if fmt == "json":
        return read_json(p)
    if fmt == "jsonl":
        return read_jsonl(p)
    if fmt == "csv":
        return read_csv(p)
    if fmt == "acled":
        return read_acled(p)
    raise FormatError(f"{p}: unknown format {fmt!r}: expected one of {', '.join(READ_FORMATS)}")


def _check_document(doc: Any, where: str) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise FormatError(
            f"{where}: expected a mapping with `sources` and `events`, not a {type(doc).__name__}"
        )
    for k in ("sources", "actors", "places", "events"):
        if k in doc and doc[k] is not None and not isinstance(doc[k], list):
            raise FormatError(f"{where}: `{k}` must be a list, not a {type(doc[k]).__name__}")
    return doc


def read_yaml(path: str | PathLike[str]) -> dict[str, Any]:
    """A YAML import document; a syntax error names its line and column.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "bad.yaml"
    >>> _ = p.write_text("events:\\n  - title: [unclosed\\n")
    >>> read_yaml(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    eventdb.errors.FormatError: .../bad.yaml, line 3, column 1: ...
    """
    import yaml

    p = Path(path)
    with _open(p) as f:
        try:
            doc = yaml.safe_load(f)
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            at = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = " ".join(x for x in (e.context, e.problem) if x)
            raise FormatError(f"{p}{at}: {problem or 'malformed YAML'}") from None
        except yaml.reader.ReaderError as e:
            ch = f"U+{e.character:04X}" if isinstance(e.character, int) else repr(e.character)
            raise FormatError(
                f"{p}, character {e.position + 1}: {ch} is not allowed in YAML ({e.reason})"
            ) from None
        except yaml.YAMLError as e:
            raise FormatError(f"{p}: malformed YAML: {one_line(str(e))}") from None
    return _check_document({} if doc is None else doc, str(p))


def read_json(path: str | PathLike[str]) -> dict[str, Any] | Iterator[dict[str, Any]]:
    """A JSON import document, or an array of flat records (read like JSON Lines rows).

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "doc.json"
    >>> _ = p.write_text('{"sources": [], "events": [{"title": "A", "date": "2023"}]}')
    >>> read_json(p)
    {'sources': [], 'events': [{'title': 'A', 'date': '2023'}]}
    """
    p = Path(path)
    with _open(p) as f:
        try:
            doc = json.load(f)
        except json.JSONDecodeError as e:
            raise FormatError(f"{p}, line {e.lineno}, column {e.colno}: {e.msg}") from None
    if isinstance(doc, list):
        return _records_from_list(doc, str(p))
    return _check_document(doc, str(p))


def _records_from_list(items: list[Any], where: str) -> Iterator[dict[str, Any]]:
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise FormatError(f"{where}, item {i}: expected an object, not {type(item).__name__}")
        yield record_from_row(item)


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row as the record dict to import: derived and empty fields dropped.

    >>> record_from_row({"title": "T", "label": "18 September 2023", "when": "", "tags": []})
    {'title': 'T'}
    """
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k in DERIVED_FIELDS or v in ("", None, []):
            continue
        if k == "citations" and isinstance(v, list):
            v = [_citation_from_row(c) if isinstance(c, dict) else c for c in v]
        out[k] = v
    return out


def _citation_from_row(c: dict[str, Any]) -> dict[str, Any]:
    """A flat citation (``source`` key plus ``source_*`` fields) with its source as the
    inline dict the store takes: ``{"source": {"key": ..., "title": ...}, "when": ...}``."""
    out = {k: v for k, v in c.items() if v not in ("", None, []) and not k.startswith("source")}
    source = {k[7:]: v for k, v in c.items() if k.startswith("source_") and v not in ("", None)}
    if source:
        if c.get("source"):
            source = {"key": c["source"], **source}
        out = {"source": source, **out}
    elif c.get("source"):
        out = {"source": c["source"], **out}
    return out


def read_jsonl(path: str | PathLike[str]) -> Iterator[dict[str, Any]]:
    """Flat records, one JSON object a line (blank lines skipped), read lazily.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> _ = p.write_text('{"title": "A", "tags": ["x"]}\\n\\n{"title": "B", "when": ""}\\n')
    >>> list(read_jsonl(p))
    [{'title': 'A', 'tags': ['x']}, {'title': 'B'}]
    """
    p = Path(path)
    _open(p).close()  # a missing, binary or undecodable file fails now, not when read
    return _jsonl_rows(p)


def _reopen(p: Path) -> TextIO:
    """The file again, for the generator that reads it (its encoding warned already).

    The generator opens it itself, so one never started holds no open file."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingGuessWarning)
        return _open(p)


def _jsonl_rows(p: Path) -> Iterator[dict[str, Any]]:
    with _reopen(p) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise FormatError(f"{p}, line {n}, column {e.colno}: {e.msg}") from None
            if not isinstance(row, dict):
                raise FormatError(
                    f"{p}, line {n}: expected a JSON object, not {type(row).__name__}"
                )
            yield record_from_row(row)


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def read_csv(path: str | PathLike[str]) -> Iterator[dict[str, Any]]:
    """Flat records from the CSV ``write_csv`` writes (a header row naming the columns;
    only ``title`` is required), read lazily. A cell's leading ``'`` that guards a formula
    (``'=1``) is taken off (:func:`~eventdb.formats._common.csv_uncell`); list cells split
    at each ``;`` not escaped with a backslash (:func:`~eventdb.formats._common.csv_items`).

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = p.write_text("title,date,actors,tags\\nTalks,2023-09,Armenia [host]; Russia,a; b\\n")
    >>> list(read_csv(p))  # doctest: +NORMALIZE_WHITESPACE
    [{'title': 'Talks', 'date': '2023-09',
      'actors': [{'name': 'Armenia', 'role': 'host'}, 'Russia'], 'tags': ['a', 'b']}]
    """
    p = Path(path)
    _open(p).close()  # a missing, binary or undecodable file fails now, not when read
    return _csv_rows(p)


def _csv_rows(p: Path) -> Iterator[dict[str, Any]]:
    with _reopen(p) as f:
        reader = csv.reader(f)
        try:
            header = [h.strip() for h in next(reader, [])]
        except csv.Error as e:
            raise FormatError(f"{p}, line 1: {e}") from None
        if "title" not in header:
            raise FormatError(f"{p}, line 1: the header has no `title` column")
        unknown = [h for h in header if h not in ROW_FIELDS]
        if unknown:
            raise FormatError(
                f"{p}, line 1: unknown column(s) {', '.join(unknown)}; "
                f"expected some of {', '.join(ROW_FIELDS)}"
            )
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                raise FormatError(f"{p}, line {reader.line_num}: {e}") from None
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise FormatError(
                    f"{p}, line {reader.line_num}: {len(cells)} cells, the header has {len(header)}"
                )
            # Undo the writer's guard against spreadsheet formulas (a leading "'").
            row: dict[str, Any] = dict(zip(header, map(csv_uncell, cells), strict=True))
            # List cells as write_csv writes them (csv_item escapes ;, [, ] and \\).
            for k in ("places", "tags"):
                if k in row:
                    row[k] = [text for text, _ in csv_items(row[k])]
            if "actors" in row:
                row["actors"] = [
                    {"name": name, "role": role} if role else name
                    for name, role in csv_items(row["actors"], roles=True)
                ]
            if "relations" in row:
                rels = []
                for item, _ in csv_items(row["relations"]):
                    kind, sep, target = item.partition(":")
                    if not sep:
                        raise FormatError(
                            f"{p}, line {reader.line_num}: relation {item!r} is not type:target"
                        )
                    rels.append({"type": kind.strip(), "target": target.strip()})
                row["relations"] = rels
            if row.get("citations"):
                try:
                    row["citations"] = json.loads(row["citations"])
                except json.JSONDecodeError as e:
                    raise FormatError(
                        f"{p}, line {reader.line_num}: `citations` is not a JSON array: {e.msg}"
                    ) from None
            yield record_from_row(row)


def _acled_date(text: str, where: str) -> date:
    s = text.strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise FormatError(
        f"{where}: event_date {text!r} is not a date (2023-09-18 or 18 September 2023)"
    )


def acled_edtf(day: date, time_precision: str) -> str:
    """The EDTF of an ACLED date at its ``time_precision``: 1 the day, 2 its ISO week,
    3 its month.

    >>> acled_edtf(date(2023, 9, 13), "2"), acled_edtf(date(2023, 9, 13), "3")
    ('[2023-09-11..2023-09-17]', '2023-09')
    """
    unit = ACLED_PRECISION.get(time_precision.strip())
    if unit == "day":
        return FuzzyDate.day(day).edtf
    if unit == "week":
        return FuzzyDate.week_of(day).edtf
    if unit == "month":
        return FuzzyDate.month(day.year, day.month).edtf
    raise ValueError(f"time_precision {time_precision!r} is not 1 (day), 2 (week) or 3 (month)")


def read_acled(path: str | PathLike[str]) -> dict[str, Any]:
    """An ACLED-style CSV as an import document: one event per row, dated at the row's
    ``time_precision`` (see :data:`ACLED_PRECISION` and docs/formats.md), typed with
    ``type_scheme: acled``, with the row's actors, its location and each of its sources.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "acled.csv"
    >>> _ = p.write_text("event_date,time_precision,event_type,actor1,source\\n"
    ...                  "13 September 2023,2,Protests,Protesters (Armenia),News.am\\n")
    >>> read_acled(p)["events"]  # doctest: +NORMALIZE_WHITESPACE
    [{'title': 'Protests: Protesters (Armenia)', 'date': '[2023-09-11..2023-09-17]',
      'source': 'news-am', 'type': 'Protests', 'type_scheme': 'acled',
      'actors': ['Protesters (Armenia)']}]
    """
    p = Path(path)
    sources: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    events: list[dict[str, Any]] = []
    with _open(p) as f:
        reader = csv.DictReader(f)
        header = {(h or "").strip().lower() for h in reader.fieldnames or []}
        missing = [c for c in ("event_date", "time_precision") if c not in header]
        if missing:
            raise FormatError(f"{p}, line 1: ACLED columns missing: {', '.join(missing)}")
        try:
            for raw in reader:
                where = f"{p}, line {reader.line_num}"
                if None in raw:  # DictReader keeps cells past the header under None
                    n = len(reader.fieldnames or []) + len(raw[None])
                    raise FormatError(
                        f"{where}: {n} cells, the header has {len(reader.fieldnames or [])}"
                    )
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
                events.append(_acled_event(row, where, sources, places))
        except csv.Error as e:
            raise FormatError(f"{p}, line {reader.line_num}: {e}") from None
    return {
        "sources": list(sources.values()),
        "actors": [],
        "places": list(places.values()),
        "events": events,
    }


def _acled_event(
    row: dict[str, str],
    where: str,
    sources: dict[str, dict[str, Any]],
    places: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    day = _acled_date(row.get("event_date", ""), where)
    try:
        edtf = acled_edtf(day, row.get("time_precision", ""))
    except ValueError as e:
        raise FormatError(f"{where}: {e}") from None
    sub_type = row.get("sub_event_type", "")
    kind = (sub_type if sub_type.lower() != "other" else "") or row.get("event_type") or "event"
    actor_names = [a for a in (row.get("actor1", ""), row.get("actor2", "")) if a]
    for col in ("assoc_actor_1", "assoc_actor_2"):
        actor_names += [a for a in _split(row.get(col, "")) if a not in actor_names]
    location = row.get("location", "")
    title = kind + (": " + " and ".join(actor_names[:2]) if actor_names else "")
    if location:
        title += f" ({location})"
    keys: list[str] = []
    for name in _split(row.get("source", "")) or ["ACLED"]:
        key = slugify(name) or "acled"
        sources.setdefault(key, {"key": key, "title": name, "publisher": name})
        if key not in keys:
            keys.append(key)
    event: dict[str, Any] = {"title": title, "date": edtf, "source": keys[0]}
    if row.get("event_id_cnty"):
        event["slug"] = slugify(row["event_id_cnty"])
    if row.get("notes"):
        event["summary"] = row["notes"]
    if row.get("event_type"):
        event["type"] = row["event_type"]
        event["type_scheme"] = "acled"
    if actor_names:
        event["actors"] = actor_names
    if location:
        place: dict[str, Any] = {"name": location}
        if row.get("country"):
            place["country"] = row["country"]
        if row.get("admin1"):
            place["admin_area"] = row["admin1"]
        try:
            if row.get("latitude") and row.get("longitude"):
                place["lat"], place["lon"] = float(row["latitude"]), float(row["longitude"])
        except ValueError:
            raise FormatError(
                f"{where}: latitude/longitude {row['latitude']!r}, {row['longitude']!r} "
                "are not numbers"
            ) from None
        if row.get("geo_precision"):
            place["geo_precision"] = f"acled-{row['geo_precision']}"
        places.setdefault(location, place)
        event["places"] = [location]
    tags = [t for t in [row.get("sub_event_type", ""), *_split(row.get("tags", ""))] if t]
    if tags:
        event["tags"] = list(dict.fromkeys(tags))
    if len(keys) > 1:
        event["citations"] = [{"source": k, "date": edtf} for k in keys[1:]]
    return event
