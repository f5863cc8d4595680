"""Checks on the glossary."""

from __future__ import annotations

from ..core.checks import check, missing_references


@check("glossary-see-also-exists")
def see_also_exists(hub):
    for term in hub.terms.values():
        yield from missing_references(hub, term, "see_also", term.see_also, hub.terms, "'see_also' names '{ref}', which is not a glossary id")


@check("glossary-abbreviation-unique")
def abbreviation_unique(hub):
    seen: dict[str, str] = {}
    for term in hub.terms.values():
        if term.abbreviation:
            if term.abbreviation in seen:
                yield term.finding(
                    ("abbreviation",),
                    f"the abbreviation '{term.abbreviation}' is also given for '{seen[term.abbreviation]}'",
                    "an abbreviation can explain only one term on hover; keep it on one",
                )
            seen.setdefault(term.abbreviation, term.id)
