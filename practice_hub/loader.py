"""Load and check: read every content file into one typed model of the hub.

``load_hub`` never stops at the first problem. It returns the model with every
finding from reading, validating and cross-checking, so an editor sees all of
them at once. Nothing here imports MkDocs.
"""
from __future__ import annotations

import gc
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .base import validate
from .examples import EXAMPLE_FOLDER_PAGES, EXAMPLES_FOLDER, PRACTICE_FOCUS_FOLDER, AllowEntry, AllowList, Example, PracticeFocus
from .findings import Finding, did_you_mean
from .glossary import Glossary, Term
from .guides import Guide
from .library import Library, LibraryItem
from .pages import PageMeta
from .packs import HANDOUTS, PACKS, Handout, Pack
from .pathways import Pathway
from .quizzes import Quiz
from .settings import HubSettings
from .sources import Source, SourcesFile
from .training import Catalogue, Course, Session, Sessions, Training, read_times
from .yamlfile import Document, Mapping, Sequence, read_markdown, read_yaml

CONFIG_FILE = "mkdocs.yml"


@dataclass
class Page:
    """A hand-written Markdown page under docs/."""

    src: str  # path relative to docs/, e.g. 'guides/genograms.md'
    doc: Document
    meta: Any  # PageMeta, or the model of its content type

    @property
    def first_text_line(self) -> int:
        """The line of the first non-blank text after the front matter (where MkDocs' Markdown starts)."""
        body = self.doc.body
        return self.doc.body_line + body[: len(body) - len(body.lstrip())].count("\n")

    @property
    def url(self) -> str:
        """The page's address relative to the site root (MkDocs' directory URLs)."""
        stem = self.src[:-3]
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"


@dataclass
class Hub:
    """The whole hub, checked and cross-referenced."""

    root: Path
    today: date
    docs_dir: str = "docs"
    settings: HubSettings | None = None
    pages: dict[str, Page] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    quizzes: dict[str, Quiz] = field(default_factory=dict)
    library: dict[str, LibraryItem] = field(default_factory=dict)
    examples: dict[str, Example] = field(default_factory=dict)
    practice_focus: dict[str, PracticeFocus] = field(default_factory=dict)
    allow_list: list[AllowEntry] = field(default_factory=list)
    packs: dict[str, Pack] = field(default_factory=dict)
    pathways: dict[str, Pathway] = field(default_factory=dict)
    training: Training = field(default_factory=Training)
    sources: dict[str, Source] = field(default_factory=dict)
    #: The site's address (mkdocs.yml site_url), or "" where it is not set.
    site_url: str = ""
    #: Ids of items whose files have errors of their own: references to them are
    #: not reported again, so one mistake gives one finding.
    unchecked_ids: set[str] = field(default_factory=set)
    #: Results worked out once per build and used by several pages (a pack's download,
    #: converted Markdown, who links to a guide). A build loads the hub anew, so nothing goes stale.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def courses(self) -> dict:
        """The training catalogue's courses by id (pathway steps may point to them)."""
        return self.training.courses

    def refers_to_broken(self, item_id: str) -> bool:
        return item_id in self.unchecked_ids

    def guide_url(self, guide_id: str) -> str:
        return self.pages[f"guides/{guide_id}.md"].url

    def file_size(self, item: LibraryItem) -> int:
        return (self.root / "resources" / item.file).stat().st_size

    def sourced_items(self) -> list:
        """Everything that says where its facts come from."""
        return [*self.guides.values(), *self.library.values(), *self.packs.values(), *self.quizzes.values(),
                *self.training.courses.values(), *self.pathways.values()]

    def reviewed_items(self) -> list:
        """Everything with a review date: guides, library items and workshop packs."""
        return [*self.guides.values(), *self.library.values(), *self.packs.values()]


def load_hub(root: Path | str, today: date | None = None) -> tuple[Hub, list[Finding]]:
    """Read and check the hub at ``root``. Returns the model and every finding."""
    from ..checks import run_checks  # the checks need the model; the model does not need them

    root = Path(root)
    hub = Hub(root=root, today=today or date.today())
    findings: list[Finding] = []
    # Reading makes many objects and no garbage: Python's cycle collector, which would walk
    # them all again and again as they pile up, waits until the hub is read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings += _load_settings(hub)
        findings += _load_sources(hub)
        findings += _load_pages(hub)
        findings += _load_glossary(hub)
        findings += _load_quizzes(hub)
        findings += _load_library(hub)
        findings += _load_packs(hub)
        findings += _load_pathways(hub)
        findings += _load_training(hub)
        findings += _load_examples(hub)
        findings += run_checks(hub)
    finally:
        if collecting:
            gc.enable()
    return hub, sorted(set(findings), key=lambda f: (f.path, f.line, f.message))


