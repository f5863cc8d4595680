"""The site search's payload, measured in real Chromium: what a page load fetches for the search,
and what a first search of a common word fetches, on a plain static server (no compression,
as a file share or a bare intranet server) and on one that compresses text with gzip.

The page is opened as a reader would open it; the word is typed into the search box at about
ten keys a second (the search waits for a pause of 0.2 s, so this is one search) and the
bytes of every response are added up once the results show and the network is quiet.
Pagefind's index files are compressed already (a .pf_* or .pagefind file is gzip inside), so
only its script gains from a compressing server.
"""

from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

#: The word searched for: in two pages of three of the synthetic hub, and most of the shipped one.
COMMON_WORD = "family"
#: The issue's target for a first search of a common word on the largest hub, compressed.
FIRST_SEARCH_TARGET = 150 * 1024


@dataclass
class Payload:
    server: str
    page_load: int  # bytes fetched by a page load for the search (its script and style), index included
    page_load_index: int  # of which the index (anything under pagefind/): 0 is the target
    first_search: int  # bytes fetched from typing the word to the results showing
    requests: int  # responses in the first search
    results: str  # what the search said ("123 results for ...")


def _is_search(url: str) -> bool:
    return "/pagefind/" in url or "/assets/hub/search." in url


def measure(site: Path, word: str = COMMON_WORD, path: str = "", log=print) -> list[Payload]:
    """The search payload of ``site`` on both servers (the plain one first)."""
    from playwright.sync_api import sync_playwright

    from .lighthouse import SERVERS, _tests_helper, chromium

    flags = _tests_helper()[0].CHROMIUM_FLAGS
    out = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), headless=True, args=flags)
        try:
            for name, handler in SERVERS:
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
                threading.Thread(target=server.serve_forever, daemon=True).start()
                try:
                    out.append(_measure_one(browser, f"http://127.0.0.1:{server.server_address[1]}/", name, word, path))
                finally:
                    server.shutdown()
                    server.server_close()
        finally:
            browser.close()
    return out


def _measure_one(browser, base: str, server: str, word: str, path: str) -> Payload:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    try:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        loaded = [r for r in responses if _is_search(r.url)]
        load_bytes = sum(_bytes(r) for r in loaded)
        index_bytes = sum(_bytes(r) for r in loaded if "/pagefind/" in r.url)
        responses.clear()
        box = page.locator(".md-search__input")
        box.click()
        box.press_sequentially(word, delay=100)
        page.locator(".hub-search__item").first.wait_for(timeout=60000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        said = page.locator(".hub-search__status").inner_text()
        searched = [r for r in responses if r.url.startswith(base)]
        return Payload(server, load_bytes, index_bytes, sum(_bytes(r) for r in searched), len(searched), said)
    finally:
        context.close()


def _bytes(request) -> int:
    """What came over the wire for a response: its headers and its (possibly compressed) body."""
    sizes = request.sizes()
    return sizes["responseHeadersSize"] + sizes["responseBodySize"]


def describe(payloads: list[Payload]) -> str:
    """'page load 11 KB, none of the index; first search 131 KB in 17 requests (gzip server) / ...'"""
    parts = []
    for p in payloads:
        index = "none of the index" if not p.page_load_index else f"{p.page_load_index / 1024:,.0f} KB of the index"
        parts.append(f"{p.server}: page load {p.page_load / 1024:,.1f} KB ({index}); first search {p.first_search / 1024:,.0f} KB in {p.requests} requests")
    return "; ".join(parts)
