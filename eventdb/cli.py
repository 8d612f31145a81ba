"""The ``eventdb`` command line: a thin Typer app over the library.

This is the only module that prints or exits. It parses arguments, calls the library and
formats what comes back; every error the library raises (:class:`~eventdb.errors.EventDBError`)
becomes one line on standard error and exit code 1, usage errors one line and exit code 2,
and ``--debug`` shows the traceback instead.

Start-up time matters (``eventdb --help`` is typed often): the resolver, the store, the
formats and SQLModel are imported inside the commands that use them, never at module
level, and each command is built only when it runs (:class:`_Group`).

"Today" is computed here (:func:`_today`) and passed to the library: for ``--ref`` when the
user names neither a reference date nor a source, and the output then says so, and as the
reference for relative timeline filters (``--since "last month"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer._click import exceptions as click_exc
from typer.core import TyperGroup
from typer.main import get_command_from_info
from typer.models import CommandInfo

from . import __version__
from .dates import FuzzyDate, Precision
from .errors import EventDBError
from .resolve.packs import LANGUAGES as PHRASE_LANGUAGES

if TYPE_CHECKING:
    from .records import EventRecord
    from .resolve import Resolution
    from .store import EventDB

__all__ = ["ORDER", "app", "main"]

_F = TypeVar("_F", bound=Callable[..., Any])


# -- the error boundary ----------------------------------------------------------------


class _OneLineError(click_exc.ClickException):
    """An error shown as a single ``Error: ...`` line on standard error."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: Any = None) -> None:
        typer.echo(f"Error: {self.format_message()}", err=True)


def _usage_line(e: click_exc.UsageError) -> str:
    """Click's usage error as one line, naming the command to ask for help."""
    where = e.ctx.command_path if e.ctx is not None else "eventdb"
    # Typer validates values with pydantic, whose messages start "Value error, ".
    message = e.format_message().replace("Value error, ", "")
    return f"{message} (see '{where} --help')"


@contextmanager
def _warnings_echoed() -> Iterator[None]:
    """The library's warnings to the user (a guessed file encoding) as ``warning:`` lines on
    standard error; other warnings pass on as they came."""
    import warnings

    from .errors import EncodingGuessWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", EncodingGuessWarning)
        try:
            yield
        finally:
            for w in caught:
                if issubclass(w.category, EncodingGuessWarning):
                    typer.echo(f"warning: {w.message}", err=True)
    for w in caught:
        if not issubclass(w.category, EncodingGuessWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def _write_stdout(text: str) -> None:
    """Write a file's content to standard output as UTF-8 bytes, exactly: click's echo
    strips ANSI escape sequences when standard output is not a terminal, which would make
    ``export > FILE`` differ from ``export -o FILE``."""
    import sys

    sys.stdout.flush()
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        sys.stdout.write(text)
    else:
        binary.write(text.encode("utf-8"))
        binary.flush()


def _error_line(e: BaseException) -> str:
    """What the user reads for a library or I/O error."""
    if isinstance(e, OSError) and e.filename is not None:
        return f"{e.filename}: {e.strerror or e}"
    return str(e) or type(e).__name__


ORDER = (
    "init",
    "info",
    "add",
    "import",
    "timeline",
    "show",
    "edit",
    "delete",
    "resolve",
    "extract",
    "sources",
    "actors",
    "conflicts",
    "duplicates",
    "merge",
    "export",
)
"""The commands in the order help lists them: from creating a database to reading it."""


_COMMANDS: dict[str, CommandInfo] = {}
"""Every command, registered by :func:`_command` and built into a click command only when
it runs (or its help is shown): building all of them would slow every start-up."""


def _command(name: str) -> Callable[[_F], _F]:
    """Register a command function under ``name`` (in place of ``app.command``)."""

    def register(f: _F) -> _F:
        _COMMANDS[name] = CommandInfo(name=name, callback=f)
        return f

    return register


def _short_help(name: str) -> str:
    """A command's one-line summary: the first line of its docstring."""
    doc = _COMMANDS[name].callback.__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


class _Group(TyperGroup):
    """The root group: builds commands lazily, and turns every expected error into one line
    and an exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [n for n in ORDER if n in _COMMANDS] + sorted(set(_COMMANDS) - set(ORDER))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            self.add_command(
                get_command_from_info(
                    _COMMANDS[cmd_name], pretty_exceptions_short=True, rich_markup_mode=None
                ),
                cmd_name,
            )
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = [(name, _short_help(name)) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Any = None,
        **extra: Any,
    ) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click_exc.NoArgsIsHelpError:
            raise
        except click_exc.UsageError as e:
            raise _OneLineError(_usage_line(e), e.exit_code) from e

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (_OneLineError, click_exc.NoArgsIsHelpError):
            raise
        except click_exc.UsageError as e:
            raise _OneLineError(_usage_line(e), e.exit_code) from e
        except (EventDBError, OSError) as e:
            if ctx.params.get("debug") or isinstance(e, BrokenPipeError):
                raise  # a closed pipe (| head) ends quietly in Typer's own handler
            raise _OneLineError(_error_line(e), 1) from e


app = typer.Typer(
    cls=_Group,
    name="eventdb",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def main() -> None:
    """The console script ``eventdb``."""
    app(prog_name="eventdb")


# -- global options --------------------------------------------------------------------


class _State:
    """The global options, kept on the root context for the commands."""

    __slots__ = ("db", "debug")

    def __init__(self, db: str | None = None, debug: bool = False) -> None:
        self.db = db
        self.debug = debug


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventdb {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="EVENTDB_URL",
            metavar="PATH|URL",
            show_envvar=True,
            help="The database: a file path or a SQLAlchemy URL (sqlite:///.., "
            "postgresql+psycopg://..). Default: EVENTDB_URL, else the per-user data file.",
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Chronologies from the way news writes time.

    Keep events dated the way articles date them ("since the end of last year", "last
    week"), resolved against each source's publication date, and read them back as a
    timeline.

    \b
    Example:
      eventdb --db chrono.db init
      eventdb --db chrono.db add "Aid trucks reach Stepanakert" --when "yesterday" --ref 2023-09-19
      eventdb --db chrono.db timeline --since 2022
    """
    ctx.obj = _State(db=db, debug=debug)


def _state(ctx: typer.Context) -> _State:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, _State) else _State()


@contextmanager
def _open(
    ctx: typer.Context, *, create: bool = False, scratch: bool = False, strict: bool = True
) -> Iterator[EventDB]:
    """The database every command uses: ``--db``, else EVENTDB_URL, else the per-user file.

    Only ``create`` commands (init, add, import) make a new SQLite file: the others refuse a
    missing one, so a mistyped --db path is an error, not a new empty database.
    ``scratch`` opens an empty throwaway database instead, for checking files (--dry-run).
    """
    from .store import EventDB

    if scratch:
        import tempfile

        with (
            tempfile.TemporaryDirectory(prefix="eventdb-") as tmp,
            EventDB(str(Path(tmp) / "scratch.db"), strict=strict) as db,
        ):
            yield db
        return
    url = _state(ctx).db
    if not create:
        _require_existing(url)
    with EventDB(url, strict=strict) as db:
        yield db


def _missing_sqlite_file(url: str | None) -> Path | None:
    """The path ``url`` names if it is a SQLite file that does not exist, else None."""
    from .store.schema import default_url, normalize_url

    full = normalize_url(url) if url else default_url()
    if full.startswith("sqlite:///"):
        path = Path(full.removeprefix("sqlite:///").split("?", 1)[0])
        if path.name and not path.exists():
            return path
    return None


