"""Calendar arithmetic the rules share: units at an offset, steps, nearest dates,
rolling windows, seasons, nth weekdays, decades and Roman numerals."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..dates import MONTH_NAMES, SEASONS, FuzzyDate, add_months, day_label, month_end
from ..errors import DateError
from .core import _Fail
from .result import WEEKDAY_NAMES

_TIMEML_UNIT = {
    "day": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
    "half": "M", "season": "M", "year": "Y", "decade": "DE", "century": "CE", "hour": "H",
    "minute": "M",
}  # fmt: skip


_UNIT_MULT = {"fortnight": 2, "half": 6, "season": 3}

# the units from the finest up, and half of each in a finer one ("a year and a half":
# a year and six months; "two and a half weeks": two weeks and 84 hours, three days)
_UNIT_SIZE = {
    "minute": 0, "hour": 1, "day": 2, "weekend": 3, "week": 3, "fortnight": 4, "month": 5,
    "season": 6, "quarter": 6, "half": 7, "year": 8, "decade": 9, "century": 10,
}  # fmt: skip
_HALF_OF = {
    "minute": (0, "minute"), "hour": (30, "minute"), "day": (12, "hour"),
    "weekend": (1, "day"), "week": (84, "hour"), "fortnight": (1, "week"),
    "month": (2, "week"), "season": (6, "week"), "quarter": (6, "week"),
    "half": (3, "month"), "year": (6, "month"), "decade": (5, "year"), "century": (50, "year"),
}  # fmt: skip


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


def _full_year(y: int) -> int:
    """A year as written: two digits are in the century around 2000 ("96" is 1996, "05"
    2005, "49" 2049), more are the year itself."""
    return y if y >= 100 else y + (2000 if y < 50 else 1900)


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
    y0 = ref.year
    if 1 < y0 < 9998:
        # the common case: the day exists in the reference's year and the next (and the
        # one before), and any year further off is more than 365 days away, farther than
        # one of these: the nearest is among them (Feb 29 takes the long way below)
        here, after = _maybe(y0, mo, n), _maybe(y0 + 1, mo, n)
        if here is not None and after is not None:
            if future:
                return here if here >= ref else after
            before = _maybe(y0 - 1, mo, n)
            if before is not None:
                return min((before, here, after), key=lambda x: (abs((x - ref).days), x > ref))
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


# movable feasts: days from Easter Sunday (a language's pack names them)
_EASTER_SHIFTS = {
    "easter": 0, "good-friday": -2, "easter-monday": 1, "carnival": -47, "corpus-christi": 60,
}  # fmt: skip
