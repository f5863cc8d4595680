/* Practice Learning Hub: filter a listing in the browser (tools, calendar, packs).
 * Markup (from the hub's templates): a hidden <form data-hub-filter-for="LIST-ID">
 * with <select data-filter-key="KEY"> controls and a status element; inside the
 * list, elements with data-filter-item and data-filter-KEY="value value ..."; and
 * optional data-hub-filter-group wrappers, hidden when none of their items show. A group's
 * [data-hub-count] (with data-one and data-many: "session", "sessions") says how many of its
 * items show, and so does a jump link to it ([data-hub-jump-for="GROUP-ID"], hidden with it);
 * a group that is a <details> opens while a filter is on, so what matches is in sight.
 * A select with data-filter-months is a window of dates: "in the next N months" from the day the
 * page is read, matched against each item's data-filter-from and data-filter-to (YYYY-MM-DD).
 * Without this script the form stays hidden and the full list shows.
 * The choice is kept in the address (?KEY=value) so a filtered list can be shared.
 */
(function () {
  "use strict";

  /* "3 sessions", "1 session": the count's own words (data-one, data-many), else just the number. */
  function say(element, count) {
    var one = element.getAttribute("data-one"), many = element.getAttribute("data-many");
    element.textContent = one && many ? count + " " + (count === 1 ? one : many) : String(count);
  }

  function isoDay(date) {
    var m = date.getMonth() + 1, d = date.getDate();
    return date.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
  }

  /* The same day N months on (the 31st becomes the month's last day), as the hub counts months. */
  function monthsOn(today, months) {
    var year = today.getFullYear(), month = today.getMonth() + months;
    year += Math.floor(month / 12);
    month = ((month % 12) + 12) % 12;
    var last = new Date(year, month + 1, 0).getDate();
    return new Date(year, month, Math.min(today.getDate(), last));
  }

  /* An item (a session) that meets between today and the same day N months on, both included. */
  function withinMonths(item, months) {
    var from = item.getAttribute("data-filter-from"), to = item.getAttribute("data-filter-to") || from;
    if (!from || !months) return true;
    var today = new Date();
    return to >= isoDay(today) && from <= isoDay(monthsOn(today, months));
  }

  function setUp(form) {
    var list = document.getElementById(form.dataset.hubFilterFor);
    if (!list) return;
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter-key]"));
    var status = form.querySelector(".hub-filter__status");
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-filter-item]"));
    var noun = form.dataset.noun || "items";
    var params = new URLSearchParams(window.location.search);

    controls.forEach(function (control) {
      var wanted = params.get(control.dataset.filterKey);
      if (wanted && Array.prototype.some.call(control.options, function (o) { return o.value === wanted; })) control.value = wanted;
    });

    function apply(announce) {
      var shown = 0;
      var filtering = controls.some(function (c) { return c.value; });
      items.forEach(function (item) {
        var match = controls.every(function (control) {
          if (!control.value) return true;
          if (control.hasAttribute("data-filter-months")) return withinMonths(item, Number(control.value));
          var values = (item.getAttribute("data-filter-" + control.dataset.filterKey) || "").split(" ");
          return values.indexOf(control.value) >= 0;
        });
        item.hidden = !match;
        if (match) shown++;
      });
      list.querySelectorAll("[data-hub-filter-group]").forEach(function (group) {
        var count = group.querySelectorAll("[data-filter-item]:not([hidden])").length;
        group.hidden = count === 0;
        if (filtering && count && group.tagName === "DETAILS") group.open = true;
        var jumps = group.id ? document.querySelectorAll('[data-hub-jump-for="' + group.id + '"]') : [];
        Array.prototype.forEach.call(jumps, function (jump) { jump.hidden = count === 0; });
        Array.prototype.forEach.call(group.querySelectorAll("[data-hub-count]"), function (n) { say(n, count); });
        Array.prototype.forEach.call(jumps, function (jump) {
          Array.prototype.forEach.call(jump.querySelectorAll("[data-hub-count]"), function (n) { say(n, count); });
        });
      });
      var text = shown === items.length ? "Showing all " + items.length + " " + noun + "."
        : "Showing " + shown + " of " + items.length + " " + noun + "." + (shown ? "" : " Nothing matches: choose Show all to start again.");
      if (announce || status.textContent) status.textContent = text;
      var query = new URLSearchParams(window.location.search);
      controls.forEach(function (control) {
        if (control.value) query.set(control.dataset.filterKey, control.value); else query.delete(control.dataset.filterKey);
      });
      var search = query.toString();
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(true); }, 0); });
    form.hidden = false;
    apply(controls.some(function (c) { return c.value; }));
  }

  function start() { document.querySelectorAll("form[data-hub-filter-for]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
