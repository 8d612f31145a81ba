"""eventdb.extract: temporal phrases found with TimeML extents and resolved in context."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import Mention, extract

SEED_DAY = date(2023, 9, 19)  # Tuesday, the seed article's publication date
ROOT = Path(__file__).resolve().parent.parent  # the repository; the seeds sit beside it
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"

# (sentence, reference, [(start, end, text, timex), ...]): every mention, in text order
EXAMPLES: list[tuple[str, date, list[tuple[int, int, str, str | None]]]] = [
    (
        "the invasion launched in February last year by Russia",
        SEED_DAY,
        [(25, 43, "February last year", "2022-02")],
    ),
    (
        "but since the end of last year Azerbaijan has blocked this link",
        SEED_DAY,
        [(10, 30, "the end of last year", "2022")],
    ),
    (
        "This Monday (18), the government reported that trucks arrived",
        SEED_DAY,
        [(0, 16, "This Monday (18)", "2023-09-18")],
    ),
    (
        "Pashinian said in interview with Politico last week.",
        SEED_DAY,
        [(42, 51, "last week", "2023-W37")],
    ),
    ("In March, the ICC issued an arrest warrant.", SEED_DAY, [(3, 8, "March", "2023-03")]),
    (
        "an exercise which began last week and runs until this Wednesday (20).",
        SEED_DAY,
        [(24, 33, "last week", "2023-W37"), (49, 68, "this Wednesday (20)", "2023-09-20")],
    ),
    ("The court sat for three weeks.", SEED_DAY, [(18, 29, "three weeks", "P3W")]),
    ("Orangemen march every season.", SEED_DAY, [(16, 28, "every season", "P3M")]),
    ("Orangemen march each July.", SEED_DAY, [(16, 25, "each July", "XXXX-07")]),
    (
        "Net rose in the third quarter from a year earlier.",
        date(1989, 10, 26),
        [(12, 29, "the third quarter", "1989-Q3"), (35, 49, "a year earlier", "1988-Q3")],
    ),
    ("Third-quarter profit fell.", date(1989, 10, 26), [(0, 13, "Third-quarter", "1989-Q3")]),
    ("Shares closed at $4 yesterday.", date(1989, 10, 26), [(20, 29, "yesterday", "1989-10-25")]),
    ("It was founded in 1988.", date(1989, 10, 26), [(18, 22, "1988", "1988")]),
    (
        "In the past two months, funds lost $1 billion.",
        date(1989, 10, 27),
        [(3, 22, "the past two months", "P2M")],
    ),
    ("Stocks hit a five year low.", date(1998, 1, 8), [(13, 22, "five year", "P5Y")]),
    (
        "He spoke for more than four hours Friday.",
        date(1998, 2, 27),
        [(13, 33, "more than four hours", "PT4H"), (34, 40, "Friday", "1998-02-27")],
    ),
    ("The talks will resume Friday.", SEED_DAY, [(22, 28, "Friday", "2023-09-22")]),
    ("The talks resumed Friday.", SEED_DAY, [(18, 24, "Friday", "2023-09-15")]),
    (
        "The rebels struck on 3 May 2021. The next day, troops arrived.",
        SEED_DAY,
        [(21, 31, "3 May 2021", "2021-05-03"), (33, 45, "The next day", "2021-05-04")],
    ),
    ("Prices are now higher.", SEED_DAY, [(11, 14, "now", "PRESENT_REF")]),
    ("Two years from now, the plant opens.", SEED_DAY, [(0, 18, "Two years from now", "2025")]),
    ("Later this week the cabinet meets.", SEED_DAY, [(0, 15, "Later this week", "2023-W38")]),
    ("She swims twice a week.", SEED_DAY, [(10, 22, "twice a week", "P1W")]),
    ("The rebels held the town for 2 1/2 years.", SEED_DAY, [(29, 40, "2 1/2 years", "P2Y6M")]),
    ("Stocks fell in the nineties.", date(1998, 1, 8), [(15, 27, "the nineties", "199")]),
    (
        "He was killed at 10 p.m. Wednesday.",
        date(1998, 2, 13),
        [(17, 34, "10 p.m. Wednesday", "1998-02-11T22:00")],
    ),
]

# texts with numbers that are not dates: nothing is found
NOT_DATES = [
    "The army sent 2,000 troops to the border.",
    "The motion won 1991 votes against 12.",
    "Take Route 66 west.",
    "Revenue was $1,988 million.",
    "Shares rose 2.5% to 1,995.",
    "About three-quarters of voters agreed.",
    "A half of the budget went to defence.",
    "Room 2023 is on the 20th floor.",
    "He was 45 years old.",
    "Prime Minister Theresa May said no.",
    "He lives at 1600 Pennsylvania Avenue.",
    "The fall of Rome was slow.",
    "Prices may fall; sun and wind march on.",
    "The score was 21-14 at 3-1.",
    # "May" as a person, "the present" as a noun, "second" as an ordinal
    "May said the talks had failed.",
    "Will May resign?",
    "He gave her a present.",
    "The present government fell.",
    "He came second in the race.",
    "A second round of talks opened.",
    # numbers that count or measure: no years, even after a determiner
    "The 1500 meters final was close.",
    "Some 1800 people fled.",
    "It cost 1950 dollars.",
    "He scored 1999 points.",
    # "soon" in a conjunction
    "Trading resumed soon after the vote.",
]


def _rows(ms: list[Mention]) -> list[tuple[int, int, str, str | None]]:
    return [(m.start, m.end, m.text, m.timex) for m in ms]


def test_no_duplicate_examples() -> None:
    """The tables hold each case once."""
    assert len({e[0] for e in EXAMPLES}) == len(EXAMPLES)
    assert len(set(NOT_DATES)) == len(NOT_DATES)


@pytest.mark.parametrize(("text", "reference", "expected"), EXAMPLES)
def test_examples(
    text: str, reference: date, expected: list[tuple[int, int, str, str | None]]
) -> None:
    """Each sentence yields exactly these mentions: offsets, extents and values."""
    assert _rows(extract(text, reference=reference)) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_that_are_not_dates(text: str) -> None:
    """Counts, money, percentages, fractions and route numbers are not dates."""
    assert extract(text, reference=SEED_DAY) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_offsets_slice(text: str) -> None:
    """extract raises nothing on any text, and every mention's offsets slice its text."""
    ms = extract(text, reference=SEED_DAY)
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in ms] == sorted(m.start for m in ms)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "last week",
                "Friday",
                "the third quarter",
                "1988",
                " ",
                ", ",
                "three weeks",
                "now",
                "a year ago",
                "(18)",
                "Sept. 30",
                "every",
                "the",
                "year",
                "mid-",
                "2,000",
                "\n",
            ]
        )
    ).map("".join)
)
def test_never_raises_on_temporal_soup(text: str) -> None:
    """Fragments of temporal phrases in any order never make extract raise."""
    for m in extract(text, reference=SEED_DAY):
        assert text[m.start : m.end] == m.text


