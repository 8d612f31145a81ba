"""Importing documents and flat records: all or nothing, naming the record and field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import text

from eventdb import EventDB, ImportRecordError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def snapshot(db: EventDB) -> dict[str, list[Any]]:
    """Every row of every table, to compare a database before and after."""
    out: dict[str, list[Any]] = {}
    with db.engine.connect() as conn:
        for t in (
            "event",
            "source",
            "citation",
            "actor",
            "event_actor",
            "place",
            "event_place",
            "tag",
            "event_tag",
            "event_relation",
        ):
            out[t] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))]
    return out


def flat(n: int, *, bad: dict[int, dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """n flat records (1-based numbering), with replacement fields for the bad ones."""
    for i in range(1, n + 1):
        rec: dict[str, Any] = {
            "title": f"Protest number {i}",
            "slug": f"protest-{i}",
            "when": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "source": f"wire-{i % 7}",
            "source_title": f"Wire story {i % 7}",
            "source_published": "2023-12-31",
            "quote": f"protesters gathered for the {i}th time",
            "actors": ["Protesters", "Police"],
            "tags": ["protest"],
        }
        if bad and i in bad:
            rec.update(bad[i])
        yield rec


SEED = """
sources:
  - {key: seed, title: Armenia drifts away from Russia, published: "2023-09-19", language: en}
  - {key: wiki-blockade, title: Blockade of Nagorno-Karabakh, publisher: Wikipedia}
  - {key: tass, title: Eagle Partner 2023 drills on September 11-20, published: "2023-09-06"}
  - {key: armradio, title: Armenia hosts joint exercises with US, published: "2023-09-11"}
actors:
  - {name: Azerbaijan, kind: state, aliases: [Republic of Azerbaijan, Baku], wikidata: Q227}
places:
  - {name: Lachin corridor, country: Azerbaijan, lat: 39.6, lon: 46.5, geo_precision: approximate}
events:
  - slug: war-2020
    title: Second Nagorno-Karabakh War
    date: "2020-09-27/2020-11-10"
    source: seed
  - slug: lachin-corridor-blocked
    title: Azerbaijan blocks the Lachin corridor
    when: "since the end of last year"
    source: seed
    quote: "since the end of last year Azerbaijan has blocked this link"
    actors: [{name: Azerbaijan, role: initiator}, {name: Nagorno-Karabakh Republic, role: target}]
    places: [Lachin corridor]
    tags: [blockade, humanitarian]
    citations:
      - {source: wiki-blockade, date: "2022-12-12/.."}
    relations:
      - {type: follows, target: war-2020}
  - slug: exercise
    title: Armenia and the United States hold a joint military exercise
    when: "began last week and runs until this Wednesday (20)"
    source: seed
    citations:
      - {source: tass, when: "September 11-20", date: "2023-09-11/2023-09-20"}
      - {source: armradio, when: "September 11"}
  - slug: invasion
    title: Russia launches its large-scale invasion of Ukraine
    when: "February last year"
    source: seed
  - slug: moving-away
    title: Armenia says Russia is moving away from its commitment to protect it
    source: seed
