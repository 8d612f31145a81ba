"""Idempotent import: what the store already holds is counted, not copied; --update refreshes."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import EventDB
from eventdb.store import db as store_db

Dump = Callable[[EventDB], dict[str, list[tuple[object, ...]]]]

SOURCE = {"key": "folha", "title": "Armenia moves away from Russia", "published": "2023-09-19"}
WIRE = {"key": "wire", "title": "Wire story", "published": "2023-09-20"}


def draft() -> dict[str, Any]:
    """A draft as `eventdb extract` writes it: no slugs, one quote per event."""
    events = [
        ("Aid trucks reach Stepanakert", "This Monday (18)", "trucks with aid arrived"),
        ("Joint exercise with the US", "began last week", "the exercise began last week"),
        ("Lachin corridor blocked", "since the end of last year", "the corridor is blocked"),
        ("Talks in Brussels", "in July", "leaders met in Brussels in July"),
        ("ICC warrant for Putin", "in March", "the court issued a warrant in March"),
        ("Armenia recalls its envoy", "2023-09-01", "Armenia recalled its envoy"),
        ("Protest in Yerevan", "yesterday", "protesters gathered in Yerevan"),
    ]
    return {
        "sources": [dict(SOURCE)],
        "events": [
            {"title": t, "when": w, "source": "folha", "quote": q, "actors": ["Armenia"]}
            for t, w, q in events
        ],
    }


def test_second_import_of_a_draft_changes_nothing(eventdb: EventDB, dump: Dump) -> None:
    """A draft imported twice: 7 new, then 0 new and 7 held, every table unchanged."""
    first = eventdb.import_document(draft(), where="draft.yaml")
    assert (first.added, first.held, first.updated, first.skipped) == (7, 0, 0, [])
    before = dump(eventdb)
    again = eventdb.import_document(draft(), where="draft.yaml")
    assert (again.added, again.held, again.updated, again.skipped) == (0, 7, 0, [])
    assert dump(eventdb) == before


def test_held_is_counted_on_every_entry_point(eventdb: EventDB, dump: Dump) -> None:
    """import_records, import_document and import_many all hold what is stored."""
    rec = {"title": "Talks", "when": "2023-09-18", "source": "wire", "quote": "they talked"}
    rec.update(source_title="Wire story", source_published="2023-09-20")
    assert eventdb.import_records([rec]).added == 1
    before = dump(eventdb)
    doc = {"sources": [dict(WIRE)], "events": [dict(rec)]}
    report = eventdb.import_many([("a.jsonl", [dict(rec)]), ("b.yaml", doc)])
    assert (report.added, report.held) == (0, 2)
    assert eventdb.import_records([dict(rec)]).held == 1
    assert dump(eventdb) == before


# (a second record beside the first, whether it is the same event) — the first is
# {"title": "Talks", "when": "2023-09-18", "source": "wire", "quote": "they talked"}
SAME_OR_NOT = [
    ({"title": "Talks, renamed"}, True),  # the same source and quote: the same citation
    ({"when": "2023-09-17"}, True),  # a new phrase for the same quote: still that citation
    ({"quote": "they talked again"}, False),
    ({"source": "folha"}, False),
    ({"slug": "talks-2023"}, False),  # an explicit slug decides alone, and is free
    ({"quote": "", "title": "Talks"}, False),  # no quote: keyed by title and phrase
]
assert len({repr(r) for r, _ in SAME_OR_NOT}) == len(SAME_OR_NOT)


@pytest.mark.parametrize(("change", "same"), SAME_OR_NOT)
def test_what_makes_an_event_the_same(eventdb: EventDB, change: dict[str, str], same: bool) -> None:
    """The same source and quote is the same citation; anything else is a new event."""
    doc = {
        "sources": [dict(SOURCE), dict(WIRE)],
        "events": [
            {"title": "Talks", "when": "2023-09-18", "source": "wire", "quote": "they talked"}
        ],
    }
    eventdb.import_document(doc)
    doc["events"] = [{**doc["events"][0], **change}]
    report = eventdb.import_document(doc)
    assert (report.added, report.held) == ((0, 1) if same else (1, 0))


def test_quoteless_citations_are_keyed_by_title_and_phrase(eventdb: EventDB) -> None:
    """Without a quote, the same source, title and phrase is the same citation."""
    doc = {
        "sources": [dict(SOURCE)],
        "events": [{"title": "Talks", "when": "in July", "source": "folha"}],
    }
    assert eventdb.import_document(doc).added == 1
    assert (eventdb.import_document(doc).added, eventdb.import_document(doc).held) == (0, 1)
    undated = {"sources": [dict(SOURCE)], "events": [{"title": "A rumour", "source": "folha"}]}
    assert eventdb.import_document(undated).added == 1
    assert eventdb.import_document(undated).held == 1


def test_explicit_slug_is_the_same_event(eventdb: EventDB) -> None:
    """A record naming a taken slug is that event, even with another title and quote."""
    doc = {
        "sources": [dict(SOURCE)],
        "events": [{"slug": "talks", "title": "Talks", "date": "2023-07"}],
    }
    eventdb.import_document(doc)
    doc["events"][0].update(title="Talks in Brussels", quote="they met")
    report = eventdb.import_document(doc)
    assert (report.added, report.held) == (0, 1)
    assert eventdb.get_event("talks").title == "Talks"


def test_the_same_event_twice_in_one_import(
    eventdb: EventDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record repeated in one import is held, in its chunk and across chunks."""
    monkeypatch.setattr(store_db, "CHUNK", 3)
    events = draft()["events"]
    doc = {"sources": [dict(SOURCE)], "events": [*events, events[0], events[6], events[1]]}
    report = eventdb.import_document(doc)
    assert (report.added, report.held) == (7, 3)
    slugged = {"slug": "x", "title": "X", "date": "2023"}
    report = eventdb.import_document({"events": [slugged, dict(slugged)]})
    assert (report.added, report.held) == (1, 1)
    stored = {"title": "Y", "when": "2023-09-01", "source": "folha", "quote": "y happened"}
    report = eventdb.import_document({"events": [stored, dict(stored), dict(stored)]})
    assert (report.added, report.held) == (1, 2)  # a source stored before this import
    assert eventdb.counts()["event"] == 9


