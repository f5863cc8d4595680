"""Calendar feeds for the training calendar (RFC 5545, with RFC 7986's extra names).

Written with the icalendar package, which escapes all text and folds long lines:
nothing here writes an iCalendar line by hand (whole lines the library wrote are
joined, to write each shared part once). What real clients need, and why:

- UID: the session's id, which editors never reuse, so a changed session
  replaces the old one in a subscriber's calendar instead of doubling it.
- DTSTAMP: the session's 'updated' date (or a fixed date), never the build
  time, so two builds of the same content give byte-identical files.
- SEQUENCE: from the YAML; editors raise it when a session changes.
- METHOD:PUBLISH; NAME and X-WR-CALNAME (RFC 7986 and the older name Apple
  and Outlook read); REFRESH-INTERVAL;VALUE=DURATION and X-PUBLISHED-TTL.
- A rule-based Europe/London VTIMEZONE (RRULE for the last Sundays of March and
  October). Libraries emit a list of every past change date by default; Outlook
  misreads that form.
- Series use RRULE and EXDATE where that says exactly what the hub shows: a
  series meeting one day at a time. A series of multi-day courses has no exact
  RRULE, so its dates are listed one by one for the window the pages show.
- Cancelled sessions stay, with STATUS:CANCELLED and 'Cancelled:' in the title
  (several clients hide the status), so a booked place is seen to go.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlencode

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vRecur

from ..core.hub import Hub
from .model import LONDON, ROLES, Course, Occurrence, Session, occurrences, recurrence, window_end

#: Where the feeds are published, under the site root.
FEEDS = "training/feeds"
#: How often subscribers' calendars are asked to look for changes.
REFRESH = timedelta(hours=12)
#: The time stamp of a session that has no 'updated' date.
DEFAULT_STAMP = datetime(2026, 1, 1, tzinfo=UTC)
SHOW_MONTHS = 12


def feed_path(kind: str, key: str = "") -> str:
    """Path of a feed under the site root: kind is 'all', 'audience', 'course' or 'session'."""
    if kind == "all":
        return f"{FEEDS}/all.ics"
    folder = {"audience": "audiences", "course": "courses", "session": "sessions"}[kind]
    return f"{FEEDS}/{folder}/{key}.ics"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "hub"


def uid(hub: Hub, key: str) -> str:
    return f"{key}@{_slug(hub.settings.short_name if hub.settings else 'hub')}.practice-learning-hub"


def london_timezone() -> Timezone:
    """Europe/London as two yearly rules, the form every client reads alike."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    zone.add("x-lic-location", "Europe/London")
    summer = TimezoneDaylight()
    summer.add("tzname", "BST")
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("tzoffsetfrom", timedelta(0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "GMT")
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def new_calendar(hub: Hub, name: str, description: str, path: str, *, with_timezone: bool = True) -> Calendar:
    settings = hub.settings
    cal = Calendar()
    cal.add("prodid", f"-//{settings.name}//Practice Learning Hub//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("description", description)
    cal.add("x-wr-caldesc", description)
    cal.add("x-wr-timezone", "Europe/London")
    cal.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    if hub.site_url:
        cal.add("source", absolute(hub, path), parameters={"VALUE": "URI"})
        cal.add("url", absolute(hub, "training/calendar/"), parameters={"VALUE": "URI"})
    if with_timezone:
        cal.add_component(london_timezone())
    return cal


def absolute(hub: Hub, path: str) -> str:
    return hub.site_url.rstrip("/") + "/" + path


def stamp(session: Session) -> datetime:
    return datetime.combine(session.updated, time(0), UTC) if session.updated else DEFAULT_STAMP


def describe(hub: Hub, course: Course, session: Session, dates: list[Occurrence] | None = None) -> str:
    """The event's description: plain text, escaped by the library."""
    lines = [course.summary, ""]
    if session.status == "cancelled":
        lines.append(f"Cancelled: {session.reason}")
    elif session.status == "full":
        lines.append(f"Full: every place is booked. Join the waiting list on {hub.settings.booking.name}.")
    lines.append(f"Where: {session.place}")
    lines.append(f"Led by: {session.facilitator}")
    if session.capacity:
        lines.append(f"Places: {session.capacity}")
    if session.note:
        lines.append(session.note)
    topics = [o for o in dates or [] if o.topic]
    if topics:
        lines += ["", "Topics:"] + [f"{o.day:%-d %B %Y}: {o.topic}" for o in topics]
    if session.skipped:
        lines += ["", "No session on: " + "; ".join(f"{d:%-d %B %Y}" + (f" ({r})" if r else "") for d, r in sorted(session.skipped.items()))]
    lines += ["", f"Book on {hub.settings.booking.name}: {hub.settings.booking.link(course.booking_code, session.booking_code)}"]
    if hub.site_url:
        lines.append(f"Details: {absolute(hub, f'training/sessions/{session.id}/')}")
    return "\n".join(lines).replace("\n\n\n", "\n\n")


def _event(hub: Hub, course: Course, session: Session, key: str, first: date, *, title_suffix: str = "", dates=None) -> Event:
    event = Event()
    _add_own(event, hub, course, session, key, first, title_suffix)
    _add_shared(event, hub, course, session, dates)
    return event


def _add_own(event: Event, hub: Hub, course: Course, session: Session, key: str, first: date, title_suffix: str) -> None:
    """The properties each event of a session has to itself: which one it is, its title and its times."""
    event.add("uid", uid(hub, key))
    summary = course.title + title_suffix
    event.add("summary", ("Cancelled: " if session.status == "cancelled" else "") + summary)
    event.add("dtstart", datetime.combine(first, session.times.start, LONDON))
    event.add("dtend", datetime.combine(first, session.times.end, LONDON))


def _add_shared(event: Event, hub: Hub, course: Course, session: Session, dates=None) -> None:
    """The properties every event of a session shares (the same for each date of a series)."""
    event.add("dtstamp", stamp(session))
    if session.updated:
        event.add("last-modified", stamp(session))
    event.add("sequence", session.sequence)
    event.add("location", session.place)
    event.add("description", describe(hub, course, session, dates))
    event.add("status", "CANCELLED" if session.status == "cancelled" else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if session.status == "cancelled" else "OPAQUE")
    event.add("class", "PUBLIC")
    event.add("categories", ["Training", course.title])
    if hub.site_url:
        event.add("url", absolute(hub, f"training/sessions/{session.id}/"), parameters={"VALUE": "URI"})
    if session.days > 1:
        event.add("rrule", {"freq": "daily", "count": session.days})


_BEGIN_EVENT, _END_EVENT = b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n"


def _lines(event: Event) -> bytes:
    """An event's content lines, as the library writes them, without its BEGIN and END lines."""
    data = event.to_ical()
    assert data.startswith(_BEGIN_EVENT) and data.endswith(_END_EVENT)
    return data[len(_BEGIN_EVENT) : -len(_END_EVENT)]


def session_events(hub: Hub, session: Session) -> list[Event]:
    """The VEVENTs of a session: one event (with RRULE and EXDATE for a series
    meeting a day at a time), or one per date for a series of multi-day courses."""
    course = hub.training.courses[session.course]
    times = session.times
    through = window_end(hub.today, SHOW_MONTHS)
    if session.repeat is None:
        return [_event(hub, course, session, session.id, times.first)]
    if session.days == 1:
        series = list(recurrence(times, through))
        if not series:
            return []
        event = _event(hub, course, session, session.id, times.first, dates=occurrences(session, through))
        event.add("rrule", ical_rule(recurrence(times, through), series[-1]))
        if session.skipped:
            event.add("exdate", [datetime.combine(d, times.start, LONDON) for d in sorted(session.skipped)])
        return [event]
    return [_event(hub, course, session, o.key, o.day, title_suffix=f" ({o.day:%-d %B})") for o in occurrences(session, through)]


def ical_rule(series, last: datetime) -> vRecur:
    """The series' rule as RFC 5545 writes it, from the same dateutil rule that gives the pages their
    dates, so a calendar app expands exactly the dates the hub shows. It ends at the last date the hub
    publishes (the series' own end, or the end of the window the pages show): a subscriber never sees
    sessions the hub does not list. UNTIL is in UTC, as RFC 5545 asks when DTSTART has a time zone."""
    line = next(text for text in str(series).splitlines() if text.startswith("RRULE:"))
    rule = vRecur.from_ical(line[len("RRULE:") :])
    rule.pop("UNTIL", None)
    rule.pop("COUNT", None)
    rule["UNTIL"] = last.replace(tzinfo=LONDON).astimezone(UTC)
    return rule


def occurrence_events(hub: Hub, occurrence: Occurrence) -> list[bytes]:
    """'Add to calendar' for one date of a series: its own event, as bytes.

    A series has a file for each date, so the lines its dates share (the description
    above all, the longest) are written once per series and put after each date's own
    lines. The library writes every line; the two parts are joined whole."""
    session = occurrence.session
    course = hub.training.courses[session.course]
    suffix = f": {occurrence.topic}" if occurrence.topic else ""
    own = Event()
    _add_own(own, hub, course, session, occurrence.key, occurrence.day, suffix)
    key = ("shared-event-lines", session.id)
    if key not in hub.memo:
        shared = Event()
        _add_shared(shared, hub, course, session)
        hub.memo[key] = _lines(shared)
    return [_BEGIN_EVENT + _lines(own) + hub.memo[key] + _END_EVENT]


_END = b"END:VCALENDAR\r\n"


def calendar_bytes(hub: Hub, name: str, description: str, path: str, events: list[Event | bytes]) -> bytes:
    """A calendar file holding ``events`` (VEVENTs, or their bytes from ``Event.to_ical``).

    Each session's events go into several feeds (every session, each audience, its
    course, its own file), so ``all_feeds`` turns each into bytes once and this puts
    the bytes where the calendar's own would go: before its last line. The time zone,
    the same in every file, is turned into bytes once per build too."""
    if "london-timezone" not in hub.memo:
        hub.memo["london-timezone"] = london_timezone().to_ical()
    # The calendar's own lines depend on its name and description (and, with a site_url, its
    # address): a series' dates share them, so each is made once.
    key = ("calendar-head", name, description, path if hub.site_url else None)
    if key not in hub.memo:
        head = new_calendar(hub, name, description, path, with_timezone=False).to_ical()
        assert head.endswith(_END)
        hub.memo[key] = head[: -len(_END)]
    parts = [hub.memo[key], hub.memo["london-timezone"], *(e if isinstance(e, bytes) else e.to_ical() for e in events), _END]
    return b"".join(parts)


def all_feeds(hub: Hub) -> dict[str, bytes]:
    """Every feed and 'add to calendar' file: site path -> bytes."""
    training = hub.training
    council = hub.settings.name
    sessions = sorted(training.usable, key=lambda s: (s.times.first, s.times.start, s.id))
    events = {s.id: [e.to_ical() for e in session_events(hub, s)] for s in sessions}
    out: dict[str, bytes] = {}

    through = window_end(hub.today, SHOW_MONTHS)
    ahead = f" It runs {SHOW_MONTHS} months ahead (to {through:%-d %B %Y}): later dates join it as they are set."

    def feed(path: str, name: str, description: str, chosen: list[Session]) -> None:
        out[path] = calendar_bytes(hub, name, description + ahead, path, [e for s in chosen for e in events[s.id]])

    feed(feed_path("all"), f"{council}: Signs of Safety training", f"Every Signs of Safety training session at {council}.", sessions)
    for role, (title, _who) in ROLES.items():
        feed(
            feed_path("audience", role),
            f"{council}: training for {title.lower()}",
            f"Signs of Safety training sessions for {title.lower()} at {council}.",
            [s for s in sessions if role in training.courses[s.course].roles],
        )
    for course in training.courses.values():
        feed(
            feed_path("course", course.id),
            f"{council}: {course.title}",
            f"Dates of {course.title} at {council}.",
            [s for s in sessions if s.course == course.id],
        )
    for session in sessions:
        title = training.courses[session.course].title
        feed(feed_path("session", session.id), f"{title}", f"{title} at {council}.", [session])
        if session.repeat is not None:
            for occurrence in occurrences(session, through):
                if occurrence.day >= hub.today:
                    path = feed_path("session", occurrence.key)
                    out[path] = calendar_bytes(hub, title, f"{title} at {council}." + ahead, path, occurrence_events(hub, occurrence))
    return out


def outputs(views) -> dict[str, bytes]:
    """The training calendar's .ics files."""
    return all_feeds(views.hub)


# --- links to add one date in a web calendar -------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def google_link(title: str, start: datetime, end: datetime, details: str, place: str) -> str:
    dates = f"{_utc(start):%Y%m%dT%H%M%SZ}/{_utc(end):%Y%m%dT%H%M%SZ}"
    return "https://calendar.google.com/calendar/render?" + urlencode(
        {"action": "TEMPLATE", "text": title, "dates": dates, "details": details, "location": place, "ctz": "Europe/London"}
    )


def outlook_link(title: str, start: datetime, end: datetime, details: str, place: str) -> str:
    return "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": title,
            "startdt": f"{_utc(start):%Y-%m-%dT%H:%M:%SZ}",
            "enddt": f"{_utc(end):%Y-%m-%dT%H:%M:%SZ}",
            "body": details,
            "location": place,
        }
    )
