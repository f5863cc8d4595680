"""Whole-site gates on the built hub: valid HTML, links and anchors that resolve,
a description on every page, a working 404 page, and reproducible builds."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, build, make_hub

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class PageParts(HTMLParser):
    """Collects a page's ids, links and meta description."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.description: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and tag in ("a", "link", "script", "img", "source"):
                self.links.append(attrs[key])
        if tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content")


def parse(page: Path) -> PageParts:
    parts = PageParts()
    parts.feed(page.read_text(encoding="utf-8"))
    return parts


@pytest.fixture(scope="module")
def pages(shipped_site):
    return {page: parse(page) for page in sorted(shipped_site.rglob("*.html"))}


def test_every_internal_link_and_anchor_resolves(shipped_site, pages):
    assert broken_links(shipped_site, pages) == []


def test_links_work_without_directory_urls_too(tmp_path):
    """Some intranets serve files without directory indexes: with `use_directory_urls: false` every
    page is a .html file and every link the hub makes points to one."""
    import yaml

    hub = make_hub(tmp_path / "hub", content=None)
    for folder in ("docs", "resources", "quizzes", "packs"):
        shutil.copytree(ROOT / folder, hub / folder, dirs_exist_ok=True)
    config = yaml.safe_load((hub / "mkdocs.yml").read_text(encoding="utf-8"))
    config["use_directory_urls"] = False
    (hub / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    site = tmp_path / "site"
    result = build(hub, site, env={"HUB_TODAY": "2026-12-01"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "guides" / "genograms.html").is_file() and not (site / "guides" / "genograms").exists()
    found = {page: parse(page) for page in sorted(site.rglob("*.html"))}
    assert broken_links(site, found) == []
    assert 'href="../guides/three-columns.html' in (site / "quizzes" / "three-columns.html").read_text(encoding="utf-8")


def broken_links(site: Path, pages: dict) -> list[str]:
    """Every internal link or #anchor of the built ``site`` that leads nowhere."""
    problems = []
    for page, parts in pages.items():
        for link in parts.links:
            url = urlsplit(link)
            if url.scheme or link.startswith(("//", "mailto:", "tel:", "webcal:")):
                continue
            if url.path.startswith("/"):  # the 404 page links from the site root (set site_url to host elsewhere)
                target = (site / unquote(url.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if target.is_dir() or (url.path.endswith("/") and not target.suffix):
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{page.relative_to(site)}: {link} (no such file)")
                continue
            if url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(url.fragment) not in ids:
                    problems.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    return problems


def test_every_page_has_a_meta_description(pages, shipped_site):
    missing = [str(p.relative_to(shipped_site)) for p, parts in pages.items() if not (parts.description or "").strip()]
    assert missing == []


def test_every_page_has_a_distinct_title(shipped_site, pages):
    titles = {}
    for page in pages:
        match = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)
        assert match, page
        titles.setdefault(match.group(1), []).append(str(page.relative_to(shipped_site)))
    assert {t: p for t, p in titles.items() if len(p) > 1} == {}


def test_404_page_has_the_site_shell_and_a_way_home(shipped_site):
    html = (shipped_site / "404.html").read_text(encoding="utf-8")
    assert "<title>Page not found - Practice Learning Hub</title>" in html
    assert '<a href="/">Go to the home page</a>' in html
    assert "practice.hub@example.gov.uk" in html


def test_every_page_is_valid_html(shipped_site):
    java = shutil.which("java")
    assert java, "Java is missing: run 'make test', which installs it"
    assert VNU.is_file(), "the Nu HTML Checker is missing: run 'make test', which installs it with npm"
    pages = [str(p) for p in sorted(shipped_site.rglob("*.html"))]
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *pages], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split('/site/')[-1]}:{m.get('lastLine', '?')}: {m['message']}" for m in messages if m.get("type") == "error"]
    assert errors == []


def test_two_builds_are_byte_identical(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    env = {"HUB_TODAY": "2026-11-23"}
    assert build(ROOT, first, env).returncode == 0
    assert build(ROOT, second, env).returncode == 0

    def digests(site: Path) -> dict[str, str]:
        return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(site.rglob("*")) if p.is_file()}

    one, two = digests(first), digests(second)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


# The site search's index (Pagefind): tests/test_search.py.
