"""What happens to committed text before it reaches the note: commands, numbers, terms.

:class:`TextPipeline` turns one committed utterance into a list of edit operations for
:class:`dictation.document.Document`. Three stages, in this order:

1. **Numbers** (:mod:`dictation.numbers`): number words, § references, SGB books, dates,
   times. It runs first so that "zwölf Komma fünf" becomes the decimal "12,5" before "Komma"
   could be taken for the punctuation command.
2. **Spoken commands**: Punkt, Komma, Doppelpunkt, Semikolon, Fragezeichen, Ausrufezeichen,
   Bindestrich, Klammer auf/zu, Anführungszeichen (or Anführungsstriche) auf/zu, neue Zeile,
   neuer/nächster Absatz, and "streiche das"/"lösche das". Capitals and Whisper's own
   punctuation around a command word are ignored. When a command word is executed and when it
   stays text:

   * An utterance that consists of commands only is executed ("Punkt.", "Neuer Absatz.",
     "Punkt, neuer Absatz."). "streiche das"/"lösche das" (also "streich"/"lösch", "bitte"
     allowed) are executed only like this, as a whole utterance.
   * Elsewhere a command is **text** when the word before it marks a noun phrase: an article,
     determiner or preposition ("auf den Punkt gebracht", "ein Komma", "mit Bindestrich"), or
     such a word plus an inflected lower-case adjective ("der wichtigste Punkt", "mein letzter
     Punkt"). Otherwise it is executed, anywhere in the utterance, with one more condition
     for "Punkt", the command word most often used as a noun: it must end the utterance, or be
     followed by Whisper's punctuation, another command, or a capitalised function word (Whisper
     saw a new sentence: "pünktlich Punkt Der Termin"), or open the utterance without a number
     or "für" after it. So "Punkt zwölf Uhr", "Punkt drei der Vereinbarung" and "Punkt für
     Punkt" stay text.
   * No doubled punctuation: Whisper's punctuation right before a punctuation command is
     dropped ("erledigt. Komma" → "erledigt,"), and so is Whisper's punctuation right after a
     command word ("Punkt." → "."), except a mark after a bracket/quote/layout command in the
     middle of an utterance ("Anführungszeichen zu, sagte er"). Across utterances the document
     does the same (it replaces a trailing mark).
3. **Term correction** (:meth:`TextPipeline.correct_terms`) on the text between commands:
   misrecognised vocabulary terms become their written form. In order of precedence:

   * exact spoken variants (case- and punctuation-insensitive; also in number-formatted form,
     "SGB zwei" as "SGB II") always apply;
   * the term's own letters, case-insensitively and with spaces/hyphens ignored: case fixes
     ("bürgergeld"), split compounds ("Bedarfs Gemeinschaft", "weiter Bewilligungsantrag"),
     hyphenation ("Wald Michelbach" → "Wald-Michelbach"); one-word spoken variants count too,
     spelt-out ones ("Be U Te") only exactly, so that "Beute" stays;
   * inflected forms of one-word noun terms keep their ending (-s -es -n -en -e -er -ern -se):
     "des Kooperationsplans", "Bedarfsgemeinschaften";
   * fuzzy: windows of 1 to ``max_window_words`` words are compared with the terms whose
     Kölner Phonetik code equals theirs or starts with the same three digits, scored
     ``0.7 × text similarity + 0.3 × code similarity`` (rapidfuzz ``ratio``, 0–100) and
     replaced from ``min_score`` up (see :class:`PipelineTextOptions`).

   Guards against "correcting" ordinary words:

   * a window made only of frequent German words (``dictation/data/frequent_de.txt``) is
     never fuzzily matched, and merged into a compound only when all its words are nouns
     ("Bürger Geld" → "Bürgergeld", but "mehr Bedarf" stays unless it is a spoken variant);
   * a fuzzy window neither starts nor ends with a frequent word that is never a noun
     ("die", "wurde"), and a lower-case word mid-sentence never becomes a capitalised term
     (it is a verb or adjective: "widersprechen" is not "Widerspruch");
   * the first sound must agree ("Oppenheim" is not "Heppenheim"); a different Kölner code
     needs ``min_spelling_score`` plain similarity; terms under 10 letters need one point
     more per missing letter; at least ``min_fuzzy_chars`` letters;
   * an umlaut form of the term is a real inflection ("Anträge", "Kontoauszug" for the term
     "Kontoauszüge"), not a mishearing; digits and § references are never fuzzily matched.

Not handled: umlaut plurals are left as spoken, not normalised; inflected forms of multi-word
terms ("Kosten der Unterkunft") match only exactly; a capitalised verb at a sentence start can
still be taken for a noun term that sounds alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from dictation.numbers import NumberOptions, format_numbers, parse_number

__all__ = [
    "Correction",
    "DeleteLastUtterance",
    "InsertPunctuation",
    "InsertText",
    "NewLine",
    "NewParagraph",
    "Op",
    "PipelineTextOptions",
    "TextPipeline",
    "frequent_words",
    "kolner_phonetik",
    "lowercase_words",
    "select_bias_terms",
]

_DATA = Path(__file__).parent / "data"


# --- operations on the document ------------------------------------------------------------


@dataclass(frozen=True)
class InsertText:
    """Dictated text (already corrected), appended with the right spacing."""

    text: str


@dataclass(frozen=True)
class InsertPunctuation:
    """A dictated mark: one of . , : ; ? ! - ( ) „ “"""

    mark: str


@dataclass(frozen=True)
class NewLine:
    """Line break ("neue Zeile")."""


@dataclass(frozen=True)
class NewParagraph:
    """Paragraph break ("neuer Absatz"): an empty line."""


@dataclass(frozen=True)
class DeleteLastUtterance:
    """Remove what the last committed utterance added ("streiche das")."""


Op = InsertText | InsertPunctuation | NewLine | NewParagraph | DeleteLastUtterance


@dataclass(frozen=True)
class Correction:
    """One replacement made by term correction; ``start``/``end`` index the input text."""

    original: str
    replacement: str
    start: int
    end: int
    score: float
    #: "spoken" (exact spoken variant), "exact" (same letters: case, split compound,
    #: hyphenation), "inflection" (term + kept ending) or "fuzzy".
    rule: str


class _EntryLike(Protocol):
    term: str
    spoken: Sequence[str]


@dataclass(frozen=True)
class PipelineTextOptions:
    """Text pipeline settings.

    Attributes:
      commands: Execute spoken commands (Punkt, neuer Absatz, streiche das …).
      numbers: Write numbers, references, dates and times as digits (see dictation.numbers).
      terms: Correct vocabulary terms.
      min_score: Fuzzy matches scoring at least this (0–100; terms under 10 letters need one
        point more per missing letter) replace the text. Tuned on the labelled pairs in
        tests/dictation/test_textpipeline.py: no error from 88 to 91; at 87 a surname is
        "corrected" (Rombach → Rimbach), from 92 real mishearings are missed (Fiernheim).
      min_spelling_score: A fuzzy match whose Kölner Phonetik code differs from the term's
        also needs this plain text similarity (0–100): Whisper's mishearings mostly sound
        like the term, while different-sounding near-spellings are other words ("Lindenfeld",
        a surname, is not "Lindenfels").
      min_fuzzy_chars: Windows shorter than this (letters) are never fuzzily matched.
      max_window_words: Longest run of words matched against one term.
      number_options: Passed to :func:`dictation.numbers.format_numbers`.
    """

    commands: bool = True
    numbers: bool = True
    terms: bool = True
    min_score: float = 89.0
    min_spelling_score: float = 93.0
    min_fuzzy_chars: int = 6
    max_window_words: int = 5
    number_options: NumberOptions = field(default_factory=NumberOptions)


# --- word lists ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _word_list() -> tuple[str, ...]:
    path = _DATA / "frequent_de.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise RuntimeError(
            f"The word list {path} is missing; reinstall the package (it ships in dictation/data)."
        ) from e
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """The few thousand most frequent German word forms, lower-cased."""
    return frozenset(w.lower() for w in _word_list())


@lru_cache(maxsize=1)
def lowercase_words() -> frozenset[str]:
    """Frequent words that are never nouns (articles, pronouns, verbs, adjectives …)."""
    return frozenset(w for w in _word_list() if w[0].islower())


# --- Kölner Phonetik -------------------------------------------------------------------------

_KP_SIMPLE = {
    **dict.fromkeys("aeijouyäöü", "0"), "b": "1", **dict.fromkeys("fvw", "3"),
    **dict.fromkeys("gkq", "4"), "l": "5", "m": "6", "n": "6", "r": "7", "s": "8", "z": "8",
    "ß": "8", "h": "",
}


@lru_cache(maxsize=65536)
def kolner_phonetik(word: str) -> str:
    """Kölner Phonetik code of a German word ("Bedarfsgemeinschaft" → "12738466832").

    Letters other than a–z, ä, ö, ü, ß are ignored, so spaces and hyphens join the parts.
    """
    w = [c for c in word.lower() if c in _KP_SIMPLE or c in "cdptx"]
    out: list[str] = []
    n = len(w)
    for k, c in enumerate(w):
        prev = w[k - 1] if k else ""
        nxt = w[k + 1] if k + 1 < n else ""
        if c in _KP_SIMPLE:
            code = _KP_SIMPLE[c]
        elif c == "p":
            code = "3" if nxt == "h" else "1"
        elif c in "dt":
            code = "8" if nxt in ("c", "s", "z", "ß") else "2"
        elif c == "x":
            code = "8" if prev in ("c", "k", "q") else "48"
        else:  # c
            if k == 0:
                code = "4" if nxt in "ahkloqrux" and nxt else "8"
            elif prev in ("s", "z", "ß"):
                code = "8"
            else:
                code = "4" if nxt and nxt in "ahkoqux" else "8"
        out.append(code)
    raw = "".join(out)
    if not raw:
        return ""
    collapsed = [raw[0]]
    for ch in raw[1:]:
        if ch != collapsed[-1]:
            collapsed.append(ch)
    return collapsed[0] + "".join(ch for ch in collapsed[1:] if ch != "0")


# --- tokens ----------------------------------------------------------------------------------

# word (letters only), number (with inner . , : and an optional letter: "16a"), §, or any
# other single character (punctuation, hyphen)
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,:]\d+)*[a-z]?|\S")
_SENTENCE_MARKS = frozenset(".,;:?!")
_ENDINGS = ("ern", "en", "er", "es", "se", "n", "s", "e")
_UMLAUTS = str.maketrans("äöü", "aou")
_SENTENCE_OPENERS = frozenset(".!?:„(\"“")
_FIRST_SOUND = {**dict.fromkeys("fvw", "f"), "p": "b", "t": "d", **dict.fromkeys("gcq", "k"),
                **dict.fromkeys("zß", "s"), **dict.fromkeys("yj", "i"), "ä": "e"}
_MISSING = object()
_FUZZY_CACHE_SIZE = 20000  # windows remembered between utterances (notes repeat words)
_SHORT_TERM_CHARS = 10  # fuzzy matches on terms shorter than this need 1 point more per letter


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    low: str
    kind: str  # "w" word, "n" number, "§", "-" hyphen, "p" other punctuation


def _tokenize(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        c = t[0]
        kind = "w" if c.isalpha() else "n" if c.isdigit() else c if c in "§-" else "p"
        toks.append(_Tok(t, m.start(), m.end(), t.lower(), kind))
    return toks


def _key_tokens(text: str) -> list[str]:
    """Lower-cased words/numbers/§ of ``text``, without punctuation and hyphens."""
    return [t.low for t in _tokenize(text) if t.kind in ("w", "n", "§")]


# --- commands --------------------------------------------------------------------------------

_MARK_COMMANDS: dict[tuple[str, ...], str] = {
    ("punkt",): ".", ("komma",): ",", ("doppelpunkt",): ":", ("semikolon",): ";",
    ("strichpunkt",): ";", ("fragezeichen",): "?", ("ausrufezeichen",): "!",
    ("ausrufungszeichen",): "!", ("bindestrich",): "-",
    ("klammer", "auf"): "(", ("klammer", "zu"): ")",
    **{(w, "auf"): "„" for w in ("anführungszeichen", "anführungsstriche", "anführungsstrich",
                                 "gänsefüßchen")},
    **{(w, "zu"): "“" for w in ("anführungszeichen", "anführungsstriche", "anführungsstrich",
                                "gänsefüßchen")},
}
_LAYOUT_COMMANDS: dict[tuple[str, ...], Op] = {
    ("neue", "zeile"): NewLine(), ("zeilenumbruch",): NewLine(),
    ("neuer", "absatz"): NewParagraph(), ("nächster", "absatz"): NewParagraph(),
}
_DELETE_COMMANDS = {("streiche", "das"), ("streich", "das"), ("lösche", "das"),
                    ("lösch", "das")}
_SENTENCE_PUNCT_MARKS = frozenset(".,;:?!-")
# Cheap test whether an utterance can contain a command word at all (most do not).
_ANY_COMMAND_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted({k[0] for k in [*_MARK_COMMANDS, *_LAYOUT_COMMANDS, *_DELETE_COMMANDS]}))
    + r")\b",
    re.IGNORECASE,
)
# A command word right after one of these is a noun ("der Punkt", "ein Komma", "mit Bindestrich").
_NOUN_MARKERS = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
dieser diese dieses diesen diesem jeder jede jedes jeden jedem jener jene jenes jenen jenem
welcher welche welches welchen welchem mancher manche manchen solcher solche solchen
mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem
seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure
beide beiden alle allen jeglicher
am im zum zur vom beim ins ans aufs
auf an in mit ohne für um über unter vor hinter bei nach von zu aus durch gegen bis als wie pro
""".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


