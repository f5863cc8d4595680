"""Reading workshop packs: packs/<id>/pack.md and the Markdown handouts beside it."""

from __future__ import annotations

import re
from pathlib import Path

from ..core.findings import Finding
from ..core.model import validate
from ..core.paths import path_problem
from ..core.read import Mapping, read_markdown
from .model import HANDOUTS, PACKS, Handout, Pack

ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def load(hub) -> list[Finding]:
    """Read packs/<id>/pack.md and the Markdown handouts beside it."""
    hub.content["packs"] = {}
    findings: list[Finding] = []
    folder = hub.root / PACKS
    if not folder.is_dir():
        return []
    for pack_dir in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        problem = path_problem(folder, pack_dir.name)
        if problem:
            findings.append(Finding(f"{PACKS}/{pack_dir.name}", 1, *problem, "pack-layout"))
            continue
        file = pack_dir / "pack.md"
        if not file.is_file():
            findings.append(
                Finding(
                    f"{PACKS}/{pack_dir.name}",
                    1,
                    f"the folder {PACKS}/{pack_dir.name}/ has no pack.md",
                    "add a pack.md (copy one from another pack), or remove the folder",
                    "pack-layout",
                )
            )
            continue
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            hub.unchecked_ids.add(pack_dir.name)  # one mistake, one finding: references to this pack are not reported too
            continue
        pack, found = validate(Pack, doc)
        findings += found
        if pack is None:
            if isinstance(doc.data, Mapping) and isinstance(doc.data.get("id"), str):
                hub.unchecked_ids.add(doc.data["id"])
            continue
        pack._body, pack._body_line = doc.body, doc.body_line
        findings += _load_handouts(hub, pack, pack_dir / HANDOUTS)
        if pack.id in hub.packs:
            findings.append(pack.finding(("id",), f"pack id '{pack.id}' is also used by {hub.packs[pack.id].source_path}", "give each pack its own id"))
        else:
            hub.packs[pack.id] = pack
    return findings


def _load_handouts(hub, pack: Pack, folder: Path) -> list[Finding]:
    findings: list[Finding] = []
    if not folder.is_dir():
        return findings
    for file in sorted(folder.iterdir()):
        if file.name.startswith("."):
            continue
        if file.suffix != ".md" or not file.is_file():
            findings.append(
                Finding(
                    f"{PACKS}/{folder.parent.name}/{HANDOUTS}/{file.name}",
                    1,
                    "only Markdown handouts (.md) belong in a pack's handouts folder",
                    "add other files to the resource library (resources/library.yml) and use them as 'library:<id>'",
                    "pack-layout",
                )
            )
            continue
        shown = f"{PACKS}/{folder.parent.name}/{HANDOUTS}/{file.name}"
        problem = path_problem(folder, file.name)
        if problem:
            findings.append(Finding(shown, 1, *problem, "pack-layout"))
            continue
        if not ID.fullmatch(file.stem):
            findings.append(
                Finding(
                    shown,
                    1,
                    f"the handout's file name '{file.name}' is not lower-case words joined by hyphens",
                    "rename it, e.g. case-study.md: the name is part of its address and of the pack's download",
                    "pack-layout",
                )
            )
            continue
        doc = read_markdown(hub.root, file)
        if not doc.ok:
            findings += doc.findings
            continue
        handout, found = validate(Handout, doc)
        findings += found
        if handout is not None:
            handout._name, handout._body, handout._body_line = file.stem, doc.body, doc.body_line
            pack._handouts[file.stem] = handout
        else:
            hub.unchecked_ids.add(f"{pack.id}/{file.stem}")
    return findings
