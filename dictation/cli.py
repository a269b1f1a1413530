"""The ``dictation`` command: transcribe, stream, listen, devices, vocab, models, selftest."""

from __future__ import annotations

import argparse
import json
import logging
import os
import queue
import shutil
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dictation import __version__
from dictation.config import ModelOptions, PipelineOptions, RecognizerOptions
from dictation.errors import DictationError
from dictation.events import Committed, Event, Failed, Finished, Partial, event_to_dict
from dictation.i18n import tr
from dictation.selftest import add_arguments as _add_selftest_args

log = logging.getLogger("dictation")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3


def _add_model_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(tr("Modell", "Model"))
    g.add_argument("--model", metavar="PFAD", help=tr("Ordner eines CTranslate2-Whisper-Modells", "folder of a CTranslate2 Whisper model"))
    g.add_argument("--model-name", metavar="NAME", help=tr("Modellname vom Hub (braucht Netz, nur wenn ausdrücklich gewünscht)", "hub model name (needs network; only when asked for)"))
    g.add_argument("--compute", choices=["auto", "cpu", "cuda"], default="auto", help=tr("Rechengerät (Standard: auto)", "compute device (default: auto)"))
    g.add_argument("--threads", type=int, default=0, help=tr("CPU-Threads (0 = alle Kerne)", "CPU threads (0 = all cores)"))
    g.add_argument("--language", default="de", help=tr("Sprache (Standard: de)", "language (default: de)"))
    g.add_argument("--beam-size", type=int, default=5, help=tr("Strahlbreite der Suche (Standard: 5)", "beam size (default: 5)"))


