"""eventdb.extract.page: a saved web page read for its article, headline, publisher and date."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdb.errors import PageError
from eventdb.extract.page import Page, looks_like_html, read_page

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
PAGE = ROOT / "fixtures" / "seed-article.html"

BODY = (
    "<p>Talks between the two governments began last week in Geneva and run until Friday, "
    "officials said, after months of delays over the agenda of the meeting.</p>"
)


def _page(head: str, body: str = BODY) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_seed_page_is_the_seed_text() -> None:
    """The fixture page's main text is the seed article word for word, paragraph for
    paragraph, and nothing else; its metadata is the page's."""
    page = read_page(PAGE.read_text(encoding="utf-8"))
    seed = SEED.read_text(encoding="utf-8")
    assert [" ".join(p.split()) for p in page.text.split("\n\n")] == [
        " ".join(p.split()) for p in seed.split("\n\n") if p.strip()
    ]
    assert page == Page(
        text=page.text,
        title="Armenia looks for alternatives to Russia as tension with Moscow grows",
        publisher="Example News",
        url="https://news.example.org/world/2023/09/armenia-looks-for-alternatives-to-russia.shtml",
        published=date(2023, 9, 19),
    )


def test_pages_are_read_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a page opens no network connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_page(PAGE.read_text(encoding="utf-8")).published == date(2023, 9, 19)


# (the page's <head>, the publication date it gives)
DATES = [
    (
        '<meta property="article:published_time" content="2023-09-19T10:12:00-03:00">',
        date(2023, 9, 19),
    ),
    (
        '<meta property="article:modified_time" content="2023-09-21">'
        '<meta property="article:published_time" content="2023-09-19">',
        date(2023, 9, 19),
    ),
    (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2023-09-22", "datePublished": "2023-09-18"}</script>',
        date(2023, 9, 18),
    ),
    ('<meta name="date" content="1989-10-26">', date(1989, 10, 26)),
    ("<title>No date here</title>", None),
]


@pytest.mark.parametrize(("head", "published"), DATES)
def test_publication_date_from_metadata(head: str, published: date | None) -> None:
    """The date is the page's published date from its metadata, not its modified date,
    and never a date guessed from its text ("last week", "Friday")."""
    assert read_page(_page(head)).published == published


def test_no_duplicate_date_rows() -> None:
    """The date table has no repeated row."""
    assert len({h for h, _ in DATES}) == len(DATES)


def test_headline_line_is_not_body_text() -> None:
    """A headline that trafilatura reads as the body's first line is the title only."""
    page = read_page(_page("<title>Talks resume | Daily</title>", "<h1>Talks resume</h1>" + BODY))
    assert page.title == "Talks resume"
    assert page.text.startswith("Talks between")


# pages that hold no article text
EMPTY = [
    "<html><body></body></html>",
    "<!DOCTYPE html><html><head><title>x</title></head><body><div> </div></body></html>",
    "",
]


@pytest.mark.parametrize("html", EMPTY)
def test_page_without_text_is_refused(html: str) -> None:
    """A page with no main text raises PageError (a ValueError), saying so."""
    with pytest.raises(PageError, match=r"^the page holds no article text$"):
        read_page(html)


# (text, whether it opens as an HTML document)
HTML_STARTS = [
    ("<!DOCTYPE html><html>", True),
    ("\ufeff  <!doctype HTML>", True),
    ("<!-- saved from url=(0042) --><html lang='en'>", True),
    ("<head><title>x</title></head>", True),
    ("In March, <b>the</b> court ruled.", False),
    ("<article><p>x</p></article>", False),
    ("The <html> tag", False),
]


@pytest.mark.parametrize(("text", "is_html"), HTML_STARTS)
def test_looks_like_html(text: str, is_html: bool) -> None:
    """A doctype, <html> or <head> at the start (after a BOM or comments) makes a page."""
    assert looks_like_html(text) is is_html


def test_no_duplicate_html_rows() -> None:
    """The HTML-start table has no repeated row."""
    assert len({t for t, _ in HTML_STARTS}) == len(HTML_STARTS)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from('<>/ap !-"=hdtml\nxé'), max_size=80))
def test_read_page_raises_only_page_error(html: str) -> None:
    """Any text is a page with an article or a PageError, never another exception."""
    try:
        page = read_page(html)
    except PageError:
        return
    assert page.text.strip() == page.text and page.text


# (the canonical URL the page reader hands over, the Page's url): only http(s) is kept
CANONICAL = [
    ("https://news.example.org/a.html", "https://news.example.org/a.html"),
    (" http://news.example.org/a ", "http://news.example.org/a"),
    ("javascript:alert(1)", ""),
    ("data:text/html,<script>x</script>", ""),
    ("file:///etc/passwd", ""),
    ("/world/a.html", ""),
    ("", ""),
]


@pytest.mark.parametrize(("canonical", "url"), CANONICAL)
def test_canonical_url_must_be_http(
    monkeypatch: pytest.MonkeyPatch, canonical: str, url: str
) -> None:
    """A canonical URL that is not http(s) is dropped, whatever the page reader returns."""
    import trafilatura

    real = trafilatura.bare_extraction

    def with_url(*args: object, **kwargs: object) -> object:
        doc = real(*args, **kwargs)  # type: ignore[arg-type]
        doc.url = canonical
        return doc

    monkeypatch.setattr(trafilatura, "bare_extraction", with_url)
    assert read_page(_page("<title>Talks</title>")).url == url


def test_canonical_table_has_no_duplicates() -> None:
    """Each canonical URL is in the table once."""
    assert len({c for c, _ in CANONICAL}) == len(CANONICAL)
