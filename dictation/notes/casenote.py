"""A case note (Vermerk): who, about which customer, when, on what subject, and the text.

No file or network access here: :mod:`dictation.notes.drafts` keeps crash-safe drafts,
:mod:`dictation.notes.history` the local history and :mod:`dictation.notes.exporters` writes .docx/.txt.
``to_dict``/``from_dict`` give the JSON form both stores use (ISO dates, UTC timestamps).

Customer numbers of the Bundesagentur für Arbeit come in two shapes: the *Kundennummer* of a
person, like ``123A456789`` (3 digits, a letter, 6 digits), and the *BG-Nummer* of a
Bedarfsgemeinschaft, like ``12345BG1234567`` (5 digits, "BG", 7 digits). :func:`validate`
accepts both and only warns about anything else: local conventions differ.
"""

from __future__ import annotations

import datetime
import getpass
import logging
import re
import sys
import uuid
from dataclasses import dataclass, field
from typing import Any

from dictation.i18n import tr

__all__ = [
    "SUBJECTS",
    "CaseNote",
    "Problem",
    "customer_id_kind",
    "default_author",
    "normalize_customer_id",
    "validate",
]

log = logging.getLogger("dictation")

#: Subjects offered in the form; free text is allowed as well.
SUBJECTS = (
    "Beratungsgespräch",
    "Telefonat",
    "Hausbesuch",
    "Eingliederung",
    "Leistungsangelegenheit",
    "Sonstiges",
)

#: Version of the dictionary written by :meth:`CaseNote.to_dict`.
FORMAT_VERSION = 1

_KUNDENNUMMER = re.compile(r"\d{3}[A-Z]\d{6}")
_BG_NUMMER = re.compile(r"\d{5}BG\d{7}")
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def _new_id() -> str:
    return uuid.uuid4().hex


def default_author() -> str:
    """The user's display name on Windows (when available), else the login name; "" if unknown."""
    if sys.platform == "win32":
        name = _windows_display_name()
        if name:
            return name
    try:
        return getpass.getuser()
    except Exception:  # no USER/LOGNAME and no passwd entry (containers, services)
        log.debug("No login name available for the author field", exc_info=True)
        return ""


def _windows_display_name() -> str:
    """``GetUserNameExW(NameDisplay)``: "Erika Mustermann" in a domain; "" where it fails."""
    try:
        import ctypes

        name_display = 3
        size = ctypes.c_ulong(0)
        secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
        secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
        if not size.value:
            return ""
        buffer = ctypes.create_unicode_buffer(size.value)
        if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
            return ""
        return buffer.value.strip()
    except Exception:  # a local account without display name, no secur32 …
        return ""


