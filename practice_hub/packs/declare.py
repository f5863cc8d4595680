"""Workshop packs: a timed session plan, facilitator notes and handouts, one folder each under packs/."""
from ..core.content_type import ContentType, collect_checks, folder_of
from . import checks, download, views
from .load import load

TYPE = ContentType(
    name="packs",
    load=load,
    checks=collect_checks(checks),
    macros={"pack": views.pack_view, "pack_handout": views.pack_handout, "pack_finder": views.pack_finder},
    unsearched=frozenset({"pack_finder"}),
    generated_pages=views.generated_pages,
    outputs=download.outputs,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
