"""Full-text search over each event's title, summary and citation quotes.

SQLite gets an FTS5 table ``event_fts`` (rowid = event id, columns title, summary, quotes);
PostgreSQL gets a table ``event_fts`` (event_id, document tsvector) with a GIN index. Both
use no stemming (``unicode61`` / the ``simple`` configuration) because news comes in many
languages. Existing events are indexed by the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the search table and index every event already stored."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE event_fts (event_id INTEGER PRIMARY KEY REFERENCES event (id), "
            "document TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_event_fts_document ON event_fts USING GIN (document)")
        op.execute(
            "INSERT INTO event_fts (event_id, document) SELECT e.id, to_tsvector('simple', "
            "e.title || ' ' || e.summary || ' ' || coalesce((SELECT string_agg(c.quote, ' ') "
            "FROM citation c WHERE c.event_id = e.id), '')) FROM event e"
        )
    else:
        op.execute(
            "CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, quotes, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(
            "INSERT INTO event_fts (rowid, title, summary, quotes) SELECT e.id, e.title, "
            "e.summary, coalesce((SELECT group_concat(c.quote, ' ') FROM citation c "
            "WHERE c.event_id = e.id), '') FROM event e"
        )


def downgrade() -> None:
    """Drop the search table."""
    op.execute("DROP TABLE event_fts")
