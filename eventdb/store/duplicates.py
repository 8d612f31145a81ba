"""Likely duplicates: two events that may be one, reported by two articles.

Only dated events are compared (an event reported without a date is open back to the
beginning of time, and says nothing about sameness). A pair is a candidate only when the
two spans can overlap (``span_lo``/``span_hi``, the
columns the timeline's index holds) and the two events share a block: a word of their
titles (three letters or more, lower-cased), an actor or a place. Each block's events are
swept in ``span_lo`` order, so only overlapping pairs are ever looked at; a block of more
than :data:`MAX_BLOCK` events (a word or an actor in every other title) says nothing
about sameness and is skipped. The work therefore grows with the events and the pairs
inside blocks, never with the square of the database.

Each candidate is scored from 0 to 1::

    score = 0.5 * title + 0.3 * actors + 0.2 * places

``title`` is rapidfuzz's ``token_set_ratio`` of the two titles (0-1, word order and
repeated words ignored), leaving out the words in more than :data:`MAX_BLOCK` titles
(in a store where every title says "Armenia", sharing it says nothing); ``actors`` and
``places`` are the share of the smaller list the two events have in common (0 when either
has none). Pairs scoring at least
``min_score`` (default :data:`MIN_SCORE`) are returned, best first, each with the reason
in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from ..records import EventRecord

__all__ = [
    "MAX_BLOCK",
    "MIN_SCORE",
    "WEIGHTS",
    "DuplicatePair",
    "blocks",
    "candidate_pairs",
    "common_words",
    "find",
    "plain_title",
    "reason",
    "score_pair",
]

MAX_BLOCK = 500
MIN_SCORE = 0.5
WEIGHTS = {"title": 0.5, "actors": 0.3, "places": 0.2}
_WORD = re.compile(r"\w{3,}", re.UNICODE)


@dataclass
class DuplicatePair:
    """Two events that may be one: ``a`` the older (the one to keep), ``b`` the other.

    >>> from eventdb.dates import Span
    >>> e = EventRecord(title="ICC warrant", span=Span.parse("2023-03-17"), slug="icc")
    >>> DuplicatePair(e, e, 1.0, 1.0, reason="the same").score
    1.0
    """

    a: EventRecord
    b: EventRecord
    score: float
    title_similarity: float
    shared_actors: list[str] = field(default_factory=list)
    shared_places: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class _Event:
    id: int
    title: str
    lo: Any
    hi: Any
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    words: str | None = None  # the title as compared: without the store's common words


def blocks(events: Sequence[_Event]) -> dict[str, list[int]]:
    """Each block (a title word, ``\0a`` + an actor, ``\0p`` + a place) with the indexes
    of the events in it."""
    out: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        keys = {w.lower() for w in _WORD.findall(e.title)}
        keys.update("\0a" + a for a in e.actors)
        keys.update("\0p" + p for p in e.places)
        for k in keys:
            out.setdefault(k, []).append(i)
    return out


def common_words(found: dict[str, list[int]]) -> set[str]:
    """The title words in more than :data:`MAX_BLOCK` events: they say nothing about
    sameness, so they are left out of the blocks and of the title comparison."""
    return {k for k, m in found.items() if len(m) > MAX_BLOCK and not k.startswith("\0")}


def candidate_pairs(
    events: Sequence[_Event], found: dict[str, list[int]] | None = None
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of events sharing a block with overlapping spans.

    >>> evs = [_Event(1, "ICC warrant", "2023-03-01", "2023-03-31"),
    ...        _Event(2, "A warrant for Putin", "2023-03-17", "2023-03-17"),
    ...        _Event(3, "A warrant in May", "2023-05-02", "2023-05-02")]
    >>> sorted(candidate_pairs(evs))
    [(0, 1)]
    """
    pairs: set[tuple[int, int]] = set()
    for members in (blocks(events) if found is None else found).values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members = sorted(members, key=lambda i: (events[i].lo, i))
        for n, i in enumerate(members):
            hi = events[i].hi
            for j in members[n + 1 :]:
                if events[j].lo > hi:
                    break
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _share(x: Sequence[str], y: Sequence[str]) -> tuple[float, list[str]]:
    if not x or not y:
        return 0.0, []
    other = set(y)
    common = [n for n in x if n in other]
    return len(common) / min(len(set(x)), len(other)), common


