"""What happens to committed text before it reaches the note: commands, numbers, terms.

:class:`TextPipeline` turns one committed utterance into a list of edit operations for
:class:`dictation.document.Document`. Three stages, in this order:

1. **Numbers** (:mod:`dictation.numbers`): number words, § references, SGB books, dates,
   times. It runs first so that "zwölf Komma fünf" becomes the decimal "12,5" before "Komma"
   could be taken for the punctuation command.
2. **Spoken commands**: Punkt, Komma, Doppelpunkt (also "Doppel Punkt", "Doppel-Punkt"),
   Semikolon, Fragezeichen, Ausrufezeichen, Bindestrich, Klammer auf/zu, Anführungszeichen (or
   Anführungsstriche) auf/zu, neue Zeile, neuer/nächster Absatz, and "streiche das"/"lösche
   das". Capitals and Whisper's own punctuation around a command word are ignored; the words
   of a two-word command may also be joined by a hyphen ("Klammer-zu"). When a command word
   is executed and when it stays text:

   * An utterance that consists of commands only is executed ("Punkt.", "Neuer Absatz.",
     "Punkt, neuer Absatz."). "streiche das"/"lösche das" (also "streich"/"lösch", "bitte"
     allowed, and joined: "Streichedas") are executed only like this, as a whole utterance.
   * A command word joined to the word before or after it by a hyphen is part of that word:
     "Info-Punkt", "Ausgangs-Punkt", "Punkt-Abzug" stay text.
   * Spellings that Whisper produces but that are no commands in running speech are executed
     only as a whole utterance or at its end (followed by nothing but punctuation or other
     executed commands): the two-word commands written as one word ("Klammerauf",
     "Klammerzu", also "Klammerzuh"/"Klammer zuh", "Neuerabsatz", "Neuezeile",
     "Anführungszeichenauf") and "Punkt" with the soft p of South Hessian speech, which Whisper
     also writes for synthetic speech ("Bunkt", "Doppelbunkt").
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
     command word ("Punkt." → "."; "Neuer Absatz. Der" → paragraph, "Der"), except a mark after
     a closing bracket/quote in the middle of an utterance ("Anführungszeichen zu, sagte er").
     Whisper's period right before a bracket or quote command is dropped too ("Monate. Klammer
     auf" → "Monate ("): Whisper's period is provisional, the dictated structure wins. Across
     utterances the document does the same (see :mod:`dictation.document`).
3. **Term correction** (:meth:`TextPipeline.correct_terms`) on the text between commands:
   misrecognised vocabulary terms become their written form. In order of precedence:

   * exact spoken variants (case- and punctuation-insensitive; also in number-formatted form,
     "SGB zwei" as "SGB II") always apply;
   * the term's own letters, case-insensitively and with spaces/hyphens ignored: case fixes
     ("bürgergeld"), split compounds ("Bedarfs Gemeinschaft", "weiter Bewilligungsantrag"),
     hyphenation ("Wald Michelbach" → "Wald-Michelbach"); one-word spoken variants count too,
     spelt-out ones ("Be U Te") only exactly, so that "Beute" stays;
   * inflected forms of one-word noun terms keep their ending (-s -es -n -en -e -er -ern -se)
     where the term can take it (see ``_valid_ending``: "des Kooperationsplans",
     "Bedarfsgemeinschaften", "Integrationskurse"; not "-kurss", "-gemeinschaftn");
   * fuzzy: windows of 1 to ``max_window_words`` words (also with an ending cut off) are
     compared with the terms whose Kölner Phonetik code equals theirs or starts with the same
     three digits, scored ``0.7 × text similarity + 0.3 × code similarity`` (rapidfuzz
     ``ratio``, 0–100) and replaced from ``min_score`` up (see :class:`PipelineTextOptions`).
     The spoken ending (what follows the part that best matches the term, a doubled letter
     made single) is put back only when the term can take it ("Kooperationsplahns" →
     "Kooperationsplans", "Bedarfsgemeinschaftenn" → "Bedarfsgemeinschaften"); otherwise the
     whole word becomes the term ("Sprachkuss" → "Sprachkurs", "Kinder-Tage-Stetter" →
     "Kindertagesstätte").

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

import bisect
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
    "letters",
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
    ("punkt",): ".", ("komma",): ",", ("doppelpunkt",): ":", ("doppel", "punkt"): ":",
    ("semikolon",): ";", ("strichpunkt",): ";", ("fragezeichen",): "?",
    ("ausrufezeichen",): "!", ("ausrufungszeichen",): "!", ("bindestrich",): "-",
    ("klammer", "auf"): "(", ("klammer", "zu"): ")", ("klammer", "zuh"): ")",
    ("klammer", "zum"): ")",
    **{(w, "auf"): "„" for w in ("anführungszeichen", "anführungsstriche", "anführungsstrich",
                                 "gänsefüßchen")},
    **{(w, "zu"): "“" for w in ("anführungszeichen", "anführungsstriche", "anführungsstrich",
                                "gänsefüßchen")},
    # as Whisper writes them for natural voices: split ("Frage Zeichen"), misheard ("kommer",
    # "Koma"), or with the soft p of South Hessian speech ("Bunkt", "Doppelbunkt"); each is
    # no German word, so it follows the same rules as the command it stands for
    ("frage", "zeichen"): "?", ("ausrufe", "zeichen"): "!", ("bunkt",): ".", ("bonkt",): ".",
    ("doppelbunkt",): ":", ("doppel", "bunkt"): ":",
    **{(w,): "," for w in ("kommer", "koma", "comma", "coma", "kommah", "kommar")},
}
_LAYOUT_COMMANDS: dict[tuple[str, ...], Op] = {
    ("neue", "zeile"): NewLine(), ("zeilenumbruch",): NewLine(),
    ("neuer", "absatz"): NewParagraph(), ("nächster", "absatz"): NewParagraph(),
    # the ending as Whisper hears it ("Neue Absatz", "neuen Absatz", "neuer Zeile")
    **{(w, "absatz"): NewParagraph() for w in ("neue", "neuen", "neues")},
    **{(w, "zeile"): NewLine() for w in ("neuer", "neuen")},
}
_DELETE_COMMANDS = {("streiche", "das"), ("streich", "das"), ("lösche", "das"),
                    ("lösch", "das")}
# "streiche das" as Whisper may write it: "Streichedas", "Streiche-das"
_DELETE_JOINED = frozenset("".join(k) for k in _DELETE_COMMANDS)
_DELETE_VERBS = frozenset(k[0] for k in _DELETE_COMMANDS)
_DELETE_OBJECTS = frozenset({"das", "dass", "des", "dies"})
# real words that sound like "streiche" and may well stand before "das"
_NOT_DELETE_VERBS = frozenset({"strecke", "streife"})
_SENTENCE_ENDS = frozenset(".?!")
# German words that end like a command but are nouns of their own ("zum jetzigen Zeitpunkt.")
_PUNKT_COMPOUNDS = frozenset("""
stand zeit schwer höhe treff mittel schnitt tief wende kern brenn end start streit plus
knack blick stütz dreh fix mess null siede programm halte sammel kontakt eck scheitel
gefrier kritik prüf minus glanz schluss info service ziel kipp haupt fokus anker knoten
angel doppel strich dezimal gleit
""".split())


def _command_op(key: tuple[str, ...]) -> Op | None:
    if key in _MARK_COMMANDS:
        return InsertPunctuation(_MARK_COMMANDS[key])
    return _LAYOUT_COMMANDS.get(key)


# Spellings executed only as their own utterance or at its end (see _split_commands): the
# two-word commands written as one word ("Klammerauf", "Neuerabsatz", "Klammerzuh").
_RESTRICTED_COMMANDS: dict[tuple[str, ...], Op] = {
    **{("".join(k),): op for k in [*_MARK_COMMANDS, *_LAYOUT_COMMANDS] if len(k) == 2
       if (op := _command_op(k)) is not None},
}
# first words of all command phrases (a cheap test before the phrase lookups)
_COMMAND_FIRST = frozenset(k[0] for k in [*_MARK_COMMANDS, *_LAYOUT_COMMANDS,
                                          *_RESTRICTED_COMMANDS])
_SENTENCE_PUNCT_MARKS = frozenset(".,;:?!-")
_OPENING_MARKS = frozenset("(„")
_CLOSING_MARKS = frozenset(")“")
# Cheap test whether an utterance can contain a command word at all (most do not).
_ANY_COMMAND_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted({k[0] for k in [*_MARK_COMMANDS, *_LAYOUT_COMMANDS, *_DELETE_COMMANDS,
                                       *_RESTRICTED_COMMANDS]} | _DELETE_JOINED))
    + r")\b|s(?:ch)?t?r\w*\W+d(?:as|es|ie)|\w(?:punkt|komma)\b"
)  # searched in the lower-cased text (faster than IGNORECASE)
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
    restricted: bool = False  # executed only alone or at the end of the utterance


def _attached(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def _find_commands(toks: list[_Tok]) -> list[_Command]:
    found: list[_Command] = []
    k = 0
    n = len(toks)
    while k < n:
        if toks[k].kind != "w" or toks[k].low not in _COMMAND_FIRST:
            k += 1
            continue
        keys: list[tuple[tuple[str, ...], int]] = []
        if k + 1 < n and toks[k + 1].kind == "w":  # "Klammer auf"
            keys.append(((toks[k].low, toks[k + 1].low), 2))
        elif (k + 2 < n and toks[k + 1].kind == "-" and toks[k + 2].kind == "w"
              and _attached(toks[k], toks[k + 1]) and _attached(toks[k + 1], toks[k + 2])):
            keys.append(((toks[k].low, toks[k + 2].low), 3))  # "Doppel-Punkt", "Klammer-zu"
        elif k + 2 < n and toks[k + 1].text == "," and toks[k + 2].kind == "w":
            keys.append(((toks[k].low, toks[k + 2].low), 3))  # Whisper's "Neuer, Absatz"
        keys.append(((toks[k].low,), 1))
        command = None
        for key, length in keys:
            op = _command_op(key)
            if op is not None:
                command = _Command(k, k + length, op)
                break
            op = _RESTRICTED_COMMANDS.get(key)
            if op is not None:
                command = _Command(k, k + length, op, restricted=True)
                break
        if command is None:
            k += 1
            continue
        found.append(command)
        k = command.j
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
        return (toks[i - 1].text[0].islower() and prev.endswith(_ADJECTIVE_ENDINGS)
                and not _participle(prev))
    return False


_PARTICIPLE_RE = re.compile(r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)")
_INFLECTED_PARTICIPLE = ("ene", "enen", "ener", "enes", "enem", "te", "ten", "ter", "tes",
                         "tem")


def _participle(low: str) -> bool:
    """"nachgewiesen", "vorgelegt", "geschrieben": a past participle, which ends a clause
    (a command may follow it); "nachgewiesenen", "gelegten" are adjectives before a noun."""
    return (len(low) >= 7 and _PARTICIPLE_RE.fullmatch(low) is not None
            and not low.endswith(_INFLECTED_PARTICIPLE))


# Lower-case words that open a sentence: after "… abgegeben Punkt" Whisper does not
# capitalise them, as it did not hear the sentence end.
_SENTENCE_OPENING_WORDS = frozenset("der die das den dem ein eine einen er sie es wir ich man "
                                    "dann danach außerdem zudem".split())


# Prepositions that are also verb particles: "Der Antrag liegt vor Punkt" ends with a command.
_PARTICLES = frozenset("an auf aus bei durch mit nach über um unter vor zu".split())


def _particle_before_end(toks: list[_Tok], c: _Command) -> bool:
    """A punctuation command right after a verb particle ends the clause ("liegt vor Punkt",
    "legt … vor Punkt das Folgegespräch …"): the particle does not make it a noun there, when
    nothing, a mark or a word that opens a sentence follows ("um Punkt 9 Uhr" stays)."""
    if not (c.i > 0 and toks[c.i - 1].low in _PARTICLES and isinstance(c.op, InsertPunctuation)):
        return False
    after = toks[c.j] if c.j < len(toks) else None
    return (after is None or after.kind == "p"
            or (after.low in _SENTENCE_OPENING_WORDS and after.low not in _PARTICLES))


def _hyphen_joined(toks: list[_Tok], c: _Command) -> bool:
    """True when a hyphen joins the command to the word before or after it: "Info-Punkt",
    "Ausgangs-Punkt", "Punkt-Abzug" are words, not commands. Other commands form no such
    words: Whisper's "Viernheim-Frage-Zeichen" is a place and a question mark."""
    if not (isinstance(c.op, InsertPunctuation) and c.op.mark in ".,-"):
        return False
    i, j = c.i, c.j
    if (i >= 2 and toks[i - 1].kind == "-" and toks[i - 2].kind in ("w", "n")
            and _attached(toks[i - 2], toks[i - 1]) and _attached(toks[i - 1], toks[i])):
        return True
    return (j + 1 < len(toks) and toks[j].kind == "-" and toks[j + 1].kind in ("w", "n")
            and _attached(toks[j - 1], toks[j]) and _attached(toks[j], toks[j + 1]))


