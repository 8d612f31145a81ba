"""README.md and docs/tutorial.md cannot rot: their commands run and print what they show.

Every ```console block holds ``$ command`` lines, each followed by its exact output. The
test runs each command in a scratch directory (with ``fixtures/`` and the seed article at
hand) and compares. After a deliberate change in output, regenerate the pages with::

    python tests/test_readme.py --write

The README's Python block runs as a script, and its two set-up commands are checked: the
test command is the one ``.ci/run`` runs, and the main job's commands (after the install)
run here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "docs" / "tutorial.md"]
SEED = ROOT / "fixtures" / "000_5b4d145d675ea23d.txt"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def _workdir(tmp: Path) -> Path:
    """A scratch directory holding what the pages' commands refer to."""
    (tmp / "fixtures").symlink_to(ROOT / "fixtures")
    shutil.copy(SEED, tmp / "article.txt")
    return tmp


def _shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a shell line as the user would, with this Python's eventdb first on PATH."""
    full = {**os.environ, **env}
    full["PATH"] = str(Path(sys.executable).parent) + os.pathsep + full.get("PATH", "")
    return subprocess.run(
        command,
        shell=True,
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _run(command: str, cwd: Path) -> str:
    """Run one ``$`` line of a page, in a plain 100-column terminal; its output."""
    done = _shell(
        command,
        cwd,
        EVENTDB_URL=f"sqlite:///{cwd / 'default.db'}",
        COLUMNS="100",
        NO_COLOR="1",
        TERM="dumb",
    )
    return (done.stdout + done.stderr).rstrip("\n")


def _blocks(page: Path) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Each console block: (start, end) offsets and its (command, output) pairs."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in BLOCK.finditer(text):
        pairs: list[tuple[str, str]] = []
        for line in m.group(1).splitlines():
            if line.startswith("$ "):
                pairs.append((line[2:], ""))
            elif pairs:
                cmd, so_far = pairs[-1]
                pairs[-1] = (cmd, so_far + line + "\n")
        out.append((m.start(1), m.end(1), [(c, o.rstrip("\n")) for c, o in pairs]))
    return out


def _page_params() -> list[Path]:
    return [p for p in PAGES if p.exists()]


@pytest.mark.slow
@pytest.mark.parametrize("page", _page_params(), ids=lambda p: p.name)
def test_console_blocks_print_what_they_show(page: Path, tmp_path: Path) -> None:
    """Each ``$`` command in the page prints exactly the output shown under it."""
    cwd = _workdir(tmp_path)
    for _, _, pairs in _blocks(page):
        for command, shown in pairs:
            assert _run(command, cwd) == shown, f"{page.name}: $ {command}"


def test_readme_python_example_runs(tmp_path: Path) -> None:
    """The README's Python example runs and prints what its comments say."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", text, re.S)
    assert code is not None
    script = tmp_path / "example.py"
    script.write_text(code.group(1), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = [
        line.split("# prints: ", 1)[1]
        for line in code.group(1).splitlines()
        if "# prints: " in line
    ]
    assert done.stdout.splitlines()[: len(expected)] == expected


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run calls README's test command, character for character."""
    commands = _setup_commands()
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_readme_main_job_runs(tmp_path: Path) -> None:
    """The first set-up command, after its install step, loads the seed and prints the timeline."""
    first = _setup_commands()[0]
    after_install = first.split("pip install . && ", 1)[1]
    done = _shell(after_install, _workdir(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Azerbaijan blocks the Lachin corridor" in done.stdout
    assert "late 2022" in done.stdout or "December 2022" in done.stdout


def _write() -> None:
    """Regenerate every console block's output from a real run."""
    import tempfile

    for page in _page_params():
        text = page.read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            cwd = _workdir(Path(tmp))
            pieces, last = [], 0
            for start, end, pairs in _blocks(page):
                lines = []
                for command, _ in pairs:
                    lines.append(f"$ {command}")
                    output = _run(command, cwd)
                    if output:
                        lines.append(output)
                body = "\n".join(lines) + "\n"
                pieces += [text[last:start], body]
                last = end
            pieces.append(text[last:])
        page.write_text("".join(pieces), encoding="utf-8")
        print(f"wrote {page.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        _write()
    else:
        print(__doc__)
