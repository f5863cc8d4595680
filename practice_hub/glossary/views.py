"""The glossary page's list of terms, by letter."""

from __future__ import annotations

import unicodedata
from itertools import groupby


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
