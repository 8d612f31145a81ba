"""Relative-date resolution: from the way articles write time to dated spans.

Languages are packs of data (``eventdb/resolve/packs``), loaded on first use.

>>> from datetime import date
>>> r = resolve("February last year", reference=date(2023, 9, 19))
>>> r.timex, r.earliest, r.latest
('2022-02', datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
>>> resolve("mês passado", reference=date(2023, 9, 19), language="pt").timex
'2023-08'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import resolve
from .packs import LANGUAGES
from .result import Resolution
from .vocab import Vocabulary

if TYPE_CHECKING:
    ENGLISH: Vocabulary  # the English pack, loaded on first use


def __getattr__(name: str) -> Vocabulary:
    """``ENGLISH``: the English pack, imported when first asked for."""
    if name == "ENGLISH":
        from .packs import load

        return load("en")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ENGLISH", "LANGUAGES", "Resolution", "Vocabulary", "resolve"]
