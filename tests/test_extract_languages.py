"""eventdb.extract in Portuguese and Spanish: one set of tests over each language's
sentences (tests/extract_cases_pt.py, tests/extract_cases_es.py), so a new language is a
new table file added to CASES."""

from __future__ import annotations

import itertools
from datetime import date
from types import ModuleType

import extract_cases_es
import extract_cases_pt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import extract

CASES: list[ModuleType] = [extract_cases_pt, extract_cases_es]
SEED_DAY = date(2023, 9, 19)  # Tuesday, the seed article's publication date


def _rows(table: str) -> list[tuple[object, ...]]:
    return [
        pytest.param(
            case.LANGUAGE, *(row if isinstance(row, tuple) else (row,)), id=f"{case.LANGUAGE}-{i}"
        )
        for case in CASES
        for i, row in enumerate(getattr(case, table))
    ]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.LANGUAGE)
def test_no_duplicate_examples(case: ModuleType) -> None:
    """No sentence is listed twice in a language's table."""
    for table in ([e[0] for e in case.EXAMPLES], [b[:2] for b in case.BOUNDS], case.REJECTED):
        assert len(table) == len(set(table))


@pytest.mark.parametrize(("language", "sentence", "reference", "expected"), _rows("EXAMPLES"))
def test_examples(
    language: str,
    sentence: str,
    reference: date,
    expected: list[tuple[int, int, str, str | None]],
) -> None:
    """Each sentence yields exactly the listed mentions, extents and values."""
    got = extract(sentence, reference, language=language)
    assert [(m.start, m.end, m.text, m.timex) for m in got] == expected


@pytest.mark.parametrize(("language", "sentence", "phrase", "first", "last"), _rows("BOUNDS"))
def test_bounds(
    language: str, sentence: str, phrase: str, first: date | None, last: date | None
) -> None:
    """A range's start and end are the days its two ends name; an open end stays open."""
    [m] = [m for m in extract(sentence, SEED_DAY, language=language) if m.text == phrase]
    assert m.resolution is not None
    r = m.resolution
    assert (r.start.earliest if r.start else None, r.end.latest if r.end else None) == (
        first,
        last,
    )


@pytest.mark.parametrize(("language", "sentence"), _rows("REJECTED"))
def test_rejected(language: str, sentence: str) -> None:
    """A sentence without a temporal phrase yields no mention."""
    assert extract(sentence, SEED_DAY, language=language) == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.LANGUAGE)
def test_language_tag_with_region(case: ModuleType) -> None:
    """A tag with a region ("pt-BR", "es-419") reads with the language's pack."""
    sentence, reference, expected = case.EXAMPLES[0]
    got = extract(sentence, reference, language=case.TAG)
    assert [(m.start, m.end, m.text, m.timex) for m in got] == expected


# (tag, sentence, the season's first and last days): the region's hemisphere
SEASONS = [
    ("pt-BR", "No verão passado houve seca.", "2022-12-01", "2023-02-28"),
    ("pt-PT", "No verão passado houve seca.", "2023-06-01", "2023-08-31"),
    ("es-AR", "El invierno pasado fue frío.", "2023-06-01", "2023-08-31"),
    ("en-AU", "Last summer was dry.", "2022-12-01", "2023-02-28"),
]


@pytest.mark.parametrize(("tag", "sentence", "first", "last"), SEASONS)
def test_a_regions_seasons(tag: str, sentence: str, first: str, last: str) -> None:
    """An article tagged with a southern region reads its seasons for that hemisphere."""
    (m,) = extract(sentence, SEED_DAY, language=tag)
    r = m.resolution
    assert (r.earliest.isoformat(), r.latest.isoformat()) == (first, last)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.LANGUAGE)
def test_any_text_gives_ordered_disjoint_mentions(case: ModuleType) -> None:
    """Whatever the text, mentions are its own slices, in order, never overlapping."""

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list(case.ALPHABET)), max_size=120))
    def check(text: str) -> None:
        got = extract(text, SEED_DAY, language=case.LANGUAGE)
        for m in got:
            assert text[m.start : m.end] == m.text
        assert all(a.end <= b.start for a, b in itertools.pairwise(got))

    check()
