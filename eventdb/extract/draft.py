"""A draft chronology from an article's mentions: the document format ``eventdb import`` reads.

One event per dated sentence: ``quote`` is the sentence, the title the clause that carries
the date (:func:`eventdb.extract.titles.event_title`), ``when`` the date phrase as
written, widened to the words that make it a range ("since the end of last year", "began
last week and runs until this Wednesday (20)"). Where extraction dated the phrase
otherwise than ``when`` resolved alone against the publication date would (a phrase the
story anchored, "the next day"; a bare weekday or month a future verb reads forward,
"will meet on Friday"), the event also carries that span as ``date`` (EDTF), which wins
over ``when`` on import: the preview, the draft and the store give the event one date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..dates import Span
from ..errors import EventDBError
from ..resolve import Resolution, resolve
from ..resolve.packs import load, pack_code
from ..textio import one_line
from .core import Mention
from .cues import cues
from .titles import TITLES, event_title

__all__ = ["draft_document", "draft_title", "event_phrase", "event_span"]


def _words(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@dataclass(frozen=True)
class _Widening:
    """One language's patterns for widening a phrase to its ``when``, from its pack."""

    # a word before a phrase that makes it one end of a range: "since", "until", "began"
    opener: re.Pattern[str]
    # the words between the two ends of a range: "to", "and runs until", "-"
    joiner: re.Pattern[str]
    # a verb opening a range phrase ("began last week and runs until ..."): the event's verb
    began: re.Pattern[str] | None
    # a preposition opening the sentence before the phrase ("In March, ...", "Em março")
    lead: re.Pattern[str]


@cache
def _widening(code: str) -> _Widening:
    """The widening patterns of pack ``code``: its range words, and its cues' leads."""
    v = load(code)
    opener = (*v.range_since, *v.range_until, *v.range_from, *v.range_between)
    return _Widening(
        opener=re.compile(rf"\b(?:{_words(opener)})\s+$", re.IGNORECASE),
        joiner=re.compile(rf"\s*(?:{_words((*v.range_to, *v.range_and))})\s*$", re.IGNORECASE),
        began=re.compile(rf"(?:{_words(v.range_began)})\b", re.IGNORECASE)
        if v.range_began
        else None,
        lead=re.compile(rf"(?:{_words(cues(code).cues.leads)})\s+", re.IGNORECASE),
    )


def _resolves(
    phrase: str, published: date, prefer: str = "past", language: str = "en"
) -> Resolution | None:
    try:
        return resolve(phrase, reference=published, prefer=prefer, language=language)
    except (EventDBError, ValueError):
        return None


def _reading(phrase: str, m: Mention, published: date, language: str) -> Span | None:
    """The span extraction gives the event whose ``when`` is ``phrase``: the mention's own
    when the phrase is the mention (or the story anchored it), else the widened phrase
    read the way the mention was (its ``prefer``)."""
    if m.resolution is None:
        return None
    if m.anchored or phrase == one_line(m.text):
        return m.resolution.span
    r = _resolves(phrase, published, m.prefer, language)
    return r.span if r is not None else None


def _draft_date(phrase: str, m: Mention, published: date, language: str) -> str | None:
    """The EDTF ``date`` an event needs: extraction's span, when ``phrase`` resolved alone
    against ``published`` (what import does with ``when``) would give another one."""
    span = _reading(phrase, m, published, language)
    if span is None:
        return None
    alone = _resolves(phrase, published, language=language)
    if alone is not None and alone.span == span:
        return None
    return span.edtf


def _extent(
    text: str, mentions: Sequence[Mention], published: date, language: str = "en"
) -> tuple[int, int, str]:
    """Where the ``when`` phrase of :func:`event_phrase` stands in ``text``, and the phrase."""
    w = _widening(language)
    first = mentions[0]
    s0 = first.sentence_start
    start = first.start
    opener = w.opener.search(text, max(s0, first.start - 24), first.start)
    if opener is not None:
        start = opener.start()
    elif w.lead.fullmatch(text, s0, first.start):
        start = s0  # "In March, the ICC ...": the sentence opens with the whole adverbial
    end = first.end
    if first.type == "DURATION" and first.resolution is not None:
        # "Two days later", "three days after the invasion": the words the resolver read,
        # dated by the event's `date` (they need not resolve alone)
        words = r"\s+".join(re.escape(w) for w in first.resolution.text.split())
        whole = re.compile(words, re.IGNORECASE).match(text, first.start)
        if whole is not None:
            return first.start, whole.end(), one_line(text[first.start : whole.end()])
    if opener is not None and len(mentions) > 1:
        second = mentions[1]
        if w.joiner.fullmatch(text, first.end, second.start):
            end = second.end
    for s, e in ((start, end), (start, first.end), (first.start, first.end)):
        phrase = one_line(text[s:e])
        if _resolves(phrase, published, first.prefer, language) is not None:
            return s, e, phrase
    return first.start, first.end, one_line(first.text)


