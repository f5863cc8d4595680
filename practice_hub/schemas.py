"""JSON Schemas for editors: one for every YAML file and every kind of front matter, made from the model.

`hub schemas` (or `make schemas`) writes them to schemas/ at the hub's top folder, with the
current ids as allowed values wherever a field refers to another item, so an editor with the
YAML extension (VS Code's, or any editor using yaml-language-server) completes ids, lists the
allowed values and underlines a mistake as it is typed. `.vscode/settings.json` maps each
schema to its files. The tests validate every shipped file against these schemas, and fail
when the schemas on disc differ from what this module makes (run `hub schemas` then).

Front matter lives inside Markdown files, which YAML editors do not read as YAML: its schemas
(guide, example, pack ...) are published for tools that can use them, and `hub check` stays
the check that matters.
"""

from __future__ import annotations

import copy
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .core.sources import SourcesFile
from .examples.model import AllowList, Example
from .glossary.model import Glossary
from .guides.model import Guide
from .library.model import Library
from .loader import load_hub
from .packs.model import Handout, Pack
from .pathways.model import Pathway
from .practice_focus.model import PracticeFocus
from .quizzes.model import Quiz
from .training.model import Catalogue, Sessions

FOLDER = "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Target:
    name: str  # the schema's file is schemas/<name>.schema.json
    model: type
    files: tuple[str, ...]  # the files it describes, as globs from the hub's top folder
    front_matter: bool  # True: the front matter of Markdown files; False: whole YAML files
    title: str
    except_names: tuple[str, ...] = ()


TARGETS = (
    Target("guide", Guide, ("docs/guides/*.md",), True, "A tool guide's front matter (docs/guides/<id>.md)", ("index.md",)),
    Target("example", Example, ("docs/examples/*.md",), True, "An example from practice's front matter", ("index.md", "share.md")),
    Target("practice-focus", PracticeFocus, ("docs/practice-focus/*.md",), True, "A practice-focus article's front matter", ("index.md",)),
    Target("pack", Pack, ("packs/*/pack.md",), True, "A workshop pack's front matter (packs/<id>/pack.md)"),
    Target("handout", Handout, ("packs/*/handouts/*.md",), True, "A workshop pack handout's front matter"),
    Target("quiz", Quiz, ("quizzes/*.yml",), False, "A self-check quiz (quizzes/<id>.yml)"),
    Target("glossary", Glossary, ("resources/glossary.yml",), False, "The glossary (resources/glossary.yml)"),
    Target("library", Library, ("resources/library.yml",), False, "The resource library (resources/library.yml)"),
    Target("courses", Catalogue, ("resources/courses.yml",), False, "The training catalogue (resources/courses.yml)"),
    Target("sessions", Sessions, ("resources/sessions.yml",), False, "Training sessions (resources/sessions.yml)"),
    Target("pathway", Pathway, ("resources/pathways/*.yml",), False, "An induction pathway (resources/pathways/<id>.yml)"),
    Target("sources", SourcesFile, ("resources/sources.yml",), False, "The sources the hub's facts rest on (resources/sources.yml)"),
    Target("allow-list", AllowList, ("resources/allow-list.yml",), False, "Reviewed exceptions to the identifying-details check"),
)

#: Fields that refer to other items: (model class, field) -> the kind of id, or a prefix form.
REFERENCES: dict[tuple[str, str], str] = {
    ("Guide", "related"): "guides",
    ("Guide", "downloads"): "library",
    ("Guide", "glossary"): "terms",
    ("Guide", "sources"): "sources",
    ("Example", "tools"): "guides",
    ("Pack", "guides"): "guides",
    ("Pack", "quizzes"): "quizzes",
    ("Pack", "courses"): "courses",
    ("Pack", "prerequisites"): "course-or-pack",
    ("Pack", "sources"): "sources",
    ("Quiz", "related_guides"): "guides",
    ("Quiz", "sources"): "sources",
    ("Term", "see_also"): "terms",
    ("LibraryItem", "related_guides"): "guides",
    ("LibraryItem", "sources"): "sources",
    ("Course", "prerequisites"): "courses",
    ("Course", "guides"): "guides",
    ("Course", "sources"): "sources",
    ("Refresher", "refresh_with"): "courses",
    ("Session", "course"): "courses",
    ("Step", "course"): "courses",
    ("Step", "guide"): "guides",
    ("Step", "quiz"): "quizzes",
    ("Step", "pack"): "packs",
    ("Pathway", "sources"): "sources",
}

