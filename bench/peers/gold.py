"""A copy of ``norm_value`` and ``gold_interval`` from ``../shared/eval/score_timex.py``.

Used only when the official scorer is not on disk (see :func:`peers.data.load_scorer`);
when it is, the benchmarks import the scorer itself so the two cannot drift.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

D = dt.date
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def norm_value(v: str | None) -> str | None:
    """Canonical spelling of a TimeML value, so that 1998-W8 and 1998-W08 compare equal."""
    if v is None:
        return None
    v = v.strip().upper()
    m = re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", v)
    if m:
        v = f"{m.group(1)}-W{int(m.group(2)):02d}{m.group(3) or ''}"
    return v


def gold_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a TimeML value covers, or None where it names no interval (REF, X, P1D...)."""
    v = norm_value(value) or ""
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", v)
        if m:
            d = D(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return D(y, mo, 1), _month_end(y, mo)
        if re.fullmatch(r"\d{4}", v):
            return D(int(v), 1, 1), D(int(v), 12, 31)
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            mon = D.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            if m.group(3):
                return mon + dt.timedelta(5), mon + dt.timedelta(6)
            return mon, mon + dt.timedelta(6)
        m = re.fullmatch(r"(\d{4})-Q(\d)", v)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            return D(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        m = re.fullmatch(r"(\d{4})-H(\d)", v)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return D(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
        if m:
            y, (a, b) = int(m.group(1)), SEASON_MONTHS[m.group(2)]
            end = _month_end(y + 1, b) if m.group(2) == "WI" else _month_end(y, b)
            return D(y, a, 1), end
        m = re.fullmatch(r"(\d{3})X?", v)
        if m:
            y = int(m.group(1)) * 10
            return D(y, 1, 1), D(y + 9, 12, 31)
        m = re.fullmatch(r"(\d{2})(XX)?", v)
        if m:
            y = int(m.group(1)) * 100
            return D(max(y, 1), 1, 1), D(y + 99, 12, 31)
    except ValueError:
        return None
    return None
