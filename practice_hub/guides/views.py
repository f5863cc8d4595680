"""Tool guides: the tools index, and what every guide page carries at its foot."""

from __future__ import annotations

import re

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


def _name_key(text: str) -> str:
    """A name compared as a person would: case, punctuation and a plural 's' aside."""
    key = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return key[:-1] if key.endswith("s") else key


def glossary_terms(hub, guide) -> list:
    """The glossary terms a guide is about: those its front matter names (``glossary:``), or else
    every term one of whose names is the guide's title or id ('Danger statements' is the term
    'Danger statement'; 'Group supervision mapping' is another name of 'Group supervision')."""
    terms = hub.content.get("terms", {})
    if guide.glossary:
        return [terms[i] for i in guide.glossary if i in terms]
    own = {_name_key(guide.title), _name_key(guide.id)}
    return [t for t in terms.values() if own & {_name_key(t.id), *map(_name_key, t.names())}]


def other_names(hub, guide) -> list[tuple[str, str | None]]:
    """The other names the guide's tool goes by, for "Also called: ...": (name, the service that
    uses it or None). They are its glossary terms' abbreviations and variants, and a term's own
    name where the guide is named after one of its variants ('Group supervision mapping' is a
    variant of 'Group supervision'). Names that are the guide's title are left out."""
    own, seen, names = _name_key(guide.title), set(), []
    for term in glossary_terms(hub, guide):
        used_in = {v.term: v.used_in for v in term.variants}
        named_by_variant = own in {_name_key(v) for v in used_in}
        candidates = ([term.term] if named_by_variant else []) + ([term.abbreviation] if term.abbreviation else []) + list(used_in)
        for name in candidates:
            if _name_key(name) not in (own, *seen):
                seen.add(_name_key(name))
                names.append((name, used_in.get(name)))
    return names


def search_names(hub, guide) -> list[str]:
    """Every name that finds the guide first in the site search: its title and all its glossary
    terms' names."""
    names, seen = [guide.title], {_name_key(guide.title)}
    for term in glossary_terms(hub, guide):
        for name in term.names():
            if _name_key(name) not in seen:
                seen.add(_name_key(name))
                names.append(name)
    return names


def decorate(views, page):
    """Above a guide, the other names its tool goes by ("Also called: ..."), which also find it
    in the site search. Below it: its quizzes, packs, courses, examples and downloads, and its
    review dates, kept out of search like the listings (it names other pages, which have
    entries of their own)."""
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
    terms = glossary_terms(hub, guide)
    head = views.render("guides/guide_head.html", names=other_names(hub, guide), search_names=search_names(hub, guide), term=terms[0] if terms else None)
    return head, footer
