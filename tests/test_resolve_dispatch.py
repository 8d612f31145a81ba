"""The dispatch read off the rules' patterns (eventdb/resolve/dispatch.py): which words a
pattern opens with, which words every match holds, and that every language's grammar
gets a bounded dispatch from its own patterns."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import ResolveError, resolve
from eventdb.resolve.dispatch import ANY, first_words, required_words
from eventdb.resolve.grammar import Grammar, _grammar_for
from eventdb.resolve.packs import LANGUAGES, load
from eventdb.resolve.text import _TOKENS

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


def _undispatched(g: Grammar) -> Grammar:
    """The grammar with its dispatch turned off: every rule tried on every phrase, in
    order. Whatever the dispatch skips must be what would not have matched anyway."""
    u = copy.copy(g)
    u.by_first = {}
    u.any_first = list(g.point_rules)
    u.compound_by_word = {}
    u.ungated = tuple(range(len(g.compound)))
    return u


def _reading(g: Grammar, text: str, ref: date) -> tuple[object, ...]:
    try:
        r = g.resolve(text, ref)
    except ResolveError as e:
        return ("refused", str(e))
    return (r.rule, r.timex, r.mod, r.earliest, r.latest, r.type)


def _words(code: str) -> list[str]:
    v = load(code)
    tables = (v.months, v.weekdays, v.units, v.numbers, v.ordinals, v.directions, v.parts)
    lists = (v.of_words, v.ago, v.later, v.within, v.range_and, v.two_away, v.halves)
    words = {w for t in tables for w in t} | {w for t in lists for w in t} | set(v.fillers)
    return sorted(words | {"1", "5", "18", "2022", "'90s", "3rd", "-", "to", ","})


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_dispatch_skips_only_rules_that_would_not_read(code: str, data: st.DataObject) -> None:
    """On phrases made of the pack's own words, the grammar reads exactly what it reads
    with every rule tried on every phrase."""
    g = _grammar_for(load(code))
    words = data.draw(st.lists(st.sampled_from(_words(code)), min_size=1, max_size=5))
    ref = date(2023, 9, 19) + timedelta(days=data.draw(st.integers(-400, 400)))
    text = " ".join(words)
    assert _reading(g, text, ref) == _reading(_undispatched(g), text, ref)


SEEN = [
    ("en", "early this month"), ("en", "a year and a half ago"), ("en", "the Monday after next"),
    ("en", "between March and May"), ("en", "the 5th of next month"), ("en", "5 p.m. Monday"),
    ("en", "the first nine months of 2022"), ("en", "Christmas Eve 2022"), ("en", "Q3 2022"),
    ("pt", "nesta segunda-feira (18)"), ("pt", "desde o fim do ano passado"),
    ("pt", "há três dias"), ("pt", "no início de março"), ("pt", "amanhã à tarde"),
    ("es", "hace tres días"), ("es", "la semana pasada"), ("es", "a finales de mayo"),
    ("es", "del 13 al 15 de julio"), ("es", "el próximo lunes"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "text"), SEEN)
def test_the_dispatch_reads_what_every_rule_reads(code: str, text: str) -> None:
    g = _grammar_for(load(code))
    ref = date(2023, 9, 19)
    assert _reading(g, text, ref) == _reading(_undispatched(g), text, ref)
    assert _reading(g, text, ref)[0] != "refused"


def _pack_words(g: Grammar) -> set[str]:
    """Every word of a grammar's pack tables (keys and string values) and holiday names."""
    words: set[str] = set()
    for f in dataclasses.fields(g.v):
        table = getattr(g.v, f.name)
        if isinstance(table, (dict, tuple, frozenset)):
            for k in table:
                words.update(_TOKENS.findall(k) if isinstance(k, str) else ())
    for name in g.holiday_table:
        words.update(_TOKENS.findall(name))
    return words


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_word_that_opens_a_rule_is_the_packs_own(code: str) -> None:
    """Languages are data: no word written into a rule (an English "last", "quarter")
    opens or gates a rule of another language's grammar."""
    g = _grammar_for(load(code))
    own = _pack_words(g) | {"#", ":", "'", ""}
    firsts = {k for k in g.by_first if k not in own}
    gates = {w for _, _, gate in g.compound for w in gate or () if w not in own}
    assert (firsts, gates) == (set(), set())
