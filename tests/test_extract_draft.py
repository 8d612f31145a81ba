"""eventdb.extract.draft_document: a draft chronology that eventdb import accepts unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb import EventDB, extract, resolve
from eventdb.dates import Span
from eventdb.extract import draft_document, draft_title, event_span
from eventdb.extract.titles import event_title

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
FIXTURE = ROOT / "fixtures" / "armenia-2023.yaml"
PUBLISHED = date(2023, 9, 19)


def _draft() -> dict[str, Any]:
    text = SEED.read_text(encoding="utf-8")
    return draft_document(
        text, extract(text, reference=PUBLISHED), published=PUBLISHED, publisher="Folha"
    )


def test_seed_draft_has_every_fixture_phrase() -> None:
    """Every phrase the fixture dates the seed by is a draft `when`, exactly, resolved alike."""
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    seed_key = fixture["sources"][0]["key"]
    wanted = [e for e in fixture["events"] if e.get("source") == seed_key and e.get("when")]
    assert len(wanted) == 7
    draft = {e["when"]: e for e in _draft()["events"]}
    for e in wanted:
        when = e["when"]
        assert when in draft, when
        got = resolve(draft[when]["when"], reference=PUBLISHED).span
        assert got == resolve(e["when"], reference=PUBLISHED).span
        assert " ".join(e["quote"].split()) in draft[when]["quote"]


def test_seed_draft_shape() -> None:
    """One source with the publication date; one event per dated sentence, in text order."""
    doc = _draft()
    assert doc["sources"] == [
        {
            "key": "folha-2023-09-19",
            "title": "",
            "publisher": "Folha",
            "url": "",
            "published": "2023-09-19",
            "language": "en",
        }
    ]
    assert [e["when"] for e in doc["events"]] == [
        "February last year",
        "since the end of last year",
        "This Monday (18)",
        "last week",
        "Last week",
        "In March",
        "began last week and runs until this Wednesday (20)",
    ]
    assert all(e["source"] == "folha-2023-09-19" and e["title"] for e in doc["events"])


def test_draft_imports_unchanged(tmp_path: Path) -> None:
    """The draft, through YAML, imports into a fresh database with every event."""
    doc = yaml.safe_load(yaml.safe_dump(_draft(), allow_unicode=True))
    with EventDB(tmp_path / "draft.db") as db:
        report = db.import_document(doc)
        assert (report.added, report.skipped) == (7, [])
        labels = [e.label for e in db.timeline()]
    assert labels[0] == "February 2022" and labels[-1] == "18 September 2023"


def test_anchored_phrase_carries_its_date() -> None:
    """A phrase resolved against the story's last date keeps that reading as `date`."""
    text = "The rebels struck on 3 May 2021. The next day, troops arrived."
    doc = draft_document(text, extract(text, reference=PUBLISHED), published=PUBLISHED)
    assert [(e["when"], e.get("date")) for e in doc["events"]] == [
        ("3 May 2021", None),
        ("The next day", "2021-05-04"),
    ]


def test_draft_title() -> None:
    """The fallback title is the quote's opening words, cut at a word."""
    assert draft_title("Short.") == "Short"
    assert draft_title("one two three four five", 12) == "one two…"


# (the seed's `when` phrase, the event title the draft gives it: the clause that carries
# the date, shortened by rule)
SEED_TITLES = [
    (
        "February last year",
        "The war in Ukraine began with the large-scale invasion launched by Russia",
    ),
    ("since the end of last year", "Azerbaijan has blocked the link"),
    (
        "This Monday (18)",
        "The Azerbaijani government reported that trucks with humanitarian aid arrived",
    ),
    ("last week", "Armenian Prime Minister Nikol Pashinian said in interview with Politico"),
    ("Last week", "Pashinian announced that the country will fully ratify the Rome Statute"),
    ("In March", "The ICC issued an arrest warrant against the Russian president"),
    (
        "began last week and runs until this Wednesday (20)",
        "A joint military exercise between Armenia and the United States began",
    ),
]


def test_seed_titles() -> None:
    """Each seed event's title is its date's clause, never the sentence's first words."""
    assert [(e["when"], e["title"]) for e in _draft()["events"]] == SEED_TITLES


def test_seed_titles_have_no_duplicates() -> None:
    """The seed title table has no repeated row."""
    assert len(set(SEED_TITLES)) == len(SEED_TITLES)