def _split_commands(text: str) -> list[str | Op]:
    """``text`` cut into text pieces and executed commands, in order."""
    if not _ANY_COMMAND_RE.search(text.lower()):
        return [text]
    toks = _tokenize(text)
    return [text[toks[piece[0]].start:toks[piece[1] - 1].end] if isinstance(piece, tuple)
            else piece for piece in _split(toks)]


_C_AS_K = re.compile(r"c(?![hk])|ck")
# a command glued to the word before it, directly or with Whisper's hyphen, and what follows
_GLUED_RE = re.compile(r"\b([^\W\d_]{3,}?)(-?)(doppelpunkt|punkt|komma)\b(?=(\W*)(\w*))",
                       re.IGNORECASE)


def _unglue_end_command(text: str, is_term: Callable[[str], bool] = lambda word: False) -> str:
    """"… in Lampertheimpunkt." → "… in Lampertheim Punkt.": Whisper glues a command spoken
    without a pause to the word before it ("Bürgergeldpunkt", "Bensheim-Punkt",
    "Mörlenbach-Doppelpunkt"). Split where a command is likely: at the end of the utterance or
    before a capitalised word (a new sentence, a noun after a colon); never for nouns of their
    own ("Zeitpunkt", "Ausgangspunkt", "Info-Punkt"). With a hyphen only after a vocabulary
    term (``is_term``) or an abbreviation: "Robin-Punkt" may be a name."""
    def split(m: re.Match) -> str:
        stem, hyphen, command, gap, after = m.groups()
        low = stem.lower()
        if low in _PUNKT_COMPOUNDS or (command.lower() != "komma" and low.endswith("s")
                                       and not hyphen):
            return m.group(0)  # "Gesichtspunkt", "Anhaltspunkt": the linking s of a compound
        if after and not (after[:1].isupper() and ("," not in gap)):
            return m.group(0)  # "Lampertheimpunkt liegt …": not where a command goes
        if hyphen and not (stem.isupper() or is_term(low)):
            return m.group(0)
        return f"{stem} {command.capitalize()}"

    return _GLUED_RE.sub(split, text)


