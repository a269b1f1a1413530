"""Publishing a team or organisation list to a shared folder without losing anyone's work.

Several supervisors may edit the same list on a network share. The rules:

* When a list is loaded, its file's :class:`Fingerprint` (SHA-256, mtime, size) is kept.
* :func:`publish` takes a lock file next to the target (``<name>.lock``, created with
  ``O_EXCL``; older than :data:`STALE_LOCK_SECONDS` it counts as left over from a crash),
  re-reads the target and writes only when its content is still the one that was loaded.
  Otherwise it returns a ``CONFLICT`` result naming who saved it and when (the ``saved_by``
  field each publish writes into the file, and the file's mtime) and writes nothing.
* Writing is atomic: a temp file in the same folder, fsync, ``os.replace``.
* A share that cannot be reached gives an ``UNREACHABLE`` result with a message saying that
  nothing is lost; the caller keeps the edits and can save a local copy.

After a conflict, :func:`merge_edits` combines their file with my edits (three-way, against
the list as I loaded it): my edits win on the same term, and every term that both sides
changed is listed.

No Qt here; the editor only shows the results.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import json
import logging
import os
import secrets
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from dictation.fileio import os_error_reason, write_atomic
from dictation.i18n import tr
from dictation.vocabulary.lists import (
    Entry,
    Layer,
    LoadResult,
    VocabularyFileError,
    VocabularyList,
    list_json,
    load_list,
    save_list,
)

__all__ = [
    "Fingerprint",
    "MergeConflict",
    "MergeResult",
    "PublishResult",
    "PublishStatus",
    "STALE_LOCK_SECONDS",
    "SavedBy",
    "fingerprint",
    "lock_path",
    "load_shared",
    "merge_edits",
    "publish",
    "read_saved_by",
    "save_local",
]

log = logging.getLogger("dictation")

#: A lock file older than this (seconds) is treated as left behind by a crashed publisher.
STALE_LOCK_SECONDS = 60.0
#: How long :func:`publish` waits for another publisher's lock by default (seconds).
LOCK_WAIT_SECONDS = 3.0
_LOCK_POLL_SECONDS = 0.05


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when it was read.

    The SHA-256 decides whether the content changed; mtime and size are shown to the user.

    Attributes:
      sha256: Hex digest of the file's bytes.
      mtime: Modification time (seconds since the epoch).
      size: Size in bytes.
    """

    sha256: str
    mtime: float
    size: int

    def same_content(self, other: Fingerprint | None) -> bool:
        """True when ``other`` is a fingerprint of the same bytes."""
        return other is not None and other.sha256 == self.sha256 and other.size == self.size


