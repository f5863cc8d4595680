"""What one `mkdocs serve` keeps from one rebuild to the next, so a saved edit shows in about a second.

Only what cannot go stale is kept: compiled templates (Jinja's own bytecode cache, which checks
each template's source before using it), and the feeds, exports and downloads while nothing they
are made from has changed (``fingerprint``). Under `mkdocs build` every build starts afresh.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    """Compiled Jinja templates, kept in memory across the rebuilds of one `mkdocs serve`: the theme's
    and the hub's. Jinja stores each with a checksum of its source and compiles it again when the
    source changes, so an edited template is never served from here."""

    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._store.clear()


def fingerprint(hub, config_file: Path) -> str:
    """What every published file besides the pages is made from: the YAML content, the packs, the
    library's files, every page's front matter, the settings and the build day. A change to any
    of them changes the fingerprint; an edit to the text of a page (the usual edit) does not,
    because no feed, export or download holds a page's text."""
    digest = hashlib.sha256()
    digest.update(config_file.read_bytes())
    digest.update(hub.today.isoformat().encode())
    for folder in ("resources", "quizzes", "packs"):
        base = hub.root / folder
        for path in sorted(base.rglob("*")) if base.is_dir() else ():
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(hub.root)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    for src, page in sorted(hub.pages.items()):
        digest.update(f"{src}|{json.dumps(page.doc.data, default=str, sort_keys=True)}\n".encode())
    return digest.hexdigest()


class Outputs:
    """The files a build publishes besides its pages, and the pack downloads the pages measure, kept
    from one rebuild of `mkdocs serve` to the next while their fingerprint is the same."""

    def __init__(self):
        self.key: str | None = None
        self.files: dict[str, bytes] = {}
        self.memo: dict = {}

    def get(self, key: str, hub, make) -> dict[str, bytes]:
        if key == self.key:
            hub.memo.update(self.memo)
            return self.files
        self.files = make()
        self.key = key
        self.memo = {k: v for k, v in hub.memo.items() if isinstance(k, tuple) and k and k[0] == "pack-zip"}
        return self.files