def plain_title(title: str, common: set[str] | frozenset[str] = frozenset()) -> str:
    """A title as compared: rapidfuzz's default processing (lower case, letters and
    digits), without the ``common`` words.

    >>> plain_title("Actor 12 meets Actor 40 in Place 5", {"actor", "place"})
    '12 meets 40 in 5'
    """
    from rapidfuzz import utils

    return " ".join(w for w in utils.default_process(title).split() if w not in common)


def score_pair(
    a: _Event, b: _Event, min_score: float = 0.0
) -> tuple[float, float, list[str], list[str]]:
    """(score, title similarity, shared actors, shared places) of two candidates; a
    score of 0 when it cannot reach ``min_score`` (the titles are then not compared).

    >>> score_pair(_Event(1, "ICC issues a warrant", "", "", ["ICC"]),
    ...            _Event(2, "ICC issues a warrant", "", "", ["ICC", "Putin"]))
    (0.8, 1.0, ['ICC'], [])
    """
    from rapidfuzz import fuzz

    w = WEIGHTS
    actors, shared_actors = _share(a.actors, b.actors)
    places, shared_places = _share(a.places, b.places)
    rest = w["actors"] * actors + w["places"] * places
    if rest + w["title"] < min_score:
        return 0.0, 0.0, shared_actors, shared_places
    cutoff = max(0.0, (min_score - rest) / w["title"] * 100 - 1)  # 1: rounding's margin
    wa = plain_title(a.title) if a.words is None else a.words
    wb = plain_title(b.title) if b.words is None else b.words
    title = fuzz.token_set_ratio(wa, wb, processor=None, score_cutoff=cutoff) / 100
    return round(w["title"] * title + rest, 2), round(title, 2), shared_actors, shared_places


def reason(
    a: EventRecord, b: EventRecord, title: float, actors: list[str], places: list[str]
) -> str:
    """The pair's reason in words.

    >>> from eventdb.dates import Span
    >>> x = EventRecord(title="x", span=Span.parse("2023-03"))
    >>> y = EventRecord(title="y", span=Span.parse("2023-03-17"))
    >>> reason(x, y, 0.56, ["Vladimir Putin"], [])
    'titles 56% alike; dates overlap (March 2023 / 17 March 2023); shared actors: Vladimir Putin'
    """
    bits = [f"titles {round(title * 100)}% alike"]
    bits.append(
        "the same dates" if a.label == b.label else f"dates overlap ({a.label} / {b.label})"
    )
    if actors:
        bits.append("shared actors: " + ", ".join(actors))
    if places:
        bits.append("shared places: " + ", ".join(places))
    return "; ".join(bits)


Found = tuple[int, int, float, float, list[str], list[str]]


def find(conn: Connection, lo: Any, hi: Any, min_score: float) -> list[Found]:
    """``(a id, b id, score, title similarity, shared actors, shared places)`` of every
    likely pair among the events that can touch ``[lo, hi]`` (None: open), best first."""
    # an undated event (reported without a date: "before" its source) gives no date to
    # compare, and would overlap every event before its source's publication
    where, params = ["dated = :dated"], {"dated": True}
    if lo is not None:
        where.append("span_hi >= :lo")
        params["lo"] = lo
    if hi is not None:
        where.append("span_lo <= :hi")
        params["hi"] = hi
    cond = f" WHERE {' AND '.join(where)}"
    rows = conn.execute(
        text(f"SELECT id, title, span_lo, span_hi FROM event{cond} ORDER BY id"), params
    )
    events = [_Event(int(r[0]), r[1], r[2], r[3]) for r in rows]
    by_id = {e.id: e for e in events}
    for sql, attr in (
        (
            "SELECT ea.event_id, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
            "ORDER BY ea.event_id, ea.position",
            "actors",
        ),
        (
            "SELECT ep.event_id, p.name FROM event_place ep JOIN place p ON p.id = ep.place_id "
            "ORDER BY ep.event_id, ep.position",
            "places",
        ),
    ):
        for eid, name in conn.execute(text(sql)):
            e = by_id.get(int(eid))
            if e is not None:
                getattr(e, attr).append(name)
    grouped = blocks(events)
    common = common_words(grouped)
    for e in events:
        e.words = plain_title(e.title, common)
    found: list[Found] = []
    for i, j in candidate_pairs(events, grouped):
        score, title, actors, places = score_pair(events[i], events[j], min_score)
        if score >= min_score and score > 0:
            found.append((events[i].id, events[j].id, score, title, actors, places))
    found.sort(key=lambda f: (-f[2], f[0], f[1]))
    return found
