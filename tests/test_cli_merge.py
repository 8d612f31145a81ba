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


ICC_DOC = {
    "sources": [
        {"key": "bbc", "title": "ICC issues warrant", "published": "2023-03-17"},
        {"key": "afp", "title": "Court seeks arrest", "published": "2023-03-20"},
    ],
    "events": [
        {
            "title": "ICC issues an arrest warrant for Putin",
            "when": "in March",
            "source": "bbc",
            "quote": "the court issued a warrant in March",
            "actors": ["ICC", "Vladimir Putin"],
            "places": ["The Hague"],
        },
        {
            "title": "International court seeks Putin's arrest",
            "when": "last Friday",
            "source": "afp",
            "quote": "judges issued the warrant last Friday",
            "actors": ["Vladimir Putin"],
            "places": ["The Hague"],
        },
    ],
}
KEEP, OTHER = "icc-issues-an-arrest-warrant-for-putin", "international-court-seeks-putin-s-arrest"
WHY = (
    "titles 56% alike; dates overlap (March 2023 / 17 March 2023); "
    "shared actors: Vladimir Putin; shared places: The Hague"
)


@pytest.fixture
def icc(db_url: str, tmp_path: Path) -> str:
    """A database holding the ICC warrant as two events."""
    path = tmp_path / "icc.yaml"
    path.write_text(yaml.safe_dump(ICC_DOC), encoding="utf-8")
    assert run(db_url, "import", str(path))[0] == 0
    return db_url


def test_duplicates_table(icc: str) -> None:
    """The table lists score, the event to keep, the other and why."""
    code, out, err = run(icc, "duplicates", "--fmt", "plain")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"score    keep{' ' * 36}other{' ' * 37}why",
        f"0.78     {KEEP}  {OTHER}  {WHY}",
    ]


def test_duplicates_json_and_csv(icc: str) -> None:
    """JSON rows and CSV carry the same fields; lists join with '; ' in CSV."""
    code, out, _ = run(icc, "duplicates", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {
            "score": 0.78,
            "a": KEEP,
            "a_title": "ICC issues an arrest warrant for Putin",
            "a_label": "March 2023",
            "b": OTHER,
            "b_title": "International court seeks Putin's arrest",
            "b_label": "17 March 2023",
            "title_similarity": 0.56,
            "shared_actors": ["Vladimir Putin"],
            "shared_places": ["The Hague"],
            "reason": WHY,
        }
    ]
    code, out, _ = run(icc, "duplicates", "--format", "csv")
    assert out.splitlines()[0] == (
        "score,a,a_title,a_label,b,b_title,b_label,title_similarity,shared_actors,"
        "shared_places,reason"
    )
    assert out.splitlines()[1].startswith(f"0.78,{KEEP},ICC issues")


def test_no_duplicates_says_so(icc: str) -> None:
    """Nothing above --min-score: an empty table and a note on stderr; JSON is []."""
    assert run(icc, "duplicates", "--min-score", "0.9") == (0, "", "No likely duplicates.\n")
    assert run(icc, "duplicates", "--min-score", "0.9", "-f", "json") == (0, "[]\n", "")


def test_merge_asks_first(icc: str, dump: Dump) -> None:
    """Without --yes merge asks; 'n' aborts with the database unchanged, 'y' merges."""
    with EventDB(icc) as db:
        before = dump(db)
    question = (
        f"Merge #2 {OTHER} (17 March 2023: International court seeks Putin's arrest) into "
        f"#1 {KEEP} (March 2023: ICC issues an arrest warrant for Putin)? [y/N]: "
    )
    code, out, err = run(icc, "merge", KEEP, OTHER, input="n\n")
    assert (code, out, err) == (1, question + "n\n", "Aborted!\n")
    with EventDB(icc) as db:
        assert dump(db) == before
    code, out, _ = run(icc, "merge", KEEP, OTHER, input="y\n")
    assert (code, out) == (
        0,
        f"{question}y\nMerged #2 {OTHER} into #1 {KEEP} "
        "(17 March 2023: ICC issues an arrest warrant for Putin)\n",
    )


def test_merge_yes_and_the_alias_in_show(icc: str) -> None:
    """--yes merges at once; show finds KEEP by OTHER's slug, with both citations."""
    code, out, _ = run(icc, "merge", "1", OTHER, "--yes")
    assert (code, out.startswith(f"Merged #2 {OTHER} into #1 {KEEP}")) == (0, True)
    code, out, _ = run(icc, "show", OTHER)
    assert (code, out.splitlines()[0]) == (0, f"#1 {KEEP}")
    assert out.count("[bbc]") == out.count("[afp]") == 1
    assert run(icc, "duplicates", "-f", "json") == (0, "[]\n", "")


# (arguments after 'merge', the exit code, stderr)
MERGE_REFUSED = [
    (
        [KEEP, KEEP, "--yes"],
        1,
        f"Error: '{KEEP}' and '{KEEP}' are the same event: nothing to merge\n",
    ),
    ([KEEP, KEEP], 1, f"Error: '{KEEP}' and '{KEEP}' are the same event: nothing to merge\n"),
    ([KEEP, "nope", "--yes"], 1, "Error: no event with id or slug 'nope'\n"),
]
assert len({repr(r) for r in MERGE_REFUSED}) == len(MERGE_REFUSED)


@pytest.mark.parametrize(("args", "code", "err"), MERGE_REFUSED)
def test_merge_refused(icc: str, dump: Dump, args: list[str], code: int, err: str) -> None:
    """A refused merge is one line on stderr, exit 1, the database unchanged."""
    with EventDB(icc) as db:
        before = dump(db)
    assert run(icc, "merge", *args) == (code, "", err)
    with EventDB(icc) as db:
        assert dump(db) == before


def test_min_score_default_is_the_library_default() -> None:
    """The CLI's --min-score default is the library's MIN_SCORE."""
    import inspect

    from eventdb.store.duplicates import MIN_SCORE

    default = inspect.signature(cli.duplicates_cmd).parameters["min_score"].default
    assert default == MIN_SCORE
