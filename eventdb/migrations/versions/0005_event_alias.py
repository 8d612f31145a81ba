"""Aliases: the slugs of events merged into others, so old links still resolve.

``eventdb merge KEEP OTHER`` moves everything of OTHER onto KEEP and deletes OTHER; its
slug becomes a row here pointing at KEEP, which ``show``, ``edit``, relations and every
lookup by slug follow. A slug is either an event's or an alias's, never both: new events
skip alias slugs when they pick theirs.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create event_alias, with the index that lists an event's aliases."""
    op.create_table(
        "event_alias",
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("slug"),
    )
    op.create_index("ix_event_alias_event", "event_alias", ["event_id"], unique=False)


def downgrade() -> None:
    """Drop event_alias: merged slugs stop resolving."""
    op.drop_index("ix_event_alias_event", table_name="event_alias")
    op.drop_table("event_alias")
