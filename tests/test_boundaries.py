"""Trust at every boundary (issue 13): files in any encoding or none, YAML's own dates,
titles over several lines, URLs, the messages for a missing folder and a contradicted
weekday; and on the way out, CSV formulas, table markup and one row shape."""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import tempfile
import unicodedata
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventdb import EventDB, FormatError, cli
from eventdb.errors import EncodingGuessWarning
from eventdb.formats import readers
from eventdb.textio import decode, open_text, read_text, web_url

runner = CliRunner()


def run(
    db: Path | str | None, *args: str, input: bytes | str | None = None
) -> tuple[int, str, str]:
    """Invoke eventdb (with --db when given); return (exit code, stdout, stderr)."""
    argv = (["--db", str(db)] if db is not None else []) + list(args)
    r = runner.invoke(cli.app, argv, input=input, prog_name="eventdb")
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception  # an internal error is a bug: let it show
    return r.exit_code, r.stdout, r.stderr


def no_duplicates(table: list[Any]) -> list[Any]:
    """The table itself, once it is known to hold no row twice."""
    assert len({repr(row) for row in table}) == len(table), "a row is listed twice"
    return table


def snapshot(url: str) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    """What the database holds: its counts and every event's slug, title and dates."""
    with EventDB(url) as db:
        return db.counts(), [(e.slug, e.title, e.span.edtf) for e in db.timeline()]


# -- decoding: one policy --------------------------------------------------------------

TEXT = "Caminhões de ajuda chegam à região, diz São Paulo"

# (bytes of a file, the text read, the codec named, whether it was a guess)
DECODED = no_duplicates(
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8", False),
        (TEXT.encode("utf-8-sig"), TEXT, "utf-8-sig", False),
        (TEXT.encode("utf-16"), TEXT, "utf-16", False),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16", False),
        (TEXT.encode("utf-32"), TEXT, "utf-32", False),
        (TEXT.encode("cp1252"), TEXT, "cp1252", True),
        ("“Quoted” – 19 September".encode("cp1252"), "“Quoted” – 19 September", "cp1252", True),
        (b"", "", "utf-8", False),
    ]
)

# (bytes of a file that is refused, the end of the one-line message)
REFUSED = no_duplicates(
    [
        (
            b"\x7fELF\x02\x01\x01\x00\x00",
            "not a text file (it holds NUL bytes): expected UTF-8 text",
        ),
        (TEXT.encode("utf-16-le"), "not a text file (it holds NUL bytes): expected UTF-8 text"),
        (TEXT.encode("utf-32-be"), "not a text file (it holds NUL bytes): expected UTF-8 text"),
        (b"\xff\xfeA", "starts with a utf-16 byte-order mark but byte 2 is not utf-16"),
        ("a\x00b".encode("utf-16"), "not a text file (it holds NUL bytes): expected UTF-8 text"),
    ]
)


@pytest.mark.parametrize(("data", "text", "encoding", "guessed"), DECODED)
def test_decode_policy(data: bytes, text: str, encoding: str, guessed: bool) -> None:
    """A byte-order mark names the codec, else UTF-8, else a guess preferring Windows-1252."""
    d = decode(data, "f.txt")
    assert (d.text, d.encoding, d.guessed) == (text, encoding, guessed)


@pytest.mark.parametrize(("data", "message"), REFUSED)
def test_decode_refuses(data: bytes, message: str) -> None:
    """Binary files (and UTF-16/32 without a mark) are refused in one line naming the file."""
    with pytest.raises(FormatError) as e:
        decode(data, "f.csv")
    assert str(e.value) == f"f.csv: {message}"


def test_a_guess_warns_naming_the_encoding(tmp_path: Path) -> None:
    """Opening a file whose encoding was guessed warns, naming the file and the codec."""
    p = tmp_path / "l1.txt"
    p.write_bytes(TEXT.encode("latin-1") + b"\r\n")
    with pytest.warns(EncodingGuessWarning) as caught:
        text = read_text(p)
    assert text == TEXT + "\n"
    assert [str(w.message) for w in caught] == [
        f"{p}: not UTF-8; read as cp1252 (a guess): save it as UTF-8 to be sure"
    ]


def test_utf8_streams_from_disk(tmp_path: Path) -> None:
    """A UTF-8 file is opened as a file (read lazily), not decoded into memory."""
    p = tmp_path / "x.csv"
    p.write_text("title\nSão Paulo\n", encoding="utf-8")
    with open_text(p) as f:
        assert (f.name, f.read()) == (str(p), "title\nSão Paulo\n")


# -- decoding through the command line -------------------------------------------------

YAML_DOC = """\
sources:
  - key: folha
    title: Folha de São Paulo
    published: "2023-09-19"
events:
  - title: Caminhões chegam à região
    date: "2023-09-18"
    source: folha
"""
CSV_DOC = "title,date\nCaminhões chegam à região,2023-09-18\n"
JSONL_DOC = '{"title": "Caminhões chegam à região", "date": "2023-09-18"}\n'
JSON_DOC = '[{"title": "Caminhões chegam à região", "date": "2023-09-18"}]'
ACLED_DOC = "event_date,time_precision,event_type,actor1\n2023-09-18,1,Protests,Moradores à rua\n"

