"""The event store's library API, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdb import EventDB, FuzzyDate, ImportRecordError, NotFoundError, Span, StoreError
from eventdb.dates import Part, Precision

REF = date(2023, 9, 19)


@pytest.fixture
def db(eventdb: EventDB) -> EventDB:
    """The store with the seed article's source."""
    eventdb.add_source(
        "Armenia moves away from Russia", publisher="Folha", published="2023-09-19", key="folha"
    )
    return eventdb


# (phrase as written, EDTF of the span it resolves to against the source's 2023-09-19,
#  human label of the adopted span)
PHRASES = [
    ("2023-09-18", "2023-09-18", "18 September 2023"),
    ("This Monday (18)", "2023-09-18", "18 September 2023"),
    ("February last year", "2022-02", "February 2022"),
    ("last week", "[2023-09-11..2023-09-17]", "week of 11 September 2023"),
    ("In March", "2023-03", "March 2023"),
    (
        "since the end of last year",
        "[2022-09..2022-12]/..",
        "late 2022 – ongoing (as of 19 September 2023)",
    ),
    ("until this Wednesday (20)", "/2023-09-20", "until 20 September 2023"),
    ("2022-12~/..", "2022-12~/..", "c. December 2022 – ongoing (as of 19 September 2023)"),
]
assert len({p for p, _, _ in PHRASES}) == len(PHRASES), "duplicate rows"


@pytest.mark.parametrize(("phrase", "edtf", "label"), PHRASES)
def test_add_event_resolves_against_the_source(
    db: EventDB, phrase: str, edtf: str, label: str
) -> None:
    """A phrase is resolved against its source's publication day and kept on the citation."""
    e = db.add_event("Something happens", when=phrase, source="folha", quote="it happened")
    assert (e.span.edtf, e.label, e.dated) == (edtf, label, True)
    c = e.citations[0]
    assert (c.phrase, c.reference, c.quote, c.adopted) == (phrase, REF, "it happened", True)
    assert c.source.key == "folha" and c.explanation.startswith(repr(phrase))
    again = db.get_event(e.slug)
    assert again == e


# explicit EDTF spans set by hand (date=): (EDTF in, EDTF stored, label)
EXPLICIT = [
    ("1991-12-26", "1991-12-26", "26 December 1991"),
    ("1988-02/1994-05-12", "1988-02/1994-05-12", "February 1988 – 12 May 1994"),
    ("2023-09-11/2023-09-20", "2023-09-11/2023-09-20", "11–20 September 2023"),
    ("2022-12-12/..", "2022-12-12/..", "12 December 2022 – ongoing (as of 19 September 2023)"),
    ("199X", "199X", "the 1990s"),
    ("2023-21", "2023-21", "spring 2023"),
    ("2023-30", "2023-30", "summer 2023–24 (southern)"),
    ("1991?", "1991?", "1991?"),
]
assert len({e for e, _, _ in EXPLICIT}) == len(EXPLICIT), "duplicate rows"


@pytest.mark.parametrize(("edtf", "stored", "label"), EXPLICIT)
def test_explicit_date_round_trips(db: EventDB, edtf: str, stored: str, label: str) -> None:
    """date= stores the EDTF span exactly, southern seasons and flags included."""
    e = db.add_event("Dated by hand", date=edtf, source="folha")
    back = db.get_event(e.id or 0)
    assert (back.span.edtf, back.label) == (stored, label)
    assert back.span == Span.parse(edtf, as_of=REF)


def test_undated_event_is_bounded_by_publication(db: EventDB) -> None:
    """No when and no date: it happened before the source was published."""
    e = db.add_event("Armenia says Russia is moving away", source="folha", quote="claims")
    assert (e.dated, e.span.start, e.span.end, e.label) == (
        False,
        None,
        FuzzyDate.day(REF),
        "before 19 September 2023",
    )


def test_add_event_without_source_uses_reference(eventdb: EventDB) -> None:
    """Without a source the phrase is read against reference= (the CLI passes today)."""
    e = eventdb.add_event("Talks", when="last week", reference=REF)
    assert e.span.edtf == "[2023-09-11..2023-09-17]"
    assert e.citations[0].reference == REF and e.citations[0].source.id is None