def _database_exists(url: str | None) -> bool:
    """False only for a SQLite file that is not there yet (a server is assumed to exist)."""
    return _missing_sqlite_file(url) is None


def _require_existing(url: str | None) -> None:
    """Stop if ``url`` names a SQLite file that does not exist."""
    from .errors import NotFoundError

    path = _missing_sqlite_file(url)
    if path is not None:
        raise NotFoundError(f"no database at {path}: create it with 'eventdb init'")


# -- shared option types and helpers ---------------------------------------------------


LenientOption = Annotated[
    bool,
    typer.Option(
        "--lenient",
        help="Accept a phrase the resolver warns about (a weekday that contradicts its day "
        "number), keeping the day number's date; by default such a phrase is refused.",
    ),
]


@contextmanager
def _lenient_hint(ctx: typer.Context) -> Iterator[None]:
    """A phrase refused for what the resolver would only warn about ("Monday (19)" on a
    Tuesday) names the flag that accepts it: the user never asked for strict mode."""
    from .errors import AmbiguityWarningError

    try:
        yield
    except AmbiguityWarningError as e:
        if _state(ctx).debug:
            raise
        raise _OneLineError(_name_lenient(str(e)), 1) from e


_STRICT_SUFFIX = " (refused in strict mode)"


def _name_lenient(message: str) -> str:
    """The resolver's strict-mode refusal, naming the flag that accepts the phrase."""
    if not message.endswith(_STRICT_SUFFIX):
        return message
    return (
        message.removesuffix(_STRICT_SUFFIX)
        + ": pass --lenient to accept it (the day number's date is kept)"
    )


def _today() -> date:
    """Today: computed here only, for a --ref the user left out."""
    return date.today()


def _parse_day(value: str | None, option: str = "--ref") -> date | None:
    """A --ref / --published value: one day written YYYY-MM-DD."""
    if value is None:
        return None
    hint = f"'{option}'"
    try:
        d = FuzzyDate.parse(value)
    except EventDBError as e:
        raise typer.BadParameter(str(e), param_hint=hint) from None
    if d.precision is not Precision.DAY or d.approximate or d.uncertain:
        raise typer.BadParameter(
            f"{value!r} is not one day: write it as YYYY-MM-DD", param_hint=hint
        )
    return d.earliest


RefOption = Annotated[
    str | None,
    typer.Option(
        "--ref",
        metavar="DATE",
        help="The date the phrase is relative to (YYYY-MM-DD): usually the article's "
        "publication date. Default: today.",
    ),
]

PhraseLanguageOption = Annotated[
    str,
    typer.Option(
        "--language",
        metavar="CODE",
        help=f"The language the phrase is written in: {', '.join(PHRASE_LANGUAGES)}, or a tag"
        " with its region (pt-BR, es-AR: southern seasons).",
    ),
]


def _phrase_language(code: str) -> str:
    """A --language value for the resolver: one of the packs, else a usage error."""
    from .resolve.packs import pack_code

    if code not in PHRASE_LANGUAGES and not pack_code(code, ""):  # "pt-BR": pt, southern
        raise typer.BadParameter(
            f"{code!r} is not a language the resolver reads: {', '.join(PHRASE_LANGUAGES)}"
            " or a tag such as pt-BR",
            param_hint="'--language'",
        )
    return code


class ResolveFormat(str, Enum):
    text = "text"
    json = "json"
    edtf = "edtf"
    timex = "timex"


class TableFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Match(str, Enum):
    overlap = "overlap"
    within = "within"
    starts = "starts"


def _json(value: Any, indent: int | None = None, ensure_ascii: bool = False) -> str:
    """JSON text (the json module is imported on first use: not every run needs it)."""
    import json

    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _fail(message: str) -> NoReturn:
    """Stop with an EventDBError-style one-line error (exit 1)."""
    raise _OneLineError(message, 1)


def _ref_note(reference: date, defaulted: bool) -> str:
    if defaulted:
        return f"{reference.isoformat()} (today; pass --ref to change)"
    return reference.isoformat()


# -- resolve ---------------------------------------------------------------------------


@_command("resolve")
def resolve_cmd(
    ctx: typer.Context,
    phrase: Annotated[
        str, typer.Argument(metavar="PHRASE", help="The date phrase, as an article writes it.")
    ],
    ref: RefOption = None,
    fmt: Annotated[
        ResolveFormat,
        typer.Option("--format", "-f", help="text (with the explanation), json, edtf or timex."),
    ] = ResolveFormat.text,
    prefer: Annotated[
        str,
        typer.Option(
            "--prefer",
            metavar="past|future",
            help="For a bare weekday or month: the past (news reports) or the future.",
        ),
    ] = "past",
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse (exit 1) where the resolver would only warn."),
    ] = False,
    language: PhraseLanguageOption = "en",
) -> None:
    """Resolve a date phrase and explain how.

    The quickest way to see what eventdb understands: prints the dates the phrase covers,
    its EDTF and TimeML forms, the rule and explanation, and on "also:" lines the readings
    the ranking put second, each with its reason ("Monday": also the coming one, for a
    future verb; "until Friday": also the last one). Without --ref the phrase is
    read against today's date, and the output says so. With a database (--db or
    EVENTDB_URL), a phrase dated from an event ("three days after the invasion") finds
    that event among the stored ones by the words of its title or slug (or of a slug
    merged into it), and the output names it; a name that several events match equally
    is refused, listing their slugs.

    \b
    Example:
      eventdb resolve "since the end of last year" --ref 2023-09-19
      eventdb resolve "last week" --ref 2023-09-19 --format json
      eventdb --db chrono.db resolve "three days after the ICC warrant"
      eventdb resolve "desde o fim do ano passado" --ref 2023-09-19 --language pt
    """
    language = _phrase_language(language)
    if prefer not in ("past", "future"):
        raise typer.BadParameter(f"{prefer!r} is not 'past' or 'future'", param_hint="'--prefer'")
    reference = _parse_day(ref)
    defaulted = reference is None
    if reference is None:
        reference = _today()
    from .errors import ResolveError
    from .resolve import resolve

    anchor = None
    try:
        r = resolve(phrase, reference=reference, language=language, prefer=prefer, strict=strict)
    except ResolveError:
        anchor = _stored_anchor(ctx, phrase)
        if anchor is None:
            raise
        anchors = {anchor.name: anchor.span}
        r = resolve(
            phrase,
            reference=reference,
            language=language,
            prefer=prefer,
            strict=strict,
            anchors=anchors,
        )
    if fmt is ResolveFormat.json:
        out = _resolution_dict(r, defaulted)
        if anchor is not None:
            out["anchor"] = {"title": anchor.title, "slug": anchor.slug, "edtf": anchor.span.edtf}
        typer.echo(_json(out, indent=2, ensure_ascii=False))
    elif fmt is ResolveFormat.edtf:
        if r.start is None and r.end is None:
            _fail(f"{phrase!r} has no EDTF form: it is {r.type.lower()} {r.timex}")
        typer.echo(r.span.edtf)
    elif fmt is ResolveFormat.timex:
        if r.timex is None:
            _fail(f"{phrase!r} is a range with no single TIMEX3 value: try --format edtf")
        mod = f' mod="{r.mod}"' if r.mod else ""
        typer.echo(f'<TIMEX3 type="{r.type}" value="{r.timex}"{mod}>{_xml(phrase)}</TIMEX3>')
    else:
        pairs = _resolution_pairs(r, defaulted)
        if anchor is not None:
            pairs.append(("anchor", f"{anchor.title} ({anchor.slug}): {anchor.span.label}"))
        _echo_pairs(pairs)
        for w in r.warnings:
            typer.echo(f"warning: {w}", err=True)


