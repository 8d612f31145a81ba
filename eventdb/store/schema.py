"""Engines from URLs, and the schema version: checked on open, upgraded through Alembic.

Opening a current database costs one small query: Alembic (and its start-up time) is
imported only when a database is new or older than this eventdb.

>>> normalize_url("events.db").startswith("sqlite:///")
True
>>> normalize_url("postgresql+psycopg://db.example/events")
'postgresql+psycopg://db.example/events'
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError

__all__ = [
    "HEAD",
    "REVISIONS",
    "current_revision",
    "default_url",
    "make_engine",
    "normalize_url",
    "upgrade",
    "write_transaction",
]

# The revisions in eventdb/migrations/versions, oldest first; HEAD is what this code reads.
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 60_000
_PG_LOCK = 0x6576_6462  # "evdb": serialises concurrent upgrades of one PostgreSQL database
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def default_url() -> str:
    """``EVENTDB_URL`` if set, else ``events.db`` in the per-user data directory.

    >>> import os; os.environ["EVENTDB_URL"] = "sqlite:///x.db"; default_url()
    'sqlite:///x.db'
    >>> del os.environ["EVENTDB_URL"]
    """
    env = os.environ.get("EVENTDB_URL")
    if env:
        return normalize_url(env)
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("eventdb", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return normalize_url(str(folder / "events.db"))


def normalize_url(url: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL: plain paths become ``sqlite:///<absolute path>``."""
    text = os.fspath(url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite: WAL, a busy timeout, foreign keys, and
    ``BEGIN IMMEDIATE`` for writes so concurrent writers queue instead of failing."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as e:
        raise StoreError(f"cannot use database URL {url!r}: {e}") from e
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()
    # A common word's text search counts the events it checks with this function;
    # EventDB.timeline() installs a counting one for each such query (see _ids).
    dbapi_connection.create_function("eventdb_walked", 1, _walked_freely)


def _walked_freely(_id: int) -> bool:
    return True


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("eventdb_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction: committed on success, rolled back on error."""
    with engine.connect() as conn:
        conn.execution_options(eventdb_write=True)
        with conn.begin():
            yield conn


def current_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database, or None for an empty database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return str(value) if value is not None else None


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Bring the schema to ``revision`` (default: the newest) in one transaction.

    Returns the revision the database is at afterwards. A database recorded at a revision
    this eventdb does not know (made by a newer version) is refused, never misread.
    """
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        found = current_revision(conn)
        check_known(found)
        target = HEAD if revision == "head" else revision
        if target not in REVISIONS:
            raise StoreError(f"unknown schema revision {target!r}")
        if found is not None and REVISIONS.index(found) > REVISIONS.index(target):
            raise StoreError(f"the database is at {found}, newer than {target}: not downgrading")
        if found != target:
            from alembic import command
            from alembic.config import Config

            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
        return target


def check_known(found: str | None) -> None:
    """Refuse a database whose schema revision this eventdb does not know."""
    if found is not None and found not in REVISIONS:
        raise StoreError(
            f"the database is at schema revision {found}, which this eventdb does not know "
            f"(it knows up to {HEAD}): upgrade eventdb to open it"
        )
