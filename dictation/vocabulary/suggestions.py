"""Vocabulary suggestions from corrections: nothing is learnt without someone approving it.

When a caseworker corrects recognised text ("Bürger Geld" → "Bürgergeld", "Fiernheim" →
"Viernheim"), :func:`suggest_from_edit` finds the replaced phrases and the app *offers* to
add them to the personal list. Offers the user does not take up right away can be kept in a
:class:`SuggestionStore` (one JSON file per user in the local data folder, with counts).
A user can share their pending suggestions into a team folder (:meth:`SuggestionStore.share`,
without the sentence context: notes hold social data); a supervisor collects them from
there (:func:`collect_suggestions`) and approves selected ones into the team list
(:func:`approve`) or rejects them (:func:`reject`). Only :func:`approve` adds entries, and
only the ones passed to it.

No Qt here.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from rapidfuzz import fuzz

from dictation.fileio import make_private_dir, write_atomic
from dictation.i18n import tr
from dictation.notes.drafts import data_dir
from dictation.text.words import frequent_words, kolner_phonetik
from dictation.vocabulary.lists import Entry, Vocabulary, VocabularyList, spoken_key

__all__ = [
    "ApproveResult",
    "CollectedSuggestion",
    "DECISIONS_FILE",
    "MAX_PHRASE_WORDS",
    "PendingSuggestion",
    "SHARED_SUFFIX",
    "Suggestion",
    "SuggestionStore",
    "approve",
    "collect_suggestions",
    "reject",
    "suggest_from_edit",
]

log = logging.getLogger("dictation")

#: Longest phrase (in words) on either side of a correction that is suggested.
MAX_PHRASE_WORDS = 4
#: Words of context kept on each side of a correction.
CONTEXT_WORDS = 4
#: A correction is a mishearing only if the two sides are this similar (rapidfuzz ratio of
#: the lower-cased text, 0–100) ...
MIN_TEXT_SIMILARITY = 40.0
#: ... or their Kölner Phonetik codes are this similar: "Fiernheim"/"Viernheim" sound alike.
MIN_SOUND_SIMILARITY = 60.0
#: File name ending of a user's shared suggestions in a team folder.
SHARED_SUFFIX = ".suggestions.json"
#: File in a team folder that records the supervisor's rejections.
DECISIONS_FILE = "suggestions-decisions.json"
#: Name of a user's own store in the data folder.
STORE_FILE = "suggestions.json"

_FORMAT = "diktat-suggestions"
_VERSION = 1
_EDGE_PUNCTUATION = ".,;:!?\"'„“”‚‘»«›‹()[]{}…–—"
_MAX_CONTEXTS = 3


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Suggestion:
    """A correction that could become a vocabulary entry.

    Attributes:
      spoken: What was recognised ("Bürger Geld"): becomes a spoken variant.
      term: What the user wrote instead ("Bürgergeld"): the written form.
      context: A few words around the correction in the corrected text, for the offer.
    """

    spoken: str
    term: str
    context: str = ""


@dataclass(frozen=True)
class PendingSuggestion:
    """A suggestion kept in a user's store.

    Attributes:
      spoken: Recognised form.
      term: Written form.
      count: How often this correction was made.
      contexts: The latest contexts (at most three; empty in shared copies).
      first_seen: ISO time of the first time.
      last_seen: ISO time of the latest time.
    """

    spoken: str
    term: str
    count: int = 1
    contexts: tuple[str, ...] = ()
    first_seen: str = ""
    last_seen: str = ""


@dataclass(frozen=True)
class CollectedSuggestion:
    """One suggestion from several users' shared files, for a supervisor.

    Attributes:
      spoken: Recognised form (as the first user had it).
      term: Written form.
      count: Total number of corrections.
      users: Who made them.
      contexts: Contexts, if any file carried them.
    """

    spoken: str
    term: str
    count: int
    users: tuple[str, ...]
    contexts: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """Identity: (spoken key, term)."""
        return spoken_key(self.spoken), self.term


# --------------------------------------------------------------------------- from edits


def _entries(vocabulary: Vocabulary | VocabularyList | Iterable[Entry] | None) -> list[Entry]:
    if vocabulary is None:
        return []
    if isinstance(vocabulary, (Vocabulary, VocabularyList)):
        return list(vocabulary.entries)
    return list(vocabulary)


def _known_pairs(entries: Iterable[Entry]) -> set[tuple[str, str]]:
    known: set[tuple[str, str]] = set()
    for entry in entries:
        for form in (entry.term, *entry.spoken):
            known.add((spoken_key(form), entry.term))
    return known


def _core(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


def _plain(text: str) -> str:
    """Lower case without punctuation: what a mere case/punctuation fix keeps. Spaces and
    hyphens stay: "Bürger Geld" → "Bürgergeld" and "Wald Michelbach" → "Wald-Michelbach" are
    spelling corrections."""
    kept = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " -")
    return " ".join(kept.split())


def _looks_like_mishearing(spoken: str, term: str) -> bool:
    """False for content rewrites ("Montag" → "Dienstag"), true for mishearings."""
    if not any(ch.isalpha() for ch in spoken) or not any(ch.isalpha() for ch in term):
        return False  # numbers, dates: content, not spelling
    a, b = _plain(spoken), _plain(term)
    if a.replace("-", "").replace(" ", "") == b.replace("-", "").replace(" ", ""):
        return True  # joined or hyphenated: "Bürger Geld" → "Bürgergeld"
    frequent = frequent_words()
    if all(_core(w).lower() in frequent for w in term.split()):
        return False  # the written form is ordinary language, not a term
    if fuzz.ratio(spoken.lower(), term.lower()) >= MIN_TEXT_SIMILARITY:
        return True
    return fuzz.ratio(kolner_phonetik(spoken), kolner_phonetik(term)) >= MIN_SOUND_SIMILARITY


def suggest_from_edit(
    before: str,
    after: str,
    vocabulary: Vocabulary | VocabularyList | Iterable[Entry] | None = None,
) -> list[Suggestion]:
    """Replacements in a user's edit that could become vocabulary entries.

    Compares the words of ``before`` (recognised) and ``after`` (corrected) with difflib and
    keeps replacements of 1–4 words by 1–4 words that are not mere case or punctuation
    changes, look like a mishearing rather than a change of content (the two sides are
    similar in letters or in sound, or the written side is not ordinary language), and are
    not already in ``vocabulary`` (the pair spoken → term). Insertions and deletions are
    ignored. In order of appearance, without duplicates.
    """
    old = [w for w in before.split() if _core(w)]
    new = [w for w in after.split() if _core(w)]
    old_core = [_core(w) for w in old]
    new_core = [_core(w) for w in new]
    known = _known_pairs(_entries(vocabulary))
    matcher = difflib.SequenceMatcher(a=old_core, b=new_core, autojunk=False)
    found: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        if not (1 <= i2 - i1 <= MAX_PHRASE_WORDS and 1 <= j2 - j1 <= MAX_PHRASE_WORDS):
            continue
        spoken = " ".join(old_core[i1:i2])
        term = " ".join(new_core[j1:j2])
        if _plain(spoken) == _plain(term):
            continue  # case or punctuation only
        key = (spoken_key(spoken), term)
        if key in known or key in seen or not _looks_like_mishearing(spoken, term):
            continue
        seen.add(key)
        start, end = max(0, j1 - CONTEXT_WORDS), min(len(new), j2 + CONTEXT_WORDS)
        context = " ".join(new[start:end])
        if start > 0:
            context = "… " + context
        if end < len(new):
            context += " …"
        found.append(Suggestion(spoken, term, context))
    return found


# --------------------------------------------------------------------------- files


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _write_json(path: Path, payload: dict, private: bool) -> None:
    """Atomic write (temp file in the same folder + os.replace); a private file goes into a
    folder created private (0700), shared ones into an ordinary folder."""
    if private:
        make_private_dir(path.parent, root=data_dir())
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"),
                 private=private)


def _parse_items(raw: object) -> list[PendingSuggestion]:
    items: list[PendingSuggestion] = []
    if not isinstance(raw, list):
        return items
    for obj in raw:
        if not isinstance(obj, dict):
            continue
        spoken, term = obj.get("spoken"), obj.get("term")
        if not isinstance(spoken, str) or not isinstance(term, str) or not spoken or not term:
            continue
        count = obj.get("count", 1)
        contexts = obj.get("contexts", [])
        items.append(PendingSuggestion(
            spoken, term,
            count if isinstance(count, int) and count > 0 else 1,
            tuple(c for c in contexts if isinstance(c, str))[-_MAX_CONTEXTS:]
            if isinstance(contexts, list) else (),
            str(obj.get("first_seen", "")), str(obj.get("last_seen", "")),
        ))
    return items


def _read_file(path: Path) -> tuple[str, list[PendingSuggestion]]:
    """(user, items) of a suggestions file. Raises OSError or ValueError."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        raise ValueError(f"{path} is not a suggestions file")
    user = doc.get("user") if isinstance(doc.get("user"), str) else ""
    return user, _parse_items(doc.get("suggestions"))


