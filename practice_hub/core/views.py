"""What every view shares: the templates, links between pages, page assets and Markdown.

``SiteViews`` is made once per build, from the checked hub and the content
types' declarations. Each content type's views (``<type>/views.py``) are plain
functions that take it first. Templates are autoescaped: every content value
lands in a page as text, never as markup; the only HTML a view passes through
is Markdown the site converted itself and sanitised (``markdown``).
Nothing here imports MkDocs: the engine adapter says which page is being built
and where each page's address is.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .hub import Hub, directory_url
from .markdown import Converter, MarkdownSettings
from .sanitise import clean_html

CORE_TEMPLATES = Path(__file__).parent / "templates"
CORE_ASSETS = Path(__file__).parent / "assets"


class SiteViews:
    """The checked hub and all it takes to render it. One per build."""

    def __init__(self, hub: Hub, content_types: Iterable[Any] = (), markdown: MarkdownSettings | None = None, page_urls: dict[str, str] | None = None):
        self.hub = hub
        self.content_types = tuple(content_types)
        self.markdown_settings = markdown or MarkdownSettings()
        #: Each page's address in directory form ('guides/genograms/') -> its real address
        #: ('guides/genograms/' or 'guides/genograms.html'), as the engine publishes it.
        self.page_urls: dict[str, str] = dict(page_urls or {})
        self.page_url = ""  # the real address of the page being built
        self.page_meta: dict = {}
        #: Marks HTML that stays out of the site search (the engine keeps it aside while the index is made).
        self.unsearched: Callable[[str], str] = lambda html: html
        loaders = {"core": FileSystemLoader(CORE_TEMPLATES)}
        loaders.update({t.name: FileSystemLoader(t.templates) for t in self.content_types if t.templates})
        self.jinja = Environment(
            loader=PrefixLoader(loaders),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.jinja.tests["contains"] = lambda sequence, item: item in sequence
        self.jinja.globals.update(hub=hub, settings=hub.settings, link=self.link)
        self._links: dict[tuple[str, str], str] = {}
        self._converters: dict[tuple[int, bool], Converter] = {}
        #: Markdown already converted, by its text and how it was converted: the engine may give one
        #: dictionary to every build of one `mkdocs serve`, so unchanged texts are not converted again.
        self.converted: dict[tuple, Markup] = {}

    # --- the page being built -----------------------------------------------------
    def begin_page(self, url: str, meta: dict | None = None) -> None:
        """Say which page is being built: its real address, and its metadata (where a view
        asks for a script, a style sheet or a feed link on that page)."""
        self.page_url = url
        self.page_meta = meta if meta is not None else {}

    def require_asset(self, name: str) -> None:
        """Load assets/hub/NAME on the page being built (the theme reads page.meta.hub_assets)."""
        assets = self.page_meta.setdefault("hub_assets", [])
        if name not in assets:
            assets.append(name)

    def require_feed(self, path: str, title: str) -> None:
        """Link a feed (a path from the site root) from the page's head, for feed readers to find."""
        feeds = self.page_meta.setdefault("hub_feeds", [])
        if not any(f["path"] == path for f in feeds):
            feeds.append({"path": path, "title": title})

    # --- links -------------------------------------------------------------------
    def address(self, target: str) -> str:
        """The real address of ``target``: a page in directory form ('guides/genograms/', '' for the
        home page) or a page's file ('guides/genograms.md'), or any other file's path."""
        if target.endswith(".md"):
            target = directory_url(target)
        if target == "" or target.endswith("/"):
            return self.page_urls.get(target, target)
        return target

    def link(self, target: str) -> str:
        """A link from the page being built to ``target`` (see ``address``), relative, so the site
        works from any folder of any web server, or from files on a disc."""
        key = (self.page_url, target)
        if key not in self._links:
            path, hash_mark, fragment = target.partition("#")
            url, fragment = self.address(path), hash_mark + fragment
            here = self.page_url if self.page_url.endswith("/") or not self.page_url else posixpath.dirname(self.page_url)
            relative = posixpath.relpath(url or ".", here or ".")
            if url.endswith("/") and not relative.endswith("/"):
                relative += "/"
            self._links[key] = relative + fragment
        return self._links[key]

    # --- templates and Markdown ------------------------------------------------------
    def render(self, template: str, **context) -> Markup:
        """A template's HTML. It is autoescaped, so it may go into another template as it is."""
        return Markup(self.jinja.get_template(template).render(**context))

    def glossary(self) -> dict[str, str]:
        """Abbreviations and what they stand for, for the abbr extension: explained on hover everywhere."""
        if "abbreviations" not in self.hub.memo:
            terms = self.hub.content.get("terms", {})
            self.hub.memo["abbreviations"] = {t.abbreviation: t.term for t in terms.values() if getattr(t, "abbreviation", None)}
        return self.hub.memo["abbreviations"]

    def markdown(self, text: str, *, baselevel: int = 2, id_prefix: str = "", permalinks: bool = False) -> Markup:
        """Markdown written in content, as safe HTML: converted as the site converts pages, then
        sanitised, so no script, handler or unsafe link can reach a page. Each text is converted
        once (it may appear in several views, and in every rebuild of one `mkdocs serve`): the HTML
        depends on the text, these options, the site's Markdown settings and the glossary alone."""
        key = (text, baselevel, id_prefix, permalinks, self._conversion_settings())
        if key not in self.converted:
            html, top = self._converter(baselevel, permalinks).convert_with_top_level(text.strip(), id_prefix)
            if top > 1:  # the text's own top headings (## in notes) become level ``baselevel``, so no level is skipped
                html, _ = self._converter(max(1, baselevel - top + 1), permalinks).convert_with_top_level(text.strip(), id_prefix)
            self.converted[key] = Markup(clean_html(html))
        return self.converted[key]

    def _conversion_settings(self) -> str:
        """Everything besides the text that a conversion depends on, as one string."""
        if "conversion-settings" not in self.hub.memo:
            settings = self.markdown_settings
            self.hub.memo["conversion-settings"] = repr((settings.extensions, sorted(settings.configs.items(), key=repr), sorted(self.glossary().items())))
        return self.hub.memo["conversion-settings"]

    def _converter(self, baselevel: int, permalinks: bool) -> Converter:
        if (baselevel, permalinks) not in self._converters:
            self._converters[(baselevel, permalinks)] = Converter(self.markdown_settings, baselevel, self.glossary(), permalinks)
        return self._converters[(baselevel, permalinks)]

    def heading_ids(self, text: str) -> list[str]:
        """The anchors the site gives the headings of a page's Markdown."""
        return self._converter(1, True).heading_ids(text)


def asset_files(content_types: Iterable[Any]) -> dict[str, Path]:
    """Every static file the content types' pages may load: name -> file (published under assets/hub/)."""
    files: dict[str, Path] = {}
    folders = [CORE_ASSETS, *(t.assets for t in content_types if t.assets)]
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and not path.name.startswith("."):
                files[path.name] = path
    return files


MacroFunction = Callable[..., str]
