"""`hub new example "Title"` and `hub new practice-focus "Title"`: start a page from its template.

The new page has every front-matter key and the body's headings, with
guidance the check flags until it is replaced, ``anonymised: false`` and an
empty ``approved_by``: so a page made this way cannot be published until
someone has filled it in and someone else has approved it.
Exit codes: 0 made, 1 the file already exists, 2 a mistyped command.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .core.findings import did_you_mean, one_of
from .core.read import Mapping, read_yaml
from .examples.model import EXAMPLES_FOLDER, slugify
from .examples.scaffold import example_text
from .practice_focus.model import PRACTICE_FOCUS_FOLDER
from .practice_focus.scaffold import article_text


def _docs_dir(root: Path) -> Path:
    doc = read_yaml(root, root / "mkdocs.yml")
    folder = doc.data.get("docs_dir") if isinstance(doc.data, Mapping) else None
    return root / str(folder or "docs")


def new_page(root: Path, args: argparse.Namespace) -> int:
    title = " ".join(args.title.split())
    slug = slugify(title)
    if not slug:
        print('hub new: the title needs at least one letter or digit, e.g. hub new example "Three columns in a child in need meeting"', file=sys.stderr)
        return 2
    docs = _docs_dir(root)
    month = args.month or date.today().strftime("%Y-%m")
    if args.kind == "example":
        guides = sorted(p.stem for p in (docs / "guides").glob("*.md") if p.stem != "index")
        for tool in args.tools:
            if tool not in guides:
                print(f"hub new: '{tool}' is not a guide id ({did_you_mean(tool, guides, fallback=one_of(guides))})", file=sys.stderr)
                return 2
        target = docs / EXAMPLES_FOLDER / f"{month}-{slug}.md"
        text = example_text(title, month, args.tools, args.service_area, args.role)
    else:
        if args.tools or args.service_area:
            print("hub new: --tools and --service-area are for examples; a practice-focus article has neither", file=sys.stderr)
            return 2
        target = docs / PRACTICE_FOCUS_FOLDER / f"{slug}.md"
        text = article_text(title, month, args.role)
    shown = target.relative_to(root).as_posix() if target.is_relative_to(root) else target.as_posix()
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8") as file:
            file.write(text)
    except FileExistsError:
        print(f"hub new: {shown} already exists; nothing was changed (choose another title, or edit that file)", file=sys.stderr)
        return 1
    what = "example" if args.kind == "example" else "practice-focus article"
    print(f"Made {shown}.")
    print(
        f"Next: fill in every line marked REPLACE, then run 'make check'. It lists what is still to do. The {what} is published "
        f"once it passes and {'a practice lead or team manager' if args.kind == 'example' else 'the hub team'} has approved it."
    )
    return 0
