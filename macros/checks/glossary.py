"""Checks on the glossary."""
from __future__ import annotations

from ..model.findings import did_you_mean, one_of
from . import check


@check("glossary-see-also-exists")
def see_also_exists(hub):
    for term in hub.terms.values():
        for index, other in enumerate(term.see_also):
            if other not in hub.terms:
                yield term.finding(("see_also", index), f"'see_also' names '{other}', which is not a glossary id", did_you_mean(other, hub.terms, fallback=one_of(hub.terms)))


@check("glossary-abbreviation-unique")
def abbreviation_unique(hub):
    seen: dict[str, str] = {}
    for term in hub.terms.values():
        if term.abbreviation:
            if term.abbreviation in seen:
                yield term.finding(("abbreviation",), f"the abbreviation '{term.abbreviation}' is also given for '{seen[term.abbreviation]}'", "an abbreviation can explain only one term on hover; keep it on one")
            seen.setdefault(term.abbreviation, term.id)
