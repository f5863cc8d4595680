"""The hub: every piece of content, read and checked, in one object.

Each content type keeps its items under its own name (``hub.guides``,
``hub.quizzes``, ``hub.training`` ...), put there by its loader
(``practice_hub.registry``). The hub itself knows only what every type shares:
where it lives, the day it is built as, the council's settings and the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .markdown import MarkdownSettings
from .read import Document
from .settings import HubSettings
from .sources import Source


@dataclass
class Page:
    """A hand-written Markdown page under docs/."""

    src: str  # path relative to docs/, e.g. 'guides/genograms.md'
    doc: Document
    meta: Any  # PageMeta, or the model of its content type (None where its front matter has errors)
    kind: str = ""  # the content type's name for such pages ('guides', 'examples' ...), or '' for the hub's own pages

    @property
    def first_text_line(self) -> int:
        """The line of the first non-blank text after the front matter (where MkDocs' Markdown starts)."""
        body = self.doc.body
        return self.doc.body_line + body[: len(body) - len(body.lstrip())].count("\n")

    @property
    def url(self) -> str:
        """The page's address from the site root, in directory form ('guides/genograms/').
        Links are made from this form; the engine maps it to the real address."""
        return directory_url(self.src)


def directory_url(src: str) -> str:
    """A page's address in directory form: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/', 'index.md' -> ''."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def page_stem(path: str) -> str:
    """'about/framework.md' and 'about/framework' -> 'about/framework'."""
    return path[:-3] if path.endswith(".md") else path


def page_sources(path: str) -> list[str]:
    """The files under docs/ a page path may name: 'about/framework' -> about/framework.md or about/framework/index.md."""
    stem = page_stem(path)
    return [f"{stem}.md", f"{stem}/index.md"]


@dataclass
class Hub:
    """The whole hub, checked and cross-referenced."""

    root: Path
    today: date
    docs_dir: str = "docs"
    settings: HubSettings | None = None
    #: The site's address (mkdocs.yml site_url), or "" where it is not set.
    site_url: str = ""
    #: The site's Markdown extensions and settings (mkdocs.yml), for converting content as pages are.
    markdown: MarkdownSettings = field(default_factory=MarkdownSettings)
    pages: dict[str, Page] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    #: Each content type's items, under the names its loader gives them (see __getattr__).
    content: dict[str, Any] = field(default_factory=dict, repr=False)
    #: Ids of items whose files have errors of their own: references to them are
    #: not reported again, so one mistake gives one finding.
    unchecked_ids: set[str] = field(default_factory=set)
    #: Results worked out once per build and used by several pages (a pack's download,
    #: converted Markdown, who links to a guide). A build loads the hub anew, so nothing goes stale.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        # Only called for names the dataclass does not have: a content type's items.
        content = self.__dict__.get("content")
        if content is not None and name in content:
            return content[name]
        raise AttributeError(f"the hub has no '{name}'")

    def page_at(self, path: str) -> Page | None:
        """The hand-written page a page path ('about/framework') names, if there is one."""
        return next((self.pages[src] for src in page_sources(path) if src in self.pages), None)

    def refers_to_broken(self, item_id: str) -> bool:
        return item_id in self.unchecked_ids

    def items_with(self, attribute: str) -> list:
        """Every item of every content type that has ``attribute`` (for example 'sources' or 'next_review')."""
        found: dict[int, Any] = {}  # by identity: one collection may be listed under two names
        for collection in self.content.values():
            if isinstance(collection, dict):
                for item in collection.values():
                    if hasattr(type(item), attribute) or attribute in getattr(type(item), "model_fields", {}):
                        found.setdefault(id(item), item)
        return list(found.values())

    def sourced_items(self) -> list:
        """Everything that says where its facts come from."""
        return self.items_with("sources")

    def reviewed_items(self) -> list:
        """Everything with a review date: guides, library items and workshop packs."""
        return self.items_with("next_review")
