"""Extraction: every dated phrase in an article, resolved, and a draft chronology from them.

>>> from datetime import date
>>> [(m.text, m.timex) for m in extract("Pashinian spoke last week.", reference=date(2023, 9, 19))]
[('last week', '2023-W37')]

See docs/extract.md for what it finds, what it skips and why.

``eventdb.extract`` names both this package and its main function. Python binds the
package to that name whenever a submodule is imported first (``import
eventdb.extract.patterns``), so the package is itself callable, the same as the function:

>>> import sys
>>> package = sys.modules["eventdb.extract"]
>>> package("Talks resume on Friday.", date(2023, 9, 19), prefer="future")[0].timex
'2023-09-22'
"""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping
from datetime import date

from ..dates import Span
from .core import LANGUAGES, Mention, duration_value, extract, set_value
from .draft import draft_document, draft_title, event_phrase, event_span

__all__ = [
    "LANGUAGES",
    "Mention",
    "draft_document",
    "draft_title",
    "duration_value",
    "event_phrase",
    "event_span",
    "extract",
    "set_value",
]


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`extract`."""

    def __call__(
        self,
        text: str,
        reference: date,
        *,
        prefer: str = "past",
        language: str = "en",
        anchors: Mapping[str, Span] | None = None,
    ) -> list[Mention]:
        return extract(text, reference, prefer=prefer, language=language, anchors=anchors)


sys.modules[__name__].__class__ = _CallableModule
