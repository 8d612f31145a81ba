"""The resolver's grammar: phrase in, :class:`Resolution` out.

The grammar compiles one language pack's patterns and dispatches a phrase to the rules
that can read it; the rules themselves live by family, written once for every language:

- ``families/dates.py``: absolute dates in every order and numeric form, months, years;
- ``families/weekdays.py``: weekdays, with a direction, a day number or a date;
- ``families/relative.py``: this/last/next units, N units ago or from now, windows,
  vague stretches, durations;
- ``families/periods.py``: quarters, halves, seasons, decades, centuries;
- ``families/parts.py``: parts of any unit, units cut at the reference, approximations;
- ``families/holidays.py`` and ``families/clock.py``: holidays; clock times, parts of days;
- ``compose.py``: composition over what the families read (ranges, offsets from a point
  or an anchor, names with a trailing direction, EDTF text).

A phrase is normalised (case, accents, quotes, dashes, spacing), read whole if the pack
lists it, as EDTF, split into a range if it is one, and otherwise read by the point rules
its first word can open (an index built from the pack's tables), then by the compound
rules its words can open (each rule indexed by its words). docs/resolver.md gives the
ranking between readings and every convention: weeks are ISO weeks; a bare weekday is the
most recent on or before the reference, a bare month too unless it is one of the next
three (``prefer="future"`` flips both; "next", "last" win); a month and day without a year
is the nearest such date; "N units ago" keeps the unit's precision; seasons are
meteorological and northern unless ``south=True``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from ..dates import FuzzyDate, Span
from ..errors import AmbiguityWarningError, DateError, ResolveError
from .calendar import (
    _FEW,
    _TIMEML_UNIT,
    _count,
    _day_word_note,
    _full_year,
    _nearest_day_number,
    _rolling,
)
from .compose import CompositionRules
from .core import _Ctx, _Point, _Unknown
from .dispatch import ANY, first_words, required_words
from .families.clock import _ISO_DATETIME_RE, ClockRules
from .families.dates import _DAY_MON_YEAR_RE, _NUMERIC_RE, DateRules
from .families.holidays import HolidayRules
from .families.parts import PartRules
from .families.periods import (
    _YEAR_AGO_WORDS,
    PeriodRules,
    _qh_re,
)
from .families.relative import RelativeRules
from .families.weekdays import WeekdayRules
from .packs import _LOADED, load, pack_code, southern
from .readings import _point_resolution
from .result import Resolution
from .text import (
    _DIGIT,
    _FIRST_WORD,
    _GLUED,
    _TOKENS,
    _WORDS,
    _alt,
    _fold,
    _folded,
    _normalise,
    _unknown,
)
from .vocab import Vocabulary

__all__ = ["Grammar", "resolve"]

_new_ctx = tuple.__new__

# the longest phrase read: the longest date phrases news writes are under a hundred
# characters, and the rules that wrap another phrase nest once per word
_LONGEST = 240

_Rule = Callable[["Grammar", "re.Match[str]", _Ctx], "_Point | None"]


class Grammar(
    DateRules,
    WeekdayRules,
    RelativeRules,
    PeriodRules,
    PartRules,
    HolidayRules,
    ClockRules,
    CompositionRules,
):
    """Point and range rules compiled from one :class:`Vocabulary`.

    >>> g = Grammar(load("en"))
    >>> g.resolve("This Monday (18)", date(2023, 9, 19)).timex
    '2023-09-18'
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.pack = vocab
        self.v = v = _folded(vocab)
        # the article some forms open with ("the week after next"), and what may stand
        # before a form at all: an article or a filler ("in", "no", "en")
        art = _alt(v.articles)
        fill = _alt([*v.articles, *v.fillers])
        # business news' reporting periods ("quarter", "period")
        periods = _alt(v.reporting_periods)

        def units_of(*kinds: str, plural: bool | None = None) -> list[str]:
            """The pack's words for units of these kinds: singular only (``plural=False``),
            plural only (``True``), or both."""
            return [
                w
                for w, u in v.units.items()
                if u in kinds and (plural is None or (w in v.plurals) == plural)
            ]

        # the pack's words for a year, singular ("year", "ano", "año")
        year_units = _alt(units_of("year", plural=False))
        mon = rf"(?P<m>{_alt(v.months)})\.?"
        wd = rf"(?P<wd>{_alt(v.weekdays)})\.?"
        join = rf"(?:(?:{_alt(v.number_joiners)})\s+)?"  # "vinte e nove", "treinta y uno"
        num = rf"(?P<n>\d{{1,3}}(?:[.,]5(?!\d))?|(?:{_alt(v.numbers)})(?:[\s-]+{join}(?:{_alt(v.numbers)}))*)"
        unit = rf"(?P<u>{_alt(v.units)})"
        # a count of units, maybe with a half ("one and a half years", "a year and a
        # half", "um ano e meio", "2.5 years") or more units after it ("2 weeks 3 days",
        # "two years and three months", "+2 months, 5 days")
        half = _alt(v.halves)
        # (not a "half" unit: "and a half" halves the first unit, it is no six months)
        one_more = rf"(?:\d{{1,3}}|{_alt(v.numbers)})\s+(?:{_alt(w for w, u in v.units.items() if u != 'half')})"
        # "meio ano", "media hora", "half a year": half of one unit, before it
        half_a = rf"(?P<ha>{_alt(v.half_a)})"
        qty = (
            rf"(?:{num}(?:\s+(?P<nh>{half}))?|{half_a})\s+{unit}(?:\s+(?P<half>{half}))?"
            rf"(?P<more>(?:(?:\s*,\s*|\s+)(?:(?:{_alt(v.range_and)})\s+)?{one_more})+)?"
        )
        # the same, its count left out ("há anos", "hace décadas": some time before)
        qty_opt = (
            rf"(?:(?:{num}(?:\s+(?P<nh>{half}))?|{half_a})\s+)?{unit}(?:\s+(?P<half>{half}))?"
            rf"(?P<more>(?:(?:\s*,\s*|\s+)(?:(?:{_alt(v.range_and)})\s+)?{one_more})+)?"
        )
        self.more_re = re.compile(rf"(?P<n>\d{{1,3}}|{_alt(v.numbers)})\s+{unit}")
        dirn = rf"(?P<dir>{_alt(v.directions)})"
        seas = rf"(?P<s>{_alt(v.seasons)})"
        sfx = _alt(v.ordinal_suffixes)
        ordn = rf"(?P<o>\d+(?:{sfx})|{_alt(k for k, n in v.ordinals.items() if n > 0)})"
        day = rf"(?P<d>\d{{1,2}})(?:{sfx})?"
        # a day in words: an ordinal ("the eighth"), or where the pack says so a cardinal
        # ("vinte e nove de setembro", "dos de julio")
        words_n = _alt(w for w, n in v.numbers.items() if 1 <= n <= 31)
        cardinal = (
            rf"|(?P<dc>(?:{words_n})(?:\s+(?:{_alt(v.number_joiners)})\s+(?:{words_n}))?)"
            if v.cardinal_days
            else ""
        )
        dayw = rf"(?:{day}|(?P<dw>{_alt(k for k, n in v.ordinals.items() if n > 0)}){cardinal})"
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
        of = f"(?:{_alt(v.of_words)})"
        rel_year = rf"(?P<ry>{_alt(v.directions)})[\s-]+years?"
        approx = _alt(v.approximators + v.count_approximators)
        moving_dirs = _alt(d for d, k in v.directions.items() if k)
        this_dirs = _alt(d for d, k in v.directions.items() if not k)  # "este 5 de octubre"
        # Ranges, from the vocabulary's range words: since X; until X; X or later; began X
        # (and runs until Y); from X (to Y); between X and Y; X-Y.
        began = set(v.range_began)
        seps = rf"(?:\s*-\s*|\s+(?:{_alt(w for w in v.range_to if w.isalpha())})\s+)"
        opens = _alt([*v.range_since, *(w for w in v.range_from if w not in began)])
        hmarks = _alt(k for k, add in v.clock_marks.items() if add is None)  # "h", "horas"
        # the part of the day after an hour ("5 da tarde", "5 de la tarde")
        hour_part = (
            rf"\s+(?:{_alt([*v.of_words, *v.day_part_joiners])})\s+(?:{_alt(v.day_parts)})(?![a-z])"
        )
        self.range_re = re.compile(
            # "2020 onwards", "from 2020 onward", "de 2020 em diante", "de 2020 para cá"
            rf"(?:(?:{opens})\s+)?(?P<beyond_x>.+?)\s+(?:{_alt(v.range_onward)})"
            rf"|(?:{_alt(v.range_since)})\s+(?P<since_x>.+)"
            rf"|(?:{_alt(v.range_until)})\s+(?P<until_x>.+)"
            rf"|(?:{_alt(v.range_before)})\s+(?P<before_x>.+)"
            rf"|(?:{_alt(v.range_after)})\s+(?P<after_x>.+)"
            rf"|(?:{_alt(v.range_began)})\s+(?P<began_x>.+?)"
            rf"(?:\s*,?\s+(?:{_alt(v.range_and)})\s+(?:{_alt(v.range_runs)})\s+(?P<began_y>.+))?"
            # "das 8h às 18h", "de 9 a 17 horas", "de 8:00 a 14:00": hours, the end marked
            rf"|(?:{_alt(w for w in v.range_from if w not in began)})\s+(?P<hours_x>\d{{1,2}}(?:[:h.]\d\d|\s*(?:{hmarks}))?)"
            rf"\s+(?:{_alt([*(w for w in v.range_to if w.isalpha()), *v.clock_at])})\s+"
            rf"(?P<hours_y>\d{{1,2}}(?:(?:[:h]\d\d|\s*(?:{hmarks}))(?![a-z\d])|(?={hour_part})).*)"
            rf"|(?:{_alt(w for w in v.range_from if w not in began)})\s+(?P<from_x>.+?)(?:{seps}(?P<from_y>.+))?"
            rf"|(?:{_alt(v.range_between)})\s+(?P<btw_x>.+?)\s+(?:{_alt(v.range_and)})\s+(?P<btw_y>.+)"
            # "nos dias 7 e 8 de outubro", "el 7, 8 y 9 de octubre": days listed, first to last
            rf"|(?:(?:{_alt([*v.fillers, *v.day_nouns])})\s+)*(?P<pair_x>\d{{1,2}})(?:{_alt(v.ordinal_suffixes)})?"
            rf"(?:\s*,\s*\d{{1,2}}(?:{_alt(v.ordinal_suffixes)})?)*\s+(?:{_alt(v.range_and)})\s+(?P<pair_y>\d{{1,2}}\D.*)"
            rf"|(?P<dash_x>[^-]+?){seps}(?P<dash_y>[^-]+)"
        )
        # the joining words a phrase may open with ("de manhã": of, not from, the morning)
        self.of_starts = tuple(w + " " for w in v.of_words)
        # "no período de 18 a 22 de setembro": words that only name the range a stretch
        self.range_lead_starts = tuple(w + " " for w in v.range_leads)
        # the openers of a start read forward when no end follows ("a partir de segunda")
        self.ahead_starts = tuple(w + " " for w in v.range_from_ahead)
        # a side of a range of hours: the hour, maybe its joining word and mark, and what
        # follows it ("às 5 da tarde de amanhã"), which the other side may share
        self.hour_side_re = re.compile(
            rf"(?P<at>(?:{_alt(v.clock_at)})\s+)?(?P<h>[01]?\d|2[0-4])(?P<mi>[:h.][0-5]\d)?"
            rf"(?P<mk>\s*(?:{hmarks}))?(?![a-z\d:])(?P<tail>\s+.+)?"
        )
        self.hour_part_re = re.compile(hour_part)
        # sides with hyphens of their own ("mid-2019 to early 2020"): split at a word only
        self.word_split_re = re.compile(
            rf"(?P<x>.+?)\s+(?:{_alt(w for w in v.range_to if w.isalpha())})\s+(?P<y>.+)"
        )
        # "over the past year": a window of one unit ending on the reference
        self.window_lead_re = re.compile(
            rf"(?:{_alt(v.window_leads)})\s+(?:(?:{fill})\s+)?(?P<lead>{moving_dirs})\s+{unit}"
        )
        # what joins a part to its whole: "of", "in", "de", "en" (the week of / in May)
        in_of = _alt([*v.of_words, *(w for w in v.within if w in v.fillers)])
        # "the first week of September", "a primeira semana de setembro", "the last days
        # of 2022": a week (the ISO week holding the Thursday) or the first or last days
        week_words = units_of("week", plural=False)
        day_plurals = units_of("day", plural=True)
        # "a segunda quinzena de agosto": the days 16 to the end
        week_words += units_of("fortnight", "weekend", plural=False)
        self.nth_week_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?P<o>{_alt(v.ordinals)}|\d(?:{sfx}))\s+"
            rf"(?P<w>{_alt(week_words + day_plurals)}|(?:{_alt(v.vague)})\s+(?:{_alt(day_plurals)}))\s+(?:{in_of})\s+(?P<rest>.+)"
        )
        # "the first three months of 2023", "os três primeiros meses do ano", "las últimas
        # dos semanas de agosto": a count of units from the start (or the end) of a period
        ends = _alt(w for w, k in v.ordinals.items() if k in (1, -1))
        counted = _alt(units_of("day", "week", "month", "quarter", plural=True))
        self.first_n_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?:{num.replace('P<n>', 'P<n1>')}\s+)?"
            rf"(?P<o>{ends})\s+(?:{num.replace('P<n>', 'P<n2>')}\s+)?(?P<u>{counted})"
            rf"\s+(?:{in_of})\s+(?P<rest>.+)"
        )
        # "three days after the invasion", "dois dias depois do natal", "the day before
        # Christmas": a count of units before or after an anchor or a day
        anchor_units = _alt(units_of("day", "week", "month", "year"))
        anchor_unit1 = _alt(units_of("day", "week", "month", "year", plural=False))
        self.anchor_re = re.compile(
            rf"(?:{num}\s+(?P<u>{anchor_units})|(?:(?:{fill})\s+)?(?P<u1>{anchor_unit1}))\s+"
            rf"(?P<way>{_alt([*v.anchor_after, *v.anchor_before])})\s+(?P<name>.+)"
        )
        # "the eve of the election", "a véspera do Natal": the day before an event or day
        self.eve_re = re.compile(rf"(?:{_alt(v.eve_words)})\s+(?P<name>.+)")
        # "the first day of next month", "o último dia do ano": a day counted in a unit
        day_units = _alt(units_of("day", plural=False))
        # without the day noun, a day of a month: "the 5th of next month", "o dia 5 do mês
        # que vem" (its "dia" is dropped before the rules), "el 5 del próximo mes"
        self.nth_day_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?P<o>{_alt(v.ordinals)}|\d{{1,3}}(?:{sfx}){'?' if v.cardinal_days else ''})\s+"
            rf"(?:(?P<dn>{day_units})\s+)?(?:{in_of})\s+(?P<rest>.+)"
        )
        # "the year 2000", "o ano de 1998": a year named with its unit word
        self.named_year_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?:{year_units})\s+(?:(?:{_alt(v.of_words)})\s+)?(?P<y>\d{{3,4}})"
        )
        # "the month of August", "o mês de agosto", "el año de dos mil veinte": a month or
        # year named with its unit word first
        named_units = units_of("month", "year", plural=False)
        self.unit_of_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?:(?P<dir>{_alt(v.directions)})\s+)?"
            rf"(?P<u>{_alt(named_units)})\s+(?:{of})\s+(?P<rest>.+)"
        )
        # "week 31", "the week 31 of 2023", "semana 31": an ISO week by its number
        self.iso_week_re = re.compile(
            rf"(?:(?:{art})\s+)?(?:{_alt(units_of('week', plural=False))})"
            rf"\s+(?:#\s*|n[o.]\s*)?(?P<w>\d{{1,2}})(?:\s*(?:,|{_alt(v.of_words)})?\s+(?P<y>\d{{4}}))?"
        )
        # "two years ago this month", "a week ago Friday": a point moved by a count
        self.ago_point_re = re.compile(
            rf"{num}\s+{unit}\s+(?P<way>{_alt(v.ago + v.later)})\s+(?P<rest>.+)"
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
                v.range_before,
                v.range_after,
            )
            for phrase in t
            for w in _WORDS.findall(phrase)
        )
        # day words that open with a range word ("antes de ayer", "depois de amanhã"): no
        # "before"/"after" range when the phrase opens with one ("antes de ayer a las 8")
        self.range_day_words = tuple(
            w + " " for w in v.day_words if not self.range_words.isdisjoint(_WORDS.findall(w))
        )
        # "nos dias 7 e 8": a list of days is tried as a range only when a number is written
        self.and_words = frozenset(w for phrase in v.range_and for w in _WORDS.findall(phrase))
        so_far = _alt(v.so_far)
        self.so_far_re = re.compile(
            rf"(?:{so_far})[\s,]+(?P<rest>.+)|(?P<rest2>.+?)[\s-]+(?:{so_far})"
        )
        # the so-far words a phrase can end with, spaces and hyphens alike ("to date")
        self.so_far_tails = tuple({w.replace(" ", sep) for w in v.so_far for sep in (" ", "-")})
        self.rest_of_re = re.compile(rf"(?:{_alt(v.rest_of)})\s+(?P<rest>.+)")
        self.approx_re = re.compile(rf"(?:{approx})\s+(?P<rest>.+)")
        self.or_so_re = re.compile(rf"(?P<rest>.+?)\s+(?:{_alt(v.or_so)})(?P<tail>\s+\w+)?")
        parts = _alt([*v.parts, *v.part_phrases])
        self.part_re = re.compile(rf"(?P<p>{parts})(?:[\s-]+|-)(?:(?:{in_of})\s+)?(?P<rest>.+)")
        self.ago_re = re.compile(
            rf"(?:(?P<q>{approx})\s+)?{qty}\s+(?P<way>{_alt(v.ago + v.later)})"
        )
        # "hace apenas tres días", "em apenas dois dias": words before the count that
        # change nothing
        lead = rf"(?:(?:{_alt(v.count_leads)})\s+)?"
        self.in_n_re = re.compile(
            rf"(?:{_alt(v.within)})\s+{lead}(?:(?P<q>{approx})\s+)?{qty}(?:'?s?'?\s+(?:{_alt(v.in_time)}))?"
        )
        self.within_starts = tuple(w + " " for w in v.within)
        self.window_within_firsts = frozenset(w.partition(" ")[0] for w in v.window_within)
        self.window_within_starts = tuple(w + " " for w in v.window_within)
        # the pack's plainest word for "the last one" ("last", "ultimo", "pasado")
        self.back_word = min(
            (w for w, k in v.directions.items() if k == -1 and " " not in w),
            key=lambda w: (len(w), w),
        )
        # and for "the next one" ("next", "proxima"): "a partir do dia 5" is the next 5th
        self.ahead_word = min(
            (w for w, k in v.directions.items() if k == 1 and " " not in w),
            key=lambda w: (len(w), w),
        )
        self.window_lead_firsts = frozenset(w.partition(" ")[0] for w in v.window_leads)
        self.ago_before_starts = tuple(w + " " for w in v.ago_before)
        self.later_before_starts = tuple(w + " " for w in v.later_before)
        # "after a year", "depois de um ano", "después de un año": the connector first
        self.later_before_re = re.compile(
            rf"(?:{_alt(v.later_before)})\s+(?:(?P<q>{approx})\s+)?{qty}"
        )
        # "+2 months", "-3y": a signed count of units from the reference
        self.signed_re = re.compile(
            rf"(?P<sign>[+-])\s*{num}\s*{unit}(?P<more>(?:(?:\s*,\s*|\s+)(?:(?:{_alt(v.range_and)})\s+)?{one_more})+)?"
        )
        # a number glued to a month or a short unit ("15Sep", "3w", "3mo"): split apart
        glued = _alt([*v.months, *v.unit_abbreviations])
        self.glue_re = re.compile(rf"(?<=\d)(?=(?:{glued})\b)")
        # "há três dias", "hace tres días": the connector before the count
        self.ago_before_re = re.compile(
            rf"(?:{_alt(v.ago_before)})\s+{lead}(?:(?P<q>{approx})\s+)?{qty_opt}"
            rf"(?:\s+(?:{_alt(v.ago)}))?"  # "há 3 dias atrás": the two ways of saying it at once
        )
        # "for three weeks" (a duration), "the past two weeks", "next 2 days", "within a
        # month" (a duration over a window that ends or starts on the reference)
        moving = _alt([*(d for d, k in v.directions.items() if k), *v.window_within])
        self.duration_re = re.compile(
            rf"(?:(?:{_alt(v.duration_for)})\s+|(?:(?:{art})\s+)?(?P<lead>{moving})\s+)?"
            rf"(?:(?:{approx})\s+)?{num}[\s-]+(?:(?P<lead2>{moving})\s+)?{unit}(?:'s)?"
            rf"(?:\s+(?P<lead3>{moving}))?"
        )  # "os dois últimos anos", "los tres días anteriores": the direction after
        weekends = _alt(units_of("weekend", plural=True))
        self.set_re = re.compile(
            rf"(?:{_alt(v.every)})\s+(?:(?P<n>\d+|{_alt(v.numbers)})\s+)?(?P<u>{_alt(v.units)}|{_alt(v.seasons)}|{_alt(v.weekdays)}|{_alt(v.weekday_plurals)})"
            rf"|(?:{_alt(v.set_leads)})\s+(?:(?P<wp>{_alt(v.weekday_plurals)})|(?P<u2>{weekends}))"
        )
        # "once a week", "uma vez por semana", "dos veces al año": how often, a set
        unit1 = _alt(w for w in v.units if w not in v.plurals)
        self.freq_re = re.compile(
            rf"(?:{num}\s+)?(?:{_alt(v.times_words)})\s+(?:{_alt(v.per_words)})\s+(?P<u>{unit1})"
        )
        # "no trimestre encerrado em agosto", "los 12 meses terminados en junio": a stretch of
        # units that ends with the day or month the rest names
        ended = _alt(units_of("day", "week", "month", "quarter", "half", "year"))
        self.ending_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?:{num}\s+)?(?P<u>{ended})\s+(?P<ew>{_alt(v.ending_words)})\s+(?P<rest>.+)"
        )
        # "o ano passado todo", "el año entero": the unit, the word after it only saying all
        self.whole_after_re = re.compile(rf"(?P<rest>.+?)\s+(?:{_alt(v.whole_after)})")
        # "hoje (19)", "amanhã (20)": a day with its number in brackets, which it must match
        self.day_check_re = re.compile(r"(?P<rest>.+?)\s*\(\s*(?P<d>\d{1,2})\s*\)")
        yago = _alt(v.year_ago)
        ordq = _alt(k for k, n in v.ordinals.items() if n > 0)
        fisc = f"(?:{_alt(v.fiscal)})" if v.fiscal else "(?!)"  # "fiscal"
        fy = (
            f"(?:{fisc}\\s+(?:{year_units})|{_alt(v.fiscal_abbr)})"
            if v.fiscal_abbr
            else f"{fisc}\\s+(?:{year_units})"
        )
        self.fiscal_year_re = re.compile(
            rf"(?:(?:{art})\s+)?{fy}\s*'?(?P<y>\d{{4}}|\d{{2}})|(?:(?:{art})\s+)?(?P<y2>\d{{4}})\s+{fisc}\s+(?:{year_units})"
        )
        self.year_ago_re = re.compile(
            rf"(?:(?:{yago})[\s-]+)+(?:(?P<o>{ordq})[\s-]+)?(?:{fisc}[\s-]+)?(?:{periods})"
            rf"(?:\s+(?:{_alt(v.year_before)}))?"
            rf"|(?:{_alt(v.year_before_of)})\s+(?:(?P<o2>{ordq})[\s-]+)?(?:{periods})"
            rf"|(?:{periods})\s+(?:{_alt(v.year_before)})"
        )
        self.same_unit_re = re.compile(rf"(?:{_alt(v.same_words)})\s+(?:{unit}|{seas})")
        # a side of a range that is only a day of the month, maybe with the year
        self.day_only_re = re.compile(
            rf"(?:(?:{fill})\s+)?(?:(?:{_alt(v.day_nouns)})\s+)?{dayw}(?:,?\s+{year})?"
        )
        # weekday names written with a hyphen ("segunda-feira"): spelled with a space
        # before matching, so a dash inside a name never splits a range ("de segunda-feira
        # a sexta-feira")
        hyphened = [_fold(w.lower()) for w in (*vocab.weekdays, *vocab.weekday_plurals) if "-" in w]
        self.hyphened_re = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, hyphened))})\b") if hyphened else None
        )
        # a pack's contractions, spelled out before matching ("deste ano" -> "de este ano")
        self.contractions_re = (
            re.compile(rf"\b(?:{_alt(v.contractions)})\b") if v.contractions else None
        )
        self.month_days_re = re.compile(
            rf"{mon}\s+(?P<d1>\d{{1,2}})(?:{sfx})?\s*-\s*(?P<d2>\d{{1,2}})(?:{sfx})?(?:,?\s+{year})?"
        )
        dparts = _alt(v.day_parts)
        self.day_part_re = re.compile(
            rf"(?:(?:{_alt(v.day_part_adverbs)})\s+)?(?:(?:{_alt([*v.day_part_preps, *v.day_part_joiners])})\s+)?"
            rf"(?:(?:{_alt(v.day_part_parts)})[\s-]+)?(?P<dp>{dparts})(?:\s+(?:{_alt([*v.on_words, *v.of_words])})\s+(?P<rest>.+))?"
            rf"|(?P<rest2>.+?)\s+(?:(?:{_alt(v.day_part_joiners)})\s+)?(?:(?:{_alt(v.day_part_parts)})\s+)?(?P<dp2>{dparts})"
        )
        # a name with its direction after it ("segunda-feira passada", "sábado que vem",
        # "setembro passado", "Friday last"): read as the direction before the name
        # (a holiday's trailing direction is read by the holiday rule: families/holidays.py)
        names = _alt([*v.weekdays, *v.months, *v.seasons])
        self.trailing_dir_re = re.compile(
            rf"(?P<name>(?:{names})\.?|\d{{1,2}}(?:{sfx})?\s+(?:(?:{of})\s+)?{mon})\s+(?P<dir>{_alt(v.directions)})"
        )
        # "el pasado 18 de septiembre", "no último dia 18", "the coming 25th": a date
        # without a year, or a day of the month, on the side the direction says
        self.dir_date_re = re.compile(
            rf"(?P<dir>{moving_dirs})\s+(?:(?:{_alt(v.day_nouns)})\s+)?"
            rf"(?P<rest>\d{{1,2}}(?:{sfx})?(?:\s+.+|/\d{{1,2}})?|(?:{_alt(v.months)})\.?\s+\d{{1,2}}(?:{sfx})?)"
        )  # "el pasado 1/1": a numeric day and month too
        # "anos 90", "década de 1990", "los años ochenta", "século XX": a decade or century
        # named by a number (the tens in words too)
        tens = _alt(w for w, n in v.numbers.items() if 20 <= n <= 90 and n % 10 == 0)
        self.decade_words_re = re.compile(
            rf"(?:{_alt(v.decade_words)})\s+(?:(?P<y>\d{{4}}|\d0)|(?P<yw>{tens}))"
            rf"|(?:{_alt(v.century_words)})\s+(?P<c>[ivxl]+|\d{{1,2}})"
        )
        # "nas décadas de 1960 e 1970", "los años 80 y 90", "the 1980s and 1990s": a range
        # from the first decade to the last, the decade word written once
        dec = rf"(?:\d{{4}}|\d0|{tens})"
        dec_s = r"'?(?:\d\d)?\d0'?s"  # "1980s", "80s", "'80s"
        dec_and = _alt([*v.range_and, *(w for w in v.range_to if w.isalpha())])
        dec_lead = (
            rf"(?:(?:{_alt([*v.fillers, *v.articles, *v.range_from, *v.range_between])})\s+)*"
        )
        self.decade_list_re = re.compile(
            rf"{dec_lead}(?:(?:{_alt([*v.decade_words, *v.decade_plurals])})\s+(?P<a>{dec})"
            rf"(?:\s*,\s*{dec})*\s*,?\s+(?:{dec_and})\s+{dec_lead}"
            rf"(?:(?:{_alt(v.decade_words)})\s+)?(?P<b>{dec})"
            rf"|(?P<a2>{dec_s})(?:\s*,\s*{dec_s})*\s*,?\s+(?:{dec_and})\s+{dec_lead}(?P<b2>{dec_s}))"
        )
        # the same in words, which the range rules never see (no digit): "nos anos oitenta
        # e noventa", "los años setenta y ochenta"
        self.decade_words_list_re = re.compile(
            rf"(?:{_alt([*v.decade_words, *v.decade_plurals])})\s+(?P<a>{tens})"
            rf"(?:\s*,\s*(?:{tens}))*\s*,?\s+(?:{dec_and})\s+{dec_lead}"
            rf"(?:(?:{_alt(v.decade_words)})\s+)?(?P<b>{tens})"
        )
        self.day_number_re = re.compile(
            rf"(?:(?:{art})\s+)?(?P<d>\d{{1,2}})(?:{sfx})(?:\s+(?:{_alt(v.of_words)})\s+(?:(?:{art})\s+)?(?:{_alt(units_of('month'))}))?"
        )
        self.latest_q_re = re.compile(
            rf"(?:{_alt(v.latest_periods)})(?:\s+{fisc})?\s+(?:{periods})|(?P<y>\d{{4}})\s+(?:{periods})"
        )
        leads = _alt([*(d for d, k in v.directions.items() if k), *v.vague_leads])
        # "the coming weeks", "recent weeks and months" (two units joined: the longer counts)
        self.vague_re = re.compile(
            rf"(?:(?P<lead>{leads})\s+)?(?:(?P<vq>{_alt(v.vague)})\s+)?{unit}"
            rf"(?:\s+(?:{_alt(v.range_and)})\s+(?P<u2>{_alt(v.plurals)}))?"
            rf"(?:\s+(?P<way>{_alt(v.ago + v.later)})|\s+(?P<trail>{moving_dirs}))?"
        )  # "nos dias seguintes", "los meses pasados": the direction after the unit
        # "o feriadão", "el próximo fin de semana largo": the weekend they name, Saturday
        # to Monday (the weekend word the rule reads in their place: the pack's first)
        self.weekend_word = next(iter(units_of("weekend", plural=False)), "")
        # (names of one word and of several apart: the dispatch finds no gate word for
        # an alternation of both, "feriadao" or "fim de semana longo")
        self.long_weekend_res = tuple(
            re.compile(rf"(?P<pre>(?:.*?\s)?)(?P<lw>{_alt(ws)})(?P<post>(?:\s+.*)?)")
            for ws in (
                [w for w in v.long_weekends if " " not in w],
                [w for w in v.long_weekends if " " in w],
            )
            if ws
        )
        # "em julho e agosto", "nos anos de 2022 e 2023", "en marzo, abril y mayo": months or
        # years listed, first to last (the unit's plural and "of" may open the list)
        list_units = _alt(units_of("month", "year", plural=True))
        self.list_re = re.compile(
            rf"(?:(?:{list_units})\s+(?:{of})\s+)?(?P<a>[^,]+?)(?:\s*,\s*[^,]+?)*"
            rf"\s*,?\s+(?:{_alt(v.range_and)})\s+(?P<b>[^,]+)"
        )
        # "para el lunes", "para março": the date read forward
        self.ahead_lead_starts = tuple(w + " " for w in v.ahead_leads)
        self.ahead_lead_re = re.compile(rf"(?:{_alt(v.ahead_leads)})\s+(?P<rest>.+)")
        # "this time last year", "this day next year", "this time next week", "this time
        # tomorrow": the same day a unit away, or the day a day word names
        self.this_time_re = re.compile(
            rf"(?P<t>{_alt(v.this_time)})\s+(?:(?P<dir>{moving_dirs})\s+"
            rf"(?P<u>{_alt(units_of('week', 'month', 'year', plural=False))})"
            rf"|(?P<dw>{_alt(w for w in v.day_words if v.day_words[w] and w not in v.day_times)}))"
            # "amanhã a esta hora", "mañana a esta hora", "tomorrow at this time"
            rf"|(?P<dw2>{_alt(w for w in v.day_words if v.day_words[w] and w not in v.day_times)})"
            rf"\s+(?:{_alt(v.this_hour)})"
        )
        # "the week of September 11", "the weekend of the 16th": the week holding a day
        weeks = _alt(units_of("week", "weekend", plural=False))
        self.week_of_re = re.compile(
            rf"(?:(?:{art})\s+)?(?P<w>{weeks})\s+(?:{_alt(v.week_of)})\s+(?P<rest>.+)"
        )
        self.year_end_re = re.compile(
            rf"(?:(?P<dir>{_alt(v.directions)})\s+)?(?:{_alt(v.year_end)})"
        )
        # a clock time: "5 p.m.", "7:15 pm", "17:00", "noon", maybe with a time zone
        at = rf"(?:(?:{_alt(v.clock_at)})\s+)?" if v.clock_at else ""
        clock = (
            rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>{_alt(v.clock_marks)})(?!\d)"
            rf"|(?P<h24>[01]\d|2[0-4])[:h](?P<m24>[0-5]\d)(?::[0-5]\d)?(?:\s*(?:{_alt(v.clock_hours)}))?"
            # "9:30": a one-digit hour with its minutes, read as written with a warning
            r"|(?P<h1>\d):(?P<m1>[0-5]\d)(?![\d:])"
            + (
                rf"|(?P<cw>{_alt(v.clock_words)})(?:\s+(?P<cfr>{_alt(v.clock_fractions)}))?"
                if v.clock_words
                else ""
            )
            + ")"
            + (rf"(?:\s+(?:{_alt(v.time_zones)}))?" if v.time_zones else "")
        )
        on = rf"(?:(?:{_alt([*v.on_words, *v.of_words])})\s+)?"
        self.clock_first_re = re.compile(rf"{at}{clock}(?:\s*,?\s*{on}(?P<rest>.+))?")
        # "sábado, 3 de junio de 2023 - 10:00": a dateline's dash before the time too
        self.clock_last_re = re.compile(rf"(?P<rest>.+?)(?:\s*,|\s+-)?\s+{at}{clock}")
        # a bare hour needs its joining word after a day: "tonight at 9", "el lunes a las
        # 9", "hoy a las 18.30" (without "at", "9" is a number, not a time)
        # the hour in digits or words ("a la una", "às duas da tarde")
        vague_counts = {*v.vague, *v.count_approximators}  # "alguns", "unos": no hour
        hour_words = _alt(
            w for w, n in v.numbers.items() if 1 <= n <= 12 and len(w) > 2 and w not in vague_counts
        )
        bare = (
            rf"(?P<hb>[01]?\d|2[0-4]|{hour_words})(?:[.:h](?P<mb>[0-5]\d))?"
            rf"(?:\s+(?P<fr>{_alt(v.clock_fractions)}))?"  # "a las nueve y media"
        )
        joined = rf"(?:{_alt(v.clock_at)})\s+{bare}"
        # the part of the day a bare hour is in: "a las 6 de la tarde", "às 10 da noite"
        cpart = rf"(?:\s+(?:{_alt([*v.of_words, *v.day_part_joiners])})\s+(?P<cp>{dparts}))?"
        self.clock_bare_re = re.compile(rf"(?P<rest>.+?)\s*,?\s+{joined}{cpart}")
        # a bare hour after its joining word, first: "a las 18.30", "às 18h", "às 10 da
        # manhã de ontem", "at 9"
        marks = _alt(k for k, add in v.clock_marks.items() if add is None)
        self.clock_at_re = re.compile(
            rf"{joined}(?![\d:])(?:\s*(?:{marks}))?{cpart}(?:(?:\s*,\s*|\s+){on}(?P<rest>.+))?"
        )
        # clock times in words (families/clock.py): the minutes first ("half past three",
        # "ten to five", "cinco para as seis"), the hour first ("três e meia", "las cinco
        # menos diez"), or an hour in words with its mark ("five o'clock", "seven p.m.")
        min_words = _alt(w for w, n in v.numbers.items() if 1 <= n <= 59 and w not in vague_counts)
        minutes = (
            rf"(?P<wm>{_alt(v.clock_minute_words)}|\d{{1,2}}"
            rf"|(?:{min_words})(?:[\s-]+{join}(?:{min_words}))?)"
            rf"(?:\s+(?P<wmu>{_alt(v.clock_minute_units)}))?"
        )
        # "às nove horas e trinta minutos", "a las nueve horas y treinta minutos"
        hour_units = _alt(units_of("hour"))
        w_hour = rf"(?:(?P<wh>[01]?\d|2[0-4]|{hour_words})|(?P<wcw>{_alt(v.clock_words)}))"
        w_at = rf"(?:(?P<wat>{_alt(v.clock_at)})\s+)?"
        w_mark = rf"\s*(?P<wap>{_alt(v.clock_marks)})(?![a-z])"
        # the part of the day after it: "in the afternoon", "da manhã", "de la noche"
        in_words = [*v.of_words, *v.day_part_joiners, *(w for w in v.within if w in v.fillers)]
        w_part = rf"(?:\s+(?:(?:{_alt(in_words)})\s+)?(?:(?:{art})\s+)?(?P<cp>{dparts}))?"
        w_tail = rf"(?:{w_mark})?{w_part}"
        w_cores = [
            rf"{w_at}{minutes}[\s-]+(?:(?P<wpast>{_alt(v.clock_past)})|(?P<wto>{_alt(v.clock_to)}))\s+{w_hour}{w_tail}",
            rf"{w_at}{w_hour}(?:\s+(?:{hour_units}))?\s+(?:(?P<wand>{_alt(v.clock_and)})|(?P<wless>{_alt(v.clock_less)}))\s+{minutes}{w_tail}",
            rf"{w_at}(?P<wh>{hour_words})(?:[\s-]+(?P<wm>{min_words}))?{w_mark}{w_part}",
        ]
        self.clock_words_res = tuple(
            re.compile(pattern)
            for core in w_cores
            for pattern in (
                rf"{core}(?:(?:\s*,\s*|\s+){on}(?P<rest>.+))?",
                rf"(?P<rest>.+?)\s*,?\s+{core}",
            )
        )
        # half a unit: "half an hour ago", "in half an hour", "há meia hora", "hace media hora"
        half_u = rf"(?:(?P<q>{approx})\s+)?(?:{_alt(v.half_units)})[\s-]+(?P<u>{_alt(w for w in v.units if w not in v.plurals)})"
        self.half_offset_res = (
            re.compile(rf"{half_u}\s+(?P<way>{_alt(v.ago + v.later)})"),
            re.compile(rf"(?P<fwd>{_alt(v.within)})\s+{half_u}(?:'?s?'?\s+(?:{_alt(v.in_time)}))?"),
            re.compile(rf"(?:{_alt(v.ago_before)})\s+{half_u}(?:\s+(?:{_alt(v.ago)}))?"),
        )
        self.other_day_re = re.compile(rf"(?:{_alt(v.other_days)})")
        # the weekend around a holiday: "Memorial Day weekend", "o fim de semana de Páscoa",
        # "Memorial Day weekend last year"
        dirs_all = _alt(v.directions)
        rel_years = rf"(?:{dirs_all})[\s-]+(?:{year_units})|(?:{year_units})\s+(?:{dirs_all})"
        self.holiday_weekend_res = (
            re.compile(
                rf"(?:(?:{art})\s+)?(?P<hname>.+?)\s+(?:{_alt(v.holiday_weekend_after)})"
                rf"(?P<after>)(?:,?\s+(?:(?:{of})\s+)?(?P<hy>\d{{4}}|{rel_years}))?"
            ),
            re.compile(
                rf"(?:(?:{fill})\s+)?(?:{_alt(v.holiday_weekend_before)})\s+(?P<hname>.+?)"
                rf"(?P<after>(?!))?(?:,?\s+(?:(?:{of})\s+)?(?P<hy>\d{{4}}))?"
            ),
        )
        # a season over two years: "the 2023-24 season", "a temporada 2023/24"
        years2 = r"(?P<y1>\d{4})(?:\s*[-/]\s*(?P<y2>\d{4}|\d{2}))?"
        self.season_years_res = (
            # a league or words between ("the 2021-22 NBA season", "the 2019-20 Premier
            # League season")
            re.compile(
                rf"(?:(?:{art})\s+)?{years2}(?:\s+[a-z]+){{0,3}}?\s+(?:{_alt(v.season_after)})"
            ),
            re.compile(
                rf"(?:(?:{fill})\s+)?(?:{_alt(v.season_before)})\s+(?:(?:{of})\s+)?{years2}"
            ),
        )
        self.lead_firsts = frozenset(lead.partition(" ")[0] for lead in v.lead_ins)
        # forms that open with a word the fillers would drop, read before it is: "los
        # lunes", "os domingos" (sets), "a las 18.30", "às 18h" (clock times)
        # "el 15": a day number after its article alone (the article is a filler)
        self.day_article_re = re.compile(rf"(?:{_alt(v.day_articles)})\s+{day}")
        self.kept_firsts = frozenset(
            w.partition(" ")[0]
            for w in (
                *v.set_leads, *v.clock_at, *v.decade_words, *v.within, *v.ago_before,
                *v.other_days, *v.day_articles,
            )
        )  # fmt: skip
        self.kept_rules: tuple[tuple[re.Pattern[str], _Rule], ...] = (
            (self.set_re, Grammar._set_rule),
            (self.clock_at_re, Grammar._clock),
            *((pattern, Grammar._clock_words) for pattern in self.clock_words_res[::2]),
            *((pattern, Grammar._half_offset) for pattern in self.half_offset_res[1:]),
            (self.other_day_re, Grammar._other_day),  # "el otro día", not "otro día"
            (self.decade_words_re, Grammar._decade_words),
            (self.day_article_re, Grammar._day_number),
        )
        # the first words of every form _point_rules reads before the family rules
        self.opening_words = (
            frozenset(
                w.partition(" ")[0]
                for w in (*v.within, *v.ago_before, *v.later_before, *v.window_leads)
            )
            | self.lead_firsts
            | self.window_within_firsts
            | v.fillers
            | self.kept_firsts
        )
        # approximators whose first word is a filler ("at least"): not stripped as one
        self.filler_approx = tuple(
            a + " "
            for a in v.approximators + v.count_approximators
            if " " in a and a.partition(" ")[0] in v.fillers
        )
        # a weekday and the date or week that settles it: "Tuesday (Sept. 19)", "Tuesday
        # 11/3/2015", "Tuesday the 19th", "Friday next week", "next week Monday"
        self.weekday_date_re = re.compile(
            rf"(?:{dirn}\s+)?{wd},?\s*(?:\(\s*(?P<inner>[^()]+?)\s*\)|(?:{of}\s+)?(?P<inner2>.+))"
            rf"|(?P<inner3>.+?),?\s+(?:(?:{_alt(v.fillers)})\s+)?(?P<op>\(\s*)?(?P<wd2>{_alt(v.weekdays)})\.?(?(op)\s*\))"
        )
        self.two_away_re = re.compile(rf"(?:(?:{art})\s+)?{unit}\s+(?P<two>{_alt(v.two_away)})")
        self.offset_from_re = re.compile(
            rf"{num}\s+{unit}\s+(?:{_alt(v.offset_from)})\s+(?P<rest>.+)"
        )
        self.nth_weekday_re = re.compile(
            rf"(?:(?:{art})\s+)?(?P<o>{_alt(v.ordinals)}|[1-5](?:{sfx}))\s+{wd}\s+"
            rf"(?:{in_of})\s+(?P<rest>.+)"
        )
        era = _alt(v.eras)
        self.era_re = re.compile(
            rf"(?P<e1>{era})\s+(?P<y1>\d{{1,4}})|(?P<y2>\d{{1,4}})\s+(?P<e2>{era})"
        )
        numw = _alt(v.numbers)
        # the number words that name a century's first two digits ("nineteen" eighties)
        teens = _alt(w for w, n in v.numbers.items() if 10 <= n <= 20)
        rules: list[tuple[re.Pattern[str], _Rule]] = [
            # "Monday (18)", "nesta segunda-feira (18)", "este lunes 18"
            (
                re.compile(
                    rf"(?:{dirn}\s+)?{wd}(?:\s*\(\s*{day}\s*\)|,?\s+(?:(?:{_alt(v.day_nouns)})\s+)?(?P<d2>\d{{1,2}})(?:{sfx})?)"
                ),
                Grammar._weekday_daynum,
            ),
            (re.compile(rf"(?:{dirn}\s+)?{wd}"), Grammar._weekday),
            # "two Mondays from now", "three Fridays ago", "há dois sábados", "hace dos
            # lunes": the Nth such weekday from the reference
            (
                re.compile(
                    rf"(?:(?P<before>{_alt(v.ago_before + v.within)})\s+)?{num}\s+"
                    rf"(?P<wp>{_alt(v.weekday_plurals)})(?:\s+(?P<way>{_alt(v.ago + v.later)}))?"
                ),
                Grammar._weekday_count,
            ),
            # "the Monday after next", "Friday before last": the weekday two weeks away
            (
                re.compile(rf"(?:(?:{art})\s+)?{wd}\s+(?P<two>{_alt(v.two_away)})"),
                Grammar._weekday_two_away,
            ),
            (
                re.compile(
                    # not "jan/24", "ago/23": a month, a slash and two digits are a month
                    # and year, as finance writes them
                    rf"(?:(?:{dirn}\s+)?{wd},?\s+)?{mon}(?!\s*/\s*\d\d$){sep}(?:(?:{art})\s+)?{dayw}"
                    rf"(?:{sep}{dyear4}|(?:\s*,\s*|\s+){dyear2})?"
                ),
                Grammar._month_day,
            ),
            (
                re.compile(
                    rf"(?:(?:{dirn}\s+)?{wd},?\s*|(?:{this_dirs})\s+)?(?:(?:{art})\s+)?{dayw}(?:\s*[/-]\s*|\s*)(?:{of}\s+)?{mon}"
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
                    rf"(?:{dirn}\s+)?{mon}(?:(?:,?\s+(?:{of}\s+)?|\s*[/-]\s*)(?:{year}|'(?P<ya>\d{{2}})|{rel_year}|(?P<yw>[a-z][a-z -]+))"
                    rf"|\s*/\s*(?P<ys>\d\d))?"
                ),
                Grammar._month,
            ),
            (re.compile(rf"{dirn}\s+{unit}"), Grammar._relative_unit),
            # languages that put the direction after the unit ("semana passada")
            (re.compile(rf"{unit}\s+{dirn}"), Grammar._relative_unit),
            (
                re.compile(
                    rf"(?:(?:{dirn}|(?P<yp>\d{{4}})|{rel_year}'s)[\s-]+)?(?:{fisc}[\s-]+)?"
                    rf"(?P<o>{_alt(v.ordinals)}|\d(?:{sfx}))"
                    rf"[\s-]+(?:{fisc}[\s-]+)?(?P<qu>{_alt(units_of('quarter', 'half'))})"
                    rf"(?:\s+(?:{of}\s+)?(?:{fisc}\s+)?(?:{year}|(?P<ry2>{_alt(v.directions)})\s+(?:{year_units})"
                    rf"|(?:(?:{fill})\s+)?(?:{year_units})(?:\s+(?P<ry3>{_alt(v.directions)}))?))?"
                ),
                Grammar._quarter,
            ),
            (
                re.compile(
                    rf"(?:(?:{dirn}|{rel_year}'s)\s+)?{seas}(?:\s+(?:{of}\s+)?(?:{year}|'(?P<ya>\d{{2}})|(?P<ry2>{_alt(v.directions)})\s+(?:{year_units})|(?P<yw>[a-z -]+)))?"
                ),
                Grammar._season,
            ),
            (re.compile(rf"(?:{fisc}\s+)?{year}(?:(?<!0)'s)?"), Grammar._year),
            (
                # a year in words opens and ends with a number word ("nineteen ninety-six")
                re.compile(
                    rf"(?:{fisc}\s+)?(?:(?:{art})\s+)?(?:(?:{year_units})\s+)?(?P<yw>(?:{numw})(?:[\s-]+[a-z]+)*)"
                ),
                Grammar._year_words,
            ),
            (
                re.compile(
                    rf"(?:(?:{art})\s+)?(?:(?P<dy>\d{{3}}0)'?s|'?(?P<ds>\d0)'?s)"
                    rf"|(?:(?:{art})\s+)?(?:(?P<dc>{teens})[\s-]+)?(?P<dw>{_alt(v.decade_names)})"
                ),
                Grammar._decade,
            ),
            (re.compile(rf"{ordn}[\s-]+century"), Grammar._century),
            (re.compile(rf"(?:(?:{art})\s+)?{unit}"), Grammar._bare_unit),
        ]
        # Which rules can open with which word, read off their patterns
        # (eventdb/resolve/dispatch.py): a phrase is only tried against the rules its
        # first word allows (a digit, an apostrophe, or a word); a rule whose opening
        # the pattern does not bound is tried on every phrase, in its place
        self.point_rules = tuple(rules)  # in the order they are tried
        opened = [(rule, first_words(rule[0])) for rule in rules]
        keys = set().union(*(w for _, w in opened if w is not ANY))
        self.by_first: dict[str, list[tuple[re.Pattern[str], _Rule]]] = {k: [] for k in keys}
        self.any_first: list[tuple[re.Pattern[str], _Rule]] = []
        for rule, firsts in opened:
            for k in keys if firsts is ANY else firsts:
                self.by_first[k].append(rule)
            if firsts is ANY:
                self.any_first.append(rule)

        def words_of(*tables: Iterable[str]) -> frozenset[str]:
            return frozenset(w for t in tables for phrase in t for w in _TOKENS.findall(phrase))

        # the pack's holiday names and the holidays library's (families/holidays.py)
        self.holiday_table = self._holiday_table()
        self.holiday_re = self._holiday_pattern()
        compound: list[tuple[re.Pattern[str], _Rule]] = [
            (self.clock_at_re, Grammar._clock),
            (self.clock_first_re, Grammar._clock),
            (self.clock_last_re, Grammar._clock),
            (self.clock_bare_re, Grammar._clock),
            (_ISO_DATETIME_RE, Grammar._clock),
            *((pattern, Grammar._clock_words) for pattern in self.clock_words_res),
            *((pattern, Grammar._half_offset) for pattern in self.half_offset_res),
            (self.other_day_re, Grammar._other_day),
            (self.two_away_re, Grammar._two_away),  # before anchors
            (self.day_part_re, Grammar._day_part),
            (self.same_unit_re, Grammar._same_unit),
            # "1º/1", "1o/10": the first of a month as Brazil writes it, its ordinal mark kept
            (
                re.compile(
                    _NUMERIC_RE.pattern.replace(
                        r"(?P<a>\d{1,2})", rf"(?P<a>\d{{1,2}})(?:{sfx})?", 1
                    )
                ),
                Grammar._numeric,
            ),
            (self.year_ago_re, Grammar._year_ago_quarter),
            (self.day_number_re, Grammar._day_number),
            (self.trailing_dir_re, Grammar._trailing_direction),
            (self.dir_date_re, Grammar._direction_date),
            (self.decade_words_re, Grammar._decade_words),
            (self.this_time_re, Grammar._this_time),
            *((r, Grammar._long_weekend) for r in self.long_weekend_res),
            (self.ahead_lead_re, Grammar._ahead_lead),
            (self.list_re, Grammar._listed),
            (self.decade_words_list_re, Grammar._decades_listed),
            (self.first_n_re, Grammar._first_units),
            (self.nth_week_re, Grammar._nth_week),
            (_qh_re(_alt(v.period_codes), of, _alt(v.fiscal_abbr)), Grammar._quarter_code),
            *((pattern, Grammar._holiday_weekend) for pattern in self.holiday_weekend_res),
            *((pattern, Grammar._season_years) for pattern in self.season_years_res),
            (self.week_of_re, Grammar._week_of),
            (self.latest_q_re, Grammar._latest_quarter),
            (self.year_end_re, Grammar._year_end),
            (self.vague_re, Grammar._vague),
            (self.ago_re, Grammar._ago),
            (self.iso_week_re, Grammar._iso_week),
            (self.named_year_re, Grammar._named_year),
            (self.unit_of_re, Grammar._unit_of),
            (self.nth_day_re, Grammar._nth_day),
            (self.anchor_re, Grammar._anchored),
            (self.eve_re, Grammar._eve),
            (self.part_re, Grammar._part),
            (self.approx_re, Grammar._approx),
            (self.or_so_re, Grammar._or_so),
            (self.set_re, Grammar._set_rule),
            (self.freq_re, Grammar._freq_set),
            (self.duration_re, Grammar._duration_rule),
            # rarer forms last, so the common ones above are found after fewer gates
            (self.holiday_re, Grammar._holiday_named),
            (self.weekday_date_re, Grammar._weekday_date),
            (self.offset_from_re, Grammar._offset_from),
            (self.ago_point_re, Grammar._ago_point),
            (self.nth_weekday_re, Grammar._nth_weekday),
            (self.era_re, Grammar._era),
            (_DAY_MON_YEAR_RE, Grammar._dashed_date),
            (self.day_check_re, Grammar._day_checked),
            (self.ending_re, Grammar._ending),
            (self.whole_after_re, Grammar._whole_after),
        ]
        # each compound rule's gate: words one of which every match holds, read off its
        # pattern (the pack's fillers are the last choice of gate: they are everywhere)
        # a rule that looks its words up in a table rather than matching them (a holiday's
        # name) takes its gate from that table
        common = words_of(v.fillers, v.of_words, v.number_joiners)
        given = {self.holiday_re: self._holiday_gate()}
        self.compound = [
            (pattern, rule, given.get(pattern) or required_words(pattern, common))
            for pattern, rule in compound
        ]
        # the dispatch of the compound rules, from their gates: word -> the rules it opens
        by_word: dict[str, list[int]] = {}
        for i, (_, _, gate) in enumerate(self.compound):
            for w in gate or ():
                by_word.setdefault(w, []).append(i)
        self.compound_by_word = {w: tuple(ix) for w, ix in by_word.items()}
        self.ungated = tuple(i for i, (_, _, gate) in enumerate(self.compound) if gate is None)
        self.exact: dict[str, str] = {
            **dict.fromkeys(self.holiday_table, "holiday"),
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
            self.holiday_table,
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
            v.every,
            v.weekday_plurals,
            v.century_turns,
            v.long_weekends,
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
        if type(reference) is not date:  # a plain date, the usual case, needs neither test
            if isinstance(reference, datetime):
                reference = reference.date()
            if not isinstance(reference, date):
                raise ResolveError(f"{text!r}: the reference must be a date, got {reference!r}")
        if prefer not in ("past", "future"):
            raise ResolveError(f"prefer must be 'past' or 'future', got {prefer!r}")
        s = _normalise(text)
        if _GLUED.search(s):
            s = self.glue_re.sub(" ", s)
        if self.contractions_re is not None:
            s = self.contractions_re.sub(lambda m: self.v.contractions[m.group(0)], s)
        if self.hyphened_re is not None and "-" in s:  # "segunda-feira" -> "segunda feira"
            s = self.hyphened_re.sub(lambda m: m.group(0).replace("-", " "), s)
        if not s:
            raise ResolveError(
                f"{text!r} is empty: expected a date phrase such as 'last week' or '18 September 2023'"
            )
        if len(s) > _LONGEST:  # no date phrase is this long; the rules nest on its words
            raise ResolveError(
                f"{text[:40]!r}… is {len(text)} characters long: a date phrase is at most "
                f"{_LONGEST} (say 'between early 2019 and the end of last year')"
            )
        words = _WORDS.findall(s)
        if self.known.isdisjoint(words) and not _DIGIT.search(s):
            raise ResolveError(_unknown(text))  # not one word the grammar knows
        # tuple.__new__ skips the NamedTuple's Python-level __new__ (same object, per call)
        ctx = _new_ctx(_Ctx, (text, reference, prefer == "future", south, anchors))
        try:
            # the ranking (docs/resolver.md): a phrase the pack lists whole; EDTF; a range
            # on its range words; a range split at a bare connector only when the whole
            # phrase is no point ("amanhã à tarde" is a time of day, not a range); a point
            bare = s.strip(" ,.;:")
            whole = self._exact(bare, ctx) if bare in self.exact or "-" in bare else None
            res = None if whole is None else _point_resolution(text, reference, whole)
            # _edtf and _dash_range refuse at once what fails these cheap tests: a call
            # saved on every phrase that is not EDTF or has no dash
            if res is None and s[0].isdigit() and len(s) >= 4 and "/" not in s and " " not in s:
                res = self._edtf(text, s, ctx)
            if res is None and (
                not self.range_words.isdisjoint(words)
                or (not self.and_words.isdisjoint(words) and _DIGIT.search(s))
                or "/" in s
                or ("-" in s and self._dash_range(s))
            ):
                res = self._range(text, s, ctx)
                if res is not None and res.timex is None and self._split_at_connector(s):
                    res = self._point_over_split(text, s, ctx, res)
            if res is None:
                # the whole phrase was looked up above: go straight to the rules
                p = self._point_rules(bare, ctx)
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

    def _point(self, s: str, ctx: _Ctx) -> _Point | None:
        s = s.strip(" ,.;:")
        if s in self.exact or "-" in s:  # what _exact can look up at all
            p = self._exact(s, ctx)
            if p is not None:
                return p
        return self._point_rules(s, ctx)

    def _point_rules(self, s: str, ctx: _Ctx) -> _Point | None:
        """:meth:`_point` after the whole-phrase lookup: ``s`` is stripped and not listed."""
        v = self.v
        # the forms below open with a word from a short list (or a sign): most phrases
        # open with none of them and go straight to the family rules
        first, _, rest = s.partition(" ")
        if first in self.opening_words or s[:1] in "+-":
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
            if first in self.kept_firsts:  # "los lunes", "a las 18.30": before "los", "a" go
                p = self._kept(s, ctx)
                if p is not None:
                    return p
            if first in self.lead_firsts:
                for lead in v.lead_ins:  # "as of Monday": Monday
                    if s.startswith(lead + " "):
                        s = s[len(lead) + 1 :]
                        p = self._exact(s, ctx)  # "as of today"
                        if p is not None:
                            return p
                        first, _, rest = s.partition(" ")
                        break
            if first in self.window_lead_firsts:  # "over the past year": before "over" is dropped
                m = self.window_lead_re.fullmatch(s)
                if m is not None and m.group("u") not in v.plurals:
                    unit = v.units[m.group("u")]
                    future = v.directions[m.group("lead")] > 0
                    window = _rolling(ctx.ref, unit, 1, future)
                    side = "starting" if future else "ending"
                    timex = f"P1{_TIMEML_UNIT[unit]}" if unit not in ("hour", "minute") else None
                    note = f"a {unit} {side} on the reference"
                    return _Point(
                        "rolling", None, note, timex=timex, type="DURATION", window=window
                    )
                for lead in v.window_leads:  # "ao longo de 2022": what the lead is over
                    if s.startswith(lead + " ") and lead not in v.fillers:
                        s = s[len(lead) + 1 :]
                        first, _, rest = s.partition(" ")
                        break
            if first in self.window_within_firsts and s.startswith(self.window_within_starts):
                # "within two weeks", "em até 30 dias": a window, before "within" is dropped
                m = self.duration_re.fullmatch(s)
                if m is not None:
                    return self._duration_rule(m, ctx)
            if first in v.fillers and rest and not s.startswith(self.filler_approx):
                while first in v.fillers and rest and not (first in v.articles and rest in v.units):
                    s = rest
                    if s in self.exact:  # "in the past": "the past" is listed whole
                        return self._exact(s, ctx)
                    first, _, rest = s.partition(" ")
                    if first in self.kept_firsts:  # "en los 90": "los 90" before "los" goes
                        p = self._kept(s, ctx)
                        if p is not None:
                            return p
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
            p = self._compound(s, ctx)  # "dia 25 às 10h": the clock rules keep "dia 25" whole
            if p is not None:
                return p
            head = rest.partition(" ")[0]
            if head[:1].isdigit() or head in v.numbers or head in v.ordinals:
                s = rest  # else the day noun opens a name: "dia do trabalho de 2022"
        if s[0].isdigit() and len(s) >= 4:
            try:
                return _Point("edtf", FuzzyDate.parse(s.upper()), "read as EDTF / ISO 8601")
            except DateError:
                pass
        fw = _FIRST_WORD.match(s)
        key = "" if fw is None else ("#" if fw.group(0)[0].isdigit() else fw.group(0))
        for pattern, rule in self.by_first.get(key, self.any_first):
            m = pattern.fullmatch(s)
            if m is not None:
                p = rule(self, m, ctx)
                if p is not None:
                    return p
        return self._compound(s, ctx)

    def _kept(self, s: str, ctx: _Ctx) -> _Point | None:
        """The forms read before a filler they open with is dropped ("los lunes", "a las
        18.30", "los 90")."""
        for pattern, rule in self.kept_rules:
            m = pattern.fullmatch(s)
            if m is not None:
                p = rule(self, m, ctx)
                if p is not None:
                    return p
        return None

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
            y = _full_year(int(m.group("y") or m.group("y2")))
            return _Point(
                "fiscal-year",
                FuzzyDate.year(y),
                "a fiscal year, read as the calendar year it is named for",
            )
        if s in self.v.century_turns:
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
    ``"es"`` (any other code is a ResolveError naming those), or a language tag with a
    region ("pt-BR", "es-AR"): its pack, and ``south`` when the region lies south of the
    equator (``eventdb.resolve.packs.SOUTHERN_REGIONS``). ``vocabulary`` passes a pack
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
    v = vocabulary or _LOADED.get(language)  # load's lookup, inlined
    if v is None:
        code = pack_code(language, "")
        if code and code != language:  # a tag with a region ("pt-BR"): its hemisphere too
            south = south or southern(language)
        v = load(code or language)
    entry = _GRAMMARS.get(id(v))  # _grammar_for's lookup, inlined on the hot path
    g = entry[1] if entry is not None and entry[0] is v else _grammar_for(v)
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
