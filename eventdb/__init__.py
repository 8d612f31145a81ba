"""eventdb: chronologies from the way news writes time.

The public API, declared once. Heavy parts (the store, SQLModel, SQLAlchemy) load only when
first used, so that ``eventdb --help`` and ``eventdb resolve`` start fast.

>>> from datetime import date
>>> from eventdb import resolve
>>> resolve("last week", reference=date(2023, 9, 19)).timex
'2023-W37'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .dates import FuzzyDate, Part, Precision, Span
from .errors import (
    DateError,
    EventDBError,
    FormatError,
    ImportRecordError,
    NotFoundError,
    ResolveError,
    StoreError,
)
from .resolve import Resolution, resolve

if TYPE_CHECKING:
    from .extract import Mention, extract
    from .store import EventDB

__version__ = "0.1.0"

_LAZY = {"EventDB": ".store", "extract": ".extract", "Mention": ".extract"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(_LAZY[name], __name__)
        # Importing eventdb.extract binds the submodule as eventdb.extract; bind every name
        # the module provides so that the function, not the module, wins.
        for lazy, where in _LAZY.items():
            if where == _LAZY[name]:
                globals()[lazy] = getattr(module, lazy)
        return globals()[name]
    raise AttributeError(f"module 'eventdb' has no attribute {name!r}")


__all__ = [
    "DateError",
    "EventDB",
    "EventDBError",
    "FormatError",
    "FuzzyDate",
    "ImportRecordError",
    "Mention",
    "NotFoundError",
    "Part",
    "Precision",
    "Resolution",
    "ResolveError",
    "Span",
    "StoreError",
    "__version__",
    "extract",
    "resolve",
]
