"""The English pack: every word the resolver's rules read in English, as data.

>>> from eventdb.resolve.packs.en import PACK
>>> PACK.months["sept"], PACK.weekdays["tues"], PACK.numbers["twenty"]
(9, 1, 20)
"""

from __future__ import annotations

from ..vocab import Vocabulary, names

# fmt: off
PACK = Vocabulary(
    months=names(
        (
            "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
        ),
        {
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        },
        1,
    ),
    weekdays=names(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        {
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
            "fri": 4, "sat": 5, "sun": 6,
        },
        0,
    ),
    units={
        "day": "day", "days": "day",
        "week": "week", "weeks": "week",
        "weekend": "weekend", "weekends": "weekend",
        "fortnight": "fortnight", "fortnights": "fortnight",
        "month": "month", "months": "month",
        "quarter": "quarter", "quarters": "quarter",
        "half": "half", "halves": "half",
        "season": "season", "seasons": "season",
        "year": "year", "years": "year",
        "decade": "decade", "decades": "decade",
        "century": "century", "centuries": "century",
        "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
        "fiscal year": "year", "full year": "year", "calendar year": "year",
        "fiscal quarter": "quarter",
    },
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
        "several": 3,
    },
    ordinals={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
        "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
        "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
        "thirty-first": 31, "last": -1, "final": -1,
    },
    seasons={
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    },
    directions={
        "last": -1, "past": -1, "previous": -1, "preceding": -1, "this past": -1, "prior": -1,
        "this": 0, "current": 0, "the current": 0, "present": 0,
        "latest": -1, "most recent": -1,
        "next": 1, "coming": 1, "this coming": 1, "following": 1, "upcoming": 1,
    },
    parts={
        "early": "early", "the beginning of": "early", "the start of": "early",
        "beginning of": "early", "start of": "early", "the early part of": "early",
        "mid": "mid", "middle": "mid", "the middle of": "mid", "middle of": "mid",
        "the mid": "mid",
        "late": "late", "the end of": "late", "end of": "late", "the close of": "late",
        "the latter part of": "late", "the last part of": "late",
        # halves of a unit with no half of its own ("the last half of the '80s"); a year's
        # halves are read as H1/H2 first
        "the first half of": "early", "first half of": "early", "the second half of": "late",
        "second half of": "late", "the last half of": "late", "last half of": "late",
        "the latter half of": "late",
    },
    day_words={
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
        "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
        "the day after": 1, "the day before": -1, "the next day": 1, "the previous day": -1,
        "the following day": 1, "the night before": -1, "the morning after": 1,
    },
    day_times={
        "tonight": "NI", "this morning": "MO", "this afternoon": "AF", "this evening": "EV",
        "last night": "NI", "the night before": "NI", "the morning after": "MO",
    },
    day_parts={
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
        "midnight": "NI", "noon": "MI", "midday": "MI", "dawn": "MO", "dusk": "EV",
        "overnight": "NI", "early hours": "NI", "small hours": "NI", "daybreak": "MO",
        "sunrise": "MO", "sunset": "EV", "nightfall": "EV", "lunchtime": "MI",
    },
    # holidays the pack reads itself (docs/resolver.md, "Holidays"): what the countries
    # below do not keep ("Christmas" as news writes it, Bastille Day, Orthodox Easter, the
    # Hebrew, Islamic and Persian feasts, Easter's other days), and "May Day" and "Labour
    # Day" as 1 May, where the library gives Britain's first Monday in May and Canada's
    # first Monday in September (those become alternatives)
    holidays={
        "christmas": (12, 25), "orthodox christmas": (1, 7), "new year": (1, 1),
        "bastille day": (7, 14), "may day": (5, 1), "labour day": (5, 1),
        "international women's day": (3, 8), "women's day": (3, 8),
        "armistice day": (11, 11), "remembrance day": (11, 11),
    },
    movable_holidays={
        "easter": "easter", "orthodox easter": "orthodox-easter",
        "ash wednesday": "easter-46", "shrove tuesday": "carnival", "mardi gras": "carnival",
        "palm sunday": "easter-7", "holy saturday": "easter-1", "pentecost": "easter+49",
        "whit sunday": "easter+49",
        # spans of days: Palm Sunday to Holy Saturday; the month of Ramadan (tabular)
        "holy week": "easter-7/7", "ramadan": "islamic:9:1/30",
        # the day after Thanksgiving, and the Monday after it
        "black friday": "11-23>fri", "cyber monday": "11-26>mon",
        "rosh hashanah": "hebrew:7:1", "yom kippur": "hebrew:7:10", "passover": "hebrew:1:15",
        "hanukkah": "hebrew:9:25", "chanukah": "hebrew:9:25", "purim": "hebrew:12:14",
        "islamic new year": "islamic:1:1", "eid al-fitr": "islamic:10:1",
        "eid al-adha": "islamic:12:10", "nowruz": "persian:1:1",
    },
    # the countries of English news whose holidays come from the ``holidays`` library
    # (packs/holidays_build.py), first country first, with the library's language code
    holiday_countries={
        "US": "en_US", "GB": "en_GB", "CA": "en_CA", "AU": "en_AU", "IE": "en_IE",
        "NZ": "en", "IN": "en_IN", "ZA": "en", "NG": "en_NG", "PH": "en_PH",
    },
    # names news writes for a holiday of the library -> the library's name
    holiday_aliases={
        "thanksgiving": "thanksgiving day", "juneteenth": "juneteenth national independence day",
        "presidents day": "washington's birthday", "presidents' day": "washington's birthday",
        "martin luther king day": "martin luther king jr. day",
        "mlk day": "martin luther king jr. day", "st. patrick's day": "saint patrick's day",
        "st patrick's day": "saint patrick's day", "st. stephen's day": "saint stephen's day",
    },
    holiday_weekend_after=(
        "weekend", "long weekend", "holiday weekend", "bank holiday weekend",
    ),
    holiday_weekend_before=("the weekend of", "weekend of"),
    season_after=(
        "season", "campaign", "school year", "academic year", "fiscal year", "financial year",
    ),
    # words for the present, past and future as a whole; "recent weeks", "the coming
    # months" and the like are read by the vague family (a direction or "recent" before a
    # plural unit), not listed here
    references={
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
        "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
        "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "today's": "PRESENT_REF", "the present": "PRESENT_REF",
        "at this time": "PRESENT_REF", "this time": "PRESENT_REF", "already": "PRESENT_REF",
        "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
        "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
        "of late": "PAST_REF", "as of late": "PAST_REF", "a while ago": "PAST_REF", "a while back": "PAST_REF", "some time ago": "PAST_REF",
        "long ago": "PAST_REF", "the distant past": "PAST_REF", "the recent past": "PAST_REF",
        "the distant future": "FUTURE_REF", "the years ahead": "FUTURE_REF",
        "earlier": "PAST_REF", "once": "PAST_REF", "more recently": "PAST_REF",
        "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
        "near term": "FUTURE_REF", "short term": "FUTURE_REF", "the near term": "FUTURE_REF",
        "the foreseeable future": "FUTURE_REF", "the future": "FUTURE_REF",
        "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
        "later": "FUTURE_REF", "a later date": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF",
        # read by the vague family too; listed whole because extraction finds its
        # phrases in this table (eventdb/extract/patterns.py)
        "recent weeks and months": "PAST_REF", "future quarters": "FUTURE_REF",
    },
    approximators=("around", "about", "approximately", "roughly", "circa", "c.", "ca.", "some time in", "sometime in", "sometime"),
    range_since=("since", "ever since"),
    range_until=("no later than", "not later than", "on or before", "until", "till", "til", "through", "to", "up to", "up until", "runs until", "run until", "running until", "lasts until", "lasting until", "continues until", "continuing until", "runs through", "runs to", "ends", "ending", "by"),
    range_from=("on or after", "no earlier than", "not before", "from", "began", "begins", "started", "starting", "beginning", "begun"),
    range_to=("to", "until", "till", "through", "thru", "-", "–", "—", "and runs until", "and run until", "and lasts until", "and ends", "and will run until", "and continues until"),
    range_between=("between",),
    range_and=("and",),
    range_began=("began", "begun", "started", "starting", "beginning", "begins", "starts"),
    range_runs=("runs until", "run until", "will run until", "runs through", "runs to", "lasts until", "last until", "will last until", "continues until", "continue until", "will continue until", "goes on until", "go on until", "ends", "end", "will end", "until"),
    range_onward=("and beyond", "or later", "onward", "onwards", "and after"),
    now_words=("present", "present day", "now", "date"),
    of_words=("of",),
    halves=("and a half", "and one half"),
    next_week_directions=("next",),
    articles=("the",),
    or_so=("or so", "or two", "or more", "or less"),
    long_weekends=("long weekend",),
    half_a=("half a", "half an"),
    range_leads=("the period", "in the period", "over the period", "during the period"),
    this_time={
        "this time": True, "that time": True, "the same time": True, "same time": True,
        "this day": False, "that day": False, "the same day": False, "same day": False,
        "this date": False, "that date": False, "the same date": False, "same date": False,
    },
    week_of=("of", "beginning", "starting", "commencing"),
    year_end=("year end", "year's end", "end of the year"),
    reporting_periods=("quarter", "period"),
    year_before=("a year ago", "a year earlier", "last year", "of last year"),
    year_before_of=("last year's", "the previous year's"),
    latest_periods=("latest", "most recent", "recent"),
    in_time=("time",),
    clock_hours=("hours", "hrs"),
    day_part_adverbs=("shortly", "just", "immediately", "right", "soon"),
    day_part_preps=("after", "before", "around", "by", "at"),
    day_part_parts=("early", "late", "mid"),
    on_words=("on",),
    same_words=("that", "the same", "same", "that same"),
    century_turns=("the turn of the century", "turn of the century"),
    # "the week ending Sept. 22", "the year ended March 31", "the nine months ended June 30"
    this_hour=("at this time", "at this hour", "at the same time"),
    eve_words=("the eve of", "eve of"),
    ending_words=("ending", "ended", "ending on", "ended on", "that ended", "which ended"),
    ending_ahead=("ending", "ending on"),
    decade_names={
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
        "seventies": 70, "eighties": 80, "nineties": 90, "noughties": 0, "aughts": 0,
    },
    ago=("ago", "back", "earlier", "before"),
    later=("later", "after", "from now", "hence", "on"),
    fillers=frozenset(
        {"in", "on", "the", "of", "at", "during", "over", "for", "within", "throughout", "its",
         "their", "our", "his", "her"}
    ),
    # vague quantities: "several years ago" says only "some time before"
    vague=("few", "a few", "several", "many", "some"),
    # the words business news uses for "the same quarter a year before"
    year_ago=("year-ago", "year ago", "year-earlier", "year earlier", "comparable", "corresponding",
              "same", "prior-year", "prior year", "year-before"),
    clock_words={"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)},
    clock_marks={"a.m.": 0, "a.m": 0, "am": 0, "p.m.": 12, "p.m": 12, "pm": 12, "o'clock": None},
    time_zones=(
        "local time", "local", "utc", "gmt", "z", "est", "edt", "et", "cst", "cdt", "ct",
        "mst", "mdt", "pst", "pdt", "pt", "bst", "cet", "cest", "eet", "eest", "msk", "ist",
        "jst", "aest", "aedt",
    ),
    clock_at=("at",),
    # clock times in words: "half past three", "ten to five", "a quarter to midnight"
    clock_minute_words={"half": 30, "a half": 30, "quarter": 15, "a quarter": 15},
    clock_past=("past", "after"),
    clock_to=("to", "till", "before"),
    clock_minute_units=("minutes", "minute", "mins", "min"),
    half_units=("half an", "half a", "a half"),
    other_days=("the other day", "other day"),
    two_away={"after next": 2, "before last": -2},
    offset_from=("from",),
    lead_ins=("as of", "as recently as", "as early as", "as late as", "as far back as"),
    count_approximators=("nearly", "almost", "some", "more than", "less than", "at least", "over",
                         "just over", "just under", "roughly", "or so"),
    part_phrases={"end": "late", "earlier": "early", "later": "late", "earlier in": "early",
                  "later in": "late", "early in": "early", "late in": "late", "mid": "mid"},
    every=("every", "each"),
    times_words=("once", "twice", "times"),
    per_words=("a", "an", "per", "every", "each"),
    weekday_plurals={
        "mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4,
        "saturdays": 5, "sundays": 6,
    },
    set_leads=("on",),
    fiscal=("fiscal",),
    fiscal_abbr=("fy",),
    set_words={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
               "yearly": "P1Y", "annually": "P1Y", "nightly": "P1D", "biweekly": "P2W",
               "fortnightly": "P2W"},
    eras={"ad": 1, "a.d.": 1, "a.d": 1, "ce": 1, "c.e.": 1, "bc": -1, "b.c.": -1, "b.c": -1,
          "bce": -1, "b.c.e.": -1},
    code="en",
    plurals=frozenset({
        "days", "weeks", "weekends", "fortnights", "months", "quarters", "halves", "seasons",
        "years", "decades", "centuries", "hours", "minutes",
    }),
    unit_abbreviations={
        "d": "day", "w": "week", "wk": "week", "wks": "week", "mo": "month", "mos": "month",
        "mth": "month", "mths": "month", "qtr": "quarter", "qtrs": "quarter", "y": "year",
        "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "min": "minute",
        "mins": "minute",
    },
    later_before=("after",),
    within=("in",),
    window_within=("within",),
    anchor_after=("after", "following"),
    anchor_before=("before", "preceding"),
    window_leads=("over", "in", "during", "throughout", "for"),
    range_before=("before", "prior to", "earlier than", "ahead of"),
    range_after=("after", "later than", "following"),
    duration_for=("for", "first"),
    vague_leads={"recent": -1, "future": 1},
    ordinal_suffixes=("st", "nd", "rd", "th"),
    relative_parts={"earlier": -1, "earlier in": -1, "later": 1, "later in": 1},
    so_far=("so far", "thus far", "to date", "up to now"),
    rest_of=("rest of", "remainder of", "balance of"),
    era_offsets={"be": -543, "b.e.": -543},
)
# fmt: on
ENGLISH = PACK

__all__ = ["ENGLISH", "PACK"]
