"""Writing events: dicts and arguments turned into rows, resolved, adopted and inserted.

One :class:`Writer` lives for one write transaction. It resolves each event's date
phrases against its source's publication date, picks the adopted span, and inserts events,
citations and links in chunks through the driver's ``executemany`` with ids it reserves
itself, which is what makes a million-event import fast. :meth:`EventDB.add_event` goes
through the same path with a chunk of one, so single writes and imports cannot disagree.

The flat and document record shapes are described in ``docs/contracts.md``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Connection

from ..dates import FuzzyDate, Span
from ..errors import (
    AmbiguityWarningError,
    AmbiguousRecordError,
    DateError,
    ImportRecordError,
    NotFoundError,
    ResolveError,
    StoreError,
)
from ..records import SourceRecord, event_label
from ..resolve import resolve
from ..resolve.packs import pack_code
from ..textio import clean_text, one_line, web_url
from .columns import (
    CITATION_COLUMNS,
    EVENT_COLUMNS,
    SOURCE_COLUMNS,
    SPAN_FIELDS,
    adopted_index,
    slugify,
    span_from_values,
    span_row,
)
from .statements import Driver

__all__ = [
    "INSERT_CITATION",
    "INSERT_EVENT",
    "RELATION_KINDS",
    "Cite",
    "ImportReport",
    "Prepared",
    "Writer",
    "in_list",
    "insert_sql",
    "paused_gc",
]

RELATION_KINDS = ("part_of", "follows", "responds_to", "caused_by")
CHUNK = 2000
_PROBE = (date(2001, 6, 15), date(2017, 2, 3))  # two references: a phrase that reads the
# same against both is absolute and needs no reference date


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, back as it was after.

    An import allocates millions of short-lived containers (records, rows, spans), and
    every few hundred of them the collector walks the young ones and, ever more often
    as the chunks grow the heap, all of them: a fifth of a 100,000-event import's CPU.
    It finds nothing there (an import leaves no reference cycles behind: ``gc.collect()``
    after one finds 0 unreachable objects), and reference counting still frees every
    row as it goes, so memory stays as flat as before.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass
class ImportReport:
    """What an import did: how many events it added and every record it skipped;
    ``held``: events already stored and left as they were; ``updated``: events already
    stored that ``update=True`` changed (see :mod:`eventdb.store.held`).

    >>> ImportReport(added=3, skipped=[("events.jsonl, record 2", "field 'when': ...")]).added
    3
    """

    added: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    held: int = 0
    updated: int = 0


@dataclass
class Cite:
    """A citation ready to insert."""

    source: SourceRecord | None
    span: Span
    dated: bool = True
    quote: str = ""
    phrase: str = ""
    end_phrase: str = ""
    date_text: str = ""
    reference: date | None = None
    explanation: str = ""
    warnings: tuple[str, ...] = ()


@dataclass
class Prepared:
    """An event ready to insert, validated."""

    where: str
    title: str
    slug: str = ""  # explicit; derived from the title when empty
    summary: str = ""
    type: str = ""
    type_scheme: str = ""
    manual: bool = False
    cites: list[Cite] = field(default_factory=list)
    actors: list[tuple[str, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    relations: list[tuple[str, str]] = field(default_factory=list)

    def adopted(self) -> int:
        """Index of the adopted citation (:func:`adopted_index`)."""
        if len(self.cites) == 1:
            return 0
        return adopted_index([(c.span, c.dated) for c in self.cites], manual=self.manual)


DATE_FIELDS = frozenset({"published", "accessed", "reference", "date", "when", "end"})
"""Fields that take a date: there a YAML date (``published: 2023-09-19``, unquoted) or a
datetime (its calendar day, in its own time zone) is read as the ISO day."""


def _str(rec: Mapping[str, Any], key: str, where: str) -> str:
    """A text field, stripped and without control characters (textio.clean_text)."""
    v = rec.get(key)
    if type(v) is str:
        return clean_text(v).strip()
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, date):
        if key in DATE_FIELDS:
            return (v.date() if isinstance(v, datetime) else v).isoformat()
        raise ImportRecordError(
            f"expected text, got a {type(v).__name__} (quote it: '{v.isoformat()}')",
            where=where,
            field=key,
        )
    if not isinstance(v, str):
        raise ImportRecordError(f"expected text, got {type(v).__name__}", where=where, field=key)
    return clean_text(v).strip()


def _title(rec: Mapping[str, Any], key: str, where: str) -> str:
    """A title as one line: runs of whitespace (newlines too) become one space."""
    return one_line(_str(rec, key, where))


def _url(rec: Mapping[str, Any], key: str, where: str, prefix: str = "") -> str:
    """An http(s) URL or nothing: ``javascript:``, ``file:`` and the like are refused."""
    text = _str(rec, key, where)
    if text and not web_url(text):
        raise ImportRecordError(
            f"{text!r} is not an http(s) URL (https://...)", where=where, field=prefix + key
        )
    return text


def _names(v: Any, where: str, key: str) -> list[Any]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        return [s.strip() for s in v.split(";") if s.strip()]
    if isinstance(v, (list, tuple)):
        return list(v)
    raise ImportRecordError(f"expected a list, got {type(v).__name__}", where=where, field=key)


class _Read(NamedTuple):
    """What the store keeps of a Resolution (its properties computed once)."""

    span: Span
    explanation: str
    warnings: tuple[str, ...]
    reference: date
    timex: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None


class Writer:
    """Inserts within one transaction on ``conn``; see the module docstring."""

    def __init__(
        self,
        conn: Connection,
        *,
        today: date,
        prefer: str = "past",
        strict: bool = True,
        language: str = "en",
    ) -> None:
        self.conn = conn
        # the pack phrases are read with, unless their source names its own language
        self.language = language
        self.strict = strict
        self.pg = conn.dialect.name == "postgresql"
        self.driver = Driver(conn)
        self.today = today
        self.prefer = prefer
        self.now = datetime.now(timezone.utc)
        self.now_value: Any = self.now if self.pg else self.now.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.date_value: Callable[[Any], Any] = (
            (lambda d: d) if self.pg else (lambda d: d.isoformat() if d is not None else None)
        )
        self._ids: dict[str, dict[str, int]] = {"actor": {}, "tag": {}, "place": {}}
        self._sources: dict[str, SourceRecord] = {}
        self.pending_relations: list[tuple[int, str, str, str]] = []
        # Articles repeat their phrases ("last week"): within one transaction a phrase and
        # reference resolve once. Bounded, so a million-row import stays flat in memory.
        self._resolved: dict[tuple[str, date, str], _Read] = {}
        # Events share their spans (every "2022", the same day): each label is made once.
        self._labels: dict[tuple[Any, ...], str] = {}
        # per repeated title: the slugs base-N taken, and the next N to try (_next_free)
        self._suffixes: dict[str, list[Any]] = {}
        # the sources this writer inserted: no earlier import can have cited them
        self.created_sources: set[int] = set()

    # -- low level -----------------------------------------------------------------------

    def execute(self, text: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Run one statement (``:name`` parameters, compiled by SQLAlchemy: see
        :mod:`eventdb.store.statements`); the rows it returns, if any."""
        return self.driver.execute(text, params)

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many rows through the driver's ``executemany``; each row
        holds the values of the statement's parameters in the order they are written."""
        self.driver.executemany(text, rows)

    def reserve_ids(self, table: str, n: int) -> list[int]:
        """``n`` fresh ids for ``table``: from its sequence on PostgreSQL; on SQLite past
        the current maximum (the write transaction holds the database lock)."""
        if n == 0:
            return []
        if self.pg:
            rows = self.execute(
                f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                "FROM generate_series(1, :n)",
                {"n": n},
            )
            return [int(r[0]) for r in rows]
        top = int(self.execute(f"SELECT coalesce(max(id), 0) FROM {table}")[0][0])
        return list(range(top + 1, top + n + 1))

    def _span_values(self, span: Span, dated: bool) -> list[Any]:
        return span_row(span, dated, not self.pg)

    # -- names: actors, tags, places, sources --------------------------------------------

    def name_id(self, table: str, name: str, details: Mapping[str, Any] | None = None) -> int:
        """The id of the actor, tag or place called ``name``, created if new."""
        cache = self._ids[table]
        found = cache.get(name)
        if found is not None and not details:
            return found
        rows = self.execute(f"SELECT id FROM {table} WHERE name = :name", {"name": name})
        if rows:
            ident = int(rows[0][0])
            if details:
                sets = ", ".join(f"{k} = :{k}" for k in details)
                self.execute(f"UPDATE {table} SET {sets} WHERE id = :id", {**details, "id": ident})
        else:
            cols = ["name", *self._defaults(table)]
            values: dict[str, Any] = {**self._defaults(table), **(details or {}), "name": name}
            self.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                f"({', '.join(':' + c for c in cols)}) ON CONFLICT (name) DO NOTHING",
                values,
            )
            ident = int(
                self.execute(f"SELECT id FROM {table} WHERE name = :name", {"name": name})[0][0]
            )
        cache[name] = ident
        return ident

    @staticmethod
    def _defaults(table: str) -> dict[str, Any]:
        if table == "actor":
            return {"kind": "", "aliases": "", "wikidata": ""}
        if table == "place":
            return {"admin_area": "", "country": "", "lat": None, "lon": None, "geo_precision": ""}
        return {}

    def actor_details(self, rec: Mapping[str, Any], where: str) -> None:
        """Create or update an actor from a document's ``actors:`` entry."""
        name = _str(rec, "name", where)
        if not name:
            raise ImportRecordError("an actor needs a name", where=where, field="name")
        aliases = rec.get("aliases") or []
        details = {
            "kind": _str(rec, "kind", where),
            "aliases": "; ".join(aliases) if isinstance(aliases, list) else str(aliases),
            "wikidata": _str(rec, "wikidata", where),
        }
        self.name_id("actor", name, details)

    def place_details(self, rec: Mapping[str, Any], where: str) -> None:
        """Create or update a place from a document's ``places:`` entry."""
        name = _str(rec, "name", where)
        if not name:
            raise ImportRecordError("a place needs a name", where=where, field="name")
        details: dict[str, Any] = {
            "admin_area": _str(rec, "admin_area", where),
            "country": _str(rec, "country", where),
            "geo_precision": _str(rec, "geo_precision", where),
        }
        for k in ("lat", "lon"):
            v = rec.get(k)
            if v not in (None, ""):
                try:
                    details[k] = float(v)
                except (TypeError, ValueError):
                    raise ImportRecordError(
                        f"{v!r} is not a number", where=where, field=k
                    ) from None
        self.name_id("place", name, details)

    def add_source(
        self, rec: Mapping[str, Any], where: str, key_field: str = "key", prefix: str = ""
    ) -> SourceRecord:
        """Insert a source from a dict with title, publisher, url, published, ...; errors
        name the field with ``prefix`` (``source_`` for a flat record's columns)."""
        title = _title(rec, "title", where)
        key = _str(rec, key_field, where)
        if not title:
            title = key
        if not title:
            raise ImportRecordError("a source needs a title or a key", where=where, field="title")
        published_text = _str(rec, "published", where)
        published: FuzzyDate | None = None
        if published_text:
            try:
                published = FuzzyDate.parse(published_text)
            except DateError as e:
                raise ImportRecordError(str(e), where=where, field=prefix + "published") from None
        accessed: date | None = None
        accessed_text = _str(rec, "accessed", where)
        if accessed_text:
            try:
                accessed = date.fromisoformat(accessed_text)
            except ValueError:
                raise ImportRecordError(
                    f"{accessed_text!r} is not a day (YYYY-MM-DD)",
                    where=where,
                    field=prefix + "accessed",
                ) from None
        src = SourceRecord(
            title=title,
            publisher=_str(rec, "publisher", where),
            url=_url(rec, "url", where, prefix),
            published=published,
            accessed=accessed,
            language=_str(rec, "language", where),
            archive_url=_url(rec, "archive_url", where, prefix),
            key=key,
        )
        ident = self.reserve_ids("source", 1)[0]
        self.execute(
            INSERT_SOURCE,
            {
                "id": ident,
                "key": src.key,
                "title": src.title,
                "publisher": src.publisher,
                "url": src.url,
                "published": published.edtf if published else "",
                "published_earliest": self.date_value(published.earliest if published else None),
                "accessed": self.date_value(accessed),
                "language": src.language,
                "archive_url": src.archive_url,
            },
        )
        src.id = ident
        self.created_sources.add(ident)
        if key:
            self._remember(key, src)
        return src

    def _remember(self, key: str, src: SourceRecord) -> None:
        if len(self._sources) >= 10_000:  # bounded: memory stays flat on huge imports
            self._sources.clear()
        self._sources[key] = src

    def source_by_key(self, key: str) -> SourceRecord | None:
        """The source imported with ``key`` (in this import or before), if any."""
        src = self._sources.get(key)
        if src is not None:
            return src
        rows = self.execute(SOURCE_SELECT + " WHERE key = :key ORDER BY id LIMIT 1", {"key": key})
        if not rows:
            return None
        src = source_from_row(rows[0])
        self._remember(key, src)
        return src

    def source_by_id(self, ident: int) -> SourceRecord:
        """The source with id ``ident`` (NotFoundError if none)."""
        rows = self.execute(SOURCE_SELECT + " WHERE id = :id", {"id": ident})
        if not rows:
            raise NotFoundError(f"no source with id {ident}")
        return source_from_row(rows[0])

    def source_ref(self, ref: Any, where: str, field_name: str = "source") -> SourceRecord | None:
        """A source named by a key, an id, a SourceRecord or an inline dict."""
        if ref is None or ref == "":
            return None
        if isinstance(ref, SourceRecord):
            if ref.id is not None:
                return ref
            return self.add_source(_source_dict(ref), where)
        if isinstance(ref, int) and not isinstance(ref, bool):
            return self.source_by_id(ref)
        if isinstance(ref, Mapping):
            key = _str(ref, "key", where)
            if key:
                known = self.source_by_key(key)
                if known is not None:
                    return known
            return self.add_source(ref, where)
        if isinstance(ref, str):
            found = self.source_by_key(ref.strip())
            if found is None:
                raise ImportRecordError(
                    f"unknown source {ref!r}: define it under sources: or give source_title",
                    where=where,
                    field=field_name,
                )
            return found
        raise ImportRecordError(
            f"expected a source key, got {type(ref).__name__}", where=where, field=field_name
        )

    def flat_source(self, rec: Mapping[str, Any], where: str) -> SourceRecord | None:
        """The source of a flat record: ``source`` (a key) plus ``source_*`` fields."""
        ref = rec.get("source")
        if type(ref) is str:
            cached = self._sources.get(ref.strip())
            if cached is not None:
                return cached
        inline = {
            k[7:]: v for k, v in rec.items() if k.startswith("source_") and v not in (None, "")
        }
        if isinstance(ref, (Mapping, SourceRecord, int)) or not inline:
            return self.source_ref(ref, where)
        key = (
            _str(rec, "source", where)
            or str(inline.get("url") or "")
            or str(inline.get("title") or "")
        )
        known = self.source_by_key(key) if key else None
        if known is not None:
            return known
        return self.add_source({**inline, "key": key}, where, prefix="source_")

    # -- resolution ----------------------------------------------------------------------

    def cite(
        self,
        source: SourceRecord | None,
        *,
        when: str = "",
        end: str = "",
        date_text: str = "",
        quote: str = "",
        reference: date | None = None,
        where: str = "",
        prefix: str = "",
    ) -> Cite:
        """Resolve one citation's phrases against its source's publication date."""
        ref = reference
        if source is not None and source.published is not None:
            ref = source.published.earliest
        lang = self.language
        if source is not None and source.language and pack_code(source.language, ""):
            lang = source.language  # the tag itself: "pt-BR" reads southern seasons
        if date_text:
            try:
                span = Span.parse(date_text, as_of=ref)
            except DateError as e:
                raise ImportRecordError(str(e), where=where, field=prefix + "date") from None
            return Cite(source, span, True, quote, when, end, date_text, ref, "")
        if when:
            r = self._resolve(when, ref, where, prefix + "when", lang)
            span, explanation, warnings = r.span, r.explanation, r.warnings
            if end:
                r2 = self._resolve(end, ref, where, prefix + "end", lang)
                stop = r2.end if r2.end is not None else r2.start
                try:
                    span = Span(span.start, stop)
                except DateError as e:
                    raise ImportRecordError(str(e), where=where, field=prefix + "end") from None
                explanation += "; " + r2.explanation
                warnings += r2.warnings
            if span.start is None and span.end is None:
                raise ImportRecordError(
                    f"{when!r} does not say when ({r.timex}): give a date phrase",
                    where=where,
                    field=prefix + "when",
                )
            return Cite(
                source, span, True, quote, when, end, "", r.reference, explanation, warnings
            )
        published = source.published if source is not None else None
        if published is None and ref is not None:
            published = FuzzyDate.day(ref)
        if published is None:
            raise ImportRecordError(
                "an event needs when, date, or a source with a published date",
                where=where,
                field=prefix + "when",
            )
        return Cite(source, Span(None, published), False, quote, "", "", "", ref, "")

    def _resolve(
        self, phrase: str, ref: date | None, where: str, field_name: str, lang: str = "en"
    ) -> _Read:
        try:
            if ref is None:
                a, b = (
                    self._resolve_anchored(phrase, _PROBE[0], lang),
                    self._resolve_anchored(phrase, _PROBE[1], lang),
                )
                if (a.start, a.end, a.ongoing) != (b.start, b.end, b.ongoing):
                    raise ImportRecordError(
                        f"{phrase!r} is relative and there is no reference date: "
                        "give a source with a published date",
                        where=where,
                        field=field_name,
                    )
                ref = self.today
            key = (phrase, ref, lang)
            found = self._resolved.get(key)
            if found is None:
                r = self._resolve_anchored(phrase, ref, lang)
                found = _Read(
                    r.span, r.explanation, r.warnings, r.reference, r.timex, r.start, r.end
                )
                if len(self._resolved) >= 20_000:
                    self._resolved.clear()
                self._resolved[key] = found
            return found
        except AmbiguityWarningError as e:
            raise AmbiguousRecordError(str(e), where=where, field=field_name) from None
        except (ResolveError, DateError) as e:
            raise ImportRecordError(str(e), where=where, field=field_name) from None

    def _resolve_anchored(self, phrase: str, ref: date, lang: str = "en") -> Any:
        """Resolve a phrase; only when it fails alone are events named in it offered as
        anchors ("two days after the ICC warrant"), so ordinary phrases never scan them."""
        try:
            return resolve(
                phrase, reference=ref, language=lang, prefer=self.prefer, strict=self.strict
            )
        except AmbiguityWarningError:
            raise
        except ResolveError:
            anchors = self.anchors_in(phrase)
            if not anchors:
                raise
            return resolve(
                phrase,
                reference=ref,
                language=lang,
                prefer=self.prefer,
                anchors=anchors,
                strict=self.strict,
            )

    def anchors_in(self, phrase: str) -> dict[str, Span]:
        """Dated events whose title or slug occurs in ``phrase``, mapped to their spans."""
        find = "strpos" if self.pg else "instr"
        rows = self.execute(
            f"SELECT title, slug, {', '.join(SPAN_FIELDS)} FROM event WHERE dated = :dated "
            f"AND ({find}(:text, lower(title)) > 0 OR {find}(:text, slug) > 0) ORDER BY id",
            {"dated": True, "text": phrase.lower()},
        )
        out: dict[str, Span] = {}
        for row in rows:
            span = span_from_values(row[2:])
            out.setdefault(row[0], span)
            out.setdefault(row[1], span)
        return out

    # -- records -------------------------------------------------------------------------

    def prepare(
        self,
        rec: Mapping[str, Any],
        where: str,
        *,
        flat: bool = True,
        reference: date | None = None,
    ) -> Prepared:
        """Validate and resolve one event record (flat or document shape)."""
        if type(rec) is not dict and not isinstance(rec, Mapping):
            raise ImportRecordError(f"expected an object, got {type(rec).__name__}", where=where)
        title = _title(rec, "title", where)
        if not title:
            raise ImportRecordError("an event needs a title", where=where, field="title")
        source = self.flat_source(rec, where) if flat else self.source_ref(rec.get("source"), where)
        ref = reference
        ref_text = _str(rec, "reference", where)
        if ref_text:
            try:
                ref = date.fromisoformat(ref_text)
            except ValueError:
                raise ImportRecordError(
                    f"{ref_text!r} is not a day", where=where, field="reference"
                ) from None
        date_text = _str(rec, "date", where)
        p = Prepared(
            where=where,
            title=title,
            slug=_str(rec, "slug", where),
            summary=_str(rec, "summary", where),
            type=_str(rec, "type", where),
            type_scheme=_str(rec, "type_scheme", where),
            manual=bool(date_text),
        )
        p.cites.append(
            self.cite(
                source,
                when=_str(rec, "when", where),
                end=_str(rec, "end", where),
                date_text=date_text,
                quote=_str(rec, "quote", where),
                reference=ref,
                where=where,
            )
        )
        for i, c in enumerate(_names(rec.get("citations"), where, "citations")):
            pre = f"citations[{i}]."
            if not isinstance(c, Mapping):
                raise ImportRecordError("expected an object", where=where, field=pre[:-1])
            src = self.source_ref(c.get("source"), where, pre + "source")
            p.cites.append(
                self.cite(
                    src,
                    when=_str(c, "when", where),
                    end=_str(c, "end", where),
                    date_text=_str(c, "date", where),
                    quote=_str(c, "quote", where),
                    reference=ref,
                    where=where,
                    prefix=pre,
                )
            )
        for a in _names(rec.get("actors"), where, "actors"):
            if type(a) is dict or (type(a) is not str and isinstance(a, Mapping)):
                name, role = _str(a, "name", where), _str(a, "role", where)
            else:
                name, role = clean_text(str(a)).strip(), ""
            if not name:
                raise ImportRecordError("an actor needs a name", where=where, field="actors")
            if all(name != n for n, _ in p.actors):
                p.actors.append((name, role))
        for key, out in (("places", p.places), ("tags", p.tags)):
            for v in _names(rec.get(key), where, key):
                name = (
                    _str({"name": v}, "name", where)
                    if type(v) is str
                    else (_str(v, "name", where) if isinstance(v, Mapping) else str(v).strip())
                )
                if name and name not in out:
                    out.append(name)
        for r in _names(rec.get("relations"), where, "relations"):
            if not isinstance(r, Mapping):
                raise ImportRecordError("expected {type, target}", where=where, field="relations")
            kind = _str(r, "type", where) or _str(r, "kind", where)
            target = _str(r, "target", where)
            if kind not in RELATION_KINDS:
                raise ImportRecordError(
                    f"relation type {kind!r} is not one of {', '.join(RELATION_KINDS)}",
                    where=where,
                    field="relations",
                )
            if not target:
                raise ImportRecordError("a relation needs a target", where=where, field="relations")
            p.relations.append((kind, target))
        return p

    def flush(self, chunk: list[Prepared], report: ImportReport | None = None) -> list[int]:
        """Insert a chunk of prepared events; the new event ids, in order.

        With a ``report`` (skip mode) an event whose explicit slug is taken is skipped and
        reported; without one it raises :class:`ImportRecordError`.
        """
        if not chunk:
            return []
        slugs = self._assign_slugs(chunk, report)
        keep = [i for i, s in enumerate(slugs) if s]
        chunk = [chunk[i] for i in keep]
        slugs = [slugs[i] for i in keep]
        event_ids = self.reserve_ids("event", len(chunk))
        cite_ids = self.reserve_ids("citation", sum(len(p.cites) for p in chunk))
        ev_rows: list[list[Any]] = []
        cite_rows: list[list[Any]] = []
        actor_rows: list[tuple[int, int, str, int]] = []
        place_rows: list[tuple[int, int, int]] = []
        tag_rows: list[tuple[int, int, int]] = []
        fts_rows: list[tuple[Any, ...]] = []
        now = self.now_value
        k = 0
        iso = not self.pg
        for p, slug, eid in zip(chunk, slugs, event_ids, strict=True):
            first = k
            values = []
            for c in p.cites:
                v = span_row(c.span, c.dated, iso)
                values.append(v)
                cite_rows.append(self.citation_row(cite_ids[k], eid, c, v))
                k += 1
            a = p.adopted()
            chosen = p.cites[a]
            event_span = with_latest_as_of(chosen.span, [c.span for c in p.cites])
            event_values = (
                values[a] if event_span is chosen.span else span_row(event_span, chosen.dated, iso)
            )
            quotes = " ".join(c.quote for c in p.cites if c.quote)
            ev_rows.append(
                [
                    *event_values,
                    eid,
                    slug,
                    p.title,
                    p.summary,
                    p.type,
                    p.type_scheme,
                    p.manual,
                    cite_ids[first + a],
                    now,
                    now,
                    quotes,
                    self._label(event_span, event_values),
                ]
            )
            for i, (name, role) in enumerate(p.actors):
                actor_rows.append((eid, self.name_id("actor", name), role, i))
            for i, name in enumerate(p.places):
                place_rows.append((eid, self.name_id("place", name), i))
            for i, name in enumerate(p.tags):
                tag_rows.append((eid, self.name_id("tag", name), i))
            fts_rows.append(
                (eid, f"{p.title} {p.summary} {quotes}")
                if self.pg
                else (eid, p.title, p.summary, quotes)
            )
            for kind, target in p.relations:
                self.pending_relations.append((eid, kind, target, p.where))
        self.executemany(INSERT_EVENT, ev_rows)
        self.executemany(INSERT_CITATION, cite_rows)
        self.executemany(
            "INSERT INTO event_actor (event_id, actor_id, role, position) "
            "VALUES (:event_id, :actor_id, :role, :position)",
            actor_rows,
        )
        self.executemany(
            "INSERT INTO event_place (event_id, place_id, position) "
            "VALUES (:event_id, :place_id, :position)",
            place_rows,
        )
        self.executemany(
            "INSERT INTO event_tag (event_id, tag_id, position) "
            "VALUES (:event_id, :tag_id, :position)",
            tag_rows,
        )
        self.executemany(
            "INSERT INTO event_fts (event_id, document) "
            "VALUES (:event_id, to_tsvector('simple', :document))"
            if self.pg
            else "INSERT INTO event_fts (rowid, title, summary, quotes) "
            "VALUES (:rowid, :title, :summary, :quotes)",
            fts_rows,
        )
        return event_ids

    def _label(self, span: Span, values: Sequence[Any]) -> str:
        """:func:`~eventdb.records.event_label` of ``span``, whose :func:`span_row` is
        ``values`` (the key of the labels already made)."""
        key = tuple(values[:_LABEL_KEY])
        found = self._labels.get(key)
        if found is None:
            if len(self._labels) >= 20_000:  # bounded, like the resolutions
                self._labels.clear()
            found = self._labels[key] = event_label(span, bool(values[_DATED]))
        return found

    def citation_row(self, ident: int, event_id: int, c: Cite, span: Sequence[Any]) -> list[Any]:
        """The values of :data:`INSERT_CITATION` for ``c``, with its :func:`span_row`."""
        return [
            *span,
            ident,
            event_id,
            c.source.id if c.source is not None else None,
            c.quote,
            c.phrase,
            c.end_phrase,
            c.date_text,
            self.date_value(c.reference),
            c.explanation,
            self.now_value,
            "\n".join(c.warnings),
        ]

    def _assign_slugs(self, chunk: list[Prepared], report: ImportReport | None) -> list[str]:
        wanted = [p.slug or slugify(p.title) for p in chunk]
        taken = self._existing(set(wanted))
        out: list[str] = []
        for p, s in zip(chunk, wanted, strict=True):
            if p.slug:
                if s in taken:
                    err = ImportRecordError(
                        f"an event with slug {s!r} already exists", where=p.where, field="slug"
                    )
                    if report is None:
                        raise err
                    report.skipped.append((p.where, str(err)))
                    out.append("")
                    continue
            elif s in taken:
                s = self._next_free(s, taken)
            taken.add(s)
            base, _, n = s.rpartition("-")
            if n.isdigit() and base in self._suffixes:
                self._suffixes[base][0].add(s)  # a title like "X 2" takes x-2 from x
            out.append(s)
        return out

    def _next_free(self, base: str, taken: set[str]) -> str:
        """The first free ``base-2``, ``base-3``... Each base's taken suffixes are read once
        per import and its counter only moves forward (slots fill in order and none frees
        within a write), so a title repeated k times costs k steps, not k squared: the
        query and the count from 2 for every repeat made repeated titles quadratic."""
        known = self._suffixes.get(base)
        if known is None:
            if len(self._suffixes) >= 10_000:  # bounded: a re-read is only slower
                self._suffixes.clear()
            known = self._suffixes[base] = [self._existing_like(base), 2]
        seen, n = known
        while f"{base}-{n}" in seen or f"{base}-{n}" in taken:
            n += 1
        slug = f"{base}-{n}"
        seen.add(slug)
        known[1] = n + 1
        return slug

    def _existing(self, slugs: set[str]) -> set[str]:
        return set(self.slug_ids(slugs))

    def slug_ids(self, slugs: Iterable[str]) -> dict[str, int]:
        """The taken ones of ``slugs``, each with the id of its event: an event's own, or
        the event a merged event's alias (``event_alias``) now points to."""
        found: dict[str, int] = {}
        items = sorted(set(slugs))
        for i in range(0, len(items), _SLUGS_AT_ONCE):
            part = items[i : i + _SLUGS_AT_ONCE]
            part += part[-1:] * (_SLUGS_AT_ONCE - len(part))  # one statement, compiled once
            rows = self.execute(_SELECT_SLUG_IDS, {f"s{j}": v for j, v in enumerate(part)})
            found.update((r[0], int(r[1])) for r in rows)  # an event's own slug wins
        return found

    def _existing_like(self, slug: str) -> set[str]:
        """The taken slugs ``slug-2``, ``slug-3``...: a byte-order range on the slug ("-"
        sorts just before "."), where ``LIKE 'slug-%'`` scanned the table for every repeat.
        PostgreSQL compares in the "C" collation, so a server collation that ignores
        punctuation cannot hide a taken slug."""
        column = 'slug COLLATE "C"' if self.pg else "slug"
        rows = self.execute(
            f"SELECT slug FROM event WHERE {column} > :lo AND {column} < :hi UNION ALL "
            f"SELECT slug FROM event_alias WHERE {column} > :lo AND {column} < :hi",
            {"lo": slug + "-", "hi": slug + "."},
        )
        return {r[0] for r in rows}

    def finish_relations(self, report: ImportReport | None = None) -> None:
        """Link the relations collected by :meth:`flush` once every target exists."""
        rows: list[tuple[int, str, int]] = []
        for eid, kind, target, where in self.pending_relations:
            found = self.event_by_slug(target)
            if not found:
                err = ImportRecordError(
                    f"no event with slug {target!r} to relate to", where=where, field="relations"
                )
                if report is None:
                    raise err
                report.skipped.append((where, str(err)))
                continue
            rows.append((eid, kind, int(found[0][0])))
        self.pending_relations.clear()
        self.executemany(INSERT_RELATION, rows)

    def event_by_slug(self, slug: str) -> list[tuple[Any, ...]]:
        """``[(id,)]`` of the event with ``slug``, or of the event an alias of that slug
        was merged into; ``[]`` if neither exists."""
        found = self.execute("SELECT id FROM event WHERE slug = :slug", {"slug": slug})
        return found or self.execute(
            "SELECT event_id FROM event_alias WHERE slug = :slug", {"slug": slug}
        )

    def refresh_fts(self, ids: Iterable[int]) -> None:
        """Re-index the search text of existing events after their citations changed:
        each event's ``quotes`` from its citations, then its entry in ``event_fts``."""
        with self.reindexing(ids):
            pass

    @contextmanager
    def reindexing(self, ids: Iterable[int]) -> Iterator[None]:
        """``with w.reindexing([eid]): <change the title or summary>``: the events leave
        the search index first (SQLite's external-content index forgets a row by the
        text it indexed, so that text must still be there), and come back with their
        ``quotes`` recomputed from their citations."""
        wanted = sorted(set(ids))
        one = {"id": 0}
        if not self.pg:
            for eid in wanted:
                one["id"] = eid
                self.execute(
                    "INSERT INTO event_fts (event_fts, rowid, title, summary, quotes) "
                    "SELECT 'delete', id, title, summary, quotes FROM event WHERE id = :id",
                    one,
                )
        yield
        quotes = (
            "coalesce((SELECT string_agg(quote, ' ' ORDER BY id) FROM citation "
            "WHERE event_id = :id AND quote <> ''), '')"
            if self.pg
            else "coalesce((SELECT group_concat(quote, ' ') FROM (SELECT quote FROM citation "
            "WHERE event_id = :id AND quote <> '' ORDER BY id)), '')"
        )
        for eid in wanted:
            one["id"] = eid
            self.execute(f"UPDATE event SET quotes = {quotes} WHERE id = :id", one)
            if self.pg:
                self.execute("DELETE FROM event_fts WHERE event_id = :id", one)
                self.execute(
                    "INSERT INTO event_fts (event_id, document) SELECT id, to_tsvector('simple', "
                    "title || ' ' || summary || ' ' || quotes) FROM event WHERE id = :id",
                    one,
                )
            else:
                self.execute(
                    "INSERT INTO event_fts (rowid, title, summary, quotes) "
                    "SELECT id, title, summary, quotes FROM event WHERE id = :id",
                    one,
                )

    def unindex(self, event_id: int) -> None:
        """Take a deleted-to-be event out of the search index (before its row goes)."""
        if self.pg:
            self.execute("DELETE FROM event_fts WHERE event_id = :id", {"id": event_id})
        else:
            self.execute(
                "INSERT INTO event_fts (event_fts, rowid, title, summary, quotes) "
                "SELECT 'delete', id, title, summary, quotes FROM event WHERE id = :id",
                {"id": event_id},
            )

    def readopt(self, event_id: int) -> None:
        """Set an event's span from its adopted citation (:func:`adopted_index`): the
        narrowest dated one, or the one holding a span set by hand."""
        rows = self.execute(
            "SELECT span_manual, adopted_citation_id FROM event WHERE id = :id", {"id": event_id}
        )
        if not rows:
            return
        manual, adopted_id = bool(rows[0][0]), rows[0][1]
        cites = self.execute(
            f"SELECT id, {', '.join(SPAN_FIELDS)} FROM citation WHERE event_id = :id ORDER BY id",
            {"id": event_id},
        )
        if not cites:
            return
        ids = [row[0] for row in cites]
        pairs = [(span_from_values(row[1:]), bool(row[1 + _DATED])) for row in cites]
        if manual:
            if adopted_id not in ids:
                return  # the span was set on the event itself
            best = ids.index(adopted_id)
        else:
            best = adopted_index(pairs)
        span, dated = pairs[best]
        event_span = with_latest_as_of(span, [s for s, _ in pairs])
        sets = ", ".join(f"{f} = :{f}" for f in SPAN_FIELDS)
        self.execute(
            f"UPDATE event SET {sets}, adopted_citation_id = :adopted, updated_at = :now, "
            "label = :label WHERE id = :id",
            {
                **dict(zip(SPAN_FIELDS, self._span_values(event_span, dated), strict=True)),
                "adopted": ids[best],
                "now": self.now_value,
                "label": event_label(event_span, dated),
                "id": event_id,
            },
        )


