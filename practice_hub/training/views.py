"""Render the training catalogue, course pages, session pages and the calendar.

Python prepares plain data (dates in words, links, JSON-LD as dicts); the HTML
is in the templates training_*.html. The Renderer's macros are thin calls here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..core.content_type import GeneratedPage
from ..core.graphs import in_order, needed_first
from ..core.reviews import add_months
from .feeds import SHOW_MONTHS, feed_path, google_link, outlook_link
from .model import FORMAT_TITLES, LONDON, ROLES, STATUS_TITLES, Course, Occurrence, Session, occurrences, window_end

#: How far back the calendar's list of past sessions goes.
PAST_MONTHS = 12
#: The calendar's date filter: (months ahead, in words). The browser counts from the day it is read.
DATE_WINDOWS = (("1", "In the next month"), ("3", "In the next three months"), ("6", "In the next six months"))
COURSE_PAGES = "training/courses"
SESSION_PAGES = "training/sessions"


def course_url(course_id: str) -> str:
    return f"{COURSE_PAGES}/{course_id}/"


def session_url(session_id: str) -> str:
    return f"{SESSION_PAGES}/{session_id}/"


def clock(moment: datetime) -> str:
    """9:30am, 2pm, midday: the GOV.UK style for times."""
    if moment.hour == 12 and moment.minute == 0:
        return "midday"
    if moment.hour == 0 and moment.minute == 0:
        return "midnight"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def day_words(days: list[date]) -> str:
    """'Tuesday 8 December 2026'; 'Tuesday 8 and Wednesday 9 December 2026'; 'Monday 30 November to Wednesday 2 December 2026'."""
    first, last = days[0], days[-1]
    if len(days) == 1:
        return f"{first:%A %-d %B %Y}"
    joiner = " and " if len(days) == 2 else " to "
    if first.year != last.year:
        return f"{first:%A %-d %B %Y}{joiner}{last:%A %-d %B %Y}"
    if first.month != last.month:
        return f"{first:%A %-d %B}{joiner}{last:%A %-d %B %Y}"
    return f"{first:%A %-d}{joiner}{last:%A %-d %B %Y}"


def zone_words(occurrence: Occurrence) -> str:
    zones = []
    for day in occurrence.days:
        name = occurrence.start(day).tzname()
        if name not in zones:
            zones.append(name)
    return " then ".join(zones)


@dataclass
class DateView:
    """One date of a session, as the templates show it."""

    occurrence: Occurrence
    course: Course
    when: str  # the day(s) in words
    times: str  # '9:30am to 4:30pm GMT'
    start_iso: str
    end_iso: str
    month: str  # 'December 2026'
    month_id: str  # '2026-12'
    ics: str  # path of its 'add to calendar' file
    day_links: list  # [(label, google, outlook)] one per day
    past: bool

    @property
    def session(self) -> Session:
        return self.occurrence.session


class TrainingView:
    """Everything the training templates need, built from the checked hub."""

    def __init__(self, hub):
        self.hub = hub
        self.training = hub.training
        self.today: date = hub.today
        self.through = window_end(self.today, SHOW_MONTHS)
        self.since = add_months(self.today, -PAST_MONTHS)

    # --- dates --------------------------------------------------------------------
    def date_view(self, occurrence: Occurrence) -> DateView:
        """A date as the pages show it. The calendar, the course page, the session page and
        the catalogue show the same dates: each is worked out once per build."""
        key = ("training-date", occurrence.key)
        if key not in self.hub.memo:
            self.hub.memo[key] = self._date_view(occurrence)
        return self.hub.memo[key]

    def occurrences(self, session: Session) -> list[Occurrence]:
        key = ("training-occurrences", session.id, self.through)
        if key not in self.hub.memo:
            self.hub.memo[key] = occurrences(session, self.through)
        return self.hub.memo[key]

    def _date_view(self, occurrence: Occurrence) -> DateView:
        session = occurrence.session
        course = self.training.courses[session.course]
        start, end = occurrence.start(), occurrence.end(occurrence.day)
        each = " each day" if session.days > 1 else ""
        title = course.title + (f": {occurrence.topic}" if occurrence.topic else "")
        details = f"{course.summary} Where: {session.place}. Book on {self.hub.settings.booking.name}: {self.booking_link(course, session)}"
        links = []
        for number, day in enumerate(occurrence.days, start=1):
            label = f"day {number}" if session.days > 1 else ""
            links.append(
                (
                    label,
                    google_link(title, occurrence.start(day), occurrence.end(day), details, session.place),
                    outlook_link(title, occurrence.start(day), occurrence.end(day), details, session.place),
                )
            )
        return DateView(
            occurrence=occurrence,
            course=course,
            when=day_words(occurrence.days),
            times=f"{clock(start)} to {clock(end)}{each} ({zone_words(occurrence)})",
            start_iso=start.isoformat(timespec="minutes"),
            end_iso=occurrence.end().isoformat(timespec="minutes"),
            month=f"{occurrence.day:%B %Y}",
            month_id=f"{occurrence.day:%Y-%m}",
            ics=feed_path("session", occurrence.key),
            day_links=links,
            past=occurrence.last_day < self.today,
        )

    def dates(self, sessions=None, *, past: bool = False) -> list[DateView]:
        sessions = self.training.usable if sessions is None else sessions
        out = []
        for session in sessions:
            for occurrence in self.occurrences(session):
                if (past and self.since <= occurrence.day and occurrence.last_day < self.today) or (not past and occurrence.last_day >= self.today):
                    out.append(occurrence)
        out.sort(key=lambda o: (o.start(), o.session.id), reverse=past)
        return [self.date_view(o) for o in out]

    @staticmethod
    def by_month(dates: list[DateView]) -> list[tuple[str, str, list[DateView]]]:
        months: dict[str, tuple[str, str, list]] = {}
        for view in dates:
            months.setdefault(view.month_id, (view.month_id, view.month, []))[2].append(view)
        return list(months.values())

    def sessions_of(self, course_id: str) -> list[Session]:
        if "training-sessions-of" not in self.hub.memo:
            by_course: dict[str, list[Session]] = {}
            for session in self.training.usable:
                by_course.setdefault(session.course, []).append(session)
            self.hub.memo["training-sessions-of"] = by_course
        return list(self.hub.memo["training-sessions-of"].get(course_id, []))

    # --- courses ------------------------------------------------------------------
    def prerequisites(self) -> dict[str, list[str]]:
        return {course_id: course.prerequisites for course_id, course in self.training.courses.items()}

    def ordered(self, courses: list[Course]) -> list[Course]:
        """Courses with each prerequisite before the courses that need it, else by title."""
        by_id = self.training.courses
        return [by_id[i] for i in in_order([c.id for c in courses], self.prerequisites(), key=lambda i: by_id[i].title.lower())]

    def roles(self) -> list[dict]:
        """'Which course do I need?': for each role, the courses it must take (in order) and may take."""
        out = []
        courses = list(self.training.courses.values())
        by_id = self.training.courses
        for role, (title, who) in ROLES.items():
            # What a role must take includes everything its mandatory courses need first.
            needed = needed_first([c.id for c in courses if role in c.mandatory_roles], self.prerequisites())
            must = self.ordered([by_id[i] for i in needed])
            may = self.ordered([c for c in courses if role in c.roles and c.id not in needed])
            out.append({"id": role, "title": title, "who": who, "must": must, "may": may})
        return out

    def for_whom(self, course: Course) -> str:
        titles = [ROLES[r][0] for r in course.roles]
        text = ", ".join(t if i == 0 else t.lower() for i, t in enumerate(titles))
        return text.rsplit(", ", 1)[0] + " and " + text.rsplit(", ", 1)[1] if len(titles) > 1 else text

    def next_date(self, course: Course) -> DateView | None:
        dates = self.dates(self.sessions_of(course.id))
        live = [d for d in dates if d.session.status != "cancelled"]
        return live[0] if live else None

    def must_roles(self, course: Course) -> list[str]:
        """The roles that must take this course: it is mandatory for them, or comes before one that is."""
        if "training-must-roles" not in self.hub.memo:
            must: dict[str, list[str]] = {}
            for role in self.roles():
                for needed in role["must"]:
                    must.setdefault(needed.id, []).append(role["id"])
            self.hub.memo["training-must-roles"] = must
        return self.hub.memo["training-must-roles"].get(course.id, [])

    def booking_link(self, course: Course, session: Session | None = None) -> str:
        """Straight to the session or the course on the booking system where their booking codes are
        known (and the council's settings say how its addresses go); else its home page."""
        return self.hub.settings.booking.link(course.booking_code, session.booking_code if session else None)

    def needed_by(self, course: Course) -> list[Course]:
        return [c for c in self.training.courses.values() if course.id in c.prerequisites]

    # --- structured data (schema.org) ---------------------------------------------------
    def provider(self) -> dict:
        return {"@type": "Organization", "name": self.hub.settings.name}

    def instance_ld(self, session: Session, course: Course, dates: list[DateView]) -> dict:
        data: dict = {
            "@type": "CourseInstance",
            "name": course.title,
            "courseMode": "online" if self.format_of(session) == "virtual" else "onsite",
            "eventStatus": "https://schema.org/EventCancelled" if session.status == "cancelled" else "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
            if self.format_of(session) == "virtual"
            else "https://schema.org/OfflineEventAttendanceMode",
            "location": {"@type": "VirtualLocation", "name": session.place}
            if self.format_of(session) == "virtual"
            else {"@type": "Place", "name": session.place, "address": session.place},
            "organizer": self.provider(),
            "performer": {"@type": "Person", "jobTitle": session.facilitator},
            "instructor": {"@type": "Person", "jobTitle": session.facilitator},
        }
        times = session.times
        first = datetime.combine(times.first, times.start, LONDON)
        data["startDate"] = first.isoformat(timespec="minutes")
        if session.repeat is None:
            data["endDate"] = datetime.combine(times.first + timedelta(days=session.days - 1), times.end, LONDON).isoformat(timespec="minutes")
        else:
            schedule = {
                "@type": "Schedule",
                "scheduleTimezone": "Europe/London",
                "startDate": times.first.isoformat(),
                "startTime": times.start.strftime("%H:%M"),
                "endTime": times.end.strftime("%H:%M"),
                "repeatFrequency": f"P{times.rule.interval}{'W' if times.rule.unit == 'week' else 'M'}",
            }
            if times.rule.unit == "week":
                schedule["byDay"] = f"https://schema.org/{times.first:%A}"
            if times.until:
                schedule["endDate"] = times.until.isoformat()
            if session.skipped:
                schedule["exceptDate"] = [d.isoformat() for d in sorted(session.skipped)]
            data["courseSchedule"] = schedule
            data["subEvent"] = [
                {
                    "@type": "Event",
                    "name": course.title + (f": {d.occurrence.topic}" if d.occurrence.topic else ""),
                    "startDate": d.start_iso,
                    "endDate": d.end_iso,
                }
                for d in dates
            ]
        if session.capacity:
            data["maximumAttendeeCapacity"] = session.capacity
        return data

    def course_ld(self, course: Course, url: str) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": course.title,
            "description": course.summary,
            "provider": self.provider(),
            "url": url,
            "audience": [{"@type": "Audience", "audienceType": ROLES[r][0]} for r in course.roles],
        }
        if course.prerequisites:
            data["coursePrerequisites"] = [self.training.courses[p].title for p in course.prerequisites if p in self.training.courses]
        instances = []
        for session in self.sessions_of(course.id):
            upcoming = list(self.dates([session]))
            if upcoming:
                instances.append(self.instance_ld(session, course, upcoming))
        if "e-learning" in course.formats:
            instances.append({"@type": "CourseInstance", "courseMode": "online", "name": course.title, "courseWorkload": course.length})
        if instances:
            data["hasCourseInstance"] = instances
        return data

    def format_of(self, session: Session) -> str:
        if session.format:
            return session.format
        live = self.training.courses[session.course].live_formats
        return live[0] if live else "virtual"

    def session_ld(self, session: Session, url: str, dates: list[DateView]) -> dict:
        course = self.training.courses[session.course]
        data = {"@context": "https://schema.org", **self.instance_ld(session, course, dates), "url": url, "description": course.summary}
        data["isPartOf"] = {"@type": "Course", "name": course.title, "description": course.summary, "provider": self.provider()}
        return data


