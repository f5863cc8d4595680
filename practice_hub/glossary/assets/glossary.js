/* Practice Learning Hub: the glossary's "find a term" box.
 * Typing narrows the terms to those whose name, other names, abbreviation or meaning hold the
 * words typed; letters with none left are hidden, and a status line says how many show. The words
 * are kept in the address (?term=...), so a search can be shared. Without this script the box stays
 * hidden and the A to Z and the whole list show.
 */
(function () {
  "use strict";

  function words(text) { return text.toLowerCase().replace(/\s+/g, " ").trim(); }

  function start() {
    var form = document.querySelector("form[data-hub-glossary-filter]");
    var list = document.getElementById("glossary-terms");
    if (!form || !list) return;
    var input = form.querySelector("input");
    var status = form.querySelector("[role=status]");
    var entries = Array.prototype.slice.call(list.querySelectorAll("[data-hub-glossary-entry]"));
    var texts = entries.map(function (entry) { return words(entry.textContent); });
    var wanted = new URLSearchParams(window.location.search).get("term");
    if (wanted) input.value = wanted.slice(0, 100);

    function apply(announce) {
      var query = words(input.value);
      var shown = 0;
      entries.forEach(function (entry, i) {
        var match = !query || texts[i].indexOf(query) >= 0;
        entry.hidden = !match;
        if (match) shown++;
      });
      list.querySelectorAll("[data-hub-glossary-group]").forEach(function (group) {
        group.hidden = !group.querySelector("[data-hub-glossary-entry]:not([hidden])");
      });
      if (announce || query) {
        status.textContent = !query ? "Showing all " + entries.length + " terms."
          : shown ? "Showing " + shown + " of " + entries.length + " terms." : "No term uses “" + input.value.trim() + "”. Try another word.";
      }
      var params = new URLSearchParams(window.location.search);
      if (query) params.set("term", input.value.trim()); else params.delete("term");
      var search = params.toString();
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { apply(true); }, 250); // one announcement per pause in typing
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
    form.hidden = false;
    apply(false);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
