"""The mkdocs-macros module (mkdocs.yml: ``module_name: macros``).

It holds only what mkdocs-macros calls: the macros editors may write in the
hub's own pages, each one delegating to the hub's engine (practice_hub). The
list of macros comes from the content types' declarations; the README lists them.
"""

from practice_hub.engine import macros as _engine


def define_env(env):
    """Register {{ hub.… }} and the hub's macros for this build."""
    _engine.define_env(env)


def on_pre_page_macros(env):
    """Render the page's macros, reporting any error at its file and line."""
    _engine.on_pre_page_macros(env)