@dataclass
class CaseNote:
    """One case note (Vermerk).

    Attributes:
      customer_id: Kundennummer (``123A456789``) or BG-Nummer (``12345BG1234567``) as typed;
        see :func:`normalize_customer_id` and :func:`validate`.
      date: Date of the contact the note is about (not of writing it).
      author: Who wrote it; defaults to the OS account (:func:`default_author`).
      subject: One of :data:`SUBJECTS` or free text.
      text: The note itself: paragraphs separated by a blank line, lines by "\\n".
      id: Unique id (uuid4 hex); also the draft's file name.
      created_at: When the note was started (aware, UTC).
      updated_at: When it was last changed (aware, UTC); see :meth:`touch`.
      provisional: Recognised text that was still provisional (on screen, not yet final)
        when the note was saved; not part of ``text``. Kept in drafts so that a crash during
        dictation loses nothing; offered when the draft is restored.
      provisional_at: Where in ``text`` the provisional text stood (character offset).
    """

    customer_id: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    author: str = field(default_factory=default_author)
    subject: str = ""
    text: str = ""
    id: str = field(default_factory=_new_id)
    created_at: datetime.datetime = field(default_factory=_utcnow)
    updated_at: datetime.datetime = field(default_factory=_utcnow)
    provisional: str = ""
    provisional_at: int = 0

    def touch(self, now: datetime.datetime | None = None) -> None:
        """Record a change: ``updated_at`` becomes ``now`` (default: the current time)."""
        self.updated_at = _as_utc(now) if now is not None else _utcnow()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: dates as ISO strings, timestamps in UTC with offset; the
        provisional text only when there is one."""
        data = {
            "format": FORMAT_VERSION,
            "id": self.id,
            "customer_id": self.customer_id,
            "date": self.date.isoformat(),
            "author": self.author,
            "subject": self.subject,
            "text": self.text,
            "created_at": iso_time(self.created_at),
            "updated_at": iso_time(self.updated_at),
        }
        if self.provisional:
            data["provisional"] = self.provisional
            data["provisional_at"] = self.provisional_at
        return data

    @classmethod
    def from_dict(cls, data: Any) -> CaseNote:
        """The note from :meth:`to_dict`'s form. Raises ``ValueError`` on anything malformed.

        Missing text fields become ""; naive timestamps are taken as UTC.
        """
        if not isinstance(data, dict):
            raise ValueError(f"a case note must be a JSON object, not {type(data).__name__}")
        fmt = data.get("format", FORMAT_VERSION)
        if not isinstance(fmt, int) or fmt > FORMAT_VERSION:
            raise ValueError(f"unsupported case note format {fmt!r} (newer program version?)")
        note_id = data.get("id")
        if not isinstance(note_id, str) or not _ID.fullmatch(note_id):
            raise ValueError(f"invalid case note id {note_id!r}")
        texts = {}
        for name in ("customer_id", "author", "subject", "text"):
            value = data.get(name, "")
            if not isinstance(value, str):
                raise ValueError(f"{name} must be a string, not {type(value).__name__}")
            texts[name] = value
        provisional = data.get("provisional", "")
        provisional_at = data.get("provisional_at", 0)
        if not isinstance(provisional, str) or not isinstance(provisional_at, int) \
                or isinstance(provisional_at, bool):
            raise ValueError("provisional must be a string and provisional_at an integer")
        try:
            day = datetime.date.fromisoformat(data["date"])
            created = _as_utc(datetime.datetime.fromisoformat(data["created_at"]))
            updated = _as_utc(datetime.datetime.fromisoformat(data["updated_at"]))
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"invalid or missing date in case note: {e!r}") from e
        return cls(date=day, id=note_id, created_at=created, updated_at=updated,
                   provisional=provisional, provisional_at=provisional_at, **texts)


def _as_utc(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc)


def iso_time(moment: datetime.datetime) -> str:
    """Fixed-width ISO form in UTC, so stored strings sort like the times they denote."""
    return _as_utc(moment).isoformat(timespec="microseconds")


# --------------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class Problem:
    """Something to point out before a note is finished.

    Attributes:
      field: The :class:`CaseNote` attribute concerned ("customer_id", "text" …).
      message: User-facing text (German by default, see :func:`dictation.i18n.tr`).
      blocking: True when the note should not be exported like this; False for a warning the
        user may ignore.
    """

    field: str
    message: str
    blocking: bool = False


def normalize_customer_id(value: str) -> str:
    """``value`` without any whitespace, upper-case: " 123 a 456789 " -> "123A456789"."""
    return "".join(value.split()).upper()


def customer_id_kind(value: str) -> str | None:
    """"kundennummer", "bg-nummer" or None (unknown format) for the normalised ``value``."""
    normalized = normalize_customer_id(value)
    if _KUNDENNUMMER.fullmatch(normalized):
        return "kundennummer"
    if _BG_NUMMER.fullmatch(normalized):
        return "bg-nummer"
    return None


def validate(note: CaseNote, today: datetime.date | None = None) -> list[Problem]:
    """What is missing or looks wrong in ``note``; empty when all is fine.

    Blocking: no customer number, no text. Warnings: a customer number in an unknown format,
    no subject, no author, a date in the future.
    """
    today = today or datetime.date.today()
    problems: list[Problem] = []
    if not note.customer_id.strip():
        problems.append(
            Problem(
                "customer_id",
                tr(
                    "Bitte geben Sie die Kundennummer oder BG-Nummer ein.",
                    "Please enter the customer number (Kundennummer) or BG number.",
                ),
                blocking=True,
            )
        )
    elif customer_id_kind(note.customer_id) is None:
        problems.append(
            Problem(
                "customer_id",
                tr(
                    "„{value}“ sieht weder wie eine Kundennummer (z. B. 123A456789) noch wie "
                    "eine BG-Nummer (z. B. 12345BG1234567) aus. Bitte prüfen Sie die Eingabe.",
                    "'{value}' looks neither like a customer number (e.g. 123A456789) nor like "
                    "a BG number (e.g. 12345BG1234567). Please check it.",
                ).format(value=note.customer_id.strip()),
            )
        )
    if not note.text.strip():
        problems.append(
            Problem(
                "text",
                tr("Der Vermerk enthält noch keinen Text.", "The note has no text yet."),
                blocking=True,
            )
        )
    if not note.subject.strip():
        problems.append(
            Problem(
                "subject",
                tr("Bitte wählen Sie einen Betreff.", "Please choose a subject."),
            )
        )
    if not note.author.strip():
        problems.append(
            Problem(
                "author",
                tr(
                    "Bitte geben Sie die Verfasserin oder den Verfasser an.",
                    "Please enter the author.",
                ),
            )
        )
    if note.date > today:
        problems.append(
            Problem(
                "date",
                tr(
                    "Das Datum {date} liegt in der Zukunft. Ist es richtig?",
                    "The date {date} is in the future. Is it correct?",
                ).format(date=note.date.strftime("%d.%m.%Y")),
            )
        )
    return problems
