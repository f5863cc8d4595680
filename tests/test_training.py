"""Training: the catalogue and sessions model, its checks (each editor mistake at
its path:line), the repeat rules, the pages, and the calendar feeds read by two
independent parsers (Mozilla's ical.js and vobject)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest
import vobject
from conftest import FIXTURES, ROOT, TRAINING_TODAY, build, make_hub

from practice_hub.cli import main
from practice_hub.loader import load_hub
from practice_hub.training.model import occurrences, window_end

COURSES = (FIXTURES / "minimal/resources/courses.yml").read_text(encoding="utf-8")
SESSIONS = (FIXTURES / "minimal/resources/sessions.yml").read_text(encoding="utf-8")
END = SESSIONS.count("\n")  # a session appended to the fixture file starts on line END + 1
TODAY = date.fromisoformat(TRAINING_TODAY)


def session(**fields) -> str:
    """A session block to append: id, course, start, end, place, facilitator, then the rest."""
    base = {
        "id": "extra",
        "course": "core",
        "start": "2027-03-09 09:30",
        "end": "12:30",
        "format": "virtual",
        "place": "Online (Microsoft Teams link sent on booking)",
        "facilitator": "Practice lead",
    }
    base.update(fields)
    lines = [f"  - id: {base.pop('id')}"] + [f"    {k}: {v}" for k, v in base.items() if v is not None]
    return "\n".join(lines) + "\n"


def check_output(tmp_path, capsys, files) -> list[str]:
    """Run `hub check` on the fixture hub with some files replaced; return its lines."""
    root = make_hub(tmp_path / "hub", files=files)
    code = main(["--root", str(root), "check", "--today", TRAINING_TODAY])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    lines = out.out.splitlines()
    assert code == (1 if lines else 0), lines
    return lines


# --- each bad-session case, caught by `hub check` at its path:line ------------------------------


def test_fixture_training_is_clean(tmp_path, capsys):
    assert check_output(tmp_path, capsys, {}) == []


def test_unknown_course(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(course="cor")})
    assert lines == [f"resources/sessions.yml:{END + 2}: session 'extra' is of course 'cor', which is not in resources/courses.yml (did you mean 'core'?)"]


def test_end_before_start(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(end="09:00")})
    assert lines == [
        f"resources/sessions.yml:{END + 4}: the session ends (09:00) before it starts (09:30) (check the end time, on the 24-hour clock (2pm is 14:00))"
    ]


def test_end_on_another_day_points_to_days(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(end="2027-03-10 16:30")})
    assert len(lines) == 1 and lines[0].startswith(f"resources/sessions.yml:{END + 4}: 'end' is on another day (10 March 2027) than the start (9 March 2027)")
    assert "add 'days: 2'" in lines[0]


def test_prerequisite_cycle(tmp_path, capsys):
    courses = COURSES.replace("    prerequisites: [intro]\n", "    prerequisites: [intro, workshop]\n")
    lines = check_output(tmp_path, capsys, {"resources/courses.yml": courses})
    line = courses.splitlines().index("    prerequisites: [intro, workshop]") + 1
    assert lines == [
        f"resources/courses.yml:{line}: the prerequisites go round in a circle: core needs workshop needs core "
        "(nobody could ever start these courses: remove one of the links)"
    ]


def test_unknown_prerequisite(tmp_path, capsys):
    courses = COURSES.replace("    prerequisites: [intro]\n", "    prerequisites: [intro, intoduction]\n")
    lines = check_output(tmp_path, capsys, {"resources/courses.yml": courses})
    line = courses.splitlines().index("    prerequisites: [intro, intoduction]") + 1
    assert len(lines) == 1 and lines[0].startswith(f"resources/courses.yml:{line}: prerequisite 'intoduction' is not a course")


@pytest.mark.parametrize("start", ["2027-02-30 09:30", "2027-13-01 09:30"])
def test_impossible_start_date(tmp_path, capsys, start):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(start=start)})
    assert lines == [f"resources/sessions.yml:{END + 3}: 'start' {start[:10]} is not a real date (check the day and the month)"]


def test_impossible_date_read_by_yaml(tmp_path, capsys):
    """YAML reads 2026-09-31 as a date and fails; the loader reports it at its line."""
    text = SESSIONS.replace("      - date: 2026-09-22\n", "      - date: 2026-09-31\n")
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": text})
    line = text.splitlines().index("      - date: 2026-09-31") + 1
    assert lines == [
        f"resources/sessions.yml:{line}: '2026-09-31' is not a real date (check the day and the month: write dates as YYYY-MM-DD, for example 2026-03-31)"
    ]


def test_time_that_does_not_exist_at_the_clock_change(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(start="2027-03-28 01:30", end="02:30")})
    assert lines == [
        f"resources/sessions.yml:{END + 3}: 01:30 on 28 March 2027 does not exist in London: the clocks go forward an hour that night "
        "(move the session to a time between 03:00 and 23:59, which exists once every day)"
    ]


def test_time_that_happens_twice_at_the_clock_change(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(start="2026-10-25 01:15", end="03:00")})
    assert lines == [
        f"resources/sessions.yml:{END + 3}: 01:15 on 25 October 2026 happens twice in London: the clocks go back an hour that night "
        "(move the session to a time between 03:00 and 23:59, which exists once every day)"
    ]


def test_repeating_series_that_reaches_a_clock_change(tmp_path, capsys):
    block = session(start="2026-10-04 01:30", end="02:15", repeat="") + "      every: 3 weeks\n"
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + block.replace("    repeat: \n", "    repeat:\n")})
    assert lines == [
        f"resources/sessions.yml:{END + 9}: 01:30 on 25 October 2026 happens twice in London: the clocks go back an hour that night "
        "(move the session to a time between 03:00 and 23:59, which exists once every day)"
    ]


@pytest.mark.parametrize("capacity", [0, -4])
def test_capacity_must_be_positive(tmp_path, capsys, capacity):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(capacity=capacity)})
    assert lines == [
        f"resources/sessions.yml:{END + 8}: 'capacity' must be at least 1 place (it is {capacity}) "
        "(give the number of places, or set 'status: full' when it is booked up)"
    ]


def test_two_sessions_of_a_course_at_one_place_and_time(tmp_path, capsys):
    copy = session(id="core-2027-06-copy", start="2027-06-16 10:00", end="12:00", format="face-to-face", place="council offices,  training room 2")
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + copy})
    first = SESSIONS.splitlines().index("  - id: core-2027-06") + 1
    assert lines == [
        f"resources/sessions.yml:{END + 3}: session 'core-2027-06-copy' is at the same place and time as 'core-2027-06' (line {first}) on 16 June 2027, "
        "for the same course (change the date, time or place of one of them, or remove the copy)"
    ]


def test_a_series_clashing_with_a_one_off_session(tmp_path, capsys):
    clash = session(id="extra-workshop", course="workshop", start="2027-01-12 14:00", end="15:00", format=None, place="Council offices, training room 2")
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + clash})
    assert len(lines) == 1 and "session 'extra-workshop' is at the same place and time as 'workshop-quarterly'" in lines[0]
    assert lines[0].startswith(f"resources/sessions.yml:{END + 3}:")


def test_same_time_at_another_place_is_fine(tmp_path, capsys):
    other = session(id="core-2027-06-online", start="2027-06-15 09:30", end="16:30", place="Online (Microsoft Teams link sent on booking)")
    assert check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + other}) == []


def test_cancelled_needs_a_reason(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(status="cancelled", sequence=1)})
    assert lines == [f"resources/sessions.yml:{END + 8}: a cancelled session needs a 'reason' (say why, in a few words, for the people who booked)"]


def test_cancelling_without_raising_the_sequence(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(status="cancelled", reason="Trainer unwell.")})
    assert len(lines) == 1 and lines[0].startswith(f"resources/sessions.yml:{END + 8}: session 'extra' is cancelled but its 'sequence' is still 0")


def test_skipped_date_must_be_a_date_of_the_series(tmp_path, capsys):
    text = SESSIONS.replace("      - date: 2026-09-22\n", "      - date: 2026-09-23\n")
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": text})
    line = text.splitlines().index("      - date: 2026-09-23") + 1
    assert lines == [
        f"resources/sessions.yml:{line}: the series does not meet on Wednesday 23 September 2026, so it cannot be skipped "
        "(give a date the series meets on (it starts on a Tuesday))"
    ]


def test_unknown_repeat_rule_and_key(tmp_path, capsys):
    text = SESSIONS.replace("      every: 3 months\n", "      every: quarterly-ish\n").replace("    capacity: 100\n", "    capacity: 100\n    capcity: 3\n")
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": text})
    assert any(re.match(r"resources/sessions\.yml:\d+: unknown key 'capcity' in sessions\[5\] \(did you mean 'capacity'\?\)", line) for line in lines), lines


def test_session_of_an_e_learning_course(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(course="intro", format=None)})
    assert lines == [
        f"resources/sessions.yml:{END + 2}: 'Introduction e-learning' is e-learning only, so it has no dated sessions "
        "(remove the session, or add 'virtual' or 'face-to-face' to the course's 'formats')"
    ]


def test_format_must_be_given_when_a_course_runs_both_ways(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(format=None)})
    assert lines == [f"resources/sessions.yml:{END + 2}: say whether this session is virtual or face-to-face (add 'format: virtual' or 'format: face-to-face')"]


def test_duplicate_session_id(tmp_path, capsys):
    lines = check_output(tmp_path, capsys, {"resources/sessions.yml": SESSIONS + session(id="core-2026-12", start="2027-09-07 09:30")})
    assert len(lines) == 1 and lines[0].startswith(
        f"resources/sessions.yml:{END + 1}: session id 'core-2026-12' is already used earlier in this file (give each session its own id)"
    )


def test_shipped_training_content_is_clean():
    """The shipped catalogue and sessions have no finding (other content may still be in progress)."""
    _, findings = load_hub(ROOT, today=date.today())
    mine = [str(f) for f in findings if f.path in ("resources/courses.yml", "resources/sessions.yml")]
    assert mine == []


# --- repeat rules ---------------------------------------------------------------------------------


def fixture_hub(tmp_path, files=None, today=TODAY):
    hub, findings = load_hub(make_hub(tmp_path / "hub", files=files), today=today)
    assert findings == []
    return hub


def test_weekly_series_leaves_out_skipped_dates_and_stops_at_until(tmp_path):
    hub = fixture_hub(tmp_path)
    dates = [o.day for o in occurrences(hub.training.sessions["webinars-autumn-2026"], date(2030, 1, 1))]
    assert dates == [date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 15), date(2026, 9, 29), date(2026, 10, 6)]
    topics = [o.topic for o in occurrences(hub.training.sessions["webinars-autumn-2026"], date(2030, 1, 1))]
    assert topics == ["Danger statements", "Safety goals", "Scaling questions", "Safety planning", "Danger statements"]


def test_monthly_series_keeps_its_weekday_of_the_month(tmp_path):
    hub = fixture_hub(tmp_path)
    dates = [o.day for o in occurrences(hub.training.sessions["workshop-quarterly"], date(2027, 8, 1))]
    assert dates == [date(2026, 7, 14), date(2026, 10, 13), date(2027, 1, 12), date(2027, 4, 13), date(2027, 7, 13)]
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in dates), "the second Tuesday, every time"


def test_series_from_a_fifth_weekday_runs_on_the_last(tmp_path):
    text = SESSIONS + session(id="last-friday", start="2026-07-31 10:00", end="11:00", repeat="") + "      every: month\n"
    hub = fixture_hub(tmp_path, {"resources/sessions.yml": text.replace("    repeat: \n", "    repeat:\n")})
    dates = [o.day for o in occurrences(hub.training.sessions["last-friday"], date(2026, 11, 30))]
    assert dates == [date(2026, 7, 31), date(2026, 8, 28), date(2026, 9, 25), date(2026, 10, 30), date(2026, 11, 27)]


def test_times_are_local_across_the_clock_change(tmp_path):
    hub = fixture_hub(tmp_path)
    october, january = occurrences(hub.training.sessions["workshop-quarterly"], date(2027, 2, 1))[1:3]
    assert (october.start().hour, january.start().hour) == (13, 13)
    assert october.start().astimezone(UTC).hour == 12 and january.start().astimezone(UTC).hour == 13


# --- the built pages ------------------------------------------------------------------------------


def page(site, path) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


_BLOCK = re.compile(r"</?(?:p|li|ul|ol|h\d|div|section|details|summary|dl|dt|dd|table|tr|td|th|nav|br)\b[^>]*>")


def text_of(html: str) -> str:
    """The page's words as a reader meets them: block elements apart, inline ones run on."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", _BLOCK.sub(" ", html))).split())