def test_seed_quotes_are_whole_sentences() -> None:
    """Each event's quote is the whole sentence its date stands in."""
    text = SEED.read_text(encoding="utf-8")
    sentences = {" ".join(m.sentence.split()) for m in extract(text, reference=PUBLISHED)}
    quotes = [e["quote"] for e in _draft()["events"]]
    assert set(quotes) <= sentences
    assert quotes[1].startswith("Moscow was also supposed") and quotes[1].endswith("new war.")


# (sentence, its date phrase, the title): one row per rule of eventdb.extract.titles
TITLES = [
    # the date opens the sentence: the clause after it
    ("On Friday, the court ruled against the ban.", "On Friday", "The court ruled against the ban"),
    # a conjunction opens the clause
    ("Prices fell, but in 2021 they rose again.", "2021", "They rose again"),
    # a relative pronoun stands for its noun phrase
    (
        "Pashinian, who took office in May 2018, spoke.",
        "May 2018",
        "Pashinian took office",
    ),
    # a relative clause that is only the date leaves its noun phrase
    (
        "The cause is a strike by dockers, which began last week.",
        "last week",
        "A strike by dockers began",
    ),
    # a quote's attribution
    ('"We will win," the minister said on Monday.', "on Monday", "The minister said"),
    # parentheses go, "this" before a noun becomes "the"
    (
        "In June the Assembly (PACE) passed this motion.",
        "In June",
        "The Assembly passed the motion",
    ),
    # too long: trailing prepositional phrases go, one at a time
    (
        "In 2019 the agency opened an office for refugees of the war in the north of the "
        "country near the border with the neighbouring state of Azerbaijan.",
        "In 2019",
        "The agency opened an office for refugees of the war in the north of the country",
    ),
    # a verb after the preposition: the phrase is no prepositional phrase, kept whole
    (
        "Yesterday the regional government of the province reported that trucks with "
        "humanitarian aid from abroad arrived.",
        "Yesterday",
        "The regional government of the province reported that trucks with humanitarian "
        "aid from abroad arrived",
    ),
]

TITLES += [
    # the clause lacks its subject: the sentence's opening noun phrase lends it
    (
        "President Clinton, meantime, glossed over warnings from Moscow on Thursday.",
        "Thursday",
        "President Clinton glossed over warnings from Moscow",
    ),
    # a participle or infinitive hangs from the clause before it
    (
        "The minister sought to soften the words, saying on Friday that talks would go on.",
        "Friday",
        "The minister sought to soften the words",
    ),
    # a date ending the sentence dates the nearest clause before it with a verb;
    # a thousands comma does not split the sentence
    (
        "The thrift had net income of $132,000, or three cents a share, a year ago.",
        "a year ago",
        "The thrift had net income of $132,000",
    ),
    # a phrase around the date ("For a good part of 1990") is an adverbial
    ("For a good part of 1990, sales fell.", "1990", "Sales fell"),
    # the words that led to the date go with it
    (
        "Net income for the six months ended Oct. 1 slipped 5%.",
        "Oct. 1",
        "Net income for the six months slipped 5%",
    ),
    # too long, and a "that" clause after a noun: the clause goes
    (
        "Yesterday the government of the republic dismissed the stern warnings from "
        "Moscow that air strikes could do serious harm.",
        "Yesterday",
        "The government of the republic dismissed the stern warnings from Moscow",
    ),
]

# sentences with no clause once the date is out: the draft falls back to draft_title
NO_TITLE = [
    ("In March.", "In March"),
    ("Last week, again.", "Last week"),
]


@pytest.mark.parametrize(("sentence", "phrase", "title"), TITLES)
def test_event_title(sentence: str, phrase: str, title: str) -> None:
    """The title is the date's clause, shortened at phrase boundaries only."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase)) == title


@pytest.mark.parametrize(("sentence", "phrase"), NO_TITLE)
def test_event_title_needs_a_clause(sentence: str, phrase: str) -> None:
    """A sentence that is only its date has no title of its own."""
    start = sentence.index(phrase)
    assert event_title(sentence, start, start + len(phrase)) == ""


def test_title_tables_have_no_duplicates() -> None:
    """The title tables have no repeated sentence."""
    sentences = [s for s, *_ in TITLES] + [s for s, _ in NO_TITLE]
    assert len(set(sentences)) == len(sentences)


def test_story_offsets_become_dated_events() -> None:
    """ "That day" and "Two days later" become events dated from the story's last date."""
    text = (
        "The rebels struck on 3 May 2021. That day, troops arrived in the capital. "
        "Two days later, the truce collapsed."
    )
    doc = draft_document(text, extract(text, reference=PUBLISHED), published=PUBLISHED)
    assert [(e["when"], e.get("date"), e["title"]) for e in doc["events"]] == [
        ("3 May 2021", None, "The rebels struck"),
        ("That day", "2021-05-03", "Troops arrived in the capital"),
        ("Two days later", "2021-05-05", "The truce collapsed"),
    ]


