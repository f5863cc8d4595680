"""Small shared field types."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

#: An id: lower-case words joined by hyphens, as used in file names and links.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=80)]

#: Text that must not be empty.
Text = Annotated[str, StringConstraints(min_length=1)]

#: A mailbox address.
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]

#: A colour written as #rrggbb.
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
