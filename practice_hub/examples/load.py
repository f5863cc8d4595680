"""Reading the reviewed allow-list of the identifying-details check (resources/allow-list.yml).
Examples themselves are pages under docs/examples/, read with the other pages."""

from __future__ import annotations

from ..core.findings import Finding, did_you_mean
from ..core.loading import read_list_file
from ..core.model import validate
from ..core.read import Mapping, Sequence
from .model import AllowEntry, AllowList

ALLOW_LIST = "resources/allow-list.yml"


def load(hub) -> list[Finding]:
    allow_list = hub.content["allow_list"] = []
    doc = read_list_file(hub, ALLOW_LIST)
    if doc is None:
        return []
    if not doc.ok:
        return doc.findings
    if doc.data is None:  # an empty file: nothing is allowed
        return []
    entries = doc.data.get("entries") if isinstance(doc.data, Mapping) else None
    if not isinstance(entries, Sequence):
        return validate(AllowList, doc)[1] or [
            Finding(doc.path, 1, "'entries' should be a list", "start each entry with '- text: …' under 'entries:', or write 'entries: []'")
        ]
    findings: list[Finding] = []
    for name in (k for k in doc.data if k != "entries"):
        findings.append(
            Finding(
                doc.path,
                doc.data.line_of(name),
                f"unknown key '{name}'",
                did_you_mean(name, ["entries"], fallback="the file holds only 'entries:'"),
                "unknown-key",
            )
        )
    for index, node in enumerate(entries):  # entry by entry, so one mistake never hides the others
        entry, found = validate(AllowEntry, doc, node, ("entries", index))
        findings += found
        if entry is not None:
            allow_list.append(entry)
    return findings
