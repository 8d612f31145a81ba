"""Stored events as anchors: `eventdb --db X resolve "three days after the invasion"`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventdb import EventDB, cli
from eventdb.store.anchors import anchor_candidates, anchor_name, find_anchor, words_match

ROOT = Path(__file__).resolve().parent.parent

DOC = {
    "sources": [{"key": "s", "title": "Chronology", "published": "2023-09-19"}],
    "events": [
        {"slug": "ru-ua", "title": "Russia invades Ukraine", "date": "2022-02-24", "source": "s"},
        {
            "slug": "icc-warrant",
            "title": "The ICC issues an arrest warrant for Putin",
            "date": "2023-03-17",
            "source": "s",
        },
        {"slug": "iq-kw", "title": "Iraq invades Kuwait", "date": "1990-08-02", "source": "s"},
        {"slug": "talks", "title": "Talks are planned", "source": "s"},  # undated
    ],
}


@pytest.fixture
def db(db_url: str) -> str:
    """A database holding DOC (SQLite, and PostgreSQL when the run has a server)."""
    with EventDB(db_url) as store:
        store.import_document(DOC)
    return db_url


def run(*args: str) -> tuple[int, str, str]:
    """Invoke eventdb; return (exit code, stdout, stderr)."""
    r = CliRunner().invoke(cli.app, list(args), prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


# (phrase, the slug of the event it dates from)
FOUND = [
    ("three days after the Russian invasion", "ru-ua"),
    ("two days after the ICC warrant", "icc-warrant"),
    ("a week before the arrest warrant", "icc-warrant"),
    ("the day after the Kuwait invasion", "iq-kw"),
    ("three days after icc-warrant", "icc-warrant"),  # the slug itself
]

# phrases no single dated event anchors: no name, no match, a tie, an undated event
NOT_FOUND = [
    "last week",
    "three days after the moon landing",
    "three days after the invasion",  # Russia's and Iraq's: a tie
    "two days after the planned talks",
]


@pytest.mark.parametrize(("phrase", "slug"), FOUND)
def test_find_anchor(db: str, phrase: str, slug: str) -> None:
    """The event whose title or slug words the phrase's name uses is its anchor."""
    with EventDB(db) as store:
        anchor = find_anchor(store, phrase)
    assert anchor is not None and anchor.slug == slug


@pytest.mark.parametrize("phrase", NOT_FOUND)
def test_no_anchor(db: str, phrase: str) -> None:
    """No name, no match, a tie or an undated event gives no anchor."""
    with EventDB(db) as store:
        assert find_anchor(store, phrase) is None


def test_anchor_tables_have_no_duplicates() -> None:
    """Each phrase is in one table, once."""
    phrases = [p for p, _ in FOUND] + NOT_FOUND
    assert len(set(phrases)) == len(phrases)


# (word, word, whether they share a stem)
WORDS = [
    ("invasion", "invades", True),
    ("warrant", "warrants", True),
    ("Russian", "russia", True),
    ("ceasefire", "ceasefires", True),
    ("war", "warrant", False),
    ("talks", "tallies", False),
    ("icc", "icc", True),
    ("icc", "ice", False),
]


@pytest.mark.parametrize(("a", "b", "same"), WORDS)
def test_words_match(a: str, b: str, same: bool) -> None:
    """Words match on a prefix or a shared stem of four letters or more, both ways."""
    assert words_match(a, b) is same and words_match(b, a) is same


def test_anchor_name() -> None:
    """The name is what follows the offset word, as the resolver reads it."""
    assert anchor_name("Three days after  the invasion.") == "the invasion"
    assert anchor_name("the week before the vote") == "the vote"
    assert anchor_name("since last year") is None


