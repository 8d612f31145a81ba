"""eventdb extract: plain text and saved web pages in, a preview or a draft out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from eventdb import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
PAGE = ROOT / "fixtures" / "seed-article.html"

runner = CliRunner()

ARTICLE = "Talks began last week. In March, the court ruled. 2,000 troops remain.\n"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Invoke eventdb; return (exit code, stdout, stderr)."""
    r = runner.invoke(cli.app, list(args), input=input, prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


def draft(*args: str, input: str | None = None) -> dict[str, Any]:
    """The JSON draft of ``eventdb extract ARGS -f json``."""
    code, out, err = run("extract", *args, "-f", "json", input=input)
    assert code == 0, err
    doc: dict[str, Any] = json.loads(out)
    return doc


# -- the preview ---------------------------------------------------------------------------


def test_table_shows_exactly_the_drafts_events() -> None:
    """One row per draft event, with its range and "ongoing" as import will date it; a
    phrase the draft leaves out ("recently") has no row."""
    text = (
        "Since the end of last year Azerbaijan has blocked the road. "
        "Talks began last week and run until this Wednesday (20). Prices rose recently.\n"
    )
    code, out, err = run("extract", "--published", "2023-09-19", input=text)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "when                                               date"
        "                                           title",
        "-------------------------------------------------  "
        "---------------------------------------------  -------------------------------",
        "Since the end of last year                         "
        "late 2022 – ongoing (as of 19 September 2023)  Azerbaijan has blocked the road",
        "began last week and run until this Wednesday (20)  "
        "week of 11 September 2023 – 20 September 2023  Talks began",
    ]


def test_seed_table_has_one_row_per_event() -> None:
    """The seed page's preview has the draft's seven events, in the draft's order."""
    code, out, _ = run("extract", str(PAGE))
    events = draft(str(PAGE))["events"]
    rows = out.splitlines()[2:]
    assert code == 0
    assert len(rows) == len(events) == 7
    for row, e in zip(rows, events, strict=True):
        assert row.startswith(e["when"] + " ") and row.endswith("  " + e["title"]), row


# -- saved web pages ---------------------------------------------------------------------

BOILERPLATE = (
    "Example News",
    "Politics",
    "Today's paper",
    "since 1921",
    "Dollar closes",
    "next Wednesday",
    "this weekend",
    "Most read",
    "Lula",
    "12 November",
    "Inflation",
    "morning briefing",
    "Copyright",
    "1 July 1921",
    "Share",
    "Updated",
)


def test_page_draft_is_the_seed_draft() -> None:
    """The saved page gives the same events as the seed's plain text, and the page's
    headline, site name, canonical URL and publication date as the source."""
    from_page = draft(str(PAGE))
    from_text = draft(str(SEED), "--published", "2023-09-19")
    assert from_page["sources"] == [
        {
            "key": "example-news-2023-09-19",
            "title": "Armenia looks for alternatives to Russia as tension with Moscow grows",
            "publisher": "Example News",
            "url": "https://news.example.org/world/2023/09/armenia-looks-for-alternatives-to-russia.shtml",
            "published": "2023-09-19",
            "language": "en",
        }
    ]
    strip = [{k: v for k, v in e.items() if k != "source"} for e in from_text["events"]]
    assert [{k: v for k, v in e.items() if k != "source"} for e in from_page["events"]] == strip


def test_page_boilerplate_never_reaches_the_draft() -> None:
    """Navigation, ticker, "most read" box, newsletter box and footer are all left out of
    the events (the only place the site's name may appear is the source's publisher)."""
    doc = draft(str(PAGE))
    events = json.dumps(doc["events"], ensure_ascii=False)
    leaked = [b for b in BOILERPLATE if b in events]
    assert leaked == []
    assert {e["quote"] for e in doc["events"]} <= {" ".join(s.split()) for s in _seed_sentences()}


def _seed_sentences() -> list[str]:
    from datetime import date

    from eventdb import extract

    text = SEED.read_text(encoding="utf-8")
    return [m.sentence for m in extract(text, reference=date(2023, 9, 19))]


# (extra arguments, the stderr line saying where the date came from, the draft's date)
DATE_SOURCES = [
    ([], "Published 2023-09-19, from the page's metadata", "2023-09-19"),
    (["--published", "2023-09-19"], "Published 2023-09-19, from --published", "2023-09-19"),
    (
        ["--published", "2023-09-20"],
        "Published 2023-09-20, from --published (the page's metadata says 2023-09-19)",
        "2023-09-20",
    ),
]


@pytest.mark.parametrize(("extra", "line", "published"), DATE_SOURCES)
def test_page_date_source_is_said(extra: list[str], line: str, published: str) -> None:
    """The flag wins over the page's date, and stderr says which one the draft uses."""
    code, out, err = run("extract", str(PAGE), *extra, "-f", "yaml")
    assert (code, err) == (0, line + "\n")
    assert yaml.safe_load(out)["sources"][0]["published"] == published


