"""eventdb and the Python peers, each as a timed loop and as a source of answers.

Every peer is called the fastest honest way its documentation allows, with all set-up
outside the timed loop:

* eventdb: ``resolve(text, reference=dct)``; ``ValueError`` (its ``ResolveError``) means
  "cannot resolve".
* dateparser: one ``DateDataParser(languages=["en"], settings={"RELATIVE_BASE": dct})``
  per publication date, built before timing and reused for every row with that date
  (``RELATIVE_BASE`` is fixed at construction); ``get_date_data(text).date_obj``.
  Naming the language skips its language detection, the documented speed-up.
* parsedatetime: one ``Calendar()``; ``parseDT(text, sourceTime=dct)``, status 0 means
  "not parsed".

The loops keep no results between calls and memoise nothing; what a library caches
inside itself (dateparser keeps translation caches) is its own business and stays on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .data import Phrase

# A timed loop: runs every phrase once and returns (answered, rejected, crashed).
Loop = Callable[[], tuple[int, int, int]]


def eventdb_loop(phrases: list[Phrase], language: str = "en") -> Loop:
    from eventdb import resolve

    items = [(p.text, p.reference) for p in phrases]
    kw = {} if language == "en" else {"language": language}  # older eventdb has no language

    def loop() -> tuple[int, int, int]:
        ok = fail = crash = 0
        for text, ref in items:
            try:
                resolve(text, reference=ref, **kw)
                ok += 1
            except ValueError:
                fail += 1
            except Exception:  # a defect in eventdb: counted, shown apart
                crash += 1
        return ok, fail, crash

    return loop


def _dateparser_parsers(phrases: list[Phrase]) -> list[object]:
    from dateparser.date import DateDataParser

    by_ref: dict[date, object] = {}
    for p in phrases:
        if p.reference not in by_ref:
            by_ref[p.reference] = DateDataParser(
                languages=["en"], settings={"RELATIVE_BASE": p.reference_dt}
            )
    return [by_ref[p.reference] for p in phrases]


def dateparser_loop(phrases: list[Phrase]) -> Loop:
    items = list(zip(_dateparser_parsers(phrases), [p.text for p in phrases], strict=True))

    def loop() -> tuple[int, int, int]:
        ok = fail = crash = 0
        for parser, text in items:
            try:
                if parser.get_date_data(text).date_obj is not None:  # type: ignore[attr-defined]
                    ok += 1
                else:
                    fail += 1
            except Exception:
                crash += 1
        return ok, fail, crash

    return loop


def parsedatetime_loop(phrases: list[Phrase]) -> Loop:
    import parsedatetime

    cal = parsedatetime.Calendar()
    items = [(p.text, p.reference_dt) for p in phrases]

    def loop() -> tuple[int, int, int]:
        ok = fail = crash = 0
        for text, ref in items:
            try:
                if cal.parseDT(text, sourceTime=ref)[1]:
                    ok += 1
                else:
                    fail += 1
            except Exception:
                crash += 1
        return ok, fail, crash

    return loop


# -- answers, for accuracy: one (earliest, latest) per phrase, or None ----------------------

Bounds = tuple[date, date] | None


def dateparser_answers(phrases: list[Phrase], **settings: object) -> list[Bounds]:
    """dateparser's date for each phrase, as a one-day interval (it returns a point)."""
    from dateparser.date import DateDataParser

    by_ref: dict[date, DateDataParser] = {}
    out: list[Bounds] = []
    for p in phrases:
        parser = by_ref.get(p.reference)
        if parser is None:
            parser = by_ref[p.reference] = DateDataParser(
                languages=["en"], settings={"RELATIVE_BASE": p.reference_dt, **settings}
            )
        try:
            d = parser.get_date_data(p.text).date_obj
        except Exception:
            d = None
        out.append((d.date(), d.date()) if d is not None else None)
    return out


def parsedatetime_answers(phrases: list[Phrase]) -> list[Bounds]:
    """parsedatetime's date for each phrase, as a one-day interval (it returns a point)."""
    import parsedatetime

    cal = parsedatetime.Calendar()
    out: list[Bounds] = []
    for p in phrases:
        try:
            d, status = cal.parseDT(p.text, sourceTime=p.reference_dt)
        except Exception:
            status = 0
        out.append((d.date(), d.date()) if status else None)
    return out
