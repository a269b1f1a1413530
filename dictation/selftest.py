"""Self-test for IT: does this installation work on this machine, without a network?

``python -m dictation.selftest`` (and, once wired, ``dictation selftest`` / ``diktat
--selftest``) checks, in this order:

1. the settings files (machine-wide policy and the user's) parse, and the files and folders
   they name are there;
2. the Whisper model loads (which one, from where, on which device, how long);
3. microphones are listed (none is a warning: servers and terminal hosts have none);
4. the shipped vocabulary loads;
5. the bundled sample ``dictation/data/selftest.wav`` (a German sentence synthesised with
   espeak-ng, see ``packaging/make_selftest_wav.py``) is transcribed with the vocabulary bias
   and run through the text pipeline; the result must be close to :data:`SAMPLE_TEXT` (word
   error rate at most :data:`MAX_WORD_ERROR_RATE`: the robotic voice and CPU differences may
   change a word, not the sentence);
6. the text pipeline turns a fixed phrase into a fixed result (numbers, terms);
7. a Word file is written to a temporary folder with :func:`dictation.notes.exporters.export_docx`
   and read back with python-docx (in frozen bundles lxml is a known trap);
8. nothing tried to reach the network meanwhile (``socket.connect``/``getaddrinfo``/
   ``gethostbyname`` audit events).

Each check prints one line: ``✔`` passed, ``⚠`` a warning, ``✘`` failed. The exit status is 0
when nothing failed, else 1. No dictated text, user data or audio is read or kept.
"""

from __future__ import annotations

import argparse
import enum
import logging
import os
import platform
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dictation import __version__
from dictation.config import ModelOptions
from dictation.errors import DictationError
from dictation.i18n import tr
from dictation.text.wer import word_error_rate

if TYPE_CHECKING:
    from dictation.engine.models import LoadedModel
    from dictation.settings import Settings

__all__ = [
    "MAX_WORD_ERROR_RATE",
    "SAMPLE_FILE",
    "SAMPLE_TEXT",
    "Status",
    "add_arguments",
    "main",
    "run",
    "run_selftest",
]

log = logging.getLogger("dictation")

#: The recording the self-test transcribes (16 kHz mono WAV, about 4 s).
SAMPLE_FILE = Path(__file__).resolve().parent / "data" / "selftest.wav"

#: What is said in :data:`SAMPLE_FILE`.
SAMPLE_TEXT = "Die Kundin hat heute den Antrag auf Bürgergeld abgegeben."

#: Largest word error rate of the sample's transcript that still passes.
MAX_WORD_ERROR_RATE = 0.4

#: A dictated phrase and what the text pipeline with the shipped vocabulary makes of it.
PIPELINE_INPUT = "Der Kunde bezieht ALG zwei nach Paragraf sieben SGB zwei."
PIPELINE_EXPECTED = "Der Kunde bezieht ALG II nach § 7 SGB II."

_EXIT_OK, _EXIT_FAILED = 0, 1


class Status(enum.StrEnum):
    """Outcome of one check, with the mark printed in front of its line."""

    OK = "✔"
    WARNING = "⚠"
    FAILED = "✘"
    SKIPPED = "–"


_ASCII_MARKS = {
    Status.OK: "[OK]", Status.WARNING: "[!!]", Status.FAILED: "[XX]", Status.SKIPPED: "[--]",
}


@dataclass
class _Report:
    """Collects the checks' outcomes and prints one line each."""

    report: Callable[[str], None]
    counts: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(Status, 0))

    def line(self, status: Status, message: str, seconds: float | None = None) -> None:
        self.counts[status] += 1
        timing = f" [{seconds:.1f} s]" if seconds is not None and seconds >= 0.05 else ""
        self.report(f"{status.value} {message}{timing}")

    def info(self, message: str) -> None:
        self.report(f"  {message}")


# --- network guard ---------------------------------------------------------------------------

_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname"})
_guard_lock = threading.Lock()
_guard_installed = False
_network_attempts: list[str] | None = None  # a list while a self-test is watching


