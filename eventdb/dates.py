"""Imprecise dates and spans: the pure date model under everything else.

A :class:`FuzzyDate` is a day known only to lie within ``[earliest, latest]``, with the
precision it was written at (``February 2022`` is a month, ``last week`` an ISO week), an
optional part of that unit (``late 2022``), and flags for approximate (``c. 1991``, EDTF
``~``) and uncertain (``1991?``, EDTF ``?``). A :class:`Span` is when an event happened: a
start and an end, each a FuzzyDate or open, and ``ongoing`` with the date it was last known
to be running.

Both convert to and from EDTF text and TimeML values, give a human label, and order
deterministically: by earliest possible day, then the wider date first (``2022`` before
``February 2022`` before ``1 February 2022``: a coarse date reads as a heading over the finer
dates inside it), then precision, part and flags.

>>> d = FuzzyDate.month(2022, 2)
>>> d.earliest, d.latest, d.timex, d.edtf, d.label
(datetime.date(2022, 2, 1), datetime.date(2022, 2, 28), '2022-02', '2022-02', 'February 2022')
>>> late = FuzzyDate.year(2022).narrow(Part.LATE)
>>> late.label, late.timex, late.mod, late.edtf
('late 2022', '2022', 'END', '[2022-09..2022-12]')
>>> Span(late, None, ongoing=True, as_of=date(2023, 9, 19)).label
'late 2022 – ongoing (as of 19 September 2023)'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from .errors import DateError

__all__ = ["FuzzyDate", "Part", "Precision", "Span", "add_months", "day_label", "month_end"]

MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Precision(str, Enum):
    """The unit a date was written at, finest first."""

    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for a day up to 9 for a century: smaller is finer."""
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}
PARTABLE = frozenset(
    {Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.DECADE, Precision.CENTURY}
)


