"""The shape of a language pack: :class:`Vocabulary`.

Every word the grammar knows lives in a :class:`Vocabulary`: month and weekday names,
units and their plurals, number words, ordinals, the words for relative direction, parts,
connectors and references to the present. The grammar builds its patterns from these
tables, so a language is a pack of data (``eventdb/resolve/packs/<code>.py``), not new
code paths. Packs load on first use: :data:`ENGLISH` is the English pack, imported when it
is first asked for.

>>> from eventdb.resolve.vocab import ENGLISH
>>> ENGLISH.months["sept"], ENGLISH.weekdays["tues"], ENGLISH.numbers["twenty"]
(9, 1, 20)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING


def names(full: tuple[str, ...], extra: dict[str, int], start: int) -> dict[str, int]:
    out = {name: i + start for i, name in enumerate(full)}
    out.update(extra)
    return out


@dataclass(frozen=True)
class Vocabulary:
    """The words of one language, mapped to what they mean to the grammar."""

    # month name or abbreviation -> 1..12 (abbreviations are matched with or without ".")
    months: dict[str, int]
    # weekday name or abbreviation -> 0 (Monday) .. 6 (Sunday)
    weekdays: dict[str, int]
    # unit word -> canonical unit: day, week, weekend, fortnight, month, quarter, half,
    # season, year, decade, century
    units: dict[str, str]
    # cardinal number words -> value; compounds ("twenty-four") are summed by the grammar
    numbers: dict[str, int]
    # ordinal words -> value ("third" -> 3, "3rd" is read by pattern)
    ordinals: dict[str, int]
    # season words -> TimeML code
    seasons: dict[str, str]
    # direction words before a unit or name -> offset: last/previous -1, this 0, next +1
    directions: dict[str, int]
    # words for early/mid/late parts -> "early" / "mid" / "late"
    parts: dict[str, str]
    # fixed words for days around the reference -> day offset
    day_words: dict[str, int]
    # parts of a day -> TimeML time-of-day code ("Thursday morning" -> ...TMO)
    day_parts: dict[str, str]
    # day words that name a part of the day -> its TimeML code ("last night" -> TNI)
    day_times: dict[str, str]
    # holidays on a fixed day the ``holidays`` library does not give -> (month, day)
    holidays: dict[str, tuple[int, int]]
    # movable holidays the library does not give -> a rule the holiday family knows
    # ("easter", "orthodox-easter", "05-08>sun", "hebrew:7:10", a span "easter-7/7";
    # families/holidays.py)
    movable_holidays: dict[str, str]
    # words for the present, past and future as TimeML references
    references: dict[str, str]
    # words that mark approximation ("around", "about")
    approximators: tuple[str, ...]
    # words that open and close ranges
    range_since: tuple[str, ...]
    range_until: tuple[str, ...]
    range_from: tuple[str, ...]
    range_to: tuple[str, ...]
    range_between: tuple[str, ...]
    range_and: tuple[str, ...]
    # words that open a start ("began last week"), that join it to an end ("and runs
    # until"), and that leave the end open ("1994 or later")
    range_began: tuple[str, ...]
    range_runs: tuple[str, ...]
    range_onward: tuple[str, ...]
    # the word joining a day, month and year ("18 of September"; "de" in Portuguese)
    of_words: tuple[str, ...]
    # words before an offset to say which way it goes
    ago: tuple[str, ...]
    later: tuple[str, ...]
    # filler words dropped before matching ("in", "on", "the", "of")
    fillers: frozenset[str] = field(default_factory=frozenset)
    vague: tuple[str, ...] = ()
    year_ago: tuple[str, ...] = ()
    # clock words -> (hour, minute); TimeML writes midnight as 24:00 of the day it ends
    clock_words: dict[str, tuple[int, int]] = field(default_factory=dict)
    # marks after a 12-hour clock time -> hours to add ("p.m." -> 12); None keeps the
    # hour as written ("5 o'clock")
    clock_marks: dict[str, int | None] = field(default_factory=dict)
    # time zones that may follow a clock time: kept in the phrase, not converted
    time_zones: tuple[str, ...] = ()
    # the words joining a day and its clock time ("Tuesday at 5 p.m.")
    clock_at: tuple[str, ...] = ()
    # words after a unit that put it two away ("the week after next", "the year before last")
    two_away: dict[str, int] = field(default_factory=dict)
    # the word counting an offset from a named day ("a week from Friday")
    offset_from: tuple[str, ...] = ()
    # era marks around a year -> +1 (the common era) or -1 (before it, outside the model)
    eras: dict[str, int] = field(default_factory=dict)
    # words before a date that leave it as it is ("as of Monday", "as recently as 2021")
    lead_ins: tuple[str, ...] = ()
    # words that make a count approximate ("nearly four years ago", "some two weeks ago")
    count_approximators: tuple[str, ...] = ()
    # phrases that mark a part of what follows, besides ``parts`` ("earlier in", "mid")
    part_phrases: dict[str, str] = field(default_factory=dict)
    # words for a recurring time -> TimeML SET value ("weekly" -> P1W)
    set_words: dict[str, str] = field(default_factory=dict)
    # words before a unit, season or weekday that make it recur ("every Monday")
    every: tuple[str, ...] = ()
    # words after a period that only say all of it ("o ano passado todo", "el año entero")
    whole_after: tuple[str, ...] = ()
    # words between a unit and the day or month it ends with ("no trimestre encerrado em
    # agosto", "el año terminado en marzo")
    ending_words: tuple[str, ...] = ()
    # those of them that may look ahead ("the year ending March 31, 2024"); the others
    # say the stretch has ended ("ended", "encerrado em"), so its day is the last one
    ending_ahead: tuple[str, ...] = ()
    # the words for the day before an event or a day ("the eve of the election", "a
    # véspera da votação", "la víspera del juicio")
    eve_words: tuple[str, ...] = ()
    # the words after a day word for the same time of day ("amanhã a esta hora",
    # "tomorrow at this time"): that day
    this_hour: tuple[str, ...] = ()
    # the turn of the century, besides the English phrase ("a virada do século"): around
    # the last turn, or one within ten years
    century_turns: tuple[str, ...] = ()
    # words after a clock hour for its minutes ("y media" -> 30, "menos cuarto" -> -15)
    clock_fractions: dict[str, int] = field(default_factory=dict)
    # clock times in words: the minute words besides the numbers ("half" -> 30, "quarter"
    # -> 15, "meia", "media"), the words after the minutes for an hour they pass or near
    # ("half past three", "ten to five", "cinco para as seis", "cuarto para las tres"),
    # the words after an hour for minutes past or before it ("três e vinte", "las cinco
    # menos diez"), and the minute unit that may follow the minutes ("ten minutes to six")
    clock_minute_words: dict[str, int] = field(default_factory=dict)
    clock_past: tuple[str, ...] = ()
    clock_to: tuple[str, ...] = ()
    clock_and: tuple[str, ...] = ()
    clock_less: tuple[str, ...] = ()
    clock_minute_units: tuple[str, ...] = ()
    # words before a unit for half of it ("half an hour ago", "há meia hora", "hace medio
    # siglo"): half the unit, in the next finer one (thirty minutes, fifty years)
    half_units: tuple[str, ...] = ()
    # phrases for a day a few days before the reference, not named ("the other day", "el
    # otro día"): about the week before it
    other_days: tuple[str, ...] = ()
    # words before a unit for the one the story is already in ("that day", "the same
    # month", "no mesmo dia", "ese día")
    same_words: tuple[str, ...] = ()
    # how often: "once a week", "uma vez por semana", "dos veces al año" -> a set of the
    # unit (TimeML's P1W); the count words ("once", "vez", "veces") and the joining ones
    times_words: tuple[str, ...] = ()
    per_words: tuple[str, ...] = ()
    # letters of a quarter or half written as a code ("Q3", "H1"; "1T23", "2S22")
    period_codes: dict[str, str] = field(default_factory=lambda: {"q": "quarter", "h": "half"})
    # plural weekday names -> 0 (Monday) .. 6: a weekday that recurs ("todas as
    # segundas-feiras", "on Sundays"); Spanish "lunes" is both, so it needs a lead
    weekday_plurals: dict[str, int] = field(default_factory=dict)
    # words before a plural weekday that make it recur ("on Sundays", "aos domingos",
    # "los lunes")
    set_leads: tuple[str, ...] = ()
    # the word naming a company's fiscal year or quarter ("fiscal 1998", "FY98")
    fiscal: tuple[str, ...] = ()
    fiscal_abbr: tuple[str, ...] = ()
    # -- what the packs added to the first, English-only vocabulary --------------------
    # the pack's language code ("en", "pt", "es")
    code: str = "en"
    # plural unit words: a plural after "last"/"next" is a vague stretch ("the coming
    # days"), a singular a unit ("mês passado" is last month, though it ends in "s")
    plurals: frozenset[str] = field(default_factory=frozenset)
    # short unit words the resolver reads but extraction does not look for ("qtr", "3w")
    unit_abbreviations: dict[str, str] = field(default_factory=dict)
    # numeric dates: day first ("8/2/2016" is 8 February in Portuguese and Spanish)
    day_first: bool = False
    # words before "N units" that put them ahead of the reference ("in three days",
    # "em três dias", "dentro de un mes")
    within: tuple[str, ...] = ()
    # words before "N units" that put them behind it ("há três dias", "hace tres días")
    ago_before: tuple[str, ...] = ()
    # words before "N units" for the window that starts on the reference ("within two
    # weeks": the fourteen days from the reference)
    window_within: tuple[str, ...] = ()
    # words before "N units" that make a duration ("for three weeks")
    duration_for: tuple[str, ...] = ()
    # words before a plural unit for a vague stretch, besides the directions -> -1 past,
    # +1 future ("recent weeks", "future quarters")
    vague_leads: dict[str, int] = field(default_factory=dict)
    # part words that cut a unit at the reference: -1 before it ("earlier this month" runs
    # from the 1st to the reference), +1 after it ("later this year")
    relative_parts: dict[str, int] = field(default_factory=dict)
    # words before or after a unit for its part up to the reference ("so far this year",
    # "year to date")
    so_far: tuple[str, ...] = ()
    # words before a unit for its part from the reference on ("the rest of the week")
    rest_of: tuple[str, ...] = ()
    # words before "N units" that put them after the reference ("after a year")
    later_before: tuple[str, ...] = ()
    # letters after a day or ordinal number ("3rd", "1º" -> "1o" once folded)
    ordinal_suffixes: tuple[str, ...] = ()
    # words before a number naming a decade or a century ("anos 90", "década de 1990",
    # "século XX"): Roman numerals are read too
    decade_words: tuple[str, ...] = ()
    century_words: tuple[str, ...] = ()
    # a decade named in one word, by its tens ("the eighties": 80, "the noughties": 0),
    # read with the century the reference is in unless a number names it ("the
    # nineteen-eighties")
    decade_names: dict[str, int] = field(default_factory=dict)
    # the words for "and a half" after a count or its unit ("one and a half years", "a
    # year and a half", "um ano e meio")
    halves: tuple[str, ...] = ()
    # directions that put a weekday in the next week, not merely after the reference:
    # English "next Friday" said on a Wednesday is the Friday of next week ("this
    # Friday" or "coming Friday" is the one in two days); Portuguese "a próxima sexta"
    # and Spanish "el próximo viernes" are the coming one, so their packs list none
    next_week_directions: tuple[str, ...] = ()
    # the article some forms open with ("the week after next", "the 1990s"); Portuguese
    # and Spanish drop theirs with the fillers before the rules, so list none
    articles: tuple[str, ...] = ()
    # words after a date that only say it is rough ("a week or so ago")
    or_so: tuple[str, ...] = ()
    # the same day or time a year away ("this time last year": approximate, True; "this
    # day last year": that very day, False)
    this_time: dict[str, bool] = field(default_factory=dict)
    # words between "week" and a day for the week holding it ("the week of September 11")
    week_of: tuple[str, ...] = ()
    # the end of a year in one phrase ("year-end", "the end of the year")
    year_end: tuple[str, ...] = ()
    # business news' reporting periods ("the latest quarter") and the words for the last one
    reporting_periods: tuple[str, ...] = ()
    # after a reporting period, the year before ("the quarter a year earlier"); before
    # it, the year before's own ("last year's third quarter")
    year_before: tuple[str, ...] = ()
    year_before_of: tuple[str, ...] = ()
    latest_periods: tuple[str, ...] = ()
    # the word after "in N units" that says "from now" ("in two weeks' time")
    in_time: tuple[str, ...] = ()
    # words after a 24-hour clock time ("17:00 hours")
    clock_hours: tuple[str, ...] = ()
    # before a part of a day: adverbs, prepositions and parts ("shortly after dawn",
    # "early morning"), and the word joining it to its day ("the morning on Monday")
    day_part_adverbs: tuple[str, ...] = ()
    day_part_preps: tuple[str, ...] = ()
    day_part_parts: tuple[str, ...] = ()
    on_words: tuple[str, ...] = ()
    # the end of a range that is the present itself: "2019 to present", "desde 2019 até
    # agora" run from the start on, ongoing (a day word, "até hoje", ends on the day)
    now_words: tuple[str, ...] = ()
    # the word for "day" before a day of the month ("dia 18 de setembro", "no dia 18")
    day_nouns: tuple[str, ...] = ()
    # words between a day and its part ("hoje de manhã", "el lunes por la tarde")
    day_part_joiners: tuple[str, ...] = ()
    # days of the month written as cardinal words ("vinte e nove de setembro")
    cardinal_days: bool = False
    # words before a point for the time before or after it, exclusive ("before
    # Christmas" ends the day before it, "after March 2020" starts on 1 April 2020)
    range_before: tuple[str, ...] = ()
    range_after: tuple[str, ...] = ()
    # words before "the past year", "the last two weeks" that make them a window ending on
    # the reference ("over the past year"); without them "the past year" is the calendar
    # year before the reference's, as TimeML annotates it
    window_leads: tuple[str, ...] = ()
    # contractions spelled out before matching ("deste" -> "de este")
    contractions: dict[str, str] = field(default_factory=dict)
    # words between a count of units and the event or day it counts from ("three days
    # after the invasion", "dois dias depois do natal")
    anchor_after: tuple[str, ...] = ()
    anchor_before: tuple[str, ...] = ()
    # words joining number words ("vinte e nove", "treinta y uno")
    number_joiners: tuple[str, ...] = ()
    # era marks after a year -> years to add to reach the common era ("2555 BE" -> -543)
    era_offsets: dict[str, int] = field(default_factory=dict)
    # words of ``range_from`` that open a start read forward when no end follows: a name
    # they leave open is the next one on or after the reference ("a partir de
    # segunda-feira" said on a Tuesday is the Monday six days on), running from then on
    range_from_ahead: tuple[str, ...] = ()
    # articles before a bare day number that make it a day of the month ("el 15": the
    # 15th nearest the reference; Portuguese writes "o dia 15", read by ``day_nouns``)
    day_articles: tuple[str, ...] = ()
    # words after a day of the month for the reference's month ("no dia 10 do corrente",
    # "el 10 del corriente", "the 10th instant")
    this_month_words: tuple[str, ...] = ()
    # plural words before the numbers of two decades or more ("nas décadas de 1960 e
    # 1970", "en las décadas de los 80 y 90"): a range over them, as "the 1980s and 1990s"
    decade_plurals: tuple[str, ...] = ()
    # a long weekend ("o feriadão", "el fin de semana largo", "the long weekend"): the
    # weekend the rest of the words name, Saturday to the Monday after it
    long_weekends: tuple[str, ...] = ()
    # words before a date a plan or deadline is for, which read a name they leave open
    # forward ("para el lunes" said on a Tuesday is the coming Monday; "para 2030")
    ahead_leads: tuple[str, ...] = ()
    # words before a range that only name it a stretch ("no período de 18 a 22 de
    # setembro", "en el período 2019-2021", "over the period 2019-2021")
    range_leads: tuple[str, ...] = ()
    # half of one unit, written before it ("há meio ano", "hace media hora", "half a year
    # ago"): counted in the next finer unit, as "and a half" is
    half_a: tuple[str, ...] = ()
    # words between "ago"/"in" words and their count that change nothing ("hace apenas
    # tres días", "hace ya dos años", "há só dois dias", "em apenas dois dias")
    count_leads: tuple[str, ...] = ()
    # the countries whose holidays the pack takes from the ``holidays`` library, first
    # country first (it wins a name two countries keep on different days), each with the
    # library's language code for its names: {"BR": "pt_BR", "PT": "pt_PT"}
    # (eventdb/resolve/packs/holidays_build.py derives the table from them)
    holiday_countries: dict[str, str] = field(default_factory=dict)
    # other names for a holiday the library names -> the library's name ("thanksgiving" ->
    # "thanksgiving day", "dia da independência" -> "independência do brasil")
    holiday_aliases: dict[str, str] = field(default_factory=dict)
    # the words after or before a holiday for the weekend around it ("Memorial Day
    # weekend", "o fim de semana de Páscoa", "el fin de semana de Pascua")
    holiday_weekend_after: tuple[str, ...] = ()
    holiday_weekend_before: tuple[str, ...] = ()
    # the words after or before two years for a sports or school season over both ("the
    # 2023-24 season", "a temporada 2023/24", "la temporada 2023-24")
    season_after: tuple[str, ...] = ()
    season_before: tuple[str, ...] = ()


if TYPE_CHECKING:
    ENGLISH: Vocabulary  # the English pack, loaded by __getattr__ on first use


def __getattr__(name: str) -> Vocabulary:
    """``ENGLISH``, loaded from its pack on first use (``eventdb --help`` loads no pack)."""
    if name == "ENGLISH":
        from .packs import load

        return load("en")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ENGLISH", "Vocabulary", "names"]
