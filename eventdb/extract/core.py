"""Find every phrase that places something in time, and resolve it in the story's context.

Three steps, each cheap:

1. :func:`eventdb.extract.patterns.find` finds candidate phrases with their TimeML extents;
2. each is resolved by :func:`eventdb.resolve` — against the publication date, or for a
   phrase anchored in the story ("the next day", "the following year") against the last
   date the story set, as HeidelTime does for narratives; a bare weekday or month takes
   ``prefer="future"`` when the nearest verb around it is a future one ("will", "is due
   to", "runs until");
3. durations, sets and times of day the resolver does not value get a TimeML value from
   small tables here (``for three weeks`` → ``P3W``, ``every season`` → ``XXXX-SU``...).

Document context also settles the Wall Street Journal's quarter talk: once an article
speaks of a quarter, "year-ago" and "year-earlier", and "a year ago" and "a year earlier"
in a sentence that compares results (a figure, "from", "compared with"), mean that
quarter a year before (``1988-Q3``),
and "the quarter" means that quarter. Elsewhere they keep their plain reading: "The PM,
who took office a year ago" is last year, whatever quarter the article spoke of.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..dates import FuzzyDate, Precision, Span
from ..errors import ResolveError
from ..resolve import ENGLISH, Resolution, resolve
from ..resolve.packs import LANGUAGES, holiday_names, pack_code, southern
from ..resolve.packs import load as load_pack
from ..textio import one_line
from .cues import Compiled, cues
from .patterns import (
    CLOCK_UNITS,
    DAY_PARTS,
    Candidate,
    PackGrammar,
    find,
    find_runs,
    is_head,
    pack_grammar,
    time_zones,
)

__all__ = ["LANGUAGES", "Mention", "extract"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal phrase in a text.

    ``start``/``end`` are character offsets (``text[start:end] == mention.text``); ``timex``
    is the TimeML value (``2023-W37``, ``P3W``, ``XXXX-WXX-4``, ``PRESENT_REF``) or None
    when the phrase was found but could not be valued; ``resolution`` is the resolver's
    :class:`~eventdb.resolve.Resolution` (None for durations, sets and times valued here);
    ``sentence`` is the sentence it stands in, starting at ``sentence_start``;
    ``reference`` is the date it was resolved against (the publication date, or the date
    the story last set for an anchored phrase); ``anchored`` says which, and is also set
    for a phrase the story's context dates though its words do not read alone (the
    quarter under discussion; "semana passada e vai até esta quarta-feira (20)", a start
    and the end a verb carries it on to); ``prefer`` is the reading of a bare weekday or
    month it was resolved with (``past`` or ``future``: the verb's tense near it, else the
    caller's ``prefer``).
    """

    start: int
    end: int
    text: str
    timex: str | None
    resolution: Resolution | None
    sentence: str
    sentence_start: int = 0
    type: str = "DATE"
    mod: str | None = None
    reference: date | None = None
    anchored: bool = False
    prefer: str = "past"

    @property
    def dated(self) -> bool:
        """True when the phrase places something on the calendar: it has bounds, and is not
        a mere reference to the present, past or future ("now", "recently")."""
        r = self.resolution
        if r is None or self.timex in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            return False
        return r.start is not None or r.end is not None


