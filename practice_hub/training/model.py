"""Training: the course catalogue (resources/courses.yml) and dated sessions
(resources/sessions.yml).

Every time is Europe/London local time, as staff read it on a poster. A session
is one booking: it meets once, or on several days in a row (``days: 2``). A
session with ``repeat`` is a series of separate dates (the weekly webinars, the
quarterly workshops); a series with no ``until`` runs on, and the hub shows it
for a window of months ahead of the build date, so the calendar never goes
empty with time.

Times are read from text here, not by YAML, because YAML 1.1 reads ``10:30``
as the number 630 and has no way to say "London time". The reading keeps the
line of every value, so each mistake is reported at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, weekday
from pydantic import Field, PrivateAttr, model_validator

from ..core.fields import Id, Line, Text
from ..core.findings import Finding
from ..core.model import Content
from ..core.reviews import add_months
from ..core.sources import Sourced

LONDON = ZoneInfo("Europe/London")

#: The roles staff choose from ("which course do I need?"), in the order shown.
ROLES: dict[str, tuple[str, str]] = {
    "social-workers": ("Social workers", "Social workers, senior practitioners and independent reviewing officers in frontline teams."),
    "early-help": ("Early help workers", "Family support and early help practitioners."),
    "managers": ("Managers", "Team managers, service managers, heads of service and senior leaders."),
    "practice-leads": ("Practice leads and champions", "Staff who lead Signs of Safety practice in their team and support colleagues to use it."),
    "support-staff": (
        "Staff who do not work directly with families",
        "Business support, commissioning, data and other colleagues who need to understand the approach.",
    ),
    "partners": ("Partner agencies", "Staff of schools, health services, the police and voluntary organisations who work alongside children's services."),
}
#: Shorthand an editor may write in 'audiences' or 'mandatory_for': every council role (not partner agencies).
ALL_STAFF = "all-staff"
COUNCIL_ROLES = [r for r in ROLES if r != "partners"]

Role = Literal["social-workers", "early-help", "managers", "practice-leads", "support-staff", "partners", "all-staff"]
Format = Literal["e-learning", "virtual", "face-to-face"]
FORMAT_TITLES = {"e-learning": "E-learning", "virtual": "Virtual (online, live)", "face-to-face": "Face to face"}
Booking = Literal["booking-system", "invitation", "team", "no-booking"]
Status = Literal["open", "full", "cancelled"]
STATUS_TITLES = {"open": "Places available", "full": "Full", "cancelled": "Cancelled"}


def expand_roles(roles: list[str]) -> list[str]:
    """'all-staff' stands for every council role; the order is ROLES' order."""
    wanted = set(roles)
    if ALL_STAFF in wanted:
        wanted |= set(COUNCIL_ROLES)
    return [r for r in ROLES if r in wanted]


class Refresher(Content):
    """When a course needs taking again."""

    valid_for_years: int | None = Field(default=None, ge=1, le=10, description="No need to repeat it if taken within this many years")
    refresh_with: list[Id] = Field(default=[], description="Courses that serve as a refresher")
    note: Text | None = None

    @model_validator(mode="after")
    def _something(self):
        if self.valid_for_years is None and not self.refresh_with and self.note is None:
            raise ValueError("a refresher needs 'valid_for_years', 'refresh_with' or a 'note'")
        return self


class Course(Sourced):
    id: Id
    title: Line
    summary: Text = Field(description="One sentence: what the course is")
    description: Text | None = Field(default=None, description="A paragraph on what you will learn")
    audiences: list[Role] = Field(min_length=1)
    mandatory_for: list[Role] = []
    prerequisites: list[Id] = Field(default=[], description="Course ids to complete first (all of them)")
    length: Line = Field(description="How long it takes, in words: '30 minutes', '2 days'")
    formats: list[Format] = Field(min_length=1)
    how_often: Line = Field(description="How often it runs, in words")
    refresher: Refresher | None = None
    booking: Booking
    booking_code: Text | None = Field(default=None, description="The course's code on the booking system: booking links go straight to it")
    booking_note: Text | None = None
    topics: list[Text] = []
    guides: list[Id] = Field(default=[], description="Tool guides the course teaches")

    @property
    def roles(self) -> list[str]:
        return expand_roles(self.audiences)

    @property
    def mandatory_roles(self) -> list[str]:
        return expand_roles(self.mandatory_for)

    @property
    def live_formats(self) -> list[str]:
        return [f for f in self.formats if f != "e-learning"]


class Catalogue(Content):
    new_starter_months: int = Field(default=2, ge=1, le=12, description="Mandatory courses are done within this many months of starting")
    courses: list[Course] = Field(min_length=1)


