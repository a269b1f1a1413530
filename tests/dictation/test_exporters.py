"""Exporters: Word from templates (read back with python-docx and LibreOffice), text files,
clipboard text, atomic writing and the errors users see."""

from __future__ import annotations

import datetime
import errno
import io
import logging
import os
import re
import runpy
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from dictation.errors import DictationError
from dictation.notes.casenote import CaseNote
from dictation.notes.exporters import (
    DEFAULT_TEMPLATE,
    ExportFailed,
    check_template,
    default_file_name,
    export_docx,
    export_txt,
    note_as_plain_text,
)

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Erster Absatz zum „Bürgergeld“.\n"
    "Zweite Zeile mit ÄÖÜß äöü.\n"
    "\n"
    "Zweiter Absatz.\n"
    "\n"
    "\n"
    "Dritter Absatz: Frau Öztürk legt den Bescheid vor."
)
PARAGRAPHS = [
    "Erster Absatz zum „Bürgergeld“.\nZweite Zeile mit ÄÖÜß äöü.",
    "Zweiter Absatz.",
    "Dritter Absatz: Frau Öztürk legt den Bescheid vor.",
]


@pytest.fixture(autouse=True)
def german(monkeypatch):
    monkeypatch.setenv("DIKTAT_LANG", "de")


@pytest.fixture
def note() -> CaseNote:
    return CaseNote(
        customer_id="123A456789",
        date=datetime.date(2025, 3, 5),
        author="Erika Müller",
        subject="Beratungsgespräch",
        text=TEXT,
    )


def _word_xml(path: Path) -> str:
    """All XML of the document body, headers and footers, concatenated."""
    with zipfile.ZipFile(path) as z:
        return "".join(
            z.read(name).decode("utf-8") for name in z.namelist() if name.startswith("word/")
        )


def _body_paragraphs(document) -> list[tuple[str, str]]:
    return [(p.text, p.style.name) for p in document.paragraphs]


# ---------------------------------------------------------------------------- default template


def test_default_template_filled(tmp_path, note):
    """The shipped template gets every placeholder replaced: header table, text, footer."""
    out = export_docx(note, tmp_path / "vermerk.docx")
    assert out == tmp_path / "vermerk.docx"
    document = docx.Document(out)
    cells = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert cells == [
        ["Kundennummer / BG-Nummer", "123A456789"],
        ["Datum", "05.03.2025"],
        ["Verfasser/in", "Erika Müller"],
        ["Betreff", "Beratungsgespräch"],
    ]
    paragraphs = _body_paragraphs(document)
    assert paragraphs[0] == ("Vermerk", "Title")
    assert [text for text, _ in paragraphs[2:]] == PARAGRAPHS
    assert {style for _, style in paragraphs[2:]} == {"Normal"}
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Vermerk 123A456789 vom 05.03.2025")
    xml = _word_xml(out)
    assert "{{" not in xml and "}}" not in xml and "\ue000" not in xml
    assert "<w:br/>" in xml  # the single newline became a line break
    properties = document.core_properties
    assert properties.author == "Erika Müller" and properties.title == "Vermerk"
    assert properties.comments == ""


def test_default_template_is_german_a4_arial():
    """The shipped template: language de-DE, Arial, A4."""
    document = docx.Document(DEFAULT_TEMPLATE)
    styles = document.styles.element.xml
    assert 'w:val="de-DE"' in styles and 'w:ascii="Arial"' in styles
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert document.styles["Normal"].font.name == "Arial"


def test_shipped_template_matches_build_script():
    """dictation/data/vermerk-vorlage.docx is exactly what packaging/make_template.py builds
    (same zip members and contents): the template is reproducible."""
    build = runpy.run_path(str(REPO / "packaging" / "make_template.py"))["build"]
    built = zipfile.ZipFile(io.BytesIO(build()))
    shipped = zipfile.ZipFile(DEFAULT_TEMPLATE)
    assert built.namelist() == shipped.namelist()
    for name in built.namelist():
        assert built.read(name) == shipped.read(name), f"{name} differs: rerun make_template.py"
    assert build() == build()  # byte-identical from run to run


# ---------------------------------------------------------------------------- custom templates