# Command words as Whisper garbles them for some voices ("prunkt", "Punt", "Spunkt",
# "Groppelpunkt", "Klamme auf", "Kilmer zu"): not German words, so they are read as the command
# where one can stand (see _repair_misheard_commands).
_MISHEARD_RE = re.compile(r"\b([^\W\d_]{3,12})\b(?=(\W*)([^\W\d_]*))")
_NOT_MISHEARD = frozenset({"funkt", "bunt", "punkte", "doppelt", "kammer", "klammer", "punkt",
                           "doppelpunkt", "hunt", "unke", "unken"})


def _misheard_command(low: str, after: str, is_word: Callable[[str], bool]) -> str | None:
    """The command word that the garbled ``low`` stands for, or None."""
    if low in _NOT_MISHEARD or is_word(low):
        return None
    if after in ("auf", "zu") and low.startswith("k") and fuzz.ratio(low, "klammer") >= 75:
        return "Klammer"
    if low.endswith(("unkt", "unt")) and len(low) <= 7 and fuzz.ratio(low, "punkt") >= 75:
        return "Punkt"
    if low.endswith(("punkt", "kunkt", "bunkt")) and fuzz.ratio(low, "doppelpunkt") >= 85:
        return "Doppelpunkt"
    return None


def _repair_misheard_commands(text: str, is_term: Callable[[str], bool] = lambda w: False) -> str:
    """"… vorgelegt prunkt." → "… vorgelegt Punkt.": a garbled command word becomes the command
    where one can stand: "Klammer" before "auf"/"zu", "Punkt"/"Doppelpunkt" at the end of the
    utterance, before a mark or before a capitalised word. Words of the frequent-word list and
    vocabulary terms are never touched; the usual command rules then decide ("der Punkt")."""
    words = frequent_words()

    def is_word(low: str) -> bool:
        return low in words or is_term(low) or low[:-1] in _PUNKT_COMPOUNDS

    def repair(m: re.Match) -> str:
        word, gap, after = m.groups()
        command = _misheard_command(word.lower(), after.lower() if not gap.strip() else "", is_word)
        if command is None:
            return word
        if command != "Klammer" and after and not (after[:1].isupper() or gap.strip()):
            return word
        return command

    return _MISHEARD_RE.sub(repair, text)


