"""Quizzes in real Chromium: every question type by mouse and by keyboard alone,
feedback in words in a live region, retries, stored scores, and no JavaScript."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

QUIZ = "quizzes/sample/"


def q(page, qid):
    return page.locator(f"#q-sample-{qid}")


def feedback(page, qid):
    return q(page, qid).locator(".hub-q__feedback")


def check(page, qid):
    q(page, qid).locator("[data-action=check]").click()


def stored(page):
    return json.loads(page.evaluate("localStorage.getItem('hub.quiz.v1')") or "null")


def answer_everything_right_by_mouse(page):
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    q(page, "pick-many").get_by_label("Past harm").check()
    q(page, "pick-many").get_by_label("Future danger").check()
    check(page, "pick-many")
    q(page, "true-or-false").get_by_label("True").check()
    check(page, "true-or-false")
    order(page, ["Worries", "Working well", "Needs to happen"])
    check(page, "put-in-order")
    for item, match in [("Harm", "Has already happened"), ("Danger", "Could happen in future"), ("Safety", "Protection shown over time")]:
        q(page, "match-up").get_by_label(item, exact=True).select_option(match)
    check(page, "match-up")
    q(page, "type-it").get_by_label("Your answer").fill("  Scaling QUESTION. ")
    check(page, "type-it")


def order(page, wanted):
    """Put the ordering items in the wanted order with the Move up buttons."""
    for position, text in enumerate(wanted):
        for _ in range(len(wanted)):
            items = q(page, "put-in-order").locator(".hub-q__item-text").all_inner_texts()
            if items.index(text) == position:
                break
            q(page, "put-in-order").locator(".hub-q__item", has_text=text).get_by_role("button", name="Move up").click()


def test_every_type_answered_right_by_mouse(fixture_page):
    page = fixture_page.open(QUIZ)
    answer_everything_right_by_mouse(page)
    assert feedback(page, "pick-one").inner_text().startswith("You chose “The first column”. That is right.")
    assert "That is right: you chose all 2 right answers" in feedback(page, "pick-many").inner_text()
    assert feedback(page, "true-or-false").inner_text() == "You chose True. That is right. Right, ten means safe enough to close."
    assert feedback(page, "put-in-order").inner_text().startswith("That order is right.")
    assert feedback(page, "match-up").inner_text().startswith("All 3 matches are right.")
    assert feedback(page, "type-it").inner_text().startswith("You wrote “Scaling QUESTION.”. That is right.")
    summary = page.locator(".hub-quiz__summary").inner_text()
    assert "Score so far: 6 of 6 right (100%). You have reached the pass mark of 60%." in summary
    saved = stored(page)["quizzes"]["sample"]
    assert saved["last"] == 100 and saved["best"] == 100 and saved["passed"] is True and saved["passMark"] == 60


def test_wrong_answers_get_feedback_in_words_and_can_be_retried(fixture_page):
    page = fixture_page.open(QUIZ)
    q(page, "pick-one").get_by_label("The second column").check()
    check(page, "pick-one")
    text = feedback(page, "pick-one").inner_text()
    assert text == "You chose “The second column”. That is not right. No, the second column holds what is working well."
    assert feedback(page, "pick-one").get_attribute("role") == "status"
    assert feedback(page, "pick-one").get_attribute("aria-live") == "polite"
    # nothing is locked: choose again and check again
    assert q(page, "pick-one").get_by_label("The first column").is_enabled()
    q(page, "pick-one").get_by_label("The first column").check()
    assert feedback(page, "pick-one").inner_text() == "", "changing the answer clears the old feedback"
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()
    q(page, "pick-many").get_by_label("Past harm").check()
    q(page, "pick-many").get_by_label("Existing safety").check()
    check(page, "pick-many")
    assert "Not yet: 1 of your 2 choices is right, and there are 2 right answers in all." in feedback(page, "pick-many").inner_text()
    q(page, "type-it").get_by_label("Your answer").fill("<b>map</b>")
    check(page, "type-it")
    assert feedback(page, "type-it").inner_text().startswith("You wrote “<b>map</b>”. That is not what we were looking for.")
    assert feedback(page, "type-it").locator("b").count() == 0, "typed text must never become HTML"


def test_checking_nothing_asks_for_an_answer_and_locks_nothing(fixture_page):
    page = fixture_page.open(QUIZ)
    check(page, "pick-one")
    assert feedback(page, "pick-one").inner_text() == "Choose an answer first, then check it."
    check(page, "match-up")
    assert feedback(page, "match-up").inner_text().startswith("Choose a match for every item first (3 still to choose)")
    check(page, "type-it")
    assert feedback(page, "type-it").inner_text() == "Type an answer first, then check it."
    assert stored(page) is None
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()


def test_every_type_by_keyboard_alone_and_arrows_never_submit(fixture_page):
    page = fixture_page.open(QUIZ)
    first = q(page, "pick-one").get_by_label("The first column")
    first.focus()
    page.keyboard.press("ArrowDown")  # moves to "The second column": must not mark anything
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert q(page, "pick-one").get_by_label("The second column").is_checked()
    assert feedback(page, "pick-one").inner_text() == "" and stored(page) is None
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")  # to the Check button
    page.keyboard.press("Enter")
    assert feedback(page, "pick-one").inner_text().startswith("You chose “The first column”. That is right.")

    q(page, "pick-many").get_by_label("Past harm").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert "That is right" in feedback(page, "pick-many").inner_text()

    q(page, "true-or-false").get_by_label("True").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert "That is right" in feedback(page, "true-or-false").inner_text()

    # ordering: the Move buttons work from the keyboard and keep focus on the moved item
    for _ in range(6):
        texts = q(page, "put-in-order").locator(".hub-q__item-text").all_inner_texts()
        if texts == ["Worries", "Working well", "Needs to happen"]:
            break
        wrong = next(i for i, t in enumerate(texts) if t != ["Worries", "Working well", "Needs to happen"][i])
        target = ["Worries", "Working well", "Needs to happen"][wrong]
        button = q(page, "put-in-order").locator(".hub-q__item", has_text=target).get_by_role("button", name="Move up")
        button.focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.dataset.move") == "up"
        assert "Moved “" in feedback(page, "put-in-order").inner_text()
    q(page, "put-in-order").locator("[data-action=check]").focus()
    page.keyboard.press("Enter")
    assert feedback(page, "put-in-order").inner_text().startswith("That order is right.")

    selects = q(page, "match-up").locator("select")
    for index, match in enumerate(["Has already happened", "Could happen in future", "Protection shown over time"]):
        selects.nth(index).focus()
        # keyboard selection in a closed select: type the start of the option
        page.keyboard.type(match[:6])
    assert feedback(page, "match-up").inner_text() == ""
    q(page, "match-up").locator("[data-action=check]").focus()
    page.keyboard.press("Enter")
    assert feedback(page, "match-up").inner_text().startswith("All 3 matches are right."), [selects.nth(i).input_value() for i in range(3)]

    q(page, "type-it").get_by_label("Your answer").focus()
    page.keyboard.type("scaling")
    page.keyboard.press("Enter")  # Enter in the text box must not submit or mark anything
    assert feedback(page, "type-it").inner_text() == ""
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert "That is right" in feedback(page, "type-it").inner_text()

    q(page, "think").get_by_label("Your thoughts (not marked, and not saved)").focus()
    page.keyboard.type("More safety.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert feedback(page, "think").inner_text().startswith("Compare your thoughts with this model answer: Everyone can say")
    assert stored(page)["quizzes"]["sample"]["best"] == 100


def test_scores_keep_the_best_and_can_be_cleared(fixture_page):
    page = fixture_page.open(QUIZ)
    answer_everything_right_by_mouse(page)
    assert stored(page)["quizzes"]["sample"]["best"] == 100
    q(page, "pick-one").get_by_label("The third column").check()
    check(page, "pick-one")
    saved = stored(page)["quizzes"]["sample"]
    assert saved["last"] == 83 and saved["best"] == 100
    page.reload()
    assert "Your best score on this device: 100% (passed)." in page.locator(".hub-quiz__summary").inner_text()
    page.get_by_role("button", name="Clear my answers and scores for this quiz").click()
    assert stored(page)["quizzes"] == {}
    assert page.locator(".hub-quiz__summary").inner_text() == "Your answers and scores for this quiz have been cleared."
    assert not q(page, "pick-one").get_by_label("The third column").is_checked()


def test_quiz_embedded_in_a_page_with_the_macro(fixture_page):
    page = fixture_page.open("embedded/")
    assert page.locator("[data-hub-quiz=sample] .hub-q").count() == 7
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()


def test_without_javascript_every_question_reads_and_shows_its_answer(fixture_page_no_js):
    page = fixture_page_no_js.open(QUIZ)
    assert page.locator(".hub-q").count() == 7
    assert page.locator("[data-action=check]").first.is_hidden()
    assert page.locator(".hub-q__moves").first.is_hidden()
    disclosure = q(page, "pick-one").locator("details")
    assert not disclosure.locator("p").first.is_visible()
    disclosure.locator("summary").click()
    assert disclosure.get_attribute("open") is not None
    assert "The answer is: The first column" in disclosure.inner_text()
    assert "No, the second column holds what is working well." in disclosure.inner_text()
    q(page, "put-in-order").locator("details summary").click()
    assert "Worries\nWorking well\nNeeds to happen" in q(page, "put-in-order").locator("details ol").inner_text()


@pytest.mark.parametrize("state", ["fresh", "wrong", "right"])
def test_quiz_page_has_no_wcag_aa_violations(fixture_page, state):
    page = fixture_page.open(QUIZ)
    if state == "wrong":
        q(page, "pick-one").get_by_label("The second column").check()
        check(page, "pick-one")
        q(page, "type-it").get_by_label("Your answer").fill("nope")
        check(page, "type-it")
        q(page, "pick-one").locator("details summary").click()
    elif state == "right":
        answer_everything_right_by_mouse(page)
    assert fixture_page.axe_violations() == []


def test_quiz_is_usable_at_320_pixels(browser, fixture_server):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(fixture_server + QUIZ)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    size = q(page, "pick-one").locator("[data-action=check]").bounding_box()
    assert size["height"] >= 24 and size["width"] >= 24
    context.close()
