"""Induction pathways: the model's and checks' findings (each at its path:line), page steps, who to ask,
the deadline check against the sessions with places, and what the built pages carry for pathway.js."""

from __future__ import annotations

import gzip
import re
from datetime import date, timedelta
from html import unescape

import pytest
from conftest import FIXTURES, ROOT, TRAINING_TODAY, build, make_hub

from practice_hub.loader import load_hub
from practice_hub.pathways.checks import CALENDAR_MONTHS, booked_by_date, course_dates, first_days, unmeetable_start_days
from practice_hub.pathways.model import DUE_PERIODS
from practice_hub.pathways.views import day_words, period_span, step_target
from practice_hub.training.model import occurrences

PATHWAY = (FIXTURES / "minimal/resources/pathways/newcomer.yml").read_text(encoding="utf-8")
PATH = "resources/pathways/newcomer.yml"
END = PATHWAY.count("\n")  # a step appended to the fixture pathway starts on line END + 1
TODAY = date.fromisoformat(TRAINING_TODAY)
COURSES = (FIXTURES / "minimal/resources/courses.yml").read_text(encoding="utf-8")


def step(**fields) -> str:
    lines = [f"  - due: {fields.pop('due', 'first-six-months')}"]
    lines += [f"    {key}: {value}" for key, value in fields.items()]
    lines.append("    why: It matters.")
    return "\n".join(lines) + "\n"


def load(tmp_path, *steps: str, today: date = TODAY, files: dict | None = None):
    root = make_hub(tmp_path / "hub", files={PATH: PATHWAY + "".join(steps), **(files or {})})
    return load_hub(root, today=today)


def findings(tmp_path, *steps: str, **kwargs) -> list[str]:
    return [str(f) for f in load(tmp_path, *steps, **kwargs)[1]]


# --- the model and the references ----------------------------------------------------------


def test_the_fixture_pathway_is_clean(tmp_path):
    assert findings(tmp_path) == []


def test_a_page_step_links_to_a_page_of_the_hub(tmp_path):
    hub, found = load(tmp_path, step(page="glossary", formerly="task:use-glossary"), step(page="guides/alpha.md"))
    assert found == []
    glossary, alpha = hub.pathways["newcomer"].steps[-2:]
    assert glossary.key == "page:glossary" and alpha.key == "page:guides/alpha"
    assert step_target(hub, glossary) == {"kind_title": "Read", "title": "Glossary", "url": "glossary/", "action": "Read the page"}
    assert step_target(hub, alpha)["url"] == "guides/alpha/"


def test_a_page_that_does_not_exist_is_a_finding_with_a_hint(tmp_path):
    assert findings(tmp_path, step(page="glosary")) == [
        f"{PATH}:{END + 2}: there is no page 'glosary' under docs/ (did you mean 'glossary'?)",
    ]
    assert findings(tmp_path / "see", step(task="Look something up", id="look-up", see="libary")) == [
        f"{PATH}:{END + 4}: there is no page 'libary' under docs/ (did you mean 'library'?)",
    ]


@pytest.mark.parametrize(
    ("fields", "line", "message"),
    [
        ({"guide": "alpha", "id": "alpha-again"}, 1, "only a task step takes an 'id'"),
        ({"guide": "alpha", "see": "library"}, 1, "'see' is for a task step"),
        ({"task": "Do it"}, 1, "a task step needs an 'id'"),
        ({"page": "About us"}, 2, "'page' should be a page's path under docs/, in lower case, such as about/framework, not 'About us'"),
        ({"guide": "alpha", "page": "glossary"}, 1, "exactly one of"),
    ],
)
def test_malformed_steps_are_findings_at_their_line(tmp_path, fields, line, message):
    found = findings(tmp_path, step(**fields))
    assert len(found) == 1 and found[0].startswith(f"{PATH}:{END + line}: ") and message in found[0], found


def test_steps_can_point_to_a_course(tmp_path):
    """A course step resolves to the course page; a misspelt course is one finding, at its line."""
    hub, found = load(tmp_path, step(course="intro", due="within-two-months"))
    assert found == []
    target = step_target(hub, hub.pathways["newcomer"].steps[-1])
    assert (target["title"], target["url"]) == ("Introduction e-learning", "training/courses/intro/")
    found = findings(tmp_path / "other", step(course="intr", due="within-two-months"))
    assert found == [f"{PATH}:{END + 2}: course 'intr' does not exist (did you mean 'intro'?)"]


