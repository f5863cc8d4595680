"""Synthetic hubs in the hub's real content formats, for benchmarks."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = ("Talk with the family about what is working well and what the worries are. Use their words. "
             "Ask each person to scale the situation from 0 to 10 and say why. Write down what needs to happen next. ") * 3


def make_hub(where: Path, guides: int = 0, quizzes: int = 0) -> Path:
    """A hub with the real code and theme, the fixture content, and N synthetic guides and quizzes."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import make_hub as assemble  # the tests' own assembler: real code + fixture content

    if where.exists():
        shutil.rmtree(where)
    hub = assemble(where)
    for n in range(guides):
        (hub / "docs/guides" / f"synthetic-{n}.md").write_text(guide(n, guides), encoding="utf-8")
    for n in range(quizzes):
        (hub / "quizzes" / f"synthetic-{n}.yml").write_text(yaml.safe_dump(quiz(n), sort_keys=False), encoding="utf-8")
    return hub


def guide(n: int, total: int) -> str:
    related = f"[synthetic-{(n + 1) % total}]" if total > 1 else "[alpha]"
    sections = "\n\n".join(f"## {title}\n\n{PARAGRAPH}" for title in ("What it is", "When to use it", "How to use it", "Worked example", "Common pitfalls", "Questions to ask"))
    return (f"---\nid: synthetic-{n}\ntitle: Synthetic tool {n}\nsummary: A synthetic guide for measuring the build.\ncategory: mapping\n"
            f"used_with: [children]\ntime_needed: 30 minutes\nrelated: {related}\nowner: Practice Excellence Team\n"
            f"last_reviewed: 2026-10-01\nreview_interval_months: 12\n---\n\n{sections}\n")


def quiz(n: int) -> dict:
    questions = []
    for i in range(8):
        questions.append({
            "id": f"q{i}", "type": "single", "prompt": f"Synthetic question {i}: which column holds the worries?",
            "options": [{"text": "The first column", "correct": True, "feedback": "Yes, the first column holds the worries."},
                        {"text": "The second column", "feedback": "No, that holds what is working well."},
                        {"text": "The third column", "feedback": "No, that holds what needs to happen."}],
            "explanation": "The worries come first on the map.",
        })
    return {"id": f"synthetic-{n}", "title": f"Synthetic quiz {n}", "introduction": "A synthetic quiz.", "related_guides": ["alpha"],
            "pass_mark": 70, "questions": questions}
