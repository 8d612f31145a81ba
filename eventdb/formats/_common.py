"""Helpers the writers share: deterministic order, the adopted citation, safe text.

Pure functions over :mod:`eventdb.records`; nothing here touches the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

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
    for c in e.citations:
        if c.adopted:
            return c
    return e.citations[0] if e.citations else None


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