def _delete_verb(toks: list[_Tok], i: int) -> bool:
    """Token i is "streiche"/"lösche" as Whisper may write it: exact, misheard ("Strache",
    "Streichern") or glued to the word before ("Lochstreiche"). Misheard forms count only
    where a command can start: at the start of the utterance or after a punctuation mark."""
    t = toks[i]
    if t.kind != "w":
        return False
    if t.low in _DELETE_VERBS:
        return True
    if len(t.low) > 9 and t.low.endswith(("streiche", "streich")):
        return True
    if t.low in _NOT_DELETE_VERBS or not t.low.startswith(("st", "sch")):
        return False
    at_start = i == 0 or toks[i - 1].kind == "p"
    return at_start and fuzz.ratio(t.low, "streiche") >= 80


def _find_delete(toks: list[_Tok]) -> tuple[int, int] | None:
    """(first, after) token of the first "streiche das" in the utterance, whatever surrounds
    it: the caseworker says it and goes straight on with the corrected sentence."""
    words = [t.low for t in toks if t.kind != "p"]
    spoken = [w for w in words if w not in ("bitte", "-")]
    if "".join(spoken) in _DELETE_JOINED:  # "Streichedas", "Streiche-das"
        return 0, len(toks)
    for i in range(len(toks) - 1):
        if not _delete_verb(toks, i):
            continue
        if i > 0 and toks[i - 1].low in _NOUN_MARKERS and toks[i].low in _DELETE_VERBS:
            continue  # "die Streiche, das …" (a glued "Lochstreiche" stands for two words)
        j = i + 1
        if j < len(toks) and toks[j].text in (",", "-"):  # "Streiche, das"
            j += 1
        if j < len(toks) and toks[j].low in _DELETE_OBJECTS:
            j += 1
            while j < len(toks) and (toks[j].kind == "p" or toks[j].low == "bitte"):
                j += 1
            return i, j
    return None


def _shift(pieces: list[Op | tuple[int, int]], base: int) -> list[Op | tuple[int, int]]:
    return [(p[0] + base, p[1] + base) if isinstance(p, tuple) else p for p in pieces]


