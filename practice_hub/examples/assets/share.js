/* Practice Learning Hub: the share form on examples/share/.
 *
 * Checks each answer for identifying details as it is written (HubPrivacy, the same rules as
 * `hub check`), shows each finding beside its field and in an error summary, and refuses to make
 * the example until the check is clean. Then it makes the example as a file in the hub's format
 * (anonymised: false, approved_by empty) and offers it as a download and as an email to the
 * council's mailbox: nothing leaves the browser except by the person's own action.
 *
 * The draft is kept in this browser only (localStorage "hub.share.draft.v1", on the privacy page),
 * read with care (a damaged value is ignored, never trusted), and deleted after sending or on request.
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-hub-share]");
  if (!root || !window.HubPrivacy) return;
  var form = document.getElementById("share-form");
  var KEY = root.getAttribute("data-storage-key");
  var MAILBOX = root.getAttribute("data-mailbox");
  var THIS_MONTH = root.getAttribute("data-this-month");
  var TEXT_FIELDS = [
    ["title", "Title"], ["did", "What you did"], ["difference", "What difference it made"],
    ["differently", "What you would do differently"], ["tip", "Your tip for a colleague"], ["role", "Your team role"]
  ];
  var LABELS = { tools: "Tools", area: "Service", month: "When", title: "Title", did: "What you did", difference: "What difference it made",
    differently: "What you would do differently", tip: "Your tip for a colleague", role: "Your team role" };
  var MISSING = {
    title: "Enter a title for your example", did: "Say what you did", difference: "Say what difference it made",
    differently: "Say what you would do differently next time", tip: "Give one tip for a colleague", role: "Enter your team role",
    tools: "Select the tools you used", area: "Select the service the work was in", month: "Enter the month and year the work happened"
  };
  var MAX_MAILTO = 1900;
  var originalTitle = document.title;
  var submitted = false, fileUrl = null;

  function $(id) { return document.getElementById(id); }
  function text(name) { return form.elements[name].value; }
  function tidy(s) { return String(s).replace(/\r\n?/g, "\n").replace(/[\u2028\u2029]/g, "\n").replace(/[ \t]+$/gm, "").trim(); }
  function checkedValues(name) { return Array.prototype.filter.call(form.querySelectorAll("input[name=" + name + "]"), function (i) { return i.checked; }).map(function (i) { return i.value; }); }

  function show(element, visible) { if (visible) element.removeAttribute("hidden"); else element.setAttribute("hidden", ""); }

  root.removeAttribute("hidden");
  show($("share-paper"), false);

  // --- the draft: this browser only --------------------------------------------------------------
  var storage = null;
  try { storage = window.localStorage; storage.getItem(KEY); } catch (e) { storage = null; }

  function values() {
    return {
      title: text("title"), did: text("did"), difference: text("difference"), differently: text("differently"), tip: text("tip"),
      role: text("role"), tools: checkedValues("tools"), area: (checkedValues("area")[0] || ""), month: text("month"), year: text("year")
    };
  }
  function readDraft() {
    if (!storage) return null;
    var raw = null;
    try { raw = storage.getItem(KEY); } catch (e) { return null; }
    if (!raw) return null;
    var data;
    try { data = JSON.parse(raw); } catch (e) { return null; }
    if (!data || typeof data !== "object" || data.v !== 1 || !data.fields || typeof data.fields !== "object") return null;
    var f = data.fields, out = {};
    ["title", "did", "difference", "differently", "tip", "role", "area", "month", "year"].forEach(function (k) {
      out[k] = typeof f[k] === "string" ? f[k].slice(0, 20000) : "";
    });
    out.tools = Array.isArray(f.tools) ? f.tools.filter(function (t) { return typeof t === "string"; }) : [];
    return { fields: out, saved: typeof data.saved === "string" ? data.saved : "" };
  }
  function saveDraft() {
    if (!storage) return;
    var v = values(), empty = !TEXT_FIELDS.some(function (f) { return v[f[0]].trim(); }) && !v.tools.length && !v.area && !v.month && !v.year;
    try {
      if (empty) storage.removeItem(KEY);
      else storage.setItem(KEY, JSON.stringify({ v: 1, saved: new Date().toISOString(), fields: v }));
    } catch (e) { /* storage full or refused: the form still works, only the draft is not kept */ }
    show($("share-draft"), !empty);
    $("share-draft-saved").textContent = empty ? "" : "Last saved at " + new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) + ".";
  }
  function deleteDraft() {
    if (storage) { try { storage.removeItem(KEY); } catch (e) { /* nothing to delete */ } }
    show($("share-draft"), false);
  }
  function restore(draft) {
    var f = draft.fields;
    TEXT_FIELDS.forEach(function (pair) { form.elements[pair[0]].value = f[pair[0]]; });
    form.elements.month.value = f.month.slice(0, 2);
    form.elements.year.value = f.year.slice(0, 4);
    Array.prototype.forEach.call(form.querySelectorAll("input[name=tools]"), function (i) { i.checked = f.tools.indexOf(i.value) >= 0; });
    Array.prototype.forEach.call(form.querySelectorAll("input[name=area]"), function (i) { i.checked = i.value === f.area; });
  }

  // --- checking ---------------------------------------------------------------------------------
  function findingMessage(d) {
    var advice = d.advice.charAt(0).toUpperCase() + d.advice.slice(1);
    return "\u201c" + d.text + "\u201d looks like " + d.label + ". " + advice + ".";
  }
  function monthProblem(v) {
    var m = v.month.trim(), y = v.year.trim();
    if (!m && !y) return MISSING.month;
    if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12) return "The month must be a number from 1 to 12";
    if (!/^\d{4}$/.test(y) || Number(y) < 1990) return "The year must have 4 numbers, for example 2026";
    var month = y + "-" + (m.length === 1 ? "0" + m : m);
    if (month > THIS_MONTH) return "The month must be this month or earlier";
    return null;
  }
  /* Every problem, by field: [{field, message, focus}] in the order of the form. */
  function problems(requireAll) {
    var v = values(), list = [];
    TEXT_FIELDS.forEach(function (pair) {
      var name = pair[0], value = v[name];
      if (!value.trim()) { if (requireAll) list.push({ field: name, message: MISSING[name], focus: "share-" + name }); return; }
      HubPrivacy.find(value).forEach(function (d) { list.push({ field: name, message: findingMessage(d), focus: "share-" + name, finding: d }); });
    });
    if (requireAll) {
      if (!v.tools.length) list.push({ field: "tools", message: MISSING.tools, focus: "share-tool-" + form.querySelector("input[name=tools]").value });
      if (!v.area) list.push({ field: "area", message: MISSING.area, focus: "share-area-" + form.querySelector("input[name=area]").value });
      var month = monthProblem(v);
      if (month) list.push({ field: "month", message: month, focus: /month must|Enter/.test(month) ? "share-month-month" : "share-month-year" });
    }
    var order = ["title", "did", "difference", "differently", "tip", "tools", "area", "month", "role"];
    return list.sort(function (a, b) { return order.indexOf(a.field) - order.indexOf(b.field); });
  }

  function render(list) {
    var byField = {};
    list.forEach(function (p) { (byField[p.field] = byField[p.field] || []).push(p); });
    ["title", "did", "difference", "differently", "tip", "role", "tools", "area", "month"].forEach(function (name) {
      var group = form.querySelector("[data-field=" + name + "]"), message = $("share-" + name + "-error");
      var mine = byField[name] || [];
      group.classList.toggle("hub-form-group--error", mine.length > 0);
      message.textContent = "";
      if (mine.length) {
        var hidden = document.createElement("span");
        hidden.className = "hub-visually-hidden";
        hidden.textContent = "Error: ";
        message.appendChild(hidden);
        mine.forEach(function (p) {
          var line = document.createElement("span");
          line.className = "hub-error-message__item";
          line.textContent = p.message;
          message.appendChild(line);
        });
      }
      show(message, mine.length > 0);
      var control = $("share-" + name);
      if (control && (control.tagName === "INPUT" || control.tagName === "TEXTAREA")) {
        control.classList.toggle("hub-input--error", mine.length > 0);
        control.setAttribute("aria-describedby", "share-" + name + "-hint" + (mine.length ? " share-" + name + "-error" : ""));
      }
      if (name === "month") {
        ["share-month-month", "share-month-year"].forEach(function (id) { $(id).classList.toggle("hub-input--error", mine.length > 0); });
      }
    });
    var summary = $("share-errors"), items = $("share-errors-list");
    items.textContent = "";
    list.forEach(function (p) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = "#" + p.focus;
      a.textContent = LABELS[p.field] + ": " + p.message;
      a.addEventListener("click", function (event) {
        event.preventDefault();
        var target = $(p.focus);
        target.focus();
        if (p.finding && target.setSelectionRange) {
          var at = target.value.indexOf(p.finding.text);
          if (at >= 0) target.setSelectionRange(at, at + p.finding.text.length);
        }
      });
      li.appendChild(a);
      items.appendChild(li);
    });
    show(summary, list.length > 0 && (submitted || list.some(function (p) { return p.finding; })));
    document.title = (submitted && list.length ? "Error: " : "") + originalTitle;
  }

  // --- making the example -----------------------------------------------------------------------
  function slugify(title) {
    var words = title.toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean), slug = "";
    for (var i = 0; i < words.length; i++) {
      if (slug && slug.length + words[i].length + 1 > 60) break;
      slug = slug ? slug + "-" + words[i] : words[i];
    }
    return slug || "example";
  }
  function yamlString(s) { return JSON.stringify(s.replace(/\s+/g, " ").trim()); }
  function body(s) { return tidy(s).split("\n").map(function (line) { return line.replace(/^(\s*)(#|---|===)/, "$1\\$2"); }).join("\n"); }
  function firstSentence(s) {
    var t = tidy(s).replace(/\s+/g, " "), m = /^.*?[.!?](?=\s|$)/.exec(t);
    return (m ? m[0] : t).slice(0, 240);
  }
  function makeFile(v) {
    var month = v.year.trim() + "-" + ("0" + v.month.trim()).slice(-2);
    var summary = firstSentence(v.did) + (tidy(v.difference) ? " " + firstSentence(v.difference) : "");
    var lines = [
      "---",
      "# An example from practice, made with the share form on the hub. A practice lead or team manager who did not",
      "# write it checks that it identifies no one, sets 'anonymised: true' and writes their role after 'approved_by:'.",
      "title: " + yamlString(v.title),
      "month: " + month + "  # the month the work happened",
      "tools: [" + v.tools.join(", ") + "]",
      "service_area: " + v.area,
      "contributor_role: " + yamlString(v.role),
      "summary: " + yamlString(summary) + "  # made from the first sentences of the answers: the approver may shorten it",
      "anonymised: false  # the approver sets this to true once nothing in it could identify a child or a family",
      "illustrative: false",
      "approved_by:  # the approver writes their role here, never their name",
      "---",
      "",
      "## What we did",
      "",
      body(v.did),
      "",
      "## What difference it made",
      "",
      body(v.difference),
      "",
      "## What we learned",
      "",
      "**What I would do differently:** " + body(v.differently),
      "",
      "**A tip for a colleague:** " + body(v.tip),
      ""
    ];
    return { name: month + "-" + slugify(v.title) + ".md", text: lines.join("\n") };
  }

  function ready(file, v) {
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    fileUrl = URL.createObjectURL(new Blob([file.text], { type: "text/markdown;charset=utf-8" }));
    var download = $("share-download");
    download.href = fileUrl;
    download.setAttribute("download", file.name);
    var subject = "Example for the hub: " + v.title.replace(/\s+/g, " ").trim();
    var mail = "mailto:" + MAILBOX + "?subject=" + encodeURIComponent(subject) + "&body=" + encodeURIComponent(file.text);
    var long = mail.length > MAX_MAILTO;
    if (long) {
      mail = "mailto:" + MAILBOX + "?subject=" + encodeURIComponent(subject) + "&body=" +
        encodeURIComponent("My example for the hub is attached: " + file.name + "\n");
    }
    $("share-email").href = mail;
    show($("share-long"), long);
    $("share-email-hint").textContent = long
      ? "Opens your email program with the subject filled in: attach the file you downloaded. Nothing is sent until you press send there."
      : "Opens your email program with the subject and your example filled in. Nothing is sent until you press send there.";
    $("share-file").textContent = file.text;
    show(form, false);
    show($("share-ready"), true);
    $("share-ready").focus();
  }

  function sent() {
    deleteDraft();
    // The file stays on offer below, in case the email program did not open or the download was cancelled.
    $("share-ready-title").textContent = "Your example, if you need it again";
    show($("share-edit").parentNode, false);
    show($("share-sent"), true);
    show($("share-next"), true);
    $("share-sent").focus();
  }

  function startAgain() {
    form.reset();
    submitted = false;
    render([]);
    show($("share-sent"), false);
    show($("share-next"), false);
    show($("share-ready"), false);
    $("share-ready-title").textContent = "Your example is ready to send";
    show($("share-edit").parentNode, true);
    show(form, true);
    deleteDraft();
    $("share-title").focus();
  }

  // --- wiring -----------------------------------------------------------------------------------
  var timer = null;
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(function () { saveDraft(); render(problems(submitted)); }, 250);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    saveDraft();
    submitted = true;
    var list = problems(true), v = values();
    if (!list.length) {
      // The last word is the check on the file itself, exactly as `hub check` reads it.
      var file = makeFile(v);
      var found = HubPrivacy.find(file.text);
      if (found.length) {
        list = found.map(function (d) { return { field: "title", message: findingMessage(d), focus: "share-title", finding: d }; });
      } else {
        render([]);
        ready(file, v);
        return;
      }
    }
    render(list);
    $("share-errors").focus();
  });
  $("share-draft-delete").addEventListener("click", function () {
    deleteDraft();
    form.reset();
    submitted = false;
    render([]);
    $("share-status").textContent = "Your draft has been deleted from this browser.";
    $("share-title").focus();
  });
  $("share-edit").addEventListener("click", function () {
    show($("share-ready"), false);
    show(form, true);
    $("share-title").focus();
  });
  function onSend() { if (!$("share-sent").hasAttribute("hidden")) return; setTimeout(sent, 0); }
  $("share-email").addEventListener("click", onSend);
  $("share-download").addEventListener("click", onSend);
  $("share-again").addEventListener("click", startAgain);

  var draft = readDraft();
  if (draft) {
    restore(draft);
    show($("share-draft"), true);
    $("share-draft-saved").textContent = draft.saved ? "Last saved " + new Date(draft.saved).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) + "." : "";
    render(problems(false));
  }
})();
