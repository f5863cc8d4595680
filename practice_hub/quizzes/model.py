"""Self-check quizzes: one YAML file per quiz in quizzes/.

Seven question types share a few fields (id, prompt, explanation, an optional
link to a guide section) and add their own. Which type a question is comes
from its ``type`` key.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from ..core.fields import Id, Line, Text
from ..core.model import Content
from ..core.sources import Sourced

#: A link to a page of the hub, optionally to one of its sections: 'about/framework#principles'.
PageLink = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*(#[a-z0-9_]+(-[a-z0-9_]+)*)?$")]

#: A link to a guide, optionally to one of its sections: 'genograms' or 'genograms#how-to-use-it'.
GuideLink = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$")]


class Option(Content):
    text: Text
    correct: bool = False
    feedback: Text = Field(description="Why this option is right or wrong, in words")


class Question(Content):
    id: Id
    prompt: Text
    explanation: Text = Field(description="What the question teaches, shown after answering")
    guide: GuideLink | None = None
    page: PageLink | None = Field(default=None, description="Instead of a guide: a page of the hub that answers it, e.g. about/framework#principles")

    #: Whether the question is marked (counts towards the score).
    marked: ClassVar[bool] = True


class SingleChoice(Question):
    type: Literal["single"]
    options: list[Option] = Field(min_length=2, max_length=8)


class MultipleChoice(Question):
    type: Literal["multiple"]
    options: list[Option] = Field(min_length=3, max_length=10)


class TrueFalse(Question):
    type: Literal["true_false"]
    answer: bool
    feedback_true: Text = Field(description="Feedback for someone who answered True")
    feedback_false: Text = Field(description="Feedback for someone who answered False")


class Ordering(Question):
    type: Literal["ordering"]
    items: list[Text] = Field(min_length=3, max_length=8, description="Written in the correct order; shown shuffled")
    feedback_correct: Text
    feedback_incorrect: Text


class Pair(Content):
    item: Text
    match: Text


class Matching(Question):
    type: Literal["matching"]
    pairs: list[Pair] = Field(min_length=2, max_length=8)
    feedback_correct: Text
    feedback_incorrect: Text


class ShortText(Question):
    type: Literal["short_text"]
    accepted: list[Text] = Field(min_length=1, description="Every answer to accept; case, spacing and punctuation are ignored")
    feedback_correct: Text
    feedback_incorrect: Text


class Reflection(Question):
    type: Literal["reflection"]
    model_answer: Text

    marked: ClassVar[bool] = False


AnyQuestion = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Ordering | Matching | ShortText | Reflection,
    Field(discriminator="type"),
]
QUESTION_TYPES = ("single", "multiple", "true_false", "ordering", "matching", "short_text", "reflection")


class Quiz(Sourced):
    id: Id
    title: Line
    introduction: Text
    related_guides: list[Id] = Field(min_length=1)
    pass_mark: int = Field(ge=1, le=100, description="The percentage of marked questions to answer correctly")
    questions: list[AnyQuestion] = Field(min_length=1)

    @property
    def marked_questions(self) -> list[Question]:
        return [q for q in self.questions if q.marked]
