"""The base of every content type: strict models and editor-friendly errors.

Each content type is a pydantic model that forbids unknown keys. ``validate``
turns pydantic's errors into findings that name the file, the line and the
fix, with a did-you-mean hint for misspelt keys and values.
"""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from .findings import Finding, did_you_mean, one_of
from .read import Document, Mapping, Sequence

M = TypeVar("M", bound="Content")


class Content(BaseModel):
    """A piece of content read from a file. Unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    _path: str = PrivateAttr(default="")
    _node: Any = PrivateAttr(default=None)

    @property
    def source_path(self) -> str:
        return self._path

    def line(self, *loc: str | int) -> int:
        """The line of a key (or nested key) of this item in its file."""
        return line_at(self._node, loc)

    def finding(self, loc: tuple, message: str, hint: str = "", check: str = "") -> Finding:
        return Finding(self._path, self.line(*loc), message, hint, check)

    def markdown_bodies(self) -> list[tuple[str, str, int]]:
        """Markdown this item holds besides its fields: (file, text, the line it starts on)."""
        return []

    def parts(self) -> list[Content]:
        """Items read with this one, from files of their own (a pack's handouts)."""
        return []


def line_at(node: Any, loc: tuple) -> int:
    """Follow ``loc`` into a loaded document and return the nearest line."""
    line = getattr(node, "line", 1)
    for part in loc:
        if (isinstance(node, Mapping) and part in node) or (isinstance(node, Sequence) and isinstance(part, int) and 0 <= part < len(node)):
            line = node.line_of(part)
            node = node[part]
        elif isinstance(node, (Mapping, Sequence)):
            continue  # a union tag in pydantic's location, or a key that is missing
        else:
            break
    return line


def validate(model: type[M], doc: Document, node: Any = None, loc_prefix: tuple = ()) -> tuple[M | None, list[Finding]]:
    """Validate ``node`` (default: the whole document) as ``model``."""
    node = doc.data if node is None else node
    if not isinstance(node, Mapping):
        line = line_at(doc.data, loc_prefix)
        what = "empty" if node is None else f"a {type(node).__name__}"
        return None, [
            Finding(doc.path, line, f"expected a set of 'key: value' lines, found {what}", "see the other files of this kind for the layout", "shape")
        ]
    try:
        item = model.model_validate(node)
    except ValidationError as error:
        errors = _drop_missing_explained_by_typos(model, error.errors(include_url=False))
        return None, [_finding(model, doc, node, loc_prefix, e) for e in errors]
    item._path = doc.path
    item._node = node
    _attach(item, node)
    return item, []


def _attach(item: BaseModel, node: Any) -> None:
    """Give nested models their source too, so their lines can be found."""
    fields = type(item).model_fields
    for name, value in item:
        if not isinstance(value, (Content, list)) or not value:
            continue  # text, numbers and dates (most fields) hold no models
        key = (fields[name].alias or name) if name in fields else name
        child = node.get(key) if isinstance(node, Mapping) else None
        if isinstance(value, Content):
            value._path, value._node = item._path, child
            _attach(value, child)
        elif isinstance(child, Sequence):
            for sub, sub_node in zip(value, child):
                if isinstance(sub, Content):
                    sub._path, sub._node = item._path, sub_node
                    _attach(sub, sub_node)


def _drop_missing_explained_by_typos(model: type[BaseModel], errors: list[dict]) -> list[dict]:
    """A misspelt key shows as 'unknown key' and as 'missing': report it once, as the typo."""
    typos = set()
    for e in errors:
        if e["type"] == "extra_forbidden":
            hint = did_you_mean(e["loc"][-1], _fields_at(model, tuple(e["loc"][:-1])))
            if hint:
                typos.add((tuple(e["loc"][:-1]), hint.split("'")[1]))
    return [e for e in errors if not (e["type"] == "missing" and (tuple(e["loc"][:-1]), e["loc"][-1]) in typos)]


def _finding(model: type[BaseModel], doc: Document, node: Any, prefix: tuple, error: dict) -> Finding:
    loc = tuple(error["loc"])
    line = line_at(node, loc) if prefix == () else line_at(doc.data, prefix + loc)
    keys = [p for p in loc if isinstance(p, str) and not _is_tag(model, loc, p)]
    where = _describe(prefix + loc, model) if prefix and prefix[:2] != ("extra", "hub") else _describe(loc, model)
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        field = keys[-1] if keys else "a value"
        return Finding(doc.path, line, f"'{field}' is missing{_in(where[:-1])}", f"add a line '{field}: …'", "required")
    if kind == "extra_forbidden":
        key = loc[-1]
        allowed = _fields_at(model, loc[:-1])
        hint = did_you_mean(key, allowed, fallback=one_of(allowed) if allowed else "remove it")
        return Finding(doc.path, line, f"unknown key '{key}'{_in(where[:-1])}", hint, "unknown-key")
    if kind in ("literal_error", "enum"):
        expected = _literal_choices(model, loc)
        hint = did_you_mean(value, expected, fallback=one_of(expected)) if expected else error["msg"]
        if expected and hint.startswith("did you"):
            hint += f" ({one_of(expected)})"
        return Finding(doc.path, line, f"'{where[-1] if where else 'value'}' cannot be {value!r}", hint, "allowed-value")
    if kind == "union_tag_invalid":
        ctx = error.get("ctx", {})
        key = str(ctx.get("discriminator", "type")).strip("'")
        line = line_at(node, (*loc, key)) if prefix == () else line_at(doc.data, prefix + loc + (key,))
        expected = [t.strip(" '") for t in str(ctx.get("expected_tags", "")).split(",")]
        hint = did_you_mean(ctx.get("tag"), expected, fallback="")
        return Finding(
            doc.path,
            line,
            f"'{key}' cannot be {ctx.get('tag')!r}",
            (hint + " (" if hint else "") + one_of(expected, limit=20) + (")" if hint else ""),
            "allowed-value",
        )
    label = where[-1] if where else "this item"
    if kind.startswith("date"):
        return Finding(doc.path, line, f"'{label}' is not a date: {value!r}", _type_hint(kind), "wrong-type")
    message = _plain(error["msg"])
    if not where:  # a rule about the item as a whole
        return Finding(doc.path, line, message, "", "rule")
    return Finding(doc.path, line, f"'{label}' {message}", _type_hint(kind), "wrong-type")


def _in(where: list[str]) -> str:
    return f" in {'.'.join(where)}" if where else ""


def _describe(loc: tuple, model: type[BaseModel]) -> list[str]:
    out: list[str] = []
    for part in loc:
        if isinstance(part, int):
            if out:
                out[-1] = f"{out[-1]}[{part + 1}]"
        elif not _is_tag(model, loc, part):
            out.append(str(part))
    return out


def _plain(msg: str) -> str:
    msg = msg.replace("Input should be", "should be").replace("Value error, ", "")
    msg = msg.replace("Assertion failed, ", "")
    return msg[0].lower() + msg[1:] if msg else msg


def _type_hint(kind: str) -> str:
    return {
        "date_from_datetime_parsing": "write dates as YYYY-MM-DD, for example 2026-03-31",
        "date_parsing": "write dates as YYYY-MM-DD, for example 2026-03-31",
        "date_type": "write dates as YYYY-MM-DD, for example 2026-03-31",
        "list_type": "write a list, for example [a, b] or one '- item' per line",
        "string_type": "put the text in quotes if it looks like a number, date or yes/no",
        "int_parsing": "write a whole number, for example 90",
        "int_type": "write a whole number, for example 90",
        "bool_type": "write true or false",
        "bool_parsing": "write true or false",
        "string_too_short": "this cannot be empty",
        "too_short": "add at least the number of items asked for",
        "too_long": "remove some items",
        "string_pattern_mismatch": "check the spelling and the format",
        "dict_type": "write 'key: value' lines indented under this key",
        "model_type": "write 'key: value' lines indented under this key",
        "greater_than": "use a larger number",
        "greater_than_equal": "use a larger number",
        "less_than_equal": "use a smaller number",
        "less_than": "use a smaller number",
    }.get(kind, "see the README's content guide for this field")


# --- walking a model's type annotations along an error location ------------


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes or literal types an annotation may hold."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        out: list[Any] = []
        for arg in get_args(annotation):
            out.extend(_unwrap(arg))
        return out
    if origin in (list, tuple, set, frozenset):
        args = [a for a in get_args(annotation) if a is not Ellipsis]
        return _unwrap(args[0]) if args else []
    if origin is dict:
        args = get_args(annotation)
        return _unwrap(args[1]) if len(args) == 2 else []
    return [annotation]


def _models_at(model: type[BaseModel], loc: tuple) -> list[Any]:
    current: list[Any] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        nxt: list[Any] = []
        for cls in current:
            if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
                continue
            by_tag = _tag_of(cls)
            if by_tag is not None and by_tag == part:
                nxt.append(cls)
                continue
            for name, info in cls.model_fields.items():
                if part in (name, info.alias):
                    nxt.extend(_unwrap(info.annotation))
        tagged = [c for c in current if isinstance(c, type) and issubclass(c, BaseModel) and _tag_of(c) == part]
        current = tagged or nxt or current
    return current


def _tag_of(cls: type[BaseModel]) -> str | None:
    info = cls.model_fields.get("type")
    if info is None:
        return None
    args = get_args(info.annotation)
    return str(args[0]) if get_origin(info.annotation) is typing.Literal and len(args) == 1 else None


def _is_tag(model: type[BaseModel], loc: tuple, part: Any) -> bool:
    index = loc.index(part)
    return (
        any(isinstance(c, type) and issubclass(c, BaseModel) and _tag_of(c) == part for c in _models_at(model, loc[:index])) if isinstance(part, str) else False
    )


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    names: list[str] = []
    for cls in _models_at(model, loc):
        if isinstance(cls, type) and issubclass(cls, BaseModel):
            names.extend(info.alias or name for name, info in cls.model_fields.items())
    return names


def _literal_choices(model: type[BaseModel], loc: tuple) -> list[str]:
    out: list[str] = []
    for ann in _models_at(model, loc):
        if get_origin(ann) is typing.Literal:
            out.extend(str(a) for a in get_args(ann))
        elif isinstance(ann, type) and issubclass(ann, __import__("enum").Enum):
            out.extend(str(m.value) for m in ann)
    return out
