"""Placeholder while the grammar is written: EDTF and TimeML text only."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..dates import FuzzyDate
from ..errors import DateError, ResolveError
from .result import Resolution


def resolve(text: str, reference: date, *, prefer: str = "past", **kw: Any) -> Resolution:
    """Resolve ``text`` against ``reference``."""
    try:
        d = FuzzyDate.parse(text)
    except DateError as e:
        raise ResolveError(str(e)) from None
    return Resolution(text=text, reference=reference, rule="edtf", start=d, end=d, timex=d.timex,
                      mod=d.mod, earliest=d.earliest, latest=d.latest)
