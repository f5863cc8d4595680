#!/usr/bin/env python3
"""Write the resource library's blank Word templates into resources/downloads/.

Made with python-docx (in the `dev` and `test` extras), so Word and screen readers see real structure: the Title,
Heading 1 and Heading 2 styles, bulleted and tick-box lists with their own numbering definitions, tables whose header
row repeats on every page, table text in named styles, en-GB as the language, A4 with 2 cm margins.

Output is byte-identical from run to run (fixed dates, one deterministic zip), so a committed file changes only when
its words do; tests/test_library_files.py checks the committed files against this script's output.

Run: .venv/bin/python tools/make_library_files.py [--out FOLDER]

Each document is a list of blocks (DOCS, below):
    (title|h1|h2, text)  (p, line, ...)  (howto, line, ...)  (fields, [label, ...])  (box, height_cm, line, ...)
    (table, [(header, width_weight), ...], rows or a number of blank rows, row height_cm or [heights, cycled])
    (scale,) a 0 to 10 line   (break,) the next title, heading or paragraph starts a new page
Text, one paragraph per line: **bold**  ~small grey prompt  "• " bullet  "☐ " tick box  ^centred (in tables)
___ a line to write on. In table rows, a cell of None joins the cell above it.
"""

from __future__ import annotations

import argparse
import datetime
import io
import zipfile
from pathlib import Path
from typing import NamedTuple

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Twips
from docx.table import _Cell

from practice_hub.core.outputs import deterministic_zip

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"  # Word 2010's copy of the styles
OUT = Path(__file__).resolve().parent.parent / "resources" / "downloads"
FOOTER = "From the Practice Learning Hub. Adapt freely for your work with families."
AUTHOR = "Practice Learning Hub"  # the team's name, never a person's
DATE = datetime.datetime(2026, 11, 1)  # created and modified: fixed, so the bytes do not depend on the clock
LANGUAGE = "en-GB"
FONT = "Arial"
CM, A4, MARGIN = 567, (11906, 16838), 1134  # twips per cm; A4 and 2 cm margins in twips
CHAR = 105  # about how wide a character of 11 pt Arial is, in twips: enough to share a line between labels
# Text colours and fills: grey and accent text keep at least 4.5:1 contrast on white and on the shade (the tests check).
GREY, SHADE, ACCENT, RULE, BLACK = "595959", "EDEDED", "1D5C8F", "666666", "000000"
CELL_MARGINS = {"top": 70, "left": 108, "bottom": 70, "right": 108}


class Look(NamedTuple):
    """How a paragraph style looks: sizes in points, spacing in twips (None: as the base style)."""

    base: str = "Normal"
    size: float | None = None
    bold: bool = False
    colour: str | None = None
    before: int | None = None
    after: int | None = None
    keep_next: bool = False
    centred: bool = False


PROMPT = {"size": 9, "colour": GREY}
HEADING = {"bold": True, "keep_next": True}
STYLES = {
    "Title": Look(size=20, colour=ACCENT, before=0, after=160, **HEADING),
    "Heading 1": Look(size=15, colour=ACCENT, before=240, after=100, **HEADING),
    "Heading 2": Look(size=12, colour=BLACK, before=180, after=80, **HEADING),
    "How To": Look(before=120, after=280),  # plus a border and shading (HOW_TO_BOX)
    "Prompt": Look(after=60, keep_next=True, **PROMPT),  # keeps with the box, table or line it introduces
    "Write-in": Look(before=220, after=60),
    "List Bullet": Look(after=60),
    "List Tick Box": Look(after=60),
    "Table Text": Look(before=0, after=60),
    "Table Heading": Look("Table Text", bold=True, keep_next=True),
    "Table Prompt": Look("Table Text", **PROMPT),
    "Table Centred": Look("Table Text", after=0, centred=True),
    "Footer": Look(after=0, centred=True, **PROMPT),
}
# What python-docx has no property for, as WordprocessingML: the how-to box's border and shading, the table style.
HOW_TO_BOX = (
    "".join(f'<w:{e} w:val="single" w:sz="6" w:space="5" w:color="{RULE}"/>' for e in ("top", "left", "bottom", "right")).join(("<w:pBdr>", "</w:pBdr>"))
    + f'<w:shd w:val="clear" w:color="auto" w:fill="{SHADE}"/>'
)
TABLE_EDGES = "".join(f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="{RULE}"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
TABLE_STYLE = "Hub Table"
# The tick-box list: its own numbering definition, a box for the bullet.
TICK_BOX = "\u2610"
TICK_BOX_NUMBERING = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{{abstract}}"><w:nsid w:val="5048ACB0"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="5048ACB0"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListTickBox"/>'
    f'<w:lvlText w:val="{TICK_BOX}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="397" w:hanging="397"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol" w:hint="default"/>'
    '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:lvl></w:abstractNum>'
)
# Always kept, whether used or not: Word's defaults.
DEFAULT_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}


