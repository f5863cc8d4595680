"""Read YAML and Markdown front matter, keeping the line of every key and item.

The loader builds ordinary dicts and lists that also remember where each key
and each list item stands in the file, so that any later check can name the
line an editor must change.
"""

from __future__ import annotations

import functools
from collections import abc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag

from .fields import CONTROL
from .findings import Finding


class Mapping(dict):
    """A YAML mapping that knows its own line and the line of each key."""

    line: int = 1
    key_lines: dict

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML sequence that knows its own line and the line of each item."""

    line: int = 1
    item_lines: list

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


@functools.lru_cache(maxsize=8192)
def _scalar_tag(value: str, implicit: tuple) -> str:
    """PyYAML's type for a short scalar (keys, ids, numbers, true and false), worked out once:
    the same keys and values come up in file after file, and resolving each one again is slow.
    The safe loader's resolver has the same rules for every file, so the answer never changes."""
    return yaml.SafeLoader.resolve(_RESOLVER, yaml.ScalarNode, value, implicit)


_RESOLVER = yaml.resolver.Resolver()


class _RecordsLines:
    """What both loaders below add to PyYAML's safe loader: the lines of duplicate keys and impossible dates."""

    def __init__(self, stream, line_offset: int = 0):
        super().__init__(stream)
        self.line_offset = line_offset
        self.duplicates: list[tuple[int, Any]] = []
        self.impossible_dates: list[tuple[int, str]] = []
        self.building: set[int] = set()  # the mappings and lists being made, innermost last
        self.values = 0  # how many values the file has made so far

    def resolve(self, kind, value, implicit):
        """PyYAML's type for a scalar, remembered for short ones: the same keys and
        values come up in file after file, and working the type out each time is slow."""
        if kind is not yaml.ScalarNode or len(value) > 32:
            return super().resolve(kind, value, implicit)
        return _scalar_tag(value, tuple(implicit))


class _LineLoader(_RecordsLines, yaml.SafeLoader):
    """SafeLoader that records lines and duplicate keys, and ignores custom tags."""


class _FastLineLoader(_RecordsLines, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same loader on libyaml's parser (C), where PyYAML has it: the same nodes,
    lines and values, many times faster. A file it cannot read is read again by
    ``_LineLoader``, whose error messages the hints below are written for."""


def _line(loader: _LineLoader, node: yaml.Node) -> int:
    return node.start_mark.line + 1 + loader.line_offset


_STR = "tag:yaml.org,2002:str"
_MAP = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SEQ = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG


#: Limits that keep reading safe whatever a file holds: how deep values may nest, and how many
#: values one file may make (an alias repeats a value: a few lines of aliases of aliases can ask
#: for billions, the "billion laughs"), and how large a content file may be.
MAX_DEPTH = 40
MAX_VALUES = 200_000
MAX_BYTES = 2_000_000


class TooMuch(yaml.MarkedYAMLError):
    """A file that asks for more than reading safely allows (see MAX_DEPTH and MAX_VALUES)."""


def _construct(loader: _LineLoader, node: yaml.Node) -> Any:
    """A node's value. Text, mappings and lists (nearly every node of every file) are made
    here directly, as PyYAML's constructor would make them but without its bookkeeping
    per node; anything else (numbers, dates, true and false) is left to PyYAML."""
    loader.values += 1
    if loader.values > MAX_VALUES:
        raise TooMuch(None, None, f"the file makes more than {MAX_VALUES:,} values (aliases, *name, repeat a value each time they are used)", node.start_mark)
    tag = node.tag
    if tag == _STR and node.__class__ is yaml.ScalarNode:
        return node.value
    if tag == _MAP and node.__class__ is yaml.MappingNode:
        return _nested(loader, node, _construct_mapping)
    if tag == _SEQ and node.__class__ is yaml.SequenceNode:
        return _nested(loader, node, _construct_sequence)
    return loader.construct_object(node, deep=True)


def _nested(loader: _LineLoader, node: yaml.Node, make) -> Any:
    """A mapping or list, refusing one nested too deeply or one that contains itself (an anchor used inside its own value)."""
    if id(node) in loader.building:
        raise yaml.constructor.ConstructorError(None, None, "an anchor (&name) is used inside its own value", node.start_mark)
    if len(loader.building) >= MAX_DEPTH:
        raise TooMuch(None, None, f"the values are nested more than {MAX_DEPTH} levels deep", node.start_mark)
    loader.building.add(id(node))
    try:
        return make(loader, node)
    finally:
        loader.building.discard(id(node))


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    offset = 1 + loader.line_offset
    result = Mapping()
    result.line = node.start_mark.line + offset
    result.key_lines = key_lines = {}
    for key_node, value_node in node.value:
        key = _construct(loader, key_node)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = str(key)
        line = key_node.start_mark.line + offset
        if key in result:
            loader.duplicates.append((line, key))
        result[key] = _construct(loader, value_node)
        key_lines[key] = line
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> Sequence:
    offset = 1 + loader.line_offset
    result = Sequence([_construct(loader, child) for child in node.value])
    result.line = node.start_mark.line + offset
    result.item_lines = [child.start_mark.line + offset for child in node.value]
    return result


def _load(loader: _LineLoader) -> Any:
    """The file's one document (``get_single_data``, through ``_construct``)."""
    node = loader.get_single_node()
    return None if node is None else _construct(loader, node)


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    """A date such as 2026-02-30 matches YAML's date pattern but is no real day:
    keep it as text and report it, instead of failing the whole file."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        loader.impossible_dates.append((_line(loader, node), node.value))
        return node.value


def _construct_unknown(loader: _LineLoader, suffix: str, node: yaml.Node) -> None:
    # mkdocs.yml may hold tags such as !relative or !!python/name: the hub's own
    # settings never use them, so they are read as empty values.
    return None


def _construct_env(loader: _LineLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: as MkDocs reads it (pyyaml_env_tag)."""
    return construct_env_tag(loader, node)


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    _loader.add_constructor("!ENV", _construct_env)
    _loader.add_multi_constructor("!", _construct_unknown)
    _loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_unknown)


