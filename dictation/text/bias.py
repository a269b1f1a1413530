"""Which vocabulary terms go into Whisper's prompt/hotwords: :func:`select_bias_terms`.

Terms are ranked by how likely a caseworker dictates them (category, note, how often other
entries name them) times how hard they are for the recogniser, within a token budget.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from dictation.text.numbers import parse_number
from dictation.text.words import EntryLike, frequent_words, letters

__all__ = ["select_bias_terms", "term_values"]


# --- decoding bias ---------------------------------------------------------------------------

_RARE_PATTERNS = re.compile(r"[qxy]|c(?![hk])|ph|th|aa|ee|oo|-")
_FORMATTED = re.compile(r"\d|§|\bSGB [IVX]+\b")  # written by dictation.text.numbers anyway
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
_DIGIT = re.compile(r"\d")
_WORDS_OR_HYPHENS = re.compile(r"[\s-]+")
_TERM_WORDS = re.compile(r"[\s/]+")


def _misheard(entry: EntryLike) -> bool:
    """The entry records a mishearing: a spoken variant spelt with other letters ("Fiernheim"
    for "Viernheim", "Darlehn"), not just split, hyphenated, transliterated ("Bafoeg"),
    spelt out letter by letter ("Ah Vau Ge Es") or with numbers ("SGB zwei"). Variants that
    term training learned do not count: it finds some for most terms, so they would make
    nearly every entry "hard" and tell the ranking nothing."""
    if any(_ABBREVIATION.match(w) for w in _WORDS_OR_HYPHENS.split(entry.term)):
        return False  # the variants of "KdU", "AU-Bescheinigung" spell or expand them
    own = letters(entry.term)
    learned = getattr(entry, "learned", ())
    for variant in entry.spoken:
        # the cheap test first: most variants only split or hyphenate the term
        if letters(variant) == own or variant in learned:
            continue
        words = variant.split()
        if _DIGIT.search(variant) or sum(len(w) <= 3 for w in words) >= 2:
            continue
        if any(parse_number(w.lower()) is not None for w in words):
            continue  # "SGB zwei": the number formatter writes it
        return True
    return False


def _difficulty(term: str, frequent: frozenset[str], misheard: bool = False) -> float:
    """How hard a term is for the recogniser.

    Each word that is not a frequent German word scores 1.0 plus 0.6 × log2(1 + letters) (so
    long compounds, which Whisper splits — "Bedarfs Gemeinschaft" — score high), plus 0.5 for
    an abbreviation ("AVGS", "KdU": spoken letter by letter) and 0.8 for each rare letter
    pattern (y, q, x, ph, th, c outside ch/ck, doubled a/e/o, hyphens). A term scores its
    hardest word plus 0.3 × each further one; references (digits, §, SGB books) score 2.0
    less: the number formatter writes them. Well-known words (frequent ones: "Mannheim",
    "Darmstadt") score 0. A term whose entry records a mishearing (``misheard``) scores 1.0
    more: the recogniser is known to get it wrong. Never below 0.
    """
    scores = []
    for word in _TERM_WORDS.split(term):
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


def _mentions(entries: Sequence[EntryLike]) -> dict[str, int]:
    """How often each term is named in the other entries' terms and notes, as a word or as
    the start of a compound ("Bedarfsgemeinschaft" in "Mitglied der Bedarfsgemeinschaft",
    "Bürgergeld" in "bis 2022; heute Bürgergeld"): the central terms of the list.

    A binary search for the last word among the sorted words that follow the term's other
    words (the list's words for a one-word term; collected once per such head, which many
    terms share): a 5,000-entry list costs tens of milliseconds, not the half second a
    substring count per term took, nor the ~40 ms of sorting the list's n-grams of every
    term length.
    """
    def words(text: str) -> list[str]:
        return _NON_WORD.sub(" ", text.casefold()).split()

    own = [words(f"{e.term}\n{getattr(e, 'note', '') or ''}") for e in entries]
    corpus = [w for ws in own for w in ws]
    ordered = sorted(corpus)
    at: dict[str, list[int]] = {}
    for i, w in enumerate(corpus):
        at.setdefault(w, []).append(i)

    followers: dict[tuple[str, ...], list[str]] = {(): ordered}  # sorted words after a head

    def in_corpus(key: list[str]) -> int:
        # the first n - 1 words equal, the last one may begin a longer word
        head, last = tuple(key[:-1]), key[-1]
        after = followers.get(head)
        if after is None:  # many terms share a head: "Beratungsstelle für …"
            n = len(head)
            after = followers[head] = sorted(
                corpus[i + n] for i in at.get(head[0], ())
                if i + n < len(corpus) and tuple(corpus[i:i + n]) == head)
        return (bisect.bisect_left(after, last + "\U0010ffff")
                - bisect.bisect_left(after, last))

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


def _prior(entry: EntryLike, mentions: int = 0) -> float:
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


def term_values(entries: Sequence[EntryLike]) -> dict[str, float]:
    """Each term's ``_prior × _difficulty``: the part of :func:`select_bias_terms` that depends
    on the list alone (~105 ms for 5,000 entries on a 2-core EPYC). A caller that selects
    again for each note (another subject, other recent terms) computes it once and passes it
    as ``values``."""
    frequent = frequent_words()
    mentions = _mentions(entries)
    value: dict[str, float] = {}
    for e in entries:
        term = e.term.strip()
        if term and term not in value:
            value[term] = (_prior(e, mentions.get(term, 0))
                           * _difficulty(term, frequent, _misheard(e)))
    return value


def select_bias_terms(
    entries: Sequence[EntryLike],
    max_tokens: int = 120,
    count_tokens: Callable[[str], int] | None = None,
    recent: Iterable[str] = (),
    subject: str = "",
    separator: str = ", ",
    values: Mapping[str, float] | None = None,
) -> list[str]:
    """Terms for Whisper's prompt/hotwords, within ``max_tokens`` when joined by ``separator``.

    Order of preference: ``recent`` terms (most recent first), then entries whose category
    matches ``subject`` (case-insensitive; also when one contains the other), then all others.
    Within each group a term ranks by how likely it is dictated times how hard it is for the
    recogniser, a little discounted by its token cost: ``_prior(entry) × _difficulty(term) /
    tokens ** _BIAS_COST_EXPONENT`` (0.2). The prior puts the daily vocabulary (benefits, measures, forms, roles,
    the district's own towns) above laws, authorities and their abbreviations, parts of towns
    and places elsewhere, long official names and terms out of use; the difficulty puts long
    compounds (which Whisper splits), rare names and abbreviations above words Whisper knows.
    Duplicates (case-insensitive) are dropped. ``count_tokens`` defaults to a rough estimate
    of one token per three characters. ``values``: :func:`term_values` of ``entries``,
    computed here when not given.
    """
    counter = count_tokens or (lambda s: math.ceil(len(s) / 3))
    costs: dict[str, int] = {}

    def count(text: str) -> int:
        if text not in costs:
            costs[text] = counter(text)
        return costs[text]

    known = {e.term.strip().casefold(): e.term.strip() for e in entries if e.term.strip()}
    subj = subject.strip().casefold()

    def on_subject(e: EntryLike) -> bool:
        cat = str(getattr(e, "category", "") or "").casefold()
        return bool(subj and cat and (subj == cat or subj in cat or cat in subj))

    value = values if values is not None else term_values(entries)

    def ranked(terms: list[str]) -> Iterator[str]:
        """``terms`` by ``value / tokens ** _BIAS_COST_EXPONENT``, best first, ties in the
        given order. A term costs at least one token, so its value bounds its rank: terms
        are counted only when their value could beat the best rank known (counting all
        5,000 terms of a large list with the model's tokenizer took ~50 ms)."""
        by_value = sorted(range(len(terms)), key=lambda k: -value.get(terms[k], 0.0))
        heap: list[tuple[float, int]] = []
        nxt = 0
        while nxt < len(by_value) or heap:
            while nxt < len(by_value) and (
                    not heap or value.get(terms[by_value[nxt]], 0.0) >= -heap[0][0]):
                k = by_value[nxt]
                nxt += 1
                v = value.get(terms[k], 0.0)
                rank = v / max(1, count(terms[k])) ** _BIAS_COST_EXPONENT if v else 0.0
                heapq.heappush(heap, (-rank, k))
            yield terms[heapq.heappop(heap)[1]]

    ordered: Iterable[str] = itertools.chain(
        [known.get(t.strip().casefold(), t.strip()) for t in recent],
        ranked([e.term.strip() for e in entries if on_subject(e)]),
        ranked([e.term.strip() for e in entries if not on_subject(e)]))

    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    # what a separator adds between two terms (a leading space is part of a term's count)
    sep_cost = max(0, counter("a" + separator + "a") - 2 * counter("a"))
    for term in ordered:
        key = term.casefold()
        if not term or key in seen:
            continue
        if used + (sep_cost if chosen else 0) + 1 > max_tokens:
            break  # no term costs less than one token
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

