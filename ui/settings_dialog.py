"""The settings dialog. Values the machine-wide policy sets are shown but locked.

Permissions (``vocabulary.editable``, ``export.allowed``) only the policy can set; the dialog
shows them as text, marked "Von der IT festgelegt" when the policy sets them.

The dialog only collects changes (:meth:`SettingsDialog.changes`); the window writes them with
:func:`dictation.settings.save_user_settings` and reports errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dictation import InputDevice, Key, Settings


class _PathField(QWidget):
    """A path line edit with a "Durchsuchen …" button."""

    def __init__(self, title: str, directory: bool, file_filter: str, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.edit.setClearButtonEnabled(True)
        self.button = QPushButton(self.tr("Durchsuchen …"), self)
        self.button.setAccessibleName(self.tr("Durchsuchen: {what}").format(what=accessible))
        self.button.setAccessibleDescription(self.tr("Öffnet einen Dateiauswahldialog"))
        self._title = title
        self._directory = directory
        self._filter = file_filter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._browse)
        self.setFocusProxy(self.edit)

    def _browse(self) -> None:
        if self._directory:
            path = QFileDialog.getExistingDirectory(self, self._title, self.edit.text())
        else:
            path, _ = QFileDialog.getOpenFileName(self, self._title, self.edit.text(), self._filter)
        if path:
            self.edit.setText(path)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")
        self.edit.setCursorPosition(0)  # show where the path starts


class SettingsDialog(QDialog):
    """Model, languages, microphone, vocabulary lists, export, retention, audio.

    Args:
      settings: The merged settings (policy values are locked).
      devices: The microphones to offer.
    """

    def __init__(self, settings: Settings, devices: Sequence[InputDevice] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setAccessibleName(self.tr("Einstellungen"))
        self._settings = settings
        self._editors: dict[Key, QWidget] = {}
        self.lock_labels: dict[Key, QLabel] = {}

        # -- recognition
        self.bundled = QRadioButton(self.tr("&Mitgeliefertes Modell (Whisper base)"))
        self.bundled.setAccessibleName(self.tr("Mitgeliefertes Modell verwenden"))
        self.own_model = QRadioButton(self.tr("&Eigenes Modell (Ordner):"))
        self.own_model.setAccessibleName(self.tr("Eigenes Modell aus einem Ordner verwenden"))
        group = QButtonGroup(self)
        group.addButton(self.bundled)
        group.addButton(self.own_model)
        self.model_path = _PathField(self.tr("Modellordner wählen"), True, "",
                                     self.tr("Ordner des eigenen Modells"))
        self.model_path.edit.setPlaceholderText(self.tr("Ordner mit model.bin (CTranslate2)"))
        model_box = QWidget()
        model_layout = QVBoxLayout(model_box)
        model_layout.setContentsMargins(0, 0, 0, 0)
        model_layout.addWidget(self.bundled)
        model_layout.addWidget(self.own_model)
        model_layout.addWidget(self.model_path)
        self.own_model.toggled.connect(self._model_choice_changed)

        self.language = QComboBox()
        self.language.addItem(self.tr("Deutsch"), "de")
        self.language.addItem(self.tr("Englisch"), "en")
        self.language.setAccessibleName(self.tr("Sprache der Spracherkennung"))

        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("Sprache des Systems"), "")
        self.ui_language.addItem("Deutsch", "de")
        self.ui_language.addItem("English", "en")
        self.ui_language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.ui_language.setAccessibleDescription(self.tr("Wird nach einem Neustart wirksam"))

        self.microphone = QComboBox()
        self.microphone.addItem(self.tr("Standard-Mikrofon des Systems"), None)
        for device in devices:
            self.microphone.addItem(device.name, device.name)
        self.microphone.setAccessibleName(self.tr("Mikrofon"))

        self.save_audio = QCheckBox(self.tr("Aufnahmen spei&chern"))
        self.save_audio.setAccessibleName(self.tr("Aufnahmen speichern"))
        self.save_audio.setAccessibleDescription(
            self.tr("Standardmäßig aus: Diktat speichert keine Tonaufnahmen.")
        )

        recognition = QGroupBox(self.tr("Spracherkennung"))
        form = QFormLayout(recognition)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("Modell:"), model_box, Key.MODEL_PATH,
                  (self.bundled, self.own_model, self.model_path))
        self._row(form, self.tr("&Sprache beim Diktieren:"), self.language, Key.LANGUAGE)
        self._row(form, self.tr("Spr&ache der Oberfläche:"), self.ui_language, Key.UI_LANGUAGE)
        self._row(form, self.tr("M&ikrofon:"), self.microphone, Key.MICROPHONE)
        self._row(form, "", self.save_audio, Key.SAVE_AUDIO)

        # -- vocabulary
        lists = self.tr("Vokabularlisten (*.json *.csv);;Alle Dateien (*)")
        self.vocab_org = _PathField(self.tr("Liste der Organisation wählen"), False, lists,
                                    self.tr("Vokabularliste der Organisation"))
        self.vocab_org.edit.setPlaceholderText(self.tr("z. B. Netzlaufwerk der Organisation"))
        self.vocab_team = _PathField(self.tr("Liste des Teams wählen"), False, lists,
                                     self.tr("Vokabularliste des Teams"))
        self.vocab_personal = _PathField(self.tr("Persönliche Liste wählen"), False, lists,
                                         self.tr("Persönliche Vokabularliste"))
        self.vocab_suggestions = _PathField(self.tr("Ordner für Vorschläge wählen"), True, "",
                                            self.tr("Gemeinsamer Ordner für Vorschläge"))
        self.vocab_suggestions.edit.setPlaceholderText(
            self.tr("Korrekturvorschläge für das Team; leer = nicht geteilt"))
        self.vocab_editable = self._info_label(self.tr("Bearbeiten erlaubt"))
        vocabulary = QGroupBox(self.tr("Vokabular"))
        form = QFormLayout(vocabulary)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Organisation:"), self.vocab_org, Key.VOCABULARY_ORGANISATION)
        self._row(form, self.tr("&Team:"), self.vocab_team, Key.VOCABULARY_TEAM)
        self._row(form, self.tr("&Persönlich:"), self.vocab_personal, Key.VOCABULARY_PERSONAL)
        self._row(form, self.tr("Vorschlä&ge-Ordner:"), self.vocab_suggestions,
                  Key.VOCABULARY_SUGGESTIONS)
        self._row(form, self.tr("Bearbeiten erlaubt:"), self.vocab_editable,
                  Key.VOCABULARY_EDITABLE)

        # -- export and history
        self.export_folder = _PathField(self.tr("Export-Ordner wählen"), True, "",
                                        self.tr("Export-Ordner"))
        self.export_folder.edit.setPlaceholderText(self.tr("Standard: Ordner „Dokumente“"))
        self.template = _PathField(self.tr("Word-Vorlage wählen"), False,
                                   self.tr("Word-Vorlagen (*.docx *.dotx)"),
                                   self.tr("Word-Vorlage"))
        self.template.edit.setPlaceholderText(self.tr("Standard: mitgelieferte Vorlage"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" Tage"))
        self.retention.setAccessibleName(self.tr("Aufbewahrungsdauer des Verlaufs in Tagen"))
        self.retention.setAccessibleDescription(
            self.tr("Abgeschlossene Vermerke werden danach aus dem lokalen Verlauf gelöscht")
        )
        self.export_allowed = self._info_label(self.tr("Erlaubte Exportwege"))
        export = QGroupBox(self.tr("Export und Verlauf"))
        form = QFormLayout(export)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("E&xport-Ordner:"), self.export_folder, Key.EXPORT_FOLDER)
        self._row(form, self.tr("&Word-Vorlage:"), self.template, Key.EXPORT_TEMPLATE)
        self._row(form, self.tr("Erlaubte Exportwege:"), self.export_allowed, Key.EXPORT_ALLOWED)
        self._row(form, self.tr("&Verlauf aufbewahren:"), self.retention, Key.RETENTION_DAYS)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(recognition)
        column.addWidget(vocabulary)
        column.addWidget(export)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        self._show_values()
        self._apply_locks()
        content_size, buttons_size = content.sizeHint(), buttons.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(content_size.width() + 40, self.fontMetrics().height() * 44)
        height = content_size.height() + buttons_size.height() + 40
        if screen is not None:  # large fonts / 200 %: scroll instead of leaving the screen
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        self.resize(width, height)

    # -- building ------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, field: QWidget, key: Key,
             parts: Sequence[QWidget] = ()) -> None:
        lock = QLabel(self.tr("Von der IT festgelegt"))
        lock.setAccessibleName(self.tr("Gesperrt: von der IT festgelegt"))
        lock.setVisible(False)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        if label:
            caption = QLabel(label)
            if "&" in label:
                caption.setBuddy(field)
            form.addRow(caption, holder)
        else:
            form.addRow(holder)
        self._editors[key] = field
        self.lock_labels[key] = lock
        self._parts = getattr(self, "_parts", {})
        self._parts[key] = tuple(parts) or (field,)

    def _info_label(self, name: str) -> QLabel:
        """A read-only value (a permission only the policy sets), reachable with the keyboard."""
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(name)
        return label

    def _permission_texts(self) -> tuple[str, str]:
        """The two permissions in words: editable vocabulary lists, allowed exports."""
        s = self._settings
        layers = {"personal": self.tr("persönliche Liste"), "team": self.tr("Teamliste"),
                  "organisation": self.tr("Organisationsliste")}
        editable = ", ".join(name for layer, name in layers.items() if s.may_edit(layer))
        targets = {"clipboard": self.tr("Zwischenablage"),
                   "paste": self.tr("Einfügen in ein anderes Programm"),
                   "docx": self.tr("Word-Datei"), "txt": self.tr("Textdatei")}
        allowed = ", ".join(name for target, name in targets.items() if s.may_export(target))
        return editable, allowed or self.tr("keine")

    def _model_choice_changed(self, own: bool) -> None:
        if not self._settings.is_locked(Key.MODEL_PATH):
            self.model_path.setEnabled(own)

    def _show_values(self) -> None:
        s = self._settings
        own = bool(s.model_path)
        self.own_model.setChecked(own)
        self.bundled.setChecked(not own)
        self.model_path.set_value(s.model_path)
        self.model_path.setEnabled(own)
        _select(self.language, s.language, add=True)
        _select(self.ui_language, s.ui_language)
        _select(self.microphone, s.microphone, add=True)
        self.save_audio.setChecked(s.save_audio)
        self.vocab_org.set_value(s.vocabulary_organisation)
        self.vocab_team.set_value(s.vocabulary_team)
        self.vocab_personal.set_value(s.vocabulary_personal)
        self.vocab_suggestions.set_value(s.vocabulary_suggestions)
        editable, allowed = self._permission_texts()
        self.vocab_editable.setText(editable)
        self.export_allowed.setText(allowed)
        self.export_folder.set_value(s.export_folder)
        self.template.set_value(s.export_template)
        self.retention.setValue(s.retention_days)

    def _apply_locks(self) -> None:
        hint = self.tr("Von der IT festgelegt; kann hier nicht geändert werden.")
        only_it = self.tr("Kann nur die IT in den Maschinen-Einstellungen ändern (Standard).")
        for key, parts in self._parts.items():
            locked = self._settings.is_locked(key)
            self.lock_labels[key].setVisible(locked)
            for widget in parts:
                if key in _PERMISSIONS:  # text, never editable here; stays readable
                    widget.setToolTip(hint if locked else only_it)
                    widget.setAccessibleDescription(hint if locked else only_it)
                elif locked:
                    widget.setEnabled(False)
                    widget.setToolTip(hint)
                    widget.setAccessibleDescription(hint)

    # -- result --------------------------------------------------------------------------------

    def values(self) -> dict[Key, str | int | bool | None]:
        """What the dialog shows now, for every key the user may set."""
        return {
            Key.MODEL_PATH: self.model_path.value() if self.own_model.isChecked() else None,
            Key.LANGUAGE: self.language.currentData(),
            Key.UI_LANGUAGE: self.ui_language.currentData(),
            Key.MICROPHONE: self.microphone.currentData(),
            Key.SAVE_AUDIO: self.save_audio.isChecked(),
            Key.VOCABULARY_ORGANISATION: self.vocab_org.value(),
            Key.VOCABULARY_TEAM: self.vocab_team.value(),
            Key.VOCABULARY_PERSONAL: self.vocab_personal.value(),
            Key.VOCABULARY_SUGGESTIONS: self.vocab_suggestions.value(),
            Key.EXPORT_FOLDER: self.export_folder.value(),
            Key.EXPORT_TEMPLATE: self.template.value(),
            Key.RETENTION_DAYS: self.retention.value(),
        }

    def changes(self) -> dict[Key, str | int | bool | None]:
        """The values the user changed (locked keys never), for ``save_user_settings``."""
        out = {}
        for key, value in self.values().items():
            if self._settings.is_locked(key):
                continue
            if value != self._settings.value(key):
                out[key] = value
        return out


#: Keys only the machine-wide policy sets: shown, never part of :meth:`SettingsDialog.changes`.
_PERMISSIONS = frozenset({Key.VOCABULARY_EDITABLE, Key.EXPORT_ALLOWED})


def _select(combo: QComboBox, value, add: bool = False) -> None:
    index = combo.findData(value)
    if index < 0 and add and value:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))


__all__ = ["SettingsDialog"]
