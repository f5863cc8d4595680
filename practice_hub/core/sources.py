"""Sources: where the hub's facts come from (resources/sources.yml).

Each guide, workshop pack, quiz, course and pathway lists the sources its facts rest on
(``sources: [framework-policy, local-training-policy]``). The list is for editors, not a
bibliography for learners: a council that replaces the shipped documents with its own
policies runs ``hub sources`` to see what rests on each one, and so what to check.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .fields import Id, Line, Text
from .model import Content

SourceKind = Literal["framework", "local-policy", "evidence"]
SOURCE_KIND_TITLES = {
    "framework": "The practice framework itself",
    "local-policy": "A council's own choice (this council's policy once adopted)",
    "evidence": "History, research and evidence",
}


class Source(Content):
    id: Id
    title: Line = Field(description="What the source is, in a few words")
    kind: SourceKind = Field(description="framework, local-policy or evidence")
    description: Text = Field(description="What the hub takes from it, and what a council replacing it should check")


class SourcesFile(Content):
    sources: list[Source] = Field(min_length=1)


class Sourced(Content):
    """Content that says which sources its facts come from."""

    sources: list[Id] = Field(default=[], description="The ids of the sources (resources/sources.yml) this item's facts come from")
