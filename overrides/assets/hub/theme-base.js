/* Material for MkDocs' first script (partials/javascripts/base.html), run from a file so that
   pages need no inline script under a strict Content-Security-Policy. The page says where the
   site starts (data-md-scope, the theme's base_url); the rest is the theme's own code, except that a corrupt stored value reads as unset instead of
   stopping the theme's script. */
(function () {
  var scope = document.currentScript.getAttribute("data-md-scope");
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (value) {
    return [].slice.call(value).reduce(function (hash, char) { return (hash << 5) - hash + char.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try { return JSON.parse(storage.getItem(base.pathname + "." + key)); } catch (error) { return null; /* a corrupt value: as if unset */ }
  };
  window.__md_set = function (key, value, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try { storage.setItem(base.pathname + "." + key, JSON.stringify(value)); } catch (error) { /* storage full or off */ }
  };
})();
