"""German number words to digits, in the style an office note is written.

Whisper writes some numbers as digits and spells out others ("fünfzehn", "dreihundertzwanzig
Euro", "Paragraf sieben Absatz drei"). :func:`format_numbers` rewrites them the way a job
centre writes them, leaving everything else in the text byte for byte as it was.

Rules (German office style, after DIN 5008 and common practice in SGB II notes):

* Counting words in prose: numbers from ``digits_from`` (default 13) up become digits;
  zero to twelve stay words ("zwei Kinder", "seit drei Monaten"). The article forms
  "ein/eine/einen/einem/einer/eines" are never numbers on their own.
* Amounts, percentages and measures are always digits: a number word before Euro, EUR, €,
  Cent, Prozent, %, Quadratmeter/qm/m², Kilometer/km, Million(en), Milliarde(n) or Uhr
  ("zwei Euro" → "2 Euro").
* Decimals: a number, "Komma", then digits or number words is a decimal number
  ("zwölf Komma fünf Prozent" → "12,5 Prozent"). Here "Komma" is never the punctuation
  command; anywhere else it is (see textpipeline).
* References: "Paragraf fünfzehn" / "Paragraph 15" / "§15" → "§ 15"; chains with Absatz, Satz
  and Nummer → "§ 7 Abs. 3 Satz 1 Nr. 2"; a letter after the number joins it ("§ 16a").
  "SGB zwei" / "SGB 2" / "SGB-2" / "Sozialgesetzbuch zwei" → "SGB II" (books I–XIV);
  Whisper's glued "§ 16bSGB2" / "16b-SGB 2" / "§ 16 BSGB 2" → "§ 16b SGB II" and "SGB
  einspliert" → "SGB I pliert", "SGB" heard as words ("§ 22 es gäbe zwei" → "§ 22 SGB II"),
  its capital letter and comma "§ 31A, SGB II" → "§ 31a SGB II" (a letter Whisper got wrong
  stays wrong: "§ 16 B" → "§ 16b").
* Dates: an ordinal before a month name → "am 3. März" (a year may follow: "3. März 2025");
  two ordinals (day, month 1–12), optionally followed by a year → "03.04.2025" / "03.04.".
  Other ordinals from ``digits_from`` up become digits with a dot, as counting words do
  ("ab der dreizehnten Woche" → "ab der 13. Woche"); smaller ones stay words ("der erste
  Termin").
* Times: "vierzehn Uhr dreißig" / "14 Uhr 30" → "14:30 Uhr"; "um neun Uhr" → "um 9 Uhr".
* Numbers from ``group_from`` (default 10 000) up get thousands dots ("12.000"); four-digit
  numbers (years, most amounts) do not.

Not handled (left as spoken): fractions ("eineinhalb", "halb neun"), cents after Euro
("zwölf Euro fünfzig"), numbers of a million and more in one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NumberOptions", "format_numbers", "parse_number", "parse_ordinal", "to_roman"]


@dataclass(frozen=True)
class NumberOptions:
    """How numbers are written.

    Attributes:
      digits_from: Counting words from this value up become digits; smaller ones stay words
        unless a unit, reference, date, time or decimal needs digits.
      group_from: Numbers from this value up get a dot every three digits ("12.000").
    """

    digits_from: int = 13
    group_from: int = 10000


_UNITS = {"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
          "acht": 8, "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
          "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
         "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
# Morphemes in the order they are tried (longest first, so "achtzehn" beats "acht").
_MORPHEMES = sorted(
    [*_UNITS, *_TEENS, *_TENS, "ein", "null", "und", "hundert", "tausend"], key=len, reverse=True
)
_NUMBER_START = {m[:3] for m in _MORPHEMES if m != "und"}

_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                  "siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11,
                  "zwölft": 12}
_ORDINAL_ENDINGS = ("en", "er", "es", "em", "e")

_MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
           "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
           "dezember": 12}

# Words after a number that make it an amount or measure, always written in digits.
_DIGIT_UNITS = {"euro", "eur", "€", "cent", "prozent", "%", "quadratmeter", "qm", "m²",
                "kilometer", "km", "million", "millionen", "milliarde", "milliarden", "uhr"}
_ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines"}
_PARAGRAPH_WORDS = {"paragraf", "paragraph", "paragrafen", "paragraphen", "§"}
_SGB_WORDS = {"sgb", "sozialgesetzbuch"}
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
          "XIII", "XIV"]
_ROMAN_VALUES = {r: i for i, r in enumerate(_ROMAN) if r}
# first three letters (or whole word) of every token that can start a rule
_TRIGGERS = _NUMBER_START | {s[:3] for s in _ORDINAL_STEMS} | _PARAGRAPH_WORDS | _SGB_WORDS \
    | {w[:3] for w in _PARAGRAPH_WORDS | _SGB_WORDS} | {"hun", "tau"}

# word (letters, inner hyphens), number (digits with inner . , :), § or any other character
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,:]\d+)*|\S")
_BOOK = r"(?:\d{1,2}|[IVX]{1,4})"  # an SGB book number as Whisper writes it
_SGB_HYPHEN_RE = re.compile(rf"\bSGB-({_BOOK})\b")
# Whisper glues the reference together: "§ 16bSGB2", "16b-SGB 2", "§ 31SGB-II"
_SGB_GLUED_RE = re.compile(rf"\b(\d{{1,3}}[a-z]?)-?SGB[ -]?({_BOOK})\b")
# Only right after a paragraph ("§ 16", "Paragraph 16"), where the book must follow:
_PARAGRAPH = r"(?:§ ?|\b[Pp]aragra(?:f|ph) )\d{1,3}"
_BOOK_WORDS = "eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
# ... Whisper glues the paragraph's letter to the book: "§ 16 BSGB 2", "§ 16, DSGB II"
_SGB_LETTER_RE = re.compile(rf"({_PARAGRAPH}),? ([A-Za-z])SGB(?=[ -]?{_BOOK}\b)")
# ... or the book's number word to the next word: "§ 60 SGB einspliert" (eins belehrt)
_SGB_BOOK_GLUED_RE = re.compile(
    rf"({_PARAGRAPH}[a-z]? (?:SGB|Sozialgesetzbuch)) ({_BOOK_WORDS})([a-zäöüß]{{4,}})\b")
# ... or hears "SGB", said letter by letter, as words: "§ 22 es gäbe zwei"
_SGB_HEARD_RE = re.compile(
    rf"({_PARAGRAPH}[a-z]?) [Ee]s g[äe]be,? (?=(?:{_BOOK_WORDS}|{_BOOK})\b)")


def to_roman(n: int) -> str:
    """Roman numeral of a Sozialgesetzbuch book, 1–14 ("II" for 2)."""
    if not 1 <= n <= 14:
        raise ValueError(f"SGB books are numbered 1 to 14, not {n}")
    return _ROMAN[n]


@lru_cache(maxsize=4096)
def parse_number(word: str) -> int | None:
    """Value of one German cardinal number word ("dreihundertzwanzig" → 320), else None.

    Accepts compounds up to 999 999, "eins" but not the article "ein" on its own,
    "null", and year forms like "neunzehnhundertachtzig".
    """
    w = word.lower().replace("dreissig", "dreißig")
    if w[:3] not in _NUMBER_START and w not in ("hundert", "tausend"):
        return None
    if w == "null":
        return 0
    parts: list[str] = []
    pos = 0
    while pos < len(w):
        for m in _MORPHEMES:
            if w.startswith(m, pos):
                parts.append(m)
                pos += len(m)
                break
        else:
            return None
    return _evaluate(parts)


def _evaluate(parts: list[str]) -> int | None:
    total = group = small = 0
    pending_und = False
    for k, p in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        if p == "null":
            return None
        if p == "ein":  # only inside compounds: einhundert, einundzwanzig, eintausend
            if nxt not in ("und", "hundert", "tausend") or small:
                return None
            small = 1
        elif p in _UNITS:
            if small or pending_und:
                return None
            if p == "eins" and nxt is not None:
                return None
            small = _UNITS[p]
        elif p in _TEENS:
            if small or pending_und:
                return None
            small = _TEENS[p]
        elif p == "und":
            if not 1 <= small <= 9 or nxt not in _TENS:
                return None
            pending_und = True
        elif p in _TENS:
            if pending_und:
                small += _TENS[p]
                pending_und = False
            elif small:
                return None
            else:
                small = _TENS[p]
        elif p == "hundert":
            if group:
                return None
            group = (small or 1) * 100
            small = 0
        else:  # tausend
            if total:
                return None
            total = ((group + small) or 1) * 1000
            group = small = 0
    if pending_und:
        return None
    return total + group + small


@lru_cache(maxsize=4096)
def parse_ordinal(word: str) -> int | None:
    """Value of a German ordinal word with ending ("dritten" → 3, "einunddreißigste" → 31)."""
    w = word.lower()
    for ending in _ORDINAL_ENDINGS:
        if w.endswith(ending) and len(w) > len(ending) + 2:
            stem = w[: -len(ending)]
            break
    else:
        return None
    if stem in _ORDINAL_STEMS:
        return _ORDINAL_STEMS[stem]
    if stem.endswith("st"):
        value = parse_number(stem[:-2])
        if value is not None and value >= 20:
            return value
    if stem.endswith("t"):
        value = parse_number(stem[:-1])
        if value is not None and 13 <= value <= 19:
            return value
    return None


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    low: str
    is_word: bool
    is_digits: bool


def _tokenize(text: str, pos: int = 0) -> list[_Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text, pos):
        t = m.group()
        out.append(_Tok(t, m.start(), m.end(), t.lower(), t[0].isalpha(), t[0].isdecimal()))
    return out


def _group(value: int, options: NumberOptions) -> str:
    if value >= options.group_from:
        return f"{value:,}".replace(",", ".")
    return str(value)


def _digits_value(text: str) -> int | None:
    """Integer value of a digit token: "15", "1.000" (thousands dots); None for "12,5"."""
    if text.isdecimal():
        return int(text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return int(text.replace(".", ""))
    return None


class _Formatter:
    """One left-to-right pass over the tokens of a text; collects (start, end, new) edits."""

    def __init__(self, text: str, options: NumberOptions, pos: int = 0) -> None:
        self.text = text
        self.toks = _tokenize(text, pos)  # no rule looks back, so tokens before pos can go
        self.opt = options
        self.edits: list[tuple[int, int, str]] = []

    # -- readers: return (value, index after the match) or None -------------------------
    def number_at(self, i: int, *, allow_article: bool = False) -> tuple[int, int] | None:
        """A cardinal number at token i: digits, or one to four number-word tokens."""
        toks = self.toks
        if i >= len(toks):
            return None
        t = toks[i]
        if t.is_digits:
            value = _digits_value(t.text)
            return (value, i + 1) if value is not None else None
        if not t.is_word or t.low[:3] not in _NUMBER_START and t.low not in ("hundert", "tausend"):
            return None
        best: tuple[int, int] | None = None
        joined = ""
        for j in range(i, min(i + 5, len(toks))):
            if not toks[j].is_word:
                break
            joined += toks[j].low
            value = parse_number(joined)
            if value is not None:
                best = (value, j + 1)
        if best is None and allow_article and t.low in ("ein", "eine"):
            return (1, i + 1)
        if best is not None and best[1] == i + 1 and t.low in _ARTICLES:
            return None
        return best

    def ordinal_at(self, i: int) -> tuple[int, int] | None:
        """An ordinal at token i: a word ("dritten") or digits followed by "." ("3.")."""
        toks = self.toks
        if i >= len(toks):
            return None
        t = toks[i]
        if t.is_word:
            value = parse_ordinal(t.text)
            return (value, i + 1) if value is not None else None
        if t.text.isdecimal() and i + 1 < len(toks) and toks[i + 1].text == "." \
                and toks[i + 1].start == t.end:
            return (int(t.text), i + 2)
        return None

    def year_at(self, i: int) -> tuple[int, int] | None:
        found = self.number_at(i)
        if found and 1900 <= found[0] <= 2100:
            return found
        return None

    def low_at(self, i: int) -> str:
        return self.toks[i].low if i < len(self.toks) else ""

    # -- rules ----------------------------------------------------------------------------
    def run(self) -> str:
        i = 0
        n = len(self.toks)
        toks = self.toks
        while i < n:
            t = toks[i]
            if not (t.is_digits or t.low[:3] in _TRIGGERS or t.low in _TRIGGERS):
                i += 1  # cannot start a number, reference, date or time
                continue
            for rule in (self.sgb, self.paragraph, self.date, self.time, self.decimal,
                         self.ordinal, self.cardinal):
                j = rule(i)
                if j:
                    i = j
                    break
            else:
                i += 1
        out = []
        pos = 0
        for start, end, new in self.edits:
            out.append(self.text[pos:start])
            out.append(new)
            pos = end
        out.append(self.text[pos:])
        return "".join(out)

    def edit(self, i: int, j: int, new: str) -> int:
        start, end = self.toks[i].start, self.toks[j - 1].end
        if self.text[start:end] != new:
            self.edits.append((start, end, new))
        return j

    def sgb(self, i: int) -> int | None:
        found = self._book_at(i)
        return self.edit(i, found[1], f"SGB {to_roman(found[0])}") if found else None

    def _book_at(self, i: int) -> tuple[int, int] | None:
        """"SGB" (or "Sozialgesetzbuch") and a book number 1–14 at token i: (book, end)."""
        if self.low_at(i) not in _SGB_WORDS:
            return None
        j = i + 1
        if j < len(self.toks) and self.toks[j].text in _ROMAN_VALUES:
            book: int | None = _ROMAN_VALUES[self.toks[j].text]
            j += 1
        else:
            found = self.number_at(j, allow_article=False)
            book, j = found if found else (None, j)
        if book is None or not 1 <= book <= 14:
            return None
        return book, j

    def paragraph(self, i: int) -> int | None:
        toks = self.toks
        if toks[i].low not in _PARAGRAPH_WORDS:
            return None
        found = self.number_at(i + 1, allow_article=True)
        if not found:
            return None
        value, j = found
        parts = [f"§ {value}"]
        j = self._letter_suffix(j, parts)
        while j < len(toks):
            word = toks[j].low
            k = j + 1
            if word in ("abs", "nr") and k < len(toks) and toks[k].text == ".":
                k += 1
            label = {"absatz": "Abs.", "abs": "Abs.", "satz": "Satz", "nummer": "Nr.",
                     "nr": "Nr."}.get(word)
            sub = self.number_at(k, allow_article=True) if label else None
            if not sub:
                break
            parts.append(f" {label} {sub[0]}")
            j = self._letter_suffix(sub[1], parts)
        if (len(parts) == 1 and j < len(toks) and toks[j].text == ","
                and self._book_at(j + 1)):
            j += 1  # Whisper's comma between the paragraph and its book: "§ 31a, SGB II"
        return self.edit(i, j, "".join(parts))

    def _letter_suffix(self, j: int, parts: list[str]) -> int:
        """"§ 16 a" → "§ 16a": a single letter a–k right after a reference number (Whisper
        also writes it as a capital: "§ 31 A")."""
        if j < len(self.toks) and re.fullmatch(r"[a-kA-K]", self.toks[j].text):
            parts[-1] += self.toks[j].text.lower()
            return j + 1
        return j

    def date(self, i: int) -> int | None:
        day = self.ordinal_at(i)
        if not day or not 1 <= day[0] <= 31:
            return None
        j = day[1]
        if self.low_at(j) in _MONTHS:
            month_word = self.toks[j].text
            new = f"{day[0]}. {month_word}"
            j += 1
            year = self.year_at(j)
            if year:
                new += f" {year[0]}"
                j = year[1]
            return self.edit(i, j, new)
        if not self.toks[i].is_word:
            return None
        month = self.ordinal_at(j)
        if not month or not 1 <= month[0] <= 12 or not self.toks[j].is_word:
            return None
        j = month[1]
        new = f"{day[0]:02d}.{month[0]:02d}."
        year = self.number_at(j)
        if year and (year[0] < 100 or 1900 <= year[0] <= 2100):
            new += f"{year[0]:02d}" if year[0] < 100 else str(year[0])
            j = year[1]
        return self.edit(i, j, new)

    def time(self, i: int) -> int | None:
        found = self.number_at(i)
        if not found or not 0 <= found[0] <= 24 or self.low_at(found[1]) != "uhr":
            return None
        hour, j = found
        j += 1
        minutes = self.number_at(j)
        if minutes and 0 <= minutes[0] <= 59:
            return self.edit(i, minutes[1], f"{hour}:{minutes[0]:02d} Uhr")
        return self.edit(i, j, f"{hour} Uhr")

    def decimal(self, i: int) -> int | None:
        found = self.number_at(i, allow_article=True)
        if not found or self.low_at(found[1]) != "komma":
            return None
        value, j = found
        j += 1
        toks = self.toks
        digits = ""
        # after the comma: digits, single digit words ("null fünf" → 05) or one number word
        if j < len(toks) and toks[j].text.isdecimal():
            digits, j = toks[j].text, j + 1
        else:
            while j < len(toks) and toks[j].is_word:
                d = 0 if toks[j].low == "null" else parse_number(toks[j].low)
                if d is None or d > 9 or (d == 1 and toks[j].low != "eins"):
                    break
                digits += str(d)
                j += 1
            if not digits:
                frac = self.number_at(j)
                if frac and toks[j].is_word:
                    digits, j = str(frac[0]), frac[1]
        if not digits:
            return None
        return self.edit(i, j, f"{_group(value, self.opt)},{digits}")

    def ordinal(self, i: int) -> int | None:
        """"ab der dreizehnten Woche" → "ab der 13. Woche": the counting-word rule for
        ordinals (a date is read first, so "31. März" is not reached here)."""
        if not self.toks[i].is_word:
            return None
        found = self.ordinal_at(i)
        if not found or found[0] < self.opt.digits_from:
            return None
        end = self.toks[found[1] - 1].end
        dot = "" if self.text.startswith(".", end) else "."  # "am 31." ends the sentence once
        return self.edit(i, found[1], f"{found[0]}{dot}")

    def cardinal(self, i: int) -> int | None:
        if not self.toks[i].is_word:
            return None
        found = self.number_at(i)
        if not found:
            return None
        value, j = found
        bare = j == i + 1 and self.toks[i].low in ("hundert", "tausend")  # "tausend Dank"
        if (value >= self.opt.digits_from and not bare) or self.low_at(j) in _DIGIT_UNITS:
            return self.edit(i, j, _group(value, self.opt))
        return j


# Where a rule may start: a word beginning like a number word or reference, digits or §
# (in the lower-cased text; a superset of the tokens ``_Formatter.run`` tries).
_TOKEN_TRIGGER_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(t for t in _TRIGGERS if len(t) == 3)) + r")|\d|§"
)
# Cheap test whether a text can contain anything to format at all (most utterances cannot).
_ANY_TRIGGER_RE = re.compile(
    r"\d|§|paragra|sgb|sozialgesetzbuch|null|eins|zwei|drei|vier|fünf|sech|sieb|acht|neun"
    r"|zehn|elf|zwölf|zwanzig|ßig|ssig|hundert|tausend|erst|dritt"
)  # searched in the lower-cased text (faster than IGNORECASE)


def _unglue_book(m: re.Match) -> str:
    word = m.group(2) + m.group(3)
    if parse_number(word) is not None or parse_ordinal(word) is not None:
        return m.group(0)  # "SGB zweiundzwanzig", "dem SGB dritten": read as numbers
    return f"{m.group(1)} {m.group(2)} {m.group(3)}"


def format_numbers(text: str, options: NumberOptions = NumberOptions()) -> str:
    """``text`` with number words, references, dates and times written as an office would.

    >>> format_numbers("Paragraf sieben Absatz drei SGB zwei")
    '§ 7 Abs. 3 SGB II'
    """
    if not text:
        return text
    low = text.lower()
    if not _ANY_TRIGGER_RE.search(low):
        return text
    if "gäbe" in low or "gebe" in low:
        text = _SGB_HEARD_RE.sub(r"\1 SGB ", text)
        low = text.lower()
    if "sgb" in low or "sozialgesetzbuch" in low:
        text = _SGB_GLUED_RE.sub(r"\1 SGB \2", text)
        text = _SGB_LETTER_RE.sub(lambda m: f"{m.group(1)}{m.group(2).lower()} SGB", text)
        text = _SGB_BOOK_GLUED_RE.sub(_unglue_book, text)
        text = _SGB_HYPHEN_RE.sub(lambda m: "SGB " + m.group(1), text)
        low = text.lower()
    # the rules start only at a token that is digits, "§" or starts like a number word: the
    # tokens before the first one (from a space on, a token boundary) need not be read
    m = _TOKEN_TRIGGER_RE.search(low)
    if m is None:
        return text
    pos = max(low.rfind(" ", 0, m.start()), low.rfind("\n", 0, m.start()),
              low.rfind("\t", 0, m.start())) + 1
    return _Formatter(text, options, pos).run()
