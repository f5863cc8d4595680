"""Reading the training catalogue (resources/courses.yml) and the dates (resources/sessions.yml)."""

from __future__ import annotations

from ..core.findings import Finding
from ..core.loading import load_list_file, read_list_file
from ..core.read import Mapping
from .model import Catalogue, Course, Session, Sessions, Training, read_times

COURSES = "resources/courses.yml"
SESSIONS = "resources/sessions.yml"


def load(hub) -> list[Finding]:
    """The catalogue and the sessions, item by item; each session's times are then read and checked."""
    training = hub.content["training"] = Training()
    hub.content["courses"] = training.courses
    hub.content["sessions"] = training.sessions
    findings = load_list_file(hub, COURSES, Catalogue, "courses", Course, training.courses, "course", also=("new_starter_months",))
    doc = read_list_file(hub, COURSES)
    if doc is not None and doc.ok and isinstance(doc.data, Mapping) and "new_starter_months" in doc.data:
        months = doc.data["new_starter_months"]
        if isinstance(months, int) and not isinstance(months, bool) and 1 <= months <= 12:
            training.new_starter_months = months
        else:
            findings.append(
                Finding(
                    doc.path,
                    doc.data.line_of("new_starter_months"),
                    f"'new_starter_months' cannot be {months!r}",
                    "write a whole number of months from 1 to 12, for example 2",
                    "wrong-type",
                )
            )
    findings += load_list_file(hub, SESSIONS, Sessions, "sessions", Session, training.sessions, "session")
    for session in training.sessions.values():
        found = read_times(session)
        findings += found
        if not found and session.course in training.courses:
            training.usable.append(session)
    return findings
