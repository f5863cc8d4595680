"""The glossary page's list of terms."""

from __future__ import annotations


def glossary_list(views) -> str:
    """Every glossary term, A to Z: {{ glossary_list() }}."""
    terms = sorted(views.hub.terms.values(), key=lambda t: t.term.lower())
    return views.render("glossary/glossary.html", terms=terms)
