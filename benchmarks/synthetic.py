"""Synthetic hubs in the hub's real content formats, for benchmarks.

Two kinds of hub:

- ``make_hub(where, guides=, quizzes=)``: the fixture hub (tests/fixtures/minimal)
  plus N guides and quizzes, with the navigation MkDocs makes from the files
  (as the tests build it). Used for the build cost per quiz.
- ``make_scaled_hub(where, items)``: the fixture hub plus ``items`` content items
  spread over every content type the way a real hub is (guides, quizzes, courses,
  sessions, workshop packs with handouts, and examples from practice where the
  hub has them), with the shipped mkdocs.yml's own navigation. Used for the
  scaling benchmark.

``make_plain_site(hub_site, where)`` then makes the floor the hub is compared
with: a plain Material site (same theme, same features, same navigation, no
macros plugin, no hub content) with one Markdown page for every page the hub
built, at the same address and of about the same size.

Every text is made up and anonymised, and passes the hub's own checks.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
#: The day every synthetic hub is built on (HUB_TODAY), so the calendar is the same on every run.
TODAY = "2026-11-23"
PARAGRAPH = (
    "Talk with the family about what is working well and what the worries are. Use their words. "
    "Ask each person to scale the situation from 0 to 10 and say why. Write down what needs to happen next. "
) * 3

#: How ``items`` content items are shared between the content types, out of 20.
#: Examples only where the hub has them (docs/examples); otherwise their share goes to guides.
MIX = {"guides": 6, "quizzes": 3, "courses": 2, "sessions": 4, "packs": 2, "examples": 3}
CATEGORIES = ("mapping", "analysing-harm", "child-engagement", "safety-planning", "networks", "supervision-and-learning")
USED_WITH = ("children", "parents-and-carers", "networks", "professionals", "supervision")
ROLES = ("social-workers", "early-help", "managers", "practice-leads", "support-staff", "partners")
AUDIENCES = ("social-workers", "early-help", "managers", "partners", "practice-leads", "all-staff")
SERVICE_AREAS = ("early-help", "child-in-need", "child-protection", "children-in-care", "fostering", "disabled-children", "leaving-care", "multi-agency")
GUIDE_SECTIONS = ("What it is", "When to use it", "How to use it", "Worked example", "Common pitfalls", "Questions to ask")


def has_examples() -> bool:
    """Whether this hub has examples from practice (the content type arrived later)."""
    return (ROOT / "practice_hub" / "examples" / "model.py").is_file()


def counts(items: int) -> dict[str, int]:
    """How many of each content type make ``items`` items (they add up to ``items``)."""
    mix = dict(MIX)
    if not has_examples():
        mix["guides"] += mix.pop("examples")
    total = sum(mix.values())
    out = {kind: items * share // total for kind, share in mix.items()}
    out["guides"] += items - sum(out.values())
    return out


# --- the fixture hub plus guides and quizzes (build cost per quiz) ------------------------


def _assemble(where: Path) -> Path:
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import make_hub as assemble  # the tests' own assembler: real code + fixture content

    if where.exists():
        shutil.rmtree(where)
    return assemble(where)


def make_hub(where: Path, guides: int = 0, quizzes: int = 0) -> Path:
    """A hub with the real code and theme, the fixture content, and N synthetic guides and quizzes."""
    hub = _assemble(where)
    for n in range(guides):
        (hub / "docs/guides" / f"synthetic-{n}.md").write_text(guide(n, guides), encoding="utf-8")
    for n in range(quizzes):
        (hub / "quizzes" / f"synthetic-{n}.yml").write_text(yaml.safe_dump(quiz(n), sort_keys=False), encoding="utf-8")
    return hub


def guide(n: int, total: int) -> str:
    related = f"[synthetic-{(n + 1) % total}]" if total > 1 else "[alpha]"
    sections = "\n\n".join(f"## {title}\n\n{PARAGRAPH}" for title in GUIDE_SECTIONS)
    return (
        f"---\nid: synthetic-{n}\ntitle: Synthetic tool {n}\nsummary: A synthetic guide for measuring the build.\ncategory: mapping\n"
        f"used_with: [children]\ntime_needed: 30 minutes\nrelated: {related}\nowner: Practice Excellence Team\n"
        f"last_reviewed: 2026-10-01\nreview_interval_months: 12\n---\n\n{sections}\n"
    )


def quiz(n: int) -> dict:
    questions = []
    for i in range(8):
        questions.append(
            {
                "id": f"q{i}",
                "type": "single",
                "prompt": f"Synthetic question {i}: which column holds the worries?",
                "options": [
                    {"text": "The first column", "correct": True, "feedback": "Yes, the first column holds the worries."},
                    {"text": "The second column", "feedback": "No, that holds what is working well."},
                    {"text": "The third column", "feedback": "No, that holds what needs to happen."},
                ],
                "explanation": "The worries come first on the map.",
            }
        )
    return {
        "id": f"synthetic-{n}",
        "title": f"Synthetic quiz {n}",
        "introduction": "A synthetic quiz.",
        "related_guides": ["alpha"],
        "pass_mark": 70,
        "questions": questions,
    }


# --- a hub of N content items of every type (the scaling benchmark) -------------------------


def make_scaled_hub(where: Path, items: int) -> tuple[Path, dict[str, int]]:
    """The fixture hub plus ``items`` synthetic content items of every type, with the shipped
    navigation. Returns the hub's folder and how many items of each type it holds."""
    hub = _assemble(where)
    made = counts(items)
    g, q, c, s, p = (made[k] for k in ("guides", "quizzes", "courses", "sessions", "packs"))
    for n in range(g):
        (hub / "docs/guides" / f"{guide_id(n)}.md").write_text(scaled_guide(n, g), encoding="utf-8")
    for n in range(q):
        (hub / "quizzes" / f"{quiz_id(n)}.yml").write_text(_dump(scaled_quiz(n, g)), encoding="utf-8")
    _extend_list(hub / "resources/courses.yml", "courses", [course(n, c, g) for n in range(c)])
    _extend_list(hub / "resources/sessions.yml", "sessions", [session(n, c) for n in range(s)])
    for n in range(p):
        folder = hub / "packs" / pack_id(n)
        (folder / "handouts").mkdir(parents=True)
        (folder / "pack.md").write_text(pack(n, g, q, c), encoding="utf-8")
        (folder / "handouts" / "case-study.md").write_text(handout(n), encoding="utf-8")
    if made.get("examples"):
        _add_examples(hub, made["examples"], g)
    _use_shipped_navigation(hub)
    return hub, made