class Doc(NamedTuple):
    title: str
    subject: str
    landscape: bool
    blocks: list


# ---- Styles, numbering and the package ------------------------------------------------------------------------------
def xml(tag: str, inner: str = "", **attrs: str):
    """A WordprocessingML element, for the few properties python-docx has no API for."""
    attributes = "".join(f' w:{k}="{v}"' for k, v in attrs.items())
    return parse_xml(f"<w:{tag} {nsdecls('w')}{attributes}>{inner}</w:{tag}>")


def set_up_styles(doc: DocxDocument, numbering_id: int) -> None:
    styles = doc.styles
    # The defaults every style builds on: Arial 11 pt in British English (the template has its theme's fonts and en-US).
    defaults = styles.element.find(qn("w:docDefaults"))
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    run = f'{fonts}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA"/>'
    for holder, tag, inner in (("w:rPrDefault", "rPr", run), ("w:pPrDefault", "pPr", '<w:spacing w:after="120" w:line="259" w:lineRule="auto"/>')):
        holder = defaults.find(qn(holder))
        holder.remove(holder[0])
        holder.append(xml(tag, inner))
    for name, look in STYLES.items():
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        element = style.element
        # Start from nothing but the template's outline level (headings) and list numbering (List Bullet): no theme
        # fonts or colours, no title rule, no linked character styles.
        for child in element.findall(qn("w:rPr")) + element.findall(qn("w:link")) + element.findall(qn("w:rsid")):
            element.remove(child)
        ppr = element.get_or_add_pPr()
        for child in list(ppr):
            if child.tag not in (qn("w:outlineLvl"), qn("w:numPr")):
                ppr.remove(child)
        if name == "List Tick Box":
            ppr.insert(0, xml("numPr", f'<w:numId w:val="{numbering_id}"/>'))
        if name == "How To":
            ppr.extend(list(xml("pPr", HOW_TO_BOX)))
        style.base_style = styles[look.base]
        style.next_paragraph_style = styles["Normal"] if name in ("Title", "Heading 1", "Heading 2", "How To") else style
        font, fmt = style.font, style.paragraph_format
        font.size = Pt(look.size) if look.size else None
        font.bold = True if look.bold else None
        font.color.rgb = RGBColor.from_string(look.colour) if look.colour else None
        fmt.space_before = None if look.before is None else Twips(look.before)
        fmt.space_after = None if look.after is None else Twips(look.after)
        fmt.keep_with_next = fmt.keep_together = True if look.keep_next else None
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if look.centred else None
        if name == "How To":  # inside the border, level with the tables' edges
            fmt.left_indent = fmt.right_indent = Twips(120)
        style.quick_style, style.hidden, style.unhide_when_used = True, False, False
        for empty in [child for child in element if child.tag in (qn("w:pPr"), qn("w:rPr")) and not len(child)]:
            element.remove(empty)
    table = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    table.base_style = styles["Normal Table"]
    table.paragraph_format.space_after = 0
    margins = "".join(f'<w:{e} w:w="{v}" w:type="dxa"/>' for e, v in CELL_MARGINS.items())
    table.element.append(xml("tblPr", f"<w:tblBorders>{TABLE_EDGES}</w:tblBorders><w:tblCellMar>{margins}</w:tblCellMar>"))
    table.quick_style = True


def set_up_numbering(doc: DocxDocument) -> int:
    """Keep the List Bullet definition (numId 1), drop the template's others, add the tick box's. Returns its numId."""
    numbering = doc.part.numbering_part.element
    bullet = numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='1']")
    bullet_abstract = bullet.find(qn("w:abstractNumId")).get(qn("w:val"))
    for child in list(numbering):
        keep = child is bullet if child.tag == qn("w:num") else child.get(qn("w:abstractNumId")) == bullet_abstract
        if not keep:
            numbering.remove(child)
    abstract = int(bullet_abstract) + 1
    bullet.addprevious(parse_xml(TICK_BOX_NUMBERING.format(abstract=abstract)))
    numbering.append(xml("num", f'<w:abstractNumId w:val="{abstract}"/>', numId="2"))
    return 2


def prune_styles(doc: DocxDocument) -> None:
    """Drop the template's styles that no paragraph, run or table uses, so the style list shows what the document uses."""
    root = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
    used = set(DEFAULT_STYLES)
    for part in (doc.part, *(rel.target_part for rel in doc.part.rels.values() if rel.reltype in (RT.FOOTER, RT.NUMBERING))):
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            used |= {e.get(qn("w:val")) for e in part.element.iter(qn(tag))}
    todo = list(used)
    while todo:
        style = by_id.get(todo.pop())
        for tag in ("w:basedOn", "w:next"):
            link = style.find(qn(tag)) if style is not None else None
            if link is not None and link.get(qn("w:val")) not in used:
                used.add(link.get(qn("w:val")))
                todo.append(link.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in used:
            root.remove(style)


def prune_package(doc: DocxDocument) -> None:
    """Drop the parts of python-docx's template that would describe something else: its thumbnail, its application
    properties (Word writes its own on save), Word 2010's duplicate styles, web settings and a bibliography item."""
    package = doc.part.package
    for rels, types in (
        (package.rels, (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES)),
        (doc.part.rels, (STYLES_WITH_EFFECTS, RT.WEB_SETTINGS, RT.CUSTOM_XML)),
    ):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in types]:
            del rels[rid]
    settings = doc.settings.element
    for tag in ("w:savePreviewPicture", "w:rsids", "w:attachedTemplate"):
        for child in settings.findall(qn(tag)):
            settings.remove(child)
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), LANGUAGE)
    mode = settings.find(f"{qn('w:compat')}/{qn('w:compatSetting')}[@{qn('w:name')}='compatibilityMode']")
    mode.set(qn("w:val"), "15")