def _custom_template(path: Path) -> Path:
    """A letterhead as Word writes it: placeholders split over runs, one in the page header,
    one in a nested table, one in a text box, text around {{TEXT}} in a "Quote" paragraph."""
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Jobcenter Musterstadt – Az. {")
    header.add_run("{KUNDEN")
    header.add_run("NUMMER}")
    header.add_run("} – {{VERFASSER}}")
    first = document.add_paragraph()
    bold = first.add_run("Kunde: {{KUNDEN")
    bold.bold = True
    first.add_run("NUMMER}} am {{ DA")
    first.add_run("TUM }}.")
    outer = document.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).paragraphs[0].text = "Betreff:"
    inner.cell(0, 1).paragraphs[0].text = "{{BETREFF}}"
    text = document.add_paragraph(style="Quote")
    text.add_run("Inhalt: ")
    big = text.add_run("{{TE")
    big.font.size = Pt(14)
    text.add_run("XT}} (Ende)")
    document.add_paragraph("Bitte {{UNBEKANNT}} beachten.")
    box = document.add_paragraph("Box: {{DATUM}}")
    box._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
            "<w:pict><v:shape><v:textbox><w:txbxContent>"
            "<w:p><w:r><w:t>{{BET</w:t></w:r><w:r><w:t>REFF}}</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    document.save(path)
    return path


def test_custom_template_split_runs_header_tables(tmp_path, note):
    """Split placeholders, a header placeholder, a nested table cell, a text box and text
    around {{TEXT}} are handled; formatting of the run a placeholder starts in is kept."""
    template = _custom_template(tmp_path / "briefkopf.docx")
    out = export_docx(note, tmp_path / "out.docx", template=template)
    document = docx.Document(out)
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Jobcenter Musterstadt – Az. 123A456789 – Erika Müller"
    first = document.paragraphs[0]
    assert first.text == "Kunde: 123A456789 am 05.03.2025."
    assert first.runs[0].bold and first.runs[0].text == "Kunde: 123A456789"
    inner = document.tables[0].cell(0, 0).tables[0]
    assert [c.text for c in inner.rows[0].cells] == ["Betreff:", "Beratungsgespräch"]
    paragraphs = _body_paragraphs(document)[1:]
    assert paragraphs == [
        ("Inhalt: " + PARAGRAPHS[0], "Quote"),
        (PARAGRAPHS[1], "Quote"),
        (PARAGRAPHS[2] + " (Ende)", "Quote"),
        ("Bitte {{UNBEKANNT}} beachten.", "Normal"),  # unknown placeholders stay
        ("Box: 05.03.2025", "Normal"),
    ]
    box = document.paragraphs[-1]._p.xpath(".//w:txbxContent//w:t")
    assert "".join(t.text or "" for t in box) == "Beratungsgespräch"  # text boxes too
    for paragraph in document.paragraphs[2:4]:  # the copies keep the 14 pt run formatting
        assert paragraph.runs[0].font.size == Pt(14)
    assert "\ue000" not in _word_xml(out)


def test_template_without_text_placeholder(tmp_path, note, caplog):
    """A template lacking {{TEXT}} gets the text appended at the end, with a warning."""
    template = tmp_path / "ohne-text.docx"
    document = docx.Document()
    document.add_paragraph("Vermerk zu {{KUNDENNUMMER}}")
    document.save(template)
    with caplog.at_level(logging.WARNING, logger="dictation"):
        out = export_docx(note, tmp_path / "out.docx", template=template)
    assert [t for t, _ in _body_paragraphs(docx.Document(out))] == [
        "Vermerk zu 123A456789",
        *PARAGRAPHS,
    ]
    assert "{{TEXT}}" in caplog.text


def test_dotx_template(tmp_path, note):
    """A Word template file (.dotx) works like a .docx."""
    source = _custom_template(tmp_path / "a.docx")
    dotx = tmp_path / "briefkopf.dotx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dotx, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(info, data)
    with pytest.raises(ValueError):
        docx.Document(dotx)  # python-docx alone refuses it
    out = export_docx(note, tmp_path / "out.docx", template=dotx)
    assert docx.Document(out).paragraphs[0].text == "Kunde: 123A456789 am 05.03.2025."


