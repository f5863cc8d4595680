"""Checks on sources: every source an item names is in resources/sources.yml."""

from __future__ import annotations

from .checks import check, missing_references


@check("sources-exist")
def sources_exist(hub):
    for item in hub.sourced_items():
        yield from missing_references(hub, item, "sources", item.sources, hub.sources, "source '{ref}' is not in resources/sources.yml")


CHECKS = (sources_exist,)
