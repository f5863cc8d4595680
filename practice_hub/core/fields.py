"""Small shared field types.

Every piece of text in content is ``Text`` or ``Line``: never empty, and never holding an
invisible control character (a YAML escape such as "\\x00" cannot smuggle one in). A ``Line``
is also one line: titles, names, roles and places are printed in headings, attributes,
calendar files and quiz exports, where a line break would change what comes after it.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

#: Characters that are invisible or not text: control characters (tab, new line and carriage return
#: aside), and the Unicode non-characters. They are findings wherever they appear.
CONTROL = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ufffe\\uffff\\ud800-\\udfff]")


def _no_control(value: str) -> str:
    found = CONTROL.search(value)
    if found:
        raise ValueError(f"holds an invisible control character (U+{ord(found.group()):04X}): delete it and retype the text around it")
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("must be one line: remove the line break (in YAML, keep it on one line or use quotes)")
    return _no_control(value)


#: An id: lower-case words joined by hyphens, as used in file names and links.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=80)]

#: Text that must not be empty.
Text = Annotated[str, StringConstraints(min_length=1), AfterValidator(_no_control)]

#: One line of text that must not be empty: a title, a name, a role, a place.
Line = Annotated[str, StringConstraints(min_length=1, max_length=300), AfterValidator(_one_line)]

#: A mailbox address.
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]

#: A colour written as #rrggbb.
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
