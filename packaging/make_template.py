"""Build the default Word template ``dictation/data/vermerk-vorlage.docx``.

    .venv/bin/python packaging/make_template.py [--output PATH]

The template: A4, Arial 11 pt, document language German (de-DE); the title "Vermerk"; a table
with Kundennummer/BG-Nummer, Datum, Verfasser/in and Betreff; then the text; a footer with
customer number, date and page numbers. Placeholders as documented in
``dictation/notes/exporters.py``.

The output is reproducible: fixed document properties and fixed zip timestamps, so the same
python-docx version gives the same file (``tests/dictation/test_exporters.py`` checks that
the shipped file matches this script).
"""

from __future__ import annotations

import argparse
import datetime
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "dictation" / "data" / "vermerk-vorlage.docx"
FONT = "Arial"  # LibreOffice substitutes the metric-compatible Liberation Sans
LANGUAGE = "de-DE"
_FIXED_TIME = datetime.datetime(2025, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

HEADER_ROWS = (
    ("Kundennummer / BG-Nummer", "{{KUNDENNUMMER}}"),
    ("Datum", "{{DATUM}}"),
    ("Verfasser/in", "{{VERFASSER}}"),
    ("Betreff", "{{BETREFF}}"),
)


def build() -> bytes:
    """The template as .docx bytes."""
    document = docx.Document()
    _drop_thumbnail(document)
    _set_defaults(document)
    _set_page(document.sections[0])

    document.add_paragraph("Vermerk", style="Title")

    table = document.add_table(rows=len(HEADER_ROWS), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for row, (label, placeholder) in zip(table.rows, HEADER_ROWS):
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = Cm(5), Cm(11.5)
        _cell_text(label_cell, label, bold=True)
        _cell_text(value_cell, placeholder, bold=False)

    document.add_paragraph()  # space between the header block and the text
    document.add_paragraph("{{TEXT}}")

    _footer(document.sections[0])
    _fix_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalize_zip(buffer.getvalue())


def _drop_thumbnail(document) -> None:
    """python-docx's default package carries a preview picture that is not ours."""
    rels = document.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rel_id]


def _set_defaults(document) -> None:
    """Arial 11 pt and German as the document defaults; sober title, header and footer styles."""
    styles = document.styles
    rpr = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for name in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(name), FONT)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)

    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    title = styles["Title"]
    ppr = title.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)
    title_rpr = title.element.get_or_add_rPr()
    title_fonts = title_rpr.find(qn("w:rFonts"))
    if title_fonts is not None:
        title_rpr.remove(title_fonts)
    title.font.name = FONT
    title.font.size = Pt(18)
    title.font.bold = True
    title.font.color.rgb = RGBColor(0, 0, 0)
    title.paragraph_format.space_after = Pt(12)

    for name in ("Header", "Footer"):
        styles[name].font.name = FONT
        styles[name].font.size = Pt(8)

    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), LANGUAGE)


def _set_page(section) -> None:
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    section.header_distance = section.footer_distance = Cm(1.25)


def _cell_text(cell, text: str, bold: bool) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold = bold


def _footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Vermerk {{KUNDENNUMMER}} vom {{DATUM}} – Seite ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" von ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    """A simple Word field (PAGE, NUMPAGES) with "1" shown until Word updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fix_properties(document) -> None:
    properties = document.core_properties
    properties.author = "Diktat"
    properties.last_modified_by = "Diktat"
    properties.title = "Vermerk"
    properties.subject = ""
    properties.comments = "Vorlage für Vermerke. Platzhalter: {{KUNDENNUMMER}}, {{DATUM}}, " \
        "{{VERFASSER}}, {{BETREFF}}, {{TEXT}}"
    properties.keywords = ""
    properties.created = _FIXED_TIME
    properties.modified = _FIXED_TIME
    properties.revision = 1


def _normalize_zip(data: bytes) -> bytes:
    """The same members in the same order with a fixed timestamp (zip stores local times)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write")
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(build())
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