# -- sentences -------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9_])|\n\s*")
_ABBREVIATIONS = frozenset(
    [
        *("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "inc"),
        *("corp", "co", "ltd", "no", "vs", "mt", "ft", "lt", "col", "capt", "prof"),
        *("u.s", "a.m", "p.m", "e.g", "i.e"),
        *(m for m in ENGLISH.months if len(m) <= 4),
    ]
)


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == ".":
            word = text[max(0, m.start() - 6) : m.start()].rsplit(None, 1)[-1:] or [""]
            w = word[0].lower().lstrip("(\"'")
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        starts.append(m.end())
    return starts


# -- tense -----------------------------------------------------------------------------


def _tense(
    text: str, start: int, end: int, s0: int, s1: int, cue: Compiled | None = None
) -> str | None:
    """``future`` or ``past`` from the tense cue nearest before ``start:end`` in its
    sentence (the verb a date adjunct follows), else the nearest after it; None if none.

    The cues are the language's (:mod:`eventdb.extract.cues`), English by default."""
    cue = cue or cues("en")
    deadline = cue.deadline.search(text, max(s0, start - 16), start)
    if deadline is not None:
        return _deadline_tense(text, deadline.start(), end, s0, s1, cue)
    for lo, hi, before in ((max(s0, start - 90), start, True), (end, min(s1, end + 40), False)):
        best, best_d = None, 10**6
        for pattern, value in ((cue.future, "future"), (cue.past, "past")):
            for m in pattern.finditer(text, lo, hi):
                d = start - m.end() if before else m.start() - end
                if 0 <= d < best_d:
                    # "was scheduled to", "had been due to expire": a plan in the past
                    aux = value == "future" and _planned_before(text, m.start(), s0, cue)
                    best, best_d = ("past" if aux else value), d
        if best is not None:
            return best
    return None


def _planned_before(text: str, at: int, s0: int, cue: Compiled) -> bool:
    """Whether the future cue at ``at``, or the chain of future cues it ends ("due to
    expire", "scheduled to expire"), follows a past auxiliary: "had been due to expire
    Friday", "was scheduled to", "as previously planned" (the plan is in the past)."""
    while at > s0:
        if cue.past_aux.search(text, max(s0, at - 16), at):
            return True
        chained = [m for m in cue.future.finditer(text, max(s0, at - 30), at) if at - m.end() <= 4]
        if not chained:
            return False
        at = chained[-1].start()
    return False


def _deadline_tense(text: str, at: int, end: int, s0: int, s1: int, cue: Compiled) -> str:
    """The tense of a deadline ("until Friday" at ``at``, ending at ``end``): ahead, unless
    a past verb of lasting governs it ("the ceasefire lasted until Friday", "Hasta el
    viernes permaneció cerrada") with no present verb, clause or future cue between
    ("the offer, which is open until Friday"; "remained closed until Friday, when it will
    reopen": the rest of the sentence says it is still ahead)."""
    if cue.future.search(text, end, s1):
        return "future"
    lo = max(s0, at - 40)
    lasted = [m.end() for m in cue.lasted.finditer(text, lo, at)]
    if lasted:
        cut = [m.end() for p in (cue.future, cue.present) for m in p.finditer(text, lo, at)]
        return "past" if max(lasted) > max(cut, default=-1) else "future"
    if not text[s0:at].strip():  # the deadline opens the sentence: the verb after it
        rest = text[end:s1]
        after = cue.lasted.match(text, end + len(rest) - len(rest.lstrip(" ,")))
        return "past" if after is not None else "future"
    return "future"


# -- values the resolver does not give ---------------------------------------------------

# units ISO 8601 has no letter for, as multiples of one it has ("every season" is P3M;
# "P1S" would read as one second)
_MULTIPLE = {"fortnight": (2, "W"), "season": (3, "M"), "half": (6, "M")}
_DURATION_LETTER = {
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "half": "H",
    "season": "S",
    "year": "Y",
    "decade": "E",
    "century": "C",
}
# "2 1/2 years", "a minute and a half": half of each unit in the next unit down
_HALF = re.compile(r"\s+1/2\b|\s+and\s+a\s+half\b|\s*½", re.IGNORECASE)
_HALF_OF = {
    "Y": "P{n}Y6M",
    "M": "P{n}M15D",
    "W": "P{d}DT12H",  # weeks and a half in days: "two and a half weeks" is P17DT12H
    "D": "P{n}DT12H",
    "TH": "PT{n}H30M",
    "TM": "PT{n}M30S",
}
_UNITLESS = re.compile(r"\b(?:while|some\s+time|long\s+time|period)\b", re.IGNORECASE)
_VAGUE = frozenset({"few", "several", "some", "many", "couple"})
_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)


def _number(words: list[str]) -> int | None:
    """The value of number words or digits, summed ("twenty four" → 24); None if vague."""
    if any(w not in ("a", "an") and (w.isdigit() or w in ENGLISH.numbers) for w in words):
        words = [w for w in words if w not in ("a", "an")]
    total, seen = 0, False
    for w in words:
        if w in ("to", "or") and seen:
            break
        if w == "couple":
            return 2
        if w in _VAGUE:
            return None
        if w.isdigit():
            total, seen = total + int(w), True
        elif w in ENGLISH.numbers and w not in ("a", "an"):
            n = ENGLISH.numbers[w]
            total = total * n if n == 100 and total else total + n
            seen = True
        elif w in ("a", "an", "one"):
            total, seen = total + 1, True
    return total if seen else None


def duration_value(phrase: str) -> str | None:
    """TimeML value of a duration phrase: ``three weeks`` → ``P3W``, ``hours`` → ``PTXH``.

    >>> duration_value("for three weeks"), duration_value("the past 20 months")
    ('P3W', 'P20M')
    >>> duration_value("2 1/2 years"), duration_value("a few days"), duration_value("a while")
    ('P2Y6M', 'PXD', 'PXX')
    >>> duration_value("a month and a half"), duration_value("two and a half weeks")
    ('P1M15D', 'P17DT12H')
    """
    half = bool(_HALF.search(phrase))
    words = [w.lower() for w in _WORD.findall(_HALF.sub(" ", phrase.replace("-", " ")))]
    for i, w in enumerate(words):
        clock = CLOCK_UNITS.get(w)
        unit = ENGLISH.units.get(w)
        if clock is None and unit is None:
            continue
        if clock is None and w in ("second",):
            continue
        n = _number([x for x in words[:i] if x not in ("the", "past", "last", "next", "first")])
        if n is None and w in ("hour", "minute", unit) and not _VAGUE.intersection(words[:i]):
            n = 1  # a singular unit without a count: "the year ended June 30"
        amount = "X" if n is None else str(n)
        if half and n is not None:
            key = ("T" if clock else "") + (clock or _DURATION_LETTER[unit or ""])
            if key in _HALF_OF:
                return _HALF_OF[key].format(n=n, d=7 * n + 3)
        if clock is not None:
            return f"PT{amount}{clock}"
        assert unit is not None
        letter = _DURATION_LETTER[unit]
        if letter == "WE":
            return f"P{amount}WE"
        if unit in _MULTIPLE and n is not None:
            factor, letter = _MULTIPLE[unit]
            return f"P{factor * n}{letter}"
        if unit in _MULTIPLE:
            letter = _MULTIPLE[unit][1]
        return f"P{amount}{letter}"
    if _UNITLESS.search(phrase):
        return "PXX"  # "a while", "some time": a stretch of time in no stated unit
    return None


