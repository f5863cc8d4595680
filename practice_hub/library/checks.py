"""Checks on the resource library and the downloads guides point to."""

from __future__ import annotations

from ..core.checks import check, missing_references
from ..core.findings import Finding
from ..core.paths import path_problem
from .model import DOWNLOADS


@check("library-file-exists")
def library_file_exists(hub):
    resources = hub.root / "resources"
    for item in hub.library.values():
        problem = path_problem(resources, item.file)
        if problem:
            yield item.finding(("file",), *problem)
        elif not (resources / item.file).is_file():
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
            yield Finding(
                f"resources/{rel}",
                1,
                "this file is not listed in resources/library.yml, so nobody can find it",
                "add an entry for it to resources/library.yml, or delete the file",
            )


@check("library-guides-exist")
def library_guides_exist(hub):
    for item in hub.library.values():
        yield from missing_references(hub, item, "related_guides", item.related_guides, hub.guides, "related guide '{ref}' does not exist")


@check("guide-downloads-exist")
def guide_downloads_exist(hub):
    for guide in hub.guides.values():
        yield from missing_references(hub, guide, "downloads", guide.downloads, hub.library, "download '{ref}' is not in the resource library")
