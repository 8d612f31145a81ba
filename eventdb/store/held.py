"""Idempotent import: an event the store already holds is recognised, not written twice.

An imported event is the one already stored when it names an explicit slug that is taken
(by an event, or as a merged event's alias); a record without a slug, when one of its
citations is already stored (the same source and the same quote; for a citation without
a quote, the same source, event title and date phrase as written). An explicit slug
decides alone, since two events may rest on one quote ("two wars": the first and the
second). Importing a draft a second time therefore writes nothing and
counts every event as held.

With ``update=True`` a held event is refreshed from the record (:func:`refresh`): a
non-empty title, summary, type or type scheme replaces the stored one; non-empty actor,
place and tag lists replace the stored lists; each of the record's citations found on
the event takes the record's phrases and is resolved again, and the others are added;
relations are added. The event's adopted span is then chosen again the way every write
chooses it (:meth:`Writer.readopt`), and since conflicts are read from the citations'
spans, they follow. Nothing is ever blanked or removed: citations from other articles
and merges stay.

Finding held events costs nothing for sources this import created (no earlier import
cited them): the keys of the citations it wrote are kept as 64-bit hashes, and a hit is
checked in the database. The citations of a source stored before are read once per chunk
through ``ix_citation_source``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, text

from .columns import SPAN_FIELDS, span_from_values, span_row
from .writer import INSERT_CITATION, Cite, ImportReport, Prepared, Writer

__all__ = ["Held", "cite_key", "query", "refresh"]

Key = tuple[Any, ...]


def query(conn: Connection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """The rows of one statement, SQLAlchemy ``text`` with named parameters; a list or
    tuple parameter expands for ``IN :name``. [] for a statement returning no rows."""
    stmt = text(sql)
    lists: list[Any] = [
        bindparam(k, expanding=True) for k, v in params.items() if isinstance(v, list)
    ]
    result = conn.execute(stmt.bindparams(*lists) if lists else stmt, params)
    return [tuple(r) for r in result] if result.returns_rows else []


def cite_key(source_id: int | None, title: str, quote: str, phrase: str, date_text: str) -> Key:
    """What makes two citations the same one.

    >>> cite_key(3, "Talks", "they met", "last week", "")
    (3, 'quote', 'they met')
    >>> cite_key(3, "Talks", "", "last week", "")
    (3, 'title', 'Talks', 'last week', '')
    """
    if quote:
        return (source_id, "quote", quote)
    return (source_id, "title", title, phrase, date_text)


def _key(p: Prepared, c: Cite) -> Key:
    sid = c.source.id if c.source is not None else None
    return cite_key(sid, p.title, c.quote, c.phrase, c.date_text)


_CITED = (
    "SELECT c.event_id, c.source_id, c.quote, e.title, c.phrase, c.date_text "
    "FROM citation c JOIN event e ON e.id = c.event_id"
)


class Held:
    """Writes chunks of prepared events through one :class:`Writer`, holding back (and,
    with ``update``, refreshing) the ones the store already holds; counts into ``report``."""

    def __init__(self, w: Writer, report: ImportReport, *, update: bool = False) -> None:
        self.w = w
        self.report = report
        self.update = update
        self._written: set[int] = set()  # hashes of the keys of citations this import wrote

    def write(self, chunk: list[Prepared], skip: ImportReport | None) -> int:
        """Insert the new events of ``chunk``; returns how many were added."""
        if not chunk:
            return 0
        all_keys = [[_key(p, c) for c in p.cites] for p in chunk]
        known_slugs = self.w.slug_ids([p.slug for p in chunk if p.slug])
        known_keys = self._stored_keys(chunk, all_keys)
        added = 0
        pending: list[Prepared] = []
        pending_keys: set[Key] = set()
        pending_slugs: set[str] = set()
        for p, keys in zip(chunk, all_keys, strict=True):
            again = p.slug in pending_slugs if p.slug else any(k in pending_keys for k in keys)
            if again:  # the same event twice in one chunk: write the first, then look
                added += self._flush(pending, pending_keys, skip)
                pending, pending_keys, pending_slugs = [], set(), set()
            eid = self._find(p, keys, known_slugs, known_keys, bool(again))
            if eid is None:
                pending.append(p)
                pending_keys.update(keys)
                if p.slug:
                    pending_slugs.add(p.slug)
            elif self.update and refresh(self.w, eid, p):
                self.report.updated += 1
            else:
                self.report.held += 1
        return added + self._flush(pending, pending_keys, skip)

    def _flush(self, pending: list[Prepared], keys: set[Key], skip: ImportReport | None) -> int:
        ids = self.w.flush(pending, skip)
        self._written.update(map(hash, keys))
        return len(ids)

    def _find(
        self,
        p: Prepared,
        keys: list[Key],
        slugs: dict[str, int],
        stored: dict[Key, int],
        fresh: bool,
    ) -> int | None:
        """The id of the stored event ``p`` is, or None. ``fresh``: it may be one written
        moments ago in this chunk, so ask the database rather than the chunk's lookups."""
        if p.slug:  # an explicit slug decides alone: two events may share one quote
            if p.slug in slugs:
                return slugs[p.slug]
            found = self.w.event_by_slug(p.slug) if fresh else []
            return int(found[0][0]) if found else None
        for k in keys:
            if k in stored:
                return stored[k]
            if fresh or hash(k) in self._written:
                eid = self._one(k)
                if eid is not None:
                    return eid
        return None

    def _stored_keys(self, chunk: list[Prepared], keys: list[list[Key]]) -> dict[Key, int]:
        """The keys of citations stored before this import, for the chunk's sources that
        existed before it (sources it created cannot have been cited earlier)."""
        created = self.w.created_sources
        wanted: set[Key] = set()
        sources: set[int] = set()
        sourceless = False
        for p, ks in zip(chunk, keys, strict=True):
            for c, k in zip(p.cites, ks, strict=True):
                sid = c.source.id if c.source is not None else None
                if sid is None:
                    sourceless = True
                elif sid in created:
                    continue
                else:
                    sources.add(sid)
                wanted.add(k)
        out: dict[Key, int] = {}

        def keep(rows: list[tuple[Any, ...]]) -> None:
            for eid, sid, quote, title, phrase, date_text in rows:
                k = cite_key(sid, title, quote, phrase, date_text)
                if k in wanted:
                    out.setdefault(k, int(eid))

        conn = self.w.conn
        ids = sorted(sources)
        for i in range(0, len(ids), 500):
            sql = f"{_CITED} WHERE c.source_id IN :ids ORDER BY c.id"
            keep(query(conn, sql, ids=ids[i : i + 500]))
        if sourceless:  # a quote, or the title of a citation without one
            texts = sorted({k[2] for k in wanted if k[0] is None})
            for i in range(0, len(texts), 500):
                sql = f"{_CITED} WHERE c.source_id IS NULL AND (c.quote IN :t OR e.title IN :t)"
                keep(query(conn, sql + " ORDER BY c.id", t=texts[i : i + 500]))
        return out

    def _one(self, k: Key) -> int | None:
        """The event holding the citation with key ``k``, asked of the database."""
        source = "c.source_id IS NULL" if k[0] is None else "c.source_id = :sid"
        match = "c.quote = :t" if k[1] == "quote" else "c.quote = '' AND e.title = :t"
        sql = f"{_CITED} WHERE {source} AND {match} ORDER BY c.id"
        rows = query(self.w.conn, sql, t=k[2], **({} if k[0] is None else {"sid": k[0]}))
        for eid, s, quote, title, phrase, date_text in rows:
            if cite_key(s, title, quote, phrase, date_text) == k:
                return int(eid)
        return None


