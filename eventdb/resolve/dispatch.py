"""Which rules can read a phrase, derived from the rules' own patterns.

The grammar tries a rule only on phrases it could match. What a pattern can match is
read off the pattern itself (its parse tree, the one :mod:`re` compiles), never kept by
hand beside it, so a rule and its dispatch cannot drift apart when a pack grows a word:

- :func:`first_words`: the words a match can open with. The point rules are indexed by
  them: "last week" is only tried against the rules that can open with "last".
- :func:`required_words`: words one of which every match holds. The compound rules are
  indexed by them: "early this month" only wakes the rules that need "early" or "month".

A word here is what the grammar's tokenizer sees in a normalised phrase: a run of
letters, ``#`` for a number, ``:`` for a colon (the clock's "17:00"), ``'`` for an opening
apostrophe ("'90s"). A pattern whose opening cannot be told (``(?P<rest>.+)``) opens with
any word: :data:`ANY`.

>>> import re
>>> sorted(first_words(re.compile(r"(?:last|next)\\s+(?:week|month)|\\d{4}")))
['#', 'last', 'next']
>>> sorted(required_words(re.compile(r"(?P<rest>.+?)\\s+(?:or so|or two)")))
['or']
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

# the parser :mod:`re` compiles with (``re._parser`` since Python 3.11, ``sre_parse``
# before it): the tree of a pattern, read here and never changed
_NEW = sys.version_info >= (3, 11)
_sre: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")

__all__ = ["ANY", "first_words", "required_words"]

ANY = None  # a pattern that may open with any word, or holds none for sure

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_MAX_STRINGS = 20_000  # a run of letters spelling more words than this is "any word"
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


class _Unbounded(Exception):
    """The pattern can spell letters no finite word list covers (``[a-z]+``)."""


def _chars(op: Any, av: Any) -> tuple[frozenset[str], bool]:
    """The letters one character of this atom can be, and whether it can be anything
    else (a digit, a space, a sign). Raises :class:`_Unbounded` for a class with no
    list of letters (``\\w``, ``[^ ]``)."""
    if op is _c.LITERAL:
        ch = chr(av)
        return (frozenset(ch), False) if ch in _LETTERS else (frozenset(), True)
    if op is not _c.IN:
        raise _Unbounded  # ANY, NOT_LITERAL, a back reference: anything
    letters: set[str] = set()
    other = False
    for kind, arg in av:
        if kind is _c.LITERAL:
            ch = chr(arg)
            if ch in _LETTERS:
                letters.add(ch)
            else:
                other = True
        elif kind is _c.RANGE:
            span = {chr(c) for c in range(arg[0], arg[1] + 1)}
            letters |= span & _LETTERS
            other = other or bool(span - _LETTERS)
        elif kind is _c.CATEGORY and arg in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE):
            other = True
        else:  # a negated class, \w, \S: letters without bound
            raise _Unbounded
    return frozenset(letters), other


def _digit_or_colon(op: Any, av: Any) -> str | None:
    """``#`` when every character of this atom is a digit, ``:`` for a colon, else None."""
    if op is _c.LITERAL:
        ch = chr(av)
        return "#" if ch.isdigit() else (":" if ch == ":" else None)
    if op is _c.IN and all(
        (k is _c.CATEGORY and a is _c.CATEGORY_DIGIT)
        or (k is _c.RANGE and chr(a[0]).isdigit() and chr(a[1]).isdigit())
        or (k is _c.LITERAL and chr(a).isdigit())
        for k, a in av
    ):
        return "#"
    return None


