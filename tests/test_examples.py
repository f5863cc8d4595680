"""Examples from practice and practice-focus articles: the model's checks, the allow-list,
`hub new`, the pages a real MkDocs build writes, and the feed read by an independent parser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlparse

import feedparser
import pytest
from conftest import FIXTURES, ROOT, build, make_hub

from practice_hub.cli import main
from practice_hub.core.read import read_markdown
from practice_hub.examples.feed import feed_xml
from practice_hub.examples.model import EXAMPLE_SECTIONS, SERVICE_AREA_TITLES, Example, slugify
from practice_hub.loader import load_hub

EXAMPLE = "docs/examples/2025-11-alpha-in-a-meeting.md"
ARTICLE = "docs/practice-focus/scaling.md"
ALPHA = (FIXTURES / "minimal" / EXAMPLE).read_text(encoding="utf-8")
SCALING = (FIXTURES / "minimal" / ARTICLE).read_text(encoding="utf-8")
TODAY = date(2026, 11, 23)
ATOM = "{http://www.w3.org/2005/Atom}"
ALLOW = """entries:
  - text: Olivia
    file: docs/examples/2025-11-alpha-in-a-meeting.md
    reviewed_by: Practice lead, child in need
    reason: The name of a tool in this made-up fixture, not a person.
