/* Practice Learning Hub: self-check quizzes.
 * Progressive enhancement of the quiz HTML (macros/templates/quiz.html): the
 * page works without this file. Nothing is marked until "Check answer" is
 * pressed; nothing locks; typed text is only ever set as text, never as HTML.
 * Scores are kept in localStorage under "hub.quiz.v1" (see the privacy page):
 *   { "quizzes": { "<quiz id>": { "last": 80, "best": 90, "passMark": 70,
 *                                  "passed": true, "updated": "<ISO date>" } } }
 */
(function () {
  "use strict";
  var STORE = "hub.quiz.v1";

  function readStore() {
    try { return JSON.parse(localStorage.getItem(STORE)) || { quizzes: {} }; } catch (e) { return { quizzes: {} }; }
  }
  function writeStore(data) {
    try { localStorage.setItem(STORE, JSON.stringify(data)); } catch (e) { /* storage off: scores just are not kept */ }
  }
  function decode(text) {
    var bytes = Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
    return JSON.parse(new TextDecoder().decode(bytes));
  }
  /* The same rule as macros/quiz_answers.py: ignore case, accents, spacing and punctuation. */
  function normalise(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}\s]|_/gu, " ").split(/\s+/).filter(Boolean).join(" ");
  }
  function quote(text) { return "\u201c" + text + "\u201d"; }
  function list(items) {
    return items.length < 2 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
  }

  /* Each marker returns {done: false, message} when there is nothing to mark yet,
   * or {done: true, right: bool, message}. */
  var markers = {
    single: function (q, key) {
      var chosen = q.querySelector("input:checked");
      if (!chosen) return { done: false, message: "Choose an answer first, then check it." };
      var i = Number(chosen.value), right = key.correct.indexOf(i) >= 0;
      return { done: true, right: right, message: "You chose " + quote(key.options[i]) + ". " +
        (right ? "That is right. " : "That is not right. ") + key.feedback[i] };
    },
    multiple: function (q, key) {
      var chosen = Array.prototype.map.call(q.querySelectorAll("input:checked"), function (el) { return Number(el.value); });
      if (!chosen.length) return { done: false, message: "Choose one or more answers first, then check them." };
      var hits = chosen.filter(function (i) { return key.correct.indexOf(i) >= 0; }).length;
      var right = hits === key.correct.length && chosen.length === hits;
      var summary = right ? "That is right: you chose all " + hits + " right answers and nothing else. "
        : "Not yet: " + hits + " of your " + chosen.length + " choices " + (hits === 1 ? "is" : "are") + " right, and there " +
          (key.correct.length === 1 ? "is " : "are ") + key.correct.length + " right answers in all. ";
      return { done: true, right: right, message: "You chose " + list(chosen.map(function (i) { return quote(key.options[i]); })) + ". " + summary +
        chosen.map(function (i) { return key.options[i] + ": " + key.feedback[i]; }).join(" ") };
    },
    true_false: function (q, key) {
      var chosen = q.querySelector("input:checked");
      if (!chosen) return { done: false, message: "Choose True or False first, then check it." };
      var said = chosen.value === "true", right = said === key.answer;
      return { done: true, right: right, message: "You chose " + (said ? "True" : "False") + ". " +
        (right ? "That is right. " : "That is not right. ") + key.feedback[chosen.value] };
    },
    ordering: function (q, key) {
      var order = Array.prototype.map.call(q.querySelectorAll("[data-item]"), function (el) { return Number(el.dataset.item); });
      var placed = order.filter(function (item, position) { return item === key.order[position]; }).length;
      var right = placed === order.length;
      return { done: true, right: right, message: right ? "That order is right. " + key.right
        : "Not yet: " + placed + " of " + order.length + " are in the right place. " + key.wrong };
    },
    matching: function (q, key) {
      var selects = q.querySelectorAll("select"), empty = 0, good = 0;
      selects.forEach(function (s, i) { if (!s.value) empty++; else if (s.value === key.matches[i]) good++; });
      if (empty) return { done: false, message: "Choose a match for every item first (" + empty + " still to choose), then check." };
      var right = good === selects.length;
      return { done: true, right: right, message: right ? "All " + good + " matches are right. " + key.right
        : "Not yet: " + good + " of " + selects.length + " matches are right. " + key.wrong };
    },
    short_text: function (q, key) {
      var typed = q.querySelector("input[type=text]").value;
      if (!normalise(typed)) return { done: false, message: "Type an answer first, then check it." };
      var right = key.accepted.indexOf(normalise(typed)) >= 0;
      return { done: true, right: right, message: "You wrote " + quote(typed.trim()) + ". " +
        (right ? "That is right. " + key.right : "That is not what we were looking for. " + key.wrong) };
    },
    reflection: function (q, key) {
      return { done: true, right: null, message: "Compare your thoughts with this model answer: " + key.model };
    }
  };

  function setUp(quiz) {
    var id = quiz.dataset.hubQuiz, passMark = Number(quiz.dataset.passMark), marked = Number(quiz.dataset.marked);
    var results = {};
    var summary = quiz.querySelector(".hub-quiz__summary");

    function showSummary(announce) {
      var checked = Object.keys(results).length;
      var good = Object.keys(results).filter(function (k) { return results[k]; }).length;
      var saved = readStore().quizzes[id];
      var text = checked ? "Score so far: " + good + " of " + marked + " right" +
        (checked < marked ? " (" + (marked - checked) + " not checked yet)." : " (" + Math.round(100 * good / marked) + "%). " +
          (100 * good / marked >= passMark ? "You have reached the pass mark of " + passMark + "%." : "The pass mark is " + passMark + "%: try the others again.")) : "";
      if (saved) text += (text ? " " : "") + "Your best score on this device: " + saved.best + "%" + (saved.passed ? " (passed)." : ".");
      if (announce || summary.textContent !== text) summary.textContent = text;
    }

    function record() {
      if (Object.keys(results).length < marked) return;
      var good = Object.keys(results).filter(function (k) { return results[k]; }).length;
      var score = Math.round(100 * good / marked), data = readStore(), old = data.quizzes[id] || {};
      var best = Math.max(score, old.best || 0);
      data.quizzes[id] = { last: score, best: best, passMark: passMark, passed: best >= passMark, updated: new Date().toISOString().slice(0, 10) };
      writeStore(data);
    }

    quiz.querySelectorAll(".hub-q").forEach(function (q) {
      var key = decode(q.dataset.key), kind = q.dataset.type, feedback = q.querySelector(".hub-q__feedback");
      q.querySelector(".hub-q__actions").hidden = false;
      q.querySelectorAll(".hub-q__moves, .hub-js-only").forEach(function (el) { el.hidden = false; });

      function clear() {
        feedback.textContent = "";
        q.classList.remove("hub-q--right", "hub-q--wrong");
      }
      q.addEventListener("change", clear);
      q.addEventListener("input", function (event) { if (event.target.matches("input[type=text], textarea")) clear(); });

      q.querySelector("[data-action=check]").addEventListener("click", function () {
        var result = markers[kind](q, key);
        q.classList.remove("hub-q--right", "hub-q--wrong");
        if (result.done && result.right !== null) {
          q.classList.add(result.right ? "hub-q--right" : "hub-q--wrong");
          results[q.id] = result.right;
          record();
          showSummary(false);
        }
        feedback.textContent = result.message;
      });

      q.addEventListener("click", function (event) {
        var button = event.target.closest("[data-move]");
        if (!button) return;
        var item = button.closest("[data-item]"), up = button.dataset.move === "up";
        var other = up ? item.previousElementSibling : item.nextElementSibling;
        if (!other) { feedback.textContent = "That item is already " + (up ? "first." : "last."); return; }
        item.parentNode.insertBefore(item, up ? other : other.nextElementSibling);
        button.focus();
        var position = Array.prototype.indexOf.call(item.parentNode.children, item) + 1;
        q.classList.remove("hub-q--right", "hub-q--wrong");
        feedback.textContent = "Moved " + quote(item.querySelector(".hub-q__item-text").textContent) + " to position " + position + " of " + item.parentNode.children.length + ".";
      });
    });

    var tools = quiz.querySelector(".hub-quiz__tools");
    tools.hidden = false;
    tools.querySelector("[data-action=reset]").addEventListener("click", function () {
      quiz.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (el) { el.checked = false; });
      quiz.querySelectorAll("input[type=text], textarea, select").forEach(function (el) { el.value = ""; });
      quiz.querySelectorAll(".hub-q__feedback").forEach(function (el) { el.textContent = ""; });
      quiz.querySelectorAll(".hub-q").forEach(function (q) { q.classList.remove("hub-q--right", "hub-q--wrong"); });
      results = {};
      var data = readStore();
      delete data.quizzes[id];
      writeStore(data);
      summary.textContent = "Your answers and scores for this quiz have been cleared.";
    });
    showSummary(true);
  }

  function start() { document.querySelectorAll("[data-hub-quiz]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