def _stored_anchor(ctx: typer.Context, phrase: str) -> Any:
    """The stored event ``phrase`` dates from ("after the invasion"), when --db is given;
    stops with one line when the phrase names an event the database does not hold, or
    names several equally (the line lists their slugs)."""
    url = _state(ctx).db
    if url is None or not _database_exists(url):
        return None
    from .store.anchors import anchor_candidates, anchor_name

    name = anchor_name(phrase)
    if name is None:
        return None
    with _open(ctx) as db:
        found = anchor_candidates(db, phrase)
    if not found:
        _fail(f"{phrase!r}: no dated event in the database matches {name!r} by title or slug")
    if len(found) > 1:
        slugs = ", ".join(a.slug for a in found)
        _fail(
            f"{phrase!r}: {name!r} is ambiguous: {len(found)} dated events match it equally "
            f"({slugs}); name one by more of its title or slug words"
        )
    return found[0]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _resolution_pairs(r: Resolution, defaulted: bool) -> list[tuple[str, str]]:
    span = r.span
    pairs = [
        ("phrase", r.text),
        ("reference", _ref_note(r.reference, defaulted)),
        ("date", _label(r)),
    ]
    if r.start is not None or r.end is not None:
        pairs.append(("edtf", span.edtf))
    if r.timex is not None:
        pairs.append(("timex", r.timex + (f" (mod {r.mod})" if r.mod else "")))
    if r.earliest is not None or r.latest is not None:
        pairs.append(("earliest", _iso(r.earliest) or "unknown"))
        latest = _latest(r)
        pairs.append(("latest", _iso(latest) or ("ongoing" if r.ongoing else "unknown")))
    pairs.append(("rule", r.rule))
    pairs.append(("explanation", r.explanation))
    for a in r.alternatives:  # the readings the ranking put second
        pairs.append(("also", f"{_label(a.reading)} — {a.reason}"))
    return pairs


def _label(r: Resolution) -> str:
    """What a reading covers, as the ``date:`` line writes it."""
    return r.span.label if r.start or r.end else f"{r.type.lower()} {r.timex}"


def _latest(r: Resolution) -> date | None:
    """The last day a resolution covers, as every output gives it: none for an ongoing
    one ("since the end of last year": its start's last day is not the event's)."""
    return None if r.ongoing else r.latest


def _resolution_dict(r: Resolution, defaulted: bool) -> dict[str, Any]:
    return {
        "phrase": r.text,
        "reference": r.reference.isoformat(),
        "reference_is_today": defaulted,
        "type": r.type,
        "timex": r.timex,
        "mod": r.mod,
        "edtf": r.span.edtf if r.start is not None or r.end is not None else None,
        "label": r.span.label if r.start is not None or r.end is not None else None,
        "start": r.start.edtf if r.start is not None else None,
        "end": r.end.edtf if r.end is not None else None,
        "earliest": _iso(r.earliest),
        "latest": _iso(_latest(r)),
        "ongoing": r.ongoing,
        "as_of": _iso(r.span.as_of) if r.ongoing else None,
        "rule": r.rule,
        "explanation": r.explanation,
        "warnings": list(r.warnings),
        "alternatives": [
            {"label": _label(a.reading), "timex": a.reading.timex, "reason": a.reason}
            for a in r.alternatives
        ],
    }


def _echo_pairs(pairs: Sequence[tuple[str, str]], indent: str = "") -> None:
    width = max([len("explanation:"), *(len(k) + 1 for k, _ in pairs)])
    for k, v in pairs:
        typer.echo(f"{indent}{k + ':':<{width}} {v}")


if __name__ == "__main__":  # pragma: no cover
    main()


# -- database commands -----------------------------------------------------------------


@_command("init")
def init_cmd(ctx: typer.Context) -> None:
    """Create the database (or upgrade it to the current schema).

    Every command finds its database the same way: --db before the command, else the
    EVENTDB_URL environment variable, else the per-user data file.

    \b
    Example:
      eventdb --db chrono.db init
      EVENTDB_URL=postgresql+psycopg://localhost/chrono eventdb init
    """
    with _open(ctx, create=True) as db:
        typer.echo(f"Database ready: {db.url} (schema version {db.schema_version})")


@_command("info")
def info_cmd(ctx: typer.Context) -> None:
    """Show the database in use, its schema version and counts.

    \b
    Example:
      eventdb --db chrono.db info
    """
    with _open(ctx) as db:
        pairs = [("database", str(db.url)), ("schema version", str(db.schema_version))]
        pairs += [(name, str(n)) for name, n in db.counts().items()]
    _echo_pairs(pairs)


# -- timeline --------------------------------------------------------------------------

SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="PHRASE",
        help="Only events from this date on: any phrase eventdb resolves (2022, 2023-03, "
        "'last month'), read against today.",
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", metavar="PHRASE", help="Only events up to this date (as --since)."),
]
MatchOption = Annotated[
    Match,
    typer.Option(
        "--match",
        help="How an event's dates must meet --since/--until: overlap the range, lie "
        "within it, or start in it.",
    ),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", metavar="NAME", help="Only events with this actor (repeatable)."),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option("--tag", metavar="TAG", help="Only events with this tag (repeatable)."),
]
TypeOption = Annotated[
    list[str] | None,
    typer.Option("--type", metavar="TYPE", help="Only events of this type (repeatable)."),
]
PlaceOption = Annotated[
    list[str] | None,
    typer.Option("--place", metavar="NAME", help="Only events at this place (repeatable)."),
]
SearchOption = Annotated[
    str | None,
    typer.Option("--search", metavar="TEXT", help="Only events whose title or summary has TEXT."),
]
SourceFilterOption = Annotated[
    str | None,
    typer.Option("--source", metavar="ID|KEY", help="Only events cited by this source."),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", metavar="N", min=0, help="At most N events.")
]
ReverseOption = Annotated[bool, typer.Option("--reverse", help="Newest first.")]


def _query(
    db: EventDB,
    since: str | None,
    until: str | None,
    match: Match,
    actors: list[str] | None,
    tags: list[str] | None,
    types: list[str] | None,
    places: list[str] | None,
    search: str | None,
    source: str | None,
    limit: int | None,
    reverse: bool,
) -> list[EventRecord]:
    """The events the timeline filters select; relative --since/--until read against today."""
    return db.timeline(
        since=since,
        until=until,
        match=match.value,
        actors=actors or None,
        tags=tags or None,
        types=types or None,
        places=places or None,
        text=search,
        source=source,
        order="desc" if reverse else "asc",
        limit=limit,
        reference=_today(),
    )


def _as_written(c: Any) -> str:
    """How a citation dated its event: the phrase as written, else the EDTF set by hand."""
    if c is None:
        return ""
    return c.phrase or (f"{c.date_text} (EDTF)" if c.date_text else "")


def _source_name(e: EventRecord) -> str:
    from .formats._common import adopted

    c = adopted(e)
    return (c.source.key or c.source.title) if c is not None else ""