def set_core_properties(doc: DocxDocument, title: str, subject: str) -> None:
    props = doc.core_properties
    props.title, props.subject, props.language = title, subject, LANGUAGE
    props.author = props.last_modified_by = AUTHOR
    props.keywords, props.category, props.comments = "Signs of Safety", "Practice Learning Hub resource library", FOOTER
    props.created = props.modified = DATE
    props.revision = 1


# ---- Blocks ---------------------------------------------------------------------------------------------------------
def add_runs(paragraph, text: str) -> None:
    """Text with **bold** parts, the bold in the Strong character style."""
    for i, part in enumerate(text.split("**")):
        if part:
            paragraph.add_run(part, style="Strong" if i % 2 else None)


class Writer:
    """Adds blocks to one document, in its body or in a table cell."""

    def __init__(self, doc: DocxDocument, width: int) -> None:
        self.doc, self.width, self.page_break = doc, width, False

    def paragraph(self, container, text: str = "", style: str | None = None):
        if isinstance(container, _Cell) and not container.paragraphs[0].runs and container.paragraphs[0].style.name == "Normal":
            paragraph = container.paragraphs[0]  # a new cell's own empty paragraph
            paragraph.style = style
        else:
            paragraph = container.add_paragraph(style=style)
        add_runs(paragraph, text)
        if self.page_break:
            paragraph.paragraph_format.page_break_before = True
            self.page_break = False
        return paragraph

    def fields(self, container, labels: list[str], width: int) -> None:
        """Labels on one line, each followed by a line to write on (as a tab's underscore leader). The lines share
        what the labels leave of the width equally; the last one reaches the right edge."""
        paragraph = self.paragraph(container, style="Write-in")
        texts = ["  " * (k > 0) + (f"{label} " if label else "") for k, label in enumerate(labels)]
        line = (width - sum(len(t) for t in texts) * CHAR) // len(texts)
        position, last = 0, len(texts) - 1
        for k, text in enumerate(texts):
            # A left tab where the next label starts; a right tab at the right edge for the last line.
            position = width if k == last else position + len(text) * CHAR + line
            alignment = WD_TAB_ALIGNMENT.RIGHT if k == last else WD_TAB_ALIGNMENT.LEFT
            paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(position), alignment, WD_TAB_LEADER.LINES)
            add_runs(paragraph, text)
            paragraph.add_run().add_tab()

    def lines(self, container, texts: list[str], width: int) -> None:
        in_table = isinstance(container, _Cell)
        for text in texts or [""]:
            if text == "___":
                self.fields(container, [""], width)
            elif text.startswith("~"):
                self.paragraph(container, text[1:], "Table Prompt" if in_table else "Prompt")
            elif text.startswith("• "):
                self.paragraph(container, text[2:], "List Bullet")
            elif text.startswith(TICK_BOX + " "):
                self.paragraph(container, text[2:], "List Tick Box")
            elif text.startswith("^"):
                self.paragraph(container, text[1:], "Table Centred")
            else:
                self.paragraph(container, text, "Table Text" if in_table else None)

    def table(self, cols: list, rows, heights, header: bool | None = None) -> None:
        if self.page_break:
            raise ValueError("a page break goes before a title, a heading or a paragraph, not a table")
        weights = [w for _, w in cols]
        widths = [round(self.width * w / sum(weights)) for w in weights[:-1]]
        widths.append(self.width - sum(widths))
        rows = [[""] * len(cols) for _ in range(rows)] if isinstance(rows, int) else rows
        heights = heights if isinstance(heights, list) else [heights]
        header = any(h for h, _ in cols) if header is None else header
        table = self.doc.add_table(rows=len(rows) + header, cols=len(cols))
        table.style = TABLE_STYLE
        table.autofit = False  # a fixed layout: the columns keep their widths whatever is written in them
        tbl_pr = table._tbl.tblPr
        tbl_pr.find(qn("w:tblW")).attrib.update({qn("w:w"): str(sum(widths)), qn("w:type"): "dxa"})
        tbl_pr.find(qn("w:tblLook")).attrib.update({qn("w:firstRow"): "1" if header else "0", qn("w:firstColumn"): "0"})
        for column, width in zip(table.columns, widths):
            column.width = Twips(width)
        for r, row in enumerate(table.rows):
            is_head = header and r == 0
            height = 0 if is_head else heights[(r - header) % len(heights)]
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(xml("cantSplit"))  # a row never breaks across pages
            if height:
                tr_pr.append(xml("trHeight", val=str(round(height * CM)), hRule=WD_ROW_HEIGHT_RULE.AT_LEAST.xml_value))
            if is_head:
                tr_pr.append(xml("tblHeader"))  # repeats at the top of every page; read as headers
            texts = [h for h, _ in cols] if is_head else rows[r - header]
            for c, (cell, text) in enumerate(zip(row.cells, texts)):
                cell.width = Twips(widths[c])
                if is_head:
                    cell._tc.get_or_add_tcPr().append(xml("shd", val="clear", color="auto", fill=SHADE))
                    self.paragraph(cell, text, "Table Heading")
                elif text is not None:
                    self.lines(cell, text.split("\n"), widths[c] - CELL_MARGINS["left"] - CELL_MARGINS["right"])
        for r, texts in enumerate(rows, start=header):
            for c, text in enumerate(texts):
                if text is None:
                    table.cell(r, c).paragraphs[0].style = "Table Text"
                    table.cell(r - 1, c).merge(table.cell(r, c))
        # A small gap after every table: Word joins two tables with nothing between them, and a document ends with a paragraph.
        gap = self.doc.add_paragraph().paragraph_format
        gap.space_before = gap.space_after = 0
        gap.line_spacing, gap.line_spacing_rule = Twips(160), WD_LINE_SPACING.EXACTLY

    def block(self, kind: str, *a) -> None:
        if kind in ("title", "h1", "h2"):
            self.paragraph(self.doc, a[0], {"title": "Title", "h1": "Heading 1", "h2": "Heading 2"}[kind])
        elif kind == "p":
            self.lines(self.doc, list(a), self.width)
        elif kind == "fields":
            self.fields(self.doc, a[0], self.width)
        elif kind == "howto":
            self.paragraph(self.doc, "**How to use this:** " + " ".join(a), "How To")
        elif kind == "box":
            self.table([("", 1)], [["\n".join(a[1:])]], a[0])
        elif kind == "scale":
            self.table([("", 1)] * 11, [[f"^**{n}**" for n in range(11)]], 0.8)
        elif kind == "table":
            self.table(*a)
        elif kind == "break":
            self.page_break = True
        else:
            raise ValueError(f"unknown block {kind!r}")