class Part(str, Enum):
    """Early, mid or late in a unit; maps to TimeML's mod START, MID, END."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"

    @property
    def mod(self) -> str:
        """The TimeML ``mod`` for this part."""
        return _PART_MOD[self]


_PART_MOD = {Part.EARLY: "START", Part.MID: "MID", Part.LATE: "END"}
_MOD_PART = {v: k for k, v in _PART_MOD.items()}

# Meteorological seasons: the first month of each, per hemisphere, with the TimeML code and
# the EDTF season number (21-24 level 1 for the northern names; 29-32 level 2 for the south).
SEASONS = ("SP", "SU", "FA", "WI")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SEASON_START = {
    False: {"SP": 3, "SU": 6, "FA": 9, "WI": 12},
    True: {"SP": 9, "SU": 12, "FA": 3, "WI": 6},
}
_SEASON_EDTF = {
    False: {"SP": 21, "SU": 22, "FA": 23, "WI": 24},
    True: {"SP": 29, "SU": 30, "FA": 31, "WI": 32},
}
_EDTF_SEASON = {n: (code, south) for south, t in _SEASON_EDTF.items() for code, n in t.items()}
_EDTF_SEASON.update({25: ("SP", False), 26: ("SU", False), 27: ("FA", False), 28: ("WI", False)})
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth")


def month_end(year: int, month: int) -> date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after (or before, if negative) a month.

    >>> add_months(2023, 11, 3), add_months(2023, 1, -1)
    ((2024, 2), (2022, 12))
    """
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_label(d: date) -> str:
    """A day as labels write it.

    >>> day_label(date(2023, 9, 18))
    '18 September 2023'
    """
    return f"{d.day} {MONTH_NAMES[d.month]} {d.year}"


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A day known only to lie within ``[earliest, latest]``, written at some precision.

    Build one with the unit constructors (:meth:`day`, :meth:`week`, :meth:`month`,
    :meth:`season`, :meth:`quarter`, :meth:`half`, :meth:`year`, :meth:`decade`,
    :meth:`century`), or parse EDTF / TimeML text with :meth:`parse`.

    >>> FuzzyDate.week(2023, 37).label
    'week of 11 September 2023'
    >>> FuzzyDate.parse("1997-FA").label
    'autumn 1997'
    """

    precision: Precision
    earliest: date
    latest: date
    part: Part | None = None
    approximate: bool = False
    uncertain: bool = False
    south: bool = False  # a season named for the southern hemisphere

    # -- constructors --------------------------------------------------------------------

    @classmethod
    def day(cls, d: date) -> FuzzyDate:
        """One known day.

        >>> FuzzyDate.day(date(2023, 9, 18)).label
        '18 September 2023'
        """
        return cls(Precision.DAY, d, d)

    @classmethod
    def week(cls, iso_year: int, week: int) -> FuzzyDate:
        """ISO week ``week`` of ``iso_year``, Monday to Sunday."""
        monday = _iso_monday(iso_year, week)
        return cls(Precision.WEEK, monday, monday + timedelta(days=6))

    @classmethod
    def weekend(cls, iso_year: int, week: int) -> FuzzyDate:
        """The Saturday and Sunday of an ISO week."""
        monday = _iso_monday(iso_year, week)
        return cls(Precision.WEEKEND, monday + timedelta(days=5), monday + timedelta(days=6))

    @classmethod
    def week_of(cls, d: date) -> FuzzyDate:
        """The ISO week holding ``d``."""
        y, w, _ = d.isocalendar()
        return cls.week(y, w)

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        """A calendar month."""
        _check_year(year)
        if not 1 <= month <= 12:
            raise DateError(f"month {month} is not between 1 and 12")
        return cls(Precision.MONTH, date(year, month, 1), month_end(year, month))

    @classmethod
    def season(cls, year: int, code: str, *, south: bool = False) -> FuzzyDate:
        """A meteorological season (SP, SU, FA, WI); winter 2023 is Dec 2023 – Feb 2024."""
        _check_year(year)
        first = _SEASON_START[south][code]
        y2, m2 = add_months(year, first, 2)
        return cls(Precision.SEASON, date(year, first, 1), month_end(y2, m2), south=south)

    @classmethod
    def quarter(cls, year: int, q: int) -> FuzzyDate:
        """Calendar quarter ``q`` (1–4) of ``year``."""
        _check_year(year)
        if not 1 <= q <= 4:
            raise DateError(f"quarter {q} is not between 1 and 4")
        return cls(Precision.QUARTER, date(year, 3 * q - 2, 1), month_end(year, 3 * q))

    @classmethod
    def half(cls, year: int, h: int) -> FuzzyDate:
        """Half-year ``h`` (1 or 2) of ``year``."""
        _check_year(year)
        if h not in (1, 2):
            raise DateError(f"half {h} is not 1 or 2")
        return cls(Precision.HALF, date(year, 6 * h - 5, 1), month_end(year, 6 * h))

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        """A calendar year."""
        _check_year(year)
        return cls(Precision.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def decade(cls, first_year: int) -> FuzzyDate:
        """The decade starting at ``first_year`` (rounded down to a multiple of ten)."""
        y = first_year - first_year % 10
        _check_year(max(y, 1))
        _check_year(y + 9)
        return cls(Precision.DECADE, date(max(y, 1), 1, 1), date(y + 9, 12, 31))

    @classmethod
    def century(cls, first_year: int) -> FuzzyDate:
        """The hundred years starting at ``first_year`` rounded down (TimeML ``19`` = 1900–1999)."""
        y = first_year - first_year % 100
        _check_year(y + 99)
        return cls(Precision.CENTURY, date(max(y, 1), 1, 1), date(y + 99, 12, 31))

    # -- derived values ------------------------------------------------------------------

    def narrow(self, part: Part | None) -> FuzzyDate:
        """The early, mid or late part of this date's unit (``None`` undoes a part).

        >>> FuzzyDate.month(2023, 9).narrow(Part.MID).label
        'mid-September 2023'
        """
        if part is self.part:
            return self
        if part is not None and self.precision not in PARTABLE:
            raise DateError(
                f"{part.value} applies to weeks, months, years, decades and centuries, "
                f"not to a {self.precision.value}"
            )
        lo, hi = self.unit_bounds()
        if part is not None:
            lo, hi = _part_bounds(self.precision, lo, hi, part)
        return replace(self, earliest=lo, latest=hi, part=part)

    def approx(self, approximate: bool = True) -> FuzzyDate:
        """The same date marked approximate ("around", EDTF ``~``)."""
        return replace(self, approximate=approximate)

    def unit_bounds(self) -> tuple[date, date]:
        """The bounds of the whole unit, before any part narrows them."""
        if self.part is None:
            return self.earliest, self.latest
        return _unit_of(self).earliest, _unit_of(self).latest

    @property
    def mod(self) -> str | None:
        """TimeML ``mod``: START/MID/END for a part, APPROX for approximate, else None."""
        if self.part is not None:
            return self.part.mod
        return "APPROX" if self.approximate else None

    @property
    def timex(self) -> str:
        """The TimeML value: ``2023-09-18``, ``2023-W37``, ``2023-W37-WE``, ``2022-12``,
        ``1997-FA``, ``1998-Q3``, ``1998-H1``, ``2022``, ``199`` or ``19``."""
        p, e = self.precision, self.unit_bounds()[0]
        if p is Precision.DAY:
            return e.isoformat()
        if p is Precision.WEEK or p is Precision.WEEKEND:
            y, w, _ = e.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if p is Precision.WEEKEND else "")
        if p is Precision.MONTH:
            return f"{e.year:04d}-{e.month:02d}"
        if p is Precision.SEASON:
            return f"{e.year:04d}-{self.season_code}"
        if p is Precision.QUARTER:
            return f"{e.year:04d}-Q{(e.month + 2) // 3}"
        if p is Precision.HALF:
            return f"{e.year:04d}-H{1 if e.month < 7 else 2}"
        if p is Precision.YEAR:
            return f"{e.year:04d}"
        if p is Precision.DECADE:
            return f"{e.year // 10:03d}"
        return f"{e.year // 100:02d}"

    @property
    def season_code(self) -> str:
        """``SP``, ``SU``, ``FA`` or ``WI`` for a season, else ``""``."""
        if self.precision is not Precision.SEASON:
            return ""
        m = self.unit_bounds()[0].month
        return next(c for c, first in _SEASON_START[self.south].items() if first == m)

    @property
    def edtf(self) -> str:
        """EDTF text (ISO 8601-2): ``2022-02``, ``2022-12~``, ``2023-21``, ``199X``.

        Weeks and parts have no EDTF unit, so they are written as an EDTF level 2 "one of"
        set of the days, months or years they cover (``[2022-09..2022-12]`` for late 2022),
        which :meth:`parse` reads back to the same week or part.
        """
        q = ("~" if self.approximate else "") + ("?" if self.uncertain else "")
        if q == "~?":
            q = "%"
        if self.part is not None or self.precision in (Precision.WEEK, Precision.WEEKEND):
            lo, hi = self.earliest, self.latest
            if self.precision in (Precision.DECADE, Precision.CENTURY):
                a, b = f"{lo.year:04d}", f"{hi.year:04d}"
            elif self.precision is Precision.YEAR:
                a, b = f"{lo.year:04d}-{lo.month:02d}", f"{hi.year:04d}-{hi.month:02d}"
            else:
                a, b = lo.isoformat(), hi.isoformat()
            return f"[{a}{q}..{b}{q}]" if a != b else a + q
        e, p = self.earliest, self.precision
        if p is Precision.DAY:
            s = e.isoformat()
        elif p is Precision.MONTH:
            s = f"{e.year:04d}-{e.month:02d}"
        elif p is Precision.SEASON:
            s = f"{e.year:04d}-{_SEASON_EDTF[self.south][self.season_code]}"
        elif p is Precision.QUARTER:
            s = f"{e.year:04d}-{32 + (e.month + 2) // 3}"
        elif p is Precision.HALF:
            s = f"{e.year:04d}-{40 if e.month < 7 else 41}"
        elif p is Precision.YEAR:
            s = f"{e.year:04d}"
        elif p is Precision.DECADE:
            s = f"{e.year // 10:03d}X"
        else:
            s = f"{e.year // 100:02d}XX"
        return s + q

    @property
    def label(self) -> str:
        """A human label: ``18 September 2023``, ``week of 11 September 2023``,
        ``late 2022``, ``the 1990s``, ``c. 1991``, ``1991?``."""
        text = _unit_label(self)
        if self.part is not None:
            text = _with_part(self, text)
        if self.approximate:
            text = "c. " + text
        if self.uncertain:
            text += "?"
        return text

    @property
    def sort_key(self) -> tuple[int, int, int, str, bool, bool]:
        """Earliest day first; on a tie the wider date first, then precision, part, flags."""
        return (
            self.earliest.toordinal(),
            -self.latest.toordinal(),
            -self.precision.rank,
            self.part.value if self.part else "",
            self.approximate,
            self.uncertain,
        )

    def __lt__(self, other: FuzzyDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: FuzzyDate) -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: FuzzyDate) -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: FuzzyDate) -> bool:
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        return self.edtf

    # -- parsing -------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read EDTF (levels 0–1, seasons, ``X`` digits, the sets :attr:`edtf` writes) or a
        TimeML value (``2023-W37``, ``1998-Q3``, ``1997-FA``, ``199``, ``19``).

        >>> FuzzyDate.parse("2022-12~").label
        'c. December 2022'
        >>> FuzzyDate.parse("1998-Q3") == FuzzyDate.parse("1998-35")
        True
        """
        s = text.strip()
        if not s:
            raise DateError("empty date text: expected EDTF such as 2022-02 or a TimeML value")
        if s[0] == "[":
            return _parse_set(s, text)
        approximate = uncertain = False
        if s[-1] in "~?%":
            approximate, uncertain = s[-1] in "~%", s[-1] in "?%"
            s = s[:-1]
        d = _parse_plain(s, text)
        if approximate or uncertain:
            d = replace(d, approximate=approximate, uncertain=uncertain)
        return d

    @classmethod
    def from_timex(cls, value: str, mod: str | None = None) -> FuzzyDate:
        """A TimeML value with an optional mod (START/MID/END, APPROX).

        >>> FuzzyDate.from_timex("2022", "END").label
        'late 2022'
        """
        d = cls.parse(value)
        if mod in _MOD_PART:
            d = d.narrow(_MOD_PART[mod])
        elif mod in ("APPROX", "APPROXIMATE"):
            d = d.approx()
        return d


