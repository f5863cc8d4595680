"""Loading helpers every content type uses: one item per file, or a list of items in one file.

Both validate item by item, so one mistake never hides the other items, and
remember the ids of items that failed, so a reference to them is not reported again.
"""

from __future__ import annotations

from pathlib import Path

from .findings import Finding, did_you_mean
from .model import validate
from .read import Document, Mapping, Sequence, read_yaml


def load_one_per_file(hub, folder: str, model: type, registry: dict, kind: str) -> list[Finding]:
    """Load every YAML file in ``folder`` as one ``model`` each (quizzes, pathways)."""
    findings: list[Finding] = []
    for file in sorted((hub.root / folder).glob("*.y*ml")):
        doc = read_yaml(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        item, found = validate(model, doc)
        findings += register(hub, doc.data, item, found, registry, kind)
    return findings


def read_list_file(hub, path: str) -> Document | None:
    file = Path(hub.root) / path
    return read_yaml(hub.root, file) if file.is_file() else None


def load_list_file(hub, path: str, container: type, key: str, model: type, registry: dict, kind: str, also: tuple = ()) -> list[Finding]:
    """Load a YAML file holding a list of items under ``key`` (glossary, library, courses)."""
    doc = read_list_file(hub, path)
    if doc is None:
        return []
    if not doc.ok:
        return doc.findings
    findings: list[Finding] = []
    items = doc.data.get(key) if isinstance(doc.data, Mapping) else None
    if not isinstance(items, Sequence) or not items:
        return validate(container, doc)[1] or [Finding(doc.path, 1, f"'{key}' should be a list of entries", f"start each entry with '- id: …' under '{key}:'")]
    for name in (k for k in doc.data if k != key and k not in also):
        findings.append(
            Finding(
                doc.path, doc.data.line_of(name), f"unknown key '{name}'", did_you_mean(name, [key], fallback=f"the file holds only '{key}:'"), "unknown-key"
            )
        )
    for index, node in enumerate(items):
        item, found = validate(model, doc, node, (key, index))
        findings += register(hub, node, item, found, registry, kind)
    return findings


def register(hub, node, item, found: list[Finding], registry: dict, kind: str) -> list[Finding]:
    """Add a validated item to its registry; remember the id of one that failed."""
    if item is None:
        if isinstance(node, Mapping) and isinstance(node.get("id"), str):
            hub.unchecked_ids.add(node["id"])
        return found
    if item.id in registry:
        other = registry[item.id].source_path
        where = "earlier in this file" if other == item.source_path else f"by {other}"
        return [*found, item.finding(("id",), f"{kind} id '{item.id}' is already used {where}", f"give each {kind} its own id", "duplicate-id")]
    registry[item.id] = item
    return found