def test_no_duplicate_date_source_rows() -> None:
    """The date-source table has no repeated row."""
    assert len({tuple(x) for x, _, _ in DATE_SOURCES}) == len(DATE_SOURCES)


def test_flags_win_over_the_page() -> None:
    """--title, --publisher and --url replace what the page says."""
    url = "https://www1.folha.uol.com.br/mundo/2023/09/a.shtml"
    doc = draft(str(PAGE), "--title", "Armenia and Russia", "--publisher", "Folha", "--url", url)
    source = doc["sources"][0]
    assert (source["title"], source["publisher"], source["url"]) == (
        "Armenia and Russia",
        "Folha",
        url,
    )
    assert source["key"] == "folha-2023-09-19"


def test_stdin_page_with_html_flag() -> None:
    """'-' with --html reads a page from stdin, even one that does not open as HTML."""
    page = (
        '<meta property="article:published_time" content="2021-05-02">'
        "<article><p>The rebels struck on 3 May 2021 near the border, officials said. "
        "The army answered the next day with a counter-offensive of its own.</p></article>"
    )
    doc = draft("-", "--html", input=page)
    assert doc["sources"][0]["published"] == "2021-05-02"
    assert [(e["when"], e.get("date")) for e in doc["events"]] == [
        ("3 May 2021", None),
        ("the next day", "2021-05-04"),
    ]


def test_source_title_is_still_accepted() -> None:
    """--source-title, the flag's first name, still sets the title."""
    doc = draft("--published", "2023-09-19", "--source-title", "Talks", input=ARTICLE)
    assert doc["sources"][0]["title"] == "Talks"


def test_language_is_recorded_on_the_source() -> None:
    """--language goes on the draft's source, for import to resolve with."""
    doc = draft("--published", "2023-09-19", "--language", "pt", input=ARTICLE)
    assert doc["sources"][0]["language"] == "pt"


def test_yaml_draft_imports_unchanged(db_url: str, tmp_path: Path) -> None:
    """The YAML draft (read from stdin here) imports as it is, one event per dated sentence."""
    out = tmp_path / "draft.yaml"
    code, stdout, err = run(
        "extract", "--published", "2023-09-19", "--publisher", "Folha", "-f", "yaml", "-o",
        str(out), input=ARTICLE,
    )  # fmt: skip
    assert (code, stdout, err) == (0, "", f"Wrote {out}\n")
    assert run("--db", db_url, "import", str(out)) == (0, "Imported 2 events from 1 file\n", "")
    code, stdout, _ = run("--db", db_url, "timeline", "-f", "json")
    assert [(r["title"], r["sources"]) for r in json.loads(stdout)] == [
        ("The court ruled", ["folha-2023-09-19"]),
        ("Talks began", ["folha-2023-09-19"]),
    ]


FUTURE = "The ministers will meet on Friday in Geneva. The summit is due in March.\n"


def test_future_reading_is_previewed_and_imported(db_url: str, tmp_path: Path) -> None:
    """A future verb's reading (Friday the 22nd, March next year) is the preview's date and
    the stored one."""
    code, out, err = run("extract", "--published", "2023-09-19", input=FUTURE)
    assert (code, err) == (0, "")
    assert [re.split(r"\s{2,}", line)[:2] for line in out.splitlines()[2:]] == [
        ["Friday", "22 September 2023"],
        ["March", "March 2024"],
    ]
    draft_file = tmp_path / "draft.yaml"
    args = ("extract", "--published", "2023-09-19", "-f", "yaml", "-o", str(draft_file))
    assert run(*args, input=FUTURE)[0] == 0
    assert run("--db", db_url, "import", str(draft_file))[0] == 0
    code, stdout, _ = run("--db", db_url, "timeline", "-f", "json")
    assert [(r["title"], r["edtf"]) for r in json.loads(stdout)] == [
        ("The ministers will meet in Geneva", "2023-09-22"),
        ("The summit is", "2024-03"),
    ]


def test_url_goes_on_the_source_stripped() -> None:
    """An http(s) --url is the draft source's url, without surrounding blanks."""
    doc = draft("--published", "2023-09-19", "--url", " https://news.example.org/a ", input=ARTICLE)
    assert doc["sources"][0]["url"] == "https://news.example.org/a"


# (how stdin encodes the article): each is read as the same text
STDIN_BYTES = [
    ("CRLF line ends", ARTICLE.replace("\n", "\r\n").encode("utf-8")),
    ("CR line ends", ARTICLE.replace("\n", "\r").encode("utf-8")),
    ("UTF-16 with BOM, CRLF", ARTICLE.replace("\n", "\r\n").encode("utf-16")),
    ("UTF-8 with BOM", ARTICLE.encode("utf-8-sig")),
]


@pytest.mark.parametrize(("how", "data"), STDIN_BYTES)
def test_stdin_bytes_read_like_a_file(how: str, data: bytes) -> None:
    """Standard input is decoded and its line ends normalised as a file's are."""
    r = runner.invoke(cli.app, ["extract", "--published", "2023-09-19", "-f", "json"], input=data)
    assert (r.exit_code, r.stderr) == (0, ""), how
    assert json.loads(r.stdout) == draft("--published", "2023-09-19", input=ARTICLE), how


