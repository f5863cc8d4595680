"""Reflow, text spacing and the keyboard, on one page of every type, in real Chromium.

One combined pass over the page types (tests/browser/page_types.py) at 320 x 256 CSS px,
the size WCAG 1.4.10 names:

- nothing scrolls sideways (scrollWidth <= clientWidth), with and without the WCAG 1.4.12
  text-spacing styles;
- tabbing forwards through the whole page and backwards again, every element that takes focus
  is on the screen, not hidden by the sticky header or anything else (at least 7 of 9 points
  across it are the element itself: WCAG 2.4.11), and shows a focus ring (2.4.7): so no
  invisible Tab stops, and none in the closed navigation drawer;
- the skip link is the first stop and lands on the page's h1.

Then the menu button by keyboard: it opens the drawer, focus goes in, Escape closes it and
focus comes back.
"""

from __future__ import annotations

import pytest

from .page_types import page_types

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 256}
#: The WCAG 1.4.12 bookmarklet's styles: what a reader's own style sheet may set.
TEXT_SPACING = (
    "*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
    " p { margin-bottom: 2em !important; }"
)
#: The theme's search control in the header belongs to the search work (Pagefind replaces it), not to
#: this issue: it is taken out of the Tab order before each walk (on a phone it opens a panel over the
#: page when it takes focus). Once it is replaced, this selects nothing and the new control is walked too.
THEME_SEARCH = "[data-md-component=search] input, [data-md-component=search] button, [data-md-component=search] [tabindex]"
KNOWN_ELSEWHERE: tuple[str, ...] = ()
MOST_STOPS = 400

#: What the focused element looks like to a person: on screen, uncovered, with a ring. One call per stop.
FOCUS_STATE = """(known) => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  if (known.some((selector) => el.matches(selector))) return {name, skip: true};
  const seen = (node) => {
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const style = getComputedStyle(n);
      if (style.opacity === '0' || style.visibility === 'hidden') return false;
    }
    return true;
  };
  const r = el.getBoundingClientRect();
  // Nine points across the element: a 3 x 3 grid on a box, or three along each of the first, middle
  // and last lines of a link that wraps (its bounding box also holds the text beside it). A box taller
  // than the screen below the header cannot be all on it: then the grid is over the part that can.
  const header = document.querySelector('.md-header');
  const below = header ? header.getBoundingClientRect().bottom : 0;
  const lines = [...el.getClientRects()].filter((b) => b.width > 1 && b.height > 1);
  const points = [];
  if (lines.length > 1) {
    for (const b of [lines[0], lines[Math.floor(lines.length / 2)], lines[lines.length - 1]])
      for (const fx of [0.1, 0.5, 0.9]) points.push([b.left + fx * b.width, b.top + 0.5 * b.height]);
  } else {
    let top = r.top, bottom = r.bottom, left = r.left, right = r.right;
    if (r.height > innerHeight - below) { top = Math.max(top, below); bottom = Math.min(bottom, innerHeight); }
    if (r.width > innerWidth) { left = Math.max(left, 0); right = Math.min(right, innerWidth); }
    for (const fx of [0.1, 0.5, 0.9]) for (const fy of [0.1, 0.5, 0.9]) points.push([left + fx * (right - left), top + fy * (bottom - top)]);
  }
  let inside = 0, own = 0;
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    inside++;
    // What a person sees at the point: the topmost element that is not fully transparent.
    // A point on the element's own box but outside its shape (the corners of a round radio button)
    // shows what holds it: not covered either.
    const hit = document.elementsFromPoint(x, y).find(seen);
    if (hit && (hit === el || el.contains(hit) || hit.contains(el))) own++;
  }
  const style = getComputedStyle(el);
  // A time field's own picker button (the clock, inside the field) takes focus as the field's last
  // part: the field no longer matches :focus, and the browser rings the button itself.
  const picker = /^(time|date|datetime-local|month|week)$/.test(el.type || '') && !el.matches(':focus');
  const ring = picker || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  return {name, own, inside, ring, look: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.boxShadow, width: r.width, height: r.height, top: r.top};
}"""