__all__ = ["FORMAT_TITLES", "STATUS_TITLES", "TrainingView", "course_url", "session_url"]


# --- the macros (called by Renderer) ------------------------------------------------

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


def rule_words(session: Session) -> str:
    """'Every Tuesday, 12:30pm to 1pm, from 1 September 2026 until 10 November 2026'."""
    times = session.times
    rule = times.rule
    start = datetime.combine(times.first, times.start)
    end = datetime.combine(times.first, times.end)
    if rule.unit == "week":
        every = f"Every {times.first:%A}" if rule.interval == 1 else f"Every {rule.interval} weeks on a {times.first:%A}"
    else:
        months = "month" if rule.interval == 1 else f"{rule.interval} months"
        every = f"The {ORDINALS[times.nth]} {times.first:%A} of every {months}"
    span = f"from {times.first:%-d %B %Y}" + (f" until {times.until:%-d %B %Y}" if times.until else ", with no end date set")
    return f"{every}, {clock(start)} to {clock(end)} UK time (GMT in winter, BST in summer), {span}"


def _context(views, view: TrainingView) -> dict:
    hub = views.hub

    def absolute(path: str) -> str:
        return hub.site_url.rstrip("/") + "/" + path if hub.site_url else ""

    def webcal(path: str) -> str:
        full = absolute(path)
        return "webcal://" + full.split("://", 1)[1] if full else ""

    return dict(
        view=view,
        roles=ROLES,
        format_titles=FORMAT_TITLES,
        status_titles=STATUS_TITLES,
        course_url=course_url,
        session_url=session_url,
        new_starter_months=hub.training.new_starter_months,
        absolute=absolute,
        webcal=webcal,
        today=hub.today,
        feeds_until=view.through,
    )