def test_calendar_lists_upcoming_sessions_by_month(training_sites):
    html = page(training_sites[0], "training/calendar")
    months = re.findall(r'<h2 class="hub-calendar__month-title">([^<]+)</h2>', html)
    assert months == ["September 2026", "October 2026", "December 2026", "January 2027", "February 2027", "April 2027", "June 2027", "July 2027"]
    text = text_of(html)
    assert "Tuesday 8 and Wednesday 9 December 2026, 9:30am to 4:30pm each day (GMT)" in text
    assert "Tuesday 15 and Wednesday 16 June 2027, 9:30am to 4:30pm each day (BST)" in text
    assert "Tuesday 1 September 2026, 12:30pm to 1pm (BST)" in text
    assert "22 September" not in text.split("Get these dates")[0], "the skipped week is left out"
    assert html.count("data-filter-item") == 12  # 5 webinars, 3 core sessions, 4 quarterly workshops


def test_calendar_keeps_cancelled_and_full_sessions_in_words(training_sites):
    text = text_of(page(training_sites[0], "training/calendar"))
    assert "Core programme Cancelled Tuesday 9 and Wednesday 10 February 2027" in text
    assert "This session is cancelled. The room is needed for other work; book the April date instead." in text
    assert "Core programme Full Tuesday 8 and Wednesday 9 December 2026" in text
    assert "Every place is booked. You can join the waiting list on the learning portal." in text