# (file name, its text, the title imported from it)
IMPORTS = no_duplicates(
    [
        ("d.yaml", YAML_DOC, "Caminhões chegam à região"),
        ("d.json", JSON_DOC, "Caminhões chegam à região"),
        ("d.jsonl", JSONL_DOC, "Caminhões chegam à região"),
        ("d.csv", CSV_DOC, "Caminhões chegam à região"),
        ("acled.csv", ACLED_DOC, "Protests: Moradores à rua"),
    ]
)
# (codec the file is saved in, the warning it draws: None when the codec is certain)
SAVED = no_duplicates(
    [
        ("utf-8", None),
        ("utf-8-sig", None),
        ("utf-16", None),
        ("utf-32", None),
        ("latin-1", "cp1252"),
        ("cp1252", "cp1252"),
    ]
)


@pytest.mark.parametrize(("name", "text", "title"), IMPORTS)
@pytest.mark.parametrize(("codec", "guess"), SAVED)
def test_import_reads_every_encoding(
    db_url: str, tmp_path: Path, name: str, text: str, title: str, codec: str, guess: str | None
) -> None:
    """Every reader imports a file saved in UTF-8/16/32 (BOM) exactly, and one in Latin-1 or
    Windows-1252 too, with a warning naming the codec it guessed."""
    p = tmp_path / name
    p.write_bytes(text.encode(codec))
    warning = (
        f"warning: {p}: not UTF-8; read as {guess} (a guess): save it as UTF-8 to be sure\n"
        if guess
        else ""
    )
    assert run(db_url, "import", str(p)) == (0, "Imported 1 event from 1 file\n", warning)
    assert [t for _, t, _ in snapshot(db_url)[1]] == [title]


@pytest.mark.parametrize(("name", "text", "title"), IMPORTS)
def test_import_refuses_binary(
    db_url: str, tmp_path: Path, name: str, text: str, title: str
) -> None:
    """A binary file, or UTF-16 without its mark, is refused in one line naming the file,
    and the database is unchanged."""
    before = snapshot(db_url)
    for data in (text.encode("utf-16-le"), b"PK\x03\x04\x14\x00\x00\x00\x08\x00"):
        p = tmp_path / name
        p.write_bytes(data)
        assert run(db_url, "import", str(p)) == (
            1,
            "",
            f"Error: {p}: not a text file (it holds NUL bytes): expected UTF-8 text\n",
        )
    assert snapshot(db_url) == before


ARTICLE = "Ontem, 18 de setembro de 2023, os caminhões chegaram à região."


@pytest.mark.parametrize(("codec", "guess"), SAVED)
def test_extract_reads_every_encoding(tmp_path: Path, codec: str, guess: str | None) -> None:
    """extract reads an article in any of the encodings import reads, from a file or stdin,
    to the same preview."""
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.encode(codec))
    expected = run(None, "extract", "-", "--published", "2023-09-19", input=ARTICLE)
    code, out, err = run(None, "extract", str(p), "--published", "2023-09-19")
    warning = f"not UTF-8; read as {guess} (a guess): save it as UTF-8 to be sure\n"
    assert (code, out, err) == (
        expected[0],
        expected[1],
        f"warning: {p}: {warning}" if guess else "",
    )
    code, out, err = run(None, "extract", "--published", "2023-09-19", input=ARTICLE.encode(codec))
    assert (code, out, err) == (
        expected[0],
        expected[1],
        f"warning: <stdin>: {warning}" if guess else "",
    )


def test_extract_refuses_binary(tmp_path: Path) -> None:
    """extract refuses a binary file in one line naming it."""
    p = tmp_path / "a.pdf"
    p.write_bytes(b"%PDF-1.7\n\x00\x01\xff")
    assert run(None, "extract", str(p), "--published", "2023-09-19") == (
        1,
        "",
        f"Error: {p}: not a text file (it holds NUL bytes): expected UTF-8 text\n",
    )


# -- any bytes at all: no traceback, one line, the database unchanged -------------------

# (reader name, file name, its reader function): every reader and every file format
READERS: list[tuple[str, str, Callable[[Path], Any]]] = no_duplicates(
    [
        ("yaml", "x.yaml", readers.read_yaml),
        ("json", "x.json", readers.read_json),
        ("jsonl", "x.jsonl", readers.read_jsonl),
        ("csv", "x.csv", readers.read_csv),
        ("acled", "x.csv", readers.read_acled),
    ]
)

odd_bytes = st.one_of(
    st.binary(max_size=200),
    st.binary(max_size=40).map(lambda b: b + b"\x00" + b),
    st.sampled_from([t for _, t, _ in IMPORTS] + [ARTICLE]).flatmap(
        lambda text: st.sampled_from(
            ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"]
        ).map(lambda codec: text.encode(codec))
    ),
    st.text(max_size=80).flatmap(
        lambda text: st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-8-sig"]).map(
            lambda codec: text.encode(codec, "surrogatepass")
        )
    ),
)


@settings(max_examples=40, deadline=None)
@given(data=odd_bytes)
def test_every_reader_raises_only_format_errors(data: bytes) -> None:
    """Any bytes read by any reader give records or a FormatError, never another error."""
    with tempfile.TemporaryDirectory() as tmp:
        for _, name, reader in READERS:
            p = Path(tmp) / name
            p.write_bytes(data)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", EncodingGuessWarning)
                try:
                    got = reader(p)
                    if not isinstance(got, dict):
                        list(got)
                except FormatError as e:
                    assert str(e).startswith(str(p))
                    assert "\n" not in str(e)


