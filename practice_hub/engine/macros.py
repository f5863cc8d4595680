"""The bridge to mkdocs-macros, for the macros editors write in the hub's own pages.

The top-level ``macros`` module (mkdocs.yml: ``module_name: macros``) calls these.
Macros render only on the hub's own hand-written pages: the plugin marks every
page of a content type and every generated page ``render_macros: false``, so no
content value is ever read as a template.

A page's template is rendered here, in mkdocs-macros' pre-page hook, with
mkdocs-macros' own Jinja environment and variables, so that an error is caught
as the Jinja error it is and reported as ``docs/page.md:line: what is wrong
(how to fix it)``, with the line taken from the error itself. The page is then
marked rendered, and mkdocs-macros passes it on unchanged.
"""

from __future__ import annotations

import types

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from mkdocs.exceptions import PluginError

PLUGIN = "hub"


def hub_plugin(env):
    try:
        return env.conf.plugins[PLUGIN]
    except KeyError:
        raise PluginError("mkdocs.yml lists the macros plugin but not the hub plugin: add '- hub' before '- macros' under 'plugins:'") from None


def define_env(env) -> None:
    """Give pages the council's settings ({{ hub.name }} ...) and every macro the content types declare."""
    plugin = hub_plugin(env)
    site = plugin.site
    if site is None:  # previewing a hub with problems: no page renders its macros
        return
    env.variables["hub"] = site.page_variables()
    for name, (function, searched) in site.macros().items():
        env.macro(function if searched is None else _kept(plugin, function, searched), name)


def _kept(plugin, function, searched: bool):
    """The macro, returning the placeholder of its HTML (engine/fragments.py) instead of the HTML."""

    def macro(*args, **kwargs):
        return plugin.fragments.keep(function(*args, **kwargs), searched)

    macro.__name__, macro.__doc__ = function.__name__, function.__doc__
    return macro


def on_pre_page_macros(env) -> None:
    """Render the page's template here, where its errors can be reported at their line."""
    page = env.page
    if page.meta.get("render_macros") is False:
        return
    # From here mkdocs-macros renders nothing itself: not the page (done below) and not its title,
    # which is front matter, not the page's Markdown, and so is never a template.
    page.meta["render_macros"] = False
    if not env.has_j2(env.markdown):
        return  # a page with no {{ … }}, {% … %} or {# … #} renders to itself: nothing to compile
    variables = dict(env.variables)
    variables.update(page.meta)
    try:
        rendered = env.env.from_string(env.markdown).render(**variables)
    except Exception as error:
        plugin = hub_plugin(env)
        if not plugin.previewing:
            raise PluginError(_describe(env, error)) from None
        plugin.preview.add_message(_describe(env, error))  # shown in the browser in place of every page
        rendered = ""
    env.markdown = rendered


def _describe(env, error: Exception) -> str:
    """``docs/page.md:line: what is wrong (how to fix it)`` for a template error on the page."""
    plugin = hub_plugin(env)
    hub = plugin.site.hub
    src = env.page.file.src_uri
    page = hub.pages.get(src)
    first = page.first_text_line if page else 1  # MkDocs gives the page's text from its first line that is not blank
    line = _template_line(error)
    where = f"{hub.docs_dir}/{src}:{first + line - 1 if line else first}"
    if isinstance(error, UndefinedError):
        return f"{where}: {error.message} (check the spelling against the macros and variables the README lists)"
    if isinstance(error, TemplateSyntaxError):
        return f"{where}: {error.message} (check the {{{{ … }}}} or {{% … %}} on this line)"
    if isinstance(error, TemplateError):
        return f"{where}: {error} (check the {{{{ … }}}} or {{% … %}} on this line)"
    return f"{where}: {error} (check the macro's name and what it is given, against the README's list)"


def _template_line(error: Exception) -> int | None:
    """The line of the page's template where the error happened (Jinja puts template lines in the traceback)."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        return error.lineno
    line = None
    tb: types.TracebackType | None = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
