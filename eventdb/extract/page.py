"""A saved web page as an article: its main text, headline, publisher, address and date.

The page's main text is read with trafilatura, which keeps the article body and leaves the
navigation, tickers, "most read" boxes, newsletters and footers out; the publication date
with htmldate from the page's own metadata (JSON-LD ``datePublished``, OpenGraph
``article:published_time``, ``<time>`` markup...), the original date and not a later
modification, and never a date guessed from the running text or the address. Both work on
the HTML given: nothing is fetched.

>>> page = read_page('''<html><head><meta property="og:site_name" content="Daily">
... <meta property="article:published_time" content="2023-09-19T10:00:00Z"></head><body>
... <nav>Home - World - Markets today</nav><article><h1>Talks resume</h1>
... <p>Talks between the two governments began last week in Geneva and run until Friday,
... officials said, after months of delays over the agenda of the meeting.</p></article>
... <footer>Copyright 2023</footer></body></html>''')
>>> page.title, page.publisher, page.published
('Talks resume', 'Daily', datetime.date(2023, 9, 19))
>>> page.text.startswith("Talks between") and "Copyright" not in page.text
True
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import PageError
from ..textio import one_line, web_url

__all__ = ["Page", "looks_like_html", "read_page"]

# the readers log what they discard; a library's logs are its caller's to show
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class Page:
    """What a saved page says about its article; an empty string where it says nothing.

    ``text`` is the article's main text, one paragraph per blank-line-separated block;
    ``url`` the page's canonical address when it is an http(s) URL, else empty;
    ``published`` the publication date from the page's metadata, or None.
    """

    text: str
    title: str = ""
    publisher: str = ""
    url: str = ""
    published: date | None = None


_HTML_START = re.compile(
    r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.IGNORECASE | re.DOTALL
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens as an HTML document (a doctype, ``<html>`` or ``<head>``).

    >>> looks_like_html("<!DOCTYPE html><html>..."), looks_like_html("In March, <b>the</b> court")
    (True, False)
    """
    return _HTML_START.match(text) is not None


def _published(html: str) -> date | None:
    import htmldate

    found = htmldate.find_date(
        html,
        original_date=True,  # published, not modified
        extensive_search=False,  # the page's metadata only, no guess from its text
        outputformat="%Y-%m-%d",
        min_date="1900-01-01",
    )
    return date.fromisoformat(found) if found else None


def read_page(html: str) -> Page:
    """The article in a saved HTML page: main text, headline, publisher, canonical URL, date.

    Raises :class:`~eventdb.errors.PageError` when the page holds no article text.
    """
    import trafilatura

    if not looks_like_html(html):
        html = f"<html><body>{html}</body></html>"  # a fragment: "<article>...</article>"
    doc: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        # the date comes from htmldate below, with the settings it documents
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise PageError("the page holds no article text")
    paragraphs = [one_line(line) for line in text.splitlines()]
    title = one_line(doc.title or "")
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, read as the body's first line
    return Page(
        text="\n\n".join(p for p in paragraphs if p),
        title=title,
        publisher=one_line(doc.sitename or ""),
        url=web_url(doc.url or ""),  # a canonical link that is not http(s) is dropped
        published=_published(html),
    )
