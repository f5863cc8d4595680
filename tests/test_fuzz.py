"""Malformed content of every shape gives findings, never a crash (a bounded fuzz, with Hypothesis).

Whatever a content file holds, `hub check` ends with exit 0 (clean) or 1 (findings), every
finding names a file and a line, and nothing is ever an "internal error" (exit 3).
"""

from __future__ import annotations

import io
import os
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import yaml
from conftest import make_hub
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practice_hub.cli import main

#: The files the fuzz rewrites, one at a time: a YAML list file, a one-per-file YAML, and front matter.
TARGETS = ["resources/sessions.yml", "quizzes/sample.yml", "docs/guides/alpha.md", "packs/sample-workshop/pack.md", "resources/glossary.yml"]
FINDING = re.compile(r"^[^\s:][^:]*:\d+: \S")

_HUB: dict[str, Path] = {}


def _hub(tmp_path_factory) -> Path:
    if "root" not in _HUB:
        _HUB["root"] = make_hub(tmp_path_factory.mktemp("fuzz") / "hub")
        _HUB["originals"] = {rel: (_HUB["root"] / rel).read_text(encoding="utf-8") for rel in TARGETS}
    return _HUB["root"]


def _check(root: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--root", str(root), "check", "--today", "2026-08-01"])
    return code, out.getvalue() + err.getvalue()


def _assert_findings_only(code: int, output: str) -> None:
    assert code in (0, 1), output
    assert "internal error" not in output and "Traceback" not in output, output
    for line in output.splitlines():
        if line and not line.startswith(("Content check passed", "1 problem", "problems found")) and "problems found" not in line:
            assert FINDING.match(line), line


# YAML values of any shape: scalars of awkward kinds, nested lists and mappings.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["2026-02-30", "25:61", "{{ x }}", "&a", "*a", "!!python/object:os.system", "- - -", "\ufeff", "<script>"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=25)
# Edits to a real file: insert, delete or duplicate characters and lines.
edits = st.lists(st.tuples(st.sampled_from(["insert", "delete", "duplicate"]), st.floats(0, 1), st.text(max_size=12)), min_size=1, max_size=6)


def _edited(text: str, changes) -> str:
    for kind, where, insert in changes:
        at = int(where * len(text))
        if kind == "insert":
            text = text[:at] + insert + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + len(insert) + 1 :]
        else:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            text = text[:line_end] + text[line_start - 1 if line_start else 0 : line_end] + text[line_end:] if line_end > 0 else text
    return text


#: In `make test`, the same 60 examples each run (a failure is never a matter of luck). To explore
#: further, run with HUB_FUZZ_EXAMPLES=2000: new random examples each time.
EXPLORE = int(os.environ.get("HUB_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXPLORE or 60,
    derandomize=not EXPLORE,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(target=st.sampled_from(TARGETS), changes=edits)
def test_edited_files_give_findings_not_crashes(tmp_path_factory, target, changes):
    root = _hub(tmp_path_factory)
    original = _HUB["originals"][target]
    try:
        (root / target).write_text(_edited(original, changes), encoding="utf-8")
        _assert_findings_only(*_check(root))
    finally:
        (root / target).write_text(original, encoding="utf-8")


@FUZZ
@given(target=st.sampled_from(TARGETS), data=values)
def test_any_yaml_shape_gives_findings_not_crashes(tmp_path_factory, target, data):
    root = _hub(tmp_path_factory)
    original = _HUB["originals"][target]
    text = yaml.safe_dump(data, allow_unicode=True)
    if target.endswith(".md"):
        text = f"---\n{text}---\n\nBody.\n"
    try:
        (root / target).write_text(text, encoding="utf-8")
        _assert_findings_only(*_check(root))
    finally:
        (root / target).write_text(original, encoding="utf-8")


def test_hostile_files_give_a_finding_within_seconds(tmp_path):
    """The known attacks: an alias bomb, deep nesting, control characters, a byte-order mark, bytes that are not UTF-8."""
    root = make_hub(tmp_path / "hub")
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    cases = {
        "bomb": ("resources/glossary.yml", bomb, "cannot be read safely"),
        "deep": ("resources/glossary.yml", "terms: " + "[" * 300 + "]" * 300 + "\n", "nested more than"),
        "nul": ("resources/glossary.yml", "terms:\n  - id: a\u0000\n", "control character"),
        "bell": ("docs/guides/alpha.md", (root / "docs/guides/alpha.md").read_text().replace("Guide alpha", "Guide \u0007alpha"), "control character"),
        "escaped": ("resources/glossary.yml", 'terms:\n  - id: a\n    term: "A\\x00"\n    definition: d\n', "control character"),
        "not utf-8": ("resources/glossary.yml", None, "not UTF-8"),
    }
    original = {rel: (root / rel).read_bytes() for rel, *_ in cases.values()}
    for name, (rel, text, expected) in cases.items():
        if text is None:
            (root / rel).write_bytes(b"terms:\n  - id: caf\xe9\n")
        else:
            (root / rel).write_text(text, encoding="utf-8")
        code, output = _check(root)
        assert code == 1 and expected in output, (name, output)
        _assert_findings_only(code, output)
        (root / rel).write_bytes(original[rel])
    # A byte-order mark is not an error: the page's front matter is read as it is.
    guide = root / "docs/guides/alpha.md"
    guide.write_text("\ufeff" + guide.read_text(encoding="utf-8"), encoding="utf-8")
    assert _check(root)[0] == 0


def teardown_module(module):
    if "root" in _HUB:
        shutil.rmtree(_HUB["root"].parent, ignore_errors=True)
