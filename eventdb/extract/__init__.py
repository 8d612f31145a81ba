"""Extraction: every dated phrase in an article, resolved, and a draft chronology from them.

>>> from datetime import date
>>> [(m.text, m.timex) for m in extract("Pashinian spoke last week.", reference=date(2023, 9, 19))]
[('last week', '2023-W37')]

See docs/extract.md for what it finds, what it skips and why.
"""

from .core import Mention, duration_value, extract, set_value
from .draft import draft_document, draft_title, event_phrase

__all__ = [
    "Mention",
    "draft_document",
    "draft_title",
    "duration_value",
    "event_phrase",
    "extract",
    "set_value",
]
