/* Practice Learning Hub: calendar subscribe links.
 * A calendar app subscribes through a webcal:// address, which must be absolute.
 * Where the hub does not know its own address (no site_url in mkdocs.yml), the
 * page links to the feed itself; this script turns those links into webcal://
 * links and shows each feed's full https address, ready to copy.
 * Without it the links still download the feed, which calendar apps can open.
 */
(function () {
  "use strict";

  function start() {
    document.querySelectorAll("a[data-hub-webcal]").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      if (url.protocol === "http:" || url.protocol === "https:") link.href = "webcal://" + url.host + url.pathname;
    });
    document.querySelectorAll("[data-hub-feed-url]").forEach(function (code) {
      var url = new URL(code.getAttribute("data-hub-feed-url"), window.location.href);
      if (url.protocol === "http:" || url.protocol === "https:") code.textContent = url.href;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