def _walk(page, key: str, known=KNOWN_ELSEWHERE) -> tuple[list[dict], list[str]]:
    """Press ``key`` until focus leaves the page or comes round again; what each stop looked like."""
    stops, seen, problems = [], [], []
    for _ in range(MOST_STOPS):
        page.keyboard.press(key)
        state = page.evaluate(FOCUS_STATE, list(known))
        if state is not None and not state.get("skip") and not state["ring"]:
            page.wait_for_timeout(100)  # a time field's parts take focus a frame late
            state = page.evaluate(FOCUS_STATE, list(known))
        if state is None:
            break
        handle = page.evaluate_handle("document.activeElement")
        if seen and page.evaluate("([a, b]) => a === b", [handle, seen[-1]]):
            continue  # the next part of the same control (the hours, then the minutes, of a time)
        if seen and page.evaluate("([a, b]) => a === b", [handle, seen[0]]):
            break  # round again (the browser went from the last stop back to the first)
        seen.append(handle)
        stops.append(state)
        if state.get("skip"):
            continue
        if state["own"] < 7:
            problems.append(f"{key}: {state['name']} is hidden or off screen ({state['own']} of 9 points show it; top {state['top']:.0f}px)")
        elif not state["ring"]:
            problems.append(f"{key}: {state['name']} shows no focus ring ({state['look']})")
    else:
        problems.append(f"{key}: more than {MOST_STOPS} stops: focus never left the page")
    return stops, problems


def test_every_page_type_reflows_at_320_px_and_every_tab_stop_is_seen(shipped_site, browser, site_server):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    found = []
    for kind, path in page_types(shipped_site):
        where = f"{kind} (/{path})"
        page.goto(site_server + path)
        page.wait_for_load_state("load")
        for spacing in (False, True):
            if spacing:
                page.add_style_tag(content=TEXT_SPACING)
            width, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if width > client:
                found.append(f"{where}{' with text spacing' if spacing else ''}: {width}px wide at {client}px")
        page.goto(site_server + path)
        page.wait_for_load_state("load")
        page.evaluate("(selector) => document.querySelectorAll(selector).forEach((e) => { e.tabIndex = -1; })", THEME_SEARCH)
        forwards, problems = _walk(page, "Tab")
        found += [f"{where}: {p}" for p in problems]
        if not forwards or ("skip" not in forwards[0]["name"].lower() and "Skip to content" not in forwards[0]["name"]):
            found.append(f"{where}: the first Tab stop is {forwards[0]['name'] if forwards else 'nothing'}, not the skip link")
        # From past the end, Shift+Tab walks back through the same stops.
        page.evaluate("() => { const end = document.createElement('span'); end.tabIndex = -1; document.body.append(end); end.focus(); end.remove(); }")
        backwards, problems = _walk(page, "Shift+Tab")
        found += [f"{where}: {p}" for p in problems]
        if abs(len(backwards) - len(forwards)) > 1:
            found.append(f"{where}: {len(forwards)} stops forwards but {len(backwards)} backwards")
    context.close()
    assert not found, "\n".join(found)


def test_the_skip_link_lands_on_the_h1_of_every_page_type(shipped_site, browser, site_server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    found = []
    types = page_types(shipped_site)
    assert len(types) >= 20, types
    for kind, path in types:
        page.goto(site_server + path)
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") != "Skip to content":
            found.append(f"{kind}: the first Tab does not reach a skip link")
            continue
        page.keyboard.press("Enter")
        landed = page.evaluate(
            "() => { const h = document.querySelector('.md-content h1, main h1'); const r = h.getBoundingClientRect();"
            " return {focused: document.activeElement === h, top: r.top}; }"
        )
        if not landed["focused"] or not 40 <= landed["top"] <= 120:
            found.append(f"{kind}: the skip link lands at {landed}")
    context.close()
    assert not found, "\n".join(found)


def test_the_menu_button_opens_and_closes_the_drawer_by_keyboard(browser, site_server):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(site_server + "guides/")
    drawer_links = page.locator(".md-sidebar--primary a")
    assert drawer_links.count() > 10
    # Closed: no link of the drawer takes focus, by Tab or at all.
    assert page.evaluate("document.querySelector('.md-sidebar--primary').inert") is True
    menu = page.get_by_role("button", name="Menu")
    assert menu.get_attribute("aria-expanded") == "false"
    for _ in range(6):  # skip link, logo, menu ...
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == "Menu":
            break
    else:
        pytest.fail("Tab never reaches the menu button")
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    page.wait_for_function("document.activeElement.closest('.md-sidebar--primary') !== null")
    page.wait_for_timeout(300)  # the drawer slides in
    box = page.evaluate("document.activeElement.getBoundingClientRect().toJSON()")
    assert box["left"] >= 0 and box["right"] <= 375, f"the focused drawer link is off screen: {box}"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"), "Tab goes on inside the open drawer"
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Menu", "Escape puts focus back on the menu button"
    assert page.evaluate("document.querySelector('.md-sidebar--primary').inert") is True
    # Wide enough for the sidebar, the navigation is always there and the menu button is not.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert page.evaluate("document.querySelector('.md-sidebar--primary').inert") is False
    assert not menu.is_visible()
    context.close()