def with_latest_as_of(adopted: Span, spans: Iterable[Span]) -> Span:
    """An ongoing adopted span, known to run until the latest day any citation says it
    still ran: the as-of date a source without a publication date cannot give.

    >>> from datetime import date
    >>> a = Span.parse("2022-12-12/..")
    >>> with_latest_as_of(a, [a, Span.parse("2022-12/..", as_of=date(2023, 9, 19))]).as_of
    datetime.date(2023, 9, 19)
    """
    if not adopted.ongoing:
        return adopted
    days = [s.as_of for s in spans if s.ongoing and s.as_of is not None]
    if not days or (adopted.as_of is not None and adopted.as_of >= max(days)):
        return adopted
    return replace(adopted, as_of=max(days))


# The columns source_from_row reads, in its order.
SOURCE_READ = tuple(c for c in SOURCE_COLUMNS if c != "published_earliest")
SOURCE_SELECT = f"SELECT {', '.join(SOURCE_READ)} FROM source"


@lru_cache(maxsize=4096)
def _published(text: str) -> FuzzyDate:
    """A publication date's EDTF text read once (FuzzyDate is an immutable value)."""
    return FuzzyDate.parse(text)


def source_from_row(row: Sequence[Any]) -> SourceRecord:
    """A SourceRecord from the columns of ``SOURCE_SELECT``."""
    accessed = row[6]
    if accessed is not None and not isinstance(accessed, date):
        accessed = date.fromisoformat(str(accessed)[:10])
    return SourceRecord(
        id=int(row[0]),
        key=row[1],
        title=row[2],
        publisher=row[3],
        url=row[4],
        published=_published(row[5]) if row[5] else None,
        accessed=accessed,
        language=row[7],
        archive_url=row[8],
    )


