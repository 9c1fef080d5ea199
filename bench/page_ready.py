"""Time until a newsgraph HTML page is interactive, in headless Chromium, wall clock.

The page sets ``data-stabilized="true"`` on ``#graph`` once the layout is final and drawn, and
``data-ready-ms`` to ``performance.now()`` at that moment (milliseconds since navigation
started: reading the file, parsing, vis-network's start-up, layout, first frame). This script
loads the page through the DevTools protocol over a pipe (no websocket, no extra package),
waits for the flag and prints that figure. ``--virtual-time-budget`` is not used: it stops the
clock that ``performance.now()`` reads.

    .venv/bin/python bench/page_ready.py out/example.html [more.html ...] [--runs 3]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    '--host-resolver-rules=MAP * ~NOTFOUND',
    "--window-size=1400,900",
    "--remote-debugging-pipe",
]


class Browser:
    """Just enough of the DevTools protocol: send a command, wait for its answer."""

    def __init__(self) -> None:
        self.profile = tempfile.TemporaryDirectory(prefix="newsgraph-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire() -> None:
            # Chromium reads commands on fd 3 and writes answers on fd 4. Move both ends
            # out of the way first: either may itself be fd 3 or 4.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # One thread only here, so preexec_fn cannot deadlock.
            pass_fds=(3, 4), preexec_fn=wire,  # noqa: PLW1509
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                 flatten=True)["sessionId"]

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", self.session, expression=expression,
                           returnByValue=True)
        return result.get("result", {}).get("value")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        self.profile.cleanup()


def time_page(browser: Browser, page: Path, timeout: float = 120.0) -> dict:
    """Load ``page`` in a fresh tab state and return its readiness figures."""
    browser.call("Page.navigate", browser.session, url=page.resolve().as_uri())
    read = ("(function(){var g=document.getElementById('graph');"
            "return g && g.getAttribute('data-stabilized') === 'true' ? "
            "{ready: +g.getAttribute('data-ready-ms'), nodes: +g.getAttribute('data-node-count'),"
            " drawn: +g.getAttribute('data-drawn-nodes'),"
            " painted: +g.getAttribute('data-painted-pixels'),"
            " iterations: JSON.parse(document.getElementById('graph-data').textContent)"
            ".layout.iterations} : null;})()")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        figures = browser.evaluate(read)
        if figures:
            return figures
        time.sleep(0.05)
    raise TimeoutError(f"{page}: not interactive after {timeout:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="Loads per page (median shown).")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install -y chromium", file=sys.stderr)
        return 2
    browser = Browser()
    try:
        browser.call("Page.enable", browser.session)
        for page in args.pages:
            runs = [time_page(browser, page) for _ in range(args.runs)]
            ready = [r["ready"] for r in runs]
            last = runs[-1]
            print(f"{page}: interactive in {statistics.median(ready) / 1000:.2f} s "
                  f"(median of {len(ready)}: {', '.join(f'{r / 1000:.2f}' for r in ready)}); "
                  f"{last['drawn']}/{last['nodes']} nodes on screen, {last['iterations']} layout "
                  "iterations, "
                  f"{page.stat().st_size / 1e6:.1f} MB")
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
