"""The fixtures in fixtures/ are well-formed, true to the seed article, and import whole.

Structure is checked on the YAML itself (so a broken fixture is reported as a fixture
problem, not a store one); the import tests then load every file into a fresh database on
each backend and check that nothing is skipped.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from eventdb import resolve
from eventdb.dates import FuzzyDate, Precision, Span

if TYPE_CHECKING:
    from eventdb import EventDB

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "fixtures"
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
SEED_KEY = "seed-armenia-2023-09-19"
YAML_FILES = ["armenia-2023.yaml", "nagorno-karabakh.yaml"]
RELATION_TYPES = {"part_of", "follows", "responds_to", "caused_by"}
ACTOR_KINDS = {"state", "organisation", "person", "group"}


def load(name: str) -> dict[str, Any]:
    with (FIXTURES / name).open(encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    assert isinstance(doc, dict)
    return doc


def actor_name(a: str | dict[str, Any]) -> str:
    return a if isinstance(a, str) else str(a["name"])


@pytest.fixture(scope="module")
def article() -> str:
    """The seed article's text, kept in fixtures/ under its original file name."""
    return SEED.read_text(encoding="utf-8")


# -- structure ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", YAML_FILES)
def test_top_level_keys(name: str) -> None:
    assert set(load(name)) == {"sources", "actors", "places", "events"}


@pytest.mark.parametrize("name", YAML_FILES)
def test_sources_are_complete_and_unique(name: str) -> None:
    sources = load(name)["sources"]
    keys = [s["key"] for s in sources]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    for s in sources:
        assert s["title"].strip(), s["key"]
        assert s["publisher"].strip(), s["key"]
        url = s.get("url", "")
        assert url == "" or url.startswith(("http://", "https://")), s["key"]
        if "published" in s:
            FuzzyDate.parse(s["published"])  # raises on a bad date


@pytest.mark.parametrize("name", YAML_FILES)
def test_every_source_is_used(name: str) -> None:
    doc = load(name)
    used = {e["source"] for e in doc["events"]}
    used |= {c["source"] for e in doc["events"] for c in e.get("citations", [])}
    assert {s["key"] for s in doc["sources"]} - used == set()


@pytest.mark.parametrize("name", YAML_FILES)
def test_events_cite_known_sources(name: str) -> None:
    doc = load(name)
    keys = {s["key"] for s in doc["sources"]}
    unknown = [
        (e["slug"], src)
        for e in doc["events"]
        for src in [e["source"], *(c["source"] for c in e.get("citations", []))]
        if src not in keys
    ]
    assert unknown == []


@pytest.mark.parametrize("name", YAML_FILES)
def test_slugs_are_unique_and_stable(name: str) -> None:
    slugs = [e.get("slug") for e in load(name)["events"]]
    assert None not in slugs
    assert [s for s, n in Counter(slugs).items() if n > 1] == []
    for s in slugs:
        assert s == s.lower() and " " not in s, s


@pytest.mark.parametrize("name", YAML_FILES)
def test_relations_point_at_existing_events(name: str) -> None:
    events = load(name)["events"]
    slugs = {e["slug"] for e in events}
    bad = [
        (e["slug"], r["type"], r["target"])
        for e in events
        for r in e.get("relations", [])
        if r["target"] not in slugs or r["type"] not in RELATION_TYPES or r["target"] == e["slug"]
    ]
    assert bad == []


@pytest.mark.parametrize("name", YAML_FILES)
def test_explicit_dates_parse(name: str) -> None:
    for e in load(name)["events"]:
        for item in [e, *e.get("citations", [])]:
            if "date" in item:
                Span.parse(item["date"])  # raises DateError on bad EDTF


@pytest.mark.parametrize("name", YAML_FILES)
def test_actors_and_places_are_described(name: str) -> None:
    doc = load(name)
    actors = {a["name"]: a for a in doc["actors"]}
    places = {p["name"] for p in doc["places"]}
    assert {a["kind"] for a in actors.values()} <= ACTOR_KINDS
    named = {actor_name(a) for e in doc["events"] for a in e.get("actors", [])}
    assert named - set(actors) == set()
    assert {p for e in doc["events"] for p in e.get("places", [])} - places == set()
    for p in doc["places"]:
        if "lat" in p:
            assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, p["name"]


