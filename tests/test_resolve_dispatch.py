"""The dispatch read off the rules' patterns (eventdb/resolve/dispatch.py): which words a
pattern opens with, which words every match holds, and that every language's grammar
gets a bounded dispatch from its own patterns."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventdb import resolve
from eventdb.resolve.dispatch import ANY, first_words, required_words
from eventdb.resolve.grammar import _grammar_for
from eventdb.resolve.packs import LANGUAGES, load

FIRST_WORDS = [
    # (pattern, the words a match can open with; None: any)
    (r"(?:last|next)\s+(?:week|month)", {"last", "next"}),
    (r"(?:the\s+)?(?:mon|monday)\.?\s*\(\s*\d{1,2}\s*\)", {"the", "mon", "monday"}),
    (r"\d{4}|'\d0s", {"#", "'"}),
    (r"(?:in\s+)?(?P<n>\d+)\s+days?", {"in", "#"}),
    (r"mid-?(?P<rest>.+)", {"mid"}),  # a separator the phrase may leave out ends the word
    (r"[qh][1-4]", {"q", "h"}),  # a small letter class is spelled out
    (r"(?!)\s+week|next\s+week", {"next"}),  # an empty pack table opens nothing
    (r"(?P<rest>.+)\s+ago", ANY),
    (r"[a-z]+ies", ANY),
]

REQUIRED_WORDS = [
    # (pattern, the gate the dispatch keeps; None: no word is certain)
    (r"(?P<rest>.+?)\s+(?:or so|or two)", {"or"}),
    (r"(?:early|late)[\s-]+(?:in\s+)?(?P<rest>.+)", {"early", "late"}),
    (r"(?:the\s+)?year[\s-]+end", {"end"}),  # of two single words, the later (the head)
    (r"\d{1,2}(?:st|nd|rd|th)", {"st", "nd", "rd", "th"}),  # any certain word beats "#"
    (r"\d{1,2}/\d{4}", {"#"}),
    (r"\d{2}:\d{2}", {":"}),
    (r"(?:a\.m\.|pm)", {"m", "pm"}),  # a lone letter only where no longer word is certain
    (r"(?P<x>.+?)\s+to\s+(?P<y>.+)|(?P<z>.+)\s+onward", {"to", "onward"}),
    (r"(?P<x>.+)", None),
    (r"(?:last|next)?(?P<rest>.+)", None),
    (r"(?!)\s+(?P<rest>.+)", set()),  # never matches: never tried
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST_WORDS)
def test_first_words(pattern: str, expected: set[str] | None) -> None:
    got = first_words(re.compile(pattern))
    assert (None if got is ANY else set(got)) == expected


@pytest.mark.parametrize(("pattern", "expected"), REQUIRED_WORDS)
def test_required_words(pattern: str, expected: set[str] | None) -> None:
    got = required_words(re.compile(pattern))
    assert (None if got is None else set(got)) == expected


def test_fillers_are_the_last_choice_of_gate() -> None:
    """A word the pack calls a filler ("of") is everywhere: a rarer certain set wins."""
    pattern = re.compile(r"(?:first|last)\s+(?:week|days)\s+of\s+(?P<rest>.+)")
    assert set(required_words(pattern) or ()) == {"of"}
    assert set(required_words(pattern, frozenset({"of"})) or ()) == {"week", "days"}


WORDS = st.lists(
    st.text(alphabet="abcdefghij", min_size=1, max_size=6), min_size=1, max_size=5, unique=True
)


@given(WORDS, WORDS)
def test_two_word_lists_open_with_the_first(a: list[str], b: list[str]) -> None:
    """``(A)\\s+(B)`` opens with a word of A, and every match holds a word of A or of B."""
    pattern = re.compile(rf"(?:{'|'.join(a)})\s+(?:{'|'.join(b)})")
    assert first_words(pattern) == frozenset(a)
    gate = required_words(pattern)
    assert gate in (frozenset(a), frozenset(b))


@given(WORDS, WORDS)
def test_an_optional_word_is_never_a_gate(a: list[str], b: list[str]) -> None:
    """``(?:(A)\\s+)?(B)``: A may be absent, so only B gates, and either opens."""
    pattern = re.compile(rf"(?:(?:{'|'.join(a)})\s+)?(?:{'|'.join(b)})")
    assert required_words(pattern) == frozenset(b)
    assert first_words(pattern) == frozenset(a) | frozenset(b)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_of_every_pack_is_dispatched_by_its_words(code: str) -> None:
    """No point rule of any pack opens with "any word" and no compound rule is tried on
    every phrase: the dispatch is bounded by what the patterns say."""
    g = _grammar_for(load(code))
    assert g.any_first == []
    assert g.ungated == ()


# phrases each read by a rule the dispatch must reach (one row per family it indexes)
REACHED = [
    ("en", "the nineteen-eighties", "decade", "198"),
    ("en", "the noughties", "decade", "200"),
    ("en", "nineteen ninety-six", "year-words", "1996"),
    ("en", "17h30", "clock-time", "2023-09-19T17:30"),
    ("en", "the third Wednesday in November", "nth-weekday", "2023-11-15"),
    ("pt", "a terceira quarta-feira de novembro", "nth-weekday", "2023-11-15"),
    ("es", "el primer lunes de octubre", "nth-weekday", "2023-10-02"),
]


@pytest.mark.parametrize(("code", "text", "rule", "timex"), REACHED)
def test_rules_the_dispatch_reaches(code: str, text: str, rule: str, timex: str) -> None:
    r = resolve(text, reference=date(2023, 9, 19), language=code)
    assert (r.rule, r.timex) == (rule, timex)
