"""Checks on sources: every guide, pack, quiz, course, pathway and download says where its facts come
from, and every source it names is in resources/sources.yml."""

from __future__ import annotations

from .checks import check, missing_references


@check("sources-exist")
def sources_exist(hub):
    for item in hub.sourced_items():
        yield from missing_references(hub, item, "sources", item.sources, hub.sources, "source '{ref}' is not in resources/sources.yml")


@check("sources-given")
def sources_given(hub):
    """Everything that teaches or sets policy says where its facts come from, once the hub lists its
    sources (resources/sources.yml): a council that keeps the record keeps it complete."""
    if not hub.sources:
        return
    for item in hub.sourced_items():
        if not item.sources:
            yield item.finding(
                ("id",),
                f"'{item.title}' does not say where its facts come from",
                "add 'sources: [framework-policy, ...]' with ids from resources/sources.yml: the framework itself, or the council's own policy",
            )


CHECKS = (sources_exist, sources_given)
