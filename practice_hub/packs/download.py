"""One download per workshop pack: a zip of the printable pack and its handouts.

The zip is deterministic: the same content gives the same bytes on every build
(core/outputs.py), so it can be cached, compared and checked in tests. Its pages
are standalone HTML that work offline: the facilitator pack, the participant
handouts, each handout, and the resource library files the plan uses.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from ..core.outputs import FIXED_TIME, deterministic_zip
from ..core.wording import duration_text
from .model import Pack, is_library_ref, library_id
from .views import DownloadLinks, PackViews, download_name

ASSETS = Path(__file__).parent / "assets"

__all__ = ["FIXED_TIME", "outputs", "pack_files", "pack_zip", "print_css", "print_css_name", "zip_name"]

#: Where a pack's own print style sheet is published (under the site root), beside the hub's other styles.
PRINT_CSS = "assets/hub/{name}"


def zip_name(pack: Pack) -> str:
    """The download's path in the built site."""
    return f"packs/{pack.id}/{pack.id}.zip"


def pack_files(views, pack: Pack) -> dict[str, bytes]:
    """Every file in the pack's download (path inside the zip -> bytes)."""
    hub = views.hub
    packs = PackViews(views)
    top = DownloadLinks(hub)
    files: dict[str, str | bytes] = {}

    def document(title: str, content: str, depth: int = 0) -> str:
        return views.render("packs/pack_document.html", title=title, content=Markup(content), up="../" * depth) + "\n"

    files["facilitator-pack.html"] = document(f"{pack.title}: facilitator pack", _view(packs, pack, "facilitator", top))
    files["participant-handouts.html"] = document(f"{pack.title}: participant handouts", _view(packs, pack, "participant", top))
    contents = [
        ("facilitator-pack.html", "The facilitator pack: the plan with timings, your notes and the answers. For you only."),
        ("participant-handouts.html", "The participant handouts: outline, exercises and handouts. One for each person."),
    ]
    inner = DownloadLinks(hub, depth=1)
    for ref in pack.handout_refs:
        name = download_name(hub, ref)
        if is_library_ref(ref):
            item = hub.library[library_id(ref)]
            files[name] = (hub.root / "resources" / item.file).read_bytes()
            contents.append((name, f"{item.title} ({item.format}, from the resource library)."))
        else:
            handout = pack.handout_pages[ref]
            body = views.render("packs/pack_handout.html", pack=pack, handout=handout, links=inner, body=views.markdown(handout.body, baselevel=1))
            files[name] = document(handout.title, body, depth=1)
            contents.append((name, f"Handout: {handout.title}."))
    files["print.css"] = _stylesheet() + "\n" + print_css(pack).split("\n", 1)[1]
    files["packs.js"] = (ASSETS / "packs.js").read_bytes()
    contents += [("print.css and packs.js", "The pages' print styles, and the small script that changes the start time."), ("README.txt", "This file.")]
    files["README.txt"] = views.render("packs/pack_readme.txt", pack=pack, contents=contents, duration=duration_text) + "\n"
    return {f"{pack.id}/{name}": data.encode("utf-8") if isinstance(data, str) else data for name, data in files.items()}


def _view(packs: PackViews, pack: Pack, view: str, links: DownloadLinks) -> str:
    return packs.views.render("packs/pack_view.html", download_size="", **packs.context(pack, view, links))


def _stylesheet() -> str:
    """The standalone page styles, then the pack styles the site uses too."""
    return (ASSETS / "pack-document.css").read_text(encoding="utf-8") + "\n" + (ASSETS / "packs.css").read_text(encoding="utf-8")


def print_css_name(pack: Pack) -> str:
    """The name of the pack's own print style sheet among the hub's assets (pages ask for it by name)."""
    return f"pack-{pack.id}.css"


def _css_string(text: str) -> str:
    """Text as a CSS string: quotes, backslashes and line ends escaped, so a title is only ever text."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("\r", "")
    return f'"{escaped}"'


def print_css(pack: Pack) -> str:
    """The pack's title at the foot of every printed page (packs.css numbers the pages). CSS cannot
    read a title from the page itself in Chromium (no string-set), so each pack has this small file."""
    return (
        f'@charset "utf-8";\n/* {pack.id}: the title at the foot of each printed page. */\n@page {{ @bottom-left {{ content: {_css_string(pack.title)}; }} }}\n'
    )


def pack_zip(views, pack: Pack) -> bytes:
    """The pack's download. Made once per build: the pack page (which shows its size)
    and the publisher (which writes it) share it through ``hub.memo``."""
    key = ("pack-zip", pack.id)
    if key not in views.hub.memo:
        views.hub.memo[key] = deterministic_zip(pack_files(views, pack))
    return views.hub.memo[key]


def outputs(views) -> dict[str, bytes]:
    """packs/<id>/<id>.zip for every pack, and each pack's print style sheet."""
    out = {zip_name(pack): pack_zip(views, pack) for pack in views.hub.packs.values()}
    out.update({PRINT_CSS.format(name=print_css_name(pack)): print_css(pack).encode("utf-8") for pack in views.hub.packs.values()})
    return out
