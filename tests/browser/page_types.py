"""One page of each type the built hub has: the pages the whole-site browser gate
(test_shell.py) and the Lighthouse benchmark (benchmarks/lighthouse.py) visit."""

from __future__ import annotations

from pathlib import Path


def _first(site: Path, folder: str, skip: tuple[str, ...] = ()) -> str | None:
    """The first page (by name) in ``folder`` of the built site, as a path from the site root."""
    base = site / folder
    if not base.is_dir():
        return None
    for child in sorted(p for p in base.iterdir() if p.is_dir() and p.name not in skip):
        if (child / "index.html").is_file():
            return f"{folder}/{child.name}/"
    return None


def page_types(site: Path) -> list[tuple[str, str]]:
    """One page of each type the built site has: (type, path from the site root)."""
    pack = _first(site, "packs")
    handout = None
    if pack:
        handout = _first(site, f"{pack.rstrip('/')}/handouts")
    candidates = [
        ("Home", ""),
        ("Start here", "start/"),
        ("Induction pathway", _first(site, "start", skip=("my-learning",))),
        ("My learning", "start/my-learning/"),
        ("Tools index", "guides/"),
        ("Tool guide", _first(site, "guides")),
        ("Quizzes index", "quizzes/"),
        ("Quiz", _first(site, "quizzes")),
        ("Workshop pack finder", "packs/"),
        ("Facilitator pack", pack),
        ("Participant handouts", f"{pack}participant/" if pack else None),
        ("Handout", handout),
        ("Training catalogue", "training/"),
        ("Course", _first(site, "training/courses")),
        ("Session", _first(site, "training/sessions")),
        ("Training calendar", "training/calendar/"),
        ("Examples from practice", "examples/"),
        ("Example", _first(site, "examples", skip=("share",))),
        ("Share an example", "examples/share/"),
        ("Practice focus", "practice-focus/"),
        ("Practice focus article", _first(site, "practice-focus")),
        ("Resource library", "library/"),
        ("Glossary", "glossary/"),
        ("About page", "about/accessibility/"),
        ("Page not found", "404.html"),
    ]
    out = []
    for kind, path in candidates:
        if path is None:
            continue
        target = site / path if path.endswith(".html") else site / path / "index.html"
        if target.is_file():
            out.append((kind, path))
    return out
