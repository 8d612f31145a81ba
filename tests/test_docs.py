"""The documentation is true: its examples run, its tables match the code, the site builds.

docs/dates.md and docs/resolver.md hold tables generated from the code. Each kind of table
is known here by its header row; the test recomputes every row from its first cell and
compares. After a deliberate change to the resolver or the date model, regenerate them with

    .venv/bin/python tests/test_docs.py --write

and read the diff before committing it: every changed row is a changed behaviour.
"""

from __future__ import annotations

import doctest
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

import eventdb
from eventdb import FuzzyDate, Part, ResolveError, Span, resolve

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SEED = date(2023, 9, 19)  # Tuesday: the seed article's publication date
# pages whose `>>>` examples run as doctests (each in a fresh namespace)
DOCTEST_PAGES = ["index.md", "library.md", "dates.md", "resolver.md", "formats.md"]
# pages whose generated tables are checked
TABLE_PAGES = ["dates.md", "resolver.md"]


# -- how each kind of generated table computes a row from its first cell ----------------


def _code(s: str | None) -> str:
    return f"`{s}`" if s else ""


def _day(d: date | None) -> str:
    return d.isoformat() if d is not None else "open"


def _eval_date(expr: str) -> FuzzyDate:
    names = {"FuzzyDate": FuzzyDate, "Part": Part, "date": date}
    value = eval(expr, names)  # the docs' own examples, written by us
    assert isinstance(value, FuzzyDate)
    return value


def _model_row(expr: str) -> list[str]:
    d = _eval_date(expr)
    return [
        d.precision.value,
        d.earliest.isoformat(),
        d.latest.isoformat(),
        _code(d.timex),
        _code(d.mod),
        _code(d.edtf),
        d.label,
    ]


def _parse_row(text: str) -> list[str]:
    d = FuzzyDate.parse(text)
    return [d.precision.value, d.earliest.isoformat(), d.latest.isoformat(), d.label]


def _span_row(text: str) -> list[str]:
    s = Span.parse(text, as_of=SEED)
    return [
        _code(s.start.edtf) if s.start else "open",
        _code(s.end.edtf) if s.end else "open",
        "yes" if s.ongoing else "",
        _day(s.earliest),
        _day(s.latest),
        s.label,
    ]


def _point_row(text: str) -> list[str]:
    r = resolve(text, reference=SEED)
    return [_code(r.timex), _code(r.mod), _day(r.earliest), _day(r.latest), r.span.label]


def _range_row(text: str) -> list[str]:
    r = resolve(text, reference=SEED)
    return [
        _code(r.start.edtf) if r.start else "open",
        _code(r.end.edtf) if r.end else "open",
        "yes" if r.ongoing else "",
        _code(r.timex),
        _code(r.mod),
        _day(r.earliest),
        _day(r.latest),
        r.span.label,
    ]


def _language_row(language: str) -> Callable[[str], list[str]]:
    """A phrase of one language pack: its TimeML value, bounds and span, as _point_row."""

    def row(text: str) -> list[str]:
        r = resolve(text, reference=SEED, language=language)
        return [_code(r.timex), _day(r.earliest), _day(r.latest), r.span.label, f"`{r.rule}`"]

    return row


def _explained_row(text: str) -> list[str]:
    r = resolve(text, reference=SEED)
    return [f"`{r.rule}`", r.explanation.replace("|", "\\|")]


def _typed_row(text: str) -> list[str]:
    r = resolve(text, reference=SEED)
    return [r.type, _code(r.timex), _day(r.earliest), _day(r.latest)]


def _rejected_row(text: str) -> list[str]:
    try:
        resolve(text, reference=SEED)
    except ResolveError as e:
        return [f"{type(e).__name__}: {e}"]
    return ["(resolves: not rejected)"]


# header row (after the first cell) -> row function; the first cell is the input, in backticks
TABLES: dict[tuple[str, ...], Callable[[str], list[str]]] = {
    (
        "Python",
        "Precision",
        "Earliest",
        "Latest",
        "TimeML",
        "mod",
        "EDTF",
        "Label",
    ): _model_row,
    ("Text", "Precision", "Earliest", "Latest", "Label"): _parse_row,
    ("EDTF", "Start", "End", "Ongoing", "Earliest", "Latest", "Label"): _span_row,
    ("Phrase", "TimeML", "mod", "Earliest", "Latest", "Reads as"): _point_row,
    (
        "Phrase",
        "Start",
        "End",
        "Ongoing",
        "TimeML",
        "mod",
        "Earliest",
        "Latest",
        "Reads as",
    ): _range_row,
    ("Phrase", "Rule", "Explanation"): _explained_row,
    ("Português", "TimeML", "Earliest", "Latest", "Reads as", "Rule"): _language_row("pt"),
    ("Español", "TimeML", "Earliest", "Latest", "Reads as", "Rule"): _language_row("es"),
    ("Phrase", "Type", "TimeML", "Earliest", "Latest"): _typed_row,
    ("Phrase", "Error"): _rejected_row,
}


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    parts = [c.strip() for c in inner.replace("\\|", "\0").split("|")]
    return [c.replace("\0", "\\|") for c in parts]


