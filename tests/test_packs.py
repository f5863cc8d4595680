"""Workshop packs: the checks (with file and line), the two views of one source,
the handout pages, the finder, the guide footers and the zip download."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from conftest import FIXTURES, ROOT, build, make_hub

from practice_hub.build import HubSite
from practice_hub.cli import main
from practice_hub.core.wording import duration_text
from practice_hub.loader import load_hub
from practice_hub.packs.checks import pack_links_exist, pack_prerequisites_exist
from practice_hub.packs.download import FIXED_TIME, pack_files, pack_zip
from practice_hub.packs.model import clock_at
from practice_hub.packs.views import course_title

PACK_DIR = FIXTURES / "minimal/packs/sample-workshop"
PACK = (PACK_DIR / "pack.md").read_text(encoding="utf-8")
SHORT = (FIXTURES / "minimal/packs/short-session/pack.md").read_text(encoding="utf-8")
CASE = (PACK_DIR / "handouts/case-study.md").read_text(encoding="utf-8")
PACK_FILE = "packs/sample-workshop/pack.md"

#: Text that only the facilitator may see: notes, preparation and model answers.
FACILITATOR_ONLY = [
    "FACILITATOR-NOTE-WELCOME",
    "FACILITATOR-NOTE-SORTING",
    "FACILITATOR-NOTE-CLOSE",
    "PREPARATION-NOTE",
    "MODEL-ANSWER-HARM",
    "MODEL-ANSWER-FACTOR",
    "Facilitator notes",
    "Answer:",
]


def findings_for(tmp_path, files):
    root = make_hub(tmp_path / "hub", files=files)
    return [str(f) for f in load_hub(root, today=date(2026, 11, 23))[1]]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The fixture hub, built once by real MkDocs for this module."""
    where = tmp_path_factory.mktemp("packs")
    hub = make_hub(where / "hub")
    result = build(hub, where / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "site"


def page(site, path):
    return (site / path).read_text(encoding="utf-8")


def main_text(html):
    """The page's article only (no navigation), tags removed."""
    article = html[html.index('<article class="md-content__inner') : html.index("</article>", html.rindex('class="hub-pack'))]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article))


# --- the checks ----------------------------------------------------------------------


def test_fixture_packs_are_clean(tmp_path):
    root = make_hub(tmp_path / "hub")
    hub, findings = load_hub(root, today=date(2026, 11, 23))
    assert findings == []
    assert sorted(hub.packs) == ["sample-workshop", "short-session"]
    pack = hub.packs["sample-workshop"]
    assert pack.planned_minutes == 60 and pack.handout_refs == ["case-study", "library:sample-handout"]
    assert [(s.title, start, end) for s, start, end in pack.schedule()] == [("Welcome", 0, 10), ("Sorting practice", 10, 50), ("Close", 50, 60)]
    assert pack.prerequisite_courses == ["core"] and pack.prerequisite_packs == ["short-session"]


def test_timings_that_do_not_add_up_fail_hub_check_with_path_and_line(tmp_path, capsys):
    root = make_hub(tmp_path / "hub", files={PACK_FILE: PACK.replace("    minutes: 40\n", "    minutes: 30\n")})
    assert main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        "packs/sample-workshop/pack.md:10: the segments add up to 50 minutes (10 + 30 + 10), but 'length_minutes' says 60 "
        "(add 10 minutes to the plan, or change length_minutes to 50)"
    ]
    assert "1 problem found" in out.err


def test_too_many_minutes_say_how_many_to_take_out(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace("length_minutes: 60", "length_minutes: 45")})
    assert found == [
        "packs/sample-workshop/pack.md:10: the segments add up to 60 minutes (10 + 40 + 10), but 'length_minutes' says 45 "
        "(take 15 minutes out of the plan, or change length_minutes to 60)"
    ]