def _check_year(y: int) -> None:
    if not 1 <= y <= 9999:
        raise DateError(f"year {y} is outside 1–9999")


def _iso_monday(iso_year: int, week: int) -> date:
    try:
        return date.fromisocalendar(iso_year, week, 1)
    except ValueError:
        raise DateError(f"{iso_year} has no ISO week {week}") from None


def _unit_of(d: FuzzyDate) -> FuzzyDate:
    """The whole unit a parted date lies in (only partable precisions have parts)."""
    e, p = d.earliest, d.precision
    if p is Precision.WEEK:
        return FuzzyDate.week_of(e)
    if p is Precision.MONTH:
        return FuzzyDate.month(e.year, e.month)
    if p is Precision.YEAR:
        return FuzzyDate.year(e.year)
    if p is Precision.DECADE:
        return FuzzyDate.decade(e.year)
    return FuzzyDate.century(e.year)


def _part_bounds(p: Precision, lo: date, hi: date, part: Part) -> tuple[date, date]:
    """Narrow a unit to its early, mid or late third (by months, days or years)."""
    i = (Part.EARLY, Part.MID, Part.LATE).index(part)
    if p is Precision.YEAR:
        return date(lo.year, 4 * i + 1, 1), month_end(lo.year, 4 * i + 4)
    if p is Precision.MONTH:
        first, last = ((1, 10), (11, 20), (21, hi.day))[i]
        return lo.replace(day=first), lo.replace(day=last)
    if p is Precision.WEEK:
        a, b = ((0, 1), (2, 3), (4, 6))[i]
        return lo + timedelta(days=a), lo + timedelta(days=b)
    if p in (Precision.DECADE, Precision.CENTURY):
        span = 10 if p is Precision.DECADE else 100
        base = lo.year - lo.year % span
        thirds = ((0, 3), (4, 6), (7, 9)) if span == 10 else ((0, 32), (33, 65), (66, 99))
        a, b = thirds[i]
        return date(max(base + a, 1), 1, 1), date(base + b, 12, 31)
    raise DateError(f"a {p.value} has no early, mid or late part")


