"""Writers and readers of eventdb.formats, on EventRecords built by hand (no database)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb.dates import FuzzyDate, Part, Span
from eventdb.errors import FormatError, OptionError
from eventdb.formats import FORMATS, read, write
from eventdb.formats.markdown import md_text
from eventdb.records import (
    ActorRef,
    CitationRecord,
    EventRecord,
    PlaceRecord,
    RelationRecord,
    SourceRecord,
)

REF = date(2023, 9, 19)
D = FuzzyDate.day


def day(y: int, m: int, d: int) -> Span:
    return Span.point(D(date(y, m, d)))


def sample_events() -> list[EventRecord]:
    """A small hand-made chronology covering every kind of date the writers must handle."""
    folha = SourceRecord(
        title="Armenia drifts away from Russia",
        publisher="Folha de S.Paulo",
        url="https://example.org/folha/armenia",
        published=D(REF),
        language="en",
        key="folha-2023-09-19",
        id=1,
    )
    wiki = SourceRecord(
        title="Blockade of Nagorno-Karabakh",
        publisher="Wikipedia",
        url="https://en.wikipedia.org/wiki/Blockade_of_Nagorno-Karabakh",
        key="wikipedia-blockade",
        id=2,
    )
    hostile = SourceRecord(
        title='Evil <script>alert("x")</script> & *stars* [link](javascript:alert(1))',
        publisher="> quoted | piped",
        url="javascript:alert(1)",
        published=FuzzyDate.month(2023, 9),
        key="hostile",
        id=3,
    )
    late22 = FuzzyDate.year(2022).narrow(Part.LATE)
    ongoing = Span(late22, None, ongoing=True, as_of=REF)
    week = Span.point(FuzzyDate.week(2023, 37))
    exercise = Span(D(date(2023, 9, 11)), D(date(2023, 9, 20)))

    def cite(
        src: SourceRecord, span: Span, phrase: str = "", quote: str = "", **kw: Any
    ) -> CitationRecord:
        return CitationRecord(
            source=src,
            span=span,
            phrase=phrase,
            quote=quote,
            reference=REF if src is folha else None,
            **kw,
        )

    return [
        EventRecord(
            title="Azerbaijan says aid trucks reached Nagorno-Karabakh.",
            span=day(2023, 9, 18),
            slug="aid-trucks",
            type="humanitarian aid",
            actors=[ActorRef("Azerbaijan", kind="state", role="reporter", wikidata="Q227")],
            places=[PlaceRecord("Nagorno-Karabakh", country="Azerbaijan", lat=39.82, lon=46.76)],
            tags=["humanitarian", "lachin-corridor"],
            citations=[
                cite(
                    folha,
                    day(2023, 9, 18),
                    "This Monday (18)",
                    "trucks with humanitarian aid arrived",
                    adopted=True,
                )
            ],
            relations=[RelationRecord("follows", "lachin-blocked")],
        ),
        EventRecord(
            title="Azerbaijan blocks the Lachin corridor",
            summary="The only road between Armenia and Nagorno-Karabakh is blocked.",
            span=ongoing,
            slug="lachin-blocked",
            type="blockade",
            actors=[ActorRef("Azerbaijan", role="initiator"), ActorRef("Armenia", role="target")],
            places=[PlaceRecord("Lachin corridor")],
            tags=["blockade"],
            citations=[
                cite(
                    folha,
                    ongoing,
                    "since the end of last year",
                    "since the end of last year Azerbaijan has blocked this link",
                    adopted=True,
                ),
                cite(wiki, Span(D(date(2022, 12, 12)), None, ongoing=True, as_of=REF)),
            ],
        ),
        EventRecord(
            title="Russia launches its invasion of Ukraine",
            span=Span.point(FuzzyDate.month(2022, 2)),
            slug="invasion",
            type="armed conflict",
            actors=[ActorRef("Russia"), ActorRef("Ukraine", role="target")],
            citations=[
                cite(
                    folha,
                    Span.point(FuzzyDate.month(2022, 2)),
                    "February last year",
                    "launched in February last year",
                    adopted=True,
                )
            ],
        ),
        EventRecord(
            title="Pashinian tells Politico the peacekeepers failed",
            span=week,
            slug="politico",
            type="statement",
            actors=[ActorRef("Nikol Pashinian", role="speaker")],
            citations=[
                cite(
                    folha,
                    week,
                    "last week",
                    "said in interview with Politico last week",
                    adopted=True,
                )
            ],
        ),
        EventRecord(
            title="Armenia and the United States hold a joint exercise",
            span=exercise,
            slug="exercise",
            type="military exercise",
            actors=[ActorRef("Armenia"), ActorRef("United States")],
            citations=[
                cite(
                    folha,
                    exercise,
                    "began last week",
                    "began last week and runs until this Wednesday (20)",
                    end_phrase="until this Wednesday (20)",
                    adopted=True,
                )
            ],
        ),
        EventRecord(
            title="The Soviet Union is dissolved",
            span=Span.point(FuzzyDate.year(1991).approx()),
            slug="ussr",
            type="state dissolution",
            citations=[
                cite(
                    folha,
                    Span.point(FuzzyDate.year(1991).approx()),
                    "",
                    "Since the end of the Soviet Union",
                    adopted=True,
                )
            ],
        ),
        EventRecord(
            title="Unrest in the region",
            span=Span.point(FuzzyDate.decade(1990)),
            slug="nineties",
            citations=[cite(wiki, Span.point(FuzzyDate.decade(1990)), adopted=True)],
        ),
        EventRecord(
            title="A doubtful meeting",
            span=Span.point(replace_uncertain(FuzzyDate.year(1991))),
            slug="doubtful",
            citations=[
                cite(wiki, Span.point(replace_uncertain(FuzzyDate.year(1991))), adopted=True)
            ],
        ),
        EventRecord(
            title="Moscow asks Yerevan for explanations",
            span=Span(None, D(REF)),
            slug="moscow-asks",
            dated=False,
            type="diplomatic protest",
            actors=[ActorRef("Russia", role="initiator")],
            citations=[
                cite(folha, Span(None, D(REF)), "", "asked Yerevan for explanations", adopted=True)
            ],
        ),
        EventRecord(
            title=(
                "Evil <img src=x onerror=alert(1)> **bold** [^1] `code` ~~gone~~ & &amp;\n# heading"
            ),
            span=day(2023, 9, 1),
            slug="hostile-event",
            tags=["x"],
            citations=[
                cite(
                    hostile,
                    day(2023, 9, 1),
                    "on <b>1 September</b>",
                    "a *quote* with [brackets] and <tags>\nover two lines",
                    adopted=True,
                )
            ],
            created_at=datetime(2024, 1, 5, 12, 30),
            updated_at=datetime(2024, 1, 6, 8, 0),
        ),
    ]


def replace_uncertain(d: FuzzyDate) -> FuzzyDate:
    from dataclasses import replace

    return replace(d, uncertain=True)


def render(fmt: str, events: list[EventRecord] | None = None, **options: Any) -> str:
    out = io.StringIO()
    write(fmt, sample_events() if events is None else events, out, **options)
    return out.getvalue()


# -- markdown --------------------------------------------------------------------------


def markdown_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


# Each tuple: a span, the bold label its markdown entry shows.
LABELS = [
    (day(2023, 9, 18), "18 September 2023"),
    (Span.point(FuzzyDate.month(2022, 2)), "February 2022"),
    (Span.point(FuzzyDate.week(2023, 37)), "week of 11 September 2023"),
    (Span(D(date(2023, 9, 11)), D(date(2023, 9, 20))), "11–20 September 2023"),
    (
        Span(FuzzyDate.year(2022).narrow(Part.LATE), None, ongoing=True, as_of=REF),
        "late 2022 – ongoing (as of 19 September 2023)",
    ),
    (Span.point(FuzzyDate.decade(1990)), "the 1990s"),
    (Span.point(FuzzyDate.year(1991).approx()), "c. 1991"),
    (Span.point(replace_uncertain(FuzzyDate.year(1991))), "1991?"),
]
assert len({label for _, label in LABELS}) == len(LABELS), "duplicate rows in LABELS"


@pytest.mark.parametrize(("span", "label"), LABELS, ids=[label for _, label in LABELS])
def test_markdown_labels_dates_by_precision(span: Span, label: str) -> None:
    """Each entry's bold label is the span's precision-aware label."""
    text = render("markdown", [EventRecord(title="Something happens", span=span)])
    assert f"- **{label}** — Something happens.\n" in text


def test_markdown_entry_line_is_exactly_the_issue_example() -> None:
    """A day event with one source renders as the issue's example line."""
    text = render("markdown", group_by="none")
    assert (
        "- **18 September 2023** — Azerbaijan says aid trucks reached Nagorno-Karabakh.[^8]\n"
        in text
    )