_SOURCE_KEYS = ("id", "key", "title", "publisher", "published", "url", "events")
_ACTOR_KEYS = ("name", "kind", "wikidata", "events")
_CONFLICT_KEYS = ("id", "slug", "title", "label", "citations")


def _event_row(e: EventRecord, phrases: bool) -> dict[str, Any]:
    """One event as a JSON/CSV row: its id, then the one row shape
    (``eventdb.formats.tabular.event_row``, what ``export -f jsonl`` writes), and with
    --phrases the phrase as written and its reference."""
    from .formats.tabular import event_row

    row = {"id": e.id, **event_row(e)}
    if phrases:
        from .formats._common import adopted

        c = adopted(e)
        row["phrase"] = _as_written(c)
        row["reference"] = _iso(c.reference) if c is not None else None
    return row


def _event_keys(phrases: bool) -> list[str]:
    """The keys of :func:`_event_row`, for the CSV header when no event matches."""
    from .formats.tabular import ROW_FIELDS

    return ["id", *ROW_FIELDS, *(["phrase", "reference"] if phrases else [])]


def _table_row(e: EventRecord, phrases: bool) -> list[str]:
    row = [e.label, e.title, ", ".join(a.name for a in e.actors), _source_name(e)]
    if phrases:
        from .formats._common import adopted

        c = adopted(e)
        row += [_as_written(c), _iso(c.reference) or "" if c else ""]
    return row


def _echo_rows(
    rows: list[dict[str, Any]],
    table: list[list[str]],
    headers: list[str],
    fmt: TableFormat,
    tablefmt: str | None,
    keys: list[str],
    raw_csv: bool = False,
) -> None:
    """Print rows in the shared --format choices (tabulate for table and markdown); ``keys``
    are the JSON/CSV fields, for the CSV header when there are no rows; CSV cells that
    would start a spreadsheet formula are guarded unless ``raw_csv``."""
    if fmt is TableFormat.json:
        typer.echo(_json(rows, indent=2, ensure_ascii=False))
    elif fmt is TableFormat.jsonl:
        for row in rows:
            typer.echo(_json(row, ensure_ascii=False))
    elif fmt is TableFormat.csv:
        import io

        from .formats._common import csv_cell
        from .formats.tabular import csv_row, write_csv_rows

        guard: Callable[[str], str] = (lambda c: c) if raw_csv else csv_cell
        buf = io.StringIO()
        write_csv_rows(buf, [keys], ([guard(c) for c in csv_row(row, keys)] for row in rows))
        _write_stdout(buf.getvalue())
    else:
        from tabulate import tabulate

        style = tablefmt or ("github" if fmt is TableFormat.markdown else "simple")
        if table:
            cells = _table_cells(table, style)
            typer.echo(tabulate(cells, headers=headers, tablefmt=style, disable_numparse=True))


_MARKDOWN_STYLES = frozenset({"github", "pipe"})


def _table_cells(table: list[list[str]], style: str) -> list[list[str]]:
    """Cells made safe for the tabulate ``style``: one line each (so N rows print as N
    rows), escaped as ``export -f markdown`` escapes for the markdown styles, and as HTML
    for ``unsafehtml`` (tabulate's ``html`` escapes them itself)."""
    from .formats._common import one_line

    if style in _MARKDOWN_STYLES:
        from .formats.markdown import md_text

        return [[md_text(c) for c in row] for row in table]
    if style == "unsafehtml":
        import html

        return [[html.escape(one_line(c)) for c in row] for row in table]
    return [[one_line(c) for c in row] for row in table]


FormatOption = Annotated[
    TableFormat,
    typer.Option("--format", "-f", help="table, markdown, json, jsonl or csv."),
]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="csv: cells as they are, for programs. By default a cell starting =, +, -, @ "
        "gets a leading ' that keeps spreadsheets from running it (import takes it off).",
    ),
]
FmtOption = Annotated[
    str | None,
    typer.Option(
        "--fmt",
        metavar="STYLE",
        help="Any tabulate table style for --format table (plain, grid, rounded_outline, ...).",
    ),
]


@_command("timeline")
def timeline_cmd(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    match: MatchOption = Match.overlap,
    actor: ActorOption = None,
    tag: TagOption = None,
    type_: TypeOption = None,
    place: PlaceOption = None,
    search: SearchOption = None,
    source: SourceFilterOption = None,
    limit: LimitOption = None,
    reverse: ReverseOption = False,
    fmt: FormatOption = TableFormat.table,
    tablefmt: FmtOption = None,
    phrases: Annotated[
        bool,
        typer.Option("--phrases", help="Add each date phrase as written and its reference date."),
    ] = False,
    raw_csv: RawCsvOption = False,
) -> None:
    """List events in date order.

    The table shows each event's date label, title, actors and source, with the
    events known only to precede their source ("before 19 September 2023") last.
    Relative filters (--since "last month") are read against today. JSON, JSON Lines and
    CSV rows carry the event's id and then the fields export --format jsonl writes (slug,
    title, label, earliest, latest, ..., precision, edtf, ongoing, as_of, dated, sources;
    see docs/formats.md); latest is null for an ongoing event. --format json prints []
    when nothing matches.

    \b
    Example:
      eventdb timeline --since 2022
      eventdb timeline --since 2023-09 --actor Armenia --format json
      eventdb timeline --tag blockade --phrases --fmt rounded_outline
    """
    if tablefmt is not None:
        from tabulate import tabulate_formats

        if tablefmt not in tabulate_formats:
            raise typer.BadParameter(
                f"{tablefmt!r} is not a tabulate style (try plain, simple, github, grid)",
                param_hint="'--fmt'",
            )
    with _open(ctx) as db:
        events = _query(
            db, since, until, match, actor, tag, type_, place, search, source, limit, reverse
        )
    headers = ["date", "title", "actors", "source"] + (["phrase", "ref"] if phrases else [])
    # A table reads as a chronology: events known only to precede their source ("before 19
    # September 2023") go after the dated ones. JSON, JSON Lines and CSV keep the store's
    # order (Span.sort_key, unknown starts first), which paging follows.
    shown = [e for e in events if e.dated] + [e for e in events if not e.dated]
    _echo_rows(
        [_event_row(e, phrases) for e in events],
        [_table_row(e, phrases) for e in shown],
        headers,
        fmt,
        tablefmt,
        _event_keys(phrases),
        raw_csv,
    )
    if not events and fmt in (TableFormat.table, TableFormat.markdown):
        typer.echo("No events match.", err=True)


# -- one event -------------------------------------------------------------------------

EventArg = Annotated[str, typer.Argument(metavar="ID|SLUG", help="The event's id or slug.")]


def _event_pairs(e: EventRecord) -> list[tuple[str, str]]:
    span = e.span
    pairs = [("title", e.title), ("date", e.label), ("edtf", span.edtf)]
    if e.type:
        pairs.append(("type", e.type + (f" ({e.type_scheme})" if e.type_scheme else "")))
    if e.actors:
        names = [a.name + (f" ({a.role})" if a.role else "") for a in e.actors]
        pairs.append(("actors", ", ".join(names)))
    if e.places:
        pairs.append(("places", ", ".join(p.name for p in e.places)))
    if e.tags:
        pairs.append(("tags", ", ".join(e.tags)))
    if e.summary:
        pairs.append(("summary", e.summary))
    return pairs


