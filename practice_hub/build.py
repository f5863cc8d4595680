"""The built hub, whatever builds it: its pages, its files and its macros.

``HubSite`` turns the checked model into what a static site needs, as plain
values: the pages the hub writes itself, the files it publishes (calendar feeds,
quiz exports, pack downloads, the examples feed, the library's downloads and the
pages' scripts and styles), the macros editors may call, and what each
hand-written page of a content type carries. The MkDocs plugin
(engine/plugin.py) hands these to MkDocs; another engine's build step would
hand them to it. Nothing here imports MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .core.content_type import GeneratedPage
from .core.hub import Hub
from .core.markdown import MarkdownSettings
from .core.views import SiteViews, asset_files
from .registry import CONTENT_TYPES

#: Where the pages' scripts and styles are published.
ASSETS = "assets/hub"
#: The council's colours, made from its settings (never an inline style: pages work under a strict CSP).
COUNCIL_CSS = f"{ASSETS}/council.css"


class HubSite:
    """Everything one build of the hub publishes."""

    def __init__(self, hub: Hub, markdown: MarkdownSettings | None = None, page_urls: dict[str, str] | None = None):
        self.hub = hub
        self.types = CONTENT_TYPES
        self.views = SiteViews(hub, self.types, markdown or hub.markdown, page_urls)
        self._generated: dict[str, GeneratedPage] | None = None

    # --- pages ------------------------------------------------------------------
    def generated_pages(self) -> dict[str, GeneratedPage]:
        """The pages the hub writes itself, by their place under docs/. A hand-written page
        at the same place wins (a council may write its own)."""
        if self._generated is None:
            pages: dict[str, GeneratedPage] = {}
            for content_type in self.types:
                if content_type.generated_pages is not None:
                    for page in content_type.generated_pages(self.views):
                        if page.src not in self.hub.pages:
                            pages[page.src] = page
            self._generated = pages
        return self._generated

    def content_type_of(self, src: str):
        """The content type a hand-written page belongs to (a guide, an example ...), or None."""
        for content_type in self.types:
            if any(kind.claims(src) for kind in content_type.pages):
                return content_type
        return None

    def decoration(self, src: str) -> tuple[str, str]:
        """What a hand-written page of a content type carries: (above its text, below it)."""
        page = self.hub.pages.get(src)
        content_type = self.content_type_of(src)
        if page is None or page.meta is None or content_type is None or content_type.decorate is None:
            return "", ""
        return content_type.decorate(self.views, page) or ("", "")

    def description(self, src: str) -> str | None:
        """A content page's description for search engines and link previews: its summary."""
        page = self.hub.pages.get(src)
        return getattr(page.meta, "summary", None) if page is not None and self.content_type_of(src) else None

    # --- macros -------------------------------------------------------------------
    def macros(self) -> dict[str, tuple[Callable[..., str], bool | None]]:
        """The macros editors may call in pages: name -> (function, whether search indexes its HTML,
        or None for a macro that gives a value for the page's text rather than HTML)."""
        found: dict[str, tuple[Callable[..., str], bool | None]] = {}
        for content_type in self.types:
            for name, function in content_type.macros.items():
                found[name] = (_bound(function, self.views), name not in content_type.unsearched)
            for name, function in content_type.values.items():
                found[name] = (_bound(function, self.views), None)
        return found

    def page_variables(self) -> dict:
        """The values pages may write as {{ hub.name }} and the like: the council's settings."""
        return self.hub.settings.model_dump() if self.hub.settings else {}

    # --- files --------------------------------------------------------------------
    def outputs(self) -> dict[str, bytes]:
        """Files made from the content: path in the site -> bytes."""
        files: dict[str, bytes] = {COUNCIL_CSS: council_css(self.hub).encode("utf-8")}
        for content_type in self.types:
            if content_type.outputs is not None:
                files.update(content_type.outputs(self.views))
        return files

    def copied_files(self) -> dict[str, Path]:
        """Files published as they are: path in the site -> file. The pages' scripts and
        styles, and the resource library's downloads."""
        files = {f"{ASSETS}/{name}": path for name, path in asset_files(self.types).items()}
        for content_type in self.types:
            if content_type.files is not None:
                files.update(content_type.files(self.hub))
        return files


def _bound(function: Callable[..., str], views: SiteViews) -> Callable[..., str]:
    def macro(*args, **kwargs) -> str:
        return function(views, *args, **kwargs)

    macro.__name__ = function.__name__
    macro.__doc__ = function.__doc__
    return macro


def council_css(hub: Hub) -> str:
    """The council's accent colour for the theme (checked for 4.5:1 contrast with white)."""
    accent = hub.settings.accent_colour if hub.settings else "#1d5c8f"
    return f":root{{--md-primary-fg-color:{accent};--md-primary-fg-color--dark:{accent};--md-accent-fg-color:{accent};--md-typeset-a-color:{accent}}}\n"