def test_markdown_headings_by_year_month_and_none() -> None:
    """Year grouping gives ## per year, month adds ###, none gives no headings but Undated."""
    by_year = re.findall(r"^(#+) (.*)$", render("markdown", group_by="year"), re.M)
    assert by_year == [
        ("#", "Chronology"),
        ("##", "The 1990s"),
        ("##", "1991"),
        ("##", "2022"),
        ("##", "2023"),
        ("##", "Undated"),
    ]
    by_month = re.findall(r"^(#+) (.*)$", render("markdown", group_by="month"), re.M)
    assert ("###", "February 2022") in by_month and ("###", "Late 2022") in by_month
    assert ("###", "September 2023") in by_month
    flat = re.findall(r"^(#+) (.*)$", render("markdown", group_by="none"), re.M)
    assert flat == [("#", "Chronology"), ("##", "Undated")]


def test_markdown_rejects_unknown_grouping() -> None:
    """An unknown group_by is an OptionError naming the choices."""
    with pytest.raises(OptionError, match="year, month, none"):
        render("markdown", group_by="week")


def test_markdown_undated_events_have_their_own_section() -> None:
    """Undated events come last, under their own heading, labelled before the source date."""
    text = render("markdown")
    undated = text.split("## Undated", 1)[1]
    assert "- **before 19 September 2023** — Moscow asks Yerevan for explanations." in undated
    assert "Moscow asks" not in text.split("## Undated", 1)[0]


