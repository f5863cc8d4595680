"""Named checks over the loaded hub, in the manner of the Carpentries' validators.

Each check is a small function that takes the hub and yields findings. A content
type's checks live in its own folder (``<type>/checks.py``) and are listed in its
declaration; they run after loading, once every file has been read, so they can
follow cross-references between files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .findings import Finding, did_you_mean, one_of

CheckFunction = Callable[..., Iterable[Finding]]


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Mark a function as a check; its name appears in its findings."""

    def mark(function: CheckFunction) -> CheckFunction:
        function.check_name = name  # type: ignore[attr-defined]
        return function

    return mark


def missing_references(hub, item, key: str | tuple, refs, known, message: str):
    """Findings for each reference in ``refs`` (the list at ``key`` of ``item``) that is
    not in ``known``, with a did-you-mean hint. ``message`` names the reference as {ref}.
    A reference to an item whose own file has errors is not reported again."""
    loc = key if isinstance(key, tuple) else (key,)
    for index, ref in enumerate(refs):
        if ref not in known and not hub.refers_to_broken(ref):
            yield item.finding((*loc, index), message.format(ref=ref), did_you_mean(ref, known, fallback=one_of(known)))


def run_checks(hub, checks: Iterable[CheckFunction]) -> list[Finding]:
    findings: list[Finding] = []
    for function in checks:
        name = getattr(function, "check_name", function.__name__)
        for finding in function(hub):
            findings.append(finding if finding.check else Finding(finding.path, finding.line, finding.message, finding.hint, name, finding.severity))
    return findings
