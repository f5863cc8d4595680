"""Lighthouse on one page of each type of the shipped hub.

The shipped hub is built by real MkDocs into a temporary folder and served on
127.0.0.1; Lighthouse (npm, the version pinned in package.json) runs in the
system's Chromium, headless, with the flags the browser tests use, once per page,
with its default mobile set-up (a mid-range phone on a slow 4G connection,
simulated). Nothing is fetched from any other host: the hub loads nothing from
elsewhere, and the run reports any request that left the loopback address.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from . import measure
from .synthetic import ROOT

RUNNER = Path(__file__).with_name("lighthouse.mjs")
#: Each page's full Lighthouse report is kept here (JSON), to read the audits behind a score.
REPORTS = ROOT / ".bench" / "lighthouse"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
#: Targets (the issue's), per page.
TARGETS = {"accessibility": 1.0, "best-practices": 1.0, "performance": 0.95}


@dataclass
class Result:
    kind: str
    path: str
    scores: dict = field(default_factory=dict)
    lost: list = field(default_factory=list)
    foreign: list = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    error: str | None = None
    bytes: int = 0


def chromium() -> str:
    for name in (os.environ.get("CHROME_PATH"), os.environ.get("HUB_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("No Chromium found: run 'make test-deps', which installs Debian's chromium, or set CHROME_PATH")


def chrome_flags() -> list[str]:
    """The browser tests' flags (tests/browser/conftest.py), headless."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.conftest import CHROMIUM_FLAGS

    return ["--headless=new", *CHROMIUM_FLAGS]


def _first(site: Path, folder: str, skip: tuple[str, ...] = ()) -> str | None:
    """The first page (by name) in ``folder`` of the built site, as a path from the site root."""
    base = site / folder
    if not base.is_dir():
        return None
    for child in sorted(p for p in base.iterdir() if p.is_dir() and p.name not in skip):
        if (child / "index.html").is_file():
            return f"{folder}/{child.name}/"
    return None


def page_types(site: Path) -> list[tuple[str, str]]:
    """One page of each type the built site has: (type, path from the site root)."""
    pack = _first(site, "packs")
    handout = None
    if pack:
        handout = _first(site, f"{pack.rstrip('/')}/handouts")
    candidates = [
        ("Home", ""),
        ("Start here", "start/"),
        ("Induction pathway", _first(site, "start", skip=("my-learning",))),
        ("My learning", "start/my-learning/"),
        ("Tools index", "guides/"),
        ("Tool guide", _first(site, "guides")),
        ("Quizzes index", "quizzes/"),
        ("Quiz", _first(site, "quizzes")),
        ("Workshop pack finder", "packs/"),
        ("Facilitator pack", pack),
        ("Participant handouts", f"{pack}participant/" if pack else None),
        ("Handout", handout),
        ("Training catalogue", "training/"),
        ("Course", _first(site, "training/courses")),
        ("Session", _first(site, "training/sessions")),
        ("Training calendar", "training/calendar/"),
        ("Examples from practice", "examples/"),
        ("Example", _first(site, "examples", skip=("share",))),
        ("Share an example", "examples/share/"),
        ("Practice focus", "practice-focus/"),
        ("Practice focus article", _first(site, "practice-focus")),
        ("Resource library", "library/"),
        ("Glossary", "glossary/"),
        ("About page", "about/accessibility/"),
        ("Page not found", "404.html"),
    ]
    out = []
    for kind, path in candidates:
        if path is None:
            continue
        target = site / path if path.endswith(".html") else site / path / "index.html"
        if target.is_file():
            out.append((kind, path))
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run(log=print) -> list[Result]:
    if not (LIGHTHOUSE / "package.json").is_file():
        sys.exit("Lighthouse is missing: run 'make test-deps' (npm install), which installs the version in package.json")
    with tempfile.TemporaryDirectory(prefix="hub-lighthouse-") as tmp:
        site = Path(tmp) / "site"
        log("  building the shipped hub...")
        measure.mkdocs_build(ROOT, site)
        pages = page_types(site)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            return _lighthouse(base, pages, log)
        finally:
            server.shutdown()
            server.server_close()


def _lighthouse(base: str, pages: list[tuple[str, str]], log) -> list[Result]:
    shutil.rmtree(REPORTS, ignore_errors=True)
    env = {**os.environ, "CHROME_PATH": chromium(), "CHROME_FLAGS": " ".join(chrome_flags()), "LH_REPORTS": str(REPORTS)}
    by_url = {base + path: Result(kind, "/" + path) for kind, path in pages}
    log(f"  running Lighthouse on {len(pages)} pages (about 10 s each)...")
    process = subprocess.Popen(["node", str(RUNNER), *by_url], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stdout:
            data = json.loads(line)
            result = by_url[data["url"]]
            result.scores, result.lost, result.foreign = data["scores"], data["lost"], data["foreign"]
            result.metrics, result.error, result.bytes = data["metrics"], data["runtimeError"], data["bytes"]
            log(f"    {result.kind}: {data['seconds']:.0f} s")
        stderr = process.stderr.read()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    if process.returncode != 0:
        sys.exit(f"Lighthouse failed:\n{stderr}")
    return list(by_url.values())


def table(results: list[Result]) -> list[str]:
    def score(value) -> str:
        return "-" if value is None else f"{value:.2f}"

    header = ["page", "path", "accessibility", "best practices", "performance (mobile)", "FCP", "LCP", "TBT", "CLS", "bytes"]
    rows = []
    for r in results:
        m = r.metrics
        rows.append([r.kind, r.path, score(r.scores.get("accessibility")), score(r.scores.get("best-practices")), score(r.scores.get("performance")),
                     f"{m.get('first-contentful-paint', 0) / 1000:.1f} s", f"{m.get('largest-contentful-paint', 0) / 1000:.1f} s",
                     f"{m.get('total-blocking-time', 0):.0f} ms", f"{m.get('cumulative-layout-shift', 0):.2f}", f"{r.bytes / 1024:,.0f} KB"])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        if r.error:
            lines.append(f"{r.kind}: Lighthouse error {r.error}")
        for item in r.lost:
            if item["score"] < TARGETS.get(item["category"], 1) or item["category"] != "performance":
                lines.append(f"{r.kind}: {item['category']} lost points on '{item['id']}' ({item['score']:.2f}{', ' + item['value'] if item['value'] else ''})")
        if r.foreign:
            lines.append(f"{r.kind}: requests that left 127.0.0.1: {', '.join(r.foreign)}")
    return lines


def targets(results: list[Result]) -> list[tuple[str, bool, str]]:
    out = []
    names = {"accessibility": "accessibility", "best-practices": "best practices", "performance": "mobile performance"}
    for category, target in TARGETS.items():
        values = [(r.kind, r.scores.get(category)) for r in results]
        missed = [f"{kind} {v:.2f}" if v is not None else f"{kind} (none)" for kind, v in values if v is None or v < target]
        lowest = min((v for _, v in values if v is not None), default=None)
        figure = "lowest " + (f"{lowest:.2f}" if lowest is not None else "-") + (f"; below target: {', '.join(missed)}" if missed else "")
        out.append((f"{names[category]} {'at least ' if target < 1 else ''}{target:g} on every page", not missed, figure))
    foreign = [r.kind for r in results if r.foreign]
    out.append(("no request leaves 127.0.0.1", not foreign, ", ".join(foreign) if foreign else "none did"))
    return out
