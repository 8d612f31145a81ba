"""Draw the HTML timeline's screenshots in docs/ from the two fixtures, in headless Chromium.

    .venv/bin/python bench/screenshots.py            # rewrites docs/timeline*.png
    .venv/bin/python bench/screenshots.py --out /tmp # somewhere else, to compare

Each fixture is imported into a scratch SQLite database and exported as a page, which
Debian's ``chromium`` opens at 1400×900 and at 390×844. docs/timeline.png, the README's
picture, shows the seed chronology with the Lachin corridor's card open. The browser is
driven by the small DevTools client the browser tests use (tests/test_html_browser.py).
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_formats_store import LARGER, SEED, load  # noqa: E402
from test_html_browser import SHOTS, chromium, close_page, open_page  # noqa: E402

from eventdb.formats import write  # noqa: E402

FIXTURES = {
    "armenia": (SEED, "Armenia and Russia, September 2023"),
    "nk": (LARGER, "The Nagorno-Karabakh conflict, 1988–2024"),
}
HOVER = {"timeline.png": "lachin-corridor-blocked"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where to write them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pages = {}
        for name, (fixture, title) in FIXTURES.items():
            pages[name] = tmp / f"{name}.html"
            with pages[name].open("w", encoding="utf-8") as f:
                write("html", load(fixture, tmp / f"{name}.db"), f, title=title)
        (tmp / "profile").mkdir()
        with chromium(tmp / "profile") as browser:
            for shot, name, width, height in SHOTS:
                dt = open_page(browser, pages[name], width, height)
                slug = HOVER.get(shot)
                if slug:
                    box = dt.js(
                        f'(() => {{ const r = document.querySelector(\'.mark[data-id="{slug}"]'
                        " .core').getBoundingClientRect();"
                        " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
                    )
                    dt.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
                errors = dt.errors()
                if errors:
                    raise SystemExit(f"{shot}: the page reported {errors}")
                png = base64.b64decode(dt.call("Page.captureScreenshot", format="png")["data"])
                (args.out / shot).write_bytes(png)
                print(f"{args.out / shot}: {width}×{height}, {len(png):,} bytes")
                close_page(browser, dt)


if __name__ == "__main__":
    main()