# (file name, its bytes, the one-line message after the file name): refusals the fuzzing
# found, kept as examples
FOUND = no_duplicates(
    [
        (
            "x.yaml",
            b"title: a\x01b\n",
            ", character 9: U+0001 is not allowed in YAML (special characters are not allowed)",
        ),
        ("a.csv", b"event_date,time_precision\n,,", ", line 2: 3 cells, the header has 2"),
    ]
)


@pytest.mark.parametrize(("name", "data", "message"), FOUND)
def test_readers_refuse_in_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    """A control character in YAML and a too-long ACLED row are FormatErrors on one line."""
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(FormatError) as e:
        readers.read(p, "acled" if name == "a.csv" else None)
    assert str(e.value) == f"{p}{message}"


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database holding one event, made once for the fuzzing tests."""
    path = tmp_path_factory.mktemp("fuzz") / "seed.db"
    with EventDB(str(path)) as db:
        db.add_event("Aid trucks reach Stepanakert", date="2023-09-18")
    return path


# (the command's arguments after the file, the file name): every command that reads a file
COMMANDS = no_duplicates(
    [
        (["import"], "x.yaml"),
        (["import"], "x.json"),
        (["import"], "x.jsonl"),
        (["import"], "x.csv"),
        (["import", "--format", "acled"], "x.csv"),
        (["import", "--dry-run"], "x.yaml"),
        (["extract", "--published", "2023-09-19"], "x.txt"),
    ]
)


@pytest.mark.parametrize(("command", "name"), COMMANDS)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=odd_bytes)
def test_every_command_survives_any_bytes(
    seeded_template: Path, command: list[str], name: str, data: bytes
) -> None:
    """Any bytes given to any file-reading command: exit 0 (a correct import), or non-zero
    with exactly one error line naming the file, no traceback, and the database file
    unchanged byte for byte."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "e.db"
        shutil.copyfile(seeded_template, db)
        before = db.read_bytes()
        p = Path(tmp) / name
        p.write_bytes(data)
        code, out, err = run(db, command[0], str(p), *command[1:])
        lines = err.splitlines()
        warned = [ln for ln in lines if ln.startswith(f"warning: {p}: not UTF-8; read as ")]
        errors = [ln for ln in lines if ln not in warned]
        if code == 0:
            assert all(not ln.startswith("Error") for ln in errors)
            if command[0] == "import" and "--dry-run" not in command:
                added = int(out.split()[1])
                counts, _ = snapshot(str(db))
                assert counts["event"] == 1 + added
            else:  # a dry run or extract writes nothing
                assert db.read_bytes() == before
        else:
            assert len(errors) == 1 and errors[0].startswith(f"Error: {p}"), err
            assert "Traceback" not in err
            assert db.read_bytes() == before


# -- YAML's own dates ------------------------------------------------------------------

# (YAML of one source's extra fields, YAML of one event's fields, the event's EDTF, the
# source's published EDTF and accessed day): every field that takes a date, unquoted
YAML_DATES = no_duplicates(
    [
        ("published: 2023-09-19", "when: yesterday", "2023-09-18", "2023-09-19", None),
        ("published: 2023-09-19 10:30:00", "when: yesterday", "2023-09-18", "2023-09-19", None),
        ("published: 2023-09-19T23:30:00+05:00", "when: today", "2023-09-19", "2023-09-19", None),
        (
            "published: 2023-09-19\n    accessed: 2024-01-05",
            "when: yesterday",
            "2023-09-18",
            "2023-09-19",
            date(2024, 1, 5),
        ),
        ("published: '2023-09-19'", "date: 2023-09-17", "2023-09-17", "2023-09-19", None),
        ("published: '2023-09-19'", "when: 2023-09-16", "2023-09-16", "2023-09-19", None),
        (
            "published: '2023-09-19'",
            "when: 2023-09-16\n    end: 2023-09-20",
            "2023-09-16/2023-09-20",
            "2023-09-19",
            None,
        ),
        ("", "when: yesterday\n    reference: 2023-09-19", "2023-09-18", "", None),
        (
            "published: '2023-09-19'",
            "date: 2023-09-18\n    citations:\n      - {source: s, date: 2023-09-17}",
            "2023-09-18",
            "2023-09-19",
            None,
        ),
    ]
)

# (YAML of one event's fields, the one-line error after the file name)
YAML_DATES_REFUSED = no_duplicates(
    [
        (
            "title: 2023-09-19",
            "event 1, field 'title': expected text, got a date (quote it: '2023-09-19')",
        ),
        (
            "title: T\n    quote: 2023-09-19 10:00:00",
            "event 1, field 'quote': expected text, got a datetime (quote it: "
            "'2023-09-19T10:00:00')",
        ),
    ]
)


def _yaml_doc(source: str, event: str) -> str:
    """A document of one source (key s) and one event citing it, with the fields given."""
    extra = f"    {source}\n" if source else ""
    return (
        f"sources:\n  - key: s\n    title: S\n{extra}"
        f"events:\n  - title: T\n    {event}\n    source: s\n"
    )


