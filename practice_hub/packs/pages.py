"""Workshop packs' pages: the macros editors call, and the pages the hub writes for every pack
(facilitator pack, participant handouts, a page per handout). A pack page shows the size of its
download, so this sits above both the views and the download."""

from __future__ import annotations

from ..core.content_type import GeneratedPage
from ..library.model import human_size
from .download import pack_zip, print_css_name
from .model import Pack
from .views import Links, PackViews


def pack_view(views, pack_id: str, view: str = "facilitator") -> str:
    """A workshop pack: {{ pack('safety-planning-workshop', 'participant') }}."""
    packs = PackViews(views)
    pack = packs.get(pack_id)
    views.require_asset("packs.js")
    views.require_asset("packs.css")
    views.require_asset(print_css_name(pack))
    size = human_size(len(pack_zip(views, pack)))
    return views.render("packs/pack_view.html", download_size=size, **packs.context(pack, view, Links(views.hub, views.link)))


def pack_handout(views, pack_id: str, name: str) -> str:
    """One handout of a pack, as a printable page: {{ pack_handout('id', 'name') }}."""
    views.require_asset("packs.js")
    views.require_asset("packs.css")
    views.require_asset(print_css_name(PackViews(views).get(pack_id)))
    return PackViews(views).handout_page(pack_id, name, Links(views.hub, views.link))


def pack_finder(views) -> str:
    """Every pack, filterable by audience, length and topic: {{ pack_finder() }}."""
    views.require_asset("filter.js")
    views.require_asset("filter.css")
    views.require_asset("packs.css")
    return PackViews(views).finder(Links(views.hub, views.link))


def generated_pages(views):
    for pack in views.hub.packs.values():
        yield GeneratedPage(f"packs/{pack.id}/index.md", f"{pack.title}: facilitator pack", pack.summary, lambda pack=pack: page(views, pack, "facilitator"))
        # The participant handouts are left out of the site search: the facilitator pack and
        # the handout pages hold all they say, so each finds one result, not two.
        yield GeneratedPage(
            f"packs/{pack.id}/participant.md",
            f"{pack.title}: participant handouts",
            f"Handouts for participants in the workshop pack {pack.title}.",
            lambda pack=pack: page(views, pack, "participant"),
            searched=False,
        )
        for name, handout in pack.handout_pages.items():
            yield GeneratedPage(
                f"packs/{pack.id}/handouts/{name}.md",
                handout.title,
                handout.description or f"A handout for the workshop pack {pack.title}.",
                lambda pack=pack, name=name: page(views, pack, "handout", name),
            )


def page(views, pack: Pack, view: str, handout: str | None = None) -> str:
    if view == "handout":
        title, body = pack.handout_pages[handout].title, pack_handout(views, pack.id, handout)
    else:
        title, body = f"{pack.title}: {'facilitator pack' if view == 'facilitator' else 'participant handouts'}", pack_view(views, pack.id, view)
    return views.render("packs/pack_page.html", title=title, body=body)