# --- first words ------------------------------------------------------------------------


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words a full match of ``pattern`` can open with, or :data:`ANY`.

    >>> sorted(first_words(re.compile(r"(?:the\\s+)?(?:mon|monday)\\.?\\s+\\d+")))
    ['mon', 'monday', 'the']
    """
    out: set[str] = set()
    try:
        live = _walk(list(_sre.parse(pattern.pattern)), {""}, out)
    except _Unbounded:
        return ANY
    out.update(p for p in live if p)  # a word that ends the phrase
    return frozenset(out)


def _close(live: Iterable[str], ch: str, out: set[str]) -> None:
    """The paths in ``live`` meet a character that is no letter: their word ends."""
    for p in live:
        out.add(p if p else ("#" if ch.isdigit() else ch if ch == "'" else ""))


def _walk(items: list[Any], live: set[str], out: set[str]) -> set[str]:
    """Follow ``items`` from the letters each live path has read so far (the first word,
    not yet ended); ended first words go to ``out``; returns the paths still in it."""
    for op, av in items:
        if not live:
            break
        if _never(op, av):
            return set()
        if op in _ZERO_WIDTH:
            continue
        if op is _c.BRANCH:
            live = set().union(*(_walk(list(b), set(live), out) for b in av[1]))
        elif op is _c.SUBPATTERN:
            live = _walk(list(av[-1]), live, out)
        elif op in _REPEATS:
            lo, hi, sub = av
            if _kind_seq(list(sub)) in ("S", "E"):
                # separators ("\\s*", ",?"): a word ends here, whether they are written
                # or not (phrases write a space where a pattern allows one)
                out.update(p for p in live if p)
                live &= {""}
            once = _walk(list(sub), set(live), out)
            if hi > 1 and once - live:  # letters that may repeat: no word list
                raise _Unbounded
            live = (live | once) if lo == 0 else once
        else:
            letters, other = _chars(op, av)
            if other:
                for ch in [chr(av)] if op is _c.LITERAL else _other_chars(av):
                    _close(live, ch, out)
            live = {p + ch for p in live for ch in letters}
            if len(live) > _MAX_STRINGS:  # "[a-z][a-z][a-z][a-z]": no word list
                raise _Unbounded
    return live


def _other_chars(av: Any) -> set[str]:
    """The characters a class can be that are no letter, as the keys see them: ``0`` for
    any digit, ``'``, and a space for the rest."""
    out = set()
    for kind, arg in av:
        if kind is _c.CATEGORY:
            out.add("0" if arg is _c.CATEGORY_DIGIT else " ")
        elif kind is _c.RANGE:
            out |= {
                "0" if chr(c).isdigit() else " "
                for c in range(arg[0], arg[1] + 1)
                if chr(c) not in _LETTERS
            }
        else:
            ch = chr(arg)
            if ch not in _LETTERS:
                out.add("0" if ch.isdigit() else ch if ch == "'" else " ")
    return out


# --- required words ---------------------------------------------------------------------


def required_words(
    pattern: re.Pattern[str], common: frozenset[str] = frozenset()
) -> frozenset[str] | None:
    """Words one of which every full match of ``pattern`` holds, or :data:`ANY`; an
    empty set when the pattern can match nothing (a pack left its table empty).

    Of the sets that would do, the one least likely to be in an unrelated phrase is
    kept: few words; a bare number (``#``), a lone letter or a ``common`` word (the
    pack's fillers: "the", "of", "de") only when nothing rarer is certain; of two
    equal choices, the later word (the head: "end" in "year end", "m" in "a.m.").

    >>> sorted(required_words(re.compile(r"(?:early|late)\\s+(?:in\\s+)?(?P<rest>.+)")))
    ['early', 'late']
    """

    def cost(gate: frozenset[str]) -> int:
        return sum(20 if w == "#" else 10 if w in common else 4 if len(w) == 1 else 1 for w in gate)

    return _gate(list(_sre.parse(pattern.pattern)), True, True, cost)


def _never(op: Any, av: Any) -> bool:
    """``(?!)``: what an empty pack table compiles to; nothing gets past it."""
    return op is _c.ASSERT_NOT and not list(av[1])