def test_calendar_splits_off_past_sessions_at_build_time(training_sites):
    html = page(training_sites[0], "training/calendar")
    upcoming, past = html.split('class="hub-past">')
    assert "9 June 2026" not in text_of(upcoming) and "14 July 2026" not in text_of(upcoming)
    assert "Past sessions in the last 12 months (2)" in text_of(past)
    assert text_of(past).index("Tuesday 14 July 2026") < text_of(past).index("Tuesday 9 and Wednesday 10 June 2026"), "most recent first"


def test_courses_without_dates_say_so_honestly(training_sites):
    site = training_sites[0]
    text = text_of(page(site, "training/calendar"))
    assert "Partner briefing: nothing is scheduled at the moment." in text
    assert "Introduction e-learning: e-learning you can start at any time." in text
    assert "Nothing is scheduled at the moment." in text_of(page(site, "training/courses/briefing"))
    assert "This is e-learning: there are no dates. Start it at any time on the learning portal." in text_of(page(site, "training/courses/intro"))


def test_catalogue_says_which_courses_each_role_needs(training_sites):
    html = page(training_sites[0], "training")
    leads = text_of(html.split('id="role-practice-leads"')[1].split("<h3")[0])
    # the workshop is mandatory for practice leads, so what it needs first is too, in order
    assert "You must take these courses, in this order: Introduction e-learning" in leads
    assert leads.index("Introduction e-learning") < leads.index("Core programme") < leads.index("Practice lead workshop")
    partners = text_of(html.split('id="role-partners"')[1].split("<h2")[0])
    assert "No course is mandatory for this role." in partners and "Partner briefing" in partners
    assert "finish the courses you must take within your first 2 months" in text_of(html)


