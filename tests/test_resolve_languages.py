"""The resolver in Portuguese and Spanish: one set of tests over each language's phrases
(tests/resolve_cases_pt.py, tests/resolve_cases_es.py), so a new language is a new table
file added to CASES."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from types import ModuleType

import pytest
import resolve_cases_es
import resolve_cases_pt
from hypothesis import given
from hypothesis import strategies as st

from eventdb import ResolveError, resolve
from eventdb.resolve.packs import load

CASES: list[ModuleType] = [resolve_cases_pt, resolve_cases_es]
SEED = date(2023, 9, 19)


def _rows(table: str) -> list[object]:
    return [
        pytest.param(case.LANGUAGE, *row, id=f"{case.LANGUAGE}-{row[0]}")
        for case in CASES
        for row in getattr(case, table)
    ]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.LANGUAGE)
def test_tables_have_no_duplicate_rows(case: ModuleType) -> None:
    """No phrase is pinned twice in a language's tables."""
    counts = (
        Counter(row[0] for row in case.ROWS)
        + Counter(row[0] for row in case.VALUES)
        + Counter(row[0] for row in case.REJECTED)
    )
    assert [p for p, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("language", "text", "ref", "earliest", "latest", "ongoing"), _rows("ROWS")
)
def test_phrase_gets_its_span(
    language: str, text: str, ref: date, earliest: str | None, latest: str | None, ongoing: bool
) -> None:
    """A phrase of the language gets exactly this span."""
    r = resolve(text, reference=ref, language=language)
    lo = r.start.earliest.isoformat() if r.start else None
    hi = r.end.latest.isoformat() if r.end else None
    assert (lo, hi, r.ongoing) == (earliest, latest, ongoing)


@pytest.mark.parametrize(
    ("language", "text", "ref", "timex", "earliest", "latest"), _rows("VALUES")
)
def test_phrase_gets_its_value(
    language: str, text: str, ref: date, timex: str | None, earliest: str | None, latest: str | None
) -> None:
    """A phrase of the language gets exactly this TimeML value and these bounds (None where
    the reading has none: a set, a duration, an open side)."""
    r = resolve(text, reference=ref, language=language)
    lo = r.earliest.isoformat() if r.earliest else None
    hi = r.latest.isoformat() if r.latest else None
    assert (r.timex, lo, hi) == (timex, earliest, latest)


@pytest.mark.parametrize(("language", "text", "why"), _rows("REJECTED"))
def test_rejected(language: str, text: str, why: str) -> None:
    """A phrase that is not a date in the language is a ResolveError."""
    with pytest.raises(ResolveError):
        resolve(text, reference=date(2023, 9, 19), language=language)


def _in_words(n: int, language: str) -> str:
    """``n`` (1-99) in the pack's number words: a word of its own where the pack has one
    ("quinze", "veintitrés"), else the tens, the joiner and the units ("trinta e dois")."""
    v = load(language)
    vague = set(v.vague) | set(v.count_approximators)
    word = {}
    for w, k in v.numbers.items():
        if w not in vague and " " not in w:
            word.setdefault(k, w)
    if n in word:
        return word[n]
    return f"{word[n - n % 10]} {v.number_joiners[0]} {word[n % 10]}"


@given(case=st.sampled_from(CASES), n=st.integers(1, 99), digits=st.booleans(), data=st.data())
def test_a_count_of_days_moves_the_reference_by_it(
    case: ModuleType, n: int, digits: bool, data: st.DataObject
) -> None:
    """ "há N dias", "daqui a N dias", "hace N días", in digits or words: the day N before
    or after the reference, for any N the pack can write."""
    template, sign = data.draw(st.sampled_from(case.DAY_COUNTS))
    count = str(n) if digits else _in_words(n, case.LANGUAGE)
    r = resolve(template.format(n=count), reference=SEED, language=case.LANGUAGE)
    assert r.timex == (SEED + timedelta(days=sign * n)).isoformat()
