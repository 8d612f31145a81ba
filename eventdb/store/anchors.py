"""Stored events as anchors for a phrase: "three days after the invasion".

The resolver reads "N units after|before NAME" when it is given ``anchors``, a mapping
from names to spans (:func:`eventdb.resolve`). A user writes the name as a reader would
("the invasion", "the ICC warrant"), not as the event's title ("Russia invades
Ukraine"), so the lookup here matches the name's words against each dated event's title
and slug words, and the words of its alias slugs (the slugs of events merged into it,
``event_alias``): every word of the name must begin like a word of the event (a shared
stem of at least four letters: "invasion" and "invades"), and the event that covers the
most of its own words wins. A tie between events is no anchor: the phrase stays
unresolved rather than dated from a guess, and :func:`anchor_candidates` names the events
tied, so a caller can say the name is ambiguous.

    >>> words_match("invasion", "invades"), words_match("warrant", "warrants")
    (True, True)
    >>> words_match("war", "warrant"), words_match("talks", "tallies")
    (False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from ..dates import Span
from ..textio import one_line
from .columns import span_from

if TYPE_CHECKING:
    from .db import EventDB

__all__ = [
    "Anchor",
    "anchor_candidates",
    "anchor_name",
    "anchors_in_text",
    "find_anchor",
    "words_match",
]

# what the resolver reads before a name: "three days after", "the week before"
_BEFORE_NAME = re.compile(r"\b(?:after|before|following|preceding)\s+(?P<name>.+)$", re.I)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# words of a name that say nothing about which event it is
_FILLER = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "and", "its", "their"})
# a duration counted from a name, in running text: "three days after the invasion ..."
_COUNTED = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before|following|preceding)\s+"
    r"(?P<name>(?:the\s+)?[^\W_][\w'’-]*(?:\s+[^\W_][\w'’-]*){0,3})",
    re.IGNORECASE,
)
# the shortest stem two words must share
_STEM = 4


@dataclass(frozen=True, slots=True)
class Anchor:
    """A stored event a phrase dates from: the name the phrase uses for it, and the event."""

    name: str
    title: str
    slug: str
    span: Span


def words_match(a: str, b: str) -> bool:
    """True when one word is the other's prefix, or both share a stem: the longer of four
    letters and all but the last three letters of the shorter word."""
    a, b = a.lower(), b.lower()
    if len(a) < _STEM or len(b) < _STEM:
        return a == b
    if a.startswith(b) or b.startswith(a):
        return True
    stem = max(_STEM, min(len(a), len(b)) - 3)
    return a[:stem] == b[:stem]


def anchor_name(phrase: str) -> str | None:
    """The name a phrase dates from ("the invasion" in "three days after the invasion").

    >>> anchor_name("Three days after the invasion"), anchor_name("last week")
    ('the invasion', None)
    """
    m = _BEFORE_NAME.search(one_line(phrase))
    return m.group("name").rstrip(" .,;:") if m is not None else None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("-", " "))]


def anchor_candidates(db: EventDB, phrase: str) -> list[Anchor]:
    """The dated events ``phrase`` may name after "after"/"before", best first: the one
    event that matches best, or every event tied for best (then the name is ambiguous);
    empty when there is no name or no match."""
    name = anchor_name(phrase)
    if name is None:
        return []
    want = [w for w in _words(name) if w not in _FILLER]
    if not want:
        return []
    from .db import EVENT, _Table

    t, alias = EVENT.t, _Table("event_alias").t
    # narrow in SQL: each word's stem in the title, the slug or an alias slug (the slug of
    # an event merged into this one); then compare words here
    narrowed = [
        or_(
            t.c.title.ilike(f"%{w[:_STEM]}%"),
            t.c.slug.like(f"%{w[:_STEM]}%"),
            t.c.id.in_(select(alias.c.event_id).where(alias.c.slug.like(f"%{w[:_STEM]}%"))),
        )
        for w in want
    ]
    query = select(t).where(t.c.dated.is_(True), and_(*narrowed)).order_by(t.c.id)
    best: list[tuple[float, Anchor]] = []
    with db._read() as conn:  # the store's own connection, read-only
        rows = [row._mapping for row in conn.execute(query)]
        aliases: dict[int, set[str]] = {}
        if rows:
            of = select(alias.c.event_id, alias.c.slug).where(
                alias.c.event_id.in_([m["id"] for m in rows])
            )
            for event_id, slug in conn.execute(of):
                aliases.setdefault(event_id, set()).update(_words(slug))
        for m in rows:
            have = set(_words(m["title"])) | set(_words(m["slug"])) | aliases.get(m["id"], set())
            if not all(any(words_match(w, h) for h in have) for w in want):
                continue
            own = [h for h in _words(m["title"]) if h not in _FILLER]
            covered = sum(any(words_match(h, w) for w in want) for h in own)
            score = covered / max(len(own), 1)
            best.append((score, Anchor(name, m["title"], m["slug"], span_from(m))))
    if not best:
        return []
    top = max(score for score, _ in best)
    return [a for score, a in best if score == top]


def find_anchor(db: EventDB, phrase: str) -> Anchor | None:
    """The dated event ``phrase`` names after "after"/"before", or None (no name, no
    match, or a tie between events: :func:`anchor_candidates` lists them)."""
    found = anchor_candidates(db, phrase)
    return found[0] if len(found) == 1 else None


def anchors_in_text(db: EventDB, text: str) -> dict[str, Anchor]:
    """The stored events an article counts durations from ("three days after the
    invasion"), by the name it uses: each name is tried from its longest form (four
    words after "after") down to one word, and the first that finds an event is kept.
    """
    out: dict[str, Anchor] = {}
    tried: set[str] = set()
    for m in _COUNTED.finditer(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,;:'’")
            if name.lower() in tried or name.lower() in ("the",):
                continue
            tried.add(name.lower())
            found = find_anchor(db, f"after {name}")
            if found is not None:
                out[name] = found
                break
    return out