def test_markdown_is_deterministic_whatever_the_input_order() -> None:
    """The same events in any order give byte-identical output."""
    events = sample_events()
    first = render("markdown", events, phrases=True)
    assert render("markdown", list(reversed(events)), phrases=True) == first
    assert render("markdown", sample_events(), phrases=True) == first


def test_markdown_footnotes_cite_source_and_quote() -> None:
    """A source's first footnote gives title, publisher, date and link with the quote;
    its later footnotes (other quotes) give title and date only."""
    text = render("markdown")
    assert (
        "[^2]: “Armenia drifts away from Russia”, Folha de S.Paulo, 19 September 2023. "
        "<https://example.org/folha/armenia> Quote: “Since the end of the Soviet Union”\n"
    ) in text
    assert (
        "[^8]: “Armenia drifts away from Russia”, 19 September 2023. "
        "Quote: “trucks with humanitarian aid arrived”\n"
    ) in text


def test_markdown_phrases_mode_shows_phrase_and_resolution() -> None:
    """--phrases lists the phrase as written, its reference day and what it resolved to."""
    text = render("markdown", phrases=True)
    assert (
        "  - “since the end of last year”, written 19 September 2023 → "
        "late 2022 – ongoing (as of 19 September 2023) (`[2022-09..2022-12]/..`)[^4]"
    ) in text
    assert "  - no date in the source, published 19 September 2023[^9]" in text


@pytest.mark.parametrize("group_by", ["year", "month", "none"])
@pytest.mark.parametrize("phrases", [False, True])
def test_markdown_is_valid_commonmark_with_resolving_footnotes(
    group_by: str, phrases: bool
) -> None:
    """markdown-it parses the output; every footnote reference has its definition."""
    text = render("markdown", group_by=group_by, phrases=phrases)
    tokens = markdown_parser().parse(text)
    refs = {
        t.meta["label"]
        for tok in tokens
        if tok.children
        for t in tok.children
        if t.type == "footnote_ref"
    }
    defined = {t.meta["label"] for t in tokens if t.type == "footnote_open" and "label" in t.meta}
    defined |= set(re.findall(r"^\[\^(\d+)\]:", text, re.M))
    assert refs and refs == defined
    assert not re.search(r"^\[\^\d+\]:", markdown_parser().render(text), re.M)  # all consumed


