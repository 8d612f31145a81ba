"""EventDB: the event store on a SQLite file or a PostgreSQL server.

>>> import tempfile, os
>>> from datetime import date
>>> folder = tempfile.mkdtemp()
>>> with EventDB(os.path.join(folder, "events.db")) as db:
...     folha = db.add_source("Armenia moves away from Russia", publisher="Folha",
...                           published="2023-09-19", key="folha")
...     e = db.add_event("Azerbaijan blocks the Lachin corridor", when="2022-12~/..",
...                      source="folha", actors=["Azerbaijan"], tags=["blockade"])
...     [x.title for x in db.timeline(since="2023", reference=date(2023, 9, 19))]
['Azerbaijan blocks the Lachin corridor']
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    func,
    or_,
    select,
    table,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..dates import FuzzyDate, Span
from ..errors import (
    DateError,
    EventDBError,
    ImportRecordError,
    NotFoundError,
    ResolveError,
    StoreError,
)
from ..records import (
    ActorRef,
    CitationRecord,
    EventRecord,
    PlaceRecord,
    RelationRecord,
    SourceRecord,
    event_label,
)
from ..textio import clean_text, one_line
from . import schema
from .columns import (
    BUCKET_OPEN_END,
    BUCKET_OPEN_START,
    CITATION_COLUMNS,
    EVENT_COLUMNS,
    LO_OPEN,
    MAX_BUCKET,
    SPAN_FIELDS,
    START_RANK_SQL,
    bucket_floor,
    fts_query,
    span_from,
    span_from_values,
)
from .duplicates import DuplicatePair
from .held import Held
from .statements import Driver
from .writer import (
    CHUNK,
    INSERT_CITATION,
    INSERT_RELATION,
    SOURCE_READ,
    SOURCE_SELECT,
    ImportReport,
    Prepared,
    Writer,
    check_relation_kind,
    in_list,
    paused_gc,
    source_from_row,
)

__all__ = ["EventDB", "ImportReport"]


class _Table:
    """A table of :mod:`eventdb.model`, loaded on first use: SQLModel and pydantic take a
    quarter of a second to import, which opening a database, the timeline, get, add and
    import never pay (they send plain SQL). Attribute access goes to the real Table."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._table: Table | None = None

    @property
    def t(self) -> Table:
        if self._table is None:
            from ..model import SQLModel

            self._table = SQLModel.metadata.tables[self.name]
        return self._table

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.t, attr)


EVENT: Any = _Table("event")
SOURCE: Any = _Table("source")
CITATION: Any = _Table("citation")
ACTOR: Any = _Table("actor")
EVENT_ACTOR: Any = _Table("event_actor")
PLACE: Any = _Table("place")
EVENT_PLACE: Any = _Table("event_place")
TAG: Any = _Table("tag")
EVENT_TAG: Any = _Table("event_tag")
RELATION: Any = _Table("event_relation")

MATCHES = ("overlap", "within", "starts")
# Span.sort_key in SQL: earliest start, wider start first, coarser precision first, part,
# flags, then the later end last; the id breaks the remaining ties. (column, descending)
_ORDER_KEY = (
    ("span_lo", False),
    ("start_latest", True),
    ("rank", True),
    ("start_part", False),
    ("start_approximate", False),
    ("start_uncertain", False),
    ("span_hi", False),
    ("id", False),
)
_KEY_COLS = (
    f"id, span_lo, start_latest, {START_RANK_SQL} AS rank, start_part, start_approximate, "
    "start_uncertain, span_hi"
)
ANALYZE_AFTER = 10_000  # events imported at once after which PostgreSQL re-samples
FTS_COMMON = 2000  # matches beyond which a text search walks the timeline instead
# events a common word's walk may check (some 15-30 ms at a million events) before the
# query is asked again from the word's list of matches
TEXT_WALK_CHECKS = 5_000
_BUCKETS = (
    "WITH RECURSIVE b(x) AS (SELECT min(span_bucket) FROM event UNION ALL "
    "SELECT (SELECT min(span_bucket) FROM event WHERE span_bucket > b.x) FROM b "
    "WHERE b.x IS NOT NULL) SELECT x FROM b WHERE x IS NOT NULL"
)
_UPDATABLE = {
    "title",
    "summary",
    "type",
    "type_scheme",
    "slug",
    "date",
    "span",
    "actors",
    "places",
    "tags",
}
_TABLES = ("event", "source", "citation", "actor", "place", "tag", "event_relation")


class _Params(dict[str, Any]):
    """The values of one hand-written query, each bound once under a name of its own.

    >>> p = _Params(); p.add("2022-01-01"), p.named("lo", "2022-01-01"), p.named("lo", 0)
    (':p0', ':lo', ':lo')
    >>> p
    {'p0': '2022-01-01', 'lo': '2022-01-01'}
    """

    def add(self, value: Any) -> str:
        """A fresh parameter holding ``value``; its placeholder."""
        name = f"p{len(self)}"
        self[name] = value
        return f":{name}"

    def named(self, name: str, value: Any) -> str:
        """The parameter ``name``, bound to ``value`` the first time; its placeholder."""
        self.setdefault(name, value)
        return f":{name}"


def _open_start(p: _Params, open_lo: str, at: str) -> str:
    """The events of unknown start (bucket 98, ``span_lo`` 0001-01-01) reaching ``at``."""
    bucket = p.named("open_start", BUCKET_OPEN_START)
    return f"span_bucket = {bucket} AND span_lo = {open_lo} AND span_hi >= {at}"