def _assets(views, *names: str) -> None:
    for name in names:
        views.require_asset(name)


def catalogue(views) -> str:
    view = TrainingView(views.hub)
    _assets(views, "training.css")
    courses = sorted(views.hub.training.courses.values(), key=lambda c: c.title.lower())
    return views.render("training/training_catalogue.html", role_guides=view.roles(), courses=courses, **_context(views, view))


def calendar(views) -> str:
    hub = views.hub
    view = TrainingView(hub)
    _assets(views, "filter.js", "filter.css", "training.css", "training.js")
    dates = view.dates()
    courses = sorted(hub.training.courses.values(), key=lambda c: c.title.lower())
    dated = {d.course.id for d in dates}
    used_roles = {r for d in dates for r in d.course.roles}
    must_roles = {r for d in dates for r in view.must_roles(d.course)}
    formats = {view.format_of(d.session) for d in dates}
    fields = [
        ("when", "When", "Any date", list(DATE_WINDOWS), "months"),
        ("audience", "Who it is for", "Everyone", [(k, v[0]) for k, v in ROLES.items() if k in used_roles]),
        ("mandatory", "Only what I must take, as", "Every course", [(k, v[0]) for k, v in ROLES.items() if k in must_roles]),
        ("course", "Course", "All courses", [(c.id, c.title) for c in courses if c.id in dated]),
        ("format", "Format", "Any format", [(k, v) for k, v in FORMAT_TITLES.items() if k in formats]),
    ]
    feeds = [("Every session", feed_path("all"))] + [(f"Sessions for {ROLES[r][0].lower()}", feed_path("audience", r)) for r in ROLES]
    return views.render(
        "training/training_calendar.html",
        months=view.by_month(dates),
        past=view.dates(past=True),
        past_months=PAST_MONTHS,
        undated=[c for c in courses if c.id not in dated],
        fields=fields,
        target="training-dates",
        noun="sessions",
        feeds=feeds,
        heading_id="subscribe",
        **_context(views, view),
    )


