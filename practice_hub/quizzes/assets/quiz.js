/* Practice Learning Hub: self-check quizzes, on top of quizzes/quiz.html (which works without this file).
 * Each attempt shuffles the options; an option's value is its written index, which the key (data-key) uses.
 * Scores are kept in "hub.quiz.v1" (docs/about/privacy.md); a record of the wrong shape is left out. */
(() => {
  "use strict";
  var STORE = "hub.quiz.v1", ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  function pct(v) { return typeof v === "number" && v >= 0 && v <= 100; }
  function readStore() {
    var data, out = {};
    try { data = JSON.parse(localStorage.getItem(STORE)); } catch (e) { data = null; }
    data = data && data.quizzes;
    if (data && typeof data === "object" && !Array.isArray(data)) {
      Object.keys(data).forEach((id) => { /* a quiz's record of the wrong shape is left out, and replaced when next saved */
        var q = data[id];
        if (ID.test(id) && q && pct(q.best) && pct(q.passMark) && (q.last === undefined || pct(q.last)) && (q.from === undefined || ID.test(q.from)) && (q.updated === undefined || /^\d{4}-\d\d-\d\d$/.test(q.updated))) out[id] = q;
      });
    }
    return { quizzes: out };
  }
  function writeStore(data) {
    try { localStorage.setItem(STORE, JSON.stringify(data)); } catch (e) { /* storage off: scores just are not kept */ }
  }
  function decode(text) {
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0))));
  }
  /* The rule of practice_hub/quizzes/answers.py: case, accents, punctuation, a/an/the and a small typo do not matter. */
  function normalise(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}\s]|_/gu, " ")
      .split(/\s+/).filter((w) => w && ["a", "an", "the"].indexOf(w) < 0).join(" ");
  }
  function distance(a, b) {
    a = Array.from(a); b = Array.from(b);
    var prev = b.map((c, j) => j + 1), i, j, cur;
    prev.unshift(0);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] !== b[j - 1] ? 1 : 0));
      prev = cur;
    }
    return prev[b.length];
  }
  function matches(typed, accepted) {
    var answer = normalise(typed);
    return !!answer && accepted.some((a) => distance(answer, a) <= (a.length <= 4 ? 0 : a.length <= 8 ? 1 : 2));
  }
  if (typeof document === "undefined") { module.exports = { normalise: normalise, matches: matches }; return; } /* for the tests, in Node */

  function quote(text) { return "\u201c" + text + "\u201d"; }
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = list[i]; list[i] = list[j]; list[j] = t; }
    return list;
  }
  function element(tag, text, parent) { var el = document.createElement(tag); el.textContent = text; if (parent) parent.appendChild(el); return el; }

  /* Each marker returns {done: false, message} when there is nothing to mark yet,
   * or {done: true, right: bool, message, lines (one per chosen option)}. */
  var markers = {
    single: (q, key) => {
      var chosen = q.querySelector("input:checked");
      if (!chosen) return { done: false, message: "Choose an answer first, then check it." };
      var i = Number(chosen.value), right = key.correct.indexOf(i) >= 0;
      return { done: true, right: right, message: "You chose " + quote(key.options[i]) + ". " + (right ? "That is right. " : "That is not right. ") + key.feedback[i] };
    },
    multiple: (q, key) => {
      var chosen = all(q, "input:checked").map((el) => Number(el.value));
      if (!chosen.length) return { done: false, message: "Choose one or more answers first, then check them." };
      var hits = chosen.filter((i) => key.correct.indexOf(i) >= 0).length, right = hits === key.correct.length && chosen.length === hits;
      return { done: true, right: right, message: right ? "That is right: you chose all " + hits + " right answers and nothing else." :
        "Not yet: " + hits + " of your " + chosen.length + " choices " + (hits === 1 ? "is" : "are") + " right, and there " + (key.correct.length === 1 ? "is 1 right answer" : "are " + key.correct.length + " right answers") + " in all.",
        lines: chosen.map((i) => quote(key.options[i]) + ": " + key.feedback[i]) };
    },
    true_false: (q, key) => {
      var chosen = q.querySelector("input:checked");
      if (!chosen) return { done: false, message: "Choose True or False first, then check it." };
      var said = chosen.value === "true", right = said === key.answer;
      return { done: true, right: right, message: "You chose " + (said ? "True" : "False") + ". " + (right ? "That is right. " : "That is not right. ") + key.feedback[chosen.value] };
    },
    ordering: (q, key) => {
      var order = all(q, "[data-item]").map((el) => Number(el.dataset.item));
      var placed = order.filter((item, position) => item === key.order[position]).length, right = placed === order.length;
      return { done: true, right: right, message: right ? "That order is right. " + key.right : "Not yet: " + placed + " of " + order.length + " are in the right place. " + key.wrong };
    },
    matching: (q, key) => {
      var selects = all(q, "select"), empty = 0, good = 0;
      selects.forEach((s, i) => { if (!s.value) empty++; else if (s.value === key.matches[i]) good++; });
      if (empty) return { done: false, message: "Choose a match for every item first (" + empty + " still to choose), then check." };
      var right = good === selects.length;
      return { done: true, right: right, message: right ? "All " + good + " matches are right. " + key.right : "Not yet: " + good + " of " + selects.length + " matches are right. " + key.wrong };
    },
    short_text: (q, key) => {
      var typed = q.querySelector("input[type=text]").value;
      if (!normalise(typed)) return { done: false, message: "Type an answer first, then check it." };
      var right = matches(typed, key.accepted);
      return { done: true, right: right, message: "You wrote " + quote(typed.trim()) + ". " + (right ? "That is right. " + key.right : "That is not what we were looking for. " + key.wrong) };
    },
    reflection: (q, key) => {
      return { done: true, right: null, message: "Compare your thoughts with this model answer: " + key.model };
    }
  };

  function setUp(quiz) {
    var id = quiz.dataset.hubQuiz, passMark = Number(quiz.dataset.passMark), marked = Number(quiz.dataset.marked);
    var result = quiz.querySelector(".hub-quiz__result"), summary = quiz.querySelector(".hub-quiz__summary"), confirm = quiz.querySelector("[data-confirm]");
    var from = new URLSearchParams(location.search).get("from"), results = {}, questions = all(quiz, ".hub-q");
    if (!ID.test(from || "") || !quiz.querySelector("[data-from='" + from + "']")) from = null;

    function good() { return Object.keys(results).filter((k) => results[k]).length; }
    function saved() { return readStore().quizzes[id]; }
    function back() { var s = saved(); all(quiz, "[data-from]").forEach((p) => { p.hidden = !(s && s.best >= passMark && p.dataset.from === from); }); }
    function best() { var s = saved(); return s ? "Your best score on this device: " + s.best + "%" + (s.best >= passMark ? " (passed)." : ".") : ""; }
    function showSummary() {
      var checked = Object.keys(results).length, right = good();
      var text = checked ? "Score so far: " + right + " of " + marked + " right" + (checked < marked ? " (" + (marked - checked) + " not checked yet)." : " (" + Math.round(100 * right / marked) + "%). " +
        (100 * right / marked >= passMark ? "You have reached the pass mark of " + passMark + "%." : "The pass mark is " + passMark + "%: try the others again.")) : "";
      summary.textContent = [text, best()].join(" ").trim();
    }
    function record(score) {
      var data = readStore(), old = data.quizzes[id] || {}, top = Math.max(score, old.best || 0), entry = { last: score, best: top, passMark: passMark, passed: top >= passMark, updated: new Date().toISOString().slice(0, 10) };
      if (from || old.from) entry.from = from || old.from;
      data.quizzes[id] = entry;
      writeStore(data);
      back();
    }
    function mark(q, result) {
      var feedback = q.querySelector(".hub-q__feedback");
      q.classList.remove("hub-q--right", "hub-q--wrong");
      if (result.done && result.right !== null) {
        q.classList.add(result.right ? "hub-q--right" : "hub-q--wrong");
        results[q.id] = result.right;
      }
      feedback.textContent = result.message;
      if (result.lines) { var list = element("ul", "", feedback); result.lines.forEach((line) => { element("li", line, list); }); }
    }
    function clear(q) { q.querySelector(".hub-q__feedback").textContent = ""; q.classList.remove("hub-q--right", "hub-q--wrong"); delete results[q.id]; }
    /* A new order for every attempt: options, ordering items (never already right) and the matches in every list. */
    function reshuffle() {
      questions.forEach((q) => {
        var key = q.hubKey, box = q.querySelector(".hub-q__choices, .hub-q__order"), selects = all(q, "select");
        if (box) {
          var items = shuffle(Array.prototype.slice.call(box.children));
          if (q.dataset.type === "ordering" && items.every((li, i) => Number(li.dataset.item) === key.order[i])) items.push(items.shift());
          items.forEach((item) => { box.appendChild(item); });
        }
        var order = shuffle(selects.length ? all(selects[0], "option").slice(1).map((o) => o.value) : []);
        selects.forEach((s) => { order.forEach((value) => { s.appendChild(all(s, "option").filter((o) => o.value === value)[0]); }); });
      });
    }
    function wipe() {
      all(quiz, "input[type=radio], input[type=checkbox]").forEach((el) => { el.checked = false; });
      all(quiz, "input[type=text], textarea, select").forEach((el) => { el.value = ""; });
      questions.forEach(clear);
      result.textContent = "";
      reshuffle();
      showSummary();
    }

    questions.forEach((q, index) => {
      var key = q.hubKey = decode(q.dataset.key), kind = q.dataset.type, feedback = q.querySelector(".hub-q__feedback");
      q.dataset.number = index + 1;
      q.querySelector(".hub-q__actions").hidden = false;
      q.addEventListener("change", () => { clear(q); });
      q.addEventListener("input", (event) => { if (event.target.matches("input[type=text], textarea")) clear(q); });
      q.querySelector("[data-action=check]").addEventListener("click", () => {
        mark(q, markers[kind](q, key));
        if (Object.keys(results).length === marked && kind !== "reflection") record(Math.round(100 * good() / marked));
        showSummary();
      });
      q.addEventListener("click", (event) => {
        var button = event.target.closest("[data-move]");
        if (!button) return;
        var item = button.closest("[data-item]"), up = button.dataset.move === "up", other = up ? item.previousElementSibling : item.nextElementSibling;
        if (!other) { feedback.textContent = "That item is already " + (up ? "first." : "last."); return; }
        item.parentNode.insertBefore(item, up ? other : other.nextElementSibling);
        button.focus();
        clear(q);
        feedback.textContent = "Moved " + quote(item.querySelector(".hub-q__item-text").textContent) + " to position " + (all(item.parentNode, "li").indexOf(item) + 1) + " of " + item.parentNode.children.length + ".";
      });
    });
    all(quiz, ".hub-q__moves, .hub-js-only").forEach((el) => { el.hidden = false; });

    /* Check all my answers: mark every answered question, and put the result at the top. */
    function checkAll() {
      var again = [], unanswered = 0;
      questions.forEach((q) => {
        if (q.dataset.type === "reflection") return;
        var r = markers[q.dataset.type](q, q.hubKey);
        if (r.done) mark(q, r); else { clear(q); q.querySelector(".hub-q__feedback").textContent = "Not answered yet. " + r.message; unanswered++; }
        if (!r.done || !r.right) again.push(q);
      });
      var right = good(), score = Math.round(100 * right / marked);
      record(score);
      result.textContent = "";
      element("p", "You got " + right + " of " + marked + " right (" + score + "%): pass mark " + passMark + "%. " + (score >= passMark ? "You passed." : "Not a pass yet.") +
        (unanswered ? " " + unanswered + " not answered." : ""), result).className = "hub-quiz__score";
      if (again.length) {
        element("p", "Look again at:", result);
        var list = element("ul", "", result);
        again.forEach((q) => { var a = element("a", "Question " + q.dataset.number, element("li", "", list)); a.href = "#" + q.id; });
      }
      showSummary();
      result.focus();
    }

    var tools = quiz.querySelector(".hub-quiz__tools");
    tools.hidden = false;
    tools.addEventListener("click", (event) => {
      var action = (event.target.closest("[data-action]") || {}).dataset;
      action = action && action.action;
      if (action === "check-all") checkAll();
      if (action === "again") { wipe(); result.textContent = "A new attempt: the answers are in a new order."; questions[0].querySelector("input, select, textarea, button").focus(); }
      if (action === "reset") {
        var s = saved(), pathways = quiz.dataset.pathways;
        confirm.querySelector("[data-confirm-text]").textContent = "Clear your answers" + (s ? " and your best score of " + s.best + "%" : "") + " for this quiz from this browser?" +
          (s && s.best >= passMark && pathways ? " It un-ticks this quiz's step on the pathways that have it: " + pathways.split("|").join(", ") + "." : "") + " This cannot be undone.";
        confirm.hidden = false;
        confirm.focus();
      }
      if (action === "reset-no") { confirm.hidden = true; tools.querySelector("[data-action=reset]").focus(); }
      if (action === "reset-yes") {
        var data = readStore();
        delete data.quizzes[id];
        writeStore(data);
        results = {};
        wipe();
        back();
        confirm.hidden = true;
        summary.textContent = "Your answers and scores for this quiz have been cleared.";
        tools.querySelector("[data-action=reset]").focus();
      }
    });
    reshuffle();
    back();
    showSummary();
    result.textContent = best();
  }

  function start() { all(document, "[data-hub-quiz]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