def test_timings_that_do_not_add_up_fail_the_build(tmp_path):
    root = make_hub(tmp_path / "hub", files={PACK_FILE: PACK.replace("length_minutes: 60", "length_minutes: 75")})
    site = tmp_path / "site"
    result = build(root, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "packs/sample-workshop/pack.md:10: the segments add up to 60 minutes" in output
    assert "Traceback" not in output and not site.exists()


def test_missing_handouts_are_named_with_their_line(tmp_path):
    text = PACK.replace("handouts: [case-study, library:sample-handout]", "handouts: [case-studdy, library:sample-handot, sample-handout]")
    found = findings_for(tmp_path, {PACK_FILE: text})
    assert "packs/sample-workshop/pack.md:33: handout 'case-studdy' is not a file in packs/sample-workshop/handouts/ (did you mean 'case-study'?)" in found
    assert "packs/sample-workshop/pack.md:33: handout 'library:sample-handot' is not in the resource library (did you mean 'sample-handout'?)" in found
    assert (
        "packs/sample-workshop/pack.md:33: handout 'sample-handout' is not a file in packs/sample-workshop/handouts/ (for the resource library's 'sample-handout', write 'library:sample-handout')"
        in found
    )
    # the case study is now used by no segment, which is a problem of its own
    assert (
        "packs/sample-workshop/handouts/case-study.md:1: no segment of the session plan uses this handout, so it would never be printed "
        "(list 'case-study' under a segment's 'handouts' in packs/sample-workshop/pack.md, or delete the file)" in found
    )
    assert len(found) == 4


def test_handout_list_items_on_their_own_lines_are_pointed_at(tmp_path):
    text = PACK.replace("    handouts: [case-study, library:sample-handout]\n", "    handouts:\n      - case-study\n      - library:nothing-here\n")
    found = findings_for(tmp_path, {PACK_FILE: text})
    assert found == ["packs/sample-workshop/pack.md:35: handout 'library:nothing-here' is not in the resource library (use one of 'sample-handout')"]


def test_only_markdown_handouts_in_the_folder(tmp_path):
    found = findings_for(tmp_path, {"packs/sample-workshop/handouts/map.docx": "x"})
    assert found == [
        "packs/sample-workshop/handouts/map.docx:1: only Markdown handouts (.md) belong in a pack's handouts folder "
        "(add other files to the resource library (resources/library.yml) and use them as 'library:<id>')"
    ]


def test_handout_needs_a_title(tmp_path):
    found = findings_for(tmp_path, {"packs/sample-workshop/handouts/case-study.md": CASE.replace("title: Case study\n", "")})
    assert found == ["packs/sample-workshop/handouts/case-study.md:2: 'title' is missing (add a line 'title: …')"]


def test_macros_are_not_filled_in_in_handouts(tmp_path):
    found = findings_for(
        tmp_path, {"packs/sample-workshop/handouts/case-study.md": CASE.replace("## What happened", "Write to {{ hub.mailbox }}.\n\n## What happened")}
    )
    assert found == [
        "packs/sample-workshop/handouts/case-study.md:10: packs and handouts are plain Markdown: '{{ … }}' and '{% … %}' are not filled in "
        "(write the words themselves (for the team mailbox, write it out))"
    ]


def test_links_to_hub_pages_are_refused_in_handouts(tmp_path):
    text = CASE.replace("There are CP worries.", "There are CP worries: see [the guide](../../docs/guides/alpha.md) or [a site](https://example.org).")
    found = findings_for(tmp_path, {"packs/sample-workshop/handouts/case-study.md": text})
    assert found == [
        "packs/sample-workshop/handouts/case-study.md:12: a link to another page of the hub would break in the pack's printable download "
        "(name the guide or quiz in words instead: the pack links its guides and quizzes for you)"
    ]


def test_prerequisite_pack_must_exist(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace("pack:short-session", "pack:short-sesion")})
    assert found == ["packs/sample-workshop/pack.md:6: prerequisite pack 'short-sesion' does not exist (did you mean 'short-session'?)"]


