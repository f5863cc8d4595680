"""Tool guides: one Markdown page per practice tool, under docs/guides/."""

from ..core.content_type import ContentType, PageKind, collect_checks, folder_of
from . import checks, views
from .model import Guide

TYPE = ContentType(
    name="guides",
    pages=(PageKind("guides", Guide, "guides"),),
    checks=collect_checks(checks),
    macros={"tools_index": views.tools_index},
    unsearched=frozenset({"tools_index"}),
    decorate=views.decorate,
    templates=folder_of(__file__) / "templates",
)
