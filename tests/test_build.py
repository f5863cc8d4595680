"""Real MkDocs builds: the shipped hub, the fixture hub, and broken content."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from conftest import ROOT, build, make_hub
from mkdocs.exceptions import PluginError

from practice_hub.engine.plugin import build_date


def test_shipped_hub_builds_strictly(shipped_site):
    for page in (
        "index.html",
        "guides/index.html",
        "glossary/index.html",
        "about/framework/index.html",
        "about/accessibility/index.html",
        "about/privacy/index.html",
        "404.html",
    ):
        assert (shipped_site / page).is_file(), page


def test_fixture_hub_builds(fixture_hub, tmp_path):
    site = tmp_path / "site"
    result = build(fixture_hub, site)
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Example County Council" in home and "practice.hub@example.gov.uk" in home
    assert '<abbr tabindex="0" title="Child protection">CP</abbr>' in home
    guide = (site / "guides/alpha/index.html").read_text(encoding="utf-8")
    assert "Last reviewed 15 January 2026" in guide and "Next review due 15 January 2027" in guide
    assert '<meta name="description" content="A fixture guide called alpha.">' in guide


def test_council_settings_reach_every_page(tmp_path):
    hub = make_hub(tmp_path / "hub", hub_settings={"name": "Northshire Council", "mailbox": "learning@northshire.example", "accent_colour": "#6b1d5c"})
    site = tmp_path / "site"
    assert build(hub, site).returncode == 0
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Northshire Council" in home and "learning@northshire.example" in home
    # The colour comes in a style sheet of its own, never an inline style (a strict Content-Security-Policy).
    assert 'href="assets/hub/council.css"' in home and "<style" not in home
    assert "#6b1d5c" in (site / "assets/hub/council.css").read_text(encoding="utf-8")


def test_content_error_fails_the_build_with_path_and_line(tmp_path):
    guide = (ROOT / "tests/fixtures/minimal/docs/guides/alpha.md").read_text(encoding="utf-8").replace("related: [beta]", "related: [gamma]")
    hub = make_hub(tmp_path / "hub", files={"docs/guides/alpha.md": guide})
    site = tmp_path / "site"
    result = build(hub, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/guides/alpha.md:8: related guide 'gamma' does not exist" in output
    assert "Traceback" not in output
    assert not site.exists(), "nothing may be published when the check fails"


def test_undefined_variable_fails_the_build_without_traceback(tmp_path):
    page = "---\ntitle: Oops\n---\n\n# Oops\n\nHello {{ hub.nmae }}.\n"
    hub = make_hub(tmp_path / "hub", files={"docs/oops.md": page})
    result = build(hub, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"docs/oops\.md:7: .*nmae", output), output
    assert "Traceback" not in output


def test_broken_link_fails_the_strict_build(tmp_path):
    hub = make_hub(tmp_path / "hub", files={"docs/links.md": "---\ntitle: Links\n---\n\n# Links\n\nSee [nowhere](nowhere.md).\n"})
    result = build(hub, tmp_path / "site")
    assert result.returncode != 0
    assert "nowhere.md" in result.stdout + result.stderr


def test_checkbox_toggles_have_no_autocomplete(shipped_site):
    html = (shipped_site / "index.html").read_text(encoding="utf-8")
    checkboxes = re.findall(r'<input\b[^>]*type="checkbox"[^>]*>', html)
    assert checkboxes and not [c for c in checkboxes if "autocomplete" in c]
    assert re.search(r'<div class="md-search[^"]*"[^>]*role="dialog"[^>]*aria-label="Search the hub"', html)


def test_no_request_to_another_host_in_markup(shipped_site):
    """Fonts, scripts, styles and images all come from the hub itself."""
    for page in shipped_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html):
            assert not re.search(r'(?:src|href)="(?:https?:)?//', tag) or 'rel="canonical"' in tag or 'rel="alternate"' in tag, f"{page}: {tag}"


def test_build_day_comes_from_hub_today_then_source_date_epoch(monkeypatch):
    monkeypatch.delenv("HUB_TODAY", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795392000")  # 23 November 2026, 00:00 UTC
    assert build_date() == date(2026, 11, 23)
    monkeypatch.setenv("HUB_TODAY", "2027-01-05")
    assert build_date() == date(2027, 1, 5)
    monkeypatch.delenv("HUB_TODAY")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PluginError, match="SOURCE_DATE_EPOCH='yesterday' is not a number"):
        build_date()


@pytest.mark.parametrize(
    "broken",
    ["[a missing page](no-such-page.md)", "[a missing section](guides/alpha.md#no-such-section)", "![a missing picture](assets/no-such-picture.png)"],
)
def test_make_build_publishes_nothing_when_a_link_is_broken(tmp_path, broken):
    """`make build` is strict about every warning (MkDocs counts only the warnings it logs, so the
    build must not be quiet), and a failed build leaves the published site as it was."""
    hub = make_hub(tmp_path / "hub", files={"docs/oops.md": f"---\ntitle: Oops\n---\n\n# Oops\n\nSee {broken}.\n"})
    shutil.copy(ROOT / "Makefile", hub / "Makefile")
    for name in (".venv", "requirements.lock", "pyproject.toml"):  # the installed hub: make finds it set up
        (hub / name).symlink_to(ROOT / name)
    (hub / "site").mkdir()
    (hub / "site" / "index.html").write_text("the site as it was", encoding="utf-8")
    result = subprocess.run(["make", "--old-file=.venv/.installed", "build"], cwd=hub, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "oops.md" in output and "Traceback" not in output
    assert (hub / "site" / "index.html").read_text(encoding="utf-8") == "the site as it was"


def test_the_theme_fix_ups_still_find_what_they_fix(tmp_path):
    """Each fix-up to Material's HTML (practice_hub/engine/theme.py) is a pattern over the theme's own
    markup: built with the fix-ups off, the theme must still write what each one mends. If a new
    Material version changes its markup, this fails loudly instead of the fix-up missing silently."""
    import yaml

    from practice_hub.engine.theme import FIXES, fix_theme_html

    hub = make_hub(tmp_path / "hub")
    config = yaml.safe_load((hub / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [{"hub": {"fix_theme": False}} if p == "hub" else p for p in config["plugins"]]
    (hub / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    site = tmp_path / "site"
    assert build(hub, site).returncode == 0
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    for name, pattern in FIXES.items():
        assert any(pattern.search(page) for page in pages), f"the theme no longer writes what the '{name}' fix-up mends"
    # ... and the fix-ups mend it: none of them finds anything in a fixed page.
    fixed = [fix_theme_html(page) for page in pages]
    for name in ("checkbox autocomplete", "empty tabindex"):
        assert not any(FIXES[name].search(page) for page in fixed), name
