"""The feed of new examples from practice and practice-focus articles.

Published as an Atom feed (RFC 4287) at feed.xml (the site root),
built with xml.etree so every title and summary is escaped properly.

Atom rather than RSS 2.0 because an intranet hub often has no public address
(``site_url`` unset): Atom allows links relative to the feed itself, which a
feed reader resolves against wherever it fetched the feed, and its ids can be
``tag:`` URIs that stay the same if the hub moves. When ``site_url`` is set,
links are absolute.

The feed is deterministic: every date in it comes from the content (the
month of each item), never from the time of the build, so building twice
gives the same bytes.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from datetime import date

from ..core.hub import Hub
from .model import Dated, Example
from .views import FEED_PATH, FEED_TITLE, newest_first

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: The date in the feed's own tag: URI. Any date on which the council held its domain will do; it must never change.
FEED_TAG_DATE = "2026"
#: The feed's date when there is nothing in it yet.
EMPTY_FEED_DATE = date(2026, 1, 1)


def outputs(views) -> dict[str, bytes]:
    """The feed (FEED_PATH), where the hub has examples, articles or an examples page."""
    hub = views.hub
    if not (hub.examples or hub.practice_focus or "examples/index.md" in hub.pages):
        return {}
    return {FEED_PATH: feed_xml(hub, site_url(hub))}


def site_url(hub: Hub) -> str | None:
    """The hub's public address (mkdocs.yml ``site_url``) ending in '/', if set."""
    return (hub.site_url.rstrip("/") + "/") if hub.site_url else None


def _tag_authority(hub: Hub) -> str:
    """The domain for tag: ids: the council's mailbox domain (e.g. example.gov.uk)."""
    mailbox = hub.settings.mailbox if hub.settings else "hub@hub.invalid"
    return mailbox.rsplit("@", 1)[-1].lower()


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _href(path: str, base: str | None) -> str:
    """A link to ``path`` (from the site root): absolute under ``base``, or relative to the feed."""
    if base:
        return base + path
    relative = posixpath.relpath(path or ".", posixpath.dirname(FEED_PATH) or ".")
    return relative + ("/" if path.endswith("/") and not relative.endswith("/") else "")


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attributes.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def feed_xml(hub: Hub, base: str | None = None) -> bytes:
    """The Atom feed as UTF-8 bytes: every example and article, newest first."""
    items: list[Dated] = newest_first([*hub.examples.values(), *hub.practice_focus.values()])
    authority = _tag_authority(hub)
    name = hub.settings.name if hub.settings else "The Practice Learning Hub"
    team = hub.settings.team if hub.settings else "The hub team"

    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: "en-GB"})
    _add(feed, "title", f"{name}: {FEED_TITLE.lower()}")
    _add(
        feed,
        "subtitle",
        "Good practice shared by practitioners and champions, and short articles on one part of practice. "
        "Every example is anonymised and approved before it is published.",
    )
    _add(feed, "id", f"tag:{authority},{FEED_TAG_DATE}:practice-learning-hub/examples/feed")
    _add(feed, "updated", _timestamp(max((i.month_start for i in items), default=EMPTY_FEED_DATE)))
    _add(feed, "link", rel="self", type="application/atom+xml", href=_href(FEED_PATH, base))
    listing = hub.pages.get("examples/index.md")
    if listing is not None:
        _add(feed, "link", rel="alternate", type="text/html", href=_href(listing.url, base))
    author = _add(feed, "author")
    _add(author, "name", team)
    _add(feed, "generator", "Practice Learning Hub")

    for item in items:
        entry = _add(feed, "entry")
        _add(entry, "title", item.title)
        _add(entry, "id", f"tag:{authority},{item.month}:practice-learning-hub/{item.folder}/{item.id}")
        _add(entry, "link", rel="alternate", type="text/html", href=_href(item.url, base))
        _add(entry, "published", _timestamp(item.month_start))
        _add(entry, "updated", _timestamp(item.month_start))
        entry_author = _add(entry, "author")
        if isinstance(item, Example):
            _add(entry_author, "name", item.contributor_role)
            _add(entry, "category", term="example", label="Example from practice", scheme="urn:practice-learning-hub:kind")
            _add(entry, "category", term=item.service_area or "", label=item.service_area_title, scheme="urn:practice-learning-hub:service-area")
            for tool in item.tools:
                guide = hub.guides.get(tool)
                _add(entry, "category", term=tool, label=guide.title if guide else tool, scheme="urn:practice-learning-hub:tool")
        else:
            _add(entry_author, "name", item.author_role)
            _add(entry, "category", term="practice-focus", label="Practice focus", scheme="urn:practice-learning-hub:kind")
        _add(entry, "summary", item.summary, type="text")

    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
