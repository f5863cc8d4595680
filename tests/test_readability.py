"""Plain English, measured: the Flesch reading ease of every prose page of the shipped hub.

The prose is each page's article as a reader sees it in the built site, without headings,
tables, code, forms and navigation. Targets (the content issue): a mean of at least 60 and
no page under 45. textstat counts syllables with a hyphenation dictionary (pyphen).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import textstat
from conftest import ROOT

from practice_hub.core.hub import directory_url
from practice_hub.loader import load_hub

#: Elements that end a block of text (a paragraph, a list item, a card).
BLOCKS = {"p", "li", "dd", "div", "br", "section", "blockquote"}
#: A page with less prose than this (a listing, a form) is not scored.
FEWEST_WORDS = 80


class _Prose(HTMLParser):
    SKIP = {"pre", "code", "table", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "script", "style", "form", "select", "button", "label", "dt"}

    def __init__(self):
        super().__init__()
        self.article = self.skipping = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.article += tag == "article"
        self.skipping += bool(self.article and tag in self.SKIP)
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.parts.append("\n")
        self.skipping -= bool(self.article and tag in self.SKIP)
        self.article -= tag == "article"

    def handle_data(self, data):
        if self.article and not self.skipping:
            self.parts.append(data)


def prose(html: str) -> str:
    """The page's prose, each block (paragraph, list item, card) read as ending a sentence, as a
    reader takes a list item or a card's title: a bulleted list is not one long sentence."""
    parser = _Prose()
    parser.feed(html)
    blocks = [re.sub(r"\s+", " ", block).strip() for block in "".join(parser.parts).replace("¶", "").split("\n")]
    return " ".join(block if block[-1] in ".!?:;" else block + "." for block in blocks if block)


def test_prose_pages_are_plain_english(shipped_site):
    hub, _ = load_hub(ROOT)
    scores = {}
    for src in hub.pages:
        page = shipped_site / directory_url(src) / "index.html"
        text = prose(page.read_text(encoding="utf-8")) if page.is_file() else ""
        if len(text.split()) >= FEWEST_WORDS:
            scores[src] = textstat.flesch_reading_ease(text)
    assert len(scores) >= 40, scores
    hard = {src: round(score, 1) for src, score in scores.items() if score < 45}
    assert hard == {}, "pages under 45 (write shorter sentences and plainer words)"
    assert sum(scores.values()) / len(scores) >= 60
