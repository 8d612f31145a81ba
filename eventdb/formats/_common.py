"""Helpers the writers share: deterministic order, the adopted citation, safe text, the
lanes and the counts that the timeline page and TimelineJS both show.

Pure functions over :mod:`eventdb.records`; nothing here touches the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..dates import Span, day_label
from ..records import CitationRecord, EventRecord, SourceRecord
from ..textio import one_line, web_url

__all__ = [
    "MAX_LANES",
    "OTHER_LANE",
    "UNDATED_LANE",
    "adopted",
    "chronological",
    "chronology_summary",
    "csv_cell",
    "csv_item",
    "csv_items",
    "csv_uncell",
    "event_key",
    "label_of",
    "lane_names",
    "lane_of",
    "one_line",
    "others",
    "phrase_of",
    "reference_of",
    "safe_url",
    "slugify",
    "source_key",
    "span_of",
]

UNDATED_LANE = "Undated (before their source)"
OTHER_LANE = "Other"
MAX_LANES = 10
"""Lanes that keep their own name; events of smaller lanes share :data:`OTHER_LANE`."""

_SLUG = re.compile(r"[^a-z0-9]+")

# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list), also
# after the quotes csv_cell adds; a plain number such as -5 or -0.25 is only a number.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _formula_like(text: str) -> bool:
    return _FORMULA.match(text) is not None and _NUMBER.fullmatch(text) is None


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run: a cell that would start a formula (``=``,
    ``+``, ``-``, ``@``, tab, CR) gets a leading ``'``, as OWASP recommends. Numbers stay
    as they are, and so does everything else: :func:`csv_uncell` undoes exactly this.

    >>> print(csv_cell('=HYPERLINK("http://evil.example","x")'))
    '=HYPERLINK("http://evil.example","x")
    >>> csv_cell("-5"), csv_cell("Talks")
    ('-5', 'Talks')
    >>> csv_cell("'=1")  # a quote already there is kept: one more is added
    "''=1"
    """
    return "'" + text if _formula_like(text) else text


def csv_uncell(text: str) -> str:
    """The text :func:`csv_cell` was given: ``csv_uncell(csv_cell(t)) == t`` for every text.

    >>> csv_uncell("'@SUM(1+1)"), csv_uncell("'quoted'"), csv_uncell("''=1")
    ('@SUM(1+1)', "'quoted'", "'=1")
    """
    return text[1:] if text.startswith("'") and _formula_like(text[1:]) else text


_ITEM_SPECIAL = "\\;[]"
"""What :func:`csv_item` escapes with a backslash: the escape itself, the list separator,
and the brackets around an actor's role."""


def csv_item(text: str) -> str:
    """One item of a CSV list cell: ``\\``, ``;``, ``[`` and ``]`` escaped with a
    backslash, so that items join with ``"; "`` and come apart again exactly
    (:func:`csv_items`). A name without those characters is written as it is.

    >>> print(csv_item("Armenia"), csv_item("A; B [x]"), csv_item(r"C:\\temp"))
    Armenia A\\; B \\[x\\] C:\\\\temp
    """
    if not any(c in text for c in _ITEM_SPECIAL):
        return text
    return "".join("\\" + c if c in _ITEM_SPECIAL else c for c in text)


def csv_items(cell: str, *, roles: bool = False) -> list[tuple[str, str]]:
    """The items of a CSV list cell :func:`csv_item` wrote, split at each unescaped ``;``,
    stripped, empty ones dropped, each as ``(text, role)``. With ``roles``, an item ending
    in an unescaped ``[role]`` after some text is that text and role (else the role is
    ``""``). A backslash before anything but ``\\;[]`` is kept as it is, as in files
    written before eventdb escaped items.

    >>> csv_items(r"Armenia [target]; A\\; B \\[x\\]; C:\\temp", roles=True)
    [('Armenia', 'target'), ('A; B [x]', ''), ('C:\\\\temp', '')]
    """
    # Each item as (character, escaped) pairs, so that a bracket or separator written
    # with a backslash is never taken for one.
    items: list[list[tuple[str, bool]]] = [[]]
    i = 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell) and cell[i + 1] in _ITEM_SPECIAL:
            items[-1].append((cell[i + 1], True))
            i += 2
            continue
        if c == ";":
            items.append([])
        else:
            items[-1].append((c, False))
        i += 1
    out: list[tuple[str, str]] = []
    for item in items:
        role: list[tuple[str, bool]] = []
        if roles and item and item[-1] == ("]", False):
            opens = [j for j, t in enumerate(item) if t == ("[", False)]
            inside = item[opens[-1] + 1 : -1] if opens else []
            if (
                opens
                and "".join(c for c, _ in item[: opens[-1]]).strip()
                and "".join(c for c, _ in inside).strip()
                and ("]", False) not in inside
            ):
                role, item = inside, item[: opens[-1]]
        text = "".join(c for c, _ in item).strip()
        if text:
            out.append((text, "".join(c for c, _ in role).strip()))
    return out