def _input(cell: str) -> str:
    assert cell.startswith("`") and cell.endswith("`"), f"first cell not in backticks: {cell}"
    return cell[1:-1]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def generated_tables(text: str) -> list[tuple[int, list[str], list[str]]]:
    """(line number, cells as written, cells as computed) for every known table row."""
    lines = text.splitlines()
    out = []
    fn = None
    for i, line in enumerate(lines):
        if not line.startswith("|"):
            fn = None
            continue
        cells = _cells(line)
        if fn is None:
            fn = TABLES.get(tuple(cells)) if i + 1 < len(lines) else None
            if fn is None:
                fn = _SKIP  # some other table: leave it alone
            continue
        if fn is _SKIP or set(line) <= set("|-: "):
            continue
        out.append((i, cells, [cells[0], *fn(_input(cells[0]))]))
    return out


def _skip(text: str) -> list[str]:  # pragma: no cover - a marker, never called
    return []


_SKIP = _skip


def write_tables() -> None:
    """Regenerate every known table in TABLE_PAGES in place."""
    for name in TABLE_PAGES:
        path = DOCS / name
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, _written, computed in generated_tables("\n".join(lines)):
            lines[i] = _row(computed)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TABLE_PAGES)
def test_generated_tables_match_the_code(name: str) -> None:
    """Every row of a generated table in the page is what the code gives today."""
    text = (DOCS / name).read_text(encoding="utf-8")
    rows = generated_tables(text)
    assert rows, f"{name} has no generated tables"
    stale = [
        f"line {i + 1}: {_row(written)}\n   now: {_row(computed)}"
        for i, written, computed in rows
        if written != computed
    ]
    assert stale == [], "stale rows (python tests/test_docs.py --write):\n" + "\n".join(stale)


@pytest.mark.parametrize("name", DOCTEST_PAGES)
def test_page_examples_run(name: str) -> None:
    """Every `>>>` example in the page gives what the page shows."""
    result = doctest.testfile(
        str(DOCS / name),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        encoding="utf-8",
    )
    assert result.failed == 0


@pytest.mark.parametrize("name", DOCTEST_PAGES)
def test_examples_are_fenced(name: str) -> None:
    """Every `>>>` line sits in a fenced code block, so the site shows it as code, not as
    nested quotes; the fence closes after a blank line, so doctest does not read it."""
    path = DOCS / name
    fenced, lang, bad = False, "", []
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("```"):
            if fenced and lang == "pycon" and lines[i - 1].strip():
                bad.append(f"line {i + 1}: no blank line before the closing fence")
            fenced, lang = not fenced, line[3:].strip()
        elif line.startswith(">>>") and not fenced:
            bad.append(f"line {i + 1}: {line}")
    assert bad == []


def test_public_names_have_docstrings() -> None:
    """Every name eventdb exports says what it is."""
    missing = [
        name
        for name in eventdb.__all__
        if name != "__version__" and not (getattr(eventdb, name).__doc__ or "").strip()
    ]
    assert missing == []


def _nav_pages(nav: list[object]) -> list[str]:
    """Every page a nav names, in order."""
    found: list[str] = []
    for item in nav:
        target = next(iter(item.values())) if isinstance(item, dict) else item
        found += _nav_pages(target) if isinstance(target, list) else [str(target)]
    return found


def _config() -> dict[str, object]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert isinstance(config, dict)
    return config


@pytest.mark.slow
def test_site_builds_strictly(tmp_path: Path) -> None:
    """Every page the nav lists exists, and `mkdocs build --strict` of the real site passes."""
    nav = _config()["nav"]
    assert isinstance(nav, list)
    assert [page for page in _nav_pages(nav) if not (DOCS / page).exists()] == []
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
        + ["--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").exists()


def test_nav_lists_every_page() -> None:
    """Every page in docs/ is in mkdocs.yml's nav, so none is built but unreachable."""
    nav = _config()["nav"]
    assert isinstance(nav, list)
    on_disk = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert on_disk - set(_nav_pages(nav)) == set()


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_tables()
    else:
        sys.exit("usage: python tests/test_docs.py --write   (regenerates the docs' tables)")