@pytest.mark.parametrize(("source", "event", "edtf", "published", "accessed"), YAML_DATES)
def test_yaml_dates_are_dates(
    db_url: str,
    tmp_path: Path,
    source: str,
    event: str,
    edtf: str,
    published: str,
    accessed: date | None,
) -> None:
    """An unquoted YAML date or datetime is accepted wherever a date is expected (a
    datetime counts as its own calendar day)."""
    p = tmp_path / "d.yaml"
    p.write_text(_yaml_doc(source, event), encoding="utf-8")
    assert run(db_url, "import", str(p)) == (0, "Imported 1 event from 1 file\n", "")
    with EventDB(db_url) as db:
        [e] = db.timeline()
        [s, *_] = [s for s, _ in db.sources()]
    assert e.span.edtf == edtf
    assert (s.published.edtf if s.published else "", s.accessed) == (published, accessed)


@pytest.mark.parametrize(("event", "message"), YAML_DATES_REFUSED)
def test_yaml_dates_in_text_fields_are_refused(
    db_url: str, tmp_path: Path, event: str, message: str
) -> None:
    """A YAML date where text is expected is refused, saying how to quote it."""
    p = tmp_path / "d.yaml"
    p.write_text(f"events:\n  - {event}\n    date: '2023'\n", encoding="utf-8")
    before = snapshot(db_url)
    assert run(db_url, "import", str(p)) == (1, "", f"Error: {p}, {message}\n")
    assert snapshot(db_url) == before


# -- titles over several lines ---------------------------------------------------------

# (the title as given, the title stored: one line, whitespace runs collapsed)
TITLES = no_duplicates(
    [
        ("Aid trucks\nreach Stepanakert", "Aid trucks reach Stepanakert"),
        ("  Aid trucks \r\n\t reach   Stepanakert\n", "Aid trucks reach Stepanakert"),
        ("Aid | trucks\u2028reach", "Aid | trucks reach"),
        ("One line already", "One line already"),
    ]
)


@pytest.mark.parametrize(("given_title", "stored"), TITLES)
def test_titles_are_one_line(db_url: str, tmp_path: Path, given_title: str, stored: str) -> None:
    """import, add and edit store a title over several lines as one line; so do sources."""
    import json

    p = tmp_path / "t.json"
    doc = {
        "sources": [{"key": "s", "title": given_title, "published": "2023-09-19"}],
        "events": [{"title": given_title, "when": "yesterday", "source": "s", "slug": "a"}],
    }
    p.write_text(json.dumps(doc), encoding="utf-8")
    assert run(db_url, "import", str(p))[0] == 0
    assert run(db_url, "add", given_title, "--date", "2023", "--slug", "b")[0] == 0
    assert run(db_url, "add", "X", "--date", "2023", "--slug", "c")[0] == 0
    assert run(db_url, "edit", "c", "--title", given_title)[0] == 0
    with EventDB(db_url) as db:
        titles = sorted((e.slug, e.title) for e in db.timeline())
        sources = [s.title for s, _ in db.sources()]
    assert titles == [("a", stored), ("b", stored), ("c", stored)]
    assert sources == [stored]


def test_a_title_of_only_whitespace_is_no_title(db_url: str) -> None:
    """A title that is only whitespace and newlines is refused as missing, naming the field."""
    assert run(db_url, "add", " \n\t", "--date", "2023") == (
        1,
        "",
        "Error: field 'title': an event needs a title\n",
    )


# -- control characters: dropped on the way in, never written out -----------------------

# (text as given, as stored in a one-line field such as a title, as stored in a field
# that keeps its lines such as a summary)
CONTROLS = no_duplicates(
    [
        ("Esc \u001b[31mRED", "Esc [31mRED", "Esc [31mRED"),
        ("bell\u0007 and nul\u0000!", "bell and nul!", "bell and nul!"),
        ("two\r\nlines\rand\ttabs", "two lines and tabs", "two\nlines\nand\ttabs"),
        ("page\u000cbreak\u000bhere\u0085end", "page break here end", "page\nbreak\nhere\nend"),
        ("del\u007f c1\u009b\u0090 sep\u001e end", "del c1 sep end", "del c1 sep end"),
        ("plain text", "plain text", "plain text"),
    ]
)


@pytest.mark.parametrize(("given", "line", "lines"), CONTROLS)
def test_control_characters_are_dropped_on_the_way_in(
    db_url: str, tmp_path: Path, given: str, line: str, lines: str
) -> None:
    """import, add and edit drop control characters (but tab and newline where a field
    keeps its lines) from every text field and name; line breaks become newlines."""
    import json

    p = tmp_path / "c.json"
    doc = {
        "sources": [{"key": "s", "title": given, "publisher": given, "published": "2023-09-19"}],
        "events": [
            {
                "title": given,
                "summary": given,
                "type": given,
                "date": "2023-09",
                "source": "s",
                "quote": given,
                "slug": "a",
                "actors": [{"name": f"A {given}", "role": given}, f"B {given}"],
                "places": [given],
                "tags": [given],
            }
        ],
    }
    p.write_text(json.dumps(doc), encoding="utf-8")
    assert run(db_url, "import", str(p))[:2] == (0, "Imported 1 event from 1 file\n")
    assert run(db_url, "add", given, "--date", "2023", "--slug", "b", "--summary", given)[0] == 0
    assert run(db_url, "add", "X", "--date", "2023", "--slug", "c")[0] == 0
    assert run(db_url, "edit", "c", "--title", given, "--summary", given)[0] == 0
    with EventDB(db_url) as db:
        a, b, c = (db.get_event(slug) for slug in "abc")
        ((source, _),) = db.sources()
    kept = lines.strip()
    assert [(e.title, e.summary) for e in (a, b, c)] == [(line, kept)] * 3
    assert (a.type, a.citations[0].quote, a.places[0].name, a.tags) == (kept, kept, kept, [kept])
    assert [(x.name, x.role) for x in a.actors] == [(f"A {kept}", kept), (f"B {kept}", "")]
    assert (source.title, source.publisher) == (line, kept)