def test_resolve_names_the_anchor(db: str) -> None:
    """resolve with --db dates the phrase from the stored event and names it."""
    code, out, err = run(
        "--db", db, "resolve", "two days after the ICC warrant", "--ref", "2023-09-19"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[2] == "date:        19 March 2023"
    assert out.splitlines()[-1] == (
        "anchor:      The ICC issues an arrest warrant for Putin (icc-warrant): 17 March 2023"
    )


def test_resolve_json_names_the_anchor(db: str) -> None:
    """The JSON output carries the anchor event."""
    code, out, _ = run(
        "--db", db, "resolve", "three days after the Russian invasion", "--ref", "2023-09-19",
        "-f", "json",
    )  # fmt: skip
    got = json.loads(out)
    assert (code, got["start"], got["anchor"]) == (
        0,
        "2022-02-27",
        {"title": "Russia invades Ukraine", "slug": "ru-ua", "edtf": "2022-02-24"},
    )


def test_resolve_refuses_an_unknown_anchor(db: str) -> None:
    """A phrase naming no stored event is refused in one line; the database is unchanged."""
    with EventDB(db) as store:
        before = store.counts()
    code, out, err = run("--db", db, "resolve", "three days after the moon landing")
    assert (code, out) == (1, "")
    assert err == (
        "Error: 'three days after the moon landing': no dated event in the database matches "
        "'the moon landing' by title or slug\n"
    )
    with EventDB(db) as store:
        assert store.counts() == before


def test_anchor_candidates_lists_a_tie(db: str) -> None:
    """A name two events match equally gives both, in stored order; one match gives one."""
    with EventDB(db) as store:
        tie = [a.slug for a in anchor_candidates(store, "three days after the invasion")]
        one = [a.slug for a in anchor_candidates(store, "after the Russian invasion")]
        none = anchor_candidates(store, "after the moon landing")
    assert (tie, one, none) == (["ru-ua", "iq-kw"], ["ru-ua"], [])


def test_resolve_says_a_tie_is_ambiguous(db: str) -> None:
    """A name two stored events match equally is refused as ambiguous, naming their slugs."""
    code, out, err = run("--db", db, "resolve", "three days after the invasion")
    assert (code, out) == (1, "")
    assert err == (
        "Error: 'three days after the invasion': 'the invasion' is ambiguous: 2 dated events "
        "match it equally (ru-ua, iq-kw); name one by more of its title or slug words\n"
    )


def test_resolve_after_the_war_in_the_karabakh_fixture(tmp_path: Path) -> None:
    """In the Nagorno-Karabakh chronology "after the war" names both wars: ambiguous."""
    url = str(tmp_path / "nk.db")
    assert run("--db", url, "import", str(ROOT / "fixtures" / "nagorno-karabakh.yaml"))[0] == 0
    assert run("--db", url, "resolve", "after the war") == (
        1,
        "",
        "Error: 'after the war': 'the war' is ambiguous: 2 dated events match it equally "
        "(first-nagorno-karabakh-war, second-nagorno-karabakh-war); name one by more of its "
        "title or slug words\n",
    )


def test_resolve_without_db_keeps_the_resolvers_message(tmp_path: Path) -> None:
    """Without --db the resolver's own refusal stands."""
    code, out, err = run("resolve", "three days after the invasion", "--ref", "2023-09-19")
    assert (code, out) == (1, "")
    assert err.startswith("Error: ") and "not a known event" in err


def test_extract_counts_from_stored_events(db: str) -> None:
    """extract with --db dates "three days after the Russian invasion" from the stored
    event, names it on stderr, and the draft event carries the date."""
    text = (
        "Three days after the Russian invasion, talks began in Belarus. "
        "Two days later, they failed.\n"
    )
    r = CliRunner().invoke(
        cli.app,
        ["--db", db, "extract", "--published", "2023-09-19", "-f", "json"],
        input=text,
        prog_name="eventdb",
    )
    assert r.exit_code == 0
    assert r.stderr == (
        "Dating from a stored event: 'the Russian invasion' is Russia invades Ukraine (ru-ua)\n"
    )
    events = json.loads(r.stdout)["events"]
    assert [(e["when"], e.get("date"), e["title"]) for e in events] == [
        ("Three days after the Russian invasion", "2022-02-27", "Talks began in Belarus"),
        ("Two days later", "2022-03-01", "They failed"),
    ]


def test_extract_anchors_keep_the_duration_value() -> None:
    """A duration counted from an event keeps its TimeML value; the day is its resolution."""
    from datetime import date

    from eventdb import extract
    from eventdb.dates import FuzzyDate, Span

    anchors = {"the invasion": Span.point(FuzzyDate.day(date(2022, 2, 24)))}
    text = "Three days after the invasion, talks began."
    (m,) = extract(text, date(2023, 9, 19), anchors=anchors)
    assert (m.text, m.timex, m.anchored) == ("Three days", "P3D", True)
    assert m.resolution is not None and m.resolution.span.edtf == "2022-02-27"
    assert [x.timex for x in extract(text, date(2023, 9, 19))] == ["P3D"]


def test_merged_events_slug_still_anchors(db: str) -> None:
    """After a merge, the merged event's old slug words find the event it became."""
    doc = {
        "sources": [{"key": "t", "title": "Timeline", "published": "2023-09-19"}],
        "events": [
            {
                "slug": "full-scale-invasion",
                "title": "Russian troops cross the border",
                "date": "2022-02-24",
                "source": "t",
            }
        ],
    }
    with EventDB(db) as store:
        store.import_document(doc)
        phrase = "three days after the full-scale invasion"
        assert [a.slug for a in anchor_candidates(store, phrase)] == ["full-scale-invasion"]
        store.merge("ru-ua", "full-scale-invasion")
        anchor = find_anchor(store, phrase)
    assert anchor is not None and (anchor.slug, anchor.span.edtf) == ("ru-ua", "2022-02-24")
    code, out, err = run("--db", db, "resolve", phrase, "--ref", "2023-09-19")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "anchor:      Russia invades Ukraine (ru-ua): 24 February 2022"
