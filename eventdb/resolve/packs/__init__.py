"""Language packs: one module of data per language, loaded on first use.

Each pack module (``en``, ``pt``, ``es``) defines ``PACK``, a
:class:`~eventdb.resolve.vocab.Vocabulary`. Adding a language is adding a module here and
its tests (tests/test_resolve_<code>.py); no rule changes.

>>> load("pt").months["março"]
3
>>> load("fr")
Traceback (most recent call last):
...
eventdb.errors.ResolveError: unknown language 'fr': the resolver reads en, pt, es
"""

from __future__ import annotations

import importlib

from ...errors import ResolveError
from ..vocab import Vocabulary

# the languages there is a pack for, in the order the docs list them
LANGUAGES = ("en", "pt", "es")

_LOADED: dict[str, Vocabulary] = {}


def pack_code(tag: str, default: str = "en") -> str:
    """The pack for a source's language tag ("pt", "pt-BR", "es_419", "EN"): its primary
    subtag when there is a pack for it, else ``default`` (phrases read as before).

    >>> pack_code("pt-BR"), pack_code("es_419"), pack_code("de"), pack_code("")
    ('pt', 'es', 'en', 'en')
    """
    code = tag.strip().replace("_", "-").partition("-")[0].lower()
    return code if code in LANGUAGES else default


# regions, as language tags write them ("pt-BR", "es-AR", "en-AU"), south of the equator:
# their news names the seasons of the southern hemisphere ("no verão" is December to
# February in Brazil, June to August in Portugal)
SOUTHERN_REGIONS = frozenset(
    {"AO", "AR", "AU", "BO", "BR", "BW", "CL", "LS", "MG", "MW", "MZ", "NA", "NZ", "PY", "SZ",
     "UY", "ZA", "ZM", "ZW"}
)  # fmt: skip


def southern(tag: str) -> bool:
    """Whether a language tag names a region south of the equator, whose seasons are the
    southern ones.

    >>> southern("pt-BR"), southern("es_AR"), southern("pt-PT"), southern("pt")
    (True, True, False, False)
    """
    return any(
        len(part) == 2 and part.upper() in SOUTHERN_REGIONS
        for part in tag.replace("_", "-").split("-")[1:]
    )


def load(code: str) -> Vocabulary:
    """The pack for language ``code`` ("en", "pt", "es"), imported on first use."""
    pack = _LOADED.get(code)
    if pack is None:
        if code not in LANGUAGES:
            raise ResolveError(
                f"unknown language {code!r}: the resolver reads {', '.join(LANGUAGES)}"
            )
        pack = _LOADED[code] = importlib.import_module(f"{__name__}.{code}").PACK
    return pack


def holiday_names(v: Vocabulary) -> list[str]:
    """Every holiday name the resolver reads in pack ``v``, as written (accents kept): the
    pack's own names and aliases, then the names of the holidays library's table for the
    pack's countries (``_holidays_data``; data only, the library is not imported). For
    the extraction finders, which must find in running text what the resolver reads.

    >>> names = holiday_names(load("pt"))
    >>> "natal" in names, "Natal" in names, "tiradentes" in names
    (True, False, True)
    """
    from ._holidays_data import NAMES

    library = (row[2] for rows in NAMES.get(v.code, {}).values() for row in rows)
    names: dict[str, str] = {}  # each name once, whatever its case: its first spelling
    for name in (*v.holidays, *v.movable_holidays, *v.holiday_aliases, *library):
        names.setdefault(name.lower(), name)
    return list(names.values())


__all__ = ["LANGUAGES", "SOUTHERN_REGIONS", "holiday_names", "load", "pack_code", "southern"]
