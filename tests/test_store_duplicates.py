"""Likely duplicates: overlapping spans plus alike titles, shared actors and places."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import EventDB
from eventdb.store import duplicates
from eventdb.store.duplicates import MIN_SCORE, _Event, candidate_pairs, score_pair

DOC = {
    "sources": [
        {"key": "bbc", "title": "ICC issues warrant", "published": "2023-03-17"},
        {"key": "afp", "title": "Court seeks arrest", "published": "2023-03-20"},
        {"key": "folha", "title": "Armenia moves away", "published": "2023-09-19"},
    ],
    "events": [
        {
            "title": "ICC issues an arrest warrant for Putin",
            "when": "in March",
            "source": "bbc",
            "quote": "the court issued a warrant in March",
            "actors": ["ICC", "Vladimir Putin"],
            "places": ["The Hague"],
        },
        {
            "title": "International court seeks Putin's arrest",
            "when": "last Friday",
            "source": "afp",
            "quote": "judges issued the warrant last Friday",
            "actors": ["Vladimir Putin", "Maria Lvova-Belova"],
            "places": ["The Hague"],
        },
        {
            "title": "Azerbaijan launches an offensive in Nagorno-Karabakh",
            "when": "today",
            "source": "folha",
            "quote": "Azerbaijan launched an offensive",
            "actors": ["Azerbaijan", "Armenia"],
            "places": ["Nagorno-Karabakh"],
        },
        {
            "title": "Armenia and the US hold a joint exercise",
            "when": "today",
            "source": "folha",
            "quote": "the exercise goes on",
            "actors": ["Armenia", "United States"],
            "places": ["Yerevan"],
        },
        {
            "title": "ICC issues an arrest warrant for Putin",
            "date": "2024-05",
            "actors": ["ICC", "Vladimir Putin"],
        },
    ],
}
ICC = ("icc-issues-an-arrest-warrant-for-putin", "international-court-seeks-putin-s-arrest")
SAME_DAY = (
    "azerbaijan-launches-an-offensive-in-nagorno-karabakh",
    "armenia-and-the-us-hold-a-joint-exercise",
)


@pytest.fixture
def db(eventdb: EventDB) -> EventDB:
    """Two reports of the ICC warrant, two unrelated events on one day, and the same title
    as the first a year later."""
    eventdb.import_document(DOC)
    return eventdb


def test_two_reports_of_one_event_are_found(db: EventDB) -> None:
    """The ICC warrant reported twice is the one likely pair, with its score and reason."""
    pairs = db.duplicates()
    assert [(p.a.slug, p.b.slug, p.score, p.title_similarity) for p in pairs] == [
        (*ICC, 0.63, 0.56)
    ]
    p = pairs[0]
    assert (p.shared_actors, p.shared_places) == (["Vladimir Putin"], ["The Hague"])
    assert p.reason == (
        "titles 56% alike; dates overlap (March 2023 / 17 March 2023); "
        "shared actors: Vladimir Putin; shared places: The Hague"
    )


def test_unrelated_events_on_one_day_score_low(db: EventDB) -> None:
    """Two events of one day sharing an actor are a candidate, scored below the default."""
    pairs = db.duplicates(min_score=0.3)
    assert [(p.a.slug, p.b.slug, p.score) for p in pairs] == [(*ICC, 0.63), (*SAME_DAY, 0.35)]
    assert pairs[1].reason == ("titles 39% alike; the same dates; shared actors: Armenia")


def test_the_same_title_at_another_time_is_not_a_pair(db: EventDB) -> None:
    """Spans that cannot overlap are never compared, whatever the titles."""
    pairs = db.duplicates(min_score=0.0)
    assert all("2024" not in p.b.label and "2024" not in p.a.label for p in pairs)


def test_an_undated_event_is_never_a_pair(db: EventDB) -> None:
    """An event reported without a date, though its title, actors and place match a
    dated one, is not compared: its span is open back to the beginning of time."""
    db.import_document(
        {
            "sources": [{"key": "wire", "title": "Wire", "published": "2023-09-19"}],
            "events": [
                {
                    "title": "Azerbaijan launches an offensive in Nagorno-Karabakh",
                    "source": "wire",
                    "quote": "an offensive was launched",
                    "actors": ["Azerbaijan", "Armenia"],
                    "places": ["Nagorno-Karabakh"],
                }
            ],
        }
    )
    pairs = db.duplicates(min_score=0.0)
    assert [e.slug for p in pairs for e in (p.a, p.b) if not e.dated] == []
    assert [(p.a.slug, p.b.slug) for p in db.duplicates(min_score=0.3)] == [ICC, SAME_DAY]


def test_window_narrows_the_events_looked_at(db: EventDB) -> None:
    """since/until keep the events that can touch the window, as the timeline does."""
    assert [p.a.slug for p in db.duplicates(since="2023-09", min_score=0.3)] == [SAME_DAY[0]]
    assert db.duplicates(until="2023-02") == []
    assert [p.b.slug for p in db.duplicates(limit=1, min_score=0.3)] == [ICC[1]]


def test_merge_clears_the_pair(db: EventDB) -> None:
    """Once merged, a pair is no longer listed."""
    db.merge(*ICC)
    assert db.duplicates() == []


# (title a, actors a, places a, title b, actors b, places b, score, title similarity)
SCORES = [
    ("ICC issues a warrant", [], [], "ICC issues a warrant", [], [], 0.5, 1.0),
    ("ICC issues a warrant", ["ICC"], [], "ICC issues a warrant", ["ICC", "Putin"], [], 0.8, 1.0),
    ("Talks", ["A"], ["X"], "Talks", ["A"], ["X"], 1.0, 1.0),
    ("Aid trucks reach Stepanakert", [], [], "Azerbaijan blocks aid trucks", [], [], 0.29, 0.57),
    (
        "Protest in Yerevan",
        [],
        ["Yerevan"],
        "Protest in Yerevan against the government",
        [],
        ["Yerevan"],
        0.7,
        1.0,
    ),
]
assert len({repr(s) for s in SCORES}) == len(SCORES)


@pytest.mark.parametrize(("ta", "aa", "pa", "tb", "ab", "pb", "score", "title"), SCORES)
def test_score(
    ta: str,
    aa: list[str],
    pa: list[str],
    tb: str,
    ab: list[str],
    pb: list[str],
    score: float,
    title: float,
) -> None:
    """The score is 0.5 title + 0.3 shared actors + 0.2 shared places, as documented."""
    got = score_pair(_Event(1, ta, 0, 0, aa, pa), _Event(2, tb, 0, 0, ab, pb))
    assert got[:2] == (score, title)


def test_a_block_too_large_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word or name shared by more than MAX_BLOCK events makes no candidates."""
    evs = [_Event(i, f"Armenia event{i}", 0, 10) for i in range(4)]
    assert len(candidate_pairs(evs)) == 6
    monkeypatch.setattr(duplicates, "MAX_BLOCK", 3)
    assert candidate_pairs(evs) == set()


