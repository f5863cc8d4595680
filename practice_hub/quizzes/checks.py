"""Checks on self-check quizzes."""

from __future__ import annotations

import re

from ..core.checks import check, missing_references
from ..core.findings import did_you_mean, one_of
from ..core.markdown import Converter
from .model import Matching, MultipleChoice, ShortText, SingleChoice

_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def heading_ids(hub, page, quick: bool = False) -> list[str]:
    """The anchors the site gives a page's headings: Python-Markdown's own, with mkdocs.yml's
    settings (``quick``: those of its '#' headings, core/markdown.py)."""
    key = ("heading-ids", page.src, quick)
    if key not in hub.memo:
        if "heading-converter" not in hub.memo:
            hub.memo["heading-converter"] = Converter(hub.markdown, permalinks=False)
        # A heading may hold a macro ({{ hub.name }}): what it writes cannot be known here, but a
        # heading's own {: #id } can, so the macro is read as a word and the ids are the site's.
        hub.memo[key] = hub.memo["heading-converter"].heading_ids(_MACRO.sub("hub", page.doc.body), quick)
    return hub.memo[key]


def has_section(hub, page, anchor: str) -> bool:
    return anchor in heading_ids(hub, page, quick=True) or anchor in heading_ids(hub, page)


@check("quiz-id-matches-file")
def quiz_id_matches_file(hub):
    for quiz in hub.quizzes.values():
        if quiz.source_path != f"quizzes/{quiz.id}.yml":
            yield quiz.finding(("id",), f"the id '{quiz.id}' does not match the file name", f"rename the file to {quiz.id}.yml or change the id")


@check("quiz-question-ids-unique")
def question_ids_unique(hub):
    for quiz in hub.quizzes.values():
        seen: set[str] = set()
        for index, question in enumerate(quiz.questions):
            if question.id in seen:
                yield quiz.finding(("questions", index, "id"), f"question id '{question.id}' is used twice in this quiz", "give each question its own id")
            seen.add(question.id)


@check("quiz-single-choice-has-one-answer")
def single_choice_has_one_answer(hub):
    for quiz in hub.quizzes.values():
        for index, question in enumerate(quiz.questions):
            if isinstance(question, SingleChoice):
                right = sum(o.correct for o in question.options)
                if right != 1:
                    yield quiz.finding(
                        ("questions", index, "options"),
                        f"single-choice question '{question.id}' has {right} correct options; it needs exactly one",
                        "mark one option 'correct: true', or make it 'type: multiple'",
                    )


@check("quiz-multiple-choice-has-answers")
def multiple_choice_has_answers(hub):
    for quiz in hub.quizzes.values():
        for index, question in enumerate(quiz.questions):
            if isinstance(question, MultipleChoice):
                right = sum(o.correct for o in question.options)
                if right == 0:
                    yield quiz.finding(
                        ("questions", index, "options"), f"question '{question.id}' has no correct option", "mark at least one option 'correct: true'"
                    )
                elif right == len(question.options):
                    yield quiz.finding(
                        ("questions", index, "options"), f"every option of question '{question.id}' is correct", "add at least one option that is not"
                    )


@check("quiz-options-distinct")
def options_distinct(hub):
    for quiz in hub.quizzes.values():
        for index, question in enumerate(quiz.questions):
            if isinstance(question, (SingleChoice, MultipleChoice)):
                texts = [o.text.casefold() for o in question.options]
                for o_index, text in enumerate(texts):
                    if text in texts[:o_index]:
                        yield quiz.finding(
                            ("questions", index, "options", o_index, "text"),
                            f"option '{question.options[o_index].text}' appears twice in question '{question.id}'",
                            "make each option different",
                        )
            if isinstance(question, Matching):
                matches = [p.match.casefold() for p in question.pairs]
                for p_index, match in enumerate(matches):
                    if match in matches[:p_index]:
                        yield quiz.finding(
                            ("questions", index, "pairs", p_index, "match"),
                            f"the match '{question.pairs[p_index].match}' is given twice in question '{question.id}'",
                            "each item needs a different match",
                        )
            if isinstance(question, ShortText):
                from .answers import normalise

                for a_index, answer in enumerate(question.accepted):
                    if not normalise(answer):
                        yield quiz.finding(
                            ("questions", index, "accepted", a_index),
                            f"accepted answer {answer!r} has no letters or digits (beyond 'a', 'an' or 'the', which are ignored)",
                            "write the words a learner would type",
                        )


@check("quiz-guides-exist")
def quiz_guides_exist(hub):
    for quiz in hub.quizzes.values():
        yield from missing_references(hub, quiz, "related_guides", quiz.related_guides, hub.guides, "related guide '{ref}' does not exist")
        for index, question in enumerate(quiz.questions):
            if question.guide and question.page:
                yield quiz.finding(
                    ("questions", index, "page"), f"question '{question.id}' gives both 'guide' and 'page'", "keep the one that answers the question"
                )
            if question.page:
                path, _, anchor = question.page.partition("#")
                page = hub.page_at(path)
                if page is None:
                    pages = sorted(src[:-3].removesuffix("/index") for src in hub.pages)
                    yield quiz.finding(
                        ("questions", index, "page"),
                        f"question '{question.id}' links to page '{path}', which does not exist",
                        did_you_mean(path, pages, fallback="give the page's path under docs/ without .md, e.g. about/framework"),
                    )
                elif anchor and not has_section(hub, page, anchor):
                    ids = heading_ids(hub, page)
                    yield quiz.finding(
                        ("questions", index, "page"), f"page '{path}' has no section '#{anchor}'", did_you_mean(anchor, ids, fallback=one_of(ids))
                    )
            if not question.guide:
                continue
            guide_id, _, anchor = question.guide.partition("#")
            if guide_id not in hub.guides:
                if not hub.refers_to_broken(guide_id):
                    yield quiz.finding(
                        ("questions", index, "guide"),
                        f"question '{question.id}' links to guide '{guide_id}', which does not exist",
                        did_you_mean(guide_id, hub.guides, fallback=one_of(hub.guides)),
                    )
            elif anchor:
                page = hub.pages[f"guides/{guide_id}.md"]
                if not has_section(hub, page, anchor):
                    anchors = heading_ids(hub, page)
                    yield quiz.finding(
                        ("questions", index, "guide"), f"guide '{guide_id}' has no section '#{anchor}'", did_you_mean(anchor, anchors, fallback=one_of(anchors))
                    )


@check("quiz-page-is-free")
def quiz_page_is_free(hub):
    """A quiz's page is quizzes/<id>/: a hand-written page there (the quizzes index, the page for
    learning platform administrators) would be overwritten."""
    for quiz in hub.quizzes.values():
        if f"quizzes/{quiz.id}.md" in hub.pages:
            yield quiz.finding(
                ("id",),
                f"the quiz's page quizzes/{quiz.id}/ would replace the page docs/quizzes/{quiz.id}.md",
                "give the quiz another id (and rename its file)",
            )
