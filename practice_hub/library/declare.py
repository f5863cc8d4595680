"""The resource library: downloadable templates and handouts (resources/library.yml)."""

from ..core.content_type import ContentType, collect_checks, folder_of
from ..core.loading import load_list_file
from . import checks, views
from .model import Library, LibraryItem

FILE = "resources/library.yml"


def load(hub):
    hub.content["library"] = {}
    return load_list_file(hub, FILE, Library, "items", LibraryItem, hub.library, "library item")


TYPE = ContentType(
    name="library",
    load=load,
    checks=collect_checks(checks),
    macros={"library_list": views.library_list},
    files=views.downloads,
    templates=folder_of(__file__) / "templates",
)