def _strings(items: list[Any]) -> set[str] | None:
    """Every string of letters ``items`` can spell (they spell letters only), or None
    when there are too many or no bound."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.BRANCH:
            alts: set[str] = set()
            for b in av[1]:
                s = _strings(list(b))
                if s is None:
                    return None
                alts |= s
        elif op is _c.SUBPATTERN:
            s = _strings(list(av[-1]))
            if s is None:
                return None
            alts = s
        elif op in _REPEATS:
            lo, hi, sub = av
            s = _strings(list(sub))
            if s is None or hi > 1:
                return None
            alts = s | {""} if lo == 0 else s
        else:
            try:
                alts = set(_chars(op, av)[0])
            except _Unbounded:
                return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _kind(op: Any, av: Any) -> str:
    """``L``: spells letters only; ``S``: never a letter; ``C``: both (or anything);
    ``E``: nothing (an anchor, a look-ahead)."""
    if op in _ZERO_WIDTH:
        return "E"
    if op is _c.BRANCH:
        kinds = {_kind_seq(list(b)) for b in av[1]}
    elif op is _c.SUBPATTERN:
        kinds = {_kind_seq(list(av[-1]))}
    elif op in _REPEATS:
        kinds = {_kind_seq(list(av[2]))}
    else:
        try:
            letters, other = _chars(op, av)
        except _Unbounded:
            return "C"
        return "C" if letters and other else ("L" if letters else "S")
    kinds.discard("E")
    if not kinds:
        return "S"
    return kinds.pop() if len(kinds) == 1 else "C"


def _kind_seq(items: list[Any]) -> str:
    kinds = {_kind(op, av) for op, av in items} - {"E"}
    if not kinds:
        return "E"
    return kinds.pop() if len(kinds) == 1 else "C"


def _nonempty(op: Any, av: Any) -> bool:
    """Whether this item always spells at least one character."""
    if op in _ZERO_WIDTH:
        return False
    if op is _c.BRANCH:
        return all(any(_nonempty(o, a) for o, a in b) for b in av[1])
    if op is _c.SUBPATTERN:
        return any(_nonempty(o, a) for o, a in av[-1])
    if op in _REPEATS:
        return av[0] >= 1 and any(_nonempty(o, a) for o, a in av[2])
    return True


def _breaks(item: tuple[Any, Any], side: int) -> bool:
    """Whether ``item`` opens (``side`` -1: on its left; 1: on its right) with a
    separator on every path, or spells nothing."""
    op, av = item
    if op in _ZERO_WIDTH:
        return True
    if op is _c.BRANCH:
        return all(_seq_breaks(list(b), side) for b in av[1])
    if op is _c.SUBPATTERN:
        return _seq_breaks(list(av[-1]), side)
    if op in _REPEATS:
        return _seq_breaks(list(av[2]), side)
    return _kind(op, av) == "S"


def _seq_breaks(items: list[Any], side: int) -> bool:
    for item in items if side < 0 else reversed(items):
        if item[0] not in _ZERO_WIDTH:
            return _breaks(item, side)
    return True


def _gate(
    items: list[Any], left: bool, right: bool, cost: Callable[[frozenset[str]], int]
) -> frozenset[str] | None:
    """The cheapest word set one of which every match of the sequence ``items`` holds.
    ``left``/``right``: whether the sequence's ends meet no letter (the phrase's ends)."""
    kinds = [_kind(op, av) for op, av in items]
    best: frozenset[str] | None = None

    if any(_never(op, av) for op, av in items):
        return frozenset()  # no phrase opens it

    def offer(g: frozenset[str] | None) -> None:
        nonlocal best
        if g is not None and (best is None or cost(g) <= cost(best)):
            best = g

    def bounded(i: int, step: int, edge: bool) -> bool:
        """No letter touches item ``i`` on the side ``step`` points to: a separator
        stands there (written or not: phrases write a space where a pattern allows
        one), or the item beside opens with one on that side."""
        j = i + step
        while 0 <= j < len(items) and kinds[j] == "E":
            j += step
        if not 0 <= j < len(items):
            return edge
        return kinds[j] == "S" or _breaks(items[j], -step)

    i = 0
    while i < len(items):
        op, av = items[i]
        if kinds[i] == "L":  # a run of letter items: one word, if nothing touches it
            j = i
            while j < len(items) and kinds[j] in ("L", "E"):
                j += 1
            words = _strings(items[i:j])
            if words and "" not in words and bounded(i, -1, left) and bounded(j - 1, 1, right):
                offer(frozenset(words))
            i = j
            continue
        if kinds[i] != "E" and (_nonempty(op, av) or op is _c.BRANCH):
            lft, rgt = bounded(i, -1, left), bounded(i, 1, right)
            if op is _c.BRANCH:
                gates = [_gate(list(b), lft, rgt, cost) for b in av[1]]
                if all(g is not None for g in gates):
                    offer(frozenset().union(*gates))  # type: ignore[arg-type]
            elif op is _c.SUBPATTERN:
                offer(_gate(list(av[-1]), lft, rgt, cost))
            elif op in _REPEATS:
                offer(_gate(list(av[2]), lft, rgt, cost))
            else:
                mark = _digit_or_colon(op, av)
                offer(frozenset({mark}) if mark else None)
        i += 1
    return best