def _source_dict(s: SourceRecord) -> dict[str, Any]:
    return {
        "key": s.key,
        "title": s.title,
        "publisher": s.publisher,
        "url": s.url,
        "published": s.published.edtf if s.published else "",
        "accessed": s.accessed.isoformat() if s.accessed else "",
        "language": s.language,
        "archive_url": s.archive_url,
    }


_DATED = SPAN_FIELDS.index("dated")
_LABEL_KEY = _DATED + 1  # the span columns up to "dated": all a label depends on


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """``INSERT INTO table (a, b) VALUES (:a, :b)``: rows go in the order of ``columns``.

    >>> insert_sql("tag", ("id", "name"))
    'INSERT INTO tag (id, name) VALUES (:id, :name)'
    """
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )


def in_list(prefix: str, n: int) -> str:
    """``:prefix0, :prefix1, ...``: the parameters of an ``IN (...)`` list of ``n`` values.

    >>> in_list("i", 3)
    ':i0, :i1, :i2'
    """
    return ", ".join(f":{prefix}{i}" for i in range(n))


_SLUGS_AT_ONCE = 500
_SELECT_SLUG_IDS = (
    f"SELECT slug, event_id FROM event_alias WHERE slug IN ({in_list('s', _SLUGS_AT_ONCE)}) "
    f"UNION ALL SELECT slug, id FROM event WHERE slug IN ({in_list('s', _SLUGS_AT_ONCE)})"
)
# Every column of the registry (eventdb.store.columns), rows in its order.
INSERT_EVENT = insert_sql("event", EVENT_COLUMNS)
INSERT_CITATION = insert_sql("citation", CITATION_COLUMNS)
INSERT_SOURCE = insert_sql("source", SOURCE_COLUMNS)
INSERT_RELATION = (
    "INSERT INTO event_relation (event_id, kind, target_id) VALUES (:event_id, :kind, "
    ":target_id) ON CONFLICT DO NOTHING"
)


def check_relation_kind(kind: str) -> None:
    """Refuse a relation kind outside :data:`RELATION_KINDS`."""
    if kind not in RELATION_KINDS:
        raise StoreError(f"relation type {kind!r} is not one of {', '.join(RELATION_KINDS)}")