@dataclass(frozen=True)
class SavedBy:
    """Who published a file, as written into it.

    Attributes:
      user: OS login name.
      host: Computer name.
      at: ISO 8601 time with zone.
    """

    user: str
    host: str = ""
    at: str = ""

    @classmethod
    def now(cls, user: str | None = None) -> SavedBy:
        """The current user, computer and time."""
        return cls(user or _login_name(), socket.gethostname(),
                   datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"))

    def describe(self) -> str:
        """"anna (PC-17) am 03.05.2025 14:02" in the user's language."""
        when = self.at
        try:
            when = datetime.fromisoformat(self.at).astimezone().strftime(
                tr("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M"))
        except ValueError:
            pass
        who = f"{self.user} ({self.host})" if self.host else self.user
        return tr("{who} am {when}", "{who} on {when}").format(who=who, when=when) if when else who


class PublishStatus(enum.Enum):
    """Outcome of :func:`publish`."""

    PUBLISHED = "published"
    CONFLICT = "conflict"  # someone else saved the file since it was loaded; nothing written
    LOCKED = "locked"  # another publisher held the lock for the whole wait; nothing written
    UNREACHABLE = "unreachable"  # the folder cannot be read or written; nothing written


@dataclass(frozen=True)
class PublishResult:
    """What :func:`publish` did.

    Attributes:
      status: See :class:`PublishStatus`.
      message: User message (German by default); empty when published.
      fingerprint: The target's fingerprint now: after writing, or the other person's
        version on a conflict (keep it as the new base after reloading or merging).
      saved_by: On a conflict or lock: who saved or holds it, if known.
      their_mtime: On a conflict: modification time of their version.
      detail: Technical detail for the log.
    """

    status: PublishStatus
    message: str = ""
    fingerprint: Fingerprint | None = None
    saved_by: SavedBy | None = None
    their_mtime: float | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True when the file was written."""
        return self.status is PublishStatus.PUBLISHED


@dataclass(frozen=True)
class MergeConflict:
    """A term both sides changed differently; ``mine`` was kept (None: I deleted it).

    Attributes:
      term: The written form.
      mine: My version (None when I deleted the entry).
      theirs: Their version (None when they deleted it).
    """

    term: str
    mine: Entry | None
    theirs: Entry | None


@dataclass
class MergeResult:
    """Their list with my edits applied.

    Attributes:
      merged: The result (their name and layer; path of the shared file).
      conflicts: Terms both changed; my version (or my deletion) won.
      added: Terms taken over from my edits (new or changed).
      removed: Terms removed because I deleted them.
    """

    merged: VocabularyList
    conflicts: list[MergeConflict] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a service or container
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"




def _format_mtime(mtime: float) -> str:
    return datetime.fromtimestamp(mtime).strftime(tr("%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S"))


def _fingerprint_of(data: bytes, mtime: float) -> Fingerprint:
    return Fingerprint(hashlib.sha256(data).hexdigest(), mtime, len(data))


def fingerprint(path: str | os.PathLike) -> Fingerprint | None:
    """The file's fingerprint; None when it does not exist. Raises OSError otherwise."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
            mtime = os.fstat(f.fileno()).st_mtime
    except FileNotFoundError:
        return None
    return _fingerprint_of(data, mtime)


def read_saved_by(path: str | os.PathLike) -> SavedBy | None:
    """The ``saved_by`` field of a published list, if it has a readable one."""
    try:
        header = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    raw = header.get("saved_by") if isinstance(header, dict) else None
    if not isinstance(raw, dict) or not isinstance(raw.get("user"), str):
        return None
    return SavedBy(raw["user"], str(raw.get("host", "")), str(raw.get("at", "")))


def load_shared(path: str | os.PathLike, layer: Layer) -> tuple[LoadResult, Fingerprint | None]:
    """Load a shared list and remember its fingerprint (None: missing or unreadable).

    The fingerprint is taken from the same bytes the list was parsed from as far as
    possible: taken first, then compared after loading; if the file changed in between, it
    is read again (up to three times).
    """
    path = Path(path)
    for _ in range(3):
        try:
            before = fingerprint(path)
        except OSError:
            return load_list(path, layer), None
        result = load_list(path, layer)
        try:
            after = fingerprint(path)
        except OSError:
            return result, None
        if before == after:
            break
    return result, after


def _document(vl: VocabularyList, saved_by: SavedBy) -> bytes:
    """The canonical file text with a ``saved_by`` field before the entries."""
    text = list_json(vl)
    marker = '\n  "entries":'
    cut = text.index(marker) + 1
    stamp = json.dumps({"user": saved_by.user, "host": saved_by.host, "at": saved_by.at},
                       ensure_ascii=False)
    return (text[:cut] + f'  "saved_by": {stamp},\n' + text[cut:]).encode("utf-8")


def _write_atomic(path: Path, data: bytes) -> float:
    """:func:`dictation.fileio.write_atomic` keeping the file's rights, the folder flushed
    too; returns the new file's mtime."""
    write_atomic(path, data, keep_mode=True, sync_folder=True)
    return os.stat(path).st_mtime


# --------------------------------------------------------------------------- lock


class _Locked(Exception):
    def __init__(self, holder: SavedBy | None) -> None:
        super().__init__("locked")
        self.holder = holder


def lock_path(path: str | os.PathLike) -> Path:
    """The lock file of ``path``: ``<name>.lock`` next to it."""
    path = Path(path)
    return path.with_name(path.name + ".lock")


def _read_holder(lock: Path) -> SavedBy | None:
    try:
        raw = json.loads(lock.read_text(encoding="utf-8"))
        return SavedBy(str(raw["user"]), str(raw.get("host", "")), str(raw.get("at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _break_stale(lock: Path, stale_after: float) -> bool:
    """Remove ``lock`` if it is stale; True when it is gone (or was already)."""
    try:
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return True
    if age < stale_after:
        return False
    # Move it aside first: of two publishers breaking the same stale lock only one rename
    # succeeds. If what was moved is fresh (someone re-took the lock meanwhile), put it back.
    aside = lock.with_name(f".{lock.name}.{secrets.token_hex(4)}.stale")
    try:
        os.rename(lock, aside)
    except FileNotFoundError:
        return True
    try:
        if time.time() - aside.stat().st_mtime < stale_after:
            try:
                os.link(aside, lock)  # fails if yet another lock exists: then that one holds
            except OSError:
                pass
            return False
        log.warning("removed stale lock %s", lock)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(aside)


@contextlib.contextmanager
def _locked(path: Path, holder: SavedBy, wait: float, stale_after: float) -> Iterator[None]:
    """Hold ``<path>.lock`` while the block runs. Raises _Locked, or OSError (unreachable)."""
    lock = lock_path(path)
    content = json.dumps({"user": holder.user, "host": holder.host, "at": holder.at,
                          "pid": os.getpid()}).encode("utf-8")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            if _break_stale(lock, stale_after):
                continue
            if time.monotonic() >= deadline:
                raise _Locked(_read_holder(lock)) from None
            time.sleep(_LOCK_POLL_SECONDS)  # another machine holds it: nothing to wait on
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)


# --------------------------------------------------------------------------- publishing


def publish(
    vl: VocabularyList,
    path: str | os.PathLike,
    base: Fingerprint | None,
    *,
    saved_by: SavedBy | None = None,
    wait: float = LOCK_WAIT_SECONDS,
    stale_after: float = STALE_LOCK_SECONDS,
) -> PublishResult:
    """Write ``vl`` to the shared ``path`` unless someone changed it since ``base``.

    ``base`` is the fingerprint taken when the list was loaded (:func:`load_shared`), or
    None when the file did not exist then. Never raises for I/O problems: see
    :class:`PublishStatus`.
    """
    path = Path(path)
    saved_by = saved_by or SavedBy.now()
    folder = path.parent
    try:
        with _locked(path, saved_by, wait, stale_after):
            current = fingerprint(path)
            unchanged = (current is None and base is None) or (
                current is not None and current.same_content(base))
            if not unchanged:
                if current is None:
                    message = tr(
                        "Die Liste „{name}“ wurde inzwischen von jemand anderem gelöscht oder "
                        "verschoben. Es wurde nichts gespeichert.",
                        "The list '{name}' has been deleted or moved by someone else in the "
                        "meantime. Nothing was saved.").format(name=path.name)
                    return PublishResult(PublishStatus.CONFLICT, message)
                theirs = read_saved_by(path)
                who = theirs.describe() if theirs else _format_mtime(current.mtime)
                message = tr(
                    "Die Liste „{name}“ wurde inzwischen geändert ({who}). Ihre Fassung wurde "
                    "nicht gespeichert, damit diese Änderungen nicht verloren gehen. Sie "
                    "können die andere Fassung laden, beide zusammenführen oder Ihre Fassung "
                    "unter einem anderen Namen speichern.",
                    "The list '{name}' has been changed in the meantime ({who}). Your version "
                    "was not saved so that those changes are not lost. You can load the other "
                    "version, merge both, or save yours under a different name.",
                ).format(name=path.name, who=who)
                return PublishResult(PublishStatus.CONFLICT, message, current, theirs,
                                     current.mtime)
            data = _document(vl, saved_by)
            mtime = _write_atomic(path, data)
            return PublishResult(PublishStatus.PUBLISHED, "", _fingerprint_of(data, mtime),
                                 saved_by)
    except _Locked as locked:
        who = locked.holder.describe() if locked.holder else tr("jemand anderes",
                                                                 "someone else")
        message = tr(
            "Die Liste „{name}“ wird gerade von {who} gespeichert. Bitte in einem Moment noch "
            "einmal speichern; Ihre Änderungen bleiben erhalten.",
            "The list '{name}' is being saved by {who} right now. Please save again in a "
            "moment; your changes are kept.").format(name=path.name, who=who)
        return PublishResult(PublishStatus.LOCKED, message, saved_by=locked.holder)
    except OSError as exc:
        log.warning("publishing %s failed: %r", path, exc)
        message = tr(
            "Der Speicherort „{folder}“ ist nicht erreichbar ({reason}). Es wurde nichts "
            "gespeichert, aber nichts ist verloren: Ihre Änderungen bleiben im Editor. Bitte "
            "die Netzwerkverbindung prüfen und erneut speichern, oder eine lokale Kopie "
            "speichern.",
            "The location '{folder}' cannot be reached ({reason}). Nothing was saved, but "
            "nothing is lost: your changes stay in the editor. Please check the network "
            "connection and save again, or save a local copy.",
        ).format(folder=folder, reason=os_error_reason(exc))
        return PublishResult(PublishStatus.UNREACHABLE, message, detail=repr(exc))


def save_local(vl: VocabularyList, path: str | os.PathLike,
               base: Fingerprint | None) -> PublishResult:
    """Save a list the user owns (their personal list) unless the file changed since ``base``.

    Like :func:`publish` without the lock and without ``saved_by``: the personal file is
    written only by this user, but Diktat itself may have changed it meanwhile (a correction
    taken over from the dictation window). Writes with
    :func:`dictation.vocabulary.lists.save_list`; creates the folder if needed. Never raises.
    """
    path = Path(path)
    try:
        current = fingerprint(path)
    except OSError as exc:
        current, unreadable = None, exc
    else:
        unreadable = None
    if unreadable is None:
        unchanged = (current is None and base is None) or (
            current is not None and current.same_content(base))
        if not unchanged:
            message = tr(
                "Die Liste „{name}“ wurde inzwischen an anderer Stelle geändert ({when}). Ihre "
                "Fassung wurde nicht gespeichert. Sie können die andere Fassung laden, beide "
                "zusammenführen oder Ihre Fassung unter einem anderen Namen speichern.",
                "The list '{name}' has been changed elsewhere in the meantime ({when}). Your "
                "version was not saved. You can load the other version, merge both, or save "
                "yours under a different name.",
            ).format(name=path.name,
                     when=_format_mtime(current.mtime) if current else tr("gelöscht", "deleted"))
            return PublishResult(PublishStatus.CONFLICT, message, current, None,
                                 current.mtime if current else None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_list(vl, path)
        return PublishResult(PublishStatus.PUBLISHED, "", fingerprint(path))
    except (OSError, VocabularyFileError) as exc:
        log.warning("saving %s failed: %r", path, exc)
        reason = str(exc) if isinstance(exc, VocabularyFileError) else tr(
            "Die Wortliste kann nicht nach „{path}“ gespeichert werden: {reason}.",
            "The vocabulary list cannot be saved to '{path}': {reason}.",
        ).format(path=path, reason=os_error_reason(exc))
        message = reason + " " + tr("Ihre Änderungen bleiben im Editor erhalten.",
                                    "Your changes stay in the editor.")
        return PublishResult(PublishStatus.UNREACHABLE, message, detail=repr(exc))


# --------------------------------------------------------------------------- merging


def merge_edits(base: VocabularyList | None, mine: VocabularyList,
                theirs: VocabularyList) -> MergeResult:
    """Their list plus my edits since ``base`` (the list as I loaded it).

    Terms I added or changed replace theirs; terms I deleted are removed. Where they changed
    the same term differently (or deleted it while I changed it, or changed it while I
    deleted it), my side wins and the term is listed in ``conflicts``. Without a ``base``
    every entry of mine counts as an edit. Their order is kept; my new terms come last.
    """
    base_map = {e.term: e for e in base.entries} if base is not None else {}
    mine_map = {e.term: e for e in mine.entries}
    theirs_map = {e.term: e for e in theirs.entries}
    result = MergeResult(VocabularyList(theirs.name, theirs.layer, [], theirs.path,
                                        theirs.version))

    changed = {t: e for t, e in mine_map.items() if base_map.get(t) != e}
    deleted = [t for t in base_map if t not in mine_map]

    for term in sorted(set(changed) | set(deleted)):
        mine_e = mine_map.get(term)
        theirs_e = theirs_map.get(term)
        base_e = base_map.get(term)
        they_changed = theirs_e != base_e
        if they_changed and theirs_e != mine_e:
            result.conflicts.append(MergeConflict(term, mine_e, theirs_e))

    entries: list[Entry] = []
    for entry in theirs.entries:
        if entry.term in deleted:
            result.removed.append(entry.term)
            continue
        if entry.term in changed:
            if changed[entry.term] != entry:
                result.added.append(entry.term)
            entries.append(changed[entry.term])
        else:
            entries.append(entry)
    for term, entry in changed.items():
        if term not in theirs_map:
            entries.append(entry)
            result.added.append(term)
    result.merged.entries = entries
    return result
