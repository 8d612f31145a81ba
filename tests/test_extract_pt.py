"""eventdb.extract in Portuguese: phrases found with the Portuguese pack's words, resolved in pt."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventdb import cli, extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "seed-article-pt.txt"

SEED_DAY = date(2023, 9, 19)  # Tuesday, the seed article's publication date

# (sentence, reference, [(start, end, text, timex), ...]): every mention, in text order;
# a range has no single TimeML value (None), its bounds are pinned in BOUNDS below
EXAMPLES: list[tuple[str, date, list[tuple[int, int, str, str | None]]]] = [
    (
        "Há três dias, o governo anunciou novas medidas.",
        SEED_DAY,
        [(0, 12, "Há três dias", "2023-09-16")],
    ),
    (
        "Na semana passada, o ministro visitou a fronteira.",
        SEED_DAY,
        [(3, 17, "semana passada", "2023-W37")],
    ),
    (
        "Nesta segunda-feira (18), o governo informou que os caminhões chegaram.",
        SEED_DAY,
        [(0, 24, "Nesta segunda-feira (18)", "2023-09-18")],
    ),
    (
        "O bloqueio dura desde o fim do ano passado.",
        SEED_DAY,
        [(16, 42, "desde o fim do ano passado", "2022")],
    ),
    (
        "No início de março, o tribunal emitiu um mandado.",
        SEED_DAY,
        [(3, 18, "início de março", "2023-03")],
    ),
    (
        "A invasão lançada em fevereiro do ano passado pela Rússia.",
        SEED_DAY,
        [(21, 45, "fevereiro do ano passado", "2022-02")],
    ),
    (
        "O exercício, que começou na semana passada e vai até esta quarta-feira (20)"
        ", reúne tropas.",
        SEED_DAY,
        [(28, 75, "semana passada e vai até esta quarta-feira (20)", None)],
    ),
    (
        "Entre 2020 e 2022, a economia encolheu.",
        SEED_DAY,
        [(0, 17, "Entre 2020 e 2022", None)],
    ),
    (
        "O acordo foi assinado em 18 de setembro de 2023.",
        SEED_DAY,
        [(25, 47, "18 de setembro de 2023", "2023-09-18")],
    ),
    (
        "Ontem, o presidente falou à imprensa.",
        SEED_DAY,
        [(0, 5, "Ontem", "2023-09-18")],
    ),
    (
        "O julgamento vai durar três semanas.",
        SEED_DAY,
        [(23, 35, "três semanas", "P3W")],
    ),
    (
        "A cimeira será na próxima semana.",
        SEED_DAY,
        [(18, 32, "próxima semana", "2023-W39")],
    ),
    (
        "Os combates de 11 a 20 de setembro deixaram mortos.",
        SEED_DAY,
        [(12, 34, "de 11 a 20 de setembro", None)],
    ),
    (
        "A votação vai ser na sexta-feira.",
        SEED_DAY,
        [(21, 32, "sexta-feira", "2023-09-22")],
    ),
    (
        "A votação foi na sexta-feira.",
        SEED_DAY,
        [(17, 28, "sexta-feira", "2023-09-15")],
    ),
    (
        "O conflito começou há dois anos.",
        SEED_DAY,
        [(19, 31, "há dois anos", "2021")],
    ),
    (
        "A lei vale desde 2020.",
        SEED_DAY,
        [(11, 21, "desde 2020", "2020")],
    ),
    (
        "Amanhã, os líderes voltam a reunir-se.",
        SEED_DAY,
        [(0, 6, "Amanhã", "2023-09-20")],
    ),
    (
        "Em março, o parlamento aprovou a lei.",
        SEED_DAY,
        [(3, 8, "março", "2023-03")],
    ),
    (
        "O relatório sai no próximo mês.",
        SEED_DAY,
        [(19, 30, "próximo mês", "2023-10")],
    ),
    (
        "A trégua vale até 2025.",
        SEED_DAY,
        [(14, 22, "até 2025", "2025")],
    ),
    (
        "A reunião de 5 de outubro foi adiada.",
        SEED_DAY,
        [(13, 25, "5 de outubro", "2023-10-05")],
    ),
    (
        "O presidente fala hoje às 18h.",
        SEED_DAY,
        [(18, 29, "hoje às 18h", "2023-09-19T18:00")],
    ),
    (
        "Nos anos 90, a economia cresceu.",
        SEED_DAY,
        [(4, 11, "anos 90", "199")],
    ),
    (
        "O acordo vale até 12/10/2023.",
        SEED_DAY,
        [(14, 28, "até 12/10/2023", "2023-10-12")],
    ),
    (
        "O primeiro semestre de 2023 foi fraco.",
        SEED_DAY,
        [(0, 27, "O primeiro semestre de 2023", "2023-H1")],
    ),
    (
        "A eleição será em meados de 2024.",
        SEED_DAY,
        [(18, 32, "meados de 2024", "2024")],
    ),
]

# (sentence, mention text, earliest day of its start or None, latest day of its end or
# None): the bounds of ranges and open ranges, which a TimeML value does not carry
BOUNDS: list[tuple[str, str, date | None, date | None]] = [
    (
        "O bloqueio dura desde o fim do ano passado.",
        "desde o fim do ano passado",
        date(2022, 9, 1),
        None,
    ),
    (
        "O exercício, que começou na semana passada e vai até esta quarta-feira (20)"
        ", reúne tropas.",
        "semana passada e vai até esta quarta-feira (20)",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "Entre 2020 e 2022, a economia encolheu.",
        "Entre 2020 e 2022",
        date(2020, 1, 1),
        date(2022, 12, 31),
    ),
    (
        "Os combates de 11 a 20 de setembro deixaram mortos.",
        "de 11 a 20 de setembro",
        date(2023, 9, 11),
        date(2023, 9, 20),
    ),
    (
        "A trégua vale até 2025.",
        "até 2025",
        None,
        date(2025, 12, 31),
    ),
]

# sentences with no temporal phrase, though they hold words of the pack (an age is
# no time of the story)
REJECTED: list[str] = [
    "A segunda maior cidade do país fica no norte.",
    "O mar estava calmo e o navio saiu.",
    "Vou ter de sair, disse ele.",
    "A quinta edição do festival.",
    "O ministro Francisco Santos falou de economia.",
    "O ministro, de 45 anos, deixa o cargo.",
]


def test_no_duplicate_examples() -> None:
    """No sentence is listed twice in a table."""
    for table in ([e[0] for e in EXAMPLES], [b[:2] for b in BOUNDS], REJECTED):
        assert len(table) == len(set(table))


@pytest.mark.parametrize(("sentence", "reference", "expected"), EXAMPLES)
def test_examples(
    sentence: str, reference: date, expected: list[tuple[int, int, str, str | None]]
) -> None:
    """Each sentence yields exactly the listed mentions, extents and values."""
    got = extract(sentence, reference, language="pt")
    assert [(m.start, m.end, m.text, m.timex) for m in got] == expected


@pytest.mark.parametrize(("sentence", "phrase", "first", "last"), BOUNDS)
def test_bounds(sentence: str, phrase: str, first: date | None, last: date | None) -> None:
    """A range's start and end are the days its two ends name; an open end stays open."""
    [m] = [m for m in extract(sentence, SEED_DAY, language="pt") if m.text == phrase]
    assert m.resolution is not None
    r = m.resolution
    assert (r.start.earliest if r.start else None, r.end.latest if r.end else None) == (
        first,
        last,
    )


@pytest.mark.parametrize("sentence", REJECTED)
def test_rejected(sentence: str) -> None:
    """A sentence without a temporal phrase yields no mention."""
    assert extract(sentence, SEED_DAY, language="pt") == []


def test_language_tag_with_region() -> None:
    """A tag with a region ("pt-XX") reads with the language's pack."""
    sentence, reference, expected = EXAMPLES[0]
    got = extract(sentence, reference, language="pt-BR")
    assert [(m.start, m.end, m.text, m.timex) for m in got] == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeimnorstuáãçõ ,.()0123456789-")), max_size=120))
def test_any_text_gives_ordered_disjoint_mentions(text: str) -> None:
    """Whatever the text, mentions are its own slices, in order, never overlapping."""
    got = extract(text, SEED_DAY, language="pt")
    for m in got:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(got))


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
