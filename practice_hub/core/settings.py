"""The council's settings: the one block in mkdocs.yml (``extra: hub:``) a council edits."""

from __future__ import annotations

import re
from urllib.parse import quote

from pydantic import Field, field_validator

from .fields import Email, HexColour, Line, Text
from .model import Content

#: What a booking link template may hold: a course's and a session's booking codes.
BOOKING_FIELDS = ("course", "session")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class Booking(Content):
    """Where staff book training."""

    name: Line = Field(description="What staff call the booking system, e.g. 'the learning portal'")
    url: Text = Field(description="The booking system's address (its home page)")
    course_link: Text | None = Field(
        default=None,
        description="The address of one course on the booking system, with {course} where its booking code goes, "
        "e.g. https://learning.example.gov.uk/courses/{course}",
    )
    session_link: Text | None = Field(
        default=None,
        description="The address of one session (a dated place), with {session} and, if the system needs it, {course}, "
        "e.g. https://learning.example.gov.uk/courses/{course}/dates/{session}",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://", "/")):
            raise ValueError("should start with https:// (or / for a page on the same intranet)")
        return value

    @field_validator("course_link", "session_link")
    @classmethod
    def _template(cls, value: str | None, info) -> str | None:
        if value is None:
            return value
        if not value.startswith(("https://", "http://", "/")):
            raise ValueError("should start with https:// (or / for a page on the same intranet)")
        names = _PLACEHOLDER.findall(value)
        unknown = [n for n in names if n not in BOOKING_FIELDS]
        if unknown or value.count("{") != len(names) or value.count("}") != len(names):
            raise ValueError("may hold only {course} and {session}, where the booking codes go")
        needed = "session" if info.field_name == "session_link" else "course"
        if needed not in names:
            raise ValueError(f"needs {{{needed}}} where the {needed}'s booking code goes")
        return value

    def link(self, course_code: str | None, session_code: str | None = None) -> str:
        """Straight to a session or a course on the booking system, where the hub knows its booking code
        (and the council gave the address's shape); else the booking system's home page."""
        if session_code and self.session_link and (course_code or "{course}" not in self.session_link):
            return _fill(self.session_link, course_code or "", session_code)
        if course_code and self.course_link:
            return _fill(self.course_link, course_code, "")
        return self.url


def _fill(template: str, course: str, session: str) -> str:
    """A template with the codes put in, each made safe for an address."""
    return template.replace("{course}", quote(course, safe="")).replace("{session}", quote(session, safe=""))


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