@dataclass
class _Command:
    i: int  # first token
    j: int  # token after the phrase
    op: Op


def _find_commands(toks: list[_Tok]) -> list[_Command]:
    found: list[_Command] = []
    k = 0
    n = len(toks)
    while k < n:
        if toks[k].kind != "w":
            k += 1
            continue
        two = (toks[k].low, toks[k + 1].low) if k + 1 < n and toks[k + 1].kind == "w" else None
        one = (toks[k].low,)
        for key, length in ((two, 2), (one, 1)):
            if key is None:
                continue
            if key in _MARK_COMMANDS:
                found.append(_Command(k, k + length, InsertPunctuation(_MARK_COMMANDS[key])))
                break
            if key in _LAYOUT_COMMANDS:
                found.append(_Command(k, k + length, _LAYOUT_COMMANDS[key]))
                break
        else:
            k += 1
            continue
        k = found[-1].j
    return found


def _noun_guarded(toks: list[_Tok], i: int, command_ends: set[int]) -> bool:
    """True when the word before token i makes it a noun: "der Punkt", "der wichtigste Punkt".

    A word that ends another command ("Klammer zu Punkt") does not count.
    """
    if i == 0 or toks[i - 1].kind != "w" or i in command_ends:
        return False
    prev = toks[i - 1].low
    if prev in _NOUN_MARKERS:
        return True
    if i >= 2 and toks[i - 2].kind == "w" and toks[i - 2].low in _NOUN_MARKERS:
        return toks[i - 1].text[0].islower() and prev.endswith(_ADJECTIVE_ENDINGS)
    return False


