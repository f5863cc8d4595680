"""Workshop packs: a timed session plan a practice lead can pick up and run.

Each pack is a folder under packs/:

    packs/<id>/pack.md             front matter (the plan) + notes for the facilitator
    packs/<id>/handouts/<name>.md  printable handouts (plain Markdown with a title)

A segment's handouts are either a handout of the pack (``<name>``) or a file
from the resource library (``library:<id>``). Prerequisites are references to
other packs (``pack:<id>``) or to training courses (``course:<id>``).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, PrivateAttr, StringConstraints, field_validator, model_validator

from ..core.fields import Id, Line, Text
from ..core.model import Content
from ..core.reviews import Reviewed
from ..library.model import Audience

#: The top-level folder that holds one folder per pack.
PACKS = "packs"
#: A pack's own handouts live in this folder inside the pack's folder.
HANDOUTS = "handouts"
#: The prefix of a handout that comes from the resource library.
LIBRARY_PREFIX = "library:"

SegmentKind = Literal[
    "welcome",
    "presentation",
    "demonstration",
    "discussion",
    "pairs",
    "small-groups",
    "practice",
    "role-play",
    "quiz",
    "reflection",
    "break",
    "close",
]
KIND_TITLES: dict[str, str] = {
    "welcome": "Welcome",
    "presentation": "Input from the facilitator",
    "demonstration": "Demonstration",
    "discussion": "Whole-group discussion",
    "pairs": "Work in pairs",
    "small-groups": "Small-group work",
    "practice": "Practice",
    "role-play": "Role-play",
    "quiz": "Self-check quiz",
    "reflection": "Reflection",
    "break": "Break",
    "close": "Close",
}

#: What the pack finder asks about length: (key, title, longest length in minutes). Each is "up to",
#: so a pack is found under every length it fits in: a 30-minute pack is "up to 30 minutes", and also
#: "up to 1 hour" and more. A pack longer than the last is found only under "any length".
LENGTH_BANDS: tuple[tuple[str, str, int], ...] = (
    ("up-to-30", "Up to 30 minutes", 30),
    ("up-to-60", "Up to 1 hour", 60),
    ("up-to-90", "Up to 1 hour 30 minutes", 90),
    ("up-to-half-day", "Up to half a day (4 hours)", 240),
)
#: Group sizes the finder offers ("for a team of 8"): a pack is found under each one it works with.
GROUP_SIZES: tuple[int, ...] = (2, 4, 6, 8, 10, 12, 15, 20, 25, 30)

_REFERENCE = re.compile(r"^(pack|course):[a-z0-9]+(-[a-z0-9]+)*$")
HandoutRef = Annotated[str, StringConstraints(pattern=r"^(library:)?[a-z0-9]+(-[a-z0-9]+)*$")]
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class GroupSize(Content):
    min: int = Field(ge=1, le=200, description="The fewest people the session works with")
    max: int = Field(ge=1, le=200, description="The most people the session works with")

    @model_validator(mode="after")
    def _in_order(self):
        if self.min > self.max:
            raise ValueError(f"runs from {self.min} to {self.max} people: 'min' must not be more than 'max'")
        return self


class ExerciseQuestion(Content):
    ask: Text = Field(description="The question participants answer (shown in both views)")
    answer: Text = Field(description="A model answer, for the facilitator only")


class Exercise(Content):
    instructions: Text = Field(description="What participants do, shown on their handouts")
    questions: list[ExerciseQuestion] = Field(min_length=1)


class Segment(Content):
    title: Line
    minutes: int = Field(ge=1, le=480)
    kind: SegmentKind
    participants: Text = Field(description="What participants do in this segment")
    facilitator_notes: Text = Field(description="How to run it; never shown to participants")
    handouts: list[HandoutRef] = []
    exercise: Exercise | None = None


class Handout(Content):
    """The front matter of a handout page (packs/<id>/handouts/<name>.md)."""

    title: Line
    description: Text | None = None

    _name: str = PrivateAttr(default="")
    _body: str = PrivateAttr(default="")
    _body_line: int = PrivateAttr(default=1)

    @property
    def name(self) -> str:
        return self._name

    @property
    def body(self) -> str:
        return self._body


class Pack(Reviewed):
    id: Id
    title: Line
    summary: Text = Field(description="One or two sentences: what the session is and why run it")
    audience: list[Audience] = Field(min_length=1)
    prerequisites: list[Text] = Field(default=[], description="'course:<id>' or 'pack:<id>'")
    group_size: GroupSize
    length_minutes: int = Field(ge=5, le=24 * 60, description="The whole session, breaks included")
    default_start: ClockTime = "09:30"
    outcomes: list[Text] = Field(min_length=1, description="What participants will be able to do by the end")
    materials: list[Text] = Field(min_length=1, description="The checklist of things to bring or prepare")
    guides: list[Id] = Field(min_length=1)
    quizzes: list[Id] = []
    courses: list[Id] = Field(default=[], description="Related training courses (listed under 'Goes with')")
    delivers: Id | None = Field(default=None, description="The training course this pack is the material for: its length must agree with the course's")
    segments: list[Segment] = Field(min_length=1)
    owner: Line = Field(description="A role or team, never a person")

    _body: str = PrivateAttr(default="")
    _body_line: int = PrivateAttr(default=1)
    _handouts: dict = PrivateAttr(default_factory=dict)

    @field_validator("prerequisites")
    @classmethod
    def _references(cls, value: list[str]) -> list[str]:
        for ref in value:
            if not _REFERENCE.match(ref):
                raise ValueError(
                    f"has '{ref}', which is not a reference: write 'course:<id>' for a training course or 'pack:<id>' for another pack, for example 'course:core-12-hour'"
                )
        return value

    # --- what the checks and the pages need ------------------------------------
    @property
    def body(self) -> str:
        """The facilitator's notes for before the session (the page below the front matter)."""
        return self._body

    def markdown_bodies(self) -> list[tuple[str, str, int]]:
        return [(self.source_path, self._body, self._body_line), *((h.source_path, h.body, h._body_line) for h in self._handouts.values())]

    def parts(self) -> list[Content]:
        return list(self._handouts.values())

    @property
    def handout_pages(self) -> dict[str, Handout]:
        """The pack's own handouts, by name (the file name without .md)."""
        return self._handouts

    @property
    def folder(self) -> str:
        return f"{PACKS}/{self.id}"

    @property
    def planned_minutes(self) -> int:
        return sum(s.minutes for s in self.segments)

    @property
    def handout_refs(self) -> list[str]:
        """Every handout the plan uses, in order of first use, each once."""
        seen: list[str] = []
        for segment in self.segments:
            for ref in segment.handouts:
                if ref not in seen:
                    seen.append(ref)
        return seen

    @property
    def prerequisite_packs(self) -> list[str]:
        return [ref.split(":", 1)[1] for ref in self.prerequisites if ref.startswith("pack:")]

    @property
    def prerequisite_courses(self) -> list[str]:
        return [ref.split(":", 1)[1] for ref in self.prerequisites if ref.startswith("course:")]

    @property
    def length_bands(self) -> list[str]:
        """Every length the finder offers that this pack fits in ("up to 90 minutes" holds a 30-minute pack)."""
        return [key for key, _title, longest in LENGTH_BANDS if self.length_minutes <= longest]

    @property
    def group_sizes(self) -> list[int]:
        """The finder's group sizes this pack works with."""
        return [size for size in GROUP_SIZES if self.group_size.min <= size <= self.group_size.max]

    def schedule(self) -> list[tuple[Segment, int, int]]:
        """Each segment with its start and end, in minutes from the session's start."""
        out, elapsed = [], 0
        for segment in self.segments:
            out.append((segment, elapsed, elapsed + segment.minutes))
            elapsed += segment.minutes
        return out


def is_library_ref(ref: str) -> bool:
    return ref.startswith(LIBRARY_PREFIX)


def library_id(ref: str) -> str:
    return ref[len(LIBRARY_PREFIX) :]


def minutes_of(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def clock_at(start: str, offset: int) -> str:
    """The clock time ``offset`` minutes after ``start`` (HH:MM, 24-hour)."""
    total = (minutes_of(start) + offset) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