# ------------------------------------------------------------------- hostile templates

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_VBA_RT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
_VBA_DATA_RT = "http://schemas.microsoft.com/office/2006/relationships/wordVbaData"
_MACRO_MAINS = {
    "docx": None,  # a .docx that merely carries a macro part
    "docm": "application/vnd.ms-word.document.macroEnabled.main+xml",
    "dotm": "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_LINKED_PICTURE = (
    '<w:r {w} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
    ' xmlns:r="{rt}"><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/>'
    '<wp:docPr id="7" name="Logo"/><a:graphic><a:graphicData'
    ' uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
    '<pic:nvPicPr><pic:cNvPr id="7" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:link="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
    '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>"
)


def _hostile_template(path: Path, kind: str) -> Path:
    """A letterhead as found in the wild: a macro project (vbaProject.bin + vbaData.xml),
    an attachedTemplate on a web server, a logo linked from a UNC path in the page header,
    a picture linked by URL and a file:// hyperlink to a share in the body. Built with
    python-docx, the macro parts added with zipfile as Word stores them."""
    document = docx.Document()
    header = document.sections[0].header
    rid = header.part.relate_to(r"file://///fileserver/vorlagen/logo.png", f"{_RT}/image",
                                is_external=True)
    header.paragraphs[0]._p.append(parse_xml(_LINKED_PICTURE.format(
        w=nsdecls("w"), rt=_RT, rid=rid)))
    header.paragraphs[0].add_run("Jobcenter Musterstadt")
    document.add_paragraph("Kunde: {{KUNDENNUMMER}}")
    document.add_paragraph("{{TEXT}}")
    rid = document.part.relate_to("http://tracker.example.net/pixel.png", f"{_RT}/image",
                                  is_external=True)
    document.add_paragraph()._p.append(parse_xml(_LINKED_PICTURE.format(
        w=nsdecls("w"), rt=_RT, rid=rid)))
    rid = document.part.relate_to(r"file://\\fileserver\akten\ablage.docx",
                                  f"{_RT}/hyperlink", is_external=True)
    linked = document.add_paragraph("Ablage: ")
    linked._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:t>Aktenablage</w:t></w:r>'
        "</w:hyperlink>"))
    settings = document.part.part_related_by(f"{_RT}/settings")
    rid = settings.relate_to("http://templates.example.net/Normal.dotm",
                                  f"{_RT}/attachedTemplate", is_external=True)
    settings.element.append(parse_xml(f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{rid}"/>'))
    plain = io.BytesIO()
    document.save(plain)

    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    b'<Override PartName="/word/vbaData.xml"'
                    b' ContentType="application/vnd.ms-word.vbaData+xml"/></Types>',
                )
                if _MACRO_MAINS[kind]:
                    data = data.replace(b"application/vnd.openxmlformats-officedocument."
                                        b"wordprocessingml.document.main+xml",
                                        _MACRO_MAINS[kind].encode())
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdVba" Type="{_VBA_RT}" Target="vbaProject.bin"/>'
                    "</Relationships>".encode(),
                )
            zout.writestr(info, data)
        zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 AutoOpen Shell(calc.exe)")
        zout.writestr(
            "word/_rels/vbaProject.bin.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships'
            ' xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_VBA_DATA_RT}" Target="vbaData.xml"/>'
            "</Relationships>",
        )
        zout.writestr(
            "word/vbaData.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wne:vbaSuppData'
            ' xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>',
        )
    return path


