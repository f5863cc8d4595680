"""Examples from practice, what they share with practice-focus articles (``Dated``), and the reviewed allow-list.

An example is docs/examples/<yyyy-mm>-<slug>.md: front matter saying when,
which tools, which service, who shared it (a team role, never a name), a
summary, that it is anonymised and who approved it; then three sections.
A practice-focus article is docs/practice-focus/<slug>.md with a smaller
front matter. resources/allow-list.yml holds the reviewed exceptions to the
identifying-details check.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePosixPath
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from ..core.fields import Id, Line, Text
from ..core.model import Content

ServiceArea = Literal["early-help", "child-in-need", "child-protection", "children-in-care", "fostering", "disabled-children", "leaving-care", "multi-agency"]
SERVICE_AREA_TITLES: dict[str, str] = {
    "early-help": "Early help",
    "child-in-need": "Child in need",
    "child-protection": "Child protection",
    "children-in-care": "Children in care",
    "fostering": "Fostering",
    "disabled-children": "Disabled children",
    "leaving-care": "Leaving care",
    "multi-agency": "Multi-agency and partners",
}
#: The sections of every example, in order.
EXAMPLE_SECTIONS = ("What we did", "What difference it made", "What we learned")
#: The folder examples live in, under docs/.
EXAMPLES_FOLDER = "examples"
#: Pages in the examples folder that are not examples.
EXAMPLE_FOLDER_PAGES = ("index.md", "share.md")
#: Text the scaffold leaves for the contributor to replace; the check flags it until they do.
GUIDANCE_MARKER = "REPLACE:"

_MONTH = re.compile(r"(19|20)\d{2}-(0[1-9]|1[0-2])")


class Dated(Content):
    """Something listed by month, newest first."""

    kind_title: ClassVar[str] = ""
    folder: ClassVar[str] = ""

    title: Line
    month: str = Field(description="The month the work happened or the article was written, YYYY-MM")
    summary: Text
    approved_by: Line | None = Field(default=None, description="The role of the person who approved it for the hub, never a name")

    @field_validator("month", mode="before")
    @classmethod
    def _month(cls, value):
        if not isinstance(value, str) or not _MONTH.fullmatch(value.strip()):
            raise ValueError(f"should be a month written YYYY-MM, for example 2026-03, not {value!r}")
        return value.strip()

    @property
    def month_start(self) -> date:
        year, month = self.month.split("-")
        return date(int(year), int(month), 1)

    @property
    def month_title(self) -> str:
        return self.month_start.strftime("%B %Y")

    @property
    def id(self) -> str:
        """The page's file name without .md: also the last part of its address."""
        return PurePosixPath(self.source_path).stem

    @property
    def url(self) -> str:
        """The page's address from the site root."""
        return f"{self.folder}/{self.id}/"


class Example(Dated):
    """A good-practice example, shared by a practitioner and approved by a practice lead or manager."""

    kind_title: ClassVar[str] = "Example from practice"
    folder: ClassVar[str] = EXAMPLES_FOLDER

    tools: list[Id] = Field(description="The ids of the tool guides the example uses")
    service_area: ServiceArea | None = Field(description="The service the work was done in")
    contributor_role: Line = Field(description="The contributor's team role, never a name")
    anonymised: bool = Field(description="true once everything that could identify a child or family has been removed")
    illustrative: bool = Field(default=False, description="true for an example made up to show a tool in use (the shipped examples), not a real family's story")

    @property
    def service_area_title(self) -> str:
        return SERVICE_AREA_TITLES.get(self.service_area or "", "")


class AllowEntry(Content):
    """One reviewed exception: text the identifying-details check flags in one file, which is not identifying."""

    text: Text = Field(description="Exactly the text the check reported")
    file: Text = Field(description="The file it is allowed in, from the hub's top folder, e.g. docs/examples/2026-03-x.md")
    reviewed_by: Line = Field(description="The reviewer's role, never a name")
    reason: Text = Field(description="Why the text does not identify anyone")


class AllowList(Content):
    entries: list[AllowEntry] = []


def slugify(title: str) -> str:
    """A file-name slug from a title: lower-case words joined by hyphens, at most 60 characters."""
    words = re.sub(r"[^a-z0-9]+", " ", title.lower().replace("'", "").replace("’", "")).split()
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60 and slug:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug
