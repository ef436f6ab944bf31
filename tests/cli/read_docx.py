#!/usr/bin/env python3
"""Reads a .docx with python-docx (python3-docx) and prints what tst_article_export checks, as JSON:
the paragraphs with their style names and list levels, the tables, the pictures (and those linked to a web address), the links, the core properties, and
the style ids the document uses that styles.xml does not define (Word repairs such files)."""
import json
import sys

import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
body = document.element.body

defined = {s.style_id for s in document.styles}
used = set()
for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
    for element in body.iter(qn(tag)):
        used.add(element.get(qn("w:val")))

links = []
for link in body.iter(qn("w:hyperlink")):
    rel = document.part.rels[link.get(qn("r:id"))]
    text = "".join(t.text for t in link.iter(qn("w:t")))
    links.append({"text": text, "target": rel.target_ref, "external": rel.is_external})

# Pictures linked, not saved in the package: a:blip r:link names an external image relationship.
linked_pictures = []
for blip in body.iter(qn("a:blip")):
    if blip.get(qn("r:link")):
        rel = document.part.rels[blip.get(qn("r:link"))]
        linked_pictures.append({"target": rel.target_ref, "external": rel.is_external})

paragraphs = []
for p in document.paragraphs:
    text = "".join(t.text or "" for t in p._p.iter(qn("w:t")))
    ilvl = next(p._p.iter(qn("w:ilvl")), None)
    paragraphs.append({"style": p.style.name, "text": text, "alignment": str(p.alignment),
                       "listLevel": int(ilvl.get(qn("w:val"))) if ilvl is not None else -1})

print(json.dumps({
    "paragraphs": paragraphs,
    "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    "pictures": [{"width": shape.width, "height": shape.height} for shape in document.inline_shapes],
    "pictureDescriptions": [e.get("descr") for e in body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")],
    "links": links,
    "linkedPictures": linked_pictures,
    "title": document.core_properties.title,
    "author": document.core_properties.author,
    "undefinedStyles": sorted(used - defined),
    "pageWidthMm": round(document.sections[0].page_width.mm),
    "pageHeightMm": round(document.sections[0].page_height.mm),
}, ensure_ascii=False))
