"""The candidate finder: regular expressions built from the resolver's vocabulary.

Every word list here comes from :data:`eventdb.resolve.vocab.ENGLISH`; this module only adds
the shape of the phrases (which words may follow which) and the TimeML conventions for their
extent: a determiner belongs to a noun phrase ("the third quarter", "the nine months") but
not to an adjective ("a two-year contract" is marked ``two-year``), a preposition never does
("in March" is marked ``March``), "ago"/"earlier" do ("a year earlier") and "later" does not
("Three days later" is the duration ``Three days``, as TimeBank marks it).

Each *family* is one compiled pattern; :func:`find` runs them all and keeps the longest
non-overlapping matches, preferring the family listed first on a tie. The family says what a
phrase is (a date, a duration, a set, a time of day, a reference to the present), which
decides how :mod:`eventdb.extract.core` values it.

Speed: one cheap *trigger* pattern (any word that can head a temporal phrase: a month, a
weekday, a unit, a year...) runs over the whole text; the families run only in short windows
around its hits. Most of an article has no trigger at all.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..resolve.packs import holiday_names
from ..resolve.vocab import ENGLISH, Vocabulary

# Words the vocabulary does not hold because the resolver works in days and coarser units;
# durations and times of day need them. Each maps to its TimeML duration letter.
CLOCK_UNITS = {
    "hour": "H",
    "hours": "H",
    "minute": "M",
    "minutes": "M",
    "second": "S",
    "seconds": "S",
}
# Parts of a day, as TimeML codes (1998-02-13TEV).
DAY_PARTS = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nights": "NI",
}
# Quantifiers TimeBank keeps inside a duration's extent ("nearly forty years").
QUANTIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "no more than",
    "not more than",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
)
# Nouns a holiday qualifies, which make it no date: "the Christmas tree", "Easter eggs".
HOLIDAY_NOUNS = (
    "tree",
    "trees",
    "card",
    "cards",
    "carol",
    "carols",
    "lights",
    "decorations",
    "spirit",
    "music",
    "song",
    "songs",
    "movie",
    "film",
    "egg",
    "eggs",
    "bunny",
    "island",
    "cake",
    "sweater",
    "ornaments",
    "costume",
    "costumes",
    "candy",
    "resolution",
    "resolutions",
)
# Qualifiers of a reporting period in financial news ("the year-earlier quarter").
PERIOD_QUALIFIERS = (
    "fiscal",
    "latest",
    "year-earlier",
    "year-ago",
    "year-before",
    "comparable",
    "same",
    "current",
    "previous",
    "prior",
    "recent",
    "most recent",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "full",
    "calendar",
    "last",
    "past",
    "next",
    "coming",
    "preceding",
    "corresponding",
)
# Reference words too ambiguous to mark on their own in running text: "once" (one time),
# "later"/"earlier" (comparatives), "already"/"previously" (aspect more often than time),
# "future" as an adjective. On TimeBank each is a date in fewer than half its uses.
AMBIGUOUS_REFERENCES = frozenset(
    {
        "once",
        "later",
        "earlier",
        "already",
        "future",
        "formerly",
        "this time",
        "the present",
        "present",
        "at this time",
        "previously",
        "at the moment",
    }
)
# Units that are also fractions ("a half", "three-quarters"): a duration only with a number
# of two or more or as a plural ("two quarters", "several quarters").
FRACTION_UNITS = frozenset({"half", "halves", "quarter", "quarters"})
# Words before a bare four-digit number that make it a year even when a plural noun follows
# ("the 1989 sales", "fiscal 1990 results"): without one, "1991 votes" is a count.
YEAR_DETERMINERS = (
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "of",
    "for",
)
# Words before a four-digit number that make it a year whatever follows ("in 1995 people
# left", "since 1990 prices rose"): the time prepositions, and "fiscal".
YEAR_PREPOSITIONS = ("fiscal", "in", "since", "by", "until", "from")


# Kinds of unit a duration may count in: "eight trading days", "ten working days".
COUNT_KINDS = ("trading", "business", "working", "school", "calendar", "full")
# Adjectives of length before "time", "period", "spell": a stretch in no stated unit.
LENGTH_ADJECTIVES = ("long", "lengthy", "short", "brief", "extended", "prolonged")
# Adverbs of degree before them ("a fairly lengthy period", "a very long time").
DEGREE_ADVERBS = ("very", "fairly", "rather", "relatively", "quite", "reasonably")
# Words after a reference word ("soon") that make it part of a conjunction.
CONNECTIVE_AFTER = ("after", "before", "as", "afterwards", "thereafter")
# Words joining two years: the second is a year too, whatever follows it ("between 1990
# and 1995 prices fell").
YEAR_JOINERS = ("and", "or", "to")
# Nouns that count or measure what a number before them is a quantity of, even after a
# determiner ("the 1500 meters", "some 1800 people", "1950 dollars"): no year.
MEASURE_NOUNS = (
    *("people", "persons", "residents", "inhabitants", "men", "women", "children"),
    *("troops", "soldiers", "workers", "employees", "jobs", "members", "voters"),
    *("meters", "metres", "kilometers", "kilometres", "km", "miles", "feet", "yards"),
    *("tons", "tonnes", "kg", "kilograms", "pounds", "ounces", "barrels", "gallons", "liters"),
    *("acres", "hectares", "square", "dollars", "euros", "yen", "francs", "marks", "pesos"),
    *("points", "votes", "seats", "shares", "units", "cars", "vehicles", "homes", "cases"),
    *("calories", "degrees", "pages", "copies", "words", "rounds"),
)
# Nouns that label a number, which is then no year ("Route 66", "Room 2023", "Flight 1549").
NUMBER_LABELS = (
    "room",
    "route",
    "flight",
    "highway",
    "interstate",
    "suite",
    "gate",
    "apartment",
    "no.",
    "number",
    "platform",
    "model",
    "version",
    "page",
    "pages",
    "track",
    "bus",
    "line",
    "channel",
    "article",
    "section",
    "rule",
    "form",
    "chapter",
    "exit",
    "code",
    "box",
    "unit",
    "lot",
    "level",
    "floor",
    "pier",
    "row",
    "seat",
    "item",
    "resolution",
    "bill",
)


# Words of the patterns that never open a phrase (connectors, suffixes, look-behind
# context); the families are not even tried at them.
NEVER_FIRST = frozenset(
    {
        "of",
        "to",
        "and",
        "or",
        "s",
        "d",
        "b",
        "w",
        "i",
        "as",
        "than",
        *COUNT_KINDS,
        "term",
        "possible",
        "while",
        "time",
        "ago",
        "old",
        "long",
        "ahead",
        "so",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "gmt",
        "local",
        "ies",
        "st",
        "nd",
        "rd",
        "th",
        "am",
        "pm",
        "p",
        "m",
        "in",
        "from",
        "its",
        "their",
        "his",
        "her",
        "our",
        "for",
        "by",
        "until",
        "since",
        "period",
        "back",
        "before",
        "nights",
        *LENGTH_ADJECTIVES,
        *DEGREE_ADVERBS,
        "other",
    }
)


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, spaces matching any run of spaces."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def time_zones(v: Vocabulary = ENGLISH) -> str:
    """The time zones that may follow a clock time, as a pattern (not the one-letter "z",
    which would take the next word's initial).

    >>> import re
    >>> bool(re.fullmatch(time_zones(), "local time")), bool(re.fullmatch(time_zones(), "z"))
    (True, False)
    """
    return _alt(z for z in v.time_zones if len(z) > 1)


def _trie(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes: far faster to scan than a flat one."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(ch).replace(r"\ ", r"\s+") + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(tree) + ")"


def _titled(name: str) -> set[str]:
    """A name as a proper noun is written: each word capitalised but the small ones
    ("Feast of the Assumption"), as the name is written, and in capitals.

    >>> sorted(_titled("new year's day")), sorted(_titled("Day of the Vow"))
    (["NEW YEAR'S DAY", "New Year's Day"], ['DAY OF THE VOW', 'Day of the Vow'])
    """
    words = [w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in name.split()]
    forms = {" ".join(words), name.upper()}
    if name != name.lower():
        forms.add(name)  # the library's own spelling ("Martin Luther King Jr. Day")
    return forms


# the words a name leaves in lower case
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for"})


def _cased(words: Iterable[str]) -> str:
    """Capitalised (or all-caps) forms only: month and weekday names are proper nouns."""
    forms = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return "(?-i:" + _alt(forms) + ")"


def _full_and_abbrev(names: dict[str, int]) -> tuple[list[str], list[str]]:
    longest: dict[int, str] = {}
    for name, n in names.items():
        if len(name) > len(longest.get(n, "")):
            longest[n] = name
    full = sorted(set(longest.values()))
    abbrev = sorted(n for n in names if n not in full)
    return full, abbrev


_ANY: frozenset[str] = frozenset({"<any>"})


def _parser() -> Any:
    """The standard library's regex parser (``re._parser``; ``sre_parse`` before 3.11)."""
    name = "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
    return importlib.import_module(name)


def first_chars(pattern: str) -> frozenset[str]:
    """The lowercase characters a match of ``pattern`` can start with (``_ANY`` if any).

    Lets :func:`find` skip, at each word, the families that cannot start there.

    >>> sorted(first_chars(r"\\b(?:the\\s+)?(?:Jan|feb)\\d"))
    ['f', 'j', 't']
    """
    parsed = _parser().parse(pattern, re.IGNORECASE)
    chars, _nullable = _first_of(list(parsed))
    return chars


def _first_of(seq: list[Any]) -> tuple[frozenset[str], bool]:
    """First characters of a parsed sequence, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            return frozenset(out | {chr(av).lower()}), False
        if name == "IN":
            chars = _first_of_set(av)
            return (_ANY if chars is None else frozenset(out | chars)), False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing
        got: frozenset[str]
        if name == "SUBPATTERN":
            got, nullable = _first_of(list(av[-1]))
        elif name == "BRANCH":
            got, nullable = frozenset(), False
            for branch in av[1]:
                g, n = _first_of(list(branch))
                got, nullable = got | g, nullable or n
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            got, nullable = _first_of(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return _ANY, False
        if got >= _ANY:
            return _ANY, False
        out |= got
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _first_of_set(items: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av).lower())
        elif name == "RANGE":
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars.update("0123456789")
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.update(" \t\n\r\f\v")
        else:
            return None
    return chars


@dataclass(frozen=True)
class Grammar:
    """The compiled trigger and families for one vocabulary."""

    # lowercase words that head a temporal phrase (a month, a unit, "yesterday"...)
    triggers: frozenset[str]
    # the few heads that are not plain words: "p.m.", "5pm", "'80s"
    symbols: re.Pattern[str]
    # lowercase words a phrase may start with: every literal word of every family
    first_words: frozenset[str]
    families: tuple[tuple[str, re.Pattern[str]], ...]
    # first character (lowercase) -> the families that can start with it
    by_first: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)
    # how far before a trigger a phrase may start, and after it end
    before: int = 34
    after: int = 26
    # no phrase is longer: bounds the work at each start, whatever the text
    longest: int = 80


def build(v: Vocabulary = ENGLISH) -> Grammar:
    """Compile the trigger and the families from a vocabulary."""
    mfull, mabbr = _full_and_abbrev(v.months)
    wfull, wabbr = _full_and_abbrev(v.weekdays)
    # a month name; an abbreviation needs its dot or a day number after it
    month = rf"(?:{_cased(mfull)}\b|{_cased(mabbr)}(?:\.|\b(?=\s+\d)))"
    weekday = rf"(?:{_cased(wfull)}\b|{_cased(wabbr)}\.)"
    unit_sing = _alt(u for u, c in v.units.items() if u == c and u not in FRACTION_UNITS)
    unit_plural = _alt(u for u, c in v.units.items() if u != c and u not in FRACTION_UNITS)
    # "second" alone is far more often an ordinal ("a second time") than a unit
    clock_sing = _alt(u for u in CLOCK_UNITS if not u.endswith("s") and u != "second")
    clock_plural = _alt(u for u in CLOCK_UNITS if u.endswith("s"))
    season = _alt(v.seasons)
    numw = _alt(w for w in v.numbers if " " not in w and w not in ("a", "an", "few", "several"))
    vague = _alt(
        w for w in v.numbers if w in ("a couple of", "couple of", "a few", "few", "several")
    )
    ordw = _alt(w for w in v.ordinals if w != "last")
    direction = _alt(v.directions)
    parts = _alt([*v.parts, "earlier", "later"])
    dayword = _alt(v.day_words)
    refs = _alt(
        w for w in v.references if w not in AMBIGUOUS_REFERENCES and not w.startswith("in ")
    )
    quant = _alt(QUANTIFIERS)
    dayparts = _alt(p for p in DAY_PARTS if not p.endswith("s"))
    # "the nineties": the tens as plurals
    tens_ies = _alt(w[:-1] + "ies" for w, n in v.numbers.items() if n % 10 == 0 and 20 <= n <= 90)
    qualifiers = _alt(PERIOD_QUALIFIERS)

    year4 = r"(?<![\d$£€.,/])(?<!\d-)(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d{3}|\.\d|-\d)"
    # a four-digit year, unless it is a bare count before a plural noun ("1991 votes")
    # a determiner before it, or another year and a conjunction ("between 1990 and 1995")
    after_det = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in YEAR_DETERMINERS) + ")"
    after_prep = (
        "(?:"
        + "|".join(rf"(?<=\b{w}\s)" for w in YEAR_PREPOSITIONS)
        + "".join(rf"|(?<=\d{{4}}\s{w}\s)" for w in YEAR_JOINERS)
        + ")"
    )
    not_label = "".join(rf"(?<!\b{w}\s)" for w in NUMBER_LABELS)
    not_measure = rf"(?!\s+{_alt(MEASURE_NOUNS)}\b)"
    street = (
        r"(?!\s+(?:[A-Z]\w+\s+)+(?:Avenue|Street|Road|Boulevard|Drive|Lane|Ave\.|St\.|Blvd\.|Rd\.))"
    )
    year4_np = (
        rf"(?:{after_prep}{year4}|{after_det}{year4}{not_measure}"
        rf"|{not_label}{year4}(?!\s+[a-z]+[^s\W]s\b){not_measure}{street})"
    )
    bignum = _alt(["hundred", "thousand"])
    spoken_year = (
        rf"(?:(?:the\s+year\s+)?(?:nineteen|twenty)[\s-]+{numw}(?:[\s-]+{numw})?"
        rf"|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+{numw})?)"
    )
    year = rf"(?:{year4_np}|{spoken_year})"
    daynum = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:,]\d)"
    ordday = rf"{ordw}\b"
    num = (
        rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:{numw}|an?\s+{bignum})"
        rf"(?:[\s-]+(?:and\s+)?(?:{numw}|{bignum}))*)"
    )
    count = rf"(?:{num}|{vague})"
    zones = time_zones(v)
    clock_time = (
        r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
        rf"(?:,?\s+{zones}\b)?|{_alt(v.clock_words)}\b)"
    )
    rel_year = rf"(?:{direction}\s+year|{year4})"

    fams: list[tuple[str, str]] = []

    def add(name: str, pattern: str) -> None:
        fams.append((name, rf"\b(?:{pattern})(?!\w)"))

    # -- dates ------------------------------------------------------------------------
    day_date = (
        rf"(?:{clock_time},?\s+)?(?:{weekday},?\s+)?"
        rf"(?:{month}\s+(?:{daynum}|{ordday})|(?:the\s+)?(?:{daynum}|{ordday})(?:\s+of)?\s+{month})"
        rf"(?:,?\s+{year})?(?:,?\s+{clock_time})?"
    )
    add("date", day_date)
    add("date", r"(?<![\d-])\d{4}-[01]\d-[0-3]\d(?![\d-])")
    # a holiday, a proper noun with every word capitalised: "Christmas Eve", "last
    # Thanksgiving", "Easter 2024"; not a name it opens ("Easter Island", "the Good Friday
    # Agreement") nor a noun it qualifies ("the Christmas tree")
    holidays = holiday_names(v)
    titled = _alt(form for h in holidays for form in _titled(h))
    add(
        "date",
        rf"(?:(?:the|this|last|next)\s+)?(?-i:{titled})\s+weekend(?:\s+(?:of\s+)?{year4})?"
        rf"|(?:(?:{direction})\s+)?(?-i:{titled})(?![\w-]|'s?\s)(?!\s+(?-i:[A-Z]))"
        rf"(?!\s+{_alt(HOLIDAY_NOUNS)}\b)(?:,?\s+{year4})?",
    )
    add("date", rf"{month}\s+{direction}\s+year|{month},?\s+(?:of\s+)?{year}|{month}\s+'\d\d\b")
    # "the 5th of next month"
    add(
        "date",
        rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{ordw})\s+of\s+(?:the\s+)?(?:{direction})\s+month",
    )
    # "the week after next" (not "the day after next Tuesday"); "the first Monday in
    # October". "A week from Friday" is left as a duration and a day: in running text it is
    # as often "(for) three weeks from Friday", a stretch that starts on Friday.
    add(
        "date",
        rf"(?:the\s+)?(?:{unit_sing}|{weekday})\s+{_alt(v.two_away)}"
        rf"(?!\s+(?:{weekday}|{month}|{season}|{unit_sing}|{unit_plural})\b)",
    )
    # "this day last year", "this time next year", "this time next week", "this time
    # tomorrow"
    add(
        "date",
        r"(?:this|that|the\s+same)\s+(?:time|day|date)\s+(?:(?:last|next)\s+(?:year|month|week)"
        r"|tomorrow|yesterday)",
    )
    # "two Mondays from now", "three Fridays ago": the Nth such weekday
    add("date", rf"(?:{count})\s+{_cased(w + 's' for w in wfull)}\s+(?:ago|from\s+now|hence)")
    # "on the eve of Christmas": the day before a holiday (an event needs its anchor)
    add("date", rf"(?:the\s+)?eve\s+of\s+(?-i:{titled})(?![\w-])")
    add(
        "date",
        rf"the\s+(?:{ordw}|last|[1-5](?:st|nd|rd|th))\s+{weekday}\s+(?:of|in)\s+"
        rf"(?:{month}(?:,?\s+{year})?|(?:the|this|next|last)\s+month)",
    )
    # a year and the next one's last digits: "2022-23", "the winter of 1941-42"
    # only after a season or a word that heads a date ("in 2022-23", "the 1939-45 war"):
    # "Case No. 2021-05", "pp. 1990-95" and "call 1800-22" are no dates
    heads = "|".join(rf"(?<=\b{w}\s)" for w in ("in", "of", "the", "since", "during", "for"))
    pair = r"(?<![\d\-/.,])(?:1[5-9]\d\d|20\d\d)[-–](?:\d\d)(?![\d\-/])"
    add("date", rf"(?:the\s+)?{season}\s+(?:of\s+)?{pair}|(?:{heads}){pair}")
    add(
        "date", rf"[0-3]?\d-(?:{_cased(mfull)}|{_cased(mabbr)})-(?:1[5-9]\d\d|20\d\d|\d\d)(?![\d-])"
    )
    add(
        "date",
        rf"(?:(?:the|this)\s+)?{direction}\s+(?:{unit_sing}|{weekday}|{month}|{season})(?:\s+\(\d{{1,2}}\))?(?:,?\s+{month}\s+(?:{daynum}|{ordday}))?",
    )
    add("date", rf"{weekday}(?:\s+\(\d{{1,2}}\))?(?:,?\s+{month}\s+(?:{daynum}|{ordday}))?")
    add("date", rf"{month}(?!\s*\d)")
    add("date", rf"{year}(?:\s+{_alt(v.range_onward)})?")  # "1994 or later"
    add("date", dayword)
    named = rf"(?:{unit_sing}|{weekday}|{month}|{season})"
    core = (
        rf"(?:{month}(?:,?\s+{year})?|{direction}\s+{named}|{weekday}|{year}|{dayword}"
        rf"|(?:this|the)\s+{unit_sing})"
    )
    add("date", rf"(?:the\s+)?{parts}[\s-]*{core}")
    add(
        "date",
        rf"(?:the\s+)?(?:{parts}[\s-]*)?(?:(?:1[5-9]|20)\d0'?s|'\d0s|(?:(?:nineteen|eighteen)[\s-])?{tens_ies})",
    )
    add("date", rf"(?:the\s+)?(?:{parts}[\s-]*)?(?:\d{{1,2}}(?:st|nd|rd|th)|{ordw})\s+century")
    # a bare "quarter" needs a determiner or qualifier before it ("three-quarters of voters")
    quarter_heads = ("the", "this", "last", "next", "each", "'s", *PERIOD_QUALIFIERS)
    behind = [re.escape(w) for w in quarter_heads if " " not in w] + [r"\d"]
    bare_quarter = "(?:" + "|".join(rf"(?<={w}\s)" for w in behind) + ")quarters?"
    quarter_core = rf"(?:{ordw}|\d(?:st|nd|rd|th))\s+(?:quarter|half)s?|{bare_quarter}"
    after_qualifier = ("latest", "-ago", "-earlier", r"\d", "same", "comparable", "corresponding")
    period = "(?:" + "|".join(rf"(?<={w}\s)" for w in after_qualifier) + ")period"
    add(
        "date",
        rf"(?:(?:the|this|last|next|each)\s+|{rel_year}'s\s+)?(?:(?:{qualifiers}|{year4})[\s-]+)*"
        rf"(?:{quarter_core}|{period})"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?{year}|{rel_year}|the\s+year|the\s+'\d0s)|\s+(?:last|this|next)\s+year|\s+an?\s+year\s+(?:ago|earlier))?",
    )
    # an adjective: no determiner ("its third-quarter profit")
    add("date", rf"(?:fiscal\s+)?(?:{ordw}|\d(?:st|nd|rd|th))-(?:quarter|half)")
    add(
        "date",
        rf"fiscal\s+(?:year\s+)?{year4}|(?:the\s+)?(?:{qualifiers}\s+)*fiscal\s+year|the\s+(?:full|calendar|same)\s+year|(?:around\s+)?(?:year-end|(?<!the\s)year\s+end\b)|year's\s+end",
    )
    add(
        "date",
        rf"(?:the\s+)?(?:same|following|previous|preceding|prior)\s+(?:{unit_sing}|{weekday}|{month})|the\s+next\s+(?:day|morning|week|month|year)|that\s+(?:{unit_sing}|quarter|(?!fall\b|spring\b){season})"
        rf"|the\s+same\s+{season}",
    )
    add(
        "date",
        rf"(?:the\s+)?(?:{parts}\s+)?{season}\s+(?:of\s+)?{year}|(?:this|last|next|early|late)\s+{season}"
        rf"|the\s+(?!fall\b){season}",  # "the fall of Rome" is no season
    )
    # -- "a year ago", "several years ago", "nearly four years ago", "a year earlier" ---
    # several units or a half: "a year and a half ago", "two years and three months ago"
    one_count = (
        rf"(?:(?:{count}|an?)(?:\s+and\s+a\s+half)?\s+)?"
        rf"(?:{unit_sing}|{unit_plural}|{clock_sing}|{clock_plural})"
    )
    add(
        "ago",
        rf"(?:{quant}\s+)?(?:{one_count}(?:,\s+|\s+and\s+|\s+))*{one_count}"
        rf"(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?:ago|earlier|from\s+now|hence)",
    )
    add("year", r"year-(?:earlier|ago)")
    # half a unit: "half an hour ago", "half a year earlier"
    add("ago", rf"half\s+an?\s+(?:{unit_sing}|{clock_sing})\s+(?:ago|earlier|from\s+now|later)")
    # -- durations ----------------------------------------------------------------------
    kind = rf"(?:{_alt(COUNT_KINDS)}\s+)?"
    any_unit = rf"(?:{unit_plural}|{clock_plural}|{unit_sing}|{clock_sing})"
    nouns = rf"(?:{count}(?:\s+(?:to|or)\s+{count})?(?:\s+more)?\s+{kind}{any_unit})"
    one = rf"(?:an?|one)\s+{kind}(?:{unit_sing}|{clock_sing})"
    add(
        "duration",
        rf"(?:each\s+of\s+)?(?:{quant}\s+)?(?:(?:the|these|those)\s+)?"
        rf"(?:(?:{qualifiers}|initial|remaining|{year4}|additional)\s+)*"
        rf"(?:{nouns}|{one}|(?:{count}\s+)?(?:{unit_plural}|{clock_plural}|quarters))(?:\s+period)?(?:\s+(?:or\s+so|ahead))?(?!\s+old)",
    )
    add("duration", rf"(?:{count}|an?)\s+(?:{unit_sing}|{clock_sing})\s+and\s+a\s+half")
    # adjectives: "two-year", "52-week", "8-month-old", "a five year low"
    add("duration", rf"(?:{count})-(?:{unit_sing}|{clock_sing})(?:-old|-long)?")
    add(
        "duration",
        rf"(?:(?<=\ba\s)|(?<=\bthe\s))(?:{count})\s+(?:{unit_sing}|{clock_sing})(?=\s+[a-z])",
    )
    add("duration", rf"an?\s+(?:{count})-(?:{unit_sing}|{clock_sing})\s+period")
    # a stretch of time in no stated unit: "a while", "a long time", "a fairly lengthy
    # period", "an extended stretch"
    add(
        "duration",
        rf"(?:a|an|the)\s+(?:while|(?:{_alt(DEGREE_ADVERBS)}\s+)?{_alt(LENGTH_ADJECTIVES)}"
        rf"\s+(?:time|while|period|stretch|spell)(?:\s+of\s+time)?)|some\s+time",
    )
    # bare units: "the year", "the past year", "recent years", "centuries"
    add(
        "unit",
        rf"(?:the|these|those)\s+(?:(?:past|last|next|coming|early|first|final|latest|same)\s+)?(?:(?:few|several)\s+)?(?:{unit_sing}|{unit_plural})(?:\s+(?:ahead|or\s+so))?"
        rf"|(?:{unit_plural})(?:\s+or\s+(?:weeks|months|years))?",
    )
    # -- sets -----------------------------------------------------------------------------
    add(
        "set",
        rf"(?:every|each|per)\s+(?:other\s+)?(?:{count}\s+)?(?:{unit_sing}|{unit_plural}|{weekday}|{month}|{season}|{clock_sing}|quarter)",
    )
    add("set", rf"{weekday}s(?:\s+{dayparts})?|{weekday}\s+nights")
    add(
        "set",
        rf"(?:once|twice|{num}\s+times)\s+(?:a|an|per|each|every)\s+(?:{unit_sing}|{clock_sing})",
    )
    add("set", rf"(?<=\d\s)an?\s+(?:{unit_sing}|{clock_sing})|(?<=\d\s)a\s+year")
    # -- times of day -----------------------------------------------------------------
    # clock times in words: "half past three", "a quarter to midnight", "twenty past six
    # tonight"; a range of hours sharing its a.m./p.m.: "from 9 to 11 am"
    hour_words = _alt(w for w, n in v.numbers.items() if 1 <= n <= 12 and " " not in w)
    hour = rf"(?:{hour_words}|1[0-2]|[1-9]|noon|midnight)"
    fives = _alt(w for w, n in v.numbers.items() if n in (5, 10, 20, 25) and " " not in w)
    minutes = rf"(?:(?:a\s+)?quarter|half|{fives}(?:\s+minutes)?|\d{{1,2}}\s+minutes)"
    meridian = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"
    add(
        "time",
        rf"{minutes}\s+(?:past|to)\s+{hour}(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|{meridian}))?"
        rf"(?:,?\s+(?:on\s+)?(?:{weekday}|{dayword}))?"
        rf"|(?:from|between)\s+\d{{1,2}}(?::\d\d)?\s+(?:to|and|until)\s+\d{{1,2}}(?::\d\d)?\s*{meridian}"
        rf"(?:,?\s+(?:on\s+)?(?:{weekday}|{dayword}))?",
    )
    add(
        "time",
        rf"(?:{quant}\s+)?{clock_time}(?:,?\s+(?:{weekday}|{dayword}))?"
        rf"|(?:(?:early|late|mid)[\s-]*)?(?:{weekday}|{dayword})\s+{dayparts}"
        rf"|(?:(?:later|earlier|early|late)\s+)?(?:this|that|the)\s+{dayparts}"
        rf"|mid[\s-]?{dayparts}(?:\s+{dayword})?|overnight|tonight|last\s+night",
    )
    # -- references to the present, past and future -----------------------------------
    add(
        "ref",
        rf"(?:more\s+)?{refs}|{_alt(v.other_days)}",
    )

    # words that head a temporal phrase; the families run only near one of them
    noisy = {
        "once",
        "later",
        "earlier",
        "already",
        "previously",
        "time",
        "term",
        "possible",
        "date",
        "moment",
    }
    trigger_words = [
        *v.months,
        *v.weekdays,
        *v.units,
        *CLOCK_UNITS,
        *v.seasons,
        *DAY_PARTS,
        *(h.split()[-1] for h in holidays),
        *v.weekday_plurals,  # "two Mondays from now"
        "past",  # "half past three"
        *(w.split()[-1] for w in v.day_words),
        *(w.split()[-1] for w in v.references if w.split()[-1] not in noisy),
        # a reference whose last word is too common to trigger on triggers as a whole
        *(w for w in v.references if " " in w and w.split()[-1] in noisy),
        "a while",
        "some time",
        "long time",
        "noon",
        "midnight",
        "overnight",
        "fiscal",
        "century",
        "period",
        "nineteen",
        "nineties",
        "eighties",
        "seventies",
        "sixties",
    ]
    symbols = re.compile(r"[ap]\.m\.|\d\s?[ap]m\b|\d0s\b|'\d0s")
    triggers = frozenset(w.lower() for t in trigger_words for w in t.split()[-1:])
    triggers |= {"near", "later", "while", "time"}  # heads of "the near term", "a while"...
    sources = " ".join(p for _, p in fams)
    first_words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", sources)) - NEVER_FIRST
    compiled = [(name, re.compile(p, re.IGNORECASE)) for name, p in fams]
    firsts = [first_chars(p) for _, p in fams]
    by_first = {
        ch: tuple(
            f for f, chars in zip(compiled, firsts, strict=True) if ch in chars or chars >= _ANY
        )
        for ch in {c for chars in firsts for c in chars if chars is not _ANY}
    }
    return Grammar(triggers, symbols, first_words, tuple(compiled), by_first)


GRAMMAR = build()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase the finder matched: offsets into the text and the family that matched it."""

    start: int
    end: int
    family: str


# the rank of a family when two matches have the same extent
_PRIORITY = {
    "time": 0,
    "set": 1,
    "date": 2,
    "ago": 3,
    "duration": 4,
    "year": 5,
    "ref": 6,
    "unit": 7,
}


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _windows(text: str, grammar: Grammar) -> list[tuple[int, int, int]]:
    """(first start, end of the last head, end) of each stretch of text near a trigger."""
    heads: list[tuple[int, int]] = [
        m.span()
        for m in _TOKEN.finditer(text)
        if (m.end() - m.start() == 4 and m.group().isdigit())
        or m.group().lower() in grammar.triggers
    ]
    heads += [m.span() for m in grammar.symbols.finditer(text)]
    heads.sort()
    out: list[tuple[int, int, int]] = []
    n = len(text)
    for start, end in heads:
        lo, hi = max(0, start - grammar.before), min(n, end + grammar.after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], end, hi)
        else:
            out.append((lo, end, hi))
    return out