def event_phrase(
    text: str, mentions: Sequence[Mention], published: date, language: str = "en"
) -> tuple[str, Mention]:
    """The ``when`` phrase for a sentence's dated mentions, and the mention it rests on.

    The first dated mention, with the range word before it ("since") and, when a second
    mention closes the range ("... and runs until this Wednesday (20)"), through that one,
    or with the preposition that opens its sentence ("In March, ..."); widened only as far
    as :func:`eventdb.resolve` still reads the phrase, in ``language`` (a pack code or tag).
    """
    return _extent(text, mentions, published, pack_code(language))[2], mentions[0]


def draft_title(quote: str, limit: int = 72) -> str:
    """A fallback title, for a sentence with no clause left once its date is out: the
    quote's opening words, cut at a word within ``limit``.

    >>> draft_title("This Monday (18), the Azerbaijani government reported that", 40)
    'This Monday (18), the Azerbaijani…'
    """
    quote = quote.strip().rstrip(".")
    if len(quote) <= limit:
        return quote or "untitled"
    cut = quote[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return cut + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")


def draft_document(
    text: str,
    mentions: Sequence[Mention],
    *,
    published: date,
    source_title: str = "",
    publisher: str = "",
    url: str = "",
    language: str = "en",
    key: str = "",
) -> dict[str, Any]:
    """The draft YAML/JSON document (docs/contracts.md) for an article and its mentions.

    >>> from eventdb import extract
    >>> text = "Talks began last week. In March, the court ruled."
    >>> doc = draft_document(text, extract(text, date(2023, 9, 19)), published=date(2023, 9, 19))
    >>> [(e["when"], e["quote"]) for e in doc["events"]]
    [('began last week', 'Talks began last week.'), ('In March', 'In March, the court ruled.')]
    """
    key = key or f"{_slug(publisher or source_title) or 'article'}-{published.isoformat()}"
    source: dict[str, Any] = {"key": key, "title": source_title, "publisher": publisher}
    source.update(url=url, published=published.isoformat(), language=language)
    events: list[dict[str, Any]] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        # a date, or a duration the story made a date of ("Two days later")
        if m.dated and (m.type in ("DATE", "TIME") or m.anchored):
            by_sentence.setdefault(m.sentence_start, []).append(m)
    code = pack_code(language)
    widening, words = _widening(code), TITLES[code]
    for group in by_sentence.values():
        start, end, phrase = _extent(text, group, published, code)
        m = group[0]
        quote = one_line(m.sentence)
        s0 = m.sentence_start
        # "began last week": the verb stays in the title
        verb = widening.began.match(text, start) if widening.began is not None else None
        t0 = verb.end() if verb is not None else start
        title = event_title(m.sentence, t0 - s0, end - s0, words=words) or draft_title(quote)
        event: dict[str, Any] = {"title": title, "when": phrase, "source": key}
        event["quote"] = quote
        edtf = _draft_date(phrase, m, published, code)
        if edtf is not None:
            event["date"] = edtf
        events.append(event)
    return {"sources": [source], "events": events}


def event_span(event: dict[str, Any], published: date) -> Span:
    """The span ``eventdb import`` gives a draft event: its ``date`` when it has one, else
    its ``when`` resolved against the publication date.

    >>> event_span({"when": "since the end of last year"}, date(2023, 9, 19)).label
    'late 2022 – ongoing (as of 19 September 2023)'
    """
    if event.get("date"):
        return Span.parse(str(event["date"]), as_of=published)
    return resolve(str(event["when"]), reference=published).span