OLD_TITLE = "Esc \u001b[31mRED\u001b[0m, bell\u0007; nul\u0000 end"
"""A title with control characters, as a database written by an older eventdb may hold."""


def _older_database(path: Path) -> None:
    """A SQLite database holding the seed fixture and one title with control characters
    (written with SQL, past the store's checks, as an older eventdb let through)."""
    import sqlite3

    assert run(path, "import", "fixtures/armenia-2023.yaml")[0] == 0
    slug = "aid-trucks-reach-karabakh-2023-09-18"
    with sqlite3.connect(path) as conn:
        for column in ("title", "summary"):
            conn.execute(f"UPDATE event SET {column} = ? WHERE slug = ?", [OLD_TITLE, slug])


def test_ics_never_writes_control_characters(tmp_path: Path) -> None:
    """A calendar holds no control character but its CRLF line ends (RFC 5545), even
    from a database that holds some."""
    db = tmp_path / "old.db"
    _older_database(db)
    target = tmp_path / "x.ics"
    assert run(db, "export", "-f", "ics", "-o", str(target))[0] == 0
    text = target.read_bytes().decode("utf-8")
    assert "Esc [31mRED[0m\\, bell\\; nul end" in text
    assert re.search("[\x00-\x08\x0a-\x1f\x7f]", text.replace("\r\n", "")) is None


@pytest.mark.parametrize("fmt", ["markdown", "html", "timelinejs", "ics", "csv", "json", "jsonl"])
def test_export_to_stdout_is_the_file_byte_for_byte(tmp_path: Path, fmt: str) -> None:
    """export writes the same bytes to standard output as to -o FILE, escape sequences and
    all (click's echo would strip them when standard output is not a terminal)."""
    db = tmp_path / "old.db"
    _older_database(db)
    target = tmp_path / "out"
    assert run(db, "export", "-f", fmt, "-o", str(target))[0] == 0
    r = runner.invoke(cli.app, ["--db", str(db), "export", "-f", fmt], prog_name="eventdb")
    assert r.exit_code == 0
    assert r.stdout_bytes == target.read_bytes()
    if fmt == "csv":
        assert "\x1b[31mRED" in target.read_text(encoding="utf-8")


# -- URLs: http(s) only ----------------------------------------------------------------

# (the URL given for a source, field url or archive_url)
BAD_URLS = no_duplicates(
    [
        ("javascript:alert(7)", "url"),
        ("JaVaScRiPt:alert(7)", "url"),
        ("data:text/html,<script>alert(1)</script>", "url"),
        ("file:///etc/passwd", "archive_url"),
        ('https://evil.example/"onmouseover=alert(1)', "url"),
        ("https://", "url"),
        ("www.example.org/story", "url"),
        ("https://example.org/a b", "archive_url"),
    ]
)
# (a URL accepted as it is)
GOOD_URLS = no_duplicates(
    [
        "https://www.folha.uol.com.br/mundo/2023/09/armenia.shtml",
        "http://news.am/eng/news/1.html?x=1&y=2#top",
        "HTTPS://EXAMPLE.ORG",
        "https://web.archive.org/web/2023/https://example.org/it's",
    ]
)


@pytest.mark.parametrize(("url", "field"), BAD_URLS)
def test_import_refuses_urls_that_are_not_web(
    db_url: str, tmp_path: Path, url: str, field: str
) -> None:
    """A source URL that is not http(s) is refused in one line naming the field, with
    nothing imported."""
    import json

    p = tmp_path / "u.json"
    doc = {"sources": [{"key": "s", "title": "S", field: url}], "events": []}
    p.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(db_url)
    assert run(db_url, "import", str(p)) == (
        1,
        "",
        f"Error: {p}, source 1, field {field!r}: {url!r} is not an http(s) URL (https://...)\n",
    )
    assert snapshot(db_url) == before


@pytest.mark.parametrize(("url", "field"), BAD_URLS)
def test_add_source_refuses_urls_that_are_not_web(eventdb: EventDB, url: str, field: str) -> None:
    """The library refuses the same URLs, naming the field, and stores nothing."""
    from eventdb import ImportRecordError

    with pytest.raises(ImportRecordError) as e:
        eventdb.add_source("S", **{field: url})
    assert (e.value.field, str(e.value)) == (
        field,
        f"source, field {field!r}: {url!r} is not an http(s) URL (https://...)",
    )
    assert eventdb.counts()["source"] == 0


@pytest.mark.parametrize("url", GOOD_URLS)
def test_web_urls_are_kept(eventdb: EventDB, url: str) -> None:
    """An http(s) URL is stored as given, through the library too."""
    assert web_url(url) == url
    assert eventdb.add_source("S", url=url, archive_url=url).url == url


