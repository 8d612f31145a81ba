"""The resolver's warnings on each citation; a search index Datasette finds; a chronology view.

- ``citation.warnings``: what the resolver warned about the phrase (a weekday that
  contradicts its day number), one a line, so nobody resolves a stored phrase again to
  learn it. Citations stored before have none recorded.
- ``event.quotes``: the citations' quotes, joined in citation order, and ``event.label``:
  the adopted span's label as people read it ("c. December 2022 – ongoing", "before 19
  September 2023"). The store writes both with the span.
- SQLite: ``event_fts`` becomes the external-content FTS5 index of ``event``
  (``content="event"``, ``content_rowid="id"``, columns title, summary, quotes), which is
  how Datasette recognises a table's search index, so its search box works on ``event``.
  The index no longer holds its own copy of the text. The store keeps it in step with the
  rows itself: triggers would do it for any writer, but FTS5 flushes its pending terms at
  each trigger's statement, which made an import of 100,000 events four times slower
  (another program that edits ``event`` runs ``INSERT INTO event_fts (event_fts) VALUES
  ('rebuild')`` after). PostgreSQL keeps its ``event_fts`` table.
- A ``chronology`` view on both: label, title, earliest, latest, ongoing, sources, slug,
  in the timeline's order, with NULL where an end is open or unknown (never the
  ``0001-01-01`` / ``9999-12-31`` the range columns hold).

The labels of events stored before are written by the eventdb doing the upgrade, from the
span columns, with the same functions the store uses for new events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The timeline's order, as revision 0003 froze it in ix_event_order.
ORDER = (
    "e.span_lo, e.start_latest DESC, (CASE start_precision WHEN 'day' THEN 0 "
    "WHEN 'weekend' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3 WHEN 'season' THEN 4 "
    "WHEN 'quarter' THEN 5 WHEN 'half' THEN 6 WHEN 'year' THEN 7 WHEN 'decade' THEN 8 "
    "WHEN 'century' THEN 9 ELSE -1 END) DESC, e.start_part, e.start_approximate, "
    "e.start_uncertain, e.span_hi, e.id"
)
SPAN = (
    "start_earliest, start_latest, start_precision, start_part, start_approximate, "
    "start_uncertain, start_south, end_earliest, end_latest, end_precision, end_part, "
    "end_approximate, end_uncertain, end_south, ongoing, as_of, edtf, dated"
)
FTS_COLUMNS = "title, summary, quotes"


def _view(pg: bool) -> str:
    if pg:
        lo, hi = "DATE '0001-01-01'", "DATE '9999-12-31'"
        sources = (
            "(SELECT string_agg(x.title, '; ' ORDER BY x.first) FROM (SELECT s.title, "
            "min(c.id) AS first FROM citation c JOIN source s ON s.id = c.source_id "
            "WHERE c.event_id = e.id GROUP BY s.id, s.title) AS x)"
        )
    else:
        lo, hi = "'0001-01-01'", "'9999-12-31'"
        sources = (
            "(SELECT group_concat(x.title, '; ') FROM (SELECT s.title AS title FROM citation c "
            "JOIN source s ON s.id = c.source_id WHERE c.event_id = e.id GROUP BY s.id "
            "ORDER BY min(c.id)) AS x)"
        )
    return (
        "CREATE VIEW chronology AS SELECT e.label AS label, e.title AS title, "
        f"NULLIF(e.span_lo, {lo}) AS earliest, NULLIF(e.span_hi, {hi}) AS latest, "
        f"e.ongoing AS ongoing, coalesce({sources}, '') AS sources, e.slug AS slug "
        f"FROM event e ORDER BY {ORDER}"
    )


def _labels() -> None:
    """Write each stored event's label from its span columns."""
    from eventdb.records import event_label
    from eventdb.store.columns import span_from_values

    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, {SPAN} FROM event")).all()
    values = [{"i": r[0], "label": event_label(span_from_values(r[1:]), bool(r[-1]))} for r in rows]
    if values:
        bind.execute(sa.text("UPDATE event SET label = :label WHERE id = :i"), values)


def upgrade() -> None:
    """Add the columns, fill them, index ``event`` for Datasette, create the view."""
    pg = op.get_bind().dialect.name == "postgresql"
    op.add_column("citation", sa.Column("warnings", sa.String(), nullable=False, server_default=""))
    op.add_column("event", sa.Column("quotes", sa.String(), nullable=False, server_default=""))
    op.add_column("event", sa.Column("label", sa.String(), nullable=False, server_default=""))
    if pg:
        op.execute(
            "UPDATE event SET quotes = coalesce((SELECT string_agg(c.quote, ' ' ORDER BY c.id) "
            "FROM citation c WHERE c.event_id = event.id AND c.quote <> ''), '')"
        )
    else:
        op.execute(
            "UPDATE event SET quotes = coalesce((SELECT group_concat(x.quote, ' ') FROM "
            "(SELECT c.quote FROM citation c WHERE c.event_id = event.id AND c.quote <> '' "
            "ORDER BY c.id) AS x), '')"
        )
        op.execute("DROP TABLE event_fts")
        op.execute(
            f'CREATE VIRTUAL TABLE event_fts USING fts5({FTS_COLUMNS}, content="event", '
            "content_rowid=\"id\", tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute("INSERT INTO event_fts (event_fts) VALUES ('rebuild')")
    _labels()
    op.execute(_view(pg))


def downgrade() -> None:
    """Back to 0003: the view, the columns and (SQLite) the index with its own text."""
    pg = op.get_bind().dialect.name == "postgresql"
    op.execute("DROP VIEW chronology")
    if not pg:
        op.execute("DROP TABLE event_fts")
        op.execute(
            f"CREATE VIRTUAL TABLE event_fts USING fts5({FTS_COLUMNS}, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"INSERT INTO event_fts (rowid, {FTS_COLUMNS}) SELECT id, title, summary, quotes "
            "FROM event"
        )
    for table, column in (("event", "label"), ("event", "quotes"), ("citation", "warnings")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
