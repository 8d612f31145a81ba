"""Languages at the boundaries: ``eventdb resolve --language``, ``add --language`` and a
source's ``language:`` in an import file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventdb import EventDB, cli

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    """Invoke eventdb as the console script would; return (exit code, stdout, stderr)."""
    r = runner.invoke(cli.app, list(args), prog_name="eventdb")
    return r.exit_code, r.stdout, r.stderr


# (phrase, --language, EDTF of the span): phrases read through each language's pack
RESOLVED = [
    ("desde o fim do ano passado", "pt", "[2022-09..2022-12]/.."),
    ("nesta segunda-feira (18)", "pt", "2023-09-18"),
    ("hace tres días", "es", "2023-09-16"),
    ("last week", "en", "[2023-09-11..2023-09-17]"),
    # a tag with its region: the pack, and the region's seasons (Brazil is southern)
    # (EDTF's season codes: 22 is a northern summer, 30 a southern one, 32 a southern winter)
    ("no verão", "pt-BR", "2022-30"),
    ("no verão", "pt-PT", "2023-22"),
    ("este invierno", "es-AR", "2023-32"),
]


def test_table_has_no_duplicate_rows() -> None:
    """No phrase is pinned twice."""
    assert len({r[:2] for r in RESOLVED}) == len(RESOLVED)


@pytest.mark.parametrize(("phrase", "code", "edtf"), RESOLVED)
def test_resolve_reads_the_language(phrase: str, code: str, edtf: str) -> None:
    """``resolve --language`` reads the phrase with that language's pack."""
    out = run("resolve", phrase, "--ref", "2023-09-19", "--language", code, "-f", "edtf")
    assert out == (0, edtf + "\n", "")


def test_resolve_json_of_a_portuguese_phrase() -> None:
    """The JSON form of a Portuguese phrase carries its TimeML value and bounds."""
    code, out, err = run(
        "resolve", "mês passado", "--ref", "2023-09-19", "--language", "pt", "-f", "json"
    )
    data = json.loads(out)
    assert (code, err, data["timex"], data["earliest"], data["latest"]) == (
        0,
        "",
        "2023-08",
        "2023-08-01",
        "2023-08-31",
    )


def test_unknown_language_is_a_usage_error() -> None:
    """An unknown --language exits 2 with one line naming the languages there are."""
    code, out, err = run("resolve", "hoje", "--ref", "2023-09-19", "--language", "fr")
    assert (code, out) == (2, "")
    assert "'fr' is not a language the resolver reads: en, pt, es or a tag such as pt-BR" in err
    assert "Traceback" not in err


def test_add_reads_the_language(tmp_path: Path) -> None:
    """``add --language pt`` dates the event from a Portuguese phrase."""
    db = str(tmp_path / "e.db")
    code, _, err = run(
        "--db",
        db,
        "add",
        "Ajuda chega",
        "--when",
        "ontem",
        "--ref",
        "2023-09-19",
        "--language",
        "pt",
    )
    assert (code, err) == (0, ""), err
    with EventDB(db) as store:
        assert [e.span.edtf for e in store.timeline()] == ["2023-09-18"]


def test_import_reads_each_sources_language(tmp_path: Path) -> None:
    """A source's ``language:`` in an import file reads that source's phrases; a source
    without one, or with a language there is no pack for, reads English."""
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        """
sources:
  - {key: folha, title: Folha, published: "2023-09-19", language: pt-BR}
  - {key: pais, title: El País, published: "2023-09-19", language: es}
  - {key: faz, title: FAZ, published: "2023-09-19", language: de}
events:
  - {title: Bloqueio, when: desde o fim do ano passado, source: folha}
  - {title: Seca, when: no último verão, source: folha}
  - {title: Reunión, when: hace tres días, source: pais}
  - {title: Treffen, when: last week, source: faz}
""",
        encoding="utf-8",
    )
    db = str(tmp_path / "e.db")
    code, _, err = run("--db", db, "import", str(doc))
    assert (code, err) == (0, ""), err
    with EventDB(db) as store:
        got = {e.title: e.span.edtf for e in store.timeline()}
    assert got == {
        "Bloqueio": "[2022-09..2022-12]/..",
        "Seca": "2022-30",  # a Brazilian source's summer: the southern one, Dec 2022 – Feb 2023
        "Reunión": "2023-09-16",
        "Treffen": "[2023-09-11..2023-09-17]",
    }
