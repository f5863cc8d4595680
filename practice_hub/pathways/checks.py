"""Checks on induction pathways: every step must resolve."""

from __future__ import annotations

from ..core.checks import check
from ..core.findings import did_you_mean, one_of
from .model import DUE_PERIODS

KIND_NAMES = {"course": "course", "guide": "guide", "quiz": "quiz", "pack": "workshop pack"}


def targets(hub) -> dict[str, dict]:
    """What each kind of step can point to."""
    return {"course": getattr(hub, "courses", {}), "guide": hub.guides, "quiz": hub.quizzes, "pack": getattr(hub, "packs", {})}


@check("pathway-id-matches-file")
def pathway_id_matches_file(hub):
    for pathway in hub.pathways.values():
        if pathway.source_path != f"resources/pathways/{pathway.id}.yml":
            yield pathway.finding(("id",), f"the id '{pathway.id}' does not match the file name", f"rename the file to {pathway.id}.yml or change the id")


@check("pathway-steps-resolve")
def pathway_steps_resolve(hub):
    kinds = targets(hub)
    for pathway in hub.pathways.values():
        for index, step in enumerate(pathway.steps):
            if step.kind == "task":
                continue
            known = kinds[step.kind]
            if step.ref not in known and not hub.refers_to_broken(step.ref):
                yield pathway.finding(
                    ("steps", index, step.kind), f"{KIND_NAMES[step.kind]} '{step.ref}' does not exist", did_you_mean(step.ref, known, fallback=one_of(known))
                )


@check("pathway-steps-unique")
def pathway_steps_unique(hub):
    for pathway in hub.pathways.values():
        seen: dict[str, int] = {}
        for index, step in enumerate(pathway.steps):
            if step.key in seen:
                yield pathway.finding(("steps", index), f"'{step.key}' is already step {seen[step.key] + 1} of this pathway", "list each step once")
            seen.setdefault(step.key, index)


@check("pathway-steps-in-due-order")
def pathway_steps_in_due_order(hub):
    order = list(DUE_PERIODS)
    for pathway in hub.pathways.values():
        for index in range(1, len(pathway.steps)):
            before, step = pathway.steps[index - 1], pathway.steps[index]
            if order.index(step.due) < order.index(before.due):
                yield pathway.finding(
                    ("steps", index, "due"),
                    f"this step is due '{step.due}' but comes after a step due '{before.due}'",
                    "list steps in the order they are due: first-week, first-month, within-two-months, first-six-months",
                )
