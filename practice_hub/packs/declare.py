"""Workshop packs: a timed session plan, facilitator notes and handouts, one folder each under packs/."""

from ..core.content_type import ContentType, collect_checks, folder_of
from . import checks, download, pages
from .load import load

TYPE = ContentType(
    name="packs",
    load=load,
    checks=collect_checks(checks),
    macros={"pack": pages.pack_view, "pack_handout": pages.pack_handout, "pack_finder": pages.pack_finder},
    unsearched=frozenset({"pack_finder"}),
    generated_pages=pages.generated_pages,
    outputs=download.outputs,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
