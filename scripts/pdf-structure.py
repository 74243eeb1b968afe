#!/usr/bin/env python3
"""Reads PDFs as a screen reader would, with pikepdf (independent of ete): per file the number of
pages, the page size, the document language, title and subject, syntax problems qpdf finds, and the structure tree's element types
with the alternative text of every Figure. Prints one JSON object per file, keyed by path."""
import json
import sys

import pikepdf


def walk(element, found):
    if not isinstance(element, pikepdf.Dictionary):
        return
    kind = element.get("/S")
    if kind is not None:
        name = str(kind)[1:]
        found["types"][name] = found["types"].get(name, 0) + 1
        if name == "Figure":
            found["figures"].append(str(element.get("/Alt", "")))
    children = element.get("/K")
    if isinstance(children, pikepdf.Array):
        for child in children:
            walk(child, found)
    elif isinstance(children, pikepdf.Dictionary):
        walk(children, found)


def read(path):
    with pikepdf.open(path) as pdf:
        box = [float(value) for value in pdf.pages[0].mediabox]
        found = {
            "pages": len(pdf.pages),
            "size": [round(box[2] - box[0]), round(box[3] - box[1])],
            "lang": str(pdf.Root.get("/Lang", "")),
            "title": str(pdf.docinfo.get("/Title", "")),
            "subject": str(pdf.docinfo.get("/Subject", "")),
            "problems": [str(problem) for problem in pdf.check_pdf_syntax()] if hasattr(pdf, "check_pdf_syntax") else [],
            "tagged": bool(pdf.Root.get("/MarkInfo", {}).get("/Marked", False)),
            "types": {},
            "figures": [],
        }
        tree = pdf.Root.get("/StructTreeRoot")
        if tree is not None:
            walk(tree, found)
        return found


print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False))
