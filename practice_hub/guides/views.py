"""Tool guides: the tools index, and what every guide page carries at its foot."""

from __future__ import annotations

from ..core.wording import duration_text
from ..library.model import file_size, human_size
from .model import CATEGORY_TITLES, USED_WITH_TITLES


def tools_index(views) -> str:
    """Every tool guide by category, filterable: {{ tools_index() }}."""
    hub = views.hub
    by_category: dict[str, list] = {key: [] for key in CATEGORY_TITLES}
    for guide in sorted(hub.guides.values(), key=lambda g: g.title.lower()):
        by_category[guide.category].append(guide)
    used = {u for g in hub.guides.values() for u in g.used_with}
    fields = [
        ("category", "Category", "All categories", [(k, v) for k, v in CATEGORY_TITLES.items() if by_category[k]]),
        ("used-with", "Used with", "Anyone", [(k, v) for k, v in USED_WITH_TITLES.items() if k in used]),
    ]
    views.require_asset("filter.js")
    views.require_asset("filter.css")
    return views.render(
        "guides/tools_index.html",
        by_category=by_category,
        fields=fields,
        target="tool-list",
        noun="tools",
        category_titles=CATEGORY_TITLES,
        used_with_titles=USED_WITH_TITLES,
    )


def guide_links(hub) -> dict[str, dict[str, list]]:
    """For each guide, the quizzes, workshop packs and courses that name it: worked
    out once per build, not by searching every quiz, pack and course on every guide page."""
    if "guide-links" not in hub.memo:
        index = {g: {"quizzes": [], "packs": [], "courses": []} for g in hub.guides}
        sources = (
            ("quizzes", hub.content.get("quizzes", {}), "related_guides"),
            ("packs", hub.content.get("packs", {}), "guides"),
            ("courses", hub.content.get("courses", {}), "guides"),
        )
        for kind, items, field in sources:
            for item in items.values():
                for guide_id in dict.fromkeys(getattr(item, field)):
                    if guide_id in index:
                        index[guide_id][kind].append(item)
        for links in index.values():
            links["packs"].sort(key=lambda p: p.title.lower())  # as Jinja's sort filter: case aside
        hub.memo["guide-links"] = index
    return hub.memo["guide-links"]


def decorate(views, page):
    """Below a guide: its quizzes, packs, courses, examples and downloads, and its review dates.
    Kept out of search, like the listings: it names other pages, which have entries of their own."""
    from ..examples.views import examples_for_guide, share_url

    guide = page.meta
    hub = views.hub
    library = hub.content.get("library", {})
    sizes = {i: human_size(file_size(hub, library[i])) for i in guide.downloads if i in library}
    footer = views.render(
        "guides/guide_footer.html",
        guide=guide,
        sizes=sizes,
        linked=guide_links(hub)[guide.id],
        examples=examples_for_guide(hub, guide.id),
        share=share_url(hub),
        duration=duration_text,
    )
    return "", footer
