"""Quizzes: the model's checks, and the Moodle exports read by independent parsers."""

from __future__ import annotations

import base64
import gzip
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from conftest import FIXTURES, ROOT, make_hub

from practice_hub.loader import load_hub
from practice_hub.quizzes.answers import matches, normalise
from practice_hub.quizzes.exports import quiz_to_gift, quiz_to_moodle_xml

SAMPLE = (FIXTURES / "minimal/quizzes/sample.yml").read_text(encoding="utf-8")


def findings_for(tmp_path, quiz_text):
    root = make_hub(tmp_path / "hub", files={"quizzes/sample.yml": quiz_text})
    _, findings = load_hub(root, today=date(2026, 11, 23))
    return [str(f) for f in findings]


def test_sample_quiz_is_clean(tmp_path):
    assert findings_for(tmp_path, SAMPLE) == []


def test_single_choice_with_no_correct_option(tmp_path):
    text = SAMPLE.replace("      - text: The first column\n        correct: true\n", "      - text: The first column\n")
    assert findings_for(tmp_path, text) == [
        "quizzes/sample.yml:10: single-choice question 'pick-one' has 0 correct options; it needs exactly one (mark one option 'correct: true', or make it 'type: multiple')"
    ]


def test_single_choice_with_two_correct_options(tmp_path):
    text = SAMPLE.replace("      - text: The second column\n", "      - text: The second column\n        correct: true\n")
    assert findings_for(tmp_path, text) == [
        "quizzes/sample.yml:10: single-choice question 'pick-one' has 2 correct options; it needs exactly one (mark one option 'correct: true', or make it 'type: multiple')"
    ]


def test_option_without_feedback(tmp_path):
    text = SAMPLE.replace("        feedback: No, the third column holds what needs to happen.\n", "")
    assert findings_for(tmp_path, text) == ["quizzes/sample.yml:16: 'feedback' is missing in questions[1].options[3] (add a line 'feedback: …')"]


def test_incomplete_matching_pair(tmp_path):
    text = SAMPLE.replace("        match: Could happen in future\n", "")
    assert findings_for(tmp_path, text) == ["quizzes/sample.yml:56: 'match' is missing in questions[5].pairs[2] (add a line 'match: …')"]


def test_link_to_missing_guide(tmp_path):
    text = SAMPLE.replace("guide: alpha#how-to-use-it", "guide: alpah#how-to-use-it")
    assert findings_for(tmp_path, text) == ["quizzes/sample.yml:19: question 'pick-one' links to guide 'alpah', which does not exist (did you mean 'alpha'?)"]


def test_link_to_missing_guide_section(tmp_path):
    text = SAMPLE.replace("guide: alpha#how-to-use-it", "guide: alpha#how-to-use")
    assert findings_for(tmp_path, text) == ["quizzes/sample.yml:19: guide 'alpha' has no section '#how-to-use' (did you mean 'how-to-use-it'?)"]


def test_a_section_found_only_in_the_whole_guide_is_found(tmp_path):
    """Sections are looked for in the guide's '#' headings first (quick), then in the whole text:
    a heading underlined, or fenced code that looks like one, gives the site's own answer."""
    root = make_hub(tmp_path / "hub", files={"quizzes/sample.yml": SAMPLE.replace("guide: alpha#how-to-use-it", "guide: alpha#underlined")})
    guide = root / "docs/guides/alpha.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\n```text\n# not-a-heading\n```\n\nUnderlined\n----------\n\nText.\n", encoding="utf-8")
    _, findings = load_hub(root, today=date(2026, 11, 23))
    assert [str(f) for f in findings] == []
    (root / "quizzes/sample.yml").write_text(SAMPLE.replace("guide: alpha#how-to-use-it", "guide: alpha#not-a-heading"), encoding="utf-8")
    _, findings = load_hub(root, today=date(2026, 11, 23))
    (found,) = [str(f) for f in findings]
    assert found.startswith("quizzes/sample.yml:19: guide 'alpha' has no section '#not-a-heading' (use one of ") and "'underlined'" in found


def test_related_guide_must_exist(tmp_path):
    text = SAMPLE.replace("related_guides: [alpha]", "related_guides: [alpha, gamma]")
    found = findings_for(tmp_path, text)
    assert len(found) == 1 and found[0].startswith("quizzes/sample.yml:4: related guide 'gamma' does not exist")