def _source_line(s: Any) -> str:
    bits = [s.title]
    if s.publisher:
        bits.append(s.publisher)
    if s.published is not None:
        bits.append(s.published.label)
    from .formats._common import safe_url

    url = safe_url(s.url)
    return ", ".join(bits) + (f" <{url}>" if url else "")


def _echo_citation(c: Any, n: int) -> None:
    key = f"[{c.source.key}] " if c.source.key else ""
    typer.echo(f"  {n}. {key}{_source_line(c.source)}" + (" (adopted)" if c.adopted else ""))
    pairs: list[tuple[str, str]] = [("date", c.span.label)]
    if c.phrase:
        phrase = repr(c.phrase) + (f" to {c.end_phrase!r}" if c.end_phrase else "")
        ref = f", relative to {c.reference.isoformat()}" if c.reference is not None else ""
        pairs.append(("phrase", phrase + ref))
    if c.quote:
        pairs.append(("quote", f"\u201c{c.quote}\u201d"))
    if c.explanation:
        pairs.append(("explanation", c.explanation))
    _echo_pairs(pairs, indent="     ")


@_command("show")
def show_cmd(ctx: typer.Context, event: EventArg) -> None:
    """Show everything about one event.

    Its dates, actors, places and tags; each citation with its quote, the phrase as
    written and how it was resolved; relations to other events; conflicting dates.

    \b
    Example:
      eventdb show lachin-corridor-blocked
      eventdb show 12
    """
    with _open(ctx) as db:
        e = db.get_event(event)
        conflicting = [cs for ev, cs in db.conflicts() if ev.id == e.id]
    typer.echo(f"#{e.id} {e.slug}")
    _echo_pairs(_event_pairs(e))
    if not e.dated:
        typer.echo("(undated: the source places it only before its publication)")
    if e.citations:
        typer.echo("citations:")
        for n, c in enumerate(e.citations, 1):
            _echo_citation(c, n)
    if e.relations:
        typer.echo("relations:")
        for r in e.relations:
            title = f" ({r.target_title})" if r.target_title else ""
            typer.echo(f"  {r.kind} {r.target_slug}{title}")
    for cs in conflicting:
        typer.echo("conflicts: the sources disagree on the date")
        for c in cs:
            typer.echo(f"  {c.span.label}: {c.source.key or c.source.title}")


@_command("delete")
def delete_cmd(
    ctx: typer.Context,
    event: EventArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an event and its citations (asks first unless --yes).

    \b
    Example:
      eventdb delete lachin-corridor-blocked --yes
    """
    with _open(ctx) as db:
        e = db.get_event(event)
        if not yes:
            typer.confirm(f"Delete #{e.id} {e.slug} ({e.label}: {e.title})?", abort=True)
        db.delete_event(e.id if e.id is not None else event)
    typer.echo(f"Deleted #{e.id} {e.slug}")


# -- lists -----------------------------------------------------------------------------


@_command("sources")
def sources_cmd(
    ctx: typer.Context,
    fmt: FormatOption = TableFormat.table,
    tablefmt: FmtOption = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """List the sources with the number of events each dates.

    \b
    Example:
      eventdb sources
      eventdb sources --format csv > sources.csv
    """
    from .formats._common import safe_url

    with _open(ctx) as db:
        sources = db.sources()
    rows = [
        {
            "id": s.id,
            "key": s.key,
            "title": s.title,
            "publisher": s.publisher,
            "published": s.published.edtf if s.published is not None else None,
            "url": safe_url(s.url),
            "events": n,
        }
        for s, n in sources
    ]
    table = [
        [str(s.id), s.key, s.title, s.publisher, s.published.label if s.published else "", str(n)]
        for s, n in sources
    ]
    headers = ["id", "key", "title", "publisher", "published", "events"]
    _echo_rows(rows, table, headers, fmt, tablefmt, list(_SOURCE_KEYS), raw_csv)


@_command("actors")
def actors_cmd(
    ctx: typer.Context,
    fmt: FormatOption = TableFormat.table,
    tablefmt: FmtOption = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """List the actors with the number of events each takes part in.

    \b
    Example:
      eventdb actors
      eventdb actors --format json
    """
    with _open(ctx) as db:
        actors = db.actors()
    rows = [
        {"name": a.name, "kind": a.kind, "wikidata": a.wikidata, "events": n} for a, n in actors
    ]
    table = [[a.name, a.kind, str(n)] for a, n in actors]
    _echo_rows(rows, table, ["actor", "kind", "events"], fmt, tablefmt, list(_ACTOR_KEYS), raw_csv)


@_command("conflicts")
def conflicts_cmd(
    ctx: typer.Context,
    fmt: FormatOption = TableFormat.table,
    tablefmt: FmtOption = None,
    raw_csv: RawCsvOption = False,
) -> None:
    """List events whose sources disagree on the date.

    Each event is listed with every source's date for it and which one was adopted.

    \b
    Example:
      eventdb conflicts
      eventdb conflicts --format json
    """
    with _open(ctx) as db:
        conflicts = db.conflicts()
    rows = [
        {
            "id": e.id,
            "slug": e.slug,
            "title": e.title,
            "label": e.label,
            "citations": [
                {
                    "source": c.source.key or c.source.title,
                    "label": c.span.label,
                    "edtf": c.span.edtf,
                    "phrase": c.phrase,
                    "adopted": c.adopted,
                }
                for c in cs
            ],
        }
        for e, cs in conflicts
    ]
    table = [
        [e.slug, c.span.label, c.source.key or c.source.title, c.phrase, "yes" if c.adopted else ""]
        for e, cs in conflicts
        for c in cs
    ]
    headers = ["event", "date", "source", "phrase", "adopted"]
    _echo_rows(rows, table, headers, fmt, tablefmt, list(_CONFLICT_KEYS), raw_csv)
    if not conflicts and fmt in (TableFormat.table, TableFormat.markdown):
        typer.echo("No conflicts.", err=True)


_DUPLICATE_KEYS = (
    "score",
    "a",
    "a_title",
    "a_label",
    "b",
    "b_title",
    "b_label",
    "title_similarity",
    "shared_actors",
    "shared_places",
    "reason",
)


@_command("duplicates")
def duplicates_cmd(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    min_score: Annotated[
        float,
        typer.Option("--min-score", min=0.0, max=1.0, help="Leave out pairs scoring less (0-1)."),
    ] = 0.5,
    limit: Annotated[
        int | None, typer.Option("--limit", metavar="N", min=0, help="At most N pairs.")
    ] = None,
    fmt: FormatOption = TableFormat.table,
    tablefmt: FmtOption = None,
) -> None:
    """List pairs of events that are likely one event reported twice.

    A pair's dates overlap and its titles are alike or it shares actors and places; the
    score (0-1) is 0.5 x title similarity + 0.3 x shared actors + 0.2 x shared places,
    and the reason says which. The first of a pair is the older event: merge the second
    into it with 'eventdb merge FIRST SECOND'.

    \b
    Example:
      eventdb duplicates
      eventdb duplicates --since 2023 --min-score 0.7 --format csv
    """
    with _open(ctx) as db:
        pairs = db.duplicates(since, until, min_score=min_score, limit=limit, reference=_today())
    rows = [
        {
            "score": p.score,
            "a": p.a.slug,
            "a_title": p.a.title,
            "a_label": p.a.label,
            "b": p.b.slug,
            "b_title": p.b.title,
            "b_label": p.b.label,
            "title_similarity": p.title_similarity,
            "shared_actors": p.shared_actors,
            "shared_places": p.shared_places,
            "reason": p.reason,
        }
        for p in pairs
    ]
    table = [[f"{p.score:.2f}", p.a.slug, p.b.slug, p.reason] for p in pairs]
    _echo_rows(rows, table, ["score", "keep", "other", "why"], fmt, tablefmt, list(_DUPLICATE_KEYS))
    if not pairs and fmt in (TableFormat.table, TableFormat.markdown):
        typer.echo("No likely duplicates.", err=True)


@_command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The event to keep (id or slug).")],
    other: Annotated[
        str, typer.Argument(metavar="OTHER", help="The event merged into KEEP (id or slug).")
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Merge OTHER into KEEP: one event from two reports of it (asks first unless --yes).

    OTHER's citations, actors, places, tags and relations move onto KEEP, KEEP's date is
    chosen again from all its citations, and OTHER is deleted; its slug stays as an alias
    of KEEP that show, edit and relations still find. All in one transaction.

    \b
    Example:
      eventdb duplicates
      eventdb merge icc-warrant court-seeks-putins-arrest --yes
    """
    with _open(ctx) as db:
        a, b = db.get_event(keep), db.get_event(other)
        if not yes and a.id != b.id:
            typer.confirm(
                f"Merge #{b.id} {b.slug} ({b.label}: {b.title}) into "
                f"#{a.id} {a.slug} ({a.label}: {a.title})?",
                abort=True,
            )
        e = db.merge(keep, other)
    typer.echo(f"Merged #{b.id} {b.slug} into #{e.id} {e.slug} ({e.label}: {e.title})")


# -- adding and editing ----------------------------------------------------------------


@_command("add")
def add_cmd(
    ctx: typer.Context,
    title: Annotated[
        str,
        typer.Argument(
            metavar="TITLE", help="What happened, in one line (line breaks become spaces)."
        ),
    ],
    when: Annotated[
        str | None,
        typer.Option("--when", metavar="PHRASE", help="The date phrase exactly as written."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--end", metavar="PHRASE", help="A separate phrase for when it ended."),
    ] = None,
    date_: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="EDTF", help="An explicit EDTF date or span; wins over --when."
        ),
    ] = None,
    ref: RefOption = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="ID|KEY",
            help="The source reporting it: its publication date is the reference date.",
        ),
    ] = None,
    quote: Annotated[str, typer.Option("--quote", metavar="TEXT", help="The source's words.")] = "",
    summary: Annotated[
        str, typer.Option("--summary", metavar="TEXT", help="A longer description.")
    ] = "",
    type_: Annotated[
        str, typer.Option("--type", metavar="TYPE", help="Event type (free text).")
    ] = "",
    actor: Annotated[
        list[str] | None, typer.Option("--actor", metavar="NAME", help="An actor (repeatable).")
    ] = None,
    place: Annotated[
        list[str] | None, typer.Option("--place", metavar="NAME", help="A place (repeatable).")
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", metavar="TAG", help="A tag (repeatable).")
    ] = None,
    slug: Annotated[
        str | None,
        typer.Option("--slug", metavar="SLUG", help="The event's slug (default: from the title)."),
    ] = None,
    lenient: LenientOption = False,
    language: PhraseLanguageOption = "en",
) -> None:
    """Add an event, dated by a phrase as an article writes it.

    The phrase is resolved against --ref, or the publication date of --source; with
    neither, against today, and the output says so. Prints the event with its resolved
    date, the explanation and any warning.

    \b
    Example:
      eventdb add "Azerbaijan blocks the Lachin corridor" \\
          --when "since the end of last year" --ref 2023-09-19 \\
          --actor Azerbaijan --tag blockade
      eventdb add "Aid trucks reach Stepanakert" --when "this Monday (18)" \\
          --source seed-armenia-2023-09-19
      eventdb add "Ajuda chega a Stepanakert" --when "nesta segunda-feira (18)" \\
          --ref 2023-09-19 --language pt
    """
    language = _phrase_language(language)
    if ref is not None and source is not None:
        raise typer.BadParameter("give --ref or --source, not both", param_hint="'--ref'")
    if when is None and date_ is None:
        raise typer.BadParameter("say when: --when PHRASE or --date EDTF", param_hint="'--when'")
    reference = _parse_day(ref)
    defaulted = reference is None and source is None and date_ is None
    if defaulted:
        reference = _today()
    with _lenient_hint(ctx), _open(ctx, create=True, strict=not lenient) as db:
        e = db.add_event(
            title,
            when=when,
            end=end,
            date=date_,
            source=source,
            reference=reference,
            quote=quote,
            summary=summary,
            type=type_,
            actors=actor or (),
            places=place or (),
            tags=tag or (),
            slug=slug,
            language=language,
        )
    typer.echo(f"Added #{e.id} {e.slug}")
    _echo_event_brief(e, defaulted)
    from .formats._common import adopted

    c = adopted(e)
    for w in c.warnings if c is not None else ():  # kept on the citation: never resolved twice
        typer.echo(f"warning: {w}", err=True)


