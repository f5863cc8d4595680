"""Self-check quizzes: one YAML file per quiz in quizzes/."""

from ..core.content_type import ContentType, collect_checks, folder_of
from ..core.loading import load_one_per_file
from . import checks, views
from .model import Quiz

FOLDER = "quizzes"


def load(hub):
    hub.content["quizzes"] = {}
    return load_one_per_file(hub, FOLDER, Quiz, hub.quizzes, "quiz")


TYPE = ContentType(
    name="quizzes",
    load=load,
    checks=collect_checks(checks),
    macros={"quiz": views.quiz, "quiz_list": views.quiz_list, "quiz_exports": views.quiz_exports},
    unsearched=frozenset({"quiz", "quiz_list", "quiz_exports"}),
    generated_pages=views.generated_pages,
    outputs=views.outputs,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
