"""Training: the course catalogue, the dated sessions, their pages and calendar feeds."""

from ..core.content_type import ContentType, collect_checks, folder_of
from . import checks, feeds, views
from .load import load

TYPE = ContentType(
    name="training",
    load=load,
    checks=collect_checks(checks),
    macros={
        "training_catalogue": views.catalogue,
        "training_calendar": views.calendar,
        "training_course": views.course_page,
        "training_session": views.session_page,
    },
    unsearched=frozenset({"training_catalogue", "training_calendar"}),
    generated_pages=views.generated_pages,
    outputs=feeds.outputs,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
