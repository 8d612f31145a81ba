"""The phrases the benchmarks run on: TimeBank DATE rows plus deterministic garbage.

The evaluation set lives outside the repository, in ``../shared/eval`` next to the checkout
(``timebank.jsonl`` and the scorer ``score_timex.py``); every script takes ``--data`` to
point elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
DEFAULT_DATA = EVAL_DIR / "timebank.jsonl"

# Words with no temporal sense in any of the parsers' English vocabularies (no "may",
# "march", "sun", "second", "now"...): random word salad must be rejected.
WORDS = (
    "banana",
    "committee",
    "pipeline",
    "shares",
    "ministry",
    "harbour",
    "violin",
    "council",
    "granite",
    "lobster",
    "senator",
    "tractor",
    "orchard",
    "umbrella",
    "velvet",
    "protest",
    "cargo",
    "refinery",
    "ballot",
    "kettle",
    "quarry",
    "bishop",
    "parliament",
    "saxophone",
    "tunnel",
    "merger",
    "copper",
    "drought",
    "vaccine",
    "theatre",
)

# Non-Latin text, none of it temporal.
NON_LATIN = (
    "собака на сене",
    "банк",
    "κόσμος",
    "ελιά και λάδι",
    "银行",
    "猫が好き",
    "مرحبا بالعالم",
    "नमस्ते दुनिया",
    "שלום",
    "호랑이",
    "ქალაქი",
    "ปลาทอง",
)


@dataclass(frozen=True)
class Phrase:
    """One phrase to resolve: its text, the publication date and the gold row, if any."""

    text: str
    reference: date
    row: dict | None  # the TimeBank row; None for garbage

    @property
    def garbage(self) -> bool:
        return self.row is None

    @property
    def reference_dt(self) -> datetime:
        """The reference as a datetime at noon (clear of any day boundary), for the point
        parsers' relative bases."""
        return datetime(self.reference.year, self.reference.month, self.reference.day, 12)


def load_rows(path: Path | str = DEFAULT_DATA, types: tuple[str, ...] = ("DATE",)) -> list[dict]:
    """The rows of a score_timex-style JSONL file whose TIMEX3 type is in ``types``."""
    with open(path, encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r.get("type") in types]


def _garbage_phrase(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
    if kind == 1:
        return rng.choice(
            (
                lambda: f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
                lambda: f"{rng.uniform(0, 100):.1f}%",
                lambda: f"${rng.randint(1, 99)}.{rng.randint(1, 9)} billion",
                lambda: f"{rng.randint(2, 40)} {rng.choice(WORDS)}s",
                lambda: f"No. {rng.randint(1, 99)}",
                lambda: f"{rng.uniform(0, 10):.3f}",
            )
        )()
    return rng.choice(NON_LATIN)


def garbage(n: int, seed: int = 2023) -> list[str]:
    """``n`` phrases no resolver should read as a date, the same ones for the same seed."""
    rng = random.Random(seed)
    return [_garbage_phrase(rng) for _ in range(n)]


def phrases(rows: list[dict], *, seed: int = 2023) -> list[Phrase]:
    """The rows as phrases with one garbage phrase in ten (every tenth), each garbage phrase
    taking the reference date of the row before it."""
    junk = iter(garbage(len(rows) // 9, seed))
    out: list[Phrase] = []
    for r in rows:
        ref = date.fromisoformat(r["dct"])
        out.append(Phrase(r["text"], ref, r))
        if len(out) % 10 == 9:
            text = next(junk, None)
            if text is not None:
                out.append(Phrase(text, ref, None))
    return out


def load_scorer(eval_dir: Path | None = None) -> ModuleType:
    """The official scorer ``score_timex.py`` (for ``norm_value`` and ``gold_interval``),
    or this package's copy of those two functions when the scorer is not on disk."""
    path = (eval_dir or EVAL_DIR) / "score_timex.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("score_timex", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    from . import gold

    return gold


def is_relative(text: str) -> bool:
    """score_timex's 'relative' rows: the phrase holds no 4-digit number."""
    return not re.search(r"\d{4}", text)