def _window_date(value: Any, reference: date, *, last: bool) -> date | None:
    """The first (or last) day of a timeline bound given as a phrase, date or FuzzyDate."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, FuzzyDate):
        return value.latest if last else value.earliest
    if isinstance(value, Span):
        d = value.latest if last else value.earliest
        if d is None:
            raise DateError(f"{value.label} has no {'end' if last else 'start'} to bound a window")
        return d
    from ..resolve import resolve

    r = resolve(str(value), reference=reference)
    span = r.span
    if last:
        d = r.latest if r.latest is not None else span.latest
        if d is None and r.start is not None:
            d = r.start.latest
    else:
        d = r.earliest if r.earliest is not None else span.earliest
        if d is None and r.end is not None:
            d = r.end.earliest
    if d is None:
        raise ResolveError(f"{value!r} does not name a date to bound a timeline")
    return d


class EventDB:
    """The event store. Open with a path or a SQLAlchemy URL; use as a context manager.

    ``url=None`` reads ``EVENTDB_URL``, else uses ``events.db`` in the per-user data
    directory. A database made by an older eventdb is upgraded on open (``upgrade=False``
    refuses instead); one made by a newer eventdb is refused. Every method that writes
    runs in one transaction. Results are plain records that outlive the database.

    >>> import tempfile, os
    >>> db = EventDB(os.path.join(tempfile.mkdtemp(), "e.db"))
    >>> db.schema_version, db.counts()["event"]
    ('0005', 0)
    >>> db.close()
    """

    def __init__(
        self, url: str | None = None, *, upgrade: bool = True, strict: bool = True
    ) -> None:
        self.url = schema.normalize_url(url) if url is not None else schema.default_url()
        # A phrase the resolver warns about (a weekday contradicting its day number) is
        # refused on the way in, unless strict=False keeps it with the day number's date.
        self.strict = strict
        self._engine: Engine = schema.make_engine(self.url)
        self.pg = self._engine.dialect.name == "postgresql"
        try:
            with self._engine.connect() as conn:
                found = schema.current_revision(conn)
            schema.check_known(found)
            if found != schema.HEAD:
                if not upgrade and found is not None:
                    raise StoreError(
                        f"the database is at schema revision {found}; this eventdb needs "
                        f"{schema.HEAD}: upgrade it with `eventdb init` (EventDB(url).upgrade())"
                    )
                schema.upgrade(self._engine)
        except SQLAlchemyError as e:
            self._engine.dispose()
            raise StoreError(f"cannot open {self._safe_url()}: {self._open_problem(e)}") from e
        except BaseException:
            self._engine.dispose()
            raise

    def _safe_url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    def _open_problem(self, e: SQLAlchemyError) -> str:
        """Why the database did not open, in the user's terms: SQLite's "unable to open
        database file" for a file in a folder that does not exist names the folder."""
        name = self._engine.url.database
        if self._engine.dialect.name == "sqlite" and name and name != ":memory:":
            from pathlib import Path

            folder = Path(name).parent
            if not folder.is_dir():
                return f"the folder {folder} does not exist: create it first"
        return _first_line(e)

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        """Release every connection."""
        self._engine.dispose()

    def __enter__(self) -> EventDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventDB({self._safe_url()!r})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for tools that want raw access)."""
        return self._engine

    @property
    def schema_version(self) -> str:
        """The schema revision the database records (``'0005'``)."""
        with self._engine.connect() as conn:
            return schema.current_revision(conn) or ""

    def upgrade(self) -> str:
        """Upgrade the schema to this eventdb's revision (opening already does)."""
        return schema.upgrade(self._engine)

    def _read(self) -> Any:
        return self._engine.connect()

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A connection in a read transaction: every query inside sees the same data."""
        with self._engine.connect() as conn, conn.begin():
            yield conn

    def _writer(
        self,
        conn: Connection,
        *,
        prefer: str = "past",
        today: date | None = None,
        language: str = "en",
    ) -> Writer:
        return Writer(
            conn, today=today or date.today(), prefer=prefer, strict=self.strict, language=language
        )

    def _write(self) -> Any:
        return _WriteScope(self._engine)

    # -- counts, sources, actors, places, tags ------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     sorted(db.counts().items())[:3]
        [('actor', 0), ('citation', 0), ('event', 0)]
        """
        with self._read() as conn:
            return {
                t: int(conn.execute(select(func.count()).select_from(table(t))).scalar_one())
                for t in _TABLES
            }

    def add_source(
        self,
        title: str,
        *,
        publisher: str = "",
        url: str = "",
        published: str | date | FuzzyDate | None = None,
        language: str = "",
        accessed: date | str | None = None,
        archive_url: str = "",
        key: str = "",
    ) -> SourceRecord:
        """Record a source; ``published`` (EDTF, may be imprecise) dates its phrases.

        A source whose ``key`` is already stored is returned as it is.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     db.add_source("Aid reaches Stepanakert", published="2023-09").published.label
        'September 2023'
        """
        if isinstance(published, FuzzyDate):
            published = published.edtf  # a date or datetime is read as its day by the writer
        rec = {
            "title": title,
            "publisher": publisher,
            "url": url,
            "published": published or "",
            "language": language,
            "accessed": accessed or "",
            "archive_url": archive_url,
            "key": key,
        }
        with self._write() as conn:
            w = self._writer(conn)
            if key:
                known = w.source_by_key(key)
                if known is not None:
                    return known
            return w.add_source(rec, "source")

    def get_source(self, id_or_key: int | str) -> SourceRecord:
        """A source by id or key (NotFoundError if none)."""
        with self._read() as conn:
            return self._source(conn, id_or_key)

    def _source(self, conn: Connection, id_or_key: int | str | SourceRecord) -> SourceRecord:
        if isinstance(id_or_key, SourceRecord):
            if id_or_key.id is None:
                raise NotFoundError(f"source {id_or_key.title!r} is not stored")
            id_or_key = id_or_key.id
        rows: list[Any] = []
        by_id = SOURCE_SELECT + " WHERE id = :id"
        if isinstance(id_or_key, int):
            rows = self._raw(conn, by_id, {"id": id_or_key})
        else:
            rows = self._raw(
                conn, SOURCE_SELECT + " WHERE key = :key ORDER BY id", {"key": id_or_key}
            )
            if not rows and id_or_key.isdigit():
                rows = self._raw(conn, by_id, {"id": int(id_or_key)})
        if not rows:
            raise NotFoundError(f"no source with id or key {id_or_key!r}")
        return source_from_row(rows[0])

    def _raw(
        self, conn: Connection, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[Any]:
        """Rows of one statement (``:name`` parameters) compiled by SQLAlchemy and sent
        straight to the driver (see :mod:`eventdb.store.statements`)."""
        return Driver(conn).execute(sql, params)

    def sources(self) -> list[tuple[SourceRecord, int]]:
        """Every source with the number of events citing it, by id."""
        n = func.count(func.distinct(CITATION.c.event_id))
        cols = [SOURCE.c[c] for c in SOURCE_READ]
        q = (
            select(*cols, n)
            .select_from(SOURCE.outerjoin(CITATION.t, CITATION.c.source_id == SOURCE.c.id))
            .group_by(*cols)
            .order_by(SOURCE.c.id)
        )
        with self._read() as conn:
            return [(source_from_row(tuple(r[:-1])), int(r[-1])) for r in conn.execute(q)]

    def update_source(self, id_or_key: int | str, **fields: Any) -> SourceRecord:
        """Change a source's fields; a new ``published`` re-resolves its phrases."""
        allowed = {
            "title",
            "publisher",
            "url",
            "published",
            "language",
            "accessed",
            "archive_url",
            "key",
        }
        bad = set(fields) - allowed
        if bad:
            raise StoreError(f"cannot update source field(s) {', '.join(sorted(bad))}")
        published = fields.pop("published", None)
        with self._write() as conn:
            src = self._source(conn, id_or_key)
            assert src.id is not None
            if "accessed" in fields and isinstance(fields["accessed"], str):
                fields["accessed"] = date.fromisoformat(fields["accessed"])
            if fields:
                conn.execute(SOURCE.update().where(SOURCE.c.id == src.id).values(**fields))
        if published is not None:
            self.reresolve(src.id, published=published)
        return self.get_source(src.id)

    def delete_source(self, id_or_key: int | str) -> None:
        """Delete a source that no event cites (StoreError otherwise)."""
        with self._write() as conn:
            src = self._source(conn, id_or_key)
            n = conn.execute(
                select(func.count()).where(CITATION.c.source_id == src.id)
            ).scalar_one()
            if n:
                raise StoreError(f"source {src.title!r} is cited {n} times: delete those first")
            conn.execute(SOURCE.delete().where(SOURCE.c.id == src.id))

    def add_actor(
        self, name: str, *, kind: str = "", aliases: Sequence[str] = (), wikidata: str = ""
    ) -> ActorRef:
        """Record an actor (or update the details of one with that name)."""
        with self._write() as conn:
            self._writer(conn).actor_details(
                {"name": name, "kind": kind, "aliases": list(aliases), "wikidata": wikidata},
                "actor",
            )
        return ActorRef(name=name, kind=kind, wikidata=wikidata)

    def actors(self) -> list[tuple[ActorRef, int]]:
        """Every actor with its number of events, by name."""
        n = func.count(EVENT_ACTOR.c.event_id)
        q = (
            select(ACTOR.c.name, ACTOR.c.kind, ACTOR.c.wikidata, n)
            .select_from(ACTOR.outerjoin(EVENT_ACTOR.t, EVENT_ACTOR.c.actor_id == ACTOR.c.id))
            .group_by(ACTOR.c.id, ACTOR.c.name, ACTOR.c.kind, ACTOR.c.wikidata)
            .order_by(ACTOR.c.name)
        )
        with self._read() as conn:
            return [
                (ActorRef(name=r[0], kind=r[1], wikidata=r[2]), int(r[3])) for r in conn.execute(q)
            ]

    def delete_actor(self, name: str) -> None:
        """Delete an actor and its links to events."""
        self._delete_named(ACTOR, EVENT_ACTOR, EVENT_ACTOR.c.actor_id, name)

    def add_place(
        self,
        name: str,
        *,
        admin_area: str = "",
        country: str = "",
        lat: float | None = None,
        lon: float | None = None,
        geo_precision: str = "",
    ) -> PlaceRecord:
        """Record a place (or update the details of one with that name)."""
        rec = {
            "name": name,
            "admin_area": admin_area,
            "country": country,
            "lat": lat,
            "lon": lon,
            "geo_precision": geo_precision,
        }
        with self._write() as conn:
            self._writer(conn).place_details(rec, "place")
        return PlaceRecord(**rec)  # type: ignore[arg-type]

    def places(self) -> list[tuple[PlaceRecord, int]]:
        """Every place with its number of events, by name."""
        n = func.count(EVENT_PLACE.c.event_id)
        cols = [
            PLACE.c[c] for c in ("name", "admin_area", "country", "lat", "lon", "geo_precision")
        ]
        q = (
            select(*cols, n)
            .select_from(PLACE.outerjoin(EVENT_PLACE.t, EVENT_PLACE.c.place_id == PLACE.c.id))
            .group_by(PLACE.c.id, *cols)
            .order_by(PLACE.c.name)
        )
        with self._read() as conn:
            return [(PlaceRecord(*r[:-1]), int(r[-1])) for r in conn.execute(q)]

    def delete_place(self, name: str) -> None:
        """Delete a place and its links to events."""
        self._delete_named(PLACE, EVENT_PLACE, EVENT_PLACE.c.place_id, name)

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with its number of events, by name."""
        n = func.count(EVENT_TAG.c.event_id)
        q = (
            select(TAG.c.name, n)
            .select_from(TAG.outerjoin(EVENT_TAG.t, EVENT_TAG.c.tag_id == TAG.c.id))
            .group_by(TAG.c.id, TAG.c.name)
            .order_by(TAG.c.name)
        )
        with self._read() as conn:
            return [(r[0], int(r[1])) for r in conn.execute(q)]

    def delete_tag(self, name: str) -> None:
        """Delete a tag and its links to events."""
        self._delete_named(TAG, EVENT_TAG, EVENT_TAG.c.tag_id, name)

    def _delete_named(self, t: Table, link: Table, fk: Any, name: str) -> None:
        with self._write() as conn:
            ident = conn.execute(select(t.c.id).where(t.c.name == name)).scalar()
            if ident is None:
                raise NotFoundError(f"no {t.name} named {name!r}")
            conn.execute(link.delete().where(fk == ident))
            conn.execute(t.delete().where(t.c.id == ident))

    # -- events --------------------------------------------------------------------------

    def add_event(
        self,
        title: str,
        *,
        when: str | None = None,
        end: str | None = None,
        date: str | None = None,
        source: SourceRecord | int | str | None = None,
        reference: Any = None,
        quote: str = "",
        summary: str = "",
        type: str = "",
        type_scheme: str = "",
        actors: Iterable[str | ActorRef | Mapping[str, str]] = (),
        places: Iterable[str | PlaceRecord] = (),
        tags: Iterable[str] = (),
        slug: str | None = None,
        prefer: str = "past",
        language: str = "en",
    ) -> EventRecord:
        """Add an event dated by a phrase resolved against its source's publication day.

        ``when`` (and an optional separate ``end`` phrase) is resolved against the
        source's ``published`` date, else ``reference``, else today; ``date`` is an
        explicit EDTF span set by hand, which wins. Without either the event is undated:
        it happened before the source was published. The phrase, quote, reference and
        resolution are kept on the citation; the explanation is on
        ``.citations[0].explanation``. ``language`` is the pack the phrases are read with
        ("en", "pt", "es"); a source with its own ``language`` wins.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     s = db.add_source("Folha", published="2023-09-19", key="folha")
        ...     e = db.add_event("Aid trucks reach Stepanakert", when="2023-09-18", source="folha")
        ...     e.label, e.slug, e.citations[0].reference
        ('18 September 2023', 'aid-trucks-reach-stepanakert', datetime.date(2023, 9, 19))
        """
        rec: dict[str, Any] = {
            "title": title,
            "when": when,
            "end": end,
            "date": date,
            "quote": quote,
            "summary": summary,
            "type": type,
            "type_scheme": type_scheme,
            "slug": slug,
            "actors": [_actor_arg(a) for a in actors],
            "places": [p.name if isinstance(p, PlaceRecord) else p for p in places],
            "tags": list(tags),
        }
        ref = _as_day(reference)
        with self._write() as conn:
            w = self._writer(conn, prefer=prefer, language=language)
            src = w.source_ref(source, "event", "source")
            rec["source"] = src
            prepared = w.prepare(rec, "", flat=False, reference=ref)
            eid = w.flush([prepared])[0]
            w.finish_relations()
            return self._records(conn, [eid])[0]

    def cite(
        self,
        event: int | str | EventRecord,
        source: SourceRecord | int | str | None,
        *,
        when: str | None = None,
        end: str | None = None,
        date: str | None = None,
        quote: str = "",
        reference: Any = None,
        prefer: str = "past",
    ) -> CitationRecord:
        """Add a source dating an existing event; the adopted span may change.

        The event keeps the most precise of its citations' spans unless its span was
        set by hand.
        """
        with self._write() as conn:
            eid = self._event_id(conn, event)
            w = self._writer(conn, prefer=prefer)
            src = w.source_ref(source, "citation", "source")
            c = w.cite(
                src,
                when=when or "",
                end=end or "",
                date_text=date or "",
                quote=quote,
                reference=_as_day(reference),
                where="citation",
            )
            cid = w.reserve_ids("citation", 1)[0]
            w.executemany(
                INSERT_CITATION, [w.citation_row(cid, eid, c, w._span_values(c.span, c.dated))]
            )
            w.readopt(eid)
            w.refresh_fts([eid])
            rec = self._records(conn, [eid])[0]
            return next(x for x in rec.citations if x.id == cid)

    def get_event(self, id_or_slug: int | str) -> EventRecord:
        """An event by id or slug, with its actors, places, tags, citations and relations."""
        with self._snapshot() as conn:
            return self._records(conn, [self._event_id(conn, id_or_slug)])[0]

    def _event_id(self, conn: Connection, ref: int | str | EventRecord) -> int:
        if isinstance(ref, EventRecord):
            if ref.id is None:
                raise NotFoundError(f"event {ref.title!r} is not stored")
            ref = ref.id
        by_id = "SELECT id FROM event WHERE id = :id"
        if isinstance(ref, int):
            rows = self._raw(conn, by_id, {"id": ref})
        else:
            rows = self._raw(conn, "SELECT id FROM event WHERE slug = :slug", {"slug": ref})
            if not rows:  # the slug of an event merged into another (eventdb merge)
                rows = self._raw(
                    conn, "SELECT event_id FROM event_alias WHERE slug = :slug", {"slug": ref}
                )
            if not rows and ref.isdigit():
                rows = self._raw(conn, by_id, {"id": int(ref)})
        if not rows:
            raise NotFoundError(f"no event with id or slug {ref!r}")
        return int(rows[0][0])

    def update_event(self, id_or_slug: int | str, **fields: Any) -> EventRecord:
        """Change an event: title, summary, type, type_scheme, slug, actors, places, tags,
        or its span by hand (``date="2022-12~/.."`` or ``span=Span(...)``; ``date=None``
        returns to the most precise citation).
        """
        bad = set(fields) - _UPDATABLE
        if bad:
            raise StoreError(f"cannot update event field(s) {', '.join(sorted(bad))}")
        with self._write() as conn:
            eid = self._event_id(conn, id_or_slug)
            w = self._writer(conn)
            values: dict[str, Any] = {
                k: clean_text(v) if isinstance(v := fields[k], str) else v
                for k in ("title", "summary", "type", "type_scheme", "slug")
                if k in fields
            }
            if "title" in values:
                values["title"] = one_line(str(values["title"]))
            if values:
                values["updated_at"] = datetime.now(timezone.utc)
                searched = {"title", "summary"} & set(fields)
                with w.reindexing([eid]) if searched else nullcontext():
                    try:
                        conn.execute(EVENT.update().where(EVENT.c.id == eid).values(**values))
                    except IntegrityError as e:
                        raise StoreError(f"slug {values.get('slug')!r} is taken") from e
            if "date" in fields or "span" in fields:
                self._set_span(conn, w, eid, fields.get("span"), fields.get("date"))
            for key, link, fk, tname in (
                ("actors", EVENT_ACTOR, EVENT_ACTOR.c.actor_id, "actor"),
                ("places", EVENT_PLACE, EVENT_PLACE.c.place_id, "place"),
                ("tags", EVENT_TAG, EVENT_TAG.c.tag_id, "tag"),
            ):
                if key not in fields:
                    continue
                conn.execute(link.delete().where(link.c.event_id == eid))
                rows: list[dict[str, Any]] = []
                seen: set[int] = set()
                for item in fields[key]:
                    role = ""
                    if key == "actors":
                        a = _actor_arg(item)
                        name = a if isinstance(a, str) else a["name"]
                        role = "" if isinstance(a, str) else a.get("role", "")
                    else:
                        name = item.name if isinstance(item, PlaceRecord) else str(item)
                    name, role = clean_text(name), clean_text(role)
                    ident = w.name_id(tname, name)
                    if ident in seen:
                        continue
                    seen.add(ident)
                    row: dict[str, Any] = {"event_id": eid, fk.name: ident, "position": len(rows)}
                    if key == "actors":
                        row["role"] = role
                    rows.append(row)
                if rows:
                    conn.execute(link.insert(), rows)
            return self._records(conn, [eid])[0]

    def _set_span(
        self, conn: Connection, w: Writer, eid: int, span: Span | None, edtf: str | None
    ) -> None:
        if span is None and edtf:
            span = Span.parse(edtf)
        if span is None:
            conn.execute(EVENT.update().where(EVENT.c.id == eid).values(span_manual=False))
            w.readopt(eid)
            return
        from .columns import span_columns

        cols = span_columns(span)
        conn.execute(
            EVENT.update()
            .where(EVENT.c.id == eid)
            .values(
                span_manual=True,
                adopted_citation_id=None,
                updated_at=datetime.now(timezone.utc),
                label=event_label(span, True),
                **cols,
            )
        )

    def delete_event(self, id_or_slug: int | str) -> None:
        """Delete an event with its citations, links and relations."""
        with self._write() as conn:
            eid = self._event_id(conn, id_or_slug)
            for link in (EVENT_ACTOR, EVENT_PLACE, EVENT_TAG, CITATION):
                conn.execute(link.delete().where(link.c.event_id == eid))
            conn.execute(
                RELATION.delete().where(
                    or_(RELATION.c.event_id == eid, RELATION.c.target_id == eid)
                )
            )
            self._writer(conn).unindex(eid)
            conn.execute(EVENT.delete().where(EVENT.c.id == eid))

    def merge(self, keep: int | str | EventRecord, other: int | str | EventRecord) -> EventRecord:
        """Merge ``other`` into ``keep``, in one transaction, and return ``keep``: its
        citations, actors, places, tags and relations move over, the adopted span is
        chosen again, and ``other``'s slug stays as an alias of ``keep`` (details in
        :mod:`eventdb.store.merge`).

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     a = db.add_event("ICC issues a warrant for Putin", when="March 2023")
        ...     b = db.add_event("Court seeks Putin's arrest", when="17 March 2023", actors=["ICC"])
        ...     e = db.merge(a.slug, b.slug)
        ...     e.label, [x.name for x in e.actors], db.get_event(b.slug).slug == a.slug
        ('17 March 2023', ['ICC'], True)
        """
        from .merge import merge_events

        with self._write() as conn:
            a, b = self._event_id(conn, keep), self._event_id(conn, other)
            if a == b:
                raise StoreError(f"{other!r} and {keep!r} are the same event: nothing to merge")
            merge_events(self._writer(conn), a, b)
            return self._records(conn, [a])[0]

    def duplicates(
        self,
        since: Any = None,
        until: Any = None,
        *,
        min_score: float | None = None,
        limit: int | None = None,
        reference: date | None = None,
    ) -> list[DuplicatePair]:
        """Pairs of events that are likely one, reported twice, best first: spans that
        overlap, similar titles, shared actors and places, each pair with a score (0-1)
        and the reason. ``since``/``until`` narrow the events looked at as in
        :meth:`timeline`; ``min_score`` defaults to 0.5. How candidates are found without
        comparing every pair, and the score, are in :mod:`eventdb.store.duplicates`.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     _ = db.add_event("ICC issues a warrant for Putin", date="2023-03", actors=["ICC"])
        ...     _ = db.add_event("ICC warrant for Putin", date="2023-03-17", actors=["ICC"])
        ...     [(p.a.slug, p.b.slug, p.score) for p in db.duplicates()]
        [('icc-issues-a-warrant-for-putin', 'icc-warrant-for-putin', 0.8)]
        """
        from .duplicates import MIN_SCORE, find, reason

        ref = reference or date.today()
        lo = _window_date(since, ref, last=False)
        hi = _window_date(until, ref, last=True)
        d: Callable[[date], Any] = _same if self.pg else _iso
        with self._snapshot() as conn:
            found = find(
                conn,
                d(lo) if lo is not None else None,
                d(hi) if hi is not None else None,
                MIN_SCORE if min_score is None else min_score,
            )
            found = found[:limit] if limit is not None else found
            ids = sorted({x for f in found for x in f[:2]})
            recs = {r.id: r for r in self._records(conn, ids)}
        out = []
        for a, b, score, title, actors, places in found:
            ra, rb = recs[a], recs[b]
            why = reason(ra, rb, title, actors, places)
            out.append(DuplicatePair(ra, rb, score, title, actors, places, why))
        return out

    def relate(self, event: int | str, kind: str, target: int | str) -> None:
        """Link two events: ``part_of``, ``follows``, ``responds_to`` or ``caused_by``."""
        check_relation_kind(kind)
        with self._write() as conn:
            a, b = self._event_id(conn, event), self._event_id(conn, target)
            w = self._writer(conn)
            w.executemany(INSERT_RELATION, [(a, kind, b)])

    # -- reading records -----------------------------------------------------------------

    def _records(self, conn: Connection, ids: Sequence[int]) -> list[EventRecord]:
        """Full records for ``ids``, in that order: six hand-written queries in all."""
        if not ids:
            return []
        ids = list(ids)
        driver = Driver(conn)
        raw = driver.raw
        marks = in_list("i", len(ids))
        params = {f"i{j}": v for j, v in enumerate(ids)}
        curs = [raw.cursor() for _ in _SELECT_RECORDS]
        # PostgreSQL: the six queries go in one pipeline, one round trip instead of six
        # (where libpq can: psycopg's wheels bring one that can; an old system libpq not)
        with raw.pipeline() if self.pg and _pipelines() else nullcontext():
            for c, sql in zip(curs, _SELECT_RECORDS, strict=True):
                c.execute(*driver.bind(sql.format(ids=marks), params))
        events, actors, places, tags, citations, relations = (c.fetchall() for c in curs)
        for c in curs:
            c.close()

        by_id: dict[int, EventRecord] = {}
        adopted: dict[int, int | None] = {}
        spans: dict[Any, Span] = {}
        e_id, e_slug, e_title, e_summary = _E["id"], _E["slug"], _E["title"], _E["summary"]
        e_type, e_scheme, e_dated = _E["type"], _E["type_scheme"], _E["dated"]
        e_created, e_updated, e_adopted = (
            _E["created_at"],
            _E["updated_at"],
            _E["adopted_citation_id"],
        )
        for r in events:
            ident = r[e_id]
            by_id[ident] = EventRecord(
                title=r[e_title],
                span=span_from_values(r[:_SPAN_END], spans),
                slug=r[e_slug],
                summary=r[e_summary],
                type=r[e_type],
                type_scheme=r[e_scheme],
                dated=bool(r[e_dated]),
                created_at=_as_utc(r[e_created]),
                updated_at=_as_utc(r[e_updated]),
                id=ident,
            )
            adopted[ident] = r[e_adopted]
        for r in actors:
            by_id[r[0]].actors.append(ActorRef(name=r[1], kind=r[2], role=r[3], wikidata=r[4]))
        for r in places:
            by_id[r[0]].places.append(PlaceRecord(*r[1:]))
        for r in tags:
            by_id[r[0]].tags.append(r[1])
        sources: dict[int, SourceRecord] = {}
        n = len(CITATION_COLUMNS)
        c_id, c_event, c_ref, c_dated = _C["id"], _C["event_id"], _C["reference"], _C["dated"]
        c_quote, c_phrase, c_end, c_text = (
            _C["quote"],
            _C["phrase"],
            _C["end_phrase"],
            _C["date_text"],
        )
        c_expl, c_warn = _C["explanation"], _C["warnings"]
        for r in citations:
            sid = r[n]
            if sid is None:
                src = SourceRecord(title="")
            else:
                src = sources.get(sid) or source_from_row(r[n:])
                sources[sid] = src
            cid, eid, ref = r[c_id], r[c_event], r[c_ref]
            by_id[eid].citations.append(
                CitationRecord(
                    source=src,
                    span=span_from_values(r[:_SPAN_END], spans),
                    quote=r[c_quote],
                    phrase=r[c_phrase],
                    end_phrase=r[c_end],
                    reference=_as_date(ref) if ref is not None else None,
                    explanation=r[c_expl],
                    date_text=r[c_text] or "",
                    dated=bool(r[c_dated]),
                    adopted=cid == adopted.get(eid),
                    id=cid,
                    warnings=tuple(r[c_warn].splitlines()) if r[c_warn] else (),
                )
            )
        for r in relations:
            by_id[r[0]].relations.append(
                RelationRecord(kind=r[1], target_slug=r[2], target_title=r[3])
            )
        return [by_id[i] for i in ids if i in by_id]

    # -- the timeline ----------------------------------------------------------------------

    def timeline(
        self,
        since: Any = None,
        until: Any = None,
        match: str = "overlap",
        actors: Iterable[str] | str | None = None,
        tags: Iterable[str] | str | None = None,
        types: Iterable[str] | str | None = None,
        places: Iterable[str] | str | None = None,
        text: str | None = None,
        source: int | str | SourceRecord | None = None,
        order: str = "asc",
        limit: int | None = None,
        offset: int = 0,
        *,
        reference: date | None = None,
    ) -> list[EventRecord]:
        """Events in chronological order (:attr:`eventdb.dates.Span.sort_key`), filtered.

        ``since``/``until`` take a phrase the resolver reads ("2022", "last month",
        "2023-W37"), a date, a FuzzyDate or a Span; relative phrases are read against
        ``reference`` (default today). ``match``: ``overlap`` (default) keeps every event
        whose span can touch the window, so an event ongoing since December 2022 is in
        ``since="2023"``; ``within`` only events wholly inside; ``starts`` events whose
        earliest possible start is inside. ``actors``, ``tags``, ``types``, ``places``
        keep events with any of the names given; ``text`` searches titles, summaries
        and quotes (every word must occur); ``source`` keeps events citing it.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     _ = db.add_event("Ceasefire", date="2023-09-20")
        ...     _ = db.add_event("Offensive", date="2023-09-19")
        ...     [e.title for e in db.timeline(since="2023-09")]
        ['Offensive', 'Ceasefire']
        """
        args = (since, until, match, actors, tags, types, places, text, source, order)
        with self._snapshot() as conn:
            sql, params, walking = self._timeline_sql(
                conn, *args, limit, offset, reference, walk=True
            )
            ids = self._ids(conn, sql, params, checks=TEXT_WALK_CHECKS if walking else None)
            if ids is None:  # the word is too rare where the walk went: list its matches
                sql, params, _ = self._timeline_sql(
                    conn, *args, limit, offset, reference, walk=False
                )
                ids = self._ids(conn, sql, params)
            return self._records(conn, ids or [])

    def _ids(
        self,
        conn: Connection,
        sql: str,
        params: Mapping[str, Any],
        *,
        checks: int | None = None,
    ) -> list[int] | None:
        """The ids a timeline query returns. A walking text search (see :meth:`_filters`)
        may ask the search index about ``checks`` events; past that it is stopped and
        None returned."""
        driver = Driver(conn)
        raw = driver.raw
        cur = raw.cursor()
        left = [checks or 0]

        def walked(_id: int) -> bool:
            left[0] -= 1
            if left[0] == -1:
                # Stop the query: SQLite answers "interrupted". (Raising here would do it
                # too, but prints a traceback wherever callback tracebacks are enabled, as
                # Datasette enables them for every program that imports it.)
                raw.interrupt()
            return True

        if checks is not None:
            raw.create_function("eventdb_walked", 1, walked)
        try:
            cur.execute(*driver.bind(sql, params))
            return [r[0] for r in cur.fetchall()]
        except sqlite3.OperationalError:
            if checks is None or left[0] >= 0:
                raise
            return None
        finally:
            cur.close()

    def explain(self, **timeline_args: Any) -> list[str]:
        """The database's plan for the query :meth:`timeline` sends with these arguments
        (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN`` on PostgreSQL): which indexes it uses.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     any("ix_event_order" in line for line in db.explain(since="2022", limit=50))
        True
        """
        args = {
            "since": None,
            "until": None,
            "match": "overlap",
            "actors": None,
            "tags": None,
            "types": None,
            "places": None,
            "text": None,
            "source": None,
            "order": "asc",
            "limit": None,
            "offset": 0,
            "reference": None,
            **timeline_args,
        }
        with self._snapshot() as conn:
            sql, params, _ = self._timeline_sql(conn, *args.values(), walk=True)
            if self.pg:
                return [str(r[0]) for r in self._raw(conn, "EXPLAIN " + sql, params)]
            return [str(r[3]) for r in self._raw(conn, "EXPLAIN QUERY PLAN " + sql, params)]

    def _timeline_sql(
        self,
        conn: Connection,
        since: Any,
        until: Any,
        match: str,
        actors: Iterable[str] | str | None,
        tags: Iterable[str] | str | None,
        types: Iterable[str] | str | None,
        places: Iterable[str] | str | None,
        text_query: str | None,
        source: int | str | SourceRecord | None,
        order: str,
        limit: int | None,
        offset: int,
        reference: date | None,
        *,
        walk: bool,
    ) -> tuple[str, dict[str, Any], bool]:
        """The SQL (``:name`` parameters) and parameters of one timeline query, and whether
        it walks the timeline checking each event for a common word (see :meth:`_filters`)."""
        if match not in MATCHES:
            raise StoreError(f"match must be one of {', '.join(MATCHES)}, not {match!r}")
        if order not in ("asc", "desc"):
            raise StoreError(f"order must be asc or desc, not {order!r}")
        ref = reference or date.today()
        lo = _window_date(since, ref, last=False)
        hi = _window_date(until, ref, last=True)
        d: Callable[[date], Any] = _same if self.pg else _iso
        p = _Params()
        where, by_matches, walking = self._filters(
            conn, p, actors, tags, types, places, text_query, source, walk=walk
        )
        window: list[str] = []
        # Events that began before the window and may still run into it: one index range
        # per span bucket (see eventdb.model), each bounded by the bucket's width. SQLite
        # reads the buckets present first; PostgreSQL walks every bounded bucket in one
        # LATERAL subquery (planned once, an empty bucket is one index probe).
        straddle: list[tuple[str, str]] = []  # (kind of part, condition)
        open_lo = p.named("open_lo", d(LO_OPEN))
        if match == "overlap":
            if hi is not None:
                window.append(f"span_lo <= {p.named('hi', d(hi))}")
            if lo is not None:
                at = p.named("lo", d(lo))
                window.append(f"span_lo >= {at}")
                for b in (BUCKET_OPEN_START, BUCKET_OPEN_END) if self.pg else self._buckets(conn):
                    if b == BUCKET_OPEN_START:
                        straddle.append(("open_start", _open_start(p, open_lo, at)))
                    elif b == BUCKET_OPEN_END:
                        straddle.append(("plain", f"span_bucket = {p.add(b)} AND span_lo < {at}"))
                    elif b > 0:  # a one-day event cannot start before the window and reach it
                        straddle.append(
                            (
                                "plain",
                                f"span_bucket = {p.add(b)} AND span_lo >= "
                                f"{p.add(d(bucket_floor(lo, b)))} AND span_lo < {at} "
                                f"AND span_hi >= {at}",
                            )
                        )
                if self.pg:
                    # the bounded buckets' events that start before the window and reach
                    # it, bucket n (lateral b.n) starting at most 2**n - 1 days before lo
                    bounded = (
                        f"span_bucket = b.n AND span_lo >= {at} - LEAST((1 << b.n) - 1, "
                        f"{at} - {open_lo}) AND span_lo < {at} AND span_hi >= {at}"
                        if limit is not None
                        else f"span_bucket BETWEEN 1 AND {MAX_BUCKET} AND span_lo < {at} "
                        f"AND span_hi >= {at}"
                    )
                    straddle.append(("bounded" if limit is not None else "plain", bounded))
        else:
            if match == "starts":
                window.append("start_earliest IS NOT NULL")
            if lo is not None:
                window.append(f"span_lo >= {p.named('lo', d(lo))}")
            if hi is not None:
                at = p.named("hi", d(hi))
                window.append(f"span_hi <= {at}" if match == "within" else f"span_lo <= {at}")
        desc = order == "desc"
        order_by = ", ".join(
            f"{col} {'DESC' if down != desc else 'ASC'}" for col, down in _ORDER_KEY
        )
        page = ""
        if limit is not None:
            page += f" LIMIT {p.named('limit', int(limit))}"
        if offset:
            at = p.named("offset", int(offset))
            page += (
                f" OFFSET {at}"
                if limit is not None
                else (f" LIMIT -1 OFFSET {at}" if not self.pg else f" OFFSET {at}")
            )
        parts = [("plain", " AND ".join(window + where) or "1 = 1")]
        if lo is None and match != "starts" and limit is not None and not by_matches:
            # No lower bound: the events at span_lo 0001-01-01 (unknown starts, bucket 98)
            # are a part of their own, read in span_hi order, so the first page does not
            # sort every undated event; the rest is read in span_lo order after them.
            base = parts[0][1]
            parts = [
                ("plain", f"span_lo > {open_lo} AND {base}"),
                ("open_start", f"{_open_start(p, open_lo, open_lo)} AND {base}"),
            ]
        parts += [(kind, f"{c} AND {' AND '.join(where)}" if where else c) for kind, c in straddle]
        if len(parts) == 1 or limit is None:
            cond = " OR ".join(f"({c})" for _, c in parts)
            sql = (
                f"SELECT id FROM (SELECT {_KEY_COLS} FROM event WHERE {cond}) AS t "
                f"ORDER BY {order_by}{page}"
            )
        else:
            # Each part is read in index order and cut at the page's end before merging.
            k = p.named("k", int(limit) + int(offset))
            # Events with an unknown start tie on every start column of the sort key, so
            # their part is ordered by the index's own span_hi, id and stops at the page.
            way = "DESC" if desc else "ASC"
            subs = [
                f"SELECT * FROM (SELECT {_KEY_COLS} FROM event WHERE {c} ORDER BY "
                f"{f'span_hi {way}, id {way}' if kind == 'open_start' else order_by} "
                f"LIMIT {k}) AS p{i}"
                if kind != "bounded"
                else f"SELECT p{i}.* FROM generate_series(1, {MAX_BUCKET}) AS b(n) "
                f"CROSS JOIN LATERAL (SELECT {_KEY_COLS} FROM event WHERE {c} "
                f"ORDER BY {order_by} LIMIT {k}) AS p{i}"
                for i, (kind, c) in enumerate(parts)
            ]
            sql = f"SELECT id FROM ({' UNION ALL '.join(subs)}) AS t ORDER BY {order_by}{page}"
        return sql, p, walking

    def _fts_common(self, conn: Connection, q: str) -> bool:
        """Whether an FTS5 query matches more than a few thousand events (counted no
        further than that, so asking is cheap)."""
        rows = self._raw(
            conn,
            "SELECT count(*) FROM (SELECT 1 FROM event_fts WHERE event_fts MATCH :q LIMIT :n)",
            {"q": q, "n": FTS_COMMON},
        )
        return int(rows[0][0]) >= FTS_COMMON

    def _buckets(self, conn: Connection) -> list[int]:
        """The span buckets in use: a loose index scan, one index seek per bucket."""
        return [int(r[0]) for r in self._raw(conn, _BUCKETS)]

    def _filters(
        self,
        conn: Connection,
        p: _Params,
        actors: Iterable[str] | str | None,
        tags: Iterable[str] | str | None,
        types: Iterable[str] | str | None,
        places: Iterable[str] | str | None,
        text_query: str | None,
        source: int | str | SourceRecord | None,
        *,
        walk: bool = False,
    ) -> tuple[list[str], bool, bool]:
        """SQL conditions on ``event`` for the timeline's filters, their values bound in
        ``p``; whether a rare word's few matches should drive the query; whether it walks
        the timeline checking a common word event by event (``walk=True`` allows it)."""
        out: list[str] = []
        by_matches = walking = False
        for names, t, link, fk in (
            (actors, ACTOR, "event_actor", "actor_id"),
            (tags, TAG, "event_tag", "tag_id"),
            (places, PLACE, "event_place", "place_id"),
        ):
            wanted = _listed(names)
            if wanted is None:
                continue
            lowered = [n.lower() for n in wanted]
            found = [
                r[0] for r in conn.execute(select(t.c.id).where(func.lower(t.c.name).in_(lowered)))
            ]
            if not found:
                out.append("1 = 0")
                continue
            marks = ", ".join(p.add(v) for v in found)
            out.append(f"id IN (SELECT event_id FROM {link} WHERE {fk} IN ({marks}))")
        wanted_types = _listed(types)
        if wanted_types is not None:
            out.append(
                f"type IN ({', '.join(p.add(v) for v in wanted_types)})"
                if wanted_types
                else "1 = 0"
            )
        if text_query and text_query.strip():
            if self.pg:
                out.append(
                    "id IN (SELECT event_id FROM event_fts WHERE document @@ "
                    f"plainto_tsquery('simple', {p.add(text_query)}))"
                )
                # one part: PostgreSQL's planner picks between the GIN index and the order
                # (split into parts, each part repeated the search)
                by_matches = True
            else:
                q = fts_query(text_query)
                if not q:
                    out.append("1 = 0")
                elif not self._fts_common(conn, q):
                    # A rare word: start from its few matches.
                    out.append(
                        f"id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH {p.add(q)})"
                    )
                    by_matches = True
                elif walk:
                    # A common word: walk the timeline in index order and ask the search
                    # index about each event, stopping at the page's end. Where the word is
                    # rare in the window that walk grows long; timeline() then interrupts it
                    # and asks again with walk=False.
                    out.append(
                        "eventdb_walked(id) AND EXISTS (SELECT 1 FROM event_fts f "
                        f"WHERE f.event_fts MATCH {p.add(q)} AND f.rowid = event.id)"
                    )
                    walking = True
                else:
                    # The fallback: the word's matches go once into a temporary table, and
                    # the walk checks each event there by a key seek.
                    driver = Driver(conn)
                    driver.execute(
                        "CREATE TEMP TABLE IF NOT EXISTS eventdb_hits (id INTEGER PRIMARY KEY)"
                    )
                    driver.execute("DELETE FROM temp.eventdb_hits")
                    driver.execute(
                        "INSERT INTO temp.eventdb_hits SELECT rowid FROM event_fts "
                        "WHERE event_fts MATCH :q",
                        {"q": q},
                    )
                    out.append("EXISTS (SELECT 1 FROM temp.eventdb_hits h WHERE h.id = event.id)")
        if source is not None and source != "":
            out.append(
                "id IN (SELECT event_id FROM citation WHERE source_id = "
                f"{p.add(self._source(conn, source).id)})"
            )
        return out, by_matches, walking

    # -- anchors, conflicts, reresolve -----------------------------------------------------

    def anchors(self) -> dict[str, Span]:
        """Every dated event's title and slug mapped to its adopted span, for the resolver:
        ``resolve("two days after the ICC warrant", ref, anchors=db.anchors())``."""
        with self._read() as conn:
            out: dict[str, Span] = {}
            for row in conn.execute(
                select(EVENT.t).where(EVENT.c.dated.is_(True)).order_by(EVENT.c.id)
            ):
                m = row._mapping
                span = span_from(m)
                out.setdefault(m["title"], span)
                out[m["slug"]] = span
            return out

    def conflicts(self) -> list[tuple[EventRecord, list[CitationRecord]]]:
        """Events whose dated citations disagree: two of them resolve to spans that cannot
        overlap. Each comes with every dated citation, in citation order."""
        a, b = CITATION.alias("a"), CITATION.alias("b")
        q = (
            select(a.c.event_id)
            .join(b, and_(b.c.event_id == a.c.event_id, b.c.id > a.c.id))
            .where(
                a.c.dated.is_(True),
                b.c.dated.is_(True),
                or_(a.c.span_hi < b.c.span_lo, b.c.span_hi < a.c.span_lo),
            )
            .distinct()
        )
        with self._read() as conn:
            ids = sorted(int(r[0]) for r in conn.execute(q))
            recs = self._records(conn, ids)
        return [(r, [c for c in r.citations if c.phrase or c.span.start is not None]) for r in recs]

    def reresolve(self, source: int | str | SourceRecord, published: Any = None) -> int:
        """Resolve every phrase cited from ``source`` again, after setting its publication
        date to ``published`` if given; the events' adopted spans follow. Returns the
        number of citations re-resolved.
        """
        with self._write() as conn:
            src = self._source(conn, source)
            assert src.id is not None
            if published is not None:
                fd = (
                    published
                    if isinstance(published, FuzzyDate)
                    else (
                        FuzzyDate.day(published)
                        if isinstance(published, date)
                        else FuzzyDate.parse(str(published))
                    )
                )
                conn.execute(
                    SOURCE.update()
                    .where(SOURCE.c.id == src.id)
                    .values(published=fd.edtf, published_earliest=fd.earliest)
                )
                src.published = fd
            w = self._writer(conn)
            rows = conn.execute(
                select(
                    CITATION.c.id,
                    CITATION.c.event_id,
                    CITATION.c.phrase,
                    CITATION.c.end_phrase,
                    CITATION.c.date_text,
                    CITATION.c.quote,
                    CITATION.c.reference,
                )
                .where(CITATION.c.source_id == src.id)
                .order_by(CITATION.c.id)
            ).all()
            from .columns import span_columns

            for cid, _eid, phrase, end_phrase, date_text, quote, reference in rows:
                c = w.cite(
                    src,
                    when=phrase,
                    end=end_phrase,
                    date_text=date_text,
                    quote=quote,
                    reference=reference,
                    where=f"citation {cid}",
                )
                conn.execute(
                    CITATION.update()
                    .where(CITATION.c.id == cid)
                    .values(
                        reference=c.reference,
                        explanation=c.explanation,
                        warnings="\n".join(c.warnings),
                        **span_columns(c.span, dated=c.dated),
                    )
                )
            for eid in sorted({r[1] for r in rows}):
                w.readopt(eid)
            return len(rows)

    # -- import ----------------------------------------------------------------------------

    def import_records(
        self,
        records: Iterable[Mapping[str, Any]],
        *,
        skip_errors: bool = False,
        where: str = "",
        reference: date | None = None,
        prefer: str = "past",
        dry_run: bool = False,
        update: bool = False,
    ) -> ImportReport:
        """Import flat event records (one event per dict, ``source_*`` fields) in one
        transaction, streaming in chunks.

        A bad record aborts the whole import, leaving the database as it was, with an
        :class:`ImportRecordError` naming the record and field; ``skip_errors=True``
        imports the others and lists each skipped record. A record's location is
        ``"<where>, record <n>"`` (1-based) unless it carries its own in ``_where``.
        ``dry_run=True`` does everything, against the data already stored, then rolls back.

        Importing is idempotent: an event already stored (a citation with the same source
        and quote, or the same explicit slug) is counted in ``report.held`` and left as it
        is; ``update=True`` refreshes it from the record instead (``report.updated``; the
        fields are listed in :mod:`eventdb.store.held`).

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     rec = {"title": "Talks", "when": "2023-09-18",
        ...            "source_title": "Folha", "source_published": "2023-09-19"}
        ...     db.import_records([rec]).added
        1
        """
        return self.import_many(
            [(where, records)],
            skip_errors=skip_errors,
            reference=reference,
            prefer=prefer,
            dry_run=dry_run,
            update=update,
        )

    def import_document(
        self,
        doc: Mapping[str, Any],
        *,
        skip_errors: bool = False,
        where: str = "",
        reference: date | None = None,
        prefer: str = "past",
        dry_run: bool = False,
        update: bool = False,
    ) -> ImportReport:
        """Import a document (``sources``, ``actors``, ``places``, ``events``; see
        docs/contracts.md) in one transaction; errors, ``dry_run``, held events and
        ``update`` as :meth:`import_records`."""
        return self.import_many(
            [(where, doc)],
            skip_errors=skip_errors,
            reference=reference,
            prefer=prefer,
            dry_run=dry_run,
            update=update,
        )

    def import_many(
        self,
        parts: Iterable[tuple[str, Mapping[str, Any] | Iterable[Mapping[str, Any]]]],
        *,
        skip_errors: bool = False,
        reference: date | None = None,
        prefer: str = "past",
        dry_run: bool = False,
        update: bool = False,
    ) -> ImportReport:
        """Import several files' contents in ONE transaction: each part is ``(where,
        document)`` or ``(where, records)``. A bad record in the last file leaves the first
        unimported too. ``dry_run=True`` checks everything against the stored data (sources
        already in the database count) and rolls back. Events already stored are held, or
        refreshed with ``update=True``, as in :meth:`import_records`.

        >>> import tempfile, os
        >>> with EventDB(os.path.join(tempfile.mkdtemp(), "e.db")) as db:
        ...     src = {"key": "f", "title": "Folha", "published": "2023-09-19"}
        ...     ev = {"title": "Aid arrives", "when": "This Monday (18)", "source": "f"}
        ...     doc = {"sources": [src], "events": [ev]}
        ...     rec = {"title": "Talks", "when": "2023-09-18", "source": "f"}
        ...     report = db.import_many([("a.yaml", doc), ("b.jsonl", [rec])], dry_run=True)
        ...     report.added, db.counts()["event"]
        (2, 0)
        """
        try:
            return self._import(parts, skip_errors, reference, prefer, dry_run, update)
        except _DryRun as done:
            return done.report

    def _import(
        self,
        parts: Iterable[tuple[str, Mapping[str, Any] | Iterable[Mapping[str, Any]]]],
        skip_errors: bool,
        reference: date | None,
        prefer: str,
        dry_run: bool,
        update: bool = False,
    ) -> ImportReport:
        report = ImportReport()
        with paused_gc(), self._write() as conn:  # see paused_gc: a fifth of the CPU
            w = self._writer(conn, prefer=prefer)
            held = Held(w, report, update=update)
            if not self.pg:
                # A 64 MB page cache while importing (the default is 2 MB): index pages of
                # a million-row table stay in memory instead of churning through the OS.
                w.execute("PRAGMA cache_size = -65536")
            for where, content in parts:
                if isinstance(content, Mapping):
                    items, flat = _document_items(content, where), False
                elif isinstance(content, (str, bytes)):
                    raise ImportRecordError(
                        "expected a mapping with sources and events", where=where
                    )
                else:
                    items, flat = (("event", r) for r in content), True
                report.added += self._import_part(
                    w, items, where, reference, skip_errors, report, flat=flat, held=held
                )
            w.finish_relations(report if skip_errors else None)
            if not self.pg:
                w.execute("PRAGMA cache_size = -2000")
                if (
                    not dry_run
                    and report.added >= ANALYZE_AFTER
                    and report.added * 10 >= w.execute("SELECT count(*) FROM event")[0][0]
                ):
                    # One search-index segment instead of the hundreds a bulk load leaves:
                    # a word's lookup then reads one list, not one per segment (a common
                    # word's search at a million events: 4x faster, for 3 s once).
                    w.execute("INSERT INTO event_fts (event_fts) VALUES ('optimize')")
            elif report.added >= ANALYZE_AFTER:
                # Fresh planner statistics, or PostgreSQL plans the next timeline for the
                # empty tables it last sampled (autovacuum would catch up only later).
                w.execute(
                    "ANALYZE event, citation, event_actor, event_place, event_tag, "
                    "event_fts, source, actor, place, tag"
                )
            if dry_run:
                raise _DryRun(report)  # leaving the scope with an error rolls it all back
        return report

    @staticmethod
    def _import_part(
        w: Writer,
        items: Iterable[tuple[str, Any]],
        where: str,
        reference: date | None,
        skip_errors: bool,
        report: ImportReport,
        *,
        flat: bool,
        held: Held,
    ) -> int:
        """Write one file's records through ``w``; returns how many events it added."""
        added = 0
        counters: dict[str, int] = {}
        prefix = f"{where}, " if where else ""
        chunk: list[Prepared] = []
        for kind, rec in items:
            n = counters[kind] = counters.get(kind, 0) + 1
            label = "record" if flat else kind
            loc = (
                rec.get("_where") if isinstance(rec, Mapping) else None
            ) or f"{prefix}{label} {n}"
            try:
                if kind == "source":
                    if not isinstance(rec, Mapping):
                        raise ImportRecordError("expected an object", where=loc)
                    key = str(rec.get("key") or "")
                    if not key or w.source_by_key(key) is None:
                        w.add_source(rec, loc)
                elif kind == "actor":
                    w.actor_details(rec, loc)
                elif kind == "place":
                    w.place_details(rec, loc)
                else:
                    chunk.append(w.prepare(rec, loc, flat=flat, reference=reference))
            except ImportRecordError as e:
                if not skip_errors:
                    raise
                report.skipped.append((loc, str(e)))
            except (EventDBError, ValueError, TypeError) as e:
                err = ImportRecordError(str(e), where=loc)
                if not skip_errors:
                    raise err from e
                report.skipped.append((loc, str(err)))
            if len(chunk) >= CHUNK:
                added += held.write(chunk, report if skip_errors else None)
                chunk = []
        added += held.write(chunk, report if skip_errors else None)
        return added


