#!/usr/bin/env python3
"""Reads an .odt with odfpy (python3-odf) and prints what tst_article_print_export checks, as JSON:
the headings with their outline levels, the paragraphs, the tables (header rows apart), the pictures
with their descriptions, the links, the list items with their nesting depth, and whether the package
starts with its stored mimetype."""
import json
import sys
import zipfile

from odf import draw, table, teletype, text
from odf.opendocument import load
from odf.namespaces import SVGNS, TEXTNS, XLINKNS

path = sys.argv[1]
with zipfile.ZipFile(path) as package:
    first = package.infolist()[0]
    mimetype_first_stored = first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED

def plain(element):
    # Qt indents its XML: white space between elements is not text.
    return " ".join(teletype.extractText(element).split())


document = load(path)
body = document.body

headings = [{"level": int(h.getAttrNS(TEXTNS, "outline-level")), "text": plain(h)}
            for h in body.getElementsByType(text.H)]
paragraphs = [plain(p) for p in body.getElementsByType(text.P)]
tables = []
for t in body.getElementsByType(table.Table):
    header = [[plain(c) for c in r.getElementsByType(table.TableCell)]
              for hr in t.getElementsByType(table.TableHeaderRows) for r in hr.getElementsByType(table.TableRow)]
    rows = [[plain(c) for c in r.getElementsByType(table.TableCell)]
            for r in t.getElementsByType(table.TableRow)]
    tables.append({"header": header, "rows": rows})
pictures = []
for frame in body.getElementsByType(draw.Frame):
    images = frame.getElementsByType(draw.Image)
    descriptions = [plain(e) for e in frame.childNodes if getattr(e, "qname", None) == (SVGNS, "desc")]
    pictures.append({"href": images[0].getAttrNS(XLINKNS, "href") if images else "",
                     "desc": descriptions[0] if descriptions else ""})
links = [{"href": a.getAttrNS(XLINKNS, "href"), "text": plain(a)} for a in body.getElementsByType(text.A)]
lists = len(body.getElementsByType(text.List))


def list_items(element, depth, out):
    # Each item's own paragraphs as "depth text", depth 1 for the outermost list.
    for child in element.childNodes:
        name = getattr(child, "qname", None)
        if name == (TEXTNS, "list"):
            list_items(child, depth + 1, out)
        elif name == (TEXTNS, "list-item"):
            for part in child.childNodes:
                if getattr(part, "qname", None) == (TEXTNS, "p"):
                    out.append(f"{depth} {plain(part)}")
            list_items(child, depth, out)
        elif depth == 0 and getattr(child, "childNodes", None):
            list_items(child, depth, out)
    return out


items = list_items(body, 0, [])

print(json.dumps({"mimetypeFirstStored": mimetype_first_stored, "mimetype": document.mimetype,
                  "headings": headings, "paragraphs": paragraphs, "tables": tables, "pictures": pictures,
                  "links": links, "lists": lists,
                  "listItems": items}, ensure_ascii=False))
