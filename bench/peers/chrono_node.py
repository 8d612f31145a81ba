"""chrono-node, the JavaScript peer, driven from Python through ``chrono/bench.js``.

Set up once: ``cd bench/peers/chrono && npm install`` (``node_modules`` is not committed).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

from .data import Phrase

HERE = Path(__file__).resolve().parent / "chrono"
SCRIPT = HERE / "bench.js"


def unavailable() -> str | None:
    """Why chrono-node cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "chrono-node").is_dir():
        return f"chrono-node is not installed: run `npm install` in {HERE}"
    return None


def _one_core() -> None:
    """Pin the Node process to one CPU, as the Python peers effectively are (Node would
    otherwise run its garbage collector on helper threads on other cores)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run(phrases: list[Phrase], repeat: int = 5, locale: str = "en") -> dict:
    """Run chrono-node on ``phrases``, pinned to one CPU: its rate (``per_s``, best of
    ``repeat`` passes after a warm-up), version, and ``answers``: one (day, day) or None
    per phrase. ``locale`` picks chrono's parser ("en", "pt", "es")."""
    payload = {
        "repeat": repeat,
        "locale": locale,
        "phrases": [[p.text, p.reference.isoformat()] for p in phrases],
    }
    proc = subprocess.run(
        ["node", str(SCRIPT)],
        preexec_fn=_one_core,
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    )
    out = json.loads(proc.stdout)
    out["answers"] = [
        (date.fromisoformat(d), date.fromisoformat(d)) if d else None for d in out.pop("dates")
    ]
    return out
