"""Checks over every piece of content, whatever its type: no unsafe markup and no invisible characters.

Every text value of every item (titles, summaries, notes, options, feedback, places ...) and
every Markdown body (pages under docs/, pack notes and handouts) is read here. Markup is found
with a real HTML parser after the site's own Markdown conversion (core/markup.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .checks import check
from .fields import CONTROL
from .findings import Finding
from .markdown import Converter
from .markup import line_of, maybe_markup, unsafe_in_html
from .model import Content


def items(hub) -> Iterator[Content]:
    """Every content item the hub holds: each type's items, the sources, the settings and the pages' front matter."""
    seen: set[int] = set()
    collections = [*hub.content.values(), hub.sources, {"settings": hub.settings}, {src: page.meta for src, page in hub.pages.items()}]
    for collection in collections:
        values = collection.values() if isinstance(collection, dict) else collection if isinstance(collection, list) else ()
        for item in values:
            for one in (item, *item.parts()) if isinstance(item, Content) else ():
                if id(one) not in seen:
                    seen.add(id(one))
                    yield one


def strings(value: Any, loc: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text in an item, with where it is (for its line)."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, Content):
        for name, field in value:
            info = type(value).model_fields.get(name)
            yield from strings(field, (*loc, (info.alias or name) if info else name))
    elif isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            yield from strings(element, (*loc, index))
    elif isinstance(value, dict):
        for key, element in value.items():
            yield from strings(element, (*loc, key))


def texts(hub) -> list[tuple[Content, list[tuple[tuple, str]], str]]:
    """Every item with its texts and, for a quick first look, those texts joined: a sign of
    markup or a control character in any one of them is in the joined text (read once, for
    both checks below)."""
    if "content-texts" not in hub.memo:
        found = []
        for item in items(hub):
            its = list(strings(item))
            found.append((item, its, "\n".join(text for _, text in its)))
        hub.memo["content-texts"] = found
    return hub.memo["content-texts"]


def bodies(hub) -> Iterator[tuple[str, str, int]]:
    """Every Markdown body: (file, text, the line it starts on)."""
    for page in hub.pages.values():
        yield page.doc.path, page.doc.body, page.doc.body_line
    for item in items(hub):
        yield from item.markdown_bodies()


def _converter(hub) -> Converter:
    if "markup-converter" not in hub.memo:
        hub.memo["markup-converter"] = Converter(hub.markdown, permalinks=False)
    return hub.memo["markup-converter"]


@check("content-safe-markup")
def safe_markup(hub):
    """No script, embedded page, form, style, event handler or javascript:/data: address anywhere in content."""
    converter = _converter(hub)
    for item, its, joined in texts(hub):
        if not maybe_markup(joined):
            continue
        for loc, text in its:
            if maybe_markup(text):
                for unsafe in unsafe_in_html(converter.convert(text)) or unsafe_in_html(text):
                    yield item.finding(loc, f"this text holds {unsafe.what}", unsafe.hint)
    for path, text, first_line in bodies(hub):
        if maybe_markup(text):
            found = {(u.what, u.search): u for u in [*unsafe_in_html(converter.convert(text)), *unsafe_in_html(text)]}
            for unsafe in found.values():
                yield Finding(path, line_of(text, unsafe.search, first_line), f"this page holds {unsafe.what}", unsafe.hint)


@check("content-no-control-characters")
def no_control_characters(hub):
    """Invisible characters written as YAML escapes ("\\x07") in any value, whatever its field's type."""
    for item, its, joined in texts(hub):
        if not CONTROL.search(joined):
            continue
        for loc, text in its:
            found = CONTROL.search(text)
            if found:
                yield item.finding(loc, f"this text holds an invisible control character (U+{ord(found.group()):04X})", "delete it: retype the text around it")


CHECKS = (safe_markup, no_control_characters)