@lru_cache(maxsize=1)
def _pipelines() -> bool:
    """Whether psycopg can pipeline queries with the libpq it runs on."""
    import psycopg

    return bool(psycopg.Pipeline.is_supported())


class _DryRun(Exception):
    """Raised inside an import's transaction to roll a dry run back, carrying its report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def _document_items(doc: Mapping[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    """A document's records in import order: sources, actors, places, then events."""
    for kind in ("sources", "actors", "places", "events"):
        value = doc.get(kind) or []
        if not isinstance(value, list):
            raise ImportRecordError(f"{kind} must be a list", where=where, field=kind)
        for v in value:
            yield kind[:-1], v


# The event and citation columns are read whole, in the registry's order (span columns
# first: eventdb.store.columns), and unpacked by these positions.
_E = {c: i for i, c in enumerate(EVENT_COLUMNS)}
_C = {c: i for i, c in enumerate(CITATION_COLUMNS)}
_SPAN_END = len(SPAN_FIELDS)
_SELECT_EVENTS = f"SELECT {', '.join(EVENT_COLUMNS)} FROM event WHERE id IN ({{ids}})"
_SELECT_ACTORS = (
    "SELECT ea.event_id, a.name, a.kind, ea.role, a.wikidata FROM event_actor ea "
    "JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id IN ({ids}) "
    "ORDER BY ea.event_id, ea.position"
)
_SELECT_PLACES = (
    "SELECT ep.event_id, p.name, p.admin_area, p.country, p.lat, p.lon, p.geo_precision "
    "FROM event_place ep JOIN place p ON p.id = ep.place_id WHERE ep.event_id IN ({ids}) "
    "ORDER BY ep.event_id, ep.position"
)
_SELECT_TAGS = (
    "SELECT et.event_id, t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id "
    "WHERE et.event_id IN ({ids}) ORDER BY et.event_id, et.position"
)
_SELECT_CITATIONS = (
    f"SELECT {', '.join('c.' + c for c in CITATION_COLUMNS)}, "
    f"{', '.join('s.' + c for c in SOURCE_READ)} "
    "FROM citation c LEFT JOIN source s ON s.id = c.source_id WHERE c.event_id IN ({ids}) "
    "ORDER BY c.event_id, c.id"
)
_SELECT_RELATIONS = (
    "SELECT r.event_id, r.kind, t.slug, t.title FROM event_relation r "
    "JOIN event t ON t.id = r.target_id WHERE r.event_id IN ({ids}) ORDER BY r.event_id, r.id"
)
# what _records reads, in the order it unpacks them
_SELECT_RECORDS = (
    _SELECT_EVENTS,
    _SELECT_ACTORS,
    _SELECT_PLACES,
    _SELECT_TAGS,
    _SELECT_CITATIONS,
    _SELECT_RELATIONS,
)