#: What each field is for, in words for editors, where the model gives no description of its own.
DESCRIPTIONS: dict[str, str] = {
    "id": "A short id: lower-case words joined by hyphens, e.g. three-columns. For a file, the same as its name.",
    "title": "The title, as people will see it.",
    "summary": "One or two sentences saying what it is. Also used as the description in search results.",
    "introduction": "One or two sentences introducing it.",
    "description": "A paragraph saying what it is.",
    "category": "Which group of tools it belongs to on the tools page.",
    "used_with": "Who the tool is used with.",
    "time_needed": "How long it takes, in words, e.g. 30 to 60 minutes.",
    "related": "The ids of other guides it goes with.",
    "glossary": "The ids of the glossary terms it is about (resources/glossary.yml). Left out, the term with the same name.",
    "downloads": "The ids of files in the resource library (resources/library.yml) to offer with it.",
    "owner": "The team or role that keeps it current, never a person's name.",
    "last_reviewed": "The day it was last checked, YYYY-MM-DD.",
    "review_due": "The day it is next due for review, YYYY-MM-DD (or give review_interval_months).",
    "review_interval_months": "How often it is reviewed, in months (or give review_due).",
    "related_guides": "The ids of the tool guides it goes with.",
    "pass_mark": "The percentage of marked questions to answer correctly.",
    "questions": "The questions, in order.",
    "prompt": "The question, in plain words.",
    "options": "The answers to choose from; the page shuffles them.",
    "text": "The text, in plain words.",
    "correct": "true for a right answer.",
    "feedback": "Why this answer is right or wrong, shown when it is chosen.",
    "guide": "The id of a tool guide (for a quiz question, optionally with #section).",
    "course": "The id of a course in the training catalogue (resources/courses.yml).",
    "quiz": "The id of a self-check quiz (quizzes/<id>.yml).",
    "pack": "The id of a workshop pack (packs/<id>/).",
    "task": "A plain task in words, e.g. Join your team's group supervision rota.",
    "due": "When the step is due: first-week, first-month, within-two-months or first-six-months.",
    "why": "One line on why this step matters.",
    "audience": "Who it is for.",
    "audiences": "Who the course is for.",
    "outcomes": "What participants will be able to do by the end.",
    "materials": "The checklist of things to bring or prepare.",
    "guides": "The ids of the tool guides it uses.",
    "quizzes": "The ids of the quizzes it uses.",
    "courses": "The ids of courses in the training catalogue.",
    "segments": "The parts of the session, in order; their minutes add up to length_minutes.",
    "kind": "What kind it is.",
    "handouts": "Handouts: a name from this pack's handouts/ folder, or library:<id>.",
    "term": "The word or phrase, as people say it.",
    "abbreviation": "Its abbreviation, explained wherever it appears on the hub.",
    "definition": "What it means, in plain words.",
    "see_also": "The ids of related glossary terms.",
    "variants": "Other names for the same thing, and the services that use them.",
    "file": "The file's path.",
    "licence": "The licence it is shared under.",
    "sources": "The ids of the sources (resources/sources.yml) its facts come from.",
    "place": "Where it happens, in general words: never a home address.",
    "facilitator": "The facilitator's role, never a name.",
    "status": "open, full or cancelled.",
    "capacity": "How many places there are.",
    "format": "virtual or face-to-face.",
    "formats": "How it is delivered.",
    "booking": "How people book: through the booking system, by invitation, through their team, or no booking needed.",
    "mandatory_for": "The roles that must take it.",
    "length": "How long it takes, in words, e.g. 2 days.",
    "how_often": "How often it runs, in words.",
    "entries": "The reviewed exceptions.",
    "items": "The files in the library.",
    "terms": "Every term in the glossary.",
    "steps": "The steps, in the order they are due.",
    "sessions": "Every session.",
    "who": "Who this pathway is for, in a sentence.",
    "order": "Where it appears in the Start here chooser (lowest first).",
    "default_start": 'The usual start time, written "HH:MM" in quotes; facilitators can change it on the page.',
    "group_size": "The fewest (min) and the most (max) people the session works with.",
    "prerequisites": "What to finish first.",
    "exercise": "An optional exercise: instructions and questions, with model answers for the facilitator.",
    "participants": "What participants do in this part (Markdown).",
    "facilitator_notes": "How to run it (Markdown); never shown to participants.",
    "minutes": "How long this part takes, in minutes.",
    "start": "The local date and time it starts, YYYY-MM-DD HH:MM.",
    "end": "The local time it ends, HH:MM.",
    "reason": "Why, in a few words.",
    "note": "A short note shown with it.",
    "topics": "The topics it covers.",
    "repeat": "For a series: how often it repeats, and until when.",
    "skip": "Dates of a series with no session.",
    "days": "How many days in a row it meets.",
    "sequence": "Add 1 whenever the date, time, place or status changes.",
    "updated": "The day it last changed, YYYY-MM-DD.",
    "month": "The month, YYYY-MM.",
}


