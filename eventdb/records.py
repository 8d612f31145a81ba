"""Plain records: what the store hands out and the writers read.

These are ordinary dataclasses, free of any database session, so a timeline outlives the
connection that produced it and a writer can be tested without a database.

>>> from datetime import date
>>> from eventdb.dates import FuzzyDate, Span
>>> e = EventRecord(title="Aid trucks reach Nagorno-Karabakh",
...                 span=Span.point(FuzzyDate.day(date(2023, 9, 18))))
>>> e.label
'18 September 2023'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .dates import FuzzyDate, Span


@dataclass
class SourceRecord:
    """Where an event is reported: its ``published`` date is the reference for its phrases."""

    title: str
    publisher: str = ""
    url: str = ""
    published: FuzzyDate | None = None
    accessed: date | None = None
    language: str = ""
    archive_url: str = ""
    id: int | None = None
    key: str = ""  # the id a source had in the file it was imported from


@dataclass
class CitationRecord:
    """One source dating one event: the quote, the phrase as written and what it resolved to."""

    source: SourceRecord
    span: Span
    quote: str = ""
    phrase: str = ""  # the date phrase exactly as written ("since the end of last year")
    end_phrase: str = ""  # a separate end phrase, when the event's end was written apart
    reference: date | None = None  # the date the phrase was resolved against
    explanation: str = ""
    date_text: str = ""  # an explicit EDTF span given by hand instead of a phrase
    dated: bool = True  # False: the source mentions the event without dating it
    adopted: bool = False  # this citation's span is the event's adopted span
    id: int | None = None
    warnings: tuple[str, ...] = ()  # what the resolver warned about the phrase


@dataclass
class ActorRef:
    """An actor taking part in an event, with its role there."""

    name: str
    kind: str = ""  # state, organisation, person, group
    role: str = ""
    wikidata: str = ""


@dataclass
class PlaceRecord:
    """Where an event happened."""

    name: str
    admin_area: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = ""


@dataclass
class RelationRecord:
    """A link from one event to another: part_of, follows, responds_to, caused_by."""

    kind: str
    target_slug: str
    target_title: str = ""


def event_label(span: Span, dated: bool) -> str:
    """An event's date label: its span's, or for an undated event the day its source
    bounds it by (the store keeps this text in ``event.label`` for readers of the table).

    >>> event_label(Span.parse("../2023-09-19"), False)
    'before 19 September 2023'
    """
    if not dated:
        end = span.end
        return f"before {end.label}" if end is not None else "undated"
    return span.label


@dataclass
class EventRecord:
    """An event with its adopted span, who and where, and every citation dating it.

    ``dated`` is False for events a source mentions without a date: their span only says
    they happened before the source's publication, and chronologies list them apart.
    """

    title: str
    span: Span
    slug: str = ""
    summary: str = ""
    type: str = ""
    type_scheme: str = ""
    dated: bool = True
    actors: list[ActorRef] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    citations: list[CitationRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        """The human date label of the adopted span (``before 19 September 2023`` if undated)."""
        return event_label(self.span, self.dated)

    @property
    def adopted_citation(self) -> CitationRecord | None:
        """The citation whose span the event adopted, else the first, else None."""
        for c in self.citations:
            if c.adopted:
                return c
        return self.citations[0] if self.citations else None

    @property
    def sources(self) -> list[SourceRecord]:
        """The distinct sources cited, in citation order."""
        seen: dict[int, SourceRecord] = {}
        for c in self.citations:
            seen.setdefault(id(c.source), c.source)
        return list(seen.values())


__all__ = [
    "ActorRef",
    "CitationRecord",
    "EventRecord",
    "PlaceRecord",
    "RelationRecord",
    "SourceRecord",
    "event_label",
]