def _payload(user: str, items: Iterable[PendingSuggestion], with_context: bool) -> dict:
    return {
        "format": _FORMAT,
        "version": _VERSION,
        "user": user,
        "suggestions": [
            {"spoken": s.spoken, "term": s.term, "count": s.count,
             "contexts": list(s.contexts) if with_context else [],
             "first_seen": s.first_seen, "last_seen": s.last_seen}
            for s in items
        ],
    }


class SuggestionStore:
    """A user's pending suggestions, with counts, in one JSON file.

    Args:
      path: The file; default ``data_dir() / "suggestions.json"`` (``DIKTAT_DATA_DIR``
        overrides the data folder).
      user: Whose suggestions these are (shown to the supervisor); default the OS login.

    A damaged file is renamed to ``*.corrupt`` (never deleted) and the store starts empty;
    ``problems`` says so. Each change is saved at once; saving raises OSError.
    """

    def __init__(self, path: str | os.PathLike | None = None, user: str | None = None) -> None:
        from dictation.vocabulary.publishing import SavedBy

        self.path = Path(path) if path is not None else data_dir() / STORE_FILE
        self.user = user or SavedBy.now().user
        self.problems: list[str] = []
        self._items: dict[tuple[str, str], PendingSuggestion] = {}
        try:
            _, items = _read_file(self.path)
        except FileNotFoundError:
            items = []
        except (OSError, ValueError) as exc:
            log.warning("suggestions file %s unusable: %r", self.path, exc)
            items = []
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
            self.problems.append(tr(
                "Die gespeicherten Vorschläge („{path}“) waren nicht lesbar und wurden "
                "beiseitegelegt.",
                "The saved suggestions ('{path}') could not be read and were set aside.",
            ).format(path=self.path))
        for item in items:
            self._items[(spoken_key(item.spoken), item.term)] = item

    def pending(self) -> list[PendingSuggestion]:
        """All pending suggestions, most frequent first."""
        return sorted(self._items.values(), key=lambda s: (-s.count, s.term, s.spoken))

    def add(self, suggestions: Iterable[Suggestion]) -> list[PendingSuggestion]:
        """Count ``suggestions`` in (a repeated one raises its count) and save."""
        now = _now()
        touched: list[PendingSuggestion] = []
        for s in suggestions:
            key = (spoken_key(s.spoken), s.term)
            old = self._items.get(key)
            if old is None:
                item = PendingSuggestion(s.spoken, s.term, 1,
                                         (s.context,) if s.context else (), now, now)
            else:
                contexts = (*old.contexts, s.context) if s.context else old.contexts
                item = replace(old, count=old.count + 1, contexts=contexts[-_MAX_CONTEXTS:],
                               last_seen=now)
            self._items[key] = item
            touched.append(item)
        if touched:
            self.save()
        return touched

    def discard(self, spoken: str, term: str) -> None:
        """Forget one suggestion (taken up or declined) and save."""
        if self._items.pop((spoken_key(spoken), term), None) is not None:
            self.save()

    def prune(self, vocabulary: Vocabulary | VocabularyList | Iterable[Entry]) -> int:
        """Drop suggestions that ``vocabulary`` now contains; returns how many."""
        known = _known_pairs(_entries(vocabulary))
        gone = [key for key in self._items if key in known]
        for key in gone:
            del self._items[key]
        if gone:
            self.save()
        return len(gone)

    def save(self) -> None:
        """Write the file (private to the user: it may quote notes)."""
        _write_json(self.path, _payload(self.user, self.pending(), True), private=True)

    def share(self, folder: str | os.PathLike) -> Path:
        """Copy the pending suggestions, without contexts, to ``<folder>/<user>.suggestions.json``.

        Raises OSError when the folder cannot be written.
        """
        safe_user = re.sub(r"[^\w.-]", "_", self.user) or "user"
        target = Path(folder) / f"{safe_user}{SHARED_SUFFIX}"
        _write_json(target, _payload(self.user, self.pending(), False), private=False)
        return target