def _load_settings(hub: Hub) -> list[Finding]:
    config = hub.root / CONFIG_FILE
    if not config.is_file():
        return [Finding(CONFIG_FILE, 1, "mkdocs.yml is missing", "run hub commands from the hub's top folder", "config")]
    doc = read_yaml(hub.root, config)
    if not doc.ok:
        return doc.findings
    if not isinstance(doc.data, Mapping):
        return [Finding(doc.path, 1, "mkdocs.yml should be a set of 'key: value' lines", "compare it with the shipped mkdocs.yml", "config")]
    hub.docs_dir = str(doc.data.get("docs_dir") or "docs")
    hub.site_url = str(doc.data.get("site_url") or "")
    extra = doc.data.get("extra")
    if not isinstance(extra, Mapping) or "hub" not in extra:
        line = doc.data.line_of("extra")
        return [Finding(doc.path, line, "the council's settings block 'extra: hub:' is missing", "copy it from the README's 'Rebrand' section", "config")]
    settings, found = validate(HubSettings, doc, extra["hub"], ("extra", "hub"))
    hub.settings = settings
    if settings and settings.logo and not (hub.root / hub.docs_dir / settings.logo).is_file():
        found.append(settings.finding(("logo",), f"the logo '{settings.logo}' is not a file under {hub.docs_dir}/", "put the image under docs/ and give its path from there, or remove the line", "config"))
    return found


def _load_pages(hub: Hub) -> list[Finding]:
    findings: list[Finding] = []
    docs = hub.root / hub.docs_dir
    for file in sorted(docs.rglob("*.md")):
        src = file.relative_to(docs).as_posix()
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        model = content_type_of(src)
        meta, found = validate(model, doc)
        findings += found
        if meta is None and isinstance(doc.data, Mapping) and isinstance(doc.data.get("id"), str):
            hub.unchecked_ids.add(doc.data["id"])
        hub.pages[src] = Page(src, doc, meta)
        if isinstance(meta, Guide):
            hub.guides[meta.id] = meta
    return findings


def content_type_of(src: str) -> type:
    """Which model a page's front matter follows, from where the page lives."""
    folder, _, name = src.rpartition("/")
    if folder == "guides" and name != "index.md":
        return Guide
    if folder == EXAMPLES_FOLDER and name not in EXAMPLE_FOLDER_PAGES:
        return Example
    if folder == PRACTICE_FOCUS_FOLDER and name != "index.md":
        return PracticeFocus
    return PageMeta