def test_seed_article() -> None:
    """On the seed article every dated phrase is found and resolved as the fixture says."""
    text = SEED.read_text(encoding="utf-8")
    got = {(m.text, m.timex) for m in extract(text, reference=SEED_DAY)}
    assert {
        ("February last year", "2022-02"),
        ("the end of last year", "2022"),
        ("This Monday (18)", "2023-09-18"),
        ("last week", "2023-W37"),
        ("Last week", "2023-W37"),
        ("March", "2023-03"),
        ("this Wednesday (20)", "2023-09-20"),
    } <= got


DOCS = ROOT / "docs" / "extract.md"


def test_docs_examples_run() -> None:
    """The `>>>` examples in docs/extract.md give what they show."""
    import doctest

    result = doctest.testfile(
        str(DOCS),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0 and result.attempted > 0


def test_docs_seed_table_matches() -> None:
    """The worked seed table in docs/extract.md is what extract gives, row for row."""
    rows = []
    lines = DOCS.read_text(encoding="utf-8").split("## The seed article, worked")[1].splitlines()
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and "–" in cells[0] and cells[0][0].isdigit():
            start, end = (int(x) for x in cells[0].split("–"))
            rows.append((start, end, cells[1], cells[2].split("`")[1]))
    text = SEED.read_text(encoding="utf-8")
    assert rows == [(m.start, m.end, m.text, m.timex) for m in extract(text, reference=SEED_DAY)]


@pytest.mark.parametrize("unit", ["fiscal ", "1990 ", "nineteen ", "Jan. 5, ", "last "])
def test_dense_text_stays_linear(unit: str) -> None:
    """A text packed with temporal words takes time in proportion to its length: each
    match is bounded, so 3,000 repeats take well under a second, not minutes."""
    import time

    text = unit * 3000
    t0 = time.perf_counter()
    extract(text, reference=SEED_DAY)
    assert time.perf_counter() - t0 < 15


def test_mention_fields() -> None:
    """A mention carries its sentence, type, modifier, resolution and reference."""
    text = "Talks stalled. But since the end of last year Azerbaijan has blocked this link."
    (m,) = extract(text, reference=SEED_DAY)
    assert m.sentence == "But since the end of last year Azerbaijan has blocked this link."
    assert m.sentence_start == 15
    assert (m.type, m.mod, m.reference, m.anchored, m.dated) == (
        "DATE",
        "END",
        SEED_DAY,
        False,
        True,
    )
    assert m.resolution is not None
    assert m.resolution.latest == date(2022, 12, 31)


def test_durations_and_sets_are_not_dated() -> None:
    """Durations, sets and references to the present carry a value but no calendar bounds."""
    ms = extract("For three weeks, every Monday, prices have been high now.", reference=SEED_DAY)
    assert [(m.text, m.type, m.dated) for m in ms] == [
        ("three weeks", "DURATION", False),
        ("every Monday", "SET", False),
        ("now", "DATE", False),
    ]


def test_empty_and_non_latin_text() -> None:
    """Empty, whitespace-only and non-Latin texts give no mentions."""
    for text in ["", "   \n", "Москва, 18 сентября", "東京 2023年9月18日", "\u200b\ufeff"]:
        assert all(text[m.start : m.end] == m.text for m in extract(text, reference=SEED_DAY))
    assert extract("", reference=SEED_DAY) == []


def test_bad_prefer_is_refused() -> None:
    """prefer is 'past' or 'future'; anything else is a ResolveError (a ValueError)."""
    from eventdb import ResolveError

    with pytest.raises(ResolveError, match="prefer"):
        extract("Friday", reference=SEED_DAY, prefer="soon")
    assert [m.timex for m in extract("Friday", reference=SEED_DAY, prefer="future")] == [
        "2023-09-22"
    ]


# languages an article may be given in, as a code or a tag with a region, with a sentence
# in it and the TimeML value of its one phrase (published Tuesday 19 September 2023)
LANGUAGES_ACCEPTED = [
    ("en", "Pashinian spoke last week.", "2023-W37"),
    ("EN", "Pashinian spoke last week.", "2023-W37"),
    ("pt", "Pashinian falou na semana passada.", "2023-W37"),
    ("pt-BR", "Pashinian falou na semana passada.", "2023-W37"),
    ("es", "Pashinian habló la semana pasada.", "2023-W37"),
    ("es_419", "Pashinian habló la semana pasada.", "2023-W37"),
]
# language values refused, with the code they name in the one-line message
LANGUAGES_REFUSED = ["xx", "fr", "fr-PT", "English", "", None, 7]


@pytest.mark.parametrize(("language", "sentence", "timex"), LANGUAGES_ACCEPTED)
def test_supported_language_is_accepted(language: str, sentence: str, timex: str) -> None:
    """en, pt and es, alone or with a region, find the phrase in their own language."""
    ms = extract(sentence, reference=SEED_DAY, language=language)
    assert [m.timex for m in ms] == [timex]


@pytest.mark.parametrize("language", LANGUAGES_REFUSED)
def test_unsupported_language_is_refused(language: object) -> None:
    """Any other language is a ResolveError in one line naming the supported codes."""
    from eventdb import ResolveError

    with pytest.raises(ResolveError) as e:
        extract("Pashinian spoke last week.", reference=SEED_DAY, language=language)  # type: ignore[arg-type]
    assert str(e.value) == (
        f"unsupported language {language!r}: the supported codes are en, pt, es"
    )


def test_language_tables_have_no_duplicates() -> None:
    """Each language value is in one table, once."""
    values = [repr(v) for v in (*(row[0] for row in LANGUAGES_ACCEPTED), *LANGUAGES_REFUSED)]
    assert len(set(values)) == len(values)


def test_extract_is_callable_however_imported() -> None:
    """`from eventdb import extract` gives something callable even when a submodule of the
    eventdb.extract package was imported first (which binds the package to that name)."""
    import subprocess
    import sys

    code = (
        "import eventdb.extract.patterns\n"
        "from datetime import date\n"
        "from eventdb import extract, Mention\n"
        "print(extract('last week', date(2023, 9, 19))[0].timex, Mention.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2023-W37", "Mention"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "last",
                "week",
                "Friday",
                "the",
                "following",
                "day",
                "a",
                "year",
                "ago",
                "earlier",
                "1988",
                "(18)",
                "Sept.",
                "30",
                ",",
                "since",
                "until",
                "and",
                "runs",
                "p.m.",
                "10",
                "mid-",
                "fiscal",
                "third-quarter",
                "now",
                ". ",
                "In",
                "May",
                "twice",
                "½",
                "İ",
            ]
        ),
        max_size=30,
    ).map(" ".join),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["past", "future"]),
)
def test_any_reference_date_and_draft(text: str, reference: date, prefer: str) -> None:
    """Any reference date, even at the ends of the calendar, and the draft built from the
    mentions, raise nothing."""
    from eventdb.extract import draft_document

    ms = extract(text, reference=reference, prefer=prefer)
    assert all(text[m.start : m.end] == m.text for m in ms)
    doc = draft_document(text, ms, published=reference)
    assert len(doc["events"]) <= len(ms)