def test_unknown_question_type(tmp_path):
    text = SAMPLE.replace("type: true_false", "type: truefalse")
    found = findings_for(tmp_path, text)
    assert len(found) == 1 and found[0].startswith("quizzes/sample.yml:34: 'type' cannot be 'truefalse' (did you mean 'true_false'?"), found


def test_unknown_key_in_a_question_names_the_type_fields(tmp_path):
    text = SAMPLE.replace("    accepted: [scaling question, scaling]", "    accept: [scaling question, scaling]")
    found = findings_for(tmp_path, text)
    assert found == ["quizzes/sample.yml:66: unknown key 'accept' in questions[6] (did you mean 'accepted'?)"]


def test_typed_answers_are_forgiving():
    assert normalise("  Scaling   QUESTION! ") == normalise("scaling question") == "scaling question"
    assert normalise("scaling-question") == "scaling question"
    assert normalise("Café") == "cafe"
    assert normalise("The scaling question") == normalise("a scaling question") == "scaling question"
    accepted = [normalise(a) for a in ("scaling question", "safety network")]
    assert matches("the scaling questoin", accepted), "one slip in a long answer is forgiven"
    assert matches("safty netwrk", accepted), "two slips in an answer of more than 8 letters"
    assert not matches("scaling", accepted) and not matches("safety plan", accepted)
    assert matches("dreams", ["dreams"]) and matches("dream", ["dreams"]) and not matches("drums", ["dreams"])
    assert not matches("map", ["mat"]), "no typo is forgiven in a word of 4 letters or fewer"
    assert not matches("the", ["the"]) and not matches("", ["x"])


#: Typed answers and what is accepted: run through answers.py and quiz.js, which must agree on every one.
CASES = [
    ("Scaling question", ["scaling question"]),
    ("  SCALING   QUESTION!!! ", ["scaling question"]),
    ("The scaling question.", ["scaling question"]),
    ("a scaling-question", ["scaling question"]),
    ("scaling questoin", ["scaling question"]),
    ("scalling qestion", ["scaling question"]),
    ("scale question", ["scaling question"]),
    ("scaling", ["scaling question"]),
    ("worry statemnt", ["worry statement"]),
    ("facilitater", ["facilitator"]),
    ("faciliator", ["facilitator"]),
    ("facil", ["facilitator"]),
    ("dreams", ["house of dreams", "dreams"]),
    ("drums", ["dreams"]),
    ("map", ["mat"]),
    ("Café au lait", ["cafe au lait"]),
    ("naïve", ["naive"]),
    ("1:1 supervision", ["1 1 supervision"]),
    ("one-to-one supervision", ["one to one supervision"]),
    ("well_being goal", ["well being goal"]),
    ("STRASSE", ["strasse"]),
    ("İstanbul", ["istanbul"]),
    ("the the the", ["x"]),
    ("   ", ["x"]),
    ("<b>map</b>", ["map"]),
    ("ｓａｆｅｔｙ ｇｏａｌ", ["safety goal"]),
    ("safety goal 🙂", ["safety goal"]),
    ("exceptions", ["exception", "exceptions", "an exception"]),
]


def test_quiz_js_and_answers_py_mark_typed_answers_alike():
    node = shutil.which("node")
    assert node, "Node.js is missing: run 'make test', which installs it"
    cases = [{"typed": typed, "accepted": [normalise(a) for a in accepted]} for typed, accepted in CASES]
    result = subprocess.run([node, str(ROOT / "tests/js/quiz-answers.js")], input=json.dumps(cases), capture_output=True, text=True, check=True)
    from_js = json.loads(result.stdout)
    from_python = [{"normalised": normalise(c["typed"]), "matches": matches(c["typed"], c["accepted"])} for c in cases]
    assert from_js == from_python
    assert [r["matches"] for r in from_python].count(True) >= 15 and [r["matches"] for r in from_python].count(False) >= 8


def test_the_marking_key_holds_the_accepted_answers_as_the_rule_reads_them(sample_quiz):
    from practice_hub.quizzes.views import encode_key

    question = next(q for q in sample_quiz.questions if q.type == "short_text")
    key = json.loads(base64.b64decode(encode_key(question)))
    assert key["accepted"] == [normalise(a) for a in question.accepted]


def test_options_are_never_shown_in_the_written_order_without_javascript(sample_quiz):
    from practice_hub.quizzes.views import shuffled_order

    for question in sample_quiz.questions:
        order = shuffled_order(sample_quiz, question)
        if question.type in ("single", "multiple", "ordering"):
            written = list(range(len(question.options if question.type != "ordering" else question.items)))
            assert sorted(order) == written and order != written, question.id
            assert order == shuffled_order(sample_quiz, question), "the same on every build"
        else:
            assert order == []


