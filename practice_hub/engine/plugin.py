"""The hub's one MkDocs plugin (mkdocs.yml: ``plugins: - hub``): the engine adapter.

Everything MkDocs-specific is here and in theme.py, fragments.py and macros.py:

- on_config: load and check the hub (engine-independent, practice_hub.loader) from
  MkDocs' own loaded configuration, so ``!ENV`` values are the ones MkDocs uses;
  a content error stops the build with ``path:line: what is wrong (how to fix it)``.
- on_files: the pages the hub writes itself, and every file it publishes (feeds,
  exports, pack downloads, library downloads, scripts and styles), enter MkDocs
  as files, so MkDocs serves them under ``mkdocs serve`` and knows they exist.
- on_page_markdown: content is data. A generated page's HTML is made from the
  model as values and kept out of Markdown; pages of a content type (guides,
  examples, articles) are never rendered as templates; only the hub's own pages
  may call the macros. Titles and descriptions reach the theme escaped.
- on_page_content / on_post_page: the kept HTML goes back into the page.

The plugin's state lives on the plugin, made anew for every build.
"""

from __future__ import annotations

import gc
import json
import logging
import os
from datetime import UTC, date, datetime
from pathlib import Path

from markupsafe import Markup, escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from ..build import COUNCIL_CSS, HubSite
from ..core.hub import directory_url
from ..core.markdown import MarkdownSettings
from ..loader import load_hub
from .caching import CompiledTemplates, Outputs, fingerprint
from .fragments import Fragments
from .preview import Preview
from .search import SearchError, SiteSearch, entries
from .theme import fix_theme_html

log = logging.getLogger("mkdocs.plugins.hub")

#: Set HUB_TODAY=YYYY-MM-DD to build as if on another day (tests, previews).
TODAY_VARIABLE = "HUB_TODAY"
#: What a generated page's Markdown holds: one placeholder for its HTML.
GENERATED_MARK = "hub_generated"


class HubConfig(base.Config):
    """The plugin's settings (mkdocs.yml, under ``plugins: - hub:``). The council's own
    settings are the ``extra: hub:`` block, which pages also read as {{ hub.… }}."""

    #: Build as if on this day (YYYY-MM-DD): which sessions are past, review warnings.
    #: HUB_TODAY, then SOURCE_DATE_EPOCH, win over it; without any, the day of the build.
    today = c.Optional(c.Type(str))
    #: Mend the theme's HTML (engine/theme.py). Off only to test what the theme writes.
    fix_theme = c.Type(bool, default=True)