def test_flat_source_url_is_checked(db_url: str, tmp_path: Path) -> None:
    """A CSV row's source_url is checked like a document's url."""
    p = tmp_path / "u.csv"
    p.write_text("title,date,source_title,source_url\nT,2023,S,javascript:alert(7)\n")
    assert run(db_url, "import", str(p)) == (
        1,
        "",
        f"Error: {p}, record 1, field 'source_url': 'javascript:alert(7)' is not an http(s) URL "
        "(https://...)\n",
    )


# -- the messages for a missing folder and a contradicted weekday ----------------------


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    """--db in a folder that does not exist says so, naming the folder, and creates nothing."""
    path = tmp_path / "nodir" / "x.db"
    for args in (["init"], ["add", "T", "--date", "2023"], ["import", "x.yaml", "--dry-run"]):
        if args[0] == "import":
            (tmp_path / "x.yaml").write_text("events: []\n")
            args = ["import", str(tmp_path / "x.yaml")]
        assert run(path, *args) == (
            1,
            "",
            f"Error: cannot open sqlite:///{path}: the folder {path.parent} does not exist: "
            "create it first\n",
        )
    assert not path.parent.exists()


def test_a_contradicted_weekday_names_lenient(db_url: str) -> None:
    """add refuses "Monday (19)" on a Tuesday naming --lenient (no --strict was given), and
    takes it with --lenient."""
    args = ["add", "Talks", "--when", "Monday (19)", "--ref", "2023-09-20"]
    assert run(db_url, *args) == (
        1,
        "",
        "Error: field 'when': Monday (19): 19 September 2023 is a Tuesday: pass --lenient to "
        "accept it (the day number's date is kept)\n",
    )
    code, out, _ = run(db_url, *args, "--lenient")
    assert (code, out.splitlines()[0]) == (0, "Added #1 talks")


def test_skipped_contradicted_weekdays_name_lenient(db_url: str, tmp_path: Path) -> None:
    """import --skip-errors lists a skipped contradicted weekday naming --lenient too."""
    p = tmp_path / "w.yaml"
    p.write_text(
        'sources:\n  - {key: s, title: S, published: "2023-09-19"}\n'
        'events:\n  - {title: T, when: "Monday (19)", source: s}\n'
        "  - {title: U, when: yesterday, source: s}\n",
        encoding="utf-8",
    )
    assert run(db_url, "import", str(p), "--skip-errors") == (
        0,
        "Imported 1 event from 1 file\n",
        f"Skipped 1:\n  {p}, event 1, field 'when': Monday (19): 19 September 2023 is a "
        "Tuesday: pass --lenient to accept it (the day number's date is kept)\n",
    )


# -- CSV: no formulas, and back again ---------------------------------------------------

# (a cell's text, the cell written): OWASP's triggers get a leading quote, numbers do not
CSV_CELLS = no_duplicates(
    [
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("'=1", "''=1"),
        ("-", "'-"),
        ("-2023-09", "'-2023-09"),
        ("-5", "-5"),
        ("-0.25", "-0.25"),
        ("'quoted'", "'quoted'"),
        ("2023-09-18", "2023-09-18"),
        ("Talks = progress", "Talks = progress"),
        ("", ""),
    ]
)


@pytest.mark.parametrize(("text", "cell"), CSV_CELLS)
def test_csv_cell(text: str, cell: str) -> None:
    """A cell that would start a formula gets one leading quote; the reader takes it off."""
    from eventdb.formats._common import csv_cell, csv_uncell

    assert (csv_cell(text), csv_uncell(cell)) == (cell, text)


@given(st.text())
def test_csv_cell_round_trips(text: str) -> None:
    """csv_uncell undoes csv_cell for every text, and no guarded cell starts a formula
    (but a plain number)."""
    from eventdb.formats._common import csv_cell, csv_uncell

    cell = csv_cell(text)
    assert csv_uncell(cell) == text
    number = re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell) is not None
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or number


csv_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
)


@settings(max_examples=60, deadline=None)
@given(title=csv_text, summary=csv_text, quote=csv_text, type_=csv_text)
@example(title="=1+1", summary="a\rb", quote="\r", type_="-\r\n")  # a bare CR split rows
def test_csv_export_reads_back_the_original_text(
    title: str, summary: str, quote: str, type_: str
) -> None:
    """write_csv then read_csv gives back every text field exactly, formulas included."""
    import io

    from eventdb.dates import FuzzyDate, Span
    from eventdb.formats.tabular import write_csv
    from eventdb.records import CitationRecord, EventRecord, SourceRecord

    day = Span.point(FuzzyDate.day(date(2023, 9, 18)))
    src = SourceRecord(title=title, key="s")
    e = EventRecord(
        title=title,
        span=day,
        summary=summary,
        type=type_,
        citations=[CitationRecord(source=src, span=day, quote=quote)],
    )
    out = io.StringIO()
    write_csv([e], out)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "x.csv"
        p.write_text(out.getvalue(), encoding="utf-8", newline="")
        [row] = list(readers.read_csv(p))
    assert (row["title"], row["summary"], row["quote"], row["type"], row["source_title"]) == (
        title,
        summary,
        quote,
        type_,
        title,
    )


FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)"]


def _formula_db(url: str) -> None:
    """Three events whose titles and actors are formulas."""
    with EventDB(url) as db:
        for i, f in enumerate(FORMULAS):
            db.add_event(f, date=f"2023-09-{i + 10}", actors=[f], slug=f"f{i}")


