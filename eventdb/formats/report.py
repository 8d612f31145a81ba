"""What a writer wrote and what it left out: the truth behind "Wrote 8 events".

Every writer returns a :class:`WriteReport`. ``written`` counts the events in the output;
``left_out`` holds one :class:`LeftOut` per reason an event was not written, with the
:func:`~eventdb.formats.write` option that includes them (empty when none can).

>>> r = WriteReport(8, (LeftOut(11, "coarser than a day", "days_only=False"),))
>>> r.total, r.message()
(19, 'Wrote 8 events; left out 11 coarser than a day (days_only=False includes them)')
>>> r.message(target="cal.ics", options={"days_only=False": "leave out --days-only"})
'Wrote 8 events to cal.ics; left out 11 coarser than a day (leave out --days-only to include them)'
>>> WriteReport(1).message()
'Wrote 1 event'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["LeftOut", "WriteReport", "tally"]


def _events(n: int) -> str:
    return f"{n} event{'' if n == 1 else 's'}"


@dataclass(frozen=True)
class LeftOut:
    """``count`` events not written, for ``reason`` ("coarser than a day"); ``option`` is the
    ``write()`` option that writes them, as ``name=value`` (or the bare name, ``today``, of
    one whose value is the caller's), or ``""`` when none does."""

    count: int
    reason: str
    option: str = ""


@dataclass(frozen=True)
class WriteReport:
    """How many events a writer wrote, and the ones it left out, grouped by reason."""

    written: int
    left_out: tuple[LeftOut, ...] = ()

    @property
    def total(self) -> int:
        """Every event the writer was given."""
        return self.written + sum(x.count for x in self.left_out)

    def message(self, *, target: str = "", options: Mapping[str, str] | None = None) -> str:
        """One line for people: ``Wrote N events[ to TARGET][; left out M REASON (HOW)]``.

        ``options`` maps an option (``"days_only=False"``) to the words the reader should
        use instead (a command-line flag); an option not in it is named as it is.
        """
        text = f"Wrote {_events(self.written)}" + (f" to {target}" if target else "")
        parts: list[str] = []
        for x in self.left_out:
            part = f"{x.count} {x.reason}"
            if x.option:
                how = (options or {}).get(x.option)
                part += f" ({how} to include them)" if how else f" ({x.option} includes them)"
            parts.append(part)
        return text + ("; left out " + ", ".join(parts) if parts else "")


def tally(written: int, left: Mapping[tuple[str, str], int]) -> WriteReport:
    """A report from counts keyed by (reason, option), in the order they were first met."""
    return WriteReport(written, tuple(LeftOut(n, r, o) for (r, o), n in left.items() if n))
