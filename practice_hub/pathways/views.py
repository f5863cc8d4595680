"""Induction pathways: a pathway as a task list, the role question and chooser, My learning,
the home page's "Carry on", and a page per pathway."""

from __future__ import annotations

from datetime import date, timedelta

from ..core.content_type import GeneratedPage
from ..core.hub import directory_url
from ..core.reviews import add_months
from .checks import CALENDAR_MONTHS, booked_by_date, course_dates, page_src
from .model import DUE_PERIODS, DUE_WORDS

PAGES = "start"


def pathway(views, pathway_id: str) -> str:
    """An induction pathway as a task list: {{ pathway('social-worker') }}."""
    item = views.hub.pathways.get(pathway_id)
    if item is None:
        raise KeyError(f"there is no pathway '{pathway_id}' (pathway ids: {', '.join(sorted(views.hub.pathways))})")
    _assets(views)
    return views.render("pathways/pathway.html", pathway=item, level=2, **_context(views))


def pathway_chooser(views) -> str:
    """The role question (asked once, kept in the browser) and a card for each pathway: {{ pathway_chooser() }}."""
    _assets(views)
    return views.render("pathways/pathway_chooser.html", pathways=sorted_pathways(views.hub), **_context(views))


def my_learning(views) -> str:
    """Progress on the learner's pathway first (others on request), the record of learning, and
    saving and loading progress as a file: {{ my_learning() }}."""
    _assets(views)
    quizzes = sorted(views.hub.quizzes.values(), key=lambda q: q.title.lower())
    return views.render("pathways/my_learning.html", pathways=sorted_pathways(views.hub), quizzes=quizzes, **_context(views))


def carry_on(views) -> str:
    """ "Carry on: <next step>, due <date>" for the learner's pathway, once they have chosen a role or
    started a pathway (shown by pathway.js; nothing shows before): {{ carry_on() }}."""
    _assets(views)
    return views.render("pathways/carry_on.html", pathways=sorted_pathways(views.hub), **_context(views))


def _assets(views) -> None:
    views.require_asset("pathway.js")
    views.require_asset("pathway.css")


def sorted_pathways(hub) -> list:
    return sorted(hub.pathways.values(), key=lambda p: (p.order, p.title.lower()))


def _context(views) -> dict:
    return {
        "due_periods": DUE_PERIODS,
        "due_words": DUE_WORDS,
        "step_target": lambda step: step_target(views.hub, step),
        "step_dates": lambda step: step_dates(views.hub, step),
        "built": f"{views.hub.today:%-d %B %Y}",
        "span": period_span,
    }


def period_span(pathway) -> str:
    """When a pathway's steps fall due, in the words every page uses: 'from your first week to your first six months'."""
    periods = pathway.periods
    first, last = (DUE_WORDS[p].split(" ", 1)[1] for p in (periods[0], periods[-1]))
    return f"all due {DUE_WORDS[periods[0]]}" if len(periods) == 1 else f"from {first} to {last}"


def page_title(hub, src: str) -> str:
    """A hand-written page's title: its front matter's, else its first heading, else its path."""
    page = hub.pages[src]
    title = getattr(page.meta, "title", None)
    if title:
        return title
    for line in page.doc.body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return src


def step_target(hub, step) -> dict:
    """What a pathway step points to: its title, kind and page."""
    kind, ref = step.kind, step.ref
    if kind == "task":
        see = page_src(hub, step.see) if step.see else None
        return {
            "kind_title": "Task",
            "title": step.task,
            "url": None,
            "action": "",
            "see_url": directory_url(see) if see else None,
            "see_title": page_title(hub, see) if see else None,
        }
    if kind == "page":
        src = page_src(hub, step.page)
        return {"kind_title": "Read", "title": page_title(hub, src), "url": directory_url(src), "action": "Read the page"}
    if kind == "guide":
        return {"kind_title": "Read", "title": hub.guides[ref].title, "url": f"guides/{ref}/", "action": "Read the guide"}
    if kind == "quiz":
        return {"kind_title": "Quiz", "title": hub.quizzes[ref].title, "url": f"quizzes/{ref}/", "action": "Take the quiz"}
    if kind == "course":
        return {"kind_title": "Training", "title": hub.courses[ref].title, "url": f"training/courses/{ref}/", "action": "See the course and book"}
    return {"kind_title": "Workshop", "title": hub.packs[ref].title, "url": f"packs/{ref}/", "action": "See the workshop pack"}


def day_words(first: date, days: int) -> str:
    """'Tuesday 12 January 2027'; 'Tuesday 12 and Wednesday 13 January 2027'; a run of days: '... to Friday 19 March 2027'."""
    last = first + timedelta(days=days - 1)
    if days == 1:
        return f"{first:%A %-d %B %Y}"
    joiner = " and " if days == 2 else " to "
    head = f"{first:%A %-d}" if first.month == last.month else f"{first:%A %-d %B}" if first.year == last.year else f"{first:%A %-d %B %Y}"
    return f"{head}{joiner}{last:%A %-d %B %Y}"


def step_dates(hub, step) -> dict | None:
    """For a step of a course booked for a date: its dates with places in the months the calendar
    publishes, worked out when the site is built (pathway.js picks the first before the learner's due date)."""
    courses = getattr(hub, "courses", {})
    course = courses.get(step.course) if step.kind == "course" else None
    if course is None or not booked_by_date(course) or course.booking != "booking-system":
        return None
    dates = course_dates(hub, course.id, hub.today, add_months(hub.today, CALENDAR_MONTHS))
    return {"dates": [{"iso": day.isoformat(), "words": day_words(day, days)} for day, days in dates]}


def generated_pages(views):
    for item in views.hub.pathways.values():
        yield GeneratedPage(
            f"{PAGES}/{item.id}.md",
            f"{item.title}: induction pathway",
            item.who,
            lambda item=item: views.render("pathways/pathway_page.html", pathway=item, body=pathway(views, item.id)),
        )
