/* Practice Learning Hub: induction progress, kept in this browser only (keys: docs/about/privacy.md).
 * Readers check every entry: one of the wrong shape is left out, never thrown over. */
(() => {
  "use strict";
  const STORE = "hub.pathway.v1", START = "hub.pathway.start.v1", ROLE = "hub.pathway.role.v1", QUIZ = "hub.quiz.v1";
  const FORMAT = "practice-learning-hub-progress", STATUS = ["Not started", "In progress", "Completed"];
  const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/, KEY = /^(course|guide|quiz|pack|page|task):[a-z0-9]+([-_/][a-z0-9]+)*$/;

  const get = (key) => { try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; } };
  const put = (key, value) => {
    try { if (value == null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off */ }
  };
  const obj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
  const isDate = (v) => typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v) && !isNaN(Date.parse(v)) && new Date(v + "T00:00Z").toISOString().startsWith(v);
  const isTime = (v) => typeof v === "string" && v.length < 40 && !isNaN(Date.parse(v));
  const pct = (v) => typeof v === "number" && v >= 0 && v <= 100;
  const isQuiz = (q) => obj(q) && pct(q.best) && pct(q.passMark) && (q.last === undefined || pct(q.last)) &&
    (q.updated === undefined || isDate(q.updated)) && (q.from === undefined || ID.test(q.from));
  const pick = (map, test, strict) => {
    const out = {};
    let bad = map !== undefined && !obj(map);
    Object.keys(obj(map) ? map : {}).forEach((k) => { if (test(k, map[k])) out[k] = map[k]; else bad = true; });
    return strict && bad ? null : out;
  };
  const progress = (v, strict) => {
    v = obj(v) ? v : {};
    const done = pick(v.done, (k, d) => KEY.test(k) && isDate(d), strict), on = pick(v.on, (k, p) => KEY.test(k) && ID.test(p), strict);
    const set = pick(v.set, (k, t) => (k === "role" || k === "start") && isTime(t), strict);
    return done && on && set && { done, on, set };
  };
  const quizzes = (v, strict) => pick(v, (k, q) => ID.test(k) && isQuiz(q), strict);
  const read = () => {
    const role = get(ROLE), start = get(START), q = get(QUIZ);
    return { p: progress(get(STORE)), quizzes: quizzes(obj(q) ? q.quizzes : {}), role: typeof role === "string" && ID.test(role) ? role : null, start: isDate(start) ? start : null };
  };
  const save = (ctx) => { put(STORE, ctx.p); put(QUIZ, { quizzes: ctx.quizzes }); put(ROLE, ctx.role); put(START, ctx.start); };

  const now = () => new Date().toISOString(), today = () => now().slice(0, 10);
  const show = (iso) => new Date(iso + "T12:00Z").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const addDays = (iso, days) => { const d = new Date(iso + "T12:00Z"); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10); };
  const text = (el) => (el ? el.textContent.replace(/\s+/g, " ").trim() : "");
  const all = (root, selector) => Array.from(root.querySelectorAll(selector));
  const one = (root, selector) => root.querySelector(selector);
  const say = (el, message) => { if (el) el.textContent = message; };
  const on = (el, type, fn) => el && el.addEventListener(type, fn);
  const name = (el) => text(one(el, ".hub-step__name"));

  const state = (el, ctx) => {
    const d = el.dataset, p = ctx.p, f = d.formerly;
    if (d.kind === "quiz") {
      const q = ctx.quizzes[d.quiz];
      return q ? { s: q.best >= Number(d.passMark) ? 2 : 1, date: q.updated, q, by: q.from } : { s: 0 };
    }
    if (!p.done[d.step] && f && p.done[f]) { p.done[d.step] = p.done[f]; if (p.on[f]) p.on[d.step] = p.on[f]; }
    return p.done[d.step] ? { s: 2, date: p.done[d.step], by: p.on[d.step] } : { s: 0 };
  };
  const credited = (st, pid, ctx) => st.s === 2 && (st.by ? st.by === pid : ctx.role === pid);
  const dueOf = (el, ctx) => ctx.start && addDays(ctx.start, Number(el.dataset.dueDays));

  const tick = (box, pid) => {
    const ctx = read(), key = box.closest(".hub-step").dataset.step;
    if (box.checked) { ctx.p.done[key] = today(); ctx.p.on[key] = pid; } else { delete ctx.p.done[key]; delete ctx.p.on[key]; }
    put(STORE, ctx.p);
  };
  const setStart = (value) => {
    const ctx = read();
    ctx.p.set.start = now();
    put(START, isDate(value) ? value : null);
    put(STORE, ctx.p);
  };

  const refresh = (root, ctx, pid) => {
    const out = { done: 0, total: 0, next: null, credited: false };
    all(root, ".hub-step").forEach((el) => {
      const st = state(el, ctx), box = one(el, "input[type=checkbox]"), tag = one(el, "[data-tag]"), when = one(el, "[data-dates]"), mark = el.dataset.passMark;
      tag.textContent = STATUS[st.s];
      tag.className = "hub-tag hub-tag--" + ["todo", "doing", "done"][st.s];
      say(one(el, "[data-detail]"), st.q ? (st.s === 2 ? "Passed with " : "Best score so far ") + st.q.best + "% (pass mark " + mark + "%)." :
        st.s ? "On " + show(st.date) + "." : mark ? "Completed when you reach the pass mark of " + mark + "%." : "");
      if (box) box.checked = st.s === 2;
      el.classList.toggle("hub-step--done", st.s === 2);
      out.total++;
      if (st.s === 2) out.done++; else out.next = out.next || el;
      out.credited = out.credited || credited(st, pid, ctx);
      if (when) {
        const due = dueOf(el, ctx), first = when.dataset.dates.split(" ").findIndex((day) => day && day >= today() && (!due || day <= due));
        when.hidden = st.s === 2;
        all(when, "[data-when-next]").forEach((span) => { span.hidden = first < 0; });
        all(when, "[data-when-none]").forEach((span) => { span.hidden = first >= 0; });
        say(one(when, "[data-when-label]"), due ? "Next date with places before your due date (" + show(due) + "):" : "Next date with places:");
        say(one(when, "[data-when-date]"), when.dataset.words.split("|")[first] || "");
      }
    });
    all(root, ".hub-due").forEach((section) => {
      const due = ctx.start && addDays(ctx.start, Number(section.dataset.dueDays));
      say(one(section, ".hub-due__date"), due ? ": due by " + show(due) + (one(section, ".hub-step:not(.hub-step--done)") && due < today() ? " (overdue)" : "") : "");
    });
    return out;
  };
  const reveal = (root) => {
    all(root, ".hub-pathway__tools").forEach((el) => { el.hidden = false; });
    all(root, ".hub-pathway__nojs, .hub-mylearning__nojs").forEach((el) => { el.hidden = true; });
  };

  const setUpPathway = (root) => {
    const pid = root.dataset.hubPathway, status = one(root, ".hub-pathway__progress"), startInput = one(root, "[data-start-date]");
    const update = (announce) => {
      const n = refresh(root, read(), pid), message = "You have done " + n.done + " of " + n.total + " steps.";
      if (announce || status.textContent !== message) say(status, message);
    };
    on(root, "change", (event) => {
      const box = event.target;
      if (box.matches(".hub-step input[type=checkbox]")) tick(box, pid);
      else if (box === startInput) setStart(startInput.value);
      update(true);
    });
    on(one(root, "[data-action=print]"), "click", () => window.print());
    on(one(root, "[data-action=clear]"), "click", () => {
      if (!window.confirm("Clear your ticks on this pathway? Quiz scores are kept.")) return;
      const ctx = read();
      all(root, ".hub-step").forEach((step) => { delete ctx.p.done[step.dataset.step]; delete ctx.p.on[step.dataset.step]; });
      put(STORE, ctx.p);
      refresh(root, read(), pid);
      say(status, "Your ticks on this pathway have been cleared.");
    });
    if (startInput) startInput.value = read().start || "";
    reveal(root);
    update(false);
  };

  const setUpRole = (root) => {
    const form = one(root, "[data-role-form]"), chosen = one(root, "[data-role-chosen]"), status = one(root, ".hub-role__status");
    const link = one(chosen, "[data-role-link]"), startInput = one(form, "[data-start-date]");
    const view = (role) => {
      const card = role && one(document, ".hub-pathway-chooser [data-pathway='" + role + "'] a");
      form.hidden = !!card;
      chosen.hidden = !card;
      if (card) { link.href = card.href; all(chosen, "[data-role-title]").forEach((el, i) => { el.textContent = (i ? ": " : "") + text(card); }); }
      return card;
    };
    on(form, "submit", (event) => {
      event.preventDefault();
      const choice = one(form, "input[name=hub-role]:checked"), ctx = read();
      if (!choice) { say(status, "Choose your role first."); one(form, "input").focus(); return; }
      ctx.p.set.role = now();
      put(ROLE, choice.value);
      put(STORE, ctx.p);
      if (isDate(startInput.value)) setStart(startInput.value);
      say(status, "Saved: your role is " + text(view(choice.value)) + ".");
      link.focus();
    });
    on(one(root, "[data-action=change-role]"), "click", () => {
      const role = read().role, radio = role && one(form, "input[value='" + role + "']");
      form.hidden = false;
      chosen.hidden = true;
      if (radio) radio.checked = true;
      (radio || one(form, "input")).focus();
    });
    startInput.value = read().start || "";
    root.hidden = false;
    view(read().role);
  };

  const setUpCarryOn = (root) => {
    const ctx = read(), link = one(root, "[data-next]");
    let best = null;
    all(root, "template").forEach((template) => {
      const pid = template.dataset.pathway, steps = all(template.content, "[data-step]");
      let rank = pid === ctx.role ? "~" : "";
      steps.forEach((el) => { const st = state(el, ctx); if (rank !== "~" && credited(st, pid, ctx) && st.date > rank) rank = st.date; });
      if (rank && (!best || rank > best.rank)) best = { rank, steps, title: template.dataset.title };
    });
    if (!best) return;
    const open = best.steps.filter((el) => state(el, ctx).s < 2), next = open[0], due = next && dueOf(next, ctx);
    if (next) {
      link.href = next.getAttribute("href");
      link.textContent = text(next);
    } else link.remove();
    say(one(root, "[data-due]"), next ? ", due " + (due ? show(due) + (due < today() ? " (overdue)" : "") : next.dataset.due) + "." : "you have completed every step of your pathway. Well done.");
    say(one(root, "[data-progress]"), best.title + ": " + (best.steps.length - open.length) + " of " + best.steps.length + " steps done.");
    root.hidden = false;
  };

  const setUpMyLearning = (root) => {
    const status = one(root, ".hub-pathway__progress"), loadStatus = one(root, "[data-load-status]"), mine = one(root, "[data-mine]");
    const sections = all(root, "[data-all] > [data-hub-pathway]"), others = one(root, "[data-all]").appendChild(document.createElement("details"));
    const input = one(root, "[data-load-file]"), preview = one(root, "[data-load-preview]"), titles = {};
    let pending = null;
    all(root, "[data-quiz-titles] [data-quiz]").forEach((li) => { titles[li.dataset.quiz] = text(li); });
    others.className = "hub-mylearning__others";
    others.appendChild(document.createElement("summary"));
    const section = (pid) => sections.find((s) => s.dataset.hubPathway === pid);
    const title = (pid) => text(one(section(pid), "h2"));
    const stepName = (key) => { const el = one(root, ".hub-step[data-step='" + key + "'], .hub-step[data-formerly='" + key + "']"); return el ? name(el) : ""; };
    const result = (q) => (q.best >= q.passMark ? "Passed" : "Not passed yet") + ": best score " + q.best + "% (pass mark " + q.passMark + "%)";

    const update = () => {
      const ctx = read(), rows = one(root, "[data-record-rows]"), seen = {};
      const row = (cells) => { const tr = rows.insertRow(); cells.forEach((cell) => { tr.insertCell().textContent = cell; }); };
      let started = 0, rest = 0;
      sections.forEach((s) => {
        const pid = s.dataset.hubPathway, n = refresh(s, ctx, pid), first = ctx.role ? pid === ctx.role : n.credited;
        s.dataset.started = n.credited || pid === ctx.role ? "yes" : "";
        started += n.credited;
        say(one(s, "[data-summary]"), (pid === ctx.role ? "Your role's pathway. " : "") + n.done + " of " + n.total + " steps done." + (n.next ? " Next: " + name(n.next) + "." : " All done: well done."));
        (first ? mine : others).appendChild(s);
        rest += !first;
      });
      others.hidden = !rest;
      say(others.firstChild, (mine.children.length ? "The other " : "All ") + rest + (rest === 1 ? " pathway" : " pathways"));
      one(root, "[data-no-role]").hidden = !!ctx.role;
      say(status, "Your progress: " + started + " of " + sections.length + " pathways started." + (ctx.role ? " Your role: " + title(ctx.role) + "." : "") + (ctx.start ? " You started on " + show(ctx.start) + "." : ""));
      rows.textContent = "";
      sections.forEach((s) => s.dataset.started && all(s, ".hub-step").forEach((el) => {
        const st = state(el, ctx);
        if (st.s === 2 && !seen[el.dataset.step]) { seen[el.dataset.step] = 1; row([name(el), st.date ? show(st.date) : "", st.q ? result(st.q) : "Done"]); }
      }));
      Object.keys(ctx.quizzes).forEach((id) => {
        const q = ctx.quizzes[id];
        if (!seen["quiz:" + id] && titles[id]) row(["Quiz: " + titles[id], q.best >= q.passMark && q.updated ? show(q.updated) : "Not yet", result(q)]);
      });
      one(root, "[data-record]").hidden = !rows.rows.length;
      say(one(root, "[data-record-intro]"), "The steps you have completed, with the day each was done, and your quiz results, as kept in this browser on " + show(today()) + ".");
    };

    const download = () => {
      const ctx = read(), a = document.body.appendChild(document.createElement("a")), file = "my-learning-" + today() + ".json";
      const data = { format: FORMAT, version: 1, saved: now(), role: ctx.role, start: ctx.start, done: ctx.p.done, on: ctx.p.on, set: ctx.p.set, quizzes: ctx.quizzes };
      a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" }));
      a.download = file;
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
      say(status, "Your progress is saved in the file " + file + " (look in your downloads). Keep it somewhere safe: it is not sent anywhere.");
    };

    const parse = (content) => {
      let d = null;
      try { d = JSON.parse(content); } catch (e) { /* not JSON */ }
      const nothing = ", so nothing has been changed.";
      if (!obj(d) || d.format !== FORMAT) return "This is not a progress file saved from My learning" + nothing;
      if (d.version !== 1) return "This file was saved by a newer version of the hub" + nothing;
      const p = progress(d, true), q = quizzes(d.quizzes, true);
      if (!p || !q || !isTime(d.saved) || !(d.role == null || ID.test(d.role)) || !(d.start == null || isDate(d.start))) return "Part of this progress file is damaged or was changed by hand" + nothing;
      return { p, quizzes: q, role: d.role, start: d.start, saved: d.saved };
    };
    const merge = (ctx, file) => {
      const changes = [], p = ctx.p;
      Object.keys(file.p.done).forEach((key) => {
        const mine = p.done[key], theirs = file.p.done[key];
        if ((mine && mine >= theirs) || !stepName(key)) return;
        changes.push((mine ? "Change the day you did " : "Tick ") + stepName(key) + (mine ? " to " : ", done on ") + show(theirs) + ".");
        p.done[key] = theirs;
        if (file.p.on[key]) p.on[key] = file.p.on[key]; else delete p.on[key];
      });
      Object.keys(file.quizzes).forEach((id) => {
        const mine = ctx.quizzes[id], theirs = file.quizzes[id], kept = { ...(!mine || (theirs.updated || "") > (mine.updated || "") ? theirs : mine) };
        kept.best = Math.max(theirs.best, mine ? mine.best : 0);
        kept.passed = kept.best >= kept.passMark;
        if (!titles[id] || (mine && JSON.stringify(kept) === JSON.stringify(mine))) return;
        changes.push((mine ? "Update" : "Add") + " your score for the quiz " + titles[id] + ": best " + kept.best + "%" + (kept.passed ? ", passed." : "."));
        ctx.quizzes[id] = kept;
      });
      ["role", "start"].forEach((item) => {
        const theirs = file[item], when = file.p.set[item] || file.saved;
        if (!theirs || theirs === ctx[item] || (ctx[item] && when <= (p.set[item] || "")) || (item === "role" && !section(theirs))) return;
        changes.push(item === "role" ? "Set your role to " + title(theirs) + "." : "Set the day you started to " + show(theirs) + ".");
        ctx[item] = theirs;
        p.set[item] = when;
      });
      return changes.length ? { ctx, changes } : null;
    };
    const close = (message) => {
      pending = null;
      preview.hidden = true;
      input.value = "";
      say(loadStatus, message);
      input.focus();
    };

    on(input, "change", () => {
      const file = input.files[0];
      preview.hidden = true;
      pending = null;
      if (!file) return;
      if (file.size > 500000) return say(loadStatus, "This file is too big to be a progress file, so nothing has been changed.");
      file.text().then((content) => {
        const parsed = parse(content), list = one(preview, "[data-load-changes]");
        if (typeof parsed === "string") return say(loadStatus, parsed);
        pending = merge(read(), parsed);
        if (!pending) return say(loadStatus, "This file has nothing newer than this browser has, so nothing has been changed.");
        list.textContent = "";
        pending.changes.concat("Nothing is removed.").forEach((change) => { list.appendChild(document.createElement("li")).textContent = change; });
        say(loadStatus, "");
        preview.hidden = false;
        preview.focus();
      });
    });
    on(one(root, "[data-action=load-confirm]"), "click", () => {
      const count = pending.changes.length;
      save(pending.ctx);
      update();
      close("Loaded " + count + (count === 1 ? " change" : " changes") + " from the file.");
    });
    on(one(root, "[data-action=load-cancel]"), "click", () => close("Nothing has been changed."));
    on(root, "change", (event) => {
      if (!event.target.matches(".hub-step input[type=checkbox]")) return;
      tick(event.target, event.target.closest("[data-hub-pathway]").dataset.hubPathway);
      update();
    });
    on(one(root, "[data-action=save]"), "click", download);
    on(one(root, "[data-action=print]"), "click", () => window.print());
    on(one(root, "[data-action=clear-all]"), "click", () => {
      if (!window.confirm("Clear all your ticks, your role, your start date and your quiz scores from this browser?")) return;
      [STORE, START, ROLE, QUIZ].forEach((key) => put(key, null));
      update();
      say(status, "Your data has been cleared from this browser.");
    });
    reveal(root);
    update();
  };

  const start = () => {
    const mine = one(document, "[data-hub-mylearning]");
    if (mine) setUpMyLearning(mine);
    else all(document, "[data-hub-pathway]").forEach(setUpPathway);
    all(document, "[data-hub-role]").forEach(setUpRole);
    all(document, "[data-hub-carry-on]").forEach(setUpCarryOn);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