def _assert_inert(path: Path) -> None:
    """No macro part, no macro content type, no external relationship, and every r:id
    still points at an existing relationship (Word would call the file damaged)."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert not [n for n in names if "vba" in n.lower()], names
        types = z.read("[Content_Types].xml").decode()
        assert "vba" not in types.lower() and "macroEnabled" not in types
        assert "wordprocessingml.document.main+xml" in types
        for name in (n for n in names if n.endswith(".rels")):
            rels = z.read(name).decode()
            assert 'TargetMode="External"' not in rels, (name, rels)
            assert "attachedTemplate" not in rels and "vbaProject" not in rels
            owner = name.replace("_rels/", "")[: -len(".rels")]
            if owner in names and owner.endswith(".xml"):
                ids = set(re.findall(r'Id="([^"]+)"', rels))
                used = set(re.findall(r'r:(?:id|link|embed)="([^"]+)"', z.read(owner).decode()))
                assert used <= ids, (owner, used - ids)
        everything = b"".join(z.read(n) for n in names)
    assert b"fileserver" not in everything and b"example.net" not in everything
    assert b"attachedTemplate" not in everything


@pytest.mark.parametrize("kind", ["docx", "docm", "dotm"])
def test_macros_and_external_links_are_stripped_from_the_template(tmp_path, note, kind):
    """A template with a macro project (as .docx, .docm or .dotm), an external attached
    template, UNC/URL-linked pictures and a file:// hyperlink gives an export without any of
    them: a plain .docx that runs no code and makes Word contact no host; the note and the
    template's own text are all there, the hyperlink's text too."""
    template = _hostile_template(tmp_path / f"briefkopf.{kind}", kind)
    out = export_docx(note, tmp_path / "vermerk.docx", template=template)
    _assert_inert(out)
    document = docx.Document(out)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Kunde: 123A456789"
    assert texts[1:4] == PARAGRAPHS
    assert "Ablage: Aktenablage" in texts
    assert document.sections[0].header.paragraphs[0].text == "Jobcenter Musterstadt"


def test_check_template_names_what_is_removed(tmp_path):
    """Choosing a template can warn IT: check_template lists macros and external links of a
    hostile template and nothing for the shipped one."""
    assert check_template(DEFAULT_TEMPLATE) == []
    findings = check_template(_hostile_template(tmp_path / "briefkopf.dotm", "dotm"))
    assert len(findings) == 1
    for word in ("Makros", "externe Dokumentvorlage", "verknüpftes Bild", "Hyperlink"):
        assert word in findings[0]


def test_empty_and_odd_text(tmp_path, note):
    """An empty text gives an empty paragraph; control characters do not break the file;
    tabs become Word tabs; CRLF line ends are understood."""
    note.text = ""
    document = docx.Document(export_docx(note, tmp_path / "leer.docx"))
    assert [t for t, _ in _body_paragraphs(document)][2:] == [""]
    note.text = "A\x00B\x07C\tD\r\nE\r\n\r\nF\ufffe"
    document = docx.Document(export_docx(note, tmp_path / "odd.docx"))
    assert [t for t, _ in _body_paragraphs(document)][2:] == ["ABC\tD\nE", "F"]


def test_missing_and_broken_templates(tmp_path, note):
    """A missing or non-Word template gives ExportFailed naming the template; no output."""
    with pytest.raises(ExportFailed) as info:
        export_docx(note, tmp_path / "out.docx", template=tmp_path / "fehlt.docx")
    assert "nicht gefunden" in info.value.message and "fehlt.docx" in info.value.message
    broken = tmp_path / "kaputt.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExportFailed) as info:
        export_docx(note, tmp_path / "out.docx", template=broken)
    assert "keine gültige Word-Datei" in info.value.message
    assert isinstance(info.value, DictationError)
    assert not (tmp_path / "out.docx").exists()


# ---------------------------------------------------------------------------------- LibreOffice


def _soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("LibreOffice (soffice) is not installed (CI=true: this test must run)")
        pytest.skip("LibreOffice (soffice) is not installed (apt install libreoffice-writer-nogui)")
    return path


def test_libreoffice_reads_the_export(tmp_path, note, capsys):
    """LibreOffice opens the exported .docx files (default and custom template); its text
    conversion shows the header values, the umlauts and every paragraph on its own line."""
    soffice = _soffice()
    default = export_docx(note, tmp_path / "vermerk.docx")
    custom = export_docx(
        note, tmp_path / "eigen.docx", template=_custom_template(tmp_path / "briefkopf.docx")
    )
    target = tmp_path / "txt"
    command = [
        soffice,
        f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
        "--headless",
        "--convert-to",
        "txt:Text",
        "--outdir",
        str(target),
        str(default),
        str(custom),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nLibreOffice .docx -> .txt conversion (2 files, cold profile): {seconds:.1f} s")
    assert result.returncode == 0, result.stderr
    lines = (target / "vermerk.txt").read_text(encoding="utf-8-sig").splitlines()
    for value in ("Vermerk", "123A456789", "05.03.2025", "Erika Müller", "Beratungsgespräch"):
        assert value in lines
    expected = [line for paragraph in PARAGRAPHS for line in paragraph.split("\n")]
    first = lines.index(expected[0])
    assert lines[first : first + len(expected)] == expected

    lines = (target / "eigen.txt").read_text(encoding="utf-8-sig").splitlines()
    assert "Kunde: 123A456789 am 05.03.2025." in lines
    expected[0] = "Inhalt: " + expected[0]
    expected[-1] += " (Ende)"
    first = lines.index(expected[0])
    assert lines[first : first + len(expected)] == expected


# ------------------------------------------------------------------------------ text, clipboard


def test_plain_text(note):
    """The clipboard text: German header lines, a blank line, paragraphs with one blank line."""
    assert note_as_plain_text(note) == (
        "Kundennummer: 123A456789\n"
        "Datum: 05.03.2025\n"
        "Verfasser/in: Erika Müller\n"
        "Betreff: Beratungsgespräch\n"
        "\n" + "\n\n".join(PARAGRAPHS)
    )


def test_plain_text_labels_and_empty_fields(note):
    """BG numbers are labelled as such, unknown formats neutrally; empty fields are left out."""
    note.customer_id = "12345BG1234567"
    assert note_as_plain_text(note).startswith("BG-Nummer: 12345BG1234567\n")
    note.customer_id = "K-4711"
    assert note_as_plain_text(note).startswith("Kundennummer/BG-Nummer: K-4711\n")
    note.customer_id, note.subject, note.author, note.text = "", "", "", ""
    assert note_as_plain_text(note) == "Datum: 05.03.2025"


def test_export_txt(tmp_path, note):
    """The text file is UTF-8 with BOM and CRLF line ends, and reads back as the plain text."""
    out = export_txt(note, tmp_path / "vermerk.txt")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.decode("utf-8-sig").replace("\r\n", "\n") == note_as_plain_text(note) + "\n"
    assert "„Bürgergeld“" in raw.decode("utf-8-sig")


def test_default_file_name(note):
    """A safe file name with customer number and ISO date."""
    assert default_file_name(note) == "Vermerk_123A456789_2025-03-05.docx"
    note.customer_id = 'a/b:c*"d'
    assert default_file_name(note, ".txt") == "Vermerk_a_b_c__d_2025-03-05.txt"


# -------------------------------------------------------------------------------------- errors


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("export", [export_docx, export_txt])
def test_file_open_in_word(tmp_path, note, monkeypatch, export):
    """A refused replace (the file is open in Word) gives ExportFailed that says to close it;
    the existing file is unchanged and no temporary file is left."""
    target = tmp_path / "vermerk.out"
    target.write_bytes(b"alte Fassung")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", locked)
        with pytest.raises(ExportFailed) as info:
            export(note, target)
    assert "Word" in info.value.message and "schließen" in info.value.message
    assert target.read_bytes() == b"alte Fassung"
    assert _only(tmp_path) == ["vermerk.out"]


def test_unwritable_folder(tmp_path, note, monkeypatch):
    """No permission to create files in the folder: the message asks for another folder."""

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr("tempfile.mkstemp", refuse)
        with pytest.raises(ExportFailed) as info:
            export_txt(note, tmp_path / "vermerk.txt")
    assert "keine Schreibrechte" in info.value.message
    assert _only(tmp_path) == []


def test_missing_folder(tmp_path, note):
    """A folder that does not exist (a removed USB stick) gives a clear message."""
    with pytest.raises(ExportFailed) as info:
        export_docx(note, tmp_path / "weg" / "vermerk.docx")
    assert "gibt es nicht" in info.value.message


def test_full_disk_on_real_tmpfs(tiny_disk, note):
    """On a really full disk the export fails cleanly: German message, old file intact,
    nothing partial left."""
    target = tiny_disk / "vermerk.txt"
    export_txt(note, target)
    before = target.read_bytes()
    note.text = "Bürgergeld " + os.urandom(100_000).hex()  # 200 KB that does not compress well
    for export in (export_txt, export_docx):
        with pytest.raises(ExportFailed) as info:
            export(note, target)
        assert "kein Platz mehr frei" in info.value.message
        assert target.read_bytes() == before
        assert _only(tiny_disk) == ["vermerk.txt"]


def test_full_disk_simulated(tmp_path, note, monkeypatch):
    """ENOSPC while writing (simulated) gives the same clean failure."""

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", full)
        with pytest.raises(ExportFailed) as info:
            export_docx(note, tmp_path / "vermerk.docx")
    assert "kein Platz mehr frei" in info.value.message
    assert _only(tmp_path) == []