class HubPlugin(BasePlugin[HubConfig]):
    supports_multiple_instances = False

    def __init__(self):
        super().__init__()
        self.site: HubSite | None = None
        self.fragments = Fragments()
        #: Under `mkdocs serve`, problems are shown in the browser instead of stopping the preview (engine/preview.py).
        self.previewing = False
        self.preview = Preview()
        #: Compiled templates, kept across the rebuilds of one `mkdocs serve` (engine/caching.py).
        self.compiled = CompiledTemplates()
        self.outputs = Outputs()
        #: Markdown in content already converted, by text and settings (core/views.py), kept the same way.
        self.converted: dict = {}

    def on_startup(self, *, command, dirty):
        # (Defining on_startup also keeps this plugin across the rebuilds of one `mkdocs serve`.)
        self.previewing = command == "serve"
        self.search = SiteSearch()

    # --- load and check ----------------------------------------------------------
    def on_config(self, config):
        root = Path(config.config_file_path).parent
        gc.unfreeze()  # a build under `mkdocs serve` that stopped early left its hub frozen (below)
        self.site = None
        self.preview.start(Path(config.docs_dir).name)
        if self.previewing:
            self.preview.divert_warnings()
        hub, findings = load_hub(root, today=build_date(self.config.today), config=config)
        errors = [f for f in findings if f.severity == "error"]
        for finding in findings:
            (log.error if finding.severity == "error" else log.warning)(str(finding))
        if errors and self.previewing:
            for finding in errors:
                self.preview.add_finding(finding)
            return config  # the preview shows the problems in place of every page (on_post_build)
        if errors:
            raise PluginError(f"The content check found {len(errors)} problem{'s' if len(errors) != 1 else ''} (listed above). Nothing was published.")
        markdown = MarkdownSettings(list(config.markdown_extensions), dict(config.mdx_configs))
        self.site = HubSite(hub, markdown)
        self.site.views.jinja.bytecode_cache = self.compiled
        if self.previewing:
            if len(self.converted) > 50_000:  # texts edited away pile up over a long session
                self.converted.clear()
            self.site.views.converted = self.converted
        self.fragments = Fragments()
        self.search = SiteSearch(config.theme.get("language") or "en")
        self.site.views.unsearched = lambda html: Markup(self.fragments.keep(html, searched=False))
        # The glossary's abbreviations are explained on hover on every page: given to the abbr
        # extension as its glossary, never written into a page's Markdown.
        if "abbr" in config.markdown_extensions:
            config.mdx_configs.setdefault("abbr", {})["glossary"] = self.site.views.glossary()
        if COUNCIL_CSS not in config.extra_css:
            config.extra_css.insert(0, COUNCIL_CSS)
        # The hub stays in memory for the whole build: the cycle collector need not walk it again
        # at every collection while the pages are made (gc.freeze).
        gc.freeze()
        return config

    def on_env(self, env, config, files):
        env.bytecode_cache = self.compiled  # the theme's templates: compiled once per `mkdocs serve`
        # The theme overrides link to hub pages by their file ({{ page_address('about/privacy.md') | url }}),
        # so the links are right with or without directory URLs.
        env.globals["page_address"] = (lambda src: self.site.views.address(src)) if self.site else (lambda src: src)
        return env

    # --- files ---------------------------------------------------------------------
    def on_files(self, files, config):
        site = self.site
        if site is None:  # previewing a hub with problems: its pages are replaced by the list of them
            return files
        for src, page in site.generated_pages().items():
            self._add(files, File.generated(config, src, content=_generated_markdown(page)))
        made = site.outputs if not self.previewing else (lambda: self.outputs.get(fingerprint(site.hub, Path(config.config_file_path)), site.hub, site.outputs))
        for path, data in made().items():
            self._add(files, File.generated(config, path, content=data))
        for path, source in site.copied_files().items():
            self._add(files, File.generated(config, path, abs_src_path=str(source)))
        # Links between pages are made in directory form; MkDocs says where each page really is.
        site.views.page_urls = {directory_url(f.src_uri): f.url for f in files.documentation_pages()}
        return files

    @staticmethod
    def _add(files, file: File) -> None:
        existing = files.get_file_from_path(file.src_uri)
        if existing is not None:
            files.remove(existing)
        files.append(file)

    # --- pages ---------------------------------------------------------------------
    @event_priority(100)  # before mkdocs-macros: it must know which pages it may render
    def on_page_markdown(self, markdown, page, config, files):
        site = self.site
        if site is None:
            page.meta["render_macros"] = False
            return ""
        src = page.file.src_uri
        site.views.begin_page(page.url, page.meta)
        for key in ("title", "description"):  # the theme writes these as they are: give it text, escaped
            if isinstance(page.meta.get(key), str) and not page.meta.get(GENERATED_MARK):
                page.meta[key] = str(escape(page.meta[key]))
        generated = site.generated_pages().get(src) if page.meta.get(GENERATED_MARK) else None
        if generated is not None:
            return self.fragments.keep(generated.render(), searched=generated.searched)
        if site.content_type_of(src) is not None:
            page.meta["render_macros"] = False  # content is data: never a template
            description = site.description(src)
            if description and "description" not in page.meta:
                page.meta["description"] = str(escape(description))
            head, foot = site.decoration(src)
            if head or foot:
                markdown = (
                    (self.fragments.keep(head) if head else "")
                    + "\n\n"
                    + markdown
                    + "\n\n"
                    + (self.fragments.keep(foot, searched=False) if foot else "")
                    + "\n"
                )
        return markdown

    def on_page_content(self, html, page, config, files):
        if self.site is None:
            return html
        html, anchors = self.fragments.restore(html)
        if anchors and page.present_anchor_ids is not None:
            page.present_anchor_ids |= anchors
        return html

    def on_post_page(self, output, page, config):
        output = self.search.mark(self.fragments.restore_late(output), page.file.src_uri, page.meta)
        return fix_theme_html(output) if self.config.fix_theme else output

    def on_post_template(self, output_content, template_name, config):
        if self.config.fix_theme and template_name.endswith(".html"):
            return fix_theme_html(output_content)
        return output_content

    def on_post_build(self, config):
        if self.site is not None and not self.preview.problems:
            try:  # the site search (engine/search.py): Pagefind indexes the pages just written
                self.search.write_index(Path(config.site_dir), entries(self.site))
            except SearchError as error:
                raise PluginError(f"The site search could not be made: {error}. Nothing was published.") from None
        gc.unfreeze()  # under `mkdocs serve`, this build's hub can be collected once the next replaces it
        if self.previewing:
            self.preview.stop_diverting()
            if self.preview.problems:
                self.preview.write(Path(config.site_dir), config.site_name)
                log.info(f"The preview shows {len(self.preview.problems)} problem(s) in place of every page until they are fixed.")

    def on_build_error(self, error):
        gc.unfreeze()
        self.preview.stop_diverting()


def _generated_markdown(page) -> str:
    """A generated page as MkDocs reads it: its front matter (JSON is YAML, every value quoted
    and escaped) and one line its HTML replaces."""
    meta = {"title": str(escape(page.title)), "description": str(escape(page.description)), "render_macros": False, GENERATED_MARK: True, "hide": ["toc"]}
    if not page.searched:
        meta["search"] = {"exclude": True}
    return "---\n" + "\n".join(f"{key}: {json.dumps(value)}" for key, value in meta.items()) + "\n---\n\n<!-- hub-page -->\n"


def build_date(configured: str | None = None) -> date:
    """The day the hub is built as: HUB_TODAY, else the day of SOURCE_DATE_EPOCH (the variable
    reproducible-build tools set, which MkDocs also reads for its sitemap), else the plugin's
    ``today`` setting, else today."""
    text = os.environ.get(TODAY_VARIABLE)
    if text:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise PluginError(f"{TODAY_VARIABLE}='{text}' is not a date (write YYYY-MM-DD)") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        if not epoch.isdigit():
            raise PluginError(f"SOURCE_DATE_EPOCH='{epoch}' is not a number of seconds since 1970 (unset it, or set HUB_TODAY=YYYY-MM-DD)")
        return datetime.fromtimestamp(int(epoch), UTC).date()
    if configured:
        try:
            return date.fromisoformat(configured)
        except ValueError:
            raise PluginError(f"the hub plugin's 'today' setting '{configured}' is not a date (write YYYY-MM-DD)") from None
    return date.today()
