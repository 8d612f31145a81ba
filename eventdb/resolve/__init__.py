"""Relative-date resolution: from the way articles write time to dated spans.

>>> from datetime import date
>>> r = resolve("February last year", reference=date(2023, 9, 19))
>>> r.timex, r.earliest, r.latest
('2022-02', datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
"""

from .grammar import resolve
from .result import Resolution
from .vocab import ENGLISH, Vocabulary

__all__ = ["ENGLISH", "Resolution", "Vocabulary", "resolve"]
