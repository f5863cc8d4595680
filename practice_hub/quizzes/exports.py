"""Export quizzes for a learning platform: Moodle GIFT and Moodle XML.

Both keep every piece of feedback the hub has: per option, per true/false
answer, right and wrong feedback, and the explanation as general feedback.
Ordering questions have no GIFT form, so GIFT receives them as matching
questions (each position matched to its item); Moodle XML uses Moodle's own
ordering question type (standard since Moodle 4.4).
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from .model import Quiz

POSITIONS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")


# --- GIFT -----------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Text as GIFT reads it: on one line (a line break would start a new question or end a
    comment), with markup shown as text (Moodle reads GIFT text as HTML), and every character
    GIFT gives a meaning escaped: ~ = # { } : and the backslash itself."""
    out = html.escape(" ".join(text.split()), quote=False).replace("\\", "\\\\")
    for char in "~=#{}:":
        out = out.replace(char, "\\" + char)
    return out  # one line, so '//' inside it can never start a GIFT comment (comments start a line)


def _fb(text: str) -> str:
    return f"#{gift_escape(text)}"


def quiz_to_gift(quiz: Quiz) -> str:
    lines = [
        f"// {' '.join(quiz.title.split())}: self-check quiz exported from the Practice Learning Hub",
        f"$CATEGORY: $course$/{gift_escape(quiz.title)}",
        "",
    ]
    for q in quiz.questions:
        head = f"::{gift_escape(quiz.id + ' ' + q.id)}::{gift_escape(q.prompt)}"
        general = f"####{gift_escape(q.explanation)}"
        if q.type == "single":
            answers = [f"{'=' if o.correct else '~'}{gift_escape(o.text)}{_fb(o.feedback)}" for o in q.options]
        elif q.type == "multiple":
            right = sum(o.correct for o in q.options)
            weight = _weight(100 / right)
            answers = [f"~%{weight if o.correct else '-100'}%{gift_escape(o.text)}{_fb(o.feedback)}" for o in q.options]
        elif q.type == "true_false":
            wrong, right = (q.feedback_false, q.feedback_true) if q.answer else (q.feedback_true, q.feedback_false)
            answers = [f"{'TRUE' if q.answer else 'FALSE'}{_fb(wrong)}{_fb(right)}"]
        elif q.type == "ordering":
            answers = [f"={POSITIONS[i]} -> {gift_escape(item)}" for i, item in enumerate(q.items)]
            general = f"####{gift_escape(q.feedback_correct + ' ' + q.explanation)}"
        elif q.type == "matching":
            answers = [f"={gift_escape(p.item)} -> {gift_escape(p.match)}" for p in q.pairs]
            general = f"####{gift_escape(q.feedback_correct + ' ' + q.explanation)}"
        elif q.type == "short_text":
            answers = [f"={gift_escape(a)}{_fb(q.feedback_correct)}" for a in q.accepted]
            general = f"####{gift_escape(q.explanation + ' ' + q.feedback_incorrect)}"
        else:  # reflection: an essay question, the model answer as general feedback
            answers = []
            general = f"####{gift_escape('A model answer: ' + q.model_answer + ' ' + q.explanation)}"
        if q.type == "ordering":
            head = f"::{gift_escape(quiz.id + ' ' + q.id)}::{gift_escape(q.prompt + ' Match each position to the step that belongs there.')}"
        body = "\n".join(f"\t{a}" for a in answers)
        lines.append(f"{head} {{\n{body}\n\t{general}\n}}" if answers else f"{head} {{\n\t{general}\n}}")
        lines.append("")
    return "\n".join(lines)


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


# --- Moodle XML -----------------------------------------------------------------


def _text(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "text").text = text
    return element


def _answer(parent: ET.Element, fraction: float | str, text: str, feedback: str = "") -> None:
    answer = ET.SubElement(parent, "answer", fraction=str(fraction), format="plain_text")
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", feedback, format="plain_text")


def quiz_to_moodle_xml(quiz: Quiz) -> str:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(category, "category", f"$course$/{quiz.title}")
    _text(category, "info", quiz.introduction, format="plain_text")
    for q in quiz.questions:
        kind = {
            "single": "multichoice",
            "multiple": "multichoice",
            "true_false": "truefalse",
            "ordering": "ordering",
            "matching": "matching",
            "short_text": "shortanswer",
            "reflection": "essay",
        }[q.type]
        question = ET.SubElement(root, "question", type=kind)
        _text(question, "name", f"{quiz.id} {q.id}")
        _text(question, "questiontext", q.prompt, format="plain_text")
        _text(question, "generalfeedback", q.explanation, format="plain_text")
        ET.SubElement(question, "defaultgrade").text = "1" if q.marked else "0"
        if q.type in ("single", "multiple"):
            right = sum(o.correct for o in q.options)
            ET.SubElement(question, "single").text = "true" if q.type == "single" else "false"
            ET.SubElement(question, "shuffleanswers").text = "1"
            ET.SubElement(question, "answernumbering").text = "abc"
            for o in q.options:
                _answer(question, _weight(100 / right) if o.correct else ("0" if q.type == "single" else "-100"), o.text, o.feedback)
        elif q.type == "true_false":
            _answer(question, 100 if q.answer else 0, "true", q.feedback_true)
            _answer(question, 0 if q.answer else 100, "false", q.feedback_false)
        elif q.type == "short_text":
            ET.SubElement(question, "usecase").text = "0"
            for a in q.accepted:
                _answer(question, 100, a, q.feedback_correct)
        elif q.type == "reflection":
            ET.SubElement(question, "responseformat").text = "editor"
            ET.SubElement(question, "responserequired").text = "0"
            _text(question, "graderinfo", q.model_answer, format="plain_text")
        elif q.type == "matching":
            ET.SubElement(question, "shuffleanswers").text = "true"
            for p in q.pairs:
                sub = _text(question, "subquestion", p.item, format="plain_text")
                answer = ET.SubElement(sub, "answer")
                ET.SubElement(answer, "text").text = p.match
        elif q.type == "ordering":
            ET.SubElement(question, "layouttype").text = "VERTICAL"
            ET.SubElement(question, "selecttype").text = "ALL"
            ET.SubElement(question, "selectcount").text = "0"
            ET.SubElement(question, "gradingtype").text = "ABSOLUTE_POSITION"
            for position, item in enumerate(q.items, start=1):
                answer = ET.SubElement(question, "answer", fraction=str(position), format="plain_text")
                ET.SubElement(answer, "text").text = item
        if q.type in ("matching", "ordering", "short_text"):
            _text(question, "correctfeedback", q.feedback_correct, format="plain_text")
            _text(question, "partiallycorrectfeedback", q.feedback_incorrect, format="plain_text")
            _text(question, "incorrectfeedback", q.feedback_incorrect, format="plain_text")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
