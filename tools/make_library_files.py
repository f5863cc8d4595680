#!/usr/bin/env python3
"""Write the resource library's blank Word templates into resources/downloads/.

Standard library only. Each document is a list of blocks (DOCS, below). Output is byte-identical from run
to run: fixed dates, fixed zip timestamps and sorted zip entries. Run: python3 tools/make_library_files.py

Blocks: (title|h1|h2, text)  (p, line, ...)  (howto, line, ...)  (fields, [label, ...])  (box, height_cm, line, ...)
        (table, [(header, width_weight), ...], rows or a number of blank rows, row height_cm or [heights, cycled])
        (scale,) a 0 to 10 line   (break,) the next title, heading or paragraph starts a new page
Text, one paragraph per line: **bold**  ~small grey prompt  "• " bullet  "☐ " checkbox  ^centred  ___ a line to write on.
In table rows, a cell of None joins the cell above it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "resources" / "downloads"
FOOTER = "From the Practice Learning Hub. Adapt freely for your work with families."
DATE = "2026-11-01T00:00:00Z"
CM, A4, MARGIN = 567, (11906, 16838), 1134  # twips per cm; A4 and 2 cm margins in twips
GREY, SHADE, ACCENT, RULE = "595959", "EDEDED", "1D5C8F", "666666"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CENTRE = '<w:jc w:val="center"/>'
SPACER = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr></w:p>'


def runs(text: str, size: int = 0, colour: str = "") -> str:
    props = (f'<w:color w:val="{colour}"/>' if colour else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return "".join(
        f'<w:r><w:rPr>{"<w:b/>" * (i % 2)}{props}</w:rPr><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        for i, part in enumerate(text.split("**"))
        if part
    )


def para(text: str = "", style: str = "", brk: bool = False, after: int | None = None, extra: str = "", lead: str = "", **fmt) -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + "<w:pageBreakBefore/>" * brk
    ppr += (f'<w:spacing w:before="0" w:after="{after}"/>' if after is not None else "") + extra
    return f"<w:p><w:pPr>{ppr}</w:pPr>{lead}{runs(text, **fmt)}</w:p>"


def fields(labels: list[str], width: int) -> str:
    """Labels on one line, each followed by a line to write on; the last line reaches the right margin."""
    n = len(labels)
    tabs = "".join(f'<w:tab w:val="right" w:leader="underscore" w:pos="{width * (k + 1) // n - 200 * (k < n - 1)}"/>' for k in range(n))
    body = "".join(runs("  " * (k > 0) + (f"{lab} " if lab else "")) + "<w:r><w:tab/></w:r>" for k, lab in enumerate(labels))
    return f'<w:p><w:pPr><w:tabs>{tabs}</w:tabs><w:spacing w:before="220" w:after="60"/></w:pPr>{body}</w:p>'


def lines(texts: list[str], width: int, brk: bool = False) -> str:
    out = []
    for i, t in enumerate(texts or [""]):
        b = brk and i == 0
        if t == "___":
            out.append(fields([""], width))
        elif t.startswith("~"):
            out.append(para(t[1:], brk=b, after=60, size=18, colour=GREY))
        elif t[:2] in ("• ", "☐ "):
            out.append(para(t[2:], brk=b, after=60, extra='<w:ind w:left="340" w:hanging="340"/>', lead=f"<w:r><w:t>{t[0]}</w:t></w:r><w:r><w:tab/></w:r>"))
        elif t.startswith("^"):
            out.append(para(t[1:], brk=b, after=0, extra=CENTRE))
        else:
            out.append(para(t, brk=b, after=60 if len(texts) > 1 else None))
    return "".join(out)


def table(cols: list, rows, heights, width: int, fill: str = "") -> str:
    widths = [round(width * w / sum(w for _, w in cols)) for _, w in cols[:-1]]
    widths.append(width - sum(widths))
    rows = [[""] * len(cols) for _ in range(rows)] if isinstance(rows, int) else rows
    heights = heights if isinstance(heights, list) else [heights]
    head = [[f"**{h}**" for h, _ in cols]] if any(h for h, _ in cols) else []
    edges = "".join(f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="{RULE}"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = "".join(f'<w:{e} w:w="{v}" w:type="dxa"/>' for e, v in (("top", 70), ("left", 108), ("bottom", 70), ("right", 108)))
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{edges}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
    ]
    all_rows = head + rows + [[""] * len(cols)]
    for r, cells in enumerate(all_rows[:-1]):
        is_head = bool(head) and r == 0
        h = 0 if is_head else heights[(r - len(head)) % len(heights)]
        out.append(
            "<w:tr><w:trPr><w:cantSplit/>"
            + (f'<w:trHeight w:val="{round(h * CM)}" w:hRule="atLeast"/>' if h else "")
            + "<w:tblHeader/>" * is_head
            + "</w:trPr>"
        )
        for c, text in enumerate(cells):
            merge = "<w:vMerge/>" if text is None else '<w:vMerge w:val="restart"/>' if all_rows[r + 1][c] is None else ""
            shade = SHADE if is_head else fill
            tcpr = f'<w:tcW w:w="{widths[c]}" w:type="dxa"/>{merge}' + (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{lines((text or '').split(chr(10)), widths[c] - 216)}</w:tc>")
        out.append("</w:tr>")
    return "".join(out) + "</w:tbl>" + SPACER


def render(blocks: list, width: int) -> str:
    out, brk = [], False
    for kind, *a in blocks:
        if kind in ("title", "h1", "h2"):
            out.append(para(a[0], {"title": "Title", "h1": "Heading1", "h2": "Heading2"}[kind], brk))
        elif kind == "p":
            out.append(lines(list(a), width, brk))
        elif kind == "fields":
            out.append(fields(a[0], width))
        elif kind == "howto":
            out.append(table([("", 1)], [["**How to use this:** " + "\n".join(a)]], 0, width, SHADE))
        elif kind == "box":
            out.append(table([("", 1)], [["\n".join(a[1:])]], a[0], width))
        elif kind == "scale":
            out.append(table([("", 1)] * 11, [[f"^**{n}**" for n in range(11)]], 0.8, width))
        elif kind == "table":
            out.append(table(*a, width=width))
        brk = kind == "break"
    return "".join(out)


def document(blocks: list, landscape: bool) -> str:
    w, h = (A4[1], A4[0]) if landscape else A4
    size = f'<w:pgSz w:w="{w}" w:h="{h}"' + ' w:orient="landscape"' * landscape + "/>"
    margins = "".join(f' w:{e}="{MARGIN}"' for e in ("top", "right", "bottom", "left"))
    sect = f'<w:sectPr><w:footerReference w:type="default" r:id="rId2"/>{size}<w:pgMar{margins} w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    return f'{XML}<w:document {W} xmlns:r="{R}"><w:body>{render(blocks, w - 2 * MARGIN)}{sect}</w:body></w:document>'


def style(sid: str, name: str, ppr: str, rpr: str) -> str:
    base = ' w:default="1"' if sid == "Normal" else ""
    link = "" if base else '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    return f'<w:style w:type="paragraph"{base} w:styleId="{sid}"><w:name w:val="{name}"/>{link}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'


ARIAL = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
HEAD = '<w:b/><w:color w:val="{}"/><w:sz w:val="{}"/><w:szCs w:val="{}"/>'
STYLES = (
    f'{XML}<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>{ARIAL}<w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + style("Normal", "Normal", "", f'{ARIAL}<w:sz w:val="22"/><w:szCs w:val="22"/>')
    + style("Title", "Title", '<w:keepNext/><w:spacing w:before="0" w:after="160"/>', HEAD.format(ACCENT, 40, 40))
    + style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="0"/>', HEAD.format(ACCENT, 30, 30))
    + style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="180" w:after="80"/><w:outlineLvl w:val="1"/>', HEAD.format("000000", 24, 24))
    + "</w:styles>"
)
SETTINGS = (
    f'{XML}<w:settings {W}><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)
TYPES = {
    "word/document.xml": f"{WML}.document.main+xml",
    "word/styles.xml": f"{WML}.styles+xml",
    "word/settings.xml": f"{WML}.settings+xml",
    "word/footer1.xml": f"{WML}.footer+xml",
    "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
}
CONTENT_TYPES = (
    f'{XML}<Types xmlns="{PKG}/content-types"><Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/>' + "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in TYPES.items()) + "</Types>"
)


def rels(*targets: tuple[str, str]) -> str:
    items = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{x}"/>' for i, (t, x) in enumerate(targets, 1))
    return f'{XML}<Relationships xmlns="{PKG}/relationships">{items}</Relationships>'


def write_docx(path: Path, title: str, blocks: list, landscape: bool = False) -> None:
    core = (
        f'{XML}<cp:coreProperties xmlns:cp="{PKG}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>Practice Learning Hub</dc:creator><dc:language>en-GB</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{DATE}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DATE}</dcterms:modified></cp:coreProperties>'
    )
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "docProps/core.xml": core,
        "word/document.xml": document(blocks, landscape),
        "_rels/.rels": rels((f"{R}/officeDocument", "word/document.xml"), (f"{PKG}/relationships/metadata/core-properties", "docProps/core.xml")),
        "word/_rels/document.xml.rels": rels((f"{R}/styles", "styles.xml"), (f"{R}/footer", "footer1.xml"), (f"{R}/settings", "settings.xml")),
        "word/footer1.xml": f"{XML}<w:ftr {W}>{para(FOOTER, after=0, extra=CENTRE, size=18, colour=GREY)}</w:ftr>",
        "word/settings.xml": SETTINGS,
        "word/styles.xml": STYLES,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))


# ---- The documents: the council's own blank templates ---------------------------------------------------------------
SCALE_Q = (
    "On a scale of 0 to 10, where 10 means everyone knows the child is safe enough for us to close the case and 0 means "
    "things are so bad the child cannot live at home, where do you rate this situation?"
)
WHO = [("Who (role or relationship to the child)", 4), ("Number", 1.6), ("Why this number?", 5.7), ("What would make it one point higher?", 5.7)]


def cell(label: str, prompt: str = "") -> str:
    return (f"**{label}**" if label else "") + (f"\n~{prompt}" if prompt else "")


def box(height: float, label: str, prompt: str = "") -> tuple:
    return ("box", height, cell(label, prompt).lstrip("\n"))


DOCS = {
    "three-columns-map": (
        "Three columns map",
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
    "danger-statement-worksheet": (
        "Danger statement and safety goal worksheet",
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
    "scaling-prompt-card": (
        "Scaling questions prompt card",
        False,
        [
            ("title", "Scaling questions: prompt card"),
            (
                "howto",
                "Keep this to hand for visits, meetings and supervision. Define 10 first, then 0. Ask everyone for their number "
                "and why, and record each person's number and reason: never an average.",
            ),
            ("h2", "Set up the scale"),
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
            ("h2", "Tips"),
            (
                "p",
                "• No number is right or wrong, but everyone says why they chose theirs.",
                "• Do not push for one number: big gaps often mean information has not been shared.",
                '• Do not write off a family\'s high number as "lack of insight": ask why.',
                "• Use the same scale next time, and ask what has changed.",
            ),
        ],
    ),
    "words-and-pictures-planning-sheet": (
        "Words and pictures planning sheet",
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
    "network-meeting-agenda": (
        "Network meeting agenda",
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
    "safety-plan-template": (
        "Safety plan",
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
            ("h1", "4. Plan rules"),
            (
                "p",
                "~Number each rule. Say who does what, and when. Cover ordinary days, difficult days and warning signs. Say what "
                "people will do, not only what they will not do.",
            ),
            ("table", [("No.", 0.8), ("Rule", 6), ("Who", 2.6), ("How we will know it is happening", 4.4)], [[f"^{n}", "", "", ""] for n in range(1, 9)], 1.5),
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
    "three-houses-sheet": (
        "Three houses",
        False,
        [
            ("title", "Three houses"),
            (
                "howto",
                "The three houses is the child's version of the three columns map: it helps a child tell you, in their own "
                "words, about their worries, the good things in their life and their hopes. This page is for you. Give the "
                "child the next page, or draw the houses together on a large sheet.",
            ),
            ("h2", "Before you start"),
            (
                "p",
                "• Think about the child's age, language and needs. Choose a place where they are comfortable and cannot be overheard.",
                "• Talk to parents or carers first, where it is safe to. Explain you will share what the child says, if the child agrees.",
                "• For younger children, try the wizard and fairy. Teenagers may prefer to talk through the three questions.",
                "• For a disabled child, ask the people who know them best how they communicate.",
            ),
            ("h2", "Introducing it"),
            (
                "p",
                '• "We are going to draw three houses: a house of worries, a house of good things and a house of dreams. You can '
                'draw or write, or I can write for you using your words."',
                "• Be honest about secrets: \"If you tell me something that means someone could get hurt, I can't keep it secret, "
                'but I will tell you what I am going to do."',
                "• Let the child choose where to start. Many start with good things. Finish with the house of dreams.",
            ),
            ("h2", "Recording the child's own words"),
            (
                "p",
                "• Write exactly what the child says, in quotation marks. Do not turn it into adult language.",
                '• Ask open questions and "What else?". Do not lead: wait for the child to mention people first.',
                "• Read the houses back. Ask if anything is wrong or missing, and agree who can see them.",
            ),
            ("h2", "Afterwards"),
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
    "group-supervision-guide": (
        "Group supervision mapping guide",
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
                    ["**Advisor**", "Listens closely throughout. Near the end, offers reflections and ideas that answer the best question."],
                    ["**Everyone else**", "Listens, and asks questions (not advice) when the facilitator invites them."],
                ],
                0,
            ),
            ("h1", "Rota"),
            ("table", [("Date", 2.4), ("Presenter", 3), ("Facilitator", 3), ("Advisor", 3), ("Family case reference (no names)", 4)], 8, 0.9),
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
                        ("6. Advisor", "Reflections and ideas linked to the best question.", 10),
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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (title, landscape, blocks) in DOCS.items():
        write_docx(OUT / f"{name}.docx", title, blocks, landscape)
        print(f"wrote resources/downloads/{name}.docx")


if __name__ == "__main__":
    main()
