"""German word data and spelling keys shared by the text rules.

* :func:`frequent_words` / :func:`lowercase_words`: the frequent German word forms of
  ``dictation/data/frequent_de.txt`` (guards against "correcting" ordinary words; the
  lower-case ones are never nouns).
* :func:`kolner_phonetik`: the Kölner Phonetik code of a word (sound-alike matching).
* :func:`letters`: the letters-only form in which spellings are compared.
* :func:`tokenize` / :class:`Token`: words, numbers, § and single marks of an utterance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

__all__ = ["FEMININE_SUFFIXES", "EntryLike", "Token", "frequent_words", "key_tokens",
           "kolner_phonetik", "letters", "lowercase_words", "tokenize"]

_DATA = Path(__file__).parent.parent / "data"

#: Feminine noun suffixes: plural -en, and the linking -s of a compound's first part
#: ("Leistungs").
FEMININE_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei")


class EntryLike(Protocol):
    """A vocabulary entry as the text rules see it (``dictation.vocabulary.lists.Entry``)."""

    term: str
    spoken: Sequence[str]


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



@dataclass(slots=True)
class Token:
    """One token of an utterance and where it stands in it."""

    text: str
    start: int
    end: int
    low: str
    kind: str  # "w" word, "n" number, "§", "-" hyphen, "p" other punctuation


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``: words, numbers (with inner . , : and a letter), §, marks."""
    toks = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        c = t[0]
        kind = "w" if c.isalpha() else "n" if c.isdigit() else c if c in "§-" else "p"
        toks.append(Token(t, m.start(), m.end(), t.lower(), kind))
    return toks


def key_tokens(text: str) -> list[str]:
    """Lower-cased words/numbers/§ of ``text``, without punctuation and hyphens."""
    return [t.low for t in tokenize(text) if t.kind in ("w", "n", "§")]



_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_LETTERS = re.compile(r"[\W\d_]+")


def letters(text: str) -> str:
    """Lower-case letters of ``text`` with umlauts and ß spelt out, nothing else: the form in
    which spellings are compared ("Bafög" and "Bafoeg" alike)."""
    return _NON_LETTERS.sub("", text.casefold().translate(_TRANSLIT))

