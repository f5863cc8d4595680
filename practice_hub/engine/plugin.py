"""The render step: what mkdocs-macros calls. Kept thin on purpose.

It loads the checked model once per build, stops the build on any content
error, and exposes a few macros that render Jinja templates from
macros/templates. Publishing extras after the build lives in macros/publish.
"""
from __future__ import annotations

import gc
import logging
import os
import re
from datetime import date, datetime, timezone
from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError

from .fragments import Fragments
from .model import load_hub
from .render import Renderer
from .render_examples import summary_of

log = logging.getLogger("mkdocs.plugins.hub")

#: The renderer of the build under way, for the MkDocs hooks (macros/mkdocs_hooks.py).
CURRENT: Renderer | None = None
#: The macros' finished HTML, kept out of Markdown until the page is HTML (macros/fragments.py).
FRAGMENTS: Fragments | None = None

#: Set HUB_TODAY=YYYY-MM-DD to build as if on another day (tests, previews).
TODAY_VARIABLE = "HUB_TODAY"


def build_date() -> date:
    """The day the hub is built as: HUB_TODAY, else the day of SOURCE_DATE_EPOCH (the variable
    reproducible-build tools set, which MkDocs also reads for its sitemap), else today."""
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
        return datetime.fromtimestamp(int(epoch), timezone.utc).date()
    return date.today()


class MacroErrorsForEditors(logging.Filter):
    """Turn mkdocs-macros' error report (a Python traceback) into one editor line.

    mkdocs-macros logs a failed page as a warning with a traceback, then stops
    the build (``on_error_fail``). This filter rewrites that record as
    ``docs/page.md:line: what is wrong (how to fix it)`` at error level, so it
    shows even with ``--quiet`` and no traceback reaches an editor.
    """

    LOGGER = "mkdocs.plugins.mkdocs_macros.util"

    def __init__(self, hub):
        super().__init__()
        self.hub = hub

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if "Macro Rendering Error" not in text:
            return True
        src = (re.search(r"_File_: `([^`]+)`", text) or [None, "?"])[1]
        error = re.search(r"_(\w+(?:Error|Exception))_: (.+)", text)
        kind, detail = (error[1], error[2].strip()) if error else ("Error", "a macro on this page could not be rendered")
        template_lines = re.findall(r'File "<(?:template|unknown)>", line (\d+)', text)
        page = self.hub.pages.get(src)
        first = page.first_text_line if page else 1
        line = int(template_lines[-1]) + first - 1 if template_lines else first
        hint = "check the spelling against the macros and variables the README lists" if "Undefined" in kind else "check the {{ … }} or {% … %} on this line"
        record.msg = f"{self.hub.docs_dir}/{src}:{line}: {detail} ({hint})"
        record.args = ()
        record.levelno, record.levelname = logging.ERROR, "ERROR"
        return True


def _report_macro_errors_plainly(hub) -> None:
    logger = logging.getLogger(MacroErrorsForEditors.LOGGER)
    for old in [f for f in logger.filters if isinstance(f, MacroErrorsForEditors)]:
        logger.removeFilter(old)
    logger.addFilter(MacroErrorsForEditors(hub))
    logger.setLevel(logging.WARNING)  # keep the record even under --quiet


def define_env(env) -> None:
    root = Path(env.conf["config_file_path"]).parent
    gc.unfreeze()  # a build under `mkdocs serve` that stopped early left its hub frozen (below)
    hub, findings = load_hub(root, today=build_date())
    _report_macro_errors_plainly(hub)
    errors = [f for f in findings if f.severity == "error"]
    for finding in findings:
        (log.error if finding.severity == "error" else log.warning)(str(finding))
    if errors:
        raise PluginError(f"The content check found {len(errors)} problem{'s' if len(errors) != 1 else ''} (listed above). Nothing was published.")

    # The hub stays in memory for the whole build: the cycle collector need not walk it again
    # at every collection while the pages are made (gc.freeze).
    gc.freeze()
    renderer = Renderer(hub, page_url=lambda: env.page.url if env.page else "", require_asset=lambda name: _require_asset(env, name),
                        page_meta=lambda: env.page.meta if env.page else {})
    env.variables["hub"] = hub.settings.model_dump()
    env.variables["hub_model"] = hub
    env.variables["renderer"] = renderer

    global CURRENT, FRAGMENTS
    CURRENT = renderer
    FRAGMENTS = Fragments()
    for name in renderer.MACROS:
        env.macro(FRAGMENTS.keeping(getattr(renderer, name), searched=name not in renderer.UNSEARCHED), name)


def _require_asset(env, name: str) -> None:
    """Ask the theme (overrides/main.html) to load docs/assets/hub/NAME on this page only."""
    assets = env.page.meta.setdefault("hub_assets", [])
    if name not in assets:
        assets.append(name)


def on_pre_page_macros(env) -> None:
    """Make the macro calls of the hub's generated pages (Renderer.call); then, a page with
    no {{ … }}, {% … %} or {# … #} renders to itself: spare mkdocs-macros compiling it as a
    template (most pages of a large hub, its guides and generated pages, have none)."""
    renderer: Renderer = env.variables["renderer"]
    env.markdown = renderer.expand_calls(env.markdown, keep=FRAGMENTS.keep if FRAGMENTS else None)
    if "render_macros" not in env.page.meta and not env.has_j2(env.markdown):
        env.page.meta["render_macros"] = False


def on_post_page_macros(env) -> None:
    """After a page's macros: add what every page of its kind carries."""
    renderer: Renderer = env.variables["renderer"]
    guide = renderer.hub.guides.get(env.page.file.src_uri[len("guides/"):-3]) if env.page.file.src_uri.startswith("guides/") else None
    if guide is not None:
        env.page.meta.setdefault("description", guide.summary)
    summary = summary_of(renderer.hub, env.page.file.src_uri)
    if summary:  # escaped here: the theme writes the description into an attribute as it is
        env.page.meta.setdefault("description", escape(summary))
    env.markdown = renderer.decorate_page(env.page.file.src_uri, env.markdown, keep=FRAGMENTS.keep if FRAGMENTS else None)


def on_post_build(env) -> None:
    """Publish extras (feeds, exports, downloads) once the pages are written."""
    from .publish import publish_all

    publish_all(env.variables["hub_model"], Path(env.conf["site_dir"]))
    gc.unfreeze()  # under `mkdocs serve`, this build's hub can be collected once the next replaces it