def test_shipped_right_answers_are_not_always_first_on_the_page(shipped_site):
    """Without JavaScript, options come in a fixed shuffled order: the right answer is not always first.
    With it, each attempt shuffles again (tests/browser/test_quiz.py)."""
    hub, _ = load_hub(ROOT)
    positions = []
    for quiz in hub.quizzes.values():
        html = (shipped_site / "quizzes" / quiz.id / "index.html").read_text(encoding="utf-8")
        for question in quiz.questions:
            if question.type == "single":
                block = html.split(f'id="q-{quiz.id}-{question.id}"', 1)[1].split("</fieldset>", 1)[0]
                values = [int(v) for v in re.findall(r'type="radio" name="[^"]+" id="[^"]+" value="(\d+)"', block)]
                positions.append(values.index(next(i for i, o in enumerate(question.options) if o.correct)))
    assert len(positions) >= 20 and len(set(positions)) >= 3 and positions.count(0) < len(positions) / 2, positions


@pytest.fixture(scope="module")
def sample_quiz(tmp_path_factory):
    root = make_hub(tmp_path_factory.mktemp("q") / "hub")
    hub, findings = load_hub(root)
    assert findings == []
    return hub.quizzes["sample"]


def test_gift_keeps_every_feedback(sample_quiz):
    gift = quiz_to_gift(sample_quiz)
    for text in [
        "Yes, the first column holds the worries.",
        "No, existing safety is working well.",
        "#Not so, ten means safe enough to close.#Right, ten means safe enough to close.",
        "####The worries come first.",
        "Everyone can say what the parents will be doing",
    ]:
        assert text.replace(",", ",") in gift, text


def test_moodle_xml_is_well_formed_and_complete(sample_quiz):
    root = ET.fromstring(quiz_to_moodle_xml(sample_quiz))
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert [q.get("type") for q in questions] == ["multichoice", "multichoice", "truefalse", "ordering", "matching", "shortanswer", "essay"]
    single = questions[0]
    assert single.findtext("single") == "true"
    assert [a.get("fraction") for a in single.findall("answer")] == ["100", "0", "0"]
    assert [a.findtext("feedback/text") for a in single.findall("answer")][1] == "No, the second column holds what is working well."
    assert [a.get("fraction") for a in questions[1].findall("answer")] == ["50", "50", "-100"]
    assert questions[4].findtext("correctfeedback/text") == "All matched."
    assert [s.findtext("answer/text") for s in questions[4].findall("subquestion")] == [
        "Has already happened",
        "Could happen in future",
        "Protection shown over time",
    ]
    assert questions[6].findtext("graderinfo/text").startswith("Everyone can say")
    assert all(q.findtext("generalfeedback/text") for q in questions)


