"""Writing a case note out: Word (.docx from a template), plain text, and the clipboard text.

**Word templates.** A template is an ordinary .docx (or .dotx) with placeholders:

* ``{{KUNDENNUMMER}}``: customer number or BG number;
* ``{{DATUM}}``: date of the note, German style (05.03.2025);
* ``{{VERFASSER}}``: author;
* ``{{BETREFF}}``: subject;
* ``{{TEXT}}``: the note, one paragraph per text paragraph (blank lines split paragraphs,
  single line breaks stay line breaks), each in the style of the placeholder's paragraph.

Placeholders are found in body paragraphs, tables (nested too), text boxes, headers and
footers, also where Word split one over several runs (``{{KUNDEN`` + ``NUMMER}}``): the value
takes the formatting of the run the placeholder starts in, the rest of the paragraph keeps
its own. A template without ``{{TEXT}}`` gets the text appended at the end (logged as a
warning). Organisations can ship their own letterhead this way; the default is
``dictation/data/vermerk-vorlage.docx`` (built by ``packaging/make_template.py``).

**Active content is removed** from the template before it is filled (see
:func:`_safe_package`): macros (a .docm/.dotm, or a .docx carrying ``vbaProject.bin``) and
every external relationship (an ``attachedTemplate`` on a web server, pictures linked from a
UNC path or URL, hyperlinks), so an exported note never runs code and never makes Word
contact another host when it is opened. :func:`check_template` lists what would be removed.

**Writing** is atomic: the file is written in full to a temporary file next to the target and
then renamed over it, so a failure (disk full, no permission, file open in Word) leaves the
old file as it was and nothing half-written; it raises :class:`ExportFailed` with a message
that says what to do. Text files are UTF-8 with byte order mark and Windows line ends, which
every Windows editor reads correctly.
"""

from __future__ import annotations

import copy
import datetime
import errno
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.parts.hdrftr import FooterPart, HeaderPart
from lxml import etree

from dictation.errors import ExportFailed
from dictation.fileio import write_atomic
from dictation.i18n import tr
from dictation.notes.casenote import CaseNote, customer_id_kind

__all__ = [
    "DEFAULT_TEMPLATE",
    "PLACEHOLDERS",
    "ExportFailed",
    "check_template",
    "default_file_name",
    "export_docx",
    "export_txt",
    "note_as_plain_text",
]

log = logging.getLogger("dictation")

#: The template shipped with the program.
DEFAULT_TEMPLATE = Path(__file__).parent.parent / "data" / "vermerk-vorlage.docx"

#: Placeholder names a template may use (written as ``{{NAME}}``).
PLACEHOLDERS = ("KUNDENNUMMER", "DATUM", "VERFASSER", "BETREFF", "TEXT")

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_]+)\s*\}\}")
_SENTINEL = "\ue000"  # marks where {{TEXT}} stood until the paragraph is expanded
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\ue000]")
_PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n)+")
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Main-part content types of a template (.dotx), macro document (.docm) and macro template
#: (.dotm): the export is always declared a plain document.
_OTHER_MAINS = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
#: Last segment of relationship types whose target is code or runs code: VBA project and its
#: data, macro key bindings, toolbars, ActiveX controls, ribbon customisations.
_ACTIVE_RELTYPES = frozenset({
    "vbaProject", "wordVbaData", "keyMapCustomizations", "attachedToolbars", "control",
    "activeXControlBinary", "extensibility",
})
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: Namespaces of ``r:id``-style attributes (transitional and strict OOXML).
_R_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


# ------------------------------------------------------------------------------- plain text


def _customer_label(customer_id: str) -> str:
    kind = customer_id_kind(customer_id)
    if kind == "kundennummer":
        return "Kundennummer"
    if kind == "bg-nummer":
        return "BG-Nummer"
    return "Kundennummer/BG-Nummer"


def _german_date(day: datetime.date) -> str:
    return day.strftime("%d.%m.%Y")


def _one_line(value: str) -> str:
    return " ".join(_NOT_XML.sub("", value).split())


