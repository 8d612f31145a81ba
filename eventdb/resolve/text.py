"""Text handling for the resolver: normalising a phrase, folding accents, the pack
tables' tolerant lookups, regex alternations and number words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, replace
from typing import Any

from .vocab import Vocabulary


def _alt(words: object) -> str:
    """A regex alternation of words, longest first, with optional trailing dots."""
    keys = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    if not keys:
        return "(?!)"  # a table a language leaves empty matches nothing
    return "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys)


_FIRST_WORD = re.compile(r"\d|'|[a-z]+")


_WORDS = re.compile(r"[a-z]+")


_DASHES = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u00b0": "o",  # the degree sign typed for the ordinal mark: "1° de maio" is "1º"
    }
)


_SPACES = re.compile(r"\s+")


_DIGIT = re.compile(r"\d")


def _normalise(text: str) -> str:
    s = (text if text.isascii() else _fold(text.translate(_DASHES))).lower().strip()
    if "  " in s or "\n" in s or "\t" in s:
        s = _SPACES.sub(" ", s)
    s = s.strip(' ,;:!?"')
    if s.endswith("'s") and len(s) > 2 and s[-3].isalpha():
        s = s[:-2]  # "last year's" -> "last year"; "the 1990's" keeps its s
    if s[:1] == "'" and not s[1:2].isdigit():
        s = s[1:]
    s = s.rstrip("'")
    if s.endswith(".") and not s.endswith(("..", " c.")) and s != "c.":
        s = s[:-1].rstrip()
    return s


def _fold(s: str) -> str:
    """``s`` without its accents ("mês" -> "mes", "mañana" -> "manana"): packs and phrases
    are matched accent-insensitively."""
    if s.isascii():
        return s
    return unicodedata.normalize("NFKD", s).translate(_MARKS)


# the combining marks NFKD splits off Latin letters ("ã" -> "a" + U+0303), dropped by _fold
_MARKS = dict.fromkeys(range(0x300, 0x370))


def _key(s: str) -> str:
    """A table key as the rules look it up: folded, lower case, hyphens and runs of
    spaces as one space ("Terça-feira" and "terca feira" are one key)."""
    s = _fold(s.lower())
    if " " not in s and "-" not in s:
        return s
    return _SPACES.sub(" ", s.replace("-", " ")).strip() if len(s) > 1 else s


class _Words(dict):  # type: ignore[type-arg]
    """A pack table whose lookups forgive case, accents, hyphens and spacing."""

    def __missing__(self, word: str) -> Any:
        k = _key(word) if _RESHAPE.search(word) else word
        if k == word or not dict.__contains__(self, k):
            raise KeyError(word)
        return dict.__getitem__(self, k)

    def get(self, word: str, default: Any = None) -> Any:
        found = dict.get(self, word, _ABSENT)
        if found is not _ABSENT or not _RESHAPE.search(word):
            return default if found is _ABSENT else found
        return dict.get(self, _key(word), default)

    def __contains__(self, word: object) -> bool:
        # what get() does, inlined: membership is asked on every rule's hot path
        if dict.__contains__(self, word):
            return True
        if not isinstance(word, str) or not _RESHAPE.search(word):
            return False
        return dict.__contains__(self, _key(word))


# what a word needs reshaping for before it can be a key: a hyphen, a run of spaces, a
# capital or an accent (the rules look up words of normalised text, which have none)
_RESHAPE = re.compile(r"-|\s\s|[^a-z0-9'., ]")


_ABSENT = object()


def _folded(v: Vocabulary) -> Vocabulary:
    """The grammar's own copy of a pack: every word folded (accents, hyphens), tables
    that forgive spelling on lookup, and the unit abbreviations read with the units."""
    changes: dict[str, Any] = {}
    for f in fields(v):
        value = getattr(v, f.name)
        if isinstance(value, dict):
            changes[f.name] = _Words({_key(k): x for k, x in value.items()})
        elif isinstance(value, frozenset):
            changes[f.name] = frozenset(_key(w) for w in value)
        elif isinstance(value, tuple):
            changes[f.name] = tuple(_key(w) if w not in ("-",) else w for w in value)
    changes["units"] = _Words({**changes["units"], **changes["unit_abbreviations"]})
    return replace(v, **changes)


def _sp(s: str) -> str:
    """A matched phrase with its hyphens and runs of spaces as single spaces."""
    if " " not in s and "-" not in s:
        return s
    return _SPACES.sub(" ", s.replace("-", " ")).strip()


def _unknown(text: str) -> str:
    return (
        f"cannot resolve {text!r}: expected a date phrase such as '18 September 2023', "
        "'last week', 'in March', 'three days ago', 'since the end of last year' or EDTF"
    )


def _number(s: str, v: Vocabulary) -> int | None:
    s = _sp(s)
    if s.isdigit():
        return int(s)
    if s in v.numbers:
        return v.numbers[s]
    total = 0
    for w in s.split(" "):
        if w in v.number_joiners and total:
            continue  # "vinte e nove", "treinta y uno"
        if w not in v.numbers:
            return None
        n = v.numbers[w]
        # "two hundred", "dois mil", "mil novecentos": a hundred or thousand multiplies
        total = (total or 1) * n if n in (100, 1000) else total + n
    return total or None


def _words_year(s: str, v: Vocabulary) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001;
    the pack's word for a thousand and its joiners too ('dois mil e vinte', 'mil
    novecentos e noventa', 'dos mil veinte').

    >>> from eventdb.resolve.packs import load
    >>> _words_year("dois mil e vinte e dois", load("pt")), _words_year("vinte e dois", load("pt"))
    (2022, None)
    """
    words = _sp(s).replace(" and ", " ").split(" ")
    thousand = [i for i, w in enumerate(words) if w == "thousand" or v.numbers.get(w) == 1000]
    if thousand:  # "e"/"y" join the parts of a year with a thousand in it
        words = [w for w in words if w not in v.number_joiners]
        thousand = [i for i, w in enumerate(words) if w == "thousand" or v.numbers.get(w) == 1000]
    if not words or any(w not in v.numbers and w != "thousand" for w in words):
        return None
    if thousand:
        i = thousand[0]
        # "mil novecentos": 1900; "mil" alone is a thousand, no year
        head = _number(" ".join(words[:i]), v) if i else (1 if words[i + 1 :] else None)
        tail = _number(" ".join(words[i + 1 :]), v) if words[i + 1 :] else 0
        if head is None or tail is None:
            return None
        y = head * 1000 + tail
    else:
        if len(words) < 2:
            return None
        head = v.numbers.get(words[0])
        rest = words[1:]
        if rest and rest[0] == "hundred":
            rest = rest[1:]
        tail = _number(" ".join(rest), v) if rest else 0
        if head is None or tail is None or not 10 <= head <= 20 or tail >= 100:
            return None
        y = head * 100 + tail
    return y if 1000 <= y <= 2999 else None


def _group(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, None when unmatched or when the pattern has no such group:
    ``m.groupdict().get(name)`` without building the dict of every group."""
    return m.group(name) if name in m.re.groupindex else None


# tokens for the compound rules' gates: words, and "#" for any number
_TOKENS = re.compile(r"[a-z]+|\d+")


_GLUED = re.compile(r"\d[a-z]")