def test_dry_run_counts_held_events(eventdb: EventDB, dump: Dump) -> None:
    """A dry run reports new and held events exactly as the import would, writing nothing."""
    eventdb.import_document(draft())
    doc = draft()
    doc["events"] = doc["events"][:5] + [
        {"title": "New", "when": "2023-09-02", "source": "folha", "quote": "a new fact"}
    ]
    before = dump(eventdb)
    report = eventdb.import_document(doc, dry_run=True)
    assert (report.added, report.held) == (1, 5)
    assert dump(eventdb) == before


# -- --update --------------------------------------------------------------------------


def test_update_refreshes_changed_fields(eventdb: EventDB) -> None:
    """update=True takes the record's title, phrase (re-resolved), actors and new
    citations; an unchanged event is held; stored citations from elsewhere stay."""
    eventdb.import_document(draft())
    eventdb.cite("protest-in-yerevan", None, date="2023-09-18", quote="a blog says so")
    doc = draft()
    doc["sources"].append(dict(WIRE))
    aid, exercise, protest = doc["events"][0], doc["events"][1], doc["events"][6]
    aid["title"] = "Aid convoy reaches Stepanakert"
    exercise["when"] = "began two weeks ago"
    exercise["actors"] = ["Armenia", "United States"]
    protest["citations"] = [{"source": "wire", "date": "2023-09-19", "quote": "a protest"}]
    report = eventdb.import_document(doc, update=True)
    assert (report.added, report.updated, report.held) == (0, 3, 4)
    assert eventdb.get_event("aid-trucks-reach-stepanakert").title == (
        "Aid convoy reaches Stepanakert"
    )
    ex = eventdb.get_event("joint-exercise-with-the-us")
    assert (ex.citations[0].phrase, ex.span.edtf) == (
        "began two weeks ago",
        "[2023-09-04..2023-09-10]/",
    )
    assert [a.name for a in ex.actors] == ["Armenia", "United States"]
    pr = eventdb.get_event("protest-in-yerevan")
    assert [(c.quote, c.span.edtf) for c in pr.citations] == [
        ("protesters gathered in Yerevan", "2023-09-18"),
        ("a blog says so", "2023-09-18"),
        ("a protest", "2023-09-19"),
    ]
    again = eventdb.import_document(doc, update=True)
    assert (again.added, again.updated, again.held) == (0, 0, 7)


def test_update_recomputes_adopted_span_and_conflicts(eventdb: EventDB) -> None:
    """A refreshed phrase re-resolves its citation: the adopted span and the conflicts
    follow, as they do for every write."""
    doc = {
        "sources": [dict(SOURCE), dict(WIRE)],
        "events": [
            {
                "title": "Talks",
                "when": "in July",
                "source": "folha",
                "quote": "they met in July",
                "citations": [{"source": "wire", "when": "July", "quote": "talks in July"}],
            }
        ],
    }
    eventdb.import_document(doc)
    assert eventdb.conflicts() == []
    doc["events"][0]["citations"][0]["when"] = "2023-06-30"
    assert eventdb.import_document(doc, update=True).updated == 1
    e = eventdb.get_event("talks")
    assert (e.span.edtf, [c.adopted for c in e.citations]) == ("2023-06-30", [False, True])
    assert [(ev.slug, [c.span.edtf for c in cs]) for ev, cs in eventdb.conflicts()] == [
        ("talks", ["2023-07", "2023-06-30"])
    ]


def test_update_never_blanks(eventdb: EventDB) -> None:
    """An empty field in the record leaves the stored value as it is."""
    doc = {
        "sources": [dict(SOURCE)],
        "events": [
            {
                "title": "Talks",
                "summary": "Long talks.",
                "when": "in July",
                "source": "folha",
                "quote": "they met",
                "tags": ["diplomacy"],
            }
        ],
    }
    eventdb.import_document(doc)
    bare = copy.deepcopy(doc)
    del bare["events"][0]["summary"], bare["events"][0]["tags"]
    report = eventdb.import_document(bare, update=True)
    assert (report.updated, report.held) == (0, 1)
    e = eventdb.get_event("talks")
    assert (e.summary, e.tags) == ("Long talks.", ["diplomacy"])


# -- the invariant ---------------------------------------------------------------------

RECORD = st.fixed_dictionaries(
    {
        "title": st.sampled_from(["Talks", "Protest", "Aid arrives", "Talks"]),
        "when": st.sampled_from(["2023-09-18", "last week", "in July", "since May"]),
        "source": st.sampled_from(["folha", "wire"]),
        "quote": st.sampled_from(["", "they met", "a protest", "aid came"]),
    }
)


@settings(max_examples=25, deadline=None)
@given(st.lists(RECORD, max_size=8))
def test_a_second_import_never_writes(records: list[dict[str, str]]) -> None:
    """Whatever the records, importing them again adds nothing and changes no row."""
    from conftest import _dump

    with tempfile.TemporaryDirectory() as tmp, EventDB(str(Path(tmp) / "e.db")) as db:
        doc = {"sources": [dict(SOURCE), dict(WIRE)], "events": records}
        first = db.import_document(doc)
        before = _dump(db)
        again = db.import_document(doc)
        assert (again.added, again.held) == (0, first.added + first.held)
        assert _dump(db) == before
