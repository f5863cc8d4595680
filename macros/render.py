"""Render the model into page fragments with Jinja templates (macros/templates)."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .model import Hub
from .model.guides import CATEGORY_TITLES, USED_WITH_TITLES

TEMPLATES = Path(__file__).parent / "templates"


class Renderer:
    """Holds the checked hub and renders its templates. One per build."""

    #: The names exposed to pages as macros.
    MACROS = ("tools_index", "glossary_list")

    def __init__(self, hub: Hub):
        self.hub = hub
        self.jinja = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.jinja.globals.update(hub=hub, settings=hub.settings, category_titles=CATEGORY_TITLES, used_with_titles=USED_WITH_TITLES)

    def render(self, template: str, **context) -> str:
        html = self.jinja.get_template(template).render(**context)
        # Markdown reads a blank line as the end of an HTML block: keep none.
        return "\n".join(line for line in html.splitlines() if line.strip())

    # --- macros --------------------------------------------------------------
    def tools_index(self) -> str:
        by_category: dict[str, list] = {key: [] for key in CATEGORY_TITLES}
        for guide in sorted(self.hub.guides.values(), key=lambda g: g.title.lower()):
            by_category[guide.category].append(guide)
        return self.render("tools_index.html", by_category=by_category)

    def glossary_list(self) -> str:
        terms = sorted(self.hub.terms.values(), key=lambda t: t.term.lower())
        return self.render("glossary.html", terms=terms)

    # --- what every page of a kind carries ---------------------------------------
    def decorate_page(self, src: str, markdown: str) -> str:
        page = self.hub.pages.get(src)
        if page is not None and src.startswith("guides/") and src in (f"guides/{g}.md" for g in self.hub.guides):
            markdown += "\n\n" + self.render("guide_footer.html", guide=page.meta) + "\n"
        return markdown + "\n\n" + self.abbreviations()

    def abbreviations(self) -> str:
        """Markdown abbreviation lines, so every abbreviation is explained on hover."""
        return "\n".join(f"*[{t.abbreviation}]: {t.term}" for t in self.hub.terms.values() if t.abbreviation)