def test_blocks_bound_the_work() -> None:
    """Thousands of events with their own words and days make no candidate at all: only
    events sharing a block and a span are ever paired."""
    start = date(2000, 1, 1)
    evs = [
        _Event(i, f"event{i} happens", start + timedelta(days=i), start + timedelta(days=i))
        for i in range(3000)
    ]
    assert candidate_pairs(evs) == set()  # "happens" is in 3000 > MAX_BLOCK titles


WORDS = ["warrant", "court", "putin", "offensive", "aid", "talks", "army", "border"]
EVENT = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.lists(st.sampled_from(["A", "B", "C"]), max_size=2, unique=True),
    st.lists(st.sampled_from(["X", "Y"]), max_size=1),
    st.integers(0, 30),
    st.integers(0, 10),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(EVENT, max_size=12))
def test_blocking_misses_no_pair_worth_reporting(events: list[tuple]) -> None:  # type: ignore[type-arg]
    """Every pair with overlapping spans scoring MIN_SCORE or more is a candidate."""
    evs = [
        _Event(i, " ".join(words), lo, lo + width, actors, places)
        for i, (words, actors, places, lo, width) in enumerate(events)
    ]
    found = candidate_pairs(evs)
    for i, j in itertools.combinations(range(len(evs)), 2):
        a, b = evs[i], evs[j]
        if a.lo <= b.hi and b.lo <= a.hi and score_pair(a, b)[0] >= MIN_SCORE:
            assert (i, j) in found


@settings(max_examples=200, deadline=None)
@given(EVENT, EVENT, st.floats(0, 1))
def test_pruning_changes_no_score_that_counts(x: tuple, y: tuple, cut: float) -> None:  # type: ignore[type-arg]
    """score_pair with min_score gives the full score when it reaches min_score, and a
    score under min_score (the pair is left out) when it does not."""
    a, b = (
        _Event(i, " ".join(words), lo, lo + width, actors, places)
        for i, (words, actors, places, lo, width) in enumerate((x, y))
    )
    full, pruned = score_pair(a, b)[0], score_pair(a, b, cut)[0]
    assert pruned == full if full >= cut else pruned < cut
