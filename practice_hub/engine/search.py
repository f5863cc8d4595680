"""The site search: Pagefind (pagefind.app) indexes the built site, and the reader's browser
searches that index with no server of its own and no request to any other host.

- ``mark`` (from on_post_page): each page's content, Material's ``<article>``, is marked as
  what the index holds (``data-pagefind-body``), with the page's type (guide, quiz, course ...)
  as a filter. The header, the navigation and the footer are left out, and so is a page whose
  front matter says ``search: exclude: true`` (the participant handouts, which the facilitator
  pack repeats). Inside a page, the HTML the hub keeps out of search (listings that repeat
  other pages, a guide's footer, a quiz's options and feedback) carries ``data-pagefind-ignore``
  (engine/fragments.py).
- ``write_index`` (from on_post_build, under ``mkdocs serve`` too): Pagefind reads the pages
  MkDocs wrote, adds the records the content types declare (each glossary term, found by
  every name the glossary gives it), and writes its index under ``pagefind/``. Only the parts
  the hub's own search script (core/assets/search.js) uses are kept: Pagefind's own UIs are
  removed. A failure stops the build with what went wrong; nothing is published.

Pagefind runs from the ``pagefind`` and ``pagefind_bin`` packages (PyPI): its binary is
inside the package, nothing is downloaded at build time.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: Where the index is published, from the site's root.
BUNDLE = "pagefind"
#: What a result's type is, from where its page is under docs/ (the first pattern that matches).
#: The search's type filter offers these; a page that matches none is a "Page".
RESULT_TYPES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"^guides/(?!index\.md$)[^/]+\.md$", "Guide"),
        (r"^quizzes/(?!index\.md$)[^/]+\.md$", "Quiz"),
        (r"^training/courses/[^/]+\.md$", "Course"),
        (r"^training/sessions/[^/]+\.md$", "Session"),
        (r"^packs/[^/]+/(index\.md|handouts/[^/]+\.md)$", "Workshop pack"),
        (r"^examples/(?!index\.md$|share\.md$)[^/]+\.md$", "Example"),
        (r"^practice-focus/(?!index\.md$)[^/]+\.md$", "Practice focus"),
        (r"^start/(?!index\.md$|my-learning\.md$)[^/]+\.md$", "Pathway"),
    )
)
PAGE = "Page"
#: Types whose pages are the thing their title names (a course, not one of its dates): the title is
#: also the meta 'course', which search.js weighs above a title and below a guide's 'names' (every
#: name its glossary entry gives the tool: guides/templates/guide_head.html). So "core programme"
#: finds the course before its sessions, and "safety plan" the guide before the Safety Planning workshop.
NAMED_TYPES = {"Course": "course"}
#: The type of the glossary's records (practice_hub/glossary/declare.py).
GLOSSARY_TERM = "Glossary term"
#: Material's page content: the element the index reads.
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
#: Elements whose words Pagefind runs into the next element's when nothing stands between them
#: ("Places25Led by..." from <dt>Places</dt><dd>25</dd><dt>Led by</dt>): a line break after each
#: keeps them apart, and changes nothing a reader sees.
_RUN_TOGETHER = re.compile(r"(</(?:dt|dd|th|caption|figcaption|summary|legend)>)(?=<)")
#: The page's description (Material writes it from the front matter, or the content's summary):
#: a meta of its own in the index, which counts for more than the page's text.
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
#: What the index passes over besides the hub's own marks: the theme's "link to this section" signs.
EXCLUDE = ("a.headerlink",)
#: What Pagefind writes that the hub's search uses; everything else in the bundle (its own
#: search UIs, its web worker, which search.js does without, the playground) is removed.
_KEPT = re.compile(r"^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|fragment|filter)$")


class SearchError(Exception):
    """The index could not be made: the message says why."""


@dataclass(frozen=True)
class Record:
    """An entry in the index that is not a page of its own: a glossary term, say."""

    url: str  # from the site's root, as it is published ('glossary/#genogram')
    title: str
    content: str
    type: str


def _indexed_part(page: str, language: str) -> str | None:
    """What Pagefind reads of a written page: its marked content (Material's <article>), or None
    for a page not marked for the index."""
    start = page.find('<article class="md-content__inner md-typeset" data-pagefind-body')
    end = page.rfind("</article>")
    if start < 0 or end < start:
        return None
    return f'<html lang="{html.escape(language)}"><body>{page[start : end + len("</article>")]}</body></html>'


def result_type(src: str) -> str:
    """The type a page's results show, from its place under docs/ ('guides/genograms.md')."""
    for pattern, label in RESULT_TYPES:
        if pattern.match(src):
            return label
    return PAGE


def excluded(meta: dict) -> bool:
    """Whether a page's front matter keeps it out of the search (``search: exclude: true``)."""
    search = meta.get("search") if isinstance(meta, dict) else None
    return isinstance(search, dict) and search.get("exclude") is True


def entries(site) -> list[Record]:
    """What the content types add to the index besides their pages (each glossary term), with
    the address each leads to as the site publishes it."""
    records = []
    for content_type in site.types:
        for entry in content_type.search_entries(site.views) if content_type.search_entries else ():
            page, _, anchor = entry.target.partition("#")
            records.append(Record(site.views.address(page) + (f"#{anchor}" if anchor else ""), entry.title, entry.text, entry.type))
    return records


class SiteSearch:
    """One build's search index: which pages were marked, then Pagefind over the written site."""

    def __init__(self, language: str = "en"):
        self.language = language
        self.marked = 0
        self.unmarked: list[str] = []

    def mark(self, output: str, src: str, meta: dict) -> str:
        """Mark a finished page for the index: its content, and its type as a filter."""
        if excluded(meta):
            return output
        kind = result_type(src)
        attributes, metas = f' data-pagefind-body data-pagefind-filter="type:{html.escape(kind)}"', []
        description = _DESCRIPTION.search(output)
        if description and description.group(1).strip():  # the value as the theme escaped it
            attributes += f' data-hub-description="{description.group(1)}"'
            metas.append("description[data-hub-description]")
        title = meta.get("title") if isinstance(meta.get("title"), str) else None
        if kind in NAMED_TYPES and title:
            attributes += f' data-hub-name="{title}"'  # the title as the theme has it, escaped
            metas.append(f"{NAMED_TYPES[kind]}[data-hub-name]")
        if metas:
            attributes += f' data-pagefind-meta="{", ".join(metas)}"'
        marked, count = _ARTICLE.subn(lambda m: m.group(0)[:-1] + attributes + ">", output, count=1)
        if not count:
            self.unmarked.append(src)
            return output
        self.marked += 1
        return _RUN_TOGETHER.sub("\\1\n", marked)

    def write_index(self, site_dir: Path, records: list[Record] = ()) -> dict:
        """Index the written site with Pagefind; return what it indexed. Raises SearchError."""
        if self.unmarked:
            raise SearchError(
                f'the theme\'s page markup has changed: {len(self.unmarked)} page(s) have no <article class="md-content__inner md-typeset">, '
                f"e.g. {self.unmarked[0]} (engine/search.py marks that element for the index)"
            )
        if not self.marked:
            raise SearchError("no page was marked for the index (engine/search.py marks each page as MkDocs writes it)")
        bundle = Path(site_dir) / BUNDLE
        shutil.rmtree(bundle, ignore_errors=True)
        try:
            with Pagefind() as pagefind:
                index = pagefind.send({"type": "NewIndex", "config": {"force_language": self.language, "exclude_selectors": list(EXCLUDE)}})["index_id"]
                # Page by page, in the order of their paths, each as its marked content alone: Pagefind's
                # own walk of a folder numbers the pages in whatever order its threads finish, so two
                # builds of one site would differ; and the rest of a page is only left out again.
                for path in sorted(Path(site_dir).rglob("*.html")):
                    document = _indexed_part(path.read_text(encoding="utf-8"), self.language)
                    if document is not None:
                        relative = path.relative_to(site_dir).as_posix()
                        url = "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
                        pagefind.send({"type": "AddFile", "index_id": index, "url": url, "file_contents": document, "file_path": None})
                for record in records:
                    pagefind.send(
                        {
                            "type": "AddRecord",
                            "index_id": index,
                            "url": "/" + record.url.lstrip("/"),
                            "content": record.content,
                            "language": self.language,
                            "meta": {"title": record.title},
                            "filters": {"type": [record.type]},
                            "sort": None,
                        }
                    )
                # Pagefind answers WriteFiles before every file is on disc: the files come back here and are written here.
                answer = pagefind.send({"type": "GetFiles", "index_id": index})
            files = {f["path"]: base64.b64decode(f["content"]) for f in answer["files"]}
            entry = json.loads(files["pagefind-entry.json"])
            indexed = sum(language["page_count"] for language in entry["languages"].values())
            # Under `mkdocs serve --dirty` only the changed pages are marked again: the others keep their marks on disc.
            if indexed < self.marked + len(records):
                raise SearchError(f"Pagefind indexed {indexed} pages and entries of the {self.marked + len(records)} given it in {site_dir}")
            wasm = {f"wasm.{language['wasm']}.pagefind" for language in entry["languages"].values()}
            files = {path: data for path, data in files.items() if _KEPT.match(path.split("/")[0]) or path in wasm}
            for path, data in _canonical_filters(files).items():
                target = bundle / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        except Exception:
            shutil.rmtree(bundle, ignore_errors=True)
            raise
        return {"pages": indexed - len(records), "records": len(records)}


class Pagefind:
    """Pagefind's indexing service (``pagefind --service``), spoken to over its standard input
    and output: each message is base64-encoded JSON followed by a comma, and so is each answer.
    (The ``pagefind`` package's own asyncio client waits a tenth of a second for every answer.)"""

    def __init__(self, timeout: float = 300):
        self.timeout = timeout
        self.process: subprocess.Popen | None = None
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (it lives as long as the service: closed in __exit__)
        self._id = 0

    def __enter__(self) -> Pagefind:
        try:
            from pagefind.service import get_executable

            executable = get_executable()
        except ImportError:
            executable = None
        if executable is None or not Path(executable).is_file():
            raise SearchError("Pagefind is not installed (run 'make setup': it installs the pagefind and pagefind-bin packages from requirements.lock)")
        self.process = subprocess.Popen([str(executable), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors, bufsize=0)
        return self

    def send(self, payload: dict) -> dict:
        """Send one request and wait for its answer's payload. Raises SearchError."""
        self._id += 1
        message = base64.b64encode(json.dumps({"message_id": self._id, "payload": payload}).encode("utf-8")) + b","
        try:
            self.process.stdin.write(message)
            self.process.stdin.flush()
        except OSError as error:
            raise SearchError(f"Pagefind stopped with exit code {self.process.wait()}{self._stderr()}") from error
        answer = self._read()
        body = answer.get("payload") or {}
        if body.get("type") == "Error":
            raise SearchError(f"Pagefind could not {payload['type']}: {body.get('message')}")
        if answer.get("message_id") != self._id:
            raise SearchError(f"Pagefind answered message {answer.get('message_id')}, not {self._id}")
        return body

    def _read(self) -> dict:
        chunks = []
        deadline = time.monotonic() + self.timeout
        out = self.process.stdout.fileno()
        while True:
            ready, _, _ = select.select([out], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise SearchError(f"Pagefind gave no answer in {self.timeout:.0f} s")
            chunk = os.read(out, 1 << 16)
            if not chunk:
                raise SearchError(f"Pagefind stopped with exit code {self.process.wait()}{self._stderr()}")
            chunks.append(chunk)
            if chunk.endswith(b","):
                break
        try:
            return json.loads(base64.b64decode(b"".join(chunks)[:-1]))
        except ValueError as error:
            raise SearchError(f"Pagefind's answer could not be read: {error}") from error

    def _stderr(self) -> str:
        self._errors.seek(0)
        text = self._errors.read().decode("utf-8", "replace").strip()
        return f": {text}" if text else ""

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._errors.close()


_SIGNATURE = b"pagefind_dcd"


def _cbor_item_end(data: bytes, at: int) -> int:
    """Where the CBOR item starting at ``at`` ends (the kinds Pagefind's filter files use:
    unsigned integers, text and arrays)."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        value = info
    else:
        width = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        value, at = int.from_bytes(data[at : at + width], "big"), at + width
    if major == 0:
        return at
    if major == 3:
        return at + value
    if major == 4:
        for _ in range(value):
            at = _cbor_item_end(data, at)
        return at
    raise SearchError(f"unexpected CBOR item (major type {major}) in Pagefind's filter index")


def _canonical_filters(files: dict[str, bytes]) -> dict[str, bytes]:
    """Make Pagefind's filter files the same from build to build. Pagefind writes the values of a
    filter (Guide, Quiz ...) in the order of a hash map seeded afresh on every run, so two builds
    of the same site differed in those files, in the metadata file that names them, and in the
    entry file that names that. Here the values are sorted, and each of those files is named
    from its content, as Pagefind names the rest."""
    files = dict(files)
    entry = json.loads(files["pagefind-entry.json"])
    for language in entry["languages"].values():
        meta = gzip.decompress(files.pop(f"pagefind.{language['hash']}.pf_meta"))
        for path in sorted(p for p in files if p.startswith("filter/")):
            data = gzip.decompress(files.pop(path))
            if not data.startswith(_SIGNATURE) or data[len(_SIGNATURE)] != 0x82:  # [name, [[value, pages], ...]]
                raise SearchError(f"Pagefind's filter index {path} is not in the form engine/search.py knows")
            at = _cbor_item_end(data, len(_SIGNATURE) + 1)  # past the filter's name: the list of values
            head_end = at + 1 + ({24: 1, 25: 2, 26: 4, 27: 8}[data[at] & 31] if data[at] & 31 >= 24 else 0)
            pairs, end = [], head_end
            while end < len(data):
                after = _cbor_item_end(data, end)
                pairs.append(data[end:after])
                end = after
            canonical = data[:head_end] + b"".join(sorted(pairs))
            old = path[len("filter/") : -len(".pf_filter")]
            prefix, digits = old.split("_")
            new = f"{prefix}_{hashlib.sha256(canonical).hexdigest()[: len(digits)]}"
            files[f"filter/{new}.pf_filter"] = gzip.compress(canonical, compresslevel=9, mtime=0)
            if old.encode() not in meta:
                raise SearchError(f"Pagefind's metadata does not name its filter index {old}")
            meta = meta.replace(old.encode(), new.encode())
        prefix, digits = language["hash"].split("_")
        language["hash"] = f"{prefix}_{hashlib.sha256(meta).hexdigest()[: len(digits)]}"
        files[f"pagefind.{language['hash']}.pf_meta"] = gzip.compress(meta, compresslevel=9, mtime=0)
    files["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return files
