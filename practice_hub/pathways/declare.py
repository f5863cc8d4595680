"""Induction pathways: one YAML file per role in resources/pathways/."""

from ..core.content_type import ContentType, collect_checks, folder_of
from ..core.loading import load_one_per_file
from . import checks, views
from .model import Pathway

FOLDER = "resources/pathways"


def load(hub):
    hub.content["pathways"] = {}
    return load_one_per_file(hub, FOLDER, Pathway, hub.pathways, "pathway")


TYPE = ContentType(
    name="pathways",
    load=load,
    checks=collect_checks(checks),
    macros={"pathway": views.pathway, "pathway_chooser": views.pathway_chooser, "my_learning": views.my_learning, "carry_on": views.carry_on},
    unsearched=frozenset({"pathway_chooser", "my_learning", "carry_on"}),
    generated_pages=views.generated_pages,
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
