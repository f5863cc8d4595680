/* Practice Learning Hub: the training pages.
 * - Subscribe links: a calendar app subscribes through a webcal:// address, which must be absolute.
 *   Where the hub does not know its own address (no site_url in mkdocs.yml), the page links to the
 *   feed itself; this script turns those links into webcal:// links and shows each feed's full
 *   https address, ready to copy, with a "Copy the address" button beside it.
 * - "Jump to a month": the link opens that month (a <details>) as well as going to it.
 * Without it the links still download the feed, which calendar apps can open, the address can be
 * selected and copied by hand, and each month opens by its own title.
 */
(function () {
  "use strict";

  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      return;
    }
    var area = document.createElement("textarea"); // older browsers, and pages served over plain http
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "hub-visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
    document.body.removeChild(area);
    done(ok);
  }

  function start() {
    document.querySelectorAll("a[data-hub-webcal]").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      if (url.protocol === "http:" || url.protocol === "https:") link.href = "webcal://" + url.host + url.pathname;
    });
    document.querySelectorAll("[data-hub-feed-url]").forEach(function (code) {
      var url = new URL(code.getAttribute("data-hub-feed-url"), window.location.href);
      if (url.protocol === "http:" || url.protocol === "https:") code.textContent = url.href;
    });
    document.querySelectorAll(".hub-feeds li").forEach(function (item) {
      var code = item.querySelector("[data-hub-feed-url]");
      var copy = item.querySelector(".hub-feeds__copy");
      if (!code || !copy) return;
      var status = copy.querySelector(".hub-feeds__copied");
      copy.querySelector("[data-hub-copy]").addEventListener("click", function () {
        copyText(code.textContent.trim(), function (ok) {
          status.textContent = ok ? "Copied. Paste it into your calendar app." : "Could not copy: select the address and copy it yourself.";
        });
      });
      copy.hidden = false;
    });
    document.querySelectorAll("a[data-hub-open]").forEach(function (link) {
      link.addEventListener("click", function () {
        var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (target && target.tagName === "DETAILS") target.open = true;
      });
    });
    var wanted = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (wanted && wanted.tagName === "DETAILS") wanted.open = true;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