def test_stdin_table_has_no_duplicates() -> None:
    """Each stdin encoding is in the table once."""
    assert len({d for _, d in STDIN_BYTES}) == len(STDIN_BYTES)


def test_json_is_the_same_draft() -> None:
    """--format json is the same draft document as the YAML."""
    _, as_yaml, _ = run("extract", "--published", "2023-09-19", "-f", "yaml", input=ARTICLE)
    _, as_json, _ = run("extract", "--published", "2023-09-19", "-f", "json", input=ARTICLE)
    assert json.loads(as_json) == yaml.safe_load(as_yaml)


# -- bad input -----------------------------------------------------------------------------

NO_DATE_PAGE = "<html><body><article><p>" + "Talks began last week in Geneva. " * 8
NO_TEXT_PAGE = "<html><head><title>x</title></head><body><div></div></body></html>"

# (arguments, stdin, exit code, the one line on stderr)
BAD = [
    (
        ["x.txt"],
        "",
        2,
        "Error: Missing option '--published': plain text carries no publication date "
        "(see 'eventdb extract --help')",
    ),
    (
        ["{tmp}/missing.txt", "--published", "2023-09-19"],
        "",
        1,
        "Error: {tmp}/missing.txt: cannot open: No such file or directory",
    ),
    (
        ["-", "--published", "2023-09"],
        "",
        2,
        "Error: Invalid value for '--published': '2023-09' is not one day: write it as "
        "YYYY-MM-DD (see 'eventdb extract --help')",
    ),
    (
        ["-"],
        NO_DATE_PAGE,
        1,
        "Error: stdin: the page gives no publication date: pass --published YYYY-MM-DD",
    ),
    (["-", "--html"], NO_TEXT_PAGE, 1, "Error: stdin: the page holds no article text"),
    (
        ["-", "--published", "2023-09-19", "--language", "English"],
        ARTICLE,
        2,
        "Error: Invalid value for '--language': 'English' is not a language the resolver "
        "reads: en, pt, es or a tag such as pt-BR (see 'eventdb extract --help')",
    ),
    (
        ["-", "--published", "2023-09-19", "--url", "javascript:alert(1)"],
        ARTICLE,
        2,
        "Error: Invalid value for '--url': 'javascript:alert(1)' is not an http(s) URL "
        "(https://...) (see 'eventdb extract --help')",
    ),
    (
        ["-", "--published", "2023-09-19", "--url", "news.example.org/a"],
        ARTICLE,
        2,
        "Error: Invalid value for '--url': 'news.example.org/a' is not an http(s) URL "
        "(https://...) (see 'eventdb extract --help')",
    ),
    (
        ["-", "--published", "2023-09-19", "--language", "xx"],
        ARTICLE,
        2,
        "Error: Invalid value for '--language': 'xx' is not a language the resolver "
        "reads: en, pt, es or a tag such as pt-BR (see 'eventdb extract --help')",
    ),
]


@pytest.mark.parametrize(("args", "stdin", "code", "line"), BAD)
def test_extract_errors(tmp_path: Path, args: list[str], stdin: str, code: int, line: str) -> None:
    """extract's bad input: one line on stderr, nothing on stdout, the exit code."""
    if args[0] == "x.txt":
        (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
        args = [str(tmp_path / "x.txt"), *args[1:]]
    args = [a.format(tmp=tmp_path) for a in args]
    assert run("extract", *args, input=stdin) == (code, "", line.format(tmp=tmp_path) + "\n")


def test_no_duplicate_bad_rows() -> None:
    """The bad-input table has no repeated row."""
    assert len({(tuple(a), s) for a, s, _, _ in BAD}) == len(BAD)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["--help"], ["extract", "--help"], ["extract", str(SEED), "--published", "2023-09-19"]],
)
def test_page_readers_load_only_for_pages(args: list[str]) -> None:
    """Help, and extract on plain text, never import trafilatura, htmldate or lxml."""
    code = (
        "import sys\n"
        "from eventdb.cli import main\n"
        f"sys.argv = ['eventdb', *{args!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print([m for m in ('trafilatura', 'htmldate', 'lxml') if m in sys.modules])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.splitlines()[-1] == "[]", r.stdout + r.stderr


@pytest.mark.slow
def test_docs_extract_console_blocks(tmp_path: Path) -> None:
    """docs/extract.md's commands, from the saved page to the chronology, print what the
    page shows (run as tests/test_readme.py runs README's)."""
    from test_readme import _blocks, _run, _workdir

    cwd = _workdir(tmp_path)
    pairs = [pair for _, _, block in _blocks(ROOT / "docs" / "extract.md") for pair in block]
    assert len(pairs) == 6
    for command, shown in pairs:
        assert _run(command, cwd) == shown, f"$ {command}"