def test_prerequisites_must_not_go_round_in_a_circle(tmp_path):
    short = SHORT.replace("audience: [all-staff]\n", "audience: [all-staff]\nprerequisites: [pack:sample-workshop]\n")
    found = findings_for(tmp_path, {"packs/short-session/pack.md": short})
    assert found == [
        "packs/sample-workshop/pack.md:6: the prerequisites go round in a circle: sample-workshop -> short-session -> sample-workshop "
        "(a pack cannot (even indirectly) need itself first: remove one of these prerequisites)"
    ]


def test_a_pack_cannot_need_itself(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace("pack:short-session", "pack:sample-workshop")})
    assert found == ["packs/sample-workshop/pack.md:6: pack 'sample-workshop' lists itself as a prerequisite (remove it from 'prerequisites')"]


def test_prerequisite_reference_format(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace("course:core,", "core,")})
    assert found == [
        "packs/sample-workshop/pack.md:6: 'prerequisites' has 'core', which is not a reference: write 'course:<id>' for a training course "
        "or 'pack:<id>' for another pack, for example 'course:core-12-hour' (see the README's content guide for this field)"
    ]


def test_course_references_are_checked_against_the_training_catalogue(tmp_path):
    text = PACK.replace("course:core,", "course:cor,").replace("courses: [workshop]", "courses: [workshops]")
    found = findings_for(tmp_path, {PACK_FILE: text})
    assert found == [
        "packs/sample-workshop/pack.md:6: prerequisite course 'cor' is not in the training catalogue (did you mean 'core'?)",
        "packs/sample-workshop/pack.md:18: course 'workshops' is not in the training catalogue (did you mean 'workshop'?)",
    ]


def test_course_references_wait_for_a_training_catalogue(tmp_path):
    root = make_hub(tmp_path / "hub", files={PACK_FILE: PACK.replace("course:core,", "course:not-yet-listed,")})
    hub, findings = load_hub(root)
    assert [str(f) for f in findings] == [
        "packs/sample-workshop/pack.md:6: prerequisite course 'not-yet-listed' is not in the training catalogue (use one of 'briefing', 'core', 'intro', 'webinars', 'workshop')"
    ]
    hub.training.courses.clear()  # a hub with no catalogue yet: course references cannot be checked, so they are not
    assert list(pack_prerequisites_exist(hub)) == [] and list(pack_links_exist(hub)) == []


def test_a_pack_that_delivers_a_course_lasts_as_long_as_it(tmp_path):
    """'delivers: <course id>' says the pack is that course's material: their lengths must agree.
    'courses' stays "related courses" and is never compared."""
    # The 60-minute sample delivering the 90-minute briefing: a finding at length_minutes.
    found = findings_for(tmp_path / "a", {PACK_FILE: PACK.replace("courses: [workshop]", "courses: [workshop]\ndelivers: briefing")})
    assert found == [
        "packs/sample-workshop/pack.md:10: the pack lasts 1 hour, but the course it delivers, 'Partner briefing', lasts 90 minutes (resources/courses.yml)"
        " (make them agree: change the plan and 'length_minutes', or the course's 'length'; or, if the pack is not that course's material,"
        " remove 'delivers' (and list the course under 'courses'))"
    ]
    # Half a day (the workshop) is 3 to 4 hours: a 60-minute pack is not it; a course in words with no time is not compared.
    assert len(findings_for(tmp_path / "b", {PACK_FILE: PACK.replace("courses: [workshop]", "courses: [workshop]\ndelivers: workshop")})) == 1
    assert findings_for(tmp_path / "c", {PACK_FILE: PACK.replace("courses: [workshop]", "courses: [workshop]\ndelivers: core")}) == []
    # A 90-minute related course under 'courses' alone is fine; an unknown course under 'delivers' is named.
    assert findings_for(tmp_path / "d", {PACK_FILE: PACK.replace("courses: [workshop]", "courses: [workshop, briefing]")}) == []
    assert findings_for(tmp_path / "e", {PACK_FILE: PACK.replace("courses: [workshop]", "courses: [workshop]\ndelivers: brefing")}) == [
        "packs/sample-workshop/pack.md:19: 'delivers' names course 'brefing', which is not in the training catalogue (did you mean 'briefing'?)"
    ]


