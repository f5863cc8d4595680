"""Practice-focus articles: short pieces on one part of practice, docs/practice-focus/<slug>.md."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ..core.fields import Line
from ..examples.model import Dated

#: The folder the articles live in, under docs/.
PRACTICE_FOCUS_FOLDER = "practice-focus"


class PracticeFocus(Dated):
    """A short article on one part of practice, in the manner of a newsletter's practice focus."""

    kind_title: ClassVar[str] = "Practice focus"
    folder: ClassVar[str] = PRACTICE_FOCUS_FOLDER

    author_role: Line = Field(description="The author's role or team, never a name")
