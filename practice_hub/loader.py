"""Load and check: read every content file into one typed model of the hub, then run the checks.

``load_hub`` never stops at the first problem. It returns the model with every
finding from reading, validating and cross-checking, so an editor sees all of
them at once. Each content type loads its own files (its declaration in
practice_hub/registry.py); this module only orders the work. Nothing here imports MkDocs.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Any

from .core.checks import run_checks
from .core.content_checks import CHECKS as CONTENT_CHECKS
from .core.findings import Finding
from .core.hub import Hub, Page
from .core.loading import load_list_file
from .core.markdown import MarkdownSettings
from .core.model import validate
from .core.pages import PageMeta
from .core.paths import path_problem
from .core.read import Mapping, as_located, read_markdown, read_yaml
from .core.settings import HubSettings
from .core.source_checks import CHECKS as SOURCE_CHECKS
from .core.sources import Source, SourcesFile
from .registry import CONTENT_TYPES

CONFIG_FILE = "mkdocs.yml"
SOURCES_FILE = "resources/sources.yml"


def load_hub(root: Path | str, today: date | None = None, config: dict[str, Any] | None = None) -> tuple[Hub, list[Finding]]:
    """Read and check the hub at ``root``. Returns the model and every finding.

    ``config`` is the site's configuration as the engine loaded it (MkDocs' own, with
    ``!ENV`` values filled in); without it, mkdocs.yml is read here."""
    root = Path(root)
    hub = Hub(root=root, today=today or date.today())
    findings: list[Finding] = []
    # Reading makes many objects and no garbage: Python's cycle collector, which would walk
    # them all again and again as they pile up, waits until the hub is read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings += _load_settings(hub, config)
        findings += load_list_file(hub, SOURCES_FILE, SourcesFile, "sources", Source, hub.sources, "source")
        findings += _load_pages(hub)
        for content_type in CONTENT_TYPES:
            if content_type.load is not None:
                findings += content_type.load(hub)
        findings += run_checks(hub, [*CONTENT_CHECKS, *SOURCE_CHECKS, *(c for t in CONTENT_TYPES for c in t.checks)])
    finally:
        if collecting:
            gc.enable()
    return hub, sorted(set(findings), key=lambda f: (f.path, f.line, f.message))


def _load_settings(hub: Hub, config: dict[str, Any] | None) -> list[Finding]:
    file = hub.root / CONFIG_FILE
    if not file.is_file():
        return [Finding(CONFIG_FILE, 1, "mkdocs.yml is missing", "run hub commands from the hub's top folder", "config")]
    doc = read_yaml(hub.root, file)
    if not doc.ok:
        return doc.findings
    if not isinstance(doc.data, Mapping):
        return [Finding(doc.path, 1, "mkdocs.yml should be a set of 'key: value' lines", "compare it with the shipped mkdocs.yml", "config")]
    if config is not None:  # the engine's values (environment variables filled in), at the file's lines
        doc.data = as_located({**doc.data, **{k: config[k] for k in ("docs_dir", "site_url", "extra") if k in config}}, doc.data)
    docs_dir = Path(str(doc.data.get("docs_dir") or "docs"))
    hub.docs_dir = (docs_dir.relative_to(hub.root) if docs_dir.is_absolute() and docs_dir.is_relative_to(hub.root) else docs_dir).as_posix()
    if config is not None and "mdx_configs" in config:
        hub.markdown = MarkdownSettings(list(config.get("markdown_extensions") or []), dict(config["mdx_configs"]))
    else:
        hub.markdown = MarkdownSettings.from_config_list(doc.data.get("markdown_extensions"))
    hub.site_url = str(doc.data.get("site_url") or "")
    extra = doc.data.get("extra")
    if not isinstance(extra, Mapping) or "hub" not in extra:
        line = doc.data.line_of("extra")
        return [Finding(doc.path, line, "the council's settings block 'extra: hub:' is missing", "copy it from the README's 'Rebrand' section", "config")]
    settings, found = validate(HubSettings, doc, extra["hub"], ("extra", "hub"))
    hub.settings = settings
    problem = path_problem(hub.root / hub.docs_dir, settings.logo) if settings and settings.logo else None
    if problem:
        found.append(settings.finding(("logo",), *problem, "config"))
    elif settings and settings.logo and not (hub.root / hub.docs_dir / settings.logo).is_file():
        found.append(
            settings.finding(
                ("logo",),
                f"the logo '{settings.logo}' is not a file under {hub.docs_dir}/",
                "put the image under docs/ and give its path from there, or remove the line",
                "config",
            )
        )
    return found


def page_kinds():
    return [kind for content_type in CONTENT_TYPES for kind in content_type.pages]


def _load_pages(hub: Hub) -> list[Finding]:
    findings: list[Finding] = []
    docs = hub.root / hub.docs_dir
    kinds = page_kinds()
    for kind in kinds:
        hub.content.setdefault(kind.collection, {})
    for file in sorted(docs.rglob("*.md")):
        src = file.relative_to(docs).as_posix()
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        kind = next((k for k in kinds if k.claims(src)), None)
        meta, found = validate(kind.model if kind else PageMeta, doc)
        findings += found
        if meta is None and isinstance(doc.data, Mapping) and isinstance(doc.data.get("id"), str):
            hub.unchecked_ids.add(doc.data["id"])
        hub.pages[src] = Page(src, doc, meta, kind.collection if kind else "")
        if kind is not None and meta is not None:
            hub.content[kind.collection][meta.id] = meta
    return findings
