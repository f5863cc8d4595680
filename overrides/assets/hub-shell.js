/* Practice Learning Hub: keyboard fixes every page needs (loaded by overrides/main.html).
 *
 * - The menu: the theme opens its navigation drawer with a <label> for a hidden checkbox, which a
 *   keyboard cannot reach or press. Here a real <button> takes its place: labelled, with
 *   aria-expanded; it opens and closes the drawer, moves focus into it, and Escape closes it and
 *   puts focus back on the button.
 * - The closed drawer is out of the Tab order (inert) where it is a drawer (below 1220 px wide);
 *   hub.css hides it too (visibility), so this holds without the script as well.
 * - The skip link moves focus to the page's h1, so the next Tab goes on from there.
 * - Whatever takes focus is scrolled clear of the sticky header and the "Back to top" button, in
 *   both directions (WCAG 2.4.11). hub.css asks the browser for this room (scroll-padding), but a
 *   browser does not scroll for an element already partly in view, so one half hidden under the
 *   header stayed there when tabbing backwards.
 *
 * Without this script the page still works: the drawer stays hidden from the keyboard, the skip
 * link still scrolls to the h1, and the navigation opens with a pointer as the theme made it.
 */
(function () {
  "use strict";

  var DRAWER_WIDTHS = "(max-width: 76.234375em)"; // the theme's own breakpoint for the drawer

  function setUpMenu() {
    var toggle = document.getElementById("__drawer");
    var label = document.querySelector('label.md-header__button[for="__drawer"]');
    var drawer = document.querySelector(".md-sidebar--primary");
    if (!toggle || !label || !drawer || typeof window.matchMedia !== "function") return;
    var small = window.matchMedia(DRAWER_WIDTHS);
    if (!drawer.id) drawer.id = "hub-drawer";

    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon hub-menu-button";
    button.setAttribute("aria-label", "Menu");
    button.setAttribute("aria-controls", drawer.id);
    button.setAttribute("aria-expanded", "false");
    Array.prototype.forEach.call(label.childNodes, function (node) { button.appendChild(node.cloneNode(true)); }); // the theme's icon
    label.parentNode.insertBefore(button, label);
    label.hidden = true;

    function sync() {
      var open = toggle.checked;
      button.setAttribute("aria-expanded", open ? "true" : "false");
      drawer.inert = small.matches && !open;
      document.documentElement.classList.toggle("hub-drawer-open", open && small.matches);
    }

    function set(open, focusBack) {
      if (toggle.checked !== open) {
        toggle.checked = open;
        toggle.dispatchEvent(new Event("change", { bubbles: true })); // the theme locks the page's scrolling on this
      }
      sync();
      if (open) {
        var first = drawer.querySelector("a[href], button, [tabindex='0']");
        if (first) first.focus();
      } else if (focusBack) {
        button.focus();
      }
    }

    button.addEventListener("click", function () { set(!toggle.checked, false); });
    toggle.addEventListener("change", sync);
    document.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && toggle.checked && small.matches) {
        event.preventDefault();
        set(false, true);
      }
    });
    // Leaving the open drawer by Tab closes it, so focus never goes on behind the overlay.
    drawer.addEventListener("focusout", function (event) {
      var next = event.relatedTarget;
      if (toggle.checked && small.matches && next && !drawer.contains(next) && next !== button) set(false, false);
    });
    if (typeof small.addEventListener === "function") small.addEventListener("change", sync);
    sync();
  }

  function setUpSkipLink() {
    var skip = document.querySelector("a.hub-skip");
    if (!skip) return;
    skip.addEventListener("click", function (event) {
      var heading = document.querySelector(".md-content h1, main h1");
      if (!heading) return;
      event.preventDefault();
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
    });
  }

  /* Room kept above and below whatever has focus, in CSS pixels. */
  var ROOM = 8;

  function keepFocusInView() {
    document.addEventListener("focusin", function (event) {
      var element = event.target;
      if (!element || !element.getBoundingClientRect || element === document.body) return;
      if (element.closest(".md-header, .md-sidebar--primary, .md-top, .hub-skip, .md-search")) return; // these do not scroll with the page
      var header = document.querySelector(".md-header");
      var top = (header ? header.getBoundingClientRect().bottom : 0) + ROOM;
      var backToTop = document.querySelector(".md-top:not([hidden])");
      var bottom = window.innerHeight - ROOM - (backToTop ? window.innerHeight - backToTop.getBoundingClientRect().top : 0);
      var box = element.getBoundingClientRect();
      if (box.top < top || box.height > bottom - top) {
        window.scrollBy(0, box.top - top);
      } else if (box.bottom > bottom) {
        window.scrollBy(0, box.bottom - bottom);
      }
    });
  }

  function start() {
    setUpMenu();
    setUpSkipLink();
    keepFocusInView();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