def test_a_bare_clock_time_does_not_move_the_story_day() -> None:
    """ "At midnight" is a time on the publication day; the story's day stays Monday, so
    "the next day" is Tuesday."""
    text = "The vote was on Monday. It closed at midnight, and results came the next day."
    got = {m.text: m.timex for m in extract(text, date(2023, 9, 19))}
    assert got == {
        "Monday": "2023-09-18",
        "midnight": "2023-09-19T24:00",
        "the next day": "2023-09-19",
    }


# (sentence, the mentions found: text -> TimeML value), against 19 September 2023
NEWER_FAMILIES = [
    # the resolver's newer families, found whole in running text
    ("The meeting starts at half past three.", {"half past three": "2023-09-19T03:30"}),
    ("He left at twenty past six tonight.", {"twenty past six tonight": "2023-09-19T18:20"}),
    (
        "The shop opens at a quarter to nine on Monday.",
        {"a quarter to nine on Monday": "2023-09-18T08:45"},
    ),
    ("The vote is two Mondays from now.", {"two Mondays from now": "2023-10-02"}),
    ("I saw him the other day.", {"the other day": "PAST_REF"}),
    ("The blast happened half an hour ago.", {"half an hour ago": "2023-09-19"}),
    ("Traffic peaked over the Memorial Day weekend.", {"the Memorial Day weekend": "2023-W21-WE"}),
    ("On the eve of Christmas, protests grew.", {"the eve of Christmas": "2023-12-24"}),
    ("This time tomorrow, the polls will be closed.", {"This time tomorrow": "2023-09-20"}),
    ("The offer runs between 9 and 11 am.", {"between 9 and 11 am": "2023-09-19T11:00"}),
    # holidays are proper nouns: capitalised, with a direction or a year
    (
        "Shops will close on Christmas Day and on Juneteenth.",
        {"Christmas Day": "2023-12-25", "Juneteenth": "2024-06-19"},
    ),
    ("The protest took place on Memorial Day.", {"Memorial Day": "2023-05-29"}),
    ("The store closed on Christmas.", {"Christmas": "2022-12-25"}),
    (
        "Last Christmas was quiet; Easter 2024 will not be.",
        {"Last Christmas": "2022-12-25", "Easter 2024": "2024-03-31"},
    ),
    ("He spoke of the christmas spirit.", {}),
    # a holiday opening a name, or qualifying a noun, is no date
    ("He visited Easter Island last year.", {"last year": "2022"}),
    ("The Christmas tree was lit on Friday.", {"Friday": "2023-09-15"}),
    ("In May day-care centres closed.", {"May": "2023-05"}),
    ("Halloween costumes sold out.", {}),
    ("New Year's resolutions fade by February.", {"February": "2023-02"}),
    ("On New Year's Day, he left.", {"New Year's Day": "2023-01-01"}),
    # a weekday counts from the story's last day, not from a year it named since
    (
        "The court ruled on March 15 that the law, passed in 2019, was void. "
        "The following Monday, the government appealed.",
        {"March 15": "2023-03-15", "2019": "2019", "The following Monday": "2023-03-20"},
    ),
    ("Talks resume the week after next.", {"the week after next": "2023-W40"}),
    ("Talks resume the Monday after next.", {"the Monday after next": "2023-10-02"}),
    ("The talks collapsed a year and a half ago.", {"a year and a half ago": "2022-03"}),
    ("It began two years and three months ago.", {"two years and three months ago": "2021-06"}),
    ("The law passed 2 weeks 3 days ago.", {"2 weeks 3 days ago": "2023-09-02"}),
    ("This day last year, the dam broke.", {"This day last year": "2022-09-19"}),
    ("Prices soared in the nineteen-eighties.", {"the nineteen-eighties": "198"}),
    ("It happened one and a half years ago.", {"one and a half years ago": "2022-03"}),
    ("It was September '99.", {"September '99": "1999-09"}),
    ("We meet on the 5th of next month.", {"the 5th of next month": "2023-10-05"}),
    ("The truce began on 19-Sep-23.", {"19-Sep-23": "2023-09-19"}),
    ("A month and a half later it ended.", {"A month and a half": "P1M15D"}),
    # "after next" is not taken from "next Tuesday" (the whole is not read as one date)
    (
        "The talks resume the day after next Tuesday.",
        {"the day after": "2023-09-20", "next Tuesday": "2023-09-26"},
    ),
    ("It will sit for three weeks from Friday.", {"three weeks": "P3W", "Friday": "2023-09-22"}),
    (
        "Polls open on the first Monday in October 2023.",
        {"the first Monday in October 2023": "2023-10-02"},
    ),
    ("The winter of 1941-42 was harsh.", {"The winter of 1941-42": "1941-WI"}),
    ("The truce began on 18-Sep-2023.", {"18-Sep-2023": "2023-09-18"}),
    ("Prices rose in 2022-23.", {"2022-23": None}),  # two years: no single TimeML value
    ("See Case No. 2021-05 and pp. 1990-95.", {}),
    ("Shares that fall below $1 are delisted; that winter was mild.", {"that winter": "2023-WI"}),
    # a colon after the day number ends the date, as in a dateline
    (
        "In an editorial on Tuesday, April 25: the court erred.",
        {"Tuesday, April 25": "2023-04-25"},
    ),
]