# Each string: user text that must come out as literal text, not markup.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "**bold** and _em_",
    "[link](javascript:alert(1))",
    "![img](http://x/y.png)",
    "[^1] a footnote ref",
    "`code` span",
    "~~strike~~",
    "&amp; &lt;b&gt;",
    "line one\n# heading\n- item\n> quote",
    "| a | b |",
    "trailing backslash \\",
    "<https://autolink.example>",
]
assert len(set(HOSTILE)) == len(HOSTILE), "duplicate rows in HOSTILE"


def _tags_of(text: str) -> list[str]:
    src = SourceRecord(title=text, publisher=text, url=text)
    span = day(2023, 9, 18)
    e = EventRecord(
        title=text, span=span, citations=[CitationRecord(src, span, quote=text, phrase=text)]
    )
    html = markdown_parser().render(render("markdown", [e], title=text, phrases=True))
    return re.findall(r"<(/?[a-z0-9]+)", html)


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escapes_user_text(text: str) -> None:
    """Hostile titles, quotes and source fields give exactly the HTML structure plain text
    gives (no tag, link, emphasis or block of their own), and read back literally."""
    assert _tags_of(text) == _tags_of("plain words")
    inline = markdown_parser().parseInline(md_text(text))[0].children
    literal = "".join(t.content for t in inline if t.type == "text")
    assert literal == " ".join(text.split())


def test_md_text_leaves_ordinary_prose_alone() -> None:
    """Hyphens, full stops, parentheses and quotes need no escaping."""
    plain = "Nagorno-Karabakh (Artsakh): “the end” — 1. 2.0 + 3!"
    assert md_text(plain) == plain


# -- golden ----------------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden"
REGEN = bool(os.environ.get("EVENTDB_REGEN_GOLDEN"))