def build(doc_spec: Doc) -> bytes:
    """One document's .docx bytes."""
    doc = Document()
    section = doc.sections[0]
    width, height = (A4[1], A4[0]) if doc_spec.landscape else A4
    section.orientation = WD_ORIENT.LANDSCAPE if doc_spec.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(width), Twips(height)
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Twips(MARGIN)
    section.header_distance = section.footer_distance = Twips(567)
    section.gutter = 0
    numbering_id = set_up_numbering(doc)
    set_up_styles(doc, numbering_id)
    writer = Writer(doc, width - 2 * MARGIN)
    for block in doc_spec.blocks:
        writer.block(*block)
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.text = FOOTER
    prune_styles(doc)
    prune_package(doc)
    set_core_properties(doc, doc_spec.title, doc_spec.subject)
    saved = io.BytesIO()
    doc.save(saved)
    with zipfile.ZipFile(saved) as archive:
        return deterministic_zip({name: archive.read(name) for name in archive.namelist()})


# ---- The documents: the council's own blank templates ---------------------------------------------------------------
SCALE_Q = (
    "On a scale of 0 to 10, where 10 means everyone knows the child is safe enough for us to close the case and 0 means "
    "things are so bad the child cannot live at home, where do you rate this situation?"
)
WHO = [("Who (role or relationship to the child)", 4), ("Number", 2), ("Why this number?", 5.5), ("What would make it one point higher?", 5.5)]


def cell(label: str, prompt: str = "") -> str:
    return (f"**{label}**" if label else "") + (f"\n~{prompt}" if prompt else "")


def box(height: float, label: str, prompt: str = "") -> tuple:
    return ("box", height, cell(label, prompt).lstrip("\n"))


