"""Markdown as the site converts it: the same extensions and settings as mkdocs.yml.

Pack notes, handouts and the other Markdown fields of content are converted
here, with the site's own extensions, so they read exactly as a page would; the
glossary's abbreviations are explained on hover everywhere (the abbr
extension's glossary). Converters are made once and reused: making one costs
more than converting a short text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import markdown
from markdown.extensions.toc import slugify as toc_slugify

#: Extensions the hub relies on in every text, whatever the site lists; MkDocs itself always
#: adds toc, tables and fenced_code, so a text converted here reads as it would on a page.
REQUIRED = ("abbr", "attr_list", "tables", "toc", "fenced_code")


@dataclass
class MarkdownSettings:
    """The site's Markdown extensions (names) and their settings, as mkdocs.yml gives them."""

    extensions: list[str] = field(default_factory=lambda: list(REQUIRED))
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_config_list(cls, items) -> MarkdownSettings:
        """From mkdocs.yml's ``markdown_extensions`` list: names, or one-key mappings of a name to its settings."""
        names: list[str] = []
        configs: dict[str, dict] = {}
        for item in items or []:
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict) and len(item) == 1:
                ((name, settings),) = item.items()
                names.append(str(name))
                if isinstance(settings, dict):
                    configs[str(name)] = dict(settings)
        for name in REQUIRED:
            if name not in names:
                names.append(name)
        return cls(names, configs)

    def slugify(self) -> Callable[[str, str], str]:
        """The heading-id function the site uses (toc's ``slugify`` setting, Python-Markdown's by default)."""
        configured = self.configs.get("toc", {}).get("slugify")
        return configured if callable(configured) else toc_slugify


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HASH_HEADING = re.compile(r"^#{1,6}(?!#)")


def _hash_headings(text: str) -> list[str]:
    """The lines of ``text`` that start a '#' heading, outside fenced code."""
    lines, fence = [], ""
    for line in text.splitlines():
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif _HASH_HEADING.match(line):
            lines.append(line)
    return lines


class Converter:
    """A reusable converter with the site's settings; headings start at ``baselevel``
    and their ids carry a prefix, so several texts can share one page."""

    def __init__(self, settings: MarkdownSettings, baselevel: int = 1, glossary: dict[str, str] | None = None, permalinks: bool = True):
        self.prefix = ""
        self.baselevel = baselevel
        base_slugify = settings.slugify()
        configs = {name: dict(value) for name, value in settings.configs.items()}
        toc = configs.setdefault("toc", {})
        toc.update(baselevel=baselevel, slugify=lambda value, separator: self.prefix + base_slugify(value, separator))
        if not permalinks:
            toc.pop("permalink", None)
            toc.pop("permalink_title", None)
        if glossary:
            configs.setdefault("abbr", {})["glossary"] = dict(glossary)
        self.markdown = markdown.Markdown(extensions=settings.extensions, extension_configs=configs)

    def convert(self, text: str, prefix: str = "") -> str:
        self.prefix = prefix
        return self.markdown.reset().convert(text)

    def convert_with_top_level(self, text: str, prefix: str = "") -> tuple[str, int]:
        """The HTML, and the level the text's own highest headings are written at (1 for '#',
        2 for '##' ...; 0 where it has none), so a caller can shift them to where they belong."""
        html = self.convert(text, prefix)
        levels = [token["level"] - self.baselevel + 1 for token in getattr(self.markdown, "toc_tokens", [])]
        return html, min(levels, default=0)

    def heading_ids(self, text: str, quick: bool = False) -> list[str]:
        """The ids Markdown gives the headings of ``text``: what a '#anchor' link can point to.

        ``quick`` converts only the text's own '#' heading lines (outside fenced code), in order:
        the same ids for those headings, at a fraction of the cost of the whole text, but it
        misses headings written another way (underlined, or inside an admonition). So an
        anchor found quickly is there; one not found is looked for in the whole text."""
        if quick:
            text = "\n\n".join(_hash_headings(text))
        self.convert(text)
        ids: list[str] = []

        def walk(tokens):
            for token in tokens:
                ids.append(token["id"])
                walk(token.get("children", []))

        walk(getattr(self.markdown, "toc_tokens", []))
        return ids