def test_event_details_round_trip(db: EventDB) -> None:
    """Actors keep their order and roles; places, tags and type come back as given."""
    db.add_place("Lachin corridor", country="Azerbaijan", lat=39.6, lon=46.5)
    e = db.add_event(
        "Azerbaijan blocks the Lachin corridor",
        when="since the end of last year",
        source="folha",
        summary="The only road is blocked.",
        type="blockade",
        type_scheme="acled",
        actors=["Azerbaijan", {"name": "Armenia", "role": "target"}],
        places=["Lachin corridor"],
        tags=["blockade", "humanitarian"],
    )
    got = db.get_event("azerbaijan-blocks-the-lachin-corridor")
    assert [(a.name, a.role) for a in got.actors] == [("Azerbaijan", ""), ("Armenia", "target")]
    assert [(p.name, p.country, p.lat) for p in got.places] == [
        ("Lachin corridor", "Azerbaijan", 39.6)
    ]
    assert (got.tags, got.type, got.type_scheme, got.summary) == (
        ["blockade", "humanitarian"],
        "blockade",
        "acled",
        "The only road is blocked.",
    )
    assert got.created_at is not None and got.created_at.tzinfo is not None
    assert got == e


def test_slugs_are_unique_and_readable(db: EventDB) -> None:
    """A repeated title gets -2, -3; an explicit slug that is taken is refused."""
    slugs = [db.add_event("Protest in Yerevan", date="2023-09-19").slug for _ in range(3)]
    assert slugs == ["protest-in-yerevan", "protest-in-yerevan-2", "protest-in-yerevan-3"]
    with pytest.raises(ImportRecordError, match="slug 'protest-in-yerevan' already exists"):
        db.add_event("Another", date="2023", slug="protest-in-yerevan")


def test_sql_injection_title_is_just_a_title(db: EventDB) -> None:
    """Every value is a bound parameter: a hostile title is stored and found verbatim."""
    title = "'); DROP TABLE event;--"
    e = db.add_event(title, date="2023-09-18", source="folha", quote='"; DELETE FROM source; --')
    assert db.get_event(e.id or 0).title == title
    assert [x.title for x in db.timeline(text="DROP TABLE")] == [title]
    assert [x.title for x in db.timeline(actors=["'; DROP TABLE actor;--"])] == []
    assert db.counts()["event"] == 1 and db.counts()["source"] == 1


def test_get_missing_raises_not_found(db: EventDB) -> None:
    """Unknown ids, slugs and source keys raise NotFoundError (a LookupError)."""
    with pytest.raises(NotFoundError):
        db.get_event("no-such-event")
    with pytest.raises(LookupError):
        db.get_event(999)
    with pytest.raises(NotFoundError):
        db.get_source("nope")


def test_update_and_delete_event(db: EventDB) -> None:
    """update changes only what is given; a span set by hand sticks; delete removes all."""
    e = db.add_event("Aid arrives", when="2023-09-18", source="folha", tags=["aid"])
    u = db.update_event(e.slug, title="Aid convoy arrives", tags=["aid", "convoy"])
    assert (u.title, u.span.edtf, u.tags, u.slug) == (
        "Aid convoy arrives",
        "2023-09-18",
        ["aid", "convoy"],
        "aid-arrives",
    )
    assert [x.title for x in db.timeline(text="convoy")] == ["Aid convoy arrives"]
    m = db.update_event(e.slug, date="2023-09-17/2023-09-18")
    assert m.span.edtf == "2023-09-17/2023-09-18" and not m.citations[0].adopted
    back = db.update_event(e.slug, date=None)
    assert back.span.edtf == "2023-09-18" and back.citations[0].adopted
    with pytest.raises(StoreError, match="cannot update event field"):
        db.update_event(e.slug, colour="red")
    db.delete_event(e.slug)
    assert db.counts()["event"] == 0 and db.counts()["citation"] == 0
    assert db.timeline(text="convoy") == []