# (sentence, its `when` in the draft, the `date` the draft must carry or None, the
# event's span as EDTF): published Tuesday 19 September 2023, one dated phrase a sentence;
# a future verb reads a bare weekday or month forward, and the store must keep that reading
READINGS = [
    ("The ministers will meet on Friday in Geneva.", "Friday", "2023-09-22", "2023-09-22"),
    ("The summit is due in March.", "March", "2024-03", "2024-03"),
    ("The talks will resume in December.", "December", None, "2023-12"),
    # "until" reads a bare name forward by itself: the draft needs no date for it
    ("The ceasefire holds until Friday.", "until Friday", None, "/2023-09-22"),
    ("Talks will run until March.", "run until March", None, "/2024-03"),
    ("The vote is scheduled for Oct. 3.", "Oct. 3", None, "2023-10-03"),
    ("The ministers met on Friday in Geneva.", "Friday", None, "2023-09-15"),
    ("The court ruled in March.", "March", None, "2023-03"),
    ("Since March the corridor has been shut.", "Since March", None, "2023-03/.."),
    ("The rebels struck on 3 May 2021.", "3 May 2021", None, "2021-05-03"),
]


@pytest.mark.parametrize(("sentence", "when", "draft_date", "edtf"), READINGS)
def test_draft_keeps_extractions_reading(
    tmp_path: Path, sentence: str, when: str, draft_date: str | None, edtf: str
) -> None:
    """Extraction's span survives the draft, its preview row and import into SQLite."""
    (mention,) = (m for m in extract(sentence, reference=PUBLISHED) if m.dated)
    assert mention.resolution is not None
    doc = draft_document(sentence, [mention], published=PUBLISHED)
    (event,) = doc["events"]
    assert (event["when"], event.get("date")) == (when, draft_date)
    want = Span.parse(edtf, as_of=PUBLISHED)
    if when == mention.text:
        assert mention.resolution.span == want  # the mention's own value
    assert event_span(event, PUBLISHED) == want  # the preview row's date
    with EventDB(tmp_path / "reading.db") as db:
        report = db.import_document(yaml.safe_load(yaml.safe_dump(doc, allow_unicode=True)))
        assert (report.added, report.skipped) == (1, [])
        (stored,) = db.timeline()
    assert stored.span == want


@settings(max_examples=150, deadline=None)
@given(
    verb=st.sampled_from(["will meet", "met", "is due to meet", "said they meet", "meet"]),
    when=st.sampled_from(["Friday", "Monday", "March", "December", "September", "Sunday"]),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
)
def test_draft_date_is_the_mentions_own(verb: str, when: str, day: date) -> None:
    """Whatever the tense and the publication day, a bare weekday or month's draft event
    dates it as extraction did."""
    sentence = f"The ministers {verb} on {when} in Geneva."
    (mention,) = (m for m in extract(sentence, reference=day) if m.dated)
    (event,) = draft_document(sentence, [mention], published=day)["events"]
    assert mention.resolution is not None and event["when"] == mention.text == when
    assert event_span(event, day) == mention.resolution.span


def test_anchored_reading_survives_import(tmp_path: Path) -> None:
    """A phrase dated from the story's last date ("the next day") is stored on that day."""
    text = "The rebels struck on 3 May 2021. The next day, troops arrived."
    mentions = extract(text, reference=PUBLISHED)
    doc = draft_document(text, mentions, published=PUBLISHED)
    with EventDB(tmp_path / "anchored.db") as db:
        db.import_document(doc)
        assert [e.span.edtf for e in db.timeline()] == ["2021-05-03", "2021-05-04"]


def test_reading_table_has_no_duplicates() -> None:
    """Each sentence of the reading table is there once."""
    sentences = [row[0] for row in READINGS]
    assert len(set(sentences)) == len(sentences)
