"""A new practice-focus article's text, for `hub new practice-focus`."""

from __future__ import annotations

from pathlib import Path

from ..core.text_templates import text_environment

TEMPLATES = Path(__file__).parent / "templates"


def article_text(title: str, month: str, role: str | None = None) -> str:
    return text_environment(TEMPLATES).get_template("new_practice_focus.md").render(title=title, month=month, role=role)