def _network_hook(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook: note attempts to reach the network (local Unix sockets do not count)."""
    if _network_attempts is None or event not in _NETWORK_EVENTS:
        return
    if event == "socket.connect":
        sock, address = args[0], args[1]
        if getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX:
            return
        _network_attempts.append(f"connect {address!r}")
    else:
        _network_attempts.append(f"{event.split('.', 1)[1]} {args[0]!r}")


@contextmanager
def _watch_network() -> Iterator[list[str]]:
    """Record network attempts of this process until the block ends."""
    global _guard_installed, _network_attempts
    with _guard_lock:
        if not _guard_installed:  # audit hooks cannot be removed: install one, once
            sys.addaudithook(_network_hook)
            _guard_installed = True
    attempts: list[str] = []
    _network_attempts = attempts
    try:
        yield attempts
    finally:
        _network_attempts = None


# --- helpers ---------------------------------------------------------------------------------


def _message(error: BaseException) -> str:
    """The user message of a core error; type and text of anything else."""
    if isinstance(error, DictationError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def _where_installed() -> str:
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve().parent)
    return str(Path(__file__).resolve().parent.parent)


# --- the checks ------------------------------------------------------------------------------


def _check_settings(out: _Report) -> Settings:
    from dictation.settings import Settings, load_settings, policy_file, user_settings_file

    started = time.perf_counter()
    try:
        settings = load_settings()
    except Exception as e:  # noqa: BLE001 - load_settings should never raise; report if it does
        log.exception("Reading the settings failed")
        out.line(Status.FAILED, tr("Einstellungen: {error}", "Settings: {error}").format(
            error=_message(e)))
        return Settings()
    seconds = time.perf_counter() - started
    policy, user = policy_file(), user_settings_file()
    for problem in settings.problems:
        out.line(Status.FAILED, problem)
    if not settings.problems:
        out.line(
            Status.OK,
            tr(
                "Einstellungen lesbar: Richtlinie {policy} ({policy_state}), Benutzer {user} "
                "({user_state})",
                "Settings readable: policy {policy} ({policy_state}), user {user} "
                "({user_state})",
            ).format(
                policy=policy,
                policy_state=_file_state(policy),
                user=user,
                user_state=_file_state(user),
            ),
            seconds,
        )
    if settings.locked:
        out.info(tr("Von der Richtlinie festgelegt: {keys}", "Set by the policy: {keys}").format(
            keys=", ".join(sorted(settings.locked))))
    _check_configured_paths(out, settings)
    return settings


def _file_state(path: Path) -> str:
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    return tr("vorhanden", "present") if exists else tr("nicht vorhanden", "not present")


def _check_configured_paths(out: _Report, settings: Settings) -> None:
    """Vocabulary lists and folders named in the settings: reachable and valid? A list
    that cannot be reached is a warning (a share may be offline, and the app falls back to
    its last good copy); a file that is read but is not a list is a failure: the path or the
    file is wrong and only IT can fix it."""
    from dictation.vocabulary.lists import Layer, load_list

    lists = (
        (settings.vocabulary_organisation, Layer.ORGANISATION,
         tr("Organisationsliste", "organisation list")),
        (settings.vocabulary_team, Layer.TEAM, tr("Teamliste", "team list")),
        (settings.vocabulary_personal, Layer.PERSONAL, tr("persönliche Liste", "personal list")),
    )
    for path, layer, label in lists:
        if not path:
            continue
        started = time.perf_counter()
        try:
            result = load_list(path, layer)
        except Exception as e:  # noqa: BLE001 - a share can fail in many ways
            out.line(Status.WARNING, f"{label} {path}: {_message(e)}")
            continue
        seconds = time.perf_counter() - started
        organisation = layer is Layer.ORGANISATION
        if result.vocabulary is None and not result.damaged:
            reason = "; ".join(str(p) for p in result.problems) or "?"
            out.line(Status.WARNING, tr(
                "{label} {path} nicht lesbar ({reason}); die App nutzt ihre letzte gute Kopie",
                "{label} {path} not readable ({reason}); the app uses its last good copy",
            ).format(label=label, path=path, reason=reason), seconds)
        elif result.damaged or (organisation and not result.vocabulary.entries):  # type: ignore
            # Read, but not a list (a wrong path, a half-saved file): IT must fix this. The
            # app rejects it as organisation list; a team or personal list is used in part.
            unusable = organisation or result.vocabulary is None
            out.line(Status.FAILED if unusable else Status.WARNING, tr(
                "{label} {path} ist keine gültige Wortliste ({reason})",
                "{label} {path} is not a valid vocabulary list ({reason})",
            ).format(label=label, path=path, reason=result.defect), seconds)
        else:
            bad = sum(1 for p in result.problems if p.severity == "error")
            status = Status.WARNING if bad else Status.OK
            kept = tr("; die App nutzt stattdessen ihre letzte gute Kopie",
                      "; the app uses its last good copy instead") if bad and organisation else ""
            out.line(status, tr(
                "{label} {path}: {n} Einträge, {bad} fehlerhafte Zeilen",
                "{label} {path}: {n} entries, {bad} bad lines",
            ).format(label=label, path=path, n=len(result.vocabulary.entries), bad=bad) + kept,
                seconds)
    if settings.export_folder:
        folder = Path(settings.export_folder)
        if folder.is_dir() and os.access(folder, os.W_OK):
            out.line(Status.OK, tr("Exportordner {folder} beschreibbar",
                                   "Export folder {folder} writable").format(folder=folder))
        else:
            out.line(Status.WARNING, tr(
                "Exportordner {folder} fehlt oder ist nicht beschreibbar (für diesen Benutzer)",
                "Export folder {folder} is missing or not writable (for this user)",
            ).format(folder=folder))
    if settings.export_template and not Path(settings.export_template).is_file():
        out.line(Status.FAILED, tr("Word-Vorlage {path} fehlt", "Word template {path} is missing")
                 .format(path=settings.export_template))


def _check_model(out: _Report, options: ModelOptions, settings: Settings) -> LoadedModel | None:
    from dictation.engine.models import load_model

    announced: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not announced:
            announced.append(True)
            out.info(tr("Das mitgelieferte Modell wird eingerichtet (einmalig) …",
                        "Setting up the bundled model (once) …"))

    started = time.perf_counter()
    try:
        loaded = load_model(options, settings, progress=progress)
    except Exception as e:  # noqa: BLE001 - any failure to load is the finding
        log.exception("Loading the model failed")
        message = tr("Modell nicht ladbar: {error}", "Model cannot be loaded: {error}")
        out.line(Status.FAILED, message.format(error=_message(e)), time.perf_counter() - started)
        return None
    candidate = loaded.candidate
    out.line(
        Status.OK,
        tr(
            "Modell {name} ({source}) aus {path}: {device}/{compute}, geladen in {load:.1f} s",
            "Model {name} ({source}) from {path}: {device}/{compute}, loaded in {load:.1f} s",
        ).format(
            name=candidate.name,
            source=candidate.source,
            path=candidate.path,
            device=loaded.device,
            compute=loaded.compute_type,
            load=loaded.load_seconds,
        ),
        time.perf_counter() - started,
    )
    if loaded.notice:
        out.line(Status.WARNING, loaded.notice)
    if candidate.problem:
        out.line(Status.WARNING, candidate.problem)
    return loaded


def _check_microphones(out: _Report, settings: Settings) -> None:
    from dictation.engine.audio import list_input_devices, resolve_device

    started = time.perf_counter()
    try:
        devices = list_input_devices()
    except Exception as e:  # noqa: BLE001 - MicrophoneUnavailable, PortAudio errors
        out.line(Status.WARNING, tr(
            "Mikrofone: nicht abfragbar ({error}); auf einem Server ohne Audio ist das normal",
            "Microphones: cannot be listed ({error}); normal on a server without audio",
        ).format(error=_message(e)), time.perf_counter() - started)
        return
    seconds = time.perf_counter() - started
    if not devices:
        out.line(Status.WARNING, tr(
            "Kein Mikrofon gefunden (auf einem Server ohne Audio ist das normal)",
            "No microphone found (normal on a server without audio)",
        ), seconds)
        return
    default = next((d.name for d in devices if d.is_default), devices[0].name)
    out.line(Status.OK, tr("Mikrofone: {n} (Standard: {default})",
                           "Microphones: {n} (default: {default})").format(
        n=len(devices), default=default), seconds)
    for device in devices:
        out.info(str(device))
    if settings.microphone:
        try:
            chosen = resolve_device(settings.microphone)
            out.line(Status.OK, tr("Eingestelltes Mikrofon „{spec}“: {device}",
                                   "Configured microphone '{spec}': {device}").format(
                spec=settings.microphone, device=chosen))
        except Exception as e:  # noqa: BLE001
            out.line(Status.WARNING, _message(e))


def _check_vocabulary(out: _Report):
    from dictation.app.pipeline import VocabularyOptions, load_vocabulary

    started = time.perf_counter()
    try:
        vocabulary, messages = load_vocabulary(VocabularyOptions())
    except Exception as e:  # noqa: BLE001 - a damaged installation
        out.line(Status.FAILED, tr("Vokabular: {error}", "Vocabulary: {error}").format(
            error=_message(e)), time.perf_counter() - started)
        return None
    out.line(Status.OK, tr(
        "Mitgeliefertes Vokabular: {n} Einträge",
        "Shipped vocabulary: {n} entries",
    ).format(n=len(vocabulary.entries)), time.perf_counter() - started)
    for message in messages:
        out.line(Status.WARNING, message)
    return vocabulary


def _check_transcription(out: _Report, loaded: LoadedModel, vocabulary, language: str) -> str:
    """Transcribe the sample, run it through the pipeline; the note text ("" on failure)."""
    from dictation.app.pipeline import NoteText, bias_terms
    from dictation.config import RecognizerOptions
    from dictation.engine.transcribe import transcribe_file

    started = time.perf_counter()
    try:
        terms: tuple[str, ...] = ()
        if vocabulary is not None and vocabulary.entries:
            tokenizer = loaded.model.hf_tokenizer

            class _Counter:  # the model's own tokenizer, as the app counts the prompt budget
                def encode(self, text: str) -> list[int]:
                    return tokenizer.encode(text, add_special_tokens=False).ids

            terms = bias_terms(vocabulary, _Counter())
        transcript = transcribe_file(
            loaded.model, SAMPLE_FILE, RecognizerOptions(language=language, bias_terms=terms)
        )
        note = NoteText(vocabulary)
        for segment in transcript.segments:
            note.commit(segment.text)
        text = note.text
    except Exception as e:  # noqa: BLE001 - any failure is the finding
        log.exception("Transcribing the sample failed")
        out.line(Status.FAILED, tr("Erkennung fehlgeschlagen: {error}",
                                   "Recognition failed: {error}").format(error=_message(e)),
                 time.perf_counter() - started)
        return ""
    rate = word_error_rate(SAMPLE_TEXT, text)
    passed = rate <= MAX_WORD_ERROR_RATE
    out.line(
        Status.OK if passed else Status.FAILED,
        tr(
            "Erkennung der Testaufnahme: „{text}“ (Wortfehlerrate {rate:.0%}, erlaubt "
            "{max:.0%}; {audio:.1f} s Audio in {compute:.1f} s)",
            "Recognition of the test recording: '{text}' (word error rate {rate:.0%}, allowed "
            "{max:.0%}; {audio:.1f} s of audio in {compute:.1f} s)",
        ).format(
            text=text,
            rate=rate,
            max=MAX_WORD_ERROR_RATE,
            audio=transcript.duration,
            compute=transcript.compute_seconds,
        ),
        time.perf_counter() - started,
    )
    if not passed:
        out.info(tr("Erwartet: „{text}“", "Expected: '{text}'").format(text=SAMPLE_TEXT))
    return text


def _check_pipeline(out: _Report, vocabulary) -> None:
    from dictation.app.pipeline import NoteText

    try:
        note = NoteText(vocabulary)
        note.commit(PIPELINE_INPUT)
        result = note.text
    except Exception as e:  # noqa: BLE001
        log.exception("Text pipeline failed")
        out.line(Status.FAILED, tr("Textverarbeitung: {error}", "Text pipeline: {error}")
                 .format(error=_message(e)))
        return
    if result == PIPELINE_EXPECTED:
        message = tr("Textverarbeitung: „{a}“ → „{b}“", "Text pipeline: '{a}' → '{b}'")
        out.line(Status.OK, message.format(a=PIPELINE_INPUT, b=result))
    else:
        out.line(Status.FAILED, tr(
            "Textverarbeitung: „{a}“ ergab „{b}“ statt „{c}“",
            "Text pipeline: '{a}' gave '{b}' instead of '{c}'",
        ).format(a=PIPELINE_INPUT, b=result, c=PIPELINE_EXPECTED))


def _check_docx(out: _Report, text: str, template: str | None) -> None:
    """Write a Word file with the exporter and read it back with python-docx."""
    started = time.perf_counter()
    customer = "123A456789"
    try:
        import docx

        from dictation.notes.casenote import CaseNote
        from dictation.notes.exporters import export_docx

        note = CaseNote(customer_id=customer, author=tr("Selbsttest", "Self-test"),
                        subject=tr("Selbsttest", "Self-test"), text=text)
        with tempfile.TemporaryDirectory(prefix="diktat-selbsttest-") as folder:
            path = export_docx(note, Path(folder) / "selbsttest.docx", template=template)
            size = path.stat().st_size
            document = docx.Document(str(path))
            found = "\n".join(_docx_texts(document))
    except Exception as e:  # noqa: BLE001 - lxml missing in a bundle, disk full, …
        log.exception("Word export failed")
        out.line(Status.FAILED, tr("Word-Export: {error}", "Word export: {error}").format(
            error=_message(e)), time.perf_counter() - started)
        return
    missing = [part for part in (customer, text.split("\n")[0]) if part and part not in found]
    if missing:
        out.line(Status.FAILED, tr(
            "Word-Export: die geschriebene Datei enthält {missing} nicht",
            "Word export: the written file does not contain {missing}",
        ).format(missing=", ".join(f"„{m}“" for m in missing)), time.perf_counter() - started)
        return
    out.line(Status.OK, tr(
        "Word-Export: .docx geschrieben und gelesen ({size} Bytes, Vorlage {template})",
        "Word export: .docx written and read back ({size} bytes, template {template})",
    ).format(size=size, template=template or tr("mitgeliefert", "shipped")),
        time.perf_counter() - started)


def _docx_texts(document) -> Iterator[str]:
    """Paragraph texts of the body, its tables (nested too), headers and footers."""

    def paragraphs(container) -> Iterator[str]:
        for paragraph in container.paragraphs:
            yield paragraph.text
        for table in getattr(container, "tables", ()):
            for row in table.rows:
                for cell in row.cells:
                    yield from paragraphs(cell)

    yield from paragraphs(document)
    for section in document.sections:
        yield from paragraphs(section.header)
        yield from paragraphs(section.footer)


# --- entry points ----------------------------------------------------------------------------


def run_selftest(
    report: Callable[[str], None] = print, *, model_options: ModelOptions | None = None
) -> int:
    """Run all checks, calling ``report`` with one line each; 0 when none failed, else 1.

    ``model_options`` overrides the model choice (default: as the app, settings included).
    """
    out = _Report(report)
    started = time.perf_counter()
    out.report(tr("Diktat-Selbsttest", "Diktat self-test") + f" {__version__}")
    out.info(
        tr("Python {py} auf {os}; Programm in {where}{frozen}",
           "Python {py} on {os}; program in {where}{frozen}").format(
            py=platform.python_version(),
            os=platform.platform(terse=True),
            where=_where_installed(),
            frozen=tr(" (Paket)", " (bundle)") if getattr(sys, "frozen", False) else "",
        )
    )
    with _watch_network() as attempts:
        settings = _check_settings(out)
        loaded = _check_model(out, model_options or ModelOptions(), settings)
        _check_microphones(out, settings)
        vocabulary = _check_vocabulary(out)
        text = ""
        if loaded is not None:
            text = _check_transcription(out, loaded, vocabulary, settings.language or "de")
        else:
            out.line(Status.SKIPPED, tr("Erkennung übersprungen (kein Modell)",
                                        "Recognition skipped (no model)"))
        _check_pipeline(out, vocabulary)
        _check_docx(out, text or PIPELINE_EXPECTED, settings.export_template)
    if attempts:
        out.line(Status.FAILED, tr(
            "Netzwerkzugriffe versucht: {attempts}", "Network access attempted: {attempts}"
        ).format(attempts="; ".join(dict.fromkeys(attempts))))
    else:
        out.line(Status.OK, tr("Kein Netzwerkzugriff während des Tests",
                               "No network access during the test"))
    failed, warnings = out.counts[Status.FAILED], out.counts[Status.WARNING]
    seconds = time.perf_counter() - started
    if failed:
        out.report(tr(
            "Selbsttest FEHLGESCHLAGEN: {failed} Fehler, {warnings} Warnung(en) ({s:.1f} s)",
            "Self-test FAILED: {failed} failure(s), {warnings} warning(s) ({s:.1f} s)",
        ).format(failed=failed, warnings=warnings, s=seconds))
        return _EXIT_FAILED
    out.report(tr(
        "Selbsttest bestanden: {ok} Prüfungen in Ordnung, {warnings} Warnung(en) ({s:.1f} s)",
        "Self-test passed: {ok} checks fine, {warnings} warning(s) ({s:.1f} s)",
    ).format(ok=out.counts[Status.OK], warnings=warnings, s=seconds))
    return _EXIT_OK


def _console_writer(stream) -> Callable[[str], None]:
    """Print lines to ``stream``; where it cannot show ✔/✘ (a legacy Windows code page),
    use ASCII marks instead. ``stream`` None (a windowed program) prints nothing."""

    def write(line: str) -> None:
        if stream is None:
            return
        try:
            stream.write(line + "\n")
        except UnicodeEncodeError:
            for status, ascii_mark in _ASCII_MARKS.items():
                if line.startswith(status.value):
                    line = ascii_mark + line[len(status.value):]
            encoding = getattr(stream, "encoding", None) or "ascii"
            stream.write(line.encode(encoding, "replace").decode(encoding) + "\n")
        stream.flush()

    return write


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The self-test's options, for ``dictation selftest`` (``dictation.cli``) and :func:`main`."""
    parser.add_argument("--model", metavar="PFAD", help=tr(
        "Ordner eines CTranslate2-Whisper-Modells (Standard: wie die App)",
        "folder of a CTranslate2 Whisper model (default: as the app)"))
    parser.add_argument("--compute", choices=["auto", "cpu", "cuda"], default="auto",
                        help=tr("Rechengerät (Standard: auto)", "compute device (default: auto)"))
    parser.add_argument("--report", metavar="DATEI", help=tr(
        "Bericht zusätzlich in diese Datei schreiben (UTF-8)",
        "also write the report to this file (UTF-8)"))


def run(args: argparse.Namespace) -> int:
    """Run with parsed options (see :func:`add_arguments`); print the report; exit status."""
    if not logging.getLogger().handlers:  # quiet unless the caller set up logging (-v)
        logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False)
                            else logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s")
    console = _console_writer(sys.stdout)
    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        console(line)

    options = ModelOptions(path=args.model, device=args.compute)
    status = run_selftest(report, model_options=options)
    if args.report:
        try:
            Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as e:
            console(tr("Bericht nicht schreibbar: {error}", "Cannot write the report: {error}")
                    .format(error=e))
            return _EXIT_FAILED
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dictation.selftest [--model PFAD] [--compute auto|cpu|cuda] [--report F]``."""
    parser = argparse.ArgumentParser(
        prog="dictation selftest",
        description=tr("Prüft die Installation: Modell, Mikrofone, Erkennung, Word-Export, "
                       "Einstellungen; ohne Netzwerk.",
                       "Checks the installation: model, microphones, recognition, Word export, "
                       "settings; without network."),
    )
    add_arguments(parser)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=tr("Protokoll auf stderr", "log to stderr"))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
