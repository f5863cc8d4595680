"""`hub new` for every kind of content: each makes a complete, commented file (or adds an entry to
its list file) that the check then guides to completion, line by line; filled in, it passes."""

from __future__ import annotations

import re

import pytest
from conftest import make_hub

from practice_hub.cli import main
from practice_hub.core.read import read_yaml

TODAY = "2026-11-23"


def _check(root, capsys) -> list[str]:
    capsys.readouterr()
    main(["--root", str(root), "check", "--today", TODAY])
    return capsys.readouterr().out.splitlines()


def _fill(text: str) -> str:
    """Do what an editor does: replace every piece of guidance and give each empty key a value."""
    count = iter(range(1, 1000))
    text = re.sub(r'"REPLACE: [^"]*"', lambda m: f'"Written by the editor, part {next(count)}"', text)
    text = re.sub(r"^REPLACE: .*$", "Written by the editor, in plain words.", text, flags=re.MULTILINE)
    fills = {
        "category": "mapping",
        "used_with": "[children]",
        "audience": "[social-workers]",
        "audiences": "[social-workers]",
        "formats": "[virtual]",
        "booking": "booking-system",
    }
    for key, value in fills.items():
        text = re.sub(rf"^(\s*){key}:(?: \[\])?(\s+#|$)", rf"\g<1>{key}: {value}\2", text, flags=re.MULTILINE)
    return text


@pytest.fixture
def hub(tmp_path):
    return make_hub(tmp_path / "hub")


def test_a_new_guide_is_complete_and_the_check_guides_it(hub, capsys):
    assert main(["--root", str(hub), "new", "guide", "Family safety circles"]) == 0
    made = hub / "docs/guides/family-safety-circles.md"
    out = _check(hub, capsys)
    mine = [line for line in out if line.startswith("docs/guides/family-safety-circles.md:")]
    assert any(":8: 'category' cannot be None (use one of" in line for line in mine)
    assert any("'used_with' list should have at least 1 item" in line for line in mine)
    assert sum("the template's guidance is still here" in line for line in mine) == 8
    text = made.read_text(encoding="utf-8")
    assert re.findall(r"^## (.+)$", text, re.MULTILINE) == [
        "What it is",
        "When to use it",
        "How to use it",
        "Worked example",
        "Common pitfalls",
        "Questions to ask",
    ]
    made.write_text(_fill(text), encoding="utf-8")
    assert [line for line in _check(hub, capsys) if "family-safety-circles" in line] == []


def test_a_new_quiz_and_a_new_pack(hub, capsys):
    assert main(["--root", str(hub), "new", "quiz", "Circles", "--guides", "alpha"]) == 0
    assert main(["--root", str(hub), "new", "pack", "Circles practice", "--guides", "alpha,beta"]) == 0
    assert (hub / "packs/circles-practice/handouts/case-study.md").is_file()
    out = _check(hub, capsys)
    assert any(line.startswith("quizzes/circles.yml:") and "guidance is still here" in line for line in out)
    assert any(line.startswith("packs/circles-practice/pack.md:") and "'audience' list" in line for line in out)
    assert any(line.startswith("packs/circles-practice/handouts/case-study.md:") for line in out)
    for path in (hub / "quizzes/circles.yml", hub / "packs/circles-practice/pack.md", hub / "packs/circles-practice/handouts/case-study.md"):
        path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert [line for line in _check(hub, capsys) if "circles" in line] == []


def test_a_course_and_a_session_are_added_to_their_lists(hub, capsys):
    courses = hub / "resources/courses.yml"
    before = courses.read_text(encoding="utf-8")
    assert main(["--root", str(hub), "new", "course", "Circles workshop"]) == 0
    assert courses.read_text(encoding="utf-8").startswith(before.rstrip("\n"))
    assert read_yaml(hub, courses).data["courses"][-1]["id"] == "circles-workshop"
    assert main(["--root", str(hub), "new", "session", "", "--course", "circles-workshop", "--start", "2027-03-09 09:30", "--format", "virtual"]) == 0
    session = read_yaml(hub, hub / "resources/sessions.yml").data["sessions"][-1]
    assert (session["id"], session["course"], session["start"]) == ("circles-workshop-2027-03-09", "circles-workshop", "2027-03-09 09:30")
    out = _check(hub, capsys)
    assert any(line.startswith("resources/courses.yml:") and "'booking' cannot be None" in line for line in out)
    assert any(line.startswith("resources/sessions.yml:") and "guidance is still here" in line for line in out)
    for path in (courses, hub / "resources/sessions.yml"):
        path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert [line for line in _check(hub, capsys) if line.startswith(("resources/courses.yml", "resources/sessions.yml"))] == []
    # The same id twice is refused, and the file is left alone.
    text = courses.read_text(encoding="utf-8")
    assert main(["--root", str(hub), "new", "course", "Circles workshop"]) == 1
    assert courses.read_text(encoding="utf-8") == text


def test_a_pathway_step_goes_where_it_is_due(hub, capsys):
    path = hub / "resources/pathways/newcomer.yml"
    assert main(["--root", str(hub), "new", "pathway-step", "Shadow a network meeting", "--pathway", "newcomer", "--due", "first-month"]) == 0
    assert main(["--root", str(hub), "new", "pathway-step", "pack:sample-workshop", "--pathway", "newcomer", "--due", "first-week"]) == 0
    steps = read_yaml(hub, path).data["steps"]
    assert [(s["due"], s.get("guide") or s.get("id") or s.get("quiz") or s.get("pack")) for s in steps] == [
        ("first-week", "alpha"),
        ("first-week", "meet-practice-lead"),
        ("first-week", "sample-workshop"),
        ("first-month", "sample"),
        ("first-month", "shadow-a-network-meeting"),
        ("within-two-months", "beta"),
    ]
    path.write_text(_fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert [line for line in _check(hub, capsys) if line.startswith("resources/pathways/")] == []


def test_a_list_that_is_not_last_is_left_alone_and_the_entry_printed(hub, capsys):
    courses = hub / "resources/courses.yml"
    text = courses.read_text(encoding="utf-8") + "\nnew_starter_note: kept last on purpose\n"
    courses.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(hub), "new", "course", "Circles workshop"]) == 1
    out = capsys.readouterr()
    assert courses.read_text(encoding="utf-8") == text
    assert "was not changed" in out.err and "- id: circles-workshop" in out.out


def test_usage_errors(hub, capsys):
    assert main(["--root", str(hub), "new", "session", "A session"]) == 2
    assert "--course" in capsys.readouterr().err
    assert main(["--root", str(hub), "new", "session", "A session", "--course", "cor"]) == 2
    assert "did you mean 'core'" in capsys.readouterr().err
    assert main(["--root", str(hub), "new", "pathway-step", "A task", "--pathway", "newcomr"]) == 2
    assert main(["--root", str(hub), "new", "quiz", "Circles", "--guides", "alpah"]) == 2
    assert not (hub / "quizzes/circles.yml").exists()
