"""Checks on examples from practice and practice-focus articles.

The one that matters most is ``identifying-details``: every example and
practice-focus article is read line by line for anything that could identify
a child or family (examples/privacy.py says what it looks for). A
reviewed exception is written in resources/allow-list.yml; an exception that
no longer matches anything is reported too, so the list stays honest.
Nothing is published while any of these checks finds a problem.
"""

from __future__ import annotations

import re

from ..core.checks import check
from ..core.findings import Finding, did_you_mean, one_of
from ..core.paths import path_problem
from .load import ALLOW_LIST
from .model import EXAMPLE_SECTIONS, GUIDANCE_MARKER, SERVICE_AREA_TITLES, Dated, Example
from .privacy import find_identifying_details

#: The pages practitioners share: examples, and practice-focus articles (whose checks are these too).
SHARED_KINDS = ("examples", "practice_focus")
_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$", re.MULTILINE)


def shared_pages(hub):
    """(page, file text) for every example and practice-focus article, whether or not its front matter is valid."""
    for _src, page in sorted(hub.pages.items()):
        if page.kind in SHARED_KINDS:
            yield page, (hub.root / page.doc.path).read_text(encoding="utf-8")


def _dated(hub) -> list[Dated]:
    return [*hub.examples.values(), *hub.practice_focus.values()]


@check("identifying-details")
def identifying_details(hub):
    allowed: dict[tuple[str, str], list] = {}
    for entry in hub.allow_list:
        allowed.setdefault((entry.file, entry.text), []).append(entry)
    used: set[tuple[str, str]] = set()
    for page, text in shared_pages(hub):
        for detail in find_identifying_details(text):
            key = (page.doc.path, detail.text)
            if key in allowed:
                used.add(key)
                continue
            yield Finding(
                page.doc.path,
                detail.line,
                f"this may identify someone: {detail.label}, '{detail.text}'",
                f"{detail.advice}; if it identifies no one, a reviewer can add it to {ALLOW_LIST}",
            )
    for entry in hub.allow_list:
        problem = path_problem(hub.root, entry.file)
        if problem:
            yield entry.finding(("file",), *problem)
        elif not (hub.root / entry.file).is_file():
            yield entry.finding(
                ("file",),
                f"the allow-list names '{entry.file}', which does not exist",
                "give the path from the hub's top folder, e.g. docs/examples/2026-03-three-columns.md, or remove the entry",
            )
        elif (entry.file, entry.text) not in used:
            yield entry.finding(
                ("text",),
                f"the allowed text '{entry.text}' no longer matches anything the check finds in {entry.file}",
                "remove this entry: an exception nobody needs is one more thing to trust",
            )
        for detail in find_identifying_details(entry.reviewed_by):
            yield entry.finding(("reviewed_by",), f"'reviewed_by' may name a person ('{detail.text}')", "write the reviewer's role, never their name")


#: Every file `hub new` may write, besides the pages under docs/: its guidance is flagged wherever it is left.
SCAFFOLDED = ("quizzes/*.yml", "packs/*/pack.md", "packs/*/handouts/*.md", "resources/*.yml", "resources/pathways/*.yml")


def _content_files(hub):
    """(path from the hub's top folder, text) for every page and every file a scaffold writes."""
    seen = set()
    for _src, page in sorted(hub.pages.items()):
        seen.add(page.doc.path)
        yield page.doc.path, (hub.root / page.doc.path).read_text(encoding="utf-8")
    for pattern in SCAFFOLDED:
        for file in sorted(hub.root.glob(pattern)):
            rel = file.relative_to(hub.root).as_posix()
            if rel not in seen and file.is_file():
                seen.add(rel)
                yield rel, file.read_text(encoding="utf-8", errors="replace")


@check("guidance-left")
def guidance_left(hub):
    """Guidance a template left (`hub new`), in any page or content file, until it is replaced."""
    for path, text in _content_files(hub):
        if GUIDANCE_MARKER not in text:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if GUIDANCE_MARKER in line:
                yield Finding(
                    path,
                    number,
                    f"the template's guidance is still here ('{GUIDANCE_MARKER} …')",
                    "replace the guidance with your own words, then delete the marker",
                )


@check("approved")
def approved(hub):
    for item in _dated(hub):
        if not item.approved_by:
            who = "a practice lead or team manager" if isinstance(item, Example) else "the hub's team"
            yield item.finding(
                ("approved_by",),
                f"this {item.kind_title.lower()} has not been approved, so it cannot be published",
                f"{who} reads it, checks it identifies no one, and writes their role after 'approved_by:'",
            )


@check("month-not-in-future")
def month_not_in_future(hub):
    for item in _dated(hub):
        if item.month_start > hub.today:
            yield item.finding(("month",), f"the month {item.month} is in the future", "give the month the work happened, YYYY-MM")


@check("example-anonymised")
def example_anonymised(hub):
    for example in hub.examples.values():
        if not example.anonymised:
            yield example.finding(
                ("anonymised",),
                "the example is not confirmed as anonymised",
                "remove every name, date, place and detail that could identify a child or family, then set 'anonymised: true'",
            )


@check("example-complete")
def example_complete(hub):
    for example in hub.examples.values():
        if not example.tools:
            yield example.finding(("tools",), "the example names no tools", "list the guide ids of the tools you used, e.g. [three-columns, scaling-questions]")
        if example.service_area is None:
            yield example.finding(("service_area",), "the example has no service area", one_of(SERVICE_AREA_TITLES))


@check("example-tools-exist")
def example_tools_exist(hub):
    for example in hub.examples.values():
        for index, tool in enumerate(example.tools):
            if tool not in hub.guides and not hub.refers_to_broken(tool) and not (hub.root / hub.docs_dir / "guides" / f"{tool}.md").is_file():
                # (a guide whose file exists but could not be read has its own finding already)
                yield example.finding(("tools", index), f"tool '{tool}' is not a guide id", did_you_mean(tool, hub.guides, fallback=one_of(hub.guides)))


@check("example-file-name")
def example_file_name(hub):
    for example in hub.examples.values():
        if not re.fullmatch(rf"{re.escape(example.month)}-[a-z0-9]+(-[a-z0-9]+)*", example.id):
            yield example.finding(
                ("month",),
                f"the file name '{example.id}.md' does not start with the example's month ({example.month})",
                f"name the file {example.month}-<a-few-words>.md, e.g. {example.month}-three-columns-in-a-meeting.md",
            )


@check("example-sections")
def example_sections(hub):
    for _src, page in hub.pages.items():
        if not isinstance(page.meta, Example):
            continue
        found = [h.strip() for h in _HEADING.findall(page.doc.body)]
        missing = [s for s in EXAMPLE_SECTIONS if s not in found]
        if missing:
            yield Finding(
                page.doc.path,
                page.first_text_line,
                f"the example has no '## {missing[0]}' section" + (f" (and {len(missing) - 1} more missing)" if len(missing) > 1 else ""),
                "every example has these sections in order: " + ", ".join(EXAMPLE_SECTIONS),
            )
        elif [s for s in found if s in EXAMPLE_SECTIONS] != list(EXAMPLE_SECTIONS):
            yield Finding(
                page.doc.path, page.first_text_line, "the example's sections are out of order", "put them in this order: " + ", ".join(EXAMPLE_SECTIONS)
            )
