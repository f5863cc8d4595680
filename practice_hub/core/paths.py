"""Paths that content names must stay inside their folder: checked before any file is read or published."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

_DRIVE = re.compile(r"^[A-Za-z]:")


def path_problem(folder: Path, name: str) -> tuple[str, str] | None:
    """What is wrong with ``name`` as a file inside ``folder`` (message, hint), or None.

    Refused: backslashes (a Windows path, which a zip or another system reads differently),
    absolute paths, '..', a path through a link that leads out of the folder, and a name
    that differs only in capitals from the file on disc (it would break on a web server
    that cares about case, as most do)."""
    if "\\" in name:
        return f"'{name}' uses backslashes (\\)", "write paths with forward slashes, e.g. downloads/plan.docx"
    if name.startswith("/") or _DRIVE.match(name):
        return f"'{name}' is an absolute path", f"give the path from the {folder.name}/ folder, e.g. downloads/plan.docx"
    parts = PurePosixPath(name).parts
    if ".." in parts:
        return f"'{name}' goes up out of the {folder.name}/ folder ('..')", f"keep the file inside {folder.name}/ and give its path from there"
    target = folder / name
    if target.exists() or target.is_symlink():
        try:
            inside = target.resolve().is_relative_to(folder.resolve())
        except OSError:
            inside = False
        if not inside:
            return f"'{name}' is a link to a file outside the {folder.name}/ folder", "copy the file itself into the folder instead of linking to it"
    current = folder
    for part in parts:
        if not current.is_dir():
            break
        names = {child.name for child in current.iterdir()}
        if part not in names:
            other = next((n for n in names if n.lower() == part.lower()), None)
            if other is not None:
                return f"'{name}' does not match the file's name on disc, '{other}', in capitals", f"write it exactly as the file is named: {other}"
            break
        current = current / part
    return None