def set_value(phrase: str) -> str | None:
    """TimeML value of a set: ``every season`` → ``P3M``, ``each Thursday`` → ``XXXX-WXX-4``.

    >>> set_value("every season"), set_value("each July"), set_value("Tuesday nights")
    ('P3M', 'XXXX-07', 'XXXX-WXX-2TNI')
    """
    words = [w.lower().rstrip(".") for w in _WORD.findall(phrase)]
    for w in words:
        stem = w[:-1] if w.endswith("s") and w[:-1] in ENGLISH.weekdays else w
        if stem in ENGLISH.weekdays:
            code = f"XXXX-WXX-{ENGLISH.weekdays[stem] + 1}"
            part = next((DAY_PARTS[x] for x in words if x in DAY_PARTS), "")
            return code + (f"T{part}" if part else "")
        if w in ENGLISH.months and len(w) > 2:
            return f"XXXX-{ENGLISH.months[w]:02d}"
        if w in ENGLISH.seasons:
            return f"XXXX-{ENGLISH.seasons[w]}"
    d = duration_value(phrase)
    if d is not None:
        return d.replace("PX", "P1").replace("PTX", "PT1")
    return None


_CLOCK = re.compile(
    r"(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?|\b(noon)\b|\b(midnight)\b", re.IGNORECASE
)


def _time_of_day(phrase: str) -> str | None:
    """``T22:00``, ``T12:00``, ``TEV``... for the clock or day-part words in a phrase."""
    m = _CLOCK.search(phrase)
    if m:
        if m.group(4):
            return "T12:00"
        if m.group(5):
            return "T24:00"
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return f"T{h:02d}:{m.group(2) or '00'}"
    low = phrase.lower()
    if "overnight" in low or "tonight" in low or "last night" in low:
        return "TNI"
    for w in _WORD.findall(low):
        if w in DAY_PARTS:
            return "T" + DAY_PARTS[w]
    return None


_DAY_PART_WORDS = re.compile(
    r"\s*(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)"
    rf"(?:,?\s+{time_zones()}\b)?|{'|'.join(ENGLISH.clock_words)}|around|about)\s*,?\s*"
    r"|\b(?:early|late|mid)[\s-]*(?=(?:morning|afternoon|evening|night)\b)"
    r"|\b(?:morning|afternoon|evening|night|nights)\b",
    re.IGNORECASE,
)


# -- context -------------------------------------------------------------------------------