def _dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def _extend_list(path: Path, key: str, entries: list[dict]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[key] = [*data[key], *entries]
    path.write_text(_dump(data), encoding="utf-8")


def _use_shipped_navigation(hub: Path) -> None:
    """The shipped mkdocs.yml's nav, less the pages this hub does not have: the
    hub's real navigation shape (its item pages are listed on pages, not in the sidebar)."""
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    docs = hub / "docs"

    def keep(entry):
        if isinstance(entry, str):
            return entry if (docs / entry).is_file() else None
        ((title, value),) = entry.items()
        if isinstance(value, str):
            return entry if (docs / value).is_file() else None
        kept = [k for k in (keep(e) for e in value) if k is not None]
        return {title: kept} if kept else None

    config_file = hub / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["nav"] = [k for k in (keep(e) for e in nav) if k is not None]
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


def guide_id(n: int) -> str:
    return f"synthetic-tool-{n}"


def quiz_id(n: int) -> str:
    return f"synthetic-quiz-{n}"


def course_id(n: int) -> str:
    return f"synthetic-course-{n}"


def pack_id(n: int) -> str:
    return f"synthetic-pack-{n}"


def scaled_guide(n: int, total: int) -> str:
    """A guide of about the size of the shipped ones (6 KB): every section, steps, lists, links."""
    related = sorted({guide_id((n + k) % total) for k in (1, 2, 5)} - {guide_id(n)}) if total > 1 else ["alpha"]
    body = {
        "What it is": f"Synthetic tool {n} helps a worker and a family see the same picture. It sits beside the "
        f"[three columns map]({related[0]}.md) and uses plain words, not jargon.\n\n{PARAGRAPH}",
        "When to use it": "\n".join(
            f"- {line}"
            for line in (
                "At the first visit, to agree what everyone is worried about.",
                "In meetings with several agencies.",
                "With children, using drawings if words are hard.",
                "At reviews, to compare today with last time.",
                "In supervision, to test your own judgement.",
            )
        )
        + f"\n\n{PARAGRAPH}",
        "How to use it": "\n".join(f"{i}. **Step {i}.** {PARAGRAPH[:160]}" for i in range(1, 8)),
        "Worked example": f"A family with a child of 6 and a baby met their worker at home. {PARAGRAPH}\n\n{PARAGRAPH}",
        "Common pitfalls": "\n".join(f"- **Pitfall {i}.** {PARAGRAPH[:140]}" for i in range(1, 6)),
        "Questions to ask": "\n".join(
            f'- "{q}"'
            for q in (
                "What is working well?",
                "What are you worried about?",
                "What needs to happen next?",
                "Where would you put things on a scale of 0 to 10?",
                "What would move it up one point?",
            )
        ),
    }
    sections = "\n\n".join(f"## {title}\n\n{text}" for title, text in body.items())
    return (
        f"---\nid: {guide_id(n)}\ntitle: Synthetic tool {n}\nsummary: A synthetic guide {n} for measuring the build.\n"
        f"category: {CATEGORIES[n % len(CATEGORIES)]}\nused_with: [{USED_WITH[n % len(USED_WITH)]}, {USED_WITH[(n + 2) % len(USED_WITH)]}]\n"
        f"time_needed: 30 to 60 minutes\nrelated: [{', '.join(related)}]\ndownloads: [sample-handout]\n"
        f"owner: Practice Excellence Team\nlast_reviewed: 2026-{1 + n % 10:02d}-15\nreview_interval_months: 12\n---\n\n{sections}\n"
    )


def scaled_quiz(n: int, guides: int) -> dict:
    """A quiz of eight questions, one of each type and a second single choice (about 5 KB)."""
    target = guide_id(n % guides) if guides else "alpha"
    right, wrong = "Yes. That is what the guide says to do first.", "Not quite. Look again at how the guide starts."
    questions = [
        {
            "id": "first-step",
            "type": "single",
            "prompt": f"Using synthetic tool {n}, what do you do first?",
            "options": [
                {"text": "Agree what everyone is worried about", "correct": True, "feedback": right},
                {"text": "Write the plan", "feedback": wrong},
                {"text": "Close the case", "feedback": wrong},
            ],
            "explanation": "The worries come first on the map.",
            "guide": f"{target}#how-to-use-it" if guides else None,
        },
        {
            "id": "who-scales",
            "type": "single",
            "prompt": "Who gives a number when you scale?",
            "options": [
                {"text": "Everyone, including the family", "correct": True, "feedback": "Yes. Everyone says why, too."},
                {"text": "Only the social worker", "feedback": "No. Every view counts."},
            ],
            "explanation": "Every person gives a number and a reason.",
        },
        {
            "id": "strengths",
            "type": "multiple",
            "prompt": "Which of these are strengths?",
            "options": [
                {"text": "Grandma collects the children every day", "correct": True, "feedback": "Yes: it is safety shown over time."},
                {"text": "The school knows the family well", "correct": True, "feedback": "Yes: a network that can help."},
                {"text": "A missed appointment", "feedback": "No: that is a worry."},
            ],
            "explanation": "Strengths are what is already working.",
        },
        {
            "id": "plain-words",
            "type": "true_false",
            "prompt": "Plain words help families understand the worries.",
            "answer": True,
            "feedback_true": "Yes. Families can only act on what they understand.",
            "feedback_false": "Think again: jargon shuts people out.",
            "explanation": "Use the family's own words where you can.",
        },
        {
            "id": "meeting-order",
            "type": "ordering",
            "prompt": "Put the parts of a mapping meeting in order.",
            "items": ["Agree the purpose", "Map the worries and strengths", "Scale the situation", "Agree next steps"],
            "feedback_correct": "Yes, that is the usual order.",
            "feedback_incorrect": "Not quite: the purpose comes first, next steps last.",
            "explanation": "A clear purpose keeps the meeting focused.",
        },
        {
            "id": "columns",
            "type": "matching",
            "prompt": "Match each column to what it holds.",
            "pairs": [
                {"item": "First column", "match": "What we are worried about"},
                {"item": "Second column", "match": "What is working well"},
                {"item": "Third column", "match": "What needs to happen"},
            ],
            "feedback_correct": "Yes, all three are right.",
            "feedback_incorrect": "Not quite: worries, then strengths, then next steps.",
            "explanation": "The three columns are the heart of the map.",
        },
        {
            "id": "scale-top",
            "type": "short_text",
            "prompt": "What number is the top of the scale?",
            "accepted": ["10", "ten"],
            "feedback_correct": "Yes, 10.",
            "feedback_incorrect": "The scale runs from 0 to 10.",
            "explanation": "Always define 10 first.",
        },
        {
            "id": "reflect",
            "type": "reflection",
            "prompt": "Think of a family you work with. What would a 10 look like for them?",
            "model_answer": "A 10 is the safety goal met: everyone confident the child is safe enough to close the case.",
            "explanation": "Reflection questions are not marked.",
        },
    ]
    for question in questions:
        if question.get("guide") is None:
            question.pop("guide", None)
    return {
        "id": quiz_id(n),
        "title": f"Synthetic quiz {n}",
        "introduction": f"Eight questions on synthetic tool {n}.",
        "related_guides": [target],
        "pass_mark": 70,
        "questions": questions,
    }


def course(n: int, total: int, guides: int) -> dict:
    live = n % 4 != 3  # every fourth course is e-learning only
    data = {
        "id": course_id(n),
        "title": f"Synthetic course {n}",
        "summary": f"A synthetic course {n} on one part of practice.",
        "description": PARAGRAPH[:300],
        "audiences": [ROLES[n % 4], ROLES[(n + 1) % 4]],
        "length": "3 hours" if live else "1 hour",
        "formats": ["virtual", "face-to-face"] if live and n % 2 == 0 else (["virtual"] if live else ["e-learning"]),
        "how_often": "Every three months",
        "booking": "booking-system",
    }
    if n % 5:
        data["prerequisites"] = [course_id(n - 1)]  # short chains of five courses
    if n % 3 == 0:
        data["mandatory_for"] = [ROLES[n % 4]]
    if guides:
        data["guides"] = sorted({guide_id(n % guides), guide_id((n * 3) % guides)})
    return data


def _live_course(n: int, courses: int) -> int:
    """A course with dated sessions for session ``n`` (courses n % 4 == 3 are e-learning only)."""
    c = n % courses
    return c - 1 if c % 4 == 3 else c


def session(n: int, courses: int) -> dict:
    """One-off sessions, weekly runs that end and monthly series that run on, around the build date."""
    c = _live_course(n, courses)
    start = date.fromisoformat(TODAY) + timedelta(days=(n * 3) % 300 - 60)
    data = {"id": f"synthetic-session-{n}", "course": course_id(c)}
    kind = n % 4
    if kind in (0, 1):
        data.update(start=f"{start} 09:30", end="16:30", days=1 + kind)
    elif kind == 2:
        data.update(start=f"{start} 12:30", length="30 minutes", repeat={"every": "week", "until": str(start + timedelta(weeks=7))})
    else:
        data.update(start=f"{start} 14:00", end="16:00", repeat={"every": "month"})
    if c % 2 == 0:
        data["format"] = "face-to-face" if n % 2 else "virtual"
    data.update(
        place=f"Council offices, room {n}" if data.get("format") == "face-to-face" else f"Online (link sent on booking) {n}",
        capacity=20,
        facilitator="Practice Excellence Team trainer",
    )
    if n % 10 == 9:
        data.update(status="cancelled", reason="The trainer is needed elsewhere; book another date.", sequence=1, updated=TODAY)
    return data


def pack(n: int, guides: int, quizzes: int, courses: int) -> str:
    """A 90-minute workshop pack of six segments with an exercise, a handout and a library file."""
    prerequisites = [f"pack:{pack_id(n - 1)}"] if n % 4 else []
    if courses:
        prerequisites.append(f"course:{course_id(n % courses)}")
    front = {
        "id": pack_id(n),
        "title": f"Synthetic workshop {n}",
        "summary": f"A synthetic 90-minute team session {n} to practise one tool together.",
        "audience": [AUDIENCES[n % 5], AUDIENCES[(n + 1) % 5]],
        "prerequisites": prerequisites,
        "group_size": {"min": 4, "max": 16},
        "length_minutes": 90,
        "default_start": "10:00",
        "outcomes": ["Use the tool with a family in plain words.", "Hear everyone's view and record it.", "Agree next steps that are small and specific."],
        "materials": ["A printed copy of the participant handouts for each person", "Flip chart paper and pens"],
        "guides": sorted({guide_id(n % guides), guide_id((n + 7) % guides)}) if guides else ["alpha"],
        "quizzes": [quiz_id(n % quizzes)] if quizzes else [],
        "courses": [course_id(n % courses)] if courses else [],
        "owner": "Practice Excellence Team",
        "last_reviewed": f"2026-{1 + n % 10:02d}-20",
        "review_interval_months": 12,
        "segments": [
            {"title": "Welcome", "minutes": 10, "kind": "welcome", "participants": "Say what you hope to take away.", "facilitator_notes": PARAGRAPH[:200]},
            {
                "title": "What the tool is for",
                "minutes": 15,
                "kind": "presentation",
                "participants": "Listen and ask questions.",
                "facilitator_notes": PARAGRAPH,
                "handouts": ["library:sample-handout"],
            },
            {
                "title": "Practise with a case study",
                "minutes": 25,
                "kind": "small-groups",
                "participants": "In groups of four, use the tool with the case study.",
                "facilitator_notes": PARAGRAPH,
                "handouts": ["case-study"],
                "exercise": {
                    "instructions": "Answer the questions as a group.",
                    "questions": [
                        {"ask": "What are the worries?", "answer": PARAGRAPH[:220]},
                        {"ask": "What is working well?", "answer": PARAGRAPH[:220]},
                        {"ask": "What needs to happen next?", "answer": PARAGRAPH[:220]},
                    ],
                },
            },
            {"title": "Break", "minutes": 10, "kind": "break", "participants": "Have a break.", "facilitator_notes": "Keep it to ten minutes."},
            {"title": "Feed back", "minutes": 20, "kind": "discussion", "participants": "Share one thing your group noticed.", "facilitator_notes": PARAGRAPH},
            {
                "title": "Close",
                "minutes": 10,
                "kind": "close",
                "participants": "Say one thing you will do differently.",
                "facilitator_notes": "Thank everyone and point them to the guide.",
            },
        ],
    }
    notes = f"## Before the session\n\n{PARAGRAPH}\n\n## If you are short of time\n\nCut the feedback to ten minutes. {PARAGRAPH[:200]}\n"
    return f"---\n{_dump(front)}---\n\n{notes}"


def handout(n: int) -> str:
    return (
        f"---\ntitle: Case study {n}\ndescription: A made-up family for the practice exercise.\n---\n\n"
        f"## The family\n\nA made-up family: a child of 6 and a baby of 4 months live with their parent. {PARAGRAPH}\n\n"
        f"## What happened\n\n{PARAGRAPH}\n\n## What is working well\n\n{PARAGRAPH[:300]}\n"
    )


def _add_examples(hub: Path, number: int, guides: int) -> None:
    folder = hub / "docs" / "examples"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(number):
        month = f"{2023 + n % 3}-{1 + n % 12:02d}"  # always before TODAY
        (folder / f"{month}-synthetic-example-{n}.md").write_text(example(n, month, guides), encoding="utf-8")


def example(n: int, month: str, guides: int) -> str:
    """An anonymised example from practice: front matter and its three sections (about 2 KB)."""
    tools = sorted({guide_id(n % guides), guide_id((n + 3) % guides)}) if guides else ["alpha"]
    front = {
        "title": f"Synthetic example {n}",
        "month": month,
        "tools": tools,
        "service_area": SERVICE_AREAS[n % len(SERVICE_AREAS)],
        "contributor_role": "Social worker",
        "summary": f"A synthetic example {n}: how a team used a tool with a family.",
        "anonymised": True,
        "approved_by": "Team manager",
    }
    sections = {
        "What we did": "We met the family at home and used the tool together. We asked what was working well, what the worries were "
        "and what needed to happen next, and wrote their words down. " * 3,
        "What difference it made": "The family said they understood the worries for the first time. The network agreed who would do what. " * 3,
        "What we learned": "Plain words and time to listen made the difference. Ask the network early. " * 3,
    }
    return f"---\n{_dump(front)}---\n\n" + "\n\n".join(f"## {title}\n\n{text.strip()}" for title, text in sections.items()) + "\n"


# --- the plain Material site: the floor ---------------------------------------------------

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"[^>]*>(.*?)</article>', re.S)


def article_html(page: Path) -> str:
    match = _ARTICLE.search(page.read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def site_pages(site: Path) -> list[Path]:
    """The pages of a built site (every index.html; not the 404 page)."""
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.relative_to(site).parts)


def make_plain_site(hub: Path, hub_site: Path, where: Path) -> Path:
    """A plain Material site with one Markdown page for each page of ``hub_site``, at the
    same address, holding as much text as that page's content has (so its page is about
    as big) and, like the hub, the same navigation: the same theme and features, the same
    Markdown extensions and search plugin, but no macros plugin, no hooks, no theme
    overrides and no hub content."""
    if where.exists():
        shutil.rmtree(where)
    docs = where / "docs"
    docs.mkdir(parents=True)
    config = yaml.safe_load((hub / "mkdocs.yml").read_text(encoding="utf-8"))
    nav_sources = set(_nav_sources(config.get("nav") or []))
    for page in site_pages(hub_site):
        folder = page.parent.relative_to(hub_site).as_posix()
        if folder == ".":
            src = "index.md"
        elif f"{folder}/index.md" in nav_sources:
            src = f"{folder}/index.md"
        else:
            src = f"{folder}.md"
        target = docs / src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(plain_page(page.parent.name or "Home", article_html(page)), encoding="utf-8")
    theme = {k: v for k, v in config["theme"].items() if k not in ("custom_dir", "favicon")}
    plain = {
        "site_name": config["site_name"],
        "site_description": config.get("site_description", ""),
        "docs_dir": "docs",
        "strict": True,
        "theme": theme,
        "plugins": ["search"],
        "markdown_extensions": config["markdown_extensions"],
        "validation": config.get("validation", {}),
        "nav": config.get("nav"),
    }
    (where / "mkdocs.yml").write_text(yaml.safe_dump(plain, sort_keys=False), encoding="utf-8")
    return where


def _nav_sources(nav) -> list[str]:
    out = []
    for entry in nav:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                out += [value] if isinstance(value, str) else _nav_sources(value)
    return out


def plain_page(name: str, article: str) -> str:
    """Markdown (headings, paragraphs, lists) whose HTML is about as long as ``article``."""
    target_html = len(article.encode("utf-8"))
    title = name.replace("-", " ").capitalize()
    parts = [f"# {title}\n"]
    size, n = len(title) + 40, 0
    while size < target_html:
        n += 1
        if n % 4 == 1:
            parts.append(f"## Part {n}\n")
            size += 120  # a heading with its id and permalink
        elif n % 4 == 3:
            items = "\n".join(f"- {PARAGRAPH[:90]}" for _ in range(3))
            parts.append(items + "\n")
            size += len(items) + 40
        else:
            parts.append(PARAGRAPH + "\n")
            size += len(PARAGRAPH) + 8
    return "\n".join(parts)