"""


def test_import_a_document(eventdb: EventDB) -> None:
    """A document imports whole: phrases resolved against each source's date, the most
    precise citation adopted, relations linked, actor details kept."""
    report = eventdb.import_document(yaml.safe_load(SEED), where="seed.yaml")
    assert (report.added, report.skipped) == (5, [])
    # (slug, adopted EDTF, dated, the adopted citation's phrase or date)
    got = [
        (e.slug, e.span.edtf, e.dated, [c.phrase or c.span.edtf for c in e.citations if c.adopted])
        for e in eventdb.timeline()
    ]
    assert got == [
        ("moving-away", "/2023-09-19", False, ["/2023-09-19"]),
        ("war-2020", "2020-09-27/2020-11-10", True, ["2020-09-27/2020-11-10"]),
        ("invasion", "2022-02", True, ["February last year"]),
        ("lachin-corridor-blocked", "2022-12-12/..", True, ["2022-12-12/.."]),
        ("exercise", "2023-09-11", True, ["September 11"]),
    ]
    blockade = eventdb.get_event("lachin-corridor-blocked")
    first = blockade.citations[0]
    assert (first.phrase, first.reference, first.span.edtf, first.adopted) == (
        "since the end of last year",
        date(2023, 9, 19),
        "[2022-09..2022-12]/..",
        False,
    )
    assert [(r.kind, r.target_slug) for r in blockade.relations] == [("follows", "war-2020")]
    assert [(a.name, a.kind, a.role, a.wikidata) for a in blockade.actors] == [
        ("Azerbaijan", "state", "initiator", "Q227"),
        ("Nagorno-Karabakh Republic", "", "target", ""),
    ]
    assert [(p.name, p.lat, p.geo_precision) for p in blockade.places] == [
        ("Lachin corridor", 39.6, "approximate")
    ]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.name)
def test_fixture_files_import_whole(eventdb: EventDB, path: Path) -> None:
    """Every YAML fixture in fixtures/ imports without a skipped record."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    report = eventdb.import_document(doc, where=path.name)
    assert (report.added, report.skipped) == (len(doc["events"]), [])


def test_flat_records_share_sources_actors_tags(eventdb: EventDB) -> None:
    """Flat records create each source, actor and tag once, across chunks."""
    report = eventdb.import_records(flat(4500), where="wire.jsonl")
    assert report.added == 4500
    counts = eventdb.counts()
    assert (
        counts["event"],
        counts["source"],
        counts["citation"],
        counts["actor"],
        counts["tag"],
    ) == (4500, 7, 4500, 2, 1)
    e = eventdb.get_event("protest-4321")
    assert (e.span.edtf, e.citations[0].source.title, [a.name for a in e.actors]) == (
        "2023-02-10",
        "Wire story 2",
        ["Protesters", "Police"],
    )
    assert [x.slug for x in eventdb.timeline(text="4321th")] == ["protest-4321"]


def test_bad_record_5000_leaves_the_database_unchanged(eventdb: EventDB) -> None:
    """A bad record deep in an import aborts all of it and names the record and field."""
    eventdb.import_records(flat(3), where="first.jsonl")
    before = snapshot(eventdb)
    records = flat(6000, bad={5000: {"when": "the twelfth of never"}})
    records = ({**r, "slug": "new-" + r["slug"]} for r in records)
    with pytest.raises(ImportRecordError) as info:
        eventdb.import_records(records, where="events.jsonl")
    assert info.value.where == "events.jsonl, record 5000"
    assert info.value.field == "when"
    assert str(info.value).startswith("events.jsonl, record 5000, field 'when': ")
    assert "the twelfth of never" in str(info.value)
    assert snapshot(eventdb) == before


def test_skip_errors_imports_the_rest_and_reports_each(eventdb: EventDB) -> None:
    """skip_errors=True imports the good records and lists every skipped one; a record
    naming a taken slug is that event, held (not an error)."""
    bad = {
        2: {"title": ""},
        5: {"when": "banana"},
        7: {"slug": "protest-1"},
        9: {"date": "2023-02-30"},
    }
    report = eventdb.import_records(flat(10, bad=bad), skip_errors=True, where="x.jsonl")
    assert (report.added, report.held) == (6, 1)
    assert [(w, m.split(":")[0]) for w, m in report.skipped] == [
        ("x.jsonl, record 2", "x.jsonl, record 2, field 'title'"),
        ("x.jsonl, record 5", "x.jsonl, record 5, field 'when'"),
        ("x.jsonl, record 9", "x.jsonl, record 9, field 'date'"),
    ]
    assert eventdb.counts()["event"] == 6


