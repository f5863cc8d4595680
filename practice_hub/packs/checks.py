"""Checks on workshop packs: timings that add up, handouts and references that exist."""

from __future__ import annotations

import re

from ..core.checks import check, missing_references
from ..core.findings import Finding, did_you_mean, one_of
from ..core.graphs import circles
from ..core.wording import duration_text
from ..training.model import course_minutes
from .model import HANDOUTS, PACKS, clock_at, is_library_ref, library_id, minutes_of

#: Sessions longer than this should have a break in the plan.
LONGEST_WITHOUT_BREAK = 120
_TEMPLATE_TAG = re.compile(r"\{\{|\{%")
_RELATIVE_LINK = re.compile(r"\]\((?!https?://|mailto:|#)[^)]*\)")


@check("pack-id-matches-folder")
def pack_id_matches_folder(hub):
    for pack in hub.packs.values():
        if pack.source_path != f"{PACKS}/{pack.id}/pack.md":
            yield pack.finding(("id",), f"the id '{pack.id}' does not match the pack's folder", f"rename the folder to {PACKS}/{pack.id}/ or change the id")


@check("pack-timings-add-up")
def pack_timings_add_up(hub):
    for pack in hub.packs.values():
        planned = pack.planned_minutes
        if planned == pack.length_minutes:
            continue
        sums = " + ".join(str(s.minutes) for s in pack.segments)
        gap = pack.length_minutes - planned
        fix = (f"add {gap} minutes to the plan" if gap > 0 else f"take {-gap} minutes out of the plan") + f", or change length_minutes to {planned}"
        yield pack.finding(("length_minutes",), f"the segments add up to {planned} minutes ({sums}), but 'length_minutes' says {pack.length_minutes}", fix)


@check("pack-ends-the-same-day")
def pack_ends_the_same_day(hub):
    for pack in hub.packs.values():
        if minutes_of(pack.default_start) + pack.length_minutes > 24 * 60:
            yield pack.finding(
                ("default_start",),
                f"starting at {pack.default_start}, the {duration_text(pack.length_minutes)} session would end after midnight ({clock_at(pack.default_start, pack.length_minutes)})",
                "choose an earlier default_start",
            )


@check("pack-has-a-break")
def pack_has_a_break(hub):
    for pack in hub.packs.values():
        if pack.length_minutes > LONGEST_WITHOUT_BREAK and not any(s.kind == "break" for s in pack.segments):
            yield Finding(
                pack.source_path,
                pack.line("segments"),
                f"the session lasts {duration_text(pack.length_minutes)} with no break in the plan",
                f"add a segment with 'kind: break' (sessions over {duration_text(LONGEST_WITHOUT_BREAK)} need one)",
                severity="warning",
            )


@check("pack-handouts-exist")
def pack_handouts_exist(hub):
    for pack in hub.packs.values():
        own = pack.handout_pages
        for s_index, segment in enumerate(pack.segments):
            for h_index, ref in enumerate(segment.handouts):
                where = ("segments", s_index, "handouts", h_index)
                if is_library_ref(ref):
                    item = library_id(ref)
                    if item not in hub.library:
                        yield pack.finding(where, f"handout '{ref}' is not in the resource library", _library_hint(item, hub.library))
                elif ref not in own and f"{pack.id}/{ref}" not in hub.unchecked_ids:
                    folder = f"{PACKS}/{pack.id}/{HANDOUTS}/"
                    if ref in hub.library:
                        hint = f"for the resource library's '{ref}', write 'library:{ref}'"
                    else:
                        hint = did_you_mean(ref, own, fallback=f"add {folder}{ref}.md, or use 'library:<id>' for a file from the resource library")
                    yield pack.finding(where, f"handout '{ref}' is not a file in {folder}", hint)


def _library_hint(item: str, library: dict) -> str:
    if not library:
        return "there is no resources/library.yml yet: add the file to the library first"
    return did_you_mean(item, library, fallback=one_of(library))


@check("pack-handouts-used")
def pack_handouts_used(hub):
    for pack in hub.packs.values():
        used = set(pack.handout_refs)
        for name, handout in pack.handout_pages.items():
            if name not in used:
                yield Finding(
                    handout.source_path,
                    1,
                    "no segment of the session plan uses this handout, so it would never be printed",
                    f"list '{name}' under a segment's 'handouts' in {pack.source_path}, or delete the file",
                )


