"""The glossary page's list of terms, and each term as an entry of the site search."""

from __future__ import annotations

from ..core.content_type import SearchEntry

#: The glossary page (docs/glossary.md), in directory form: each term is an anchor on it.
GLOSSARY_PAGE = "glossary/"


def glossary_list(views) -> str:
    """Every glossary term, A to Z: {{ glossary_list() }}."""
    terms = sorted(views.hub.terms.values(), key=lambda t: t.term.lower())
    return views.render("glossary/glossary.html", terms=terms)


def search_entries(views):
    """Each term as a result of its own in the site search, found by every name it has. (The
    glossary page's list is left out of the index: glossary/templates/glossary.html.)"""
    for term in views.hub.terms.values():
        title = f"{term.term} ({term.abbreviation})" if term.abbreviation else term.term
        text = term.definition
        if term.variants:
            text += " Also called: " + "; ".join(f"{v.term} in {v.used_in}" for v in term.variants) + "."
        yield SearchEntry(f"{GLOSSARY_PAGE}#{term.id}", title, text, "Glossary term")
