"""The store's SQL plumbing: placeholders SQLAlchemy compiles, the search index kept in
step, the resolver's warnings kept, the chronology view, one adoption rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.dialects import postgresql, sqlite

from eventdb import EventDB
from eventdb.dates import Span
from eventdb.resolve import resolve
from eventdb.store.columns import adopted_index
from eventdb.store.statements import Driver, compiled, positional

REF = date(2023, 9, 19)

# (text that has tripped placeholder rewriting: a title, a quote, a source key, a tag)
AWKWARD = [
    ("Is 50% of it done?", "who? said 100%", "key?", "tag%"),
    ("Printf %s and %d", "%(name)s and %%", "%s", "%s"),
    ("Bind :name and :1", "a ::cast and :x", ":name", ":tag"),
    ("Question ? mark", "?", "?", "?"),
]
assert len({row[0] for row in AWKWARD}) == len(AWKWARD)


@pytest.mark.parametrize(("title", "quote", "key", "tag"), AWKWARD)
def test_awkward_text_is_stored_and_searched(
    eventdb: EventDB, title: str, quote: str, key: str, tag: str
) -> None:
    """A ?, %, %s or :name in titles, quotes, keys and tags is data: stored, found by id
    and slug, searched and filtered on, on each backend."""
    eventdb.add_source(f"Source {key}", published="2023-09-19", key=key)
    e = eventdb.add_event(
        title, when="2023-09-18", source=key, quote=quote, tags=[tag], summary=title
    )
    got = eventdb.get_event(e.slug)
    assert (got.title, got.summary, got.tags) == (title, title, [tag])
    assert [c.quote for c in got.citations] == [quote]
    assert eventdb.get_source(key).key == key
    assert [x.slug for x in eventdb.timeline(tags=[tag])] == [e.slug]
    assert [x.slug for x in eventdb.timeline(source=key)] == [e.slug]
    word = title.split()[0]
    assert [x.slug for x in eventdb.timeline(text=word, limit=5)] == [e.slug]
    eventdb.update_event(e.slug, title=f"{title} again", slug=f"{e.slug}-{key}")
    assert eventdb.get_event(f"{e.slug}-{key}").title == f"{title} again"


# (the statement, what SQLite's driver receives, what psycopg's receives, the value order)
COMPILED = [
    ("SELECT :a", "SELECT ?", "SELECT %s", ("a",)),
    ("SELECT '50%' || :a", "SELECT '50%' || ?", "SELECT '50%%' || %s", ("a",)),
    ("SELECT '?', :a, :b, :a", "SELECT '?', ?, ?, ?", "SELECT '?', %s, %s, %s", ("a", "b", "a")),
    ("SELECT x::text, :a", "SELECT x::text, ?", "SELECT x::text, %s", ("a",)),
]
assert len({row[0] for row in COMPILED}) == len(COMPILED)


@pytest.mark.parametrize(("sql", "lite", "pg", "order"), COMPILED)
def test_statements_are_compiled_for_each_driver(
    sql: str, lite: str, pg: str, order: tuple[str, ...]
) -> None:
    """SQLAlchemy writes each driver's placeholders and doubles psycopg's literal %."""
    assert compiled(sql, sqlite.dialect()) == (lite, order)
    assert compiled(sql, positional(postgresql.psycopg.dialect())) == (pg, order)


def test_executemany_refuses_a_parameter_written_twice(tmp_path: Path) -> None:
    """Rows of executemany are in the order parameters are written, so each is written once."""
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn, pytest.raises(ValueError, match="each parameter once"):
        Driver(conn).executemany("SELECT :a, :a", [(1,)])
    engine.dispose()


def _fts_check(db: EventDB) -> None:
    """FTS5's own check that event_fts indexes exactly the text of the event rows."""
    if db.pg:
        return
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)"))


def test_search_index_follows_every_change(eventdb: EventDB) -> None:
    """Adding, citing, retitling and deleting keep event_fts in step with the rows."""
    eventdb.add_source("Folha", published="2023-09-19", key="folha")
    a = eventdb.add_event("Aid convoy", when="2023-09-18", source="folha", quote="trucks")
    b = eventdb.add_event("Talks", when="2023-09-17", source="folha")
    eventdb.cite(b.slug, "folha", when="Sunday", quote="negotiators met")
    eventdb.update_event(a.slug, title="Relief column", summary="lorries")
    _fts_check(eventdb)
    found = {w: [e.slug for e in eventdb.timeline(text=w)] for w in ("convoy", "relief")}
    assert found == {"convoy": [], "relief": [a.slug]}
    assert [e.slug for e in eventdb.timeline(text="trucks")] == [a.slug]
    assert [e.slug for e in eventdb.timeline(text="negotiators")] == [b.slug]
    eventdb.delete_event(a.slug)
    _fts_check(eventdb)
    assert [e.slug for e in eventdb.timeline(text="trucks")] == []


