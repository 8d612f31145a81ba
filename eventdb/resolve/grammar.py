"""The resolver's grammar: phrase in, :class:`Resolution` out.

A phrase is normalised (case, quotes, dashes, spacing), split into a range if it is one
(``since X``, ``from X until Y``, ``between X and Y``, ``11–20 September 2023``, ``X and
beyond``), and each side is read by the first point rule whose pattern matches. Patterns are
built from a :class:`~eventdb.resolve.vocab.Vocabulary`, so the rules hold no words of
their own. Rules are tried in a fixed order; each returns a :class:`FuzzyDate` (or a
reference such as PRESENT_REF) and a short note that becomes part of the explanation.

Conventions (see docs/resolver.md): weeks are ISO weeks; a bare weekday or month is the
most recent on or before the reference (``prefer="future"`` flips it; "next", "last" win);
a month and day without a year is the nearest such date, past or future;
"N units ago" keeps the unit's precision; seasons are meteorological and northern unless
``south=True``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from ..dates import (
    MONTH_NAMES,
    SEASONS,
    FuzzyDate,
    Part,
    Precision,
    Span,
    add_months,
    day_label,
    month_end,
)
from ..errors import AmbiguityWarningError, DateError, ResolveError
from .packs import load
from .result import WEEKDAY_NAMES, Alternative, Resolution, describe, long_day
from .vocab import Vocabulary

__all__ = ["Grammar", "resolve"]

_TIMEML_UNIT = {
    "day": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
    "half": "M", "season": "M", "year": "Y", "decade": "DE", "century": "CE", "hour": "H",
    "minute": "M",
}  # fmt: skip
_UNIT_MULT = {"fortnight": 2, "half": 6, "season": 3}


def _alt(words: object) -> str:
    """A regex alternation of words, longest first, with optional trailing dots."""
    keys = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    if not keys:
        return "(?!)"  # a table a language leaves empty matches nothing
    return "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys)


class _Point:
    """What a point rule found: a date, or a TimeML reference/duration with no date."""

    __slots__ = ("alts", "date", "mod", "note", "rule", "timex", "type", "warnings", "window")

    def __init__(
        self,
        rule: str,
        d: FuzzyDate | None,
        note: str = "",
        *,
        timex: str | None = None,
        mod: str | None = None,
        type: str = "DATE",
        warnings: tuple[str, ...] = (),
        window: tuple[FuzzyDate, FuzzyDate] | None = None,
    ) -> None:
        # window: the span the words bound, when it is not the date itself ("the past two
        # weeks" is a duration, P2W, over the fourteen days that end on the reference)
        self.rule, self.date, self.note, self.window = rule, d, note, window
        self.timex = timex if timex is not None else (d.timex if d is not None else None)
        self.mod = mod if mod is not None else (d.mod if d is not None else None)
        self.type, self.warnings = type, warnings
        # readings the rule ranked second: (point, reason)
        self.alts: tuple[tuple[_Point, str], ...] = ()


class _Ctx(NamedTuple):
    """What every rule may need besides its match (a tuple: cheap to build per call)."""

    text: str
    ref: date
    future: bool
    south: bool
    anchors: Mapping[str, Span] | None


class _Unknown(DateError):
    """No rule reads a part of the phrase (a side of a range)."""


class _Fail(DateError):
    """A rule matched but the date is impossible; the boundary adds the phrase."""


_Rule = Callable[["Grammar", "re.Match[str]", _Ctx], "_Point | None"]


_FIRST_WORD = re.compile(r"\d|'|[a-z]+")
_WORDS = re.compile(r"[a-z]+")


def _firsts(words: object) -> set[str]:
    """The first word of each phrase in a vocabulary table ("this coming" -> "this")."""
    return {m.group(0) for w in words for m in [_FIRST_WORD.match(str(w))] if m}  # type: ignore[attr-defined]


class Grammar:
    """Point and range rules compiled from one :class:`Vocabulary`.

    >>> g = Grammar(load("en"))
    >>> g.resolve("This Monday (18)", date(2023, 9, 19)).timex
    '2023-09-18'
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.pack = vocab
        self.v = v = _folded(vocab)
        mon = rf"(?P<m>{_alt(v.months)})\.?"
        wd = rf"(?P<wd>{_alt(v.weekdays)})\.?"
        join = rf"(?:(?:{_alt(v.number_joiners)})\s+)?"  # "vinte e nove", "treinta y uno"
        num = rf"(?P<n>\d{{1,3}}|(?:{_alt(v.numbers)})(?:[\s-]+{join}(?:{_alt(v.numbers)}))*)"
        unit = rf"(?P<u>{_alt(v.units)})"
        dirn = rf"(?P<dir>{_alt(v.directions)})"
        seas = rf"(?P<s>{_alt(v.seasons)})"
        sfx = _alt(v.ordinal_suffixes)
        ordn = rf"(?P<o>\d+(?:{sfx})|{_alt(k for k in v.ordinals if k != 'last')})"
        day = rf"(?P<d>\d{{1,2}})(?:{sfx})?"
        # a day in words: an ordinal ("the eighth"), or where the pack says so a cardinal
        # ("vinte e nove de setembro", "dos de julio")
        words_n = _alt(w for w, n in v.numbers.items() if 1 <= n <= 31)
        cardinal = (
            rf"|(?P<dc>(?:{words_n})(?:\s+(?:{_alt(v.number_joiners)})\s+(?:{words_n}))?)"
            if v.cardinal_days
            else ""
        )
        dayw = rf"(?:{day}|(?P<dw>{_alt(k for k in v.ordinals if k != 'last')}){cardinal})"
        year = r"(?P<y>\d{4})"
        era = _alt(v.eras)
        eoff = _alt(v.era_offsets)
        # the year of a written date: four digits, two ("3 Aug 96", "18 Sep '05"), or any
        # digits with an era mark ("10 August 88 AD", "10 Agosto 88 d. C.", "2555 BE")
        dyear4 = rf"(?:(?P<ye>\d{{1,4}})\s*(?P<era>{era}|{eoff})|(?P<y>\d{{4}}))"
        # two digits only after a space, a comma or an apostrophe: "September 11-20" is
        # a range of days, not 11 September 2020
        dyear2 = r"'?(?P<y2>\d{2})(?!\d)"
        # between a month and its day or year: a space, a comma, a slash or a dash
        sep = r"(?:\s*,\s*|\s+|\s*[/-]\s*)"
        rel_year = rf"(?P<ry>{_alt(v.directions)})[\s-]+years?"
        approx = _alt(v.approximators + v.count_approximators)
        # Ranges, from the vocabulary's range words: since X; until X; X or later; began X
        # (and runs until Y); from X (to Y); between X and Y; X-Y.
        began = set(v.range_began)
        seps = rf"(?:\s*-\s*|\s+(?:{_alt(w for w in v.range_to if w.isalpha())})\s+)"
        self.range_re = re.compile(
            rf"(?:{_alt(v.range_since)})\s+(?P<since_x>.+)"
            rf"|(?:{_alt(v.range_until)})\s+(?P<until_x>.+)"
            rf"|(?P<beyond_x>.+?)\s+(?:{_alt(v.range_onward)})"
            rf"|(?:{_alt(v.range_began)})\s+(?P<began_x>.+?)"
            rf"(?:\s*,?\s+(?:{_alt(v.range_and)})\s+(?:{_alt(v.range_runs)})\s+(?P<began_y>.+))?"
            rf"|(?:{_alt(w for w in v.range_from if w not in began)})\s+(?P<from_x>.+?)(?:{seps}(?P<from_y>.+))?"
            rf"|(?:{_alt(v.range_between)})\s+(?P<btw_x>.+?)\s+(?:{_alt(v.range_and)})\s+(?P<btw_y>.+)"
            rf"|(?P<dash_x>[^-]+?){seps}(?P<dash_y>[^-]+)"
        )
        self.since_until_re = re.compile(
            rf"(?P<a>.+?)\s+(?:{_alt([*v.range_until, *(w for w in v.range_to if w.isalpha())])})\s+(?P<b>.+)"
        )
        # a phrase is only tried as a range when it holds one of these words (or a dash)
        self.range_words = frozenset(
            w
            for t in (
                v.range_since,
                v.range_until,
                v.range_onward,
                v.range_began,
                v.range_from,
                v.range_between,
                v.range_to,
            )
            for phrase in t
            for w in _WORDS.findall(phrase)
        )
        so_far = _alt(v.so_far)
        self.so_far_re = re.compile(
            rf"(?:{so_far})[\s,]+(?P<rest>.+)|(?P<rest2>.+?)[\s-]+(?:{so_far})"
        )
        self.rest_of_re = re.compile(rf"(?:{_alt(v.rest_of)})\s+(?P<rest>.+)")
        self.approx_re = re.compile(rf"(?:{approx})\s+(?P<rest>.+)")
        self.or_so_re = re.compile(
            r"(?P<rest>.+?)\s+(?:or so|or two|or more|or less)(?P<tail>\s+\w+)?"
        )
        parts = _alt([*v.parts, *v.part_phrases])
        self.part_re = re.compile(
            rf"(?P<p>{parts})(?:[\s-]+|-)(?:(?:in|{_alt(v.of_words)})\s+)?(?P<rest>.+)"
        )
        self.ago_re = re.compile(
            rf"(?:(?P<q>{approx})\s+)?{num}\s+{unit}\s+(?P<way>{_alt(v.ago + v.later)})"
        )
        self.in_n_re = re.compile(
            rf"(?:{_alt(v.within)})\s+(?:(?P<q>{approx})\s+)?{num}\s+{unit}(?:'?s?'?\s+time)?"
        )
        self.within_starts = tuple(w + " " for w in v.within)
        self.ago_before_starts = tuple(w + " " for w in v.ago_before)
        self.later_before_starts = tuple(w + " " for w in v.later_before)
        # "after a year", "depois de um ano", "después de un año": the connector first
        self.later_before_re = re.compile(
            rf"(?:{_alt(v.later_before)})\s+(?:(?P<q>{approx})\s+)?{num}\s+{unit}"
        )
        # "+2 months", "-3y": a signed count of units from the reference
        self.signed_re = re.compile(rf"(?P<sign>[+-])\s*{num}\s*{unit}")
        # a number glued to a month or a short unit ("15Sep", "3w", "3mo"): split apart
        glued = _alt([*v.months, *v.unit_abbreviations])
        self.glue_re = re.compile(rf"(?<=\d)(?=(?:{glued})\b)")
        # "há três dias", "hace tres días": the connector before the count
        self.ago_before_re = re.compile(
            rf"(?:{_alt(v.ago_before)})\s+(?:(?P<q>{approx})\s+)?{num}\s+{unit}"
        )
        # "for three weeks" (a duration), "the past two weeks", "next 2 days", "within a
        # month" (a duration over a window that ends or starts on the reference)
        moving = _alt([*(d for d, k in v.directions.items() if k), *v.window_within])
        self.duration_re = re.compile(
            rf"(?:(?:{_alt(v.duration_for)}|first)\s+|(?:the\s+)?(?P<lead>{moving})\s+)?"
            rf"(?:(?:{approx})\s+)?{num}[\s-]+{unit}(?:'s)?"
        )
        self.set_re = re.compile(
            rf"(?:{_alt(v.every)})\s+(?:(?P<n>\d+|{_alt(v.numbers)})\s+)?(?P<u>{_alt(v.units)}|{_alt(v.seasons)}|{_alt(v.weekdays)})"
        )
        yago = _alt(v.year_ago)
        ordq = _alt(k for k in v.ordinals if k != "last")
        fisc = f"(?:{_alt(v.fiscal)})" if v.fiscal else "(?!)"  # "fiscal"
        fy = f"(?:{fisc}\\s+year|{_alt(v.fiscal_abbr)})" if v.fiscal_abbr else f"{fisc}\\s+year"
        self.fiscal_year_re = re.compile(
            rf"(?:the\s+)?{fy}\s*'?(?P<y>\d{{4}}|\d{{2}})|(?:the\s+)?(?P<y2>\d{{4}})\s+{fisc}\s+year"
        )
        self.year_ago_re = re.compile(
            rf"(?:(?:{yago})[\s-]+)+(?:(?P<o>{ordq})[\s-]+)?(?:{fisc}[\s-]+)?(?:quarter|period)"
            r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
            rf"|(?:last\s+year's|the\s+previous\s+year's)\s+(?:(?P<o2>{ordq})[\s-]+)?(?:quarter|period)"
            r"|(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
        )
        self.same_unit_re = re.compile(rf"(?:that|(?:the\s+)?same|that\s+same)\s+(?:{unit}|{seas})")
        # a side of a range that is only a day of the month, maybe with the year
        self.day_only_re = re.compile(rf"(?:the\s+)?{dayw}(?:,?\s+{year})?")
        self.month_days_re = re.compile(
            rf"{mon}\s+(?P<d1>\d{{1,2}})(?:{sfx})?\s*-\s*(?P<d2>\d{{1,2}})(?:{sfx})?(?:,?\s+{year})?"
        )
        dparts = _alt(v.day_parts)
        self.day_part_re = re.compile(
            rf"(?:(?:shortly|just|immediately|right|soon)\s+)?(?:(?:after|before|around|by|at)\s+)?"
            rf"(?:(?:early|late|mid)[\s-]+)?(?P<dp>{dparts})(?:\s+(?:on|of)\s+(?P<rest>.+))?"
            rf"|(?P<rest2>.+?)\s+(?:(?:{_alt(v.day_part_joiners)})\s+)?(?:(?:early|late)\s+)?(?P<dp2>{dparts})"
        )
        # a name with its direction after it ("segunda-feira passada", "sábado que vem",
        # "setembro passado", "Friday last"): read as the direction before the name
        names = _alt([*v.weekdays, *v.months, *v.seasons, *v.holidays, *v.movable_holidays])
        self.trailing_dir_re = re.compile(
            rf"(?P<name>(?:{names})\.?)\s+(?P<dir>{_alt(v.directions)})"
        )
        # "anos 90", "década de 1990", "século XX": a decade or century named by a number
        self.decade_words_re = re.compile(
            rf"(?:{_alt(v.decade_words)})\s+(?P<y>\d{{4}}|\d0)|(?:{_alt(v.century_words)})\s+(?P<c>[ivxl]+|\d{{1,2}})"
        )
        self.day_number_re = re.compile(
            rf"(?:the\s+)?(?P<d>\d{{1,2}})(?:{sfx})(?:\s+{_alt(v.of_words)}\s+(?:the\s+)?(?:{_alt(w for w, u in v.units.items() if u == 'month')}))?"
        )
        self.latest_q_re = re.compile(
            rf"(?:latest|most\s+recent|latest\s+{fisc}|recent)\s+(?:quarter|period)"
            r"|(?P<y>\d{4})\s+(?:quarter|period)"
        )
        leads = _alt([*(d for d, k in v.directions.items() if k), *v.vague_leads])
        # "the coming weeks", "recent weeks and months" (two units joined: the longer counts)
        self.vague_re = re.compile(
            rf"(?:(?P<lead>{leads})\s+)?(?:(?P<vq>{_alt(v.vague)})\s+)?{unit}"
            rf"(?:\s+(?:{_alt(v.range_and)})\s+(?P<u2>{_alt(v.plurals)}))?"
            rf"(?:\s+(?P<way>{_alt(v.ago + v.later)}))?"
        )
        self.year_end_re = re.compile(
            r"(?:(?P<dir>last|this|next)\s+)?(?:year[\s-]+end|year's\s+end|end\s+of\s+the\s+year)"
        )
        # a clock time: "5 p.m.", "7:15 pm", "17:00", "noon", maybe with a time zone
        at = rf"(?:(?:{_alt(v.clock_at)})\s+)?" if v.clock_at else ""
        clock = (
            rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>{_alt(v.clock_marks)})(?!\d)"
            r"|(?P<h24>[01]\d|2[0-4])[:h](?P<m24>[0-5]\d)(?:\s*(?:hours|hrs))?"
            + (rf"|(?P<cw>{_alt(v.clock_words)})" if v.clock_words else "")
            + ")"
            + (rf"(?:\s+(?:{_alt(v.time_zones)}))?" if v.time_zones else "")
        )
        on = rf"(?:(?:on|{_alt(v.of_words)})\s+)?"
        self.clock_first_re = re.compile(rf"{at}{clock}(?:\s*,?\s*{on}(?P<rest>.+))?")
        self.clock_last_re = re.compile(rf"(?P<rest>.+?)\s*,?\s+{at}{clock}")
        of = f"(?:{_alt(v.of_words)})"
        self.lead_firsts = frozenset(lead.partition(" ")[0] for lead in v.lead_ins)
        # approximators whose first word is a filler ("at least"): not stripped as one
        self.filler_approx = tuple(
            a + " "
            for a in v.approximators + v.count_approximators
            if " " in a and a.partition(" ")[0] in v.fillers
        )
        # a weekday and the date or week that settles it: "Tuesday (Sept. 19)", "Tuesday
        # 11/3/2015", "Tuesday the 19th", "Friday next week", "next week Monday"
        self.weekday_date_re = re.compile(
            rf"{wd},?\s*(?:\(\s*(?P<inner>[^()]+?)\s*\)|(?P<inner2>.+))"
            rf"|(?P<inner3>.+?),?\s+(?P<wd2>{_alt(v.weekdays)})\.?"
        )
        self.two_away_re = re.compile(rf"(?:the\s+)?{unit}\s+(?P<two>{_alt(v.two_away)})")
        self.offset_from_re = re.compile(
            rf"{num}\s+{unit}\s+(?:{_alt(v.offset_from)})\s+(?P<rest>.+)"
        )
        self.nth_weekday_re = re.compile(
            rf"(?:the\s+)?(?P<o>{_alt(v.ordinals)}|[1-5](?:{sfx}))\s+{wd}\s+"
            rf"(?:of|in)\s+(?P<rest>.+)"
        )
        era = _alt(v.eras)
        self.era_re = re.compile(
            rf"(?P<e1>{era})\s+(?P<y1>\d{{1,4}})|(?P<y2>\d{{1,4}})\s+(?P<e2>{era})"
        )
        rules: list[tuple[re.Pattern[str], _Rule]] = [
            (re.compile(rf"(?:{dirn}\s+)?{wd}\s*\(\s*{day}\s*\)"), Grammar._weekday_daynum),
            (re.compile(rf"(?:{dirn}\s+)?{wd}"), Grammar._weekday),
            (
                re.compile(
                    rf"(?:(?:{dirn}\s+)?{wd},?\s+)?{mon}{sep}(?:the\s+)?{dayw}"
                    rf"(?:{sep}{dyear4}|(?:\s*,\s*|\s+){dyear2})?"
                ),
                Grammar._month_day,
            ),
            (
                re.compile(
                    rf"(?:{wd},?\s*)?(?:the\s+)?{dayw}(?:\s*[/-]\s*|\s*)(?:{of}\s+)?{mon}"
                    rf"(?:(?:{sep}|\s+{of}\s+){dyear4}|(?:\s*,\s*|\s+){dyear2})?"
                ),
                Grammar._month_day,
            ),
            # year first: "2017 April", "2018 March 18", "2012/Aug/10"
            (
                re.compile(rf"(?P<y>\d{{4}})(?:\s+|\s*[/-]\s*){mon}(?:(?:\s+|\s*[/-]\s*){dayw})?"),
                Grammar._year_month,
            ),
            (
                re.compile(
                    rf"(?:{dirn}\s+)?{mon}(?:(?:,?\s+(?:{of}\s+)?|\s*[/-]\s*)(?:{year}|{rel_year}|(?P<yw>[a-z][a-z -]+)))?"
                ),
                Grammar._month,
            ),
            (re.compile(rf"{dirn}\s+{unit}"), Grammar._relative_unit),
            # languages that put the direction after the unit ("semana passada")
            (re.compile(rf"{unit}\s+{dirn}"), Grammar._relative_unit),
            (
                re.compile(
                    rf"(?:(?:{dirn}|(?P<yp>\d{{4}})|{rel_year}'s)[\s-]+)?(?:{fisc}[\s-]+)?"
                    rf"(?P<o>{_alt(k for k in v.ordinals if k != 'last')}|\d(?:{sfx})|last)"
                    rf"[\s-]+(?:{fisc}[\s-]+)?(?P<qu>{_alt(w for w, u in v.units.items() if u in ('quarter', 'half'))})"
                    rf"(?:\s+(?:{of}\s+)?(?:{fisc}\s+)?(?:{year}|(?P<ry2>{_alt(v.directions)})\s+year|the\s+year))?"
                ),
                Grammar._quarter,
            ),
            (
                re.compile(
                    rf"(?:(?:{dirn}|{rel_year}'s)\s+)?{seas}(?:\s+(?:of\s+)?(?:{year}|(?P<ry2>{_alt(v.directions)})\s+year|(?P<yw>[a-z -]+)))?"
                ),
                Grammar._season,
            ),
            (re.compile(rf"(?:{fisc}\s+)?{year}(?:(?<!0)'s)?"), Grammar._year),
            (
                re.compile(rf"(?:{fisc}\s+)?(?:the\s+)?(?:year\s+)?(?P<yw>[a-z][a-z -]+)"),
                Grammar._year_words,
            ),
            (re.compile(r"(?P<dy>\d{3}0)'?s|'?(?P<ds>\d0)'?s|(?P<dw>[a-z]+ies)"), Grammar._decade),
            (re.compile(rf"{ordn}[\s-]+century"), Grammar._century),
            (re.compile(rf"(?:the\s+)?{unit}"), Grammar._bare_unit),
        ]
        # Which rules can start with which word: a phrase is only tried against the rules
        # its first word allows (digits, an apostrophe, or a vocabulary word).
        dirs = _firsts(v.directions)
        wds, mons, ords = _firsts(v.weekdays), _firsts(v.months), _firsts(v.ordinals)
        fiscs = _firsts(v.fiscal)
        starts: list[set[str]] = [
            dirs | wds,  # weekday (day number)
            dirs | wds,  # weekday
            dirs | wds | mons,  # month day
            wds
            | ords
            | {"the", "#"}
            | (_firsts(v.numbers) if v.cardinal_days else set()),  # day month
            {"#"},  # year month (day)
            dirs | mons,  # month
            dirs,  # this/last/next unit
            _firsts(v.units),  # unit then direction
            dirs | ords | fiscs | {"#", "last"},  # quarter, half
            dirs | _firsts(v.seasons),  # season
            fiscs | {"#"},  # year
            _firsts(v.numbers) | fiscs | {"the", "year"},  # year in words
            {"#", "'", "*ies"},  # decade
            ords | {"#"},  # century
            _firsts(v.units) | {"the"},  # bare unit
        ]
        self.by_first: dict[str, list[tuple[re.Pattern[str], _Rule]]] = {}
        for rule, firsts in zip(rules, starts, strict=True):
            for w in firsts:
                self.by_first.setdefault(w, []).append(rule)

        def words_of(*tables: Iterable[str]) -> frozenset[str]:
            return frozenset(w for t in tables for phrase in t for w in _TOKENS.findall(phrase))

        units = words_of(v.units)
        # a clock word, a 12-hour mark ("p.m.": its last letter) or a colon
        clock_gate = (
            words_of(v.clock_words)
            | {w for mark in v.clock_marks for w in _TOKENS.findall(mark)[-1:]}
            | {":"}
        )
        hols = _alt([*v.holidays, *v.movable_holidays])
        self.holiday_re = re.compile(
            rf"(?:{dirn}\s+)?(?P<hol>{hols})(?:,?\s+(?:{of}\s+)?(?:{year}|{rel_year}))?"
        )
        self.compound: list[tuple[re.Pattern[str], _Rule, frozenset[str] | None]] = [
            (self.clock_first_re, Grammar._clock, clock_gate),
            (self.clock_last_re, Grammar._clock, clock_gate),
            (_ISO_DATETIME_RE, Grammar._clock, frozenset({":"})),
            (self.two_away_re, Grammar._two_away, words_of(v.two_away)),  # before anchors
            (self.day_part_re, Grammar._day_part, words_of(v.day_parts)),
            (self.same_unit_re, Grammar._same_unit, frozenset({"that", "same"})),
            (_NUMERIC_RE, Grammar._numeric, frozenset({"#"})),
            (self.year_ago_re, Grammar._year_ago_quarter, frozenset({"quarter", "period"})),
            (self.day_number_re, Grammar._day_number, frozenset({"#"})),
            (self.trailing_dir_re, Grammar._trailing_direction, words_of(v.directions)),
            (
                self.decade_words_re,
                Grammar._decade_words,
                words_of(v.decade_words, v.century_words),
            ),
            (_THIS_TIME_RE, Grammar._this_time, frozenset({"time"})),
            (_NTH_WEEK_RE, Grammar._nth_week, frozenset({"week", "days"})),
            (_QH_RE, Grammar._quarter_code, None),
            (_WEEK_OF_RE, Grammar._week_of, frozenset({"week", "weekend"})),
            (self.latest_q_re, Grammar._latest_quarter, frozenset({"quarter", "period"})),
            (self.year_end_re, Grammar._year_end, frozenset({"end"})),
            (self.vague_re, Grammar._vague, units),
            (self.ago_re, Grammar._ago, words_of(v.ago, v.later)),
            (
                _ANCHOR_RE,
                Grammar._anchored,
                frozenset({"after", "before", "following", "preceding"}),
            ),
            (self.part_re, Grammar._part, words_of(v.parts, v.part_phrases)),
            (
                self.approx_re,
                Grammar._approx,
                words_of(v.approximators, v.count_approximators),
            ),
            (self.or_so_re, Grammar._or_so, frozenset({"or"})),
            (self.set_re, Grammar._set_rule, words_of(v.every)),
            (self.duration_re, Grammar._duration_rule, units),
            # rarer forms last, so the common ones above are found after fewer gates
            (self.holiday_re, Grammar._holiday_named, words_of(v.holidays, v.movable_holidays)),
            (self.weekday_date_re, Grammar._weekday_date, words_of(v.weekdays)),
            (self.offset_from_re, Grammar._offset_from, words_of(v.offset_from)),
            (self.nth_weekday_re, Grammar._nth_weekday, words_of(v.weekdays)),
            (self.era_re, Grammar._era, words_of(v.eras)),
            (_DAY_MON_YEAR_RE, Grammar._dashed_date, frozenset({"#"})),
        ]
        # the dispatch of the compound rules, from their gates: word -> the rules it opens
        by_word: dict[str, list[int]] = {}
        for i, (_, _, gate) in enumerate(self.compound):
            for w in gate or ():
                by_word.setdefault(w, []).append(i)
        self.compound_by_word = {w: tuple(ix) for w, ix in by_word.items()}
        self.ungated = tuple(i for i, (_, _, gate) in enumerate(self.compound) if gate is None)
        self.exact: dict[str, str] = {
            **dict.fromkeys(v.holidays, "holiday"),
            **dict.fromkeys(v.movable_holidays, "holiday"),
            **dict.fromkeys(v.references, "ref"),
            **dict.fromkeys(v.day_words, "day"),
        }
        # Every word the vocabulary knows: a phrase with none of them (and no digit) is
        # refused at once, without trying a single rule.
        self.known = words_of(
            v.months,
            v.weekdays,
            v.units,
            v.numbers,
            v.ordinals,
            v.seasons,
            v.directions,
            v.parts,
            v.day_words,
            v.references,
            v.holidays,
            v.movable_holidays,
            v.approximators,
            v.range_since,
            v.range_until,
            v.range_from,
            v.range_to,
            v.range_between,
            v.ago,
            v.later,
            v.vague,
            v.year_ago,
            v.clock_words,
            v.clock_marks,
            v.fiscal,
            v.fiscal_abbr,
        ) | {
            "mid",
            "earlier",
            "later",
            "period",
            "end",
            "ies",
            "turn",
            *v.set_words,
        }

    # -- entry point ---------------------------------------------------------------------

    def resolve(
        self,
        text: str,
        reference: date,
        *,
        prefer: str = "past",
        anchors: Mapping[str, Span] | None = None,
        strict: bool = False,
        south: bool = False,
    ) -> Resolution:
        """Resolve ``text`` against ``reference`` (see :func:`resolve`)."""
        if not isinstance(text, str):
            raise ResolveError(f"expected a phrase as text, got {type(text).__name__}")
        if isinstance(reference, datetime):
            reference = reference.date()
        if not isinstance(reference, date):
            raise ResolveError(f"{text!r}: the reference must be a date, got {reference!r}")
        if prefer not in ("past", "future"):
            raise ResolveError(f"prefer must be 'past' or 'future', got {prefer!r}")
        s = _normalise(text)
        if _GLUED.search(s):
            s = self.glue_re.sub(" ", s)
        if not s:
            raise ResolveError(
                f"{text!r} is empty: expected a date phrase such as 'last week' or '18 September 2023'"
            )
        words = _WORDS.findall(s)
        if self.known.isdisjoint(words) and not _DIGIT.search(s):
            raise ResolveError(_unknown(text))  # not one word the grammar knows
        ctx = _Ctx(text, reference, prefer == "future", south, anchors)
        try:
            # the ranking (docs/resolver.md): a phrase the pack lists whole; EDTF; a range
            # on its range words; a range split at a bare connector only when the whole
            # phrase is no point ("amanhã à tarde" is a time of day, not a range); a point
            whole = self._exact(s.strip(" ,.;:"), ctx)
            res = None if whole is None else _point_resolution(text, reference, whole)
            if res is None:
                res = self._edtf(text, s, ctx)
            if res is None and (
                not self.range_words.isdisjoint(words) or "/" in s or self._dash_range(s)
            ):
                res = self._range(text, s, ctx)
                if res is not None and res.timex is None and self._split_at_connector(s):
                    res = self._point_over_split(text, s, ctx, res)
            if res is None:
                p = self._point(s, ctx)
                if p is None:
                    raise ResolveError(_unknown(text))
                res = _point_resolution(text, reference, p)
        except _Unknown:
            raise ResolveError(_unknown(text)) from None
        except ResolveError:
            raise
        except DateError as e:
            raise ResolveError(f"cannot resolve {text!r}: {e}") from None
        if strict and res.warnings:
            raise AmbiguityWarningError(f"{res.warnings[0]} (refused in strict mode)")
        return res

    def _split_at_connector(self, s: str) -> bool:
        """Did the range rule split ``s`` at a bare dash or connector ("X - Y", "X a Y"),
        rather than at words that open a range ("from", "between", "since")?"""
        m = self.range_re.fullmatch(s)
        return m is not None and (m.lastgroup or "").startswith("dash")

    def _point_over_split(self, text: str, s: str, ctx: _Ctx, split: Resolution) -> Resolution:
        """The whole phrase as a point, when it reads as one, with the split kept second."""
        try:
            p = self._point(s, ctx)
        except DateError:
            return split
        if p is None or (p.date is None and p.window is None) or p.rule == "edtf":
            return split  # "2022-23" stays two years, not EDTF's autumn code
        res = _point_resolution(text, ctx.ref, p)
        res.alternatives = (Alternative(split, "split at a connector into a range"),)
        return res

    def _dash_range(self, s: str) -> bool:
        """Could a dash in ``s`` join two dates? Only after a number, month or weekday:
        "11-20 September", "March-May 2023", but not "mid-November" or "third-quarter"."""
        i = s.find("-")
        if i <= 0:
            return False
        if s[i - 1] == " " and s[i + 1 : i + 2] == " ":
            return True  # "today - next friday": a spaced dash joins any two points
        before = s[:i].rstrip().rpartition(" ")[2].rstrip(".")
        if before in self.v.months and s[i + 1 : i + 2].isdigit():
            return False  # "Sep-2012", "August-10-2012": a date written as one token
        return before[-1:].isdigit() or before in self.v.months or before in self.v.weekdays

    def _edtf(self, text: str, s: str, ctx: _Ctx) -> Resolution | None:
        """EDTF and TimeML text (``2022-12~``, ``2023-W37``), read before any phrase rule.

        Text shaped like EDTF (``2023-13``, ``2023-W54``) that names no real date is refused
        with the date model's reason rather than tried as a phrase. A year and the next
        one's last two digits ("2022-23") are two years, as prose means them, with a
        warning where EDTF would read a season code.
        """
        if not s[0].isdigit() or "/" in s or " " in s or len(s) < 4:
            return None  # "20" or "199" alone is a number, not the 21st century or the 1990s
        ref = ctx.ref
        yy = _YEAR_RANGE.fullmatch(s)
        if yy and (int(yy.group(2)) - int(yy.group(1)[2:])) % 100 == 1:
            res = self._two(text, yy.group(1), yy.group(2), ctx)
            try:
                as_edtf = FuzzyDate.parse(s.upper()).label
            except DateError:
                return res
            res.warnings += (
                f"{s}: read as the years {yy.group(1)} to {res.latest.year}; "  # type: ignore[union-attr]
                f"as EDTF it would be {as_edtf}",
            )
            return res
        try:
            d = FuzzyDate.parse(s.upper())
        except DateError as e:
            yy = _YEAR_RANGE.fullmatch(s)
            if yy and 0 < (int(yy.group(2)) - int(yy.group(1)[2:])) % 100 <= 10:
                return None  # "2019-20": a range of years, not an EDTF month
            if _EDTF_SHAPE.fullmatch(s):
                raise _Fail(str(e).split(": ", 1)[-1]) from None
            return None
        return _point_resolution(text, ref, _Point("edtf", d, "read as EDTF / ISO 8601"))

    # -- ranges --------------------------------------------------------------------------

    def _range(self, text: str, s: str, ctx: _Ctx) -> Resolution | None:
        if s[0].isdigit() and ("/" in s or s.endswith("..")):
            if _MONTH_YEAR_SLASH.fullmatch(s):
                return None  # "09/2012": September 2012, a point
            ys = _YEAR_SLASH.fullmatch(s)
            if ys is not None:  # "2022/23": two years, not 2022 to the 24th century
                return self._two(text, ys.group(1), ys.group(2), ctx)
            try:
                span = Span.parse(s.upper().replace("X", "X"))
            except DateError:
                span = None
            if span is not None:
                return _span_resolution(text, ctx.ref, span, "edtf-interval", "read as EDTF")
        m = self.range_re.fullmatch(s)
        if m is None:
            return None
        g = m.groupdict()
        kind = (m.lastgroup or "").partition("_")[0]
        if kind == "dash":
            md = self.month_days_re.fullmatch(s)
            if md is not None:
                return self._month_days(text, md, ctx)
            last = g["dash_x"].rsplit(" ", 1)[-1].rstrip(".")
            joint = s[m.end("dash_x") : m.start("dash_y")]
            if joint == "-" and not (
                last[-1:].isdigit() or last in self.v.months or last in self.v.weekdays
            ):
                return None  # "mid-November", "year-end": a hyphenated word, not a range
            if joint == "-" and last in self.v.months and g["dash_y"][:1].isdigit():
                return None  # "Sep-2012": one token
            try:
                return self._two(text, g["dash_x"], g["dash_y"], ctx)
            except DateError:
                return None  # "mid-November", "nineteen ninety-six": a point after all
        if kind == "since":
            m2 = self.since_until_re.fullmatch(g["since_x"])
            if m2 is not None:  # "desde el lunes hasta el viernes": since X until Y
                try:
                    return self._two(text, m2.group("a"), m2.group("b"), ctx)
                except _Unknown:
                    pass  # "since the end of 2022 to date" and the like: since X
            a = self._side(g["since_x"], ctx)
            return _one_sided(text, ctx.ref, a, None, "since", ongoing=True)
        if kind == "until":
            b = self._side(g["until_x"], ctx, end=True)
            return _one_sided(text, ctx.ref, None, b, "until")
        if kind == "beyond":
            a = self._side(g["beyond_x"], ctx)
            return _one_sided(text, ctx.ref, a, None, "open-end")
        if kind == "began":
            a = self._side(g["began_x"], ctx)
            if g["began_y"] is None:
                return _one_sided(text, ctx.ref, a, None, "began")
            b = self._side(g["began_y"], ctx, end=True)
            return _two_sided(text, ctx.ref, a, b)
        if kind == "from" and g["from_y"] is None:
            return _one_sided(text, ctx.ref, self._side(g["from_x"], ctx), None, "from")
        if kind == "from":
            return self._two(text, g["from_x"], g["from_y"], ctx)
        return self._two(text, g["btw_x"], g["btw_y"], ctx)

    def _month_days(self, text: str, m: re.Match[str], ctx: _Ctx) -> Resolution:
        """``September 11-20, 2023``: two days of one month, the year written once or not."""
        end = self._point(
            f"{m.group('m')} {m.group('d2')}" + (f", {m.group('y')}" if m.group("y") else ""), ctx
        )
        if end is None or end.date is None:
            raise _Unknown(text)
        e = end.date.earliest
        start = _Point("range-day", FuzzyDate.day(_date(e.year, e.month, int(m.group("d1")), text)))
        return _two_sided(text, ctx.ref, start, end)

    def _two(self, text: str, left: str, right: str, ctx: _Ctx) -> Resolution:
        left, right = left.strip(), right.strip()
        year = left.rpartition(" ")[2]  # "in 2022-23": the year after the filler
        if len(right) == 2 and right.isdigit() and len(year) == 4 and year.isdigit():
            end = int(year[:2] + right)  # "1990-91", "1999-00"
            end += 100 if end <= int(year) else 0
            if end - int(year) > 10:
                raise _Unknown(text)  # "2023-13" is a bad month, not 2023 to 2113
            whole = self._point(left, ctx) if left != year else None
            if (
                whole is not None
                and whole.date is not None
                and whole.date.precision is Precision.SEASON
                and whole.date.latest.year == end
            ):
                return _point_resolution(text, ctx.ref, whole)  # "the winter of 1941-42"
            right = str(end)
        dm = self.day_only_re.fullmatch(right)
        if dm is not None:
            # "from Sept. 18 to 20", "August 10 to 22, 2012", "May eighth - tenth, 2010": the
            # end is a day of the start's month; a year after it belongs to both
            n = self._day_number_of(dm)
            head = self._side(left + (f", {dm.group('y')}" if dm.group("y") else ""), ctx)
            if head.date is None or head.date.precision is not Precision.DAY or n is None:
                raise _Unknown(right)
            s0 = head.date.earliest
            tail = _Point("range-day", FuzzyDate.day(_date(s0.year, s0.month, n, right)))
            return _two_sided(text, ctx.ref, head, tail)
        b = self._side(right, ctx, end=True)
        a = self._left_side(left, b, ctx)
        first = a.date if a is not None else None
        if a is None or first is None:
            raise _Unknown(left)
        if b.date is not None and first.earliest > b.date.latest and not re.search(r"\d{4}", right):
            # "from Monday to Wednesday": a bare end is read forward from the start
            later = self._point(right, _Ctx(ctx.text, first.earliest, True, ctx.south, ctx.anchors))
            if later is not None and later.date is not None:
                b = later
        return _two_sided(text, ctx.ref, a, b)

    def _side(self, s: str, ctx: _Ctx, *, end: bool = False) -> _Point:
        p = self._point(s.strip(), ctx)
        span = _find_anchor(s.strip(), ctx.anchors) if p is None else None
        if span is not None:
            d = (span.end or span.start) if end else (span.start or span.end)
            if d is not None:
                p = _Point("anchor", d, f"the date of {_original(s.strip(), ctx)} ({d.label})")
        if p is None or p.date is None:
            raise _Unknown(s)
        return p

    def _day_number_of(self, m: re.Match[str]) -> int | None:
        """The day a ``day_only_re`` match names ("22", "15th", "tenth")."""
        if m.group("d"):
            return int(m.group("d"))
        n = self.v.ordinals.get(m.group("dw"))
        return n if n is not None and n > 0 else None

    def _left_side(self, left: str, right: _Point, ctx: _Ctx) -> _Point | None:
        """The start of ``X to Y``, borrowing the month or year it leaves out from Y."""
        assert right.date is not None
        r = right.date.earliest
        left = left.strip()
        dm = self.day_only_re.fullmatch(left)
        if dm is not None and not dm.group("y") and right.date.precision is Precision.DAY:
            # "10 - 22 August", "from 13th to 15th July", "eighth to eleventh May 2010"
            n = self._day_number_of(dm)
            if n is not None:
                return _Point("range-day", FuzzyDate.day(_date(r.year, r.month, n, left)))
        p = self._point(left, ctx)
        if (
            p is not None
            and p.date is not None
            and not re.search(r"\d{4}", left)
            and re.search(r"\d{4}", right.date.timex)
        ):
            # "27 September to 10 November 2020": the year written once, at the end
            q = self._point(f"{left} {r.year}", ctx)
            if q is not None and q.date is not None:
                if q.date.earliest > right.date.latest and q.date.earliest.month > r.month:
                    q = self._point(f"{left} {r.year - 1}", ctx) or q
                return q
        return p

    # -- points --------------------------------------------------------------------------

    def _point(self, s: str, ctx: _Ctx) -> _Point | None:
        v = self.v
        s = s.strip(" ,.;:")
        p = self._exact(s, ctx)
        if p is not None:
            return p
        if s.startswith(self.within_starts):
            m = self.in_n_re.fullmatch(s)
            if m is not None:
                return self._approx_count(m, self._offset(m, 1, ctx, "in"))
        if s.startswith(self.ago_before_starts):
            m = self.ago_before_re.fullmatch(s)
            if m is not None:
                return self._approx_count(m, self._offset(m, -1, ctx, "ago"))
        if s.startswith(self.later_before_starts):
            m = self.later_before_re.fullmatch(s)
            if m is not None:
                return self._approx_count(m, self._offset(m, 1, ctx, "after"))
        if s[:1] in "+-":
            m = self.signed_re.fullmatch(s)
            if m is not None:
                return self._offset(m, -1 if m.group("sign") == "-" else 1, ctx, "signed")
        first, _, rest = s.partition(" ")
        if first in self.lead_firsts:
            for lead in v.lead_ins:  # "as of Monday": Monday
                if s.startswith(lead + " "):
                    s = s[len(lead) + 1 :]
                    p = self._exact(s, ctx)  # "as of today"
                    if p is not None:
                        return p
                    first, _, rest = s.partition(" ")
                    break
        if first in v.window_within:  # "within two weeks": a window, before "within" is dropped
            m = self.duration_re.fullmatch(s)
            if m is not None:
                return self._duration_rule(m, ctx)
        if first in v.fillers and rest and not s.startswith(self.filler_approx):
            while first in v.fillers and rest and not (first == "the" and rest in v.units):
                s = rest
                first, _, rest = s.partition(" ")
            p = self._exact(s, ctx)
            if p is not None:
                return p
        if not s:
            return None
        if first in v.day_nouns and rest:  # "dia 18 de setembro", "no dia 18"
            if rest.isdigit():
                near = _nearest_day_number(int(rest), ctx.ref)
                note = "the day number in the month nearest the reference"
                return None if near is None else _Point("day-number", FuzzyDate.day(near), note)
            s = rest
        if s[0].isdigit() and len(s) >= 4:
            try:
                return _Point("edtf", FuzzyDate.parse(s.upper()), "read as EDTF / ISO 8601")
            except DateError:
                pass
        fw = _FIRST_WORD.match(s)
        key = "" if fw is None else ("#" if fw.group(0)[0].isdigit() else fw.group(0))
        if key.endswith("ies") and key not in self.by_first:
            key = "*ies"
        for pattern, rule in self.by_first.get(key, ()):
            m = pattern.fullmatch(s)
            if m is not None:
                p = rule(self, m, ctx)
                if p is not None:
                    return p
        return self._compound(s, ctx)

    def _exact(self, s: str, ctx: _Ctx) -> _Point | None:
        """Whole phrases the vocabulary lists word for word: days, references, holidays."""
        kind = self.exact.get(s)
        if kind is None and "-" in s:  # the keys write hyphens as spaces
            s = s.replace("-", " ")
            kind = self.exact.get(s)
        if kind is None:
            return None
        if kind == "day":
            n = self.v.day_words[s]
            day = FuzzyDate.day(ctx.ref + timedelta(days=n))
            code = self.v.day_times.get(s)
            if code is not None:  # "this morning", "last night": a part of a day, TimeML TIME
                return _Point(
                    "day-word", day, _day_word_note(n), timex=f"{day.timex}T{code}", type="TIME"
                )
            return _Point("day-word", day, _day_word_note(n))
        if kind == "ref":
            timex = self.v.references[s]
            last = s.rpartition(" ")[2]
            if last in self.v.plurals and timex != "PRESENT_REF":
                # "recent weeks", "the coming months": about three of them from the reference
                unit = self.v.units[last]
                window = _rolling(ctx.ref, unit, _FEW, timex == "FUTURE_REF")
                note = f"about the {_count(_FEW, unit)} {'after' if timex == 'FUTURE_REF' else 'before'} the reference"
                return _Point("reference", None, note, timex=timex, window=window)
            return _Point("reference", None, timex=timex)
        return self._holiday(s, ctx)

    def _compound(self, s: str, ctx: _Ctx) -> _Point | None:
        """Rules that wrap another phrase or need several words: parts, approximations,
        offsets, anchors, quarters in business news, durations and sets.

        Each is tried only when the phrase holds one of the words it needs (its gate).
        """
        if s in self.v.set_words:
            return _Point("set", None, "a recurring time", timex=self.v.set_words[s], type="SET")
        if s in _YEAR_AGO_WORDS:
            d = FuzzyDate.year(ctx.ref.year - 1)
            return _Point("year-ago", d, "the year before the reference")
        m = self.fiscal_year_re.fullmatch(s)
        if m is not None:
            y = int(m.group("y") or m.group("y2"))
            y += 0 if y >= 100 else (1900 if y >= 50 else 2000)
            return _Point(
                "fiscal-year",
                FuzzyDate.year(y),
                "a fiscal year, read as the calendar year it is named for",
            )
        if s in ("the turn of the century", "turn of the century"):
            y = (ctx.ref.year + 10) // 100 * 100  # the last turn, or one within ten years
            return _Point(
                "turn-of-century", FuzzyDate.year(y).approx(), f"around {y}", mod="APPROX"
            )
        m = self.so_far_re.fullmatch(s)
        if m is not None:  # "so far this year", "year to date": from its start to the reference
            return self._to_reference(m.group("rest") or m.group("rest2"), ctx, -1)
        m = self.rest_of_re.fullmatch(s)
        if m is not None:  # "the rest of the week": from the reference to its end
            return self._to_reference(m.group("rest"), ctx, 1)
        words = set(_TOKENS.findall(s))
        if _DIGIT.search(s):
            words.add("#")
            if ":" in s:
                words.add(":")  # a clock time ("17:00")
        # only the rules one of the phrase's words can open, in their order
        picked = set(self.ungated)
        for w in words:
            picked.update(self.compound_by_word.get(w, ()))
        for i in sorted(picked):
            pattern, rule, _gate = self.compound[i]
            m = pattern.fullmatch(s)
            if m is not None:
                p = rule(self, m, ctx)
                if p is not None:
                    return p
        return None

    def _to_reference(self, text: str, ctx: _Ctx, side: int) -> _Point | None:
        """The part of the unit ``text`` names before the reference (``side`` -1) or after
        it (+1); None unless the unit holds the reference."""
        inner = self._point(text, ctx)
        if inner is None or inner.date is None:
            return None
        d, ref = inner.date, ctx.ref
        if not d.earliest <= ref <= d.latest:
            return None
        lo, hi = (d.earliest, ref) if side < 0 else (ref, d.latest)
        note = f"{describe(d)}, {'up to' if side < 0 else 'from'} the reference"
        return _Point(
            "so-far" if side < 0 else "rest-of",
            d,
            note,
            window=(FuzzyDate.day(lo), FuzzyDate.day(hi)),
            warnings=inner.warnings,
        )

    def _trailing_direction(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "segunda-feira passada", "setembro que vem": the name with its direction first."""
        return self._point(f"{m.group('dir')} {m.group('name')}", ctx)

    def _decade_words(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "anos 90", "a década de 1990", "século XX", "siglo 21"."""
        if m.group("y"):
            y = int(m.group("y"))
            y = _two_digit_decade(y, ctx.ref) if y < 100 else y
            return _Point("decade", FuzzyDate.decade(y), "a decade")
        c = m.group("c")
        n = int(c) if c.isdigit() else _roman(c)
        if n is None or n < 1:
            return None
        return _Point("century", FuzzyDate.century((n - 1) * 100), f"the century numbered {n}")

    def _same_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        if m.group("s"):  # "that spring": the one holding the reference, else its year's
            code, ref = self.v.seasons[m.group("s")], ctx.ref
            d: FuzzyDate | None = FuzzyDate.season(ref.year, code, south=ctx.south)
            before = FuzzyDate.season(ref.year - 1, code, south=ctx.south)
            if before.earliest <= ref <= before.latest:  # a winter begun the year before
                d = before
        else:
            d = _unit_at(self.v.units[m.group("u")], ctx.ref, 0, ctx.south)
        note = "the same unit as the reference (pass the story's date as the reference)"
        return None if d is None else _Point("same-unit", d, note)

    def _numeric(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _numeric_date(m, ctx.ref, day_first=self.v.day_first, future=ctx.future)

    def _day_number(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        nearest = _nearest_day_number(int(m.group("d")), ctx.ref)
        if nearest is None:
            return None
        return _Point(
            "day-number",
            FuzzyDate.day(nearest),
            "the day number in the month nearest the reference",
        )

    def _this_time(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        k = -1 if m.group("dir") == "last" else 1
        d = FuzzyDate.day(ctx.ref + relativedelta(years=k)).approx()
        return _Point(
            "this-time", d, f"about the same day {'last' if k < 0 else 'next'} year", mod="APPROX"
        )

    def _quarter_code(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        n = int(m.group("n") or m.group("n2"))
        y = int(m.group("y") or m.group("y2") or ctx.ref.year)
        half = (m.group("qh") or m.group("qh2")) == "h"
        if not 1 <= n <= (2 if half else 4):
            return None
        d = FuzzyDate.half(y, n) if half else FuzzyDate.quarter(y, n)
        return _Point("quarter-code", d, "a quarter or half written as Q3 / H1")

    def _week_of(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
            return None
        day = inner.date.earliest
        if m.group("w") == "weekend":  # "the weekend of September 16"
            y, w, _ = day.isocalendar()
            return _Point("weekend-of", FuzzyDate.weekend(y, w), "the weekend of that week")
        return _Point("week-of", FuzzyDate.week_of(day), "the ISO week holding that day")

    def _latest_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        q = _unit_at("quarter", ctx.ref, -1, ctx.south)
        assert q is not None
        if m.group("y"):
            q = FuzzyDate.quarter(int(m.group("y")), (q.earliest.month + 2) // 3)
        return _Point(
            "latest-quarter", q, "the latest complete quarter, as business news reports it"
        )

    def _year_end(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        off = {"last": -1, "next": 1}.get(m.group("dir") or "", 0)
        d = FuzzyDate.year(ctx.ref.year + off).narrow(Part.LATE)
        return _Point("year-end", d, "the end of the year")

    def _vague(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the coming weeks", "recent months", "a few days ago": TimeML's PAST_REF or
        FUTURE_REF, over a span of about three units (the pack's "a few") from the
        reference; "a few days ago" is about the day three days back."""
        lead, way = m.group("lead"), m.group("way")
        unit_word = m.group("u")
        if not (lead or way) or unit_word not in self.v.plurals:
            return None
        ahead = self.v.directions.get(lead) if lead is not None else None
        if ahead is None and lead is not None:
            ahead = self.v.vague_leads.get(lead)
        future = (ahead is not None and ahead > 0) or (way is not None and way in self.v.later)
        timex = "FUTURE_REF" if future else "PAST_REF"
        n = self.v.numbers.get(m.group("vq") or "", _FEW) if m.group("vq") else _FEW
        unit = self.v.units[m.group("u2") or unit_word]
        if way is not None:  # "a few days ago": about that far back, one unit at its precision
            p = self._offset_by(n, unit, 1 if future else -1, ctx)
            if (
                p is None
                or p.date is None
                or not m.group("vq")
                or m.group("vq") not in self.v.numbers
            ):
                return _Point("vague", None, "a vague stretch of time", timex=timex)
            d = p.date.approx()
            note = f"about {_count(n, unit)} {'after' if future else 'before'} the reference"
            return _Point("vague", None, note, timex=timex, mod="APPROX", window=(d, d))
        window = _rolling(ctx.ref, unit, n, future)
        note = f"about the {_count(n, unit)} {'after' if future else 'before'} the reference"
        return _Point("vague", None, note, timex=timex, window=window)

    def _part(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        word = m.group("p").replace("-", " ")
        part = self.v.part_phrases.get(word) or self.v.parts.get(word)
        inner = self._point(m.group("rest"), ctx)
        if part is None or inner is None or inner.date is None:
            return None
        p = _with_part(inner, Part(part), word)
        side = self.v.relative_parts.get(word)
        d, ref = inner.date, ctx.ref
        if side is not None and d.earliest <= ref <= d.latest:
            # "earlier this month": from the 1st to the reference; "later this year": from
            # the reference to 31 December (TimeML's value stays the part)
            lo, hi = (d.earliest, ref) if side < 0 else (ref, d.latest)
            p.window = (FuzzyDate.day(lo), FuzzyDate.day(hi))
            p.note = (
                f"{inner.note}; the part {'before' if side < 0 else 'after'} the reference".lstrip(
                    "; "
                )
            )
        return p

    def _approx(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest"), ctx)
        if inner is None or inner.date is None:
            return inner
        note = inner.note + " (approximate)"
        return _Point(
            inner.rule,
            inner.date.approx(),
            note,
            timex=inner.timex if inner.type == "TIME" else None,  # "around 7:15 p.m."
            mod="APPROX",
            type=inner.type,
            warnings=inner.warnings,
        )

    def _or_so(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        inner = self._point(m.group("rest") + (m.group("tail") or ""), ctx)
        if inner is None or inner.date is None:
            return None
        return _Point(inner.rule, inner.date.approx(), inner.note + " (approximate)", mod="APPROX")

    def _set_rule(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _set(m, self.v)

    def _duration_rule(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        p = self._duration(m)
        lead = m.group("lead")
        if p is None or lead is None:
            return p  # "for three weeks": a duration, unanchored
        n = _number(m.group("n"), self.v)
        assert n is not None
        future = lead in self.v.window_within or self.v.directions[lead] > 0
        unit = self.v.units[m.group("u")]
        window = _rolling(ctx.ref, unit, n, future)
        side = "starting" if future else "ending"
        note = f"{p.note}, {side} on the reference"
        return _Point("rolling", None, note, timex=p.timex, type=p.type, window=window)

    # -- point rules (each: match -> _Point | None) ---------------------------------------

    def _weekday_daynum(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        wd = self.v.weekdays[m.group("wd")]
        n = int(m.group("d"))
        ref = ctx.ref
        best = _nearest_day_number(n, ref)
        if best is None:
            raise _Fail(f"no month near {long_day(ref)} has a day {n}")
        return _Point(
            "weekday-daynum",
            FuzzyDate.day(best),
            "the day number settles it, in the month nearest the reference",
            warnings=_weekday_clash(wd, f"{WEEKDAY_NAMES[wd]} ({n})", best),
        )

    def _weekday_date(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "Tuesday (Sept. 19)", "Tuesday 11/3/2015", "Tuesday the 19th": the date settles
        it, and a weekday that contradicts it is a warning, as with "Monday (19)". "Friday
        next week", "Saturday last week", "next week Monday": that weekday of the week."""
        wd = self.v.weekdays[m.group("wd") or m.group("wd2")]
        text = m.group("inner") or m.group("inner2") or m.group("inner3")
        inner = self._point(text, ctx)
        if inner is None or inner.date is None:
            return None
        if inner.date.precision is Precision.WEEK and inner.date.part is None:
            first = inner.date.earliest
            day = first + timedelta(days=wd - first.weekday())
            note = f"the {WEEKDAY_NAMES[wd]} of {describe(inner.date)}"
            return _Point("weekday-of-week", FuzzyDate.day(day), note)
        if inner.date.precision is not Precision.DAY:
            return None
        day = inner.date.earliest
        written = f"{WEEKDAY_NAMES[wd]} ({day_label(day)})"
        warnings = inner.warnings + _weekday_clash(wd, written, day)
        return _Point("weekday-date", inner.date, inner.note, warnings=warnings)

    def _weekday(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        wd = self.v.weekdays[m.group("wd")]
        d = self.v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        ref = ctx.ref
        back = (ref.weekday() - wd) % 7
        if d is None:
            if ctx.future:
                day, note = (
                    ref + timedelta(days=(wd - ref.weekday()) % 7),
                    f"the next {WEEKDAY_NAMES[wd]} on or after the reference",
                )
            else:
                day, note = (
                    ref - timedelta(days=back),
                    f"the most recent {WEEKDAY_NAMES[wd]} on or before the reference",
                )
        elif d == 0:
            day, note = (
                ref + timedelta(days=wd - ref.weekday()),
                f"the {WEEKDAY_NAMES[wd]} of the reference's ISO week",
            )
        elif d < 0:
            day, note = (
                ref - timedelta(days=back or 7),
                f"the last {WEEKDAY_NAMES[wd]} before the reference",
            )
        else:
            day, note = (
                ref + timedelta(days=((wd - ref.weekday()) % 7) or 7),
                f"the next {WEEKDAY_NAMES[wd]} after the reference",
            )
        return _Point("weekday", FuzzyDate.day(day), note)

    def _month_day(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        mo = v.months[m.group("m")]
        if m.group("d"):
            n = int(m.group("d"))
        elif m.groupdict().get("dc"):
            n = _number(m.group("dc"), v) or 0
            if not 1 <= n <= 31:
                return None  # "um de janeiro" reads, "quarenta de maio" does not
        else:
            n = v.ordinals[_sp(m.group("dw"))]
        ref = ctx.ref
        future = ctx.future or (
            m.groupdict().get("dir") is not None and v.directions[_sp(m.group("dir"))] > 0
        )
        y = self._written_year(m)
        if y is not None:
            d = _date(y, mo, n, m.group(0))
            note = "a full date"
        else:
            d = _nearest_date(ref, mo, n, m.group(0), future=future)
            note = "no year written: the nearest such date"
        warnings: tuple[str, ...] = ()
        if m.group("wd"):
            wd = v.weekdays[m.group("wd")]
            warnings = _weekday_clash(wd, f"{WEEKDAY_NAMES[wd]}, {day_label(d)}", d)
        return _Point("month-day", FuzzyDate.day(d), note, warnings=warnings)

    def _written_year(self, m: re.Match[str]) -> int | None:
        """The year a date writes: four digits; two, in the century around 2000 ("96" is
        1996, "05" 2005); any digits before an era mark ("88 AD" is 88, "2555 BE" 2012)."""
        g = m.groupdict()
        if g.get("y"):
            return int(g["y"])
        if g.get("y2"):
            y = int(g["y2"])
            return y + (2000 if y < 50 else 1900)
        if g.get("ye"):
            y, mark = int(g["ye"]), g["era"]
            if mark in self.v.era_offsets:
                return y + self.v.era_offsets[mark]
            if self.v.eras[mark] < 0:
                raise _Fail(
                    "years before the common era are outside the date model, which starts at 1"
                )
            return y
        return None

    def _year_month(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "2017 April", "2018 March 18", "2012/Aug/10": the year written first."""
        y, mo = int(m.group("y")), self.v.months[m.group("m")]
        if m.group("d") or m.group("dw"):
            n = int(m.group("d")) if m.group("d") else self.v.ordinals[m.group("dw")]
            return _Point(
                "year-month-day", FuzzyDate.day(_date(y, mo, n, m.group(0))), "a full date"
            )
        return _Point("month-year", FuzzyDate.month(y, mo), "a year and month")

    def _month(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        mo = v.months[m.group("m")]
        ref = ctx.ref
        if m.group("y"):
            return _Point("month-year", FuzzyDate.month(int(m.group("y")), mo), "a month and year")
        if m.group("yw"):
            y = self._year_of(m.group("yw"), ctx)
            return (
                None
                if y is None
                else _Point("month-year", FuzzyDate.month(y, mo), "a month of a year in words")
            )
        if m.group("ry"):
            off = v.directions[_sp(m.group("ry"))]
            return _Point(
                "month-relative-year",
                FuzzyDate.month(ref.year + off, mo),
                f"{MONTH_NAMES[mo]} of {_year_word(off)} ({ref.year + off})",
            )
        d = v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        if d is None:
            if ctx.future:
                y = ref.year if mo >= ref.month else ref.year + 1
                note = f"the next {MONTH_NAMES[mo]} on or after the reference"
            else:
                # the most recent such month, unless it is one of the next three (news
                # announces what comes soon): "January" in late October is the coming one,
                # "March" in November the one gone
                y = ref.year if mo <= ref.month else ref.year - 1
                if 0 < (mo - ref.month) % 12 <= _SOON_MONTHS:
                    y += 1
                    note = f"the coming {MONTH_NAMES[mo]}, within three months of the reference"
                else:
                    note = f"the most recent {MONTH_NAMES[mo]} on or before the reference"
        elif d == 0:
            y, note = ref.year, f"{MONTH_NAMES[mo]} of the reference's year"
        elif d < 0:
            y = ref.year if mo < ref.month else ref.year - 1
            note = f"the last {MONTH_NAMES[mo]} before the reference's month"
        else:
            y = ref.year if mo > ref.month else ref.year + 1
            note = f"the next {MONTH_NAMES[mo]} after the reference's month"
        return _Point("month", FuzzyDate.month(y, mo), note)

    def _relative_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        off = self.v.directions[_sp(m.group("dir"))]
        word = m.group("u")
        unit = self.v.units[word]
        if word in self.v.plurals:
            return None  # "the coming days", "recent weeks": vague, read by the vague rule
        if unit == "fortnight":  # "last fortnight": the two ISO weeks before this one
            first = ctx.ref - timedelta(days=ctx.ref.weekday())
            first += timedelta(weeks=-2 if off < 0 else 1 if off > 0 else 0)
            window = (FuzzyDate.day(first), FuzzyDate.day(first + timedelta(days=13)))
            note = (
                "two ISO weeks, "
                + ("before" if off < 0 else "after" if off > 0 else "from")
                + " the reference's"
            )
            return _Point("relative-fortnight", None, note, window=window)
        d = _unit_at(unit, ctx.ref, off, ctx.south)
        if d is None:
            return None
        return _Point(f"relative-{unit}", d)  # the description says it all

    def _bare_unit(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        unit = self.v.units[m.group("u")]
        if unit in ("day",):
            return _Point("bare-day", FuzzyDate.day(ctx.ref), "the day of the reference")
        if unit == "weekend":
            ref = ctx.ref
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
            if ctx.future and ref.weekday() < 5:
                sat = ref + timedelta(days=5 - ref.weekday())
            y, w, _ = sat.isocalendar()
            return _Point(
                "weekend", FuzzyDate.weekend(y, w), "the nearest weekend in the preferred direction"
            )
        if unit == "quarter":
            d = _unit_at("quarter", ctx.ref, 0 if ctx.future else -1, ctx.south)
            return _Point("bare-quarter", d, "the most recent complete quarter")
        d = _unit_at(unit, ctx.ref, 0, ctx.south)
        if d is None:
            return None
        return _Point(f"bare-{unit}", d, f"the {unit} holding the reference")

    def _quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        ow = _sp(m.group("o"))
        n = v.ordinals.get(ow) if ow in v.ordinals else int(re.sub(r"\D", "", ow))
        half = v.units[m.group("qu")] == "half"
        if n is None or n == 0:
            return None
        ref = ctx.ref
        year_txt = m.group("y") or m.group("yp")
        rel = m.group("ry") or m.group("ry2")
        if year_txt:
            y = int(year_txt)
        elif rel:
            y = ref.year + v.directions[_sp(rel)]
        elif m.group("dir"):
            y = ref.year + v.directions[_sp(m.group("dir"))]
        else:
            y = ref.year
        count = 2 if half else 4
        if n == -1:
            n = count
        if not 1 <= n <= count:
            return None
        d = FuzzyDate.half(y, n) if half else FuzzyDate.quarter(y, n)
        if (
            not (year_txt or rel or m.group("dir"))
            and not ctx.future
            and (d.earliest - ref).days > 183
        ):
            d = FuzzyDate.half(y - 1, n) if half else FuzzyDate.quarter(y - 1, n)
        return _Point(
            "quarter" if not half else "half",
            d,
            f"the {'half' if half else 'quarter'} of {d.earliest.year}",
        )

    def _season(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        v = self.v
        code = v.seasons[m.group("s")]
        ref = ctx.ref
        if m.group("y"):
            return _Point(
                "season-year",
                FuzzyDate.season(int(m.group("y")), code, south=ctx.south),
                "a season and year",
            )
        if m.group("yw"):
            y = self._year_of(m.group("yw"), ctx)
            if y is None:
                return None
            return _Point(
                "season-year", FuzzyDate.season(y, code, south=ctx.south), "a season and year"
            )
        rel = m.group("ry") or m.group("ry2")
        if rel:
            y = ref.year + v.directions[_sp(rel)]
            return _Point(
                "season-year",
                FuzzyDate.season(y, code, south=ctx.south),
                "a season of a relative year",
            )
        off = v.directions.get(_sp(m.group("dir"))) if m.group("dir") else None
        this_year = FuzzyDate.season(ref.year, code, south=ctx.south)
        cur = _season_holding(ref, ctx.south)
        if off == 0:
            if cur.timex.endswith(code):  # "this winter" in January: the winter under way
                return _Point("season", cur, "the season holding the reference")
            return _Point("season", this_year, "the season of the reference's year")
        if off is None:
            off = 1 if ctx.future else 0
            if off == 0:
                # the most recent such season that has begun by the reference
                y = ref.year if this_year.earliest <= ref else ref.year - 1
                return _Point(
                    "season",
                    FuzzyDate.season(y, code, south=ctx.south),
                    "the most recent such season",
                )
        y = ref.year
        d = FuzzyDate.season(y, code, south=ctx.south)
        if off < 0:
            while d.earliest >= cur.earliest:
                y -= 1
                d = FuzzyDate.season(y, code, south=ctx.south)
            note = "the last such season before the current one"
        else:
            while d.earliest <= cur.earliest:
                y += 1
                d = FuzzyDate.season(y, code, south=ctx.south)
            note = "the next such season after the current one"
        return _Point("season", d, note)

    def _year(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        return _Point("year", FuzzyDate.year(int(m.group("y"))), "a year")

    def _year_of(self, words: str, ctx: _Ctx) -> int | None:
        """The year after a month or season ("March of nineteen ninety", "fevereiro do ano
        passado"): a year in words, or any phrase that reads as a year."""
        y = _words_year(words, self.v)
        if y is not None:
            return y
        p = self._point(words, ctx)
        if p is None or p.date is None or p.date.precision is not Precision.YEAR:
            return None
        return p.date.earliest.year

    def _year_words(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        y = _words_year(m.group("yw"), self.v)
        if y is None:
            return None
        return _Point("year-words", FuzzyDate.year(y), "a year written in words")

    def _decade(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        if m.group("dy"):
            y = int(m.group("dy"))
            if y % 100 == 0 and y != 2000:  # "the 1800s": the century; "the 2000s": a decade
                return _Point("century", FuzzyDate.century(y), "a century, written as its years")
        elif m.group("ds"):
            y = _two_digit_decade(int(m.group("ds")), ctx.ref)
        else:
            w = m.group("dw")
            base = self.v.numbers.get(w[:-3] + "y")
            if base is None or base < 20:
                return None
            y = _two_digit_decade(base, ctx.ref)
        return _Point("decade", FuzzyDate.decade(y), "a decade")

    def _century(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        o = m.group("o")
        n = self.v.ordinals.get(_sp(o)) if o[0].isalpha() else int(re.sub(r"\D", "", o))
        if not n or n < 1:
            return None
        return _Point("century", FuzzyDate.century((n - 1) * 100), f"the {o} century")

    # -- compound rules ------------------------------------------------------------------

    def _ago(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        way = m.group("way")
        sign = -1 if way in self.v.ago else 1
        return self._approx_count(m, self._offset(m, sign, ctx, way))

    @staticmethod
    def _approx_count(m: re.Match[str], p: _Point | None) -> _Point | None:
        """An offset whose count was approximate ("nearly four years ago") is approximate."""
        if p is not None and m.group("q") and p.date is not None:
            return _Point(p.rule, p.date.approx(), p.note, mod="APPROX")
        return p

    def _offset(self, m: re.Match[str], sign: int, ctx: _Ctx, way: str) -> _Point | None:
        n = _number(m.group("n"), self.v)
        if n is None:
            return None
        return self._offset_by(n, self.v.units[m.group("u")], sign, ctx)

    def _offset_by(self, n: int, unit: str, sign: int, ctx: _Ctx) -> _Point | None:
        """``n`` units before (``sign`` -1) or after the reference, at the unit's precision."""
        n *= _UNIT_MULT.get(unit, 1)
        base = {"fortnight": "week", "half": "month", "season": "month"}.get(unit, unit)
        ref = ctx.ref
        k = sign * n
        if base == "day":
            d = FuzzyDate.day(ref + timedelta(days=k))
        elif base in ("week", "weekend"):
            target = ref + timedelta(weeks=k)
            y, w, _ = target.isocalendar()
            d = FuzzyDate.weekend(y, w) if base == "weekend" else FuzzyDate.week(y, w)
        elif base == "month":
            t = ref + relativedelta(months=k)
            d = FuzzyDate.month(t.year, t.month)
        elif base == "quarter":
            t = ref + relativedelta(months=3 * k)
            d = FuzzyDate.quarter(t.year, (t.month + 2) // 3)
        elif base == "year":
            d = FuzzyDate.year(ref.year + k)
        elif base == "decade":
            d = FuzzyDate.decade(ref.year + 10 * k)
        elif base == "century":
            d = FuzzyDate.century(ref.year + 100 * k)
        elif base in ("hour", "minute"):
            # the reference is a day: "in 48 hours" is two days on, "two hours later" the
            # same day
            d = FuzzyDate.day(ref + _step(base, k))
        else:
            return None
        precision = "to the day" if base in ("hour", "minute") else f"at {base} precision"
        return _Point(
            f"offset-{base}",
            d,
            f"{_count(n, base)} {'before' if sign < 0 else 'after'} the reference, {precision}",
        )

    def _two_away(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the week after next", "the year before last": two units from the reference."""
        unit = self.v.units[m.group("u")]
        off = self.v.two_away[_sp(m.group("two"))]
        d = _unit_at(unit, ctx.ref, off, ctx.south)
        return None if d is None else _Point(f"relative-{unit}", d, f"{unit} {off:+d}")

    def _offset_from(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "a week from Friday" (the coming one), "two days from tomorrow": a day, counted
        from a day."""
        rest = m.group("rest")
        # a bare weekday counted from is the coming one; any other day as it reads
        bare = rest.strip().rstrip(".") in self.v.weekdays
        start = self._point(rest, ctx._replace(future=True) if bare else ctx)
        n = _number(m.group("n"), self.v)
        if (
            n is None
            or start is None
            or start.date is None
            or start.date.precision is not Precision.DAY
        ):
            return None
        unit = self.v.units[m.group("u")]
        day = start.date.earliest + _step(unit, n)
        note = f"{_count(n, unit)} after {start.date.label}"
        return _Point("offset-from", FuzzyDate.day(day), note, warnings=start.warnings)

    def _nth_weekday(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first Monday in October", "the last Friday of the month"."""
        month = self._point(m.group("rest"), ctx)
        if month is None or month.date is None or month.date.precision is not Precision.MONTH:
            return None
        o = m.group("o")
        n = int(o[0]) if o[0].isdigit() else self.v.ordinals[_sp(o)]
        wd = self.v.weekdays[m.group("wd")]
        first = month.date.earliest
        day = _nth_weekday_of(first.year, first.month, wd, n)
        if day is None:
            raise _Fail(f"{month.date.label} has no {o} {WEEKDAY_NAMES[wd]}")
        return _Point(
            "nth-weekday", FuzzyDate.day(day), f"{o} {WEEKDAY_NAMES[wd]} of {month.date.label}"
        )

    def _era(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "1066 AD", "AD 79"; a year before the common era is refused (dates start at 1)."""
        era = self.v.eras[m.group("e1") or m.group("e2")]
        y = int(m.group("y1") or m.group("y2"))
        if era < 0:
            raise _Fail("years before the common era are outside the date model, which starts at 1")
        if y < 1:
            return None
        return _Point("year", FuzzyDate.year(y), "a year of the common era")

    def _dashed_date(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "18-Sep-2023", "2023.09.18", "20230918": dates written as one token."""
        if m.group("mon"):
            month = self.v.months.get(m.group("mon").rstrip("."))
            if month is None:
                return None
            y, mo, d = int(m.group("y")), month, int(m.group("d"))
        elif m.group("y2"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        else:
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        return _Point("numeric-date", FuzzyDate.day(_date(y, mo, d, m.group(0))), "a day")

    def _holiday_on(self, name: str, year: int) -> date:
        """The day of holiday ``name`` in ``year``."""
        if name in self.v.holidays:
            month, day = self.v.holidays[name]
            return date(year, month, day)
        rule = self.v.movable_holidays[name]
        if rule == "thanksgiving-us":  # the fourth Thursday of November
            return _nth_weekday_of(year, 11, 3, 4)  # type: ignore[return-value]
        shift = _EASTER_SHIFTS[rule]
        return easter(year) + timedelta(days=shift)

    def _holiday(self, s: str, ctx: _Ctx) -> _Point:
        """A named holiday: the nearest one, past or future (``prefer`` decides a tie)."""
        ref = ctx.ref
        cands = [
            self._holiday_on(s, y) for y in (ref.year - 1, ref.year, ref.year + 1) if 1 < y < 9999
        ]
        if ctx.future:
            d = min((c for c in cands if c >= ref), default=cands[-1])
        else:
            d = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
        return _Point("holiday", FuzzyDate.day(d), "the nearest such holiday")

    def _holiday_named(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "Christmas Eve 2022", "Easter of last year", "last Christmas", "next Easter"."""
        name = _sp(m.group("hol"))
        if name not in self.v.holidays and name not in self.v.movable_holidays:
            return None
        ref, off = ctx.ref, None
        if m.group("dir"):
            off = self.v.directions[_sp(m.group("dir"))]
        if m.group("y"):
            year = int(m.group("y"))
        elif m.group("ry"):
            year = ref.year + self.v.directions[_sp(m.group("ry"))]
        elif off is None:
            return self._holiday(name, ctx)
        elif off == 0:
            year = ref.year
        else:  # the last one before the reference, or the next one after it
            year = ref.year
            d = self._holiday_on(name, year)
            if off < 0 and d >= ref:
                year -= 1
            elif off > 0 and d <= ref:
                year += 1
        d = self._holiday_on(name, year)
        return _Point("holiday", FuzzyDate.day(d), f"{name} in {year}")

    def _nth_week(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """ "the first week of September": the ISO week whose Thursday is September's first
        (as ISO 8601 gives a week to the month holding its Thursday); "the first days of
        March" is early March, "the last days of 2022" late 2022."""
        inner = self._point(m.group("rest"), ctx)
        if (
            inner is None
            or inner.date is None
            or inner.date.precision not in (Precision.MONTH, Precision.YEAR)
        ):
            return None
        o, d = m.group("o"), inner.date
        if m.group("w") != "week":
            part = Part.EARLY if o == "first" else Part.LATE if o in ("last", "final") else None
            return None if part is None else _with_part(inner, part, o)
        if o in ("last", "final"):
            day = d.latest - timedelta(days=(d.latest.weekday() - 3) % 7)
        else:
            first_thursday = d.earliest + timedelta(days=(3 - d.earliest.weekday()) % 7)
            day = first_thursday + timedelta(
                days=7 * ("first", "second", "third", "fourth").index(o)
            )
        return _Point(
            "nth-week", FuzzyDate.week_of(day), f"the ISO week whose Thursday is {day_label(day)}"
        )

    def _day_part(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A part of a day: "Thursday morning", "midnight on September 13", "morning"."""
        rest = m.group("rest") or m.group("rest2")
        code = self.v.day_parts[m.group("dp") or m.group("dp2")]
        shift = _NEXT_PREV.get(rest or "")
        if rest is None or shift is not None:
            day = FuzzyDate.day(ctx.ref + timedelta(days=shift or 0))
            note = _day_word_note(shift or 0)
        else:
            inner = self._point(rest, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
                return None
            day, note = inner.date, inner.note
        return _Point("day-part", day, note, timex=f"{day.timex}T{code}", type="TIME")

    def _clock(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        """A clock time on a day: "10 p.m. Wednesday", "noon Thursday", "Tuesday at
        17:00", "2023-09-12T10:00"; alone, on the reference day. TimeML TIME; the span
        stays the whole day."""
        g = m.groupdict()
        if g.get("cw"):
            hour, minute = self.v.clock_words[_sp(g["cw"])]
        elif g.get("ap"):
            hour, minute = int(g["h"]), int(g["mi"] or 0)
            add = self.v.clock_marks[g["ap"].replace(" ", "")]
            if not (1 <= hour <= 12 if add is not None else 0 <= hour <= 24) or minute > 59:
                return None  # a 12-hour clock stops at 12; "17h", "5 o'clock" at 24
            if add is not None:  # "12 p.m." is noon, "12 a.m." midnight at the day's start
                hour = hour % 12 + add
        else:
            hour, minute = int(g["h24"]), int(g["m24"])
            if hour == 24 and minute:
                return None
        rest = g.get("rest")
        warnings: tuple[str, ...] = ()
        if rest is None:
            day, note = FuzzyDate.day(ctx.ref), "the reference day"
        else:
            inner = self._point(rest, ctx)
            if inner is None or inner.date is None or inner.date.precision is not Precision.DAY:
                return None
            day, note, warnings = inner.date, inner.note, inner.warnings
        return _Point(
            "clock-time",
            day,
            f"{note}, at {hour:02d}:{minute:02d}".lstrip(", "),
            timex=f"{day.timex}T{hour:02d}:{minute:02d}",
            type="TIME",
            warnings=warnings,
        )

    def _year_ago_quarter(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        o = m.group("o") or m.group("o2")
        if o:
            n = self.v.ordinals[_sp(o)]
            if not 1 <= n <= 4:
                return None
            q = FuzzyDate.quarter(ctx.ref.year - 1, n)
        else:
            latest = _unit_at("quarter", ctx.ref, -1, ctx.south)
            assert latest is not None
            q = FuzzyDate.quarter(latest.earliest.year - 1, (latest.earliest.month + 2) // 3)
        return _Point(
            "year-ago-quarter", q, "the same quarter a year before the latest complete one"
        )

    def _duration(self, m: re.Match[str]) -> _Point | None:
        n = _number(m.group("n"), self.v)
        unit = self.v.units[m.group("u")]
        if n is None:
            return None
        if unit in _UNIT_MULT:
            n *= _UNIT_MULT[unit]
        code = _TIMEML_UNIT[unit]
        timex = f"PT{n}{code}" if unit in ("hour", "minute") else f"P{n}{code}"
        return _Point(
            "duration", None, f"a duration of {_count(n, unit)}", timex=timex, type="DURATION"
        )

    def _anchored(self, m: re.Match[str], ctx: _Ctx) -> _Point | None:
        name = m.group("name").strip()
        span = _find_anchor(name, ctx.anchors)
        if span is None:  # "the day before Christmas", "three days after September 11"
            named = self._point(name, ctx)  # a day only: "the day after the march" is no date
            if (
                named is not None
                and named.date is not None
                and named.date.precision is Precision.DAY
            ):
                span = Span.point(named.date)
        if span is None:
            known = f"{len(ctx.anchors)} known" if ctx.anchors else "no anchors given"
            raise _Fail(f"{_original(name, ctx)!r} is not a known event to date from ({known})")
        after = m.group("way") in ("after", "following")
        n = _number(m.group("n"), self.v) if m.group("n") else 1
        unit = self.v.units.get(m.group("u") or m.group("u1") or "day", "day")
        if n is None:
            return None
        base = span.end if after else span.start
        if base is None:
            raise _Fail(
                f"{_original(name, ctx)!r} has no known {'end' if after else 'start'} to date from"
            )
        delta = _step(unit, n if after else -n)
        lo, hi = base.earliest + delta, base.latest + delta
        if base.precision is Precision.DAY or lo == hi:
            d = FuzzyDate.day(lo)
        elif unit == "year":
            d = FuzzyDate.year(lo.year) if lo.year == hi.year else FuzzyDate.day(lo)
        elif unit == "month" and base.precision is Precision.MONTH:
            d = FuzzyDate.month(lo.year, lo.month)
        else:
            d = (
                FuzzyDate.week_of(lo)
                if (hi - lo).days <= 6 and lo.isocalendar()[1] == hi.isocalendar()[1]
                else FuzzyDate.month(lo.year, lo.month)
                if (lo.year, lo.month) == (hi.year, hi.month)
                else FuzzyDate.year(lo.year)
            )
        way = "after" if after else "before"
        return _Point("anchor", d, f"{_count(n, unit)} {way} {_original(name, ctx)} ({base.label})")


# -- module-level helpers --------------------------------------------------------------


_DASHES = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_ANCHOR_RE = re.compile(
    r"(?:(?P<n>\d+|[a-z]+(?:[\s-][a-z]+)?)\s+(?P<u>days?|weeks?|months?|years?)|(?:the\s+)?(?P<u1>day|week|month|year))\s+"
    r"(?P<way>after|before|following|preceding)\s+(?P<name>.+)"
)


def _weekday_clash(wd: int, written: str, day: date) -> tuple[str, ...]:
    """The warning when a written weekday (0 = Monday) is not ``day``'s, else none:
    "Monday (19): 19 September 2023 is a Tuesday"."""
    if day.weekday() == wd:
        return ()
    return (f"{written}: {day_label(day)} is a {WEEKDAY_NAMES[day.weekday()]}",)


def _step(unit: str, n: int) -> relativedelta:
    """``n`` of a calendar unit as a step between days (a season is three months, a half
    six, a fortnight two weeks; a decade or century in years; hours and minutes in whole
    days)."""
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6}.get(unit)
    if months is not None:
        return relativedelta(months=months * n)
    weeks = {"week": 1, "weekend": 1, "fortnight": 2}.get(unit)
    if weeks is not None:
        return relativedelta(weeks=weeks * n)
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if years is not None:
        return relativedelta(years=years * n)
    per_day = {"hour": 24, "minute": 24 * 60}.get(unit)
    if per_day is not None:  # whole days only, toward zero: these dates have no time of day
        return relativedelta(days=int(n / per_day))
    return relativedelta(days=n)


# a bare month name this many months ahead or fewer is the coming one, not the last
_SOON_MONTHS = 3

# how many units "a few", "recent" and "the coming" stand for when no count is written
_FEW = 3


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(s: str) -> int | None:
    """A Roman numeral ("xxi" -> 21), or None if it is not one written the usual way."""
    total = 0
    for i, c in enumerate(s):
        n = _ROMAN[c]
        total += -n if i + 1 < len(s) and _ROMAN[s[i + 1]] > n else n
    return total if 0 < total < 90 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = ""
    for value, mark in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + mark, n - value
    return out


def _two_digit_decade(tens: int, ref: date) -> int:
    """The decade "the '90s" or "the nineties" names: the latest such decade that has
    begun by the reference (from 1998, the 1990s; from 2024, "the '20s" is the 2020s)."""
    y = ref.year // 100 * 100 + tens
    return y - 100 if y > ref.year else y


def _rolling(ref: date, unit: str, n: int, future: bool) -> tuple[FuzzyDate, FuzzyDate]:
    """The ``n`` units that end on the reference (the past ones) or start on it: "the past
    two weeks" from Saturday 1 October 2016 is 18 September – 1 October."""
    if future:
        last = ref + _step(unit, n) - timedelta(days=1)
        return FuzzyDate.day(ref), FuzzyDate.day(max(last, ref))
    first = ref - _step(unit, n) + timedelta(days=1)
    return FuzzyDate.day(min(first, ref)), FuzzyDate.day(ref)


def _nth_weekday_of(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ``weekday`` (0 = Monday) of a month, ``n = -1`` the last; None if the
    month has no such day ("the fifth Monday of February 2023")."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def _count(n: int, unit: str) -> str:
    """``1 day``, ``3 weeks``, ``2 centuries``."""
    plural = "centuries" if unit == "century" else unit + "s"
    return f"{n} {unit if n == 1 else plural}"


def _normalise(text: str) -> str:
    s = (text if text.isascii() else _fold(text.translate(_DASHES))).lower().strip()
    if "  " in s or "\n" in s or "\t" in s:
        s = _SPACES.sub(" ", s)
    s = s.strip(' ,;:!?"')
    if s.endswith("'s") and len(s) > 2 and s[-3].isalpha():
        s = s[:-2]  # "last year's" -> "last year"; "the 1990's" keeps its s
    if s[:1] == "'" and not s[1:2].isdigit():
        s = s[1:]
    s = s.rstrip("'")
    if s.endswith(".") and not s.endswith(("..", " c.")) and s != "c.":
        s = s[:-1].rstrip()
    return s


def _fold(s: str) -> str:
    """``s`` without its accents ("mês" -> "mes", "mañana" -> "manana"): packs and phrases
    are matched accent-insensitively."""
    if s.isascii():
        return s
    return unicodedata.normalize("NFKD", s).translate(_MARKS)


# the combining marks NFKD splits off Latin letters ("ã" -> "a" + U+0303), dropped by _fold
_MARKS = dict.fromkeys(range(0x300, 0x370))


def _key(s: str) -> str:
    """A table key as the rules look it up: folded, lower case, hyphens and runs of
    spaces as one space ("Terça-feira" and "terca feira" are one key)."""
    s = _fold(s.lower())
    if " " not in s and "-" not in s:
        return s
    return _SPACES.sub(" ", s.replace("-", " ")).strip() if len(s) > 1 else s


class _Words(dict):  # type: ignore[type-arg]
    """A pack table whose lookups forgive case, accents, hyphens and spacing."""

    def __missing__(self, word: str) -> Any:
        k = _key(word) if _RESHAPE.search(word) else word
        if k == word or not dict.__contains__(self, k):
            raise KeyError(word)
        return dict.__getitem__(self, k)

    def get(self, word: str, default: Any = None) -> Any:
        found = dict.get(self, word, _ABSENT)
        if found is not _ABSENT or not _RESHAPE.search(word):
            return default if found is _ABSENT else found
        return dict.get(self, _key(word), default)

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True
        return isinstance(word, str) and self.get(word, _ABSENT) is not _ABSENT


# what a word needs reshaping for before it can be a key: a hyphen, a run of spaces, a
# capital or an accent (the rules look up words of normalised text, which have none)
_RESHAPE = re.compile(r"-|\s\s|[^a-z0-9'., ]")


_ABSENT = object()


def _folded(v: Vocabulary) -> Vocabulary:
    """The grammar's own copy of a pack: every word folded (accents, hyphens), tables
    that forgive spelling on lookup, and the unit abbreviations read with the units."""
    changes: dict[str, Any] = {}
    for f in fields(v):
        value = getattr(v, f.name)
        if isinstance(value, dict):
            changes[f.name] = _Words({_key(k): x for k, x in value.items()})
        elif isinstance(value, frozenset):
            changes[f.name] = frozenset(_key(w) for w in value)
        elif isinstance(value, tuple):
            changes[f.name] = tuple(_key(w) if w not in ("-",) else w for w in value)
    changes["units"] = _Words({**changes["units"], **changes["unit_abbreviations"]})
    return replace(v, **changes)


def _sp(s: str) -> str:
    """A matched phrase with its hyphens and runs of spaces as single spaces."""
    if " " not in s and "-" not in s:
        return s
    return _SPACES.sub(" ", s.replace("-", " ")).strip()


def _unknown(text: str) -> str:
    return (
        f"cannot resolve {text!r}: expected a date phrase such as '18 September 2023', "
        "'last week', 'in March', 'three days ago', 'since the end of last year' or EDTF"
    )


def _number(s: str, v: Vocabulary) -> int | None:
    s = _sp(s)
    if s.isdigit():
        return int(s)
    if s in v.numbers:
        return v.numbers[s]
    total = 0
    for w in s.split(" "):
        if w in v.number_joiners and total:
            continue  # "vinte e nove", "treinta y uno"
        if w not in v.numbers:
            return None
        n = v.numbers[w]
        total = total * n if n == 100 else total + n
    return total or None


def _words_year(s: str, v: Vocabulary) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001."""
    words = _sp(s).replace(" and ", " ").split(" ")
    if not words or any(w not in v.numbers and w != "thousand" for w in words):
        return None
    if "thousand" in words:
        i = words.index("thousand")
        head = _number(" ".join(words[:i]), v)
        tail = _number(" ".join(words[i + 1 :]), v) if words[i + 1 :] else 0
        if head is None or tail is None:
            return None
        y = head * 1000 + tail
    else:
        if len(words) < 2:
            return None
        head = v.numbers.get(words[0])
        rest = words[1:]
        if rest and rest[0] == "hundred":
            rest = rest[1:]
        tail = _number(" ".join(rest), v) if rest else 0
        if head is None or tail is None or not 10 <= head <= 20 or tail >= 100:
            return None
        y = head * 100 + tail
    return y if 1000 <= y <= 2999 else None


def _date(y: int, m: int, d: int, text: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        if not 1 <= m <= 12:
            raise _Fail(f"{text}: there is no month {m}") from None
        raise _Fail(f"{MONTH_NAMES[m]} {y} has no day {d}") from None


def _nearest_date(ref: date, mo: int, n: int, text: str, *, future: bool) -> date:
    """Day ``n`` of month ``mo`` in the year nearest ``ref`` that has it (looking forward
    only when ``future``): "February 29" from 1 March 2024, forward, is 29 February 2028."""
    years = range(ref.year, ref.year + 9) if future else range(ref.year - 8, ref.year + 9)
    cands = [x for y in years if 0 < y < 10000 for x in [_maybe(y, mo, n)] if x]
    if future:
        cands = [x for x in cands if x >= ref]
    if not cands:
        _date(ref.year, mo, n, text)  # raises: "February 2023 has no day 30"
        raise _Fail(f"{text}: no such day near {ref.year}")
    return min(cands, key=lambda x: (abs((x - ref).days), x > ref))


def _maybe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_day_number(n: int, ref: date) -> date | None:
    """Day ``n`` of the month before, of or after the reference's: the nearest that exists."""
    best: date | None = None
    for k in (-1, 0, 1):
        y, mo = add_months(ref.year, ref.month, k)
        try:
            cand = date(y, mo, n)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


_DAY_WORD_NOTES = {
    0: "the reference day",
    -1: "the day before the reference",
    1: "the day after the reference",
}


def _day_word_note(n: int) -> str:
    note = _DAY_WORD_NOTES.get(n)
    return (
        note
        if note is not None
        else f"{abs(n)} days {'before' if n < 0 else 'after'} the reference"
    )


def _year_word(off: int) -> str:
    return {-1: "last year", 0: "this year", 1: "next year"}.get(off, f"{off:+d} years")


def _season_holding(d: date, south: bool) -> FuzzyDate:
    for y in (d.year, d.year - 1):
        for code in SEASONS:
            s = FuzzyDate.season(y, code, south=south)
            if s.earliest <= d <= s.latest:
                return s
    raise DateError(f"no season holds {d}")  # pragma: no cover - every day lies in a season


def _unit_at(unit: str, ref: date, off: int, south: bool) -> FuzzyDate | None:
    """The unit holding ``ref``, moved ``off`` units."""
    if unit == "day":
        return FuzzyDate.day(ref + timedelta(days=off))
    if unit in ("week", "fortnight"):
        y, w, _ = (ref + timedelta(weeks=off)).isocalendar()
        return FuzzyDate.week(y, w)
    if unit == "weekend":
        y, w, _ = (ref + timedelta(weeks=off)).isocalendar()
        return FuzzyDate.weekend(y, w)
    if unit == "month":
        y, m = add_months(ref.year, ref.month, off)
        return FuzzyDate.month(y, m)
    if unit == "quarter":
        y, m = add_months(ref.year, ref.month, 3 * off)
        return FuzzyDate.quarter(y, (m + 2) // 3)
    if unit == "half":
        y, m = add_months(ref.year, ref.month, 6 * off)
        return FuzzyDate.half(y, 1 if m < 7 else 2)
    if unit == "season":
        s = _season_holding(ref, south)
        y, m = add_months(s.earliest.year, s.earliest.month, 3 * off)
        return _season_holding(date(y, m, 1), south)
    if unit == "year":
        return FuzzyDate.year(ref.year + off)
    if unit == "decade":
        return FuzzyDate.decade(ref.year + 10 * off)
    if unit == "century":
        return FuzzyDate.century(ref.year + 100 * off)
    return None


def _with_part(inner: _Point, part: Part, word: str) -> _Point:
    assert inner.date is not None
    d = inner.date
    note = f"{inner.note}; the {part.value} part of it".lstrip("; ")
    if (
        d.precision
        in (Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.DECADE, Precision.CENTURY)
        and d.part is None
    ):
        return _Point(inner.rule + "+part", d.narrow(part), note, warnings=inner.warnings)
    # seasons, quarters, days: the part is kept as a TimeML mod only
    return _Point(inner.rule + "+part", d, note, mod=part.mod, warnings=inner.warnings)


def _set(m: re.Match[str], v: Vocabulary) -> _Point:
    u = m.group("u")
    n = _number(m.group("n"), v) if m.group("n") else 1
    if u in v.weekdays:
        timex = f"XXXX-WXX-{v.weekdays[u] + 1}"
    elif u in v.seasons:
        timex = f"XXXX-{v.seasons[u]}"
    else:
        unit = v.units[u]
        timex = f"P{(n or 1) * _UNIT_MULT.get(unit, 1)}{_TIMEML_UNIT[unit]}"
    return _Point("set", None, "a recurring time", timex=timex, type="SET")


def _original(part: str, ctx: _Ctx) -> str:
    """``part`` of the normalised phrase as the user wrote it (for messages)."""
    i = ctx.text.lower().find(part)
    return ctx.text[i : i + len(part)] if i >= 0 else part


def _find_anchor(name: str, anchors: Mapping[str, Span] | None) -> Span | None:
    """The span of the event ``name`` (case and a leading "the" aside): a direct lookup
    first, then one pass over the names."""
    if not anchors:
        return None
    want = name.lower().strip()
    bare = want.removeprefix("the ")
    for key in (name, want, bare, "the " + bare):
        span = anchors.get(key)
        if span is not None:
            return span
    for k, span in anchors.items():
        key = k.lower()
        if key == want or key.removeprefix("the ") == bare:
            return span
    return None


def _point_resolution(text: str, ref: date, p: _Point) -> Resolution:
    res = _point_reading(text, ref, p)
    if p.alts:
        res.alternatives = tuple(
            Alternative(_point_reading(text, ref, q), why) for q, why in p.alts
        )
    return res


def _point_reading(text: str, ref: date, p: _Point) -> Resolution:
    d = p.date
    if p.window is not None:
        lo, hi = p.window
        return Resolution(
            text=text,
            reference=ref,
            rule=p.rule,
            start=lo,
            end=hi,
            timex=p.timex,
            mod=p.mod,
            earliest=lo.earliest,
            latest=hi.latest,
            type=p.type,
            note=p.note or _REF_NOTES.get(p.timex or "", ""),
            warnings=p.warnings,
        )
    if d is None:
        timex = p.timex
        start = end = None
        if timex == "PRESENT_REF":
            start = end = FuzzyDate.day(ref)
        elif timex == "PAST_REF":
            end = FuzzyDate.day(ref)
        elif timex == "FUTURE_REF":
            start = FuzzyDate.day(ref)
        return Resolution(
            text=text,
            reference=ref,
            rule=p.rule,
            start=start,
            end=end,
            timex=timex,
            mod=p.mod,
            earliest=start.earliest if start is not None else None,
            latest=end.latest if end is not None else None,
            type=p.type,
            note=p.note or _REF_NOTES.get(timex or "", ""),
            warnings=p.warnings,
        )
    return Resolution(
        text=text,
        reference=ref,
        rule=p.rule,
        start=d,
        end=d,
        timex=p.timex,
        mod=p.mod,
        earliest=d.earliest,
        latest=d.latest,
        type=p.type,
        note=p.note,
        warnings=p.warnings,
    )


_NUMERIC_RE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?"
    r"|(?P<y4>\d{4})/(?P<m4>\d{1,2})/(?P<d4>\d{1,2})|(?P<mm>\d{1,2})/(?P<yy>\d{4})"
)
# "09/2012": a month and year, not an EDTF interval from the year 900
_MONTH_YEAR_SLASH = re.compile(r"(0?[1-9]|1[0-2])/\d{4}")


def _numeric_date(m: re.Match[str], ref: date, *, day_first: bool, future: bool) -> _Point | None:
    """18/09/2023, 9/18/2023, 2023/09/18, 09/2012, 8/10: the pack's order where both
    numbers could be the month (English month first, with a warning; Portuguese and
    Spanish day first), else whichever order is possible. Without a year, the nearest
    such day."""
    if m.group("y4"):
        return _Point(
            "numeric-date",
            FuzzyDate.day(
                _date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")), m.group(0))
            ),
            "year/month/day",
        )
    if m.group("mm"):
        mo = int(m.group("mm"))
        if not 1 <= mo <= 12:
            return None
        return _Point("numeric-month", FuzzyDate.month(int(m.group("yy")), mo), "month/year")
    a, b = int(m.group("a")), int(m.group("b"))
    warnings: tuple[str, ...] = ()
    order = "day/month" if day_first else "month/day"
    if a > 12:
        day, month, note = a, b, "day/month: the first number is over 12"
    elif b > 12:
        day, month, note = b, a, "month/day: the second number is over 12"
    elif day_first:
        day, month, note = a, b, "day/month, as the language writes it"
    else:
        day, month, note = b, a, "month/day"
        if a != b:
            warnings = (
                f"{m.group(0)}: read month first ({MONTH_NAMES[a]} {b}); day first would be {b} {MONTH_NAMES[b]}",
            )
    if m.group("y") is None:
        if m.group("sep") != "/" or not 1 <= month <= 12:
            return None  # "8.10" is a number, not a date
        d = _nearest_date(ref, month, day, m.group(0), future=future)
        p = _Point(
            "numeric-date",
            FuzzyDate.day(d),
            f"{order}, no year written: the nearest such date",
            warnings=warnings,
        )
    else:
        y = int(m.group("y"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        p = _Point(
            "numeric-date",
            FuzzyDate.day(_date(y, month, day, m.group(0))),
            note + "/year",
            warnings=warnings,
        )
        if a <= 12 and b <= 12 and a != b:  # either number could be the month
            other = FuzzyDate.day(_date(y, day, month, m.group(0)))
            why = (
                "month first (the pack reads numeric dates day first)"
                if day_first
                else ("day first (the pack reads numeric dates month first)")
            )
            p.alts = ((_Point("numeric-date", other, why), why),)
    return p


_YEAR_RANGE = re.compile(r"(\d{4})-(\d{2})")
_DAY_MON_YEAR_RE = re.compile(
    r"(?P<d>\d{1,2})-(?P<mon>[a-z]{3,9}\.?)-(?P<y>\d{4})"
    r"|(?P<y2>\d{4})\.(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})|(?P<y3>\d{4})(?P<m3>\d\d)(?P<d3>\d\d)"
)
_YEAR_SLASH = re.compile(r"(\d{4})\s*/\s*(\d{2})")
_EDTF_SHAPE = re.compile(r"\d{4}-(?:\d{2}(?:-\d{2})?|w\d{1,2}(?:-we)?|q\d|h\d)[~?%]?")
# tokens for the compound rules' gates: words, and "#" for any number
_TOKENS = re.compile(r"[a-z]+|\d+")
_GLUED = re.compile(r"\d[a-z]")
_NEXT_PREV = {
    "the next": 1,
    "next": 1,
    "the following": 1,
    "following": 1,
    "the previous": -1,
    "previous": -1,
}
_THIS_TIME_RE = re.compile(r"(?:this|that|the\s+same)\s+time\s+(?P<dir>last|next)\s+year")
_NTH_WEEK_RE = re.compile(
    r"(?:the\s+)?(?P<o>first|second|third|fourth|last|final)\s+(?P<w>week|days|few\s+days)\s+(?:of|in)\s+(?P<rest>.+)"
)
_QH_RE = re.compile(
    r"(?P<qh>[qh])(?P<n>[1-4])(?:\s+(?P<y>\d{4}))?|(?P<n2>[1-4])(?P<qh2>[qh])(?:\s+(?P<y2>\d{4}))?"
)
_ISO_DATETIME_RE = re.compile(
    r"(?P<rest>\d{4}-\d{2}-\d{2})[t\s](?P<h24>[01]\d|2[0-4]):(?P<m24>[0-5]\d)"
    r"(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?"
)
_WEEK_OF_RE = re.compile(
    r"(?:the\s+)?(?P<w>week|weekend)\s+(?:of|beginning|starting|commencing)\s+(?P<rest>.+)"
)

# movable feasts: days from Easter Sunday (a language's pack names them)
_EASTER_SHIFTS = {
    "easter": 0, "good-friday": -2, "easter-monday": 1, "carnival": -47, "corpus-christi": 60,
}  # fmt: skip

_YEAR_AGO_WORDS = frozenset(
    {"year-ago", "year-earlier", "year ago", "year earlier", "a year earlier"}
)

_REF_NOTES = {
    "PRESENT_REF": "the present, as of the reference",
    "PAST_REF": "some time before the reference",
    "FUTURE_REF": "some time after the reference",
}


def _one_sided(
    text: str, ref: date, a: _Point | None, b: _Point | None, rule: str, *, ongoing: bool = False
) -> Resolution:
    p = a if a is not None else b
    assert p is not None and p.date is not None
    warnings = (a.warnings if a else ()) + (b.warnings if b else ())
    return Resolution(
        text=text,
        reference=ref,
        rule=f"{rule}+{p.rule}",
        start=a.date if a is not None else None,
        end=b.date if b is not None else None,
        ongoing=ongoing,
        timex=p.timex,
        mod=p.mod,
        earliest=p.date.earliest,
        latest=p.date.latest,
        note=p.note,
        warnings=warnings,
    )


def _two_sided(text: str, ref: date, a: _Point, b: _Point) -> Resolution:
    assert a.date is not None and b.date is not None
    Span(a.date, b.date)  # raises if the range ends before it starts
    return Resolution(
        text=text,
        reference=ref,
        rule=f"range:{a.rule}..{b.rule}",
        start=a.date,
        end=b.date,
        earliest=a.date.earliest,
        latest=b.date.latest,
        warnings=a.warnings + b.warnings,
        note="; ".join(f"{k}: {n}" for k, n in (("start", a.note), ("end", b.note)) if n),
    )


def _span_resolution(text: str, ref: date, span: Span, rule: str, note: str) -> Resolution:
    return Resolution(
        text=text,
        reference=ref,
        rule=rule,
        start=span.start,
        end=span.end,
        ongoing=span.ongoing,
        timex=span.start.timex if span.is_point and span.start else None,
        earliest=span.earliest,
        latest=span.end.latest if span.end is not None else None,
        note=note,
    )


def resolve(
    text: str,
    reference: date,
    *,
    language: str = "en",
    prefer: str = "past",
    anchors: Mapping[str, Span] | None = None,
    strict: bool = False,
    south: bool = False,
    vocabulary: Vocabulary | None = None,
    **unknown: Any,
) -> Resolution:
    """Resolve a date phrase as news writes it against ``reference`` (the publication date).

    ``language`` names the pack the phrase is read with: ``"en"`` (default), ``"pt"`` or
    ``"es"`` (any other code is a ResolveError naming those). ``vocabulary`` passes a pack
    of one's own instead (a :class:`~eventdb.resolve.vocab.Vocabulary`).
    ``prefer`` is ``"past"`` (default) or ``"future"`` for bare weekdays, months and
    seasons; ``anchors`` maps event names to spans for phrases like "two days after the
    ICC warrant"; ``strict`` turns warnings into :class:`~eventdb.errors.ResolveError`;
    ``south`` names seasons for the southern hemisphere.

    Raises :class:`~eventdb.errors.ResolveError` (a ``ValueError``) quoting the text when it
    cannot be read; any other exception is a bug in the resolver, not bad input.

    >>> ref = date(2023, 9, 19)
    >>> r = resolve("since the end of last year", reference=ref)
    >>> r.timex, r.mod, r.start.label, r.end, r.ongoing
    ('2022', 'END', 'late 2022', None, True)
    >>> resolve("desde o fim do ano passado", reference=ref, language="pt").start.label
    'late 2022'
    >>> resolve("Monday (19)", reference=ref).warnings
    ('Monday (19): 19 September 2023 is a Tuesday',)
    >>> resolve("30 February 2023", reference=ref)
    Traceback (most recent call last):
    ...
    eventdb.errors.ResolveError: cannot resolve '30 February 2023': February 2023 has no day 30
    """
    if unknown:
        raise ResolveError(f"resolve() got unexpected options: {', '.join(sorted(unknown))}")
    if not isinstance(language, str):
        raise ResolveError(f"language must be a code such as 'en', got {language!r}")
    g = _grammar_for(vocabulary or load(language))
    try:
        return g.resolve(
            text, reference, prefer=prefer, anchors=anchors, strict=strict, south=south
        )
    except (ValueError, OverflowError) as e:
        if isinstance(e, (ResolveError, AmbiguityWarningError)):
            raise
        # a date past the calendar's ends ("in 9000 years" from 2023) is out of range,
        # which is the phrase's fault, not the resolver's
        raise ResolveError(f"cannot resolve {text!r}: {e}") from None


_GRAMMARS: dict[int, tuple[Vocabulary, Grammar]] = {}


def _grammar_for(v: Vocabulary) -> Grammar:
    """The grammar of a vocabulary, compiled on first use (not at import: the CLI's
    ``--help`` should not pay for patterns it never matches)."""
    entry = _GRAMMARS.get(id(v))
    if entry is None or entry[0] is not v:
        entry = _GRAMMARS[id(v)] = (v, Grammar(v))
    g = entry[1]
    return g
