"""Front matter of hand-written pages that are not a content type of their own."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .fields import Line, Text
from .model import Content


class PageMeta(Content):
    """The keys any page may set. Material for MkDocs' own keys are allowed."""

    title: Line | None = None
    description: Text | None = Field(default=None, description="One sentence for search results")
    hide: list[Literal["navigation", "toc", "footer", "feedback", "path", "tags"]] = []
    template: str | None = None
    search: dict | None = None
    status: str | None = None
    icon: str | None = None
    subtitle: str | None = None