# --- the deadline check ------------------------------------------------------------------


def test_a_course_due_before_its_next_date_with_places_is_a_finding(tmp_path):
    """The fixture's core programme: December is full, February cancelled, the next with places is June."""
    found = findings(tmp_path, step(course="core", due="within-two-months"))
    assert found == [
        f"{PATH}:{END + 1}: 'Core programme' is due within your first two months (61 days), but someone who starts on"
        " 1 August 2026 cannot get a place in time: the next date with places is 15 June 2027, 318 days later"
        " (and 256 other start days in the next 12 months) (give the step a longer due period, or add dates with places to resources/sessions.yml)"
    ]


def test_the_check_counts_a_dates_first_day_and_tries_every_start_day(tmp_path):
    hub, _ = load(tmp_path, step(course="core", due="within-two-months"))
    dates = course_dates(hub, "core", TODAY, date(2028, 1, 1))
    assert dates == [(date(2027, 6, 15), 2)], "full and cancelled dates have no places; a two-day course counts from its first day"
    bad = unmeetable_start_days(hub, "core", 61)
    assert bad[0] == (TODAY, date(2027, 6, 15))
    # from 15 April 2027 the June date is within 61 days: those start days are fine
    assert date(2027, 4, 14) in [day for day, _ in bad] and date(2027, 4, 15) not in [day for day, _ in bad]
    assert len(bad) == (date(2027, 4, 15) - TODAY).days + (date(2027, 8, 1) - date(2027, 6, 16)).days


def test_a_period_long_enough_for_the_dates_passes(tmp_path):
    """The practice lead workshop runs every three months (by invitation, still booked for a date)."""
    assert findings(tmp_path, step(course="workshop", due="first-six-months")) == []
    found = findings(tmp_path / "short", step(course="workshop", due="within-two-months"))
    assert len(found) == 1 and "'Practice lead workshop' is due within your first two months (61 days), but someone who starts on" in found[0]


def test_e_learning_team_run_courses_and_unpublished_dates_are_not_checked(tmp_path):
    team = COURSES + (
        "  - id: team-time\n    title: Team learning time\n    summary: Time each month.\n    audiences: [social-workers]\n"
        "    length: 2 hours\n    formats: [face-to-face]\n    how_often: Monthly\n    booking: team\n"
    )
    hub, found = load(tmp_path, step(course="team-time"), step(course="briefing"), files={"resources/courses.yml": team})
    assert found == [], "no date of the briefing is published at all: the page says what to do"
    courses = hub.courses
    assert [booked_by_date(courses[c]) for c in ("intro", "team-time", "core", "workshop")] == [False, False, True, True]


def test_the_shipped_pathways_can_be_met_on_the_days_the_tests_build_on():
    for day in (date.today(), date(2026, 11, 23), date(2026, 12, 1), date(2027, 1, 5)):
        _, found = load_hub(ROOT, today=day)
        assert [str(f) for f in found if f.path.startswith("resources/pathways/")] == [], day


def test_first_days_follow_the_training_calendars_own_rule(tmp_path):
    """pathways/checks.py reads a session's dates itself (a content type may not import another): the
    same dates as practice_hub/training/model.py gives, for every shipped session and the fixture's."""
    for root in (ROOT, make_hub(tmp_path / "hub")):
        hub, _ = load_hub(root, today=date(2026, 12, 1))
        through = date(2029, 1, 1)
        assert hub.training.usable
        for session in hub.training.usable:
            assert first_days(session, through) == [o.day for o in occurrences(session, through)], session.id


def test_due_periods_are_in_order_and_the_calendar_window_is_a_year():
    days = [d for _, d in DUE_PERIODS.values()]
    assert days == sorted(days) and CALENDAR_MONTHS == 12


def test_day_words():
    assert day_words(date(2027, 1, 12), 1) == "Tuesday 12 January 2027"
    assert day_words(date(2027, 1, 12), 2) == "Tuesday 12 and Wednesday 13 January 2027"
    assert day_words(date(2027, 3, 29), 5) == "Monday 29 March to Friday 2 April 2027"
    assert day_words(date(2027, 12, 31), 2) == "Friday 31 December 2027 and Saturday 1 January 2028"


# --- the built pages ---------------------------------------------------------------------------