"""


def findings_for(tmp_path, files):
    root = make_hub(tmp_path / "hub", files=files)
    return [str(f) for f in load_hub(root, today=TODAY)[1]]


# --- the model and its checks -------------------------------------------------------


def test_fixture_examples_and_article_load_clean(tmp_path):
    root = make_hub(tmp_path / "hub")
    hub, findings = load_hub(root, today=TODAY)
    assert [str(f) for f in findings] == []
    assert sorted(hub.examples) == ["2025-09-beta-with-a-school", "2025-11-alpha-in-a-meeting"]
    example = hub.examples["2025-11-alpha-in-a-meeting"]
    assert (example.tools, example.service_area, example.month_title, example.url) == (
        ["alpha", "beta"],
        "child-in-need",
        "November 2025",
        "examples/2025-11-alpha-in-a-meeting/",
    )
    assert list(hub.practice_focus) == ["scaling"] and hub.practice_focus["scaling"].author_role == "Practice Excellence Team"


def test_a_name_in_an_example_is_reported_with_its_line(tmp_path):
    text = ALPHA.replace("Mum felt hope.", "Mum felt hope.\n\nOlivia said the meeting was better.")
    assert findings_for(tmp_path, {EXAMPLE: text}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:20: this may identify someone: a person's name, 'Olivia' "
        "(use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)"
    ]


def test_details_in_front_matter_and_in_articles_are_reported_too(tmp_path):
    found = findings_for(
        tmp_path,
        {
            EXAMPLE: ALPHA.replace("approved_by: Practice lead, child in need", "approved_by: Mrs Hughes"),
            ARTICLE: SCALING.replace("A 0 to 10 question.", "Ask the team on 01632 960001."),
        },
    )
    assert found == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:9: this may identify someone: a person's name, 'Mrs Hughes' (use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)",
        "docs/practice-focus/scaling.md:11: this may identify someone: a phone number, '01632 960001' (remove it; if it identifies no one, a reviewer can add it to resources/allow-list.yml)",
    ]


def test_an_example_with_broken_front_matter_is_still_read_for_details(tmp_path):
    text = ALPHA.replace("service_area: child-in-need", "service_area: child-in-ned").replace("We used alpha.", "We used alpha with Jayden.")
    assert findings_for(tmp_path, {EXAMPLE: text}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:5: 'service_area' cannot be 'child-in-ned' (did you mean 'child-in-need'? (use one of 'child-in-need', 'child-protection', 'children-in-care', 'disabled-children', 'early-help', 'fostering', 'leaving-care', 'multi-agency'))",
        "docs/examples/2025-11-alpha-in-a-meeting.md:14: this may identify someone: a person's name, 'Jayden' (use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)",
    ]


def test_unapproved_and_unconfirmed_examples_cannot_be_published(tmp_path):
    text = ALPHA.replace("anonymised: true", "anonymised: false").replace("approved_by: Practice lead, child in need", "approved_by:")
    article = SCALING.replace("approved_by: Head of practice\n", "")
    assert findings_for(tmp_path, {EXAMPLE: text, ARTICLE: article}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:8: the example is not confirmed as anonymised (remove every name, date, place and detail that could identify a child or family, then set 'anonymised: true')",
        "docs/examples/2025-11-alpha-in-a-meeting.md:9: this example from practice has not been approved, so it cannot be published (a practice lead or team manager reads it, checks it identifies no one, and writes their role after 'approved_by:')",
        "docs/practice-focus/scaling.md:2: this practice focus has not been approved, so it cannot be published (the hub's team reads it, checks it identifies no one, and writes their role after 'approved_by:')",
    ]


def test_tools_must_be_guides_and_the_service_area_given(tmp_path):
    text = ALPHA.replace("tools: [alpha, beta]", "tools: [alpha, betta]")
    assert findings_for(tmp_path, {EXAMPLE: text}) == ["docs/examples/2025-11-alpha-in-a-meeting.md:4: tool 'betta' is not a guide id (did you mean 'beta'?)"]
    empty = ALPHA.replace("tools: [alpha, beta]", "tools: []").replace("service_area: child-in-need", "service_area:")
    assert findings_for(tmp_path / "2", {EXAMPLE: empty}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:4: the example names no tools (list the guide ids of the tools you used, e.g. [three-columns, scaling-questions])",
        "docs/examples/2025-11-alpha-in-a-meeting.md:5: the example has no service area (use one of 'child-in-need', 'child-protection', 'children-in-care', 'disabled-children', 'early-help', 'fostering', 'leaving-care', 'multi-agency')",
    ]


def test_unknown_and_missing_keys(tmp_path):
    text = ALPHA.replace("contributor_role:", "contributer_role:").replace("summary: We used alpha in a meeting and the family felt heard.\n", "")
    assert findings_for(tmp_path, {EXAMPLE: text}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:2: 'summary' is missing (add a line 'summary: …')",
        "docs/examples/2025-11-alpha-in-a-meeting.md:6: unknown key 'contributer_role' (did you mean 'contributor_role'?)",
    ]


def test_file_name_month_sections_and_future_months(tmp_path):
    misnamed = {"docs/examples/alpha-in-a-meeting.md": ALPHA, EXAMPLE: ALPHA.replace("## What difference it made\n\nMum felt hope.\n\n", "")}
    assert findings_for(tmp_path, misnamed) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:12: the example has no '## What difference it made' section (every example has these sections in order: What we did, What difference it made, What we learned)",
        "docs/examples/alpha-in-a-meeting.md:3: the file name 'alpha-in-a-meeting.md' does not start with the example's month (2025-11) (name the file 2025-11-<a-few-words>.md, e.g. 2025-11-three-columns-in-a-meeting.md)",
    ]
    future = ALPHA.replace("month: 2025-11", "month: 2027-03")
    assert findings_for(tmp_path / "2", {"docs/examples/2027-03-alpha.md": future, EXAMPLE: ALPHA.replace("month: 2025-11", "month: 2025-11x")}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:3: 'month' should be a month written YYYY-MM, for example 2026-03, not '2025-11x' (see the README's content guide for this field)",
        "docs/examples/2027-03-alpha.md:3: the month 2027-03 is in the future (give the month the work happened, YYYY-MM)",
    ]


# --- the allow-list -------------------------------------------------------------------


def test_an_allow_list_entry_allows_exactly_its_text_in_its_file(tmp_path):
    text = ALPHA.replace("We used alpha.", "We used the Olivia tool. Jayden liked it.")
    found = findings_for(tmp_path, {EXAMPLE: text, "resources/allow-list.yml": ALLOW})
    assert found == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:14: this may identify someone: a person's name, 'Jayden' (use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)"
    ]
    # The same text in another file is not allowed.
    other = "docs/examples/2025-09-beta-with-a-school.md"
    beta = (FIXTURES / "minimal" / other).read_text(encoding="utf-8").replace("Ask the school early.", "Olivia asked the school early.")
    assert [
        f
        for f in findings_for(tmp_path / "2", {EXAMPLE: text.replace(" Jayden liked it.", ""), other: beta, "resources/allow-list.yml": ALLOW})
        if "Olivia" in f
    ] == [
        "docs/examples/2025-09-beta-with-a-school.md:22: this may identify someone: a person's name, 'Olivia' (use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)"
    ]


def test_an_entry_that_matches_nothing_is_reported(tmp_path):
    missing_file = (
        ALLOW
        + """  - text: Grace
    file: docs/examples/2026-03-no-such-example.md
    reviewed_by: Practice lead
    reason: A test.
