"""Finished HTML from the hub's views, kept out of Markdown's way.

A view's output (a quiz, a pack, the calendar, a whole generated page) is
finished HTML made from content values. Left in a page's Markdown, it would be
read again as Markdown (and, on a page with macros, as a template): so while
Markdown runs, each fragment waits here and the page holds a one-line HTML
comment in its place. Once the page is HTML (``restore``, from on_page_content)
each comment is swapped back for its fragment, and the fragments' ids are handed
to MkDocs' anchor check.

A fragment kept with ``searched=False`` (a listing that repeats pages of its
own, or a quiz whose options and feedback would give its answers away in
search results) is marked for the site search to pass over: each of its
top-level elements carries ``data-pagefind-ignore`` (engine/search.py), so the
page looks and reads the same. It also waits one step longer: its comment stays
in the page until the finished HTML (``restore_late``, from on_post_page), so
nothing that reads a page's content in between finds it. Fragments may hold
other fragments' comments.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_PLACEHOLDER = re.compile(r"<!-- hub-fragment-(\d+) -->")
#: The anchors MkDocs' raw-HTML scan collects: any element's id, and <a name="...">.
#: The fragments come from the hub's own autoescaped templates, so every attribute is double-quoted.
_ANCHOR = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]*)"|<a\s[^>]*?\bname="([^"]*)"')


class Fragments:
    """The fragments of the pages being built, each under its own number."""

    def __init__(self):
        self._kept: dict[str, tuple[str, bool]] = {}
        self._count = 0

    def keep(self, fragment: str, searched: bool = True) -> str:
        """Keep ``fragment``; return the comment that stands for it in the Markdown."""
        self._count += 1
        self._kept[str(self._count)] = (fragment if searched else unsearched(fragment), searched)
        return f"<!-- hub-fragment-{self._count} -->"

    def restore(self, page_html: str) -> tuple[str, set[str]]:
        """Put back every kept fragment that search may read; return the page and the
        anchor ids of every fragment on it (those that wait for ``restore_late`` too)."""
        anchors: set[str] = set()

        def put(match: re.Match) -> str:
            kept = self._kept.get(match.group(1))
            if kept is None:
                return match.group(0)
            fragment, searched = kept
            anchors.update(html.unescape(a or b) for a, b in _ANCHOR.findall(fragment))
            for inner in _PLACEHOLDER.findall(fragment):  # the ids of fragments inside it count too
                if inner in self._kept:
                    anchors.update(html.unescape(a or b) for a, b in _ANCHOR.findall(self._kept[inner][0]))
            if not searched:
                return match.group(0)
            del self._kept[match.group(1)]
            return _PLACEHOLDER.sub(put, fragment)

        return _PLACEHOLDER.sub(put, page_html), anchors

    def restore_late(self, page_html: str) -> str:
        """Put the fragments kept out of search into the finished page."""

        def put(match: re.Match) -> str:
            kept = self._kept.pop(match.group(1), None)
            return match.group(0) if kept is None else _PLACEHOLDER.sub(put, kept[0])

        return _PLACEHOLDER.sub(put, page_html)


#: What the site search passes over (Pagefind's attribute).
IGNORE = "data-pagefind-ignore"
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])


class _TopLevel(HTMLParser):
    """Where each top-level element of a fragment starts, and whether text stands outside them."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.starts: list[tuple[int, int, str]] = []  # (line, column, tag)
        self.loose_text = False

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            self.starts.append((*self.getpos(), tag))
        if tag not in _VOID:
            self.depth += 1

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0:
            self.starts.append((*self.getpos(), tag))

    def handle_endtag(self, tag):
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self.depth == 0 and data.strip():
            self.loose_text = True


#: A tag, a comment or a whole raw-text element, in HTML written by the hub's autoescaped
#: templates (no '<' or '>' inside an attribute's value, every '<' in text escaped).
_TOKEN = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b[^>]*>.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(/?)>", re.DOTALL)


def _top_level_quick(fragment: str) -> tuple[list[int], bool] | None:
    """Where each top-level element starts (just after '<tag') and whether text stands outside
    them, by a scan of the tags alone; None where the tags do not balance, so the HTML parser decides."""
    starts: list[int] = []
    depth, last, loose = 0, 0, False
    for token in _TOKEN.finditer(fragment):
        if depth == 0 and fragment[last : token.start()].strip():
            loose = True
        last = token.end()
        raw, closing, tag, self_closing = token.groups()
        name = (raw or tag or "").lower()
        if not name:  # a comment
            continue
        if closing:
            depth -= 1
            if depth < 0:
                return None
            continue
        if depth == 0:
            starts.append(token.start() + 1 + len(name))
        if not raw and not self_closing and name not in _VOID:
            depth += 1
    if depth == 0 and fragment[last:].strip():
        loose = True
    return (starts, loose) if depth == 0 else None


def _top_level_parsed(fragment: str) -> tuple[list[int], bool]:
    parser = _TopLevel()
    parser.feed(fragment)
    parser.close()
    line_starts = [0]  # the parser counts lines by "\n" alone
    for line in fragment.split("\n"):
        line_starts.append(line_starts[-1] + len(line) + 1)
    return [line_starts[line - 1] + column + 1 + len(tag) for line, column, tag in parser.starts], parser.loose_text


def unsearched(fragment: str) -> str:
    """The fragment with ``data-pagefind-ignore`` on each of its top-level elements (or, if it
    has text outside any element, inside one ``<div>`` that carries it)."""
    starts, loose = _top_level_quick(fragment) or _top_level_parsed(fragment)
    if loose:
        return f"<div {IGNORE}>{fragment}</div>"
    out, last = [], 0
    for at in starts:
        out += [fragment[last:at], f" {IGNORE}"]
        last = at
    out.append(fragment[last:])
    return "".join(out)
