"""Examples from practice: pages under docs/examples/, checked for identifying details, with a feed."""

from ..core.content_type import ContentType, PageKind, collect_checks, folder_of
from . import checks, feed, views
from .load import load
from .model import EXAMPLE_FOLDER_PAGES, EXAMPLES_FOLDER, Example

views_outputs = views.rules_outputs

TYPE = ContentType(
    name="examples",
    load=load,
    pages=(PageKind(EXAMPLES_FOLDER, Example, "examples", EXAMPLE_FOLDER_PAGES),),
    checks=collect_checks(checks),
    macros={"examples_list": views.examples_list, "example_template": views.example_template, "share_form": views.share_form},
    values={"feed_url": views.feed_url},
    unsearched=frozenset({"examples_list", "share_form"}),
    decorate=views.decorate,
    outputs=lambda views: {**feed.outputs(views), **views_outputs(views)},
    templates=folder_of(__file__) / "templates",
    assets=folder_of(__file__) / "assets",
)
