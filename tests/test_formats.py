"""Writers and readers of eventdb.formats, on EventRecords built by hand (no database)."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from typing import Any

import pytest

from eventdb.dates import FuzzyDate, Part, Span
from eventdb.formats import write
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
    """An unknown group_by is a ValueError naming the choices."""
    with pytest.raises(ValueError, match="year, month, none"):
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
    """Each footnote gives title, publisher, date and link, and the quote."""
    text = render("markdown")
    assert (
        "“Armenia drifts away from Russia”, Folha de S.Paulo, 19 September 2023. "
        "<https://example.org/folha/armenia> Quote: “trucks with humanitarian aid arrived”"
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