def as_located(value: Any, like: Any) -> Any:
    """``value`` (plain dicts and lists, as another reader made them) as a Mapping or
    Sequence that gives the lines of ``like`` (the same document as read here), key by key."""
    if isinstance(value, abc.Mapping):
        out = Mapping()
        out.line = getattr(like, "line", 1)
        out.key_lines = dict(getattr(like, "key_lines", {}))
        for key, item in value.items():
            out[key] = as_located(item, like.get(key) if isinstance(like, Mapping) else None)
        return out
    if isinstance(value, (list, tuple)):
        out = Sequence(as_located(item, like[i] if isinstance(like, Sequence) and i < len(like) else None) for i, item in enumerate(value))
        out.line = getattr(like, "line", 1)
        out.item_lines = list(getattr(like, "item_lines", []))
        return out
    return value


@dataclass
class Document:
    """One YAML document (a file, or a page's front matter) and where it came from."""

    path: str  # as shown to editors: relative to the hub's root, with forward slashes
    data: Any
    body: str = ""  # for Markdown pages: the text after the front matter
    body_line: int = 1  # the line the body starts on
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def parse_yaml(text: str, path: str, *, line_offset: int = 0) -> Document:
    """Parse YAML text; syntax errors and duplicate keys become findings."""
    loader = _FastLineLoader(text, line_offset=line_offset)
    try:
        return _document(loader, path, _load(loader))
    except TooMuch as error:
        return _refused(error, path, line_offset)
    except yaml.YAMLError:
        pass  # read it again below, for the error messages the hints are written for
    finally:
        loader.dispose()
    loader = _LineLoader(text, line_offset=line_offset)
    try:
        data = _load(loader)
    except TooMuch as error:
        return _refused(error, path, line_offset)
    except RecursionError:
        return Document(
            path, None, findings=[Finding(path, 1 + line_offset, f"the values are nested more than {MAX_DEPTH} levels deep", _DEEP_HINT, "yaml-limits")]
        )
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        problem = (error.problem or "the YAML cannot be read").strip()
        return Document(path, None, findings=[Finding(path, line, f"YAML syntax error: {problem}", _syntax_hint(problem), "yaml-syntax")])
    except yaml.YAMLError as error:  # pragma: no cover - other reader errors
        return Document(
            path, None, findings=[Finding(path, 1 + line_offset, f"YAML cannot be read: {error}", "check the file is plain UTF-8 text", "yaml-syntax")]
        )
    finally:
        loader.dispose()
    return _document(loader, path, data)


_DEEP_HINT = "no content file needs this: check the indentation, or split the file"
_MANY_HINT = "write the repeated part out, or use fewer aliases (*name)"


