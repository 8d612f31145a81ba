"""The Portuguese seed article, extracted, drafted and imported (the per-sentence tables of
Portuguese are in tests/extract_cases_pt.py, run by tests/test_extract_languages.py)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventdb import cli

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "seed-article-pt.txt"

# (the draft's `when`, the EDTF date the store gives it, its label): the Portuguese seed's
# dated sentences, in the order `eventdb timeline` lists them
SEED_TIMELINE: list[tuple[str, str, str]] = [
    ("fevereiro do ano passado", "2022-02", "February 2022"),
    (
        "desde o fim do ano passado",
        "[2022-09..2022-12]/..",
        "late 2022 – ongoing (as of 19 September 2023)",
    ),
    ("Em março", "2023-03", "March 2023"),
    ("Na semana passada", "[2023-09-11..2023-09-17]", "week of 11 September 2023"),
    (
        "semana passada e vai até esta quarta-feira (20)",
        "[2023-09-11..2023-09-17]/2023-09-20",
        "week of 11 September 2023 – 20 September 2023",
    ),
    ("Nesta segunda-feira (18)", "2023-09-18", "18 September 2023"),
]


def test_seed_timeline_has_no_duplicates() -> None:
    """No phrase of the seed's timeline table is listed twice."""
    assert len(SEED_TIMELINE) == len(set(SEED_TIMELINE))


def test_portuguese_seed_draft_imports_with_its_dates(db_url: str, tmp_path: Path) -> None:
    """`eventdb extract --language pt -f yaml` on the Portuguese seed gives a draft whose
    import dates every event as the article does, the range included."""
    runner = CliRunner()
    out = tmp_path / "draft.yaml"
    args = ["extract", str(ARTICLE), "--published", "2023-09-19", "--language", "pt"]
    r = runner.invoke(cli.app, [*args, "-f", "yaml", "-o", str(out)], prog_name="eventdb")
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", f"Wrote {out}\n")
    r = runner.invoke(cli.app, ["--db", db_url, "import", str(out)], prog_name="eventdb")
    assert (r.exit_code, r.stdout) == (0, "Imported 6 events from 1 file\n"), r.stderr
    r = runner.invoke(cli.app, ["--db", db_url, "timeline", "-f", "json"], prog_name="eventdb")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(e["when"], e["date"], e["label"]) for e in rows] == SEED_TIMELINE
    assert {e["source_published"] for e in rows} == {"2023-09-19"}