_DATED = SPAN_FIELDS.index("dated")
_TEXT_FIELDS = ("title", "summary", "type", "type_scheme")
_LINKS = (
    ("actors", "event_actor", "actor_id", "actor"),
    ("places", "event_place", "place_id", "place"),
    ("tags", "event_tag", "tag_id", "tag"),
)


def refresh(w: Writer, eid: int, p: Prepared) -> bool:
    """Bring stored event ``eid`` up to date with record ``p`` (see the module docstring);
    whether anything changed."""
    conn = w.conn
    row = query(
        conn,
        f"SELECT {', '.join(_TEXT_FIELDS)}, span_manual, adopted_citation_id FROM event "
        "WHERE id = :e",
        e=eid,
    )[0]
    stored = dict(zip(_TEXT_FIELDS, row[:4], strict=True))
    sets: dict[str, Any] = {
        f: getattr(p, f) for f in _TEXT_FIELDS if getattr(p, f) and getattr(p, f) != stored[f]
    }
    texts = changed = bool(sets)
    for attr, link, fk, table in _LINKS:
        wanted: list[Any] = getattr(p, attr)
        if not wanted:
            continue
        role = ", role" if attr == "actors" else ""
        have = query(
            conn, f"SELECT {fk}{role} FROM {link} WHERE event_id = :e ORDER BY position", e=eid
        )
        ids: list[tuple[Any, ...]] = (
            [(w.name_id(table, n), r) for n, r in wanted]
            if attr == "actors"
            else [(w.name_id(table, n),) for n in wanted]
        )
        if have != ids:
            query(conn, f"DELETE FROM {link} WHERE event_id = :e", e=eid)
            named = ", :role" if role else ""
            conn.execute(
                text(
                    f"INSERT INTO {link} (event_id, {fk}{role}, position) "
                    f"VALUES (:e, :x{named}, :n)"
                ),
                [
                    {"e": eid, "x": v[0], "n": i, **({"role": v[1]} if role else {})}
                    for i, v in enumerate(ids)
                ],
            )
            changed = True
    iso = not w.pg
    cites = query(
        conn,
        "SELECT id, source_id, quote, phrase, end_phrase, date_text, reference, explanation, "
        f"{', '.join(SPAN_FIELDS)} FROM citation WHERE event_id = :e ORDER BY id",
        e=eid,
    )
    title = stored["title"]  # a citation without a quote is keyed by the stored title
    by_key = {cite_key(r[1], title, r[2], r[3], r[5]): r for r in cites}
    adopted_id: int | None = None
    quotes = False
    for i, c in enumerate(p.cites):
        sid = c.source.id if c.source is not None else None
        old = by_key.get(cite_key(sid, title, c.quote, c.phrase, c.date_text))
        given = [c.phrase, c.end_phrase, c.date_text, w.date_value(c.reference), c.explanation]
        if old is None:
            cid = w.reserve_ids("citation", 1)[0]
            w.executemany(
                INSERT_CITATION, [w.citation_row(cid, eid, c, span_row(c.span, c.dated, iso))]
            )
            changed = quotes = True
        else:
            cid = int(old[0])
            was_ref = str(old[6])[:10] if old[6] is not None else None
            now_ref = c.reference.isoformat() if c.reference is not None else None
            was = (
                old[3],
                old[4],
                old[5],
                was_ref,
                old[7],
                span_from_values(old[8:]),
                bool(old[8 + _DATED]),
            )
            if was != (
                c.phrase,
                c.end_phrase,
                c.date_text,
                now_ref,
                c.explanation,
                c.span,
                c.dated,
            ):
                cols = (
                    "phrase",
                    "end_phrase",
                    "date_text",
                    "reference",
                    "explanation",
                    "warnings",
                    *SPAN_FIELDS,
                )
                warnings = "\n".join(c.warnings)
                new = dict(
                    zip(cols, [*given, warnings, *span_row(c.span, c.dated, iso)], strict=True)
                )
                marks = ", ".join(f"{k} = :{k}" for k in cols)
                query(conn, f"UPDATE citation SET {marks} WHERE id = :cid", cid=cid, **new)
                changed = True
        if i == 0 and p.manual:
            adopted_id = cid
    if adopted_id is not None and (not row[4] or row[5] != adopted_id):
        sets.update(span_manual=True, adopted_citation_id=adopted_id)
        changed = True
    for kind, target in p.relations:
        found = w.event_by_slug(target)
        if not found:  # a target later in this import: linked at its end
            w.pending_relations.append((eid, kind, target, p.where))
            changed = True
            continue
        rel: dict[str, Any] = {"e": eid, "k": kind, "t": int(found[0][0])}
        where = "event_id = :e AND kind = :k AND target_id = :t"
        if not query(conn, f"SELECT 1 FROM event_relation WHERE {where}", **rel):
            sql = "INSERT INTO event_relation (event_id, kind, target_id) VALUES (:e, :k, :t)"
            query(conn, sql, **rel)
            changed = True
    if changed:
        sets["updated_at"] = w.now_value
        marks = ", ".join(f"{k} = :{k}" for k in sets)
        # a new title, summary or quote: the event leaves the search index with the text
        # it was indexed by, and comes back with the new (SQLite's external-content index)
        with w.reindexing([eid] if texts or quotes else []):
            query(conn, f"UPDATE event SET {marks} WHERE id = :eid", eid=eid, **sets)
        w.readopt(eid)
    return changed
