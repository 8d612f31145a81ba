"""Opening databases: URLs, the recorded schema revision, upgrades from older files."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from eventdb import EventDB, StoreError
from eventdb.store import schema


def test_migrations_build_exactly_the_models(empty_url: str) -> None:
    """The Alembic migrations and the SQLModel tables describe the same schema."""
    db_url = empty_url
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from eventdb.model import SQLModel

    EventDB(db_url).close()
    engine = create_engine(db_url)
    # Alembic cannot compare an index on expressions: ix_event_order is checked on its own
    # below (test_order_index_exists).
    skipped = {"ix_event_order"}
    try:
        with engine.connect() as conn, warnings.catch_warnings():
            for message in (
                "Skipped unsupported reflection of expression-based index ix_event_order",
                "autogenerate skipping metadata-specified expression-based index 'ix_event_order'",
            ):
                warnings.filterwarnings("ignore", message=message)
            ctx = MigrationContext.configure(
                conn,
                opts={
                    "include_name": lambda name, kind, _: not str(name).startswith("event_fts"),
                    "include_object": lambda obj, name, kind, reflected, other: name not in skipped,
                },
            )
            diff = compare_metadata(ctx, SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_registry_is_the_models_and_the_migrated_schemas(empty_url: str) -> None:
    """The store's registry of columns, the model and the tables the migrations build
    list the same columns in the same order (new columns are appended by migrations)."""
    from sqlalchemy import inspect

    from eventdb.store.columns import COLUMNS, columns_of_model

    assert columns_of_model() == COLUMNS
    EventDB(empty_url).close()
    engine = create_engine(empty_url)
    try:
        with engine.connect() as conn:
            found = {t: tuple(c["name"] for c in inspect(conn).get_columns(t)) for t in COLUMNS}
    finally:
        engine.dispose()
    assert found == COLUMNS


def test_event_fts_is_the_external_content_index_of_event(tmp_path: Path) -> None:
    """SQLite's event_fts reads its text from event (content="event"), which is how
    Datasette finds the search index of a table."""
    path = tmp_path / "e.db"
    EventDB(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'event_fts'"))
            declared = sql.scalar_one()
    finally:
        engine.dispose()
    assert 'content="event", content_rowid="id"' in declared


def test_order_index_exists(empty_url: str) -> None:
    """ix_event_order holds the timeline's sort key, on either backend."""
    EventDB(empty_url).close()
    engine = create_engine(empty_url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                sql = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_event_order'"
            else:
                sql = "SELECT sql FROM sqlite_master WHERE name = 'ix_event_order'"
            found = [str(r[0]) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()
    assert len(found) == 1
    for column in ("span_lo", "start_latest DESC", "'century'", "span_hi", "id)"):
        assert column in found[0], found[0]


def test_head_matches_the_migration_scripts() -> None:
    """schema.REVISIONS lists every migration script in order, ending at Alembic's head."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(schema.MIGRATIONS))
    scripts = ScriptDirectory.from_config(cfg)
    order = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(order) == schema.REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_new_database_records_its_revision(tmp_path: Path) -> None:
    """A new SQLite file is in WAL mode and records the current schema revision."""
    path = tmp_path / "new.db"
    with EventDB(str(path)) as db:
        assert db.schema_version == schema.HEAD
        assert db.url == f"sqlite:///{path}"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _make_old(url: str) -> None:
    """A database as eventdb 0001 left it, holding one event with a quote."""
    engine = schema.make_engine(url)
    try:
        assert schema.upgrade(engine, "0001") == "0001"
        with schema.write_transaction(engine) as conn:
            now = "2023-09-19 10:00:00.000000"
            conn.execute(
                text(
                    "INSERT INTO event (id, slug, title, summary, type, type_scheme, "
                    "span_manual, created_at, updated_at, start_earliest, start_latest, "
                    "start_precision, start_part, start_approximate, start_uncertain, "
                    "start_south, end_earliest, end_latest, end_precision, end_part, "
                    "end_approximate, end_uncertain, end_south, ongoing, edtf, dated, span_lo, "
                    "span_hi, span_bucket) VALUES (1, 'old', 'An old event', '', '', '', "
                    "false, :now, :now, '2020-01-01', '2020-01-01', 'day', '', false, false, "
                    "false, '2020-01-01', '2020-01-01', 'day', '', false, false, false, false, "
                    "'2020-01-01', true, '2020-01-01', '2020-01-01', 0)"
                ),
                {"now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO citation (id, event_id, quote, phrase, end_phrase, date_text, "
                    "explanation, created_at, start_precision, start_part, start_approximate, "
                    "start_uncertain, start_south, end_precision, end_part, end_approximate, "
                    "end_uncertain, end_south, ongoing, edtf, dated, span_lo, span_hi, "
                    "span_bucket) VALUES (1, 1, 'a remarkable quotation', '', '', '', '', :now, "
                    "'', '', false, false, false, '', '', false, false, false, false, '', true, "
                    "'2020-01-01', '2020-01-01', 0)"
                ),
                {"now": now},
            )
    finally:
        engine.dispose()


def test_older_database_is_upgraded_on_open(empty_url: str) -> None:
    """A file made by an older eventdb is upgraded on open, its events searchable."""
    db_url = empty_url
    _make_old(db_url)
    with EventDB(db_url) as db:
        assert db.schema_version == schema.HEAD
        assert [e.slug for e in db.timeline(text="remarkable")] == ["old"]
        assert db.get_event("old").label == "1 January 2020"
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT label, title, quotes FROM event")).all()
            view = conn.execute(text("SELECT label, earliest, sources FROM chronology")).all()
        assert [tuple(r) for r in rows] == [
            ("1 January 2020", "An old event", "a remarkable quotation")
        ]
        assert [(r[0], str(r[1]), r[2]) for r in view] == [("1 January 2020", "2020-01-01", "")]


def test_older_database_refused_without_upgrade(empty_url: str) -> None:
    """upgrade=False refuses an old schema instead of misreading it; upgrade() fixes it."""
    db_url = empty_url
    _make_old(db_url)
    with pytest.raises(StoreError, match=r"schema revision 0001.*upgrade it with `eventdb init`"):
        EventDB(db_url, upgrade=False)
    with EventDB(db_url) as db:
        assert db.upgrade() == schema.HEAD


def test_newer_database_is_refused(empty_url: str) -> None:
    """A revision this eventdb does not know (a newer eventdb's) is never read.

    It runs on a database of its own (empty_url): the shared PostgreSQL database of the run
    would otherwise keep revision 0099 for every test after this one.
    """
    db_url = empty_url
    EventDB(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(StoreError, match="revision 0099, which this eventdb does not know"):
        EventDB(db_url)


# (a URL that cannot be opened, a fragment of the StoreError)
BAD_URLS = [
    ("nosuchdriver://x/y", "cannot use database URL"),
    ("sqlite:////nonexistent-dir/sub/events.db", "cannot open"),
]


@pytest.mark.parametrize(("url", "fragment"), BAD_URLS)
def test_bad_urls_raise_store_error(url: str, fragment: str) -> None:
    """An unusable URL is a StoreError, not a driver traceback."""
    with pytest.raises(StoreError, match=fragment):
        EventDB(url)


def test_default_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """EVENTDB_URL wins; else events.db in the per-user data directory."""
    monkeypatch.setenv("EVENTDB_URL", str(tmp_path / "env.db"))
    assert schema.default_url() == f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.delenv("EVENTDB_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert schema.default_url().endswith("/eventdb/events.db")


def test_opening_a_current_database_skips_alembic(tmp_path: Path) -> None:
    """Start-up stays fast: Alembic is imported only when the schema must change."""
    path = tmp_path / "e.db"
    EventDB(str(path)).close()
    code = (
        "import sys; from eventdb import EventDB; EventDB(sys.argv[1]).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert out.stdout.strip() == "False"


def test_order_index_is_the_rank_the_queries_write() -> None:
    """Migration 0003 froze the rank expression of ix_event_order; the timeline's queries
    must write the very same text, or the index stops serving them."""
    import importlib.util

    from eventdb.store.columns import START_RANK_SQL

    path = schema.MIGRATIONS / "versions" / "0003_timeline_order_index.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.START_RANK_SQL == START_RANK_SQL
