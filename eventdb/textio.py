"""Text at the boundaries: one decoding policy for every file eventdb reads, text without
control characters, one-line text, and the web URLs eventdb accepts and writes.

Import files and articles come from everywhere: editors that save UTF-8 with a byte-order
mark, spreadsheets that save Windows-1252 or UTF-16, and now and then a file that is not
text at all. Every reader goes through :func:`open_text` (or :func:`read_text`), which
decides the encoding the same way each time:

1. a byte-order mark names it: UTF-8, UTF-16 or UTF-32 (little- or big-endian);
2. else UTF-8, if every byte of the file is valid UTF-8 (the common case, read lazily);
3. else a detector (charset-normalizer) guesses, preferring Windows-1252 among encodings
   that read the file equally well, and an :class:`EncodingGuessWarning` names the
   encoding it chose, since a guess can be wrong.

A file holding NUL bytes without a byte-order mark (a binary file, or UTF-16/32 saved
without one), or that no encoding reads, is refused with a
:class:`~eventdb.errors.FormatError` naming the file. Pure apart from reading the file:
nothing here prints. The store and the writers both use :func:`clean_text`,
:func:`one_line` and :func:`web_url`, so what is dropped or refused on the way in and
dropped on the way out agree.

>>> decode("Stepanakert, 19 de setembro".encode("utf-8-sig"), "a.txt")
Decoded(text='Stepanakert, 19 de setembro', encoding='utf-8-sig', guessed=False)
>>> decode(b"\\x7fELF\\x02\\x01\\x01\\x00", "a.out")
Traceback (most recent call last):
...
eventdb.errors.FormatError: a.out: not a text file (it holds NUL bytes): expected UTF-8 text
"""

from __future__ import annotations

import codecs
import io
import re
import warnings
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TextIO

from .errors import EncodingGuessWarning, FormatError