_ANCHORED = re.compile(
    r"\b(?:following|the\s+same|previous|preceding|prior|that|"
    r"the\s+next\s+(?:day|morning|week|month|year)|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)
# the words after a duration that count it from an event ("three days after the invasion")
_AFTER = re.compile(r"\s+(after|before|following|preceding)\s+", re.IGNORECASE)
# the word after a duration that makes it an offset from the story's date ("two days later")
_LATER = re.compile(r"\s+later\b", re.IGNORECASE)
# an offset counted from a date the story set, not from the publication ("ago" is)
_EARLIER = re.compile(r"\b(?:earlier|before)$", re.IGNORECASE)
_YEAR_BACK = re.compile(
    r"\b(?:an?|one)\s+year\s+(?:ago|earlier)\b|\byear-(?:ago|earlier)\b", re.IGNORECASE
)
# a sentence comparing results: a figure, or a comparison word ("rose 5% from a year ago")
_COMPARISON = re.compile(
    r"[$£€%]|\d|\b(?:million|billion|cents?|percent|from|compared|versus|than|against)\b",
    re.IGNORECASE,
)
_BACKWARD = re.compile(r"\b(?:ago|earlier|before|last\s+year|prior|previous)\b", re.IGNORECASE)
_MONTHS_PERIOD = re.compile(r"\b(?:the|first|latest|past)\s+(?:\w+\s+)?months\b", re.IGNORECASE)
_ENDED = re.compile(
    r"\s+(?:ended|ending|that\s+ended|which\s+ended|through|to\s+date)\b", re.IGNORECASE
)
_THE_QUARTER = re.compile(
    r"^(?:the|that)\s+(?:latest\s+|same\s+)?(?:quarter|period)$", re.IGNORECASE
)
_NAMES = sorted((w for w in (*ENGLISH.weekdays, *ENGLISH.months) if len(w) > 2), key=len)
_PARTS = sorted(ENGLISH.parts, key=len)
_HOLIDAYS = sorted(holiday_names(ENGLISH), key=len, reverse=True)
# a weekday, month or holiday without a year, maybe with a part or day number: tense
# decides which ("will close on Juneteenth" is next June's)
_BARE = re.compile(
    rf"^(?:(?:{'|'.join(reversed(_PARTS))})[\s-]*)?(?:{'|'.join(reversed(_NAMES))})\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$"
    rf"|^(?:{'|'.join(re.escape(h) for h in _HOLIDAYS)})$",
    re.IGNORECASE,
)
_TYPE = {"duration": "DURATION", "set": "SET", "time": "TIME"}


def _story_resolution(phrase: str, published: date, d: FuzzyDate, note: str) -> Resolution:
    return Resolution(
        text=phrase,
        reference=published,
        rule="story-quarter",
        start=d,
        end=d,
        timex=d.timex,
        earliest=d.earliest,
        latest=d.latest,
        note=note,
    )


def _plural_or_ended(text: str, c: Candidate) -> bool:
    """A bare plural unit ("years", "recent months") or a period "ended" a date: a duration."""
    phrase = text[c.start : c.end].lower()
    if phrase in ENGLISH.references or "recent" in phrase:
        return False
    last = phrase.rsplit(None, 1)[-1]
    if ENGLISH.units.get(last) not in (None, last):
        return True
    return _ENDED.match(text, c.end) is not None


def _try(
    phrase: str, reference: date, prefer: str, language: str = "en", south: bool = False
) -> Resolution | None:
    """The resolver's reading of a phrase, or None when it cannot read it.

    Any failure counts as "cannot read": one phrase must not lose the whole article."""
    try:
        return resolve(phrase, reference=reference, prefer=prefer, language=language, south=south)
    except Exception:  # see the docstring
        return None


class _Story:
    """What the article has said so far: the last date it set, the last quarter it named."""

    def __init__(self, published: date, south: bool = False) -> None:
        self.published = published
        self.south = south  # the article's region lies south of the equator (its seasons)
        self.last_day: date | None = None
        self.last_date: date | None = None
        self.quarter: FuzzyDate | None = None
        # the period under discussion is a run of months ("the nine months"), not a quarter
        self.months = False
        # the resolver's readings so far: articles repeat "yesterday" and "the quarter"
        self.readings: dict[tuple[str, date, str, str], Resolution | None] = {}
        # events a phrase may count from: name -> span
        self.anchors: dict[str, Span] = {}

    def read(
        self, phrase: str, reference: date, prefer: str, language: str = "en"
    ) -> Resolution | None:
        """The resolver's reading of ``phrase`` in ``language``, asked once per article."""
        key = (phrase, reference, prefer, language)
        if key not in self.readings:
            self.readings[key] = _try(phrase, reference, prefer, language, self.south)
        return self.readings[key]

    def period(self, phrase: str) -> None:
        """A phrase naming a reporting period of months makes "a year ago" mean a year."""
        if _MONTHS_PERIOD.search(phrase):
            self.months = True

    def note(self, r: Resolution, phrase: str) -> None:
        d = r.start if r.start is not None else r.end
        if d is None or r.type not in ("DATE", "TIME"):
            return
        if d.precision is Precision.QUARTER and not _BACKWARD.search(phrase):
            # the latest quarter named is the one under discussion
            if self.quarter is None or self.quarter.earliest <= d.earliest:
                self.quarter = d
            self.months = False
        if d.precision is Precision.DAY:
            self.last_day = d.earliest
        self.last_date = d.earliest

    def anchor(self, phrase: str, language: str = "en") -> date:
        """The date ``phrase`` counts from: the story's last day for a phrase in days
        ("that day", "two days later", "no dia seguinte"; the pack's day units and parts
        of a day, weekdays), else the last date it set."""
        v = load_pack(language)
        words = phrase.lower().split()
        if any(v.units.get(w) == "day" or w in v.day_parts or w in v.weekdays for w in words):
            return self.last_day or self.published  # never a coarser date's first day
        return self.last_date or self.published


def extract(
    text: str,
    reference: date,
    *,
    prefer: str = "past",
    language: str = "en",
    anchors: Mapping[str, Span] | None = None,
) -> list[Mention]:
    """Every temporal phrase in ``text``, in text order, resolved against ``reference``.

    ``reference`` is the publication date; ``prefer`` the default reading of a bare weekday
    or month ("past": the latest one on or before the reference), which a future verb near
    the phrase flips; any other value raises :class:`~eventdb.errors.ResolveError`. Nothing
    else is ever raised, whatever the text. ``language`` is the article's language code,
    one of :data:`LANGUAGES` (``en``, ``pt``, ``es``), or a tag whose first part is one
    ("pt-BR", "es_419"), as a source's ``language:`` may be; any other raises
    :class:`~eventdb.errors.ResolveError`. A draft records it on its source, and
    ``eventdb import`` resolves the draft's phrases in it. Portuguese and Spanish phrases
    are found with the words of their pack and resolved in their language.
    ``anchors`` maps event names to spans, as :func:`eventdb.resolve` takes them: a
    duration before one ("three days after the invasion") keeps its TimeML value and
    resolves, from that event, to the day it lands on.

    >>> [(m.text, m.timex) for m in extract("In March, the court ruled. It will sit "
    ...                                     "for three weeks from Friday.", date(2023, 9, 19))]
    [('March', '2023-03'), ('three weeks', 'P3W'), ('Friday', '2023-09-22')]
    """
    if prefer not in ("past", "future"):
        raise ResolveError(f"prefer must be 'past' or 'future', got {prefer!r}")
    code = pack_code(language, default="") if isinstance(language, str) else ""
    if not code:
        supported = ", ".join(LANGUAGES)
        raise ResolveError(
            f"unsupported language {language!r}: the supported codes are {supported}"
        )
    if not isinstance(text, str) or not text:
        return []
    south = southern(language)  # "pt-BR": the article's seasons are the southern ones
    if code != "en":
        return _pack_mentions(text, reference, prefer, code, south)
    candidates = find(text)
    if not candidates:
        return []
    starts = _sentence_starts(text)
    story = _Story(reference, south)
    if anchors:
        story.anchors = dict(anchors)
    out: list[Mention] = []
    for c in candidates:
        i = bisect.bisect_right(starts, c.start) - 1
        s0 = starts[i]
        s1 = starts[i + 1] if i + 1 < len(starts) else len(text)
        out.append(_mention(text, c, s0, s1, story, reference, prefer))
    return out


def _mention(
    text: str, c: Candidate, s0: int, s1: int, story: _Story, published: date, prefer: str
) -> Mention:
    phrase = text[c.start : c.end]
    sentence = text[s0:s1].rstrip()
    base = Mention(
        c.start,
        c.end,
        phrase,
        None,
        None,
        sentence,
        s0,
        _TYPE.get(c.family, "DATE"),
        reference=published,
        prefer=prefer,
    )
    if c.family == "set":
        return replace(base, timex=set_value(phrase))
    if c.family == "time" or (c.family == "date" and _CLOCK.search(phrase)):
        # "will meet on Friday night": a bare weekday with its time takes the verb's tense
        day_words = _DAY_PART_WORDS.sub(" ", phrase).strip(" ,")
        tense = _tense(text, c.start, c.end, s0, s1) if _BARE.match(day_words) else None
        timed = replace(base, prefer=tense or prefer)
        return _time_mention(timed, story, published, tense or prefer)

    ref, anchored = published, False
    p, tense = prefer, None
    if _BARE.match(phrase):
        tense = _tense(text, c.start, c.end, s0, s1)
        p = tense or prefer
    # the Wall Street Journal's "a year ago": the quarter under discussion, a year before
    story.period(phrase)
    if (
        story.quarter is not None
        and not story.months
        and _YEAR_BACK.search(phrase)
        and "quarter" not in phrase.lower()
        and ("-" in phrase or _COMPARISON.search(text, s0, s1))
    ):
        q = story.quarter
        d = FuzzyDate.quarter(q.earliest.year - 1, (q.earliest.month + 2) // 3)
        note = f"the quarter the article discusses ({q.label}), a year before"
        return replace(
            base,
            timex=d.timex,
            resolution=_story_resolution(phrase, published, d, note),
            anchored=True,
        )
    if story.quarter is not None and _THE_QUARTER.match(phrase):
        q = story.quarter
        note = "the quarter the article discusses"
        return replace(
            base,
            timex=q.timex,
            resolution=_story_resolution(phrase, published, q, note),
            anchored=True,
        )
    if (c.family in ("date", "unit") and _ANCHORED.search(phrase)) or (
        c.family == "ago" and _EARLIER.search(phrase)
    ):
        # "the next day", "that week", "three weeks earlier": from the story's last date
        ref = story.anchor(phrase)
        anchored = ref != published
    is_reference = one_line(phrase.lower()) in ENGLISH.references
    if not is_reference and (
        c.family == "duration" or (c.family == "unit" and _plural_or_ended(text, c))
    ):
        duration = replace(base, type="DURATION", timex=duration_value(phrase))
        if story.anchors:
            counted = _from_event(text, c.end, phrase, story, published)
            if counted is not None:
                story.note(counted, counted.text)
                return replace(duration, resolution=counted, anchored=True)
        later = _LATER.match(text, c.end)
        if later is None or story.last_date is None:
            return duration
        # "Two days later": TimeML marks the duration; the day it lands on follows the
        # date the story last set, and goes in the resolution
        whole = phrase + later.group()
        ref = story.anchor(whole)
        r = story.read(one_line(whole), ref, prefer)
        if r is None or r.start is None:
            return duration
        story.note(r, whole)
        return replace(duration, resolution=r, reference=ref, anchored=True)
    r = story.read(phrase, ref, p)
    if r is None and "-" in phrase:
        r = story.read(phrase.replace("-", " "), ref, p)
    if r is not None and tense is not None:
        r = _tensed(story, phrase, ref, r, tense, "en")
    if r is None:
        if c.family in ("duration", "unit", "ago"):
            return replace(base, type="DURATION", timex=duration_value(phrase))
        return base
    if not _is_birth(text, c.start, "en"):
        story.note(r, phrase)
    kind = r.type if r.type in ("DATE", "DURATION", "SET", "TIME") else base.type
    return replace(
        base,
        timex=r.timex,
        resolution=r,
        type=kind,
        mod=r.mod,
        reference=ref,
        anchored=anchored,
        prefer=p,
    )


# how far a month and day may lie from the publication date and still be the nearest one
_NEAR_DAYS = 91


def _from_event(
    text: str, end: int, phrase: str, story: _Story, published: date
) -> Resolution | None:
    """A duration counted from a known event: "three days after the invasion"."""
    way = _AFTER.match(text, end)
    if way is None:
        return None
    rest = text[way.end() : way.end() + 120].lower()
    for name in sorted(story.anchors, key=len, reverse=True):
        if rest.startswith(name.lower()) and not rest[len(name) : len(name) + 1].isalnum():
            whole = f"{one_line(phrase)} {way.group(1).lower()} {name}"
            try:
                return resolve(whole, reference=published, anchors=story.anchors, south=story.south)
            except Exception:  # as in _try: one phrase must not lose the article
                return None
    return None


def _month_day(
    story: _Story, phrase: str, ref: date, r: Resolution, tense: str, language: str = "en"
) -> Resolution:
    """A month and day without a year, on the side of ``ref`` its verb's tense puts it
    ("the year ended March 31" five months before March), when the nearest one (the
    resolver's reading) is more than a quarter away: nearer than that, news dates a day
    by its month and day alone ("payable Dec. 1 to holders of record Nov. 10")."""
    side = r.start if r.start is not None else r.end  # "until March 31": its end
    d = side.earliest if side is not None else None
    if d is None or abs((d - ref).days) <= _NEAR_DAYS:
        return r
    year = d.year - 1 if tense == "past" and d > ref else d.year
    year = d.year + 1 if tense == "future" and d < ref else year
    if year == d.year:
        return r
    return story.read(f"{phrase}, {year}", ref, "past", language) or r


# what is left of a time phrase without its clock and day-part words that names no day
_NO_DAY = frozenset({"this", "the", "that", "later this", "earlier this"})


def _time_mention(base: Mention, story: _Story, published: date, prefer: str) -> Mention:
    """A time of day: resolve the day it names (or the publication day), add the time."""
    phrase = base.text
    t = _time_of_day(phrase)
    day_part = _DAY_PART_WORDS.sub(" ", phrase).strip(" ,")
    named = bool(day_part) and day_part.lower() not in _NO_DAY
    anaphoric = re.match(r"^(?:the|that)\b", phrase, re.IGNORECASE) is not None
    r: Resolution | None = None
    if named and not anaphoric:
        # "10 p.m. Wednesday", "Thursday morning": a day of its own, read whole by the
        # resolver. "The morning" is the story's day and a bare "5 p.m." the publication's
        # (below); neither moves the story's day.
        whole = story.read(phrase, published, prefer)
        if whole is not None and whole.type == "TIME" and whole.start is not None:
            story.note(whole, phrase)
            return replace(base, timex=whole.timex, resolution=whole, type="TIME")
    if named:
        r = story.read(day_part, published, prefer)
    if r is None and re.search(r"\blast\s+night\b", phrase, re.IGNORECASE):
        r = story.read("yesterday", published, prefer)
    day = (
        r.start
        if r is not None and r.start is not None and r.start.precision is Precision.DAY
        else None
    )
    if day is None:
        if r is not None and r.timex and r.type == "TIME":
            return replace(base, timex=r.timex, resolution=r)
        d = (story.last_day or published) if anaphoric else published
        timex = d.isoformat() + (t or "")
        return replace(base, timex=timex, resolution=r, type="TIME")
    if r is not None:
        story.note(r, phrase)
    return replace(base, timex=day.earliest.isoformat() + (t or ""), resolution=r, type="TIME")


# -- languages other than English ----------------------------------------------------------

# (start, end, reading, anchored, prefer): a piece the story's context dated is anchored;
# prefer is the reading of a bare name it was read with (the verb's tense, else the caller's)
_Piece = tuple[int, int, Resolution, bool, str]


def _pack_mentions(
    text: str, reference: date, prefer: str, code: str, south: bool = False
) -> list[Mention]:
    """Every phrase the pack's finder and the resolver read in ``text``, in ``code``.

    Each run of the pack's words (:func:`~eventdb.extract.patterns.find_runs`) is cut into
    the longest pieces the resolver reads, left to right; a preposition before a piece is
    left out of its extent when the piece reads the same without it ("na semana passada"
    is ``semana passada``, "em breve" stays whole). A bare weekday or month takes the
    tense of the verb nearest to it, from the language's cues. A start carried on to an
    end ("semana passada e vai até esta quarta-feira (20)") is one range."""
    grammar, pack = pack_grammar(code), load_pack(code)
    starts = _sentence_starts(text)
    story = _Story(reference, south)
    bare = _bare_words(code)
    pieces: list[_Piece] = []
    for run in find_runs(text, grammar):
        i = 0
        while i < len(run):
            got = _longest_piece(
                text, run, i, grammar, story, reference, prefer, code, bare, starts
            )
            if got is None:
                i += 1
                continue
            j, s, r, anchored, p = got
            if r is not None:
                pieces.append((s, run[j - 1][1], r, anchored, p))
                if not _is_birth(text, s, code):
                    story.note(r, text[s : run[j - 1][1]])
            i = j
    pieces = _join_ranges(text, pieces, story, reference, prefer, code, pack.range_since)
    out: list[Mention] = []
    for s, e, r, anchored, p in pieces:
        s0, s1 = _sentence_of(text, starts, s)
        kind = r.type if r.type in ("DATE", "DURATION", "SET", "TIME") else "DATE"
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                r.timex,
                r,
                text[s0:s1].rstrip(),
                s0,
                kind,
                r.mod,
                r.reference,
                anchored,
                p,
            )
        )
    return out