def _split(toks: list[_Tok]) -> list[Op | tuple[int, int]]:
    """The tokens of an utterance cut into text pieces (token ranges) and executed commands.

    "streiche das" removes the sentence spoken before it in the same utterance, or, at the
    start of the utterance, the utterance before; what follows it is dictated text."""
    if not toks:
        return []
    found = _find_delete(toks)
    if found is None:
        return _split_commands_in(toks)
    i, j = found
    end = i
    while end > 0 and toks[end - 1].kind == "p":
        end -= 1
    out: list[Op | tuple[int, int]] = []
    if end == 0:
        out.append(DeleteLastUtterance())
    else:
        start = end
        while start > 0 and toks[start - 1].text not in _SENTENCE_ENDS:
            start -= 1
        out += _split_commands_in(toks[:start])
    return out + _shift(_split(toks[j:]), j)


def _split_commands_in(toks: list[_Tok]) -> list[Op | tuple[int, int]]:
    """:func:`_split` of a stretch without "streiche das"."""
    if not toks:
        return []
    words = [t.low for t in toks if t.kind != "p"]
    cands = _find_commands(toks)
    if not cands:
        return [(0, len(toks))]
    covered = sum(c.j - c.i for c in cands)
    if covered == len(words):  # commands only (plus Whisper's punctuation)
        executed = cands
    else:
        executed = []
        next_start: int | None = None  # token index of the next executed command
        lowercase = lowercase_words()
        command_ends = {c.j for c in cands}
        for c in reversed(cands):
            ok = ((not _noun_guarded(toks, c.i, command_ends) or _particle_before_end(toks, c))
                  and not _hyphen_joined(toks, c))
            if ok and c.restricted:  # at the end, or before a mark: "Neuerabsatz, Ziel ist …"
                ok = (c.j == next_start or all(t.kind == "p" for t in toks[c.j:])
                      or toks[c.j].text in _SENTENCE_MARKS)
            elif ok and c.op == InsertPunctuation("."):
                after = toks[c.j] if c.j < len(toks) else None
                before = toks[c.i - 1] if c.i > 0 else None
                ok = (after is None or after.kind == "p" or c.j == next_start
                      or (after.kind == "w" and after.text[:1].isupper()
                          and (after.low in lowercase or (before is not None
                                                          and before.kind == "w")))
                      or ((c.i == 0 or before.text in _SENTENCE_ENDS) and not _counts(after))
                      or _particle_before_end(toks, c)
                      or (before is not None and before.kind == "w" and _participle(before.low)
                          and after.low in _SENTENCE_OPENING_WORDS))
            if ok:
                executed.append(c)
                next_start = c.i
        executed.reverse()
    if not executed:
        return [(0, len(toks))]

    out: list[Op | tuple[int, int]] = []
    seg_start = 0
    prev_cmd: _Command | None = None
    for c in [*executed, None]:
        seg_end = c.i if c else len(toks)
        lo, hi = seg_start, seg_end
        if prev_cmd is not None:  # Whisper's marks after a command word belong to the word
            trailing = all(t.kind == "p" for t in toks[lo:hi]) and c is None
            if _is_mark(prev_cmd.op) or trailing or not _is_closing(prev_cmd.op):
                while lo < hi and toks[lo].text in _SENTENCE_MARKS:
                    lo += 1
        if (c is not None and hi > lo and toks[hi - 1].kind == "-"
                and _attached(toks[hi - 1], toks[c.i])):
            hi -= 1  # Whisper's hyphen between a word and the command: "Viernheim-Frage-Zeichen"
        if c is not None and _is_mark(c.op):  # the command replaces Whisper's mark
            while hi > lo and toks[hi - 1].text in _SENTENCE_MARKS:
                hi -= 1
        elif c is not None and isinstance(c.op, (NewLine, NewParagraph)):
            while hi > lo and toks[hi - 1].text in ",;":  # Whisper's comma at the pause
                hi -= 1
        elif c is not None and _is_bracket(c.op):  # Whisper's period before a bracket
            if hi > lo and toks[hi - 1].text == ".":
                hi -= 1
        if hi > lo:
            out.append((lo, hi))
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


def _is_bracket(op: Op) -> bool:
    """An opening or closing bracket or quote."""
    return isinstance(op, InsertPunctuation) and op.mark in _OPENING_MARKS | _CLOSING_MARKS