def _load_one_per_file(hub: Hub, folder: str, model: type, registry: dict, kind: str) -> list[Finding]:
    """Load every YAML file in ``folder`` as one ``model`` each (quizzes, pathways)."""
    findings: list[Finding] = []
    for file in sorted((hub.root / folder).glob("*.y*ml")):
        doc = read_yaml(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        item, found = validate(model, doc)
        findings += _register(hub, doc, doc.data, item, found, registry, kind)
    return findings


def _load_list_file(hub: Hub, path: str, container: type, key: str, model: type, registry: dict, kind: str, also: tuple = ()) -> list[Finding]:
    """Load a YAML file holding a list of items under ``key`` (glossary, library),
    validating item by item so that one mistake never hides the other items."""
    file = hub.root / path
    if not file.is_file():
        return []
    doc = read_yaml(hub.root, file)
    if not doc.ok:
        return doc.findings
    findings: list[Finding] = []
    items = doc.data.get(key) if isinstance(doc.data, Mapping) else None
    if not isinstance(items, Sequence) or not items:
        return validate(container, doc)[1] or [Finding(doc.path, 1, f"'{key}' should be a list of entries", f"start each entry with '- id: …' under '{key}:'")]
    for name in (k for k in doc.data if k != key and k not in also):
        findings.append(Finding(doc.path, doc.data.line_of(name), f"unknown key '{name}'", did_you_mean(name, [key], fallback=f"the file holds only '{key}:'"), "unknown-key"))
    for index, node in enumerate(items):
        item, found = validate(model, doc, node, (key, index))
        findings += _register(hub, doc, node, item, found, registry, kind)
    return findings


def _register(hub: Hub, doc: Document, node, item, found: list[Finding], registry: dict, kind: str) -> list[Finding]:
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


def _load_sources(hub: Hub) -> list[Finding]:
    return _load_list_file(hub, "resources/sources.yml", SourcesFile, "sources", Source, hub.sources, "source")


def _load_glossary(hub: Hub) -> list[Finding]:
    return _load_list_file(hub, "resources/glossary.yml", Glossary, "terms", Term, hub.terms, "glossary term")


def _load_quizzes(hub: Hub) -> list[Finding]:
    return _load_one_per_file(hub, "quizzes", Quiz, hub.quizzes, "quiz")


def _load_library(hub: Hub) -> list[Finding]:
    return _load_list_file(hub, "resources/library.yml", Library, "items", LibraryItem, hub.library, "library item")


def _load_packs(hub: Hub) -> list[Finding]:
    """Read packs/<id>/pack.md and the Markdown handouts beside it."""
    findings: list[Finding] = []
    folder = hub.root / PACKS
    if not folder.is_dir():
        return []
    for pack_dir in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        file = pack_dir / "pack.md"
        if not file.is_file():
            findings.append(Finding(f"{PACKS}/{pack_dir.name}", 1, f"the folder {PACKS}/{pack_dir.name}/ has no pack.md",
                                    "add a pack.md (copy one from another pack), or remove the folder", "pack-layout"))
            continue
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            hub.unchecked_ids.add(pack_dir.name)  # one mistake, one finding: references to this pack are not reported too
            continue
        pack, found = validate(Pack, doc)
        findings += found
        if pack is None:
            if isinstance(doc.data, Mapping) and isinstance(doc.data.get("id"), str):
                hub.unchecked_ids.add(doc.data["id"])
            continue
        pack._body, pack._body_line = doc.body, doc.body_line
        findings += _load_handouts(hub, pack, pack_dir / HANDOUTS)
        if pack.id in hub.packs:
            findings.append(pack.finding(("id",), f"pack id '{pack.id}' is also used by {hub.packs[pack.id].source_path}", "give each pack its own id"))
        else:
            hub.packs[pack.id] = pack
    return findings


def _load_handouts(hub: Hub, pack: Pack, folder: Path) -> list[Finding]:
    findings: list[Finding] = []
    if not folder.is_dir():
        return findings
    for file in sorted(folder.iterdir()):
        if file.name.startswith("."):
            continue
        if file.suffix != ".md" or not file.is_file():
            findings.append(Finding(f"{PACKS}/{folder.parent.name}/{HANDOUTS}/{file.name}", 1, "only Markdown handouts (.md) belong in a pack's handouts folder",
                                    "add other files to the resource library (resources/library.yml) and use them as 'library:<id>'", "pack-layout"))
            continue
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        handout, found = validate(Handout, doc)
        findings += found
        if handout is not None:
            handout._name, handout._body, handout._body_line = file.stem, doc.body, doc.body_line
            pack._handouts[file.stem] = handout
        else:
            hub.unchecked_ids.add(f"{pack.id}/{file.stem}")
    return findings


def _load_pathways(hub: Hub) -> list[Finding]:
    return _load_one_per_file(hub, "resources/pathways", Pathway, hub.pathways, "pathway")


def _load_training(hub: Hub) -> list[Finding]:
    """resources/courses.yml (the catalogue) and resources/sessions.yml (the dates),
    item by item; each session's times are then read and checked."""
    training = hub.training
    findings = _load_list_file(hub, "resources/courses.yml", Catalogue, "courses", Course, training.courses, "course", also=("new_starter_months",))
    file = hub.root / "resources" / "courses.yml"
    if file.is_file():
        doc = read_yaml(hub.root, file)
        if doc.ok and isinstance(doc.data, Mapping) and "new_starter_months" in doc.data:
            months = doc.data["new_starter_months"]
            if isinstance(months, int) and not isinstance(months, bool) and 1 <= months <= 12:
                training.new_starter_months = months
            else:
                findings.append(Finding(doc.path, doc.data.line_of("new_starter_months"), f"'new_starter_months' cannot be {months!r}", "write a whole number of months from 1 to 12, for example 2", "wrong-type"))
    findings += _load_list_file(hub, "resources/sessions.yml", Sessions, "sessions", Session, training.sessions, "session")
    for session in training.sessions.values():
        found = read_times(session)
        findings += found
        if not found and session.course in training.courses:
            training.usable.append(session)
    return findings


def _load_examples(hub: Hub) -> list[Finding]:
    """Examples and practice-focus articles (read with the pages), and the reviewed allow-list."""
    for page in hub.pages.values():
        if isinstance(page.meta, Example):
            hub.examples[page.meta.id] = page.meta
        elif isinstance(page.meta, PracticeFocus):
            hub.practice_focus[page.meta.id] = page.meta
    file = hub.root / "resources" / "allow-list.yml"
    if not file.is_file():
        return []
    doc = read_yaml(hub.root, file)
    if not doc.ok:
        return doc.findings
    if doc.data is None:  # an empty file: nothing is allowed
        return []
    entries = doc.data.get("entries") if isinstance(doc.data, Mapping) else None
    if not isinstance(entries, Sequence):
        return validate(AllowList, doc)[1] or [Finding(doc.path, 1, "'entries' should be a list", "start each entry with '- text: …' under 'entries:', or write 'entries: []'")]
    findings: list[Finding] = []
    for name in (k for k in doc.data if k != "entries"):
        findings.append(Finding(doc.path, doc.data.line_of(name), f"unknown key '{name}'", did_you_mean(name, ["entries"], fallback="the file holds only 'entries:'"), "unknown-key"))
    for index, node in enumerate(entries):  # entry by entry, so one mistake never hides the others
        entry, found = validate(AllowEntry, doc, node, ("entries", index))
        findings += found
        if entry is not None:
            hub.allow_list.append(entry)
    return findings