class Skip(Content):
    date: date
    reason: Text | None = None


class Repeat(Content):
    every: Text = Field(description="'week', '2 weeks', 'month', '2 months', '3 months', '6 months' ...")
    until: date | None = Field(default=None, description="The last date it may run; leave out for a series that runs on")


class Session(Content):
    id: Id
    course: Id
    start: Text | datetime = Field(description="Local date and time: 2026-09-08 09:30")
    end: Text | int | datetime | None = Field(default=None, description="Local end time: 12:30")
    length: Line | None = Field(default=None, description="Or a length: '30 minutes', '3 hours'")
    days: int = Field(default=1, ge=1, le=10, description="Meets on this many days in a row, same times")
    format: Literal["virtual", "face-to-face"] | None = None
    place: Line
    capacity: int | None = None
    status: Status = "open"
    booking_code: Text | None = Field(default=None, description="The session's code on the booking system: its booking link goes straight to it")
    reason: Text | None = Field(default=None, description="Why it was cancelled")
    repeat: Repeat | None = None
    skip: list[Skip | date] = Field(default=[], description="Dates of a series with no session")
    topics: list[Text] = Field(default=[], description="One topic per date of a series, in turn")
    facilitator: Line = Field(description="A role, never a name")
    note: Text | None = None
    sequence: int = Field(default=0, ge=0, description="Add 1 whenever the date, time, place or status changes")
    updated: date | None = Field(default=None, description="When it last changed (the feeds' time stamp)")

    _times: Times | None = PrivateAttr(default=None)

    @property
    def times(self) -> Times:
        assert self._times is not None, "session times are read when the hub loads"
        return self._times

    @property
    def skipped(self) -> dict[date, str | None]:
        return {(s.date if isinstance(s, Skip) else s): (s.reason if isinstance(s, Skip) else None) for s in self.skip}

    def skip_loc(self, index: int) -> tuple:
        return ("skip", index, "date") if isinstance(self.skip[index], Skip) else ("skip", index)


class Sessions(Content):
    sessions: list[Session] = []


# --- times -----------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    unit: Literal["week", "month"]
    interval: int


@dataclass
class Times:
    """A session's times, read and checked."""

    first: date
    start: time
    end: time
    days: int
    rule: Rule | None = None
    until: date | None = None

    @property
    def minutes(self) -> int:
        return (datetime.combine(self.first, self.end) - datetime.combine(self.first, self.start)).seconds // 60

    @property
    def nth(self) -> int:
        """For a monthly series: which weekday of the month (1-4, or -1 for the last)."""
        n = (self.first.day - 1) // 7 + 1
        return -1 if n == 5 else n


_DATETIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})(?::00)?$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::00)?$")
_LENGTH = re.compile(r"^(?:(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h))?\s*(?:(\d+)\s*(?:minutes?|mins?|m))?$", re.IGNORECASE)
_EVERY = re.compile(r"^(?:every\s+)?(\d+\s+)?(week|month)s?$", re.IGNORECASE)
_WORDS = {"fortnight": ("week", 2), "quarter": ("month", 3), "year": ("month", 12)}


class TimeProblem(ValueError):
    def __init__(self, loc: tuple, message: str, hint: str):
        super().__init__(message)
        self.loc, self.message, self.hint = loc, message, hint


