"""Named checks over the loaded hub, in the manner of the Carpentries' validators.

Each check is a small function that takes the hub and yields findings. They
run after loading, once every file has been read, so they can follow
cross-references between files.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model.findings import Finding, did_you_mean, one_of

CheckFunction = Callable[["Hub"], Iterable[Finding]]  # noqa: F821
CHECKS: dict[str, CheckFunction] = {}


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under a name that appears in its findings."""

    def register(function: CheckFunction) -> CheckFunction:
        CHECKS[name] = function
        return function

    return register


def missing_references(hub, item, key: str | tuple, refs, known, message: str):
    """Findings for each reference in ``refs`` (the list at ``key`` of ``item``) that is
    not in ``known``, with a did-you-mean hint. ``message`` names the reference as {ref}.
    A reference to an item whose own file has errors is not reported again."""
    loc = key if isinstance(key, tuple) else (key,)
    for index, ref in enumerate(refs):
        if ref not in known and not hub.refers_to_broken(ref):
            yield item.finding((*loc, index), message.format(ref=ref), did_you_mean(ref, known, fallback=one_of(known)))


def run_checks(hub) -> list[Finding]:
    findings: list[Finding] = []
    for name, function in CHECKS.items():
        for finding in function(hub):
            findings.append(finding if finding.check else Finding(finding.path, finding.line, finding.message, finding.hint, name, finding.severity))
    return findings


# Register the checks (each module adds its own on import).
from . import examples, guides, glossary, library, pathways, quizzes  # noqa: E402,F401
from . import packs, sources  # noqa: E402,F401
from . import training  # noqa: E402,F401