def _is_closing(op: Op) -> bool:
    return isinstance(op, InsertPunctuation) and op.mark in _CLOSING_MARKS


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
        # one-word noun terms + an ending they can take → (entry, ending); the ending that
        # comes first in _ENDINGS wins where two readings give the same letters
        self._inflections: dict[str, tuple[int, str]] = {}
        rank = {e: k for k, e in enumerate(_ENDINGS)}
        for joined, idx in self._joined.items():
            term = self._terms[idx]
            if len(joined) < 4 or not _inflectable(term):
                continue
            for ending in _ENDINGS:
                if _valid_ending(term, ending):
                    form = joined + ending
                    old = self._inflections.get(form)
                    if old is None or rank[ending] < rank[old[1]]:
                        self._inflections[form] = (idx, ending)
        # words that can start an exact, spoken or inflection match (see _matches_at)
        self._exact_starts = frozenset().union(
            self._spoken, self._spoken_prefixes, self._joined, self._joined_prefixes,
            self._inflections)
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
            self._add_variant(joined, idx, is_spaced)
            # the recogniser writes a c it hears as k: "Jobkenter", "Karitas", "Koach"
            as_k = _C_AS_K.sub("k", joined)
            if as_k != joined:
                self._add_variant(as_k, idx, is_spaced)

    def _add_variant(self, joined: str, idx: int, is_spaced: bool) -> None:
        """Index one spelling of entry ``idx`` for fuzzy, phonetic matching."""
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
        correct = self.options.terms and bool(self._terms)
        if self.options.commands:
            text = _repair_misheard_commands(text, self._joined.__contains__)
        if not (self.options.commands and _ANY_COMMAND_RE.search(text.lower())):
            return [InsertText(self.correct_terms(text)[0] if correct else text)]
        text = _unglue_end_command(text, self._joined.__contains__)
        toks = _tokenize(text)  # once, for the commands and the term correction
        ops: list[Op] = []
        for piece in _split(toks):
            if isinstance(piece, tuple):
                part = toks[piece[0]:piece[1]]
                if correct:
                    ops.append(InsertText(self._correct(text, part)[0]))
                else:
                    ops.append(InsertText(text[part[0].start:part[-1].end]))
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
        if not toks:
            return text, []
        new, corrections = self._correct(text, toks)
        return text[:toks[0].start] + new + text[toks[-1].end:], corrections

    def _correct(self, text: str, toks: list[_Tok]) -> tuple[str, list[Correction]]:
        """``correct_terms`` of the part of ``text`` that the tokens ``toks`` cover (from the
        first token's start to the last one's end); positions index ``text``."""
        first, last = toks[0].start, toks[-1].end
        units: list[_Tok] = []
        # links[k]: unit k and k+1 may be in one window (only spaces or one hyphen between)
        links: list[bool] = []
        # units where a sentence starts: Whisper's capital there says nothing about nouns
        starts = set()
        prev: _Tok | None = None
        prev_unit: _Tok | None = None
        for t in toks:
            if t.kind in ("w", "n", "§"):
                if prev is None or prev.text in _SENTENCE_OPENERS:
                    starts.add(len(units))
                if prev_unit is not None:
                    links.append(self._linked(text, prev_unit, t))
                units.append(t)
                prev_unit = t
            prev = t
        if not units:
            return text[first:last], []
        matches = []
        lowercase, exact_starts = self._lowercase, self._exact_starts
        for start, u in enumerate(units):
            if (u.kind != "w" or u.low in lowercase) and u.low not in exact_starts:
                continue  # as _matches_at would find: nothing starts here
            matches.extend(self._matches_at(units, links, start, start in starts))
        if not matches:
            return text[first:last], []
        chosen = _choose(matches)
        out: list[str] = []
        corrections: list[Correction] = []
        pos = first
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
        out.append(text[pos:last])
        return "".join(out), corrections

    # -- matching --------------------------------------------------------------------------

    @staticmethod
    def _linked(text: str, a: _Tok, b: _Tok) -> bool:
        if b.start - a.end == 1:  # the usual case: one space or a hyphen
            c = text[a.end]
            return c == "-" or c.isspace()
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
        if not fuzzy_start and first.low not in self._exact_starts:
            return []  # no term or spoken variant starts with this word
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
                    inflected = self._inflections.get(joined)
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
        if best[2]:  # keep the ending only where it is one the term can take
            ending = _spoken_ending(joined, v.joined)
            if not _valid_ending(self._terms[v.entry], ending):
                ending = ""  # "Sprachkuss" is "Sprachkurs", not "Sprachkurss"
            best = (best[0], best[1], ending)
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


# Feminine suffixes: plural -en, and the linking -s of a compound's first part ("Leistungs")
_FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei")


def _valid_ending(term: str, ending: str) -> bool:
    """Whether ``term`` + ``ending`` (one of ``_ENDINGS``) is a German word form.

    By the term's last letters: after -e only -n/-s ("Kindertagesstätten", not "-stätteer");
    after -el/-er/-en only -n/-s ("Regeln", "Trägers"; not "Darlehenn"); after s/ß/x/z no
    bare -s or -n ("Sprachkurses", not "Sprachkurss"; -se only after -nis); after a vowel
    -s/-er ("Kitas", "Birkenauer"); feminine suffixes (-ung, -heit, -schaft …) -en/-s
    ("Bedarfsgemeinschaften", "Leistungs"; not "Bedarfsgemeinschaftn"); after other
    consonants anything but a bare -n or -se.
    """
    if not ending:
        return True
    t = term.lower()
    if t.endswith(_FEMININE_SUFFIXES):
        return ending in ("en", "s")
    last = t[-1:]
    if last == "e":
        return ending in ("n", "s")
    if last in "aiouyäöü":
        return ending in ("s", "er")
    if t.endswith(("el", "er", "en")):
        return ending in ("s", "n") and not (ending == "n" and t.endswith("en"))
    if last in "sßxz":
        return ending in ("es", "e", "en", "er", "ern") or (ending == "se" and t.endswith("nis"))
    return ending in ("s", "es", "e", "en", "er", "ern")