def test_guides_and_quizzes_must_exist(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace("guides: [alpha]", "guides: [alpah]").replace("quizzes: [sample]", "quizzes: [sampel]")})
    assert found == [
        "packs/sample-workshop/pack.md:16: guide 'alpah' does not exist (did you mean 'alpha'?)",
        "packs/sample-workshop/pack.md:17: quiz 'sampel' does not exist (did you mean 'sample'?)",
    ]


def test_id_must_match_the_folder(tmp_path):
    found = findings_for(
        tmp_path, {"packs/other-name/pack.md": SHORT.replace("id: short-session", "id: renamed-session"), "packs/short-session/pack.md": SHORT}
    )
    assert found == [
        "packs/other-name/pack.md:2: the id 'renamed-session' does not match the pack's folder (rename the folder to packs/renamed-session/ or change the id)"
    ]


def test_folder_without_pack_md(tmp_path):
    found = findings_for(tmp_path, {"packs/half-done/handouts/notes.md": "---\ntitle: Notes\n---\n"})
    assert found == ["packs/half-done:1: the folder packs/half-done/ has no pack.md (add a pack.md (copy one from another pack), or remove the folder)"]


def test_misspelt_segment_kind_and_group_size(tmp_path):
    text = PACK.replace("kind: small-groups", "kind: small-group").replace("  min: 4\n  max: 12", "  min: 14\n  max: 12")
    found = findings_for(tmp_path, {PACK_FILE: text})
    assert (
        "packs/sample-workshop/pack.md:30: 'kind' cannot be 'small-group' (did you mean 'small-groups'? (use one of 'break', 'close', 'demonstration', 'discussion', 'pairs', 'practice', 'presentation', 'quiz', 'reflection', 'role-play', 'small-groups', 'welcome'))"
        in found
    )
    assert (
        "packs/sample-workshop/pack.md:7: 'group_size' runs from 14 to 12 people: 'min' must not be more than 'max' (see the README's content guide for this field)"
        in found
    )


