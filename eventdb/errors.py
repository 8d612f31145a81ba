"""Every error eventdb raises, under one base class.

Kept in one module, apart from the code that raises them, so that any layer can import them
without import loops. The CLI turns each into a one-line message and an exit code; nothing
else catches them.

>>> from eventdb.errors import ResolveError, EventDBError
>>> issubclass(ResolveError, ValueError) and issubclass(ResolveError, EventDBError)
True
"""

from __future__ import annotations


class EventDBError(Exception):
    """Base class of every error eventdb raises on purpose."""


class DateError(EventDBError, ValueError):
    """A date or date text is malformed or impossible (``2023-02-30``, ``1998-Q5``)."""


class ResolveError(DateError):
    """A phrase could not be resolved to a date; the message quotes it and says why."""


class AmbiguityWarningError(ResolveError):
    """Strict mode: the resolver would have warned (a weekday contradicting its day number)."""


class StoreError(EventDBError):
    """The database could not do what was asked (unreachable URL, constraint, schema)."""


class NotFoundError(StoreError, LookupError):
    """No event, source, actor or place with that id or slug."""


class ImportRecordError(StoreError, ValueError):
    """A record in an import is invalid; names the record (file, line or row) and field."""

    def __init__(self, message: str, *, where: str = "", field: str = "") -> None:
        self.where = where
        self.field = field
        prefix = ", ".join(p for p in (where, f"field {field!r}" if field else "") if p)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class AmbiguousRecordError(ImportRecordError, AmbiguityWarningError):
    """Strict mode: a record's phrase drew a resolver warning; names the record and field.

    Both an :class:`ImportRecordError` and an :class:`AmbiguityWarningError`, so a caller
    can offer the lenient way out (the CLI names ``--lenient``).
    """


class FormatError(EventDBError, ValueError):
    """A file could not be read or written in the requested format (malformed YAML, CSV)."""


class OptionError(EventDBError, ValueError):
    """A function was called with options that contradict each other or a value it does
    not take (``days_only=True`` with ``include_coarse=True``, an unknown format); the CLI
    checks its own flags first, so this names the function's parameters."""


class EncodingGuessWarning(UserWarning):
    """A file was not UTF-8 and its encoding was guessed; the message names the guess.

    A warning, not an error: the file was read. The CLI prints it as a ``warning:`` line.
    """


class PageError(FormatError):
    """A saved web page holds no article to extract (no main text)."""


__all__ = [
    "AmbiguityWarningError",
    "AmbiguousRecordError",
    "DateError",
    "EncodingGuessWarning",
    "EventDBError",
    "FormatError",
    "ImportRecordError",
    "NotFoundError",
    "OptionError",
    "PageError",
    "ResolveError",
    "StoreError",
]
