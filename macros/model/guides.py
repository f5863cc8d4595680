"""Tool guides: one Markdown page per practice tool, described by its front matter."""
from __future__ import annotations

import calendar
from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from .base import Content
from .types import Id, Text

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


class Guide(Content):
    id: Id
    title: Text
    summary: Text
    category: Category
    used_with: list[UsedWith] = Field(min_length=1)
    time_needed: Text
    related: list[Id] = []
    downloads: list[Id] = []
    owner: Text = Field(description="A role or team, never a person")
    last_reviewed: date
    review_due: date | None = None
    review_interval_months: int | None = Field(default=None, ge=1, le=36)

    @model_validator(mode="after")
    def _one_review_rule(self) -> "Guide":
        if (self.review_due is None) == (self.review_interval_months is None):
            raise ValueError("give either 'review_due: YYYY-MM-DD' or 'review_interval_months: N', not both and not neither")
        return self

    @property
    def next_review(self) -> date:
        if self.review_due is not None:
            return self.review_due
        return add_months(self.last_reviewed, self.review_interval_months or 12)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