# Each tuple: golden file name, writer options. Regenerate on purpose with
# EVENTDB_REGEN_GOLDEN=1 pytest tests/test_formats.py -k golden, then review the diff.
GOLDEN_CASES = [
    ("sample-year.md", {"fmt": "markdown", "title": "Armenia and Russia", "group_by": "year"}),
    ("sample-month-phrases.md", {"fmt": "markdown", "group_by": "month", "phrases": True}),
    ("sample-none.md", {"fmt": "markdown", "group_by": "none"}),
]
assert len({name for name, _ in GOLDEN_CASES}) == len(GOLDEN_CASES), "duplicate golden names"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with tests/golden/<name> (or rewrite it when regenerating)."""
    path = GOLDEN / name
    if REGEN:
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"{path} missing: run EVENTDB_REGEN_GOLDEN=1 pytest {__file__}"
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize(("name", "options"), GOLDEN_CASES, ids=[n for n, _ in GOLDEN_CASES])
def test_markdown_golden(name: str, options: dict[str, Any]) -> None:
    """The hand-made chronology renders byte for byte as its golden file."""
    opts = dict(options)
    check_golden(name, render(opts.pop("fmt"), **opts))


# -- TimelineJS ------------------------------------------------------------------------


def slides() -> dict[str, dict[str, Any]]:
    doc = json.loads(render("timelinejs", lanes="type"))
    return {s["unique_id"]: s for s in doc["events"]}


# Each tuple: slug, expected start_date, expected end_date (None: no end_date).
TIMELINE = [
    ("aid-trucks", {"year": 2023, "month": 9, "day": 18}, None),
    ("invasion", {"year": 2022, "month": 2}, None),
    ("politico", {"year": 2023, "month": 9, "day": 11}, {"year": 2023, "month": 9, "day": 17}),
    ("exercise", {"year": 2023, "month": 9, "day": 11}, {"year": 2023, "month": 9, "day": 20}),
    ("lachin-blocked", {"year": 2022, "month": 9}, {"year": 2023, "month": 9, "day": 19}),
    ("nineties", {"year": 1990}, {"year": 1999}),
    ("ussr", {"year": 1991}, None),
]
assert len({slug for slug, *_ in TIMELINE}) == len(TIMELINE), "duplicate rows in TIMELINE"


@pytest.mark.parametrize(("slug", "start", "end"), TIMELINE, ids=[t[0] for t in TIMELINE])
def test_timelinejs_dates_respect_precision(
    slug: str, start: dict[str, int], end: dict[str, int] | None
) -> None:
    """Start/end dates carry only the fields the precision knows; ongoing ends at as-of."""
    s = slides()[slug]
    assert s["start_date"] == start
    assert s.get("end_date") == end


def test_timelinejs_slides_have_display_date_text_and_group() -> None:
    """Each slide has the label as display_date, escaped headline and text, and a group."""
    doc = json.loads(render("timelinejs", lanes="type"))
    assert doc["title"]["text"]["headline"] == "Chronology"
    s = slides()
    assert s["lachin-blocked"]["display_date"] == "late 2022 – ongoing (as of 19 September 2023)"
    assert s["lachin-blocked"]["group"] == "blockade"
    assert "<blockquote>since the end of last year" in s["lachin-blocked"]["text"]["text"]
    assert s["hostile-event"]["text"]["headline"].startswith("Evil &lt;img")
    assert "<script" not in json.dumps(doc)
    assert s["moscow-asks"]["group"] == "Undated (before their source)"
    dated = [x for x in doc["events"] if not x["display_date"].startswith("before")]
    starts = [(x["start_date"]["year"], x["start_date"].get("month", 0)) for x in dated]
    assert starts == sorted(starts)


# -- iCalendar -------------------------------------------------------------------------


def calendar(**options: Any) -> Any:
    import icalendar

    text = render("ics", **options)
    assert all(line.endswith("\r") or not line for line in text.split("\n"))
    assert all(len(line.encode()) <= 76 for line in text.split("\n"))
    return icalendar.Calendar.from_ical(text)


def test_ics_day_events_are_all_day_with_exclusive_end() -> None:
    """Day-precision events are all-day VEVENTs whose DTEND is the day after the last;
    days_only leaves out the rest."""
    cal = calendar(days_only=True)
    events = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    aid = events["aid-trucks@eventdb"]
    assert aid.decoded("DTSTART") == date(2023, 9, 18)
    assert aid.decoded("DTEND") == date(2023, 9, 19)
    assert str(aid["SUMMARY"]) == "Azerbaijan says aid trucks reached Nagorno-Karabakh."
    ex = events["exercise@eventdb"]
    assert (ex.decoded("DTSTART"), ex.decoded("DTEND")) == (date(2023, 9, 11), date(2023, 9, 21))
    assert "trucks with humanitarian aid arrived" in str(aid["DESCRIPTION"])
    hostile = events["hostile-event@eventdb"]
    assert "\n" not in str(hostile["SUMMARY"])
    assert hostile.decoded("DTSTAMP") == datetime(
        2024, 1, 6, 8, 0, tzinfo=hostile.decoded("DTSTAMP").tzinfo
    )
    assert set(events) == {"aid-trucks@eventdb", "exercise@eventdb", "hostile-event@eventdb"}
    assert str(cal["X-WR-CALNAME"]) == "Chronology"


def test_ics_coarse_events_by_default() -> None:
    """Coarser events cover their whole extent and show their label, by default as with
    the older include_coarse=True."""
    assert render("ics") == render("ics", include_coarse=True)
    assert render("ics", days_only=True) == render("ics", include_coarse=False)
    events = {str(v["UID"]): v for v in calendar().walk("VEVENT")}
    inv = events["invasion@eventdb"]
    assert (inv.decoded("DTSTART"), inv.decoded("DTEND")) == (date(2022, 2, 1), date(2022, 3, 1))
    assert str(inv["SUMMARY"]) == "Russia launches its invasion of Ukraine (February 2022)"
    lachin = events["lachin-blocked@eventdb"]
    assert lachin.decoded("DTEND") == REF + timedelta(days=1)
    assert "moscow-asks@eventdb" not in events


def test_ics_is_deterministic_and_uids_stable() -> None:
    """The same events give the same calendar; an event without slug gets a hashed UID."""
    assert render("ics") == render("ics", list(reversed(sample_events())))
    e = EventRecord(title="No slug", span=day(2023, 1, 2))
    assert render("ics", [e]) == render("ics", [EventRecord(title="No slug", span=day(2023, 1, 2))])
    assert re.search(r"UID:[0-9a-f]{16}@eventdb", render("ics", [e]))


def test_ics_folds_long_lines() -> None:
    """Lines longer than 75 octets fold with CRLF and a space, and unfold to the same text."""
    import icalendar

    long = "ü" * 100 + ", ; \\ end"

    text = render("ics", [EventRecord(title=long, span=day(2023, 1, 2), slug="long")])
    assert "\r\n " in text
    ev = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(ev["SUMMARY"]) == long


# -- CSV / JSON Lines / JSON -----------------------------------------------------------


def write_file(
    tmp_path: Path, fmt: str, name: str, events: list[EventRecord] | None = None
) -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        write(fmt, sample_events() if events is None else events, f)
    return path


def test_csv_and_jsonl_carry_every_field_and_read_back_alike(tmp_path: Path) -> None:
    """CSV and JSON Lines read back to the same records: EDTF, phrase, quote, source, lists."""
    from_csv = list(read(write_file(tmp_path, "csv", "x.csv")))  # type: ignore[arg-type]
    from_jsonl = list(read(write_file(tmp_path, "jsonl", "x.jsonl")))  # type: ignore[arg-type]
    assert from_csv == from_jsonl
    lachin = next(r for r in from_csv if r["slug"] == "lachin-blocked")
    assert lachin["date"] == "[2022-09..2022-12]/.."
    assert lachin["when"] == "since the end of last year"
    assert lachin["quote"].startswith("since the end of last year Azerbaijan")
    assert lachin["source"] == "folha-2023-09-19"
    assert lachin["source_published"] == "2023-09-19"
    assert lachin["actors"] == [
        {"name": "Azerbaijan", "role": "initiator"},
        {"name": "Armenia", "role": "target"},
    ]
    assert lachin["citations"] == [
        {
            "source": {
                "key": "wikipedia-blockade",
                "title": "Blockade of Nagorno-Karabakh",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Blockade_of_Nagorno-Karabakh",
            },
            "date": "2022-12-12/..",
        }
    ]
    exercise = next(r for r in from_csv if r["slug"] == "exercise")
    assert exercise["end"] == "until this Wednesday (20)"
    aid = next(r for r in from_csv if r["slug"] == "aid-trucks")
    assert aid["relations"] == [{"type": "follows", "target": "lachin-blocked"}]
    assert "label" not in aid and "earliest" not in aid
    undated = next(r for r in from_csv if r["slug"] == "moscow-asks")
    assert "date" not in undated and "when" not in undated


def test_csv_has_derived_columns_for_spreadsheets(tmp_path: Path) -> None:
    """CSV rows carry label, earliest and latest for people and sorting."""
    with write_file(tmp_path, "csv", "x.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["slug"]: r for r in csv.DictReader(f)}
    assert rows["politico"]["label"] == "week of 11 September 2023"
    assert (rows["politico"]["earliest"], rows["politico"]["latest"]) == (
        "2023-09-11",
        "2023-09-17",
    )
    assert rows["lachin-blocked"]["latest"] == ""
    assert rows["aid-trucks"]["actors"] == "Azerbaijan [reporter]"
    assert rows["hostile-event"]["title"].startswith("Evil <img")  # raw text: CSV is data


def test_json_export_is_an_import_document(tmp_path: Path) -> None:
    """The json format writes the import document: sources, actors, places, events."""
    doc = read(write_file(tmp_path, "json", "x.json"))
    assert isinstance(doc, dict)
    assert [s["key"] for s in doc["sources"]][:2] == ["folha-2023-09-19", "wikipedia-blockade"]
    assert doc["actors"] == [{"name": "Azerbaijan", "kind": "state", "wikidata": "Q227"}]
    assert doc["places"] == [
        {"name": "Nagorno-Karabakh", "country": "Azerbaijan", "lat": 39.82, "lon": 46.76}
    ]
    lachin = next(e for e in doc["events"] if e["slug"] == "lachin-blocked")
    assert lachin["citations"] == [{"source": "wikipedia-blockade", "date": "2022-12-12/.."}]
    undated = next(e for e in doc["events"] if e["slug"] == "moscow-asks")
    assert "date" not in undated and "when" not in undated


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(fmt: str) -> None:
    """Writing the same events twice gives the same text."""
    assert render(fmt, lanes="actor") == render(fmt, lanes="actor")


def test_write_rejects_unknown_format_and_lanes() -> None:
    """Unknown formats and lane options are OptionErrors naming the choices."""
    with pytest.raises(OptionError, match="expected one of markdown"):
        render("pdf")
    with pytest.raises(OptionError, match="actor, type"):
        render("html", lanes="place")


# -- readers ---------------------------------------------------------------------------

# Each tuple: file name, content, the error message fragment (file and line included).
BAD_FILES = [
    ("bad.yaml", "events:\n  - title: ok\n  - title: [unclosed\n", "bad.yaml, line 4, column 1"),
    ("tab.yaml", "events:\n\t- title: x\n", "tab.yaml, line 2, column 1"),
    ("list.yaml", "- a\n- b\n", "expected a mapping"),
    ("events.yaml", "events: {title: x}\n", "`events` must be a list"),
    ("bad.json", '{"events": [\n  {"title": "x",}\n]}', "bad.json, line 2, column"),
    ("bad.jsonl", '{"title": "a"}\n\n{"title": \n', "bad.jsonl, line 3, column"),
    ("array.jsonl", '{"title": "a"}\n[1, 2]\n', "array.jsonl, line 2: expected a JSON object"),
    ("cells.csv", "title,date\nA,2023\nB,2023,extra\n", "cells.csv, line 3: 3 cells"),
    ("notitle.csv", "name,date\nA,2023\n", "notitle.csv, line 1: the header has no `title`"),
    ("cols.csv", "title,colour\nA,red\n", "cols.csv, line 1: unknown column(s) colour"),
    ("rel.csv", "title,relations\nA,follows\n", "rel.csv, line 2: relation 'follows'"),
    ("cit.csv", "title,citations\nA,[oops\n", "cit.csv, line 2: `citations` is not a JSON array"),
    (
        "acled.csv",
        "event_date,time_precision\n2023-09-18,4\n",
        "acled.csv, line 2: time_precision '4'",
    ),
    (
        "date.csv",
        "event_date,time_precision\nyesterday,1\n",
        "date.csv, line 2: event_date 'yesterday'",
    ),
    ("x.txt", "", "cannot tell the format"),
]
assert len({name for name, *_ in BAD_FILES}) == len(BAD_FILES), "duplicate rows in BAD_FILES"


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_readers_raise_format_error_with_file_and_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    """Malformed files raise FormatError (a ValueError) naming the file and the line."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        result = read(path)
        if not isinstance(result, dict):
            list(result)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_read_missing_file_is_a_format_error(tmp_path: Path) -> None:
    """A missing file is a FormatError, not an OSError traceback."""
    with pytest.raises(FormatError, match="cannot open"):
        read(tmp_path / "nope.yaml")