def _bare_words(code: str) -> frozenset[str]:
    """The words a bare weekday or month may stand with: its parts, fillers, "de", the
    day noun ("no dia 5 de março") and the parts of a day ("sexta-feira de manhã")."""
    v = load_pack(code)
    words = {*v.fillers, *v.of_words, *v.day_nouns, *v.day_part_joiners}
    for p in (*v.parts, *v.day_parts):
        words.update(p.split())
    return frozenset(words)


_FIRST_TOKEN = re.compile(r"\S+\s+")


def _deadline_rest(phrase: str, code: str) -> str:
    """``phrase`` after the pack's "until" word it opens with ("até a sexta" -> "a sexta"),
    or ``phrase`` itself."""
    low = phrase.lower()
    for w in sorted(load_pack(code).range_until, key=len, reverse=True):
        if low.startswith(w + " "):
            return phrase[len(w) + 1 :]
    return phrase


def _is_deadline(phrase: str, code: str, bare: frozenset[str]) -> bool:
    """ "até sexta-feira", "hasta el viernes": an "until" and a bare weekday or month."""
    rest = _deadline_rest(phrase, code)
    return rest != phrase and _is_bare(rest, code, bare)


def _by_tense(r: Resolution, tense: str) -> Resolution:
    """``r``, or the first of its alternatives on the side of its reference that the
    verb's ``tense`` ("past" or "future") puts it, when ``r`` lies on the other side:
    "durou até sexta-feira" takes the last Friday the resolver kept as an alternative.

    >>> from eventdb import resolve
    >>> r = resolve("até sexta-feira", reference=date(2023, 9, 19), language="pt")
    >>> r.end.label, _by_tense(r, "past").end.label
    ('22 September 2023', '15 September 2023')
    """
    ref = r.reference
    wrong_side = (tense == "past" and r.latest is not None and r.latest > ref) or (
        tense == "future" and r.earliest is not None and r.earliest < ref
    )
    if wrong_side:  # only the same phrase on the other side: not a country's date
        return next((a.reading for a in r.alternatives if a.side == tense), r)
    return r