def _split_commands(text: str) -> list[str | Op]:
    """``text`` cut into text pieces and executed commands, in order."""
    if not _ANY_COMMAND_RE.search(text):
        return [text]
    toks = _tokenize(text)
    words = [t.low for t in toks if t.kind != "p"]
    if tuple(w for w in words if w != "bitte") in _DELETE_COMMANDS:
        return [DeleteLastUtterance()]
    cands = _find_commands(toks)
    if not cands:
        return [text]
    covered = sum(c.j - c.i for c in cands)
    if covered == len(words):  # commands only (plus Whisper's punctuation)
        executed = cands
    else:
        executed = []
        next_start: int | None = None  # token index of the next executed command
        lowercase = lowercase_words()
        command_ends = {c.j for c in cands}
        for c in reversed(cands):
            ok = not _noun_guarded(toks, c.i, command_ends)
            if ok and c.op == InsertPunctuation("."):
                after = toks[c.j] if c.j < len(toks) else None
                ok = (after is None or after.kind == "p" or c.j == next_start
                      or (after.kind == "w" and after.text[:1].isupper()
                          and after.low in lowercase)
                      or (c.i == 0 and not _counts(after)))
            if ok:
                executed.append(c)
                next_start = c.i
        executed.reverse()
    if not executed:
        return [text]

    out: list[str | Op] = []
    seg_start = 0
    prev_cmd: _Command | None = None
    for c in [*executed, None]:
        seg_end = c.i if c else len(toks)
        lo, hi = seg_start, seg_end
        if prev_cmd is not None:  # Whisper's marks after a command word belong to the word
            trailing = all(t.kind == "p" for t in toks[lo:hi]) and c is None
            if _is_mark(prev_cmd.op) or trailing:
                while lo < hi and toks[lo].text in _SENTENCE_MARKS:
                    lo += 1
        if c is not None and _is_mark(c.op):  # the command replaces Whisper's mark
            while hi > lo and toks[hi - 1].text in _SENTENCE_MARKS:
                hi -= 1
        if hi > lo:
            out.append(text[toks[lo].start:toks[hi - 1].end])
        if c is not None:
            out.append(c.op)
            seg_start = c.j
            prev_cmd = c
    return out


