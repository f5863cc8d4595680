"""The glossary: plain-English terms, abbreviations and other services' names (resources/glossary.yml)."""

from ..core.content_type import ContentType, collect_checks, folder_of
from ..core.loading import load_list_file
from . import checks, views
from .model import Glossary, Term

FILE = "resources/glossary.yml"


def load(hub):
    hub.content["terms"] = {}
    return load_list_file(hub, FILE, Glossary, "terms", Term, hub.terms, "glossary term")


TYPE = ContentType(
    name="glossary",
    load=load,
    checks=collect_checks(checks),
    macros={"glossary_list": views.glossary_list},
    search_entries=views.search_entries,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
