/* Practice Learning Hub: the site search, on Pagefind's index (pagefind/ in the built site).
 *
 * Markup: overrides/partials/search.html (the theme's search look). This script loads
 * nothing of the index until the reader starts a search (focuses the search box, presses
 * / or s, or taps the search button); then Pagefind's own script fetches only the parts of
 * the index the words typed need. Every result says what it is (Guide, Quiz, Session ...);
 * a type filter narrows them. The count is announced politely (role="status").
 *
 * Keyboard: / or s opens the search from anywhere on the page; Down and Up move between
 * the results; Enter opens one; Escape closes the search and puts focus back where it was.
 *
 * Under a Content-Security-Policy, Pagefind needs script-src 'self' 'wasm-unsafe-eval'
 * (its search runs as WebAssembly: 'wasm-unsafe-eval' allows that and no JavaScript eval).
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-hub-search]");
  var toggle = document.getElementById("__search");
  if (!root || !toggle || !window.URL) return;
  var input = root.querySelector(".md-search__input");
  var form = root.querySelector("form");
  var status = root.querySelector(".hub-search__status");
  var list = root.querySelector(".hub-search__results");
  var types = root.querySelector(".hub-search__types");
  var more = root.querySelector(".hub-search__more");
  var opener = document.querySelector("[data-hub-search-open]");
  var bundle = new URL(root.getAttribute("data-bundle"), document.baseURI);
  var siteRoot = new URL("../", bundle).pathname;

  var PAGE_SIZE = 10;
  var DELAY = 200; // ms after the last key before searching
  var SHORTEST = 2; // characters: a single letter would fetch a large part of the index and find everything
  //: The order the type filter offers, and the word for more than one.
  var TYPES = [
    ["Guide", "guides"], ["Glossary term", "glossary terms"], ["Quiz", "quizzes"], ["Course", "courses"],
    ["Session", "sessions"], ["Workshop pack", "workshop packs"], ["Example", "examples"],
    ["Practice focus", "practice focus articles"], ["Pathway", "pathways"], ["Page", "pages"]
  ];
  var initial = status.textContent;
  var engine = null; // the promise of Pagefind, once a search has started
  var returnTo = null; // where focus goes back to when the search closes
  var quiet = false; // focus moved by this script, not the reader: it does not reopen the search
  var chosen = ""; // the type filter: "" for every type
  var results = []; // the current search's results (Pagefind's, their data not yet loaded)
  var shown = 0;
  var asked = 0; // the number of the latest search, so a slow one never overwrites a later one
  var timer = null;
  var blocked = false; // the server's Content-Security-Policy forbids WebAssembly
  document.addEventListener("securitypolicyviolation", function (event) {
    if (event.blockedURI === "wasm-eval") blocked = true;
  });
  var BLOCKED = "The search cannot run here: this web server's security settings block it. " +
    "Please tell whoever looks after the hub (it needs script-src 'wasm-unsafe-eval').";

  function plural(type, n) {
    for (var i = 0; i < TYPES.length; i++) if (TYPES[i][0] === type) return n === 1 ? type.toLowerCase() : TYPES[i][1];
    return n === 1 ? "result" : "results";
  }

  function start() {
    if (!engine) {
      engine = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
        return pagefind.options({
          baseUrl: siteRoot,
          excerptLength: 24,
          // On the page itself, not in a web worker: one file (41 KB) fewer to fetch, and a search
          // of even a large hub takes milliseconds.
          noWorker: true,
          // Ranking (meta from practice_hub/engine/search.py): every name a guide's tool goes by (its
          // title and its glossary entry's names) counts most, then a course's name (above its
          // sessions'), then titles, then descriptions; Pagefind weighs headings above the text.
          ranking: { metaWeights: { names: 14, course: 8, title: 10, description: 3 } }
        }).then(function () { return pagefind.init(); }).then(function () {
          return pagefind.filters(); // loads the type filter (a few hundred bytes), so each search can count the types
        }).then(function () { return pagefind; });
      });
      engine.catch(function () {
        engine = null; // the next key tries again
        status.textContent = blocked ? BLOCKED : "The search could not start on this page. Try again later, or use the menu to find what you need.";
      });
    }
    return engine;
  }

  // --- opening and closing ------------------------------------------------------------
  function isOpen() { return toggle.checked; }

  function open(from) {
    if (!isOpen()) {
      returnTo = from || null;
      toggle.checked = true;
      if (opener) opener.setAttribute("aria-expanded", "true");
    }
    start();
  }

  function visible(element) { return !!(element && element.getClientRects().length); } // not display: none

  function close(restore) {
    if (!isOpen()) return;
    toggle.checked = false;
    if (opener) opener.setAttribute("aria-expanded", "false");
    var back = returnTo;
    returnTo = null;
    if (!restore) return;
    quiet = true;
    if (back && document.contains(back) && visible(back)) back.focus();
    else if (visible(opener)) opener.focus(); // on a phone the search box is gone once closed
    else input.focus(); // never leave focus on a result the closed search hides
    quiet = false;
  }

  function editable(element) {
    if (!element) return false;
    var tag = element.tagName;
    return element.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.key === "/" || event.key === "s" || event.key === "S") && !editable(event.target) && !isOpen()) {
      event.preventDefault();
      var from = document.activeElement !== document.body ? document.activeElement : null;
      open(from);
      input.focus();
      input.select();
    }
  });
  if (opener) opener.addEventListener("click", function () { open(opener); input.focus(); });
  input.addEventListener("focus", function () { if (!quiet) open(null); });
  input.addEventListener("click", function () { open(null); });
  // The theme's overlay and its back arrow are labels of the toggle: clicking them closes the search.
  toggle.addEventListener("change", function () {
    if (!toggle.checked) { toggle.checked = true; close(true); }
  });
  root.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !root.contains(event.relatedTarget) && event.relatedTarget !== opener) close(false);
  });
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var stops = Array.prototype.slice.call(list.querySelectorAll("a"));
      if (!more.hidden) stops.push(more);
      var at = stops.indexOf(document.activeElement);
      if (document.activeElement !== input && at < 0) return; // the type filter's radios keep their arrows
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus();
      else if (next < stops.length) stops[next].focus();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { search(); input.focus(); }, 0);
  });
  input.addEventListener("input", function () {
    open(null);
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DELAY);
  });
  types.addEventListener("change", function (event) {
    if (event.target.name === "hub-search-type") { chosen = event.target.value; search(); }
  });
  more.addEventListener("click", function () {
    var first = shown;
    showMore().then(function () {
      var link = list.querySelectorAll("li")[first];
      if (link && link.querySelector("a")) link.querySelector("a").focus();
    });
  });

  // --- searching ------------------------------------------------------------------------
  function search() {
    var query = input.value.trim();
    var mine = ++asked;
    if (query.length < SHORTEST) {
      results = [];
      list.textContent = "";
      more.hidden = true;
      types.hidden = true;
      status.textContent = initial;
      return;
    }
    start().then(function (pagefind) {
      var options = chosen ? { filters: { type: chosen } } : {};
      return pagefind.search(query, options);
    }).then(function (found) {
      if (mine !== asked) return;
      results = found.results;
      shown = 0;
      list.textContent = "";
      updateTypes((found.totalFilters || {}).type || {});
      var total = found.unfilteredResultCount;
      var count = results.length;
      var quoted = "\u201c" + query + "\u201d";
      var said;
      if (!total) said = "Nothing found for " + quoted + ". Check the spelling, or try another word.";
      else if (chosen) said = count + " " + plural(chosen, count) + " of " + total + " results for " + quoted + ".";
      else said = count + (count === 1 ? " result" : " results") + " for " + quoted + ".";
      // Announced once the first results show, so the count and the list agree.
      return showMore(mine).then(function () { if (mine === asked) status.textContent = said; });
    }).catch(function () {
      if (mine === asked) status.textContent = blocked ? BLOCKED : "The search could not be completed. Try again.";
    });
  }

  function showMore(mine) {
    mine = mine || asked;
    var batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (items) {
      if (mine !== asked) return;
      items.forEach(function (item) { list.appendChild(render(item)); });
      more.hidden = shown >= results.length;
    });
  }

  function updateTypes(counts) {
    var radios = {};
    Array.prototype.forEach.call(types.querySelectorAll("input"), function (radio) { radios[radio.value] = radio; });
    var all = 0;
    Object.keys(counts).forEach(function (k) { all += counts[k]; });
    var order = [["", "All types"]].concat(TYPES);
    order.forEach(function (pair) {
      var value = pair[0];
      var n = value ? counts[value] || 0 : all;
      var radio = radios[value];
      if (!radio) {
        var label = document.createElement("label");
        label.className = "hub-search__type-choice";
        radio = document.createElement("input");
        radio.type = "radio";
        radio.name = "hub-search-type";
        radio.value = value;
        label.appendChild(radio);
        label.appendChild(document.createElement("span"));
        types.appendChild(label);
      }
      radio.checked = value === chosen;
      radio.parentNode.lastChild.textContent = (value || "All") + " (" + n + ")";
      radio.parentNode.hidden = !n && value !== chosen;
    });
    types.hidden = !all;
  }

  function excerpt(html, title) {
    // Pagefind's excerpt is escaped text with <mark> around the words found: only those are kept.
    // A page's text starts with its title, which the result shows already: an excerpt from the
    // top of the page starts after it.
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var first = holder.content.textContent;
    if (title && first.indexOf(title + ". ") === 0) {
      var skip = title.length + 2;
      Array.prototype.slice.call(holder.content.childNodes).forEach(function (node) {
        if (skip <= 0) return;
        var length = node.textContent.length;
        if (length <= skip) { holder.content.removeChild(node); skip -= length; }
        else { node.textContent = node.textContent.slice(skip); skip = 0; }
      });
    }
    var out = document.createDocumentFragment();
    Array.prototype.forEach.call(holder.content.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function words(text) { return text.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w.length > 2; }); }

  function names(title, query) {
    // Whether a heading names a word searched for ("How to book" for "booking"): the shorter starts the longer.
    var asked = words(query);
    return words(title).some(function (w) {
      return asked.some(function (q) { return q.indexOf(w) === 0 || w.indexOf(q) === 0; });
    });
  }

  function best(sections) {
    // The section of the page where the words weigh most (Pagefind splits a page at its headings).
    var top = null, score = -1;
    sections.forEach(function (s) {
      var sum = 0;
      (s.weighted_locations || []).forEach(function (w) { sum += w.balanced_score || 0; });
      if (sum > score) { top = s; score = sum; }
    });
    return top;
  }

  function render(item) {
    var type = ((item.filters || {}).type || ["Page"])[0];
    var li = document.createElement("li");
    li.className = "md-search-result__item hub-search__item";
    var box = document.createElement("div");
    box.className = "md-search-result__article md-typeset";
    var head = document.createElement("p");
    head.className = "hub-search__head";
    var label = document.createElement("span");
    label.className = "hub-search__type";
    label.textContent = type;
    var link = document.createElement("a");
    link.className = "hub-search__link";
    link.href = item.url;
    link.textContent = (item.meta && item.meta.title) || item.url;
    head.appendChild(label);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(link);
    box.appendChild(head);
    var text = document.createElement("p");
    text.className = "hub-search__excerpt";
    text.appendChild(excerpt(item.excerpt || "", link.textContent));
    box.appendChild(text);
    var section = best(item.sub_results || []);
    if (section && section.anchor && section.url !== item.url && section.title !== link.textContent && names(section.title, input.value) && type !== "Glossary term") {
      var where = document.createElement("p");
      where.className = "hub-search__section";
      var to = document.createElement("a");
      to.href = section.url;
      to.textContent = section.title;
      where.appendChild(document.createTextNode("Section: "));
      where.appendChild(to);
      box.appendChild(where);
    }
    li.appendChild(box);
    return li;
  }
})();