def _echo_event_brief(e: EventRecord, defaulted: bool) -> None:
    pairs = _event_pairs(e)
    from .formats._common import adopted

    c = adopted(e)
    if c is not None and c.phrase:
        ref = ""
        if c.reference is not None:
            ref = f", relative to {_ref_note(c.reference, defaulted)}"
        pairs.append(("phrase", repr(c.phrase) + ref))
    if c is not None and c.explanation:
        pairs.append(("explanation", c.explanation))
    _echo_pairs(pairs)


@_command("edit")
def edit_cmd(
    ctx: typer.Context,
    event: EventArg,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="A new title.")
    ] = None,
    date_: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="EDTF",
            help="Set the date by hand (EDTF date or span); '' returns to the citations' date.",
        ),
    ] = None,
    summary: Annotated[
        str | None, typer.Option("--summary", metavar="TEXT", help="A new summary.")
    ] = None,
    type_: Annotated[
        str | None, typer.Option("--type", metavar="TYPE", help="A new event type.")
    ] = None,
    actor: Annotated[
        list[str] | None,
        typer.Option("--actor", metavar="NAME", help="Replace the actors (repeatable)."),
    ] = None,
    place: Annotated[
        list[str] | None,
        typer.Option("--place", metavar="NAME", help="Replace the places (repeatable)."),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", metavar="TAG", help="Replace the tags (repeatable)."),
    ] = None,
    slug: Annotated[str | None, typer.Option("--slug", metavar="SLUG", help="A new slug.")] = None,
) -> None:
    """Change an event.

    Only the fields given change; --actor, --place and --tag replace the lists. To date
    the event by another source's phrase, cite that source (import it with citations:).

    \b
    Example:
      eventdb edit lachin-corridor-blocked --tag blockade --tag humanitarian
      eventdb edit 12 --date "2022-12-12/.." --title "Azerbaijan blocks the Lachin corridor"
    """
    fields: dict[str, Any] = {
        "title": title,
        "summary": summary,
        "type": type_,
        "actors": actor,
        "places": place,
        "tags": tag,
        "slug": slug,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    if date_ is not None:
        fields["date"] = date_ or None  # '' -> None: back to the citations' date
    if not fields:
        raise click_exc.UsageError("nothing to change: give an option such as --title", ctx)
    with _open(ctx) as db:
        e = db.update_event(event, **fields)
    typer.echo(f"Updated #{e.id} {e.slug}")
    _echo_event_brief(e, False)


# -- files in and out ------------------------------------------------------------------


class ReadFormat(str, Enum):
    """The readers of eventdb.formats (a test checks the two lists agree)."""

    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    acled = "acled"


class ExportFormat(str, Enum):
    """The writers of eventdb.formats (a test checks the two lists agree)."""

    markdown = "markdown"
    html = "html"
    timelinejs = "timelinejs"
    ics = "ics"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class GroupBy(str, Enum):
    year = "year"
    month = "month"
    none = "none"


class Lanes(str, Enum):
    actor = "actor"
    type = "type"


class _CountedList(list[Any]):
    """A list that reports each item taken from it (the store requires a list of events)."""

    def __init__(self, items: list[Any], step: Callable[[], None]) -> None:
        super().__init__(items)
        self._step = step

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            yield item
            self._step()


def _stderr_is_tty() -> bool:
    return typer.get_text_stream("stderr").isatty()


@contextmanager
def _progress(items: Any, label: str) -> Iterator[Any]:
    """``items`` (a list or an iterator of records) advancing a progress bar on a terminal's
    stderr as each is taken; ``items`` unchanged when stderr is not a terminal."""
    if not _stderr_is_tty():
        yield items
        return
    stderr = typer.get_text_stream("stderr")
    if isinstance(items, list):
        with typer.progressbar(length=len(items), label=label, file=stderr, show_pos=True) as bar:
            yield _CountedList(items, lambda: bar.update(1))
    else:
        with typer.progressbar(items, label=label, file=stderr, show_pos=True) as bar:
            yield bar


@contextmanager
def _closing_all(items: Iterator[Any]) -> Iterator[None]:
    """Close every lazy reader in ``items`` on the way out, read to the end or not."""
    readers = [x for x in items if hasattr(x, "close")]
    try:
        yield
    finally:
        for r in readers:
            r.close()


@_command("import")
def import_cmd(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE", help="YAML, JSON, JSON Lines or CSV files (ACLED CSV too)."),
    ],
    fmt: Annotated[
        ReadFormat | None,
        typer.Option("--format", "-f", help="The files' format. Default: by extension."),
    ] = None,
    skip_errors: Annotated[
        bool,
        typer.Option("--skip-errors", help="Import the valid records and list the ones skipped."),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Check the files by importing them into the database in a transaction "
            "that is then rolled back: change nothing.",
        ),
    ] = False,
    lenient: LenientOption = False,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Refresh the events already held from the files (see above).",
        ),
    ] = False,
) -> None:
    """Import events and sources from files.

    YAML and JSON documents hold sources: and events:, whose phrases resolve against
    their source's publication date; JSON Lines and CSV hold one event a row. All or
    nothing by default: the first bad record stops the import with its file, line and
    field, and nothing is written. --skip-errors imports the rest and lists what was
    skipped. Importing again is safe: an event already held (the same explicit slug, or
    a citation with the same source and quote) is counted, not copied ("0 new, 7 already
    held"). --update refreshes those events from the files instead: non-empty titles,
    summaries, types, actors, places and tags replace the stored ones, phrases are
    resolved again and new citations added, and the adopted date and conflicts follow;
    nothing is blanked.

    \b
    Example:
      eventdb import fixtures/armenia-2023.yaml
      eventdb import events.csv --skip-errors
      eventdb import draft.yaml --dry-run
      eventdb import draft.yaml --update
    """
    from .formats import read

    # Read every file first, so a malformed one stops the command before anything is
    # written (flat files stream, so with several files they are read into memory first).
    docs: list[tuple[str, Any]] = []
    with _warnings_echoed():
        for p in files:
            doc = read(p, fmt.value if fmt is not None else None)
            docs.append((str(p), doc if isinstance(doc, dict) or len(files) == 1 else list(doc)))
    # All files in one transaction: a bad record in the last leaves the first unimported.
    # A dry run does the same against the database (its sources count), then rolls back;
    # with no database yet, it checks against an empty scratch one.
    scratch = dry_run and not _database_exists(_state(ctx).db)
    with (
        _closing_all(doc for _, doc in docs),
        _lenient_hint(ctx),
        _open(ctx, create=True, scratch=scratch, strict=not lenient) as db,
        ExitStack() as bars,
    ):
        parts: list[tuple[str, Any]] = []
        for where, doc in docs:
            label = f"Importing {where}"
            if isinstance(doc, dict):
                events = doc.get("events")
                if isinstance(events, list):
                    doc = {**doc, "events": bars.enter_context(_progress(events, label))}
            else:
                doc = bars.enter_context(_progress(doc, label))
            parts.append((where, doc))
        report = db.import_many(parts, skip_errors=skip_errors, dry_run=dry_run, update=update)
    added, skipped = report.added, report.skipped
    verb = "Would import" if dry_run else "Imported"
    n_files = f"{len(files)} file{'' if len(files) == 1 else 's'}"
    if report.held or report.updated:
        updated = f"{report.updated} updated, " if update else ""
        typer.echo(f"{verb} {n_files}: {added} new, {updated}{report.held} already held")
    else:
        typer.echo(f"{verb} {added} event{'' if added == 1 else 's'} from {n_files}")
    if skipped:
        typer.echo(f"Skipped {len(skipped)}:", err=True)
        for where, message in skipped:
            line = message if message.startswith(where) else f"{where}: {message}"
            typer.echo(f"  {_name_lenient(line)}", err=True)