@check("pack-plain-markdown")
def pack_plain_markdown(hub):
    """Pack notes and handouts go into the printable download as they are: no macros, no links between pages."""
    for pack in hub.packs.values():
        texts = [(pack.source_path, pack._body_line, pack.body)]
        texts += [(h.source_path, h._body_line, h.body) for h in pack.handout_pages.values()]
        for path, first_line, text in texts:
            for number, line in enumerate(text.splitlines(), start=first_line):
                if _TEMPLATE_TAG.search(line):
                    yield Finding(
                        path,
                        number,
                        "packs and handouts are plain Markdown: '{{ … }}' and '{% … %}' are not filled in",
                        "write the words themselves (for the team mailbox, write it out)",
                    )
                if _RELATIVE_LINK.search(line):
                    yield Finding(
                        path,
                        number,
                        "a link to another page of the hub would break in the pack's printable download",
                        "name the guide or quiz in words instead: the pack links its guides and quizzes for you",
                    )


@check("pack-prerequisites-exist")
def pack_prerequisites_exist(hub):
    courses = getattr(hub, "courses", None)  # the training catalogue, where this hub has one
    for pack in hub.packs.values():
        for index, ref in enumerate(pack.prerequisites):
            kind, _, target = ref.partition(":")
            if kind == "pack":
                if target == pack.id:
                    yield pack.finding(("prerequisites", index), f"pack '{pack.id}' lists itself as a prerequisite", "remove it from 'prerequisites'")
                elif target not in hub.packs and not hub.refers_to_broken(target):
                    yield pack.finding(
                        ("prerequisites", index), f"prerequisite pack '{target}' does not exist", did_you_mean(target, hub.packs, fallback=one_of(hub.packs))
                    )
            elif courses and target not in courses:
                yield pack.finding(
                    ("prerequisites", index),
                    f"prerequisite course '{target}' is not in the training catalogue",
                    did_you_mean(target, courses, fallback=one_of(courses)),
                )


@check("pack-prerequisites-not-circular")
def pack_prerequisites_not_circular(hub):
    packs = hub.packs
    for ring in circles({pack_id: pack.prerequisite_packs for pack_id, pack in packs.items()}):
        pack = packs[ring[0]]
        yield pack.finding(
            ("prerequisites", pack.prerequisites.index(f"pack:{ring[1]}")),
            "the prerequisites go round in a circle: " + " -> ".join(ring),
            "a pack cannot (even indirectly) need itself first: remove one of these prerequisites",
        )


@check("pack-links-exist")
def pack_links_exist(hub):
    courses = getattr(hub, "courses", None)
    for pack in hub.packs.values():
        yield from missing_references(hub, pack, "guides", pack.guides, hub.guides, "guide '{ref}' does not exist")
        yield from missing_references(hub, pack, "quizzes", pack.quizzes, hub.quizzes, "quiz '{ref}' does not exist")
        if courses:
            yield from missing_references(hub, pack, "courses", pack.courses, courses, "course '{ref}' is not in the training catalogue")


@check("pack-length-matches-course")
def pack_length_matches_course(hub):
    """A pack that is a course's material (``delivers: <course id>``) lasts as long as the course says.
    Only 'delivers' is compared: 'courses' lists related courses, which may be any length."""
    courses = getattr(hub, "courses", None)
    if not courses:
        return  # no training catalogue yet: nothing to compare with
    for pack in hub.packs.values():
        if pack.delivers is None:
            continue
        course = courses.get(pack.delivers)
        if course is None:
            if not hub.refers_to_broken(pack.delivers):
                yield pack.finding(
                    ("delivers",),
                    f"'delivers' names course '{pack.delivers}', which is not in the training catalogue",
                    did_you_mean(pack.delivers, courses, fallback=one_of(courses)),
                )
            continue
        span = course_minutes(course.length)
        if span is None or span[0] <= pack.length_minutes <= span[1]:
            continue  # the course's length is in words that give no time ('Set by your team'), or it agrees
        yield pack.finding(
            ("length_minutes",),
            f"the pack lasts {duration_text(pack.length_minutes)}, but the course it delivers, '{course.title}', lasts {course.length} (resources/courses.yml)",
            "make them agree: change the plan and 'length_minutes', or the course's 'length'; or, if the pack is not that course's material, remove 'delivers' (and list the course under 'courses')",
        )