def test_sources_actors_tags_counts(db: EventDB) -> None:
    """sources(), actors(), tags() list each with the number of events."""
    db.add_source("RFE/RL", published="2022-12-12", key="rferl")
    a = db.add_event("A", when="2023-09-18", source="folha", actors=["Azerbaijan"], tags=["x"])
    db.add_event("B", when="2022-12-12", source="rferl", actors=["Azerbaijan", "Armenia"])
    db.cite(a.slug, "rferl", when="2022-12-12")
    assert [(s.key, n) for s, n in db.sources()] == [("folha", 1), ("rferl", 2)]
    assert [(a.name, n) for a, n in db.actors()] == [("Armenia", 1), ("Azerbaijan", 2)]
    assert db.tags() == [("x", 1)]


# -- adoption, conflicts, reresolve --------------------------------------------------------


def test_most_precise_citation_is_adopted(db: EventDB) -> None:
    """The event takes its narrowest citation's span; the others stay listed."""
    db.add_source("RFE/RL", published="2022-12-12", key="rferl")
    e = db.add_event("Blockade", when="since the end of last year", source="folha")
    assert e.span.edtf == "[2022-09..2022-12]/.."
    c = db.cite(e.slug, "rferl", when="today", quote="protesters blocked the road")
    assert (c.span.edtf, c.adopted, c.reference) == ("2022-12-12", True, date(2022, 12, 12))
    got = db.get_event(e.slug)
    assert got.span.edtf == "2022-12-12"
    assert [x.adopted for x in got.citations] == [False, True]
    assert db.conflicts() == []  # 12 December 2022 lies within "late 2022, ongoing"


def test_conflicts_lists_disagreeing_citations(db: EventDB) -> None:
    """Citations whose spans cannot overlap are a conflict, listed with every dated one."""
    db.add_source("Wikipedia", key="wiki")
    e = db.add_event("The Soviet Union is dissolved", date="1991-12-26", source="wiki")
    db.cite(e.slug, "folha", date="1992-01", quote="the end of the Soviet Union")
    db.add_event("Agreeing", when="2023-09-18", source="folha")
    found = db.conflicts()
    assert [(r.slug, [c.span.edtf for c in cs]) for r, cs in found] == [
        ("the-soviet-union-is-dissolved", ["1991-12-26", "1992-01"])
    ]


def test_reresolve_follows_a_corrected_publication_date(db: EventDB) -> None:
    """Correcting a source's date re-resolves every phrase cited from it."""
    a = db.add_event("Talks", when="last week", source="folha")
    b = db.add_event("Aid", when="yesterday", source="folha")
    u = db.add_event("Claim", source="folha")
    assert db.reresolve("folha", published="2023-10-03") == 3
    assert db.get_event(a.slug).span.edtf == "[2023-09-25..2023-10-01]"
    assert db.get_event(b.slug).span.edtf == "2023-10-02"
    assert db.get_event(u.slug).label == "before 3 October 2023"
    assert db.get_event(a.slug).citations[0].reference == date(2023, 10, 3)
    assert db.get_source("folha").published == FuzzyDate.day(date(2023, 10, 3))


def test_sources_actors_places_tags_crud(db: EventDB) -> None:
    """Sources, actors, places and tags are added, listed, changed and deleted."""
    e = db.add_event(
        "Talks",
        when="yesterday",
        source="folha",
        actors=["Armenia"],
        places=["Yerevan"],
        tags=["diplomacy"],
    )
    assert db.update_source("folha", published="2023-10-03").published == FuzzyDate.day(
        date(2023, 10, 3)
    )
    assert db.get_event(e.slug).span.edtf == "2023-10-02"
    with pytest.raises(StoreError, match="is cited 1 times"):
        db.delete_source("folha")
    db.add_actor("Armenia", kind="state", aliases=["Yerevan"], wikidata="Q399")
    assert [(a.name, a.kind, a.wikidata, n) for a, n in db.actors()] == [
        ("Armenia", "state", "Q399", 1)
    ]
    db.add_place("Yerevan", country="Armenia", lat=40.18, lon=44.5)
    assert [(p.name, p.country, n) for p, n in db.places()] == [("Yerevan", "Armenia", 1)]
    db.delete_actor("Armenia")
    db.delete_place("Yerevan")
    db.delete_tag("diplomacy")
    got = db.get_event(e.slug)
    assert (got.actors, got.places, got.tags) == ([], [], [])
    with pytest.raises(NotFoundError):
        db.delete_tag("diplomacy")
    db.delete_event(e.slug)
    db.delete_source("folha")
    assert db.sources() == []