def page(site, path) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def words(html: str) -> str:
    return re.sub(r" ([.,:;])", r"\1", " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()))


def test_shipped_steps_each_link_to_what_they_ask(shipped_site):
    hub, _ = load_hub(ROOT)
    html = page(shipped_site, "start/social-worker")
    about = re.search(r'<li class="hub-step"[^>]*data-step="page:about/framework".*?</li>', html, re.S).group(0)
    assert 'href="../../about/framework/"' in about and ">About the framework</a>" in about
    assert 'data-formerly="task:read-about-framework"' in about
    rota = words(re.search(r'<li class="hub-step"[^>]*data-step="task:join-supervision-rota".*?</li>', html, re.S).group(0))
    assert "Who to ask: your team manager, who keeps the rota. Not sure who that is? Email the Practice Excellence Team at practice.hub@example.gov.uk." in rota
    assert "To help: Group supervision mapping." in rota
    for pathway in hub.pathways.values():
        for item in pathway.steps:
            if item.kind == "task":
                assert item.ask or item.see, f"{pathway.id}: task '{item.id}' says neither who to ask nor where to look"


def test_a_course_step_shows_its_next_date_with_places_and_when_that_was_worked_out(shipped_site):
    html = page(shipped_site, "start/social-worker")
    core = re.search(r'<li class="hub-step"[^>]*data-step="course:core-programme".*?</li>', html, re.S).group(0)
    built = date.today()
    assert f"Places as of {built:%-d %B %Y}, when this page was made." in words(core)
    dates = re.search(r'data-dates="([^"]*)"', core).group(1).split()
    assert dates and dates == sorted(dates) and all(d >= built.isoformat() for d in dates)
    assert "2026-12-08" not in dates and "2027-02-09" not in dates, "full dates have no places"
    assert "Next date with places:" in words(core)
    # e-learning and a team's own time have no dates to book
    for key in ("course:introduction-e-learning", "course:practice-development-time"):
        assert "data-dates" not in re.search(rf'<li class="hub-step"[^>]*data-step="{key}".*?</li>', html, re.S).group(0)


def test_every_page_says_the_same_due_periods(shipped_site):
    hub, _ = load_hub(ROOT)
    start = words(page(shipped_site, "start"))
    assert period_span(hub.pathways["social-worker"]) == "from your first week to your first six months"
    assert period_span(hub.pathways["non-practice-staff"]) == "from your first week to your first two months"
    assert period_span(hub.pathways["partner-agency-worker"]) == "from your first month to your first six months"
    for pathway in hub.pathways.values():
        said = f"{len(pathway.steps)} steps, {period_span(pathway)}."
        assert said in start and said in words(page(shipped_site, f"start/{pathway.id}")), pathway.id
    assert "over your first six months" not in start


def test_the_home_page_carries_every_pathways_steps_for_carry_on(shipped_site):
    html = page(shipped_site, "")
    assert html.count("<template data-pathway=") == 6
    assert "data-hub-carry-on hidden" in html and "assets/hub/pathway.js" in html
    assert 'data-step="page:about/framework"' in html and 'data-due="in your first week"' in html


def test_quiz_steps_link_to_the_quiz_from_their_pathway(shipped_site):
    html = page(shipped_site, "start/social-worker")
    assert 'href="../../quizzes/three-columns/?from=social-worker"' in html
    assert 'id="social-worker-quiz-three-columns-step"' in html


def test_the_pathway_script_is_within_its_budget():
    script = (ROOT / "practice_hub/pathways/assets/pathway.js").read_bytes()
    assert len(gzip.compress(script, compresslevel=9, mtime=0)) <= 6 * 1024


def test_a_fixture_course_step_without_dates_says_what_to_do(tmp_path):
    root = make_hub(tmp_path / "hub", files={PATH: PATHWAY + step(course="briefing")})
    site = tmp_path / "site"
    result = build(root, site, env={"HUB_TODAY": TRAINING_TODAY})
    assert result.returncode == 0, result.stdout + result.stderr
    briefing = words(re.search(r'<li class="hub-step"[^>]*data-step="course:briefing".*?</li>', page(site, "start/newcomer"), re.S).group(0))
    assert "No date with places is published yet: join the waiting list on the learning portal and tell your manager." in briefing
    assert "Places as of 1 August 2026, when this page was made." in briefing
    assert timedelta(days=DUE_PERIODS["first-six-months"][1]) == timedelta(days=182)
