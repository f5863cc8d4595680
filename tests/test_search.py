"""The site search's index (practice_hub/engine/search.py): what Pagefind holds after a real
build, read from the index's own files (each page's fragment is gzipped JSON), and how a build
fails when the index cannot be made. The search itself, in a browser: tests/browser/test_search.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, build, index_entries, make_hub

from practice_hub.engine.fragments import IGNORE, Fragments, unsearched
from practice_hub.engine.search import PAGE, SiteSearch, result_type


@pytest.fixture(scope="module")
def shipped_index(shipped_site):
    return index_entries(shipped_site)


def test_the_index_is_published_without_pagefinds_own_interfaces(shipped_site):
    bundle = shipped_site / "pagefind"
    names = {p.name for p in bundle.iterdir()}
    assert {"pagefind.js", "pagefind-entry.json", "wasm.en.pagefind", "index", "fragment", "filter"} <= names
    assert not [n for n in names if "-ui" in n or "highlight" in n or n in ("playground", "wasm.unknown.pagefind", "pagefind-worker.js")]
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["en"]
    assert not (shipped_site / "search" / "search_index.json").exists(), "the theme's search index is gone"


def test_every_page_is_indexed_with_its_type_and_nothing_kept_out_is(shipped_site, shipped_index):
    pages = {"/" + p.relative_to(shipped_site).parent.as_posix().strip(".") for p in shipped_site.rglob("index.html")}
    pages = {p if p == "/" else p + "/" for p in pages if not p.startswith("/assets")}
    participant = {p for p in pages if p.endswith("/participant/")}
    assert participant, "the shipped packs have participant handouts"
    assert set(shipped_index) >= pages - participant  # every page, but those whose front matter says search: exclude
    assert not participant & set(shipped_index) and "/404.html" not in shipped_index
    types = {url: entry["filters"]["type"] for url, entry in shipped_index.items()}
    assert all(len(t) == 1 for t in types.values())
    expected = {
        "/guides/genograms/": "Guide",
        "/guides/": "Page",
        "/quizzes/scaling/": "Quiz",
        "/training/": "Page",
        "/training/courses/core-programme/": "Course",
        "/packs/scaling-practice/": "Workshop pack",
        "/start/social-worker/": "Pathway",
        "/glossary/#genogram": "Glossary term",
        "/glossary/": "Page",
    }
    assert {url: types[url][0] for url in expected} == expected
    assert any(t == ["Session"] for url, t in types.items() if url.startswith("/training/sessions/"))
    assert all(t == ["Example"] for url, t in types.items() if url.startswith("/examples/20"))


def test_listings_footers_and_quiz_answers_stay_out_of_the_index(shipped_site, shipped_index):
    """As with the theme's search before: a quiz's introduction is found, its feedback is not;
    the calendar is found by its own text, each session on its own page; a guide's footer
    (its quizzes, packs and review dates) and the glossary page's list are left out."""
    text = {url: entry["content"] for url, entry in shipped_index.items()}
    everything = " ".join(text.values())
    assert "ask a 0 to 10 scaling question" in text["/quizzes/scaling/"]
    assert "Starting at 0 starts the conversation at the worst point" not in everything
    assert "Before anyone scales, 0 and 10 are defined" not in everything
    assert len(text["/training/calendar/"]) < 3000
    assert "Check your understanding" not in text["/guides/genograms/"] and "Last reviewed" not in text["/guides/genograms/"]
    assert "A detailed plan" not in text["/glossary/"]  # the safety plan's definition is its own entry
    # The pages themselves still carry everything, and the kept-out parts say so to Pagefind.
    quiz = (shipped_site / "quizzes/scaling/index.html").read_text(encoding="utf-8")
    assert "Starting at 0 starts the conversation at the worst point" in quiz and "hub-fragment" not in quiz
    guide = (shipped_site / "guides/genograms/index.html").read_text(encoding="utf-8")
    assert f'<aside {IGNORE} class="hub-guide-foot"' in guide
    assert all("hub-fragment" not in p.read_text(encoding="utf-8") for p in shipped_site.rglob("*.html"))


def test_index_text_is_clean(shipped_index):
    """Words stay apart (no "Places25Led by"), and the theme's section links (¶) are not words."""
    text = {url: entry["content"] for url, entry in shipped_index.items()}
    session = next(t for url, t in text.items() if url.startswith("/training/sessions/") and "Places" in t)
    assert "Places " in session and "Led by " in session
    assert not [url for url, t in text.items() if "¶" in t]
    assert not [url for url, e in shipped_index.items() if "¶" in e["meta"].get("title", "")]


def test_each_glossary_term_is_an_entry_found_by_every_name(shipped_index):
    term = shipped_index["/glossary/#danger-statement"]
    assert term["meta"]["title"] == "Danger statement"
    assert "Worry statement in early help services" in term["content"]
    assert shipped_index["/glossary/#cin"]["meta"]["title"] == "Child in need (CIN)"


