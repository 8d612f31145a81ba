"""Shared fixtures: a database URL for every backend under test, and an open EventDB.

``db_url`` is a fresh SQLite file always, and a fresh PostgreSQL database too when
``EVENTDB_TEST_POSTGRES_URL`` names a server (``postgresql+psycopg://postgres@127.0.0.1:5432/test``):
the run creates its own database there, empties it before each test and drops it at the
end (``empty_url`` tests get a database of their own). Any test file can ask for
``db_url`` or ``eventdb`` and run against both.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from eventdb import EventDB

PG_URL = os.environ.get("EVENTDB_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite"] + (["postgres"] if PG_URL else [])


def _pg_admin(sql: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


@contextmanager
def _pg_database() -> Iterator[str]:
    from sqlalchemy.engine import make_url

    name = f"eventdb_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (skipped without a server)."""
    if not PG_URL:
        pytest.skip("EVENTDB_TEST_POSTGRES_URL is not set")
    with _pg_database() as url:
        yield url


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    """This run's PostgreSQL database at the current schema, dropped at the end of the run;
    each test empties it first (creating a database per test costs a third of a second)."""
    from eventdb import EventDB

    with _pg_database() as url:
        EventDB(url).close()
        yield url


def _pg_empty(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "TRUNCATE event, source, citation, actor, event_actor, place, event_place, "
                "tag, event_tag, event_relation, event_alias, event_fts RESTART IDENTITY CASCADE"
            )
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for a database with no tables at all (for schema tests)."""
    if request.param == "postgres":
        url: str = request.getfixturevalue("pg_url")
        return url
    return f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database at the current schema, made once and copied per test
    (running the migrations for every test would cost a tenth of a second each)."""
    from eventdb import EventDB

    path = tmp_path_factory.mktemp("template") / "events.db"
    EventDB(str(path)).close()
    return path


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A URL for an empty database: a SQLite file, and PostgreSQL when configured."""
    if request.param == "postgres":
        url: str = request.getfixturevalue("pg_session_url")
        _pg_empty(url)
        yield url
        return
    target = tmp_path / "events.db"
    shutil.copyfile(sqlite_template, target)
    yield f"sqlite:///{target}"


@pytest.fixture
def eventdb(db_url: str) -> Iterator[EventDB]:
    """An open, empty EventDB on each backend; closed after the test."""
    from eventdb import EventDB

    db = EventDB(db_url)
    try:
        yield db
    finally:
        db.close()


def _dump(db: EventDB) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the model's and the search index), in a stable order."""
    from sqlalchemy import select

    from eventdb.model import SQLModel

    out: dict[str, list[tuple[object, ...]]] = {}
    with db.engine.connect() as conn:
        for name, t in sorted(SQLModel.metadata.tables.items()):
            rows = conn.execute(select(t).order_by(*t.primary_key.columns))
            out[name] = [tuple(r) for r in rows]
        fts = (
            "SELECT event_id, document::text FROM event_fts ORDER BY 1, 2"
            if db.pg
            else "SELECT rowid, title, summary, quotes FROM event_fts ORDER BY 1"
        )
        out["event_fts"] = [tuple(r) for r in conn.exec_driver_sql(fts)]
    return out


@pytest.fixture
def dump() -> Callable[[EventDB], dict[str, list[tuple[object, ...]]]]:
    """A function giving every row of every table of a database, to compare before/after."""
    return _dump
