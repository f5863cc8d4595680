"""The ``hub`` command: check content without building, and other editor tasks.

Exit codes: 0 clean, 1 content errors, 2 usage errors.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from .examples.model import SERVICE_AREA_TITLES
from .loader import load_hub

#: What `hub new` makes (practice_hub/scaffold.py): pages and files, and entries added to list files.
NEW_KINDS = ("example", "practice-focus", "guide", "quiz", "pack", "course", "session", "pathway-step")
DUES = ("first-week", "first-month", "within-two-months", "first-six-months")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def _month(text: str) -> str:
    if not re.fullmatch(r"(19|20)\d{2}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a month; write YYYY-MM, for example 2026-03")
    return text


def _ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    for item in ids:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item):
            raise argparse.ArgumentTypeError(f"'{item}' is not a guide id; ids are lower-case words joined by hyphens, e.g. three-columns")
    return ids


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hub", description="Practice Learning Hub: check and manage the hub's content.")
    parser.add_argument("--root", type=Path, default=Path("."), help="the hub's top folder (where mkdocs.yml is); default: here")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check every content file without building the site")
    check.add_argument("--today", type=_date, default=None, help="treat this date (YYYY-MM-DD) as today, for review dates")
    check.add_argument("--reviews", action="store_true", help="also list guides overdue for review or due soon")
    commands.add_parser("sources", help="list what rests on each source (resources/sources.yml), for a council replacing them with its own policies")
    new = commands.add_parser(
        "new",
        help="start new content from its template: " + ", ".join(NEW_KINDS),
        description="Start new content from its template, with every key commented. The check then lists what is still to do. "
        "A course, a session or a pathway step is added at the end of its list file.",
    )
    new.add_argument("kind", choices=NEW_KINDS, help="what to make: " + ", ".join(NEW_KINDS))
    new.add_argument(
        "title", help="the title, in quotes; for a pathway step, the task in words, or course:ID, guide:ID, quiz:ID or pack:ID for a step that links to one"
    )
    new.add_argument("--month", type=_month, default=None, help="the month, YYYY-MM (default: this month)")
    new.add_argument("--tools", type=_ids, default=[], help="examples only: the guide ids used, separated by commas, e.g. three-columns,scaling-questions")
    new.add_argument(
        "--service-area", default=None, choices=sorted(SERVICE_AREA_TITLES), metavar="AREA", help="examples only: one of " + ", ".join(SERVICE_AREA_TITLES)
    )
    new.add_argument("--role", default=None, help="your team role, never your name, e.g. 'Social worker, child in need team'")
    new.add_argument("--guides", type=_ids, default=[], help="quizzes and packs: the guide ids it goes with, separated by commas")
    new.add_argument("--course", default=None, help="sessions: the course's id in resources/courses.yml")
    new.add_argument("--start", default=None, help="sessions: the local date and time, 'YYYY-MM-DD HH:MM' (default: today at 09:30)")
    new.add_argument("--format", default=None, choices=("virtual", "face-to-face"), help="sessions: virtual or face-to-face")
    new.add_argument("--pathway", default=None, help="pathway steps: the pathway's id (its file name in resources/pathways/)")
    new.add_argument("--due", default="first-month", choices=DUES, help="pathway steps: when it is due (default: first-month)")
    commands.add_parser("schemas", help="write the JSON Schemas editors use (schemas/), from the hub's model and its current ids")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    root = args.root
    if not (root / "mkdocs.yml").is_file():
        print(f"hub: no mkdocs.yml in '{root}' (run this from the hub's top folder, or give --root)", file=sys.stderr)
        return 2
    try:
        if args.command == "check":
            return _check(root, args)
        if args.command == "sources":
            return _sources(root)
        if args.command == "new":
            from .scaffold import new_page

            return new_page(root, args)
        if args.command == "schemas":
            from .schemas import write_schemas

            return write_schemas(root)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # an editor must never see a traceback
        print(f"hub: internal error: {type(error).__name__}: {error} (this is a fault in the hub, not your content; please report it)", file=sys.stderr)
        return 3
    return 2


def _check(root: Path, args: argparse.Namespace) -> int:
    hub, findings = load_hub(root, today=args.today)
    errors = [f for f in findings if f.severity == "error"]
    for finding in findings:
        print(finding)
    if args.reviews:
        from .core.review_report import review_report

        print(review_report(hub))
    if errors:
        print(f"{len(errors)} problem{'s' if len(errors) != 1 else ''} found; fix them and run 'make check' again.", file=sys.stderr)
        return 1
    print(
        f"Content check passed: {len(hub.pages)} pages, {len(hub.guides)} guides, {len(hub.terms)} glossary terms, {len(hub.packs)} workshop packs, {len(hub.examples)} examples from practice.",
        file=sys.stderr,
    )
    return 0


def _sources(root: Path) -> int:
    """The content review record: for each source, the items whose facts rest on it."""
    hub, findings = load_hub(root)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        for finding in errors:
            print(finding)
        return 1
    items = hub.sourced_items()
    for source in hub.sources.values():
        citing = [i for i in items if source.id in i.sources]
        print(f"{source.id}: {source.title} ({source.kind}), {len(citing)} item{'s' if len(citing) != 1 else ''}")
        for item in sorted(citing, key=lambda i: i.source_path):
            print(f"  {item.source_path}:{item.line('sources')}: {item.title}")
    missing = [i for i in items if not i.sources]
    if missing:
        print(f"No sources given ({len(missing)}):")
        for item in sorted(missing, key=lambda i: i.source_path):
            print(f"  {item.source_path}:{item.line('id')}: {item.title}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