def _unit_label(d: FuzzyDate) -> str:
    lo, hi = d.unit_bounds()
    p = d.precision
    if p is Precision.DAY:
        return day_label(lo)
    if p is Precision.WEEK:
        return f"week of {day_label(lo)}"
    if p is Precision.WEEKEND:
        if lo.month == hi.month:
            return f"weekend of {lo.day}–{hi.day} {MONTH_NAMES[hi.month]} {hi.year}"
        return f"weekend of {day_label(lo)} – {day_label(hi)}"
    if p is Precision.MONTH:
        return f"{MONTH_NAMES[lo.month]} {lo.year}"
    if p is Precision.SEASON:
        name = SEASON_NAMES[d.season_code]
        south = " (southern)" if d.south else ""
        if lo.year != hi.year:
            return f"{name} {lo.year}–{hi.year % 100:02d}{south}"
        return f"{name} {lo.year}{south}"
    if p is Precision.QUARTER:
        return f"{_ORDINAL_WORDS[(lo.month + 2) // 3]} quarter of {lo.year}"
    if p is Precision.HALF:
        return f"{_ORDINAL_WORDS[1 if lo.month < 7 else 2]} half of {lo.year}"
    if p is Precision.YEAR:
        return str(lo.year)
    if p is Precision.DECADE:
        return f"the {lo.year - lo.year % 10}s"
    return f"the {_ordinal(lo.year // 100 + 1)} century"


