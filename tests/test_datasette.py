"""Datasette, as users open it, on a real SQLite file made by EventDB: every table
answers, its search box works on ``event``, the chronology view shows no sentinel."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventdb import EventDB
from eventdb.store.columns import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
METADATA = ROOT / "datasette" / "metadata.yml"
SENTINELS = ("0001-01-01", "9999-12-31")


@pytest.fixture(scope="module")
def events_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """events.db with a blockade in a quote, a title and a summary, and an undated event."""
    path = tmp_path_factory.mktemp("datasette") / "events.db"
    with EventDB(str(path)) as db:
        db.add_source("Armenia moves away from Russia", published="2023-09-19", key="folha")
        db.add_event(
            "Azerbaijan blocks the Lachin corridor",
            when="since December 2022",
            source="folha",
            quote="the blockade began in December",
            actors=["Azerbaijan"],
            tags=["blockade"],
            places=["Lachin corridor"],
        )
        db.add_event("Blockade lifted for aid", when="2023-09-18", source="folha")
        db.add_event("Talks in Brussels", date="2023-07-15", summary="no blockade discussed")
        db.add_event("Aid trucks reach Stepanakert", when="this Monday (18)", source="folha")
        db.add_event("Russian peacekeepers withdraw", source="folha")
        db.relate("blockade-lifted-for-aid", "follows", "azerbaijan-blocks-the-lachin-corridor")
    return path


def _get_all(path: Path, urls: list[str], metadata: dict[str, Any] | None = None) -> list[Any]:
    """GET each of ``urls`` from one Datasette serving ``path``, in process."""
    from datasette.app import Datasette

    async def fetch() -> list[Any]:
        ds = Datasette([str(path)], metadata=metadata)
        return [await ds.client.get(url) for url in urls]

    return asyncio.run(fetch())


def _get(path: Path, url: str, metadata: dict[str, Any] | None = None) -> Any:
    """GET ``url`` from Datasette serving ``path``, in process."""
    return _get_all(path, [url], metadata)[0]


def _metadata() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    return data


def _names(events_db: Path) -> list[str]:
    page = _get(events_db, "/events.json").json()
    return [t["name"] for t in page["tables"]] + [v["name"] for v in page["views"]]


def test_datasette_lists_the_tables_and_the_view(events_db: Path) -> None:
    """Datasette sees every table, event's search index (hidden) and the chronology view."""
    page = _get(events_db, "/events.json").json()
    tables = {t["name"]: (t["hidden"], t["fts_table"]) for t in page["tables"]}
    assert tables["event"] == (False, "event_fts")
    assert tables["event_fts"][0] is True
    assert [v["name"] for v in page["views"]] == ["chronology"]


@pytest.mark.parametrize("with_metadata", [False, True])
def test_every_table_answers(events_db: Path, with_metadata: bool) -> None:
    """Each table and view, hidden ones too, answers as a page and as JSON."""
    metadata = _metadata() if with_metadata else None
    names = _names(events_db)
    fts = {"event_fts", *(f"event_fts_{s}" for s in ("config", "data", "docsize", "idx"))}
    assert set(names) == set(COLUMNS) | fts | {"alembic_version", "chronology"}
    urls = [f"/events/{name}{suffix}" for name in names for suffix in ("", ".json")]
    pages = _get_all(events_db, urls, metadata)
    assert {u: p.status_code for u, p in zip(urls, pages, strict=True)} == dict.fromkeys(urls, 200)


# (what is typed in Datasette's search box on event, the titles it finds)
SEARCHES = [
    (
        "blockade",
        ["Azerbaijan blocks the Lachin corridor", "Blockade lifted for aid", "Talks in Brussels"],
    ),
    ("Stepanakert", ["Aid trucks reach Stepanakert"]),
    ("aid", ["Aid trucks reach Stepanakert", "Blockade lifted for aid"]),
    ("lachin december", ["Azerbaijan blocks the Lachin corridor"]),
    ("Brussels talks", ["Talks in Brussels"]),
]
# (searches that find nothing)
NOT_FOUND = ["ceasefire", "Yerevan blockade"]
assert len({q for q, _ in SEARCHES} | set(NOT_FOUND)) == len(SEARCHES) + len(NOT_FOUND)


@pytest.mark.parametrize(("query", "titles"), SEARCHES)
def test_search_box_on_event(events_db: Path, query: str, titles: list[str]) -> None:
    """?_search= on event finds the events whose title, summary or quotes hold the words."""
    page = _get(events_db, f"/events/event.json?_search={query}&_shape=array")
    assert page.status_code == 200
    assert sorted(r["title"] for r in page.json()) == titles


@pytest.mark.parametrize("query", NOT_FOUND)
def test_search_box_finds_nothing(events_db: Path, query: str) -> None:
    """A word no event holds gives an empty page, not every row."""
    page = _get(events_db, f"/events/event.json?_search={query}&_shape=array")
    assert (page.status_code, page.json()) == (200, [])


def test_search_page_renders(events_db: Path) -> None:
    """The HTML page of a search shows the search box and the event found."""
    page = _get(events_db, "/events/event?_search=Stepanakert")
    assert page.status_code == 200
    assert 'name="_search"' in page.text
    assert "Aid trucks reach Stepanakert" in page.text
    assert "Talks in Brussels" not in page.text


def test_chronology_reads_without_sentinels(events_db: Path) -> None:
    """The chronology view: people's labels, NULL for open or unknown ends, the sources."""
    rows = _get(events_db, "/events/chronology.json?_shape=array").json()
    assert [
        (r["label"], r["title"], r["earliest"], r["latest"], r["ongoing"], r["sources"])
        for r in rows
    ] == [
        ("before 19 September 2023", "Russian peacekeepers withdraw", None, "2023-09-19", 0,
         "Armenia moves away from Russia"),
        ("December 2022 – ongoing (as of 19 September 2023)",
         "Azerbaijan blocks the Lachin corridor", "2022-12-01", None, 1,
         "Armenia moves away from Russia"),
        ("15 July 2023", "Talks in Brussels", "2023-07-15", "2023-07-15", 0, ""),
        ("18 September 2023", "Blockade lifted for aid", "2023-09-18", "2023-09-18", 0,
         "Armenia moves away from Russia"),
        ("18 September 2023", "Aid trucks reach Stepanakert", "2023-09-18", "2023-09-18", 0,
         "Armenia moves away from Russia"),
    ]  # fmt: skip
    page = _get(events_db, "/events/chronology")
    assert page.status_code == 200
    shown = page.text.split('<pre class="wrapped-sql">')[0]  # the rows, not the view's SQL
    assert "Talks in Brussels" in shown
    assert not any(s in shown for s in SENTINELS)


def test_metadata_puts_titles_where_tables_point_at_events(events_db: Path) -> None:
    """With the shipped metadata, a citation's event shows as its title and events come
    in chronological order."""
    metadata = _metadata()
    cites = _get(events_db, "/events/citation.json?_shape=array&_labels=on", metadata).json()
    assert cites[0]["event_id"] == {"value": 1, "label": "Azerbaijan blocks the Lachin corridor"}
    events = _get(events_db, "/events/event.json?_shape=array", metadata).json()
    assert [e["slug"] for e in events][:2] == [
        "russian-peacekeepers-withdraw",
        "azerbaijan-blocks-the-lachin-corridor",
    ]
