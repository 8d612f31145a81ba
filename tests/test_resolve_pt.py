"""Portuguese through the family rules: each family, pinned against fixed reference dates."""

from __future__ import annotations

from datetime import date

from eventdb import resolve

SEED = date(2023, 9, 19)  # Tuesday: the seed article's publication date (a Brazilian report)


def test_a_time_of_day_beats_a_split_at_a_connector() -> None:
    """ "amanhã à tarde" is the afternoon of tomorrow; the range split at "a" ("à") is kept
    as the second reading, with its reason."""
    r = resolve("amanhã à tarde", reference=SEED, language="pt")
    assert (r.timex, [a.reason for a in r.alternatives]) == (
        "2023-09-20TAF",
        ["split at a connector into a range"],
    )


def test_numeric_date_reads_day_first_with_the_other_order_second() -> None:
    """ "3/4/2023" is 3 April in Portuguese; month first is the alternative."""
    r = resolve("3/4/2023", reference=SEED, language="pt")
    assert (r.timex, r.warnings) == ("2023-04-03", ())
    assert [(a.reading.timex, a.reason) for a in r.alternatives] == [
        ("2023-03-04", "month first (the pack reads numeric dates day first)")
    ]


def test_seed_weekday_clash_warns() -> None:
    """A weekday contradicting its day number warns, as in English."""
    r = resolve("nesta segunda-feira (19)", reference=SEED, language="pt")
    assert r.warnings == ("Monday (19): 19 September 2023 is a Tuesday",)
