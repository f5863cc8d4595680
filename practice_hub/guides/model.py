"""Tool guides: one Markdown page per practice tool, described by its front matter."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..core.fields import Id, Line, Text
from ..core.reviews import Reviewed

Category = Literal["mapping", "analysing-harm", "child-engagement", "safety-planning", "networks", "supervision-and-learning"]
UsedWith = Literal["children", "parents-and-carers", "networks", "professionals", "supervision"]

CATEGORY_TITLES: dict[str, str] = {
    "mapping": "Mapping and assessment",
    "analysing-harm": "Analysing harm",
    "child-engagement": "Working with children",
    "safety-planning": "Safety planning",
    "networks": "Networks and family",
    "supervision-and-learning": "Supervision and learning",
}
USED_WITH_TITLES: dict[str, str] = {
    "children": "Children",
    "parents-and-carers": "Parents and carers",
    "networks": "Networks",
    "professionals": "Professionals",
    "supervision": "Supervision",
}
#: The sections every guide has, in order.
GUIDE_SECTIONS = ("What it is", "When to use it", "How to use it", "Worked example", "Common pitfalls", "Questions to ask")


class Guide(Reviewed):
    id: Id
    title: Line
    summary: Text
    category: Category
    used_with: list[UsedWith] = Field(min_length=1)
    time_needed: Line
    related: list[Id] = []
    #: The glossary terms the guide is about (resources/glossary.yml ids). Left out, it is the term
    #: with the guide's own name (guides/views.py, glossary_terms). Their other names show on the
    #: guide ("Also called: ...") and find it in the site search.
    glossary: list[Id] = []
    downloads: list[Id] = []
    owner: Line = Field(description="A role or team, never a person")
