/* Practice Learning Hub: induction pathway progress, kept in this browser only.
 * localStorage keys (listed on the privacy page):
 *   "hub.pathway.v1"        { "done": { "<step key>": "YYYY-MM-DD", ... } }
 *                           step keys are "guide:<id>", "course:<id>", "pack:<id>", "task:<id>";
 *                           a step ticked on one pathway is ticked on every pathway that has it.
 *   "hub.pathway.start.v1"  "YYYY-MM-DD", the date the learner started in their role.
 * Quiz steps are not ticked by hand: they count as done when the quiz's best score in
 * "hub.quiz.v1" (written by quiz.js) reaches its pass mark.
 */
(function () {
  "use strict";
  var STORE = "hub.pathway.v1", START = "hub.pathway.start.v1", QUIZ = "hub.quiz.v1";
  var DATE = { day: "numeric", month: "long", year: "numeric" };

  function read(key, fallback) {
    try { var value = JSON.parse(localStorage.getItem(key)); return value === null ? fallback : value; } catch (e) { return fallback; }
  }
  function write(key, value) {
    try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off */ }
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  function show(iso) { return new Date(iso + "T12:00:00").toLocaleDateString("en-GB", DATE); }
  function addDays(iso, days) { var d = new Date(iso + "T12:00:00"); d.setDate(d.getDate() + days); return d.toISOString().slice(0, 10); }

  function quizState(step) {
    var saved = read(QUIZ, { quizzes: {} }).quizzes[step.dataset.quiz];
    var passMark = Number(step.dataset.passMark);
    return { done: !!saved && saved.best >= passMark, best: saved ? saved.best : null, passMark: passMark, updated: saved && saved.updated };
  }

  function refresh(root) {
    var done = read(STORE, { done: {} }).done, start = read(START, null);
    var steps = root.querySelectorAll(".hub-step"), count = 0;
    steps.forEach(function (step) {
      var box = step.querySelector("input[type=checkbox]"), status = step.querySelector(".hub-step__status"), isDone;
      if (step.dataset.kind === "quiz") {
        var q = quizState(step);
        isDone = q.done;
        box.disabled = true;
        status.textContent = q.done ? "Done: you passed with " + q.best + "% (pass mark " + q.passMark + "%)." :
          q.best !== null ? "Not yet: your best score is " + q.best + "% and the pass mark is " + q.passMark + "%." :
          "Ticked when you reach the pass mark of " + q.passMark + "%.";
      } else {
        isDone = !!done[step.dataset.step];
        status.textContent = isDone ? "Done on " + show(done[step.dataset.step]) + "." : "";
      }
      box.checked = isDone;
      step.classList.toggle("hub-step--done", isDone);
      if (isDone) count++;
    });
    root.querySelectorAll(".hub-due").forEach(function (section) {
      var label = section.querySelector(".hub-due__date");
      if (!start) { label.textContent = ""; return; }
      var due = addDays(start, Number(section.dataset.dueDays));
      var open = section.querySelectorAll(".hub-step:not(.hub-step--done)").length;
      label.textContent = ": due by " + show(due) + (open && due < today() ? " (overdue)" : "");
    });
    return { done: count, total: steps.length };
  }

  function setUpPathway(root) {
    var tools = root.querySelector(".hub-pathway__tools"), status = root.querySelector(".hub-pathway__progress");
    var startInput = root.querySelector("[data-start-date]");
    function update(announce) {
      var n = refresh(root);
      var text = "You have done " + n.done + " of " + n.total + " steps.";
      if (announce || status.textContent !== text) status.textContent = text;
    }
    root.addEventListener("change", function (event) {
      var box = event.target;
      if (box.matches(".hub-step input[type=checkbox]")) {
        var data = read(STORE, { done: {} }), key = box.closest(".hub-step").dataset.step;
        if (box.checked) data.done[key] = today(); else delete data.done[key];
        write(STORE, data);
        update(true);
      } else if (box === startInput) {
        write(START, startInput.value || null);
        update(true);
      }
    });
    root.querySelector("[data-action=print]").addEventListener("click", function () { window.print(); });
    root.querySelector("[data-action=clear]").addEventListener("click", function () {
      if (!window.confirm("Clear your ticks on this pathway? Quiz scores are kept.")) return;
      var data = read(STORE, { done: {} });
      root.querySelectorAll(".hub-step").forEach(function (step) { delete data.done[step.dataset.step]; });
      write(STORE, data);
      refresh(root);
      status.textContent = "Your ticks on this pathway have been cleared.";
    });
    if (startInput) startInput.value = read(START, "") || "";
    tools.hidden = false;
    root.querySelectorAll(".hub-pathway__nojs").forEach(function (el) { el.hidden = true; });
    update(false);
  }

  function setUpMyLearning(root) {
    var tools = root.querySelector(".hub-pathway__tools"), status = root.querySelector(".hub-pathway__progress");
    function update() {
      var totals = [];
      root.querySelectorAll("[data-hub-pathway]").forEach(function (pathway) {
        var n = refresh(pathway);
        var next = pathway.querySelector(".hub-step:not(.hub-step--done) label");
        pathway.querySelector("[data-summary]").textContent = n.done + " of " + n.total + " steps done." +
          (next ? " Next: " + next.textContent.replace(/\s+/g, " ").trim() + "." : " All done: well done.");
        totals.push(n);
      });
      var started = totals.filter(function (n) { return n.done; }).length;
      var start = read(START, null);
      status.textContent = (started ? "You have started " + started + " of " + totals.length + " pathways." : "You have not ticked any steps yet.") +
        (start ? " You started on " + show(start) + "." : "");
    }
    root.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.matches(".hub-step input[type=checkbox]")) return;
      var data = read(STORE, { done: {} }), key = box.closest(".hub-step").dataset.step;
      if (box.checked) data.done[key] = today(); else delete data.done[key];
      write(STORE, data);
      update();
    });
    root.querySelector("[data-action=print]").addEventListener("click", function () { window.print(); });
    root.querySelector("[data-action=clear-all]").addEventListener("click", function () {
      if (!window.confirm("Clear all your ticks, your start date and your quiz scores from this browser?")) return;
      [STORE, START, QUIZ].forEach(function (key) { write(key, null); });
      update();
      status.textContent = "Your data has been cleared from this browser.";
    });
    tools.hidden = false;
    root.querySelector(".hub-mylearning__nojs").hidden = true;
    update();
  }

  function start() {
    var mine = document.querySelector("[data-hub-mylearning]");
    if (mine) setUpMyLearning(mine); else document.querySelectorAll("[data-hub-pathway]").forEach(setUpPathway);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