def test_long_session_without_a_break_is_a_warning_not_an_error(tmp_path, capsys):
    text = PACK.replace("length_minutes: 60", "length_minutes: 150").replace("    minutes: 40\n", "    minutes: 130\n")
    root = make_hub(tmp_path / "hub", files={PACK_FILE: text})
    assert main(["--root", str(root), "check"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "packs/sample-workshop/pack.md:22: the session lasts 2 hours 30 minutes with no break in the plan "
        "(add a segment with 'kind: break' (sessions over 2 hours need one))"
    ]


def test_session_must_end_the_same_day(tmp_path):
    found = findings_for(tmp_path, {PACK_FILE: PACK.replace('default_start: "09:30"', 'default_start: "23:30"')})
    assert found == [
        "packs/sample-workshop/pack.md:11: starting at 23:30, the 1 hour session would end after midnight (00:30) (choose an earlier default_start)"
    ]


def test_overdue_packs_are_in_the_review_report(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert main(["--root", str(root), "check", "--reviews", "--today", "2027-02-01"]) == 0
    out = capsys.readouterr().out
    assert "packs/sample-workshop/pack.md:20: overdue: 'Sample workshop' was due for review on 15 January 2027 (owner: Practice Excellence Team)" in out


# --- small pieces -------------------------------------------------------------------


def test_clock_and_duration():
    assert clock_at("09:30", 0) == "09:30" and clock_at("09:30", 95) == "11:05" and clock_at("23:50", 20) == "00:10"
    assert [duration_text(m) for m in (30, 60, 90, 120, 210, 1)] == ["30 minutes", "1 hour", "1 hour 30 minutes", "2 hours", "3 hours 30 minutes", "1 minute"]


def test_markdown_is_rendered_with_abbreviations_and_prefixed_heading_ids(tmp_path):
    hub, _ = load_hub(make_hub(tmp_path / "hub"))
    html = str(HubSite(hub).views.markdown("## The family\n\nThere are CP worries.", baselevel=2, id_prefix="handout-x-"))
    # The text's own top headings take the level asked for, so no heading level is skipped on the page.
    assert '<h2 id="handout-x-the-family">The family</h2>' in html
    assert '<abbr title="Child protection">CP</abbr>' in html


def test_course_titles_read_well_before_the_catalogue_arrives(tmp_path):
    hub, _ = load_hub(make_hub(tmp_path / "hub"))
    assert [course_title(hub, c) for c in ("core-12-hour", "e-learning-introduction", "safety-planning-workshop")] == [
        "Core 12-hour",
        "E-learning introduction",
        "Safety planning workshop",
    ]

    class Course:
        title = "Signs of Safety core training (12 hours)"

    hub.training.courses["core-12-hour"] = Course()
    assert course_title(hub, "core-12-hour") == "Signs of Safety core training (12 hours)"


# --- the built pages ------------------------------------------------------------------


def test_participant_view_has_no_facilitator_notes_and_no_answers(site):
    facilitator = main_text(page(site, "packs/sample-workshop/index.html"))
    participant = main_text(page(site, "packs/sample-workshop/participant/index.html"))
    for text in FACILITATOR_ONLY:
        assert text in facilitator, text
        assert text not in participant, text
    for shared in (
        "Which statement is the harm?",
        "What is a complicating factor here?",
        "Sort worries into the three columns.",
        "Read the case study and sort the worries.",
    ):
        assert shared in facilitator and shared in participant, shared
    assert "CASE-STUDY-TEXT" in participant, "the participant view carries the handouts themselves"


def test_facilitator_view_has_clock_times_from_the_default_start(site):
    html = page(site, "packs/sample-workshop/index.html")
    assert re.search(
        r'<time class="hub-clock" data-offset="50" datetime="10:20">10:20</time> to <time class="hub-clock" data-offset="60" datetime="10:30">10:30</time>:</span> Close',
        html,
    )
    assert re.search(r'<form class="hub-pack-start" data-hub-pack-start="09:30" data-length="60" hidden>', html)
    assert 'src="../../assets/hub/packs.js"' in html and 'href="../../assets/hub/packs.css"' in html
    short = page(site, "packs/short-session/index.html")
    assert 'datetime="13:00">13:00</time> to <time class="hub-clock" data-offset="20" datetime="13:20">13:20</time>' in short


def test_facilitator_view_links_to_everything_it_names(site):
    html = page(site, "packs/sample-workshop/index.html")
    for href in (
        'href="../../guides/alpha/"',
        'href="../../quizzes/sample/"',
        'href="participant/"',
        'href="handouts/case-study/"',
        'href="../../downloads/sample-handout.txt" download',
        'href="sample-workshop.zip" download',
        'href="../short-session/"',
    ):
        assert href in html, href
    assert 'the course <a href="../../training/courses/core/">“Core programme”</a></li>' in html
    assert 'Course: <a href="../../training/courses/workshop/">Practice lead workshop</a></li>' in html
    size = (site / "packs/sample-workshop/sample-workshop.zip").stat().st_size
    assert f"(zip, {round(size / 1024)} KB)" in html, "the page states the real size of the download"
    assert "Last reviewed 15 January 2026 by the Practice Excellence Team. Next review due 15 January 2027." in html


def test_handout_page_is_printable_on_its_own(site):
    html = page(site, "packs/sample-workshop/handouts/case-study/index.html")
    assert "<title>Case study - Practice Learning Hub</title>" in html
    assert '<h2 id="the-family">The family</h2>' in html and "CASE-STUDY-TEXT" in html
    assert 'href="../../participant/"' in html and 'href="../../../../assets/hub/packs.css"' in html
    for text in FACILITATOR_ONLY:
        assert text not in main_text(html)


def test_finder_lists_every_pack_with_filter_values(site):
    html = page(site, "packs/index.html")
    assert '<form data-pagefind-ignore class="hub-filter" data-hub-filter-for="pack-list" data-noun="packs" aria-label="Filter the packs" hidden>' in html
    # Each pack carries every length it fits in ("up to" is inclusive) and every group size it works with.
    assert re.search(
        r'<li class="hub-card" id="pack-sample-workshop" data-filter-item data-filter-audience="social-workers managers" '
        r'data-filter-length="up-to-60 up-to-90 up-to-half-day" data-filter-people="4 6 8 10 12" data-filter-topic="mapping">\s*<a href="sample-workshop/">Sample workshop</a>',
        html,
    )
    assert re.search(
        r'id="pack-short-session" data-filter-item data-filter-audience="all-staff" data-filter-length="up-to-30 up-to-60 up-to-90 up-to-half-day" '
        r'data-filter-people="2 4 6 8 10 12 15 20 25 30"',
        html,
    )
    assert '<option value="up-to-30">Up to 30 minutes</option>' in html and '<option value="8">8 people</option>' in html
    assert 'Before this: the course <a href="../training/courses/core/">Core programme</a>; <a href="short-session/">Short session</a>.' in html


def test_guide_footer_lists_its_workshop_packs(site):
    html = page(site, "guides/alpha/index.html")
    html = html[html.index('class="hub-guide-foot"') :]
    assert '<h2 id="workshop-packs">Workshop packs</h2>' in html
    assert '<a href="../../packs/sample-workshop/">Sample workshop</a> (1 hour)' in html
    assert "Short session" not in html  # it goes with beta, not alpha
    assert '<a href="../../packs/short-session/">Short session</a> (30 minutes)' in page(site, "guides/beta/index.html")


# --- the download -------------------------------------------------------------------


def test_zip_holds_what_the_pack_lists(site, tmp_path):
    data = (site / "packs/sample-workshop/sample-workshop.zip").read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    assert names == sorted(names)
    assert names == [
        "sample-workshop/README.txt",
        "sample-workshop/facilitator-pack.html",
        "sample-workshop/handouts/case-study.html",
        "sample-workshop/handouts/sample-handout.txt",
        "sample-workshop/packs.js",
        "sample-workshop/participant-handouts.html",
        "sample-workshop/print.css",
    ]
    read = lambda name: archive.read("sample-workshop/" + name).decode("utf-8")
    assert read("handouts/sample-handout.txt") == (FIXTURES / "minimal/resources/downloads/sample-handout.txt").read_text()
    assert "CASE-STUDY-TEXT" in read("handouts/case-study.html")
    facilitator, participant = read("facilitator-pack.html"), read("participant-handouts.html")
    for text in FACILITATOR_ONLY:
        assert text in facilitator and text not in participant, text
    # every handout the pack lists is linked from the facilitator pack, at its place in the zip
    assert 'href="handouts/case-study.html"' in facilitator and 'href="handouts/sample-handout.txt" download' in facilitator
    assert '<link rel="stylesheet" href="print.css">' in facilitator and '<script src="packs.js" defer></script>' in facilitator
    assert '<link rel="stylesheet" href="../print.css">' in read("handouts/case-study.html")
    assert "://" not in facilitator, "the download loads and links nothing outside itself"
    assert "@media print" in read("print.css") and "break-before: page" in read("print.css")
    readme = read("README.txt")
    assert (
        readme.startswith("Sample workshop\n===============\n")
        and "handouts/sample-handout.txt\n    Sample handout (Plain text, from the resource library)." in readme
    )


def test_zip_is_deterministic(site, tmp_path):
    data = (site / "packs/sample-workshop/sample-workshop.zip").read_bytes()
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert {i.date_time for i in infos} == {FIXED_TIME}
    assert {i.external_attr >> 16 for i in infos} == {0o644}
    root = make_hub(tmp_path / "hub")
    hub, _ = load_hub(root)
    again = pack_zip(HubSite(hub).views, hub.packs["sample-workshop"])
    assert again == data == pack_zip(HubSite(hub).views, hub.packs["sample-workshop"])
    assert set(pack_files(HubSite(hub).views, hub.packs["sample-workshop"])) == {i.filename for i in infos}


# --- the shipped packs ------------------------------------------------------------------

REQUIRED_PACKS = {
    "safety-planning-workshop",
    "timeline-trajectory-workshop",
    "analysing-harm-workshop",
    "group-supervision-session",
    "bite-size-strengths-and-safety",
    "danger-statements-and-safety-goals",
    "scaling-practice",
    "hearing-and-telling-children",
    "partner-agency-briefing",
}


def test_shipped_packs_are_complete_and_checked():
    hub, findings = load_hub(ROOT, today=date(2026, 11, 23))
    assert [str(f) for f in findings if f.path.startswith("packs/")] == []
    assert len(hub.packs) >= 8 and set(hub.packs) >= REQUIRED_PACKS
    for pack in hub.packs.values():
        assert pack.planned_minutes == pack.length_minutes, pack.id
        assert pack.guides and pack.quizzes and pack.courses, f"{pack.id} links to its guides, quiz and course"
        assert any(s.exercise for s in pack.segments), f"{pack.id} has an exercise with answers"
        assert pack.body.strip(), f"{pack.id} has notes for before the session"
    assert hub.packs["bite-size-strengths-and-safety"].length_minutes == 30
    rota = hub.packs["group-supervision-session"]
    text = " ".join(s.facilitator_notes + s.participants for s in rota.segments) + " ".join(h.body for h in rota.handout_pages.values())
    assert all(role in text for role in ("presenter", "facilitator", "adviser", "rota"))
    assert "partners" in hub.packs["partner-agency-briefing"].audience


def test_every_shipped_pack_has_its_pages_and_a_zip_of_all_it_lists(shipped_site):
    from practice_hub.packs.views import download_name

    hub, _ = load_hub(ROOT)
    for pack in hub.packs.values():
        for page_path in ("index.html", "participant/index.html", *(f"handouts/{name}/index.html" for name in pack.handout_pages)):
            assert (shipped_site / "packs" / pack.id / page_path).is_file(), (pack.id, page_path)
        archive = zipfile.ZipFile(shipped_site / "packs" / pack.id / f"{pack.id}.zip")
        names = set(archive.namelist())
        listed = {f"{pack.id}/{download_name(hub, ref)}" for ref in pack.handout_refs}
        assert listed <= names, (pack.id, listed - names)
        assert names - listed == {f"{pack.id}/{n}" for n in ("README.txt", "facilitator-pack.html", "participant-handouts.html", "print.css", "packs.js")}
        participant = archive.read(f"{pack.id}/participant-handouts.html").decode("utf-8")
        for segment in pack.segments:
            assert segment.facilitator_notes.split("\n")[0][:60] not in participant, (pack.id, segment.title)
            for question in segment.exercise.questions if segment.exercise else []:
                assert question.answer[:60] not in participant, (pack.id, question.ask)
    guide = (shipped_site / "guides/safety-plans/index.html").read_text(encoding="utf-8")
    assert '<h2 id="workshop-packs">Workshop packs</h2>' in guide and 'href="../../packs/safety-planning-workshop/">Safety Planning workshop</a>' in guide


def test_download_pages_are_valid_html(site, tmp_path):
    import json
    import shutil
    import subprocess

    vnu = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    java = shutil.which("java")
    assert java and vnu.is_file(), "Java and the Nu HTML Checker are missing: run 'make test', which installs them"
    zipfile.ZipFile(site / "packs/sample-workshop/sample-workshop.zip").extractall(tmp_path)
    pages = sorted(str(p) for p in tmp_path.rglob("*.html"))
    assert len(pages) == 3
    result = subprocess.run([java, "-jar", str(vnu), "--errors-only", "--format", "json", *pages], capture_output=True, text=True, timeout=300)
    assert [m["message"] for m in json.loads(result.stderr or '{"messages": []}')["messages"] if m.get("type") == "error"] == []
    css = subprocess.run(
        [java, "-jar", str(vnu), "--css", "--errors-only", "--format", "json", str(tmp_path / "sample-workshop/print.css")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert [m["message"] for m in json.loads(css.stderr or '{"messages": []}')["messages"] if m.get("type") == "error"] == []
