"""Checks on the resource library and the downloads guides point to."""
from __future__ import annotations

from ..model.findings import Finding, did_you_mean, one_of
from ..model.library import DOWNLOADS
from . import check


@check("library-file-exists")
def library_file_exists(hub):
    for item in hub.library.values():
        path = hub.root / "resources" / item.file
        if not path.is_file():
            yield item.finding(("file",), f"the file 'resources/{item.file}' does not exist", "check the file name, or add the file under resources/")
        elif not item.file.startswith(DOWNLOADS + "/"):
            yield item.finding(("file",), f"'{item.file}' is not in the {DOWNLOADS}/ folder", f"put downloadable files under resources/{DOWNLOADS}/")


@check("library-lists-every-file")
def library_lists_every_file(hub):
    folder = hub.root / "resources" / DOWNLOADS
    if not folder.is_dir():
        return
    listed = {item.file for item in hub.library.values()}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(hub.root / "resources").as_posix()
        if path.is_file() and not path.name.startswith(".") and rel not in listed:
            yield Finding(f"resources/{rel}", 1, "this file is not listed in resources/library.yml, so nobody can find it",
                          "add an entry for it to resources/library.yml, or delete the file")


@check("library-guides-exist")
def library_guides_exist(hub):
    for item in hub.library.values():
        for index, guide_id in enumerate(item.related_guides):
            if guide_id not in hub.guides and not hub.refers_to_broken(guide_id):
                yield item.finding(("related_guides", index), f"related guide '{guide_id}' does not exist", did_you_mean(guide_id, hub.guides, fallback=one_of(hub.guides)))


@check("guide-downloads-exist")
def guide_downloads_exist(hub):
    for guide in hub.guides.values():
        for index, item_id in enumerate(guide.downloads):
            if item_id not in hub.library:
                yield guide.finding(("downloads", index), f"download '{item_id}' is not in the resource library", did_you_mean(item_id, hub.library, fallback=one_of(hub.library)))