@_command("export")
def export_cmd(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="The chronology or interchange format."),
    ] = ExportFormat.markdown,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here, not to standard output."),
    ] = None,
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="The chronology's title.")
    ] = "Chronology",
    group_by: Annotated[
        GroupBy, typer.Option("--group-by", help="markdown: headings by year, month or none.")
    ] = GroupBy.year,
    phrases: Annotated[
        bool,
        typer.Option("--phrases", help="markdown: each phrase as written and its resolved date."),
    ] = False,
    lanes: Annotated[
        Lanes | None,
        typer.Option(
            "--lanes",
            help="html, timelinejs: lanes by actor or type (the ten largest; the rest in Other).",
        ),
    ] = None,
    include_coarse: Annotated[
        bool,
        typer.Option(
            "--include-coarse",
            help="ics: also events coarser than a day (the default now; kept for scripts).",
        ),
    ] = False,
    days_only: Annotated[
        bool,
        typer.Option(
            "--days-only", help="ics: only day-precision events, as before coarse ones were in."
        ),
    ] = False,
    raw_csv: RawCsvOption = False,
    since: SinceOption = None,
    until: UntilOption = None,
    match: MatchOption = Match.overlap,
    actor: ActorOption = None,
    tag: TagOption = None,
    type_: TypeOption = None,
    place: PlaceOption = None,
    search: SearchOption = None,
    source: SourceFilterOption = None,
    limit: LimitOption = None,
    reverse: ReverseOption = False,
) -> None:
    """Export a chronology or an interchange file.

    markdown (a chronology with footnoted sources), html (one self-contained page with a
    time axis), timelinejs, ics (iCalendar), csv, json and jsonl (every field; json and
    jsonl import back unchanged). Takes the same filters as timeline. Says how many
    events it wrote and which it left out (ics: undated ones, and with --days-only those
    coarser than a day). Ongoing events with no as-of date end today in timelinejs and ics.

    \b
    Example:
      eventdb export --format markdown --title "Armenia and Russia" -o chronology.md
      eventdb export --format html --since 2020 --lanes actor -o timeline.html
      eventdb export --format ics --days-only -o days.ics
      eventdb export --format json > backup.json
    """
    from datetime import date

    from .formats import write

    if include_coarse and days_only:
        raise typer.BadParameter(
            "--include-coarse and --days-only contradict each other", param_hint="'--days-only'"
        )

    with _open(ctx) as db:
        events = _query(
            db, since, until, match, actor, tag, type_, place, search, source, limit, reverse
        )
    options: dict[str, Any] = {
        "title": title,
        "group_by": group_by.value,
        "phrases": phrases,
        "lanes": lanes.value if lanes is not None else None,
        "days_only": days_only,
        "today": date.today(),
        "raw": raw_csv,
    }
    flags = {"days_only=False": "leave out --days-only"}
    if output is None:
        import io

        buf = io.StringIO()
        report = write(fmt.value, events, buf, **options)
        _write_stdout(buf.getvalue())
        if report.left_out:
            typer.echo(report.message(options=flags), err=True)
        return
    with output.open("w", encoding="utf-8", newline="") as out:
        report = write(fmt.value, events, out, **options)
    typer.echo(report.message(target=str(output), options=flags), err=True)


