"""One download per workshop pack: a zip of the printable pack and its handouts.

The zip is deterministic: the same content gives the same bytes on every build
(fixed timestamps and permissions, entries in sorted order), so it can be
cached, compared and checked in tests. Its pages are standalone HTML that work
offline: the facilitator pack, the participant handouts, each handout, and the
resource library files the plan uses.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from markupsafe import Markup

from .model import Hub
from .model.packs import Pack, duration_text, is_library_ref, library_id
from .render_packs import DownloadLinks, PackViews, download_name, markdown_html

#: Every entry gets this timestamp (the earliest a zip can hold).
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
STATIC = Path(__file__).parent / "static"


def zip_name(pack: Pack) -> str:
    """The download's path in the built site."""
    return f"packs/{pack.id}/{pack.id}.zip"


def pack_files(hub: Hub, pack: Pack, renderer=None) -> dict[str, bytes]:
    """Every file in the pack's download (path inside the zip -> bytes)."""
    from .render import Renderer

    renderer = renderer or Renderer(hub)
    views = PackViews(renderer)
    top = DownloadLinks(hub)
    files: dict[str, str | bytes] = {}

    def document(title: str, content: str, depth: int = 0) -> str:
        return renderer.jinja.get_template("pack_document.html").render(title=title, content=Markup(content), up="../" * depth) + "\n"

    files["facilitator-pack.html"] = document(f"{pack.title}: facilitator pack", _view(views, pack, "facilitator", top))
    files["participant-handouts.html"] = document(f"{pack.title}: participant handouts", _view(views, pack, "participant", top))
    contents = [("facilitator-pack.html", "The facilitator pack: the plan with timings, your notes and the answers. For you only."),
                ("participant-handouts.html", "The participant handouts: outline, exercises and handouts. One for each person.")]
    inner = DownloadLinks(hub, depth=1)
    for ref in pack.handout_refs:
        name = download_name(hub, ref)
        if is_library_ref(ref):
            item = hub.library[library_id(ref)]
            files[name] = (hub.root / "resources" / item.file).read_bytes()
            contents.append((name, f"{item.title} ({item.format}, from the resource library)."))
        else:
            handout = pack.handout_pages[ref]
            body = renderer.render("pack_handout.html", pack=pack, handout=handout, links=inner, body=markdown_html(hub, handout.body, baselevel=1))
            files[name] = document(handout.title, body, depth=1)
            contents.append((name, f"Handout: {handout.title}."))
    files["print.css"] = _stylesheet(hub)
    files["packs.js"] = (hub.root / hub.docs_dir / "assets" / "hub" / "packs.js").read_bytes()
    contents += [("print.css and packs.js", "The pages' print styles, and the small script that changes the start time."), ("README.txt", "This file.")]
    files["README.txt"] = renderer.jinja.get_template("pack_readme.txt").render(pack=pack, contents=contents, duration=duration_text) + "\n"
    return {f"{pack.id}/{name}": data.encode("utf-8") if isinstance(data, str) else data for name, data in files.items()}


def _view(views: PackViews, pack: Pack, view: str, links: DownloadLinks) -> str:
    return views.renderer.render("pack_view.html", download_size="", **views.context(pack, view, links))


def _stylesheet(hub: Hub) -> str:
    """The standalone page styles, then the pack styles the site uses too."""
    base = (STATIC / "pack-document.css").read_text(encoding="utf-8")
    shared = (hub.root / hub.docs_dir / "assets" / "hub" / "packs.css").read_text(encoding="utf-8")
    return base + "\n" + shared


def build_zip(files: dict[str, bytes]) -> bytes:
    """A deterministic zip: sorted entries, fixed times and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read the same everywhere
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def pack_zip(hub: Hub, pack: Pack, renderer=None) -> bytes:
    """The pack's download. Made once per build: the pack page (which shows its size)
    and the publisher (which writes it) share it through ``hub.memo``."""
    key = ("pack-zip", pack.id)
    if key not in hub.memo:
        hub.memo[key] = build_zip(pack_files(hub, pack, renderer))
    return hub.memo[key]


def publish_pack_zips(hub: Hub, site_dir: Path) -> None:
    """Write packs/<id>/<id>.zip into the built site for every pack."""
    from .render import Renderer

    renderer = Renderer(hub)
    for pack in hub.packs.values():
        target = site_dir / zip_name(pack)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pack_zip(hub, pack, renderer))