def test_every_csv_output_is_guarded(db_url: str) -> None:
    """export, timeline and actors in CSV guard formula cells by default, and --raw-csv
    writes them as they are."""
    _formula_db(db_url)
    for args in (["export", "-f", "csv"], ["timeline", "-f", "csv"], ["actors", "-f", "csv"]):
        for raw in (False, True):
            code, out, err = run(db_url, *args, *(["--raw-csv"] if raw else []))
            assert (code, err) == (0, "")
            rows = list(csv.DictReader(io.StringIO(out)))
            column = "name" if args[0] == "actors" else "title"
            expected = FORMULAS if raw else ["'" + f for f in FORMULAS]
            assert sorted(r[column] for r in rows) == sorted(expected), args


def test_an_exported_csv_imports_back_unchanged(db_url: str, tmp_path: Path) -> None:
    """A guarded CSV export imports into an empty database as the original titles."""
    _formula_db(db_url)
    p = tmp_path / "x.csv"
    assert run(db_url, "export", "-f", "csv", "-o", str(p))[0] == 0
    target = tmp_path / "back.db"
    assert run(target, "import", str(p)) == (0, "Imported 3 events from 1 file\n", "")
    with EventDB(str(target)) as db:
        back = [(e.title, [a.name for a in e.actors]) for e in db.timeline()]
    assert back == [(f, [f]) for f in FORMULAS]


# -- tables: escaped for their target, one row per event --------------------------------

HOSTILE = [
    "<script>alert(1)</script> takes | the pipe",
    '<img src=x onerror="alert(2)"> and **bold** [link](javascript:alert(3))',
    "Pipes | everywhere | here",
    "plain title",
]


def _hostile_db(url: str) -> None:
    """One event per HOSTILE title, each with an actor over two lines and a pipe."""
    with EventDB(url) as db:
        for i, title in enumerate(HOSTILE):
            db.add_event(title, date=f"2023-09-{i + 10}", actors=[f"Actor\n{i} | x"])