@cache
def _holidays_of(code: str) -> frozenset[str]:
    """The holiday names of pack ``code``, in lower case."""
    return frozenset(h.lower() for h in holiday_names(load_pack(code)))


def _is_bare(phrase: str, code: str, bare: frozenset[str]) -> bool:
    """A weekday, month or holiday with no year or direction: its verb's tense says which
    one ("o Dia das Mães será no domingo" is next May's)."""
    v = load_pack(code)
    words = phrase.lower().split()
    rest = words
    while rest:  # "o dia das mães": "dia das mães" is a holiday name
        if " ".join(rest) in _holidays_of(code):
            return True
        if len(rest) == 1 or rest[0] not in bare:
            break
        rest = rest[1:]
    named = False
    for w in words:
        if w in v.weekdays or w in v.months:
            named = True
        elif not (w in bare or (w.strip("()").isdigit() and len(w.strip("()")) <= 2)):
            return False
    return named


def _longest_piece(
    text: str,
    run: list[tuple[int, int]],
    i: int,
    grammar: PackGrammar,
    story: _Story,
    reference: date,
    prefer: str,
    code: str,
    bare: frozenset[str],
    starts: list[int],
) -> tuple[int, int, Resolution | None, bool, str] | None:
    """(end token, start offset, reading, anchored, prefer) of the longest piece of ``run``
    from token ``i`` the resolver reads, or None; the reading is None for a piece to skip
    (an age, a name). A piece with the language's anchoring words ("no dia seguinte", "três
    dias depois", "naquela semana", the demonstrative then joining the extent) counts from
    the date the story last set, and is ``anchored``."""
    for j in range(min(len(run), i + grammar.longest), i, -1):
        if not any(is_head(grammar, text[s:e]) for s, e in run[i:j]):
            continue
        s, e = run[i][0], run[j - 1][1]
        phrase = " ".join(text[s:e].split())
        s_anchor = _anchoring(text, s, phrase, code)
        ref = story.anchor(phrase, code) if s_anchor is not None else reference
        p, tense = prefer, None
        if _is_bare(phrase, code, bare):
            tense = _tense(text, s, e, *_sentence_of(text, starts, s), cues(code))
            p = tense or prefer
        elif _is_deadline(phrase, code, bare):  # "até sexta-feira": the verb before "até"
            after = _FIRST_TOKEN.match(text, s)  # the "until" word and the space after it
            s_at = after.end() if after is not None else s
            tense = _tense(text, s_at, e, *_sentence_of(text, starts, s), cues(code))
            # read as the resolver ranks it, the other side kept: the tense then picks
            p = "past" if tense is not None else prefer
        r = story.read(phrase, ref, p, code)
        if r is None:
            continue
        hs, he = run[j - 1]
        if all(_is_lead(grammar, text[a:b], code) for a, b in run[i : j - 1]) and _in_a_name(
            text, hs, he, code, starts
        ):
            return j, s, None, False, p  # "no Dia de Tiradentes", "la Semana de la Moda"
        if tense is not None:
            r = _tensed(story, phrase, ref, r, tense, code)
            p = tense
        first = text[run[i][0] : run[i][1]].lower()
        if j - i > 1 and (first in grammar.prepositions or first in grammar.of_words):
            s2 = run[i + 1][0]
            rest = " ".join(text[s2:e].split())
            shorter = story.read(rest, ref, p, code)
            if shorter is not None and tense is not None:
                shorter = _tensed(story, rest, ref, shorter, tense, code)
            open_range = r.start is None or r.end is None or r.start == r.end
            if shorter is not None and (
                (first in grammar.prepositions and _same(shorter, r))
                or (first in grammar.of_words and open_range)
            ):
                return j, s2, shorter, ref != reference, p
        if r.type == "DURATION" and _is_age(text, s, e, code):
            return j, s, None, False, p  # "o ministro, de 45 anos": an age
        if j - i == 1 and r.type == "TIME" and r.warnings:
            return j, s, None, False, p  # "o jogo acabou 3:30": a score more than a time
        if s_anchor is not None and s_anchor < s:
            s = s_anchor  # "Naquela semana": the demonstrative is part of the phrase
        return j, s, r, ref != reference, p
    return None


# the one or two words before a piece ("naquela" semana, "naquele mesmo" dia)
_WORDS_BEFORE = re.compile(r"(?:([\w-]+)\s+)?([\w-]+)\s+$")
# a phrase with a day number of its own ("sexta-feira (22)") is dated by it, not the story
_OWN_DAY = re.compile(r"\(\s*\d")


def _anchoring(text: str, s: int, phrase: str, code: str) -> int | None:
    """Where the phrase at ``s`` starts counting from the story's last date, when its
    words or the one or two words before it are the language's anchoring words ("no dia
    seguinte", "três dias depois"; "naquela semana", "no mesmo dia"): the offset its
    extent starts at, or None when it counts from the publication.

    >>> t = "Naquela semana, o governo caiu."
    >>> _anchoring(t, 8, "semana", "pt"), _anchoring(t, 8, "semana", "es")
    (0, None)
    """
    cue = cues(code).anchored
    if _OWN_DAY.search(phrase):
        return None
    if cue.search(phrase):
        return s
    m = _WORDS_BEFORE.search(text, max(0, s - 32), s)
    if m is None:
        return None
    if cue.match(f"{m.group(2)} {phrase}"):
        return m.start(2)
    if m.group(1) is not None and cue.match(f"{m.group(1)} {m.group(2)} {phrase}"):
        return m.start(1)
    return None