def _ids(hub) -> dict[str, list[str]]:
    ids = {name: sorted(getattr(hub, name, {}) or {}) for name in ("guides", "library", "quizzes", "courses", "packs", "terms", "sources")}
    ids["course-or-pack"] = [f"course:{i}" for i in ids["courses"]] + [f"pack:{i}" for i in ids["packs"]]
    return ids


def _restrict(schema: dict, values: list[str]) -> None:
    """Allow only ``values`` where ``schema`` takes a string (or a list of strings)."""
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _restrict(schema["items"], values)
    elif "anyOf" in schema:
        for branch in schema["anyOf"]:
            if branch.get("type") in ("string", "array"):
                _restrict(branch, values)
    elif schema.get("type") == "string":
        schema.pop("pattern", None)
        schema["enum"] = list(values)


def _describe(schema: dict) -> None:
    for name, prop in schema.get("properties", {}).items():
        if "description" not in prop and name in DESCRIPTIONS:
            prop["description"] = DESCRIPTIONS[name]


def _dates_as_text(value: Any) -> Any:
    """YAML's dates and times as the text an editor sees, for validating what a YAML reader gives."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.second == 0 else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    return value


def as_json(value: Any) -> Any:
    """What a YAML file holds, as JSON values: what the schemas describe."""
    return _dates_as_text(value)


def schema_for(target: Target, ids: dict[str, list[str]]) -> dict:
    schema = copy.deepcopy(target.model.model_json_schema(mode="validation"))
    definitions = schema.get("$defs", {})
    for holder in [schema, *definitions.values()]:
        _describe(holder)
        owner = holder.get("title", "")
        for field, prop in holder.get("properties", {}).items():
            kind = REFERENCES.get((owner, field))
            if kind is not None:
                _restrict(prop, ids[kind])
    _loosen_dates(schema)
    return {
        "$schema": DRAFT,
        "$id": f"https://practice-learning-hub.invalid/schemas/{target.name}.schema.json",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
        "title": target.title,
        "description": (schema.get("description") or target.title).strip() + " Made by 'hub schemas' from the hub's model; 'make check' has the last word.",
    }


def _loosen_dates(schema: Any) -> None:
    """YAML writes dates and times without quotes; pydantic's 'date-time' format wants a 'T'. Accept both."""
    if isinstance(schema, dict):
        if schema.get("format") == "date-time":
            schema.pop("format")
            schema["pattern"] = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?"
        for value in schema.values():
            _loosen_dates(value)
    elif isinstance(schema, list):
        for value in schema:
            _loosen_dates(value)


def make_schemas(root: Path) -> dict[str, str]:
    """Every schema's file name -> its text, for the hub at ``root`` (its current ids included)."""
    hub, _findings = load_hub(root)
    ids = _ids(hub)
    files = {f"{t.name}.schema.json": json.dumps(schema_for(t, ids), indent=2, ensure_ascii=False, sort_keys=True) + "\n" for t in TARGETS}
    files["vscode-settings.json"] = vscode_settings()
    return files


def vscode_settings() -> str:
    """.vscode/settings.json's mapping of schemas to files (yaml-language-server's 'yaml.schemas')."""
    mapping = {f"./{FOLDER}/{t.name}.schema.json": list(t.files) for t in TARGETS if not t.front_matter}
    settings = {"yaml.schemas": mapping, "yaml.validate": True, "yaml.completion": True, "yaml.hover": True}
    return json.dumps(settings, indent=2) + "\n"


def write_schemas(root: Path) -> int:
    """`hub schemas`: write schemas/*.schema.json and .vscode/settings.json. Exit 0."""
    files = make_schemas(root)
    folder = root / FOLDER
    folder.mkdir(exist_ok=True)
    settings = files.pop("vscode-settings.json")
    changed = 0
    for name, text in files.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed += 1
    vscode = root / ".vscode"
    vscode.mkdir(exist_ok=True)
    if not (vscode / "settings.json").is_file() or (vscode / "settings.json").read_text(encoding="utf-8") != settings:
        (vscode / "settings.json").write_text(settings, encoding="utf-8")
        changed += 1
    print(f"Wrote {len(files)} schemas to {FOLDER}/ and the editor settings to .vscode/settings.json ({changed} changed).", file=sys.stderr)
    return 0