@pytest.mark.parametrize(("text", "want"), NEWER_FAMILIES)
def test_newer_phrase_families_are_found(text: str, want: dict[str, str | None]) -> None:
    """Phrases the resolver reads are found whole in running text."""
    assert {m.text: m.timex for m in extract(text, date(2023, 9, 19))} == want


# (sentence, reference, the mentions found: text -> TimeML value): the verb's tense and
# modality pick the direction of a weekday, a month, or a far month and day
TENSE = [
    ("The ministers will meet on Friday.", date(2023, 9, 19), {"Friday": "2023-09-22"}),
    ("The ministers met on Friday.", date(2023, 9, 19), {"Friday": "2023-09-15"}),
    # a plan in the past: a past auxiliary before the future cue or its chain
    (
        "It had been due to expire Friday evening.",
        date(1989, 10, 30),
        {"Friday evening": "1989-10-27TEV"},
    ),
    ("The talks were scheduled to resume on Friday.", date(2023, 9, 19), {"Friday": "2023-09-15"}),
    # a weekday with its part of the day or clock time takes the tense too
    (
        "The ministers will meet on Friday night.",
        date(2023, 9, 19),
        {"Friday night": "2023-09-22TNI"},
    ),
    ("The ministers met on Friday night.", date(2023, 9, 19), {"Friday night": "2023-09-15TNI"}),
    # "until" a bare name is ahead, unless a past verb of lasting governs it
    ("The talks will continue until Friday.", date(2023, 9, 19), {"Friday": "2023-09-22"}),
    ("The curfew was extended until Friday.", date(2023, 9, 19), {"Friday": "2023-09-22"}),
    ("The ceasefire lasted until Friday.", date(2023, 9, 19), {"Friday": "2023-09-15"}),
    ("The border was closed until Monday.", date(2023, 9, 19), {"Monday": "2023-09-18"}),
    # a clause, a present verb or a future cue after the phrase keeps the deadline ahead
    (
        "The museum remained closed until Friday, when it will reopen.",
        date(2023, 9, 19),
        {"Friday": "2023-09-22"},
    ),
    (
        "The order, which ran to 40 pages, is valid until Friday.",
        date(2023, 9, 19),
        {"Friday": "2023-09-22"},
    ),
    (
        "He continued to insist the offer is open until Friday.",
        date(2023, 9, 19),
        {"Friday": "2023-09-22"},
    ),
    ("The ceasefire lasted until March 31.", date(2023, 9, 19), {"March 31": "2023-03-31"}),
    ("The report is due in March.", date(2023, 9, 19), {"March": "2024-03"}),
    ("The report came out in March.", date(2023, 9, 19), {"March": "2023-03"}),
    # a passive participle takes its auxiliary's tense
    (
        "She will be named commander for a mission in December.",
        date(1998, 3, 4),
        {"December": "1998-12"},
    ),
    ("Talks are set to resume Monday in Belfast.", date(1998, 3, 22), {"Monday": "1998-03-23"}),
    # the verb before the date decides, not a participle after it
    (
        "Qantas will double its flights by August in search of markets untouched by the crisis.",
        date(1998, 2, 13),
        {"August": "1998-08"},
    ),
    # a month and day far from the publication: the tense decides the year
    (
        "Revenue was $76 million for the year ended March 31.",
        date(1989, 11, 1),
        {"the year": "P1Y", "March 31": "1989-03-31"},
    ),
    (
        "The index closed near the record high it reached on Aug. 6.",
        date(1998, 2, 6),
        {"Aug. 6": "1997-08-06"},
    ),
    # near it: the nearest, whatever the main verb ("payable" dates are weeks ahead)
    (
        "The board declared a dividend, payable Dec. 1 to stock of record Nov. 10.",
        date(1989, 10, 27),
        {"Dec. 1": "1989-12-01", "Nov. 10": "1989-11-10"},
    ),
    ("Mr. Schwarz will succeed Mr. Davison Feb. 1.", date(1989, 10, 26), {"Feb. 1": "1990-02-01"}),
    # a participle after a determiner is an adjective, not the verb
    (
        "The split would be paid on a still unspecified date in January.",
        date(1989, 10, 26),
        {"January": "1990-01"},
    ),
]


