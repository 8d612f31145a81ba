"""Hand-written SQL compiled by SQLAlchemy, once per statement and dialect, for the driver.

The store writes its hot statements as :func:`sqlalchemy.text` does, with named parameters
(``:slug``). SQLAlchemy's compiler turns each into the driver's own placeholders (``?`` for
sqlite3, ``%s`` for psycopg, where it also doubles a literal ``%``) and the order the values
go in; the store then hands those to the driver's cursor, so a million-row import pays no
per-row cost for it. Values never enter the SQL text, and no text is ever rewritten by
string replacement: a ``?``, ``%`` or ``:name`` in the data, or a ``%`` in the SQL, is safe.

>>> from sqlalchemy.dialects import postgresql, sqlite
>>> compiled("SELECT id FROM event WHERE slug = :s OR title LIKE '50%' OR id = :s",
...          sqlite.dialect())
("SELECT id FROM event WHERE slug = ? OR title LIKE '50%' OR id = ?", ('s', 's'))
>>> compiled("SELECT id FROM event WHERE title LIKE '50%' AND id = :i",
...          positional(postgresql.psycopg.dialect()))[0]
"SELECT id FROM event WHERE title LIKE '50%%' AND id = %s"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import Dialect

__all__ = ["Driver", "compiled", "positional"]


def positional(dialect: Dialect) -> Dialect:
    """``dialect`` with positional placeholders (psycopg's default is ``%(name)s``), so
    values go to the driver as lists in the order :func:`compiled` gives."""
    if dialect.positional:
        return dialect
    cls = type(dialect)
    found = _POSITIONAL.get(cls)
    if found is None:
        found = _POSITIONAL[cls] = cls(paramstyle="format")  # type: ignore[call-arg]
    return found


_POSITIONAL: dict[type[Dialect], Dialect] = {}


@lru_cache(maxsize=2048)
def _compile(sql: str, dialect: Dialect) -> tuple[str, tuple[str, ...]]:
    c = text(sql).compile(dialect=dialect)
    return c.string, tuple(c.positiontup or ())


def compiled(sql: str, dialect: Dialect) -> tuple[str, tuple[str, ...]]:
    """The driver's SQL for ``sql`` (``:name`` parameters) and the parameter names in the
    order the driver takes their values; compiled by SQLAlchemy once, then cached."""
    return _compile(sql, dialect)


class Driver:
    """The driver cursor of one connection, running statements compiled for its dialect.

    >>> from sqlalchemy import create_engine
    >>> with create_engine("sqlite://").connect() as conn:
    ...     d = Driver(conn)
    ...     d.execute("CREATE TABLE t (a TEXT, b TEXT)")
    ...     d.executemany("INSERT INTO t (a, b) VALUES (:a, :b)", [("50%", "?"), (":b", "%s")])
    ...     d.execute("SELECT b FROM t WHERE a = :a", {"a": "50%"})
    []
    [('?',)]
    """

    def __init__(self, conn: Connection) -> None:
        self.raw: Any = conn.connection.driver_connection
        self.dialect = positional(conn.dialect)
        self.cur: Any = self.raw.cursor()  # type: ignore[union-attr]

    def compiled(self, sql: str) -> tuple[str, tuple[str, ...]]:
        """See :func:`compiled`."""
        return _compile(sql, self.dialect)

    def bind(self, sql: str, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The driver's SQL and its list of values, from ``params`` by name."""
        driver_sql, names = _compile(sql, self.dialect)
        return driver_sql, [params[n] for n in names]

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        """Run one statement; the rows it returns (empty for one that returns none)."""
        driver_sql, values = self.bind(sql, params or {})
        self.cur.execute(driver_sql, values)
        return list(self.cur.fetchall()) if self.cur.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many rows through the driver's ``executemany``: each row
        holds the values of the statement's parameters in the order they are written (each
        parameter written once)."""
        if not rows:
            return
        driver_sql, names = _compile(sql, self.dialect)
        if len(set(names)) != len(names):
            raise ValueError(f"executemany needs each parameter once: {sql[:60]!r}")
        self.cur.executemany(driver_sql, rows)
