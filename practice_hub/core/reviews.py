"""Review dates, shared by every kind of content that is reviewed on a cycle."""

from __future__ import annotations

import calendar
from datetime import date

from pydantic import Field, model_validator

from .sources import Sourced


class Reviewed(Sourced):
    """Content with a last-reviewed date and either a due date or an interval."""

    last_reviewed: date
    review_due: date | None = None
    review_interval_months: int | None = Field(default=None, ge=1, le=36)

    @model_validator(mode="after")
    def _one_review_rule(self):
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