DOCS = {
    "three-columns-map": Doc(
        "Three columns map",
        "Mapping a child's situation: what are we worried about, what's working well, what needs to happen, and scaling",
        True,
        [
            ("title", "Three columns map"),
            (
                "howto",
                "Map the situation with the family, their network and the professionals, in plain words that describe what "
                "people did. Keep harm, danger and complicating factors apart, and strengths apart from safety shown over time. "
                "Read the map back aloud and give the family a copy.",
            ),
            ("fields", ["Child or family reference", "Date", "Who is taking part (roles)"]),
            (
                "table",
                [("What are we worried about?", 1), ("What's working well?", 1), ("What needs to happen?", 1)],
                [
                    [
                        cell("Harm", "What has already happened to the child? When, how often, how bad?"),
                        cell("Existing strengths", "Good things about the child, the family and their network."),
                        cell("Safety goals", "What the adults will be doing to keep the child safe, who will see it, and for how long."),
                    ],
                    [
                        cell("Danger statements", "Who is worried, and what could happen to the child if nothing changes?"),
                        cell("Existing safety", "Times the danger was present and someone kept the child safe. Who saw it? How often?"),
                        cell("Next steps", "The first actions towards the safety goals: who will do what, by when."),
                    ],
                    [cell("Complicating factors", "What makes the problem harder to solve, but is not harm in itself?"), None, None],
                ],
                3.3,
            ),
            ("break",),
            ("h1", "Scaling: how safe is the child?"),
            (
                "p",
                SCALE_Q,
                "~Read the danger statement first. Say what 10 means, then 0. In early help, change the words to fit: for "
                "example, 10 means the worries are sorted enough for the family to manage without our support.",
            ),
            ("scale",),
            ("table", WHO, 7, 1.2),
            ("p", "~Record each person's number and reason, not an average. Far-apart numbers often mean information has not been shared."),
        ],
    ),
    "danger-statement-worksheet": Doc(
        "Danger statement and safety goal worksheet",
        "Drafting one danger statement with a family, and its matching safety goal",
        False,
        [
            ("title", "Danger statement and safety goal worksheet"),
            (
                "howto",
                "Draft one danger statement and its matching safety goal, with the family wherever you can (in early help: a "
                "worry statement and a wellbeing goal). Start from the harm. Use one sheet for each separate danger.",
            ),
            ("fields", ["Child or family reference", "Date"]),
            ("h1", "Part 1: the danger statement"),
            box(2.6, "What has already happened to the child (the harm)?", "When, how often and how bad was it?"),
            box(1.6, "Who is worried?", "For example the social worker, the school, the police, a grandparent."),
            box(2.6, "What did the adults do, or not do?", 'Behaviour someone could see or hear, not labels such as "neglect".'),
            box(2.4, "What was the impact on the child?", "What did the child see, hear or feel? What did they do?"),
            box(2.4, "What could happen to the child if nothing changes?", "Physically and emotionally, in the future."),
            box(1.8, "Does the family see it differently?", 'Their view in their own words, for example "Dad says…".'),
            ("break",),
            ("h2", "Draft the danger statement"),
            box(
                5,
                "First draft",
                "Who is worried, what the adults did, the impact on the child, and what could happen if nothing "
                "changes. Use the family's own words where you can.",
            ),
            box(4.2, "Agreed wording", "After reading it aloud with the family."),
            ("h2", "Check it before you share it"),
            (
                "p",
                "☐ Plain language: the family would understand every word.",
                "☐ Behaviour, not labels: it says what people did, not what they are.",
                "☐ About the future: it says what could happen to the child if nothing changes.",
                "☐ The child is in it: it shows the impact on the child.",
                "☐ The family have heard it, and their view is written in if they disagree.",
            ),
            ("break",),
            ("h1", "Part 2: the matching safety goal"),
            (
                "p",
                "Say what the adults will be doing instead, where the danger is most likely: what people will do, not what they "
                'will not do, and what will be happening at home, not services such as "attend a course".',
            ),
            box(1.6, "What does the family want for their child?", "Their own goal, in their words."),
            box(2.6, "What will the adults be doing instead?", "Name the people. What will others see them doing?"),
            box(1.4, "For how long does this need to be seen?", "Safety is protection shown over time, not a promise."),
            box(1.6, "Who will see it, and how will they know?", "Usually the safety network: family and friends who know the worries."),
            box(3.2, "The safety goal"),
            ("h2", "Scaling"),
            (
                "p",
                "On a scale of 0 to 10, where 10 means everyone is confident this safety goal is being met and 0 means things are "
                "so bad the child cannot live at home, where are things today?",
            ),
            ("scale",),
            ("table", WHO, 4, 1.0),
        ],
    ),
    "scaling-prompt-card": Doc(
        "Scaling questions prompt card",
        "Scaling questions about safety, willingness, capacity and confidence, to keep to hand",
        False,
        [
            ("title", "Scaling questions: prompt card"),
            (
                "howto",
                "Keep this to hand for visits, meetings and supervision. Define 10 first, then 0. Ask everyone for their number "
                "and why, and record each person's number and reason: never an average.",
            ),
            ("h1", "Set up the scale"),
            (
                "p",
                "• Name the worry: read the danger statement or worry statement aloud.",
                f'• "{SCALE_Q}"',
                "• In early help, 10 might mean the worries are sorted enough for the family to manage without our support.",
            ),
            (
                "table",
                [("You can scale", 1), ("Ask", 4.2)],
                [
                    ["**Safety**", "How safe is the child today? (Use the 10 and 0 above.)"],
                    ["**Willingness**", "How willing are you to do what the plan needs? 10: whatever it takes. 0: not at all."],
                    ["**Capacity**", "How able are you to do it? 10: you have everything you need. 0: you cannot do it."],
                    ["**Confidence**", "How confident are you that you can keep this going? 10: completely. 0: not at all."],
                ],
                0,
            ),
            (
                "table",
                [("Then ask", 1), ("Asking children", 1)],
                [
                    [
                        "• Why did you choose that number?\n• What makes it a 3 and not a 0? (Use their number.)\n• What would one point "
                        "higher look like? (Ask this before asking about 10.)\n• What would a 10 look like? What would people be doing?\n"
                        "• Where would others put it? Why might our numbers be different?",
                        '• Use a line on the floor, steps, a ladder or faces if numbers are hard.\n• "If 10 means you feel completely '
                        'safe at home and 0 means you feel really unsafe, where are things now?"\n• "What would help you go up one '
                        'step? Who helps you feel safer?"',
                    ]
                ],
                0,
            ),
            ("h1", "Tips"),
            (
                "p",
                "• No number is right or wrong, but everyone says why they chose theirs.",
                "• Do not push for one number: big gaps often mean information has not been shared.",
                '• Do not write off a family\'s high number as "lack of insight": ask why.',
                "• Use the same scale next time, and ask what has changed.",
            ),
        ],
    ),
    "words-and-pictures-planning-sheet": Doc(
        "Words and pictures planning sheet",
        "Planning a words and pictures explanation for a child with their parents",
        False,
        [
            ("title", "Words and pictures planning sheet"),
            (
                "howto",
                "Plan a words and pictures explanation with the child's parents: a short, honest story in simple words and "
                "drawings about what happened, why professionals are involved and what happens now. Let parents choose the "
                'words where they can, and use the names the child uses, such as "Mummy" or "Nana".',
            ),
            ("h1", "Planning the story"),
            ("fields", ["Who is the story for?", "Age"]),
            box(1.8, "Who will tell the story? Where, when, and who else will be there?", "Ideally the parents, with you there."),
            box(
                2.2,
                "What does the child already know, and what have they been told?",
                "What has the child asked? What words does the family use for people and events?",
            ),
            ("h2", "The people in the story"),
            ("table", [("Person (role or relationship)", 3), ("What the child calls them", 3), ("Their part in the story", 5)], 5, 0.9),
            box(
                4.8,
                "What happened (in words the child understands)",
                "Start with the family and the good things, then what "
                "happened and why people got worried. Short sentences: true, but not frightening. If the child may think it was "
                "their fault, say clearly it was not. If parents disagree with professionals, say so plainly.",
            ),
            ("break",),
            ("h2", "Now and next"),
            box(5, "What the grown-ups are doing now", "Including the safety plan, if there is one, in words the child understands."),
            box(4, "What happens next, and who the child can talk to"),
            box(2, "Who else will get a copy?", "The safety network, so everyone tells the child the same story."),
            ("h2", "Before you share it"),
            (
                "p",
                "☐ Your manager has read it.",
                "☐ If there is a police investigation or court case, the professionals involved have agreed it can be shared.",
                "☐ You have planned who will read it, where and when, with time for questions.",
                "☐ Copies for the child and family, and a date to update it when things change.",
            ),
            ("break",),
            ("h1", "Story pages"),
            (
                "p",
                "~Draw a simple picture in each box (stick figures are fine) and write a few short sentences underneath. Begin with "
                "the family and the good things.",
            ),
            ("table", [("Page", 1), ("Picture and words", 10)], [row for n in range(1, 7) for row in ([f"^**{n}**", ""], [None, "___\n___\n___"])], [7.6, 0]),
        ],
    ),
    "network-meeting-agenda": Doc(
        "Network meeting agenda",
        "An agenda for a meeting of the family, their safety network and professionals",
        False,
        [
            ("title", "Network meeting agenda"),
            (
                "howto",
                "A network meeting brings the family, their safety network and the professionals together to share the worries "
                "openly and build, test or review the safety plan. Everyone invited should know why. Where possible, parents "
                "explain the worries themselves. Write what is agreed in the family's words; everyone gets a copy.",
            ),
            ("fields", ["Family reference", "Date and time"]),
            ("fields", ["Place", "Meeting number"]),
            ("h1", "Before the meeting"),
            box(1.8, "Purpose of this meeting", "For example: to share the worries and start the plan."),
            ("h2", "Who is invited"),
            ("table", [("Role", 3), ("Relationship to the child", 3), ("Knows the worries? (yes / not yet)", 2.6), ("Who will invite them?", 2.6)], 6, 0.8),
            ("h1", "Agenda"),
            (
                "table",
                [("Item", 6), ("Notes", 5)],
                [
                    [t, ""]
                    for t in (
                        cell("1. Welcome and purpose", "Why we are here. Everyone says who they are and how they know the child."),
                        "**2. Ground rules**\n• Talk about everyone respectfully, as if the child could hear.\n• Plain words, no jargon.\n"
                        "• One person at a time. It is fine to disagree: say why.\n• Keep what you hear here private, unless someone could be at risk.",
                        cell(
                            "3. Reading the words and pictures and danger statement together",
                            "Parents read them, with help if needed. Check everyone understands what professionals are worried about.",
                        ),
                        cell("4. What's working well", "What has gone well since last time? What does the safety journal show?"),
                        cell("5. What needs to happen", "The safety goals: what everyone needs to see so the child is safe."),
                        cell(
                            "6. Roles in the safety plan",
                            "Who will do what, and when? What if someone cannot? What will people do if they see the worry happening?",
                        ),
                        cell("7. Scaling", "Each person's number from 0 to 10, and why. What would make it one point higher?"),
                        cell("8. Next meeting", "Date, what we will check then, and who sends out copies."),
                    )
                ],
                2.0,
            ),
            ("h1", "Who came and what they will do"),
            ("table", [("Role", 3), ("Relationship to the child", 3), ("What they will do", 6)], 10, 1.0),
            ("h2", "Scaling"),
            ("p", SCALE_Q),
            ("table", WHO, 6, 1.0),
        ],
    ),
    "safety-plan-template": Doc(
        "Safety plan",
        "A safety plan written with the family and their safety network",
        False,
        [
            ("title", "Safety plan"),
            (
                "howto",
                "Build this plan with the family and their safety network: it is their plan, in their words. The family draft "
                "the rules first; then add any bottom lines and explain why. For every rule, agree how everyone will know it is "
                "happening. Test the plan over time and improve it. The family and every network member get a copy.",
            ),
            ("fields", ["Family reference", "Date of this version"]),
            ("h1", "1. What we are worried about"),
            box(3.6, "Danger statement(s)", "Copied from the map, in the words agreed with the family."),
            ("h1", "2. Safety goal"),
            box(2.8, "", "What the adults will be doing to keep the child safe, who will see it, and for how long."),
            ("h1", "3. The safety network"),
            ("p", "~Everyone in the safety network needs to know the full worries."),
            ("table", [("Who (and relationship to the child)", 4), ("Knows the danger statement? (yes / no)", 2.4), ("Their part in the plan", 5)], 6, 1.0),
            ("break",),
            ("h1", "4. Plan rules"),
            (
                "p",
                "~Number each rule. Say who does what, and when. Cover ordinary days, difficult days and warning signs. Say what "
                "people will do, not only what they will not do.",
            ),
            ("table", [("No.", 1), ("Rule", 6), ("Who", 2.6), ("How we will know it is happening", 4.4)], [[f"^{n}", "", "", ""] for n in range(1, 9)], 1.5),
            box(2.2, "Bottom lines, and why", "The few things professionals need to see that are not up for debate."),
            ("h1", "5. If the plan is not working"),
            box(
                3.8,
                "",
                "What are the warning signs? Who will notice, and what will they do? Who steps in if a helper is ill or "
                "away? When will the social worker be told? If a child is in immediate danger, call 999.",
            ),
            ("h1", "6. How we will check the plan: the safety journal"),
            ("p", "~Each entry: date and time, who, what they saw, which rules were checked, any worries and what was done, and good things noticed."),
            ("fields", ["Where the journal is kept"]),
            ("fields", ["Who writes in it, and when"]),
            ("fields", ["Who reads it each week"]),
            ("h1", "7. The child's version"),
            ("p", "~How the child will know the plan and who they can tell, e.g. a safety house or words and pictures explanation."),
            ("fields", ["Child's version made using", "Date shared"]),
            ("fields", ["Who shared it with the child"]),
            ("h1", "8. Reviews and scaling"),
            ("p", SCALE_Q),
            ("table", [("Review date", 2), ("Who was there (roles)", 3.4), ("Each person's number and why", 5), ("What changed in the plan", 4)], 4, 2.0),
        ],
    ),
    "three-houses-sheet": Doc(
        "Three houses",
        "A child's house of worries, house of good things and house of dreams",
        False,
        [
            ("title", "Three houses"),
            (
                "howto",
                "The three houses is the child's version of the three columns map: it helps a child tell you, in their own "
                "words, about their worries, the good things in their life and their hopes. This page is for you. Give the "
                "child the next page, or draw the houses together on a large sheet.",
            ),
            ("h1", "Before you start"),
            (
                "p",
                "• Think about the child's age, language and needs. Choose a place where they are comfortable and cannot be overheard.",
                "• Talk to parents or carers first, where it is safe to. Explain you will share what the child says, if the child agrees.",
                "• For younger children, try the wizard and fairy. Teenagers may prefer to talk through the three questions.",
                "• For a disabled child, ask the people who know them best how they communicate.",
            ),
            ("h1", "Introducing it"),
            (
                "p",
                '• "We are going to draw three houses: a house of worries, a house of good things and a house of dreams. You can '
                'draw or write, or I can write for you using your words."',
                "• Be honest about secrets: \"If you tell me something that means someone could get hurt, I can't keep it secret, "
                'but I will tell you what I am going to do."',
                "• Let the child choose where to start. Many start with good things. Finish with the house of dreams.",
            ),
            ("h1", "Recording the child's own words"),
            (
                "p",
                "• Write exactly what the child says, in quotation marks. Do not turn it into adult language.",
                '• Ask open questions and "What else?". Do not lead: wait for the child to mention people first.',
                "• Read the houses back. Ask if anything is wrong or missing, and agree who can see them.",
            ),
            ("h1", "Afterwards"),
            (
                "p",
                "• Share the houses with parents in a planned way, usually before a meeting.",
                "• Put the child's words on the map: worries, good things (working well), dreams (what needs to happen).",
                "• If the child tells you about new harm, follow safeguarding procedures straight away.",
                "• Go back to the child and tell them what happened to their houses.",
            ),
            ("fields", ["Date", "Where we met"]),
            ("fields", ["Who the child agreed can see the houses"]),
            ("break",),
            ("h1", "My three houses"),
            ("fields", ["My name", "Date"]),
            box(6.8, "House of worries", "What worries you? What happens at home that you don't like? What makes you sad, scared or cross?"),
            box(6.8, "House of good things", "What is good in your life? Who do you like being with? What do you enjoy doing?"),
            box(6.8, "House of dreams", "If all the worries went away, what would be different? What would home be like?"),
        ],
    ),
    "group-supervision-guide": Doc(
        "Group supervision mapping guide",
        "Running group supervision mapping in a team: roles, rota, session steps and reflection",
        False,
        [
            ("title", "Group supervision mapping guide"),
            (
                "howto",
                "A team maps one colleague's case together, to answer their best question and practise the approach. It adds to "
                "one-to-one supervision, not instead of it. Keep a rota so everyone takes each role in turn. Use a case "
                "reference, never the family's names.",
            ),
            ("h1", "The roles"),
            (
                "table",
                [("Role", 1), ("What they do", 4)],
                [
                    ["**Presenter**", "Brings a case they want help with, a short summary, a genogram and their best question."],
                    [
                        "**Facilitator**",
                        "Runs the session and keeps time. Interviews the presenter to build the map, keeping harm, danger "
                        "and complicating factors apart, and strengths apart from safety. Writes up the map.",
                    ],
                    ["**Adviser**", "Listens closely throughout. Near the end, offers reflections and ideas that answer the best question."],
                    ["**Everyone else**", "Listens, and asks questions (not advice) when the facilitator invites them."],
                ],
                0,
            ),
            ("h1", "Rota"),
            ("table", [("Date", 2.4), ("Presenter", 3), ("Facilitator", 3), ("Adviser", 3), ("Family case reference (no names)", 4)], 8, 0.9),
            ("h1", "Session steps (about 75 minutes)"),
            (
                "table",
                [("Step", 3), ("What happens", 8), ("Minutes", 1.4)],
                [
                    [f"**{a}**", b, f"^{m}"]
                    for a, b, m in (
                        ("1. Set the tone", "Purpose and time. Be kind. Keep details confidential; talk about the family as if they were there.", 5),
                        ("2. Best question", "The presenter says their best question. Write it at the top of the board.", 5),
                        ("3. Map the case", "The facilitator interviews the presenter and builds the three columns, asking for detail.", 30),
                        ("4. Group questions", "Others ask questions to fill the gaps. Questions, not advice.", 10),
                        ("5. Scale", "Each person gives the case a number from 0 to 10, and says why. Record every number.", 5),
                        ("6. Adviser", "Reflections and ideas linked to the best question.", 10),
                        ("7. Next steps", "The presenter decides which ideas to take forward. It is their case.", 5),
                        ("8. Close", "Back to the best question. The presenter scales how helpful the session was, 0 to 10.", 5),
                    )
                ],
                0,
            ),
            ("h1", "The presenter's best question"),
            (
                "p",
                "The one question that, if answered, would help most to move the work on for the child. A good best question:",
                "☐ is about the child's safety or wellbeing, not only the adults or the process",
                '☐ is specific to this family, and open ("what" or "how", not yes or no)',
                "☐ can be answered, at least in part, in this session, and belongs to the presenter",
            ),
            box(2, "Best question for today"),
            ("fields", ["How well was it answered (0 to 10)?"]),
            ("h1", "Reflection prompts"),
            (
                "p",
                "• Presenter: has your best question been answered? What will you do first?",
                "• Group: what went well about the session itself? What would make the next one a point better?",
                "• Did we describe behaviour rather than labels, and talk about the family respectfully?",
                "• What did we learn about the approach that we can use with other families?",
            ),
            box(2.6, "Notes and next steps"),
        ],
    ),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the folder to write into (default: resources/downloads/)")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    for name, doc_spec in DOCS.items():
        path = out / f"{name}.docx"
        path.write_bytes(build(doc_spec))
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