def _add_vocabulary_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(tr("Vokabular", "Vocabulary"))
    g.add_argument("--vocabulary", action="append", default=[], metavar="DATEI",
                   help=tr("zusätzliche Vokabularliste (.json oder .csv), mehrfach möglich",
                           "extra vocabulary list (.json or .csv), repeatable"))
    g.add_argument("--no-default-vocabulary", action="store_true",
                   help=tr("die mitgelieferte Organisationsliste nicht verwenden",
                           "do not use the shipped organisation list"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dictation",
        description=tr("Diktat: Spracherkennung offline, ohne Netzwerk.", "Diktat: offline speech recognition, no network."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help=tr("Ausführliche Protokollausgabe", "verbose logging"))
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL")

    p = sub.add_parser("transcribe", help=tr("Audiodateien verschriften", "transcribe audio files"))
    p.add_argument("files", nargs="+", metavar="DATEI")
    p.add_argument("--format", choices=["text", "json", "docx"], default="text",
                   help=tr("docx: Vermerk als Word-Datei (braucht -o)", "docx: case note as a Word file (needs -o)"))
    g = p.add_argument_group(tr("Vermerk (für --format docx)", "Case note (for --format docx)"))
    g.add_argument("--case-id", default="", metavar="NUMMER", help=tr("Kundennummer oder BG-Nummer", "customer or BG number"))
    g.add_argument("--subject", default="", metavar="TEXT", help=tr("Betreff, z. B. Beratungsgespräch", "subject"))
    g.add_argument("--author", default=None, metavar="NAME", help=tr("Verfasser/in (Standard: Benutzerkonto)", "author (default: OS account)"))
    g.add_argument("--template", default=None, metavar="DOCX", help=tr("eigene Word-Vorlage mit Platzhaltern", "own Word template with placeholders"))
    p.add_argument("-o", "--output", metavar="AUSGABE", help=tr("Ausgabedatei (bei mehreren Dateien: Ordner)", "output file (several inputs: folder)"))
    _add_model_args(p)
    _add_vocabulary_args(p)

    p = sub.add_parser("stream", help=tr("Datei durch die Live-Erkennung schicken", "feed a file through the live pipeline"))
    p.add_argument("file", metavar="DATEI")
    p.add_argument("--realtime", action="store_true", help=tr("in Echtzeit abspielen (wie ein Mikrofon)", "replay in real time (like a microphone)"))
    p.add_argument("--jsonl", action="store_true", help=tr("ein JSON-Objekt je Ereignis ausgeben", "print one JSON object per event"))
    p.add_argument("--levels", action="store_true", help=tr("auch Pegel-Ereignisse ausgeben", "also print level events"))
    _add_model_args(p)
    _add_vocabulary_args(p)

    p = sub.add_parser("listen", help=tr("Live-Diktat vom Mikrofon", "live dictation from the microphone"))
    p.add_argument("--device", metavar="MIKROFON", help=tr("Mikrofon: Nummer oder Teil des Namens", "microphone: index or part of its name"))
    _add_model_args(p)
    _add_vocabulary_args(p)

    sub.add_parser("devices", help=tr("Mikrofone auflisten", "list microphones"))

    p = sub.add_parser("vocab", help=tr("Vokabularlisten prüfen, importieren, exportieren", "check, import, export vocabulary lists"))
    vsub = p.add_subparsers(dest="vocab_command", metavar="AKTION", required=True)
    v = vsub.add_parser("check", help=tr("Liste prüfen (Zeilennummern, Dubletten, Widersprüche)", "validate a list"))
    v.add_argument("file", metavar="DATEI")
    v = vsub.add_parser("import", help=tr("CSV (Excel) in das Diktat-Format übernehmen", "convert CSV (Excel) to the Diktat format"))
    v.add_argument("file", metavar="CSV")
    v.add_argument("-o", "--output", required=True, metavar="DATEI")
    v.add_argument("--force", action="store_true", help=tr("eine vorhandene Liste auch dann überschreiben, wenn Zeilen übersprungen wurden", "overwrite an existing list even when rows were skipped"))
    v = vsub.add_parser("export", help=tr("Liste als CSV für Excel ausgeben", "write a list as CSV for Excel"))
    v.add_argument("file", metavar="DATEI")
    v.add_argument("-o", "--output", required=True, metavar="CSV")
    v = vsub.add_parser(
        "train",
        help=tr("Begriffe trainieren: lernen, wie die Erkennung sie verhört (Sprachsynthese)",
                "train terms: learn how the recogniser mishears them (speech synthesis)"),
        description=tr("Lässt jeden Begriff von den installierten deutschen Stimmen sprechen "
                       "(espeak-ng/MBROLA, Pico), erkennt ihn ohne Vokabular und nimmt, was "
                       "die Erkennung stattdessen schreibt, als gesprochene Variante auf.",
                       "Has every term spoken by the installed German voices (espeak-ng/MBROLA, "
                       "Pico), recognises it without vocabulary and adds what the recogniser "
                       "writes instead as a spoken variant."))
    v.add_argument("file", metavar="DATEI")
    v.add_argument("-o", "--output", required=True, metavar="DATEI")
    v.add_argument("--term", action="append", default=[], metavar="BEGRIFF",
                   help=tr("nur diesen Begriff (mehrfach möglich)", "only this term (repeatable)"))
    v.add_argument("--voice", action="append", default=[], metavar="STIMME",
                   help=tr("nur diese Stimme, z. B. mb-de5 oder pico (mehrfach möglich)",
                           "only this voice, e.g. mb-de5 or pico (repeatable)"))
    _add_model_args(v)

    sub.add_parser("app", help=tr("die Desktop-Anwendung starten", "start the desktop application"))

    p = sub.add_parser(
        "selftest",
        help=tr("die Installation prüfen (Modell, Mikrofone, Erkennung, Word-Export)",
                "check the installation (model, microphones, recognition, Word export)"),
        description=tr("Prüft die Installation: Modell, Mikrofone, Erkennung, Word-Export, "
                       "Einstellungen; ohne Netzwerk. Exit-Status 0 = bestanden, 1 = Fehler.",
                       "Checks the installation: model, microphones, recognition, Word export, "
                       "settings; without network. Exit status 0 = passed, 1 = failure."),
    )
    _add_selftest_args(p)
    p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                   help=tr("Protokoll auf stderr", "log to stderr"))

    p = sub.add_parser("models", help=tr("gefundene Modelle und das aktive anzeigen", "list models found and the active one"))
    p.add_argument("--model", metavar="PFAD")
    p.add_argument("--model-name", metavar="NAME")
    return parser


def _options(args: argparse.Namespace) -> PipelineOptions:
    return PipelineOptions(
        model=ModelOptions(
            path=args.model, name=args.model_name, device=args.compute, cpu_threads=args.threads
        ),
        recognizer=RecognizerOptions(language=args.language or None, beam_size=args.beam_size),
    )


def _load(options: PipelineOptions):
    """Load the model, telling the user about the one-time assembly and any fallback."""
    from dictation.engine.models import load_model
    from dictation.settings import load_settings

    settings = load_settings()
    for problem in settings.problems:
        print(problem, file=sys.stderr)
    announced = []

    def progress(done: int, total: int) -> None:
        if not announced:
            announced.append(True)
            print(tr("Modell wird beim ersten Start eingerichtet …", "Setting up the model on first start …"), file=sys.stderr)

    loaded = load_model(options.model, settings, progress=progress)
    if loaded.notice:
        print(loaded.notice, file=sys.stderr)
    log.info("model %s (%s) loaded in %.2f s on %s", loaded.candidate.name, loaded.candidate.path, loaded.load_seconds, loaded.device)
    return loaded


def _vocabulary(args: argparse.Namespace):
    """Active vocabulary; its problems are shown, never fatal."""
    from dictation.app.pipeline import VocabularyOptions, load_vocabulary

    vocabulary, messages = load_vocabulary(
        VocabularyOptions(files=tuple(args.vocabulary), use_default=not args.no_default_vocabulary)
    )
    for message in messages:
        print(message, file=sys.stderr)
    return vocabulary


def _with_bias(options: PipelineOptions, loaded, vocabulary) -> PipelineOptions:
    from dictation.app.pipeline import model_bias_terms

    terms = model_bias_terms(vocabulary, loaded.model)
    return replace(options, recognizer=replace(options.recognizer, bias_terms=terms))


def _progress_bar(name: str):
    from tqdm import tqdm

    bar = tqdm(total=1.0, desc=name, unit="s", file=sys.stderr, leave=False,
               bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}", disable=None)

    def update(done: float, total: float) -> None:
        bar.total = max(total, 1e-6)
        bar.n = done
        bar.refresh()

    return bar, update


class _UsageError(Exception):
    """A ``transcribe`` argument that cannot work; reported before the model is loaded."""


@dataclass(frozen=True)
class _Destination:
    """Where ``transcribe`` writes.

    Attributes:
      path: The ``-o`` path; None = standard output.
      folder: True when ``path`` is a folder that receives one file per input, named after
        the input (several inputs, or ``-o`` names an existing folder).
      template: The Word template for ``--format docx`` (None = the shipped one).
    """

    path: Path | None = None
    folder: bool = False
    template: str | None = None


def cmd_transcribe(args: argparse.Namespace) -> int:
    """Transcribe each file and write its result as soon as it is done, so that a crash or
    Ctrl+C keeps the finished work; arguments are checked before the (slow) model load."""
    from dictation.app.pipeline import transcribe_note

    try:
        destination = _check_transcribe_arguments(args)
    except _UsageError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    vocabulary = _vocabulary(args)
    options = _options(args)
    loaded = _load(options)
    options = _with_bias(options, loaded, vocabulary)
    writer = _TranscriptWriter(args, destination)
    failures = 0
    for number, path in enumerate(args.files, start=1):
        bar, update = _progress_bar(Path(path).name)
        try:
            transcript = transcribe_note(loaded.model, path, options.recognizer, vocabulary,
                                         progress=update)
        except DictationError as err:
            failures += 1
            print(tr("Fehler: {}", "Error: {}").format(err), file=sys.stderr)
            log.debug("%s: %s", path, err.detail)
            continue
        finally:
            bar.close()
        for warning in transcript.warnings:  # cut off or damaged: the readable part is written
            print(tr("Warnung: {}", "Warning: {}").format(warning), file=sys.stderr)
        failures += bool(transcript.warnings)
        try:
            writer.add(transcript)
        except DictationError as err:  # the destination broke mid-run: the rest would fail too
            print(tr("Fehler: {}", "Error: {}").format(err), file=sys.stderr)
            log.debug("%s", err.detail)
            print(tr("Abgebrochen nach {} von {} Dateien; {} Ergebnisse wurden geschrieben.",
                     "Stopped after {} of {} files; {} results were written.").format(
                number, len(args.files), writer.written), file=sys.stderr)
            return EXIT_FAILED
    writer.close()
    if failures:
        print(tr("{} von {} Dateien konnten nicht verarbeitet werden.", "{} of {} files could not be processed.").format(failures, len(args.files)), file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _check_transcribe_arguments(args: argparse.Namespace) -> _Destination:
    """Everything about ``-o`` and ``--template`` that can be checked without the model:
    a mistake found after an hour of transcription costs the hour. Creates the output
    folder of a batch. Raises ``_UsageError`` with the user's message."""
    if args.format == "docx" and not args.output:
        raise _UsageError(tr("--format docx braucht -o DATEI.docx (bei mehreren Dateien: -o ORDNER).",
                             "--format docx needs -o FILE.docx (several files: -o FOLDER)."))
    if not args.output:
        return _Destination()
    out = Path(args.output)
    folder = len(args.files) > 1 or out.is_dir()
    if folder:
        if out.exists() and not out.is_dir():
            raise _UsageError(tr(
                "„{}“ ist eine Datei. Bei mehreren Audiodateien muss -o ein Ordner sein "
                "(den es noch nicht geben muss).",
                "'{}' is a file. With several audio files -o must be a folder "
                "(it need not exist yet).").format(out))
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise _UsageError(tr("Der Ausgabeordner „{}“ kann nicht angelegt werden: {}.",
                                 "The output folder '{}' cannot be created: {}.").format(
                out, _write_reason(err, out))) from err
        target_folder = out
    else:
        target_folder = out.parent
        if out.exists() and any(_same_file(out, f) for f in args.files):
            raise _UsageError(tr("-o „{}“ ist eine der Audiodateien; sie würde überschrieben.",
                                 "-o '{}' is one of the audio files; it would be overwritten.").format(out))
        if not target_folder.is_dir():
            raise _UsageError(tr("„{}“ kann nicht geschrieben werden: {}.",
                                 "Cannot write '{}': {}.").format(out, _missing_folder_reason(target_folder)))
    _check_writable(target_folder)
    template = None
    if args.format == "docx":
        from dictation.settings import load_settings

        template = args.template or load_settings().export_template
        _check_template(template)
    return _Destination(out, folder, template)


def _same_file(a: Path, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_writable(folder: Path) -> None:
    """Create and remove a file in ``folder``: the only check that is true for ACLs, network
    shares and read-only mounts alike."""
    import tempfile

    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".diktat-probe-"):
            pass
    except OSError as err:
        raise _UsageError(tr("In den Ordner „{}“ kann nicht geschrieben werden: {}.",
                             "Cannot write to the folder '{}': {}.").format(
            folder, _write_reason(err, folder / "x"))) from err


def _check_template(template: str | None) -> None:
    """Fill the Word template once with an empty note (into a temporary folder), so a
    missing or foreign template is reported with the exporter's own message before the work."""
    import tempfile

    from dictation.notes.casenote import CaseNote
    from dictation.notes.exporters import export_docx

    with tempfile.TemporaryDirectory(prefix="diktat-") as folder:
        try:
            export_docx(CaseNote(), Path(folder) / "probe.docx", template)
        except DictationError as err:
            raise _UsageError(str(err)) from err


def _missing_folder_reason(folder: Path) -> str:
    """Why ``folder`` cannot hold a file: it does not exist, or something in its path is a file."""
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                return tr("„{}“ ist kein Ordner, sondern eine Datei", "'{}' is a file, not a folder").format(part)
            break
    return tr("den Ordner „{}“ gibt es nicht", "the folder '{}' does not exist").format(folder)


def _write_reason(err: OSError, path: Path) -> str:
    """The real reason a write to ``path`` failed, in the user's language."""
    import errno

    from dictation.fileio import os_error_reason

    if err.errno == errno.EROFS:
        return tr("der Datenträger ist schreibgeschützt", "the disk is read-only")
    if not path.parent.is_dir():
        return _missing_folder_reason(path.parent)
    return os_error_reason(err)


def _transcript_json(t) -> dict:
    return {
        "file": t.path, "language": t.language, "duration": round(t.duration, 3), "text": t.text,
        "segments": [{"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text} for s in t.segments],
    }


class _TranscriptWriter:
    """Writes each transcript the moment it is done: to standard output, to the ``-o`` file,
    or into the ``-o`` folder. In a folder an existing file is never replaced (it may have
    been edited since): a clash gets the next free name, ``Gespraech-2.txt``, ``-3`` …"""

    def __init__(self, args: argparse.Namespace, destination: _Destination) -> None:
        self.args = args
        self.destination = destination
        self.single = len(args.files) == 1
        self.written = 0
        self._json: list[dict] = []  # JSON to standard output is one document: written at close

    def add(self, t) -> None:
        """Write one transcript; ``DictationError`` when its file cannot be written."""
        args, out = self.args, self.destination.path
        if out is None:
            if args.format == "json":
                self._json.append(_transcript_json(t))
            else:
                sys.stdout.write(t.text + "\n" if self.single else f"==> {t.path} <==\n{t.text}\n\n")
                sys.stdout.flush()
            return
        suffix = {"json": ".json", "docx": ".docx"}.get(args.format, ".txt")
        target = _free_name(out, Path(t.path).stem, suffix) if self.destination.folder else out
        replaced = not self.destination.folder and os.path.lexists(target)
        if args.format == "docx":
            self._write_docx(t, target)
        elif args.format == "json":
            _write_atomic(target, json.dumps(_transcript_json(t), ensure_ascii=False, indent=2) + "\n")
        else:
            _write_atomic(target, t.text + "\n")
        self.written += 1
        print((tr("Ersetzt: {}", "Replaced: {}") if replaced else tr("Geschrieben: {}", "Written: {}")).format(target),
              file=sys.stderr)

    def close(self) -> None:
        """Finish standard output (JSON: one object for one file, else a list)."""
        if self.destination.path is None and self.args.format == "json":
            data = self._json[0] if len(self._json) == 1 and self.single else self._json
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def _write_docx(self, t, target: Path) -> None:
        """One case note from the shipped or the organisation's Word template (mode 0600)."""
        from dictation.notes.casenote import CaseNote
        from dictation.notes.exporters import export_docx

        note = CaseNote(customer_id=self.args.case_id, subject=self.args.subject, text=t.text)
        if self.args.author is not None:
            note.author = self.args.author
        export_docx(note, target, self.destination.template)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or with ``-2``, ``-3`` … before the suffix if that exists
    (also an earlier file of the same run, so same-named inputs number in input order)."""
    candidate, number = folder / (stem + suffix), 1
    while os.path.lexists(candidate):
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _write_atomic(path: Path, text: str) -> None:
    """A transcript is social data: written atomically, readable by the user only."""
    from dictation.fileio import write_atomic

    try:
        write_atomic(path, text.encode("utf-8"), private=True)
    except OSError as err:
        raise DictationError(
            tr("„{}“ kann nicht geschrieben werden: {}.", "Cannot write '{}': {}.").format(
                path, _write_reason(err, path)), repr(err)
        ) from err


def _recognizer(loaded, options: PipelineOptions, vocabulary=None, text_pipeline=None):
    """``text_pipeline``: the note's, which also counts the terms of the vote between
    hypotheses (one index to build, not two)."""
    from dictation.app.pipeline import utterance_bias
    from dictation.engine.recognizer import WhisperDecoder
    from dictation.engine.streaming import StreamingRecognizer

    bias = utterance_bias(vocabulary, loaded.model, options.recognizer.bias_terms,
                          text_pipeline)
    decoder = WhisperDecoder(loaded.model, options.recognizer, utterance_bias=bias)
    return StreamingRecognizer(decoder, options.vad, options.streaming)


def cmd_stream(args: argparse.Namespace) -> int:
    from dictation.app.pipeline import NoteText
    from dictation.engine.audio import FileSource
    from dictation.engine.session import run_session

    options = _options(args)
    source = FileSource(args.file, realtime=args.realtime)
    vocabulary = _vocabulary(args)
    loaded = _load(options)
    options = _with_bias(options, loaded, vocabulary)
    note = NoteText(vocabulary)
    recognizer = _recognizer(loaded, options, vocabulary, note.pipeline)
    failed = []

    def emit(event: Event) -> None:
        if isinstance(event, Failed):
            failed.append(event)
        if isinstance(event, Committed):
            raw = event.text
            event = replace(event, text=note.commit(raw))
        if args.jsonl:
            if event.type in ("partial", "commit", "error") or (args.levels and event.type == "level"):
                data = event_to_dict(event)
                if isinstance(event, Committed):
                    data["raw"] = raw
                print(json.dumps(data, ensure_ascii=False), flush=True)
        elif isinstance(event, Committed):
            print(event.text, flush=True)
        elif isinstance(event, Failed):
            print(event.message, file=sys.stderr)

    run_session(source, recognizer, emit)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_listen(args: argparse.Namespace) -> int:
    from dictation.app.pipeline import NoteText
    from dictation.engine.audio import SoundDeviceSource, resolve_device
    from dictation.engine.session import run_session

    options = _options(args)
    device = resolve_device(args.device)
    vocabulary = _vocabulary(args)
    loaded = _load(options)
    options = _with_bias(options, loaded, vocabulary)
    note = NoteText(vocabulary)
    recognizer = _recognizer(loaded, options, vocabulary, note.pipeline)
    source = SoundDeviceSource(device.index)
    print(tr("Mikrofon: {} — sprechen Sie. Strg+C beendet.", "Microphone: {} — speak now. Ctrl+C stops.").format(device.name), file=sys.stderr)
    events: queue.Queue[Event] = queue.Queue()
    stop = threading.Event()
    worker = threading.Thread(target=run_session, args=(source, recognizer, events.put, stop), daemon=True)
    worker.start()
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size((80, 20)).columns
    failed = False
    try:
        while True:
            try:
                event = events.get(timeout=0.2)
            except queue.Empty:
                continue
            if isinstance(event, Partial) and tty:
                shown = event.text if len(event.text) < width - 4 else "…" + event.text[-(width - 5):]
                sys.stdout.write("\r\033[K\033[2m" + shown + "\033[0m")
                sys.stdout.flush()
            elif isinstance(event, Committed):
                added = note.commit(event.text)
                sys.stdout.write(("\r\033[K" if tty else "") + (added or "⌫") + "\n")
                sys.stdout.flush()
            elif isinstance(event, Failed):
                failed = True
                print(("\r\033[K" if tty else "") + event.message, file=sys.stderr)
            elif isinstance(event, Finished):
                break
    except KeyboardInterrupt:
        stop.set()
        while True:  # let the session commit what was still being spoken
            event = events.get()
            if isinstance(event, Committed):
                added = note.commit(event.text)
                sys.stdout.write(("\r\033[K" if tty else "") + added + "\n")
            elif isinstance(event, Finished):
                break
    worker.join(timeout=5)
    print("\n" + tr("— Gesamter Text —", "— Full text —"), file=sys.stderr)
    print(note.text)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    from dictation.engine.audio import list_input_devices

    devices = list_input_devices()
    if not devices:
        print(tr("Kein Mikrofon gefunden.", "No microphone found."), file=sys.stderr)
        return EXIT_FAILED
    for d in devices:
        mark = "*" if d.is_default else " "
        print(f"{mark} {d.index:3d}  {d.name}  ({d.channels} ch, {d.default_samplerate:.0f} Hz, {d.hostapi})")
    return EXIT_OK


def cmd_vocab(args: argparse.Namespace) -> int:
    from dictation.vocabulary.lists import check, export_csv, import_csv, load_list, save_list

    if args.vocab_command == "train":
        return _train_vocabulary(args)
    if args.vocab_command == "check":
        problems = check(Path(args.file))
        for problem in problems:
            print(f"{args.file}: {problem}")
        errors = [p for p in problems if p.severity == "error"]
        if not problems:
            print(tr("{}: keine Probleme gefunden.", "{}: no problems found.").format(args.file))
        return EXIT_FAILED if errors else EXIT_OK
    if args.vocab_command == "import":
        result = import_csv(Path(args.file))
    else:
        result = load_list(Path(args.file))
    for problem in result.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    if result.vocabulary is None:
        return EXIT_FAILED
    # Rows lost or nothing read: say so in the exit status, and never let such an import
    # silently replace a good list (issue 9).
    incomplete = not result.ok or (args.vocab_command == "import" and not result.vocabulary.entries)
    if args.vocab_command == "import":
        output = Path(args.output)
        if result.defect is not None and output.exists() and not args.force:
            print(tr("„{out}“ bleibt unverändert, weil der Import nicht vollständig ist ({reason}). Bitte die CSV-Datei korrigieren oder mit --force trotzdem überschreiben.",
                     "'{out}' is left unchanged because the import is not complete ({reason}). Please fix the CSV file, or overwrite anyway with --force.").format(out=output, reason=result.defect), file=sys.stderr)
            return EXIT_FAILED
        save_list(result.vocabulary, output)
    else:
        export_csv(result.vocabulary, Path(args.output))
    print(tr("{} Einträge nach {} geschrieben.", "{} entries written to {}.").format(len(result.vocabulary.entries), args.output), file=sys.stderr)
    return EXIT_FAILED if incomplete else EXIT_OK


def _train_vocabulary(args: argparse.Namespace) -> int:
    """``vocab train``: the list with learned spoken variants written to ``-o``."""
    from dictation.vocabulary.lists import load_list, save_list
    from dictation.vocabulary.training import TermTrainer, installed_voices, train_list

    voices = [v for v in installed_voices() if not args.voice or v.name in args.voice]
    if not voices:
        print(tr("Keine deutsche Stimme gefunden. Installieren Sie espeak-ng (und MBROLA-Stimmen) "
                 "oder libttspico-utils, oder nennen Sie mit --voice eine installierte.",
                 "No German voice found. Install espeak-ng (and MBROLA voices) or "
                 "libttspico-utils, or name an installed one with --voice."), file=sys.stderr)
        return EXIT_USAGE
    result = load_list(Path(args.file))
    for problem in result.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    if result.vocabulary is None:
        return EXIT_FAILED
    known = {e.term for e in result.vocabulary.entries}
    missing = [t for t in args.term if t not in known]
    if missing:
        print(tr("Nicht in der Liste: {}", "Not in the list: {}").format(", ".join(missing)),
              file=sys.stderr)
        return EXIT_USAGE
    loaded = _load(_options(args))
    trainer = TermTrainer(loaded.model, result.vocabulary.entries)
    bar, update = _progress_bar(Path(args.file).name)
    try:
        trained, added = train_list(trainer, result.vocabulary, voices, args.term or None,
                                    progress=update)
    finally:
        bar.close()
    save_list(trained, Path(args.output))
    print(tr("{} neue gesprochene Varianten ({} Stimmen) nach {} geschrieben.",
             "{} new spoken variants ({} voices) written to {}.").format(
        added, len(voices), args.output), file=sys.stderr)
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    from dictation.engine.models import find_models, resolve_model
    from dictation.settings import load_settings

    options = ModelOptions(path=args.model, name=args.model_name)
    settings = load_settings()
    active = None
    try:
        active = resolve_model(options, settings)
    except DictationError as err:
        print(err, file=sys.stderr)
    for c in find_models(options, settings):
        is_active = active is not None and c.source == active.source and c.path == active.path
        state = tr("aktiv", "active") if is_active else (tr("verfügbar", "available") if c.usable else tr("nicht nutzbar", "unusable"))
        print(f"{'*' if is_active else ' '} {c.name:28s} {c.source:14s} {state:14s} {c.path or ''}")
        if c.problem:
            print(f"    {c.problem}")
    return EXIT_OK if active else EXIT_MODEL


def cmd_selftest(args: argparse.Namespace) -> int:
    """The installation self-test (:mod:`dictation.selftest`): one line per check."""
    from dictation import selftest

    root = logging.getLogger()
    level = root.level
    if not args.verbose:  # the report is the output; core warnings would only repeat it
        root.setLevel(logging.CRITICAL)
    try:
        return selftest.run(args)
    finally:
        root.setLevel(level)


#: Entry-point group under which a front end registers its ``main(argv) -> int``; the desktop
#: app registers ``ui.app:main`` as "desktop" (pyproject.toml). The core depends on no front
#: end: it finds one here.
APP_ENTRY_POINTS = "diktat.app"


def find_app() -> Callable[[list[str]], int]:
    """The desktop app's ``main`` as registered under :data:`APP_ENTRY_POINTS`; raises
    LookupError when no front end is installed."""
    from importlib.metadata import entry_points

    for entry in entry_points(group=APP_ENTRY_POINTS):
        return entry.load()
    raise LookupError(f"no entry point in group {APP_ENTRY_POINTS!r}")


def cmd_app(args: argparse.Namespace) -> int:
    """The desktop app; Qt is imported only then, so the core never loads it otherwise."""
    return find_app()(list(getattr(args, "app_args", [])))


COMMANDS = {
    "transcribe": cmd_transcribe, "stream": cmd_stream, "listen": cmd_listen,
    "devices": cmd_devices, "models": cmd_models, "vocab": cmd_vocab, "app": cmd_app,
    "selftest": cmd_selftest,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "app":
        parser.error(tr("unbekannte Argumente: {}", "unrecognized arguments: {}").format(" ".join(extra)))
    args.app_args = extra  # options of the desktop app (its own parser reads them)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except DictationError as err:
        print(tr("Fehler: {}", "Error: {}").format(err), file=sys.stderr)
        if err.detail:
            log.debug("%s", err.detail)
        from dictation.errors import ModelCorrupt, ModelNotFound

        return EXIT_MODEL if isinstance(err, (ModelNotFound, ModelCorrupt)) else EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
