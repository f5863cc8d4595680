"""Render examples from practice and practice-focus articles: the listings,
what each page carries above and below its text, and the guide's list.

The Renderer's methods are thin calls to these functions (macros/render.py).
"""
from __future__ import annotations

import re

from .model import Hub
from .model.examples import SERVICE_AREA_TITLES, Dated, Example, PracticeFocus

#: Where the publisher writes the feed (macros/feed.py), from the site root. At the root
#: because Material's script fetches 'sitemap.xml' beside every <link rel="alternate">
#: (its language switcher's way of finding pages): only at the root is one there.
FEED_PATH = "feed.xml"
FEED_TITLE = "New examples from practice and practice-focus articles"
#: The page that explains how to share an example.
SHARE_PAGE = "examples/share.md"


def newest_first(items) -> list:
    """Newest month first; within a month, by title."""
    return sorted(sorted(items, key=lambda i: i.title.lower()), key=lambda i: i.month, reverse=True)


def examples_for_guide(hub: Hub, guide_id: str) -> list[Example]:
    return newest_first(e for e in hub.examples.values() if guide_id in e.tools)


def share_url(hub: Hub) -> str | None:
    """The share page's address, if the hub has one."""
    page = hub.pages.get(SHARE_PAGE)
    return page.url if page else None


def listings(hub: Hub) -> dict[str, str | None]:
    """The addresses of the listing pages and the share page, where the hub has them."""
    def url(src: str) -> str | None:
        return hub.pages[src].url if src in hub.pages else None

    return {"examples": url("examples/index.md"), "practice_focus": url("practice-focus/index.md"), "share": url(SHARE_PAGE)}


def examples_list(renderer) -> str:
    hub = renderer.hub
    examples = newest_first(hub.examples.values())
    tools_used = sorted({t for e in examples for t in e.tools if t in hub.guides}, key=lambda t: hub.guides[t].title.lower())
    areas_used = {e.service_area for e in examples}
    fields = [
        ("tool", "Tool used", "Any tool", [(t, hub.guides[t].title) for t in tools_used]),
        ("service-area", "Service area", "All service areas", [(k, v) for k, v in SERVICE_AREA_TITLES.items() if k in areas_used]),
    ]
    renderer.require_asset("filter.js")
    renderer.require_asset("filter.css")
    renderer.require_asset("examples.css")
    renderer.require_feed(FEED_PATH, FEED_TITLE)
    return renderer.render("examples_list.html", examples=examples, fields=fields, target="example-list", noun="examples",
                           feed=FEED_PATH, share=share_url(hub))


def practice_focus_list(renderer) -> str:
    renderer.require_asset("examples.css")
    renderer.require_feed(FEED_PATH, FEED_TITLE)
    return renderer.render("practice_focus_list.html", articles=newest_first(renderer.hub.practice_focus.values()), feed=FEED_PATH)


def example_template(renderer) -> str:
    """The template 'hub new example' writes, as a Markdown code block to copy.

    It is rendered from the same file the command uses (macros/templates/new_example.md),
    so the share page can never show a different template.
    """
    from .scaffold import example_text

    text = example_text(title="The title of your example", month=renderer.hub.today.strftime("%Y-%m"))
    renderer.require_asset("examples.css")  # wraps the long guidance lines instead of scrolling
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence}{{ .text .hub-template }}\n{text.rstrip()}\n{fence}"


def decorate(renderer, src: str, markdown: str) -> str:
    """Put the facts above an example or article and the way on below it."""
    page = renderer.hub.pages.get(src)
    item = page.meta if page is not None else None
    if not isinstance(item, (Example, PracticeFocus)):
        return markdown
    renderer.require_asset("examples.css")
    renderer.require_feed(FEED_PATH, FEED_TITLE)
    head = renderer.render("example_facts.html", item=item, is_example=isinstance(item, Example))
    foot = renderer.render("example_foot.html", item=item, is_example=isinstance(item, Example), listings=listings(renderer.hub))
    return head + "\n\n" + markdown + "\n\n" + foot + "\n"


def summary_of(hub: Hub, src: str) -> str | None:
    """The page's search description, for examples and articles: their summary."""
    page = hub.pages.get(src)
    return page.meta.summary if page is not None and isinstance(page.meta, Dated) else None
