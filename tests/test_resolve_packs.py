"""Language packs: their tables agree with CLDR, load lazily, and refuse unknown codes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from babel import Locale

from eventdb import ResolveError, resolve
from eventdb.resolve.packs import LANGUAGES, es, load, pt

# (pack module, CLDR locale): the packs whose names are CLDR's, checked against babel
CLDR_PACKS = [(pt, "pt"), (es, "es")]


@pytest.mark.parametrize(("module", "locale"), CLDR_PACKS)
def test_month_names_are_cldrs(module: object, locale: str) -> None:
    """Each pack's full and abbreviated month names are CLDR's (babel), dots dropped."""
    months = Locale.parse(locale).months["format"]
    assert list(module.MONTHS) == [months["wide"][i] for i in range(1, 13)]  # type: ignore[attr-defined]
    assert list(module.MONTH_ABBREVIATIONS) == [  # type: ignore[attr-defined]
        months["abbreviated"][i].rstrip(".") for i in range(1, 13)
    ]


@pytest.mark.parametrize(("module", "locale"), CLDR_PACKS)
def test_weekday_names_are_cldrs(module: object, locale: str) -> None:
    """Each pack's weekday names are CLDR's; its abbreviations are CLDR's, less any that
    a month abbreviation takes (Spanish "mar")."""
    days = Locale.parse(locale).days["format"]
    assert list(module.WEEKDAYS) == [days["wide"][i] for i in range(7)]  # type: ignore[attr-defined]
    abbr = [days["abbreviated"][i].rstrip(".") for i in range(7)]
    kept = [a for a in abbr if a not in module.MONTH_ABBREVIATIONS]  # type: ignore[attr-defined]
    assert list(module.WEEKDAY_ABBREVIATIONS) == kept  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_pack_loads_and_names_itself(code: str) -> None:
    """``load(code)`` returns the pack whose ``code`` is that language."""
    assert load(code).code == code


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_plurals_are_units(code: str) -> None:
    """Every plural a pack lists is one of its unit words."""
    pack = load(code)
    assert pack.plurals <= set(pack.units)


# (language code passed, start of the message): codes refused
REJECTED_LANGUAGES = [
    ("fr", "unknown language 'fr': the resolver reads en, pt, es"),
    ("EN", "unknown language 'EN': the resolver reads en, pt, es"),
    ("", "unknown language '': the resolver reads en, pt, es"),
]


@pytest.mark.parametrize(("code", "message"), REJECTED_LANGUAGES)
def test_unknown_language_is_refused(code: str, message: str) -> None:
    """An unknown language code is a ResolveError naming the codes there are."""
    with pytest.raises(ResolveError) as e:
        resolve("hoje", reference=date(2023, 9, 19), language=code)
    assert str(e.value) == message


def test_cli_start_loads_no_pack() -> None:
    """Importing the CLI (what ``eventdb --help`` does) imports no language pack."""
    code = (
        "import sys, eventdb.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('eventdb.resolve.packs.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
