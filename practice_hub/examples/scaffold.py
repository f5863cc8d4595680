"""A new example's text, for `hub new example` and the share page's template."""

from __future__ import annotations

from pathlib import Path

from ..core.text_templates import text_environment
from .model import SERVICE_AREA_TITLES

TEMPLATES = Path(__file__).parent / "templates"


def example_text(title: str, month: str, tools: list[str] = (), service_area: str | None = None, role: str | None = None) -> str:
    """A new example's text: every key, the three sections, and guidance to replace."""
    return (
        text_environment(TEMPLATES)
        .get_template("new_example.md")
        .render(title=title, month=month, tools=list(tools), service_area=service_area, role=role, service_areas=list(SERVICE_AREA_TITLES))
    )
