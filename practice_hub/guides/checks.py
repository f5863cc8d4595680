"""Checks on tool guides."""

from __future__ import annotations

import re

from ..core.checks import check, missing_references
from ..core.findings import Finding
from .model import GUIDE_SECTIONS


@check("guide-id-matches-file")
def guide_id_matches_file(hub):
    for src, page in hub.pages.items():
        guide = page.meta
        if src.startswith("guides/") and getattr(guide, "id", None) and src != f"guides/{guide.id}.md":
            yield guide.finding(("id",), f"the id '{guide.id}' does not match the file name", f"rename the file to {guide.id}.md or change the id", "")


@check("guide-related-exists")
def guide_related_exists(hub):
    for guide in hub.guides.values():
        for index, other in enumerate(guide.related):
            if other == guide.id:
                yield guide.finding(("related", index), f"guide '{guide.id}' lists itself as related", "remove it from 'related'")
        yield from missing_references(hub, guide, "related", guide.related, hub.guides, "related guide '{ref}' does not exist")


@check("guide-glossary-exists")
def guide_glossary_exists(hub):
    for guide in hub.guides.values():
        yield from missing_references(hub, guide, "glossary", guide.glossary, hub.terms, "glossary term '{ref}' does not exist (resources/glossary.yml)")


_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$", re.MULTILINE)


@check("guide-sections")
def guide_sections(hub):
    for src, page in hub.pages.items():
        guide = page.meta
        if not src.startswith("guides/") or not hasattr(guide, "category"):
            continue
        found = [h.strip() for h in _HEADING.findall(page.doc.body)]
        missing = [s for s in GUIDE_SECTIONS if s not in found]
        if missing:
            yield Finding(
                page.doc.path,
                page.doc.body_line,
                f"the guide has no '## {missing[0]}' section" + (f" (and {len(missing) - 1} more missing)" if len(missing) > 1 else ""),
                "every guide has these sections in order: " + ", ".join(GUIDE_SECTIONS),
            )
        elif [s for s in found if s in GUIDE_SECTIONS] != list(GUIDE_SECTIONS):
            yield Finding(page.doc.path, page.doc.body_line, "the guide's sections are out of order", "put them in this order: " + ", ".join(GUIDE_SECTIONS))
