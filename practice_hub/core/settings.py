"""The council's settings: the one block in mkdocs.yml (``extra: hub:``) a council edits."""

from __future__ import annotations

from pydantic import Field, field_validator

from .fields import Email, HexColour, Line, Text
from .model import Content


class Booking(Content):
    """Where staff book training."""

    name: Line = Field(description="What staff call the booking system, e.g. 'the learning portal'")
    url: Text = Field(description="The booking system's address")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://", "/")):
            raise ValueError("should start with https:// (or / for a page on the same intranet)")
        return value


class HubSettings(Content):
    """Everything a council changes to make the hub its own. Defaults are shown in mkdocs.yml."""

    name: Line = Field(description="The council's name as staff know it")
    short_name: Line = Field(description="A short name for tight spaces, e.g. the header")
    service: Line = Field(default="Children's Services", description="The department that runs the hub")
    team: Line = Field(default="Practice Excellence Team", description="The team that keeps the hub current")
    mailbox: Email = Field(description="The team mailbox staff write to; never a person's address")
    booking: Booking
    logo: str | None = Field(default=None, description="Path of a logo under docs/, or empty for none")
    accent_colour: HexColour = Field(default="#1d5c8f", description="The main colour; must give 4.5:1 contrast with white text")
    review_warning_days: int = Field(default=30, ge=1, le=365, description="How early `hub check --reviews` warns of a review falling due")

    @field_validator("accent_colour")
    @classmethod
    def _contrast(cls, value: str) -> str:
        ratio = contrast_with_white(value)
        if ratio < 4.5:
            raise ValueError(f"gives only {ratio:.2f}:1 contrast with white text; WCAG AA needs 4.5:1, so choose a darker colour")
        return value


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)