ACLED_SAMPLE = GOLDEN / "acled-sample.csv"  # ACLED's export columns, three rows


def test_acled_csv_imports_without_editing() -> None:
    """ACLED columns map to an import document; precision 1/2/3 become day/week/month."""
    doc = read(ACLED_SAMPLE)
    assert isinstance(doc, dict)
    ev = {e["slug"]: e for e in doc["events"]}
    assert [e["date"] for e in doc["events"]] == [
        "2023-09-18",
        "[2023-09-11..2023-09-17]",
        "2023-09",
    ]
    assert FuzzyDate.parse(ev["arm1002"]["date"]).label == "week of 11 September 2023"
    first = ev["arm1001"]
    assert first["title"] == (
        "Armed clash: Military Forces of Azerbaijan and Military Forces of Armenia (Goris)"
    )
    assert first["type"] == "Battles" and first["type_scheme"] == "acled"
    assert first["tags"] == ["Armed clash"]
    assert first["source"] == "armenpress"
    assert first["citations"] == [{"source": "reuters", "date": "2023-09-18"}]
    assert first["summary"].startswith("On 18 September 2023")
    assert ev["arm1002"]["tags"] == ["Peaceful protest", "crowd size=around 100"]
    assert ev["arm1003"]["source"] == "acled"
    assert {p["name"]: p for p in doc["places"]}["Goris"] == {
        "name": "Goris",
        "country": "Armenia",
        "admin_area": "Syunik",
        "lat": 39.5111,
        "lon": 46.3386,
        "geo_precision": "acled-1",
    }
    assert [s["key"] for s in doc["sources"]] == ["armenpress", "reuters", "news-am", "acled"]


