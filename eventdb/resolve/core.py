"""What the resolver's rules pass around: a point read, the call's context, and the two
internal failures (a side nobody reads, an impossible date)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from ..dates import FuzzyDate, Span
from ..errors import DateError
from .vocab import Vocabulary


class _Point:
    """What a point rule found: a date, or a TimeML reference/duration with no date."""

    __slots__ = (
        "alts",
        "date",
        "mod",
        "note",
        "rule",
        "side",
        "timex",
        "type",
        "warnings",
        "window",
    )

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
        # for such a reading: "past" or "future" when it is the same phrase read on the
        # other side of the reference (what a verb's tense chooses between), else None
        self.side: str | None = None


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


class RuleBase:
    """What every family's rules may use of the grammar they are mixed into: the pack
    (``v``, folded) and the grammar's compiled patterns and entry points."""

    v: Vocabulary

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

        def _point(self, s: str, ctx: _Ctx) -> _Point | None: ...
