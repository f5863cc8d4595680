"""The content model: each kind of editor mistake is reported with its file and line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from conftest import FIXTURES, ROOT, make_hub

from practice_hub.cli import main
from practice_hub.loader import load_hub

GUIDE = (FIXTURES / "minimal" / "docs" / "guides" / "alpha.md").read_text(encoding="utf-8")


def findings_for(tmp_path, files=None, hub_settings=None):
    root = make_hub(tmp_path / "hub", files=files, hub_settings=hub_settings)
    _hub, findings = load_hub(root, today=date(2026, 11, 23))
    return [str(f) for f in findings]


def test_fixture_hub_is_clean(tmp_path):
    assert findings_for(tmp_path) == []


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    bad = "terms:\n  - id: cp\n    term: Child protection\n    definition: Work: to protect\n"
    found = findings_for(tmp_path, {"resources/glossary.yml": bad})
    assert len(found) == 1
    assert found[0].startswith("resources/glossary.yml:4: YAML syntax error")
    assert "needs quotes" in found[0]


def test_syntax_error_in_front_matter_counts_lines_from_top_of_file(tmp_path):
    page = GUIDE.replace("summary: A fixture guide called alpha.", "summary: A guide: with a colon: here")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert any(f.startswith("docs/guides/alpha.md:4: YAML syntax error") for f in found), found


def test_wrong_type(tmp_path):
    page = GUIDE.replace("last_reviewed: 2026-01-15", "last_reviewed: last spring")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert found == ["docs/guides/alpha.md:11: 'last_reviewed' is not a date: 'last spring' (write dates as YYYY-MM-DD, for example 2026-03-31)"]


def test_unknown_key_suggests_the_right_one(tmp_path):
    page = GUIDE.replace("summary:", "sumary:")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    # reported once, as the typo, not again as "'summary' is missing"
    assert found == ["docs/guides/alpha.md:4: unknown key 'sumary' (did you mean 'summary'?)"]


def test_unknown_key_in_nested_item(tmp_path):
    glossary = (FIXTURES / "minimal/resources/glossary.yml").read_text().replace("used_in: Early help", "used_by: Early help")
    found = findings_for(tmp_path, {"resources/glossary.yml": glossary})
    assert "resources/glossary.yml:11: unknown key 'used_by' in terms[2].variants[1] (did you mean 'used_in'?)" in found


def test_missing_required_field(tmp_path):
    page = GUIDE.replace("owner: Practice Excellence Team\n", "")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert found == ["docs/guides/alpha.md:2: 'owner' is missing (add a line 'owner: …')"]


def test_value_not_allowed_suggests_choice(tmp_path):
    page = GUIDE.replace("category: mapping", "category: maping")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert len(found) == 1 and found[0].startswith("docs/guides/alpha.md:5: 'category' cannot be 'maping' (did you mean 'mapping'?")


def test_duplicate_id(tmp_path):
    glossary = (FIXTURES / "minimal/resources/glossary.yml").read_text() + "  - id: cp\n    term: Again\n    definition: Twice.\n"
    found = findings_for(tmp_path, {"resources/glossary.yml": glossary})
    assert found == ["resources/glossary.yml:13: glossary term id 'cp' is already used earlier in this file (give each glossary term its own id)"]


def test_duplicate_key(tmp_path):
    page = GUIDE.replace("owner: Practice Excellence Team", "owner: Practice Excellence Team\nowner: Someone Else")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert found[0].startswith("docs/guides/alpha.md:11: 'owner' is given twice")


def test_dangling_reference_with_did_you_mean(tmp_path):
    page = GUIDE.replace("related: [beta]", "related:\n  - betta")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert found == ["docs/guides/alpha.md:9: related guide 'betta' does not exist (did you mean 'beta'?)"]


def test_glossary_see_also_must_resolve(tmp_path):
    glossary = (FIXTURES / "minimal/resources/glossary.yml").read_text().replace("see_also: [cp]", "see_also: [cpp]")
    found = findings_for(tmp_path, {"resources/glossary.yml": glossary})
    assert found == ["resources/glossary.yml:12: 'see_also' names 'cpp', which is not a glossary id (did you mean 'cp'?)"]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    page_a = GUIDE.replace("related: [beta]", "related: [nowhere]")
    page_b = GUIDE.replace("id: alpha", "id: beta").replace("category: mapping", "category: nonsense")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page_a, "docs/guides/beta.md": page_b})
    assert any(f.startswith("docs/guides/alpha.md:8:") for f in found)
    assert any(f.startswith("docs/guides/beta.md:5:") for f in found)


def test_guide_sections_are_checked(tmp_path):
    page = GUIDE.replace("## Worked example", "## An example")
    found = findings_for(tmp_path, {"docs/guides/alpha.md": page})
    assert len(found) == 1 and "no '## Worked example' section" in found[0] and found[0].startswith("docs/guides/alpha.md:14:")


def test_page_front_matter_unknown_key(tmp_path):
    found = findings_for(tmp_path, {"docs/about.md": "---\ntitle: About\ndescrption: x\n---\n\n# About\n"})
    assert found == ["docs/about.md:3: unknown key 'descrption' (did you mean 'description'?)"]


def test_unclosed_front_matter(tmp_path):
    found = findings_for(tmp_path, {"docs/about.md": "---\ntitle: About\n\n# About\n"})
    assert found == ["docs/about.md:1: the front matter has no closing '---' line (end the front matter with a line holding only '---')"]


def test_council_settings_are_checked(tmp_path):
    found = findings_for(tmp_path, hub_settings={"accent_colour": "#88aaff", "mailbox": "not-an-address", "colour": "red"})
    assert len(found) == 3, found
    assert all(f.startswith("mkdocs.yml:") for f in found)
    assert any("accent_colour" in f and "contrast" in f for f in found)
    assert any("unknown key 'colour'" in f and "accent_colour" in f for f in found)


def test_cli_exit_codes(tmp_path, capsys):
    clean = make_hub(tmp_path / "clean")
    assert main(["--root", str(clean), "check"]) == 0
    broken = make_hub(tmp_path / "broken", files={"docs/guides/alpha.md": GUIDE.replace("related: [beta]", "related: [gamma]")})
    assert main(["--root", str(broken), "check"]) == 1
    assert "docs/guides/alpha.md:8: related guide 'gamma' does not exist" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["--root", str(clean), "chek"])
    assert usage.value.code == 2
    assert main(["--root", str(tmp_path / "nowhere"), "check"]) == 2


def test_python_dash_m_runs_the_check(tmp_path):
    broken = make_hub(tmp_path / "hub", files={"docs/guides/alpha.md": GUIDE.replace("related: [beta]", "related: [gamma]")})
    result = subprocess.run([sys.executable, "-m", "practice_hub", "check"], cwd=broken, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "docs/guides/alpha.md:8:" in result.stdout


def test_model_does_not_import_mkdocs():
    code = (
        "import sys, practice_hub.loader, practice_hub.cli, practice_hub.build; "
        "sys.exit(1 if any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_an_anchor_inside_its_own_value_is_a_finding_not_a_crash():
    from practice_hub.core.read import parse_yaml

    doc = parse_yaml("id: a\nsteps: &loop\n  - next: *loop\n", "quizzes/a.yml")
    assert [(f.path, f.line, f.message) for f in doc.findings] == [("quizzes/a.yml", 2, "YAML syntax error: an anchor (&name) is used inside its own value")]
    assert "write the repeated part out" in doc.findings[0].hint
    shared = parse_yaml("a: &both [1, 2]\nb: *both\n", "x.yml")
    assert shared.data == {"a": [1, 2], "b": [1, 2]} and shared.findings == []


def test_every_item_of_the_shipped_hub_says_where_its_facts_come_from(tmp_path):
    """The content review record: with resources/sources.yml, an item without sources is a finding."""
    hub, findings = load_hub(ROOT)
    assert [f for f in findings if f.severity == "error"] == []
    assert all(item.sources for item in hub.sourced_items())
    guide = (FIXTURES / "minimal/docs/guides/alpha.md").read_text(encoding="utf-8")
    sources = "sources:\n  - id: policy\n    title: A policy\n    kind: local-policy\n    description: What it says.\n"
    root = make_hub(tmp_path / "hub", files={"resources/sources.yml": sources, "docs/guides/alpha.md": guide.replace("owner:", "sources: [policy]\nowner:")})
    found = [str(f) for f in load_hub(root)[1]]
    assert "docs/guides/alpha.md:2: 'Guide alpha' does not say where its facts come from" not in " ".join(found)
    assert any(f.startswith("docs/guides/beta.md:2: 'Guide beta' does not say where its facts come from") for f in found), found