def _with_part(d: FuzzyDate, text: str) -> str:
    assert d.part is not None
    word = d.part.value
    if d.precision in (Precision.DECADE, Precision.CENTURY):
        return (
            text.replace("the ", f"the {word} ", 1)
            if word != "mid"
            else text.replace("the ", "the mid-", 1)
        )
    if d.precision is Precision.WEEK:
        return f"the middle of the {text}" if word == "mid" else f"{word} in the {text}"
    return f"mid-{text}" if word == "mid" else f"{word} {text}"


# -- parsing ---------------------------------------------------------------------------

_PLAIN = re.compile(
    r"(?P<y>-?\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"
    r"|(?P<wy>\d{4})-W(?P<w>\d{1,2})(?P<we>-WE)?"
    r"|(?P<sy>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<qy>\d{4})-(?P<qh>[QH])(?P<qn>\d)"
    r"|(?P<dec>\d{3})X?"
    r"|(?P<cen>\d{2})(?:XX)?",
    re.IGNORECASE,
)


def _parse_plain(s: str, original: str) -> FuzzyDate:
    m = _PLAIN.fullmatch(s)
    if m is None:
        raise DateError(
            f"cannot read {original!r} as a date: expected EDTF (2022-02, 2022-12~, 2023-21, "
            "199X) or a TimeML value (2023-W37, 1998-Q3, 1997-FA)"
        )
    g = m.groupdict()
    try:
        if g["y"] is not None:
            y = int(g["y"])
            if g["m"] is None:
                return FuzzyDate.year(y)
            mo = int(g["m"])
            if g["d"] is not None:
                day = int(g["d"])
                if 1 <= mo <= 12 and 1 <= y <= 9999 and not 1 <= day <= month_end(y, mo).day:
                    raise DateError(
                        f"{original!r} is not a real date: {MONTH_NAMES[mo]} {y} has no day {day}"
                    )
                return FuzzyDate.day(date(y, mo, day))
            if 1 <= mo <= 12:
                return FuzzyDate.month(y, mo)
            if mo in _EDTF_SEASON:
                code, south = _EDTF_SEASON[mo]
                return FuzzyDate.season(y, code, south=south)
            if 33 <= mo <= 36:
                return FuzzyDate.quarter(y, mo - 32)
            if mo in (40, 41):
                return FuzzyDate.half(y, mo - 39)
            raise DateError(
                f"{original!r}: {mo} is neither a month (01–12) nor an EDTF season or quarter"
            )
        if g["wy"] is not None:
            if g["we"]:
                return FuzzyDate.weekend(int(g["wy"]), int(g["w"]))
            return FuzzyDate.week(int(g["wy"]), int(g["w"]))
        if g["sy"] is not None:
            return FuzzyDate.season(int(g["sy"]), g["s"].upper())
        if g["qy"] is not None:
            make = FuzzyDate.quarter if g["qh"].upper() == "Q" else FuzzyDate.half
            return make(int(g["qy"]), int(g["qn"]))
        if g["dec"] is not None:
            return FuzzyDate.decade(int(g["dec"]) * 10)
        return FuzzyDate.century(int(g["cen"]) * 100)
    except ValueError as e:
        if isinstance(e, DateError):
            raise
        raise DateError(f"{original!r} is not a real date: {e}") from None