def course_page(views, course_id: str) -> str:
    hub = views.hub
    course = hub.training.courses.get(course_id)
    if course is None:
        raise KeyError(f"there is no course '{course_id}' (course ids: {', '.join(sorted(hub.training.courses))})")
    view = TrainingView(hub)
    _assets(views, "training.css", "training.js")
    dates = view.dates(view.sessions_of(course.id))
    url = (hub.site_url.rstrip("/") + "/" if hub.site_url else "") + course_url(course.id)
    feeds = [(f"Dates of {course.title}", feed_path("course", course.id)), ("Every training session", feed_path("all"))]
    return views.render(
        "training/training_course.html",
        course=course,
        months=view.by_month(dates),
        needed_by=view.needed_by(course),
        ld=view.course_ld(course, url if hub.site_url else views.link(course_url(course.id))),
        feeds=feeds,
        heading_id="subscribe",
        **_context(views, view),
    )


def session_page(views, session_id: str) -> str:
    hub = views.hub
    session = hub.training.sessions.get(session_id)
    if session is None or not any(s is session for s in hub.training.usable):  # identity: comparing models field by field is slow
        raise KeyError(f"there is no session '{session_id}'")
    view = TrainingView(hub)
    _assets(views, "training.css")
    course = hub.training.courses[session.course]
    dates = view.dates([session])
    first = view.date_view(Occurrence(session, session.times.first, 1))
    url = hub.site_url.rstrip("/") + "/" + session_url(session.id) if hub.site_url else views.link(session_url(session.id))
    return views.render(
        "training/training_session.html",
        session=session,
        course=course,
        dates=dates,
        first=first,
        rule_words=rule_words(session) if session.repeat else "",
        skipped=sorted(session.skipped.items()),
        feed=feed_path("session", session.id),
        ld=view.session_ld(session, url, dates),
        **_context(views, view),
    )


def session_title(session: Session, course: Course) -> str:
    if session.repeat is None:
        return f"{course.title}: {day_words([session.times.first + timedelta(days=i) for i in range(session.days)])}"
    rule = session.times.rule
    every = {("week", 1): "weekly", ("month", 1): "monthly"}.get((rule.unit, rule.interval), f"every {rule.interval} {rule.unit}s")
    return f"{course.title}: {every} from {session.times.first:%-d %B %Y}"


def generated_pages(views):
    """A page per course and per session."""
    hub = views.hub
    for course in hub.training.courses.values():
        yield GeneratedPage(
            f"{COURSE_PAGES}/{course.id}.md",
            course.title,
            course.summary,
            lambda course=course: views.render("training/training_page.html", title=course.title, body=course_page(views, course.id)),
        )
    for session in hub.training.usable:
        course = hub.training.courses[session.course]
        title = session_title(session, course) + (" (cancelled)" if session.status == "cancelled" else "")
        yield GeneratedPage(
            f"{SESSION_PAGES}/{session.id}.md",
            title,
            course.summary,
            lambda session=session, title=title: views.render("training/training_page.html", title=title, body=session_page(views, session.id)),
        )
