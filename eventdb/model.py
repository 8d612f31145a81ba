"""The SQLModel tables: what an eventdb database holds, named to read well in ``datasette``.

Every span is stored twice over: faithfully, one column per field of each end's
:class:`~eventdb.dates.FuzzyDate` (``start_earliest``, ``start_latest``, ``start_precision``,
``start_part``, ``start_approximate``, ``start_uncertain``, ``start_south`` and the same for
``end_``), plus ``ongoing``, ``as_of`` and the canonical ``edtf`` text; and as three derived
columns that the range indexes use:

- ``span_lo``: the first day the event could have begun (``0001-01-01`` when unknown);
- ``span_hi``: the last day it could have been running (``9999-12-31`` when open or ongoing);
- ``span_bucket``: the bit length of ``span_hi - span_lo`` in days (0–22), 98 when the start
  is unknown (or 1 January of year 1), 99 when the end is open. A window ``[since, ...]``
  is touched by an event that starts before ``since`` only if its ``span_lo`` is within
  ``2**bucket`` days of ``since``, so each bucket is one index range seek (see
  :mod:`eventdb.store`).

For readers of the table (Datasette), an event also keeps its ``label`` and its citations'
``quotes``, which the search index ``event_fts`` reads as its content on SQLite; the
``chronology`` view (migration 0004) shows label, title, earliest, latest, ongoing and
sources, with NULL where the range columns hold their sentinels.

The tables are created and upgraded by the Alembic migrations in ``eventdb/migrations``,
not by ``create_all``; ``tests/test_store_schema.py`` checks the two, and the store's
registry of columns (:data:`eventdb.store.columns.COLUMNS`), agree.

>>> sorted(t for t in SQLModel.metadata.tables if not t.startswith("_"))[:4]
['actor', 'citation', 'event', 'event_actor']
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from .store.columns import BUCKET_OPEN_END, BUCKET_OPEN_START, HI_OPEN, LO_OPEN, START_RANK_SQL

__all__ = [
    "BUCKET_OPEN_END",
    "BUCKET_OPEN_START",
    "HI_OPEN",
    "LO_OPEN",
    "Actor",
    "Citation",
    "Event",
    "EventActor",
    "EventAlias",
    "EventPlace",
    "EventRelation",
    "EventTag",
    "Place",
    "SQLModel",
    "Source",
    "SpanColumns",
    "Tag",
]


class SpanColumns(SQLModel):
    """The columns of a span, shared by the event (its adopted span) and each citation."""

    start_earliest: date | None = None
    start_latest: date | None = None
    start_precision: str = ""
    start_part: str = ""
    start_approximate: bool = False
    start_uncertain: bool = False
    start_south: bool = False
    end_earliest: date | None = None
    end_latest: date | None = None
    end_precision: str = ""
    end_part: str = ""
    end_approximate: bool = False
    end_uncertain: bool = False
    end_south: bool = False
    ongoing: bool = False
    as_of: date | None = None
    edtf: str = ""
    dated: bool = True
    span_lo: date = LO_OPEN
    span_hi: date = HI_OPEN
    span_bucket: int = BUCKET_OPEN_START


class Event(SpanColumns, table=True):
    """Something that happened, with the span adopted from its citations (or set by hand)."""

    __tablename__ = "event"
    __table_args__ = (
        # the timeline's ORDER BY (Span.sort_key), so a page is read from it, never sorted
        Index(
            "ix_event_order",
            "span_lo",
            text("start_latest DESC"),
            text(f"({START_RANK_SQL}) DESC"),
            "start_part",
            "start_approximate",
            "start_uncertain",
            "span_hi",
            "id",
        ),
        Index("ix_event_bucket", "span_bucket", "span_lo", "span_hi"),
        Index("ix_event_type", "type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True)
    title: str
    summary: str = ""
    type: str = ""
    type_scheme: str = ""
    span_manual: bool = False  # the adopted span was set by hand, not taken from a citation
    adopted_citation_id: int | None = None
    created_at: datetime
    updated_at: datetime
    # What a reader of the table (Datasette) wants, kept by the store beside the span:
    # the citations' quotes, joined, which the search index event_fts reads as its
    # external content; and the adopted span's human label ("before ..." if undated).
    quotes: str = ""
    label: str = ""


class Source(SQLModel, table=True):
    """Where events are reported; ``published`` is the reference date for its phrases."""

    __tablename__ = "source"
    __table_args__ = (Index("ix_source_key", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = ""
    title: str
    publisher: str = ""
    url: str = ""
    published: str = ""  # EDTF: the publication date may itself be imprecise
    published_earliest: date | None = None
    accessed: date | None = None
    language: str = ""
    archive_url: str = ""


class Citation(SpanColumns, table=True):
    """One source dating one event: quote, phrase as written, reference date, resolved span."""

    __tablename__ = "citation"
    __table_args__ = (
        Index("ix_citation_event", "event_id"),
        Index("ix_citation_source", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id")
    source_id: int | None = Field(default=None, foreign_key="source.id")
    quote: str = ""
    phrase: str = ""
    end_phrase: str = ""
    date_text: str = ""  # an explicit EDTF span given by hand instead of a phrase
    reference: date | None = None
    explanation: str = ""
    created_at: datetime
    warnings: str = ""  # the resolver's warnings about the phrase, one a line


class Actor(SQLModel, table=True):
    """A state, organisation, person or group."""

    __tablename__ = "actor"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = ""
    aliases: str = ""  # "; "-separated
    wikidata: str = ""


class EventActor(SQLModel, table=True):
    """An actor taking part in an event, with its role."""

    __tablename__ = "event_actor"
    __table_args__ = (Index("ix_event_actor_actor", "actor_id", "event_id"),)

    event_id: int = Field(foreign_key="event.id", primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", primary_key=True)
    role: str = ""
    position: int = 0  # the order the actors were listed in


class Place(SQLModel, table=True):
    """Where events happen."""

    __tablename__ = "place"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    admin_area: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = ""


class EventPlace(SQLModel, table=True):
    """An event happening at a place."""

    __tablename__ = "event_place"
    __table_args__ = (Index("ix_event_place_place", "place_id", "event_id"),)

    event_id: int = Field(foreign_key="event.id", primary_key=True)
    place_id: int = Field(foreign_key="place.id", primary_key=True)
    position: int = 0


class Tag(SQLModel, table=True):
    """A free label."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class EventTag(SQLModel, table=True):
    """A tag on an event."""

    __tablename__ = "event_tag"
    __table_args__ = (Index("ix_event_tag_tag", "tag_id", "event_id"),)

    event_id: int = Field(foreign_key="event.id", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", primary_key=True)
    position: int = 0


class EventRelation(SQLModel, table=True):
    """A link between events: part_of, follows, responds_to, caused_by."""

    __tablename__ = "event_relation"
    __table_args__ = (
        UniqueConstraint("event_id", "kind", "target_id", name="uq_event_relation"),
        Index("ix_event_relation_target", "target_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id")
    kind: str
    target_id: int = Field(foreign_key="event.id")


class EventAlias(SQLModel, table=True):
    """The slug of an event merged into another (``eventdb merge``): it still resolves."""

    __tablename__ = "event_alias"
    __table_args__ = (Index("ix_event_alias_event", "event_id"),)

    slug: str = Field(primary_key=True)
    event_id: int = Field(foreign_key="event.id")
