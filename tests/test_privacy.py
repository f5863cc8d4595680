"""The identifying-details check: a corpus of identifying snippets and clean sentences, and the shipped content."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from practice_hub.examples.privacy import KINDS, ROLE_WORDS, find_identifying_details, first_names, nhs_number_is_valid
from practice_hub.loader import load_hub

CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "identifying-details.yml").read_text(encoding="utf-8"))
IDENTIFYING = CORPUS["identifying"]
CLEAN = CORPUS["clean"]


def test_corpus_is_big_enough_and_covers_every_kind():
    assert len(IDENTIFYING) >= 100 and len(CLEAN) >= 100
    assert {item["kind"] for item in IDENTIFYING} == set(KINDS)
    # The clean sentences the issue names are all in the corpus.
    for sentence in (
        "We will meet in May.",
        "Mum felt hope for the first time in months.",
        "The children went to a holiday club in the Summer holidays.",
        "Together we wrote a 10-point plan.",
        "Child A's school raised the first worry.",
        "This guide was reviewed in March 2026.",
        "Hope grew as the network met each week.",
        "In May the family moved house, and the plan moved with them.",
        "Grace under pressure is what the team showed.",
        "Number 3 on the plan was the hardest to keep.",
    ):
        assert sentence in CLEAN


CAUGHT = [i for i in IDENTIFYING if not i.get("miss")]
MISSED = [i for i in IDENTIFYING if i.get("miss")]


@pytest.mark.parametrize("item", CAUGHT, ids=[f"{i['kind']}:{i['found']}" for i in CAUGHT])
def test_identifying_snippet_is_caught(item):
    found = find_identifying_details(item["text"])
    assert [(d.kind, d.text) for d in found] == [(item["kind"], str(item["found"]))]
    assert found[0].line == 1


@pytest.mark.parametrize("item", MISSED, ids=[f"{i['kind']}:{i['found']}" for i in MISSED])
def test_known_misses_are_still_missed(item):
    """A known miss is written down, not hidden: when the check learns to catch it, drop its 'miss: true'."""
    assert [(d.kind, d.text) for d in find_identifying_details(item["text"])] != [(item["kind"], str(item["found"]))]


def test_detection_and_false_alarm_rates():
    caught = sum(1 for i in IDENTIFYING if [(d.kind, d.text) for d in find_identifying_details(i["text"])] == [(i["kind"], str(i["found"]))])
    false_alarms = sum(1 for s in CLEAN if find_identifying_details(s))
    assert caught / len(IDENTIFYING) >= 0.98, f"detection {caught}/{len(IDENTIFYING)}"
    assert false_alarms == 0, f"false alarms {false_alarms}/{len(CLEAN)}"


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_sentence_passes(sentence):
    assert [str(d) for d in find_identifying_details(sentence)] == []


def test_each_finding_has_its_line_counting_the_offset():
    text = "## What we did\n\nWe met the family.\nOlivia showed us her drawing.\n\nCall 07700 900123.\n"
    assert [(d.line, d.kind, d.text) for d in find_identifying_details(text)] == [(4, "name", "Olivia"), (6, "phone", "07700 900123")]
    assert [d.line for d in find_identifying_details(text, line_offset=11)] == [15, 17]


def test_a_detail_is_reported_once_as_its_most_specific_kind():
    found = find_identifying_details("Child A was born on 3 March 2019 at home.")
    assert [(d.kind, d.text) for d in found] == [("date-of-birth", "born on 3 March 2019")]
    found = find_identifying_details("Mum moved to 7 Willow Close.")
    assert [(d.kind, d.text) for d in found] == [("address", "7 Willow Close")]


def test_several_details_in_one_paragraph_are_all_found():
    text = (
        "Grace Thompson (DOB 02/05/2017) lives at 12 Elm Road, NE23 6QX, and goes to Oakfield Primary School. "
        "Her mum's number is 07700 900123 and her NHS number is 943 476 5919."
    )
    assert [d.kind for d in find_identifying_details(text)] == ["name", "date-of-birth", "address", "postcode", "school", "phone", "nhs-number"]


def test_nhs_numbers_use_the_modulus_11_check():
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("943476591")
    # A ten-digit number that fails the check is still flagged, as a possible reference number.
    assert [(d.kind, d.text) for d in find_identifying_details("Number 943 476 5918 was quoted.")] == [("reference-number", "943 476 5918")]


def test_name_list_has_hundreds_of_names_and_marks_ordinary_words():
    names, word_names = first_names()
    assert len(names) >= 300
    assert {"Will", "May", "June", "Grace", "Hope", "Faith", "Mark", "Bill", "Rose", "Dawn", "Summer", "Joy", "Frank", "Sandy"} <= word_names
    assert {"Olivia", "Mohammed", "Jack", "Siobhan", "Rhys"} <= names - word_names
    assert not names & ROLE_WORDS


def test_role_words_are_never_names():
    text = "Mum, Dad, Nan, Nana, Grandma, Grandad, Aunty and Uncle met the social worker. Child A and Child B came too."
    assert find_identifying_details(text) == []


def test_a_name_spread_over_a_line_break_is_reported_on_its_first_line():
    found = find_identifying_details("We met\nOlivia at the\nfamily centre.")
    assert [(d.line, d.text) for d in found] == [(2, "Olivia")]


def test_shipped_examples_and_articles_identify_no_one():
    hub, findings = load_hub(ROOT)
    mine = [str(f) for f in findings if f.path.startswith(("docs/examples/", "docs/practice-focus/", "resources/allow-list.yml"))]
    assert mine == []
    files = sorted((ROOT / "docs/examples").glob("*.md")) + sorted((ROOT / "docs/practice-focus").glob("*.md"))
    allowed = {(e.file, e.text) for e in hub.allow_list}
    for file in files:
        rel = file.relative_to(ROOT).as_posix()
        if file.name not in ("index.md", "share.md"):
            found = [d for d in find_identifying_details(file.read_text(encoding="utf-8")) if (rel, d.text) not in allowed]
            assert found == [], rel


def test_the_rules_come_from_one_source_and_the_browser_gets_all_of_them():
    import json

    from practice_hub.examples.privacy import RULES_FILE, bundle, rules

    data = rules()
    assert RULES_FILE.name == "privacy-rules.yml" and RULES_FILE.parent.name == "data"
    published = json.loads(bundle().decode("ascii").split("window.HubPrivacyRules=", 1)[1].rstrip().rstrip(";"))
    assert published == json.loads(json.dumps(data))
    assert set(data["kinds"]) == set(data["priority"]) == set(KINDS)
    assert {rule["kind"] for rule in data["patterns"]} <= set(KINDS)
    assert len(data["places"]["list"]) > 5000 and "Milton Keynes" in data["places"]["list"] and "Bath" in data["places"]["words"]
    assert data["phone"]["home"] == "44" and "48" in data["phone"]["countries"]


def test_the_shipped_site_publishes_the_rules_for_the_share_form(shipped_site):
    from practice_hub.examples.privacy import bundle

    assert (shipped_site / "assets" / "hub" / "privacy-rules.js").read_bytes() == bundle()
    assert (shipped_site / "assets" / "hub" / "privacy.js").is_file()