def test_anchors_map_titles_and_slugs_to_spans(db: EventDB) -> None:
    """anchors() gives the resolver every dated event by title and by slug."""
    db.add_event(
        "The ICC issues a warrant for Putin", when="In March", source="folha", slug="icc-warrant"
    )
    db.add_event("Undated claim", source="folha")
    anchors = db.anchors()
    assert anchors == {
        "The ICC issues a warrant for Putin": Span.point(FuzzyDate.month(2023, 3)),
        "icc-warrant": Span.point(FuzzyDate.month(2023, 3)),
    }


def test_phrases_anchored_on_stored_events(db: EventDB) -> None:
    """A phrase naming a stored event is dated from it ("two days after the ICC warrant")."""
    db.add_event("ICC warrant", when="17 March 2023", source="folha", slug="icc-warrant")
    e = db.add_event("Moscow reacts", when="two days after the ICC warrant", source="folha")
    assert (e.span.edtf, e.citations[0].phrase) == ("2023-03-19", "two days after the ICC warrant")
    assert "17 March 2023" in e.citations[0].explanation
    with pytest.raises(ImportRecordError, match="field 'when'"):
        db.add_event("Unknown", when="two days after the moon landing", source="folha")


# -- the timeline ------------------------------------------------------------------------

TIMELINE_EVENTS = [
    # (title, explicit EDTF span)
    ("USSR dissolved", "1991-12-26"),
    ("Blockade", "2022-12~/.."),
    ("Invasion", "2022-02-24"),
    ("Year 2022", "2022"),
    ("February 2022", "2022-02"),
    ("Warrant", "2023-03-17"),
    ("Exercise", "2023-09-11/2023-09-20"),
    ("Aid", "2023-09-18"),
    ("Late 2022 talks", "[2022-09..2022-12]"),
    ("Decade", "199X"),
    ("War", "2020-09-27/2020-11-10"),
]


@pytest.fixture
def tl(db: EventDB) -> EventDB:
    """The store holding TIMELINE_EVENTS, with actors and tags on some."""
    for title, edtf in TIMELINE_EVENTS:
        db.add_event(
            title,
            date=edtf,
            source="folha",
            actors=["Azerbaijan"] if title in ("Blockade", "Aid", "War") else [],
            tags=["history"] if title in ("USSR dissolved", "Decade") else [],
            type="war" if title == "War" else "",
            quote=f"quote about {title.lower()}",
        )
    undated = db.add_event("Undated claim", source="folha")
    assert not undated.dated
    return db


