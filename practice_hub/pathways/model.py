"""Induction pathways: one YAML file per role in resources/pathways/.

A pathway is a list of steps, each due within a period of the new starter's
first months. A step points to one thing to do: a course, a guide, a quiz, a
workshop pack, or a plain task written in words.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..core.fields import Id, Line, Text
from ..core.model import Content
from ..core.sources import Sourced

Due = Literal["first-week", "first-month", "within-two-months", "first-six-months"]

#: Due periods in order, with their titles and how many days from the start date each ends.
DUE_PERIODS: dict[str, tuple[str, int]] = {
    "first-week": ("In your first week", 7),
    "first-month": ("In your first month", 30),
    "within-two-months": ("Within your first two months", 61),
    "first-six-months": ("In your first six months", 182),
}
STEP_KINDS = ("course", "guide", "quiz", "pack", "task")


class Step(Content):
    due: Due
    course: Id | None = None
    guide: Id | None = None
    quiz: Id | None = None
    pack: Id | None = None
    task: Text | None = Field(default=None, description="A plain task in words, e.g. 'Join your team's group supervision rota'")
    id: Id | None = Field(default=None, description="Needed for a task: a short id that stays the same, so progress is kept")
    why: Text = Field(description="One line on why this step matters")

    @model_validator(mode="after")
    def _one_target(self) -> Step:
        given = [kind for kind in STEP_KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(
                f"a step needs exactly one of {', '.join(STEP_KINDS)}; this one has {len(given) or 'none'}" + (f" ({', '.join(given)})" if given else "")
            )
        if self.task is not None and self.id is None:
            raise ValueError("a task step needs an 'id' (a short name such as 'join-supervision-rota'), so ticks are kept when the wording changes")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in STEP_KINDS if getattr(self, kind) is not None)

    @property
    def ref(self) -> str:
        return self.id if self.kind == "task" else getattr(self, self.kind)

    @property
    def key(self) -> str:
        """The step's name in the learner's stored progress: stable across edits of its wording."""
        return f"{self.kind}:{self.ref}"


class Pathway(Sourced):
    id: Id
    title: Line = Field(description="The role, as people would say it")
    who: Text = Field(description="Who this pathway is for, in a sentence")
    introduction: Text
    order: int = Field(default=100, description="Where it appears in the 'Start here' chooser (lowest first)")
    steps: list[Step] = Field(min_length=1)

    def steps_by_due(self) -> dict[str, list[Step]]:
        grouped: dict[str, list[Step]] = {due: [] for due in DUE_PERIODS}
        for step in self.steps:
            grouped[step.due].append(step)
        return {due: steps for due, steps in grouped.items() if steps}
