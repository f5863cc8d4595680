"""The resource library: downloadable templates and handouts (resources/library.yml).

Each listed file lives under resources/. Its format and size are read from the
file itself when the hub is built, so the listing can never disagree with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from ..core.fields import Id, Line, Text
from ..core.model import Content
from ..core.reviews import Reviewed

Kind = Literal["template", "worksheet", "prompt-card", "agenda", "guide", "handout"]
Audience = Literal["social-workers", "early-help", "managers", "partners", "practice-leads", "all-staff"]

KIND_TITLES = {"template": "Templates", "worksheet": "Worksheets", "prompt-card": "Prompt cards", "agenda": "Agendas", "guide": "Guides", "handout": "Handouts"}
AUDIENCE_TITLES = {
    "social-workers": "Social workers",
    "early-help": "Early help",
    "managers": "Managers",
    "partners": "Partner agencies",
    "practice-leads": "Practice leads",
    "all-staff": "All staff",
}
FORMATS = {
    ".docx": "Word document",
    ".odt": "OpenDocument text",
    ".pdf": "PDF",
    ".xlsx": "Excel workbook",
    ".pptx": "PowerPoint slides",
    ".txt": "Plain text",
    ".html": "Web page",
    ".png": "Image",
    ".zip": "Zip archive",
}
#: Where downloadable files live, under resources/; they are published at the same path in the site.
DOWNLOADS = "downloads"


class LibraryItem(Reviewed):
    id: Id
    title: Line
    description: Text
    file: Text = Field(description="The file's path under resources/, e.g. downloads/safety-plan-template.docx")
    kind: Kind
    audience: list[Audience] = Field(min_length=1)
    licence: Text
    related_guides: list[Id] = []
    owner: Line | None = None

    @property
    def format(self) -> str:
        return FORMATS.get(Path(self.file).suffix.lower(), Path(self.file).suffix.lstrip(".").upper())

    @property
    def extension(self) -> str:
        return Path(self.file).suffix.lstrip(".").upper()


class Library(Content):
    items: list[LibraryItem] = Field(min_length=1)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def file_size(hub, item: LibraryItem) -> int:
    """The size of a library item's file, in bytes."""
    return (hub.root / "resources" / item.file).stat().st_size