_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")


def _tensed(
    story: _Story, phrase: str, ref: date, r: Resolution, tense: str, code: str
) -> Resolution:
    """``r`` on the side of ``ref`` the verb's ``tense`` puts it: an alternative the
    resolver kept ("durou até sexta-feira"), or a month and day in the other year ("em 5
    de março, o tribunal emitiu": last March)."""
    r = _by_tense(r, tense)
    if r.rule == "month-day" or r.rule.endswith("+month-day"):  # "durou até 5 de março"
        return _month_day(story, phrase, ref, r, tense, code)
    return r


def _is_lead(grammar: PackGrammar, token: str, code: str) -> bool:
    """A word that may open a piece without heading it: a preposition or a filler."""
    low = token.lower()
    return low in grammar.prepositions or low in load_pack(code).fillers


def _in_a_name(text: str, s: int, e: int, code: str, starts: list[int]) -> bool:
    """A unit word that heads a name, not a date: capitalised inside a sentence ("no Dia
    de Tiradentes"), or opening one before a capitalised word ("Semana de Moda de São
    Paulo começa hoje"); "Dia 18, o governo falou" is a date.

    >>> t = "Semana de Moda de São Paulo começa. Dia 18, o governo falou."
    >>> _in_a_name(t, 0, 6, "pt", [0, 36]), _in_a_name(t, 36, 39, "pt", [0, 36])
    (True, False)
    """
    word = text[s:e]
    v = load_pack(code)
    if not word[:1].isupper() or word.isupper() or v.units.get(word.lower()) is None:
        return False
    s0 = _sentence_of(text, starts, s)[0]
    if text[s0:s].strip(" \t\n\"'“«(—–-"):
        return True  # inside a sentence, where the pack writes its units in lower case
    # the sentence's first word: a name when a capitalised word follows it, maybe after
    # "de", "da", "del" ("Semana de Moda de São Paulo", "Dia Mundial do Meio Ambiente")
    for w in text[e : e + 40].split()[:3]:
        if w in v.of_words or w in v.fillers:
            continue
        return w[:1].isupper()
    return False


def _is_birth(text: str, s: int, code: str) -> bool:
    """A date after a word of birth ("born on", "nascido em", "nacida el"): someone's
    birthday, not a date of the story's thread.

    >>> _is_birth("o ministro, nascido em 12 de junho", 23, "pt")
    True
    """
    return cues(code).born.search(text, max(0, s - 24), s) is not None


def _is_age(text: str, s: int, e: int, code: str) -> bool:
    """A count of years after a word that makes it someone's age ("de 45 anos")."""
    v = load_pack(code)
    last = text[s:e].split()[-1].lower()
    if v.units.get(last) != "year" or not text[s:e].split()[0].isdigit():
        return False
    before = _PREVIOUS_WORD.search(text, max(0, s - 16), s)
    return before is not None and before.group(1).lower() in cues(code).cues.ages


def _sentence_of(text: str, starts: list[int], s: int) -> tuple[int, int]:
    """The bounds of the sentence around offset ``s``, given the sentences' starts."""
    k = bisect.bisect_right(starts, s) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)


def _same(a: Resolution, b: Resolution) -> bool:
    return (a.timex, a.mod, a.type, a.start, a.end) == (b.timex, b.mod, b.type, b.start, b.end)


def _join_ranges(
    text: str,
    pieces: list[_Piece],
    story: _Story,
    reference: date,
    prefer: str,
    code: str,
    since: tuple[str, ...],
) -> list[_Piece]:
    """Join a start and the end it runs on to ("semana passada e vai até esta
    quarta-feira (20)") into one range, read as "since <start> <until end>"."""
    row = cues(code).cues
    if not row.runs_on or not since:
        return pieces
    pack = load_pack(code)
    joins = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in row.runs_on)
    ands = "|".join(re.escape(w) for w in pack.range_and)
    gap = re.compile(rf"\s*,?\s+(?:{ands})\s+(?:{joins})\s+$", re.IGNORECASE)
    out: list[_Piece] = []
    for piece in pieces:
        if out:
            s, e, r, _, p = out[-1]
            s2, e2, r2, _, _ = piece
            if (
                r.start is not None
                and r2.start is None
                and r2.end is not None
                and gap.fullmatch(text, e, s2)
            ):
                whole = f"{since[0]} {' '.join(text[s:e].split())} {' '.join(text[s2:e2].split())}"
                joined = story.read(whole, reference, prefer, code)
                if joined is not None and joined.start is not None and joined.end is not None:
                    # the words as written do not read alone: the story's context (the
                    # two phrases and the verb joining them) dates it, as for "a year ago"
                    # meaning the quarter under discussion
                    out[-1] = (s, e2, joined, True, p)
                    continue
        out.append(piece)
    return out