# -- extract ---------------------------------------------------------------------------


class ExtractFormat(str, Enum):
    table = "table"
    yaml = "yaml"
    json = "json"


@_command("extract")
def extract_cmd(
    ctx: typer.Context,
    article: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE",
            help="The article: plain text, or a saved web page (.html, .htm, or text that "
            "opens as HTML); '-' (the default) reads stdin.",
        ),
    ] = "-",
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="DATE",
            help="The article's publication date (YYYY-MM-DD): the reference for its phrases. "
            "Required for plain text; a web page gives its own, which this overrides.",
        ),
    ] = None,
    html: Annotated[
        bool,
        typer.Option("--html", help="Read the input as a saved web page, whatever its name."),
    ] = False,
    source_title: Annotated[
        str | None,
        typer.Option(
            "--title",
            "--source-title",
            metavar="TEXT",
            help="The article's headline (a web page gives its own).",
        ),
    ] = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher", metavar="TEXT", help="Who published it (a web page gives its site name)."
        ),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(
            "--url",
            metavar="URL",
            help="Where it was published (a web page gives its canonical URL).",
        ),
    ] = None,
    language: Annotated[
        str,
        typer.Option(
            "--language",
            metavar="CODE",
            help="The article's language: en, pt or es. Phrases are found and resolved in "
            "it, and it is recorded on the draft's source, so import reads them the same way.",
        ),
    ] = "en",
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="table (a preview of the draft's events), or yaml / json (the draft to import).",
        ),
    ] = ExtractFormat.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here, not to standard output."),
    ] = None,
) -> None:
    """Find every dated phrase in an article and draft a chronology from it.

    Each phrase is resolved against the publication date, or against the date the story
    last set ("the next day"). The draft holds one event per dated sentence: its title the
    clause that carries the date, its quote the sentence, its phrase as written. The table
    previews exactly those events with the dates import will give them; --format yaml (or
    json) writes the draft of sources: and events: that eventdb import accepts as it is.

    A saved web page is read for its article text only (no navigation, tickers or
    footers), and for its headline, site name, canonical URL and publication date; a
    --published, --title, --publisher or --url given wins over the page's, and stderr
    says where the date came from. With a database (--db or EVENTDB_URL), a duration
    counted from a stored event ("three days after the invasion") is dated from that
    event, found by its title or slug words, and stderr names it.

    \b
    Example:
      eventdb extract page.html -f yaml -o draft.yaml
      eventdb extract article.txt --published 2023-09-19 --publisher Folha
      curl -s https://example.org/story.html | eventdb extract - --html
    """
    from .extract import draft_document, event_span, extract
    from .resolve import resolve as resolve_phrase
    from .resolve.packs import pack_code

    if not pack_code(language, default=""):
        _phrase_language(language)  # the one message for a language no pack reads
    from .textio import web_url

    if url is not None and url.strip() and not web_url(url):
        raise typer.BadParameter(
            f"{url!r} is not an http(s) URL (https://...)", param_hint="'--url'"
        )
    day = _parse_day(published, "--published")
    name = "stdin" if article == "-" else article
    from .textio import read_bytes, read_text

    with _warnings_echoed():
        if article == "-":
            raw = read_bytes(typer.get_binary_stream("stdin").read(), "<stdin>")
        else:
            raw = read_text(article)
    meta = {"title": source_title, "publisher": publisher, "url": web_url(url) if url else url}
    from .extract.page import looks_like_html

    is_html = html or Path(article).suffix.lower() in (".html", ".htm", ".xhtml")
    if is_html or looks_like_html(raw):
        from .errors import PageError
        from .extract.page import read_page

        try:
            page = read_page(raw)
        except PageError as e:
            _fail(f"{name}: {e}")
        text = page.text
        page_meta = {"title": page.title, "publisher": page.publisher, "url": page.url}
        meta = {k: v if v is not None else page_meta[k] for k, v in meta.items()}
        if day is None and page.published is None:
            _fail(f"{name}: the page gives no publication date: pass --published YYYY-MM-DD")
        if day is None:
            assert page.published is not None
            day = page.published
            typer.echo(f"Published {day.isoformat()}, from the page's metadata", err=True)
        elif page.published is not None and page.published != day:
            typer.echo(
                f"Published {day.isoformat()}, from --published "
                f"(the page's metadata says {page.published.isoformat()})",
                err=True,
            )
        else:
            typer.echo(f"Published {day.isoformat()}, from --published", err=True)
    else:
        text = raw
        if day is None:
            raise click_exc.UsageError(
                "Missing option '--published': plain text carries no publication date"
            )
    anchors: dict[str, Any] = {}
    db_url = _state(ctx).db
    if db_url is not None and _database_exists(db_url):
        from .store.anchors import anchors_in_text

        with _open(ctx) as db:
            anchors = anchors_in_text(db, text)
        for a in anchors.values():
            typer.echo(f"Dating from a stored event: {a.name!r} is {a.title} ({a.slug})", err=True)
    spans = {name: a.span for name, a in anchors.items()}
    mentions = extract(text, reference=day, language=language, anchors=spans)
    doc = draft_document(
        text,
        mentions,
        published=day,
        source_title=meta["title"] or "",
        publisher=meta["publisher"] or "",
        url=meta["url"] or "",
        language=language,
    )
    if fmt is ExtractFormat.table:
        from tabulate import tabulate

        from .resolve.packs import pack_code

        code = pack_code(language)

        def span(e: dict[str, Any]) -> Any:
            """The span import gives ``e``, its phrase read in the article's language."""
            if code == "en" or e.get("date"):
                return event_span(e, day)
            return resolve_phrase(str(e["when"]), reference=day, language=code).span

        rows = [[e["when"], span(e).label, e["title"]] for e in doc["events"]]
        body = (
            tabulate(
                rows,
                headers=["when", "date", "title"],
                tablefmt="simple",
                disable_numparse=True,
            )
            + "\n"
            if rows
            else ""
        )
    elif fmt is ExtractFormat.json:
        body = _json(doc, indent=2, ensure_ascii=False) + "\n"
    else:
        import yaml

        body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    if output is None:
        _write_stdout(body)
    else:
        output.write_text(body, encoding="utf-8")
        typer.echo(f"Wrote {output}", err=True)
    if not doc["events"]:
        typer.echo("No dated phrases found.", err=True)
