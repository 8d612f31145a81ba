"""An index in the timeline's order, replacing ix_event_span.

``ix_event_order`` holds the columns of the timeline's ORDER BY (Span.sort_key: earliest
start, latest start descending, the start's precision as a rank descending, part, flags,
latest end, id), so a page of the timeline is read straight from the index: at a million
events, ``timeline(since="2022", limit=50)`` no longer sorts the thousands of events that
begin on 1 January 2022 (every "2022", "January 2022", "Q1 2022"). It begins with
``span_lo`` and so serves every query ``ix_event_span (span_lo, span_hi)`` served; that
index is dropped, so an import writes as many index entries as before, each wider (eight
columns, not two: 50 MB against 34 MB at a million events, as SQLite's dbstat counts).

The rank expression is frozen here as revision 0003 wrote it; it must stay equal to
``eventdb.store.columns.START_RANK_SQL`` (a test checks), or the queries stop matching it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

START_RANK_SQL = (
    "CASE start_precision WHEN 'day' THEN 0 WHEN 'weekend' THEN 1 WHEN 'week' THEN 2 "
    "WHEN 'month' THEN 3 WHEN 'season' THEN 4 WHEN 'quarter' THEN 5 WHEN 'half' THEN 6 "
    "WHEN 'year' THEN 7 WHEN 'decade' THEN 8 WHEN 'century' THEN 9 ELSE -1 END"
)


def upgrade() -> None:
    """Build ix_event_order, then drop the index it supersedes."""
    op.create_index(
        "ix_event_order",
        "event",
        [
            "span_lo",
            sa.text("start_latest DESC"),
            sa.text(f"({START_RANK_SQL}) DESC"),
            "start_part",
            "start_approximate",
            "start_uncertain",
            "span_hi",
            "id",
        ],
        unique=False,
    )
    op.drop_index("ix_event_span", table_name="event")


def downgrade() -> None:
    """Back to ix_event_span."""
    op.create_index("ix_event_span", "event", ["span_lo", "span_hi"], unique=False)
    op.drop_index("ix_event_order", table_name="event")
