"""Holidays of several calendars, in each language's pack: fixed days, Easter's feasts
(Western and Orthodox), and days of the Hebrew, Islamic and Persian calendars."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date

import pytest

from eventdb import resolve

SEED = date(2023, 9, 19)  # Tuesday

# (phrase, language, the day it resolves to): the nearest such day unless a year is named
ROWS = [
    ("Yom Kippur", "en", "2023-09-25"),
    ("Rosh Hashanah 2024", "en", "2024-10-03"),
    ("last Yom Kippur", "en", "2022-10-05"),
    ("Passover 2024", "en", "2024-04-23"),
    ("Hanukkah", "en", "2023-12-08"),
    ("Eid al-Fitr 2024", "en", "2024-04-10"),
    ("Islamic New Year 2023", "en", "2023-07-19"),
    ("Nowruz 2024", "en", "2024-03-20"),
    ("Orthodox Easter 2024", "en", "2024-05-05"),
    ("Orthodox Christmas", "en", "2024-01-07"),
    ("Good Friday 2024", "en", "2024-03-29"),
    ("Thanksgiving 2023", "en", "2023-11-23"),
    ("páscoa ortodoxa de 2024", "pt", "2024-05-05"),
    ("yom kipur", "pt", "2023-09-25"),
    ("corpus christi de 2024", "pt", "2024-05-30"),
    ("janucá", "es", "2023-12-08"),
    ("nochevieja", "es", "2023-12-31"),
]


def test_table_has_no_duplicate_rows() -> None:
    """No phrase is pinned twice."""
    counts = Counter((r[0], r[1]) for r in ROWS)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("text", "code", "day"), ROWS)
def test_holiday(text: str, code: str, day: str) -> None:
    """A holiday of the pack resolves to exactly this day."""
    r = resolve(text, reference=SEED, language=code)
    assert (r.timex, r.rule) == (day, "holiday")


def test_other_calendars_load_only_when_named() -> None:
    """convertdate is imported when a Hebrew, Islamic or Persian holiday is read, not
    before (the CLI's start-up and ordinary phrases do not pay for it)."""
    code = (
        "import sys, datetime, eventdb.cli; from eventdb import resolve; "
        "resolve('Christmas', reference=datetime.date(2023, 9, 19)); "
        "print('convertdate' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
