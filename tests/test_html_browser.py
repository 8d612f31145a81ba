"""The HTML timeline in real headless Chromium (Debian's ``chromium``), over the DevTools protocol.

A small standard-library WebSocket client drives the browser, so the test needs no extra
package: it loads the page, collects console errors, exceptions and network requests,
counts the marks, presses keys and moves the mouse. Skipped only when chromium is absent
outside CI; in CI (``CI`` set) a missing chromium fails.

Regenerate docs/timeline.png on purpose with ``EVENTDB_REGEN_GOLDEN=1 pytest
tests/test_html_browser.py`` (it is drawn from fixtures/armenia-2023.yaml through the store).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from eventdb.dates import FuzzyDate, Span
from eventdb.formats import write
from eventdb.records import ActorRef, CitationRecord, EventRecord, SourceRecord

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and not os.environ.get("CI"),
        reason="Debian's chromium is not installed (apt-get install chromium); CI runs this",
    ),
]


OPEN: list[tuple[str, DevTools]] = []


@pytest.fixture(autouse=True)
def _close_tabs() -> Iterator[None]:
    """Close every tab a test opened, and its socket."""
    yield
    while OPEN:
        browser, dt = OPEN.pop()
        dt.sock.close()
        with urllib.request.urlopen(f"{browser}/json/close/{dt.target}", timeout=30):
            pass


class DevTools:
    """Just enough of a WebSocket client (RFC 6455) to speak the DevTools protocol."""

    def __init__(self, ws_url: str) -> None:
        u = urllib.parse.urlparse(ws_url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\n"
                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        status, _, self.buf = head.partition(b"\r\n\r\n")
        if b" 101 " not in status.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"WebSocket handshake refused: {status[:200]!r}")
        self.next_id = 0
        self.target = ""
        self.events: list[dict[str, Any]] = []

    def _exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _send_frame(self, opcode: int, data: bytes) -> None:
        header = bytearray([0x80 | opcode])
        n = len(data)
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(bytes(header) + mask + masked)

    def _message(self) -> dict[str, Any]:
        parts: list[bytes] = []
        while True:
            b1, b2 = self._exact(2)
            n = b2 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            mask = self._exact(4) if b2 & 0x80 else b""
            payload = self._exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            opcode = b1 & 0x0F
            if opcode == 8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 9:
                self._send_frame(10, payload)
                continue
            if opcode == 10:
                continue
            parts.append(payload)
            if b1 & 0x80:
                result: dict[str, Any] = json.loads(b"".join(parts))
                return result

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command and return its result, keeping the events that arrive meanwhile."""
        self.next_id += 1
        mid = self.next_id
        self._send_frame(1, json.dumps({"id": mid, "method": method, "params": params}).encode())
        while True:
            msg = self._message()
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                result: dict[str, Any] = msg.get("result", {})
                return result
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        """Wait for an event (one already received counts)."""
        for m in self.events:
            if m.get("method") == method:
                return m
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            msg = self._message()
            self.events.append(msg)
            if msg.get("method") == method:
                return msg
        raise TimeoutError(method)

    def js(self, expression: str) -> Any:
        """Evaluate JavaScript in the page and return its value."""
        r = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def key(self, key: str, code: int) -> None:
        """Press and release a key (DOM ``key`` name, Windows virtual key code)."""
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code
            )

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        out: list[str] = []
        for m in self.events:
            p = m.get("params", {})
            if m.get("method") == "Runtime.exceptionThrown":
                out.append(json.dumps(p["exceptionDetails"])[:500])
            elif m.get("method") == "Runtime.consoleAPICalled" and p.get("type") in (
                "error",
                "assert",
                "warning",
            ):
                out.append(json.dumps(p.get("args"))[:500])
            elif m.get("method") == "Log.entryAdded" and p["entry"]["level"] in (
                "error",
                "warning",
            ):
                out.append(p["entry"]["text"])
        return out

    def requests(self) -> list[str]:
        """Every URL the page asked the network layer for."""
        return [
            m["params"]["request"]["url"]
            for m in self.events
            if m.get("method") == "Network.requestWillBeSent"
        ]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium; yields the HTTP address of its DevTools endpoint."""
    if CHROMIUM is None:
        pytest.fail("CI is set but chromium is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        end = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > end:
                pytest.fail("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def open_page(browser: str, path: Path, width: int = 1400, height: int = 900) -> DevTools:
    """A fresh tab showing ``path``, loaded, with console, log and network recorded."""
    req = urllib.request.Request(f"{browser}/json/new?about:blank", method="PUT")
    with urllib.request.urlopen(req, timeout=30) as r:
        target = json.load(r)
    dt = DevTools(target["webSocketDebuggerUrl"])
    dt.target = target["id"]
    OPEN.append((browser, dt))
    for domain in ("Page", "Runtime", "Log", "Network"):
        dt.call(f"{domain}.enable")
    dt.call(
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=height,
        deviceScaleFactor=1,
        mobile=False,
    )
    dt.events.clear()
    dt.call("Page.navigate", url=path.as_uri())
    dt.wait_for("Page.loadEventFired")
    dt.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return dt


def page_of(events: list[EventRecord], tmp_path: Path, name: str, **options: Any) -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8") as f:
        write("html", events, f, **options)
    return path


def many_events(n: int) -> list[EventRecord]:
    """``n`` events over twenty years: days, months, spans, ongoing, undated; five actors."""
    src = SourceRecord(
        title="Wire report", publisher="Agency", published=FuzzyDate.day(date(2023, 9, 19))
    )
    out: list[EventRecord] = []
    start = date(2004, 1, 1)
    for i in range(n):
        d = start + timedelta(days=(i * 37) % 7300)
        kind = i % 6
        if kind == 0:
            span = Span.point(FuzzyDate.month(d.year, d.month))
        elif kind == 1:
            span = Span(FuzzyDate.day(d), FuzzyDate.day(d + timedelta(days=3 + i % 40)))
        elif kind == 2:
            span = Span(FuzzyDate.day(d), None, ongoing=True, as_of=date(2023, 9, 19))
        else:
            span = Span.point(FuzzyDate.day(d))
        dated = i % 50 != 7
        if not dated:
            span = Span(None, FuzzyDate.day(date(2023, 9, 19)))
        out.append(
            EventRecord(
                title=f"Event {i}: something reported about place {i % 97}",
                span=span,
                slug=f"event-{i}",
                dated=dated,
                actors=[ActorRef(f"Actor {i % 5}")],
                citations=[CitationRecord(src, span, quote=f"quote {i}", phrase="last week")],
            )
        )
    return out


def sample() -> list[EventRecord]:
    from test_formats import sample_events

    return sample_events()


def test_page_loads_without_errors_or_fetches_and_draws_one_mark_per_event(
    browser: str, tmp_path: Path
) -> None:
    """The sample page loads cleanly, fetches nothing, and shows one mark per event."""
    events = sample()
    dt = open_page(browser, page_of(events, tmp_path, "sample.html", lanes="type"))
    assert dt.errors() == []
    assert all(u.startswith(("file:", "data:")) for u in dt.requests()), dt.requests()
    assert dt.js("document.querySelectorAll('svg.plot .mark').length") == len(events)
    assert dt.js("document.querySelectorAll('#list li').length") == len(events)
    kinds = dt.js(
        "[...document.querySelectorAll('.mark')].map(m => m.classList[1]).sort().join(' ')"
    )
    assert kinds.split() == sorted(
        [
            "kind-b",
            "kind-f",
            "kind-f",
            "kind-f",
            "kind-f",
            "kind-o",
            "kind-p",
            "kind-p",
            "kind-s",
            "kind-f",
        ]
    ), kinds
    assert dt.js("document.querySelectorAll('.kind-o path.tip').length") == 1
    assert dt.js("typeof window.alert") == "function"  # hostile title did not run or break script
    assert "<img src=x" in dt.js("document.querySelector('#list').textContent")


def test_keyboard_and_hover_show_the_card(browser: str, tmp_path: Path) -> None:
    """Tab reaches the first event; arrows move between events; hover shows the card."""
    dt = open_page(browser, page_of(sample(), tmp_path, "keys.html"))
    dt.key("Tab", 9)  # zoom in
    dt.key("Tab", 9)  # zoom out
    dt.key("Tab", 9)  # fit
    dt.key("Tab", 9)  # the timeline's first event
    assert dt.js("document.activeElement.getAttribute('data-i')") == "0"
    assert dt.js("document.getElementById('card').hidden") is False
    assert dt.js("document.querySelector('#card .date').textContent") == "the 1990s"
    dt.key("ArrowRight", 39)
    dt.key("ArrowRight", 39)
    assert dt.js("document.activeElement.getAttribute('data-i')") == "2"
    assert dt.js("document.querySelector('#card .date').textContent") == "c. 1991"
    dt.key("End", 35)
    assert dt.js("document.querySelector('#card .date').textContent") == "before 19 September 2023"
    assert "Written as" not in dt.js("document.getElementById('card').textContent")
    dt.key("Escape", 27)
    assert dt.js("document.getElementById('card').hidden") is True
    box = dt.js(
        "(() => { const r = document.querySelector('.mark[data-id=\"lachin-blocked\"] .core')"
        ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    dt.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
    card = dt.js("document.getElementById('card').textContent")
    assert "late 2022 – ongoing (as of 19 September 2023)" in card
    assert "Written as “since the end of last year”" in card
    assert "since the end of last year Azerbaijan has blocked this link" in card
    assert "Folha de S.Paulo" in card
    assert dt.errors() == []


def test_zoom_and_print_layout(browser: str, tmp_path: Path) -> None:
    """Zoom widens the axis; the print stylesheet hides controls and keeps the list."""
    dt = open_page(browser, page_of(sample(), tmp_path, "zoom.html"))
    before = dt.js("document.querySelector('svg.plot').getBoundingClientRect().width")
    dt.js("document.getElementById('zoom-in').click()")
    assert dt.js("document.querySelector('svg.plot').getBoundingClientRect().width") > before * 1.5
    dt.call("Emulation.setEmulatedMedia", media="print")
    assert dt.js("getComputedStyle(document.getElementById('controls')).display") == "none"
    assert dt.js("getComputedStyle(document.getElementById('list')).display") == "block"
    pdf = dt.call("Page.printToPDF")
    assert base64.b64decode(pdf["data"]).startswith(b"%PDF")
    assert dt.errors() == []


def test_five_thousand_events_stay_usable(browser: str, tmp_path: Path) -> None:
    """5,000 events load, draw, zoom, scroll and hover quickly and without errors."""
    events = many_events(5000)
    dt = open_page(browser, page_of(events, tmp_path, "big.html", lanes="actor"))
    assert dt.errors() == []
    assert dt.js("document.querySelectorAll('svg.plot .mark').length") == 5000
    load_ms = dt.js("performance.getEntriesByType('navigation')[0].loadEventEnd")
    zoom_ms = dt.js(
        "(() => { const t = performance.now(); document.getElementById('zoom-in').click();"
        " return performance.now() - t; })()"
    )
    scroll_ms = dt.js(
        "new Promise(r => { const c = document.getElementById('chart');"
        " const t = performance.now(); c.scrollTop = c.scrollHeight / 2;"
        " c.scrollLeft = c.scrollWidth / 2;"
        " requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t))); })"
    )
    box = dt.js(
        "(() => { const c = document.getElementById('chart').getBoundingClientRect();"
        " const m = [...document.querySelectorAll('.mark .hit')].find(h => {"
        " const r = h.getBoundingClientRect(); return r.top > c.top + 40"
        " && r.bottom < c.bottom && r.left > c.left && r.left + 20 < c.right; });"
        " const r = m.getBoundingClientRect(); return [r.left + 10, r.top + r.height / 2]; })()"
    )
    t = time.monotonic()
    dt.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
    assert dt.js("document.getElementById('card').hidden") is False
    hover_ms = (time.monotonic() - t) * 1000
    print(
        f"\n5,000 events: load {load_ms:.0f} ms, zoom {zoom_ms:.0f} ms, "
        f"scroll {scroll_ms:.0f} ms, hover {hover_ms:.0f} ms"
    )
    assert load_ms < 15000 and zoom_ms < 3000 and scroll_ms < 1000 and hover_ms < 1000
    assert dt.errors() == []


def test_seed_chronology_page_and_screenshot(browser: str, tmp_path: Path) -> None:
    """The seed chronology, imported through the store, draws one mark per event cleanly;
    docs/timeline.png is its screenshot (with the Lachin corridor's hover card)."""
    from test_formats_store import SEED, load

    events = load(SEED, tmp_path / "seed.db")
    page = page_of(
        events, tmp_path, "seed.html", title="Armenia and Russia, September 2023", lanes="actor"
    )
    dt = open_page(browser, page, width=1400, height=860)
    assert dt.errors() == []
    assert all(u.startswith(("file:", "data:")) for u in dt.requests())
    assert dt.js("document.querySelectorAll('svg.plot .mark').length") == len(events) == 19
    box = dt.js(
        '(() => { const r = document.querySelector(\'.mark[data-id="lachin-corridor-blocked"]'
        " .core').getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    dt.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
    assert "Written as “since the end of last year”" in dt.js(
        "document.getElementById('card').textContent"
    )
    shot = base64.b64decode(dt.call("Page.captureScreenshot", format="png")["data"])
    assert shot.startswith(b"\x89PNG") and len(shot) > 20_000
    target = ROOT / "docs" / "timeline.png"
    if os.environ.get("EVENTDB_REGEN_GOLDEN"):
        target.write_bytes(shot)
    assert target.exists(), "run EVENTDB_REGEN_GOLDEN=1 pytest tests/test_html_browser.py"
    assert dt.errors() == []


def _one_day() -> list[EventRecord]:
    return [EventRecord(title="One day", span=Span.point(FuzzyDate.day(date(2023, 9, 18))))]


def _only_undated() -> list[EventRecord]:
    end = FuzzyDate.day(date(2023, 9, 19))
    return [EventRecord(title=f"Undated {i}", span=Span(None, end), dated=False) for i in range(3)]


# Each tuple: a name, a function giving the events.
EDGES = [("empty", list), ("one-day", _one_day), ("only-undated", _only_undated)]


@pytest.mark.parametrize(("name", "make"), EDGES, ids=[n for n, _ in EDGES])
def test_edge_cases_load_cleanly(browser: str, tmp_path: Path, name: str, make: Any) -> None:
    """No events, a single day, only undated events: each page loads without errors."""
    events = make()
    dt = open_page(browser, page_of(events, tmp_path, f"{name}.html"))
    assert dt.errors() == []
    assert dt.js("document.querySelectorAll('svg.plot .mark').length") == len(events)