__all__ = [
    "BOMS",
    "Decoded",
    "clean_text",
    "decode",
    "decode_text",
    "one_line",
    "open_text",
    "read_bytes",
    "read_text",
    "web_url",
]

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec that reads (and drops) each, in the order tried."""

_CHUNK = 1 << 16

# An http(s) URL with a host and no character that could end an attribute, an autolink
# or a line: no whitespace, quotes, angle brackets, backslash, backtick or control.
_WEB_URL = re.compile(
    r"https?://[^\s/?#<>\"'\\`\x00-\x1f\x7f]+(?:[/?#][^\s<>\"\\`\x00-\x1f\x7f]*)?",
    re.IGNORECASE,
)


# Line breaks other than "\n": CR LF, CR, vertical tab, form feed, next line (NEL).
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85]")
# Every other control character: C0 but tab and newline, DEL, and C1.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def clean_text(text: str) -> str:
    """``text`` without control characters: line breaks (CR LF, CR, vertical tab, form
    feed, NEL) become ``\\n``; tab and newline stay; every other C0 character, DEL and
    every C1 character is dropped (terminal escapes lose their ESC, a bell rings no more).

    The store passes every text field and name it is given through this, so nothing it
    holds can hide from a terminal, break an iCalendar TEXT value (RFC 5545 forbids
    controls) or be stripped as an ANSI sequence on its way to standard output.

    >>> clean_text("Esc \\x1b[31mRED\\x07"), clean_text("two\\r\\nlines\\tand a tab")
    ('Esc [31mRED', 'two\\nlines\\tand a tab')
    """
    if text.isprintable():  # no control, line break or separator: nothing to drop
        return text
    return _CONTROLS.sub("", _BREAKS.sub("\n", text))


def one_line(text: str) -> str:
    """:func:`clean_text` on one line: every run of whitespace (newlines included)
    collapsed to one space, and stripped.

    >>> one_line("  two\\n lines\\t here\\x1b ")
    'two lines here'
    """
    return " ".join(clean_text(text).split())


def web_url(text: str) -> str:
    """``text`` stripped if it is an http(s) URL, else ``""`` (``javascript:``, ``data:``,
    ``file:``, relative paths and anything with whitespace or quotes are not).

    >>> web_url(" https://www.folha.uol.com.br/mundo/2023/09/x.shtml ")
    'https://www.folha.uol.com.br/mundo/2023/09/x.shtml'
    >>> web_url("javascript:alert(7)"), web_url("https://evil.example/\\"onmouseover=x")
    ('', '')
    """
    t = text.strip()
    return t if _WEB_URL.fullmatch(t) else ""


@dataclass(frozen=True)
class Decoded:
    """A file's text, the codec that read it, and whether that codec was a guess."""

    text: str
    encoding: str
    guessed: bool


def _binary(where: str) -> FormatError:
    return FormatError(f"{where}: not a text file (it holds NUL bytes): expected UTF-8 text")


def _bom(head: bytes) -> str | None:
    return next((enc for mark, enc in BOMS if head.startswith(mark)), None)


def decode(data: bytes, where: str) -> Decoded:
    """The text of ``data`` by the policy above; ``where`` (the file) names it in errors.

    >>> decode("São Paulo".encode("utf-16"), "x.csv").text
    'São Paulo'
    """
    bom = _bom(data[:4])
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as e:
            raise FormatError(
                f"{where}: starts with a {bom} byte-order mark but byte {e.start} is not {bom}"
            ) from None
        if "\x00" in text:
            raise _binary(where)
        return Decoded(text, bom, False)
    if b"\x00" in data:
        raise _binary(where)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise FormatError(f"{where}: not text in any encoding eventdb recognises: save it as UTF-8")
    best = matches[0]
    # Of the encodings that read the file equally well, prefer Windows-1252, what Western
    # spreadsheets and editors save (and a superset of Latin-1's letters): on a short file
    # the detector's first choice among equals is arbitrary ("São" read as "Săo").
    if any(
        "cp1252" in m.could_be_from_charset
        for m in matches
        if (m.chaos, m.coherence) == (best.chaos, best.coherence)
    ):
        try:
            return Decoded(data.decode("cp1252"), "cp1252", True)
        except UnicodeDecodeError:
            pass
    return Decoded(str(best), best.encoding, True)


def _valid_utf8(f: io.BufferedReader) -> bool:
    """Whether the rest of ``f`` is UTF-8 without NUL bytes, read in chunks (flat memory)."""
    check = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := f.read(_CHUNK):
            if b"\x00" in chunk:
                return False
            check.decode(chunk)
        check.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def open_text(path: str | PathLike[str]) -> TextIO:
    """``path`` opened as text by the policy above, with ``newline=""`` (CSV's need).

    UTF-8 files (the usual case) stream from disk; others are decoded whole. Warns with
    :class:`EncodingGuessWarning` when the encoding is a guess; raises
    :class:`FormatError` for a missing, unreadable or binary file.

    >>> open_text("missing.csv")
    Traceback (most recent call last):
    ...
    eventdb.errors.FormatError: missing.csv: cannot open: No such file or directory
    """
    p = Path(path)
    try:
        with p.open("rb") as f:
            head = f.read(4)
            f.seek(0)
            if _bom(head) is None and _valid_utf8(f):
                return p.open(encoding="utf-8", newline="")
            f.seek(0)
            data = f.read()
    except OSError as e:
        raise FormatError(f"{p}: cannot open: {e.strerror or e}") from None
    return io.StringIO(decode_text(data, str(p)), newline="")


def decode_text(data: bytes, where: str) -> str:
    """:func:`decode`'s text, warning with :class:`EncodingGuessWarning` when it guessed
    (for bytes that come from elsewhere than a file, such as standard input).

    >>> decode_text(b"Yerevan", "<stdin>")
    'Yerevan'
    """
    d = decode(data, where)
    if d.guessed:
        warnings.warn(
            EncodingGuessWarning(
                f"{where}: not UTF-8; read as {d.encoding} (a guess): save it as UTF-8 to be sure"
            ),
            stacklevel=2,
        )
    return d.text


def read_text(path: str | PathLike[str]) -> str:
    """The whole text of ``path`` by the policy above, line ends made ``\\n``.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "article.txt"
    >>> _ = p.write_bytes("Ontem, 18 de setembro\\r\\n".encode("utf-16"))
    >>> read_text(p)
    'Ontem, 18 de setembro\\n'
    """
    with open_text(path) as f:
        text = f.read()
    return _unix_lines(text)


def read_bytes(data: bytes, where: str = "<stdin>") -> str:
    """The text of ``data`` read the way :func:`read_text` reads a file (for bytes from
    standard input): decoded by the policy above, warning when the encoding is a guess,
    line ends made ``\\n``.

    >>> read_bytes("Ontem\\r\\n18 de setembro\\r".encode("utf-16"))
    'Ontem\\n18 de setembro\\n'
    """
    return _unix_lines(decode_text(data, where))


def _unix_lines(text: str) -> str:
    """``text`` with Windows (``\\r\\n``) and old Mac (``\\r``) line ends made ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