def _normalized_text(text: str) -> str:
    """Line ends as "\\n", no characters Word cannot store, no blank lines at either end."""
    text = _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def note_as_plain_text(note: CaseNote) -> str:
    """The note for the clipboard: header lines, a blank line, the text.

    The header lines (German, as the note itself) are left out where a field is empty;
    paragraphs are separated by exactly one blank line.
    """
    header = [
        (_customer_label(note.customer_id), _one_line(note.customer_id)),
        ("Datum", _german_date(note.date)),
        ("Verfasser/in", _one_line(note.author)),
        ("Betreff", _one_line(note.subject)),
    ]
    lines = [f"{label}: {value}" for label, value in header if value]
    text = "\n\n".join(_PARAGRAPH_BREAK.split(_normalized_text(note.text)))
    return "\n".join(lines) + ("\n\n" + text if text else "")


def default_file_name(note: CaseNote, suffix: str = ".docx") -> str:
    """A file name to offer: "Vermerk_123A456789_2025-03-05.docx" (safe on Windows)."""
    parts = ["Vermerk", "".join(note.customer_id.split()), note.date.isoformat()]
    name = "_".join(p for p in parts if p)
    return re.sub(r"[^\w.-]", "_", name) + suffix


def export_txt(note: CaseNote, path: Path | str) -> Path:
    """Write :func:`note_as_plain_text` to ``path`` (UTF-8 with BOM, CRLF line ends).

    Raises ``ExportFailed``; an existing file is then unchanged.
    """
    data = (note_as_plain_text(note) + "\n").replace("\n", "\r\n").encode("utf-8-sig")
    path = Path(path)
    _atomic_write(path, data)
    return path


# ------------------------------------------------------------------------------------ Word


def export_docx(note: CaseNote, path: Path | str, template: Path | str | None = None) -> Path:
    """Fill ``template`` (default :data:`DEFAULT_TEMPLATE`) with ``note`` and write ``path``,
    a plain .docx without the template's macros and external links (:func:`_safe_package`).

    Raises ``ExportFailed`` when the template is missing or not a Word file, or the file cannot
    be written; an existing file at ``path`` is then unchanged.
    """
    template_path = Path(template) if template is not None else DEFAULT_TEMPLATE
    document = _open_template(template_path)
    values = {
        "KUNDENNUMMER": _one_line(note.customer_id),
        "DATUM": _german_date(note.date),
        "VERFASSER": _one_line(note.author),
        "BETREFF": _one_line(note.subject),
    }
    paragraphs = _PARAGRAPH_BREAK.split(_normalized_text(note.text))
    found_text = False
    for root in _content_roots(document):
        found_text |= _fill(root, values, paragraphs)
    if not found_text:
        log.warning(
            "The template %s has no {{TEXT}} placeholder; the text is appended at its end",
            template_path,
        )
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)  # "\n" becomes a line break
    _set_properties(document, note)
    buffer = io.BytesIO()
    document.save(buffer)
    path = Path(path)
    _atomic_write(path, buffer.getvalue())
    return path


