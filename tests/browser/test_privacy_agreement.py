"""The identifying-details check in the browser agrees with `hub check`, sentence by sentence.

The corpus (tests/data/identifying-details.yml) is run through the Python check and
through the share form's script (practice_hub/examples/assets/privacy.js) in real
Chromium, over the same rules (the bundle the build publishes); the findings must be
identical: the same kinds, the same text, in the same order, on the same lines.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT

from practice_hub.examples import privacy

pytestmark = pytest.mark.browser

CORPUS = yaml.safe_load((ROOT / "tests" / "data" / "identifying-details.yml").read_text(encoding="utf-8"))
SCRIPT = ROOT / "practice_hub" / "examples" / "assets" / "privacy.js"
#: Texts beyond the corpus where the two could part: several lines, several details, odd spaces, phone formats.
EXTRA = [
    "## What we did\n\nWe met the family.\nOlivia showed us her drawing.\n\nCall 07700 900123.\n",
    "Grace Thompson (DOB 02/05/2017) lives at 12 Elm Road, NE23 6QX, and goes to Oakfield Primary School. "
    "Her mum's number is 07700 900123 and her NHS number is 943 476 5919.",
    'title: "Three columns in a meeting"\nmonth: 2026-10\ntools: [three-columns]\n',
    "Mum\u00a0rang 0800 1111, then +1 212 555 0123, then +353 1 234 5678, then 00 33 1 23 45 67 89.",
    "Numbers that are not phones: 0 to 10, 01/02, 2026-2027, 0.5, 000 000, 07 and 0800.",
    "We met\nOlivia at the\nfamily centre.",
]


@pytest.fixture(scope="module")
def checker(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<!doctype html><title>check</title>")
    page.add_script_tag(content=privacy.bundle().decode("ascii"))
    page.add_script_tag(path=str(SCRIPT))
    yield page
    context.close()


def _python(text: str) -> list[list]:
    return [[d.kind, d.text, d.line] for d in privacy.find_identifying_details(text)]


def test_every_sentence_of_the_corpus_gives_identical_findings(checker):
    texts = [item["text"] for item in CORPUS["identifying"]] + list(CORPUS["clean"]) + EXTRA
    browser = checker.evaluate("(texts) => texts.map((t) => HubPrivacy.find(t).map((d) => [d.kind, d.text, d.line]))", texts)
    differences = [(text, _python(text), found) for text, found in zip(texts, browser) if _python(text) != found]
    assert differences == [], "\n".join(f"{t!r}: Python {p} | browser {b}" for t, p, b in differences)
    assert len(texts) >= 200 + len(EXTRA)


def test_the_browser_reads_phone_numbers_as_the_phonenumbers_library_does(checker):
    candidates = [
        "07700 900123",
        "07912 345678",
        "+44 (0)20 7946 0321",
        "0044 20 7946 0999",
        "(01632) 960 555",
        "0800 1111",
        "+48 512 345 678",
        "+1 212 555 0123",
        "+353 1 234 5678",
        "00 33 1 23 45 67 89",
        "+39 06 1234 5678",
        "+54 9 11 1234 5678",
        "0123 45",
        "01234",
        "+999 1234 5678",
        "0161 496 0123",
        "+44 7700 900789",
        "020 7946 0958",
        "0300 123 1234",
    ]
    browser = checker.evaluate("(cs) => cs.map((c) => HubPrivacy.phoneIsPossible(c))", candidates)
    assert browser == [privacy.phone_is_possible(c) for c in candidates]
