"""CaseNote: defaults, JSON round trip and the checks before export."""

from __future__ import annotations

import datetime
import json

import pytest

from dictation.notes.casenote import (
    SUBJECTS,
    CaseNote,
    customer_id_kind,
    default_author,
    normalize_customer_id,
    validate,
)

UTC = datetime.timezone.utc


@pytest.fixture(autouse=True)
def german(monkeypatch):
    monkeypatch.setenv("DIKTAT_LANG", "de")


def _note(**changes) -> CaseNote:
    values = dict(
        customer_id="123A456789",
        date=datetime.date(2025, 3, 5),
        author="Erika Müller",
        subject="Beratungsgespräch",
        text="Erster Absatz zum „Bürgergeld“.\n\nÄÖÜß äöü.",
    )
    values.update(changes)
    return CaseNote(**values)


def test_defaults():
    """A new note has a uuid4 hex id, today's date, aware UTC timestamps and an author."""
    note = CaseNote()
    assert len(note.id) == 32 and int(note.id, 16) >= 0
    assert CaseNote().id != note.id
    assert note.date == datetime.date.today()
    assert note.created_at.utcoffset() == datetime.timedelta(0)
    assert note.updated_at >= note.created_at
    assert note.author == default_author()
    assert note.customer_id == note.subject == note.text == ""


def test_default_author_falls_back_to_login(monkeypatch):
    """The author is the login name from the environment; "" when there is none at all."""
    monkeypatch.setattr("dictation.notes.casenote._windows_display_name", lambda: "")
    monkeypatch.setenv("LOGNAME", "emueller")
    assert default_author() == "emueller"

    def no_user():
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", no_user)
    assert default_author() == ""


def test_subjects():
    """The offered subjects are the six agreed ones."""
    assert SUBJECTS == (
        "Beratungsgespräch",
        "Telefonat",
        "Hausbesuch",
        "Eingliederung",
        "Leistungsangelegenheit",
        "Sonstiges",
    )


def test_round_trip_through_json():
    """to_dict -> JSON -> from_dict gives the same note, umlauts included."""
    note = _note()
    data = json.loads(json.dumps(note.to_dict(), ensure_ascii=False))
    assert data["date"] == "2025-03-05"
    assert data["created_at"].endswith("+00:00")
    assert CaseNote.from_dict(data) == note


def test_from_dict_normalizes_timestamps():
    """Naive timestamps count as UTC; other offsets are converted to UTC."""
    data = _note().to_dict()
    data["created_at"] = "2025-03-05T10:00:00"
    data["updated_at"] = "2025-03-05T12:00:00+01:00"
    note = CaseNote.from_dict(data)
    assert note.created_at == datetime.datetime(2025, 3, 5, 10, tzinfo=UTC)
    assert note.updated_at == datetime.datetime(2025, 3, 5, 11, tzinfo=UTC)
    assert note.updated_at.tzinfo == UTC


@pytest.mark.parametrize(
    "change",
    [
        {"id": "../../etc/passwd"},
        {"id": 5},
        {"date": "05.03.2025"},
        {"created_at": None},
        {"text": ["list"]},
        {"format": 99},
    ],
)
def test_from_dict_rejects_malformed(change):
    """Malformed data raises ValueError (never a path-like id, wrong types, bad dates)."""
    data = _note().to_dict()
    data.update(change)
    with pytest.raises(ValueError):
        CaseNote.from_dict(data)


def test_from_dict_rejects_non_objects():
    """A JSON list or string is not a note."""
    with pytest.raises(ValueError):
        CaseNote.from_dict(["x"])


def test_touch_moves_updated_at():
    """touch() records the change time in UTC."""
    note = _note()
    plus_one = datetime.timezone(datetime.timedelta(hours=1))
    moment = datetime.datetime(2030, 1, 1, 12, tzinfo=plus_one)
    note.touch(moment)
    assert note.updated_at == datetime.datetime(2030, 1, 1, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("123A456789", "kundennummer"),
        (" 123 a 456789 ", "kundennummer"),
        ("12345BG1234567", "bg-nummer"),
        ("12345bg1234567", "bg-nummer"),
        ("12345", None),
        ("123A45678", None),
        ("ABCDEFGHIJ", None),
    ],
)
def test_customer_id_kind(value, kind):
    """Kundennummer (3 digits, letter, 6 digits) and BG-Nummer (5 digits, BG, 7 digits)."""
    assert customer_id_kind(value) == kind


def test_normalize_customer_id():
    """Whitespace goes, letters become capitals."""
    assert normalize_customer_id(" 123 a\t456789\n") == "123A456789"


def test_validate_accepts_a_complete_note():
    """A complete note with a known customer number format has no problems."""
    assert validate(_note(), today=datetime.date(2025, 3, 5)) == []
    assert validate(_note(customer_id="12345BG1234567"), today=datetime.date(2025, 3, 5)) == []


def test_validate_warns_but_does_not_block_on_unknown_format():
    """An unknown customer number format is a warning with both examples, in German."""
    problems = validate(_note(customer_id="K-4711"), today=datetime.date(2025, 3, 5))
    assert [(p.field, p.blocking) for p in problems] == [("customer_id", False)]
    assert "123A456789" in problems[0].message and "12345BG1234567" in problems[0].message
    assert "K-4711" in problems[0].message and "Kundennummer" in problems[0].message


def test_validate_blocks_missing_customer_and_text():
    """No customer number and no text block the export; no subject/author only warn."""
    problems = validate(
        _note(customer_id=" ", text="\n", subject="", author=""), today=datetime.date(2025, 3, 5)
    )
    by_field = {p.field: p.blocking for p in problems}
    assert by_field == {"customer_id": True, "text": True, "subject": False, "author": False}


def test_validate_warns_about_future_date():
    """A date after today is a warning naming the date in German format."""
    problems = validate(_note(date=datetime.date(2025, 3, 6)), today=datetime.date(2025, 3, 5))
    assert [p.field for p in problems] == ["date"]
    assert "06.03.2025" in problems[0].message


def test_validate_speaks_english_when_asked(monkeypatch):
    """With DIKTAT_LANG=en the messages are English."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    problems = validate(_note(customer_id=""), today=datetime.date(2025, 3, 5))
    assert problems[0].message.startswith("Please enter the customer number")
