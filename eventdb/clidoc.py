"""Generate docs/cli.md from the command line's own help texts.

The help each command prints is the reference; this module renders all of it into one
page so the two cannot drift apart (tests/test_cli.py fails when docs/cli.md is stale).

Regenerate after changing a help text::

    python -m eventdb.clidoc --write
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .cli import app

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
WIDTH = 88

_INTRO = """\
# The `eventdb` command line

Generated from the commands' help texts by `python -m eventdb.clidoc --write`; do not edit
by hand (tests/test_cli.py fails when this page is stale).

Every command finds its database the same way: the global option `--db PATH|URL` before
the command (`eventdb --db chrono.db timeline`), else the `EVENTDB_URL` environment
variable (a file path or a SQLAlchemy URL), else the per-user data file.

Bad input never shows a traceback: it prints one line on standard error starting
`Error:` and exits with code 1 (2 for usage errors such as a wrong option value); the
database is left untouched. `--debug` shows the traceback instead.

Dates print as human labels ("18 September 2023", "week of 11 September 2023", "late 2022
– ongoing (as of 19 September 2023)") in tables, and as ISO 8601 / EDTF in JSON and CSV. A
phrase is read against `--ref`, or its source's publication date; with neither, against
today, and the output says so. Output to a pipe is plain text (no colour, no progress
bar), and `--format json` is valid JSON even when nothing matches (`[]`).

Files are read in UTF-8, UTF-16 or UTF-32 (with a byte-order mark) as they are; a file in
another encoding is read by a guess, with a `warning:` line naming it, and a binary file is
refused (see [file formats](formats.md)). Every output is escaped for where it goes: each
table cell is one line (N events print as N rows), markdown tables escape markup as
`export --format markdown` does, HTML tables escape HTML, and a CSV cell starting `=`,
`+`, `-` or `@` gets a leading `'` so a spreadsheet does not run it (`--raw-csv` keeps
cells as they are; `import` takes the quote off).
"""


def help_texts() -> dict[str, str]:
    """``{"eventdb": root help, "eventdb timeline": its help, ...}`` at a fixed width."""
    group = typer.main.get_command(app)
    root = group.make_context("eventdb", ["--help"], resilient_parsing=True)
    root.max_content_width = WIDTH
    root.terminal_width = WIDTH
    texts = {"eventdb": group.get_help(root)}
    for name in group.list_commands(root):  # type: ignore[attr-defined]
        cmd = group.get_command(root, name)  # type: ignore[attr-defined]
        assert cmd is not None, name
        ctx = cmd.make_context(name, ["--help"], parent=root, resilient_parsing=True)
        ctx.max_content_width = WIDTH
        ctx.terminal_width = WIDTH
        texts[f"eventdb {name}"] = cmd.get_help(ctx)
    return texts


def render() -> str:
    """The whole of docs/cli.md."""
    parts = [_INTRO]
    for name, text in help_texts().items():
        parts.append(f"\n## `{name}`\n\n```text\n{text.rstrip()}\n```\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    """``--write`` rewrites docs/cli.md; without it, print the page."""
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if "--write" in args:
        DOC_PATH.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
