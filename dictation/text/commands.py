"""Spoken commands: which command words in a committed utterance are executed, and how.

:class:`dictation.text.termcorrect.TextPipeline` turns one committed utterance into a list of
edit operations (:data:`Op`) for :class:`dictation.text.document.Document`; this module holds
the operations and cuts an utterance into text pieces and executed commands
(:func:`split_utterance`). The rules:

2. **Spoken commands**: Punkt, Komma, Doppelpunkt (also "Doppel Punkt", "Doppel-Punkt"),
   Semikolon, Fragezeichen, Ausrufezeichen, Bindestrich, Klammer auf/zu, Anführungszeichen (or
   Anführungsstriche) auf/zu, neue Zeile, neuer/nächster Absatz, and "streiche das"/"lösche
   das". Capitals and Whisper's own punctuation around a command word are ignored; the words
   of a two-word command may also be joined by a hyphen ("Klammer-zu"). When a command word
   is executed and when it stays text:

   * An utterance that consists of commands only is executed ("Punkt.", "Neuer Absatz.",
     "Punkt, neuer Absatz."). "streiche das"/"lösche das" (also "streich"/"lösch", "bitte"
     allowed, and joined: "Streichedas") are executed only like this, as a whole utterance.
     So is an utterance that is nothing but a garbled "Punkt", "Doppelpunkt" or "neuer
     Absatz" ("Puhn.", "Double-Bunkt", "Noja, Absatz."; see :func:`lone_command`).
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
     Punkt"), unless the article cannot go with the noun ("die Punkt", "einen Komma", "einen
     breitem Punkt": Whisper misheard what came before). Otherwise it is executed, anywhere
     in the utterance, with one more condition for "Punkt", the command word most often used
     as a noun: it must end the utterance, or be followed by Whisper's punctuation, another
     command, or a capitalised function word (Whisper saw a new sentence: "pünktlich Punkt Der
     Termin"), or open the utterance without a number or "für" after it. So "Punkt zwölf
     Uhr", "Punkt drei der Vereinbarung" and "Punkt für Punkt" stay text.
   * No doubled punctuation: Whisper's punctuation right before a punctuation command is
     dropped ("erledigt. Komma" → "erledigt,"), and so is Whisper's punctuation right after a
     command word ("Punkt." → "."; "Neuer Absatz. Der" → paragraph, "Der"), except a mark after
     a closing bracket/quote in the middle of an utterance ("Anführungszeichen zu, sagte er").
     Whisper's period right before a bracket or quote command is dropped too ("Monate. Klammer
     auf" → "Monate ("): Whisper's period is provisional, the dictated structure wins. Across
     utterances the document does the same (see :mod:`dictation.text.document`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from dictation.text.numbers import parse_number
from dictation.text.words import Token, frequent_words, lowercase_words, tokenize

__all__ = [
    "DeleteLastUtterance",
    "InsertPunctuation",
    "InsertText",
    "NewLine",
    "NewParagraph",
    "Op",
    "after_strikes",
    "lone_command",
    "may_hold_command",
    "repair_misheard_commands",
    "split_utterance",
    "unglue_end_command",
]


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


_SENTENCE_MARKS = frozenset(".,;:?!")


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
    **{(w,): "," for w in ("kommer", "koma", "comma", "coma", "kommah", "kommar", "kommal")},
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
# Whisper's marks where it heard a pause: a "Punkt" right after one opens the command, as at
# the start of the utterance ("fortgeschrieben, Punkt für ein Bad …"); not a colon, which
# opens a list ("zwei Fragen: Punkt A …")
_PAUSE_MARKS = _SENTENCE_ENDS | frozenset(",;")
# what follows "Punkt" as a time of day: "Punkt halb zehn", "Punkt Mitternacht"
_CLOCK_WORDS = frozenset({"halb", "viertel", "dreiviertel", "mitternacht", "mittag"})
# German words that end like a command but are nouns of their own ("zum jetzigen Zeitpunkt.")
_PUNKT_COMPOUNDS = frozenset("""
stand zeit schwer höhe treff mittel schnitt tief wende kern brenn end start streit plus
knack blick stütz dreh fix mess null siede programm halte sammel kontakt eck scheitel
gefrier kritik prüf minus glanz schluss info service ziel kipp haupt fokus anker knoten
angel doppel strich dezimal gleit anlauf ansatz schwach themen straf bild licht farb
wasser ruhe kreuz kontroll weg druck rast höchst fließ
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
# Command words that Whisper glues to the word before ("Bensheimpunkt", "Eurokommel"): read by
# unglue_end_command (_GLUED_RE) and, so that such an utterance is looked at, _ANY_COMMAND_RE
_GLUED_COMMANDS = r"doppelpunkt|punkt|komm(?:a|al|el|er)|[bp]r?unkt|klammer"
# Cheap test whether an utterance can contain a command word at all (most do not).
_ANY_COMMAND_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted({k[0] for k in [*_MARK_COMMANDS, *_LAYOUT_COMMANDS, *_DELETE_COMMANDS,
                                       *_RESTRICTED_COMMANDS]} | _DELETE_JOINED))
    + r")\b|s(?:ch)?t?r\w*\W+d(?:as|es|ie)|\w(?:" + _GLUED_COMMANDS + r")\b"
)  # searched in the lower-cased text (faster than IGNORECASE)
# Prepositions without an article in them: only after these may an adjective end in -em
# ("mit breitem Punkt"); after an article it cannot ("einen breitem Punkt" is no phrase).
_BARE_PREPOSITIONS = frozenset("""
auf an in mit ohne für um über unter vor hinter bei nach von zu aus durch gegen bis als wie pro
""".split())
# A command word right after one of these is a noun ("der Punkt", "ein Komma", "mit Bindestrich").
_NOUN_MARKERS = _BARE_PREPOSITIONS | frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
dieser diese dieses diesen diesem jeder jede jedes jeden jedem jener jene jenes jenen jenem
welcher welche welches welchen welchem mancher manche manchen solcher solche solchen
mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem
seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure
beide beiden alle allen jeglicher
am im zum zur vom beim ins ans aufs
""".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Articles and determiners that never go with a command noun in the singular, in any case:
# "die Punkt", "eine Punkt", "zur Punkt" and "der Komma", "einen Komma" are no noun phrases,
# so the word is the command. (The plurals "Punkte", "Kommas" are other words; "Fragezeichen"
# is its own plural and keeps the guard, see _own_mark_follows.)
_PLURAL_OR_FEMININE = frozenset("""
die eine einer keine keiner diese jede jene welche manche solche meine meiner deine deiner
seine seiner ihre ihrer unsere unserer eure beide beiden alle allen zur
""".split())
_NOT_BEFORE_GENDER = {
    "m": _PLURAL_OR_FEMININE | {"das", "ins", "ans", "aufs"},
    "n": _PLURAL_OR_FEMININE | frozenset("""
