"""The command line over a real SQLite file: every database command, its exact output, and
its error paths (one line on stderr, exit code 1 or 2, the database unchanged)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventdb import EventDB, cli, resolve

runner = CliRunner()

DOC = """\
sources:
  - key: folha-2023-09-19
    title: Armenia moves away from Russia
    publisher: Folha
    url: https://example.org/folha
    published: "2023-09-19"
  - key: rferl-2022-12-12
    title: Azerbaijani protesters block the Lachin corridor
    publisher: RFE/RL
    published: "2022-12-12"
events:
  - slug: aid-trucks
    title: Aid trucks reach Nagorno-Karabakh
    type: humanitarian aid
    date: "2023-09-18"
    source: folha-2023-09-19
    quote: trucks with humanitarian aid arrived
    actors: [Azerbaijan]
    tags: [humanitarian]
  - slug: lachin-blocked
    title: Azerbaijan blocks the Lachin corridor
    type: blockade
    date: "2022-12~/.."
    source: folha-2023-09-19
    quote: since the end of last year Azerbaijan has blocked this link
    actors: [Azerbaijan, {name: Armenia, role: target}]
    places: [Lachin corridor]
    tags: [blockade, humanitarian]
    citations:
      - {source: rferl-2022-12-12, date: "2022-12-12", quote: protesters blocked the road}
  - slug: ussr-ends
    title: The Soviet Union is dissolved
    date: "1991-12-26"
    source: rferl-2022-12-12
    actors: [Soviet Union]
    citations:
      - {source: folha-2023-09-19, date: "1992-01", quote: the end of the Soviet Union}