def local_problem(moment: datetime) -> str | None:
    """Why a London wall-clock time is no good: it does not exist (the clocks go
    forward past it) or it happens twice (the clocks go back over it)."""
    first = moment.replace(tzinfo=LONDON, fold=0)
    second = moment.replace(tzinfo=LONDON, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    round_trip = first.astimezone(UTC).astimezone(LONDON).replace(tzinfo=None)
    if round_trip != moment:
        return f"{moment:%H:%M} on {moment:%-d %B %Y} does not exist in London: the clocks go forward an hour that night"
    return f"{moment:%H:%M} on {moment:%-d %B %Y} happens twice in London: the clocks go back an hour that night"


def _parse_start(value) -> tuple[date, time]:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise TimeProblem(("start",), f"'start' {value} gives a time zone", "write London local time without a zone, for example 2026-09-08 09:30")
        return value.date(), value.time().replace(second=0, microsecond=0)
    match = _DATETIME.match(str(value).strip())
    if not match:
        raise TimeProblem(
            ("start",), f"'start' is not a date and time: {value!r}", "write the London date and time as YYYY-MM-DD HH:MM, for example 2026-09-08 09:30"
        )
    y, mo, d, h, mi = (int(g) for g in match.groups())
    try:
        day = date(y, mo, d)
    except ValueError:
        raise TimeProblem(("start",), f"'start' {y:04d}-{mo:02d}-{d:02d} is not a real date", "check the day and the month") from None
    if h > 23 or mi > 59:
        raise TimeProblem(("start",), f"'start' {h:02d}:{mi:02d} is not a time of day", "use the 24-hour clock, 00:00 to 23:59")
    return day, time(h, mi)


def _parse_end(value, first: date) -> time:
    if isinstance(value, int):  # YAML 1.1 reads 12:30 as sexagesimal 750: turn it back
        value = f"{value // 60}:{value % 60:02d}"
    if isinstance(value, datetime):
        value = f"{value:%Y-%m-%d %H:%M}"
    text = str(value).strip()
    match = _DATETIME.match(text)
    if match:
        y, mo, d, h, mi = (int(g) for g in match.groups())
        try:
            day = date(y, mo, d)
        except ValueError:
            raise TimeProblem(
                ("end",), f"'end' {y:04d}-{mo:02d}-{d:02d} is not a real date", "check the day and the month, or give just the time: end: 12:30"
            ) from None
        if day != first:
            raise TimeProblem(
                ("end",),
                f"'end' is on another day ({day:%-d %B %Y}) than the start ({first:%-d %B %Y})",
                "a session ends on the day it starts: give the end time, and for a course over several days in a row add 'days: 2'",
            )
    else:
        match = _TIME.match(text)
        if not match:
            raise TimeProblem(("end",), f"'end' is not a time: {value!r}", "write the London end time as HH:MM, for example end: 12:30")
        h, mi = int(match[1]), int(match[2])
    if h > 23 or mi > 59:
        raise TimeProblem(("end",), f"'end' {h:02d}:{mi:02d} is not a time of day", "use the 24-hour clock, 00:00 to 23:59")
    return time(h, mi)


def parse_length(text: str) -> int | None:
    """Minutes in '30 minutes', '3 hours', '1 hour 30 minutes', '1.5 hours'."""
    match = _LENGTH.match(text.strip())
    if not match or not (match[1] or match[2]):
        return None
    return round(float(match[1] or 0) * 60) + int(match[2] or 0)


_HALF_DAY = re.compile(r"^(?:a\s+)?half(?:\s+a|-a)?[\s-]+day$", re.IGNORECASE)
_ONE_DAY = re.compile(r"^(?:a|1|one)\s+(?:full\s+)?day$|^a\s+full\s+day$", re.IGNORECASE)


def course_minutes(text: str) -> tuple[int, int] | None:
    """How long a course's 'length' says it lasts, as a range of minutes, where its words say so:
    '3 hours' (180, 180), '30 minutes each' (30, 30), 'Half a day' (180, 240), '1 day' (300, 480).
    None for words that give no time ('At your own pace', '2 days, online or face to face')."""
    words = text.strip().rstrip(".")
    words = re.sub(r"\s+each$", "", words, flags=re.IGNORECASE)
    if _HALF_DAY.match(words):
        return (180, 240)
    if _ONE_DAY.match(words):
        return (300, 480)
    minutes = parse_length(words)
    return (minutes, minutes) if minutes else None


def parse_every(text: str) -> Rule | None:
    words = text.strip().lower()
    for word, (unit, interval) in _WORDS.items():
        if words in (word, "every " + word):
            return Rule(unit, interval)  # type: ignore[arg-type]
    match = _EVERY.match(words)
    if not match:
        return None
    return Rule(match[2].lower(), int(match[1] or 1))  # type: ignore[arg-type]


def read_times(session: Session) -> list[Finding]:
    """Read and check a session's times; keep them on the session. One finding per mistake."""
    try:
        if session.status == "cancelled" and not session.reason:
            raise TimeProblem(("status",), "a cancelled session needs a 'reason'", "say why, in a few words, for the people who booked")
        if session.status != "cancelled" and session.reason:
            raise TimeProblem(("reason",), "'reason' is only for a cancelled session", "remove it, or set 'status: cancelled'")
        if session.end is not None and session.length is not None:
            raise TimeProblem(("length",), "give either 'end' or 'length', not both", "remove one of them")
        if session.end is None and session.length is None:
            raise TimeProblem(("start",), "the session has no 'end' time or 'length'", "add an end time (end: 12:30) or a length (length: 3 hours)")
        first, start = _parse_start(session.start)
        if session.end is not None:
            end = _parse_end(session.end, first)
            if end <= start:
                raise TimeProblem(
                    ("end",), f"the session ends ({end:%H:%M}) before it starts ({start:%H:%M})", "check the end time, on the 24-hour clock (2pm is 14:00)"
                )
        else:
            minutes = parse_length(session.length or "")
            if minutes is None:
                raise TimeProblem(
                    ("length",), f"'length' is not a length of time: {session.length!r}", "write it like '30 minutes', '3 hours' or '2 hours 30 minutes'"
                )
            if minutes <= 0:
                raise TimeProblem(("length",), "'length' must be more than nothing", "write it like '30 minutes'")
            finish = datetime.combine(first, start) + timedelta(minutes=minutes)
            if finish.date() != first:
                raise TimeProblem(
                    ("length",),
                    f"a {session.length} session starting at {start:%H:%M} would run past midnight",
                    "for a course over several days in a row, give one day's length and add 'days: 2'",
                )
            end = finish.time()
        rule = None
        if session.repeat is not None:
            rule = parse_every(session.repeat.every)
            if rule is None:
                raise TimeProblem(
                    ("repeat", "every"), f"'every' cannot be {session.repeat.every!r}", "write 'week', '2 weeks', 'month', '2 months', '3 months' or '6 months'"
                )
            if session.repeat.until is not None and session.repeat.until < first:
                raise TimeProblem(
                    ("repeat", "until"),
                    f"the series ends ({session.repeat.until:%-d %B %Y}) before it starts ({first:%-d %B %Y})",
                    "check the 'until' date, or the 'start' date",
                )
        if session.skip and session.repeat is None:
            raise TimeProblem(
                ("skip",), "'skip' is only for a series (a session with 'repeat')", "remove 'skip', or cancel the session with 'status: cancelled'"
            )
    except TimeProblem as problem:
        return [session.finding(problem.loc, problem.message, problem.hint)]
    session._times = Times(first, start, end, session.days, rule, session.repeat.until if session.repeat else None)
    return []


# --- occurrences --------------------------------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    """One date a session meets (or a run of days in a row, for a multi-day course)."""

    session: Session
    day: date  # the first day
    number: int  # 1, 2, 3 ... among the dates of its series (skipped dates not counted)

    @property
    def days(self) -> list[date]:
        return [self.day + timedelta(days=i) for i in range(self.session.days)]

    def start(self, day: date | None = None) -> datetime:
        return datetime.combine(day or self.day, self.session.times.start, LONDON)

    def end(self, day: date | None = None) -> datetime:
        return datetime.combine(day or self.days[-1], self.session.times.end, LONDON)

    @property
    def last_day(self) -> date:
        return self.days[-1]

    @property
    def topic(self) -> str | None:
        topics = self.session.topics
        return topics[(self.number - 1) % len(topics)] if topics else None

    @property
    def key(self) -> str:
        """A stable id for this date of the session (for files and UIDs)."""
        return self.session.id if self.session.repeat is None else f"{self.session.id}-{self.day:%Y-%m-%d}"


def recurrence(times: Times, through: date) -> rrule:
    """The series' dates as one dateutil rule, from its first date to ``through`` (or its 'until', if
    sooner): the one source of a series' dates for the pages, the checks, the feeds and the JSON-LD.
    A monthly series meets on the same weekday of the month as its first date ('the second
    Tuesday'), and on the last one where the first date is a fifth weekday."""
    end = min(through, times.until) if times.until else through
    start = datetime.combine(times.first, times.start)
    last = datetime.combine(end, times.start)
    if times.rule is None:
        return rrule(DAILY, dtstart=start, count=1 if times.first <= end else 0)
    if times.rule.unit == "week":
        return rrule(WEEKLY, interval=times.rule.interval, dtstart=start, until=last)
    return rrule(MONTHLY, interval=times.rule.interval, dtstart=start, until=last, byweekday=weekday(times.first.weekday())(times.nth))


def series_dates(times: Times, through: date) -> list[date]:
    """Every date the series' rule gives, from its first to ``through`` (and its 'until')."""
    return [moment.date() for moment in recurrence(times, through)]


def occurrences(session: Session, through: date) -> list[Occurrence]:
    """The session's dates up to ``through``, skipped dates left out."""
    skipped = session.skipped
    out: list[Occurrence] = []
    for day in series_dates(session.times, through):
        if day not in skipped:
            out.append(Occurrence(session, day, len(out) + 1))
    return out


def window_end(today: date, months: int = 12) -> date:
    return add_months(today, months)


@dataclass
class Training:
    """The catalogue and the sessions, as the hub keeps them."""

    courses: dict[str, Course] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)
    new_starter_months: int = 2
    #: Sessions whose times read cleanly and whose course exists: the ones shown and published.
    usable: list[Session] = field(default_factory=list)