@pytest.mark.parametrize(("text", "reference", "want"), TENSE)
def test_tense_picks_the_direction(text: str, reference: date, want: dict[str, str]) -> None:
    """Future and modal verbs put a bare date ahead, past verbs behind."""
    assert {m.text: m.timex for m in extract(text, reference)} == want


# (story, the mentions found: text -> (TimeML value, the day the story's thread gives it))
STORY = [
    (
        "The rebels struck on 3 May 2021. That day, troops arrived.",
        {"3 May 2021": ("2021-05-03", "2021-05-03"), "That day": ("2021-05-03", "2021-05-03")},
    ),
    (
        "The rebels struck on 3 May 2021. The same week, talks began.",
        {"3 May 2021": ("2021-05-03", "2021-05-03"), "The same week": ("2021-W18", "2021-05-03")},
    ),
    (
        "The rebels struck on 3 May 2021. The following month, a truce was signed.",
        {
            "3 May 2021": ("2021-05-03", "2021-05-03"),
            "The following month": ("2021-06", "2021-06-01"),
        },
    ),
    # TimeML marks the duration of "Two days later"; the day it lands on is its resolution
    (
        "The rebels struck on 3 May 2021. Two days later, the truce collapsed.",
        {"3 May 2021": ("2021-05-03", "2021-05-03"), "Two days": ("P2D", "2021-05-05")},
    ),
    (
        "The plant closed in June 2019. Three months earlier, the owner had quit.",
        {"June 2019": ("2019-06", "2019-06-01"), "Three months earlier": ("2019-03", "2019-03-01")},
    ),
]