# (a record that must be rejected, the field named, a fragment of the message)
BAD_RECORDS: list[tuple[Any, str, str]] = [
    ({"when": "2023-09-18"}, "title", "needs a title"),
    (
        {"title": "x", "when": "banana", "source_published": "2023", "source_title": "s"},
        "when",
        "banana",
    ),
    ({"title": "x", "when": "2023", "source": "missing"}, "source", "unknown source 'missing'"),
    ({"title": "x", "date": "2023-13"}, "date", "2023-13"),
    ({"title": "x", "when": "2023-09-20", "end": "2023-09-01"}, "end", "before it starts"),
    ({"title": "x", "when": "last week"}, "when", "no reference date"),
    ({"title": "x"}, "when", "needs when, date, or a source"),
    (
        {"title": "x", "date": "2023", "relations": [{"type": "likes", "target": "y"}]},
        "relations",
        "relation type 'likes'",
    ),
    (
        {"title": "x", "date": "2023", "relations": [{"type": "follows", "target": "nope"}]},
        "relations",
        "no event with slug 'nope'",
    ),
    ({"title": "x", "date": "2023", "actors": 5}, "actors", "expected a list"),
    ({"title": ["x"], "date": "2023"}, "title", "expected text"),
    (
        {"title": "x", "when": "2023", "source_title": "s", "source_published": "soon"},
        "source_published",
        "soon",
    ),
    (
        {"title": "x", "date": "2023", "citations": [{"source": "nope", "date": "2023"}]},
        "citations[0].source",
        "unknown source",
    ),
]
assert len({repr(r) for r, _, _ in BAD_RECORDS}) == len(BAD_RECORDS), "duplicate rows"


@pytest.mark.parametrize(("record", "field", "fragment"), BAD_RECORDS)
def test_bad_records_are_rejected(eventdb: EventDB, record: Any, field: str, fragment: str) -> None:
    """Each invalid record raises ImportRecordError naming its field; nothing is written."""
    before = snapshot(eventdb)
    with pytest.raises(ImportRecordError, match="record 1") as info:
        eventdb.import_records([record])
    assert (info.value.field, fragment in str(info.value)) == (field, True), str(info.value)
    assert snapshot(eventdb) == before


def test_document_errors_name_the_section(eventdb: EventDB) -> None:
    """In a document, errors name the file, the section and the item number."""
    doc = {
        "sources": [{"key": "a", "title": "A", "published": "2023-09-19"}],
        "events": [
            {"title": "ok", "when": "2023", "source": "a"},
            {"title": "bad", "when": "yesterday", "source": "b"},
        ],
    }
    with pytest.raises(ImportRecordError) as info:
        eventdb.import_document(doc, where="doc.yaml")
    assert str(info.value) == (
        "doc.yaml, event 2, field 'source': unknown source 'b': define it under sources: "
        "or give source_title"
    )
    assert eventdb.counts()["source"] == 0


def test_import_is_idempotent_for_sources(eventdb: EventDB) -> None:
    """Sources are matched by key: importing a second document reuses them."""
    doc = {
        "sources": [{"key": "a", "title": "A", "published": "2023-09-19"}],
        "events": [{"title": "one", "when": "yesterday", "source": "a"}],
    }
    eventdb.import_document(doc)
    doc["events"] = [{"title": "two", "when": "today", "source": "a"}]
    eventdb.import_document(doc)
    assert eventdb.counts()["source"] == 1
    assert [e.span.edtf for e in eventdb.timeline()] == ["2023-09-18", "2023-09-19"]


def test_large_imports_refresh_statistics(
    eventdb: EventDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a large import PostgreSQL re-samples its tables (here: any import)."""
    from eventdb.store import db as store_db

    monkeypatch.setattr(store_db, "ANALYZE_AFTER", 1)
    assert eventdb.import_records(flat(20)).added == 20
    assert [e.slug for e in eventdb.timeline(text="7th")] == ["protest-7"]