# (timeline kwargs, titles expected, in order)
TIMELINES: list[tuple[dict[str, object], list[str]]] = [
    (
        {},
        [
            "Undated claim",
            "Decade",
            "USSR dissolved",
            "War",
            "Year 2022",
            "February 2022",
            "Invasion",
            "Late 2022 talks",
            "Blockade",
            "Warrant",
            "Exercise",
            "Aid",
        ],
    ),
    (
        {"since": "2023"},
        ["Undated claim", "Blockade", "Warrant", "Exercise", "Aid"],
    ),
    ({"since": "2023", "match": "within"}, ["Warrant", "Exercise", "Aid"]),
    (
        {"since": "2022", "until": "2022", "match": "within"},
        ["Year 2022", "February 2022", "Invasion", "Late 2022 talks"],
    ),
    (
        {"since": "2022", "until": "2022"},
        ["Undated claim", "Year 2022", "February 2022", "Invasion", "Late 2022 talks", "Blockade"],
    ),
    ({"since": "2022-12", "match": "starts"}, ["Blockade", "Warrant", "Exercise", "Aid"]),
    ({"since": "2023-09-19", "until": "2023-09-19"}, ["Undated claim", "Blockade", "Exercise"]),
    ({"until": "1991"}, ["Undated claim", "Decade", "USSR dissolved"]),
    ({"since": "2023-09-15", "order": "desc"}, ["Aid", "Exercise", "Blockade", "Undated claim"]),
    ({"since": "2022", "limit": 3}, ["Undated claim", "Year 2022", "February 2022"]),
    ({"since": "2022", "limit": 2, "offset": 2}, ["February 2022", "Invasion"]),
    ({"order": "desc", "limit": 2}, ["Aid", "Exercise"]),
    ({"actors": ["azerbaijan"]}, ["War", "Blockade", "Aid"]),
    ({"actors": "Azerbaijan", "since": "2023"}, ["Blockade", "Aid"]),
    ({"tags": ["history"]}, ["Decade", "USSR dissolved"]),
    ({"types": ["war"]}, ["War"]),
    ({"text": "quote about aid"}, ["Aid"]),
    (
        {"text": "QUOTE"},
        [
            t
            for t in [
                "Decade",
                "USSR dissolved",
                "War",
                "Year 2022",
                "February 2022",
                "Invasion",
                "Late 2022 talks",
                "Blockade",
                "Warrant",
                "Exercise",
                "Aid",
            ]
        ],
    ),
    ({"text": "nothing-like-this"}, []),
    ({"actors": ["Nobody"]}, []),
    (
        {"since": date(2023, 9, 18), "until": FuzzyDate.day(date(2023, 9, 18)), "match": "within"},
        ["Aid"],
    ),
]
assert len({repr(k) for k, _ in TIMELINES}) == len(TIMELINES), "duplicate rows"


@pytest.mark.parametrize(("kwargs", "titles"), TIMELINES, ids=[repr(k) for k, _ in TIMELINES])
def test_timeline(tl: EventDB, kwargs: dict[str, object], titles: list[str]) -> None:
    """Windows, matches, filters, order and paging give exactly these events."""
    got = tl.timeline(reference=REF, **kwargs)  # type: ignore[arg-type]
    assert [e.title for e in got] == titles


@pytest.mark.parametrize(
    ("common", "checks", "gives_up"),
    [
        (10**9, 5000, False),  # a rare word: its matches first
        (1, 5000, False),  # a common word: the timeline walked, each event checked
        (1, 1, True),  # a walk past its budget: asked again from the word's matches
    ],
)
def test_text_search_plans_agree(
    tl: EventDB, monkeypatch: pytest.MonkeyPatch, common: int, checks: int, gives_up: bool
) -> None:
    """Every plan a text search can take gives the same events."""
    from eventdb.store import db as store_db

    monkeypatch.setattr(store_db, "FTS_COMMON", common)
    monkeypatch.setattr(store_db, "TEXT_WALK_CHECKS", checks)
    walks: list[bool] = []
    ids = store_db.EventDB._ids

    def spy(self: EventDB, *args: Any, **kwargs: Any) -> list[int] | None:
        got = ids(self, *args, **kwargs)
        if kwargs.get("checks") is not None:
            walks.append(got is None)
        return got

    monkeypatch.setattr(store_db.EventDB, "_ids", spy)
    got = tl.timeline(text="quote", since="2022", limit=4, reference=REF)
    assert [e.title for e in got] == ["Year 2022", "February 2022", "Invasion", "Late 2022 talks"]
    assert [e.title for e in tl.timeline(text="about aid", order="desc")] == ["Aid"]
    if not tl.pg:  # PostgreSQL has one plan: its GIN index, chosen by its planner
        assert walks == ([gives_up, gives_up] if common == 1 else [])


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("match", ["overlap", "within", "starts"])
def test_pages_are_slices_of_the_whole(tl: EventDB, order: str, match: str) -> None:
    """Every page (limit, offset) is exactly that slice of the unpaged timeline, with
    several undated events and open spans in play."""
    for published in ("2023-10-01", "2022-06-30", "2024-01-15"):
        tl.add_source(f"Later {published}", published=published, key=published)
        tl.add_event(f"Undated claim of {published}", source=published)
    tl.add_event("Open end", date="2021-05/")
    for since in (None, "2022", "2023-09-12"):
        whole = [e.slug for e in tl.timeline(since=since, match=match, order=order)]
        for limit, offset in ((1, 0), (2, 1), (3, 3), (5, 2), (50, 0)):
            page = tl.timeline(since=since, match=match, order=order, limit=limit, offset=offset)
            assert [e.slug for e in page] == whole[offset : offset + limit], (since, limit)


