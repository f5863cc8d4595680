"""Render workshop packs: the facilitator pack and the participant handouts (two
views of one source), each handout as a printable page, and the pack finder.

The same templates render a pack on the site and in its printable download
(macros/pack_zip.py); only the links differ, so ``Links`` says where things are.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..core.hub import Hub
from ..core.wording import duration_text
from ..guides.model import CATEGORY_TITLES
from ..library.model import AUDIENCE_TITLES
from ..training.views import course_url
from .model import GROUP_SIZES, KIND_TITLES, LENGTH_BANDS, Pack, clock_at, is_library_ref, library_id

VIEWS = ("facilitator", "participant")


# --- where a pack's links point -----------------------------------------------------


class Links:
    """Links from a pack page on the site (relative to the page being rendered)."""

    in_download = False

    def __init__(self, hub: Hub, link: Callable[[str], str]):
        self.hub = hub
        self.link = link

    def page(self, path: str) -> str | None:
        return self.link(path)

    def facilitator(self, pack: Pack) -> str:
        return self.link(f"packs/{pack.id}/")

    def participant(self, pack: Pack) -> str:
        return self.link(f"packs/{pack.id}/participant/")

    def handout(self, pack: Pack, ref: str) -> str:
        if is_library_ref(ref):
            return self.link(self.hub.library[library_id(ref)].file)
        return self.link(f"packs/{pack.id}/handouts/{ref}/")

    def download(self, pack: Pack) -> str | None:
        return self.link(f"packs/{pack.id}/{pack.id}.zip")


class DownloadLinks(Links):
    """Links inside a pack's zip: between its own files only. ``depth`` is how
    many folders down the file being rendered sits (handout pages: 1)."""

    in_download = True

    def __init__(self, hub: Hub, depth: int = 0):
        super().__init__(hub, lambda path: path)
        self.up = "../" * depth

    def page(self, path: str) -> str | None:
        return None  # the hub's pages are not in the download: named, not linked

    def facilitator(self, pack: Pack) -> str:
        return self.up + "facilitator-pack.html"

    def participant(self, pack: Pack) -> str:
        return self.up + "participant-handouts.html"

    def handout(self, pack: Pack, ref: str) -> str:
        return self.up + download_name(self.hub, ref)

    def download(self, pack: Pack) -> str | None:
        return None


def download_name(hub: Hub, ref: str) -> str:
    """Where a handout sits inside the pack's zip."""
    if is_library_ref(ref):
        return "handouts/" + posixpath.basename(hub.library[library_id(ref)].file)
    return f"handouts/{ref}.html"


# --- what the templates are given ------------------------------------------------


@dataclass
class HandoutEntry:
    ref: str
    title: str
    kind: str  # "page" (the pack's own) or the library item's format
    href: str
    description: str = ""


def course_link(hub: Hub, links: Links, course_id: str) -> tuple[str, str | None]:
    """A course's title, and a link to its page where the training catalogue has it."""
    courses = getattr(hub, "courses", None) or {}
    return course_title(hub, course_id), (links.page(course_url(course_id)) if course_id in courses else None)


def course_title(hub: Hub, course_id: str) -> str:
    """A course's title from the training catalogue where the hub has one."""
    courses = getattr(hub, "courses", None) or {}
    course = courses.get(course_id)
    if course is not None and getattr(course, "title", None):
        return course.title
    words = course_id.replace("-", " ")
    words = re.sub(r"\b(\d+) hour\b", r"\1-hour", words)
    words = re.sub(r"^e learning\b", "e-learning", words)
    return words[:1].upper() + words[1:]


