"""The JSON Schemas for editors (schemas/, made by `hub schemas` from the model).

Every shipped YAML file and every page's front matter passes its schema; each known-bad
fixture fails the schema its name names; and the schemas on disc are what the model (and
the hub's current ids) make now, so they are never stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import FIXTURES, ROOT

from practice_hub.core.read import read_markdown, read_yaml
from practice_hub.schemas import FOLDER, TARGETS, as_json, make_schemas

BAD = FIXTURES / "bad-schemas"


def _schema(name: str) -> dict:
    return json.loads((ROOT / FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))


def _data(target, path: Path):
    doc = read_markdown(path.parent, path) if target.front_matter else read_yaml(path.parent, path)
    assert doc.ok, [str(f) for f in doc.findings]
    return as_json(doc.data)


def _shipped(target) -> list[Path]:
    files = [p for pattern in target.files for p in sorted(ROOT.glob(pattern)) if p.name not in target.except_names]
    return files


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_every_shipped_file_passes_its_schema(target):
    validator = jsonschema.Draft202012Validator(_schema(target.name))
    files = _shipped(target)
    assert files, f"no shipped file for {target.name}"
    problems = [f"{p.relative_to(ROOT)}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for p in files for e in validator.iter_errors(_data(target, p))]
    assert problems == []


BAD_FILES = sorted(p for p in BAD.iterdir() if p.suffix in (".md", ".yml"))


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.name for p in BAD_FILES])
def test_known_bad_files_fail_their_schema(path):
    name = path.name.split("--", 1)[0]
    target = next(t for t in TARGETS if t.name == name)
    errors = list(jsonschema.Draft202012Validator(_schema(name)).iter_errors(_data(target, path)))
    assert errors, f"{path.name} passed the {name} schema"


def test_every_kind_of_bad_file_is_covered():
    assert {p.name.split("--", 1)[0] for p in BAD_FILES} >= {"guide", "example", "quiz", "pathway", "sessions", "pack", "courses", "glossary"}


def test_the_schemas_are_not_stale():
    made = make_schemas(ROOT)
    settings = made.pop("vscode-settings.json")
    on_disc = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / FOLDER).glob("*.schema.json")}
    stale = sorted(name for name in set(made) | set(on_disc) if made.get(name) != on_disc.get(name))
    assert stale == [], f"the schemas are stale ({', '.join(stale)}): run 'make schemas' (hub schemas) and commit schemas/"
    assert (ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8") == settings


def test_schemas_speak_to_editors_and_list_current_ids():
    guide = _schema("guide")
    assert guide["additionalProperties"] is False
    assert set(guide["properties"]["category"]["enum"]) >= {"mapping", "networks"}
    assert "three-columns" in guide["properties"]["related"]["items"]["enum"]
    assert "never a person" in guide["properties"]["owner"]["description"]
    undescribed = [(t.name, k) for t in TARGETS for k, v in _schema(t.name)["properties"].items() if "description" not in v]
    assert undescribed == []
    step = _schema("pathway")["$defs"]["Step"]["properties"]
    assert "core-programme" in json.dumps(step["course"]) and "first-week" in json.dumps(step["due"])
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    mapping = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert mapping["./schemas/quiz.schema.json"] == ["quizzes/*.yml"]
