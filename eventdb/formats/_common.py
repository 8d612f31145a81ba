"""Helpers the writers share: deterministic order, the adopted citation, safe text.

Pure functions over :mod:`eventdb.records`; nothing here touches the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..dates import Span
from ..records import CitationRecord, EventRecord, SourceRecord

_SLUG = re.compile(r"[^a-z0-9]+")


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip.

    >>> one_line("  two\\n lines\\t here ")
    'two lines here'
    """
    return " ".join(text.split())


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens.

    >>> slugify("Aid trucks reach Nagorno-Karabakh!")
    'aid-trucks-reach-nagorno-karabakh'
    """
    return _SLUG.sub("-", text.lower()).strip("-")


def event_key(e: EventRecord) -> tuple[object, ...]:
    """A total, deterministic chronological order: dated events by span, then title and slug."""
    return (not e.dated, e.span.sort_key, e.title, e.slug, e.id if e.id is not None else -1)


def chronological(events: Iterable[EventRecord]) -> list[EventRecord]:
    """Events in chronological order, undated ones last (by the date their source bounds)."""
    return sorted(events, key=event_key)


def adopted(e: EventRecord) -> CitationRecord | None:
    """The citation whose span the event adopted (else the first), or None."""
    return e.adopted_citation


def others(e: EventRecord) -> list[CitationRecord]:
    """Every citation but the adopted one, in order."""
    first = adopted(e)
    return [c for c in e.citations if c is not first]


def source_key(s: SourceRecord) -> str:
    """The key a source is written under: its own, else ``source-<id>``, else from its title.

    >>> source_key(SourceRecord(title="Armenia moves away", id=None))
    'armenia-moves-away'
    """
    if s.key:
        return s.key
    if s.id is not None:
        return f"source-{s.id}"
    return slugify(s.title) or "source"


def reference_of(c: CitationRecord) -> date | None:
    """The day a citation's phrase was read against: its reference, else its source's date."""
    if c.reference is not None:
        return c.reference
    p = c.source.published
    return p.earliest if p is not None and p.earliest == p.latest else None


def phrase_of(c: CitationRecord) -> str:
    """The date phrase as written, with a separately written end phrase."""
    if c.phrase and c.end_phrase:
        return f"{c.phrase} … {c.end_phrase}"
    return c.phrase or c.end_phrase


def span_of(e: EventRecord) -> Span:
    """The event's span; an ongoing one without an as-of day borrows the latest as-of day
    of its citations (a source that says "since" dates how long it was known to run).

    >>> from eventdb.dates import FuzzyDate
    >>> start = FuzzyDate.day(date(2022, 12, 12))
    >>> e = EventRecord(title="Blockade", span=Span(start, None, ongoing=True),
    ...     citations=[CitationRecord(SourceRecord("Folha"),
    ...                Span(start, None, ongoing=True, as_of=date(2023, 9, 19)))])
    >>> span_of(e).label
    '12 December 2022 – ongoing (as of 19 September 2023)'
    """
    s = e.span
    if not s.ongoing or s.as_of is not None:
        return s
    known = [c.span.as_of for c in e.citations if c.span.ongoing and c.span.as_of is not None]
    return replace(s, as_of=max(known)) if known else s


def label_of(e: EventRecord) -> str:
    """The event's date label, with :func:`span_of`'s as-of day for an ongoing event."""
    if not e.dated:
        return e.label
    return span_of(e).label