def test_course_page_links_prerequisites_and_lists_dates(training_sites):
    html = page(training_sites[0], "training/courses/workshop")
    assert '<a href="../core/">Core programme</a>' in html
    text = text_of(html)
    assert "Places are by invitation." in text and "Tuesday 13 October 2026, 1:30pm to 5pm (BST)" in text
    core = text_of(page(training_sites[0], "training/courses/core"))
    assert "If you have taken it in the last 2 years, you do not need to take it again." in core
    assert "This course comes before: Practice lead workshop." in core


def test_guides_link_to_the_courses_that_teach_them(training_sites):
    html = page(training_sites[0], "guides/alpha")
    assert '<h2 id="training-on-this-tool">Training on this tool</h2>' in html
    assert '<a href="../../training/courses/core/">Core programme</a>' in html
    assert "training-on-this-tool" not in page(training_sites[0], "guides/beta")


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def test_course_page_has_course_json_ld(training_sites):
    [data] = json_ld(page(training_sites[0], "training/courses/core"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Course" and data["name"] == "Core programme"
    assert data["coursePrerequisites"] == ["Introduction e-learning"]
    instances = data["hasCourseInstance"]
    assert [i["startDate"] for i in instances] == ["2026-12-08T09:30+00:00", "2027-02-09T09:30+00:00", "2027-06-15T09:30+01:00"]
    assert instances[1]["eventStatus"] == "https://schema.org/EventCancelled"
    assert instances[0]["courseMode"] == "online" and instances[2]["courseMode"] == "onsite"


def test_session_page_has_schedule_json_ld_with_the_skipped_date(training_sites):
    html = page(training_sites[0], "training/sessions/webinars-autumn-2026")
    [data] = json_ld(html)
    assert data["@type"] == "CourseInstance" and data["isPartOf"]["name"] == "Bite-size webinars"
    schedule = data["courseSchedule"]
    assert schedule["repeatFrequency"] == "P1W" and schedule["exceptDate"] == ["2026-09-22"] and schedule["scheduleTimezone"] == "Europe/London"
    assert [e["startDate"] for e in data["subEvent"]][:2] == ["2026-09-01T12:30+01:00", "2026-09-08T12:30+01:00"]
    assert "There is no session on Tuesday 22 September 2026 (no webinar in conference week)." in text_of(html)


LATER = "2028-08-01"


@pytest.fixture(scope="module")
def later_site(tmp_path_factory):
    """The fixture hub two years on, with its own address (site_url) and a summary
    that tries to close its script element: one build for the tests below."""
    where = tmp_path_factory.mktemp("training-later")
    courses = COURSES.replace("summary: An overview of the approach for partner agencies.", 'summary: "Partners </script> & more <!-- x"')
    root = make_hub(where / "hub", files={"resources/courses.yml": courses})
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_url: https://hub.example.gov.uk/\n" + config, encoding="utf-8")
    result = build(root, where / "site", env={"HUB_TODAY": LATER})
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "site"


def test_json_ld_cannot_break_out_of_its_script(later_site):
    html = page(later_site, "training/courses/briefing")
    [raw] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<" not in raw and ">" not in raw, "the JSON escapes < and > as \\u003c and \\u003e"
    assert json_ld(html)[0]["description"] == "Partners </script> & more <!-- x"


def test_add_to_calendar_links_give_utc_instants(training_sites):
    html = page(training_sites[0], "training/sessions/core-2027-06")
    google = [unescape(h) for h in re.findall(r'href="(https://calendar\.google\.com/[^"]+)"', html)]
    outlook = [unescape(h) for h in re.findall(r'href="(https://outlook\.office\.com/[^"]+)"', html)]
    assert [parse_qs(urlparse(g).query)["dates"][0] for g in google] == ["20270615T083000Z/20270615T153000Z", "20270616T083000Z/20270616T153000Z"]
    assert [parse_qs(urlparse(o).query)["startdt"][0] for o in outlook] == ["2027-06-15T08:30:00Z", "2027-06-16T08:30:00Z"]
    assert parse_qs(urlparse(google[0]).query)["location"] == ["Council offices, training room 2"]
    assert 'href="../../feeds/sessions/core-2027-06.ics"' in html


def test_the_calendar_never_goes_empty(later_site):
    """Built two years on, the open-ended series still give upcoming dates; the dated ones have gone."""
    html = page(later_site, "training/calendar")
    assert html.count("data-filter-item") == 4, "the quarterly workshop, for 12 months ahead"
    assert "Tuesday 10 October 2028" in text_of(html)
    assert "Nothing is scheduled at the moment." in text_of(page(later_site, "training/courses/core"))


# --- the feeds, read by ical.js and by vobject ------------------------------------------------------

UID = "@example-county.practice-learning-hub"


def ics_files(site):
    return sorted((site / "training/feeds").rglob("*.ics"))


@pytest.fixture(scope="module")
def parsed(training_sites):
    """Every feed of the first build, parsed by ical.js (Node)."""
    if not shutil.which("node") or not (ROOT / "node_modules/ical.js").is_dir():
        pytest.fail("ical.js is missing: run 'make test', which installs it with npm")
    files = ics_files(training_sites[0])
    result = subprocess.run(["node", str(ROOT / "tests/js/parse-ics.js"), *map(str, files)], capture_output=True, text=True, timeout=120, check=True)
    root = str(training_sites[0] / "training/feeds") + "/"
    return {path[len(root) :]: value for path, value in json.loads(result.stdout).items()}


def test_every_feed_is_published(parsed):
    assert {
        "all.ics",
        "courses/core.ics",
        "courses/briefing.ics",
        "audiences/practice-leads.ics",
        "audiences/partners.ics",
        "sessions/core-2026-12.ics",
        "sessions/webinars-autumn-2026.ics",
        "sessions/webinars-autumn-2026-2026-09-08.ics",
    } <= set(parsed)
    assert "sessions/webinars-autumn-2026-2026-09-22.ics" not in parsed, "no file for the skipped week"
    assert len([p for p in parsed if p.startswith("audiences/")]) == 6


def test_ical_js_parses_every_feed(parsed):
    for name, feed in parsed.items():
        assert "error" not in feed, (name, feed)
        calendar = feed["calendar"]
        assert calendar["version"] == "2.0" and calendar["method"] == "PUBLISH", name
        assert calendar["name"] and calendar["name"] == calendar["xwrcalname"], name
        assert (calendar["refresh"], calendar["refreshType"], calendar["ttl"]) == ("PT12H", "duration", "PT12H"), name
        [zone] = feed["timezones"]
        assert zone == {
            "tzid": "Europe/London",
            "parts": ["daylight", "standard"],
            "rdates": 0,
            "rrules": ["FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"],
        }, name
        for event in feed["events"]:
            assert event["zone"] == "Europe/London" and event["uid"].endswith(UID), name


def events_by_uid(feed) -> dict:
    return {e["uid"]: e for e in feed["events"]}


def test_june_and_december_sessions_land_at_the_right_utc_instant(parsed):
    events = events_by_uid(parsed["all.ics"])
    june, december = events["core-2027-06" + UID], events["core-2026-12" + UID]
    assert (june["start"], june["end"]) == ("2027-06-15T08:30:00.000Z", "2027-06-15T15:30:00.000Z")  # 09:30 BST
    assert (december["start"], december["end"]) == ("2026-12-08T09:30:00.000Z", "2026-12-08T16:30:00.000Z")  # 09:30 GMT
    assert june["dates"] == ["2027-06-15T08:30:00.000Z", "2027-06-16T08:30:00.000Z"], "a two-day course meets on both days"


def test_repeating_sessions_expand_without_the_skipped_date(parsed):
    webinars = events_by_uid(parsed["all.ics"])["webinars-autumn-2026" + UID]
    assert webinars["recurring"]
    assert webinars["dates"] == [
        "2026-09-01T11:30:00.000Z",
        "2026-09-08T11:30:00.000Z",
        "2026-09-15T11:30:00.000Z",
        "2026-09-29T11:30:00.000Z",
        "2026-10-06T11:30:00.000Z",
    ]
    workshop = events_by_uid(parsed["all.ics"])["workshop-quarterly" + UID]
    assert workshop["dates"][:4] == ["2026-07-14T12:30:00.000Z", "2026-10-13T12:30:00.000Z", "2027-01-12T13:30:00.000Z", "2027-04-13T12:30:00.000Z"]
    # An open-ended series runs on in the pages, month after month; a feed publishes the same 12 months
    # the pages show (RRULE UNTIL), so a subscriber never sees a session the hub does not list.
    assert workshop["dates"][-1] == "2027-07-13T12:30:00.000Z" and workshop["recurring"]


def test_feeds_expand_as_the_pages_do(parsed, training_sites, tmp_path):
    """ical.js's reading of each RRULE gives exactly the hub's own dates."""
    hub = fixture_hub(tmp_path)
    for session_id in ("webinars-autumn-2026", "workshop-quarterly"):
        through = window_end(hub.today, 12)
        ours = [o.start().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") for o in occurrences(hub.training.sessions[session_id], through)]
        theirs = events_by_uid(parsed["all.ics"])[session_id + UID]["dates"]
        assert theirs == ours, session_id


def test_cancelled_sessions_are_kept_and_marked(parsed):
    cancelled = events_by_uid(parsed["courses/core.ics"])["core-2027-02" + UID]
    assert cancelled["status"] == "CANCELLED" and cancelled["sequence"] == 1
    assert cancelled["summary"] == "Cancelled: Core programme"
    assert cancelled["dtstamp"] == "2026-07-20T00:00:00Z"
    assert "Cancelled: The room is needed for other work; book the April date instead." in cancelled["description"]
    assert events_by_uid(parsed["courses/core.ics"])["core-2027-06" + UID]["status"] == "CONFIRMED"


def test_feeds_hold_the_right_sessions(parsed):
    uids = lambda name: {e["uid"][: -len(UID)] for e in parsed[name]["events"]}
    assert uids("all.ics") == {"core-2026-06", "core-2026-12", "core-2027-02", "core-2027-06", "webinars-autumn-2026", "workshop-quarterly"}
    assert uids("audiences/practice-leads.ics") == {"core-2026-06", "core-2026-12", "core-2027-02", "core-2027-06", "workshop-quarterly"}
    assert uids("audiences/partners.ics") == set() and uids("courses/briefing.ics") == set()
    assert uids("courses/webinars.ics") == {"webinars-autumn-2026"}
    assert uids("sessions/webinars-autumn-2026-2026-09-08.ics") == {"webinars-autumn-2026-2026-09-08"}
    single = parsed["sessions/webinars-autumn-2026-2026-09-08.ics"]["events"][0]
    assert single["summary"] == "Bite-size webinars: Safety goals" and not single["recurring"] and single["start"] == "2026-09-08T11:30:00.000Z"


def test_text_is_escaped_and_read_back_whole(parsed):
    workshop = events_by_uid(parsed["all.ics"])["workshop-quarterly" + UID]
    assert workshop["description"].startswith(
        "A half-day workshop for practice leads & champions, every 3 months.\n\nWhere: Council offices, training room 2\n"
    )
    assert workshop["location"] == "Council offices, training room 2"


def test_vobject_validates_every_feed(training_sites):
    for file in ics_files(training_sites[0]):
        text = file.read_bytes().decode("utf-8")
        assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n")), f"{file.name}: lines are folded at 75 octets"
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
        [calendar] = list(vobject.readComponents(text, validate=True))
        assert calendar.method.value == "PUBLISH"


def test_vobject_reads_the_same_instants(training_sites):
    [calendar] = list(vobject.readComponents((training_sites[0] / "training/feeds/all.ics").read_text(encoding="utf-8"), validate=True))
    events = {e.uid.value[: -len(UID)]: e for e in calendar.vevent_list}
    utc = lambda moment: moment.astimezone(UTC).replace(tzinfo=None)
    assert utc(events["core-2027-06"].dtstart.value) == datetime(2027, 6, 15, 8, 30)
    assert utc(events["core-2026-12"].dtstart.value) == datetime(2026, 12, 8, 9, 30)
    webinars = [utc(d) for d in events["webinars-autumn-2026"].getrruleset(addRDate=True)]
    assert webinars == [datetime(2026, 9, d, 11, 30) for d in (1, 8, 15, 29)] + [datetime(2026, 10, 6, 11, 30)]
    assert events["core-2027-02"].status.value == "CANCELLED" and events["core-2027-02"].sequence.value == "1"


def test_two_builds_give_byte_identical_feeds(training_sites):
    first, second = training_sites
    names = [f.relative_to(first) for f in ics_files(first)]
    assert names == [f.relative_to(second) for f in ics_files(second)] and len(names) > 20
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_feeds_name_their_own_address_when_the_site_has_one(later_site):
    feed = (later_site / "training/feeds/all.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    assert "SOURCE;VALUE=URI:https://hub.example.gov.uk/training/feeds/all.ics" in feed
    assert "URL;VALUE=URI:https://hub.example.gov.uk/training/sessions/core-2026-12/" in feed
    html = page(later_site, "training/calendar")
    assert 'href="webcal://hub.example.gov.uk/training/feeds/all.ics"' in html


# --- booking, wording and the window the feeds publish -----------------------------------------------


def test_booking_links_go_straight_to_the_session_or_the_course(training_sites):
    site = training_sites[0]
    june = page(site, "training/sessions/core-2027-06")
    assert 'href="https://learning.example.gov.uk/courses/SOS-CORE/dates/2027-06%20A">Book a place on this session on the learning portal</a>' in june
    # No code for this date: the course's own page on the booking system; it is full, so the waiting list.
    december = text_of(page(site, "training/sessions/core-2026-12"))
    assert "Every place on this session is booked. Join the waiting list on the learning portal" in december
    assert 'href="https://learning.example.gov.uk/courses/SOS-CORE"' in page(site, "training/sessions/core-2026-12")
    # No code at all: the booking system's home page, and what to search for there.
    webinars = page(site, "training/sessions/webinars-autumn-2026")
    assert 'href="https://learning.example.gov.uk/">Book a place on this session on the learning portal</a> (search there for “Bite-size webinars”)' in webinars
    assert "Book on the learning portal: https://learning.example.gov.uk/courses/SOS-CORE/dates/2027-06%20A" in (
        site / "training/feeds/sessions/core-2027-06.ics"
    ).read_bytes().decode("utf-8").replace("\r\n ", "")


def test_how_to_book_comes_first_and_fits_the_format(training_sites):
    site = training_sites[0]
    for path in ("training/courses/core", "training/sessions/core-2027-06"):
        text = text_of(page(site, path))
        assert text.index("How to book") < min(text.index(h) for h in ("Date", "Who it is for", "When") if h in text), path
    intro = text_of(page(site, "training/courses/intro"))
    assert "There is no place to book and no date to keep. Start it on the learning portal" in intro
    assert "cancel your place" not in intro and "Book a place" not in intro
    assert "If you cannot go after all, cancel your place there" in text_of(page(site, "training/courses/core"))
    cancelled = text_of(page(site, "training/sessions/core-2027-02"))
    assert "This session is cancelled, so there is nothing to book." in cancelled


def test_availability_says_when_it_was_last_updated(training_sites):
    text = text_of(page(training_sites[0], "training/calendar"))
    assert "what the learning portal showed on the date beside them" in text
    html = page(training_sites[0], "training/sessions/core-2027-02")
    assert "as of" not in text_of(html).split("How to book")[0], "a cancelled session has no availability to date"


def test_every_rrule_ends_within_the_published_window_and_each_feed_says_so(training_sites):
    site = training_sites[0]
    through = window_end(TODAY, 12)
    rules = 0
    for file in ics_files(site):
        text = file.read_bytes().decode("utf-8")
        [calendar] = list(vobject.readComponents(text, validate=True))
        for event in calendar.contents.get("vevent", []):
            for rule in event.contents.get("rrule", []):
                parts = dict(part.split("=", 1) for part in rule.value.split(";"))
                if parts["FREQ"] == "DAILY":
                    assert "COUNT" in parts, file.name  # the days of one course over several days
                    continue
                rules += 1
                assert "UNTIL" in parts and "COUNT" not in parts, f"{file.name}: {rule.value}"
                until = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%SZ").date()
                assert until <= through, f"{file.name}: {rule.value} runs past {through}"
        assert f"It runs 12 months ahead (to {through:%-d %B %Y})" in calendar.contents["x-wr-caldesc"][0].value, file.name
    assert rules >= 2
    assert f"they hold the dates up to {through:%-d %B %Y}" in text_of(page(site, "training/calendar"))


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("https://learning.example.gov.uk/courses/{code}", "may hold only {course} and {session}"),
        ("https://learning.example.gov.uk/courses/", "needs {course}"),
        ("learning.example.gov.uk/{course}", "should start with https://"),
    ],
)
def test_a_wrong_booking_link_template_is_named(tmp_path, capsys, link, message):
    root = make_hub(tmp_path / "hub", hub_settings={"booking": {"name": "the portal", "url": "https://learning.example.gov.uk/", "course_link": link}})
    code = main(["--root", str(root), "check", "--today", TRAINING_TODAY])
    out = capsys.readouterr().out
    assert code == 1 and "course_link" in out and message in out and "Traceback" not in out
