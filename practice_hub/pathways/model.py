"""Induction pathways: one YAML file per role in resources/pathways/.

A pathway is a list of steps, each due within a period of the new starter's
first months. A step points to one thing to do: a course, a guide, a quiz, a
workshop pack, a page of the hub, or a plain task written in words (which says
who to ask, by role).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from ..core.fields import Id, Line, Text
from ..core.hub import page_sources, page_stem  # noqa: F401 (the pathway's page steps name pages this way)
from ..core.model import Content
from ..core.sources import Sourced

Due = Literal["first-week", "first-month", "within-two-months", "first-six-months"]

#: Due periods in order, with their titles and how many days from the start date each ends.
#: The pages, the home page's "Carry on", the chooser and the checks all read them from here.
DUE_PERIODS: dict[str, tuple[str, int]] = {
    "first-week": ("In your first week", 7),
    "first-month": ("In your first month", 30),
    "within-two-months": ("Within your first two months", 61),
    "first-six-months": ("In your first six months", 182),
}
#: How each period reads in a sentence: "due in your first week".
DUE_WORDS: dict[str, str] = {due: title[0].lower() + title[1:] for due, (title, _) in DUE_PERIODS.items()}
STEP_KINDS = ("course", "guide", "quiz", "pack", "page", "task")

_PAGE_PATH = re.compile(r"^[a-z0-9]+([-_][a-z0-9]+)*(/[a-z0-9]+([-_][a-z0-9]+)*)*(\.md)?$")


def _page_path(value: str) -> str:
    if not _PAGE_PATH.match(value):
        raise ValueError(f"should be a page's path under docs/, in lower case, such as about/framework, not '{value}'")
    return value


#: A page of the hub, as its path under docs/ (with or without '.md'): 'about/framework', 'glossary'.
PagePath = Annotated[str, AfterValidator(_page_path)]
#: A step's key in stored progress: '<kind>:<id or page path>'.
StepKey = Annotated[str, StringConstraints(pattern=r"^(course|guide|quiz|pack|page|task):[a-z0-9]+([-_/][a-z0-9]+)*$")]


class Step(Content):
    due: Due
    course: Id | None = None
    guide: Id | None = None
    quiz: Id | None = None
    pack: Id | None = None
    page: PagePath | None = Field(default=None, description="A page of this hub, by its path under docs/: 'about/framework'")
    task: Text | None = Field(default=None, description="A plain task in words, e.g. 'Join your team's group supervision rota'")
    id: Id | None = Field(default=None, description="Needed for a task: a short id that stays the same, so progress is kept")
    why: Text = Field(description="One line on why this step matters")
    ask: Text | None = Field(default=None, description="Who to ask, by role, where a person is needed: 'your team manager'")
    see: PagePath | None = Field(default=None, description="For a task: a page of this hub that helps with it")
    formerly: StepKey | None = Field(default=None, description="The step's key before it changed ('task:read-about-framework'), so ticks are kept")

    @model_validator(mode="after")
    def _one_target(self) -> Step:
        given = [kind for kind in STEP_KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(
                f"a step needs exactly one of {', '.join(STEP_KINDS)}; this one has {len(given) or 'none'}" + (f" ({', '.join(given)})" if given else "")
            )
        if self.task is not None and self.id is None:
            raise ValueError("a task step needs an 'id' (a short name such as 'join-supervision-rota'), so ticks are kept when the wording changes")
        if self.task is None and self.id is not None:
            raise ValueError("only a task step takes an 'id' (other steps are known by what they point to): remove it")
        if self.see is not None and self.task is None:
            raise ValueError("'see' is for a task step (other steps link to what they point to): remove it, or make the step a 'page:' step")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in STEP_KINDS if getattr(self, kind) is not None)

    @property
    def ref(self) -> str:
        if self.kind == "task":
            return self.id or ""
        if self.kind == "page":
            return page_stem(self.page or "")
        return getattr(self, self.kind)

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

    @property
    def periods(self) -> list[str]:
        """The due periods this pathway uses, in order."""
        return list(self.steps_by_due())