def _parse_set(s: str, original: str) -> FuzzyDate:
    """Read back the ``[a..b]`` sets that :attr:`FuzzyDate.edtf` writes for weeks and parts."""
    m = re.fullmatch(r"\[([^.\]]+)\.\.([^.\]]+)\]", s)
    if m is None:
        raise DateError(f"cannot read {original!r}: only [first..last] sets are supported")
    a, b = FuzzyDate.parse(m.group(1)), FuzzyDate.parse(m.group(2))
    ap, un = a.approximate, a.uncertain
    lo, hi = a.earliest, b.latest
    candidates: list[FuzzyDate] = []
    if a.precision is Precision.DAY:
        y, w, wd = lo.isocalendar()
        if (hi - lo).days == 6 and wd == 1:
            candidates.append(FuzzyDate.week(y, w))
        elif (hi - lo).days == 1 and wd == 6:
            candidates.append(FuzzyDate.weekend(y, w))
        candidates.append(FuzzyDate.month(lo.year, lo.month))
        candidates.append(FuzzyDate.week_of(lo))
    elif a.precision is Precision.MONTH:
        candidates.append(FuzzyDate.year(lo.year))
    elif a.precision is Precision.YEAR:
        candidates += [FuzzyDate.decade(lo.year), FuzzyDate.century(lo.year)]
    for whole in candidates:
        if (whole.earliest, whole.latest) == (lo, hi):
            return replace(whole, approximate=ap, uncertain=un)
        for part in Part if whole.precision in PARTABLE else ():
            parted = whole.narrow(part)
            if (parted.earliest, parted.latest) == (lo, hi):
                return replace(parted, approximate=ap, uncertain=un)
    raise DateError(f"cannot read {original!r}: the set is not a week, weekend or part of a unit")


