"""Finding unsafe markup in content, with a real HTML parser (the standard library's html.parser).

Text is converted as the site converts it (so a Markdown link or image is seen as the link
or image it becomes) and then read element by element. What content may never hold: script
and other active or embedding elements, event-handler attributes (on…=), and link or image
targets with a scheme that runs code or hides content (javascript:, vbscript:, data:).
The pages sanitise such markup away too (core/sanitise.py); the check says so to the editor,
at the line, so nothing is silently dropped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

#: Elements content may not hold: they run code, embed other pages or documents, send data or restyle the page.
ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "style", "link", "meta", "base", "svg", "math"}
#: Attributes whose value is an address.
ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "srcset"}
#: Schemes an address may not use.
SCHEMES = ("javascript", "vbscript", "data")
#: Browsers ignore these inside a scheme ("java\tscript:" runs): they are removed before comparing.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f-\x9f]+")
#: Cheap signs that a text may hold markup, or an address with a scheme content may not use, worth
#: converting and parsing for. Spaces and control characters are ignored first, as browsers ignore
#: them inside a scheme ("java script:").
_MAYBE = re.compile(r"<|&#|&[a-z]+;|javascript:|vbscript:|data:", re.IGNORECASE)
_SPACES = re.compile(r"[\s\x00-\x1f]+")


@dataclass(frozen=True)
class Unsafe:
    what: str  # e.g. "a <script> element"
    search: str  # text to look for in the source to find the line
    hint: str


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[Unsafe] = []

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag: str, attrs) -> None:
        if tag in ELEMENTS:
            self.found.append(Unsafe(f"a <{tag}> element", f"<{tag}", "content may not hold scripts, forms, styles or embedded pages: remove it"))
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(Unsafe(f"an event handler ({name}=)", name, "remove the attribute: content may not run scripts"))
            elif name in ADDRESS_ATTRIBUTES and value:
                scheme = _scheme(value)
                if scheme in SCHEMES:
                    self.found.append(
                        Unsafe(f"a '{scheme}:' address", value.strip()[:40], "link only to web pages (https://), mail (mailto:) or pages of the hub")
                    )
            elif name == "style":
                self.found.append(
                    Unsafe("a style attribute", "style", "remove it: pages keep to the hub's own styles (and work under a strict security policy)")
                )


def _scheme(address: str) -> str:
    cleaned = _IGNORED_IN_SCHEME.sub("", html.unescape(address)).lower()
    return cleaned.split(":", 1)[0] if ":" in cleaned.split("/", 1)[0] else ""


def maybe_markup(text: str) -> bool:
    return bool(_MAYBE.search(text)) or (":" in text and bool(_MAYBE.search(_SPACES.sub("", text))))


def unsafe_in_html(fragment: str) -> list[Unsafe]:
    scanner = _Scanner()
    scanner.feed(fragment)
    scanner.close()
    return scanner.found


def line_of(source: str, search: str, first_line: int) -> int:
    """The line of ``source`` (which starts at ``first_line``) where ``search`` first appears, ignoring
    case, and reading character references as what they stand for (java&#115;cript: is javascript:)."""
    wanted = _IGNORED_IN_SCHEME.sub("", search.lower())
    for number, line in enumerate(source.splitlines(), start=first_line):
        if wanted in _IGNORED_IN_SCHEME.sub("", html.unescape(line).lower()):
            return number
    return first_line
