"""What happens to committed text before it reaches the note: numbers, commands, terms.

:class:`TextPipeline` turns one committed utterance into a list of edit operations for
:class:`dictation.text.document.Document`. Three stages, in this order:

1. **Numbers** (:mod:`dictation.text.numbers`): number words, § references, SGB books, dates,
   times. It runs first so that "zwölf Komma fünf" becomes the decimal "12,5" before "Komma"
   could be taken for the punctuation command.
2. **Spoken commands** (:mod:`dictation.text.commands`, where their rules are described).
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
   * a letter or two, or the article "ein(e)", glued to a one-word noun term of at least 8
     letters (also inflected): "Verwerbstätigenfreibetrags" → "Erwerbstätigenfreibetrags",
     "Einteilqualifizierung" → "ein Teilqualifizierung" (see ``TextPipeline._prefixed``);
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
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from dictation.text.commands import (
    InsertText,
    Op,
    lone_command,
    may_hold_command,
    repair_misheard_commands,
    split_utterance,
    unglue_end_command,
)
from dictation.text.numbers import NumberOptions, format_numbers
from dictation.text.words import (
    FEMININE_SUFFIXES,
    EntryLike,
    Token,
    frequent_words,
    key_tokens,
    kolner_phonetik,
    lowercase_words,
    tokenize,
)

__all__ = ["Correction", "PipelineTextOptions", "TextPipeline"]


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


@dataclass(frozen=True)
class PipelineTextOptions:
    """Text pipeline settings.

    Attributes:
      commands: Execute spoken commands (Punkt, neuer Absatz, streiche das …).
      numbers: Write numbers, references, dates and times as digits (see dictation.text.numbers).
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
      number_options: Passed to :func:`dictation.text.numbers.format_numbers`.
    """

    commands: bool = True
    numbers: bool = True
    terms: bool = True
    min_score: float = 89.0
    min_spelling_score: float = 93.0
    min_fuzzy_chars: int = 6
    max_window_words: int = 5
    number_options: NumberOptions = field(default_factory=NumberOptions)




_ENDINGS = ("ern", "en", "er", "es", "se", "n", "s", "e")
_UMLAUTS = str.maketrans("äöü", "aou")
_SENTENCE_OPENERS = frozenset(".!?:„(\"“")
_FIRST_SOUND = {**dict.fromkeys("fvw", "f"), "p": "b", "t": "d", **dict.fromkeys("gcq", "k"),
                **dict.fromkeys("zß", "s"), **dict.fromkeys("yj", "i"), "ä": "e"}
_MISSING = object()
_FUZZY_CACHE_SIZE = 20000  # windows remembered between utterances (notes repeat words)
_CROSS_BUCKET_CHARS = 10  # words this long are also compared outside their code bucket
_SHORT_TERM_CHARS = 10  # fuzzy matches on terms shorter than this need 1 point more per letter
_C_AS_K = re.compile(r"c(?![hk])|ck")
_DIGIT = re.compile(r"\d")
# a preposition glued to the next word ("Auslampertheim", "Imjobcenter"), rest ≥ 5 letters
_GLUED_PREPOSITION_RE = re.compile(
    r"\b(aus|in|im|nach|von|vom|zum|zur|beim|bei|für|mit)([^\W\d_]{5,}(?:-[^\W\d_]+)*)\b",
    re.IGNORECASE)


# --- term index ------------------------------------------------------------------------------


@dataclass
class _Variant:
    joined: str  # lower-case letters/digits of the variant, no spaces or hyphens
    code: str  # Kölner Phonetik of ``joined``
    entry: int
    spaced: bool  # the term has several words (no inflection endings then)


#: Articles that may be the first syllable of a term ("ein Lieberungszuschuss")
_ARTICLE_SYLLABLES = frozenset({"ein", "eine"})

#: Length of the term that a glued letter or article may hide (see TextPipeline._prefixed).
_PREFIXED_MIN_TERM = 8


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
        entries: Sequence[EntryLike] = (),
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
        # all variant strings by length, for the spellings a sound slipped into the first
        # three code digits of ("Mietrobergrenze": 627… against 621…), see _best_fuzzy
        self._by_length = sorted(range(len(self._variants)),
                                 key=lambda vid: len(self._variants[vid].joined))
        self._length_strings = [self._variants[vid].joined for vid in self._by_length]

    @property
    def terms(self) -> tuple[str, ...]:
        """The written forms of the vocabulary, in the order given."""
        return tuple(self._terms)

    @property
    def recent_terms(self) -> tuple[str, ...]:
        """Terms that corrections produced or found, most recent first (for decoding bias)."""
        return tuple(reversed(self._recent))

    def _add(self, entry: EntryLike) -> None:
        term = entry.term.strip()
        if not term:
            return
        idx = len(self._terms)
        self._terms.append(term)
        forms = [term, *entry.spoken]
        if self.options.numbers:
            forms += [format_numbers(f, self.options.number_options) for f in forms]
        is_spaced = " " in term
        # a repeated form adds nothing (most forms come back unchanged from format_numbers)
        for form_no, form in enumerate(dict.fromkeys(forms)):
            keys = key_tokens(form)
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
            if _DIGIT.search(joined):
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
        correct = self.options.terms and bool(self._terms)
        text = self._prepared(text, correct)
        if not (self.options.commands and may_hold_command(text)):
            return [InsertText(self.correct_terms(text)[0] if correct else text)]
        text = unglue_end_command(text, self._term_like)
        toks = tokenize(text)  # once, for the commands and the term correction
        ops: list[Op] = []
        for piece in split_utterance(toks):
            if isinstance(piece, tuple):
                part = toks[piece[0]:piece[1]]
                if correct:
                    ops.append(InsertText(self._correct(text, part)[0]))
                else:
                    ops.append(InsertText(text[part[0].start:part[-1].end]))
            else:
                ops.append(piece)
        return ops

    def _prepared(self, text: str, correct: bool) -> str:
        """What commands and term correction read: numbers formatted, with ``correct`` glued
        prepositions split ("Auslampertheim"), misheard commands repaired ("prunkt")."""
        if self.options.numbers:
            text = format_numbers(text, self.options.number_options)
        if correct:
            text = self._unglue_prepositions(text)
        if self.options.commands:
            text = lone_command(text, self._joined.__contains__) or repair_misheard_commands(
                text, self._joined.__contains__)
        return text

    def _term_like(self, word: str) -> bool:
        """Whether the correction would write a term for ``word`` (letters, lower case): a
        command glued to it is split off as after a term, for "Klammer auf/zu", a final s, a
        hyphen ("Steuerideklammer auf" → "Steuer-ID ("). Only asked where a command is glued
        on, so the fuzzy lookup is rare."""
        if word in self._joined:
            return True
        if len(word) < self.options.min_fuzzy_chars or word in self._frequent:
            return False
        found = self._cached_fuzzy(word, True)
        # the term itself, not with an ending: "Bürgergeldspunkt" keeps its linking s
        return found is not None and not found[2]

    def _unglue_prepositions(self, text: str) -> str:
        """"wohnt jetzt Auslampertheim" → "wohnt jetzt aus Lampertheim": Whisper glues a short
        preposition to the name after it. Split only a word that is neither a known word nor
        a term itself and whose rest is a noun term (spelt so, or close enough for the fuzzy
        correction to take it)."""
        def split(m: re.Match) -> str:
            word, prefix, rest = m.group(0), m.group(1), m.group(2)
            low = word.lower()
            whole, rest_key = "".join(key_tokens(word)), "".join(key_tokens(rest))
            if low in self._frequent or low in self._lowercase or whole in self._joined:
                return word
            idx = self._joined.get(rest_key)
            if idx is None:
                found = self._cached_fuzzy(rest_key, True)
                if found is None or self._cached_fuzzy(whole, True) is not None:
                    return word
                idx = self._variants[found[1]].entry
            term = self._terms[idx]
            if not term[:1].isupper():
                return word
            return f"{prefix.lower()} {rest[:1].upper()}{rest[1:]}"

        return _GLUED_PREPOSITION_RE.sub(split, text)

    def correct_terms(self, text: str) -> tuple[str, list[Correction]]:
        """``text`` with misrecognised vocabulary terms replaced, and what was replaced.

        Numbers are not reformatted here (``process`` does that first), but spoken variants
        also match in their number-formatted form ("SGB zwei" as "SGB II").
        """
        if not self._terms or not text:
            return text, []
        toks = tokenize(text)
        if not toks:
            return text, []
        new, corrections = self._correct(text, toks)
        return text[:toks[0].start] + new + text[toks[-1].end:], corrections

    def count_terms(self, utterance: str) -> int:
        """How many vocabulary terms the pipeline would write in ``utterance`` (spelt right or
        corrected), without touching its state: the vocabulary's vote between Whisper's
        n-best hypotheses (see :class:`dictation.engine.termbias.UtteranceBias`)."""
        text = " ".join(utterance.split())
        if not text or not self._terms:
            return 0
        text = self._prepared(text, True)
        if self.options.commands and may_hold_command(text):
            text = unglue_end_command(text, self._term_like)
        toks = tokenize(text)
        return len(self._chosen(text, toks)[1]) if toks else 0

    def _correct(self, text: str, toks: list[Token]) -> tuple[str, list[Correction]]:
        """``correct_terms`` of the part of ``text`` that the tokens ``toks`` cover (from the
        first token's start to the last one's end); positions index ``text``."""
        first, last = toks[0].start, toks[-1].end
        units, chosen = self._chosen(text, toks)
        if not chosen:
            return text[first:last], []
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

    def _chosen(self, text: str, toks: list[Token]) -> tuple[list[Token], list[_Match]]:
        """The word units of ``toks`` and the term matches chosen among them."""
        units: list[Token] = []
        # links[k]: unit k and k+1 may be in one window (only spaces or one hyphen between)
        links: list[bool] = []
        # units where a sentence starts: Whisper's capital there says nothing about nouns
        starts = set()
        prev: Token | None = None
        prev_unit: Token | None = None
        for t in toks:
            if t.kind in ("w", "n", "§"):
                if prev is None or prev.text in _SENTENCE_OPENERS:
                    starts.add(len(units))
                if prev_unit is not None:
                    links.append(self._linked(text, prev_unit, t))
                units.append(t)
                prev_unit = t
            prev = t
        matches = []
        lowercase, exact_starts = self._lowercase, self._exact_starts
        for start, u in enumerate(units):
            # a window that starts with a never-noun word ("die", "wurde") is only matched
            # exactly, one that starts with an article also fuzzily (see _matches_at)
            if ((u.kind != "w" or u.low in lowercase) and u.low not in exact_starts
                    and u.low not in _ARTICLE_SYLLABLES):
                continue  # no term or spoken variant starts with this word
            matches.extend(self._matches_at(units, links, start, start in starts))
        return units, _choose(matches) if matches else []

    # -- matching --------------------------------------------------------------------------

    @staticmethod
    def _linked(text: str, a: Token, b: Token) -> bool:
        if b.start - a.end == 1:  # the usual case: one space or a hyphen
            c = text[a.end]
            return c == "-" or c.isspace()
        gap = text[a.end:b.start]
        return not gap or gap.isspace() or gap.strip() == "-"

    def _matches_at(self, units: list[Token], links: list[bool], start: int,
                    sentence_start: bool) -> list[_Match]:
        opt = self.options
        frequent = self._frequent
        lowercase = self._lowercase
        spoken, joined_index = self._spoken, self._joined
        spoken_prefixes, joined_prefixes = self._spoken_prefixes, self._joined_prefixes
        first = units[start]  # one that can start a window (_chosen asks only for those)
        # "ein Lieberungszuschuss", "Ein Stiegskild": Whisper wrote the first syllable of a
        # term that starts with "Ein" as the article, so a window of "ein(e)" and one rare
        # capitalised word is matched fuzzily too, to those terms only
        article = first.low in _ARTICLE_SYLLABLES
        fuzzy_start = first.kind == "w" and (first.low not in lowercase or article)
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
            # 2. same letters (case, split compound, hyphenation); two frequent words merge
            # only when both are nouns ("Bürger Geld", not "mehr Bedarf"); three make no
            # phrase that spells a term ("Kinder zu Schlag", "Konto aus Züge")
            if n != 2 or not all_frequent or all_nouns:
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
                    elif n == 1 and low not in frequent:
                        prefixed = self._prefixed(u, sentence_start)
                        if prefixed is not None:
                            found.append(_Match(start, end + 1, prefixed[0], 98.0, "prefixed",
                                                2, prefixed[1]))
            # 3. fuzzy, phonetic; the window does not end with a never-noun word either
            if fuzzy_start and alpha:
                code = kolner_phonetik(low) if n == 1 else _join_codes(code, kolner_phonetik(low))
                # the article only with one noun (a lower-case word would not become a noun
                # term anyway: this only saves the lookup)
                article_ok = not article or (n == 2 and u.text[:1].isupper())
                if (article_ok and not all_frequent and not never_noun
                        and len(joined) >= opt.min_fuzzy_chars):
                    # "deutsche Rentenfersicherung": a term may start with an adjective;
                    # only its capital is put right, not its ending ("der ärztliche Dienst")
                    noun_end = n > 1 and u.text[:1].isupper()
                    fuzzy = self._fuzzy(joined, units, start, end, capital_ok or noun_end)
                    if article and fuzzy is not None:
                        if not self._terms[fuzzy.entry].lower().startswith("ein"):
                            fuzzy = None
                        elif not sentence_start:
                            # mid-sentence the noun still needs its article: "wurde ein
                            # Eingliederungszuschuss"; at a sentence start it is the term
                            fuzzy = _Match(fuzzy.start, fuzzy.end,
                                           f"{first.text} {fuzzy.replacement}", fuzzy.score,
                                           fuzzy.rule, fuzzy.priority, fuzzy.entry)
                    elif fuzzy is not None and not capital_ok and noun_end and (
                            fuzzy.replacement.split()[0].lower() != first.low):
                        fuzzy = None
                    if fuzzy is not None:
                        found.append(fuzzy)
            # extend the window only while some term could still start like this
            if not (spaced in spoken_prefixes or joined in joined_prefixes
                    or (fuzzy_start and alpha and code in self._code_prefixes
                        and not (article and n > 1))):
                break
        return found

    def _prefixed(self, word: Token, sentence_start: bool) -> tuple[str, int] | None:
        """"Verwerbstätigenfreibetrags", "Bänderungsbescheid", "Einteilqualifizierung":
        Whisper glued a letter or two, or the article "ein(e)", to a long noun term. No German
        word is made so (a compound's first part is longer, and the first sound guard keeps
        the fuzzy match away). Returns the replacement and the entry."""
        low = word.low
        for k in (1, 2, 3, 4):
            article = k > 2
            if article and low[:k] not in _ARTICLE_SYLLABLES:
                continue
            rest = low[k:]
            if len(rest) < _PREFIXED_MIN_TERM:
                return None
            found = self._joined.get(rest)
            ending = ""
            if found is None:
                found, ending = self._inflections.get(rest, (None, ""))
            if found is None:
                continue
            term = self._terms[found]
            if not _inflectable(term):
                continue  # a noun of one word only
            if not article:
                return term + ending, found
            head = word.text[:k] if sentence_start else low[:k]
            return f"{head} {term}{ending}", found
        return None

    def _fuzzy(self, joined: str, units: list[Token], start: int, end: int,
               capital_ok: bool) -> _Match | None:
        """The best fuzzy match of the window ``units[start:end + 1]`` (letters ``joined``)."""
        found = self._cached_fuzzy(joined, capital_ok)
        if found is None:
            return None
        score, vid, ending = found
        entry = self._variants[vid].entry
        replacement = self._cased(self._terms[entry] + ending, units[start])
        return _Match(start, end + 1, replacement, score, "fuzzy", 1, entry)

    def _cached_fuzzy(self, joined: str, capital_ok: bool) -> tuple[float, int, str] | None:
        """:meth:`_best_fuzzy`, remembered between utterances (notes repeat words)."""
        key = (joined, capital_ok)
        found = self._fuzzy_cache.get(key, _MISSING)
        if found is _MISSING:
            if len(self._fuzzy_cache) >= _FUZZY_CACHE_SIZE:
                self._fuzzy_cache.clear()
            found = self._fuzzy_cache[key] = self._best_fuzzy(joined, capital_ok)
        return found

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
        cutoff, spelling = self.options.min_score, self.options.min_spelling_score
        sounds_whole: set[int] = set()  # entries the whole word matches, sounding exactly alike
        for form, ending in forms:
            code = kolner_phonetik(form)
            candidates = set(self._by_code.get(code, ()))
            bucket = self._by_code3.get(code[:3])
            if bucket:
                strings = self._bucket_strings[code[:3]]
                for _, _score, k in rf_process.extract(form, strings, scorer=fuzz.ratio,
                                                       score_cutoff=cutoff - 15, limit=3):
                    candidates.add(bucket[k])
            if len(form) >= _CROSS_BUCKET_CHARS:
                # spelt almost alike but coded into another bucket: an inserted or dropped
                # letter near the start ("Mietrobergrenze"); scored below as any other
                # candidate whose code differs (min_spelling_score of plain similarity).
                # Only variants of a length that can reach that similarity are compared;
                # more of them kept than in a bucket: the first-sound check below drops some
                strings = self._length_strings
                a = bisect.bisect_left(strings, math.ceil(len(form) * spelling / (200 - spelling)),
                                       key=len)
                b = bisect.bisect_right(strings, len(form) * (200 - spelling) / spelling, key=len)
                for _, _score, k in rf_process.extract(
                        form, strings[a:b], scorer=fuzz.ratio,
                        score_cutoff=spelling, limit=10):
                    candidates.add(self._by_length[a + k])
            for vid in candidates:
                v = self._variants[vid]
                term = self._terms[v.entry]
                if ending and (v.spaced or not _inflectable(term) or v.entry in sounds_whole):
                    continue  # "Arbeitgeberservis" is "Arbeitgeberservice", no plural -s
                if _first_sound(v.joined) != first or (
                        term[:1].isupper() and not capital_ok and form != v.joined):
                    continue  # a spelling of the term itself ("jobkenter") may be lower-case
                text_score = fuzz.ratio(form, v.joined)
                if code == v.code:
                    code_score = 100.0
                elif text_score >= spelling:
                    code_score = fuzz.ratio(code, v.code)
                else:
                    continue  # sounds different and is spelt differently: another word
                score = 0.7 * text_score + 0.3 * code_score
                # short terms need more: one letter is a bigger part of them
                needed = cutoff + max(0, _SHORT_TERM_CHARS - len(v.joined))
                if score < needed:
                    continue
                if code == v.code and not ending:
                    sounds_whole.add(v.entry)
                if best is None or score > best[0]:
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
    def _cased(term: str, first: Token) -> str:
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


def _valid_ending(term: str, ending: str) -> bool:
    """Whether ``term`` + ``ending`` (one of ``_ENDINGS``) is a German word form.

    By the term's last letters: after -e only -n/-s ("Kindertagesstätten", not "-stätteer");
    after -el/-er/-en only -n/-s ("Regeln", "Trägers"; not "Darlehenn"); after s/ß/x/z no
    bare -s or -n ("Sprachkurses", not "Sprachkurss"; -se only after -nis); after a vowel
    -s/-er ("Kitas", "Birkenauer"); feminine suffixes (-ung, -heit, -schaft …) -en/-s
    ("Bedarfsgemeinschaften", "Leistungs"; not "Bedarfsgemeinschaftn"); after other
    consonants anything but a bare -n or -se; after an abbreviation ("Steuer-ID") only -s.
    """
    if not ending:
        return True
    abbreviation = term.rsplit("-", 1)[-1]
    if len(abbreviation) > 1 and abbreviation.isupper():
        return ending == "s"  # "Steuer-IDs"; not Whisper's "Steuer-IDe" ("Steueride")
    t = term.lower()
    if t.endswith(FEMININE_SUFFIXES):
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
    best_rest, best = "", -1.0
    for k in range(0, min(4, len(word) - len(stem) + 2, len(word) - 1) + 1):
        rest = word[len(word) - k:] if k else ""
        if rest not in _ENDINGS:
            rest = re.sub(r"(.)\1", r"\1", rest)
        if k and rest not in _ENDINGS:
            # not an ending: a closer split there ("kooperationslan|ds") says nothing
            continue
        score = fuzz.ratio(word[: len(word) - k], stem)
        if score > best:
            best, best_rest = score, rest
    return best_rest


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

