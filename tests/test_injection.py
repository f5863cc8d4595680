"""Content is data: what an attacker could paste into any text field never runs, never reads a
file and never reaches a page as markup.

Each payload goes into text fields of every content type of the fixture hub. Markup, scripts
and javascript: links are refused by the check with the field's file and line; template syntax
is shown as text in every output (pages, search index, calendar feeds, quiz exports, the feed,
the pack download), never run.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import build, index_entries, make_hub

from practice_hub.loader import load_hub

# Where each payload goes: (file, the text there now, how the field is written with the payload in it).
# YAML values are written as JSON strings (valid YAML), so the payload is the value exactly.
FIELDS = [
    ("resources/courses.yml", "title: Core programme", "title: {}"),
    ("resources/courses.yml", "summary: The full programme for staff who work with families.", "summary: {}"),
    ("resources/sessions.yml", "place: Council offices, training room 2", "place: {}"),
    ("quizzes/sample.yml", "title: Sample quiz", "title: {}"),
    ("quizzes/sample.yml", "introduction: One question of every type, for the tests.", "introduction: {}"),
    ("quizzes/sample.yml", "prompt: Which column holds the worries?", "prompt: {}"),
    ("docs/guides/alpha.md", "title: Guide alpha", "title: {}"),
    ("docs/guides/alpha.md", "summary: A fixture guide called alpha.", "summary: {}"),
    ("packs/sample-workshop/pack.md", "title: Sample workshop", "title: {}"),
    ("packs/sample-workshop/pack.md", "facilitator_notes: FACILITATOR-NOTE-WELCOME Keep it brief.", "facilitator_notes: {}"),
    ("resources/glossary.yml", "definition: Work to protect a child at risk of significant harm.", "definition: {}"),
    ("resources/library.yml", "description: A handout for the tests.", "description: {}"),
    ("resources/pathways/newcomer.yml", "why: It is the first tool you will use.", "why: {}"),
    ("resources/pathways/newcomer.yml", "task: Meet your practice lead", "task: {}"),
]
# Markdown bodies: (file, a line of its body, to which the payload is added as a paragraph).
BODIES = [
    ("docs/guides/alpha.md", "## What it is"),
    ("docs/examples/2025-11-alpha-in-a-meeting.md", "## What we did"),
    ("docs/practice-focus/scaling.md", "## What it is"),
    ("packs/sample-workshop/handouts/case-study.md", "## What happened"),
]

MARKUP = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "[read this](javascript:alert(1))",
    "[read this](JaVa&#115;cript:alert(1))",
    '<a href=" javascript:alert(1)">x</a>',
    '<iframe src="https://example.com"></iframe>',
    "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<p style="position:fixed">x</p>',
]
TEMPLATE = "J{{ 1*1000 }}J {{ cycler.__init__.__globals__.os.popen('echo PW-NED | tr -d -').read() }} {% if true %}IF{{ 'RAN' }}{% endif %} {# hidden #}"
#: What only running the template could write: the payload as text holds none of them.
RAN = ("J1000J", "PWNED", "IFRAN")


def _put(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _inject_field(root: Path, field: tuple[str, str, str], payload: str) -> None:
    rel, old, template = field
    _put(root, rel, old, template.format(json.dumps(payload)))


def _inject_body(root: Path, body: tuple[str, str], payload: str) -> None:
    rel, anchor = body
    _put(root, rel, anchor, f"{anchor}\n\n{payload}\n")


@pytest.mark.parametrize("payload", MARKUP)
def test_markup_in_any_field_is_refused_at_its_line(tmp_path, payload):
    for index, field in enumerate(FIELDS):
        root = make_hub(tmp_path / f"field-{index}")
        _inject_field(root, field, payload)
        rel, _, template = field
        written = template.format(json.dumps(payload))
        line = next(n for n, text in enumerate((root / rel).read_text(encoding="utf-8").splitlines(), start=1) if text.strip() == written)
        findings = [f for f in load_hub(root)[1] if f.severity == "error"]
        assert any(f.path == rel and f.line == line for f in findings), (field, payload, [str(f) for f in findings])


@pytest.mark.parametrize("payload", MARKUP)
def test_markup_in_any_markdown_body_is_refused_at_its_line(tmp_path, payload):
    for index, body in enumerate(BODIES):
        root = make_hub(tmp_path / f"body-{index}")
        _inject_body(root, body, payload)
        rel = body[0]
        lines = (root / rel).read_text(encoding="utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, start=1) if text == payload)
        findings = [str(f) for f in load_hub(root)[1] if f.severity == "error"]
        assert any(f.startswith(f"{rel}:{line}: this page holds ") for f in findings), (body, payload, findings)


def test_a_line_break_or_control_character_in_a_one_line_field_is_refused(tmp_path):
    for index, (value, what) in enumerate([("Core\nprogramme", "one line"), ("Core\u0007programme", "control character"), ("Core\u0000", "control character")]):
        root = make_hub(tmp_path / f"line-{index}")
        _inject_field(root, FIELDS[0], value)
        findings = [str(f) for f in load_hub(root)[1]]
        assert any(f.startswith("resources/courses.yml:") and what in f for f in findings), findings


@pytest.fixture(scope="module")
def template_site(tmp_path_factory):
    """The fixture hub with template syntax in every field and body, built by real MkDocs."""
    where = tmp_path_factory.mktemp("injected")
    root = make_hub(where / "hub")
    for field in FIELDS:
        _inject_field(root, field, TEMPLATE)
    for body in BODIES:
        if not body[0].startswith("packs/"):  # a pack's Markdown with {{ … }} is refused outright (test_packs.py)
            _inject_body(root, body, TEMPLATE)
    result = build(root, where / "site", env={"HUB_TODAY": "2026-08-01"})
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "site"


def _every_output(site: Path):
    for path in sorted(site.rglob("*")):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    yield f"{path.name}/{name}", archive.read(name).decode("utf-8", "replace")
        elif path.is_file() and path.suffix in (".html", ".json", ".ics", ".gift", ".xml", ".txt", ".js"):
            yield str(path.relative_to(site)), path.read_text(encoding="utf-8", errors="replace")


def test_template_syntax_in_content_never_runs(template_site):
    outputs = dict(_every_output(template_site))
    for name, text in outputs.items():
        assert not [mark for mark in RAN if mark in text], name
    # ... and it is shown as the text it is, where the field is shown.
    for page in ("training/courses/core/index.html", "quizzes/sample/index.html", "guides/alpha/index.html", "packs/sample-workshop/index.html"):
        assert "J{{ 1*1000 }}J" in outputs[page], page
    assert "J{{ 1*1000 }}J" in outputs["training/feeds/all.ics"].replace("\r\n ", "")
    assert any("J{{ 1*1000 }}J" in text for name, text in outputs.items() if name.endswith(".gift"))


def test_nothing_from_content_becomes_markup_in_the_search_index(template_site):
    entries = index_entries(template_site)
    assert len(entries) > 10, "the fixture hub's pages are indexed"
    for url, entry in entries.items():
        shown = json.dumps([entry["content"], entry["meta"], entry.get("filters", {})], ensure_ascii=False)
        assert not re.search(r"<(script|img|svg|iframe)\b", shown), url
        assert not [mark for mark in RAN if mark in shown], url
    # The template syntax is found as the text it is.
    assert any("J{{ 1*1000 }}J" in entry["content"] for entry in entries.values())
