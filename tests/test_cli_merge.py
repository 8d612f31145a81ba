"""The command line of one chronology from many articles: import again, duplicates, merge."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from eventdb import EventDB, cli

runner = CliRunner()
Dump = Callable[[EventDB], dict[str, list[tuple[object, ...]]]]

DRAFT = {
    "sources": [{"key": "folha", "title": "Armenia moves away", "published": "2023-09-19"}],
    "events": [
        {"title": t, "when": w, "source": "folha", "quote": q}
        for t, w, q in [
            ("Aid trucks reach Stepanakert", "This Monday (18)", "trucks with aid arrived"),
            ("Joint exercise with the US", "began last week", "the exercise began"),
            ("Lachin corridor blocked", "since the end of last year", "the corridor is blocked"),
            ("Talks in Brussels", "in July", "leaders met in Brussels in July"),
            ("ICC warrant for Putin", "in March", "the court issued a warrant in March"),
            ("Armenia recalls its envoy", "2023-09-01", "Armenia recalled its envoy"),
            ("Protest in Yerevan", "yesterday", "protesters gathered in Yerevan"),
        ]
    ],
}


def run(db: str, *args: str, input: str | None = None) -> tuple[int, str, str]:
    """Invoke eventdb --db DB ARGS; return (exit code, stdout, stderr)."""
    r = runner.invoke(cli.app, ["--db", db, *args], input=input, prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """The seven-event draft as a YAML file."""
    path = tmp_path / "draft.yaml"
    path.write_text(yaml.safe_dump(DRAFT), encoding="utf-8")
    return path


def test_import_twice_says_what_it_held(db_url: str, draft: Path, dump: Dump) -> None:
    """The second import of a draft says 0 new, 7 already held, and writes nothing."""
    assert run(db_url, "import", str(draft)) == (0, "Imported 7 events from 1 file\n", "")
    with EventDB(db_url) as db:
        before = dump(db)
    assert run(db_url, "import", str(draft)) == (0, "Imported 1 file: 0 new, 7 already held\n", "")
    assert run(db_url, "import", str(draft), "--dry-run") == (
        0,
        "Would import 1 file: 0 new, 7 already held\n",
        "",
    )
    with EventDB(db_url) as db:
        assert dump(db) == before


def test_import_update_counts_what_it_changed(db_url: str, draft: Path, tmp_path: Path) -> None:
    """--update refreshes the changed events and counts them apart from the held ones."""
    run(db_url, "import", str(draft))
    changed = json.loads(json.dumps(DRAFT))
    changed["events"][0]["title"] = "Aid convoy reaches Stepanakert"
    changed["events"].append(
        {"title": "New", "when": "2023-09-02", "source": "folha", "quote": "something new"}
    )
    path = tmp_path / "changed.yaml"
    path.write_text(yaml.safe_dump(changed), encoding="utf-8")
    assert run(db_url, "import", str(path), "--update") == (
        0,
        "Imported 1 file: 1 new, 1 updated, 6 already held\n",
        "",
    )
    code, out, _ = run(db_url, "show", "aid-trucks-reach-stepanakert")
    assert (code, out.splitlines()[1].split()) == (
        0,
        ["title:", "Aid", "convoy", "reaches", "Stepanakert"],
    )