def _open_template(path: Path) -> docx.document.Document:
    """The template as a python-docx Document; a .dotx is opened as a document."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise ExportFailed(
            tr(
                "Die Word-Vorlage „{path}“ wurde nicht gefunden. Bitte prüfen Sie in den "
                "Einstellungen, welche Vorlage verwendet wird, oder wenden Sie sich an die IT.",
                "The Word template '{path}' was not found. Please check which template is set "
                "in the settings, or contact IT.",
            ).format(path=path),
            repr(e),
        ) from e
    except OSError as e:
        raise ExportFailed(
            tr(
                "Die Word-Vorlage „{path}“ kann nicht gelesen werden ({error}).",
                "The Word template '{path}' cannot be read ({error}).",
            ).format(path=path, error=e.strerror or e),
            repr(e),
        ) from e
    try:
        package, removed = _safe_package(data)
        if removed:
            log.warning("Word template %s: removed %s", path.name, ", ".join(removed))
        return docx.Document(io.BytesIO(package))
    except Exception as e:  # a foreign file can fail anywhere in zip, XML or python-docx
        raise ExportFailed(
            tr(
                "Die Word-Vorlage „{path}“ ist keine gültige Word-Datei (.docx oder .dotx). "
                "Bitte speichern Sie sie in Word als „Word-Dokument (*.docx)“ oder wenden Sie "
                "sich an die IT.",
                "The Word template '{path}' is not a valid Word file (.docx or .dotx). Please "
                "save it in Word as 'Word Document (*.docx)' or contact IT.",
            ).format(path=path),
            repr(e),
        ) from e


def check_template(path: Path | str) -> list[str]:
    """What :func:`export_docx` removes from the template at ``path`` (macros, external
    links), as sentences for the user or IT; empty for a clean template.

    For the settings dialog and the self-test, when a template is chosen. Raises
    ``ExportFailed`` as :func:`export_docx` would for a missing or broken template.
    """
    path = Path(path)
    _open_template(path)
    _, removed = _safe_package(path.read_bytes())
    if not removed:
        return []
    return [
        tr(
            "Die Word-Vorlage „{path}“ enthält aktive Inhalte ({what}). Diktat entfernt sie "
            "beim Export; bitte speichern Sie die Vorlage ohne Makros und mit eingebetteten "
            "statt verknüpften Bildern.",
            "The Word template '{path}' contains active content ({what}). Diktat removes it "
            "on export; please save the template without macros and with embedded instead of "
            "linked pictures.",
        ).format(path=path, what=", ".join(removed))
    ]


def _safe_package(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` (a Word package) as a plain document without active content, and a short
    description of what was removed (empty: nothing; the bytes are then ``data`` itself
    unless the main part had to be re-declared).

    Why remove rather than refuse: a municipal IT wants every note that leaves Diktat to be
    inert — no macro (which Word may run, or which a later recipient enables) and no external
    relationship (an attached template on a web server, a logo linked from a UNC path: Word
    fetches those on opening, leaking the user's NTLM credentials and the fact that a note was
    opened). Removing achieves that for every export, whatever template is configured; refusing
    would stop all exports of a whole office because a letterhead was saved as .dotm or with a
    linked logo, and push people to work around Diktat. A case note never needs macros or
    links from its template. Done on the zip, before python-docx reads it: python-docx then
    writes only the parts still reachable and a fresh ``[Content_Types].xml``.
    """
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data, []  # python-docx reports it
    with source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    changed: dict[str, bytes] = {}
    removed: list[str] = []
    types = entries.get("[Content_Types].xml", b"")
    for other in _OTHER_MAINS:
        if other.encode() in types:
            if "macroEnabled" in other:
                removed.append(tr("Makro-Dokumenttyp", "macro document type"))
            types = types.replace(other.encode(), _DOCX_MAIN.encode())
            changed["[Content_Types].xml"] = types
    for name, blob in entries.items():
        if not name.endswith(".rels"):
            continue
        rels = etree.fromstring(blob, _XML_PARSER)
        dropped: list[str] = []
        for rel in list(rels.iter(f"{{{_RELS_NS}}}Relationship")):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            external = rel.get("TargetMode", "") == "External"
            if not external and kind not in _ACTIVE_RELTYPES:
                continue
            removed.append(_describe(kind, external))
            dropped.append(rel.get("Id", ""))
            rels.remove(rel)
        if not dropped:
            continue
        changed[name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8",
                                       standalone=True)
        owner = _rels_owner(name)
        if owner in entries and owner.endswith(".xml"):
            root = etree.fromstring(changed.get(owner, entries[owner]), _XML_PARSER)
            for rid in dropped:
                _unlink(root, rid)
            changed[owner] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                            standalone=True)
    if not changed:
        return data, []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, blob in entries.items():
            target.writestr(name, changed.get(name, blob))
    counted = sorted({item: removed.count(item) for item in removed}.items())
    return out.getvalue(), [f"{n} × {item}" if n > 1 else item for item, n in counted]


def _describe(kind: str, external: bool) -> str:
    """A short German/English name for a removed relationship, for the log and IT."""
    if kind in ("vbaProject", "wordVbaData", "keyMapCustomizations", "attachedToolbars"):
        return tr("Makros", "macros")
    if kind in ("control", "activeXControlBinary"):
        return tr("ActiveX-Steuerelement", "ActiveX control")
    if kind == "extensibility":
        return tr("Menüband-Anpassung", "ribbon customisation")
    if kind == "attachedTemplate":
        return tr("externe Dokumentvorlage", "external attached template")
    if kind == "image":
        return tr("verknüpftes Bild", "linked picture")
    if kind == "hyperlink":
        return tr("Hyperlink", "hyperlink")
    return tr("externe Verknüpfung ({kind})", "external link ({kind})").format(kind=kind)


def _rels_owner(rels_name: str) -> str:
    """The part a .rels file belongs to: "word/_rels/document.xml.rels" ->
    "word/document.xml" ("" for the package's own "_rels/.rels")."""
    path = PurePosixPath(rels_name)
    if path.parent.name != "_rels":
        return ""
    folder, name = path.parent.parent, path.name[: -len(".rels")]
    return name if str(folder) == "." else f"{folder}/{name}"


