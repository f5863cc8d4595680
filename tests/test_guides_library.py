"""Guides, review dates and the resource library."""

from __future__ import annotations

from datetime import date

from conftest import FIXTURES, ROOT, build, make_hub

from practice_hub.cli import main
from practice_hub.loader import load_hub

ALPHA = (FIXTURES / "minimal/docs/guides/alpha.md").read_text(encoding="utf-8")
BETA = (FIXTURES / "minimal/docs/guides/beta.md").read_text(encoding="utf-8")
LIBRARY = (FIXTURES / "minimal/resources/library.yml").read_text(encoding="utf-8")


def findings_for(tmp_path, files):
    root = make_hub(tmp_path / "hub", files=files)
    return [str(f) for f in load_hub(root, today=date(2026, 11, 23))[1]]


def test_overdue_and_due_soon_reviews_are_listed_with_owners(tmp_path, capsys):
    overdue = ALPHA.replace("last_reviewed: 2026-01-15", "last_reviewed: 2025-06-30")
    soon = BETA.replace("last_reviewed: 2026-01-15\nreview_interval_months: 12", "last_reviewed: 2026-06-01\nreview_due: 2026-12-10").replace(
        "owner: Practice Excellence Team", "owner: Early Help Practice Lead"
    )
    root = make_hub(tmp_path / "hub", files={"docs/guides/alpha.md": overdue, "docs/guides/beta.md": soon})
    assert main(["--root", str(root), "check", "--reviews", "--today", "2026-11-23"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "docs/guides/alpha.md:11: overdue: 'Guide alpha' was due for review on 30 June 2026 (owner: Practice Excellence Team)" in out
    assert "docs/guides/beta.md:10: due soon: 'Guide beta' is due for review on 10 December 2026 (owner: Early Help Practice Lead)" in out
    assert "1 overdue, 1 due soon." in out
    assert not any("sample-handout" in line for line in out), "the handout is due in January 2027: outside the 30-day window"


def test_nothing_due_says_so(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert main(["--root", str(root), "check", "--reviews", "--today", "2026-02-01"]) == 0
    assert "Reviews: nothing is overdue or due in the next 30 days (as of 01 February 2026)." in capsys.readouterr().out


def test_overdue_guide_shows_a_notice_and_dates_at_its_foot(tmp_path):
    root = make_hub(tmp_path / "hub")
    site = tmp_path / "site"
    assert build(root, site, env={"HUB_TODAY": "2027-03-01"}).returncode == 0
    html = (site / "guides/alpha/index.html").read_text(encoding="utf-8")
    assert "This guide is overdue for review" in html and "It was due for review on 15 January 2027." in html
    assert "Last reviewed 15 January 2026 by the Practice Excellence Team. Next review due 15 January 2027." in html
    site2 = tmp_path / "site2"
    assert build(root, site2, env={"HUB_TODAY": "2026-03-01"}).returncode == 0
    assert "overdue" not in (site2 / "guides/alpha/index.html").read_text(encoding="utf-8")


def test_review_rule_needs_exactly_one_of_due_or_interval(tmp_path):
    found = findings_for(tmp_path, {"docs/guides/alpha.md": ALPHA.replace("review_interval_months: 12\n", "")})
    assert found == ["docs/guides/alpha.md:2: give either 'review_due: YYYY-MM-DD' or 'review_interval_months: N', not both and not neither"]


def test_listed_file_that_is_missing(tmp_path):
    found = findings_for(tmp_path, {"resources/library.yml": LIBRARY.replace("downloads/sample-handout.txt", "downloads/sample-handot.txt")})
    assert (
        "resources/library.yml:5: the file 'resources/downloads/sample-handot.txt' does not exist (check the file name, or add the file under resources/)"
        in found
    )
    assert (
        "resources/downloads/sample-handout.txt:1: this file is not listed in resources/library.yml, so nobody can find it (add an entry for it to resources/library.yml, or delete the file)"
        in found
    )


def test_file_that_is_not_listed(tmp_path):
    found = findings_for(tmp_path, {"resources/downloads/stray.docx": "x"})
    assert found == [
        "resources/downloads/stray.docx:1: this file is not listed in resources/library.yml, so nobody can find it (add an entry for it to resources/library.yml, or delete the file)"
    ]


def test_guide_download_must_be_in_the_library(tmp_path):
    found = findings_for(tmp_path, {"docs/guides/alpha.md": ALPHA.replace("downloads: [sample-handout]", "downloads: [sample-handot]")})
    assert found == ["docs/guides/alpha.md:9: download 'sample-handot' is not in the resource library (did you mean 'sample-handout'?)"]


def test_library_page_lists_files_with_computed_size(tmp_path):
    root = make_hub(tmp_path / "hub")
    site = tmp_path / "site"
    assert build(root, site).returncode == 0
    assert (site / "downloads/sample-handout.txt").read_text() == "A blank sample handout.\n"
    html = (site / "library/index.html").read_text(encoding="utf-8")
    assert 'href="../downloads/sample-handout.txt"' in html and "Plain text (TXT), 24 bytes" in html
    guide = (site / "guides/alpha/index.html").read_text(encoding="utf-8")
    assert 'href="../../downloads/sample-handout.txt"' in guide


def test_shipped_guides_glossary_and_library_meet_the_bar():
    hub, findings = load_hub(ROOT)
    assert [str(f) for f in findings] == []
    assert len(hub.guides) >= 21
    assert len(hub.terms) >= 40
    assert len(hub.library) >= 8
    for required in ("SoS", "CP", "CIN", "CAF", "IRO", "DSL"):
        assert any(t.abbreviation == required for t in hub.terms.values()), required
    variants = {v.term.lower() for t in hub.terms.values() for v in t.variants}
    assert {"worry statement", "wellbeing goal"} <= variants
    for item in hub.library.values():
        assert item.file.endswith((".docx", ".pdf", ".odt")), item.file
