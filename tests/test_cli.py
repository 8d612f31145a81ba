"""The command line without a database: global options, the error boundary, ``resolve``,
help texts and the generated docs/cli.md."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventdb import ResolveError, __version__, cli, clidoc, resolve

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Invoke the app as the console script would; return (exit code, stdout, stderr)."""
    r = runner.invoke(cli.app, list(args), input=input, prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


def test_version_is_eager() -> None:
    """--version prints the version and exits before any command runs."""
    assert run("--version", "resolve") == (0, f"eventdb {__version__}\n", "")


def test_no_arguments_shows_help() -> None:
    """Bare ``eventdb`` shows the command list (Typer's usage exit code 2)."""
    code, out, err = run()
    assert (code, out) == (2, "")
    assert "Commands:\n  init " in err


# -- resolve -----------------------------------------------------------------------------

REF = date(2023, 9, 19)


def resolver_error(phrase: str) -> str:
    """The resolver's own message for a phrase it rejects (the CLI must pass it on as is)."""
    with pytest.raises(ResolveError) as e:
        resolve(phrase, reference=REF)
    return str(e.value)


def test_resolve_text_explains() -> None:
    """The text format lists the resolved dates and the explanation, one field a line."""
    r = resolve("2023-09-18", reference=REF)
    assert run("resolve", "2023-09-18", "--ref", "2023-09-19") == (
        0,
        "phrase:      2023-09-18\n"
        "reference:   2023-09-19\n"
        "date:        18 September 2023\n"
        "edtf:        2023-09-18\n"
        "timex:       2023-09-18\n"
        "earliest:    2023-09-18\n"
        "latest:      2023-09-18\n"
        f"rule:        {r.rule}\n"
        f"explanation: {r.explanation}\n",
        "",
    )


def test_resolve_ongoing_range() -> None:
    """An ongoing range shows its open end as 'ongoing' and its EDTF with '..'."""
    r = resolve("2022-12~/..", reference=REF)
    code, out, err = run("resolve", "2022-12~/..", "--ref", "2023-09-19")
    assert (code, err) == (0, "")
    assert out.splitlines()[2:4] == [f"date:        {r.span.label}", f"edtf:        {r.span.edtf}"]
    assert ("latest:      ongoing" in out.splitlines()) is r.ongoing


def test_resolve_ref_defaults_to_today_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --ref the phrase is read against today, and the output says so."""
    monkeypatch.setattr(cli, "_today", lambda: REF)
    code, out, _ = run("resolve", "2023-09-18")
    assert code == 0
    assert "reference:   2023-09-19 (today; pass --ref to change)\n" in out
    code, out, _ = run("resolve", "2023-09-18", "--format", "json")
    assert json.loads(out)["reference_is_today"] is True


def test_resolve_json() -> None:
    """--format json is one JSON object with every field of the resolution."""
    r = resolve("2023-09-11/2023-09-20", reference=REF)
    code, out, err = run("resolve", "2023-09-11/2023-09-20", "--ref", "2023-09-19", "-f", "json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "phrase": "2023-09-11/2023-09-20",
        "reference": "2023-09-19",
        "reference_is_today": False,
        "type": "DATE",
        "timex": r.timex,
        "mod": r.mod,
        "edtf": "2023-09-11/2023-09-20",
        "label": "11–20 September 2023",
        "start": "2023-09-11",
        "end": "2023-09-20",
        "earliest": "2023-09-11",
        "latest": "2023-09-20",
        "ongoing": False,
        "as_of": None,
        "rule": r.rule,
        "explanation": r.explanation,
        "warnings": list(r.warnings),
        "alternatives": [],
    }


# (phrase, extra options, the "also:" lines: the readings the ranking put second)
RESOLVE_ALSO = [
    ("Monday", [], ["also:        25 September 2023 — read forward (prefer='future')"]),
    (
        "até sexta-feira",
        ["--language", "pt"],
        ["also:        until 15 September 2023 — the last one (read back)"],
    ),
    ("18 September 2023", [], []),
]


@pytest.mark.parametrize(("phrase", "extra", "also"), RESOLVE_ALSO)
def test_resolve_shows_the_other_readings(phrase: str, extra: list[str], also: list[str]) -> None:
    """Text output lists each alternative reading with its reason; JSON lists them too."""
    code, out, err = run("resolve", phrase, "--ref", "2023-09-19", *extra)
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if line.startswith("also:")] == also
    code, out, _ = run("resolve", phrase, "--ref", "2023-09-19", *extra, "-f", "json")
    got = json.loads(out)["alternatives"]
    assert [f"also:        {a['label']} — {a['reason']}" for a in got] == also


# (phrase, --format, expected stdout)
RESOLVE_FORMATS = [
    ("2023-09-18", "edtf", "2023-09-18\n"),
    ("2023-09-11/2023-09-20", "edtf", "2023-09-11/2023-09-20\n"),
    ("1998-Q3", "timex", '<TIMEX3 type="DATE" value="1998-Q3">1998-Q3</TIMEX3>\n'),
    ("2023-09-18", "timex", '<TIMEX3 type="DATE" value="2023-09-18">2023-09-18</TIMEX3>\n'),
]
assert len({row[:2] for row in RESOLVE_FORMATS}) == len(RESOLVE_FORMATS)


@pytest.mark.parametrize(("phrase", "fmt", "expected"), RESOLVE_FORMATS)
def test_resolve_edtf_and_timex(phrase: str, fmt: str, expected: str) -> None:
    """--format edtf and timex print just that form, for use in scripts."""
    assert run("resolve", phrase, "--ref", "2023-09-19", "--format", fmt) == (0, expected, "")


def test_resolve_range_has_no_single_timex() -> None:
    """A two-sided range has no one TIMEX3 value: a one-line error points to --format edtf."""
    assert run("resolve", "2023-09-11/2023-09-20", "--ref", "2023-09-19", "-f", "timex") == (
        1,
        "",
        "Error: '2023-09-11/2023-09-20' is a range with no single TIMEX3 value: "
        "try --format edtf\n",
    )


# -- errors: one line on stderr, exit 1 (2 for usage), no traceback --------------------

# (arguments, exit code, the one line on stderr)
ERRORS = [
    (
        ["resolve", "2023", "--ref", "2023-02-30"],
        2,
        "Error: Invalid value for '--ref': '2023-02-30' is not a real date: February 2023 "
        "has no day 30 (see 'eventdb resolve --help')",
    ),
    (
        ["resolve", "2023", "--ref", "2023-09"],
        2,
        "Error: Invalid value for '--ref': '2023-09' is not one day: write it as YYYY-MM-DD "
        "(see 'eventdb resolve --help')",
    ),
    (
        ["resolve", "2023", "--format", "xml"],
        2,
        "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'json', "
        "'edtf', 'timex'. (see 'eventdb resolve --help')",
    ),
    (
        ["resolve", "2023", "--prefer", "soon"],
        2,
        "Error: Invalid value for '--prefer': 'soon' is not 'past' or 'future' "
        "(see 'eventdb resolve --help')",
    ),
    (
        ["resolve"],
        2,
        "Error: Missing argument 'PHRASE'. (see 'eventdb resolve --help')",
    ),
    (["frobnicate"], 2, "Error: No such command 'frobnicate'. (see 'eventdb --help')"),
    (["--db"], 2, "Error: Option '--db' requires an argument. (see 'eventdb --help')"),
]
assert len({tuple(row[0]) for row in ERRORS}) == len(ERRORS)


@pytest.mark.parametrize(("args", "code", "line"), ERRORS)
def test_errors_are_one_line(args: list[str], code: int, line: str) -> None:
    """Bad input gives exactly one line on stderr, nothing on stdout, and the exit code."""
    assert run(*args) == (code, "", line + "\n")


@pytest.mark.parametrize("phrase", ["the day the music died", "2023-02-30"])
def test_unknown_phrase_or_invalid_date_is_one_line(phrase: str) -> None:
    """A phrase the resolver rejects is its one-line message, exit 1."""
    expected = f"Error: {resolver_error(phrase)}\n"
    assert run("resolve", phrase, "--ref", "2023-09-19") == (1, "", expected)


def test_debug_shows_the_traceback() -> None:
    """--debug lets the library's exception through, so the traceback is shown."""
    r = runner.invoke(cli.app, ["--debug", "resolve", "2023-02-30", "--ref", "2023-09-19"])
    assert r.exit_code == 1
    assert isinstance(r.exception, ResolveError)


# -- help --------------------------------------------------------------------------------


def test_every_command_has_help_with_an_example() -> None:
    """Every command's help has a description and an Example section with a real command."""
    for name, text in clidoc.help_texts().items():
        assert "Example:\n" in text, name
        example = text.split("Example:\n", 1)[1].split("\n\n", 1)[0]
        sub = name.removeprefix("eventdb").strip()
        assert re.search(rf"^    .*\beventdb\b.*\b{sub}\b", example, re.M), name


def test_docs_cli_md_is_current() -> None:
    """docs/cli.md is generated from the help texts: regenerate it with
    ``python -m eventdb.clidoc --write`` when this fails."""
    assert clidoc.DOC_PATH.read_text(encoding="utf-8") == clidoc.render()


def test_resolve_warnings_go_to_stderr() -> None:
    """The resolver's warnings follow the text output, on stderr."""
    phrase = "Tuesday 18 September 2023"
    warnings = resolve(phrase, reference=REF).warnings
    assert warnings
    code, _, err = run("resolve", phrase, "--ref", "2023-09-19")
    assert (code, err) == (0, "".join(f"warning: {w}\n" for w in warnings))


@pytest.mark.slow
def test_bench_cli_runs(tmp_path: Path) -> None:
    """bench/cli.py runs (one round) and prints its table of ratios; it asserts no speed."""
    bench = Path(__file__).resolve().parents[1] / "bench" / "cli.py"
    r = subprocess.run(
        [sys.executable, str(bench), "--runs", "1"], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, r.stderr
    assert 'eventdb --help / python -c "import typer"' in r.stdout
    assert 'eventdb timeline --since 2022 / python -c "import sqlmodel"' in r.stdout


def _process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m eventdb`` as a user would, in a separate process."""
    env = {k: v for k, v in os.environ.items() if k != "EVENTDB_URL"}
    return subprocess.run(
        [sys.executable, "-m", "eventdb", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.slow
def test_process_error_is_one_line_without_traceback() -> None:
    """As a real process, a bad phrase prints one line and exits 1, with no traceback."""
    r = _process("resolve", "2023-02-30", "--ref", "2023-09-19")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr == f"Error: {resolver_error('2023-02-30')}\n"


@pytest.mark.slow
def test_process_debug_shows_traceback() -> None:
    """--debug prints the library's traceback, ending with the error itself."""
    r = _process("--debug", "resolve", "2023-02-30", "--ref", "2023-09-19")
    assert r.returncode == 1
    assert r.stderr.startswith("Traceback (most recent call last):")
    assert r.stderr.endswith(f"ResolveError: {resolver_error('2023-02-30')}\n")


@pytest.mark.slow
def test_process_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """Output cut short by a closed pipe (``| head -1``) prints no error."""
    from eventdb import EventDB

    path = tmp_path / "many.db"
    with EventDB(str(path)) as db:
        db.import_records({"title": f"Event {i}", "date": "2023-09-18"} for i in range(3000))
    env = {k: v for k, v in os.environ.items() if k != "EVENTDB_URL"}
    args = [sys.executable, "-m", "eventdb", "--db", str(path), "timeline", "-f", "jsonl"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as p:
        assert p.stdout is not None and p.stderr is not None
        p.stdout.readline()
        p.stdout.close()
        assert p.stderr.read() == b""


HEAVY = ("sqlmodel", "sqlalchemy", "pydantic", "alembic", "tabulate", "yaml", "eventdb.store")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--help"], ()),
        (["timeline", "--help"], ("pydantic",)),
        (["resolve", "2023-09-18", "--ref", "2023-09-19"], ("pydantic",)),
    ],
)
def test_start_up_skips_heavy_modules(args: list[str], allowed: tuple[str, ...]) -> None:
    """Help, and commands that do not touch the database, never import the store, SQLModel,
    SQLAlchemy or the formats (Typer itself validates any option value it parses with
    pydantic, so only the bare --help, which stops before parsing, avoids that)."""
    code = (
        "import sys\n"
        "from eventdb.cli import main\n"
        f"sys.argv = ['eventdb', *{args!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules and m not in {allowed!r}])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.splitlines()[-1] == "[]", r.stdout + r.stderr


def test_resolve_strict_refuses_what_it_would_warn_about() -> None:
    """resolve --strict exits 1 on a weekday that contradicts its day number."""
    r = CliRunner().invoke(cli.app, ["resolve", "Monday (19)", "--ref", "2023-09-19", "--strict"])
    assert (r.exit_code, r.stdout, r.stderr) == (
        1,
        "",
        "Error: Monday (19): 19 September 2023 is a Tuesday (refused in strict mode)\n",
    )