def _parse_gift(files):
    node = shutil.which("node")
    assert node, "Node.js is missing: run 'make test', which installs it"
    result = subprocess.run([node, str(ROOT / "tests/js/parse-gift.js"), *map(str, files)], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(result.stdout)


def test_every_shipped_quiz_exports_gift_that_gift_pegjs_parses(shipped_site):
    files = sorted((shipped_site / "quizzes").glob("*.gift"))
    hub, _ = load_hub(ROOT)
    assert len(files) == len(hub.quizzes) >= 10
    parsed = _parse_gift(files)
    total = 0
    for file, questions in parsed.items():
        assert isinstance(questions, list), f"{file}: {questions}"
        quiz = hub.quizzes[file.rsplit("/", 1)[1][:-5]]
        found = [q for q in questions if q["type"] != "Category"]
        assert len(found) == len(quiz.questions), file
        total += len(found)
        expected = {
            "single": "MC",
            "multiple": "MC",
            "true_false": "TF",
            "ordering": "Matching",
            "matching": "Matching",
            "short_text": "Short",
            "reflection": "Essay",
        }
        assert [q["type"] for q in found] == [expected[q.type] for q in quiz.questions]
        for question, source in zip(found, quiz.questions):
            if source.type in ("single", "multiple"):
                assert [c["feedback"]["text"] for c in question["choices"]] == [" ".join(o.feedback.split()) for o in source.options]
            if source.type == "true_false":
                assert question["isTrue"] is source.answer
    assert total >= 80


def test_shipped_quiz_exports_parse_as_xml(shipped_site):
    for file in (shipped_site / "quizzes").glob("*.xml"):
        root = ET.parse(file).getroot()
        assert root.tag == "quiz" and len(root.findall("question")) > 1


def test_shipped_quizzes_cover_the_framework():
    hub, findings = load_hub(ROOT)
    assert not [f for f in findings if f.path.startswith("quizzes/")]
    assert len(hub.quizzes) >= 10
    assert sum(len(q.questions) for q in hub.quizzes.values()) >= 80
    types = {q.type for quiz in hub.quizzes.values() for q in quiz.questions}
    assert types == {"single", "multiple", "true_false", "ordering", "matching", "short_text", "reflection"}


def test_every_guide_a_quiz_relates_to_links_back(shipped_site):
    hub, _ = load_hub(ROOT)
    for quiz in hub.quizzes.values():
        for guide_id in quiz.related_guides:
            html = (shipped_site / "guides" / guide_id / "index.html").read_text(encoding="utf-8")
            assert f'href="../../quizzes/{quiz.id}/"' in html, (guide_id, quiz.id)


def test_quiz_assets_load_only_where_a_quiz_is(shipped_site):
    assert "assets/hub/quiz.js" in (shipped_site / "quizzes/scaling/index.html").read_text(encoding="utf-8")
    assert "assets/hub/quiz.js" not in (shipped_site / "index.html").read_text(encoding="utf-8")
    assert "assets/hub/quiz.js" not in (shipped_site / "glossary/index.html").read_text(encoding="utf-8")


def test_answers_are_not_marked_on_the_options(shipped_site):
    html = (shipped_site / "quizzes/three-columns/index.html").read_text(encoding="utf-8")
    assert "correct" not in html.lower().split("<details")[0].split('class="hub-quiz"')[1][:2000]


def test_the_exports_are_on_a_page_for_administrators_not_the_learners(shipped_site):
    hub, _ = load_hub(ROOT)
    quiz = (shipped_site / "quizzes/three-columns/index.html").read_text(encoding="utf-8")
    assert "three-columns.gift" not in quiz and "Moodle" not in quiz and "learning platform administrators" not in quiz
    admin = (shipped_site / "quizzes/learning-platforms/index.html").read_text(encoding="utf-8")
    for item in hub.quizzes.values():
        assert f'href="../{item.id}.gift" download' in admin and f'href="../{item.id}.xml" download' in admin, item.id
        assert (shipped_site / "quizzes" / f"{item.id}.gift").is_file()
    index = (shipped_site / "quizzes/index.html").read_text(encoding="utf-8")
    assert 'href="learning-platforms/"' in index


def test_a_quiz_may_not_take_the_place_of_a_page(tmp_path):
    root = make_hub(tmp_path / "hub", files={"docs/quizzes/sample.md": "---\ntitle: Sample\n---\n\n# Sample\n"})
    _, findings = load_hub(root, today=date(2026, 11, 23))
    assert [str(f) for f in findings] == [
        "quizzes/sample.yml:1: the quiz's page quizzes/sample/ would replace the page docs/quizzes/sample.md (give the quiz another id (and rename its file))"
    ]


def test_quiz_script_and_style_are_within_their_budget():
    """The benchmark's figure (benchmarks/__main__.py): both files gzipped at level 9, 6 KB together."""
    folder = ROOT / "practice_hub/quizzes/assets"
    size = sum(len(gzip.compress((folder / name).read_bytes(), compresslevel=9, mtime=0)) for name in ("quiz.js", "quiz.css"))
    assert size <= 6 * 1024, size


def test_read_more_can_point_to_any_page_of_the_hub_and_is_checked(tmp_path):
    quiz = (FIXTURES / "minimal/quizzes/sample.yml").read_text(encoding="utf-8")
    good = make_hub(tmp_path / "good", files={"quizzes/sample.yml": quiz.replace("guide: alpha#how-to-use-it", "page: glossary", 1)})
    assert [f for f in load_hub(good)[1] if f.severity == "error"] == []
    bad = make_hub(tmp_path / "bad", files={"quizzes/sample.yml": quiz.replace("guide: alpha#how-to-use-it", "page: glossry", 1)})
    found = [str(f) for f in load_hub(bad)[1]]
    assert any("links to page 'glossry', which does not exist (did you mean 'glossary'?)" in f for f in found), found
    both = make_hub(
        tmp_path / "both", files={"quizzes/sample.yml": quiz.replace("guide: alpha#how-to-use-it", "guide: alpha#how-to-use-it\n    page: glossary", 1)}
    )
    assert any("gives both 'guide' and 'page'" in str(f) for f in load_hub(both)[1])
