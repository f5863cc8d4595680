"""Practice Learning Hub.

This package is also the mkdocs-macros module named in mkdocs.yml
(``module_name: macros``): mkdocs-macros calls the hooks below, which
hand over to :mod:`macros.site`. Importing the package alone loads nothing
else, so ``hub check`` stays independent of MkDocs.
"""
import sys


def _forget_own_code() -> None:
    """Drop the hub's modules from Python's cache, so that under `mkdocs serve`
    each rebuild runs the code as it is now, edits to macros/ included."""
    for name in [n for n in sys.modules if n.startswith(__name__ + ".")]:
        del sys.modules[name]


def define_env(env):
    _forget_own_code()
    from .site import define_env as _define_env

    _define_env(env)


def on_pre_page_macros(env):
    from .site import on_pre_page_macros as _on_pre_page_macros

    _on_pre_page_macros(env)


def on_post_page_macros(env):
    from .site import on_post_page_macros as _on_post_page_macros

    _on_post_page_macros(env)


def on_post_build(env):
    from .site import on_post_build as _on_post_build

    _on_post_build(env)
