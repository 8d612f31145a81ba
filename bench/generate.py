"""Generate a large synthetic event dataset as JSON Lines, deterministically from a seed.

Each line is one flat event record as ``eventdb import`` reads it (docs/contracts.md): a
title and unique slug, a date phrase the way news writes it ("last week", "on 12 March",
"since the end of last year", EDTF), the source that phrase is read against (key, title,
publisher, published day), a quote, two actors, a tag, a type and a place. About 2 % of
events are undated (no ``when``) and 2 % ongoing ("since ..."). Publication days run from
2000 to 2025, so a timeline ``since 2022`` holds about an eighth of the events.

    .venv/bin/python bench/generate.py --n 1000000 --seed 1 -o bench/out/events.jsonl
    .venv/bin/python bench/generate.py --n 5 | head -1

The same ``--n`` and ``--seed`` always give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

from eventdb.dates import MONTH_NAMES

FIRST = date(2000, 1, 1)
DAYS = (date(2025, 12, 31) - FIRST).days
MONTHS = MONTH_NAMES[1:]  # the date model's names, not a copy
PUBLISHERS = [
    "Reuters",
    "AFP",
    "AP",
    "EFE",
    "Folha",
    "RFE/RL",
    "TASS",
    "BBC",
    "Al Jazeera",
    "Le Monde",
    "El País",
    "Der Spiegel",
    "Kyiv Independent",
    "Armenpress",
    "APA",
]
VERBS = [
    "clash with",
    "meet",
    "sign an agreement with",
    "protest against",
    "accuse",
    "negotiate with",
    "attack",
    "sanction",
    "support",
    "condemn",
    "release",
    "arrest",
    "blockade",
    "evacuate",
    "shell",
    "reach a ceasefire with",
    "hold talks with",
]
TYPES = [
    "battle",
    "protest",
    "agreement",
    "statement",
    "arrest",
    "sanction",
    "attack",
    "negotiation",
    "blockade",
    "evacuation",
    "election",
    "ceasefire",
]
WORDS = [
    "convoy",
    "border",
    "corridor",
    "village",
    "capital",
    "ministry",
    "parliament",
    "court",
    "rally",
    "strike",
    "refugees",
    "aid",
    "drone",
    "artillery",
    "harbour",
    "bridge",
    "pipeline",
    "election",
    "summit",
    "council",
    "envoy",
    "treaty",
    "troops",
    "checkpoint",
    "hostages",
    "prisoners",
    "observers",
    "mission",
]


def _phrases(rng: random.Random, ref: date) -> tuple[str, bool]:
    """A date phrase to be read against ``ref`` and whether it is ongoing."""
    r = rng.random()
    if r < 0.25:
        d = ref - timedelta(days=rng.randint(0, 60))
        return d.isoformat(), False
    if r < 0.40:
        return rng.choice(
            ["yesterday", "today", "last week", "this week", "last month", "earlier this month"]
        ), False
    if r < 0.55:
        return f"{rng.randint(2, 9)} days ago", False
    if r < 0.70:
        d = ref - timedelta(days=rng.randint(1, 200))
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}", False
    if r < 0.80:
        d = ref - timedelta(days=rng.randint(30, 300))
        return f"{MONTHS[d.month - 1]} {d.year}", False
    if r < 0.90:
        d = ref - timedelta(days=rng.randint(1, 25))
        e = min(ref, d + timedelta(days=rng.randint(1, 20)))
        return f"{d.isoformat()}/{e.isoformat()}", False
    if r < 0.98:
        return rng.choice(
            [
                "last year",
                "this year",
                "early last year",
                "late last year",
                "the first half of last year",
                "last summer",
            ]
        ), False
    return rng.choice(
        ["since the end of last year", "since last month", "since the start of the year"]
    ), True


def records(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``n`` event records; the same ``n`` and ``seed`` give the same records."""
    rng = random.Random(seed)
    n_actors = max(50, min(5000, n // 200))
    actors = [f"Actor {i:04d}" for i in range(n_actors)]
    places = [f"Place {i:03d}" for i in range(max(20, min(2000, n // 500)))]
    tags = [f"tag-{i:02d}" for i in range(60)]
    n_sources = max(10, n // 20)
    sources = []
    for i in range(n_sources):
        published = FIRST + timedelta(days=rng.randrange(DAYS))
        publisher = rng.choice(PUBLISHERS)
        sources.append((f"src-{i:06d}", f"{publisher} report {i}", publisher, published))
    for i in range(n):
        key, title, publisher, published = sources[rng.randrange(n_sources)]
        a, b = rng.sample(actors, 2)
        verb = rng.choice(VERBS)
        place = rng.choice(places)
        words = " ".join(rng.sample(WORDS, 4))
        rec: dict[str, Any] = {
            "slug": f"ev-{i:07d}",
            "title": f"{a} {verb} {b} in {place}",
            "summary": f"Reports of {words} near {place}.",
            "type": rng.choice(TYPES),
            "source": key,
            "source_title": title,
            "source_publisher": publisher,
            "source_published": published.isoformat(),
            "quote": f"{a} and {b}: {words} (story {i})",
            "actors": [a, {"name": b, "role": "target"}],
            "places": [place],
            "tags": [rng.choice(tags)],
        }
        if rng.random() >= 0.02:
            rec["when"], _ = _phrases(rng, published)
        yield rec


def write(n: int, seed: int, out: TextIO) -> int:
    """Write ``n`` records as JSON Lines; returns the number written."""
    count = 0
    for rec in records(n, seed):
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    """Command line: see the module docstring."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=20_000, help="number of events (default 20,000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    args = p.parse_args(argv)
    if args.output is None:
        write(args.n, args.seed, sys.stdout)
        return
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as f:
        write(args.n, args.seed, f)


if __name__ == "__main__":
    main()