# -- spans -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """When an event happened: a start and an end, each a FuzzyDate or ``None`` (unknown).

    ``ongoing`` marks an event still running when last reported, ``as_of`` that day. A
    point event has ``start == end``.

    >>> s = Span.parse("2023-09-11/2023-09-20")
    >>> s.label, s.earliest, s.latest
    ('11–20 September 2023', datetime.date(2023, 9, 11), datetime.date(2023, 9, 20))
    >>> Span.parse("2022-12~/..").ongoing
    True
    """

    start: FuzzyDate | None
    end: FuzzyDate | None
    ongoing: bool = False
    as_of: date | None = None

    def __post_init__(self) -> None:
        s, e = self.start, self.end
        if s is not None and e is not None and s.earliest > e.latest:
            raise DateError(f"a span cannot end ({e.label}) before it starts ({s.label})")

    @classmethod
    def point(cls, d: FuzzyDate) -> Span:
        """A point event: it happened at ``d``."""
        return cls(d, d)

    @property
    def is_point(self) -> bool:
        """True when start and end are the same date."""
        return self.start is not None and self.start == self.end

    @property
    def earliest(self) -> date | None:
        """The first day the event could have begun; None when the start is unknown."""
        return self.start.earliest if self.start is not None else None

    @property
    def latest(self) -> date | None:
        """The last day the event could have been running; None when open or ongoing."""
        if self.ongoing or self.end is None:
            return None
        return self.end.latest

    @property
    def precision(self) -> Precision | None:
        """The precision of the start (else the end)."""
        d = self.start or self.end
        return d.precision if d is not None else None

    @property
    def edtf(self) -> str:
        """EDTF text: a single date for a point, else an interval (``..`` open, ``""`` unknown)."""
        if self.is_point and not self.ongoing:
            assert self.start is not None
            return self.start.edtf
        start = self.start.edtf if self.start is not None else ""
        end = ".." if self.ongoing else (self.end.edtf if self.end is not None else "")
        return f"{start}/{end}"

    @property
    def label(self) -> str:
        """A human label: ``11–20 September 2023``, ``late 2022 – ongoing (as of …)``."""
        s, e = self.start, self.end
        if self.ongoing:
            tail = "ongoing" + (f" (as of {day_label(self.as_of)})" if self.as_of else "")
            return f"{s.label} – {tail}" if s is not None else f"until at least {tail}"
        if s is None and e is None:
            return "undated"
        if s is None:
            assert e is not None
            return f"until {e.label}"
        if e is None:
            return f"from {s.label}"
        if s == e:
            return s.label
        return _range_label(s, e)

    @property
    def sort_key(self) -> tuple[tuple[int, int, int, str, bool, bool], int]:
        """Chronological order: by start (unknown starts first), then the later end last."""
        start = self.start.sort_key if self.start is not None else (0, 0, 0, "", False, False)
        end = self.end.latest.toordinal() if self.end is not None and not self.ongoing else 10**7
        return start, end

    @classmethod
    def parse(cls, text: str, *, as_of: date | None = None) -> Span:
        """Read EDTF: a date (a point) or an interval ``a/b`` with ``..`` or ``""`` ends."""
        s = text.strip()
        if "/" not in s:
            return cls.point(FuzzyDate.parse(s))
        a, _, b = s.partition("/")
        start = FuzzyDate.parse(a) if a.strip() not in ("", "..") else None
        ongoing = b.strip() == ".."
        end = FuzzyDate.parse(b) if b.strip() not in ("", "..") else None
        return cls(start, end, ongoing=ongoing, as_of=as_of if ongoing else None)

    def __str__(self) -> str:
        return self.edtf


def _range_label(s: FuzzyDate, e: FuzzyDate) -> str:
    plain = not (s.part or e.part or s.approximate or e.approximate or s.uncertain or e.uncertain)
    if plain and s.precision is Precision.DAY and e.precision is Precision.DAY:
        a, b = s.earliest, e.earliest
        if a.year == b.year and a.month == b.month:
            return f"{a.day}–{b.day} {MONTH_NAMES[b.month]} {b.year}"
        if a.year == b.year:
            return f"{a.day} {MONTH_NAMES[a.month]} – {day_label(b)}"
    if plain and s.precision is Precision.MONTH and e.precision is Precision.MONTH:
        a, b = s.earliest, e.earliest
        if a.year == b.year:
            return f"{MONTH_NAMES[a.month]}–{MONTH_NAMES[b.month]} {b.year}"
    return f"{s.label} – {e.label}"