def test_yaml_document_reads_to_a_dict(tmp_path: Path) -> None:
    """A YAML document reads to the dict import_document takes."""
    path = tmp_path / "doc.yml"
    path.write_text("sources: []\nevents:\n  - {title: A, date: '2023'}\n", encoding="utf-8")
    assert read(path) == {"sources": [], "events": [{"title": "A", "date": "2023"}]}
    assert read(tmp_path / "doc.yml", "yaml") == read(path)


FORMAT_MODULES = [
    "eventdb.formats",
    "eventdb.formats._common",
    "eventdb.formats.markdown",
    "eventdb.formats.html",
    "eventdb.formats.timelinejs",
    "eventdb.formats.ics",
    "eventdb.formats.tabular",
    "eventdb.formats.readers",
    "eventdb.formats.report",
]


@pytest.mark.parametrize("name", FORMAT_MODULES)
def test_docstring_examples(name: str) -> None:
    """Every docstring example in the formats modules passes, and each module has some."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


def test_writers_do_not_import_the_store() -> None:
    """Importing eventdb.formats loads neither the store nor SQLModel/SQLAlchemy."""
    import subprocess
    import sys

    code = (
        "import sys, eventdb.formats; "
        "print(sorted(m for m in sys.modules if m.startswith(('eventdb.store', 'sqlmodel', "
        "'sqlalchemy', 'eventdb.model'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- properties ------------------------------------------------------------------------

USER_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), max_size=40
) | st.text(alphabet="\\`*_[]<>&~|!#-+.()^:=$ abc1\n", max_size=30)


@settings(max_examples=400, deadline=None)
@given(USER_TEXT)
def test_md_text_always_reads_back_as_literal_text(text: str) -> None:
    """Any user text, escaped, parses as plain text (no markup) and reads back as itself."""
    tokens = markdown_parser().parseInline("x " + md_text(text) + " y")[0].children
    assert {t.type for t in tokens} <= {"text"}
    assert "".join(t.content for t in tokens) == "x " + " ".join(text.split()) + " y"


@settings(max_examples=60, deadline=None)
@given(USER_TEXT, USER_TEXT, USER_TEXT)
def test_any_title_quote_and_source_keep_the_chronology_structure(
    title: str, quote: str, publisher: str
) -> None:
    """Whatever the user text, the rendered chronology has the HTML structure of plain text."""
    src = SourceRecord(title=title or "t", publisher=publisher, url=publisher)
    span = day(2023, 9, 18)
    e = EventRecord(title=title, span=span, citations=[CitationRecord(src, span, quote=quote)])
    plain_src = SourceRecord(title="t", publisher="p" if publisher.strip() else "", url="p")
    plain = EventRecord(
        title="t",
        span=span,
        citations=[CitationRecord(plain_src, span, quote="q" if quote.strip() else "")],
    )
    tags = re.compile(r"<(/?[a-z0-9]+)")
    html = markdown_parser().render(render("markdown", [e], phrases=True))
    expected = markdown_parser().render(render("markdown", [plain], phrases=True))
    assert tags.findall(html) == tags.findall(expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(sample_events()), min_size=0, max_size=6))
def test_jsonl_and_csv_rows_read_back_alike(events: list[EventRecord]) -> None:
    """For any list of events, CSV and JSON Lines read back to the same records."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        rows = {}
        for fmt in ("csv", "jsonl"):
            path = Path(tmp) / f"x.{fmt}"
            with path.open("w", encoding="utf-8", newline="") as f:
                write(fmt, events, f)
            rows[fmt] = list(read(path))  # type: ignore[arg-type]
    assert rows["csv"] == rows["jsonl"]
    assert len(rows["csv"]) == len(events)


def test_export_benchmark_smoke() -> None:
    """bench/export.py runs on a small size and prints a row per format against the baseline."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "bench" / "export.py"
    out = subprocess.run(
        [sys.executable, str(script), "--n", "200", "--repeat", "1", "--formats", "all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "| titles (baseline) |" in out
    for fmt in FORMATS:
        assert f"| {fmt} " in out