der den einen keinen dieser diesen jeder jeden jener jenen welcher welchen mancher manchen
solcher solchen meinen deinen seinen ihren unseren jeglicher
""".split()),
}
_COMMAND_GENDER = {"punkt": "m", "doppelpunkt": "m", "strichpunkt": "m", "bindestrich": "m",
                   "komma": "n", "semikolon": "n"}


def _disagrees(determiner: str, noun: str) -> bool:
    """True when ``determiner`` cannot stand before the command noun ``noun``."""
    gender = _COMMAND_GENDER.get(noun)
    return gender is not None and determiner in _NOT_BEFORE_GENDER[gender]


@dataclass
class _Command:
    i: int  # first token
    j: int  # token after the phrase
    op: Op
    restricted: bool = False  # executed only alone or at the end of the utterance


def _attached(a: Token, b: Token) -> bool:
    return a.end == b.start


def _find_commands(toks: list[Token]) -> list[_Command]:
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


def _noun_guarded(toks: list[Token], i: int, command_ends: set[int]) -> bool:
    """True when the word before token i makes it a noun: "der Punkt", "der wichtigste Punkt".

    A word that ends another command ("Klammer zu Punkt") does not count, nor an article that
    cannot go with the noun ("die Punkt", "einen Komma", "einen breitem Punkt": Whisper's
    mishearing of what came before the command).
    """
    if i == 0 or toks[i - 1].kind != "w" or i in command_ends:
        return False
    prev, noun = toks[i - 1].low, toks[i].low
    if prev in _NOUN_MARKERS:
        return not _disagrees(prev, noun)
    if i >= 2 and toks[i - 2].kind == "w" and toks[i - 2].low in _NOUN_MARKERS:
        marker = toks[i - 2].low
        return (toks[i - 1].text[0].islower() and prev.endswith(_ADJECTIVE_ENDINGS)
                and not _participle(prev) and not _disagrees(marker, noun)
                and (marker in _BARE_PREPOSITIONS or not prev.endswith("em")))
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


def _particle_before_end(toks: list[Token], c: _Command) -> bool:
    """A punctuation command right after a verb particle ends the clause ("liegt vor Punkt",
    "legt … vor Punkt das Folgegespräch …"): the particle does not make it a noun there, when
    nothing, a mark or a word that opens a sentence follows ("um Punkt 9 Uhr" stays)."""
    if not (c.i > 0 and toks[c.i - 1].low in _PARTICLES and isinstance(c.op, InsertPunctuation)):
        return False
    after = toks[c.j] if c.j < len(toks) else None
    return (after is None or after.kind == "p"
            or (after.low in _SENTENCE_OPENING_WORDS and after.low not in _PARTICLES))


# Articles the neuter noun "Fragezeichen" never follows ("einen Fragezeichen" is no phrase).
_NOT_BEFORE_NEUTER = frozenset({"eine", "einen", "einer"})


def _own_mark_follows(toks: list[Token], c: _Command) -> bool:
    """"… einen gegangenen Fragezeichen? Ohne sie …": Whisper wrote the question mark it
    heard as well, and the article before cannot go with the noun "Fragezeichen", so the
    word is the command. "Setzt er ein Fragezeichen?" keeps the noun, as does
    "Ausrufezeichen!" ("Das ist ein dickes Ausrufezeichen!" is an idiom)."""
    if not (c.op == InsertPunctuation("?") and c.j < len(toks) and toks[c.j].text == "?"):
        return False
    before = [t.low for t in toks[max(0, c.i - 2):c.i] if t.kind == "w"]
    article = next((w for w in reversed(before) if w in _NOUN_MARKERS), None)
    return article in _NOT_BEFORE_NEUTER


def _hyphen_joined(toks: list[Token], c: _Command) -> bool:
    """True when a hyphen joins the command to the word before or after it: "Info-Punkt",
    "Ausgangs-Punkt", "Punkt-Abzug" are words, not commands. Other commands, "Komma"
    included, form no such words: Whisper's "Viernheim-Frage-Zeichen" is a place and a
    question mark, "Euro-Kommer davon" an amount and a comma. A number joined to a "Punkt"
    that ends the utterance makes no word either: "SGB 2-2-Punkt." is the command."""
    if not (isinstance(c.op, InsertPunctuation) and c.op.mark in ".-"):
        return False
    i, j = c.i, c.j
    if (i >= 2 and toks[i - 1].kind == "-" and toks[i - 2].kind in ("w", "n")
            and _attached(toks[i - 2], toks[i - 1]) and _attached(toks[i - 1], toks[i])):
        return not (toks[i - 2].kind == "n" and c.op.mark == "."
                    and all(t.kind == "p" for t in toks[j:]))
    return (j + 1 < len(toks) and toks[j].kind == "-" and toks[j + 1].kind in ("w", "n")
            and _attached(toks[j - 1], toks[j]) and _attached(toks[j], toks[j + 1]))


def _split_commands(text: str) -> list[str | Op]:
    """``text`` cut into text pieces and executed commands, in order."""
    if not _ANY_COMMAND_RE.search(text.lower()):
        return [text]
    toks = tokenize(text)
    return [text[toks[piece[0]].start:toks[piece[1] - 1].end] if isinstance(piece, tuple)
            else piece for piece in split_utterance(toks)]


# a command glued to the word before it, directly or with Whisper's hyphen, and what follows
_GLUED_RE = re.compile(
    r"\b([^\W\d_]{3,}?)(-?)(" + _GLUED_COMMANDS + r")\b(?=(\W*)(\w*))",
    re.IGNORECASE)


# a number right before the glued word: "285 Euro-Punkt." is an amount and the command
_AMOUNT_BEFORE_RE = re.compile(r"\d\s+$")


def unglue_end_command(text: str, is_term: Callable[[str], bool] = lambda word: False) -> str:
    """"… in Lampertheimpunkt." → "… in Lampertheim Punkt.": Whisper glues a command spoken
    without a pause to the word before it ("Bürgergeldpunkt", "Bensheim-Punkt",
    "Mörlenbach-Doppelpunkt"). Split where a command is likely: at the end of the utterance or
    before a capitalised word (a new sentence, a noun after a colon); never for nouns of their
    own ("Zeitpunkt", "Ausgangspunkt", "Info-Punkt"). With a hyphen only after a vocabulary
    term (``is_term``), an abbreviation, a lower-case word ("beziehen-Punkt") or the unit of
    an amount ("285 Euro-Punkt"): "Robin-Punkt" may be a name. A garbled "Punkt"
    ("Meldeterminbrunkt", "mitbrunkt": no German word ends so) is split the same way;
    "Klammer" only after a term and before "auf"/"zu" ("Steueridentifikationsnummerklammer zu"),
    a final s only after a term ("Hauptschulabschlusspunkt", not "Anhaltspunkt"). Also before
    Whisper's comma ("in Bensheimpunkt, der Termin …", "gesichertpunkt, die Kita …": the
    compounds are out by then; with a hyphen only after a term: "Bensheim-Punkt, die …").
    "Doppelpunkt" and, without a hyphen, "Komma" (also as Whisper's "kommel", "kommer")
    wherever they stand ("Fristdoppelpunkt 2 Wochen", "Eurokommel davon")."""
    def split(m: re.Match) -> str:
        stem, hyphen, command, gap, after = m.groups()
        low, command = stem.lower(), command.lower()
        if command == "klammer":
            if not (is_term(low) and after.lower() in ("auf", "zu") and not gap.strip()):
                return m.group(0)
            return f"{stem} Klammer"
        if command.endswith("unkt") and command != "doppelpunkt":
            command = "punkt"
        elif command.startswith("komm"):
            command = "komma"  # "Eurokommel davon": Whisper's forms of it glued on too
        if low in _PUNKT_COMPOUNDS or (command != "komma" and low.endswith("s")
                                       and not hyphen and not is_term(low)):
            return m.group(0)  # "Gesichtspunkt", "Anhaltspunkt": the linking s of a compound
        if command == "doppelpunkt" or (command == "komma" and not hyphen):
            # no German word ends so: "Fristdoppelpunkt 2 Wochen", "abgeschlossenkomma sucht"
            return f"{stem} {command.capitalize()}"
        if after and not (after[:1].isupper() and "," not in gap) and gap.strip() != ",":
            return m.group(0)  # "Lampertheimpunkt liegt …": not where a command goes
        if hyphen and not (stem.isupper() or stem[0].islower() or is_term(low)
                           or _AMOUNT_BEFORE_RE.search(m.string, 0, m.start())):
            return m.group(0)
        return f"{stem} {command.capitalize()}"

    return _GLUED_RE.sub(split, text)


# Command words as Whisper garbles them for some voices ("prunkt", "Punt", "Spunkt",
# "Groppelpunkt", "Klamme auf", "Kilmer zu"): not German words, so they are read as the command
# where one can stand (see repair_misheard_commands).
# (a hyphen joining the garble to the word before is captured: "Juli-Bunkt")
_MISHEARD_RE = re.compile(r"((?<=\w)-)?\b([^\W\d_]{3,12})\b(?=(\W*)([^\W\d_]*))")
# endings of a garbled "Punkt" (after ü → u): a near one ("Punt", "Brunkt"), and ones no
# German word has ("wungt", "vonkt")
_PUNKT_ENDINGS = ("unkt", "unt")
_NO_WORD_ENDINGS = ("ungt", "ongt", "onkt")
# what any garble that _misheard_command takes looks like: one of those endings, or a k-word
# before "auf"/"zu"; an utterance without one is left alone without looking at each word
_MAYBE_MISHEARD_RE = re.compile(
    "(?:" + "|".join(e.replace("u", "[uü]") for e in _PUNKT_ENDINGS + _NO_WORD_ENDINGS)
    + r")\b|\bk[^\W\d_]{2,11}\s+(?:auf|zu)\b", re.IGNORECASE)
_NOT_MISHEARD = frozenset({"funkt", "bunt", "punkte", "doppelt", "kammer", "klammer", "punkt",
                           "doppelpunkt", "hunt", "unke", "unken", "dünkt"})


def _misheard_command(low: str, after: str, is_word: Callable[[str], bool]) -> str | None:
    """The command word that the garbled ``low`` stands for, or None."""
    if low in _NOT_MISHEARD or is_word(low):
        return None
    if after in ("auf", "zu") and low.startswith("k") and fuzz.ratio(low, "klammer") >= 75:
        return "Klammer"
    low = low.replace("ü", "u")  # "prünkt"
    if low.endswith(_PUNKT_ENDINGS) and len(low) <= 7 and (
            fuzz.ratio(low, "punkt") >= 75 or (low[0] in "bp" and low.endswith("unkt"))):
        return "Punkt"  # "Punt", "Spunkt"; "Brunkt", "Bunkt" (no German word ends so)
    if low.endswith(_NO_WORD_ENDINGS) and len(low) <= 6:
        return "Punkt"  # "wungt", "grungt", "vonkt": no German word ends so either
    if low.endswith(("punkt", "kunkt", "bunkt")) and fuzz.ratio(low, "doppelpunkt") >= 85:
        return "Doppelpunkt"
    return None


def repair_misheard_commands(text: str, is_term: Callable[[str], bool] = lambda w: False) -> str:
    """"… vorgelegt prunkt." → "… vorgelegt Punkt.": a garbled command word becomes the command
    where one can stand: "Klammer" before "auf"/"zu", "Punkt"/"Doppelpunkt" at the end of the
    utterance, before a mark or before a capitalised word. Words of the frequent-word list and
    vocabulary terms are never touched; the usual command rules then decide ("der Punkt").
    A garble hyphen-joined to the word before ("zum 31. Juli-Bunkt.") loses the hyphen: no
    compound is made of it, unlike "Info-Punkt"."""
    if not _MAYBE_MISHEARD_RE.search(text):
        return text
    words = frequent_words()

    def is_word(low: str) -> bool:
        return low in words or is_term(low) or low[:-1] in _PUNKT_COMPOUNDS

    def repair(m: re.Match) -> str:
        hyphen, word, gap, after = m.groups()
        command = _misheard_command(word.lower(), after.lower() if not gap.strip() else "", is_word)
        if command is None:
            return m.group(0)
        if command != "Klammer" and after and not (after[:1].isupper() or gap.strip()):
            return m.group(0)
        return f" {command}" if hyphen else command

    return _MISHEARD_RE.sub(repair, text)


_LONE_PARAGRAPH_RE = re.compile(r"(n[a-zäöü]{1,4}?)(ab[a-zäöü]{3,})")


def lone_command(text: str, is_term: Callable[[str], bool] = lambda w: False) -> str | None:
    """The command that a whole utterance stands for when it is nothing but a garbled command
    ("Puhn.", "Bungt", "Double-Bunkt", "Noja, Absatz.", "Neue abzuziehen."), else None.

    Said between two pauses, a lone word that sounds like "Punkt" is the command, not
    dictation; in running speech the same garble stays text (:func:`repair_misheard_commands`
    is stricter there). Frequent words and vocabulary terms are never commands this way."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    joined = "".join(words)
    if not words or len(words) > 2:
        return None
    if len(words) == 1 and 3 <= len(joined) <= 6 and joined[0] in "pb":
        if (joined not in frequent_words() and not is_term(joined)
                and fuzz.ratio("p" + joined[1:], "punkt") >= 60):
            return "Punkt"
    if joined[0] == "d" and joined.endswith("unkt") and (
            fuzz.ratio(joined[:-5] + "punkt", "doppelpunkt") >= 70):
        return "Doppelpunkt"
    m = _LONE_PARAGRAPH_RE.fullmatch(joined)
    if len(words) == 2 and m and m.group(1) != words[0]:
        m = None  # "Neuerabsatz kommt": the n-word must be the first word
    if m and (m.group(2).startswith("abz") or fuzz.ratio(m.group(2), "absatz") >= 70):
        return "neuer Absatz"  # "Neuerabzatsch", "Noja, Absatz": the n-word is "neuer"
    return None


def _delete_verb(toks: list[Token], i: int) -> bool:
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


def _find_delete(toks: list[Token]) -> tuple[int, int] | None:
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


def after_strikes(text: str) -> tuple[str, bool]:
    """What of an utterance its "streiche das" commands leave standing (the words after the
    last one), and whether the first one strikes the utterance before (it opens this one).

    For the recogniser's prompt: words struck and still shown to Whisper as context were
    copied into the corrected sentence ("… ohne wichtigen Grund versäumt." struck, "…
    wegen Krankheit versäumt" written as "ohne wichtigen Grund")."""
    toks = tokenize(text)
    start, strikes_before = 0, False
    while (found := _find_delete(toks[start:])) is not None:
        i, j = found
        if start == 0 and all(t.kind == "p" for t in toks[:i]):
            strikes_before = True
        start += j
    if start == 0:
        return text, False
    return (text[toks[start].start:] if start < len(toks) else ""), strikes_before


def _shift(pieces: list[Op | tuple[int, int]], base: int) -> list[Op | tuple[int, int]]:
    return [(p[0] + base, p[1] + base) if isinstance(p, tuple) else p for p in pieces]


def split_utterance(toks: list[Token]) -> list[Op | tuple[int, int]]:
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
    return out + _shift(split_utterance(toks[j:]), j)


def _split_commands_in(toks: list[Token]) -> list[Op | tuple[int, int]]:
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
            ok = ((not _noun_guarded(toks, c.i, command_ends) or _particle_before_end(toks, c)
                   or _own_mark_follows(toks, c))
                  and not _hyphen_joined(toks, c))
            if ok and c.restricted:  # at the end, before a mark or a capital: "Neuerabsatz Ziel"
                ok = (c.j == next_start or all(t.kind == "p" for t in toks[c.j:])
                      or toks[c.j].text in _SENTENCE_MARKS
                      or (toks[c.j].kind == "w" and toks[c.j].text[:1].isupper()))
            elif ok and c.op == InsertPunctuation("."):
                after = toks[c.j] if c.j < len(toks) else None
                before = toks[c.i - 1] if c.i > 0 else None
                ok = (after is None or after.kind == "p" or c.j == next_start
                      or (after.kind == "w" and after.text[:1].isupper()
                          and (after.low in lowercase or (before is not None
                                                          and before.kind == "w")))
                      or ((c.i == 0 or before.text in _PAUSE_MARKS)
                          and not _counts(toks, c.j))
                      or _particle_before_end(toks, c)
                      or (before is not None and before.kind == "w" and _participle(before.low)
                          and after.low in _SENTENCE_OPENING_WORDS)
                      or _spoken_mark(toks, c))
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
            if lo < hi and toks[lo].kind == "-" and _attached(toks[lo - 1], toks[lo]):
                lo += 1  # Whisper's hyphen between the command and a word: "Komma-Heppenheim"
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


def _spoken_mark(toks: list[Token], c: _Command) -> bool:
    """Whisper wrote "punkt" in lower case inside the utterance ("… vorgelegt punkt fehlt
    noch …"): German writes the noun with a capital, so Whisper heard the spoken mark."""
    return c.i > 0 and toks[c.i].text == "punkt" and not _counts(toks, c.j)


def _counts(toks: list[Token], k: int) -> bool:
    """A number, a time of day, a single letter after "Punkt", or "für Punkt": "Punkt zwölf
    Uhr", "Punkt drei", "Punkt halb zehn", "Punkt A", "Punkt für Punkt". "für" alone says
    nothing: "…, Punkt für ein Bad sind …" is Whisper's "Punkt. Vereinbart sind …"."""
    tok = toks[k]
    if tok.low == "für":
        return k + 1 < len(toks) and toks[k + 1].low == "punkt"
    return (tok.kind == "n" or len(tok.low) == 1 or tok.low in _CLOCK_WORDS
            or parse_number(tok.low) is not None)


def _is_mark(op: Op) -> bool:
    return isinstance(op, InsertPunctuation) and op.mark in _SENTENCE_PUNCT_MARKS


def _is_bracket(op: Op) -> bool:
    """An opening or closing bracket or quote."""
    return isinstance(op, InsertPunctuation) and op.mark in _OPENING_MARKS | _CLOSING_MARKS


def _is_closing(op: Op) -> bool:
    return isinstance(op, InsertPunctuation) and op.mark in _CLOSING_MARKS



def may_hold_command(text: str) -> bool:
    """A cheap test whether ``text`` can contain a command word at all (most do not)."""
    return _ANY_COMMAND_RE.search(text.lower()) is not None
