"""Finished HTML from the macros, kept out of Markdown's way.

A macro's output (a quiz, a pack, the calendar) is finished HTML. Left in the
page's Markdown, Python-Markdown would read all of it again (the md_in_html
extension, and MkDocs' scan of raw HTML for anchor ids) only to pass it
through unchanged: on a large hub that was a fifth of the build. So while
Markdown runs, each fragment waits here and the page holds a one-line HTML
comment in its place; once the page is HTML (``on_page_content`` in
macros/mkdocs_hooks.py) each comment is swapped back for its fragment, and the
fragment's ids are handed to MkDocs' anchor check as its own scan would have.

A fragment kept with ``searched=False`` (a listing that repeats pages of its
own, or a quiz whose options and feedback would give its answers away in
search results) waits one step longer: its comment stays in the page while the
search plugin reads it, and the fragment goes into the finished HTML
(``restore_late``, from ``on_post_page``). So the search index holds each thing
once, and it is smaller for every reader to download.

This module does not import MkDocs.
"""
from __future__ import annotations

import functools
import html
import re
from typing import Callable

_PLACEHOLDER = re.compile(r"<!-- hub-fragment-(\d+) -->")
#: The anchors MkDocs' raw-HTML scan collects: any element's id, and <a name="...">.
#: The fragments come from the hub's own autoescaped templates, so every attribute is double-quoted.
_ANCHOR = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]*)"|<a\s[^>]*?\bname="([^"]*)"')


class Fragments:
    """The fragments of the page being built, each under its own number."""

    def __init__(self):
        self._kept: dict[str, str] = {}
        self._unsearched: set[str] = set()
        self._late: dict[str, str] = {}
        self._count = 0

    def keep(self, fragment: str, searched: bool = True) -> str:
        """Keep ``fragment``; return the comment that stands for it in the Markdown.
        With ``searched=False`` it stays out of the search index (``restore_late``)."""
        self._count += 1
        self._kept[str(self._count)] = fragment
        if not searched:
            self._unsearched.add(str(self._count))
        return f"<!-- hub-fragment-{self._count} -->"

    def keeping(self, macro: Callable[..., str], searched: bool = True) -> Callable[..., str]:
        """``macro``, returning the placeholder of its HTML instead of the HTML."""

        @functools.wraps(macro)
        def kept(*args, **kwargs):
            return self.keep(macro(*args, **kwargs), searched)

        return kept

    def restore(self, page_html: str) -> tuple[str, set[str]]:
        """Put every kept fragment back in ``page_html``, except those kept out of search,
        which wait for ``restore_late``; return it and all the fragments' anchor ids."""
        anchors: set[str] = set()

        def put(match: re.Match) -> str:
            number = match.group(1)
            fragment = self._kept.pop(number, None)
            if fragment is None:
                return match.group(0)
            anchors.update(html.unescape(a or b) for a, b in _ANCHOR.findall(fragment))
            if number in self._unsearched:
                self._unsearched.discard(number)
                self._late[number] = fragment
                return match.group(0)
            return fragment

        return _PLACEHOLDER.sub(put, page_html), anchors

    def restore_late(self, page_html: str) -> str:
        """Put the fragments kept out of search into the finished page."""
        if not self._late:
            return page_html
        return _PLACEHOLDER.sub(lambda match: self._late.pop(match.group(1), match.group(0)), page_html)