"""


@pytest.fixture
def db_path(db_url: str) -> str:
    """An empty database: a SQLite file, and PostgreSQL too when the run has a server
    (tests/conftest.py's ``db_url``)."""
    return db_url


@pytest.fixture
def seeded(db_path: str, tmp_path: Path) -> str:
    """The database with DOC imported."""
    doc = tmp_path / "doc.yaml"
    doc.write_text(DOC, encoding="utf-8")
    code, _, err = run(db_path, "import", str(doc))
    assert (code, err) == (0, ""), err
    return db_path


def run(db: Path | str | None, *args: str, input: str | None = None) -> tuple[int, str, str]:
    """Invoke eventdb (with --db when given); return (exit code, stdout, stderr)."""
    argv = (["--db", str(db)] if db is not None else []) + list(args)
    r = runner.invoke(cli.app, argv, input=input, prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


def snapshot(path: str) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    """What the database holds: its counts and every event's id, slug, title and dates."""
    with EventDB(str(path)) as db:
        return db.counts(), [(e.id, e.slug, e.title, e.span.edtf) for e in db.timeline()]


# -- init and info -----------------------------------------------------------------------


def test_init_and_info(tmp_path: Path) -> None:
    """init creates the database; info names it with its schema version and counts."""
    path = tmp_path / "new.db"
    code, out, err = run(path, "init")
    with EventDB(str(path)) as db:
        url, version, counts = db.url, db.schema_version, db.counts()
    assert (code, out, err) == (0, f"Database ready: {url} (schema version {version})\n", "")
    code, out, err = run(path, "info")
    assert (code, err) == (0, "")
    width = max(len(k) for k in ["database", "schema version", *counts]) + 1
    expected = [f"{'database:':<{width}} {url}", f"{'schema version:':<{width}} {version}"]
    expected += [f"{k + ':':<{width}} {n}" for k, n in counts.items()]
    assert out.splitlines() == expected


def test_env_var_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --db, EVENTDB_URL names the database."""
    path = tmp_path / "env.db"
    monkeypatch.setenv("EVENTDB_URL", str(path))
    assert run(None, "init")[0] == 0
    assert path.exists()


# -- import ------------------------------------------------------------------------------


def test_import_reports_what_it_added(db_path: str, tmp_path: Path) -> None:
    """import prints how many events it added from how many files."""
    doc = tmp_path / "doc.yaml"
    doc.write_text(DOC, encoding="utf-8")
    assert run(db_path, "import", str(doc)) == (0, "Imported 3 events from 1 file\n", "")
    assert snapshot(db_path)[0]["event"] == 3


def test_import_dry_run_changes_nothing(db_path: str, tmp_path: Path) -> None:
    """--dry-run checks the file and says what it would import, writing nothing."""
    doc = tmp_path / "doc.yaml"
    doc.write_text(DOC, encoding="utf-8")
    before = snapshot(db_path)
    assert run(db_path, "import", str(doc), "--dry-run") == (
        0,
        "Would import 3 events from 1 file\n",
        "",
    )
    assert snapshot(db_path) == before


def test_dry_run_sees_the_sources_already_stored(seeded: str, tmp_path: Path) -> None:
    """A dry run checks a file against the database: a source stored earlier counts."""
    later = tmp_path / "later.jsonl"
    later.write_text(
        '{"title": "Talks in Brussels", "when": "2023-09-18", "source": "folha-2023-09-19"}\n',
        encoding="utf-8",
    )
    before = snapshot(seeded)
    assert run(seeded, "import", str(later), "--dry-run") == (
        0,
        "Would import 1 event from 1 file\n",
        "",
    )
    assert snapshot(seeded) == before


def test_a_weekday_contradicting_its_day_number_is_refused(db_path: str, tmp_path: Path) -> None:
    """'Monday (19)' when the 19th is a Tuesday: refused on import, kept with --lenient."""
    doc = tmp_path / "w.yaml"
    doc.write_text(
        'sources:\n  - {key: s, title: S, published: "2023-09-19"}\n'
        'events:\n  - {title: T, when: "Monday (19)", source: s}\n',
        encoding="utf-8",
    )
    before = snapshot(db_path)
    assert run(db_path, "import", str(doc)) == (
        1,
        "",
        f"Error: {doc}, event 1, field 'when': Monday (19): 19 September 2023 is a "
        "Tuesday: pass --lenient to accept it (the day number's date is kept)\n",
    )
    assert snapshot(db_path) == before
    assert run(db_path, "import", str(doc), "--lenient") == (
        0,
        "Imported 1 event from 1 file\n",
        "",
    )
    assert [e for _, _, _, e in snapshot(db_path)[1]] == ["2023-09-19"]


def test_several_files_are_one_transaction(db_path: str, tmp_path: Path) -> None:
    """A bad record in the second file leaves the first file unimported too."""
    good = tmp_path / "good.yaml"
    good.write_text(DOC, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"title": "Broken", "when": "30 February 2023", '
        '"source_title": "X", "source_published": "2023-09-19"}\n',
        encoding="utf-8",
    )
    before = snapshot(db_path)
    code, out, err = run(db_path, "import", str(good), str(bad))
    assert (code, out) == (1, "")
    assert err == (
        f"Error: {bad}, record 1, field 'when': cannot resolve '30 February 2023': "
        "February 2023 has no day 30\n"
    )
    assert snapshot(db_path) == before


# -- timeline ----------------------------------------------------------------------------


def test_timeline_table(seeded: str) -> None:
    """The table shows date label, title, actors and source, oldest first."""
    rows = [
        ("date", "title", "actors", "source"),
        ("26 December 1991", "The Soviet Union is dissolved", "Soviet Union", "rferl-2022-12-12"),
        (
            "c. December 2022 – ongoing (as of 19 September 2023)",
            "Azerbaijan blocks the Lachin corridor",
            "Azerbaijan, Armenia",
            "folha-2023-09-19",
        ),
        (
            "18 September 2023",
            "Aid trucks reach Nagorno-Karabakh",
            "Azerbaijan",
            "folha-2023-09-19",
        ),
    ]
    widths = [52, 37, 19, 16]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    assert run(seeded, "timeline") == (0, "\n".join(lines) + "\n", "")


def test_timeline_table_lists_undated_events_last(db_path: str, tmp_path: Path) -> None:
    """In the table, an event known only to precede its source follows the dated ones;
    JSON keeps the store's order (unknown starts first)."""
    doc = tmp_path / "u.yaml"
    doc.write_text(
        'sources:\n  - {key: s, title: S, published: "2023-09-19"}\n'
        "events:\n"
        '  - {slug: dated, title: Dated, date: "2023-09-18", source: s}\n'
        "  - {slug: undated, title: Undated, source: s}\n",
        encoding="utf-8",
    )
    assert run(db_path, "import", str(doc))[0] == 0
    code, out, _ = run(db_path, "timeline", "--fmt", "plain")
    assert (code, [line.split("  ")[0] for line in out.splitlines()]) == (
        0,
        ["date", "18 September 2023", "before 19 September 2023"],
    )
    code, out, _ = run(db_path, "timeline", "--format", "json")
    assert [row["slug"] for row in json.loads(out)] == ["undated", "dated"]


def test_timeline_json_rows(seeded: str) -> None:
    """JSON rows carry the documented fields; --since takes any resolvable phrase."""
    code, out, err = run(seeded, "timeline", "--since", "2023", "--format", "json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["slug"] for r in rows] == ["lachin-blocked", "aid-trucks"]
    assert rows[1] == {
        "id": rows[1]["id"],
        "slug": "aid-trucks",
        "title": "Aid trucks reach Nagorno-Karabakh",
        "label": "18 September 2023",
        "earliest": "2023-09-18",
        "latest": "2023-09-18",
        "date": "2023-09-18",
        "when": "",
        "end": "",
        "summary": "",
        "type": "humanitarian aid",
        "type_scheme": "",
        "source": "folha-2023-09-19",
        "source_title": "Armenia moves away from Russia",
        "source_publisher": "Folha",
        "source_url": "https://example.org/folha",
        "source_published": "2023-09-19",
        "quote": "trucks with humanitarian aid arrived",
        "actors": ["Azerbaijan"],
        "places": [],
        "tags": ["humanitarian"],
        "citations": [],
        "relations": [],
        "precision": "day",
        "edtf": "2023-09-18",
        "ongoing": False,
        "as_of": None,
        "dated": True,
        "sources": ["folha-2023-09-19"],
    }
    assert rows[0]["actors"] == ["Azerbaijan", {"name": "Armenia", "role": "target"}]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table", "markdown"])
def test_timeline_zero_rows(seeded: str, fmt: str) -> None:
    """No matches: json is [], jsonl nothing, csv its header, tables a note on stderr."""
    code, out, err = run(seeded, "timeline", "--until", "1990", "--format", fmt)
    assert code == 0
    header = (
        "id,slug,title,label,earliest,latest,date,when,end,summary,type,type_scheme,source,"
        "source_title,source_publisher,source_url,source_published,quote,actors,places,tags,"
        "citations,relations,precision,edtf,ongoing,as_of,dated,sources\n"
    )
    expected_out = {"json": "[]\n", "jsonl": "", "csv": header, "table": "", "markdown": ""}[fmt]
    assert out == expected_out
    assert err == ("No events match.\n" if fmt in ("table", "markdown") else "")


def test_timeline_csv_and_jsonl(seeded: str) -> None:
    """CSV has a header and ;-joined lists; JSON Lines one object a line."""
    code, out, _ = run(seeded, "timeline", "--tag", "blockade", "--format", "csv")
    assert code == 0
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["slug"], r["actors"], r["ongoing"]) for r in rows] == [
        ("lachin-blocked", "Azerbaijan; Armenia [target]", "true")
    ]
    code, out, _ = run(seeded, "timeline", "--actor", "Azerbaijan", "-f", "jsonl")
    assert code == 0
    assert [json.loads(line)["slug"] for line in out.splitlines()] == [
        "lachin-blocked",
        "aid-trucks",
    ]


def test_timeline_markdown_fmt_and_phrases(seeded: str) -> None:
    """--format markdown is a pipe table; --fmt picks any tabulate style; --phrases adds
    the phrase and its reference date."""
    code, out, _ = run(seeded, "timeline", "--search", "Soviet", "--format", "markdown")
    assert code == 0
    assert out.splitlines()[0].startswith("| date ")
    code, out, _ = run(seeded, "timeline", "--search", "Soviet", "--fmt", "plain", "--phrases")
    assert code == 0
    assert out.splitlines()[0].split() == ["date", "title", "actors", "source", "phrase", "ref"]
    assert "\x1b" not in out  # output to a pipe is plain


def test_phrases_show_an_edtf_date_set_by_hand(seeded: str) -> None:
    """--phrases shows how the adopted citation dated the event: a phrase as written, or
    the EDTF a fixture set by hand, marked as such."""
    code, out, _ = run(seeded, "timeline", "--search", "Soviet", "-f", "json", "--phrases")
    assert code == 0
    assert [(r["phrase"], r["reference"]) for r in json.loads(out)] == [
        ("1991-12-26 (EDTF)", "2022-12-12")
    ]


def test_timeline_limit_reverse(seeded: str) -> None:
    """--reverse lists newest first; --limit caps the rows."""
    code, out, _ = run(seeded, "timeline", "--reverse", "--limit", "1", "-f", "jsonl")
    assert code == 0
    assert [json.loads(line)["slug"] for line in out.splitlines()] == ["aid-trucks"]


# -- show, edit, delete ------------------------------------------------------------------


def test_show(seeded: str) -> None:
    """show prints the event, each citation with its source, date and quote, and conflicts."""
    assert run(seeded, "show", "ussr-ends") == (
        0,
        "#3 ussr-ends\n"
        "title:       The Soviet Union is dissolved\n"
        "date:        26 December 1991\n"
        "edtf:        1991-12-26\n"
        "actors:      Soviet Union\n"
        "citations:\n"
        "  1. [rferl-2022-12-12] Azerbaijani protesters block the Lachin corridor, RFE/RL, "
        "12 December 2022 (adopted)\n"
        "     date:        26 December 1991\n"
        "  2. [folha-2023-09-19] Armenia moves away from Russia, Folha, 19 September 2023 "
        "<https://example.org/folha>\n"
        "     date:        January 1992\n"
        "     quote:       \u201cthe end of the Soviet Union\u201d\n"
        "conflicts: the sources disagree on the date\n"
        "  26 December 1991: rferl-2022-12-12\n"
        "  January 1992: folha-2023-09-19\n",
        "",
    )


def test_show_phrase_and_explanation(db_path: str) -> None:
    """A citation dated by a phrase shows the phrase, its reference and the explanation."""
    run(db_path, "add", "Talks", "--when", "2023-09-18", "--ref", "2023-09-19", "--quote", "q")
    code, out, _ = run(db_path, "show", "talks")
    assert code == 0
    with EventDB(str(db_path)) as db:
        explanation = db.get_event("talks").citations[0].explanation
    assert code == 0
    assert out.splitlines()[-3:] == [
        "     phrase:      '2023-09-18', relative to 2023-09-19",
        "     quote:       \u201cq\u201d",
        f"     explanation: {explanation}",
    ]


def test_edit_changes_only_given_fields(seeded: str) -> None:
    """edit changes the fields given and prints the event."""
    code, out, err = run(seeded, "edit", "aid-trucks", "--title", "Aid convoy arrives")
    assert (code, err) == (0, "")
    assert out.startswith("Updated #")
    with EventDB(str(seeded)) as db:
        e = db.get_event("aid-trucks")
    assert (e.title, e.span.edtf, e.tags) == ("Aid convoy arrives", "2023-09-18", ["humanitarian"])


def test_delete_asks_unless_yes(seeded: str) -> None:
    """delete asks first; answering no leaves the event; --yes deletes it."""
    before = snapshot(seeded)
    code, _, _ = run(seeded, "delete", "ussr-ends", input="n\n")
    assert code == 1
    assert snapshot(seeded) == before
    code, out, _ = run(seeded, "delete", "ussr-ends", "--yes")
    assert code == 0
    assert code == 0 and out.startswith("Deleted #")
    assert snapshot(seeded)[0]["event"] == 2


# -- lists -------------------------------------------------------------------------------


def test_sources_and_actors(seeded: str) -> None:
    """sources and actors list with event counts."""
    code, out, _ = run(seeded, "sources", "--format", "json")
    assert code == 0
    counts = {r["key"]: r["events"] for r in json.loads(out)}
    assert counts == {"folha-2023-09-19": 3, "rferl-2022-12-12": 2}
    code, out, _ = run(seeded, "actors", "--format", "json")
    assert code == 0
    assert {r["name"]: r["events"] for r in json.loads(out)} == {
        "Azerbaijan": 2,
        "Armenia": 1,
        "Soviet Union": 1,
    }


def test_conflicts(seeded: str) -> None:
    """conflicts lists events whose sources disagree, with each source's date."""
    code, out, _ = run(seeded, "conflicts", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["slug"] for r in rows] == ["ussr-ends"]
    assert [(c["source"], c["edtf"], c["adopted"]) for c in rows[0]["citations"]] == [
        ("rferl-2022-12-12", "1991-12-26", True),
        ("folha-2023-09-19", "1992-01", False),
    ]


# -- add ---------------------------------------------------------------------------------


def test_add_with_ref(db_path: str) -> None:
    """add resolves the phrase against --ref and prints the event and explanation."""
    code, out, err = run(
        db_path,
        "add",
        "Aid trucks arrive",
        "--when",
        "2023-09-18",
        "--ref",
        "2023-09-19",
        "--tag",
        "humanitarian",
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Added #") and lines[0].endswith(" aid-trucks-arrive")
    assert "date:        18 September 2023" in lines
    assert "phrase:      '2023-09-18', relative to 2023-09-19" in lines


def test_add_without_ref_says_today(db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --ref or --source the phrase is read against today, and the output says so."""
    monkeypatch.setattr(cli, "_today", lambda: date(2023, 9, 19))
    code, out, _ = run(db_path, "add", "Aid trucks arrive", "--when", "2023-09-18")
    assert code == 0
    assert code == 0
    assert "phrase:      '2023-09-18', relative to 2023-09-19 (today; pass --ref to change)" in (
        out.splitlines()
    )


def test_add_with_source(seeded: str) -> None:
    """--source: the source's publication date is the reference, no 'today' note."""
    code, out, _ = run(
        seeded, "add", "Exercise ends", "--when", "2023-09-20", "--source", "folha-2023-09-19"
    )
    assert code == 0
    assert "today" not in out


# -- export ------------------------------------------------------------------------------


def test_export_markdown_to_stdout_and_file(seeded: str, tmp_path: Path) -> None:
    """export writes to standard output, or to -o FILE with the same bytes."""
    code, out, _ = run(seeded, "export", "--format", "markdown", "--title", "Karabakh")
    assert code == 0
    assert code == 0 and out.startswith("# Karabakh\n")
    target = tmp_path / "out.md"
    code, _, err = run(seeded, "export", "--title", "Karabakh", "-o", str(target))
    assert (code, err) == (0, f"Wrote 3 events to {target}\n")
    assert target.read_text(encoding="utf-8") == out


def test_export_json_round_trips(seeded: str, tmp_path: Path) -> None:
    """export --format json imports into an empty database and exports the same again."""
    first = tmp_path / "a.json"
    assert run(seeded, "export", "-f", "json", "-o", str(first))[0] == 0
    other = tmp_path / "other.db"
    assert run(other, "import", str(first))[0] == 0
    code, again, _ = run(other, "export", "-f", "json")
    assert code == 0
    assert again == first.read_text(encoding="utf-8")


def test_format_choices_match_the_library() -> None:
    """The CLI's --format choices are exactly the library's readers and writers."""
    from eventdb import formats

    assert tuple(f.value for f in cli.ExportFormat) == formats.FORMATS
    assert tuple(f.value for f in cli.ReadFormat) == formats.READERS
    assert tuple(g.value for g in cli.GroupBy) == formats.GROUPS
    assert tuple(lane.value for lane in cli.Lanes) == formats.LANES


# -- errors: one line, exit code, database unchanged ------------------------------------


BAD_YAML = "sources:\n  - key: a\n    title: [unclosed\nevents: []\n"
UNKNOWN_SOURCE = "events:\n  - title: A\n    when: '2023-09-18'\n    source: nope\n"
BAD_DATE = "events:\n  - title: A\n    date: '2023-02-30'\n"
BAD_PHRASE = (
    "sources:\n  - {key: s, title: S, published: '2023-09-19'}\n"
    "events:\n  - {title: A, when: blah blah, source: s}\n"
)
RESOLVE_MSG = "{resolve_error}"

# (arguments, exit code, the one line on stderr); {tmp} is the test's directory
ERRORS = [
    (["show", "nope"], 1, "Error: no event with id or slug 'nope'"),
    (["edit", "nope", "--title", "x"], 1, "Error: no event with id or slug 'nope'"),
    (["delete", "nope", "--yes"], 1, "Error: no event with id or slug 'nope'"),
    (
        ["edit", "aid-trucks"],
        2,
        "Error: nothing to change: give an option such as --title (see 'eventdb edit --help')",
    ),
    (
        ["import", "{tmp}/missing.yaml"],
        1,
        "Error: {tmp}/missing.yaml: cannot open: No such file or directory",
    ),
    (
        ["import", "{tmp}/bad.yaml"],
        1,
        "Error: {tmp}/bad.yaml, line 4, column 7: while parsing a flow sequence expected ',' "
        "or ']', but got ':'",
    ),
    (
        ["import", "{tmp}/unknown-source.yaml"],
        1,
        "Error: {tmp}/unknown-source.yaml, event 1, field 'source': unknown source 'nope': "
        "define it under sources: or give source_title",
    ),
    (
        ["import", "{tmp}/doc.txt"],
        1,
        "Error: {tmp}/doc.txt: cannot tell the format from the extension '.txt': expected one "
        "of .csv, .json, .jsonl, .ndjson, .yaml, .yml (or name the format)",
    ),
    (
        ["import", "{tmp}/bad-date.yaml"],
        1,
        "Error: {tmp}/bad-date.yaml, event 1, field 'date': '2023-02-30' is not a real date: "
        "February 2023 has no day 30",
    ),
    (
        ["import", "{tmp}/bad-phrase.yaml"],
        1,
        "Error: {tmp}/bad-phrase.yaml, event 1, field 'when': {resolve_error}",
    ),
    (["timeline", "--since", "blah blah"], 1, f"Error: {RESOLVE_MSG}"),
    (
        ["timeline", "--match", "sideways"],
        2,
        "Error: Invalid value for '--match': 'sideways' is not one of 'overlap', 'within', "
        "'starts'. (see 'eventdb timeline --help')",
    ),
    (
        ["timeline", "--fmt", "nope"],
        2,
        "Error: Invalid value for '--fmt': 'nope' is not a tabulate style (try plain, simple, "
        "github, grid) (see 'eventdb timeline --help')",
    ),
    (
        ["timeline", "--limit", "-1"],
        2,
        "Error: Invalid value for '--limit': Input should be greater than or equal to 0 "
        "(see 'eventdb timeline --help')",
    ),
    (
        ["add", "X", "--when", "2023-09-18", "--ref", "2023-02-30"],
        2,
        "Error: Invalid value for '--ref': '2023-02-30' is not a real date: February 2023 "
        "has no day 30 (see 'eventdb add --help')",
    ),
    (
        ["add", "X", "--when", "2023-09-18", "--ref", "2023-09-19", "--source", "a"],
        2,
        "Error: Invalid value for '--ref': give --ref or --source, not both "
        "(see 'eventdb add --help')",
    ),
    (
        ["add", "X"],
        2,
        "Error: Invalid value for '--when': say when: --when PHRASE or --date EDTF "
        "(see 'eventdb add --help')",
    ),
    (["add", "X", "--when", "blah blah", "--ref", "2023-09-19"], 1, "Error: {phrase_error}"),
    (["add", "X", "--date", "2023-02-30"], 1, "Error: {date_error}"),
    (
        ["add", "X", "--when", "2023-09-18", "--source", "nope"],
        1,
        "Error: {source_error}",
    ),
    (
        ["export", "--format", "pdf"],
        2,
        "Error: Invalid value for '--format' / '-f': 'pdf' is not one of 'markdown', 'html', "
        "'timelinejs', 'ics', 'csv', 'json', 'jsonl'. (see 'eventdb export --help')",
    ),
]
assert len({tuple(row[0]) for row in ERRORS}) == len(ERRORS)


def library_error(call: object) -> str:
    """The message the library raises for a call (the CLI must pass it on unchanged)."""
    from eventdb import EventDBError

    assert callable(call)
    with pytest.raises(EventDBError) as e:
        call()
    return str(e.value)


@pytest.mark.parametrize(("args", "code", "line"), ERRORS)
def test_errors_leave_the_database_unchanged(
    seeded: str, tmp_path: Path, args: list[str], code: int, line: str
) -> None:
    """Bad input: one line on stderr, nothing on stdout, the exit code, the database as it was."""
    (tmp_path / "bad.yaml").write_text(BAD_YAML, encoding="utf-8")
    (tmp_path / "unknown-source.yaml").write_text(UNKNOWN_SOURCE, encoding="utf-8")
    (tmp_path / "doc.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "bad-date.yaml").write_text(BAD_DATE, encoding="utf-8")
    (tmp_path / "bad-phrase.yaml").write_text(BAD_PHRASE, encoding="utf-8")
    with EventDB(str(tmp_path / "scratch.db")) as scratch:
        date_error = library_error(lambda: scratch.add_event("X", date="2023-02-30"))
        source_error = library_error(
            lambda: scratch.add_event("X", when="2023-09-18", source="nope")
        )
        phrase_error = library_error(
            lambda: scratch.add_event("X", when="blah blah", reference=date(2023, 9, 19))
        )
    resolve_error = library_error(lambda: resolve("blah blah", reference=date(2023, 9, 19)))
    args = [a.format(tmp=tmp_path) for a in args]
    line = line.replace("{tmp}", str(tmp_path)).format(
        date_error=date_error,
        source_error=source_error,
        phrase_error=phrase_error,
        resolve_error=resolve_error,
    )
    before = snapshot(seeded)
    assert run(seeded, *args) == (code, "", line + "\n")
    assert snapshot(seeded) == before


def test_import_is_all_or_nothing_across_files(seeded: str, tmp_path: Path) -> None:
    """A malformed second file stops the import before the first is written."""
    good = tmp_path / "good.yaml"
    good.write_text(DOC.replace("slug: ", "slug: again-"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    before = snapshot(seeded)
    code, out, err = run(seeded, "import", str(good), str(bad))
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {bad}, line 4")
    assert snapshot(seeded) == before


def test_import_skip_errors_lists_the_skipped(seeded: str, tmp_path: Path) -> None:
    """--skip-errors imports the valid records and lists each skipped one on stderr."""
    f = tmp_path / "mixed.yaml"
    f.write_text(
        "events:\n  - {title: Good, date: '2023-09-01'}\n"
        "  - {title: Bad, when: '2023-09-18', source: nope}\n",
        encoding="utf-8",
    )
    code, out, err = run(seeded, "import", str(f), "--skip-errors")
    assert (code, out) == (0, "Imported 1 event from 1 file\n")
    assert err == (
        "Skipped 1:\n"
        f"  {f}, event 2, field 'source': unknown source 'nope': define it under sources: or "
        "give source_title\n"
    )


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://nobody@127.0.0.1:1/x", "{tmp}/no/such/dir/x.db"],
)
def test_unreachable_database_is_one_line(tmp_path: Path, url: str) -> None:
    """A database that cannot be opened is the store's one line naming it, exit 1, and
    nothing is created."""
    url = url.format(tmp=tmp_path)
    message = library_error(lambda: EventDB(url))
    assert message.startswith("cannot open ")
    assert run(url, "init") == (1, "", f"Error: {message}\n")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize(
    "args", [["info"], ["timeline"], ["show", "x"], ["sources"], ["export"], ["delete", "x"]]
)
def test_missing_database_file_is_not_created(tmp_path: Path, args: list[str]) -> None:
    """Commands that read refuse a SQLite file that does not exist (a mistyped --db) rather
    than create an empty one; init, add and import create it."""
    path = tmp_path / "typo.db"
    assert run(path, *args) == (
        1,
        "",
        f"Error: no database at {path}: create it with 'eventdb init'\n",
    )
    assert not path.exists()


def test_add_prints_the_resolvers_warnings(db_path: str) -> None:
    """A phrase the resolver warns about (a weekday contradicting its day) is refused by
    default and, with --lenient, added with the warning on stderr."""
    phrase = "Tuesday 18 September 2023"
    warnings = resolve(phrase, reference=date(2023, 9, 19)).warnings
    assert warnings
    code, _, err = run(db_path, "add", "Talks", "--when", phrase, "--ref", "2023-09-19")
    assert (code, err) == (
        1,
        f"Error: field 'when': {warnings[0]}: pass --lenient to accept it "
        "(the day number's date is kept)\n",
    )
    code, _, err = run(
        db_path, "add", "Talks", "--when", phrase, "--ref", "2023-09-19", "--lenient"
    )
    assert code == 0
    assert err == "".join(f"warning: {w}\n" for w in warnings)


def test_add_resolves_its_phrase_once(db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """add resolves its phrase once: the warnings it prints are the ones the citation kept,
    not those of a second resolution (counted through a wrapped resolve)."""
    import importlib

    import eventdb.store.writer

    package = importlib.import_module("eventdb.resolve")  # eventdb.resolve is the function
    calls: list[str] = []
    real = package.resolve

    def counted(phrase: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(phrase)
        return real(phrase, *args, **kwargs)

    monkeypatch.setattr(package, "resolve", counted)
    monkeypatch.setattr(eventdb.store.writer, "resolve", counted)
    phrase = "Tuesday 18 September 2023"
    warnings = real(phrase, reference=date(2023, 9, 19)).warnings
    code, _, err = run(
        db_path, "add", "Talks", "--when", phrase, "--ref", "2023-09-19", "--lenient"
    )
    assert (code, calls) == (0, [phrase])
    assert err == "".join(f"warning: {w}\n" for w in warnings)


def test_edit_date_by_hand_and_back(seeded: str) -> None:
    """edit --date sets the span by hand; --date '' returns to the citations' date."""
    code, out, _ = run(seeded, "edit", "ussr-ends", "--date", "1991-12")
    assert code == 0 and "date:        December 1991\n" in out
    code, out, _ = run(seeded, "edit", "ussr-ends", "--date", "")
    assert code == 0 and "date:        26 December 1991\n" in out


@pytest.mark.parametrize("command", ["sources", "actors", "conflicts"])
def test_list_csv_header_without_rows(db_path: str, command: str) -> None:
    """An empty list in CSV is still its header, the same fields as the JSON rows."""
    keys = {"sources": cli._SOURCE_KEYS, "actors": cli._ACTOR_KEYS, "conflicts": cli._CONFLICT_KEYS}
    assert run(db_path, command, "-f", "csv") == (0, ",".join(keys[command]) + "\n", "")


def test_list_json_rows_have_the_csv_fields(seeded: str) -> None:
    """The fields of sources/actors/conflicts rows are the ones the CSV header names."""
    for command, keys in [
        ("sources", cli._SOURCE_KEYS),
        ("actors", cli._ACTOR_KEYS),
        ("conflicts", cli._CONFLICT_KEYS),
    ]:
        code, out, _ = run(seeded, command, "-f", "json")
        assert code == 0
        assert {tuple(r) for r in json.loads(out)} == {keys}, command


@pytest.mark.parametrize("suffix", ["yaml", "jsonl"])
def test_import_with_a_progress_bar(
    db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """With stderr a terminal, records pass through the progress bar and all are imported."""
    monkeypatch.setattr(cli, "_stderr_is_tty", lambda: True)
    f = tmp_path / f"events.{suffix}"
    if suffix == "yaml":
        f.write_text(DOC, encoding="utf-8")
    else:
        f.write_text('{"title": "A", "date": "2023-09-18"}\n{"title": "B", "date": "2023"}\n')
    code, out, _ = run(db_path, "import", str(f))
    n = 3 if suffix == "yaml" else 2
    assert (code, out) == (0, f"Imported {n} events from 1 file\n")
