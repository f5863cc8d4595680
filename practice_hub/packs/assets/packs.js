/* Practice Learning Hub: workshop packs.
 * Start time: a hidden <form data-hub-pack-start="09:30" data-length="MINUTES"> with an
 * <input type="time">. Every <time class="hub-clock" data-offset="N"> shows the clock time
 * N minutes after the start, so changing the start moves every time on the page.
 * The chosen start is kept in the address (?start=10:00), so it survives a reload and
 * can be shared, and links marked data-hub-keep-start (facilitator pack, participant handouts,
 * handout pages) carry it on, so the handouts and their printing show the same times.
 * Print: buttons [data-hub-print] in a hidden .hub-pack__tools.
 * Without this script the forms and buttons stay hidden and the default times show.
 */
(function () {
  "use strict";

  var CLOCK = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

  function toMinutes(text) {
    var match = CLOCK.exec(text || "");
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  }

  function toClock(total) {
    total = ((total % 1440) + 1440) % 1440;
    var hours = Math.floor(total / 60), minutes = total % 60;
    return (hours < 10 ? "0" : "") + hours + ":" + (minutes < 10 ? "0" : "") + minutes;
  }

  function showTimes(start) {
    document.querySelectorAll("time.hub-clock[data-offset]").forEach(function (element) {
      var clock = toClock(start + Number(element.getAttribute("data-offset")));
      element.textContent = clock;
      element.setAttribute("datetime", clock);
    });
  }

  /* Links to the pack's other views carry the chosen start (or none, for the pack's own). */
  function carryStart(clock) {
    document.querySelectorAll("a[data-hub-keep-start]").forEach(function (link) {
      var href = link.getAttribute("href");
      var hash = href.indexOf("#") >= 0 ? href.slice(href.indexOf("#")) : "";
      var path = href.slice(0, href.length - hash.length).split("?")[0];
      link.setAttribute("href", path + (clock ? "?start=" + clock : "") + hash);
    });
  }

  function setUpStart(form) {
    var input = form.querySelector("input[type=time]");
    var status = form.querySelector("[role=status]");
    var standard = form.getAttribute("data-hub-pack-start");
    var length = Number(form.getAttribute("data-length")) || 0;
    var wanted = new URLSearchParams(window.location.search).get("start");
    if (toMinutes(wanted) !== null) input.value = wanted;

    function apply(announce) {
      var start = toMinutes(input.value);
      if (start === null) {
        if (announce) status.textContent = "Enter a start time in hours and minutes, for example 09:30.";
        return;
      }
      showTimes(start);
      if (announce) {
        var end = start + length;
        status.textContent = "Times updated: the session now runs from " + toClock(start) + " to " + toClock(end) +
          (end >= 1440 ? ", after midnight." : ".");
      }
      var query = new URLSearchParams(window.location.search);
      if (input.value === standard) query.delete("start"); else query.set("start", input.value);
      carryStart(input.value === standard ? null : input.value);
      var search = query.toString();
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    input.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
    form.hidden = false;
    apply(false);
  }

  function start() {
    var wanted = new URLSearchParams(window.location.search).get("start");
    if (toMinutes(wanted) !== null) carryStart(wanted); // a handout page has no start form, but passes the time on
    document.querySelectorAll("form[data-hub-pack-start]").forEach(setUpStart);
    document.querySelectorAll(".hub-pack .hub-js-only").forEach(function (element) { element.hidden = false; });
    document.querySelectorAll(".hub-pack__tools").forEach(function (tools) {
      var button = tools.querySelector("[data-hub-print]");
      if (!button || typeof window.print !== "function") return;
      button.addEventListener("click", function () { window.print(); });
      tools.hidden = false;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
