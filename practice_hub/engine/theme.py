"""Fix-ups to the theme's finished HTML (Material for MkDocs), applied to every page.

Each one is a regular expression over the theme's own markup, so a new theme
version could make one silently match nothing: ``FIXES`` lists them, and a test
fails when the theme's markup no longer has what each fixes.

Material writes `autocomplete="off"` on its checkbox toggles (the drawer, the
search and each navigation section). The HTML standard allows `autocomplete`
only on text-like inputs, so the Nu HTML Checker reports every page. Removing
the attribute from checkboxes changes nothing a person sees or does.

The theme's script (bundle.*.min.js) is loaded with `defer`: it runs once the
page is read, as it would at the end of the page, but the browser need not wait
for it before showing the page.

It also writes `tabindex=""` on navigation labels, and a `for="__toc"` label
on pages that have no table of contents: both are HTML errors, removed here.

Abbreviations get tabindex="0" so a keyboard user can reach each one and see
its explanation (the theme's tooltip shows on focus as on hover).

The same fixes apply to the theme's own pages (404.html).
"""

from __future__ import annotations

import re

_CHECKBOX = re.compile(r'<input\b[^>]*\btype="checkbox"[^>]*>')
_ABBR = re.compile(r'<abbr title="')
_EMPTY_TABINDEX = re.compile(r' tabindex=""')
_TOC_LABEL = re.compile(r' for="__toc"')
_THEME_SCRIPT = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def _drop_autocomplete(match: re.Match) -> str:
    return match.group(0).replace(' autocomplete="off"', "")


def fix_theme_html(output: str) -> str:
    output = _CHECKBOX.sub(_drop_autocomplete, output)
    output = _EMPTY_TABINDEX.sub("", output)
    if 'id="__toc"' not in output:
        output = _TOC_LABEL.sub("", output)
    # The theme's script waits for the page to be read (it needs the whole page anyway), so the
    # browser shows the page first: it is no longer in the way of the first paint (Lighthouse).
    output = _THEME_SCRIPT.sub(r'<script src="\1" defer></script>', output)
    # Abbreviations take keyboard focus, so their explanation shows on focus as on hover.
    return _ABBR.sub('<abbr tabindex="0" title="', output)


#: Each fix-up's pattern: on a page the theme writes, each must find something to fix.
FIXES = {
    "checkbox autocomplete": re.compile(r'<input\b[^>]*\btype="checkbox"[^>]*\bautocomplete="off"'),
    "empty tabindex": _EMPTY_TABINDEX,
    "table of contents label": _TOC_LABEL,
    "theme script": _THEME_SCRIPT,
    "abbreviation": _ABBR,
}
