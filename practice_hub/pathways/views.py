"""Induction pathways: a pathway as a checklist, the chooser, My learning, and a page per pathway."""

from __future__ import annotations

from ..core.content_type import GeneratedPage
from .model import DUE_PERIODS

PAGES = "start"


def pathway(views, pathway_id: str) -> str:
    """An induction pathway as a checklist: {{ pathway('social-worker') }}."""
    item = views.hub.pathways.get(pathway_id)
    if item is None:
        raise KeyError(f"there is no pathway '{pathway_id}' (pathway ids: {', '.join(sorted(views.hub.pathways))})")
    views.require_asset("pathway.js")
    views.require_asset("pathway.css")
    return views.render("pathways/pathway.html", pathway=item, level=2, **_context(views))


def pathway_chooser(views) -> str:
    """A card for each pathway: {{ pathway_chooser() }}."""
    return views.render("pathways/pathway_chooser.html", pathways=sorted_pathways(views.hub), **_context(views))


def my_learning(views) -> str:
    """Progress on every pathway, kept in this browser: {{ my_learning() }}."""
    views.require_asset("pathway.js")
    views.require_asset("pathway.css")
    return views.render("pathways/my_learning.html", pathways=sorted_pathways(views.hub), **_context(views))


def sorted_pathways(hub) -> list:
    return sorted(hub.pathways.values(), key=lambda p: (p.order, p.title.lower()))


def _context(views) -> dict:
    return {"due_periods": DUE_PERIODS, "step_target": lambda step: step_target(views.hub, step)}


def step_target(hub, step) -> dict:
    """What a pathway step points to: its title, kind and page."""
    kind, ref = step.kind, step.ref
    if kind == "task":
        return {"kind_title": "Task", "title": step.task, "url": None, "action": ""}
    if kind == "guide":
        return {"kind_title": "Read", "title": hub.guides[ref].title, "url": f"guides/{ref}/", "action": "Read the guide"}
    if kind == "quiz":
        return {"kind_title": "Quiz", "title": hub.quizzes[ref].title, "url": f"quizzes/{ref}/", "action": "Take the quiz"}
    if kind == "course":
        return {"kind_title": "Training", "title": hub.courses[ref].title, "url": f"training/courses/{ref}/", "action": "See the course and book"}
    return {"kind_title": "Workshop", "title": hub.packs[ref].title, "url": f"packs/{ref}/", "action": "See the workshop pack"}


def generated_pages(views):
    for item in views.hub.pathways.values():
        yield GeneratedPage(
            f"{PAGES}/{item.id}.md",
            f"{item.title}: induction pathway",
            item.who,
            lambda item=item: views.render("pathways/pathway_page.html", pathway=item, body=pathway(views, item.id)),
        )
