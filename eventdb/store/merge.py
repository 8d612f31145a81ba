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

from .writer import Writer

__all__ = ["merge_events"]

_LINKS = (
    ("event_actor", "actor_id", ", role"),
    ("event_place", "place_id", ""),
    ("event_tag", "tag_id", ""),
)


def merge_events(w: Writer, keep: int, other: int) -> None:
    """Merge event ``other`` into ``keep`` through ``w`` (see the module docstring)."""
    w.execute("UPDATE citation SET event_id = ? WHERE event_id = ?", (keep, other))
    for link, fk, extra in _LINKS:
        top = w.execute(
            f"SELECT coalesce(max(position), -1) FROM {link} WHERE event_id = ?", (keep,)
        )
        have = {r[0] for r in w.execute(f"SELECT {fk} FROM {link} WHERE event_id = ?", (keep,))}
        moving = w.execute(
            f"SELECT {fk}{extra} FROM {link} WHERE event_id = ? ORDER BY position", (other,)
        )
        rows = [
            (keep, *r, int(top[0][0]) + 1 + i)
            for i, r in enumerate(m for m in moving if m[0] not in have)
        ]
        w.execute(f"DELETE FROM {link} WHERE event_id = ?", (other,))
        marks = ", ".join("?" for _ in range(3 + bool(extra)))
        w.executemany(
            f"INSERT INTO {link} (event_id, {fk}{extra}, position) VALUES ({marks})", rows
        )
    relations = w.execute(
        "SELECT event_id, kind, target_id FROM event_relation WHERE event_id = ? OR target_id = ?",
        (other, other),
    )
    w.execute("DELETE FROM event_relation WHERE event_id = ? OR target_id = ?", (other, other))
    moved = {
        (keep if a == other else a, kind, keep if b == other else b) for a, kind, b in relations
    }
    w.executemany(
        "INSERT INTO event_relation (event_id, kind, target_id) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        sorted(r for r in moved if r[0] != r[2]),
    )
    w.execute("UPDATE event_alias SET event_id = ? WHERE event_id = ?", (keep, other))
    slug = w.execute("SELECT slug FROM event WHERE id = ?", (other,))[0][0]
    for column in ("summary", "type", "type_scheme"):
        w.execute(
            f"UPDATE event SET {column} = (SELECT o.{column} FROM event o WHERE o.id = ?) "
            f"WHERE id = ? AND {column} = ''",
            (other, keep),
        )
    if w.pg:
        w.execute("DELETE FROM event_fts WHERE event_id = ?", (other,))
    else:
        w.execute("DELETE FROM event_fts WHERE rowid = ?", (other,))
    w.execute("DELETE FROM event WHERE id = ?", (other,))
    w.execute("INSERT INTO event_alias (slug, event_id) VALUES (?, ?)", (slug, keep))
    w.readopt(keep)
    w.refresh_fts([keep])
