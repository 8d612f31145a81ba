"""Extraction: every dated phrase in an article, resolved, and a draft chronology from them.

>>> from datetime import date
>>> [(m.text, m.timex) for m in extract("Pashinian spoke last week.", reference=date(2023, 9, 19))]
[('last week', '2023-W37')]
"""

from .core import Mention, extract

__all__ = ["Mention", "extract"]