def test_a_guide_carries_every_name_its_glossary_entry_gives(shipped_site, shipped_index):
    assert shipped_index["/guides/danger-statements/"]["meta"]["names"] == "Danger statements, Worry statement"
    assert shipped_index["/guides/group-supervision-mapping/"]["meta"]["names"] == "Group supervision mapping, Group supervision"
    assert shipped_index["/guides/genograms/"]["meta"]["names"] == "Genograms"  # the term 'Genogram' is its title
    # The three columns guide names its glossary term in its front matter (glossary: [three-columns-map]).
    assert "Signs of Wellbeing map" in shipped_index["/guides/three-columns/"]["meta"]["names"]
    # And the page says so, where a reader sees it.
    page = (shipped_site / "guides/danger-statements/index.html").read_text(encoding="utf-8")
    assert "Also called: <strong>Worry statement</strong> in early help services" in page
    assert '<a href="../../glossary/#danger-statement">glossary</a>' in page
    assert "Also called" not in (shipped_site / "guides/genograms/index.html").read_text(encoding="utf-8")


def test_descriptions_are_meta_of_their_own(shipped_index):
    assert "how to book" in shipped_index["/training/"]["meta"]["description"]


def test_result_types_come_from_where_a_page_is():
    assert result_type("guides/genograms.md") == "Guide"
    assert result_type("guides/index.md") == PAGE
    assert result_type("packs/scaling-practice/handouts/cards.md") == "Workshop pack"
    assert result_type("packs/scaling-practice/participant.md") == PAGE  # kept out of search anyway
    assert result_type("examples/share.md") == PAGE
    assert result_type("start/my-learning.md") == PAGE
    assert result_type("training/sessions/core-2026-12.md") == "Session"


def test_marking_a_page_for_the_index():
    search = SiteSearch()
    page = '<head><meta name="description" content="Tom &amp; Jerry"></head><article class="md-content__inner md-typeset"><dl><dt>Places</dt><dd>20</dd></dl></article>'
    marked = search.mark(page, "guides/genograms.md", {})
    assert (
        '<article class="md-content__inner md-typeset" data-pagefind-body data-pagefind-filter="type:Guide" data-hub-description="Tom &amp; Jerry" data-pagefind-meta="description[data-hub-description]">'
        in marked
    )
    assert "<dt>Places</dt>\n<dd>20</dd>\n</dl>" in marked
    assert search.mark(page, "packs/a/participant.md", {"search": {"exclude": True}}) == page
    assert search.marked == 1
    search.mark("<html>no article</html>", "odd.md", {})
    with pytest.raises(Exception, match="theme's page markup has changed"):
        search.write_index(Path("/nonexistent"))


def test_unsearched_html_is_marked_at_its_top_level_only():
    html = '<form class="hub-filter" hidden>\n<select><option>a > b</option></select></form>\n<div id="list">\n<img src="x.png" alt="">\n<p>text</p></div><br>'
    assert unsearched(html) == (
        f'<form {IGNORE} class="hub-filter" hidden>\n<select><option>a > b</option></select></form>\n'
        f'<div {IGNORE} id="list">\n<img src="x.png" alt="">\n<p>text</p></div><br {IGNORE}>'
    )
    assert unsearched("Loose text <b>bold</b>") == f"<div {IGNORE}>Loose text <b>bold</b></div>"
    fragments = Fragments()
    held = fragments.keep('<section id="quiz">Answers</section>', searched=False)
    assert fragments.restore_late(held) == f'<section {IGNORE} id="quiz">Answers</section>'
    assert fragments.restore_late(fragments.keep("<p>Found</p>")) == "<p>Found</p>"


def test_a_build_without_pagefind_fails_and_says_how_to_mend_it(tmp_path):
    hub = make_hub(tmp_path / "hub")
    result = build(hub, tmp_path / "site", env={"PAGEFIND_BINARY_PATH": str(tmp_path / "no-such-pagefind")})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "The site search could not be made: Pagefind is not installed (run 'make setup'" in output
    assert "Nothing was published." in output and "Traceback" not in output
    assert not (tmp_path / "site" / "pagefind").exists()


def test_a_pagefind_that_fails_stops_the_build(tmp_path):
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'pagefind: out of disc space' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    hub = make_hub(tmp_path / "hub")
    result = build(hub, tmp_path / "site", env={"PAGEFIND_BINARY_PATH": str(broken)})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "The site search could not be made: Pagefind stopped with exit code 3: pagefind: out of disc space" in output
    assert "Traceback" not in output


def test_the_fixture_hub_is_searchable_without_directory_urls(tmp_path):
    """With use_directory_urls off, pages are NAME.html: the glossary's entries lead there too."""
    import yaml

    hub = make_hub(tmp_path / "hub")
    config = yaml.safe_load((hub / "mkdocs.yml").read_text(encoding="utf-8"))
    config["use_directory_urls"] = False
    (hub / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    assert build(hub, tmp_path / "site").returncode == 0
    entries = index_entries(tmp_path / "site")
    assert any(url.startswith("/glossary.html#") for url in entries), sorted(entries)[:5]
    assert "/guides/alpha.html" in entries


def test_shipped_config_uses_pagefind_not_the_theme_search():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    plugins = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert "search" not in plugins and "hub" in plugins
    assert {"path": "assets/hub/search.js", "defer": True} in config["extra_javascript"]
