/* Practice Learning Hub: filter a listing in the browser (tools, calendar, packs).
 * Markup (from the hub's templates): a hidden <form data-hub-filter-for="LIST-ID">
 * with <select data-filter-key="KEY"> controls and a status element; inside the
 * list, elements with data-filter-item and data-filter-KEY="value value ..."; and
 * optional data-hub-filter-group wrappers, hidden when none of their items show.
 * Without this script the form stays hidden and the full list shows.
 * The choice is kept in the address (?KEY=value) so a filtered list can be shared.
 */
(function () {
  "use strict";

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
      items.forEach(function (item) {
        var match = controls.every(function (control) {
          if (!control.value) return true;
          var values = (item.getAttribute("data-filter-" + control.dataset.filterKey) || "").split(" ");
          return values.indexOf(control.value) >= 0;
        });
        item.hidden = !match;
        if (match) shown++;
      });
      list.querySelectorAll("[data-hub-filter-group]").forEach(function (group) {
        group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
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
