"""What the resolver returns: :class:`Resolution`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..dates import MONTH_NAMES, FuzzyDate, Precision, Span

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_day(d: date) -> str:
    """``Tuesday 19 September 2023``."""
    return f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month]} {d.year}"


def describe(d: FuzzyDate) -> str:
    """What a resolved date covers, spelled out for an explanation."""
    lo, hi = d.earliest, d.latest
    if d.precision is Precision.DAY:
        return long_day(lo)
    if d.precision is Precision.WEEK and d.part is None:
        if lo.month == hi.month:
            return (
                f"ISO week {lo.isocalendar()[1]}: Monday {lo.day} – Sunday {hi.day} "
                f"{MONTH_NAMES[hi.month]} {hi.year}"
            )
        return f"ISO week {lo.isocalendar()[1]}: {long_day(lo)} – {long_day(hi)}"
    whole = f"{d.label} ({lo.day} {MONTH_NAMES[lo.month]} {lo.year} – {hi.day} {MONTH_NAMES[hi.month]} {hi.year})"
    return whole


@dataclass(slots=True)
class Resolution:
    """A phrase resolved against a reference date.

    For a point expression (``last week``) ``timex``/``mod`` give its TimeML value and
    ``earliest``/``latest`` its bounds, and ``start == end``. A one-sided range (``since
    the end of last year``, ``until this Wednesday (20)``) reports its anchor's ``timex``,
    ``mod`` and bounds, with ``start`` or ``end`` open (``None``) and ``ongoing`` set for
    ``since``. A two-sided range has ``timex`` None and its outer bounds. References to
    the present, past or future have ``timex`` PRESENT_REF, PAST_REF or FUTURE_REF and are
    bounded by the reference on the side they point at: ``now`` is the reference day,
    ``recently`` ends on it (open start), ``the future`` starts on it (open end).
    Durations (``for three weeks``, ``type`` DURATION, ``timex`` ``P3W``) and sets
    (``every season``, ``type`` SET) have no bounds. Parts of a day (``Thursday morning``)
    have ``type`` TIME, a value like ``2023-09-14TMO`` and the day as their bounds.

    A Resolution is a plain record (not frozen: building one is on the resolver's hot
    path); treat it as read-only.

    >>> from eventdb import resolve
    >>> r = resolve("last week", reference=date(2023, 9, 19))
    >>> r.explanation
    "'last week', relative to Tuesday 19 September 2023, is ISO week 37: Monday 11 – Sunday 17 September 2023"
    """

    text: str
    reference: date
    rule: str
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    ongoing: bool = False
    timex: str | None = None
    mod: str | None = None
    earliest: date | None = None
    latest: date | None = None
    type: str = "DATE"
    note: str = ""
    warnings: tuple[str, ...] = field(default=())
    # the other readings the ranking put second, each with its reason (docs/resolver.md)
    alternatives: tuple[Alternative, ...] = field(default=())

    @property
    def span(self) -> Span:
        """The span this phrase gives an event (ongoing as of the reference date)."""
        return Span(
            self.start,
            self.end,
            ongoing=self.ongoing,
            as_of=self.reference if self.ongoing else None,
        )

    @property
    def value(self) -> FuzzyDate | None:
        """The date of a point expression (start == end), else None."""
        return self.start if self.start is not None and self.start == self.end else None

    @property
    def explanation(self) -> str:
        """How the phrase was read, in one sentence."""
        head = f"{self.text.strip()!r}, relative to {long_day(self.reference)}, is "
        s, e = self.start, self.end
        if s is not None and s == e:
            body = describe(s)
        elif s is not None or e is not None:
            body = self.span.label
            if s is not None and e is not None:
                body = f"from {describe(s)} to {describe(e)}"
            elif s is not None:
                body = f"from {describe(s)}" + (
                    f", ongoing as of {long_day(self.reference)}" if self.ongoing else ""
                )
            else:
                assert e is not None
                body = f"until {describe(e)}, start unknown"
        else:
            body = f"{self.timex} ({self.type.lower()})"
        return head + body + (f" — {self.note}" if self.note else "")


@dataclass(frozen=True, slots=True)
class Alternative:
    """A reading of the phrase the ranking put second, and why.

    >>> from eventdb import resolve
    >>> r = resolve("3/4/2023", reference=date(2023, 9, 19))
    >>> r.timex, [(a.reading.timex, a.reason) for a in r.alternatives]
    ('2023-03-04', [('2023-04-03', 'day first (the pack reads numeric dates month first)')])
    """

    reading: Resolution
    reason: str
    # "past" or "future" when the reading is the same phrase on that side of the
    # reference ("Monday" read back or forward, "until Friday" the last one), which a
    # verb's tense chooses between; None for another kind (a country's date, an order)
    side: str | None = None
