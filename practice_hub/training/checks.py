"""Checks on the training catalogue and calendar: references, cycles, times, clashes."""

from __future__ import annotations

from datetime import datetime

from ..core.checks import check, missing_references
from ..core.findings import did_you_mean, one_of
from ..core.graphs import circles
from .model import FORMAT_TITLES, expand_roles, local_problem, occurrences, series_dates, window_end

#: How far ahead series are checked for clashes and clock changes.
CHECK_MONTHS = 24


@check("training-course-exists")
def course_exists(hub):
    courses = hub.training.courses
    for session in hub.training.sessions.values():
        if session.course not in courses and not hub.refers_to_broken(session.course):
            yield session.finding(
                ("course",),
                f"session '{session.id}' is of course '{session.course}', which is not in resources/courses.yml",
                did_you_mean(session.course, courses, fallback=one_of(courses)),
            )


@check("training-references-exist")
def references_exist(hub):
    courses = hub.training.courses
    for course in courses.values():
        for index, other in enumerate(course.prerequisites):
            if other == course.id:
                yield course.finding(("prerequisites", index), f"course '{course.id}' lists itself as a prerequisite", "remove it from 'prerequisites'")
            elif other not in courses and not hub.refers_to_broken(other):
                yield course.finding(
                    ("prerequisites", index), f"prerequisite '{other}' is not a course", did_you_mean(other, courses, fallback=one_of(courses))
                )
        if course.refresher:
            yield from missing_references(
                hub, course, ("refresher", "refresh_with"), course.refresher.refresh_with, courses, "refresher course '{ref}' is not a course"
            )
        yield from missing_references(hub, course, "guides", course.guides, hub.guides, "guide '{ref}' does not exist")


@check("training-prerequisite-cycle")
def prerequisite_cycle(hub):
    """A course may not need itself, however long the chain: nobody could ever start it."""
    courses = hub.training.courses
    for ring in circles({course_id: course.prerequisites for course_id, course in courses.items()}):
        course = courses[ring[0]]
        yield course.finding(
            ("prerequisites", course.prerequisites.index(ring[1])),
            "the prerequisites go round in a circle: " + " needs ".join(ring),
            "nobody could ever start these courses: remove one of the links",
        )


@check("training-mandatory-is-for-audience")
def mandatory_is_for_audience(hub):
    for course in hub.training.courses.values():
        for index, role in enumerate(course.mandatory_for):
            if not set(expand_roles([role])) <= set(course.roles):
                yield course.finding(
                    ("mandatory_for", index), f"'{role}' must take this course but is not in its 'audiences'", "add the role to 'audiences' too"
                )


@check("training-session-format")
def session_format(hub):
    for session in hub.training.sessions.values():
        course = hub.training.courses.get(session.course)
        if course is None:
            continue
        live = course.live_formats
        if not live:
            yield session.finding(
                ("course",),
                f"'{course.title}' is e-learning only, so it has no dated sessions",
                "remove the session, or add 'virtual' or 'face-to-face' to the course's 'formats'",
            )
        elif session.format is None and len(live) > 1:
            yield session.finding(("course",), f"say whether this session is {' or '.join(live)}", f"add 'format: {live[0]}' or 'format: {live[1]}'")
        elif session.format is not None and session.format not in live:
            yield session.finding(
                ("format",),
                f"'{course.title}' does not run {FORMAT_TITLES[session.format].lower()}",
                f"use 'format: {live[0]}'" + (f" or 'format: {live[1]}'" if len(live) > 1 else "") + ", or add it to the course's 'formats'",
            )


@check("training-capacity-positive")
def capacity_positive(hub):
    for session in hub.training.sessions.values():
        if session.capacity is not None and session.capacity < 1:
            yield session.finding(
                ("capacity",),
                f"'capacity' must be at least 1 place (it is {session.capacity})",
                "give the number of places, or set 'status: full' when it is booked up",
            )


@check("training-clock-change")
def clock_change(hub):
    """Every date of a session must be at a London time that exists, and only once."""
    through = window_end(hub.today, CHECK_MONTHS)
    for session in hub.training.usable:
        times = session.times
        for day in series_dates(times, max(through, times.first)):
            problem = local_problem(datetime.combine(day, times.start)) or local_problem(datetime.combine(day, times.end))
            if problem:
                loc = ("start",) if session.repeat is None else ("repeat", "every")
                yield session.finding(loc, problem, "move the session to a time between 03:00 and 23:59, which exists once every day")
                break


@check("training-skip-is-a-date-of-the-series")
def skip_on_series_date(hub):
    for session in hub.training.usable:
        if session.repeat is None:
            continue
        last = max(session.skipped, default=None)
        dates = set(series_dates(session.times, last)) if last else set()
        for index, skip in enumerate(session.skip):
            day = skip.date if hasattr(skip, "date") else skip
            if day not in dates:
                yield session.finding(
                    session.skip_loc(index),
                    f"the series does not meet on {day:%A %-d %B %Y}, so it cannot be skipped",
                    f"give a date the series meets on (it starts on a {session.times.first:%A})",
                )


@check("training-session-clash")
def session_clash(hub):
    """Two sessions of one course at the same place and time are a copy-and-paste slip."""
    through = window_end(hub.today, CHECK_MONTHS)
    by_key: dict[tuple, list] = {}
    for session in hub.training.usable:
        if session.status == "cancelled":
            continue  # a cancelled session may be replaced by another in its slot
        place = " ".join(session.place.casefold().split())
        for occurrence in occurrences(session, max(through, session.times.first)):
            by_key.setdefault((session.course, place), []).append(occurrence)
    for (_course, _place), items in by_key.items():
        items.sort(key=lambda o: (o.start(), o.session.source_path, o.session.line("id")))
        reported: set[tuple] = set()
        for i, later in enumerate(items):
            for earlier in items[:i]:
                if earlier.session is later.session or (earlier.session.id, later.session.id) in reported:
                    continue
                if any(earlier.start(d) < later.end(e) and later.start(e) < earlier.end(d) for d in earlier.days for e in later.days):
                    reported.add((earlier.session.id, later.session.id))
                    first, second = sorted([earlier.session, later.session], key=lambda s: s.line("id"))
                    yield second.finding(
                        ("start",),
                        f"session '{second.id}' is at the same place and time as '{first.id}' (line {first.line('id')}) on {later.day:%-d %B %Y}, for the same course",
                        "change the date, time or place of one of them, or remove the copy",
                    )


@check("training-cancelled-raises-sequence")
def cancelled_raises_sequence(hub):
    for session in hub.training.sessions.values():
        if session.status == "cancelled" and session.sequence == 0:
            yield session.finding(
                ("status",),
                f"session '{session.id}' is cancelled but its 'sequence' is still 0",
                "add 'sequence: 1' so calendars that already hold the session replace it (raise it by 1 at every change)",
            )
