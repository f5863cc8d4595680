"""Problems shown in the browser under `mkdocs serve`, in place of every page.

An editor who breaks a file while previewing sees, on the next reload of any open page, the list
of what is wrong (file and line first), and the hub again once it is fixed: the page reloads by
itself, because the preview build still succeeds. The same list prints in the terminal.

Only `mkdocs serve` does this (the plugin knows from on_startup); `mkdocs build` and `make build`
stop on the first problem and publish nothing. MkDocs' own warnings (a broken link, a missing
anchor) count in strict mode through a handler on its logger: while previewing, they are taken
from that count into the list instead, so a build with them is shown, not abandoned.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from mkdocs.utils import CountHandler

TEMPLATES = Path(__file__).parent / "templates"
_DOC_FILE = re.compile(r"Doc file '([^']+)'")
#: The logger the plugin writes its findings to.
OWN_LOGGER = "mkdocs.plugins.hub"


@dataclass(frozen=True)
class Problem:
    where: str
    what: str
    fix: str = ""


class Preview:
    def __init__(self):
        self.problems: list[Problem] = []
        self.docs_dir = "docs"
        self._handlers: list[logging.Handler] = []

    def start(self, docs_dir: str) -> None:
        """A new build: nothing found yet."""
        self.problems = []
        self.docs_dir = docs_dir

    def add_finding(self, finding) -> None:
        self.problems.append(Problem(f"{finding.path}:{finding.line}", finding.message, finding.hint))

    def add_message(self, text: str) -> None:
        where, what, fix = "", text, ""
        if re.match(r"^[^\s:]+:\d+: ", text):  # the hub's own form: path:line: message (hint)
            where, _, rest = text.partition(": ")
            what, _, fix = rest.rpartition(" (") if rest.endswith(")") else (rest, "", "")
            fix = fix[:-1] if fix else ""
        elif match := _DOC_FILE.search(text):
            where = f"{self.docs_dir}/{match.group(1)}"
        self.problems.append(Problem(where or "The build", what, fix))

    # --- MkDocs' warnings, while previewing ---------------------------------------------
    def divert_warnings(self) -> None:
        """Take MkDocs' warnings into the list instead of its strict-mode count (they still print)."""
        for handler in logging.getLogger("mkdocs").handlers:
            if isinstance(handler, CountHandler) and handler not in self._handlers:
                handler.addFilter(self._take)
                self._handlers.append(handler)

    def stop_diverting(self) -> None:
        for handler in self._handlers:
            handler.removeFilter(self._take)
        self._handlers = []

    def _take(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and record.name != OWN_LOGGER:  # the hub's own findings are added whole
            self.add_message(record.getMessage())
        return False

    # --- the page -------------------------------------------------------------------------
    def write(self, site_dir: Path, site_name: str) -> None:
        """Put the list of problems in place of every page of the preview."""
        env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
        html = env.get_template("error_page.html").render(problems=self.problems, count=len(self.problems), site_name=site_name)
        for page in Path(site_dir).rglob("*.html"):
            page.write_text(html, encoding="utf-8")
