"""Render the model into page fragments with Jinja templates (macros/templates)."""
from __future__ import annotations

import base64
import json
import posixpath
import random
import re
from pathlib import Path
from typing import Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import render_examples
from .model import Hub
from .model.guides import CATEGORY_TITLES, USED_WITH_TITLES
from .model.library import AUDIENCE_TITLES, KIND_TITLES, human_size
from .model.packs import duration_text
from .model.pathways import DUE_PERIODS
from .model.quizzes import Quiz
from .pack_zip import pack_zip
from .quiz_answers import normalise
from . import render_training
from .render_packs import Links, PackViews, abbreviation_lines

TEMPLATES = Path(__file__).parent / "templates"
_CALL = re.compile(r"<!-- hub-macro-call (\d+) -->")


class Renderer:
    """Holds the checked hub and renders its templates. One per build."""

    #: The names exposed to pages as macros.
    MACROS = ("tools_index", "glossary_list", "quiz", "quiz_list", "library_list", "pathway", "pathway_chooser", "my_learning",
              "training_catalogue", "training_calendar", "training_course", "training_session",
              "pack", "pack_handout", "pack_finder",
              "examples_list", "practice_focus_list", "example_template", "feed_url")
    #: Macros whose HTML the search index leaves out (macros/fragments.py): listings of things
    #: that have pages of their own, which would put each thing in the results again and again,
    #: and the quiz, whose options and feedback would show its answers in the results.
    UNSEARCHED = frozenset({"tools_index", "quiz", "quiz_list", "pathway_chooser", "my_learning", "training_catalogue",
                            "training_calendar", "pack_finder", "examples_list", "practice_focus_list"})

    def __init__(self, hub: Hub, page_url: Callable[[], str] = lambda: "", require_asset: Callable[[str], None] = lambda name: None,
                 page_meta: Callable[[], dict] | None = None):
        """``page_url`` gives the URL of the page being rendered (for relative
        links); ``require_asset`` asks for a static file (docs/assets/hub/NAME)
        to be loaded on that page; ``page_meta`` gives that page's metadata,
        where a macro can ask for a feed to be linked in the page's head."""
        self.hub = hub
        self.page_url = page_url
        self.require_asset = require_asset
        self._page_meta = page_meta or (lambda: {})
        self.jinja = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.jinja.tests["contains"] = lambda sequence, item: item in sequence
        self._zip_sizes: dict[str, str] = {}
        self._links: dict[tuple[str, str], str] = {}  # (page, target) -> relative link: pages link to the same places many times
        self._calls: list[tuple[str, tuple, dict]] = []  # the macro calls of generated pages (see call())
        self.jinja.globals.update(hub=hub, settings=hub.settings, category_titles=CATEGORY_TITLES, used_with_titles=USED_WITH_TITLES, link=self.link,
                                  due_periods=DUE_PERIODS, step_target=self.step_target, pack_duration=duration_text, macro_call=self.call)

    def link(self, target: str) -> str:
        """A link from the current page to ``target`` (a path from the site root)."""
        url = self.page_url()
        key = (url, target)
        if key not in self._links:
            here = posixpath.dirname(url.rstrip("/") + "/x") if url else ""
            relative = posixpath.relpath(target or ".", here or ".")
            self._links[key] = relative + ("/" if target.endswith("/") and not relative.endswith("/") else "")
        return self._links[key]

    def require_feed(self, path: str, title: str) -> None:
        """Link a feed (a path from the site root) from the current page's head, for feed readers to find."""
        feeds = self._page_meta().setdefault("hub_feeds", [])
        if not any(f["path"] == path for f in feeds):
            feeds.append({"path": path, "title": title})

    def render(self, template: str, **context) -> str:
        html = self.jinja.get_template(template).render(**context)
        # Markdown reads a blank line as the end of an HTML block: keep none.
        return "\n".join(line for line in html.splitlines() if line.strip())

    # --- macros --------------------------------------------------------------
    def tools_index(self) -> str:
        by_category: dict[str, list] = {key: [] for key in CATEGORY_TITLES}
        for guide in sorted(self.hub.guides.values(), key=lambda g: g.title.lower()):
            by_category[guide.category].append(guide)
        used = {u for g in self.hub.guides.values() for u in g.used_with}
        fields = [
            ("category", "Category", "All categories", [(k, v) for k, v in CATEGORY_TITLES.items() if by_category[k]]),
            ("used-with", "Used with", "Anyone", [(k, v) for k, v in USED_WITH_TITLES.items() if k in used]),
        ]
        self.require_asset("filter.js")
        self.require_asset("filter.css")
        return self.render("tools_index.html", by_category=by_category, fields=fields, target="tool-list", noun="tools")

    def quiz(self, quiz_id: str, heading: str | None = None, level: int = 2, introduction: bool = True) -> str:
        """A self-check quiz, embedded in any page: {{ quiz('scaling') }}. Its own page gives
        the introduction in its text (``introduction=False``), where search finds it."""
        quiz = self.hub.quizzes.get(quiz_id)
        if quiz is None:
            raise KeyError(f"there is no quiz '{quiz_id}' (quiz ids: {', '.join(sorted(self.hub.quizzes))})")
        self.require_asset("quiz.js")
        self.require_asset("quiz.css")
        return self.render(
            "quiz.html", quiz=quiz, heading=heading or quiz.title, level=level, introduction=introduction,
            keys=[encode_key(q) for q in quiz.questions],
            shuffles=[shuffled_order(quiz, q) for q in quiz.questions],
        )

    def quiz_list(self) -> str:
        quizzes = sorted(self.hub.quizzes.values(), key=lambda q: q.title.lower())
        return self.render("quiz_list.html", quizzes=quizzes)

    def library_list(self) -> str:
        by_kind: dict[str, list] = {key: [] for key in KIND_TITLES}
        for item in sorted(self.hub.library.values(), key=lambda i: i.title.lower()):
            by_kind[item.kind].append(item)
        used = {a for i in self.hub.library.values() for a in i.audience}
        fields = [("audience", "Who it is for", "Everyone", [(k, v) for k, v in AUDIENCE_TITLES.items() if k in used])]
        self.require_asset("filter.js")
        self.require_asset("filter.css")
        return self.render("library.html", by_kind=by_kind, kind_titles=KIND_TITLES, audience_titles=AUDIENCE_TITLES,
                           sizes={i.id: human_size(self.hub.file_size(i)) for i in self.hub.library.values()},
                           fields=fields, target="library-list", noun="downloads")

    def examples_list(self) -> str:
        """Every example from practice, newest first, filterable by tool and service area: {{ examples_list() }}."""
        return render_examples.examples_list(self)

    def practice_focus_list(self) -> str:
        """Every practice-focus article, newest first: {{ practice_focus_list() }}."""
        return render_examples.practice_focus_list(self)

    def example_template(self) -> str:
        """The template for a new example, to copy: {{ example_template() }}."""
        return render_examples.example_template(self)

    def feed_url(self) -> str:
        """The address of the feed of new examples, relative to this page: {{ feed_url() }}."""
        return self.link(render_examples.FEED_PATH)

    # --- workshop packs (macros/render_packs.py) ------------------------------------
    def pack(self, pack_id: str, view: str = "facilitator") -> str:
        """A workshop pack: {{ pack('safety-planning-workshop', 'participant') }}."""
        views = PackViews(self)
        pack = views.get(pack_id)
        self.require_asset("packs.js")
        self.require_asset("packs.css")
        if pack_id not in self._zip_sizes:
            self._zip_sizes[pack_id] = human_size(len(pack_zip(self.hub, pack, self)))
        links = Links(self.hub, self.link)
        return self.render("pack_view.html", download_size=self._zip_sizes[pack_id], **views.context(pack, view, links))

    def pack_handout(self, pack_id: str, name: str) -> str:
        self.require_asset("packs.js")
        self.require_asset("packs.css")
        return PackViews(self).handout_page(pack_id, name, Links(self.hub, self.link))

    def pack_finder(self) -> str:
        self.require_asset("filter.js")
        self.require_asset("filter.css")
        self.require_asset("packs.css")
        return PackViews(self).finder(Links(self.hub, self.link))

    def pathway(self, pathway_id: str) -> str:
        """An induction pathway as a checklist: {{ pathway('social-worker') }}."""
        pathway = self.hub.pathways.get(pathway_id)
        if pathway is None:
            raise KeyError(f"there is no pathway '{pathway_id}' (pathway ids: {', '.join(sorted(self.hub.pathways))})")
        self.require_asset("pathway.js")
        self.require_asset("pathway.css")
        return self.render("pathway.html", pathway=pathway, level=2)

    def pathway_chooser(self) -> str:
        return self.render("pathway_chooser.html", pathways=self.sorted_pathways())

    def my_learning(self) -> str:
        self.require_asset("pathway.js")
        self.require_asset("pathway.css")
        return self.render("my_learning.html", pathways=self.sorted_pathways())

    def sorted_pathways(self) -> list:
        return sorted(self.hub.pathways.values(), key=lambda p: (p.order, p.title.lower()))

    def step_target(self, step) -> dict:
        """What a pathway step points to: its title, kind and page."""
        kind, ref = step.kind, step.ref
        if kind == "task":
            return {"kind_title": "Task", "title": step.task, "url": None, "action": ""}
        if kind == "guide":
            return {"kind_title": "Read", "title": self.hub.guides[ref].title, "url": f"guides/{ref}/", "action": "Read the guide"}
        if kind == "quiz":
            return {"kind_title": "Quiz", "title": self.hub.quizzes[ref].title, "url": f"quizzes/{ref}/", "action": "Take the quiz"}
        if kind == "course":
            return {"kind_title": "Training", "title": self.hub.courses[ref].title, "url": f"training/courses/{ref}/", "action": "See the course and book"}
        return {"kind_title": "Workshop", "title": self.hub.packs[ref].title, "url": f"packs/{ref}/", "action": "See the workshop pack"}

    def glossary_list(self) -> str:
        terms = sorted(self.hub.terms.values(), key=lambda t: t.term.lower())
        return self.render("glossary.html", terms=terms)

    # Training: the catalogue, the calendar and a page per course and session (macros/render_training.py).
    def training_catalogue(self) -> str:
        return render_training.catalogue(self)

    def training_calendar(self) -> str:
        return render_training.calendar(self)

    def training_course(self, course_id: str) -> str:
        return render_training.course_page(self, course_id)

    def training_session(self, session_id: str) -> str:
        return render_training.session_page(self, session_id)

    def download_files(self) -> list[str]:
        """Files under resources/ the site publishes at the same path (downloads/...)."""
        return sorted(item.file for item in self.hub.library.values())

    def generated_pages(self) -> dict[str, str]:
        """Pages the hub writes itself (path under docs/ -> Markdown): one per quiz and
        pathway, and each workshop pack's facilitator pack, participant handouts and handout pages."""
        pages = {}
        for quiz in self.hub.quizzes.values():
            pages[f"quizzes/{quiz.id}.md"] = self.jinja.get_template("quiz_page.md").render(quiz=quiz) + "\n"
        for pathway in self.hub.pathways.values():
            pages[f"start/{pathway.id}.md"] = self.jinja.get_template("pathway_page.md").render(pathway=pathway) + "\n"
        pages.update(render_training.generated_pages(self))
        pages.update(PackViews(self).generated_pages())
        return pages

    # --- macro calls in generated pages ---------------------------------------------
    def call(self, name: str, *args, **kwargs) -> str:
        """A macro call for a generated page: a one-line marker that ``expand_calls`` turns
        into the macro's HTML when that page is built. A page of many thousands need not be
        compiled as a Jinja template only to make one call with values known in advance."""
        if name not in self.MACROS:
            raise KeyError(f"there is no macro '{name}'")
        self._calls.append((name, args, kwargs))
        return Markup(f"<!-- hub-macro-call {len(self._calls) - 1} -->")

    def expand_calls(self, markdown: str, keep: Callable[[str, bool], str] | None = None) -> str:
        """Make the calls ``call`` marked in ``markdown``, for the page being built.
        ``keep`` (macros/fragments.py) stands in for their HTML until the page has been through Markdown."""
        if "<!-- hub-macro-call " not in markdown:
            return markdown

        def make(match: re.Match) -> str:
            name, args, kwargs = self._calls[int(match.group(1))]
            html = getattr(self, name)(*args, **kwargs)
            return keep(html, name not in self.UNSEARCHED) if keep else html

        return _CALL.sub(make, markdown)

    # --- what every page of a kind carries ---------------------------------------
    def decorate_page(self, src: str, markdown: str, keep: Callable[[str, bool], str] | None = None) -> str:
        """Add what every page of its kind carries. ``keep`` (macros/fragments.py) stands
        in for added HTML until the page has been through Markdown."""
        page = self.hub.pages.get(src)
        if page is not None and src.startswith("guides/") and src[len("guides/"):-len(".md")] in self.hub.guides:
            sizes = {i: human_size(self.hub.file_size(self.hub.library[i])) for i in page.meta.downloads}
            footer = self.render("guide_footer.html", guide=page.meta, sizes=sizes, linked=self.guide_links()[page.meta.id],
                                 examples=render_examples.examples_for_guide(self.hub, page.meta.id),
                                 share=render_examples.share_url(self.hub))
            # Out of search, like the listings: it names other pages, which have entries of their own.
            markdown += "\n\n" + (keep(footer, False) if keep else footer) + "\n"
        markdown = render_examples.decorate(self, src, markdown)
        return markdown + "\n\n" + self.abbreviations()

    def guide_links(self) -> dict[str, dict[str, list]]:
        """For each guide, the quizzes, workshop packs and courses that name it: worked
        out once per build, not by searching every quiz, pack and course on every guide page."""
        if "guide-links" not in self.hub.memo:
            index = {g: {"quizzes": [], "packs": [], "courses": []} for g in self.hub.guides}
            for kind, items, field in (("quizzes", self.hub.quizzes.values(), "related_guides"), ("packs", self.hub.packs.values(), "guides"),
                                       ("courses", self.hub.training.courses.values(), "guides")):
                for item in items:
                    for guide_id in dict.fromkeys(getattr(item, field)):
                        if guide_id in index:
                            index[guide_id][kind].append(item)
            for links in index.values():
                links["packs"].sort(key=lambda p: p.title.lower())  # as Jinja's sort filter: case aside
            self.hub.memo["guide-links"] = index
        return self.hub.memo["guide-links"]

    def abbreviations(self) -> str:
        """Markdown abbreviation lines, so every abbreviation is explained on hover."""
        return abbreviation_lines(self.hub)


def encode_key(question) -> str:
    """The marking key quiz.js reads: JSON, base64-encoded so answers are not
    in plain sight in the page source. A deterrent for a self-check, not security."""
    kind = question.type
    if kind in ("single", "multiple"):
        key = {"correct": [i for i, o in enumerate(question.options) if o.correct], "feedback": [o.feedback for o in question.options],
               "options": [o.text for o in question.options]}
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


def shuffled_order(quiz: Quiz, question) -> list[int]:
    """The order ordering items are shown in: shuffled, the same on every build, never already right."""
    if question.type != "ordering":
        return []
    order = list(range(len(question.items)))
    random.Random(f"{quiz.id}/{question.id}").shuffle(order)
    if order == sorted(order):
        order = order[1:] + order[:1]
    return order
