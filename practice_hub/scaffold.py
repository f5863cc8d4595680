"""`hub new KIND "Title"`: start any kind of content from its template.

Pages and files (an example, a practice-focus article, a guide, a quiz, a pack) are new files:
each has every key, a comment on each, and guidance starting with REPLACE that the check flags
until it is replaced; keys with no sensible default are left empty, so the check names them too.
A command never overwrites a file that exists.

Entries in a list file (a course in resources/courses.yml, a session in resources/sessions.yml,
a step in a pathway) are added at the end of the list, which is the safest way for someone who
is not a programmer: nothing to paste, no indentation to get right. The file is read again
straight away; if the new entry is not where it should be (the list is not the file's last
key, say), the file is put back exactly as it was and the entry is printed to paste instead.

Exit codes: 0 made, 1 the file already exists (or the entry's id is taken), 2 a mistyped command.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from .core.findings import did_you_mean, one_of
from .core.read import Mapping, Sequence, parse_yaml, read_yaml
from .core.text_templates import text_environment
from .examples.model import EXAMPLES_FOLDER, slugify
from .examples.scaffold import example_text
from .guides.model import Category, UsedWith
from .library.model import Audience
from .packs.model import SegmentKind
from .pathways.model import Due
from .practice_focus.model import PRACTICE_FOCUS_FOLDER
from .practice_focus.scaffold import article_text
from .training.model import Booking, Format, Role

PACKAGE = Path(__file__).resolve().parent
NEW_KINDS = ("example", "practice-focus", "guide", "quiz", "pack", "course", "session", "pathway-step")


def _templates(kind: str):
    return text_environment(PACKAGE / kind / "templates")


def _choices(literal) -> list[str]:
    return list(literal.__args__)


def _docs_dir(root: Path) -> Path:
    doc = read_yaml(root, root / "mkdocs.yml")
    folder = doc.data.get("docs_dir") if isinstance(doc.data, Mapping) else None
    return root / str(folder or "docs")


def _team(root: Path) -> str:
    doc = read_yaml(root, root / "mkdocs.yml")
    try:
        team = doc.data["extra"]["hub"]["team"]
    except (KeyError, TypeError):
        team = None
    return str(team) if team else "Practice Excellence Team"


def _shown(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def _fail(message: str, code: int = 2) -> int:
    print(f"hub new: {message}", file=sys.stderr)
    return code


def _ids_in(folder: Path, pattern: str) -> list[str]:
    return sorted(p.stem if p.is_file() else p.name for p in folder.glob(pattern) if p.stem != "index")


def new_page(root: Path, args: argparse.Namespace) -> int:
    title = " ".join(args.title.split())
    slug = slugify(title)
    if not slug and args.kind != "session" and not (args.kind == "pathway-step" and ":" in title):
        return _fail(f'the title needs at least one letter or digit, e.g. hub new {args.kind} "Three columns in a child in need meeting"')
    docs = _docs_dir(root)
    today = date.today()
    month = args.month or today.strftime("%Y-%m")
    guides = _ids_in(docs / "guides", "*.md")
    for tool in [*args.tools, *args.guides]:
        if tool not in guides:
            return _fail(f"'{tool}' is not a guide id ({did_you_mean(tool, guides, fallback=one_of(guides))})")
    if args.kind not in ("example",) and (args.tools or args.service_area):
        return _fail("--tools and --service-area are for examples only")
    kind = args.kind
    what = {"practice-focus": "practice-focus article", "pathway-step": "pathway step"}.get(kind, kind)
    approver = {"example": "a practice lead or team manager has approved it", "practice-focus": "the hub team has approved it"}.get(kind, "")

    if kind == "example":
        target = docs / EXAMPLES_FOLDER / f"{month}-{slug}.md"
        files = {target: example_text(title, month, args.tools, args.service_area, args.role)}
    elif kind == "practice-focus":
        target = docs / PRACTICE_FOCUS_FOLDER / f"{slug}.md"
        files = {target: article_text(title, month, args.role)}
    elif kind == "guide":
        target = docs / "guides" / f"{slug}.md"
        text = (
            _templates("guides")
            .get_template("new_guide.md")
            .render(id=slug, title=title, owner=_team(root), today=today.isoformat(), categories=_choices(Category), used_with=_choices(UsedWith))
        )
        files = {target: text}
    elif kind == "quiz":
        target = root / "quizzes" / f"{slug}.yml"
        files = {target: _templates("quizzes").get_template("new_quiz.yml").render(id=slug, title=title, guides=args.guides)}
    elif kind == "pack":
        target = root / "packs" / slug / "pack.md"
        env = _templates("packs")
        text = env.get_template("new_pack.md").render(
            id=slug, title=title, owner=_team(root), today=today.isoformat(), guides=args.guides, audiences=_choices(Audience), kinds=_choices(SegmentKind)
        )
        files = {target: text, root / "packs" / slug / "handouts" / "case-study.md": env.get_template("new_handout.md").render()}
        if target.parent.exists():
            return _fail(f"{_shown(root, target.parent)} already exists; nothing was changed (choose another title, or edit that pack)", 1)
    else:
        return _new_entry(root, args, title, slug, today)

    for path in files:
        if path.exists():
            return _fail(f"{_shown(root, path)} already exists; nothing was changed (choose another title, or edit that file)", 1)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as file:
            file.write(text)
    for path in files:
        print(f"Made {_shown(root, path)}.")
    print("Next: fill in every line marked REPLACE, then run 'make check'. It lists what is still to do, with the line to change.")
    print(f"The {what} is published once the check passes" + (f" and {approver}." if approver else "."))
    return 0


# --- entries in list files ---------------------------------------------------------------------


def _new_entry(root: Path, args: argparse.Namespace, title: str, slug: str, today: date) -> int:
    kind = args.kind
    if kind == "course":
        path, key, marker = root / "resources" / "courses.yml", "courses", "id"
        text = (
            _templates("training")
            .get_template("new_course.yml")
            .render(id=slug, title=title, roles=_choices(Role), formats=_choices(Format), bookings=_choices(Booking))
        )
        new_id = slug
    elif kind == "session":
        path, key, marker = root / "resources" / "sessions.yml", "sessions", "id"
        courses = _existing_ids(root, root / "resources" / "courses.yml", "courses")
        if not args.course:
            return _fail("a session needs its course: add --course COURSE-ID (" + one_of(courses) + ")")
        if args.course not in courses:
            return _fail(f"'{args.course}' is not a course id ({did_you_mean(args.course, courses, fallback=one_of(courses))})")
        start = args.start or f"{today.isoformat()} 09:30"
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", start):
            return _fail(f"'{start}' is not a start; write the local date and time, e.g. --start '2027-03-09 09:30'")
        new_id = f"{args.course}-{start[:10]}" if slug in ("", args.course) else slug
        text = (
            _templates("training")
            .get_template("new_session.yml")
            .render(id=new_id, course=args.course, start=start, format=args.format or "face-to-face", today=today.isoformat())
        )
    else:  # pathway-step
        pathways = _ids_in(root / "resources" / "pathways", "*.yml")
        if args.pathway not in pathways:
            return _fail(f"say which pathway with --pathway ({did_you_mean(args.pathway or '', pathways, fallback=one_of(pathways))})")
        path, key, marker = root / "resources" / "pathways" / f"{args.pathway}.yml", "steps", "due"
        link = None
        match = re.fullmatch(r"(course|guide|quiz|pack):([a-z0-9]+(?:-[a-z0-9]+)*)", title)
        if match:
            link = (match.group(1), match.group(2))
        elif ":" in title.split(" ", 1)[0]:
            return _fail(f"'{title}' is not a step: write a task in words, or course:ID, guide:ID, quiz:ID or pack:ID")
        new_id = None if link else slug
        text = _templates("pathways").get_template("new_step.yml").render(due=args.due, dues=_choices(Due), link=link, task=title, id=slug)
        if path.is_file():
            before = _first_later_step(root, path, args.due)
            if before is not None:
                return _append(root, path, key, marker, text, new_id, before_index=before)
    if not path.is_file():
        return _fail(f"{_shown(root, path)} does not exist")
    ids = _existing_ids(root, path, key)
    if new_id is not None and new_id in ids:
        return _fail(f"{_shown(root, path)} already has an entry with id '{new_id}'; nothing was changed (choose another title)", 1)
    return _append(root, path, key, marker, text, new_id)


def _first_later_step(root: Path, path: Path, due: str) -> int | None:
    """The index of the first step due after ``due``: a new step goes before it, so the steps stay in order."""
    order = _choices(Due)
    doc = read_yaml(root, path)
    steps = doc.data.get("steps") if doc.ok and isinstance(doc.data, Mapping) else None
    if not isinstance(steps, Sequence):
        return None
    for index, step in enumerate(steps):
        if isinstance(step, Mapping) and step.get("due") in order and order.index(step["due"]) > order.index(due):
            return index
    return None


def _existing_ids(root: Path, path: Path, key: str) -> list[str]:
    doc = read_yaml(root, path) if path.is_file() else None
    items = doc.data.get(key) if doc is not None and doc.ok and isinstance(doc.data, Mapping) else None
    return [str(i.get("id")) for i in items if isinstance(i, Mapping) and i.get("id")] if isinstance(items, Sequence) else []


def _append(root: Path, path: Path, key: str, marker: str, entry: str, new_id: str | None, before_index: int | None = None) -> int:
    """Add ``entry`` to the list ``key`` (the file's last key): at the end, or before item ``before_index``;
    then read the file again, and put it back as it was unless the entry landed where it should."""
    original = path.read_text(encoding="utf-8")
    indent = _list_indent(original, key, marker)
    if indent is not None:
        entry = "\n".join((indent + line[2:] if line.startswith("  ") else line) if line else line for line in entry.splitlines()) + "\n"
        lines = original.rstrip("\n").split("\n")
        if before_index is None:
            at = len(lines) + 1
            updated = "\n".join(lines) + "\n\n" + entry
        else:
            doc = read_yaml(root, path)
            at = doc.data[key].line_of(before_index)  # the '- due:' line of the first later step
            while at > 1 and lines[at - 2].lstrip().startswith("#"):
                at -= 1  # keep a comment above that step with it
            updated = "\n".join([*lines[: at - 1], *entry.rstrip("\n").split("\n"), *lines[at - 1 :]]) + "\n"
        path.write_text(updated, encoding="utf-8")
        doc = read_yaml(root, path)
        items = doc.data.get(key) if doc.ok and isinstance(doc.data, Mapping) else None
        index = len(items) - 1 if isinstance(items, Sequence) and before_index is None else before_index
        placed = items[index] if isinstance(items, Sequence) and index is not None and 0 <= index < len(items) else None
        landed = isinstance(placed, Mapping) and (new_id is None or placed.get("id") == new_id) and len(items) == _count(original, root, path, key) + 1
        if landed:
            where = "at the end of" if before_index is None else "in"
            print(f"Added the new entry {where} {_shown(root, path)}, line {at + (1 if before_index is None else 0)}.")
            print("Next: fill in every line marked REPLACE and give each empty key a value, then run 'make check'. It lists what is still to do.")
            return 0
        path.write_text(original, encoding="utf-8")
    print(f"{_shown(root, path)} was not changed: the new entry could not be added safely at the end of its '{key}:' list.", file=sys.stderr)
    print(f"Paste this at the end of the '{key}:' list, lined up with the other entries:\n", file=sys.stderr)
    print(entry)
    return 1


def _list_indent(text: str, key: str, marker: str) -> str | None:
    """The indentation of the entries of ``key``, if ``key`` is the file's last top-level key; else None."""
    top_keys = re.findall(r"^([A-Za-z_][\w-]*):", text, re.MULTILINE)
    if not top_keys or top_keys[-1] != key:
        return None
    after = text[text.rindex(f"\n{key}:") + 1 :] if f"\n{key}:" in text else text[text.index(f"{key}:") :]
    entries = re.findall(rf"^([ \t]*)- {marker}:", after, re.MULTILINE)
    return entries[-1] if entries else "  "


def _count(text: str, root: Path, path: Path, key: str) -> int:
    doc = parse_yaml(text, _shown(root, path))
    items = doc.data.get(key) if doc.ok and isinstance(doc.data, Mapping) else None
    return len(items) if isinstance(items, Sequence) else 0
