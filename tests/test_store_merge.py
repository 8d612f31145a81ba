"""Merging two events into one: what moves, what is chosen again, what still resolves."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventdb import EventDB, NotFoundError, StoreError
from eventdb.store import writer

Dump = Callable[[EventDB], dict[str, list[tuple[object, ...]]]]

DOC = {
    "sources": [
        {"key": "bbc", "title": "ICC issues warrant", "published": "2023-03-17"},
        {"key": "afp", "title": "Court seeks arrest", "published": "2023-03-20"},
        {"key": "tass", "title": "Moscow responds", "published": "2023-03-18"},
    ],
    "events": [
        {
            "slug": "icc-warrant",
            "title": "ICC issues an arrest warrant for Putin",
            "when": "in March",
            "source": "bbc",
            "quote": "the court issued a warrant in March",
            "actors": ["ICC", {"name": "Vladimir Putin", "role": "target"}],
            "tags": ["court"],
        },
        {
            "slug": "court-seeks-arrest",
            "title": "International court seeks Putin's arrest",
            "summary": "A warrant over deported children.",
            "type": "legal",
            "when": "last Friday",
            "source": "afp",
            "quote": "judges issued the warrant last Friday",
            "actors": [{"name": "Vladimir Putin", "role": "accused"}, "Maria Lvova-Belova"],
            "places": ["The Hague"],
            "tags": ["court", "children"],
        },
        {
            "slug": "moscow-responds",
            "title": "Moscow calls the warrant void",
            "when": "2023-03-18",
            "source": "tass",
            "quote": "the Kremlin called it void",
            "relations": [{"type": "responds_to", "target": "court-seeks-arrest"}],
        },
        {
            "slug": "children-deported",
            "title": "Children deported from Ukraine",
            "date": "2022",
            "source": "afp",
        },
    ],
}


@pytest.fixture
def db(eventdb: EventDB) -> EventDB:
    """The store with two reports of the ICC warrant, a response and a background event."""
    eventdb.import_document(DOC)
    eventdb.relate("court-seeks-arrest", "caused_by", "children-deported")
    eventdb.relate("court-seeks-arrest", "follows", "icc-warrant")
    return eventdb


def test_merge_moves_everything_onto_keep(db: EventDB) -> None:
    """Citations, actors, places, tags and relations move; KEEP's own names keep their
    role and place; empty fields are filled; OTHER is gone."""
    e = db.merge("icc-warrant", "court-seeks-arrest")
    assert [c.source.key for c in e.citations] == ["bbc", "afp"]
    assert [(a.name, a.role) for a in e.actors] == [
        ("ICC", ""),
        ("Vladimir Putin", "target"),
        ("Maria Lvova-Belova", ""),
    ]
    assert ([p.name for p in e.places], e.tags) == (["The Hague"], ["court", "children"])
    assert (e.summary, e.type) == ("A warrant over deported children.", "legal")
    assert [(r.kind, r.target_slug) for r in e.relations] == [("caused_by", "children-deported")]
    response = db.get_event("moscow-responds")
    assert [(r.kind, r.target_slug) for r in response.relations] == [("responds_to", "icc-warrant")]
    assert db.counts()["event"] == 3 and db.counts()["citation"] == 4


def test_merge_chooses_the_adopted_span_again(db: EventDB) -> None:
    """KEEP adopts the narrowest of all its citations now, OTHER's included."""
    assert db.get_event("icc-warrant").span.edtf == "2023-03"
    e = db.merge("icc-warrant", "court-seeks-arrest")
    assert (e.span.edtf, [c.adopted for c in e.citations]) == ("2023-03-17", [False, True])


def test_merge_brings_conflicts_to_light(db: EventDB) -> None:
    """Citations that cannot agree, once on one event, are a conflict."""
    db.merge("icc-warrant", "children-deported")
    assert [(e.slug, [c.span.edtf for c in cs]) for e, cs in db.conflicts()] == [
        ("icc-warrant", ["2023-03", "2022"])
    ]


def test_merged_slug_is_an_alias(db: EventDB) -> None:
    """OTHER's slug still finds KEEP: get, edit, relate, an import's relations; a new
    event with OTHER's title gets a slug of its own."""
    db.merge("icc-warrant", "court-seeks-arrest")
    assert db.get_event("court-seeks-arrest").slug == "icc-warrant"
    db.update_event("court-seeks-arrest", summary="Edited through the alias.")
    assert db.get_event("icc-warrant").summary == "Edited through the alias."
    db.relate("children-deported", "follows", "court-seeks-arrest")
    assert [r.target_slug for r in db.get_event("children-deported").relations] == ["icc-warrant"]
    doc = {
        "events": [
            {
                "title": "Later",
                "date": "2023-04",
                "relations": [{"type": "follows", "target": "court-seeks-arrest"}],
            }
        ]
    }
    db.import_document(doc)
    assert [r.target_slug for r in db.get_event("later").relations] == ["icc-warrant"]
    again = db.add_event("Court seeks arrest", date="2023-03", slug=None)
    assert again.slug == "court-seeks-arrest-2"


def test_aliases_follow_a_second_merge(db: EventDB) -> None:
    """Merging KEEP into a third event carries KEEP's aliases along."""
    db.merge("icc-warrant", "court-seeks-arrest")
    db.merge("moscow-responds", "icc-warrant")
    for slug in ("court-seeks-arrest", "icc-warrant", "moscow-responds"):
        assert db.get_event(slug).slug == "moscow-responds"
    relations = db.get_event("moscow-responds").relations  # responds_to itself is dropped
    assert [(r.kind, r.target_slug) for r in relations] == [("caused_by", "children-deported")]


def test_reimport_after_merge_is_held(db: EventDB, dump: Dump) -> None:
    """The articles imported again after a merge find their events: nothing comes back."""
    db.merge("icc-warrant", "court-seeks-arrest")
    before = dump(db)
    report = db.import_document(DOC)
    assert (report.added, report.held) == (0, 4)
    assert dump(db) == before


def test_merged_quotes_are_searchable_on_keep(db: EventDB) -> None:
    """OTHER's quotes join KEEP's search text."""
    db.merge("icc-warrant", "court-seeks-arrest")
    assert [e.slug for e in db.timeline(text="judges")] == ["icc-warrant"]


# (keep, other, the error class, a fragment of its message)
REFUSED = [
    ("icc-warrant", "icc-warrant", StoreError, "the same event"),
    ("icc-warrant", "no-such-event", NotFoundError, "no-such-event"),
    ("no-such-event", "icc-warrant", NotFoundError, "no-such-event"),
]
assert len(set(REFUSED)) == len(REFUSED)


@pytest.mark.parametrize(("keep", "other", "error", "fragment"), REFUSED)
def test_refused_merges_change_nothing(
    db: EventDB, dump: Dump, keep: str, other: str, error: type[Exception], fragment: str
) -> None:
    """A merge of an event with itself, or of a missing event, is refused untouched."""
    before = dump(db)
    with pytest.raises(error, match=fragment):
        db.merge(keep, other)
    assert dump(db) == before


def test_a_failure_midway_leaves_the_database_as_it_was(
    db: EventDB, dump: Dump, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge is one transaction: failing after the rows moved undoes all of it."""
    before = dump(db)

    def broken(self: writer.Writer, event_id: int) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer.Writer, "readopt", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        db.merge("icc-warrant", "court-seeks-arrest")
    assert dump(db) == before
