"""eventdb.extract.draft_document: a draft chronology that eventdb import accepts unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventdb import EventDB, extract, resolve
from eventdb.extract import draft_document, draft_title

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
FIXTURE = ROOT / "fixtures" / "armenia-2023.yaml"
PUBLISHED = date(2023, 9, 19)


def _draft() -> dict[str, Any]:
    text = SEED.read_text(encoding="utf-8")
    return draft_document(
        text, extract(text, reference=PUBLISHED), published=PUBLISHED, publisher="Folha"
    )


def test_seed_draft_has_every_fixture_phrase() -> None:
    """Every phrase the fixture dates the seed by is a draft `when`, exactly, resolved alike."""
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    seed_key = fixture["sources"][0]["key"]
    wanted = [e for e in fixture["events"] if e.get("source") == seed_key and e.get("when")]
    assert len(wanted) == 7
    draft = {e["when"]: e for e in _draft()["events"]}
    for e in wanted:
        when = e["when"]
        assert when in draft, when
        got = resolve(draft[when]["when"], reference=PUBLISHED).span
        assert got == resolve(e["when"], reference=PUBLISHED).span
        assert " ".join(e["quote"].split()) in draft[when]["quote"]


def test_seed_draft_shape() -> None:
    """One source with the publication date; one event per dated sentence, in text order."""
    doc = _draft()
    assert doc["sources"] == [
        {
            "key": "folha-2023-09-19",
            "title": "",
            "publisher": "Folha",
            "url": "",
            "published": "2023-09-19",
            "language": "en",
        }
    ]
    assert [e["when"] for e in doc["events"]] == [
        "February last year",
        "since the end of last year",
        "This Monday (18)",
        "last week",
        "Last week",
        "In March",
        "began last week and runs until this Wednesday (20)",
    ]
    assert all(e["source"] == "folha-2023-09-19" and e["title"] for e in doc["events"])


def test_draft_imports_unchanged(tmp_path: Path) -> None:
    """The draft, through YAML, imports into a fresh database with every event."""
    doc = yaml.safe_load(yaml.safe_dump(_draft(), allow_unicode=True))
    with EventDB(tmp_path / "draft.db") as db:
        report = db.import_document(doc)
        assert (report.added, report.skipped) == (7, [])
        labels = [e.label for e in db.timeline()]
    assert labels[0] == "February 2022" and labels[-1] == "18 September 2023"


def test_anchored_phrase_carries_its_date() -> None:
    """A phrase resolved against the story's last date keeps that reading as `date`."""
    text = "The rebels struck on 3 May 2021. The next day, troops arrived."
    doc = draft_document(text, extract(text, reference=PUBLISHED), published=PUBLISHED)
    assert [(e["when"], e.get("date")) for e in doc["events"]] == [
        ("3 May 2021", None),
        ("The next day", "2021-05-04"),
    ]


def test_draft_title() -> None:
    """A placeholder title is the quote's opening words, cut at a word."""
    assert draft_title("Short.") == "Short"
    assert draft_title("one two three four five", 12) == "one two…"