# --------------------------------------------------------------------------- supervisor


def _decisions(folder: Path) -> dict:
    try:
        doc = json.loads((folder / DECISIONS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"rejected": []}
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %r", folder / DECISIONS_FILE, exc)
        return {"rejected": []}
    return doc if isinstance(doc, dict) else {"rejected": []}


def _rejected_keys(folder: Path) -> set[tuple[str, str]]:
    rejected = _decisions(folder).get("rejected", [])
    return {(str(r[0]), str(r[1])) for r in rejected
            if isinstance(r, list) and len(r) == 2}


def collect_suggestions(
    sources: Iterable[str | os.PathLike],
    known: Vocabulary | VocabularyList | Iterable[Entry] | None = None,
) -> tuple[list[CollectedSuggestion], list[str]]:
    """Suggestions from several users' files, added up, and messages about unusable files.

    ``sources`` are suggestion files or folders (every ``*.suggestions.json`` in them; the
    rejections recorded there by :func:`reject` are left out). Pairs already in ``known``
    are left out. Most frequent first.
    """
    known_pairs = _known_pairs(_entries(known))
    totals: dict[tuple[str, str], CollectedSuggestion] = {}
    messages: list[str] = []
    for source in sources:
        source = Path(source)
        rejected: set[tuple[str, str]] = set()
        try:
            if source.is_dir():
                files = sorted(source.glob(f"*{SHARED_SUFFIX}"))
                rejected = _rejected_keys(source)
            else:
                files = [source]
        except OSError as exc:
            messages.append(tr("„{path}“ ist nicht erreichbar ({reason}).",
                               "'{path}' cannot be reached ({reason}).")
                            .format(path=source, reason=exc))
            continue
        for file in files:
            try:
                user, items = _read_file(file)
            except (OSError, ValueError) as exc:
                log.warning("cannot read suggestions %s: %r", file, exc)
                messages.append(tr("Die Vorschläge in „{name}“ sind nicht lesbar.",
                                   "The suggestions in '{name}' cannot be read.")
                                .format(name=file.name))
                continue
            user = user or file.name.removesuffix(SHARED_SUFFIX)
            for item in items:
                key = (spoken_key(item.spoken), item.term)
                if key in known_pairs or key in rejected:
                    continue
                old = totals.get(key)
                if old is None:
                    totals[key] = CollectedSuggestion(item.spoken, item.term, item.count,
                                                      (user,), item.contexts)
                else:
                    users = old.users if user in old.users else (*old.users, user)
                    totals[key] = replace(old, count=old.count + item.count, users=users,
                                          contexts=(*old.contexts, *item.contexts)[:5])
    ordered = sorted(totals.values(), key=lambda s: (-s.count, -len(s.users), s.term))
    return ordered, messages


def reject(folder: str | os.PathLike, items: Iterable[CollectedSuggestion]) -> None:
    """Record in ``folder`` that ``items`` were rejected, so that they are not collected
    again. Raises OSError."""
    folder = Path(folder)
    doc = _decisions(folder)
    rejected = [r for r in doc.get("rejected", []) if isinstance(r, list) and len(r) == 2]
    have = {tuple(r) for r in rejected}
    for item in items:
        if item.key not in have:
            rejected.append(list(item.key))
            have.add(item.key)
    doc["rejected"] = rejected
    _write_json(folder / DECISIONS_FILE, doc, private=False)


@dataclass
class ApproveResult:
    """What :func:`approve` changed.

    Attributes:
      vocabulary: The list with the approved suggestions.
      added: New entries.
      extended: Existing terms that got a new spoken variant.
    """

    vocabulary: VocabularyList
    added: list[str] = field(default_factory=list)
    extended: list[str] = field(default_factory=list)


def approve(target: VocabularyList,
            items: Sequence[CollectedSuggestion | PendingSuggestion | Suggestion],
            category: str = "") -> ApproveResult:
    """A copy of ``target`` with ``items`` added: the spoken form becomes a variant of the
    term's entry, or a new entry (``category``, and a note saying where it came from)."""
    entries = list(target.entries)
    index = {e.term: i for i, e in enumerate(entries)}
    result = ApproveResult(VocabularyList(target.name, target.layer, entries, target.path,
                                          target.version))
    for item in items:
        if item.term in index:
            i = index[item.term]
            entry = entries[i]
            keys = {spoken_key(entry.term), *(spoken_key(v) for v in entry.spoken)}
            if spoken_key(item.spoken) in keys:
                continue
            entries[i] = replace(entry, spoken=(*entry.spoken, item.spoken))
            result.extended.append(item.term)
        else:
            count = getattr(item, "count", 1)
            note = tr("aus Korrekturen übernommen ({n}×)",
                      "taken over from corrections ({n}×)").format(n=count)
            entries.append(Entry(item.term, (item.spoken,), category, note))
            index[item.term] = len(entries) - 1
            result.added.append(item.term)
    return result