def safe_url(url: str) -> str:
    """The URL a writer may link to or print: ``url`` if it is http(s), else ``""``.

    The store refuses other URLs on the way in; every writer checks again on the way out
    (a database written by an older eventdb, or by hand, may hold ``javascript:alert(7)``).

    >>> safe_url("javascript:alert(7)"), safe_url("https://news.am/eng/news/1.html")
    ('', 'https://news.am/eng/news/1.html')
    """
    return web_url(url)


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


def lane_of(e: EventRecord, lanes: str | None) -> str:
    """The lane (TimelineJS ``group``) of an event: its first actor or its type, else ``""``.

    >>> from eventdb.dates import Span
    >>> from eventdb.records import ActorRef
    >>> e = EventRecord(title="Talks", span=Span(None, None), type="meeting",
    ...                 actors=[ActorRef("Armenia"), ActorRef("Russia")])
    >>> lane_of(e, "actor"), lane_of(e, "type"), lane_of(e, None)
    ('Armenia', 'meeting', '')
    """
    if lanes == "actor":
        return e.actors[0].name if e.actors else ""
    if lanes == "type":
        return e.type
    return ""


def lane_names(ordered: list[EventRecord], lanes: str | None) -> list[str]:
    """Each event's lane: :data:`UNDATED_LANE` for an undated event; with ``lanes``, its
    actor or type if that is among the :data:`MAX_LANES` largest (ties go to the lane met
    first), else :data:`OTHER_LANE`; without ``lanes``, ``""``.

    >>> from eventdb.dates import Span
    >>> es = [EventRecord(title=str(i), span=Span(None, None), type=f"t{i % 12}")
    ...       for i in range(22)] + [EventRecord(title="x", span=Span(None, None), dated=False)]
    >>> names = lane_names(es, "type")
    >>> names[:12] == [f"t{i}" for i in range(10)] + ["Other", "Other"], names[-1]
    (True, 'Undated (before their source)')
    """
    if lanes is None:
        return [UNDATED_LANE if not e.dated else "" for e in ordered]
    own = [lane_of(e, lanes) if e.dated else "" for e in ordered]
    counts: dict[str, int] = {}
    for name in own:
        if name:
            counts[name] = counts.get(name, 0) + 1
    first = {name: i for i, name in enumerate(counts)}
    kept = set(sorted(counts, key=lambda n: (-counts[n], first[n]))[:MAX_LANES])
    return [
        UNDATED_LANE if not e.dated else (name if name in kept else OTHER_LANE)
        for e, name in zip(ordered, own, strict=True)
    ]


def chronology_summary(ordered: list[EventRecord], *, days: bool = False) -> str:
    """The counts and span of a chronology, for headers and title slides: ``19 events,
    1988–2023; 8 undated.`` (with ``days``, the first and last possible days).

    >>> from eventdb.dates import FuzzyDate, Span
    >>> e = EventRecord(title="Aid", span=Span.point(FuzzyDate.month(2023, 9)))
    >>> chronology_summary([e]), chronology_summary([e], days=True), chronology_summary([])
    ('1 event, 2023.', '1 event, 1 September 2023 to 30 September 2023.', 'No events.')
    """
    if not ordered:
        return "No events."
    dated = [e for e in ordered if e.dated and e.span.start is not None]
    undated = len(ordered) - len(dated)
    text = f"{len(ordered)} event{'s' if len(ordered) != 1 else ''}"
    if dated:
        first = min(d for e in dated if (d := e.span.earliest) is not None)
        last = max(
            (s.as_of if s.ongoing and s.as_of else s.latest or first)
            for e in dated
            if (s := span_of(e)) is not None
        )
        if days:
            text += f", {day_label(first)} to {day_label(last)}"
        elif first.year != last.year:
            text += f", {first.year}–{last.year}"
        else:
            text += f", {first.year}"
    if undated:
        text += f"; {undated} undated"
    return text + "."