def test_timeline_order_is_span_sort_key(tl: EventDB) -> None:
    """The SQL order is the documented Span.sort_key order (ties by insertion)."""
    got = tl.timeline()
    assert [e.span.sort_key for e in got] == sorted(e.span.sort_key for e in got)


def test_timeline_relative_window_uses_reference(tl: EventDB) -> None:
    """since='last month' is read against reference= (the CLI passes today)."""
    got = tl.timeline(since="last month", reference=date(2023, 10, 5))
    assert [e.title for e in got] == ["Undated claim", "Blockade", "Exercise", "Aid"]


def test_timeline_source_filter(tl: EventDB) -> None:
    """source= keeps the events citing that source."""
    tl.add_source("Other", key="other", published="2024")
    tl.cite("aid", "other", date="2023-09-18")
    assert [e.title for e in tl.timeline(source="other")] == ["Aid"]


# (bad timeline kwargs, error type, message fragment)
BAD_TIMELINES = [
    ({"match": "near"}, StoreError, "match must be one of"),
    ({"order": "sideways"}, StoreError, "order must be"),
    ({"since": "banana"}, ValueError, "banana"),
]


@pytest.mark.parametrize(("kwargs", "error", "fragment"), BAD_TIMELINES)
def test_timeline_rejects(
    tl: EventDB, kwargs: dict[str, object], error: type[Exception], fragment: str
) -> None:
    """Bad arguments raise the library's own errors, naming the problem."""
    with pytest.raises(error, match=fragment):
        tl.timeline(**kwargs)  # type: ignore[arg-type]


def test_records_outlive_the_database(db_url: str) -> None:
    """Results are plain objects usable after the database is closed."""
    with EventDB(db_url) as db:
        db.add_event("Aid", date="2023-09-18", actors=["Azerbaijan"])
        got = db.timeline()
    assert got[0].actors[0].name == "Azerbaijan" and got[0].label == "18 September 2023"


def test_relations(db: EventDB) -> None:
    """relate() links events; the record lists the target's slug and title."""
    a = db.add_event("War", date="2020-09-27/2020-11-10", source="folha")
    b = db.add_event("Ceasefire", date="2020-11-10", source="folha")
    db.relate(b.slug, "part_of", a.slug)
    got = db.get_event(b.slug)
    assert [(r.kind, r.target_slug, r.target_title) for r in got.relations] == [
        ("part_of", "war", "War")
    ]
    with pytest.raises(StoreError, match="relation type"):
        db.relate(b.slug, "likes", a.slug)
    db.delete_event(a.slug)
    assert db.get_event(b.slug).relations == []


# -- hypothesis: any span survives the store ------------------------------------------------

