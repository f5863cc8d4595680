"""The resource library's Word templates, opened with python-docx as Word would open them.

Every .docx that resources/library.yml lists must have the structure Word and screen readers use (heading styles,
real lists, repeating header rows, en-GB, a title), and the files tools/make_library_files.py makes must be exactly
what it makes today: regenerated here and compared byte for byte, so nobody edits them by hand in Word.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import itertools
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

TOOL = ROOT / "tools" / "make_library_files.py"
DOWNLOADS = ROOT / "resources" / "downloads"
LISTED = sorted(item["file"] for item in yaml.safe_load((ROOT / "resources" / "library.yml").read_text(encoding="utf-8"))["items"])
WORD_FILES = [f for f in LISTED if f.endswith(".docx")]
FAKE_BULLET = re.compile(r"\s*[•☐◦▪‣·*–-]\s")  # a bullet typed as a character, not a list


def load_tool():
    spec = importlib.util.spec_from_file_location("make_library_files", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = load_tool()


@functools.cache
def open_docx(rel: str):
    """A listed file, opened once for all the tests here (they only read it)."""
    return Document(str(ROOT / "resources" / rel))


def paragraphs(doc) -> list[tuple[Paragraph, bool]]:
    """Every paragraph of the body, in order, tables included: (paragraph, whether it is in a table)."""
    return [(Paragraph(p, doc._body), bool(p.xpath("ancestor::w:tc"))) for p in doc.element.body.iter(qn("w:p"))]


def attr(element, name: str) -> str | None:
    return element.get(qn(name))


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_library_lists_word_files():
    assert len(WORD_FILES) >= 8, WORD_FILES
    assert {f"downloads/{name}.docx" for name in GENERATOR.DOCS} <= set(LISTED), "every file the tool makes is listed in resources/library.yml"


@pytest.mark.parametrize("rel", WORD_FILES)
def test_headings_use_heading_styles(rel):
    doc = open_docx(rel)
    paras = paragraphs(doc)
    assert paras, f"{rel}: no paragraphs"
    styles = [p.style.name for p, _ in paras]
    assert styles[0] == "Title" and styles.count("Title") == 1, f"{rel}: one Title, first: {styles[:3]}"
    assert paras[0][0].text.strip(), f"{rel}: the title is empty"
    levels = [int(name.rsplit(" ", 1)[1]) for name in styles if re.fullmatch(r"Heading [1-9]", name)]
    assert levels and levels[0] == 1, f"{rel}: the first heading after the title is Heading 1, not {levels[:1]}"
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"{rel}: a heading level is skipped ({before} then {after})"
    for p, in_table in paras:
        if p.style.name.startswith("Heading"):
            assert doc.styles[p.style.name].element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") is not None, f"{rel}: {p.style.name} has no outline level"
        # A heading made by hand: a whole paragraph in bold outside a table and the heading styles.
        runs = [r for r in p.runs if r.text.strip()]
        if not in_table and runs and not p.style.name.startswith(("Heading", "Title")):
            assert not all(r.style.name == "Strong" for r in runs), f"{rel}: {p.text!r} looks like a heading but has no heading style"
    # Formatting comes from styles: runs carry at most a character style, never their own bold, size or colour.
    for run in doc.element.body.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        direct = [child.tag.split("}")[1] for child in (rpr if rpr is not None else []) if child.tag != qn("w:rStyle")]
        assert not direct, f"{rel}: a run with direct formatting {direct}: {''.join(run.itertext())!r}"


@pytest.mark.parametrize("rel", WORD_FILES)
def test_every_bullet_is_a_real_list_paragraph(rel):
    doc = open_docx(rel)
    numbering = next((r.target_part.element for r in doc.part.rels.values() if r.reltype == RT.NUMBERING), None)
    for p, _ in paragraphs(doc):
        assert not FAKE_BULLET.match(p.text), f"{rel}: {p.text!r} fakes a bullet with a character (use the List Bullet style)"
        num_pr = p._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        style = doc.styles[p.style.name]
        while num_pr is None and style is not None:
            num_pr = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            style = style.base_style
        if p.style.name.startswith("List"):
            assert num_pr is not None, f"{rel}: {p.text!r} is in {p.style.name} but not numbered"
        if num_pr is None:
            continue
        assert numbering is not None, f"{rel}: {p.text!r} is numbered, but the document has no numbering definitions"
        num_id = attr(num_pr.find(qn("w:numId")), "w:val")
        num = numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id}']")
        assert num is not None, f"{rel}: {p.text!r} uses numbering {num_id}, which is not defined"
        abstract_id = attr(num.find(qn("w:abstractNumId")), "w:val")
        level = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']/{qn('w:lvl')}[@{qn('w:ilvl')}='0']")
        assert level is not None, f"{rel}: numbering {num_id} has no level 0"
        assert attr(level.find(qn("w:numFmt")), "w:val") == "bullet" and attr(level.find(qn("w:lvlText")), "w:val"), f"{rel}: {p.text!r}"


def test_the_library_has_bulleted_and_tick_box_lists():
    """The list check above finds lists where the tool writes them (so it cannot pass by finding none)."""
    found = dict.fromkeys(("List Bullet", "List Tick Box"), 0)
    for rel in WORD_FILES:
        for p, _ in paragraphs(open_docx(rel)):
            if p.style.name in found:
                found[p.style.name] += 1
    assert found["List Bullet"] >= 30 and found["List Tick Box"] >= 10, found


@pytest.mark.parametrize("rel", WORD_FILES)
def test_every_header_row_repeats_and_table_text_is_styled(rel):
    doc = open_docx(rel)
    tables = list(doc.element.body.iter(qn("w:tbl")))
    assert tables, f"{rel}: no tables"
    for t, table in enumerate(tables, 1):
        rows = table.findall(qn("w:tr"))
        marked = [row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for row in rows]
        first = rows[0]
        cells = first.findall(qn("w:tc"))
        shaded = all(c.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None for c in cells)
        heading_styled = all(Paragraph(p, doc._body).style.name == "Table Heading" for p in first.iter(qn("w:p")))
        if shaded or heading_styled:
            assert marked[0], f"{rel}: table {t} has a header row that is not marked to repeat (tblHeader)"
            assert heading_styled, f"{rel}: table {t}'s header row is not in the Table Heading style"
        assert marked == sorted(marked, reverse=True), f"{rel}: table {t} marks a row below the body as a header"
        for row, is_head in zip(rows, marked):
            for p in row.iter(qn("w:p")):
                style = Paragraph(p, doc._body).style.name
                assert style != "Normal", f"{rel}: table {t} has text without a style: {''.join(p.itertext())!r}"
                assert (style == "Table Heading") == is_head, f"{rel}: table {t}: {style} in a {'header' if is_head else 'body'} row"


def test_the_library_marks_header_rows_on_every_table_that_has_one():
    """The accessibility review found header rows marked on 3 of 8 and 2 of 4 tables: now every one."""
    with_header = marked = 0
    for rel in WORD_FILES:
        for table in open_docx(rel).element.body.iter(qn("w:tbl")):
            first = table.find(qn("w:tr"))
            cells = first.findall(qn("w:tc"))
            if all(c.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None for c in cells):  # a shaded first row
                with_header += 1
                marked += first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert with_header >= 15 and marked == with_header, f"header rows marked to repeat on {marked} of {with_header} tables that have one"


@pytest.mark.parametrize("rel", WORD_FILES)
def test_language_title_page_and_contrast(rel):
    doc = open_docx(rel)
    props = doc.core_properties
    assert props.title.strip(), f"{rel}: no title in the document properties"
    assert props.language == "en-GB", f"{rel}: document language {props.language!r}"
    assert props.author and props.author == props.last_modified_by, f"{rel}: author {props.author!r}, last saved by {props.last_modified_by!r}"
    assert props.created and props.modified, f"{rel}: no dates"
    styles = doc.styles.element
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert default is not None and attr(default, "w:val") == "en-GB", f"{rel}: the default text language is not en-GB"
    parts = [styles, doc.element, *(s.footer._element for s in doc.sections)]
    for part in parts:
        for lang in part.iter(qn("w:lang")):
            assert attr(lang, "w:val") == "en-GB", f"{rel}: text in {attr(lang, 'w:val')}"
    for section in doc.sections:
        size = sorted((section.page_width.twips, section.page_height.twips))
        assert [round(s / 56.7) for s in size] == [210, 297], f"{rel}: not A4 ({size} twips)"
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert [round(m.cm, 1) for m in margins] == [2.0] * 4, f"{rel}: margins {[m.cm for m in margins]} cm"
        assert section.footer.paragraphs[0].text.strip(), f"{rel}: no footer line"
    # Text keeps 4.5:1 against white and every fill it may sit on; lines and borders keep 3:1 (WCAG 1.4.3, 1.4.11).
    fills = {"FFFFFF"} | {attr(s, "w:fill") for part in parts for s in part.iter(qn("w:shd")) if attr(s, "w:fill") not in (None, "auto")}
    for part in parts:
        for colour in part.iter(qn("w:color")):  # text colours
            value = attr(colour, "w:val")
            for fill in fills if value != "auto" else ():
                assert contrast(value, fill) >= 4.5, f"{rel}: text in #{value} on #{fill} is {contrast(value, fill):.2f}:1"
        for edge in part.iter(*(qn(f"w:{e}") for e in ("top", "left", "bottom", "right", "insideH", "insideV"))):
            value = attr(edge, "w:color")
            if value and value != "auto" and attr(edge, "w:val") not in ("nil", "none"):
                assert contrast(value, "FFFFFF") >= 3.0, f"{rel}: a border of #{value}"


def test_the_committed_files_are_exactly_what_the_tool_makes(tmp_path):
    result = subprocess.run([sys.executable, str(TOOL), "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(f"{name}.docx" for name in GENERATOR.DOCS)
    for name in made:
        committed, fresh = DOWNLOADS / name, tmp_path / name
        assert committed.exists(), f"resources/downloads/{name} is missing: run {TOOL.relative_to(ROOT)} and commit what it writes"
        assert same_docx(committed, fresh), (
            f"resources/downloads/{name} is not what {TOOL.relative_to(ROOT)} makes. Change the words in the tool, "
            "not in Word, then run `.venv/bin/python tools/make_library_files.py` and commit the files it writes."
        )


def same_docx(a: Path, b: Path) -> bool:
    """Byte-identical; or, where this machine's zlib compresses differently from the one that made the committed
    files, the same entries in the same order with the same dates, permissions and uncompressed bytes."""
    if a.read_bytes() == b.read_bytes():
        return True

    def entries(path: Path):
        with zipfile.ZipFile(path) as archive:
            return [(i.filename, i.date_time, i.external_attr, i.compress_type, archive.read(i)) for i in archive.infolist()]

    return entries(a) == entries(b)


def test_the_tool_writes_the_same_bytes_every_time():
    doc = next(iter(GENERATOR.DOCS.values()))
    made = GENERATOR.build(doc)
    assert made == GENERATOR.build(doc)
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in names and "docProps/app.xml" not in names
