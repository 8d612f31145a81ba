"""Spans to columns and back, slugs, and the small pure helpers the store shares.

>>> from datetime import date
>>> from eventdb.dates import Span
>>> cols = span_columns(Span.parse("2022-12~/.."))
>>> cols["span_lo"], cols["span_hi"], cols["span_bucket"], cols["ongoing"]
(datetime.date(2022, 12, 1), datetime.date(9999, 12, 31), 99, True)
>>> span_from(cols) == Span.parse("2022-12~/..")
True
>>> slugify("Azerbaijan blocks the Lachin corridor!")
'azerbaijan-blocks-the-lachin-corridor'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from ..dates import FuzzyDate, Part, Precision, Span

__all__ = [
    "BUCKET_OPEN_END",
    "BUCKET_OPEN_START",
    "CITATION_COLUMNS",
    "COLUMNS",
    "EVENT_COLUMNS",
    "HI_OPEN",
    "LO_OPEN",
    "MAX_BUCKET",
    "SOURCE_COLUMNS",
    "SPAN_FIELDS",
    "START_RANK_SQL",
    "adopted_index",
    "bucket_floor",
    "columns_of_model",
    "fts_query",
    "slugify",
    "span_columns",
    "span_from",
    "span_from_values",
    "span_row",
    "span_width",
]

# The derived columns' conventions (see eventdb.model): open bounds and the two buckets
# for spans with an unknown start or an open end.
LO_OPEN = date(1, 1, 1)
HI_OPEN = date(9999, 12, 31)
BUCKET_OPEN_START = 98
BUCKET_OPEN_END = 99

# The start's precision as a number, coarser higher (Precision.rank), in SQL: the timeline
# orders by it and the index ix_event_order holds it (migration 0003 wrote this text).
START_RANK_SQL = (
    "CASE start_precision "
    + " ".join(f"WHEN '{p.value}' THEN {p.rank}" for p in Precision)
    + " ELSE -1 END"
)

# The span columns, in the order the bulk insert writes them.
SPAN_FIELDS = (
    "start_earliest",
    "start_latest",
    "start_precision",
    "start_part",
    "start_approximate",
    "start_uncertain",
    "start_south",
    "end_earliest",
    "end_latest",
    "end_precision",
    "end_part",
    "end_approximate",
    "end_uncertain",
    "end_south",
    "ongoing",
    "as_of",
    "edtf",
    "dated",
    "span_lo",
    "span_hi",
    "span_bucket",
)
MAX_BUCKET = (HI_OPEN - LO_OPEN).days.bit_length()

# The registry of columns: every table's, in the order eventdb.model declares them, which
# the store's hand-written reads and inserts are built from. It is the model's
# (columns_of_model() derives it; tests/test_store_schema.py checks the two, and the
# schema the migrations build, agree), written out here because the store never imports
# the model on its fast paths: SQLModel and pydantic take a quarter of a second to load.
EVENT_COLUMNS = (
    *SPAN_FIELDS,
    "id",
    "slug",
    "title",
    "summary",
    "type",
    "type_scheme",
    "span_manual",
    "adopted_citation_id",
    "created_at",
    "updated_at",
    "quotes",
    "label",
)
CITATION_COLUMNS = (
    *SPAN_FIELDS,
    "id",
    "event_id",
    "source_id",
    "quote",
    "phrase",
    "end_phrase",
    "date_text",
    "reference",
    "explanation",
    "created_at",
    "warnings",
)
SOURCE_COLUMNS = (
    "id",
    "key",
    "title",
    "publisher",
    "url",
    "published",
    "published_earliest",
    "accessed",
    "language",
    "archive_url",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "actor": ("id", "name", "kind", "aliases", "wikidata"),
    "event": EVENT_COLUMNS,
    "place": ("id", "name", "admin_area", "country", "lat", "lon", "geo_precision"),
    "source": SOURCE_COLUMNS,
    "tag": ("id", "name"),
    "citation": CITATION_COLUMNS,
    "event_actor": ("event_id", "actor_id", "role", "position"),
    "event_place": ("event_id", "place_id", "position"),
    "event_relation": ("id", "event_id", "kind", "target_id"),
    "event_tag": ("event_id", "tag_id", "position"),
    "event_alias": ("slug", "event_id"),
}


def columns_of_model() -> dict[str, tuple[str, ...]]:
    """Every table's columns as :mod:`eventdb.model` declares them (what :data:`COLUMNS`
    must equal).

    >>> columns_of_model()["tag"]
    ('id', 'name')
    """
    from ..model import SQLModel

    return {t.name: tuple(c.name for c in t.columns) for t in SQLModel.metadata.sorted_tables}


def _date_columns(prefix: str, d: FuzzyDate | None) -> dict[str, Any]:
    if d is None:
        return {
            f"{prefix}_earliest": None,
            f"{prefix}_latest": None,
            f"{prefix}_precision": "",
            f"{prefix}_part": "",
            f"{prefix}_approximate": False,
            f"{prefix}_uncertain": False,
            f"{prefix}_south": False,
        }
    return {
        f"{prefix}_earliest": d.earliest,
        f"{prefix}_latest": d.latest,
        f"{prefix}_precision": d.precision.value,
        f"{prefix}_part": d.part.value if d.part is not None else "",
        f"{prefix}_approximate": d.approximate,
        f"{prefix}_uncertain": d.uncertain,
        f"{prefix}_south": d.south,
    }


def span_columns(span: Span, *, dated: bool = True) -> dict[str, Any]:
    """The column values storing ``span`` (see :mod:`eventdb.model` for the derived ones).

    >>> span_columns(Span.parse("2023-09-18"))["span_bucket"]
    0
    """
    cols = _date_columns("start", span.start)
    cols.update(_date_columns("end", span.end))
    lo = span.start.earliest if span.start is not None else LO_OPEN
    hi = HI_OPEN if span.ongoing or span.end is None else span.end.latest
    if span.start is None or lo == LO_OPEN:
        bucket = BUCKET_OPEN_START
    elif hi == HI_OPEN:
        bucket = BUCKET_OPEN_END
    else:
        bucket = (hi - lo).days.bit_length()
    cols.update(
        ongoing=span.ongoing,
        as_of=span.as_of,
        edtf=span.edtf if span.start is not None or span.end is not None or span.ongoing else "",
        dated=dated,
        span_lo=lo,
        span_hi=hi,
        span_bucket=bucket,
    )
    return cols


_TEXT: dict[Any, str] = {None: "", **{p: p.value for p in Precision}, **{p: p.value for p in Part}}


def span_row(span: Span, dated: bool, iso: bool) -> list[Any]:
    """The values of :data:`SPAN_FIELDS` for ``span``, dates as ISO text when ``iso``
    (the bulk insert's fast path: same values as :func:`span_columns`, no dict).

    >>> span_row(Span.parse("2023-09-18"), True, True)[:3]
    ['2023-09-18', '2023-09-18', 'day']
    """
    s, e = span.start, span.end
    out: list[Any] = []
    for d in (s, e):
        if d is None:
            out += (None, None, "", "", False, False, False)
        else:
            out += (
                d.earliest.isoformat() if iso else d.earliest,
                d.latest.isoformat() if iso else d.latest,
                _TEXT[d.precision],
                _TEXT[d.part],
                d.approximate,
                d.uncertain,
                d.south,
            )
    lo = s.earliest if s is not None else LO_OPEN
    hi = HI_OPEN if span.ongoing or e is None else e.latest
    if s is None or lo == LO_OPEN:
        bucket = BUCKET_OPEN_START
    elif hi == HI_OPEN:
        bucket = BUCKET_OPEN_END
    else:
        bucket = (hi - lo).days.bit_length()
    as_of = span.as_of
    out += (
        span.ongoing,
        (as_of.isoformat() if iso else as_of) if as_of is not None else None,
        span.edtf if s is not None or e is not None or span.ongoing else "",
        dated,
        lo.isoformat() if iso else lo,
        hi.isoformat() if iso else hi,
        bucket,
    )
    return out


def _as_date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def _fuzzy(row: Mapping[Any, Any], prefix: str) -> FuzzyDate | None:
    earliest = row[f"{prefix}_earliest"]
    if earliest is None:
        return None
    part = row[f"{prefix}_part"]
    return FuzzyDate(
        Precision(row[f"{prefix}_precision"]),
        _as_date(earliest),
        _as_date(row[f"{prefix}_latest"]),
        Part(part) if part else None,
        bool(row[f"{prefix}_approximate"]),
        bool(row[f"{prefix}_uncertain"]),
        bool(row[f"{prefix}_south"]),
    )


def span_from(row: Mapping[Any, Any]) -> Span:
    """The span stored in a row's span columns (the inverse of :func:`span_columns`)."""
    as_of = row["as_of"]
    return Span(
        _fuzzy(row, "start"),
        _fuzzy(row, "end"),
        ongoing=bool(row["ongoing"]),
        as_of=_as_date(as_of) if as_of is not None else None,
    )


def span_from_values(values: Sequence[Any], cache: dict[Any, Any] | None = None) -> Span:
    """The span of a row's :data:`SPAN_FIELDS` values, in that order; ``cache`` (a dict the
    caller keeps for one read) shares equal spans between rows.

    >>> v = span_row(Span.parse("2022-12~/.."), True, True)
    >>> span_from_values(v) == Span.parse("2022-12~/..")
    True
    """
    key = tuple(values[:16])
    if cache is not None:
        found = cache.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
    dates: list[FuzzyDate | None] = []
    for i in (0, 7):
        earliest = values[i]
        if earliest is None:
            dates.append(None)
            continue
        part = values[i + 3]
        dates.append(
            FuzzyDate(
                _PRECISION[values[i + 2]],
                _as_date(earliest),
                _as_date(values[i + 1]),
                _PART[part] if part else None,
                bool(values[i + 4]),
                bool(values[i + 5]),
                bool(values[i + 6]),
            )
        )
    as_of = values[15]
    span = Span(
        dates[0],
        dates[1],
        ongoing=bool(values[14]),
        as_of=_as_date(as_of) if as_of is not None else None,
    )
    if cache is not None:
        cache[key] = span
    return span


_PRECISION = {p.value: p for p in Precision}
_PART = {p.value: p for p in Part}


def span_width(span: Span) -> tuple[int, int, int]:
    """How imprecise a span is: days from earliest start to latest end (open spans are
    widest), then the uncertainty of its start and of its end. Smaller is more precise.

    The adopted span of an event is its citations' most precise (ties: the first cited),
    so "12 December 2022, ongoing" beats "late 2022, ongoing".

    >>> span_width(Span.parse("2023-09")), span_width(Span.parse("2023-09-18"))
    ((29, 29, 29), (0, 0, 0))
    >>> span_width(Span.parse("2022-12-12/..")) < span_width(Span.parse("2022-12/.."))
    True
    """
    big = 10**7

    def unit(d: FuzzyDate | None) -> int:
        return (d.latest - d.earliest).days if d is not None else big

    lo, hi = span.earliest, span.latest
    total = (hi - lo).days if lo is not None and hi is not None else big
    return total, unit(span.start), big if span.ongoing else unit(span.end)


def adopted_index(cites: Sequence[tuple[Span, bool]], *, manual: bool = False) -> int:
    """Which of an event's citations, given as ``(span, dated)`` in citation order, the
    event adopts its span from: the narrowest dated one (:func:`span_width`; ties: the
    first cited), else the first; with ``manual`` (a span set by hand, which the first
    citation holds) the first. The store's one rule, for new events and every re-adoption.

    >>> cites = [(Span.parse("2022-12/.."), True), (Span.parse("2022-12-12/.."), True)]
    >>> adopted_index(cites), adopted_index(cites, manual=True)
    (1, 0)
    >>> adopted_index([(Span.parse("2023-09-18"), False), (Span.parse("2023"), True)])
    1
    """
    best, width = 0, None
    if manual or len(cites) == 1:
        return best
    for i, (span, dated) in enumerate(cites):
        if not dated:
            continue
        w = span_width(span)
        if width is None or w < width:
            best, width = i, w
    return best


def bucket_floor(since: date, bucket: int) -> date:
    """The earliest ``span_lo`` an event of ``bucket`` can have and still reach ``since``.

    >>> bucket_floor(date(2022, 1, 1), 3)
    datetime.date(2021, 12, 25)
    """
    days = (1 << bucket) - 1
    if days >= (since - LO_OPEN).days:
        return LO_OPEN
    return since - timedelta(days=days)


_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, *, max_length: int = 80) -> str:
    """A stable, readable identifier from a title: ASCII, lower case, hyphens.

    >>> slugify("São Paulo: 'Ação' em 18/09")
    'sao-paulo-acao-em-18-09'
    >>> slugify("!!!")
    'event'
    """
    ascii_ = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = _NON_WORD.sub("-", ascii_.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "event"


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of ``text``, with FTS5 syntax made inert.

    >>> fts_query('aid "trucks" OR -x')
    '"aid" "trucks" "OR" "x"'
    """
    return " ".join(f'"{t}"' for t in _TOKEN.findall(text))
