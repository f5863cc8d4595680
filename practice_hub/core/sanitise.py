"""Sanitising HTML made from content, with a maintained sanitiser (nh3, the ammonia library).

Markdown written in content (pack notes, handouts, quiz and course texts) is
converted by the site's Markdown and then cleaned here: only the elements and
attributes Markdown and its extensions produce survive, and links may only be
web, mail and in-page addresses. So even text the check did not refuse cannot
put a script, an event handler or a ``javascript:`` link into a page.
"""

from __future__ import annotations

import nh3

#: What Python-Markdown and the site's extensions write (tables, admonitions, details, abbreviations, footnotes, code).
TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "td": {"align", "colspan", "rowspan"},
    "details": {"open"},
}
#: Schemes a link or image may use; addresses without a scheme (relative, #anchor) are kept.
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html: str) -> str:
    """``html`` with everything else removed (the text of removed elements is kept, as text)."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=None, strip_comments=True)
