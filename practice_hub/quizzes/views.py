"""Self-check quizzes: a quiz in any page, the list of quizzes, a page per quiz and the exports."""

from __future__ import annotations

import base64
import json
import random

from ..core.content_type import GeneratedPage
from .answers import normalise
from .exports import quiz_to_gift, quiz_to_moodle_xml
from .model import Quiz

PAGES = "quizzes"


def quiz(views, quiz_id: str, heading: str | None = None, level: int = 2, introduction: bool = True) -> str:
    """A self-check quiz, embedded in any page: {{ quiz('scaling') }}. Its own page gives
    the introduction in its text (``introduction=False``), where search finds it."""
    item = views.hub.quizzes.get(quiz_id)
    if item is None:
        raise KeyError(f"there is no quiz '{quiz_id}' (quiz ids: {', '.join(sorted(views.hub.quizzes))})")
    views.require_asset("quiz.js")
    views.require_asset("quiz.css")
    return views.render(
        "quizzes/quiz.html",
        quiz=item,
        heading=heading or item.title,
        level=level,
        introduction=introduction,
        keys=[encode_key(q) for q in item.questions],
        shuffles=[shuffled_order(item, q) for q in item.questions],
        pathways=pathways_with(views.hub, item.id),
    )


def pathways_with(hub, quiz_id: str) -> list[dict]:
    """The induction pathways with a step for this quiz: where a pass reached from a pathway leads back to."""
    out = []
    for pathway in sorted(getattr(hub, "pathways", {}).values(), key=lambda p: (p.order, p.title.lower())):
        for step in pathway.steps:
            if step.kind == "quiz" and step.ref == quiz_id:
                out.append({"id": pathway.id, "title": pathway.title, "url": f"start/{pathway.id}/#{pathway.id}-quiz-{quiz_id}-step"})
    return out


def quiz_list(views) -> str:
    """Every quiz, A to Z: {{ quiz_list() }}."""
    quizzes = sorted(views.hub.quizzes.values(), key=lambda q: q.title.lower())
    return views.render("quizzes/quiz_list.html", quizzes=quizzes)


def quiz_exports(views) -> str:
    """Every quiz as Moodle GIFT and Moodle XML, for learning platform administrators: {{ quiz_exports() }}."""
    quizzes = sorted(views.hub.quizzes.values(), key=lambda q: q.title.lower())
    return views.render("quizzes/quiz_exports.html", quizzes=quizzes)


def quiz_page(views, item: Quiz) -> str:
    # The questions stay out of the search index: their options and feedback would give the answers away.
    body = views.unsearched(quiz(views, item.id, heading="Questions", introduction=False))
    return views.render("quizzes/quiz_page.html", quiz=item, quiz_html=body)


def generated_pages(views):
    for item in views.hub.quizzes.values():
        yield GeneratedPage(f"{PAGES}/{item.id}.md", f"{item.title}: self-check quiz", item.introduction, (lambda item=item: quiz_page(views, item)))


def outputs(views) -> dict[str, bytes]:
    """Each quiz for a learning platform: quizzes/<id>.gift and quizzes/<id>.xml."""
    files: dict[str, bytes] = {}
    for item in views.hub.quizzes.values():
        files[f"{PAGES}/{item.id}.gift"] = quiz_to_gift(item).encode("utf-8")
        files[f"{PAGES}/{item.id}.xml"] = quiz_to_moodle_xml(item).encode("utf-8")
    return files


def encode_key(question) -> str:
    """The marking key quiz.js reads: JSON, base64-encoded so answers are not
    in plain sight in the page source. A deterrent for a self-check, not security."""
    kind = question.type
    if kind in ("single", "multiple"):
        key = {
            "correct": [i for i, o in enumerate(question.options) if o.correct],
            "feedback": [o.feedback for o in question.options],
            "options": [o.text for o in question.options],
        }
    elif kind == "true_false":
        key = {"answer": question.answer, "feedback": {"true": question.feedback_true, "false": question.feedback_false}}
    elif kind == "ordering":
        key = {"order": list(range(len(question.items))), "items": question.items}
    elif kind == "matching":
        key = {"matches": [p.match for p in question.pairs]}
    elif kind == "short_text":
        key = {"accepted": [normalise(a) for a in question.accepted], "shown": question.accepted[0]}
    else:
        key = {"model": question.model_answer}
    if kind in ("ordering", "matching", "short_text"):
        key["right"], key["wrong"] = question.feedback_correct, question.feedback_incorrect
    return base64.b64encode(json.dumps(key, ensure_ascii=False).encode("utf-8")).decode("ascii")


def shuffled_order(item: Quiz, question) -> list[int]:
    """The order a question's options or ordering items are shown in without JavaScript: shuffled,
    the same on every build, never the order written (where the right answers usually come first, and an
    ordering question would be answered already). quiz.js shuffles again for every attempt. The options
    keep their written index as their value, so the marking key does not change."""
    count = {"single": "options", "multiple": "options", "ordering": "items"}.get(question.type)
    if count is None:
        return []
    order = list(range(len(getattr(question, count))))
    random.Random(f"{item.id}/{question.id}").shuffle(order)
    if order == sorted(order):
        order = order[1:] + order[:1]
    return order