class PackViews:
    """Renders packs through the site's views (the same templates for the site and the download)."""

    def __init__(self, views):
        self.views = views
        self.hub: Hub = views.hub

    def get(self, pack_id: str) -> Pack:
        pack = self.hub.packs.get(pack_id)
        if pack is None:
            raise KeyError(f"there is no workshop pack '{pack_id}' (pack ids: {', '.join(sorted(self.hub.packs))})")
        return pack

    def handouts(self, pack: Pack, links: Links) -> list[HandoutEntry]:
        out = []
        for ref in pack.handout_refs:
            if is_library_ref(ref):
                item = self.hub.library[library_id(ref)]
                out.append(HandoutEntry(ref, item.title, item.format, links.handout(pack, ref), item.description))
            else:
                page = pack.handout_pages[ref]
                out.append(HandoutEntry(ref, page.title, "page", links.handout(pack, ref), page.description or ""))
        return out

    def context(self, pack: Pack, view: str, links: Links) -> dict:
        if view not in VIEWS:
            raise ValueError(f"a pack view is 'facilitator' or 'participant', not '{view}'")
        hub = self.hub
        handouts = self.handouts(pack, links)
        by_ref = {h.ref: h for h in handouts}
        exercises, number = {}, 0
        for index, segment in enumerate(pack.segments):
            if segment.exercise is not None:
                number += 1
                exercises[index] = number
        md = lambda text, level=3, prefix="": self.views.markdown(text, baselevel=level, id_prefix=prefix)
        return dict(
            pack=pack,
            view=view,
            links=links,
            md=md,
            by_ref=by_ref,
            handouts=handouts,
            own_handouts=[pack.handout_pages[h.ref] for h in handouts if h.kind == "page"],
            library_handouts=[h for h in handouts if h.kind != "page"],
            schedule=pack.schedule(),
            exercises=exercises,
            clock_at=lambda offset: clock_at(pack.default_start, offset),
            duration=duration_text,
            kind_titles=KIND_TITLES,
            audience_titles=AUDIENCE_TITLES,
            guides=[hub.guides[g] for g in pack.guides if g in hub.guides],
            quizzes=[hub.quizzes[q] for q in pack.quizzes if q in hub.quizzes],
            courses=[course_link(hub, links, c) for c in pack.courses],
            prerequisite_packs=[hub.packs[p] for p in pack.prerequisite_packs if p in hub.packs],
            prerequisite_courses=[course_link(hub, links, c) for c in pack.prerequisite_courses],
            breaks=sum(s.minutes for s in pack.segments if s.kind == "break"),
            related_packs=self.related(pack),
        )

    def related(self, pack: Pack) -> list[Pack]:
        """Packs that list this one as a prerequisite: what to run next (indexed once per build)."""
        if "packs-after" not in self.hub.memo:
            after: dict[str, list[Pack]] = {}
            for other in sorted(self.hub.packs.values(), key=lambda p: p.title.lower()):
                for before in dict.fromkeys(other.prerequisite_packs):
                    after.setdefault(before, []).append(other)
            self.hub.memo["packs-after"] = after
        return list(self.hub.memo["packs-after"].get(pack.id, []))

    def view(self, pack_id: str, view: str, links: Links) -> str:
        pack = self.get(pack_id)
        return self.views.render("packs/pack_view.html", **self.context(pack, view, links))

    def handout_page(self, pack_id: str, name: str, links: Links) -> str:
        pack = self.get(pack_id)
        if name not in pack.handout_pages:
            raise KeyError(f"pack '{pack_id}' has no handout '{name}'")
        handout = pack.handout_pages[name]
        return self.views.render("packs/pack_handout.html", pack=pack, handout=handout, links=links, body=self.views.markdown(handout.body, baselevel=1))

    # --- the finder ------------------------------------------------------------------
    def finder(self, links: Links) -> str:
        packs = sorted(self.hub.packs.values(), key=lambda p: p.title.lower())
        topics = {pack.id: self.topics(pack) for pack in packs}
        used_audiences = {a for p in packs for a in p.audience}
        used_topics = {t for ts in topics.values() for t in ts}
        used_bands = {band for p in packs for band in p.length_bands}
        used_sizes = {size for p in packs for size in p.group_sizes}
        fields = [
            ("audience", "Who it is for", "Anyone", [(k, v) for k, v in AUDIENCE_TITLES.items() if k in used_audiences]),
            ("length", "Length", "Any length", [(k, t) for k, t, _ in LENGTH_BANDS if k in used_bands]),
            ("people", "Group size", "Any size", [(str(n), f"{n} people") for n in GROUP_SIZES if n in used_sizes]),
            ("topic", "Topic", "All topics", [(k, v) for k, v in CATEGORY_TITLES.items() if k in used_topics]),
        ]
        return self.views.render(
            "packs/pack_finder.html",
            packs=packs,
            topics=topics,
            fields=fields,
            links=links,
            audience_titles=AUDIENCE_TITLES,
            topic_titles=CATEGORY_TITLES,
            duration=duration_text,
            course_link=lambda c: course_link(self.hub, links, c),
            target="pack-list",
            noun="packs",
        )

    def topics(self, pack: Pack) -> list[str]:
        """A pack's topics: the categories of the guides it goes with, in the hub's order."""
        found = {self.hub.guides[g].category for g in pack.guides if g in self.hub.guides}
        return [key for key in CATEGORY_TITLES if key in found]
