"""Examples from practice: the listing, the template to copy, what each example (and each
practice-focus article) carries above and below its text, and the list on a guide's page.
"""

from __future__ import annotations

from ..core.hub import Hub
from .model import SERVICE_AREA_TITLES, Example
from .privacy import BUNDLE_NAME, bundle
from .scaffold import example_text

#: Where the feed is published (examples/feed.py), from the site root. At the root
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


def examples_list(views) -> str:
    hub = views.hub
    examples = newest_first(hub.examples.values())
    tools_used = sorted({t for e in examples for t in e.tools if t in hub.guides}, key=lambda t: hub.guides[t].title.lower())
    areas_used = {e.service_area for e in examples}
    fields = [
        ("tool", "Tool used", "Any tool", [(t, hub.guides[t].title) for t in tools_used]),
        ("service-area", "Service area", "All service areas", [(k, v) for k, v in SERVICE_AREA_TITLES.items() if k in areas_used]),
    ]
    views.require_asset("filter.js")
    views.require_asset("filter.css")
    views.require_asset("examples.css")
    views.require_feed(FEED_PATH, FEED_TITLE)
    return views.render(
        "examples/examples_list.html", examples=examples, fields=fields, target="example-list", noun="examples", feed=FEED_PATH, share=share_url(hub)
    )


def example_template(views) -> str:
    """The template 'hub new example' writes, as text to copy: {{ example_template() }}.

    It is rendered from the same file the command uses (examples/templates/new_example.md),
    so the share page can never show a different template."""
    text = example_text(title="The title of your example", month=views.hub.today.strftime("%Y-%m"))
    views.require_asset("examples.css")  # wraps the long guidance lines instead of scrolling
    return views.render("examples/example_template.html", text=text.rstrip())


def share_form(views, approval_time: str = "two weeks") -> str:
    """The share form, and the same questions on paper for readers without JavaScript: {{ share_form() }}.

    ``approval_time`` is how long approval usually takes, as the council words it ("two weeks").
    The form's script checks every answer with the same rules as `hub check` (privacy-rules.js,
    published by this type) and makes the example as a file in the hub's format."""
    hub = views.hub
    guides = sorted(((g.id, g.title) for g in hub.guides.values()), key=lambda pair: pair[1].lower())
    for name in ("examples.css", BUNDLE_NAME, "privacy.js", "share.js"):
        views.require_asset(name)
    settings = hub.settings
    return views.render(
        "examples/share_form.html",
        guides=guides,
        areas=list(SERVICE_AREA_TITLES.items()),
        mailbox=settings.mailbox if settings else "",
        team=settings.team if settings else "hub team",
        approval_time=approval_time,
        month=hub.today.strftime("%m"),
        year=hub.today.strftime("%Y"),
    )


def rules_outputs(views) -> dict[str, bytes]:
    """The identifying-details check's rules for the share form's script, where the hub has a share page."""
    return {f"assets/hub/{BUNDLE_NAME}": bundle()} if SHARE_PAGE in views.hub.pages else {}


def feed_url(views) -> str:
    """The address of the feed of new examples, relative to this page: {{ feed_url() }}."""
    return views.link(FEED_PATH)


def decorate(views, page):
    """The facts above an example or practice-focus article, and the way on below it."""
    item = page.meta
    views.require_asset("examples.css")
    views.require_feed(FEED_PATH, FEED_TITLE)
    is_example = isinstance(item, Example)
    head = views.render("examples/example_facts.html", item=item, is_example=is_example)
    foot = views.render("examples/example_foot.html", item=item, is_example=is_example, listings=listings(views.hub))
    return head, foot
