"""The initial schema: events, sources, citations, actors, places, tags, relations.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table and the indexes that serve range, actor, tag, place and type lookups."""
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("aliases", sa.String(), nullable=False),
        sa.Column("wikidata", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "event",
        sa.Column("start_earliest", sa.Date(), nullable=True),
        sa.Column("start_latest", sa.Date(), nullable=True),
        sa.Column("start_precision", sa.String(), nullable=False),
        sa.Column("start_part", sa.String(), nullable=False),
        sa.Column("start_approximate", sa.Boolean(), nullable=False),
        sa.Column("start_uncertain", sa.Boolean(), nullable=False),
        sa.Column("start_south", sa.Boolean(), nullable=False),
        sa.Column("end_earliest", sa.Date(), nullable=True),
        sa.Column("end_latest", sa.Date(), nullable=True),
        sa.Column("end_precision", sa.String(), nullable=False),
        sa.Column("end_part", sa.String(), nullable=False),
        sa.Column("end_approximate", sa.Boolean(), nullable=False),
        sa.Column("end_uncertain", sa.Boolean(), nullable=False),
        sa.Column("end_south", sa.Boolean(), nullable=False),
        sa.Column("ongoing", sa.Boolean(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("edtf", sa.String(), nullable=False),
        sa.Column("dated", sa.Boolean(), nullable=False),
        sa.Column("span_lo", sa.Date(), nullable=False),
        sa.Column("span_hi", sa.Date(), nullable=False),
        sa.Column("span_bucket", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("type_scheme", sa.String(), nullable=False),
        sa.Column("span_manual", sa.Boolean(), nullable=False),
        sa.Column("adopted_citation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )
    op.create_index("ix_event_bucket", "event", ["span_bucket", "span_lo", "span_hi"], unique=False)
    op.create_index("ix_event_span", "event", ["span_lo", "span_hi"], unique=False)
    op.create_index("ix_event_type", "event", ["type"], unique=False)
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("admin_area", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("publisher", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("published", sa.String(), nullable=False),
        sa.Column("published_earliest", sa.Date(), nullable=True),
        sa.Column("accessed", sa.Date(), nullable=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("archive_url", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_source_key", "source", ["key"], unique=False)
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "citation",
        sa.Column("start_earliest", sa.Date(), nullable=True),
        sa.Column("start_latest", sa.Date(), nullable=True),
        sa.Column("start_precision", sa.String(), nullable=False),
        sa.Column("start_part", sa.String(), nullable=False),
        sa.Column("start_approximate", sa.Boolean(), nullable=False),
        sa.Column("start_uncertain", sa.Boolean(), nullable=False),
        sa.Column("start_south", sa.Boolean(), nullable=False),
        sa.Column("end_earliest", sa.Date(), nullable=True),
        sa.Column("end_latest", sa.Date(), nullable=True),
        sa.Column("end_precision", sa.String(), nullable=False),
        sa.Column("end_part", sa.String(), nullable=False),
        sa.Column("end_approximate", sa.Boolean(), nullable=False),
        sa.Column("end_uncertain", sa.Boolean(), nullable=False),
        sa.Column("end_south", sa.Boolean(), nullable=False),
        sa.Column("ongoing", sa.Boolean(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("edtf", sa.String(), nullable=False),
        sa.Column("dated", sa.Boolean(), nullable=False),
        sa.Column("span_lo", sa.Date(), nullable=False),
        sa.Column("span_hi", sa.Date(), nullable=False),
        sa.Column("span_bucket", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("quote", sa.String(), nullable=False),
        sa.Column("phrase", sa.String(), nullable=False),
        sa.Column("end_phrase", sa.String(), nullable=False),
        sa.Column("date_text", sa.String(), nullable=False),
        sa.Column("reference", sa.Date(), nullable=True),
        sa.Column("explanation", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_citation_event", "citation", ["event_id"], unique=False)
    op.create_index("ix_citation_source", "citation", ["source_id"], unique=False)
    op.create_table(
        "event_actor",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("event_id", "actor_id"),
    )
    op.create_index("ix_event_actor_actor", "event_actor", ["actor_id", "event_id"], unique=False)
    op.create_table(
        "event_place",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
        ),
        sa.PrimaryKeyConstraint("event_id", "place_id"),
    )
    op.create_index("ix_event_place_place", "event_place", ["place_id", "event_id"], unique=False)
    op.create_table(
        "event_relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "kind", "target_id", name="uq_event_relation"),
    )
    op.create_index("ix_event_relation_target", "event_relation", ["target_id"], unique=False)
    op.create_table(
        "event_tag",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tag.id"],
        ),
        sa.PrimaryKeyConstraint("event_id", "tag_id"),
    )
    op.create_index("ix_event_tag_tag", "event_tag", ["tag_id", "event_id"], unique=False)


def downgrade() -> None:
    """Drop everything."""
    op.drop_index("ix_event_tag_tag", table_name="event_tag")
    op.drop_table("event_tag")
    op.drop_index("ix_event_relation_target", table_name="event_relation")
    op.drop_table("event_relation")
    op.drop_index("ix_event_place_place", table_name="event_place")
    op.drop_table("event_place")
    op.drop_index("ix_event_actor_actor", table_name="event_actor")
    op.drop_table("event_actor")
    op.drop_index("ix_citation_source", table_name="citation")
    op.drop_index("ix_citation_event", table_name="citation")
    op.drop_table("citation")
    op.drop_table("tag")
    op.drop_index("ix_source_key", table_name="source")
    op.drop_table("source")
    op.drop_table("place")
    op.drop_index("ix_event_type", table_name="event")
    op.drop_index("ix_event_span", table_name="event")
    op.drop_index("ix_event_bucket", table_name="event")
    op.drop_table("event")
    op.drop_table("actor")
