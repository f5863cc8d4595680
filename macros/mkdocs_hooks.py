"""MkDocs hooks (mkdocs.yml `hooks:`): fix-ups to the theme's finished HTML.

Material writes `autocomplete="off"` on its checkbox toggles (the drawer, the
search and each navigation section). The HTML standard allows `autocomplete`
only on text-like inputs, so the Nu HTML Checker reports every page. Removing
the attribute from checkboxes changes nothing a person sees or does.
"""
from __future__ import annotations

import re

_CHECKBOX = re.compile(r'<input\b[^>]*\btype="checkbox"[^>]*>')


def _drop_autocomplete(match: re.Match) -> str:
    return match.group(0).replace(' autocomplete="off"', "")


def on_post_page(output: str, page, config) -> str:
    return _CHECKBOX.sub(_drop_autocomplete, output)