_units = st.sampled_from(
    [
        Precision.DAY,
        Precision.WEEK,
        Precision.MONTH,
        Precision.SEASON,
        Precision.QUARTER,
        Precision.YEAR,
        Precision.DECADE,
    ]
)


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """Any date the model can make, with parts and flags."""
    p = draw(_units)
    y = draw(st.integers(1800, 2100))
    if p is Precision.DAY:
        d = FuzzyDate.day(draw(st.dates(date(1800, 1, 1), date(2100, 12, 31))))
    elif p is Precision.WEEK:
        d = FuzzyDate.week(y, draw(st.integers(1, 52)))
    elif p is Precision.MONTH:
        d = FuzzyDate.month(y, draw(st.integers(1, 12)))
    elif p is Precision.SEASON:
        d = FuzzyDate.season(
            y, draw(st.sampled_from(["SP", "SU", "FA", "WI"])), south=draw(st.booleans())
        )
    elif p is Precision.QUARTER:
        d = FuzzyDate.quarter(y, draw(st.integers(1, 4)))
    elif p is Precision.YEAR:
        d = FuzzyDate.year(y)
    else:
        d = FuzzyDate.decade(y)
    if p in (Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.DECADE):
        d = d.narrow(draw(st.sampled_from([None, Part.EARLY, Part.MID, Part.LATE])))
    return FuzzyDate(
        d.precision, d.earliest, d.latest, d.part, draw(st.booleans()), draw(st.booleans()), d.south
    )


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Points, ranges, open and ongoing spans."""
    a = draw(st.one_of(st.none(), fuzzy_dates()))
    ongoing = a is not None and draw(st.booleans())
    if ongoing:
        return Span(a, None, ongoing=True, as_of=REF)
    b = draw(st.one_of(st.none(), fuzzy_dates()))
    if a is None and b is None:
        b = draw(fuzzy_dates())
    if a is not None and b is not None and a.earliest > b.latest:
        a, b = b, a
    if a is not None and b is not None and a.earliest > b.latest:
        b = a
    return Span(a, b)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(span=spans())
def test_span_store_round_trip(eventdb: EventDB, span: Span) -> None:
    """Whatever span an event is given by hand, the store gives the same span back."""
    e = eventdb.add_event("Round trip", date="2023")
    got = eventdb.update_event(e.id or 0, span=span)
    assert got.span == span
    eventdb.delete_event(e.id or 0)


@pytest.mark.parametrize(
    "name",
    [
        "eventdb.model",
        "eventdb.store.columns",
        "eventdb.store.schema",
        "eventdb.store.db",
        "eventdb.store.writer",
    ],
)
def test_store_docstring_examples(name: str) -> None:
    """The examples in the store modules' docstrings run and give what they show."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert (result.failed, result.attempted > 0) == (0, True)


def test_citations_say_how_they_were_dated(db: EventDB) -> None:
    """A citation records an EDTF span set by hand apart from a phrase, and whether its
    source dates the event at all."""
    src = db.add_source("Folha", published="2023-09-19")
    by_hand = db.add_event("Exercise", date="2023-09-11/2023-09-20", source=src)
    by_phrase = db.add_event("Aid", when="This Monday (18)", source=src)
    undated = db.add_event("Summons", source=src)
    got = [
        (c.date_text, c.phrase, c.dated)
        for e in (by_hand, by_phrase, undated)
        for c in db.get_event(e.slug).citations
    ]
    assert got == [
        ("2023-09-11/2023-09-20", "", True),
        ("", "This Monday (18)", True),
        ("", "", False),
    ]


# spans with both ends known, from a day to centuries long (span buckets 0 to 17)
_bounded_spans = st.one_of(
    fuzzy_dates().map(Span.point),
    st.tuples(fuzzy_dates(), fuzzy_dates()).map(
        lambda ab: Span(*sorted(ab, key=lambda d: d.earliest))
    ),
)


def _lo_hi(span: Span) -> tuple[date, date]:
    """The days the store bounds a span by: unknown starts at 1 January 1, open ends
    and ongoing spans at 31 December 9999."""
    lo = span.start.earliest if span.start is not None else date(1, 1, 1)
    hi = date(9999, 12, 31) if span.ongoing or span.end is None else span.end.latest
    return lo, hi


