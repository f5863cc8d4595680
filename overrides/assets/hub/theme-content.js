/* Material for MkDocs' script after the content (partials/javascripts/content.html), from a file
   (strict CSP): a link to a tab of a tabbed block opens that tab. */
(function () {
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.indexOf("__tabbed_") === 0;
})();
