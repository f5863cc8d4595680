"""The glossary: plain-English terms, abbreviations and the names other services use."""

from __future__ import annotations

from pydantic import Field

from ..core.fields import Id, Line, Text
from ..core.model import Content


class Variant(Content):
    """Another name for the same thing, and the service that uses it."""

    term: Line
    used_in: Line = Field(description="The service that uses this name, e.g. 'Early help'")


class Term(Content):
    id: Id
    term: Line
    abbreviation: Line | None = None
    definition: Text
    variants: list[Variant] = []
    see_also: list[Id] = []

    def names(self) -> list[str]:
        """Every name the glossary gives the term: the term, its abbreviation and its variants."""
        return [self.term, *([self.abbreviation] if self.abbreviation else []), *(v.term for v in self.variants)]


class Glossary(Content):
    terms: list[Term] = Field(min_length=1)