def _counts(tok: _Tok) -> bool:
    """A number or "für" after "Punkt": "Punkt zwölf Uhr", "Punkt drei", "Punkt für Punkt"."""
    return tok.kind == "n" or tok.low == "für" or parse_number(tok.low) is not None


def _is_mark(op: Op) -> bool:
    return isinstance(op, InsertPunctuation) and op.mark in _SENTENCE_PUNCT_MARKS


# --- term index ------------------------------------------------------------------------------


@dataclass
class _Variant:
    joined: str  # lower-case letters/digits of the variant, no spaces or hyphens
    code: str  # Kölner Phonetik of ``joined``
    entry: int
    spaced: bool  # the term has several words (no inflection endings then)


@dataclass
class _Match:
    start: int  # unit index
    end: int  # unit index after the match
    replacement: str
    score: float
    rule: str
    priority: int
    entry: int


class TextPipeline:
    """Commands, numbers and term correction for committed utterances.

    Build it once per vocabulary (the indexes are precomputed here), then call
    :meth:`process` for every committed utterance.
    """

    def __init__(
        self,
        entries: Sequence[_EntryLike] = (),
        options: PipelineTextOptions = PipelineTextOptions(),
    ) -> None:
        self.options = options
        self._terms: list[str] = []
        self._spoken: dict[str, int] = {}  # "sgb zwei" → entry
        self._spoken_prefixes: set[str] = set()  # "sgb" (word-boundary prefixes of the above)
        self._joined: dict[str, int] = {}  # "bedarfsgemeinschaft" → entry
        self._joined_prefixes: set[str] = set()
        self._variants: list[_Variant] = []
        self._by_code: dict[str, list[int]] = {}
        self._by_code3: dict[str, list[int]] = {}
        self._code_prefixes: set[str] = set()
        self._frequent = frequent_words()
        self._lowercase = lowercase_words()
        self._recent: list[str] = []
        self._fuzzy_cache: dict[tuple[str, bool], tuple[float, int, str] | None] = {}
        for entry in entries:
            self._add(entry)
        # per bucket: the variant strings, for rapidfuzz.process.extract
        self._bucket_strings = {k: [self._variants[v].joined for v in ids]
                                for k, ids in self._by_code3.items()}

    @property
    def terms(self) -> tuple[str, ...]:
        """The written forms of the vocabulary, in the order given."""
        return tuple(self._terms)

    @property
    def recent_terms(self) -> tuple[str, ...]:
        """Terms that corrections produced or found, most recent first (for decoding bias)."""
        return tuple(reversed(self._recent))

    def _add(self, entry: _EntryLike) -> None:
        term = entry.term.strip()
        if not term:
            return
        idx = len(self._terms)
        self._terms.append(term)
        forms = [term, *entry.spoken]
        if self.options.numbers:
            forms += [format_numbers(f, self.options.number_options) for f in forms]
        is_spaced = " " in term
        for form_no, form in enumerate(forms):
            keys = _key_tokens(form)
            if not keys:
                continue
            spaced = " ".join(keys)
            is_term = form_no == 0 or form == term
            if not is_term or len(keys) > 1:
                self._spoken.setdefault(spaced, idx)
                for k in range(1, len(keys)):
                    self._spoken_prefixes.add(" ".join(keys[:k]))
            if not is_term and len(keys) > 1:
                continue  # "Be U Te" must not match "Beute": spelt-out variants only exactly
            joined = "".join(keys)
            if joined in self._joined:
                continue
            self._joined[joined] = idx
            for k in range(2, len(joined)):
                self._joined_prefixes.add(joined[:k])
            if any(ch.isdigit() for ch in joined):
                continue
            code = kolner_phonetik(joined)
            vid = len(self._variants)
            self._variants.append(_Variant(joined, code, idx, is_spaced))
            self._by_code.setdefault(code, []).append(vid)
            self._by_code3.setdefault(code[:3], []).append(vid)
            for k in range(1, len(code)):
                self._code_prefixes.add(code[:k])

    # -- public API ------------------------------------------------------------------------

    def process(self, utterance: str) -> list[Op]:
        """Operations that put one committed utterance into the document."""
        text = " ".join(utterance.split())
        if not text:
            return []
        if self.options.numbers:
            text = format_numbers(text, self.options.number_options)
        pieces: list[str | Op] = _split_commands(text) if self.options.commands else [text]
        ops: list[Op] = []
        for piece in pieces:
            if isinstance(piece, str):
                if self.options.terms and self._terms:
                    piece = self.correct_terms(piece)[0]
                ops.append(InsertText(piece))
            else:
                ops.append(piece)
        return ops

    def correct_terms(self, text: str) -> tuple[str, list[Correction]]:
        """``text`` with misrecognised vocabulary terms replaced, and what was replaced.

        Numbers are not reformatted here (``process`` does that first), but spoken variants
        also match in their number-formatted form ("SGB zwei" as "SGB II").
        """
        if not self._terms or not text:
            return text, []
        toks = _tokenize(text)
        units = [t for t in toks if t.kind in ("w", "n", "§")]
        if not units:
            return text, []
        # links[k]: unit k and k+1 may be in one window (only spaces or one hyphen between)
        links = [self._linked(text, units[k], units[k + 1]) for k in range(len(units) - 1)]
        # units where a sentence starts: Whisper's capital there says nothing about nouns
        starts = set()
        prev: _Tok | None = None
        k = 0
        for t in toks:
            if t.kind in ("w", "n", "§"):
                if prev is None or prev.text in _SENTENCE_OPENERS:
                    starts.add(k)
                k += 1
            prev = t
        matches = []
        for start in range(len(units)):
            matches.extend(self._matches_at(units, links, start, start in starts))
        chosen = _choose(matches)
        out: list[str] = []
        corrections: list[Correction] = []
        pos = 0
        for m in chosen:
            s, e = units[m.start].start, units[m.end - 1].end
            original = text[s:e]
            self._remember(self._terms[m.entry])
            if original == m.replacement:
                continue
            out.append(text[pos:s])
            out.append(m.replacement)
            pos = e
            corrections.append(Correction(original, m.replacement, s, e, round(m.score, 1),
                                          m.rule))
        out.append(text[pos:])
        return "".join(out), corrections

    # -- matching --------------------------------------------------------------------------

    @staticmethod
    def _linked(text: str, a: _Tok, b: _Tok) -> bool:
        gap = text[a.end:b.start]
        return not gap or gap.isspace() or gap.strip() == "-"

    def _matches_at(self, units: list[_Tok], links: list[bool], start: int,
                    sentence_start: bool) -> list[_Match]:
        opt = self.options
        frequent = self._frequent
        lowercase = self._lowercase
        spoken, joined_index = self._spoken, self._joined
        spoken_prefixes, joined_prefixes = self._spoken_prefixes, self._joined_prefixes
        first = units[start]
        # a window that starts with a never-noun word ("die", "wurde") is only matched exactly
        fuzzy_start = first.kind == "w" and first.low not in lowercase
        capital_ok = sentence_start or first.text[:1].isupper()
        found: list[_Match] = []
        spaced = joined = code = ""
        all_frequent = all_nouns = alpha = True
        for end in range(start, min(start + opt.max_window_words, len(units))):
            if end > start and not links[end - 1]:
                break
            u = units[end]
            low = u.low
            n = end - start + 1
            spaced = low if n == 1 else f"{spaced} {low}"
            joined += low
            alpha = alpha and u.kind == "w"
            never_noun = low in lowercase
            all_frequent = all_frequent and low in frequent
            all_nouns = all_nouns and not never_noun and u.text[:1].isupper()
            # 1. exact spoken variant (always applies)
            idx = spoken.get(spaced)
            if idx is not None:
                found.append(_Match(start, end + 1, self._cased(self._terms[idx], first),
                                    100.0, "spoken", 4, idx))
            # 2. same letters (case, split compound, hyphenation); frequent words merge only
            # when all are nouns ("Bürger Geld", not "mehr Bedarf")
            if n == 1 or not all_frequent or all_nouns:
                idx = joined_index.get(joined)
                if idx is not None:
                    found.append(_Match(start, end + 1, self._cased(self._terms[idx], first),
                                        100.0, "exact", 3, idx))
                elif alpha and not never_noun:
                    inflected = self._inflected(joined)
                    if inflected is not None:
                        idx, ending = inflected
                        found.append(_Match(start, end + 1,
                                            self._cased(self._terms[idx] + ending, first),
                                            99.0, "inflection", 2, idx))
            # 3. fuzzy, phonetic; the window does not end with a never-noun word either
            if fuzzy_start and alpha:
                code = kolner_phonetik(low) if n == 1 else _join_codes(code, kolner_phonetik(low))
                if not all_frequent and not never_noun and len(joined) >= opt.min_fuzzy_chars:
                    fuzzy = self._fuzzy(joined, units, start, end, capital_ok)
                    if fuzzy is not None:
                        found.append(fuzzy)
            # extend the window only while some term could still start like this
            if not (spaced in spoken_prefixes or joined in joined_prefixes
                    or (fuzzy_start and alpha and code in self._code_prefixes)):
                break
        return found

    def _inflected(self, joined: str) -> tuple[int, str] | None:
        """(entry, ending) when ``joined`` is a one-word noun term plus a case/plural ending."""
        for ending in _ENDINGS:
            if joined.endswith(ending) and len(joined) - len(ending) >= 4:
                idx = self._joined.get(joined[: -len(ending)])
                if idx is not None and _inflectable(self._terms[idx]):
                    return idx, ending
        return None

    def _fuzzy(self, joined: str, units: list[_Tok], start: int, end: int,
               capital_ok: bool) -> _Match | None:
        """The best fuzzy match of the window ``units[start:end + 1]`` (letters ``joined``)."""
        key = (joined, capital_ok)
        found = self._fuzzy_cache.get(key, _MISSING)
        if found is _MISSING:
            if len(self._fuzzy_cache) >= _FUZZY_CACHE_SIZE:
                self._fuzzy_cache.clear()
            found = self._fuzzy_cache[key] = self._best_fuzzy(joined, capital_ok)
        if found is None:
            return None
        score, vid, ending = found
        entry = self._variants[vid].entry
        replacement = self._cased(self._terms[entry] + ending, units[start])
        return _Match(start, end + 1, replacement, score, "fuzzy", 1, entry)

    def _best_fuzzy(self, joined: str, capital_ok: bool) -> tuple[float, int, str] | None:
        """(score, variant, kept ending) of the best phonetic/fuzzy match of ``joined``.

        ``capital_ok``: the window starts with a capital or at a sentence start; otherwise it
        is a lower-case word mid-sentence (a verb, adjective …) and never becomes a noun term.
        """
        first = _first_sound(joined)
        best: tuple[float, int, str] | None = None  # score, variant id, ending
        forms = [(joined, "")]
        forms += [(joined[: -len(e)], e) for e in _ENDINGS
                  if joined.endswith(e) and len(joined) - len(e) >= self.options.min_fuzzy_chars]
        cutoff = self.options.min_score
        for form, ending in forms:
            code = kolner_phonetik(form)
            candidates = set(self._by_code.get(code, ()))
            bucket = self._by_code3.get(code[:3])
            if bucket:
                strings = self._bucket_strings[code[:3]]
                for _, _score, k in rf_process.extract(form, strings, scorer=fuzz.ratio,
                                                       score_cutoff=cutoff - 15, limit=3):
                    candidates.add(bucket[k])
            for vid in candidates:
                v = self._variants[vid]
                term = self._terms[v.entry]
                if ending and (v.spaced or not _inflectable(term)):
                    continue
                if (term[:1].isupper() and not capital_ok) or _first_sound(v.joined) != first:
                    continue
                text_score = fuzz.ratio(form, v.joined)
                if code == v.code:
                    code_score = 100.0
                elif text_score >= self.options.min_spelling_score:
                    code_score = fuzz.ratio(code, v.code)
                else:
                    continue  # sounds different and is spelt differently: another word
                score = 0.7 * text_score + 0.3 * code_score
                # short terms need more: one letter is a bigger part of them
                needed = cutoff + max(0, _SHORT_TERM_CHARS - len(v.joined))
                if score >= needed and (best is None or score > best[0]):
                    best = (score, vid, ending)
        if best is None:
            return None
        v = self._variants[best[1]]
        # an umlaut inflection of the term ("Anträge" for "Antrag", "Kontoauszug" for
        # "Kontoauszüge") is a real word form, not a mishearing
        x, y = joined.translate(_UMLAUTS), v.joined.translate(_UMLAUTS)
        if (x.startswith(y) or y.startswith(x)) and (x != joined or y != v.joined):
            return None
        return best

    @staticmethod
    def _cased(term: str, first: _Tok) -> str:
        """The term, capitalised when it starts lower-case and the spoken word did not."""
        if term[:1].islower() and first.text[:1].isupper():
            return term[0].upper() + term[1:]
        return term

    def _remember(self, term: str) -> None:
        if term in self._recent:
            self._recent.remove(term)
        self._recent.append(term)
        del self._recent[:-50]


