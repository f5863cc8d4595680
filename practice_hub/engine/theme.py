"""MkDocs hooks (mkdocs.yml `hooks:`): pages the hub writes itself, and
fix-ups to the theme's finished HTML.

Pages: every quiz gets a page of its own (quizzes/<id>/), made from the
checked model that the macros module loaded at the start of the build.


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

The same fixes apply to the theme's own pages (404.html) through
on_post_template.
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


def on_files(files, config):
    from mkdocs.structure.files import File

    from macros import site

    if site.CURRENT is None:
        return files
    for src_uri, markdown in site.CURRENT.generated_pages().items():
        if files.get_file_from_path(src_uri) is None:
            files.append(File.generated(config, src_uri, content=markdown))
    resources = str(site.CURRENT.hub.root / "resources")
    for path in site.CURRENT.download_files():
        files.append(File(path, src_dir=resources, dest_dir=config["site_dir"], use_directory_urls=config["use_directory_urls"]))
    return files


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


def on_page_content(html: str, page, config, files) -> str:
    """Put the macros' HTML back into the page, now that Markdown is done (macros/fragments.py),
    and tell MkDocs' anchor check about the ids in it."""
    from macros import site

    if site.FRAGMENTS is None:
        return html
    html, anchors = site.FRAGMENTS.restore(html)
    if anchors and page.present_anchor_ids is not None:
        page.present_anchor_ids |= anchors
    return html


def on_post_page(output: str, page, config) -> str:
    """Put in the macros' HTML that the search index leaves out (macros/fragments.py); fix the theme's HTML."""
    from macros import site

    if site.FRAGMENTS is not None:
        output = site.FRAGMENTS.restore_late(output)
    return fix_theme_html(output)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return fix_theme_html(output_content) if template_name.endswith(".html") else output_content