def _kept(span: Span, lo: date | None, hi: date | None, match: str) -> bool:
    """The timeline's window rule, written out plainly (docs: match=)."""
    s_lo, s_hi = _lo_hi(span)
    if match == "overlap":
        return (lo is None or s_hi >= lo) and (hi is None or s_lo <= hi)
    if match == "within":
        return (lo is None or s_lo >= lo) and (hi is None or s_hi <= hi)
    return span.start is not None and (lo is None or s_lo >= lo) and (hi is None or s_lo <= hi)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    events=st.lists(st.one_of(spans(), _bounded_spans, _bounded_spans), min_size=1, max_size=12),
    data=st.data(),
    length=st.integers(0, 40_000),
    open_end=st.booleans(),
    match=st.sampled_from(["overlap", "within", "starts"]),
    limit=st.sampled_from([None, 1, 3, 50]),
    order=st.sampled_from(["asc", "desc"]),
)
def test_timeline_window_is_the_plain_rule(
    eventdb: EventDB,
    events: list[Span],
    data: st.DataObject,
    length: int,
    open_end: bool,
    match: str,
    limit: int | None,
    order: str,
) -> None:
    """Whatever the spans and the window, the indexed query (buckets on SQLite, a LATERAL
    walk on PostgreSQL) keeps exactly the events the plain rule keeps, in Span.sort_key
    order, ties by insertion."""

    # the window opens anywhere, or inside one of the events (so that some straddle it)
    def inside(s: Span) -> st.SearchStrategy[date]:
        a, b = _lo_hi(s)
        days = min((b - a).days, 4000)
        return st.integers(0, days + 2).map(lambda n: min(a + timedelta(days=n), b))

    anywhere = st.one_of(st.none(), st.dates(date(1790, 1, 1), date(2110, 12, 31)))
    lo = data.draw(st.one_of(anywhere, st.sampled_from(events).flatmap(inside)))
    hi = None if open_end or lo is None else lo + timedelta(days=length)
    made = [eventdb.add_event(f"E{i}", date="2000") for i in range(len(events))]
    try:
        stored = [
            eventdb.update_event(e.id or 0, span=s) for e, s in zip(made, events, strict=True)
        ]
        want = sorted(
            (e for e in stored if _kept(e.span, lo, hi, match)),
            key=lambda e: (e.span.sort_key, e.id),
            reverse=order == "desc",
        )
        got = eventdb.timeline(since=lo, until=hi, match=match, order=order, limit=limit)
        assert [e.id for e in got] == [e.id for e in want][:limit]
    finally:
        for e in made:
            eventdb.delete_event(e.id or 0)


@pytest.mark.parametrize("limit", [None, 50])
def test_timeline_keeps_each_bucket_up_to_its_edge(eventdb: EventDB, limit: int | None) -> None:
    """For every span length class (bucket n holds spans up to 2**n - 1 days long): the
    longest span that ends on the window's first day is kept, the same span a day earlier
    is not."""
    lo = date(2000, 1, 1)
    want = []
    for n in range(19, -1, -1):  # 2**19 days reach back to 565
        days = (1 << n) - 1
        a = lo - timedelta(days=days)
        eventdb.add_event(f"reaches {n}", date=f"{a}/{lo}")
        eventdb.add_event(f"misses {n}", date=f"{a - timedelta(days=1)}/{lo - timedelta(days=1)}")
        want.append(f"reaches {n}")
    got = eventdb.timeline(since=lo, limit=limit)
    assert [e.title for e in got] == want


def test_explain_shows_a_page_read_from_the_order_index(tl: EventDB) -> None:
    """The events starting inside the window are read from ix_event_order in the page's
    order (SQLite sorts nothing for that part); on PostgreSQL the plan is a LIMIT."""
    plan = tl.explain(since="2022", limit=50, reference=REF)
    if tl.pg:
        assert plan[0].startswith("Limit"), plan
        return
    first = plan[plan.index("CO-ROUTINE p0") + 1 : plan.index("SCAN p0")]
    assert first == ["SEARCH event USING INDEX ix_event_order (span_lo>?)"], plan


def test_explain_a_common_word(tl: EventDB, monkeypatch: pytest.MonkeyPatch) -> None:
    """explain() shows a common word's walk too (its SQL function exists on every
    connection, not only during a timeline query)."""
    from eventdb.store import db as store_db

    monkeypatch.setattr(store_db, "FTS_COMMON", 1)
    plan = " ".join(tl.explain(text="quote", limit=3))
    assert ("event_fts" if tl.pg else "VIRTUAL TABLE") in plan, plan