def _same(v: date) -> Any:
    return v


def _iso(v: date) -> Any:
    return v.isoformat()


def _as_date(v: Any) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


@lru_cache(maxsize=1024)
def _utc_text(v: str) -> datetime:
    # An import stamps all its rows with one time: parse each distinct text once.
    return datetime.fromisoformat(v).replace(tzinfo=timezone.utc)


def _as_utc(v: Any) -> datetime | None:
    if v is None:
        return None
    if isinstance(v, str):
        return _utc_text(v)
    d = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
    return d.replace(tzinfo=timezone.utc) if d.tzinfo is None else d.astimezone(timezone.utc)


class _WriteScope:
    """``with db._write() as conn``: one write transaction; SQLAlchemy errors become
    StoreError."""

    def __init__(self, engine: Engine) -> None:
        self._cm = schema.write_transaction(engine)

    def __enter__(self) -> Connection:
        try:
            return self._cm.__enter__()
        except SQLAlchemyError as e:
            raise StoreError(f"cannot write to the database: {_first_line(e)}") from e

    def __exit__(self, et: Any, ev: Any, tb: Any) -> None:
        try:
            self._cm.__exit__(et, ev, tb)
        except SQLAlchemyError as e:
            raise StoreError(f"the write failed: {_first_line(e)}") from e
        if isinstance(ev, SQLAlchemyError):
            raise StoreError(f"the write failed: {_first_line(ev)}") from ev
        if ev is not None and _is_driver_error(ev):
            raise StoreError(f"the write failed: {_first_line(ev)}") from ev


def _is_driver_error(e: BaseException) -> bool:
    mod = type(e).__module__
    return mod.startswith(("sqlite3", "psycopg"))


def _first_line(e: BaseException) -> str:
    msg = str(getattr(e, "orig", None) or e)
    return msg.strip().splitlines()[0] if msg.strip() else type(e).__name__


def _listed(v: Iterable[str] | str | None) -> list[str] | None:
    if v is None:
        return None
    if isinstance(v, str):
        return [v]
    return list(v)


def _actor_arg(a: str | ActorRef | Mapping[str, str]) -> Any:
    if isinstance(a, ActorRef):
        return {"name": a.name, "role": a.role}
    return a


def _as_day(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, FuzzyDate):
        return v.earliest
    return date.fromisoformat(str(v))