def _spoken_ending(word: str, stem: str) -> str:
    """The letters of ``word`` after the part that best matches ``stem``, a doubled letter
    made single ("bedarfsgemeinschaftenn" → "en"): the ending the speaker put on the term."""
    best_k, best = 0, -1.0
    for k in range(0, min(4, len(word) - len(stem) + 2, len(word) - 1) + 1):
        score = fuzz.ratio(word[: len(word) - k], stem)
        if score > best:
            best, best_k = score, k
    rest = word[len(word) - best_k:] if best_k else ""
    if rest not in _ENDINGS:
        rest = re.sub(r"(.)\1", r"\1", rest)
    return rest if rest in _ENDINGS else ""


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
#: How likely a caseworker dictates a term of each category (of the organisation list) in a
#: case note: benefits, measures, forms and procedures, roles and places are the daily
#: vocabulary; laws and authorities are named less often, mostly as § references (which the
#: number formatter writes) or in full. Other categories get ``_DEFAULT_PRIOR``.
_CATEGORY_PRIOR = {
    "leistung": 1.0, "maßnahme": 1.0, "formular/verfahren": 1.0, "person/rolle": 0.9,
    "ort": 1.0, "sonstiges": 0.7, "behörde": 0.5, "recht": 0.4,
}
_DEFAULT_PRIOR = 0.7
_RARELY_ABBREVIATED = frozenset({"recht", "behörde"})  # "AufenthG", "BEEG": said in full
# a place's note: a town of the district itself ("Stadt im Kreis Bergstraße"), a part of one
# ("Stadtteil von Bensheim"), or elsewhere ("Rhein-Neckar-Kreis")
_HOME_TOWN = re.compile(r"^(?:Stadt|Gemeinde|Kreisstadt)\b")
_TOWN_PART = re.compile(r"^(?:Stadtteil|Ortsteil)\b")
# a term the note marks as out of use: "bis 2022", "a. F.", "abgeschafft"
_OUTDATED = re.compile(r"\bbis (?:\d{1,2}\. \w+ )?\d{4}\b|\ba\. ?F\.|abgeschafft")
_BIAS_COST_EXPONENT = 0.2  # how much a term's token cost lowers its rank


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_LETTERS = re.compile(r"[\W\d_]+")


def letters(text: str) -> str:
    """Lower-case letters of ``text`` with umlauts and ß spelt out, nothing else: the form in
    which spellings are compared ("Bafög" and "Bafoeg" alike)."""
    return _NON_LETTERS.sub("", text.casefold().translate(_TRANSLIT))


_letters = letters


def _misheard(entry: _EntryLike) -> bool:
    """The entry records a mishearing: a spoken variant spelt with other letters ("Fiernheim"
    for "Viernheim", "Darlehn"), not just split, hyphenated, transliterated ("Bafoeg"),
    spelt out letter by letter ("Ah Vau Ge Es") or with numbers ("SGB zwei")."""
    if any(_ABBREVIATION.match(w) for w in re.split(r"[\s-]+", entry.term)):
        return False  # the variants of "KdU", "AU-Bescheinigung" spell or expand them
    own = _letters(entry.term)
    for variant in entry.spoken:
        words = variant.split()
        if any(c.isdigit() for c in variant) or sum(len(w) <= 3 for w in words) >= 2:
            continue
        if any(parse_number(w.lower()) is not None for w in words):
            continue  # "SGB zwei": the number formatter writes it
        if _letters(variant) != own:
            return True
    return False


def _difficulty(term: str, frequent: frozenset[str], misheard: bool = False) -> float:
    """How hard a term is for the recogniser.

    Each word that is not a frequent German word scores by its length (log2(1 + letters)),
    plus 1.0 for a long compound (14 letters or more: Whisper splits them, "Bedarfs
    Gemeinschaft"), 1.0 for an abbreviation ("AVGS", "KdU": spoken letter by letter) and 0.8
    for each rare letter pattern (y, q, x, ph, c outside ch/ck, hyphens). A term scores its
    hardest word plus a little for each further hard word; references (digits, §, SGB books)
    count less: the number formatter writes them. Well-known words (frequent ones: "Mannheim",
    "Darmstadt") score 0. A term whose entry records a mishearing (``misheard``) scores 1.0
    more: the recogniser is known to get it wrong.
    """
    scores = []
    for word in re.split(r"[\s/]+", term):
        letters = word.strip(".,()")
        if not letters or letters.lower() in frequent:
            continue
        score = 1.0 + 0.6 * math.log2(1 + len(letters))
        score += 0.8 * len(_RARE_PATTERNS.findall(letters.lower()))
        if _ABBREVIATION.match(letters):
            score += 0.5
        scores.append(score)
    if not scores:
        return 0.0
    scores.sort(reverse=True)
    total = scores[0] + 0.3 * sum(scores[1:])
    if _FORMATTED.search(term):
        total -= 2.0
    if misheard:
        total += 1.0
    return max(total, 0.0)