def _first_sound(word: str) -> str:
    """First letter, with letters of one sound merged (f/v/w, b/p, d/t, g/k/c/q, s/z, i/y/j)."""
    return _FIRST_SOUND.get(word[:1], word[:1])


def _inflectable(term: str) -> bool:
    """One-word noun terms take case/plural endings: capitalised, letters, not all capitals."""
    return (" " not in term and term[:1].isupper() and not term.isupper()
            and term.replace("-", "").isalpha())


def _join_codes(left: str, right: str) -> str:
    """Approximate Kölner code of two joined words from the codes of the parts."""
    right = right.lstrip("0")
    if left and right and left[-1] == right[0]:
        right = right[1:]
    return left + right


def _choose(matches: list[_Match]) -> list[_Match]:
    """Non-overlapping matches, best first: exactness, then length, then score."""
    matches.sort(key=lambda m: (m.priority, m.end - m.start, m.score), reverse=True)
    taken: list[_Match] = []
    used: set[int] = set()
    for m in matches:
        span = range(m.start, m.end)
        if any(k in used for k in span):
            continue
        used.update(span)
        taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken


# --- decoding bias ---------------------------------------------------------------------------

_RARE_PATTERNS = re.compile(r"[qxy]|c(?![hk])|ph|th|aa|ee|oo|-")
_FORMATTED = re.compile(r"\d|§|\bSGB [IVX]+\b")  # written by dictation.numbers anyway
_ABBREVIATION = re.compile(r"^(?:[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]*[A-ZÄÖÜ][a-zäöü]*|[A-ZÄÖÜ]{2,})$")


