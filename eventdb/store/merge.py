"""Merging two events that are one: everything of OTHER moves onto KEEP, OTHER's slug stays.

:func:`merge_events` runs inside the caller's write transaction (``EventDB.merge``), so a
failure at any step leaves the database as it was. In order:

1. OTHER's citations become KEEP's;
2. its actors, places and tags are added after KEEP's own (a name KEEP has already keeps
   KEEP's role and position);
3. relations from and to OTHER are re-pointed at KEEP, dropping any that would link
   KEEP to itself or repeat one KEEP has;
4. OTHER's slug, and every alias it had, becomes an alias of KEEP (``event_alias``), so
   ``show OTHER`` and relations naming it still resolve;
5. KEEP's summary, type and type scheme, where empty, take OTHER's;
6. OTHER is deleted, KEEP's adopted span is chosen again from all its citations the way
   every write chooses it (:meth:`Writer.readopt`: KEEP's span set by hand if it has
   one, else the narrowest dated citation, OTHER's included), and its search text is
   rebuilt. Conflicts are read
   from the citations' spans, so they include OTHER's sources from then on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from .held import query
from .writer import Writer

__all__ = ["merge_events"]

# (link table, the linked column, its other columns)
_LINKS = (
    ("event_actor", "actor_id", ("role",)),
    ("event_place", "place_id", ()),
    ("event_tag", "tag_id", ()),
)


def merge_events(w: Writer, keep: int, other: int) -> None:
    """Merge event ``other`` into ``keep`` through ``w`` (see the module docstring)."""
    # keep leaves the search index before anything of it changes, and comes back with
    # its text and quotes as merged (SQLite's external-content index needs the old text)
    with w.reindexing([keep]):
        conn = w.conn
        ids = {"keep": keep, "other": other}
        query(conn, "UPDATE citation SET event_id = :keep WHERE event_id = :other", **ids)
        for link, fk, extra in _LINKS:
            cols = (fk, *extra)
            have = query(conn, f"SELECT {fk}, position FROM {link} WHERE event_id = :keep", **ids)
            taken = {r[0] for r in have}
            top = max((r[1] for r in have), default=-1)
            moving = query(
                conn,
                f"SELECT {', '.join(cols)} FROM {link} WHERE event_id = :other ORDER BY position",
                **ids,
            )
            query(conn, f"DELETE FROM {link} WHERE event_id = :other", **ids)
            rows: list[dict[str, Any]] = [
                {"event_id": keep, "position": top + 1 + n, **dict(zip(cols, r, strict=True))}
                for n, r in enumerate(r for r in moving if r[0] not in taken)
            ]
            if rows:
                names = ["event_id", *cols, "position"]
                marks = ", ".join(f":{c}" for c in names)
                conn.execute(
                    text(f"INSERT INTO {link} ({', '.join(names)}) VALUES ({marks})"), rows
                )
        relations = query(
            conn,
            "SELECT event_id, kind, target_id FROM event_relation "
            "WHERE event_id = :other OR target_id = :other",
            **ids,
        )
        query(
            conn, "DELETE FROM event_relation WHERE event_id = :other OR target_id = :other", **ids
        )
        moved = {
            (keep if a == other else a, kind, keep if b == other else b) for a, kind, b in relations
        }
        for a, kind, b in sorted(r for r in moved if r[0] != r[2]):  # none from KEEP to itself
            query(
                conn,
                "INSERT INTO event_relation (event_id, kind, target_id) VALUES (:a, :k, :b) "
                "ON CONFLICT DO NOTHING",
                a=a,
                k=kind,
                b=b,
            )
        query(conn, "UPDATE event_alias SET event_id = :keep WHERE event_id = :other", **ids)
        slug = query(conn, "SELECT slug FROM event WHERE id = :other", **ids)[0][0]
        for column in ("summary", "type", "type_scheme"):
            query(
                conn,
                f"UPDATE event SET {column} = (SELECT o.{column} FROM event o WHERE o.id = :other) "
                f"WHERE id = :keep AND {column} = ''",
                **ids,
            )
        w.unindex(other)  # before its row goes: the index forgets a row by the text it holds
        query(conn, "DELETE FROM event WHERE id = :other", **ids)
        query(conn, "INSERT INTO event_alias (slug, event_id) VALUES (:s, :keep)", s=slug, **ids)
        query(conn, "UPDATE event SET updated_at = :now WHERE id = :keep", now=w.now_value, **ids)
        w.readopt(keep)
