"""Checks on induction pathways: every step must resolve, and every deadline must be one a new starter can meet."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, timedelta

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, weekday

from ..core.checks import check
from ..core.findings import did_you_mean, one_of
from ..core.reviews import add_months
from .model import DUE_PERIODS, DUE_WORDS, page_sources, page_stem

KIND_NAMES = {"course": "course", "guide": "guide", "quiz": "quiz", "pack": "workshop pack"}
#: The months of sessions the training calendar publishes ahead of the build date (and the start days the deadline check tries).
CALENDAR_MONTHS = 12


def targets(hub) -> dict[str, dict]:
    """What each kind of step can point to."""
    return {"course": getattr(hub, "courses", {}), "guide": hub.guides, "quiz": hub.quizzes, "pack": getattr(hub, "packs", {})}


def page_src(hub, path: str) -> str | None:
    """The file under docs/ a step's page path names, or None where there is none."""
    return next((src for src in page_sources(path) if src in hub.pages), None)


# --- sessions with places -----------------------------------------------------------------


def first_days(session, through: date) -> list[date]:
    """The first day of each date a session meets, up to ``through``, skipped dates left out.
    The training calendar's own rule (practice_hub/training/model.py: ``recurrence``), read from
    the session's checked times; a test holds the two to the same dates for every shipped session."""
    times = session.times
    end = min(through, times.until) if times.until else through
    start = datetime.combine(times.first, times.start)
    last = datetime.combine(end, times.start)
    if times.rule is None:
        rule = rrule(DAILY, dtstart=start, count=1 if times.first <= end else 0)
    elif times.rule.unit == "week":
        rule = rrule(WEEKLY, interval=times.rule.interval, dtstart=start, until=last)
    else:
        rule = rrule(MONTHLY, interval=times.rule.interval, dtstart=start, until=last, byweekday=weekday(times.first.weekday())(times.nth))
    skipped = session.skipped
    return [moment.date() for moment in rule if moment.date() not in skipped]


def booked_by_date(course) -> bool:
    """Whether places on a course are booked for a date: not e-learning done at any time, not run by the learner's own team."""
    return course.booking != "team" and any(f != "e-learning" for f in course.formats)


def course_dates(hub, course_id: str, since: date, through: date, *, with_places: bool = True) -> list[tuple[date, int]]:
    """(first day, days in a row) of each date of the course from ``since`` to ``through``: those with
    places (not full, not cancelled), or with ``with_places=False`` every date published, whatever its status."""
    key = ("pathway-course-dates", course_id, since, through, with_places)
    if key not in hub.memo:
        training = getattr(hub, "training", None)
        found = set()
        for session in getattr(training, "usable", []):
            if session.course == course_id and (session.status == "open" or not with_places):
                found.update((day, session.days) for day in first_days(session, through) if day >= since)
        hub.memo[key] = sorted(found)
    return hub.memo[key]


def unmeetable_start_days(hub, course_id: str, due_days: int) -> list[tuple[date, date | None]]:
    """Each start day in the months the calendar publishes from which no date of the course with places
    falls within ``due_days``: (start day, the next date with places, or None where none is published)."""
    today = hub.today
    horizon = add_months(today, CALENDAR_MONTHS)
    firsts = [day for day, _ in course_dates(hub, course_id, today, horizon + timedelta(days=due_days))]
    bad = []
    start = today
    while start < horizon:
        index = bisect_left(firsts, start)
        following = firsts[index] if index < len(firsts) else None
        if following is None or (following - start).days > due_days:
            bad.append((start, following))
        start += timedelta(days=1)
    return bad


# --- checks -----------------------------------------------------------------------------


@check("pathway-id-matches-file")
def pathway_id_matches_file(hub):
    for pathway in hub.pathways.values():
        if pathway.source_path != f"resources/pathways/{pathway.id}.yml":
            yield pathway.finding(("id",), f"the id '{pathway.id}' does not match the file name", f"rename the file to {pathway.id}.yml or change the id")


@check("pathway-steps-resolve")
def pathway_steps_resolve(hub):
    kinds = targets(hub)
    pages = sorted(page_stem(src).removesuffix("/index") for src in hub.pages)
    for pathway in hub.pathways.values():
        for index, step in enumerate(pathway.steps):
            for key in ("page", "see"):
                path = getattr(step, key)
                if path is not None and page_src(hub, path) is None:
                    yield pathway.finding(
                        ("steps", index, key),
                        f"there is no page '{path}' under docs/",
                        did_you_mean(page_stem(path), pages, fallback="give the page's path under docs/, such as about/framework"),
                    )
            if step.kind in ("task", "page"):
                continue
            known = kinds[step.kind]
            if step.ref not in known and not hub.refers_to_broken(step.ref):
                yield pathway.finding(
                    ("steps", index, step.kind), f"{KIND_NAMES[step.kind]} '{step.ref}' does not exist", did_you_mean(step.ref, known, fallback=one_of(known))
                )


@check("pathway-steps-unique")
def pathway_steps_unique(hub):
    for pathway in hub.pathways.values():
        seen: dict[str, int] = {}
        for index, step in enumerate(pathway.steps):
            if step.key in seen:
                yield pathway.finding(("steps", index), f"'{step.key}' is already step {seen[step.key] + 1} of this pathway", "list each step once")
            seen.setdefault(step.key, index)


@check("pathway-steps-in-due-order")
def pathway_steps_in_due_order(hub):
    order = list(DUE_PERIODS)
    for pathway in hub.pathways.values():
        for index in range(1, len(pathway.steps)):
            before, step = pathway.steps[index - 1], pathway.steps[index]
            if order.index(step.due) < order.index(before.due):
                yield pathway.finding(
                    ("steps", index, "due"),
                    f"this step is due '{step.due}' but comes after a step due '{before.due}'",
                    f"list steps in the order they are due: {', '.join(order)}",
                )


@check("pathway-course-deadline-can-be-met")
def pathway_course_deadline_can_be_met(hub):
    """A course step's due period must be long enough to get a place: from every start day in the months the
    calendar publishes, the course's next date with places (its first day) falls within the period.
    E-learning (done at any time) and courses a team runs itself are not booked for a date, so are not checked.
    Start days after the course's last published date are not checked either: its next dates are simply not
    published yet, and the step tells the learner what to do (join the waiting list, tell their manager)."""
    courses = getattr(hub, "courses", {})
    for pathway in hub.pathways.values():
        for index, step in enumerate(pathway.steps):
            course = courses.get(step.course) if step.kind == "course" else None
            if course is None or not booked_by_date(course):
                continue
            days = DUE_PERIODS[step.due][1]
            published = course_dates(hub, course.id, hub.today, add_months(hub.today, CALENDAR_MONTHS) + timedelta(days=days), with_places=False)
            last = published[-1][0] if published else None
            late = [(start, following) for start, following in unmeetable_start_days(hub, course.id, days) if last is not None and start <= last]
            if not late:
                continue
            start, following = late[0]
            if following is None:
                why = "every date of it from then on is full or cancelled"
            else:
                why = f"the next date with places is {following:%-d %B %Y}, {(following - start).days} days later"
            others = f" (and {len(late) - 1} other start days in the next {CALENDAR_MONTHS} months)" if len(late) > 1 else ""
            yield pathway.finding(
                ("steps", index, "due"),
                f"'{course.title}' is due {DUE_WORDS[step.due]} ({days} days), but someone who starts on {start:%-d %B %Y} cannot get a place in time: {why}{others}",
                "give the step a longer due period, or add dates with places to resources/sessions.yml",
            )
