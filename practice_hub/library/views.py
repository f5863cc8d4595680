"""The resource library page, and the downloads it publishes."""

from __future__ import annotations

from pathlib import Path

from .model import AUDIENCE_TITLES, KIND_TITLES, file_size, human_size


def library_list(views) -> str:
    """Every download, by kind, filterable by audience: {{ library_list() }}."""
    hub = views.hub
    by_kind: dict[str, list] = {key: [] for key in KIND_TITLES}
    for item in sorted(hub.library.values(), key=lambda i: i.title.lower()):
        by_kind[item.kind].append(item)
    used = {a for i in hub.library.values() for a in i.audience}
    fields = [("audience", "Who it is for", "Everyone", [(k, v) for k, v in AUDIENCE_TITLES.items() if k in used])]
    views.require_asset("filter.js")
    views.require_asset("filter.css")
    return views.render(
        "library/library.html",
        by_kind=by_kind,
        kind_titles=KIND_TITLES,
        audience_titles=AUDIENCE_TITLES,
        sizes={i.id: human_size(file_size(hub, i)) for i in hub.library.values()},
        fields=fields,
        target="library-list",
        noun="downloads",
    )


def downloads(hub) -> dict[str, Path]:
    """The library's files, published at the same path as under resources/ (downloads/...)."""
    return {item.file: hub.root / "resources" / item.file for item in sorted(hub.library.values(), key=lambda i: i.file)}
