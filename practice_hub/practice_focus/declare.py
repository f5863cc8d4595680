"""Practice-focus articles, under docs/practice-focus/."""

from ..core.content_type import ContentType, PageKind, folder_of
from ..examples.views import decorate
from . import views
from .model import PRACTICE_FOCUS_FOLDER, PracticeFocus

TYPE = ContentType(
    name="practice_focus",
    pages=(PageKind(PRACTICE_FOCUS_FOLDER, PracticeFocus, "practice_focus"),),
    macros={"practice_focus_list": views.practice_focus_list},
    unsearched=frozenset({"practice_focus_list"}),
    decorate=decorate,
    templates=folder_of(__file__) / "templates",
)
