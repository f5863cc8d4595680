"""Practice-focus articles: the list of articles. Each article's page carries what an example's does
(examples/views.py ``decorate``), and both are in the one feed (examples/feed.py)."""

from __future__ import annotations

from ..examples.views import FEED_PATH, FEED_TITLE, newest_first


def practice_focus_list(views) -> str:
    """Every practice-focus article, newest first: {{ practice_focus_list() }}."""
    views.require_asset("examples.css")
    views.require_feed(FEED_PATH, FEED_TITLE)
    return views.render("practice_focus/practice_focus_list.html", articles=newest_first(views.hub.practice_focus.values()), feed=FEED_PATH)