def _unlink(root, rid: str) -> None:
    """Remove what refers to the relationship ``rid`` in a part's XML: a hyperlink keeps its
    text, a picture that was only linked (no embedded copy) goes, with its drawing; any other
    referring element (``w:attachedTemplate``, ``w:control`` …) is removed."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        names = [
            name for name, value in element.attrib.items()
            if value == rid and etree.QName(name).namespace in _R_NAMESPACES
        ]
        if not names or element.getparent() is None:
            continue
        tag = etree.QName(element).localname
        if tag == "hyperlink":
            for child in list(element):
                element.addprevious(child)
            element.getparent().remove(element)
            continue
        if tag in ("blip", "imagedata"):
            for name in names:
                del element.attrib[name]
            if any(etree.QName(n).namespace in _R_NAMESPACES for n in element.attrib):
                continue  # an embedded copy remains: keep the picture
            container = next(
                (a for a in element.iterancestors()
                 if etree.QName(a).localname in ("drawing", "pict", "object")),
                element,
            )
            container.getparent().remove(container)
            continue
        element.getparent().remove(element)


def _content_roots(document) -> Iterator:
    """XML roots of the main text and of every header and footer."""
    for part in document.part.package.iter_parts():
        if isinstance(part, (DocumentPart, HeaderPart, FooterPart)):
            yield part.element


def _fill(root, values: dict[str, str], text_paragraphs: list[str]) -> bool:
    """Replace the placeholders under ``root``; True when a ``{{TEXT}}`` was among them."""
    found_text = False
    for p in list(root.iter(qn("w:p"))):
        texts = [
            t
            for r in p.iter(qn("w:r"))
            if _owner(r) is p
            for t in r.iterchildren(qn("w:t"))
        ]
        joined = "".join(t.text or "" for t in texts)
        if "{{" not in joined:
            continue
        text_seen = False
        for match in reversed(list(_PLACEHOLDER.finditer(joined))):
            name = match.group(1).upper()
            if name == "TEXT":
                value = _SENTINEL
                text_seen = True
            elif name in values:
                value = values[name]
            else:
                log.info("Unknown placeholder %s in the template (left as it is)", match.group())
                continue
            _splice(texts, match.start(), match.end(), value)
        if text_seen:
            found_text = True
            _expand_text(p, text_paragraphs)
    return found_text


def _owner(element):
    """The nearest enclosing w:p (runs in a text box belong to the box's paragraph)."""
    return next(element.iterancestors(qn("w:p")), None)


def _splice(texts: list, start: int, end: int, value: str) -> None:
    """Replace characters ``start:end`` of the concatenated ``texts`` (w:t elements) with
    ``value``, placed in the element where ``start`` falls."""
    pos = 0
    for t in texts:
        s = t.text or ""
        a, b = pos, pos + len(s)
        pos = b
        if b <= start or a >= end:
            continue
        lo, hi = max(start, a) - a, min(end, b) - a
        t.text = s[:lo] + (value if a <= start else "") + s[hi:]
        t.set(qn("xml:space"), "preserve")


def _expand_text(p, paragraphs: list[str]) -> None:
    """Turn the paragraph ``p`` holding the text sentinel into one paragraph per entry of
    ``paragraphs``; text before the placeholder stays in the first, text after it goes to
    the last, and every copy keeps ``p``'s paragraph and run formatting."""
    original = copy.deepcopy(p)
    previous = p
    for k, content in enumerate(paragraphs):
        if k == 0:
            current = p
        else:
            current = copy.deepcopy(original)
            for attribute in list(current.attrib):  # Word wants unique paragraph ids
                if attribute.endswith("}paraId") or attribute.endswith("}textId"):
                    del current.attrib[attribute]
            previous.addnext(current)
        sentinel = next(
            t for t in current.iter(qn("w:t")) if t.text and _SENTINEL in t.text
        )
        before, after = sentinel.text.split(_SENTINEL, 1)
        after = after.replace(_SENTINEL, "")  # a second {{TEXT}} in the same paragraph
        if k > 0:
            before = ""
            _remove_siblings(sentinel, current, preceding=True)
        if k < len(paragraphs) - 1:
            after = ""
            _remove_siblings(sentinel, current, preceding=False)
        _replace_with_lines(sentinel, before + content + after)
        previous = current


def _remove_siblings(element, paragraph, preceding: bool) -> None:
    """Remove the content before (or after) ``element`` inside ``paragraph``; property
    elements (w:pPr, w:rPr, w:sdtPr …) stay."""
    node = element
    while node is not paragraph:
        for sibling in list(node.itersiblings(preceding=preceding)):
            if not isinstance(sibling.tag, str) or not sibling.tag.endswith("Pr"):
                sibling.getparent().remove(sibling)
        node = node.getparent()


def _replace_with_lines(t, text: str) -> None:
    """Put ``text`` where the w:t ``t`` is: lines joined by w:br, tabs as w:tab."""
    elements = []
    for i, line in enumerate(text.split("\n")):
        if i:
            elements.append(OxmlElement("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                elements.append(OxmlElement("w:tab"))
            if piece:
                new_t = OxmlElement("w:t")
                new_t.text = piece
                new_t.set(qn("xml:space"), "preserve")
                elements.append(new_t)
    for element in elements:
        t.addprevious(element)
    t.getparent().remove(t)


def _set_properties(document, note: CaseNote) -> None:
    """Document properties of the export (the template's own are not the note's)."""
    properties = document.core_properties
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.author = _one_line(note.author)
    properties.last_modified_by = _one_line(note.author)
    properties.title = "Vermerk"
    properties.subject = _one_line(note.subject)
    properties.comments = ""  # a template's comments describe the template
    properties.created = now
    properties.modified = now
    properties.revision = 1


# ---------------------------------------------------------------------------------- writing


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (only the user may read a case note); ``ExportFailed``."""
    try:
        write_atomic(path, data, private=True, temp_prefix=".~diktat-")
    except OSError as e:
        raise _write_error(path, e) from e
    # The file name usually holds the customer number: the log gets a neutral line only.
    log.info("Export %s ok (%d KB)", path.suffix.lower() or "(no suffix)", -(-len(data) // 1024))


def _write_error(path: Path, e: OSError) -> ExportFailed:
    """The user's message for an ``OSError`` while writing ``path``."""
    first = tr(
        "Der Vermerk konnte nicht als „{path}“ gespeichert werden.",
        "The note could not be saved as '{path}'.",
    )
    if e.errno in _NO_SPACE:
        advice = tr(
            "Auf dem Laufwerk ist kein Platz mehr frei. Bitte geben Sie Speicherplatz frei oder "
            "wählen Sie einen anderen Speicherort.",
            "The drive is full. Please free some disk space or choose another location.",
        )
    elif isinstance(e, FileNotFoundError) or not path.parent.is_dir():
        advice = tr(
            "Den Ordner „{folder}“ gibt es nicht (mehr). Bitte wählen Sie einen anderen "
            "Speicherort.",
            "The folder '{folder}' does not exist (any more). Please choose another location.",
        )
    elif isinstance(e, IsADirectoryError) or path.is_dir():
        advice = tr(
            "Unter diesem Namen gibt es bereits einen Ordner. Bitte wählen Sie einen anderen "
            "Dateinamen.",
            "A folder of that name already exists. Please choose another file name.",
        )
    elif isinstance(e, PermissionError) and path.exists():
        advice = tr(
            "Die Datei ist schreibgeschützt oder noch in einem anderen Programm geöffnet "
            "(z. B. Word). Bitte schließen Sie sie dort und versuchen Sie es erneut, oder "
            "wählen Sie einen anderen Dateinamen.",
            "The file is read-only or still open in another program (e.g. Word). Please close "
            "it there and try again, or choose another file name.",
        )
    elif isinstance(e, PermissionError) or e.errno == errno.EROFS:
        advice = tr(
            "Sie haben keine Schreibrechte im Ordner „{folder}“. Bitte wählen Sie einen anderen "
            "Ordner, z. B. „Dokumente“.",
            "You have no permission to write to the folder '{folder}'. Please choose another "
            "folder, e.g. 'Documents'.",
        )
    else:
        advice = tr(
            "Fehler: {error}. Bitte versuchen Sie es erneut oder wählen Sie einen anderen "
            "Speicherort.",
            "Error: {error}. Please try again or choose another location.",
        )
    message = first + " " + advice
    return ExportFailed(
        message.format(path=path, folder=path.parent, error=e.strerror or e), repr(e)
    )