"""
    )
    assert findings_for(tmp_path, {"resources/allow-list.yml": missing_file}) == [
        "resources/allow-list.yml:2: the allowed text 'Olivia' no longer matches anything the check finds in docs/examples/2025-11-alpha-in-a-meeting.md (remove this entry: an exception nobody needs is one more thing to trust)",
        "resources/allow-list.yml:7: the allow-list names 'docs/examples/2026-03-no-such-example.md', which does not exist (give the path from the hub's top folder, e.g. docs/examples/2026-03-three-columns.md, or remove the entry)",
    ]


def test_allow_list_entries_are_checked_like_content(tmp_path):
    text = ALPHA.replace("We used alpha.", "We used the Olivia tool.")
    broken = ALLOW.replace("reviewed_by: Practice lead, child in need", "reviewed_by: Sharon, practice lead").replace("    reason:", "    reasons:")
    assert findings_for(tmp_path, {EXAMPLE: text, "resources/allow-list.yml": broken}) == [
        "docs/examples/2025-11-alpha-in-a-meeting.md:14: this may identify someone: a person's name, 'Olivia' (use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker; if it identifies no one, a reviewer can add it to resources/allow-list.yml)",
        "resources/allow-list.yml:5: unknown key 'reasons' in entries[1] (did you mean 'reason'?)",
    ]
    fine = ALLOW.replace("reviewed_by: Practice lead, child in need", "reviewed_by: Sharon, practice lead")
    assert findings_for(tmp_path / "2", {EXAMPLE: text, "resources/allow-list.yml": fine}) == [
        "resources/allow-list.yml:4: 'reviewed_by' may name a person ('Sharon') (write the reviewer's role, never their name)"
    ]


# --- hub new ----------------------------------------------------------------------------


def test_new_example_is_a_complete_template_the_check_stops(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert (
        main(
            ["--root", str(root), "new", "example", "Alpha in a child's meeting", "--month", "2026-10", "--tools", "alpha,beta", "--service-area", "early-help"]
        )
        == 0
    )
    made = root / "docs/examples/2026-10-alpha-in-a-childs-meeting.md"
    assert "Made docs/examples/2026-10-alpha-in-a-childs-meeting.md." in capsys.readouterr().out
    doc = read_markdown(root, made)
    assert doc.ok and set(doc.data) == {info.alias or name for name, info in Example.model_fields.items()}
    assert (doc.data["title"], doc.data["month"], doc.data["tools"], doc.data["service_area"]) == (
        "Alpha in a child's meeting",
        "2026-10",
        ["alpha", "beta"],
        "early-help",
    )
    assert doc.data["approved_by"] is None and doc.data["anonymised"] is False
    assert re.findall(r"^## (.+)$", doc.body, re.MULTILINE) == list(EXAMPLE_SECTIONS)

    assert main(["--root", str(root), "check", "--today", "2026-11-23"]) == 1
    out = capsys.readouterr().out.splitlines()
    path = "docs/examples/2026-10-alpha-in-a-childs-meeting.md"
    assert [line.rsplit(" (", 1)[0] for line in out] == [
        f"{path}:10: the template's guidance is still here ('REPLACE: …')",
        f"{path}:11: the template's guidance is still here ('REPLACE: …')",
        f"{path}:12: the example is not confirmed as anonymised",
        f"{path}:14: this example from practice has not been approved, so it cannot be published",
        f"{path}:19: the template's guidance is still here ('REPLACE: …')",
        f"{path}:23: the template's guidance is still here ('REPLACE: …')",
        f"{path}:27: the template's guidance is still here ('REPLACE: …')",
    ]

    # Filled in and approved, the same file passes: the template has everything an example needs.
    text = made.read_text(encoding="utf-8")
    text = re.sub(r'"REPLACE: [^"]*"', '"Early help worker"', text)
    text = re.sub(r"^REPLACE: .*$", "We mapped the worries with Mum and Dad.", text, flags=re.MULTILINE)
    text = text.replace("anonymised: false", "anonymised: true").replace("approved_by:  #", "approved_by: Team manager, early help  #")
    made.write_text(text, encoding="utf-8")
    assert main(["--root", str(root), "check", "--today", "2026-11-23"]) == 0


def test_new_refuses_to_overwrite(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert main(["--root", str(root), "new", "example", "Alpha in a meeting", "--month", "2025-11"]) == 1
    assert "docs/examples/2025-11-alpha-in-a-meeting.md already exists; nothing was changed" in capsys.readouterr().err
    assert (root / EXAMPLE).read_text(encoding="utf-8") == ALPHA


def test_new_usage_errors_exit_2(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert main(["--root", str(root), "new", "example", "Alpha", "--tools", "alpah"]) == 2
    assert "'alpah' is not a guide id (did you mean 'alpha'?)" in capsys.readouterr().err
    assert main(["--root", str(root), "new", "example", "!!!"]) == 2
    assert main(["--root", str(root), "new", "practice-focus", "Scaling", "--tools", "alpha"]) == 2
    for wrong in (["new", "example", "Alpha", "--month", "2026-13"], ["new", "example", "Alpha", "--service-area", "early"], ["new", "story", "Alpha"]):
        with pytest.raises(SystemExit) as usage:
            main(["--root", str(root), *wrong])
        assert usage.value.code == 2
    assert sorted(p.name for p in (root / "docs/examples").glob("*.md")) == sorted(p.name for p in (FIXTURES / "minimal/docs/examples").glob("*.md"))


def test_new_practice_focus_article(tmp_path, capsys):
    root = make_hub(tmp_path / "hub")
    assert main(["--root", str(root), "new", "practice-focus", "Top tips", "--month", "2026-10", "--role", "Practice leads network"]) == 0
    doc = read_markdown(root, root / "docs/practice-focus/top-tips.md")
    assert dict(doc.data) == {
        "title": "Top tips",
        "month": "2026-10",
        "summary": "REPLACE: one or two sentences saying what the article covers",
        "author_role": "Practice leads network",
        "approved_by": None,
    }
    capsys.readouterr()
    assert main(["--root", str(root), "check", "--today", "2026-11-23"]) == 1
    assert "docs/practice-focus/top-tips.md:9: this practice focus has not been approved" in capsys.readouterr().out


def test_slugs():
    assert slugify("Words & pictures with a school's DSL") == "words-pictures-with-a-schools-dsl"
    assert len(slugify("word " * 40)) <= 60


# --- the built pages and the feed ------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("examples-site")
    hub = make_hub(where / "hub")
    result = build(hub, where / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "site"


def _feed(site: Path) -> ET.Element:
    return ET.fromstring((site / "feed.xml").read_bytes())


def test_listing_is_newest_first_with_filters_and_a_same_host_feed_link(fixture_site):
    html = (fixture_site / "examples/index.html").read_text(encoding="utf-8")
    assert re.findall(r'<li class="hub-card" data-filter-item[^>]*>\s*<a href="([^"]+)"', html) == [
        "2025-11-alpha-in-a-meeting/",
        "2025-09-beta-with-a-school/",
    ]
    assert 'data-filter-tool="alpha beta" data-filter-service-area="child-in-need"' in html
    assert '<option value="child-in-need">Child in need</option>' in html and '<option value="beta">Guide beta</option>' in html
    links = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
    assert links == ["../feed.xml"]
    assert not urlparse(links[0]).scheme and not links[0].startswith("//")
    assert (fixture_site / "examples" / links[0]).is_file()
    assert "assets/hub/filter.js" in html and "assets/hub/examples.css" in html


def test_example_page_shows_its_facts_and_summary(fixture_site):
    html = (fixture_site / "examples/2025-11-alpha-in-a-meeting/index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="We used alpha in a meeting and the family felt heard.">' in html
    assert "<dt>Service area</dt>\n<dd>Child in need</dd>" in html and "<dt>Approved by</dt>\n<dd>Practice lead, child in need</dd>" in html
    assert '<a href="../../guides/alpha/">Guide alpha</a>, <a href="../../guides/beta/">Guide beta</a>' in html
    assert "This example is anonymised." in html
    assert '<a href="../share/">Share an example of your own</a>' in html
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="\.\./\.\./feed\.xml"', html)


def test_article_page_escapes_its_summary_in_the_description(fixture_site):
    html = (fixture_site / "practice-focus/scaling/index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="What scaling is for, and &lt;how&gt; to ask it.">' in html
    assert "<dt>Written by</dt>\n<dd>Practice Excellence Team</dd>" in html and "Service area" not in html


def test_each_guide_lists_its_examples_newest_first(fixture_site):
    beta = (fixture_site / "guides/beta/index.html").read_text(encoding="utf-8")
    section = beta[beta.index('id="examples-from-practice"') :]
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a> \(([^)]+)\)</li>', section)[:2] == [
        ("../../examples/2025-11-alpha-in-a-meeting/", "Alpha in a meeting", "Child in need, November 2025"),
        ("../../examples/2025-09-beta-with-a-school/", "Beta with a school", "Early help, September 2025"),
    ]
    alpha = (fixture_site / "guides/alpha/index.html").read_text(encoding="utf-8")
    section = alpha[alpha.index('id="examples-from-practice"') : alpha.index("</aside>")]
    assert "Alpha in a meeting" in section and "Beta with a school" not in section


def test_share_page_shows_the_real_template_and_mailbox(fixture_site):
    html = (fixture_site / "examples/share/index.html").read_text(encoding="utf-8")
    assert "practice.hub@example.gov.uk" in html
    text = re.sub(r"<[^>]+>", "", html)
    for key in (
        "title:",
        "month:",
        "tools:",
        "service_area:",
        "contributor_role:",
        "summary:",
        "anonymised: false",
        "approved_by:",
        "## What we did",
        "## What difference it made",
        "## What we learned",
    ):
        assert key in text, key


def test_feed_is_atom_listing_every_item_newest_first(fixture_site):
    feed = _feed(fixture_site)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Alpha in a meeting", "Scaling & why it matters", "Beta with a school"]
    assert feed.findtext(f"{ATOM}updated") == "2025-11-01T00:00:00Z"
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 3 and all(i.startswith("tag:example.gov.uk,") for i in ids)
    assert entries[1].findtext(f"{ATOM}summary") == "What scaling is for, and <how> to ask it."
    assert b"&lt;how&gt;" in (fixture_site / "feed.xml").read_bytes()
    # Every link is relative to the feed and leads to a page the build wrote.
    feed_url = "http://hub.invalid/feed.xml"
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        target = urlparse(urljoin(feed_url, href)).path.lstrip("/")
        assert (fixture_site / target / "index.html").is_file(), href


def test_feed_parses_with_feedparser(fixture_site):
    text = (fixture_site / "feed.xml").read_bytes()
    parsed = feedparser.parse(text, response_headers={"content-location": "http://hub.invalid/feed.xml", "content-type": "application/atom+xml"})
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == ["Alpha in a meeting", "Scaling & why it matters", "Beta with a school"]
    assert [e.link for e in parsed.entries] == [
        "http://hub.invalid/examples/2025-11-alpha-in-a-meeting/",
        "http://hub.invalid/practice-focus/scaling/",
        "http://hub.invalid/examples/2025-09-beta-with-a-school/",
    ]
    assert parsed.entries[0].published_parsed[:3] == (2025, 11, 1)
    assert parsed.entries[0].author == "Social worker, child in need team"
    assert {t.term for t in parsed.entries[0].tags} == {"example", "child-in-need", "alpha", "beta"}


def test_feed_is_deterministic_and_absolute_with_a_site_url(tmp_path):
    root = make_hub(tmp_path / "hub")
    first = feed_xml(load_hub(root, today=date(2026, 11, 23))[0])
    second = feed_xml(load_hub(root, today=date(2027, 6, 1))[0])
    assert first == second
    absolute = feed_xml(load_hub(root, today=TODAY)[0], "https://hub.example.gov.uk/")
    parsed = feedparser.parse(absolute)
    assert parsed.bozo == 0 and parsed.entries[0].link == "https://hub.example.gov.uk/examples/2025-11-alpha-in-a-meeting/"


def test_the_build_refuses_a_flagged_example(tmp_path):
    text = ALPHA.replace("Mum felt hope.", "Mum felt hope. Call her on 07700 900123.")
    hub = make_hub(tmp_path / "hub", files={EXAMPLE: text})
    site = tmp_path / "site"
    result = build(hub, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/examples/2025-11-alpha-in-a-meeting.md:18: this may identify someone: a phone number, '07700 900123'" in output
    assert "Traceback" not in output
    assert not site.exists(), "nothing may be published when the check fails"


# --- the shipped content --------------------------------------------------------------------------


def test_shipped_examples_meet_the_bar():
    hub, findings = load_hub(ROOT)
    assert [str(f) for f in findings if f.path.startswith(("docs/examples/", "docs/practice-focus/", "resources/allow-list"))] == []
    assert len(hub.examples) >= 8 and len(hub.practice_focus) >= 3
    assert len({e.service_area for e in hub.examples.values()}) >= 6
    assert {"child-in-need", "child-protection", "early-help"} <= {e.service_area for e in hub.examples.values()}
    assert all(e.approved_by and e.anonymised for e in hub.examples.values())
    assert all(set(e.tools) <= set(hub.guides) for e in hub.examples.values())
    assert set(SERVICE_AREA_TITLES) >= {e.service_area for e in hub.examples.values()}


def test_shipped_feed_lists_every_example_and_article(shipped_site):
    parsed = feedparser.parse(
        (shipped_site / "feed.xml").read_bytes(), response_headers={"content-location": "http://hub.invalid/feed.xml", "content-type": "application/atom+xml"}
    )
    assert parsed.bozo == 0
    hub, _ = load_hub(ROOT)
    expected = {f"/{item.url}" for item in [*hub.examples.values(), *hub.practice_focus.values()]}
    assert {urlparse(e.link).path for e in parsed.entries} == expected
    months = [e.published_parsed[:2] for e in parsed.entries]
    assert months == sorted(months, reverse=True)
    for path in expected:
        assert (shipped_site / path.lstrip("/") / "index.html").is_file(), path
    listing = (shipped_site / "examples/index.html").read_text(encoding="utf-8")
    assert listing.count("data-filter-item") == len(hub.examples)