@pytest.mark.parametrize(("text", "want"), STORY)
def test_story_dates_anchor(text: str, want: dict[str, tuple[str, str]]) -> None:
    """ "That day", "the same week", "the following month", "two days later" follow the
    date the story last set, not the publication date."""
    got = {
        m.text: (m.timex, m.resolution.earliest.isoformat() if m.resolution else "")
        for m in extract(text, date(2023, 9, 19))
    }
    assert got == want


def test_later_with_no_story_date_is_a_duration() -> None:
    """ "Two days later" before the story has set a date is only a duration."""
    (m,) = extract("Two days later, the truce collapsed.", date(2023, 9, 19))
    assert (m.text, m.timex, m.resolution, m.anchored) == ("Two days", "P2D", None, False)


# (article, the value of its "a year ago"): the financial convention needs a comparison
QUARTERS = [
    # a results article: last year's same quarter
    (
        "Net income rose 12% in the third quarter. "
        "Sales were $5 million, up from $4 million a year ago.",
        "2022-Q3",
    ),
    ("Net rose in the third quarter. The year-ago results were restated.", "2022-Q3"),
    # a quarter mentioned, but no comparison: a year ago is last year
    (
        "Growth slowed in the third quarter. The PM, who took office a year ago, praised it.",
        "2022",
    ),
    ("The PM, who took office a year ago, spoke.", "2022"),
]


@pytest.mark.parametrize(("text", "value"), QUARTERS)
def test_year_ago_quarter_needs_evidence(text: str, value: str) -> None:
    """ "A year ago" is last year's same quarter only in a sentence comparing results of
    an article that talks of quarters."""
    got = [m.timex for m in extract(text, date(2023, 10, 20)) if "year" in m.text.lower()]
    assert got[-1] == value


def test_family_tables_have_no_duplicates() -> None:
    """The tense, story and quarter tables hold each sentence once."""
    for table in (TENSE, STORY, QUARTERS):
        assert len({row[0] for row in table}) == len(table)
