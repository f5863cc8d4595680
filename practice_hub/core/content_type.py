"""What a content type declares about itself, once (see practice_hub/registry.py).

A content type is a folder of practice_hub/ holding its model, its checks, its
views, its templates and its outputs. Its ``declare.py`` makes one
``ContentType``: what it loads, which pages under docs/ are of its kind, its
checks, the macros and pages it adds, the files it publishes and the assets
its pages need. The loader, the views and the engine read these declarations;
none of them names a content type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .findings import Finding


@dataclass(frozen=True)
class PageKind:
    """Pages under docs/ whose front matter follows ``model``: those in ``folder``
    (directly in it), except the file names in ``except_names``."""

    folder: str
    model: type
    collection: str  # the hub's name for them, e.g. 'guides'
    except_names: tuple[str, ...] = ("index.md",)

    def claims(self, src: str) -> bool:
        folder, _, name = src.rpartition("/")
        return folder == self.folder and name not in self.except_names


@dataclass(frozen=True)
class GeneratedPage:
    """A page the hub writes itself: its place under docs/, its title and description
    (plain text), and a function that makes its HTML when the page is built."""

    src: str
    title: str
    description: str
    render: Callable[[], str]
    searched: bool = True  # False keeps the page out of the site search


@dataclass(frozen=True)
class SearchEntry:
    """An entry in the site search that is not a page of its own, such as a glossary term:
    where it leads (a page in directory form and an anchor, 'glossary/#genogram'), its title,
    its text, and the type its result shows ('Glossary term')."""

    target: str
    title: str
    text: str
    type: str


@dataclass(frozen=True)
class ContentType:
    name: str
    #: Reads the type's own files into the hub; returns what it found wrong.
    load: Callable[[Any], list[Finding]] | None = None
    #: Pages under docs/ of this type.
    pages: tuple[PageKind, ...] = ()
    #: The type's checks (functions decorated with @check in its checks module).
    checks: tuple[Callable, ...] = ()
    #: Macros editors call in pages: name -> function(views, *args).
    macros: dict[str, Callable[..., str]] = field(default_factory=dict)
    #: Macros that give a value to use in the page's text (an address), not HTML: name -> function(views, *args).
    values: dict[str, Callable[..., str]] = field(default_factory=dict)
    #: Macros whose HTML stays out of the search index (listings of things that have
    #: pages of their own, and quizzes, whose options would give the answers away).
    unsearched: frozenset[str] = frozenset()
    #: The pages the type writes itself: function(views) -> GeneratedPage list.
    generated_pages: Callable[[Any], Iterable[GeneratedPage]] | None = None
    #: HTML added around a hand-written page of the type: function(views, page, html) -> html, or None.
    decorate: Callable[[Any, Any], tuple[str, str] | None] | None = None
    #: Files the type publishes: function(views) -> {path in the site: bytes}.
    outputs: Callable[[Any], dict[str, bytes]] | None = None
    #: Files the type publishes as they are: function(hub) -> {path in the site: file on disc}.
    files: Callable[[Any], dict[str, Path]] | None = None
    #: Entries the type adds to the site search besides its pages: function(views) -> SearchEntry list.
    search_entries: Callable[[Any], Iterable[SearchEntry]] | None = None
    #: Its Jinja templates (used as '<name>/<file>') and its static files (published under assets/hub/).
    templates: Path | None = None
    assets: Path | None = None


def collect_checks(module: ModuleType) -> tuple[Callable, ...]:
    """The checks a module defines (functions marked by @check), in the order written."""
    return tuple(value for value in vars(module).values() if callable(value) and getattr(value, "check_name", None))


def folder_of(module_file: str) -> Path:
    return Path(module_file).resolve().parent
