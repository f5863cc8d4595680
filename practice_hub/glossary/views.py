"""The glossary page's list of terms, by letter, and each term as an entry of the site search."""

from __future__ import annotations

import unicodedata
from itertools import groupby

from ..core.content_type import SearchEntry

#: The glossary page (docs/glossary.md), in directory form: each term is an anchor on it.
GLOSSARY_PAGE = "glossary/"


def _letter(term: str) -> str:
    """The letter a term is filed under: its first letter without accents; '#' for a number or sign."""
    first = unicodedata.normalize("NFKD", term.strip())[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def glossary_list(views) -> str:
    """Every glossary term, A to Z, with a jump list of letters and a box to find a term: {{ glossary_list() }}."""
    views.require_asset("glossary.js")
    views.require_asset("glossary.css")
    terms = sorted(views.hub.terms.values(), key=lambda t: t.term.lower())
    letters = [(letter, list(group)) for letter, group in groupby(terms, key=lambda t: _letter(t.term))]
    return views.render("glossary/glossary.html", letters=letters)


def search_entries(views):
    """Each term as a result of its own in the site search, found by every name it has. (The
    glossary page's list is left out of the index: glossary/templates/glossary.html.)"""
    for term in views.hub.terms.values():
        title = f"{term.term} ({term.abbreviation})" if term.abbreviation else term.term
        text = term.definition
        if term.variants:
            text += " Also called: " + "; ".join(f"{v.term} in {v.used_in}" for v in term.variants) + "."
        yield SearchEntry(f"{GLOSSARY_PAGE}#{term.id}", title, text, "Glossary term")