def _md_rows(text: str) -> list[list[str]]:
    """The body rows of the one GFM table in ``text``, each a list of cell texts; fails on
    any raw HTML."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert not [t for t in tokens if t.type == "html_block"]
    rows: list[list[str]] = []
    in_body = False
    for t in tokens:
        if t.type == "tbody_open":
            in_body = True
        elif t.type == "tr_open" and in_body:
            rows.append([])
        elif t.type == "inline" and in_body:
            assert not [c for c in t.children or [] if c.type == "html_inline"], t.content
            rows[-1].append("".join(c.content for c in t.children or [] if c.type == "text"))
    return rows


@pytest.mark.parametrize("args", [["-f", "markdown"], ["--fmt", "github"], ["--fmt", "pipe"]])
def test_markdown_tables_escape_everything(db_url: str, args: list[str]) -> None:
    """timeline's markdown tables render N events as N rows, titles as plain text: no
    HTML, no link, no emphasis, no broken cell."""
    _hostile_db(db_url)
    code, out, err = run(db_url, "timeline", *args)
    assert (code, err) == (0, "")
    rows = _md_rows(out)
    assert [r[1] for r in rows] == HOSTILE
    assert [r[2] for r in rows] == [f"Actor {i} | x" for i in range(len(HOSTILE))]


def test_markdown_tables_of_every_list_command(db_url: str) -> None:
    """actors and sources in markdown are one row per item, escaped the same way."""
    _hostile_db(db_url)
    code, out, _ = run(db_url, "actors", "-f", "markdown")
    assert code == 0
    assert sorted(r[0] for r in _md_rows(out)) == [f"Actor {i} | x" for i in range(len(HOSTILE))]


# (a tabulate style, lines per event, lines of header and rules around them)
TEXT_STYLES = no_duplicates(
    [
        ("simple", 1, 2),
        ("plain", 1, 1),
        ("grid", 2, 3),
        ("rounded_outline", 1, 4),
        ("tsv", 1, 1),
        ("psql", 1, 4),
    ]
)


@pytest.mark.parametrize(("style", "per_event", "around"), TEXT_STYLES)
def test_text_tables_take_one_line_per_event(
    db_url: str, style: str, per_event: int, around: int
) -> None:
    """Plain-text table styles print each event on one line, whatever its text holds."""
    _hostile_db(db_url)
    code, out, _ = run(db_url, "timeline", "--fmt", style)
    assert code == 0
    assert len(out.splitlines()) == per_event * len(HOSTILE) + around


@pytest.mark.parametrize("style", ["html", "unsafehtml"])
def test_html_tables_are_escaped(db_url: str, style: str) -> None:
    """timeline --fmt html (and unsafehtml) escapes every cell: N events, N rows, no tag."""
    from html.parser import HTMLParser

    _hostile_db(db_url)
    code, out, _ = run(db_url, "timeline", "--fmt", style)
    assert code == 0

    class Rows(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.cells: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            self.tags.append(tag)
            if tag == "td":
                self.cells.append("")

        def handle_data(self, data: str) -> None:
            if self.cells and self.tags[-1] == "td":
                self.cells[-1] += data

    parser = Rows()
    parser.feed(out)
    assert set(parser.tags) == {"table", "thead", "tbody", "tr", "th", "td"}
    assert parser.tags.count("tr") == len(HOSTILE) + 1
    assert [c.strip() for c in parser.cells[1::4]] == HOSTILE


# -- URLs on the way out -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "csv", "jsonl", "json"])
def test_writers_leave_out_urls_that_are_not_web(fmt: str) -> None:
    """A javascript: URL already in a database is left out by markdown and the flat formats."""
    import io

    from eventdb.dates import FuzzyDate, Span
    from eventdb.formats import write
    from eventdb.records import CitationRecord, EventRecord, SourceRecord

    day = Span.point(FuzzyDate.day(date(2023, 9, 18)))
    src = SourceRecord(
        title="S", key="s", url="javascript:alert(7)", archive_url="data:text/html,x"
    )
    e = EventRecord(title="T", span=day, citations=[CitationRecord(source=src, span=day)])
    out = io.StringIO()
    write(fmt, [e], out)
    assert "javascript" not in out.getvalue() and "data:" not in out.getvalue()


def test_show_and_sources_leave_out_urls_that_are_not_web(db_url: str) -> None:
    """show and sources print only http(s) URLs (a database written before the check)."""
    from sqlalchemy import create_engine, text

    with EventDB(db_url) as db:
        db.add_source("S", key="s", url="https://example.org/a", published="2023-09-19")
        db.add_event("T", date="2023-09-18", source="s", slug="t")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE source SET url = 'javascript:alert(7)'"))
    engine.dispose()
    for args in (["show", "t"], ["sources", "-f", "json"], ["timeline", "-f", "json"]):
        code, out, _ = run(db_url, *args)
        assert (code, "javascript" in out) == (0, False), args


# -- one meaning of "latest", one row shape ---------------------------------------------


def test_an_ongoing_span_has_no_latest_day_anywhere(db_url: str) -> None:
    """ "since the end of last year": resolve's text and JSON, timeline's JSON and export's
    JSON Lines all say the latest day is open (null), ongoing, as of the reference."""
    import json

    phrase, ref = "since the end of last year", "2023-09-19"
    text_pairs = dict(
        line.split(":", 1) for line in run(None, "resolve", phrase, "--ref", ref)[1].splitlines()
    )
    resolved = json.loads(run(None, "resolve", phrase, "--ref", ref, "-f", "json")[1])
    assert run(db_url, "add", "Blockade", "--when", phrase, "--ref", ref)[0] == 0
    [timeline] = json.loads(run(db_url, "timeline", "-f", "json")[1])
    [exported] = [json.loads(line) for line in run(db_url, "export", "-f", "jsonl")[1].splitlines()]
    assert text_pairs["earliest"].strip() == "2022-09-01"
    assert text_pairs["latest"].strip() == "ongoing"
    for row in (resolved, timeline, exported):
        assert (row["earliest"], row["latest"], row["ongoing"], row["as_of"]) == (
            "2022-09-01",
            None,
            True,
            "2023-09-19",
        )


def test_timeline_json_rows_are_export_jsonl_rows(db_url: str, tmp_path: Path) -> None:
    """timeline -f json's row is the store's id followed by export -f jsonl's row, whose
    keys are ROW_FIELDS in order."""
    import json

    from eventdb.formats.tabular import ROW_FIELDS

    doc = tmp_path / "d.yaml"
    doc.write_text(
        "sources:\n  - {key: s, title: S, published: '2023-09-19', url: 'https://e.org/s'}\n"
        "  - {key: r, title: R, published: '2022-12-12'}\n"
        "events:\n"
        "  - {title: A, when: since the end of last year, source: s, quote: q,\n"
        "     actors: [X, {name: Y, role: target}], places: [P], tags: [t],\n"
        "     citations: [{source: r, date: '2022-12-12'}]}\n"
        "  - {title: B, source: s, relations: [{type: follows, target: a}]}\n",
        encoding="utf-8",
    )
    assert run(db_url, "import", str(doc))[0] == 0
    timeline = json.loads(run(db_url, "timeline", "-f", "json")[1])
    exported = [json.loads(line) for line in run(db_url, "export", "-f", "jsonl")[1].splitlines()]
    assert [list(r) for r in exported] == [list(ROW_FIELDS)] * 2
    assert [list(r) for r in timeline] == [["id", *ROW_FIELDS]] * 2
    by_slug = {r["slug"]: r for r in exported}
    assert [{k: v for k, v in r.items() if k != "id"} for r in timeline] == [
        by_slug[r["slug"]] for r in timeline
    ]
    assert by_slug["a"]["actors"] == ["X", {"name": "Y", "role": "target"}]
    assert by_slug["b"]["latest"] == "2023-09-19" and by_slug["b"]["dated"] is False


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
@example("two\r\nlines\x0bvt\x0cff\x85nel")
@example("Esc \x1b[31mRED\x07 and\u00a0no-break")
def test_clean_text_keeps_no_control_and_leaves_clean_text_alone(text: str) -> None:
    """clean_text leaves no control character but tab and newline, turns every line
    break into a newline, and returns text that has nothing to drop unchanged."""
    from eventdb.textio import clean_text

    got = clean_text(text)
    assert [c for c in got if unicodedata.category(c) == "Cc" and c not in "\t\n"] == []
    breaks = re.findall("\r\n|[\r\x0b\x0c\x85]", text)  # each becomes one newline
    assert got.count("\n") == text.count("\n") - text.count("\r\n") + len(breaks)
    if text.isprintable():
        assert got == text