_LAST_WORD = re.compile(r"([\w-]+)\s+$")


def _after_number(text: str, s: int) -> bool:
    m = _LAST_WORD.search(text, max(0, s - 24), s)
    if m is None:
        return False
    w = m.group(1).lower().rsplit("-", 1)[-1]
    return w.isdigit() or w in ENGLISH.numbers


_V = ENGLISH
# words that may stand, capitalised, before a month: "In May", "Last June", "Since April"
_BEFORE_MONTH = frozenset(
    w
    for phrase in (
        *_V.fillers,
        *_V.directions,
        *_V.parts,
        *_V.range_since,
        *_V.range_until,
        *_V.range_from,
        *_V.range_to,
        *_V.range_between,
        *_V.approximators,
        "by",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "until",
        "since",
        "before",
        "after",
    )
    for w in phrase.split()
)


# Verbs that take a person, not a month, as subject: "May said", "Will May resign?"
PERSON_VERBS = frozenset(
    {
        *("said", "says", "told", "tells", "added", "argued", "insisted", "warned"),
        *("announced", "replied", "resigned", "resign", "met", "spoke", "wrote", "denied"),
        *("urged", "called", "promised", "vowed", "admitted", "refused", "thinks", "believes"),
    }
)
# Auxiliaries a question opens with, before its subject: "Will May resign?"
_AUXILIARIES = frozenset({"will", "would", "did", "does", "can", "could", "should", "has"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


# after a reference word, what makes it part of a conjunction rather than a time of its
# own: "soon after the vote", "as soon as trading opened" (but "as soon as possible")
_CONNECTIVE = re.compile(
    rf"\s+(?:{'|'.join(CONNECTIVE_AFTER)})\b(?!\s+(?:possible|practicable)\b)", re.IGNORECASE
)


def _in_a_name(text: str, s: int, e: int) -> bool:
    """A bare month is part of a name after a capitalised word that cannot introduce it
    ("Theresa May"), and is a person as the subject of a person's verb ("May said")."""
    if text[s:e].lower().rstrip(".") not in _V.months:
        return False
    after = _NEXT_WORD.match(text, e)
    if after is not None and after.group(1) in PERSON_VERBS:
        return True
    m = _LAST_WORD.search(text, max(0, s - 24), s)
    if m is not None and m.group(1).lower() in _AUXILIARIES and m.group(1)[:1].isupper():
        return True  # "Will May resign?": an auxiliary opening a question
    if m is None or not m.group(1)[:1].isupper():
        return False
    if m.group(1).lower() in _BEFORE_MONTH:
        return False
    before = text[max(0, m.start(1) - 3) : m.start(1)]
    return not re.search(r"[.!?\n][\"'”’)]*\s*$", before)  # not the sentence's first word


def find(text: str, grammar: Grammar = GRAMMAR) -> list[Candidate]:
    """The longest non-overlapping candidates in ``text``, in text order.

    Every family is tried at every word start shortly before a trigger word, up to the
    trigger itself (a phrase holds its head word), when the word there can open a phrase.
    """
    found: list[Candidate] = []
    families, by_first = grammar.families, grammar.by_first
    first = grammar.first_words
    for lo, mid, hi in _windows(text, grammar):
        for w in _TOKEN.finditer(text, lo, mid):
            s = w.start()
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-_"):
                continue
            token = w.group()
            if not token[0].isdigit() and token.lower() not in first:
                if not (s > 0 and text[s - 1] in "'’"):
                    continue
                s -= 1  # "'80s"
            stop = min(hi, s + grammar.longest)
            for family, pattern in by_first.get(text[s].lower(), families):
                m = pattern.match(text, s, stop)
                if m is None:
                    continue
                e = m.end()
                while e > s and text[e - 1] in " \t\r\n,":
                    e -= 1
                if e - s > 2 and text[e - 1] in "sS" and text[e - 2] in "'’":
                    e -= 2  # "today's": the possessive is not part of the phrase
                if family == "unit" and _after_number(text, s):
                    continue  # "45 years old": the count was refused, so is its unit
                if family == "date" and _in_a_name(text, s, e):
                    continue  # "Theresa May", "Mr. August"
                if family == "ref" and _CONNECTIVE.match(text, e):
                    continue  # "soon after the vote", "as soon as trading opened"
                if e > s:
                    found.append(Candidate(s, e, family))
    found.sort(key=lambda c: (c.start - c.end, _PRIORITY[c.family], c.start))
    taken: list[Candidate] = []
    used = bytearray(len(text) + 1)
    for c in found:
        if any(used[c.start : c.end]):
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


# -- the finder for the other packs ----------------------------------------------------


@dataclass(frozen=True)
class PackGrammar:
    """The finder for a pack other than English: runs of the pack's words.

    English has the tuned families above (their extents follow TimeBank). For any other
    pack the finder is one pattern, built from the pack alone: a *run* is a stretch of
    the pack's words (names, units, numbers, directions, parts, connectors, "(18)" after a
    weekday) holding at least one head (a month, a weekday, a unit, a day word, a
    reference, a holiday, a year). :func:`eventdb.extract.core.extract` then keeps the
    longest pieces of each run the resolver reads, in the pack's own word order.
    """

    code: str
    # one word of a run (with the space before it), and the heads among the words
    word: re.Pattern[str]
    heads: frozenset[str]
    # prepositions an extent leaves out ("em março" is marked "março")
    prepositions: frozenset[str]
    # the words joining a day, month and year ("de", "del"), which are also "from": one
    # opening a piece is "of" unless the piece is a whole range ("a reunião de 5 de
    # outubro" is ``5 de outubro``; "de 11 a 20 de setembro" stays whole)
    of_words: frozenset[str] = frozenset()
    # no run holds more words: bounds the resolver's work on each
    longest: int = 14


def _words_of(phrases: Iterable[str]) -> set[str]:
    return {w for p in phrases for w in p.lower().split()}


def build_pack(
    v: Vocabulary, not_heads: Iterable[str] = (), prepositions: Iterable[str] = ()
) -> PackGrammar:
    """Compile the run finder for a pack (see :class:`PackGrammar`).

    >>> from eventdb.resolve.packs import load
    >>> g = build_pack(load("pt"))
    >>> [m.group().strip() for m in g.word.finditer("nesta segunda-feira (18)")]
    ['nesta', 'segunda-feira', '(18)']
    """
    mfull, _ = _full_and_abbrev(v.months)
    wfull, _ = _full_and_abbrev(v.weekdays)
    # abbreviations are common words ("mar" is the sea, "ter" to have): full names only,
    # and the short weekdays ("segunda", "lunes") long enough to be no abbreviation
    names = {*mfull, *wfull, *(w for w in (*v.months, *v.weekdays) if len(w) >= 5)}
    names |= {w for w in v.weekday_plurals if len(w) >= 5}  # "aos domingos", "todos los lunes"
    connectors = _words_of(
        [
            *v.numbers,
            *v.ordinals,
            *v.directions,
            *v.parts,
            *v.part_phrases,
            *v.approximators,
            *v.count_approximators,
            *v.range_since,
            *v.range_until,
            *v.range_from,
            *v.range_to,
            *v.range_between,
            *v.range_and,
            *v.range_onward,
            *v.range_before,
            *v.range_after,
            *v.of_words,
            *v.ago,
            *v.ago_before,
            *v.later,
            *v.later_before,
            *v.within,
            *v.window_within,
            *v.window_leads,
            *v.duration_for,
            *v.vague,
            *v.vague_leads,
            *v.relative_parts,
            *v.so_far,
            *v.rest_of,
            *v.decade_words,
            *v.century_words,
            *v.day_nouns,
            *v.day_part_joiners,
            *v.day_parts,
            *v.clock_at,
            *v.every,
            *v.set_leads,
            *v.fillers,
            *v.number_joiners,
            *v.lead_ins,
        ]
    )
    # a phrase of several words ("hoje à noite", "o futuro") is headed by its own words,
    # not by the connectors in it
    phrases = [*v.day_words, *v.references, *holiday_names(v), *v.set_words]
    heads = {
        *names,
        *(u for u in v.units if " " not in u),
        *v.seasons,
        *(p for p in phrases if " " not in p),
        *(w for w in _words_of(phrases) if len(w) >= 4 and w not in connectors),
    }
    heads -= {*not_heads, *(w + "s" for w in not_heads)}  # "segunda", "as segundas colocadas"
    connectors |= _words_of(v.units) | _words_of(phrases)
    words = sorted((heads | connectors) - {"-", "–", "—"}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in words)
    # a word of the pack, a day or year number (maybe with its ordinal mark), a day in
    # brackets after a weekday ("(18)"), a numeric date, a clock time ("18h30", "9:30")
    word = re.compile(
        rf"(?:(?<=\s)|^)(?:{alt}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}}(?:[:.]\d\d|h(?:\d\d)?)"
        rf"|\(\d{{1,2}}\)|\d{{1,4}}(?:º|ª)?|[-–—])(?=[\s,;:.!?)]|$)",
        re.IGNORECASE,
    )
    return PackGrammar(
        v.code, word, frozenset(heads), frozenset(prepositions), frozenset(v.of_words)
    )


_RUN_GAP = re.compile(r"\s+")
_YEAR = re.compile(r"(?:1[5-9]\d\d|20\d\d)$")
# a clock time written with its hour mark or a colon: "18h", "18h30", "9:30"
_CLOCK_TOKEN = re.compile(r"\d{1,2}(?::\d\d|h(?:\d\d)?)$")


def is_head(grammar: PackGrammar, token: str) -> bool:
    """True when ``token`` can head a phrase: a head word, a year, a numeric date or a
    clock time with its mark ("18h", "9:30")."""
    low = token.lower()
    return (
        low in grammar.heads
        or bool(_YEAR.match(low) or _CLOCK_TOKEN.match(low))
        or low.count("/") == 2
    )


def find_runs(text: str, grammar: PackGrammar) -> list[list[tuple[int, int]]]:
    """The runs of pack words in ``text`` holding a head, as lists of token spans.

    Words of a run are separated by spaces only: a comma or full stop ends it.

    >>> from eventdb.resolve.packs import load
    >>> g = build_pack(load("pt"))
    >>> t = "Ontem, o ministro falou na semana passada."
    >>> [[t[s:e] for s, e in run] for run in find_runs(t, g)]
    [['Ontem'], ['na', 'semana', 'passada']]
    """
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    last = -1
    for m in grammar.word.finditer(text):
        s, e = m.span()
        if run and (last < 0 or not text[last:s].isspace() or len(run) >= grammar.longest):
            runs.append(run)
            run = []
        run.append((s, e))
        last = e
    if run:
        runs.append(run)
    return [r for r in runs if any(is_head(grammar, text[s:e]) for s, e in r)]


_PACK_GRAMMARS: dict[str, PackGrammar] = {}


def pack_grammar(code: str) -> PackGrammar:
    """The run finder for pack ``code``, built on first use and kept."""
    g = _PACK_GRAMMARS.get(code)
    if g is None:
        from ..resolve.packs import load
        from .cues import CUES

        row = CUES[code]
        g = _PACK_GRAMMARS[code] = build_pack(load(code), row.not_heads, row.prepositions)
    return g


__all__ = [
    "CLOCK_UNITS",
    "DAY_PARTS",
    "GRAMMAR",
    "Candidate",
    "Grammar",
    "PackGrammar",
    "build",
    "build_pack",
    "find",
    "find_runs",
    "is_head",
    "pack_grammar",
    "time_zones",
]