def _refused(error: TooMuch, path: str, line_offset: int) -> Document:
    line = (error.problem_mark.line + 1 + line_offset) if error.problem_mark else 1 + line_offset
    hint = _DEEP_HINT if "nested" in (error.problem or "") else _MANY_HINT
    return Document(path, None, findings=[Finding(path, line, f"the file cannot be read safely: {error.problem}", hint, "yaml-limits")])


def _document(loader, path: str, data) -> Document:
    findings = [
        Finding(path, line, f"'{key}' is given twice", "keep one of them; the second would silently replace the first", "yaml-duplicate-key")
        for line, key in loader.duplicates
    ] + [
        Finding(
            path, line, f"'{value}' is not a real date", "check the day and the month: write dates as YYYY-MM-DD, for example 2026-03-31", "impossible-date"
        )
        for line, value in loader.impossible_dates
    ]
    return Document(path, data, findings=findings)


def _syntax_hint(problem: str) -> str:
    if "used inside its own value" in problem:
        return "a value cannot contain itself: write the repeated part out instead of using *name inside &name"
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' needs quotes around it"
    if "could not find expected ':'" in problem:
        return "each line needs 'key: value'; check the line above for a missing colon or quote"
    if "found character '\\t'" in problem or "tab" in problem:
        return "use spaces, not tabs, to indent"
    if "did not find expected '-' indicator" in problem or "expected <block end>" in problem:
        return "check the indentation lines up with the lines above"
    if "found unexpected end of stream" in problem or "found unknown escape" in problem:
        return "check for an unclosed quote"
    return "check indentation, colons and quotes on this line and the one above"


def _unreadable(rel: str, line: int, message: str, hint: str, code: str) -> tuple[str, None, Document]:
    """What _read_text gives for a file it cannot read: no text, and a Document holding the one finding."""
    return rel, None, Document(rel, None, findings=[Finding(rel, line, message, hint, code)])


def _read_text(root: Path, file: Path) -> tuple[str, str | None, Document | None]:
    """The file's path for editors and its text, or a Document holding the reason it cannot be read."""
    rel = relpath(root, file)
    try:
        if file.stat().st_size > MAX_BYTES:
            size = f"{file.stat().st_size / 1_000_000:.1f} MB"
            return _unreadable(
                rel,
                1,
                f"the file is {size}, too large for a content file (at most {MAX_BYTES // 1_000_000} MB)",
                "split it into smaller files, or move large downloads to resources/downloads/",
                "file-size",
            )
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = file.read_bytes()[: error.start].count(b"\n") + 1
        return _unreadable(rel, line, "the file is not UTF-8 text", "save it as UTF-8 (in most editors: Save as, then choose UTF-8)", "encoding")
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors add: not part of the text
    found = control_characters(text, rel)
    if found:
        return rel, None, Document(rel, None, findings=found)
    return rel, text, None


def control_characters(text: str, path: str, first_line: int = 1) -> list[Finding]:
    """A finding for each line (up to five) holding a control character or another character that is not text."""
    findings: list[Finding] = []
    for match in CONTROL.finditer(text):
        line = first_line + text.count("\n", 0, match.start())
        if findings and findings[-1].line == line:
            continue
        findings.append(
            Finding(
                path,
                line,
                f"this line holds an invisible control character (U+{ord(match.group()):04X})",
                "delete it: retype the text around it, or paste it again as plain text",
                "control-character",
            )
        )
        if len(findings) == 5:
            break
    return findings


def read_yaml(root: Path, file: Path) -> Document:
    """Read a YAML file under ``root``."""
    rel, text, unreadable = _read_text(root, file)
    return unreadable or parse_yaml(text, rel)


def read_markdown(root: Path, file: Path) -> Document:
    """Read a Markdown page and its front matter (between '---' lines at the top)."""
    rel, text, unreadable = _read_text(root, file)
    if unreadable:
        return unreadable
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return Document(rel, Mapping(), body=text, body_line=1)
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            doc = parse_yaml("".join(lines[1:index]), rel, line_offset=1)
            doc.body = "".join(lines[index + 1 :])
            doc.body_line = index + 2
            if doc.data is None and doc.ok:
                doc.data = Mapping()
            return doc
    return Document(
        rel,
        None,
        findings=[Finding(rel, 1, "the front matter has no closing '---' line", "end the front matter with a line holding only '---'", "front-matter")],
    )


def relpath(root: Path, file: Path) -> str:
    """``file``'s path for editors: from the hub's root, with forward slashes. Files found by
    listing the root's folders are under it as they are; others are resolved first."""
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return file.as_posix()