_NON_WORD = re.compile(r"[^\w§]+")


def _mentions(entries: Sequence[_EntryLike]) -> dict[str, int]:
    """How often each term is named in the other entries' terms and notes, as a word or as
    the start of a compound ("Bedarfsgemeinschaft" in "Mitglied der Bedarfsgemeinschaft",
    "Bürgergeld" in "bis 2022; heute Bürgergeld"): the central terms of the list.

    Sorted n-grams of the list's words and a binary search per term, so a 5,000-entry list
    costs tens of milliseconds, not the half second a substring count per term took.
    """
    def words(text: str) -> list[str]:
        return _NON_WORD.sub(" ", text.casefold()).split()

    own = [words(f"{e.term}\n{getattr(e, 'note', '') or ''}") for e in entries]
    corpus = [w for ws in own for w in ws]
    grams: dict[int, list[str]] = {}  # n -> sorted "w1 w2 … wn" of the corpus

    def in_corpus(key: list[str]) -> int:
        n = len(key)
        if n not in grams:
            grams[n] = sorted(" ".join(corpus[i:i + n]) for i in range(len(corpus) - n + 1))
        ordered, joined = grams[n], " ".join(key)
        # the first n - 1 words equal, the last one may begin a longer word
        return (bisect.bisect_left(ordered, joined + "\U0010ffff")
                - bisect.bisect_left(ordered, joined))

    def in_own(key: list[str], text: list[str]) -> int:
        n, joined = len(key), " ".join(key)
        return sum(1 for i in range(len(text) - n + 1)
                   if " ".join(text[i:i + n]).startswith(joined))

    counts: dict[str, int] = {}
    for e, text in zip(entries, own):
        term = e.term.strip()
        key = words(term)
        if not term or term in counts or not key:
            continue
        counts[term] = in_corpus(key) - in_own(key, text)
    return counts


def _prior(entry: _EntryLike, mentions: int = 0) -> float:
    """How likely the term of ``entry`` is dictated, from its category and note and from
    ``mentions`` (how often other entries name it: a central term), about 0.1–2."""
    term = entry.term.strip()
    category = str(getattr(entry, "category", "") or "").strip().casefold()
    note = str(getattr(entry, "note", "") or "").strip()
    prior = _CATEGORY_PRIOR.get(category, _DEFAULT_PRIOR)
    if category == "ort":
        if note and _HOME_TOWN.match(note):  # a town with parts listed is a larger one
            prior *= 1.0 + 0.15 * min(mentions, 6)
        elif note:
            prior *= 0.6 if _TOWN_PART.match(note) else 0.4
        else:
            prior *= 0.7
    else:
        prior *= 1.0 + 0.25 * min(mentions, 4)
    if category in _RARELY_ABBREVIATED and _ABBREVIATION.match(term):
        prior *= 0.5
    if len(term.split()) > 3:  # long official names are rarely dictated in full
        prior *= 0.6
    if note and _OUTDATED.search(note):
        prior *= 0.5
    return prior


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
    matches ``subject`` (case-insensitive; also when one contains the other), then all others.
    Within each group a term ranks by how likely it is dictated times how hard it is for the
    recogniser, a little discounted by its token cost: ``_prior(entry) × _difficulty(term) /
    tokens ** 0.3``. The prior puts the daily vocabulary (benefits, measures, forms, roles,
    the district's own towns) above laws, authorities and their abbreviations, parts of towns
    and places elsewhere, long official names and terms out of use; the difficulty puts long
    compounds (which Whisper splits), rare names and abbreviations above words Whisper knows.
    Duplicates (case-insensitive) are dropped. ``count_tokens`` defaults to a rough estimate
    of one token per three characters.
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

    mentions = _mentions(entries)
    rank: dict[str, float] = {}
    for e in entries:
        term = e.term.strip()
        if term and term not in rank:
            value = (_prior(e, mentions.get(term, 0))
                     * _difficulty(term, frequent, _misheard(e)))
            rank[term] = value / max(1, count(term)) ** _BIAS_COST_EXPONENT
    ordered: list[str] = [known.get(t.strip().casefold(), t.strip()) for t in recent]
    subject_terms = [e.term.strip() for e in entries if on_subject(e)]
    others = [e.term.strip() for e in entries if not on_subject(e)]
    ordered += sorted(subject_terms, key=lambda t: -rank.get(t, 0.0))
    ordered += sorted(others, key=lambda t: -rank.get(t, 0.0))

    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    # what a separator adds between two terms (a leading space is part of a term's count)
    sep_cost = max(0, counter("a" + separator + "a") - 2 * counter("a"))
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
