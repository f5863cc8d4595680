"""Findings: what the checks report, in the form editors read.

Every problem is a Finding with the file, the line, what is wrong and how to
fix it. Printed as ``path:line: message (hint)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    message: str
    hint: str = ""
    check: str = ""
    severity: str = "error"  # "error" fails the build; "warning" is reported only

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


#: Line breaks and other invisible characters quoted from content: shown as escapes, so a finding stays one line.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def did_you_mean(word: object, choices: Iterable[str], *, fallback: str = "") -> str:
    """A hint naming the closest choice, or ``fallback`` where none is close."""
    choices = sorted({str(c) for c in choices})
    close = get_close_matches(str(word), choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return fallback


def one_of(choices: Iterable[str], limit: int = 12) -> str:
    """A hint listing allowed values, shortened where there are many."""
    choices = sorted({str(c) for c in choices})
    if not choices:
        return "none are defined yet"
    shown = ", ".join(f"'{c}'" for c in choices[:limit])
    more = f" and {len(choices) - limit} more" if len(choices) > limit else ""
    return f"use one of {shown}{more}"
