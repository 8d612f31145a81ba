"""The HTML timeline in real headless Chromium (Debian's ``chromium``), over the DevTools protocol.

A small standard-library WebSocket client drives the browser, so the test needs no extra
package: it loads the page, collects console errors, exceptions and network requests,
counts the marks, presses keys and moves the mouse. Skipped only when chromium is absent
outside CI; in CI (``CI`` set) a missing chromium fails.

The reader's checks run inside the page, on both fixtures and 5,000 generated events, at
1400×900 and 390×844: rows in date order, no label overlapping another or cut, the newest
event in the first screen, search and filters, and the narrow screen's list. One Chromium
serves the whole module. With ``tests/timelinejs/install.sh`` run, TimelineJS itself renders
the TimelineJS export too. The screenshots in docs/ are drawn by ``bench/screenshots.py``,
which reuses :func:`chromium` and :func:`open_page`.
"""

from __future__ import annotations

import base64
import io
import itertools
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
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from eventdb.dates import FuzzyDate, Span
from eventdb.formats import write
from eventdb.formats._common import chronological
from eventdb.formats.html import timeline_data
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


@contextmanager
def chromium(profile: Path) -> Iterator[str]:
    """Start headless Chromium with its profile in ``profile``; yield its DevTools address."""
    if CHROMIUM is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
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
                raise RuntimeError("chromium did not start its DevTools endpoint")
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


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One headless Chromium for the module; yields the HTTP address of its DevTools."""
    if CHROMIUM is None:
        pytest.fail("CI is set but chromium is not installed")
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as address:
        yield address


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
        mobile=width < 700,
    )
    dt.events.clear()
    dt.call("Page.navigate", url=path.as_uri())
    dt.wait_for("Page.loadEventFired")
    dt.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return dt


def close_page(browser: str, dt: DevTools) -> None:
    """Close a tab :func:`open_page` opened."""
    OPEN.remove((browser, dt))
    dt.sock.close()
    with urllib.request.urlopen(f"{browser}/json/close/{dt.target}", timeout=30):
        pass


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


# -- the reader's checks, run inside the page ---------------------------------------------

ROWS_JS = """(() => {
  const lanes = {};
  for (const m of document.querySelectorAll('svg.plot .mark')) {
    const [l, r] = m.dataset.row.split(':').map(Number);
    const shape = m.querySelector('.dot, .core, .fuzz').getBoundingClientRect();
    (lanes[l] ||= []).push({ i: +m.dataset.i, r, top: m.querySelector('.hit')
      .getBoundingClientRect().top, x: shape.left });
  }
  const bad = [];
  let n = 0;
  for (const l in lanes) {
    const a = lanes[l].sort((p, q) => p.i - q.i);
    n += a.length;
    for (let k = 1; k < a.length; k++) {
      const p = a[k - 1], q = a[k];
      if (q.r < p.r || q.top < p.top - 0.5 || (q.r === p.r && q.x < p.x)) bad.push([p.i, q.i]);
    }
  }
  return { n, bad };
})()"""

LABELS_JS = """(() => {
  const data = JSON.parse(document.getElementById('eventdb-data').textContent).events;
  const svg = document.querySelector('svg.plot').getBoundingClientRect();
  const texts = [...document.querySelectorAll('svg.plot .mark text')];
  const r = texts.map(t => t.getBoundingClientRect());
  const overlaps = [], outside = [], cut = [];
  for (let a = 0; a < r.length; a++) {
    const p = r[a];
    if (p.left < svg.left - 0.5 || p.right > svg.right + 0.5) outside.push(a);
    const title = data[+texts[a].parentNode.dataset.i].t;
    if (texts[a].textContent !== title) cut.push(title);
    for (let b = a + 1; b < r.length; b++) {
      const q = r[b];
      if (p.left < q.right - 0.5 && q.left < p.right - 0.5
          && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) overlaps.push([a, b]);
    }
  }
  return { n: r.length, overlaps, outside, cut };
})()"""

VISIBLE_JS = """(sel => {
  const m = document.querySelector(sel);
  if (!m) return 'absent';
  const box = m.getBoundingClientRect(), c = m.closest('#chart, #list').getBoundingClientRect();
  const inside = box.top >= Math.max(0, c.top) - 0.5
    && box.bottom <= Math.min(innerHeight, c.bottom) + 0.5
    && box.left >= -0.5 && box.right <= innerWidth + 0.5;
  return inside ? 'visible' : [box.top, box.bottom, box.left, box.right, c.top, c.bottom].join(' ');
})"""

FILTER_JS = """((id, value) => new Promise(resolve => {
  const el = document.getElementById(id);
  el.value = value;
  el.dispatchEvent(new Event(id === 'q' ? 'input' : 'change'));
  setTimeout(() => requestAnimationFrame(() => resolve({
    count: document.getElementById('count').textContent,
    list: [...document.querySelectorAll('#list li[data-i]')].filter(li => !li.hidden)
      .map(li => +li.dataset.i),
    marks: [...document.querySelectorAll('svg.plot .mark')].map(m => +m.dataset.i),
  })), 200);
}))"""


def newest_dated(events: list[EventRecord]) -> int:
    """The page index of the newest dated event (dated events come first, in date order)."""
    return sum(1 for e in events if e.dated) - 1


def matches(data: dict[str, Any], words: str = "", field: str = "", value: str = "") -> list[int]:
    """What the page must show for a search and a filter, computed here from its data."""
    out = []
    for i, m in enumerate(data["events"]):
        hay = "\n".join([m["t"], m["d"], m["p"], m["q"], m["src"], m["ty"], *m["ac"], *m["pl"]])
        hay = (hay + "\n" + "\n".join(m["tg"])).lower()
        if not all(w in hay for w in words.lower().split()):
            continue
        if field and value not in ([m["ty"]] if field == "ty" else m[field]):
            continue
        out.append(i)
    return out


class Page:
    """A chronology written as a page, with the data its script reads."""

    def __init__(self, events: list[EventRecord], path: Path, **options: Any) -> None:
        self.events = chronological(events)
        self.path = path
        with path.open("w", encoding="utf-8") as f:
            write("html", events, f, **options)
        self.data = timeline_data(events, lanes=options.get("lanes"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Page]:
    """Both fixtures through the store, and 5,000 generated events in five lanes."""
    from test_formats_store import LARGER, SEED, load

    tmp = tmp_path_factory.mktemp("pages")
    return {
        "armenia": Page(load(SEED, tmp / "a.db"), tmp / "armenia.html", title="Armenia"),
        "nk": Page(load(LARGER, tmp / "nk.db"), tmp / "nk.html", title="Nagorno-Karabakh"),
        "5000": Page(many_events(5000), tmp / "5000.html", lanes="actor"),
    }


# Each tuple: page, search words, a filter (control id, data field, value).
READERS = [
    pytest.param("armenia", "pashinian", ("f-actor", "ac", "Russia"), id="armenia"),
    pytest.param("nk", "lachin corridor", ("f-type", "ty", "ceasefire"), id="nk"),
    pytest.param(
        "5000", "place 7", ("f-actor", "ac", "Actor 3"), id="5000", marks=pytest.mark.slow
    ),
]
assert len({p.values[0] for p in READERS}) == len(READERS), "duplicate rows in READERS"


@pytest.mark.parametrize(("name", "words", "control"), READERS)
def test_desktop_rows_labels_and_newest(
    browser: str, pages: dict[str, Page], name: str, words: str, control: tuple[str, str, str]
) -> None:
    """At 1400×900: rows in date order, no label overlapping another or cut, and the
    newest dated event inside the first screen."""
    page = pages[name]
    dt = open_page(browser, page.path, 1400, 900)
    assert dt.errors() == []
    rows = dt.js(ROWS_JS)
    assert rows["n"] >= min(len(page.events), 20) and rows["bad"] == []
    labels = dt.js(LABELS_JS)
    assert labels["n"] == rows["n"]
    assert (labels["overlaps"], labels["outside"], labels["cut"]) == ([], [], [])
    newest = newest_dated(page.events)
    assert dt.js(f"{VISIBLE_JS}('svg.plot .mark[data-i=\"{newest}\"]')") == "visible"
    assert dt.js("document.documentElement.scrollWidth") <= 1400


@pytest.mark.parametrize(("name", "words", "control"), READERS)
def test_search_and_filters_narrow_the_timeline_and_the_list(
    browser: str, pages: dict[str, Page], name: str, words: str, control: tuple[str, str, str]
) -> None:
    """Text search and a select filter show exactly the matching events, in chart and list."""
    page = pages[name]
    dt = open_page(browser, page.path, 1400, 900)
    total = len(page.events)
    found = dt.js(f"{FILTER_JS}('q', {json.dumps(words)})")
    want = matches(page.data, words)
    assert 0 < len(want) < total
    assert found["list"] == want
    assert found["count"] == f"{len(want)} of {total} events match"
    assert found["marks"] and set(found["marks"]) <= set(want)
    assert dt.js(ROWS_JS)["bad"] == [] and dt.js(LABELS_JS)["overlaps"] == []
    control_id, field, value = control
    found = dt.js(f"{FILTER_JS}({json.dumps(control_id)}, {json.dumps(value)})")
    both = matches(page.data, words, field, value)
    assert found["list"] == both and set(found["marks"]) <= set(both)
    dt.js(f"{FILTER_JS}('q', '')")
    found = dt.js(f"{FILTER_JS}({json.dumps(control_id)}, '')")
    assert found["list"] == list(range(total))
    assert found["count"] == f"{total} events"
    assert dt.errors() == []


@pytest.mark.parametrize(("name", "words", "control"), READERS)
def test_narrow_screen_is_a_list_timeline_opened_at_the_newest(
    browser: str, pages: dict[str, Page], name: str, words: str, control: tuple[str, str, str]
) -> None:
    """At 390×844 the page is a vertical list in date order, no wider than the screen,
    with the newest dated event in the first screen; search filters it."""
    page = pages[name]
    dt = open_page(browser, page.path, 390, 844)
    assert dt.errors() == []
    assert dt.js("getComputedStyle(document.getElementById('chart')).display") == "none"
    assert dt.js("document.documentElement.scrollWidth") <= 390
    tops = dt.js(
        "[...document.querySelectorAll('#list li[data-i]')].map(li => [+li.dataset.i,"
        " li.getBoundingClientRect().top, li.getBoundingClientRect().right])"
    )
    assert [i for i, _, _ in tops] == list(range(len(page.events)))
    assert all(a[1] < b[1] for a, b in itertools.pairwise(tops))
    assert all(right <= 390 for _, _, right in tops)
    newest = newest_dated(page.events)
    assert dt.js(f"{VISIBLE_JS}('#list li[data-i=\"{newest}\"]')") == "visible"
    found = dt.js(f"{FILTER_JS}('q', {json.dumps(words)})")
    assert found["list"] == matches(page.data, words)


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
        ["kind-b", "kind-f", "kind-f", "kind-f", "kind-f", "kind-o", "kind-p", "kind-p"]
        + ["kind-s", "kind-f"]
    ), kinds
    assert dt.js("document.querySelectorAll('.kind-o path.tip').length") == 1
    assert dt.js("typeof window.alert") == "function"  # hostile title did not run or break script
    assert "<img src=x" in dt.js("document.querySelector('#list').textContent")
    links = dt.js("[...document.querySelectorAll('#list a')].map(a => a.protocol)")
    assert links == ["https:"] * 9  # the hostile event's javascript: URL is not a link


def test_keyboard_and_hover_show_the_card(browser: str, tmp_path: Path) -> None:
    """Tab reaches the first event; arrows move between events; hover shows the card."""
    dt = open_page(browser, page_of(sample(), tmp_path, "keys.html"))
    dt.js("document.getElementById('latest').focus()")
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


def test_keys_move_the_period_to_the_event(browser: str, pages: dict[str, Page]) -> None:
    """Home on the larger fixture moves the detail back to 1987 and focuses its first event;
    End comes back to the last; Latest restores the opening view."""
    page = pages["nk"]
    dt = open_page(browser, page.path)
    first = page.events[0]
    opening = dt.js("document.querySelectorAll('svg.plot .mark').length")
    assert dt.js("document.querySelector('svg.plot .mark[data-i=\"0\"]')") is None
    dt.js("document.getElementById('latest').focus()")
    dt.key("Tab", 9)
    dt.key("Home", 36)
    assert dt.js("document.activeElement.getAttribute('data-i')") == "0"
    assert dt.js("document.querySelector('#card .title').textContent") == first.title
    assert dt.js(f"{VISIBLE_JS}('svg.plot .mark[data-i=\"0\"]')") == "visible"
    dt.key("End", 35)
    last = len(page.events) - 1
    assert dt.js("document.activeElement.getAttribute('data-i')") == str(last)
    dt.js("document.getElementById('latest').click()")
    assert dt.js("document.querySelectorAll('svg.plot .mark').length") == opening
    assert dt.js(ROWS_JS)["bad"] == [] and dt.errors() == []


def test_zoom_period_buttons_and_print_layout(browser: str, tmp_path: Path) -> None:
    """Zoom narrows the period shown, All shows every event again, and the print stylesheet
    hides the controls and keeps the list."""
    events = sample()
    dt = open_page(browser, page_of(events, tmp_path, "zoom.html"))
    count = "document.querySelectorAll('svg.plot .mark').length"
    assert dt.js(count) == len(events)
    before = dt.js("document.querySelector('#overview .brush').getAttribute('width')")
    dt.js("document.getElementById('zoom-in').click()")
    dt.js("document.getElementById('zoom-in').click()")
    assert 0 < dt.js(count) < len(events)
    assert float(dt.js("document.querySelector('#overview .brush').getAttribute('width')")) < (
        float(before) / 3
    )
    dt.js("document.getElementById('earlier').click()")
    assert dt.js(ROWS_JS)["bad"] == []
    dt.js("document.getElementById('zoom-fit').click()")
    assert dt.js(count) == len(events)
    dt.call("Emulation.setEmulatedMedia", media="print")
    assert dt.js("getComputedStyle(document.getElementById('controls')).display") == "none"
    assert dt.js("getComputedStyle(document.getElementById('list')).display") == "block"
    pdf = dt.call("Page.printToPDF")
    assert base64.b64decode(pdf["data"]).startswith(b"%PDF")
    assert dt.errors() == []


@pytest.mark.slow
def test_five_thousand_events_stay_usable(browser: str, pages: dict[str, Page]) -> None:
    """5,000 events load, filter, page through time and hover without errors (the times
    are printed, not asserted)."""
    dt = open_page(browser, pages["5000"].path)
    assert dt.errors() == []
    assert dt.js("document.querySelectorAll('#list li').length") == 5000
    shown = dt.js("document.querySelectorAll('svg.plot .mark').length")
    assert 10 <= shown < 200
    load_ms = dt.js("performance.getEntriesByType('navigation')[0].loadEventEnd")
    step_ms = dt.js(
        "(() => { const t = performance.now(); document.getElementById('earlier').click();"
        " document.getElementById('zoom-out').click(); return performance.now() - t; })()"
    )
    filter_ms = dt.js(
        "(() => { const q = document.getElementById('q'), t = performance.now();"
        " q.value = 'place 42'; q.dispatchEvent(new Event('input'));"
        " return new Promise(r => setTimeout(() => r(performance.now() - t - 120), 130)); })()"
    )
    box = dt.js(
        "(() => { const r = document.querySelector('svg.plot .mark .hit').getBoundingClientRect();"
        " return [r.left + 10, r.top + r.height / 2]; })()"
    )
    t = time.monotonic()
    dt.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
    assert dt.js("document.getElementById('card').hidden") is False
    hover_ms = (time.monotonic() - t) * 1000
    print(
        f"\n5,000 events: load {load_ms:.0f} ms, earlier + zoom out {step_ms:.0f} ms, "
        f"search {filter_ms:.0f} ms, hover {hover_ms:.0f} ms"
    )
    assert dt.errors() == []


TIMELINEJS = ROOT / "tests" / "timelinejs" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"


def timelinejs_page(events: list[EventRecord], path: Path, **options: Any) -> Path:
    """A page that renders our TimelineJS export with TimelineJS itself, from node_modules."""
    out = io.StringIO()
    write("timelinejs", events, out, today=date(2026, 12, 1), **options)
    data = out.getvalue().replace("<", "\\u003c")
    css, js = (TIMELINEJS / "css" / "timeline.css").as_uri(), (TIMELINEJS / "js" / "timeline.js")
    path.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="{css}">'
        f'<script src="{js.as_uri()}"></script></head><body style="margin:0">'
        '<div id="tl" style="width:100vw;height:100vh"></div>'
        f'<script id="d" type="application/json">{data}</script><script>'
        "new TL.Timeline('tl', JSON.parse(document.getElementById('d').textContent),"
        " {font: null});</script></body></html>",
        encoding="utf-8",
    )
    return path


# Each tuple: page, lanes, the groups TimelineJS draws, the title slide's text.
RENDERS = [
    (
        "armenia",
        None,
        ["", "Undated (before their source)"],
        "19 events, 1 February 1988 to 20 September 2023; 8 undated.",
    ),
    (
        "nk",
        "type",
        sorted(
            ["Other", "capture", "displacement", "armed clash", "attack", "ceasefire"]
            + ["election", "agreement", "decision", "arrest", "declaration"]
        ),
        "136 events, 1 January 1987 to 12 June 2024.",
    ),
]
assert len({r[0] for r in RENDERS}) == len(RENDERS), "duplicate rows in RENDERS"


@pytest.mark.slow
@pytest.mark.skipif(
    not TIMELINEJS.exists(), reason="TimelineJS absent: run tests/timelinejs/install.sh"
)
@pytest.mark.parametrize(("name", "lanes", "groups", "title"), RENDERS, ids=[r[0] for r in RENDERS])
def test_timelinejs_renders_the_export(
    browser: str,
    pages: dict[str, Page],
    tmp_path: Path,
    name: str,
    lanes: str | None,
    groups: list[str],
    title: str,
) -> None:
    """TimelineJS 3.9.11 itself draws every event, the title slide with its counts, at most
    eleven groups, and a navigator that leaves the slide arrows on screen."""
    page = timelinejs_page(pages[name].events, tmp_path / "tl.html", title=name, lanes=lanes)
    dt = open_page(browser, page)
    dt.js("new Promise(r => setTimeout(r, 1000))")
    assert dt.errors() == []
    assert all(u.startswith("file:") for u in dt.requests()), dt.requests()
    n = len(pages[name].events)
    assert dt.js("document.querySelectorAll('.tl-timemarker').length") == n
    assert dt.js("document.querySelectorAll('.tl-slide').length") == n + 1
    drawn = dt.js("[...document.querySelectorAll('.tl-timegroup-message')].map(g => g.textContent)")
    assert sorted(drawn) == groups
    assert title in dt.js("document.querySelector('.tl-slide-titleslide').textContent")
    assert dt.js("document.querySelector('.tl-timenav').getBoundingClientRect().height") < 450
    arrow = dt.js(
        "(() => { const r = document.querySelector('.tl-slidenav-next').getBoundingClientRect();"
        " return r.right <= innerWidth && r.bottom <= innerHeight && r.top >= 0; })()"
    )
    assert arrow is True


# Each tuple: the screenshot in docs/, the page it shows, the window's width and height.
SHOTS = [
    ("timeline.png", "armenia", 1400, 900),
    ("timeline-nk.png", "nk", 1400, 900),
    ("timeline-mobile.png", "armenia", 390, 844),
    ("timeline-nk-mobile.png", "nk", 390, 844),
]
assert len({s[0] for s in SHOTS}) == len(SHOTS), "duplicate rows in SHOTS"


def test_docs_screenshots_exist_and_are_named_in_the_docs() -> None:
    """Every screenshot bench/screenshots.py writes is in docs/ and shown in formats.md."""
    formats = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for name, *_ in SHOTS:
        assert (ROOT / "docs" / name).read_bytes().startswith(b"\x89PNG"), name
        assert f"]({name})" in formats, name
    assert "bench/screenshots.py" in formats


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


@pytest.mark.slow
@pytest.mark.skipif(
    not TIMELINEJS.exists(), reason="TimelineJS absent: run tests/timelinejs/install.sh"
)
@pytest.mark.parametrize("lanes", ["actor", "type"])
def test_timelinejs_draws_hostile_names_as_text(
    browser: str, tmp_path: Path, lanes: str
) -> None:
    """An actor, type or title holding an <img onerror> is drawn by TimelineJS as text: the
    page gains no image and the group label reads the name."""
    from eventdb.records import ActorRef

    # Not alert(): a dialog would block the page; the handler marks the body instead.
    hostile = "<img src=x onerror=\"document.body.dataset.pwned=1\"> & &lt;b&gt;"
    events = [
        EventRecord(
            title=hostile,
            span=Span.point(FuzzyDate.day(date(2023, 9, 18))),
            type=hostile,
            actors=[ActorRef(hostile)],
        )
    ]
    page = timelinejs_page(events, tmp_path / "tl.html", title=hostile, lanes=lanes)
    dt = open_page(browser, page)
    dt.js("new Promise(r => setTimeout(r, 1000))")
    assert dt.errors() == []
    assert dt.js("document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert dt.js("document.body.dataset.pwned || ''") == ""
    drawn = dt.js("[...document.querySelectorAll('.tl-timegroup-message')].map(g => g.textContent)")
    assert drawn == [hostile]
    headlines = dt.js("[...document.querySelectorAll('.tl-headline')].map(h => h.textContent)")
    assert set(headlines) == {hostile}  # the title slide's, the event's, its marker's
