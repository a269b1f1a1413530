"""Start the desktop app: ``diktat`` (or ``dictation app``).

Sets up logging to a per-user rotating log file (never the dictated text, no customer
numbers; private to the user: file 0600 in a 0700 folder), the UI language
(German source strings, English from ``ui/translations/diktat_en.qm``), an exception hook that
saves the draft and tells the user, and the main window.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import re
import sys
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from dictation import chmod_private, make_private_dir

log = logging.getLogger("diktat.ui")

APP_NAME = "Diktat"
ORGANISATION = "Diktat"
TRANSLATIONS = Path(__file__).parent / "translations"
LOG_FILE_NAME = "diktat.log"


def log_folder() -> Path:
    """``DIKTAT_LOG_DIR`` if set, else the platform's per-user log folder."""
    override = os.environ.get("DIKTAT_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("diktat", appauthor=False))


#: A Kundennummer (123A456789) or BG-Nummer (12345BG1234567), also typed with spaces, as a
#: token of its own or inside a file name ("Vermerk_123A456789_2025-03-05.docx").
_CUSTOMER_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{3} ?[A-Za-z] ?\d{6}|\d{5} ?[Bb][Gg] ?\d{7})(?![0-9A-Za-z])")


#: A value quoted as user messages („…“, '…') and OS errors ('…') quote them.
_QUOTED = re.compile(r"„[^“\n]*“|(?<!\w)'[^'\n]*'")
#: What makes a quoted value a path or file name: a separator or a file extension.
_PATHLIKE = re.compile(r"[/\\]|\.\w{1,5}$")


def _mask_path(match: re.Match) -> str:
    value = match.group()
    if not _PATHLIKE.search(value[1:-1]):
        return value
    return "„[Pfad]“" if value.startswith("„") else "'[Pfad]'"


class _PrivacyFormatter(logging.Formatter):
    """Masks customer numbers, and the quoted file and folder names of user messages and OS
    errors, in every log line, tracebacks included.

    The log is read by support staff and sent around with bug reports; a customer number is
    social data (§ 35 SGB I), and the names of exported files contain it (or a client's
    name). Log calls are written not to include any; this is the net for what they cannot
    foresee: an error message shown to the user and logged, an exception naming an export
    file. Source file paths in tracebacks ("…") stay readable."""

    def format(self, record: logging.LogRecord) -> str:
        text = _QUOTED.sub(_mask_path, super().format(record))
        return _CUSTOMER_NUMBER.sub("[Kundennummer]", text)


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file created 0600 (a chmod after creating it would leave a window);
    the files rotated away keep that mode."""

    def _open(self):
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _app_folder(folder: Path) -> Path:
    """The app's own folder that ``folder`` lies in ("~/.local/state/diktat" for
    "~/.local/state/diktat/log"): everything from there down is made private."""
    for candidate in (folder, *folder.parents):
        if candidate.name.lower() == "diktat":
            return candidate
    return folder


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (1 MB × 3). Returns the file, or None when it cannot be created.

    Only events and errors are logged; no module logs dictated text at INFO or above, and
    customer numbers are masked. The log names folders and errors of the user's work, so the
    folder is private (0700) and the files 0600, also where an older version left them open.
    """
    folder = log_folder()
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path:
            return path
    try:
        make_private_dir(folder, root=_app_folder(folder))
        for old in (path, *(path.with_name(f"{path.name}.{n}") for n in range(1, 4))):
            chmod_private(old)
        handler = _PrivateLogFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as err:
        logging.basicConfig(level=logging.WARNING)
        log.warning("cannot write the log file %s: %s", path, err)
        return None
    handler.setFormatter(_PrivacyFormatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in ("dictation", "diktat"):
        logging.getLogger(name).setLevel(level)
    return path


def ui_language(settings=None) -> str:
    """"de" or "en": ``DIKTAT_LANG``, then the setting ``ui.language``, then the system."""
    explicit = os.environ.get("DIKTAT_LANG", "").strip().lower()[:2]
    if explicit in ("de", "en"):
        return explicit
    if settings is not None and settings.ui_language in ("de", "en"):
        return settings.ui_language
    from PySide6.QtCore import QLocale

    return "en" if QLocale.system().name().lower().startswith("en") else "de"


def install_translators(app, language: str) -> list:
    """Load Diktat's and Qt's own translations for ``language``; returns the translators."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "diktat_en.qm")):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            log.warning("English translation %s not found", TRANSLATIONS / "diktat_en.qm")
    return translators


def install_excepthook(window) -> None:
    """Unexpected errors: log them, save the draft, tell the user; the app keeps running."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    ref = weakref.ref(window)
    busy = threading.Lock()

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if not busy.acquire(blocking=False):
            return  # an error while showing the last one: logged is enough
        try:
            target = ref()
            if target is not None:
                target.emergency_save()
            QMessageBox.critical(
                target, APP_NAME,
                QCoreApplication.translate(
                    "App",
                    "Ein unerwarteter Fehler ist aufgetreten. Ihr Text ist als Entwurf gesichert "
                    "und wird beim nächsten Start angeboten, falls Diktat beendet werden muss. "
                    "Einzelheiten stehen in der Protokolldatei:\n{path}",
                ).format(path=log_folder() / LOG_FILE_NAME),
            )
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("the exception hook failed")
        finally:
            busy.release()

    def thread_hook(args) -> None:
        log.critical("unexpected error in thread %s", args.thread and args.thread.name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _qt_messages(mode, context, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("diktat.qt").log(level, "%s", message)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diktat",
                                     description="Diktat: Vermerke diktieren, offline.")
    parser.add_argument("--selftest", action="store_true",
                        help="Installation prüfen (wie „dictation selftest“; weitere "
                             "Optionen: --model, --compute, --report DATEI) und beenden / "
                             "check the installation and exit")
    return parser


def create_window(settings=None):
    """The main window with the real services (after the QApplication exists)."""
    from .main_window import MainWindow, Services

    services = Services(settings=settings) if settings is not None else Services()
    return MainWindow(services)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``diktat`` command."""
    args, remaining_args = _parser().parse_known_args(argv)
    if args.selftest:  # no GUI: the report goes to stdout (and to --report FILE)
        from dictation import selftest

        return selftest.main(remaining_args)
    qt_args = remaining_args
    log_file = setup_logging()
    from dictation import load_settings

    settings = load_settings()
    language = ui_language(settings)
    os.environ["DIKTAT_LANG"] = language  # messages of the core in the same language

    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("diktat")
    install_translators(app, language)
    log.info("Diktat starting (language %s, log %s)", language, log_file)

    window = create_window(settings)
    install_excepthook(window)
    window.show()
    QTimer.singleShot(0, window.start)
    code = app.exec()
    log.info("Diktat finished (%s)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