def _difficulty(term: str, frequent: frozenset[str]) -> float:
    """How hard a term is for the recogniser.

    Each word that is not a frequent German word scores by its length (long compounds), plus
    1.5 for abbreviations ("AVGS", "KdU") and 0.8 for each rare letter pattern (y, q, x, ph,
    c outside ch/ck, hyphens). A term scores its hardest word plus a little for each further
    hard word; references (digits, §, SGB books) count less: the number formatter writes them.
    """
    scores = []
    for word in re.split(r"[\s/]+", term):
        letters = word.strip(".,()")
        if not letters or letters.lower() in frequent:
            continue
        score = math.log2(1 + len(letters)) + 0.8 * len(_RARE_PATTERNS.findall(letters.lower()))
        if _ABBREVIATION.match(letters):
            score += 1.5
        scores.append(score)
    if not scores:
        return 0.0
    scores.sort(reverse=True)
    total = scores[0] + 0.3 * sum(scores[1:])
    if _FORMATTED.search(term):
        total -= 2.0
    return total


def select_bias_terms(
    entries: Sequence[_EntryLike],
    max_tokens: int = 120,
    count_tokens: Callable[[str], int] | None = None,
    recent: Iterable[str] = (),
    subject: str = "",
    separator: str = ", ",
) -> list[str]:
    """Terms for Whisper's prompt/hotwords, within ``max_tokens`` when joined by ``separator``.

    Order of preference: ``recent`` terms (most recent first), then entries whose category
    matches ``subject`` (case-insensitive; also when one contains the other), then the
    hardest to recognise, slightly discounted by their token cost (see ``_difficulty``).
    Duplicates (case-insensitive) are dropped. ``count_tokens`` defaults
    to a rough estimate of one token per three characters.
    """
    counter = count_tokens or (lambda s: math.ceil(len(s) / 3))
    costs: dict[str, int] = {}

    def count(text: str) -> int:
        if text not in costs:
            costs[text] = counter(text)
        return costs[text]

    frequent = frequent_words()
    known = {e.term.strip().casefold(): e.term.strip() for e in entries if e.term.strip()}
    subj = subject.strip().casefold()

    def on_subject(e: _EntryLike) -> bool:
        cat = str(getattr(e, "category", "") or "").casefold()
        return bool(subj and cat and (subj == cat or subj in cat or cat in subj))

    ordered: list[str] = [known.get(t.strip().casefold(), t.strip()) for t in recent]
    subject_terms = [e.term.strip() for e in entries if on_subject(e)]
    others = [e.term.strip() for e in entries if not on_subject(e)]
    # difficulty, a little discounted by the tokens it costs (long phrases fill the budget)
    rank = {t: _difficulty(t, frequent) / max(1, count(t)) ** 0.25
            for t in [*subject_terms, *others]}
    ordered += sorted(subject_terms, key=lambda t: -rank[t])
    ordered += sorted(others, key=lambda t: -rank[t])

    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    sep_cost = count(separator) if separator.strip() else 0
    for term in ordered:
        key = term.casefold()
        if not term or key in seen:
            continue
        if used >= max_tokens:
            break
        cost = count(term) + (sep_cost if chosen else 0)
        if used + cost > max_tokens:
            continue  # a shorter term further down may still fit
        seen.add(key)
        chosen.append(term)
        used += cost
    # per-term estimates can undercount the joined string; trim until it fits
    while chosen and counter(separator.join(chosen)) > max_tokens:
        chosen.pop()
    return chosen