# -- the seed article --------------------------------------------------------------------

# Every phrase the article uses to date an event, and the event it dates.
ARMENIA_PHRASES = [
    ("russia-invades-ukraine", "February last year"),
    ("lachin-corridor-blocked", "since the end of last year"),
    ("aid-trucks-reach-karabakh-2023-09-18", "This Monday (18)"),
    ("pashinian-politico-interview", "last week"),
    ("armenia-to-ratify-rome-statute", "Last week"),
    ("icc-warrant-for-putin", "In March"),
    (
        "armenia-us-exercise-eagle-partner-2023",
        "began last week and runs until this Wednesday (20)",
    ),
]

# What each phrase resolves to against Tuesday 19 September 2023 (issue 2's seed table).
ARMENIA_RESOLVED = [
    ("February last year", date(2022, 2, 1), date(2022, 2, 28)),
    ("This Monday (18)", date(2023, 9, 18), date(2023, 9, 18)),
    ("last week", date(2023, 9, 11), date(2023, 9, 17)),
    ("Last week", date(2023, 9, 11), date(2023, 9, 17)),
    ("In March", date(2023, 3, 1), date(2023, 3, 31)),
    ("began last week and runs until this Wednesday (20)", date(2023, 9, 11), date(2023, 9, 20)),
]


def test_armenia_source_publication_date() -> None:
    (seed,) = [s for s in load("armenia-2023.yaml")["sources"] if s["key"] == SEED_KEY]
    assert seed["published"] == "2023-09-19"
    assert seed["url"] == ""


def test_armenia_dated_events_carry_the_articles_phrases() -> None:
    events = load("armenia-2023.yaml")["events"]
    dated = [
        (e["slug"], e["when"])
        for e in events
        if e["source"] == SEED_KEY and "when" in e and "date" not in e
    ]
    assert dated == ARMENIA_PHRASES


def test_armenia_undated_events_have_neither_when_nor_date() -> None:
    events = load("armenia-2023.yaml")["events"]
    undated = [e["slug"] for e in events if "when" not in e and "date" not in e]
    assert undated == [
        "armenia-says-russia-moving-away",
        "pashinian-accuses-moscow-over-azerbaijan-turkey",
        "pashinian-seeks-less-dependence",
        "moscow-asks-yerevan-for-explanations",
        "pashinian-says-russia-withdrawing",
        "armenia-arrests-pro-russian-journalists",
        "russia-summons-armenian-ambassador",
        "peskov-rejects-armenian-claims",
    ]


def test_armenia_implied_events_are_dated_by_hand() -> None:
    events = {e["slug"]: e for e in load("armenia-2023.yaml")["events"]}
    assert {s: events[s]["date"] for s in events if "date" in events[s]} == {
        "end-of-the-soviet-union": "1991-12-26",
        "first-nagorno-karabakh-war": "1988-02/1994-05-12",
        "second-nagorno-karabakh-war": "2020-09-27/2020-11-10",
        "russia-guarantees-ceasefire-2020": "2020-11-10",
    }
    for slug in (
        "end-of-the-soviet-union",
        "first-nagorno-karabakh-war",
        "second-nagorno-karabakh-war",
    ):
        assert events[slug]["citations"], f"{slug}: a hand-set date needs a second source"


@pytest.mark.parametrize("slug,phrase", ARMENIA_PHRASES)
def test_armenia_phrase_is_verbatim_in_the_article(article: str, slug: str, phrase: str) -> None:
    assert phrase in article, slug


def test_armenia_quotes_are_verbatim_in_the_article(article: str) -> None:
    events = load("armenia-2023.yaml")["events"]
    quoted = [(e["slug"], e["quote"]) for e in events if e["source"] == SEED_KEY]
    assert len(quoted) == len(events)
    assert [slug for slug, q in quoted if not q or q not in article] == []


def test_armenia_when_of_each_quote_is_inside_it() -> None:
    for e in load("armenia-2023.yaml")["events"]:
        if "when" in e and e["source"] == SEED_KEY:
            assert e["when"] in e["quote"], e["slug"]