def test_search_index_follows_merge_and_update(eventdb: EventDB) -> None:
    """Merging two events and re-importing with update=True keep event_fts in step: the
    kept event is found by the merged one's quote, the merged one's words find nothing."""
    eventdb.add_source("Folha", published="2023-09-19", key="folha")
    keep = eventdb.add_event("ICC warrant", when="2023-03-17", source="folha", quote="arrest")
    other = eventdb.add_event("Court order", when="2023-03-17", source="folha", quote="putin")
    eventdb.merge(keep.slug, other.slug)
    _fts_check(eventdb)
    assert [e.slug for e in eventdb.timeline(text="putin")] == [keep.slug]
    assert [e.slug for e in eventdb.timeline(text="court")] == []
    doc = {
        "sources": [{"key": "folha", "title": "Folha", "published": "2023-09-19"}],
        "events": [
            {
                "slug": keep.slug,
                "title": "ICC arrest warrant for Putin",
                "summary": "judges",
                "source": "folha",
                "date": "2023-03-17",
                "quote": "arrest",
            }
        ],
    }
    assert eventdb.import_document(doc, update=True).updated == 1
    _fts_check(eventdb)
    assert [e.slug for e in eventdb.timeline(text="judges")] == [keep.slug]


def test_warnings_are_kept_on_the_citation(db_url: str) -> None:
    """The resolver's warnings about a phrase are stored with its citation and read back."""
    phrase = "Tuesday 18 September 2023"
    warnings = resolve(phrase, reference=REF).warnings
    assert warnings
    with EventDB(db_url, strict=False) as db:
        slug = db.add_event("Talks", when=phrase, reference=REF).slug
        plain = db.add_event("Aid", when="18 September 2023", reference=REF).slug
    with EventDB(db_url) as db:
        assert db.get_event(slug).citations[0].warnings == warnings
        assert db.get_event(plain).citations[0].warnings == ()


def _chronology(db: EventDB) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT label, title, earliest, latest, ongoing, sources, slug FROM chronology")
        )
        return [
            (r[0], r[1], str(r[2]) if r[2] else r[2], str(r[3]) if r[3] else r[3], bool(r[4]))
            + tuple(r[5:])
            for r in rows
        ]


def test_chronology_view_has_no_sentinel_dates(eventdb: EventDB) -> None:
    """The chronology view reads as a chronology: labels, open ends as NULL, the sources."""
    eventdb.add_source("Folha", published="2023-09-19", key="folha")
    eventdb.add_source("Reuters", published="2023-09-20", key="reuters")
    eventdb.add_event("Blockade", when="since December 2022", source="folha")
    e = eventdb.add_event("Aid", when="2023-09-18", source="reuters")
    eventdb.cite(e.slug, "folha", when="yesterday")
    eventdb.add_event("Talks", source="folha")  # undated: before its source
    assert _chronology(eventdb) == [
        ("before 19 September 2023", "Talks", None, "2023-09-19", False, "Folha", "talks"),
        ("December 2022 – ongoing (as of 19 September 2023)", "Blockade", "2022-12-01", None,
         True, "Folha", "blockade"),
        ("18 September 2023", "Aid", "2023-09-18", "2023-09-18", False, "Reuters; Folha", "aid"),
    ]  # fmt: skip


# (the citations as (EDTF, dated), whether the span is set by hand, the adopted index)
ADOPTED = [
    ([("2023-09-18", True)], False, 0),
    ([("2022-12/..", True), ("2022-12-12/..", True)], False, 1),
    ([("2022-12/..", True), ("2022-12-12/..", True)], True, 0),
    ([("../2023-09-19", False), ("2023", True)], False, 1),
    ([("../2023-09-19", False), ("../2023-09-20", False)], False, 0),
    ([("2023-09", True), ("2023-09-18", True), ("2023-09-17", True)], False, 1),
]
assert len({(tuple(c), m) for c, m, _ in ADOPTED}) == len(ADOPTED)


@pytest.mark.parametrize(("cites", "manual", "expected"), ADOPTED)
def test_adopted_index(cites: list[tuple[str, bool]], manual: bool, expected: int) -> None:
    """The adopted citation: the narrowest dated one, the first on ties, the hand-set one."""
    spans = [(Span.parse(edtf), dated) for edtf, dated in cites]
    assert adopted_index(spans, manual=manual) == expected


TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=30
).filter(str.strip) | st.sampled_from(["?", "%", "%s", ":name", "%(x)s", "'", '"', "\\"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=TEXT, quote=TEXT)
def test_any_text_round_trips(eventdb: EventDB, title: str, quote: str) -> None:
    """Whatever the text, the event reads back with its title and quote as given."""
    e = eventdb.add_event(title, date="2023-09-18", quote=quote)
    got = eventdb.get_event(e.id or 0)
    # a title is kept on one line, its runs of whitespace (no-break spaces too) as one space
    assert (got.title, got.citations[0].quote) == (" ".join(title.split()), quote.strip())
    eventdb.delete_event(e.id or 0)
    _fts_check(eventdb)
