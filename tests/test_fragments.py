"""Macro HTML kept out of Markdown, and out of the search index where asked (practice_hub/engine/fragments.py)."""

from __future__ import annotations

import pytest

from practice_hub.engine.fragments import Fragments, _top_level_parsed, _top_level_quick


def test_fragments_come_back_in_place_with_their_anchors():
    fragments = Fragments()
    marker = fragments.keep('<div id="a">A</div>')
    page = f"<p>Before</p>\n{marker}\n<p>After</p>"
    restored, anchors = fragments.restore(page)
    assert restored == '<p>Before</p>\n<div id="a">A</div>\n<p>After</p>'
    assert anchors == {"a"}


def test_an_unsearched_fragment_waits_for_the_finished_page():
    fragments = Fragments()
    searched = fragments.keep("<p>In search</p>")
    held = fragments.keep('<section id="quiz">Answers</section>', searched=False)
    content, anchors = fragments.restore(f"{searched}{held}")
    assert content == f"<p>In search</p>{held}"  # what the search plugin reads
    assert anchors == {"quiz"}  # MkDocs' anchor check still knows the id
    finished = fragments.restore_late(f"<html><article>{content}</article></html>")
    # ... marked for the site search to pass over (engine/search.py).
    assert finished == '<html><article><p>In search</p><section data-pagefind-ignore id="quiz">Answers</section></article></html>'
    assert fragments.restore_late(finished) == finished  # nothing left waiting


def test_a_fragment_may_hold_an_unsearched_fragment():
    fragments = Fragments()
    inner = fragments.keep('<section id="quiz">Answers</section>', searched=False)
    outer = fragments.keep(f"<h1>Quiz</h1>{inner}")
    content, anchors = fragments.restore(outer)
    assert content == f"<h1>Quiz</h1>{inner}" and anchors == {"quiz"}
    assert fragments.restore_late(content) == '<h1>Quiz</h1><section data-pagefind-ignore id="quiz">Answers</section>'


@pytest.mark.parametrize(
    "fragment",
    [
        '<section id="q"><h2>Quiz</h2><p>One<br>two</p></section>\n<p class="x">After</p>',
        '<!-- hub-fragment-3 -->\n<div><img src="a.png" alt=""><input type="checkbox"/></div>',
        '<div><textarea name="t"></div><p>not a tag</p></textarea></div>',
        '<script type="application/ld+json">{"a": "</div>"}</script><table><tr><td>x</td></tr></table>',
        "Loose text <b>and</b> an element",
        "<div>unclosed <p>paragraph</div>",  # the tags do not balance: the HTML parser decides
        "",
    ],
)
def test_the_quick_scan_of_top_level_elements_agrees_with_the_html_parser(fragment):
    assert (_top_level_quick(fragment) or _top_level_parsed(fragment)) == _top_level_parsed(fragment)