@pytest.mark.parametrize("phrase,earliest,latest", ARMENIA_RESOLVED)
def test_armenia_phrases_resolve_as_issue_2_says(phrase: str, earliest: date, latest: date) -> None:
    r = resolve(phrase, reference=date(2023, 9, 19))
    assert (r.earliest, r.latest) == (earliest, latest)


def test_armenia_ongoing_blockade_resolves_as_issue_2_says() -> None:
    r = resolve("since the end of last year", reference=date(2023, 9, 19))
    assert (r.timex, r.mod, r.ongoing) == ("2022", "END", True)
    assert r.start is not None and r.start.latest == date(2022, 12, 31)


# -- the larger chronology ---------------------------------------------------------------


def test_nagorno_karabakh_size_and_span() -> None:
    events = load("nagorno-karabakh.yaml")["events"]
    assert len(events) >= 80
    years = sorted(
        Span.parse(e["date"]).start.earliest.year  # type: ignore[union-attr]
        for e in events
        if "date" in e and not e["date"].startswith("/")
    )
    assert years[0] == 1988 and years[-1] == 2024


def test_nagorno_karabakh_has_disagreeing_citations_and_relations() -> None:
    events = load("nagorno-karabakh.yaml")["events"]
    assert sum(1 for e in events if e.get("citations")) >= 20
    kinds = Counter(r["type"] for e in events for r in e.get("relations", []))
    assert set(kinds) == RELATION_TYPES


# -- the ACLED-style sample --------------------------------------------------------------

ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags",
]  # fmt: skip


def test_acled_sample_layout() -> None:
    with (FIXTURES / "acled-sample.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ACLED_HEADER
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(body) == 17
    assert Counter(r["time_precision"] for r in body) == {"1": 15, "2": 1, "3": 1}
    assert {r["year"] for r in body} == {"2023"}
    for r in body:
        assert r["event_id_cnty"].startswith("ILLUS-"), "illustrative rows, not ACLED's ids"
        assert r["notes"].startswith("Illustrative"), r["event_id_cnty"]


# -- importing -----------------------------------------------------------------------------

IMPORT_COUNTS = [("armenia-2023.yaml", 19), ("nagorno-karabakh.yaml", 136)]


@pytest.mark.parametrize("name,count", IMPORT_COUNTS)
def test_yaml_fixture_imports_whole(eventdb: EventDB, name: str, count: int) -> None:
    doc = load(name)
    assert len(doc["events"]) == count
    report = eventdb.import_document(doc, skip_errors=True, where=name)
    assert report.skipped == []
    assert report.added == count


def test_armenia_import_dates_and_undated(eventdb: EventDB) -> None:
    eventdb.import_document(load("armenia-2023.yaml"))
    exercise = eventdb.get_event("armenia-us-exercise-eagle-partner-2023")
    assert (exercise.span.earliest, exercise.span.latest) == (date(2023, 9, 11), date(2023, 9, 20))
    blockade = eventdb.get_event("lachin-corridor-blocked")
    assert blockade.span.ongoing
    summoned = eventdb.get_event("russia-summons-armenian-ambassador")
    assert not summoned.dated
    assert summoned.span.start is None
    assert summoned.span.end is not None and summoned.span.end.latest == date(2023, 9, 19)


def test_nagorno_karabakh_import_mixes_precisions(eventdb: EventDB) -> None:
    eventdb.import_document(load("nagorno-karabakh.yaml"))
    spans = [e.span for e in eventdb.timeline()]
    precisions = {s.precision for s in spans}
    assert {
        Precision.DAY, Precision.WEEK, Precision.WEEKEND, Precision.MONTH,
        Precision.YEAR, Precision.DECADE,
    } <= precisions  # fmt: skip
    assert any(s.ongoing for s in spans)
    assert any(s.start is not None and s.start.approximate for s in spans)
    assert any(s.start is not None and s.start.part is not None for s in spans)
    assert sum(1 for s in spans if not s.is_point) >= 15


def test_acled_sample_imports_whole(eventdb: EventDB) -> None:
    from eventdb.formats.readers import read

    doc = read(FIXTURES / "acled-sample.csv", "acled")
    assert isinstance(doc, dict)
    report = eventdb.import_document(doc, skip_errors=True)
    assert (report.added, report.skipped) == (17, [])
