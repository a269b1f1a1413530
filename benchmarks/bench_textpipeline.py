"""Speed of the text pipeline with a large vocabulary (no model, no audio; seconds to run).

* **Vocabulary**: the 548 entries of the organisation list plus generated, plausible entries
  up to 5,000 (seeded): compound nouns of the job-centre kind ("Mietzuschussbescheid") with
  the split spoken variant ("Mietzuschuss Bescheid"), place-like names ("Ober-Lindenbach",
  "Eichenhausen") with spoken variants and typical mishearings, abbreviations with their
  spelt-out form ("KJB" / "K J B") and multi-word names ("Beratungsstelle für
  Wohnungsnotfälle Lorsch"). Written in the canonical format to
  ``benchmarks/out/vocab5000.vocab.json``.
* **Note**: about 2,000 words in about 200 committed utterances, as Whisper commits them
  (first letter capital, often its own period): case-note sentences with real and generated
  terms, some misrecognised the usual ways (split compounds, lower case, "Fiernheim",
  "SGB 2", number words), spoken commands as their own utterances and inside sentences,
  and an occasional "streiche das".

Measured (median of 5 runs unless said otherwise; the machine's load shows in the figures):

| measure | what | target |
|---|---|---|
| pipeline | ``NoteText.commit`` (``process`` + ``Document.apply``), all utterances | ≤ 20 ms |
| load | ``dictation.vocabulary.lists.load_list`` of the 5,000-entry file | ≤ 200 ms |
| build | ``TextPipeline(entries)`` (indexes for term correction), reported only | – |

Also printed: the first (cold-cache) run, process vs apply, the slowest utterances, the same
note with the 548-entry list, and ``merge`` of the two lists.

Run from the repository root: ``.venv/bin/python benchmarks/bench_textpipeline.py``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from common import out_dir, print_table, verdict  # noqa: E402

from dictation.app.pipeline import NoteText  # noqa: E402
from dictation.text.document import Document  # noqa: E402
from dictation.text.termcorrect import TextPipeline  # noqa: E402
from dictation.vocabulary.lists import (  # noqa: E402
    Entry,
    Layer,
    Vocabulary,
    VocabularyList,
    default_list,
    load_list,
    merge,
    save_list,
)

SEED = 20250611
N_ENTRIES = 5000
SETUP_TARGET_MS = 200.0  # issue 8: what a 5,000-entry list may add to loading + bias selection
NOTE_WORDS = 2000
RUNS = 5
PIPELINE_TARGET_MS = 20.0
LOAD_TARGET_MS = 200.0

# --- vocabulary generator --------------------------------------------------------------------

_MODIFIERS = """
Arbeits Leistungs Miet Kinder Familien Gesundheits Renten Sozial Wohn Kranken Pflege Bildungs
Berufs Schul Unterhalts Einkommens Vermögens Heiz Strom Energie Umzugs Ausbildungs
Beschäftigungs Integrations Sprach Betreuungs Schuldner Insolvenz Versicherungs Steuer Lohn
Gehalts Bewerbungs Vermittlungs Förder Eingliederungs Qualifizierungs Weiterbildungs Jugend
Senioren Frauen Migrations Wohnungs Obdach Sucht Reha Teilhabe Mobilitäts Fahrt Verpflegungs
Kita Hort Ferien Nachhilfe Zuschuss Kautions Nebenkosten Bedarfs Haushalts Erwerbs Arbeitslosen
Unterkunfts Heizkosten Abschlags Nachzahlungs Rückforderungs Aufrechnungs Anhörungs Widerspruchs
Klage Vollstreckungs Mahn Zahlungs Konto Bank Darlehens Raten Stundungs Erlass Prüf Kontroll
Melde Termin Beratungs Coaching Praktikums Probe Eingangs Abschluss Zwischen Jahres Monats
Quartals Halbjahres Bewilligungs Änderungs Ablehnungs Aufhebungs Erstattungs Verrechnungs
""".split()
_HEADS = """
bescheid antrag zuschuss stelle kosten beratung nachweis bescheinigung pauschale vereinbarung
verfahren prüfung leistung gutschein kurs programm zentrum beihilfe darlehen freibetrag grenze
frist pflicht anspruch abrechnung vertrag ausweis nummer konto budget plan termin gespräch
vermerk akte mappe liste quote förderung hilfe modul projekt träger büro dienst team netzwerk
fonds pauschbetrag satz stufe zulage prämie bonus bericht protokoll formular erklärung
""".split()
_PLACE_PREFIXES = ["", "", "", "Ober-", "Unter-", "Nieder-", "Groß-", "Klein-", "Alt-", "Neu-"]
_PLACE_STEMS = """
Lin Wal Hoh Eich Buch Ros Kirch Berg Mühl Stein Brunn Wies Hasel Birken Erlen Tann Fisch
Ketten Forst Hirsch Elm Lauter Linden Eschen Weiden Ahorn Roth Schwarz Weiß Grün Sonn Mon
Hagen Ham Bor Rieg Frei Wald Heid Moos Gras Kohl Salz Sand Kalk Wolf Fuchs Bären Adler Falken
Rei Mar Gor Nord Süd West Ost Kron Hof Dorn Brom Schle Rim Wein Gerns Lam Fürs Bür
""".split()
_PLACE_SUFFIXES = """
heim bach hausen stadt feld berg au dorf weiler rode tal brunn born hof kirchen ingen burg
hain stein wald weiher
""".split()
_ORG_WORDS = ["Beratungsstelle für", "Zentrum für", "Netzwerk", "Arbeitskreis", "Fachstelle für",
              "Verein für", "Projekt", "Initiative"]
_ORG_TOPICS = ["Wohnungsnotfälle", "Arbeit und Qualifizierung", "Alleinerziehende",
               "Migration", "Schuldnerfragen", "Jugendhilfe", "Familienbildung",
               "berufliche Integration", "Suchtprävention", "Frauen in Arbeit"]
_TOWNS = ["Bensheim", "Heppenheim", "Lampertheim", "Viernheim", "Lorsch", "Bürstadt",
          "Mörlenbach", "Wald-Michelbach", "Zwingenberg", "Biblis", "Rimbach", "Birkenau"]
_LETTERS = "ABCDEFGHKLMNPRSTUVWZ"
_LETTER_NAMES = {"A": "A", "B": "Be", "C": "Ce", "D": "De", "E": "E", "F": "Eff", "G": "Ge",
                 "H": "Ha", "K": "Ka", "L": "El", "M": "Em", "N": "En", "P": "Pe", "R": "Er",
                 "S": "Es", "T": "Te", "U": "U", "V": "Vau", "W": "We", "Z": "Zett"}


def _mishear(name: str, rng: random.Random) -> str | None:
    """A plausible mishearing of a place name, or None."""
    swaps = [("pp", "p"), ("tt", "t"), ("ll", "l"), ("ie", "i"), ("ei", "ai"), ("v", "f"),
             ("heim", "hein"), ("bach", "bak"), ("ß", "ss"), ("dt", "tt"), ("ck", "k")]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in name:
            return name.replace(a, b, 1)
    return None


def generated_entries(n: int, taken: set[str], rng: random.Random) -> list[Entry]:
    """``n`` plausible entries whose terms (case-folded) are not in ``taken``."""
    out: list[Entry] = []

    def add(term: str, spoken: list[str], category: str) -> None:
        key = term.casefold()
        if key in taken or len(out) >= n:
            return
        taken.add(key)
        spoken = [s for s in dict.fromkeys(spoken) if s and s.casefold() != key]
        out.append(Entry(term, tuple(spoken), category, "generated"))

    budget = {"compound": int(n * 0.55), "place": int(n * 0.3), "abbr": int(n * 0.08)}
    tries = 0
    while len(out) < budget["compound"] and tries < 50 * n:
        tries += 1
        parts = [rng.choice(_MODIFIERS)]
        if rng.random() < 0.3:
            parts.append(rng.choice(_MODIFIERS).lower())
        head = rng.choice(_HEADS)
        term = "".join(parts) + head
        split = "".join(parts) + " " + head.capitalize()
        add(term, [split], rng.choice(["Leistung", "Formular/Verfahren", "Maßnahme", "Sonstiges"]))
    target = len(out) + budget["place"]
    while len(out) < target and tries < 100 * n:
        tries += 1
        stem = rng.choice(_PLACE_STEMS)
        if rng.random() < 0.4:
            stem += rng.choice(_PLACE_STEMS).lower()
        base = stem + rng.choice(_PLACE_SUFFIXES)
        prefix = rng.choice(_PLACE_PREFIXES)
        term = prefix + base
        spoken = []
        if prefix:
            spoken.append(prefix[:-1] + " " + base)
        miss = _mishear(base, rng)
        if miss:
            spoken.append(prefix.replace("-", " ") + miss)
        add(term, spoken, "Ort")
    target = len(out) + budget["abbr"]
    while len(out) < target and tries < 150 * n:
        tries += 1
        letters = "".join(rng.choice(_LETTERS) for _ in range(rng.choice((3, 3, 4))))
        add(letters, [" ".join(letters), " ".join(_LETTER_NAMES[c] for c in letters)],
            "Behörde")
    while len(out) < n and tries < 200 * n:
        tries += 1
        term = f"{rng.choice(_ORG_WORDS)} {rng.choice(_ORG_TOPICS)} {rng.choice(_TOWNS)}"
        add(term, [], "Behörde")
    if len(out) < n:
        raise RuntimeError(f"generator ran dry at {len(out)} entries")
    return out


def big_list(path: Path) -> tuple[VocabularyList, int]:
    """The organisation list plus generated entries up to ``N_ENTRIES``, saved to ``path``."""
    real = default_list()
    rng = random.Random(SEED)
    taken = {e.term.casefold() for e in real.entries}
    for e in real.entries:
        taken.update(s.casefold() for s in e.spoken)
    extra = generated_entries(N_ENTRIES - len(real.entries), taken, rng)
    vl = VocabularyList("Benchmark 5000", Layer.ORGANISATION, [*real.entries, *extra])
    save_list(vl, path)
    return vl, len(real.entries)


# --- note generator --------------------------------------------------------------------------

_NAMES = ["Frau Schneider", "Herr Yilmaz", "Frau Becker", "Herr Öztürk", "Frau Wagner",
          "Herr Schmitt", "Frau Hoffmann", "Herr Weber", "Frau Klein", "Herr Braun"]
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"]
_DAYS = ["ersten", "zweiten", "dritten", "fünften", "zehnten", "zwölften", "fünfzehnten",
         "zwanzigsten", "achtundzwanzigsten", "dreißigsten"]
_AMOUNTS = ["dreihundertzwanzig Euro", "450 Euro", "fünfhundertdreiundsechzig Euro",
            "hundertzwanzig Euro", "neunzig Euro", "1.200 Euro", "achthundertfünfzig Euro"]
_PARAGRAPHS = ["Paragraf 16 i SGB zwei", "Paragraf sechzehn d SGB zwei", "§ 22 SGB II",
               "Paragraph 31 SGB 2", "Paragraf sechzig SGB eins", "Paragraf 11b SGB II"]
# How Whisper often writes some real terms (used for half of their mentions)
_MISHEARD = {
    "Bedarfsgemeinschaft": "Bedarfs Gemeinschaft", "Bürgergeld": "bürgergeld",
    "Weiterbewilligungsantrag": "weiter Bewilligungsantrag", "Viernheim": "Fiernheim",
    "Wald-Michelbach": "Wald Michelbach", "Kooperationsplan": "Kooperations Plan",
    "Eingliederungszuschuss": "Eingliederungs Zuschuss", "Heppenheim": "Hepenheim",
    "SGB II": "SGB 2", "Lampertheim": "Lamperheim", "Bensheim": "Benzheim",
    "Mörlenbach": "Merlenbach",
}
_TEMPLATES = [
    "{name} hat den {doc} am {day} {month} vollständig eingereicht",
    "Die {term} wurde mit der Kundin ausführlich besprochen",
    "Der Kunde wohnt seit drei Jahren in {place} und sucht eine Stelle in {place2}",
    "Die Kundin bezieht seit {month} {leistung} und lebt in einer {bg}",
    "Für den Sohn wurden Leistungen nach {para} beantragt",
    "Die Miete in {place} beträgt {amount} und ist damit angemessen",
    "{name} nimmt ab dem {day} {month} an einer Maßnahme beim {traeger} teil",
    "Ein {term} wurde ausgestellt und mit {name} besprochen",
    "Der {doc} liegt noch nicht vor und wird bis zum {day} {month} nachgereicht",
    "Die Prüfung durch den {term} ergab keine Beanstandungen",
    "Wegen des versäumten Meldetermins wird eine Anhörung nach {para} eingeleitet",
    "Die Kundin fragt nach einem {term} für die Wohnung in {place}",
    "Mit dem Arbeitgeber in {place} wurde ein {ez} für sechs Monate vereinbart",
    "Herr Klein legt die Kontoauszüge der letzten drei Monate vor",
    "Der {kp} wird um vierzehn Uhr dreißig gemeinsam fortgeschrieben",
]


class NoteMaker:
    def __init__(self, entries: list[Entry], n_real: int, rng: random.Random) -> None:
        self.rng = rng
        real, extra = entries[:n_real], entries[n_real:]
        self.real_nouns = [e.term for e in real if e.term[:1].isupper() and " " not in e.term
                           and e.category not in ("Ort",) and not e.term.isupper()]
        self.real_places = [e.term for e in real if e.category == "Ort"]
        self.gen_nouns = [e for e in extra if e.category != "Ort" and " " not in e.term
                          and not e.term.isupper()]
        self.gen_places = [e for e in extra if e.category == "Ort"]
        self.gen_abbr = [e for e in extra if e.term.isupper()]

    def _term(self, pool_real: list[str], pool_gen: list[Entry]) -> str:
        """A real term (sometimes as Whisper mishears it) or a generated one (sometimes
        as its spoken variant)."""
        rng = self.rng
        if rng.random() < 0.7 or not pool_gen:
            t = rng.choice(pool_real)
            if t in _MISHEARD and rng.random() < 0.5:
                return _MISHEARD[t]
            if rng.random() < 0.1:
                return t.lower()
            return t
        e = rng.choice(pool_gen)
        if e.spoken and rng.random() < 0.4:
            return rng.choice(e.spoken)
        return e.term

    def sentence(self) -> str:
        rng = self.rng
        places = self.real_places + ["Viernheim", "Wald-Michelbach", "Heppenheim"]
        place = lambda: self._term(places, self.gen_places)  # noqa: E731
        noun = lambda: self._term(self.real_nouns, self.gen_nouns)  # noqa: E731
        abbr_or_noun = lambda: (rng.choice(self.gen_abbr).term if rng.random() < 0.3  # noqa: E731
                                else noun())
        return rng.choice(_TEMPLATES).format(
            name=rng.choice(_NAMES), doc=noun(), term=abbr_or_noun(), place=place(),
            place2=place(), day=rng.choice(_DAYS), month=rng.choice(_MONTHS),
            leistung=self._term(["Bürgergeld", "Wohngeld", "Kinderzuschlag", "Bürgergeld"], []),
            bg=self._term(["Bedarfsgemeinschaft"], []), para=rng.choice(_PARAGRAPHS),
            amount=rng.choice(_AMOUNTS), traeger=noun(),
            ez=self._term(["Eingliederungszuschuss"], []),
            kp=self._term(["Kooperationsplan"], []),
        )

    def utterances(self, words: int) -> list[str]:
        """Committed utterances (Whisper style) adding up to about ``words`` words."""
        rng = self.rng
        out: list[str] = []
        count = 0
        while count < words:
            s = self.sentence()
            style = rng.random()
            if style < 0.2:  # sentence, pause, "Punkt" as its own utterance
                out += [_cap(s) + rng.choice([".", ""]),
                        rng.choice(["Punkt.", "Punkt", "Punkt!"])]
            elif style < 0.45:  # "Komma" inside, "Punkt" at the end, one utterance
                words_ = s.split()
                k = rng.randrange(3, max(4, len(words_) - 2))
                out.append(" ".join(words_[:k]) + " Komma " + " ".join(words_[k:]) + " Punkt")
            elif style < 0.65:  # two sentences in one breath, commands inside
                out.append(s + " Punkt " + self.sentence() + rng.choice([" Punkt", ". Punkt."]))
            elif style < 0.72:  # sentence in two utterances with a dictated comma between
                words_ = s.split()
                k = rng.randrange(3, max(4, len(words_) - 2))
                out += [" ".join(words_[:k]) + ".", "Komma.",
                        _cap(" ".join(words_[k:])) + "."]
            elif style < 0.84:  # Whisper's own period only
                out.append(s + ".")
            elif style < 0.9:  # paragraph
                out += [s + ".", rng.choice(["Neuer Absatz.", "Punkt. Neuer Absatz.",
                                             "Nächster Absatz"])]
            elif style < 0.96:  # a bracket
                words_ = s.split()
                k = rng.randrange(2, max(3, len(words_) - 1))
                out += [" ".join(words_[:k]), "Klammer auf.", _cap(" ".join(words_[k:])),
                        "Klammer zu. Punkt."]
            else:  # a mistake, taken back
                out += [s + ".", rng.choice(["Streiche das.", "Lösche das", "Bitte streiche das."]),
                        self.sentence() + "."]
            count = sum(len(u.split()) for u in out)
        return out


def _cap(text: str) -> str:
    """First letter upper-case, as Whisper starts every utterance."""
    return text[:1].upper() + text[1:]


# --- timing ----------------------------------------------------------------------------------


def time_note(note: NoteText, keep: list[str], utterances: list[str]) -> float:
    """Seconds for ``note.commit`` over all utterances, on a fresh document."""
    note.document = Document(keep_capitalized=keep)
    commit = note.commit
    t0 = time.perf_counter()
    for u in utterances:
        commit(u)
    return time.perf_counter() - t0


def breakdown(pipeline: TextPipeline, keep: list[str], utterances: list[str]):
    """(process seconds, apply seconds, [(seconds, utterance)]) of one run."""
    doc = Document(keep_capitalized=keep)
    proc = app = 0.0
    per: list[tuple[float, str]] = []
    for u in utterances:
        t0 = time.perf_counter()
        ops = pipeline.process(u)
        t1 = time.perf_counter()
        doc.apply(ops)
        t2 = time.perf_counter()
        proc += t1 - t0
        app += t2 - t1
        per.append((t2 - t0, u))
    return proc, app, per, doc.text


def setup_times(vocabulary: Vocabulary) -> dict[str, float]:
    """Median seconds of what ``dictation transcribe`` and the app do with a loaded
    vocabulary before the first word: the static bias terms counted with the model's
    tokenizer, the term-correction index (built once; it also counts the terms of the vote),
    the per-utterance term spotter."""
    from types import SimpleNamespace

    from tokenizers import Tokenizer

    from dictation.app.pipeline import model_bias_terms, utterance_bias
    from dictation.config import ModelOptions
    from dictation.engine.models import resolve_model
    from dictation.settings import load_settings

    folder = Path(resolve_model(ModelOptions(), load_settings()).path)
    model = SimpleNamespace(hf_tokenizer=Tokenizer.from_file(str(folder / "tokenizer.json")))
    times: dict[str, list[float]] = {"bias": [], "spotter": [], "index": []}
    for _ in range(RUNS):
        t0 = time.perf_counter()
        static = model_bias_terms(vocabulary, model)
        t1 = time.perf_counter()
        pipeline = TextPipeline(vocabulary.entries)
        t2 = time.perf_counter()
        utterance_bias(vocabulary, model, static, pipeline)  # as the app and the CLI do
        t3 = time.perf_counter()
        times["bias"].append(t1 - t0)
        times["index"].append(t2 - t1)
        times["spotter"].append(t3 - t2)
    return {k: statistics.median(v) for k, v in times.items()}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-note", action="store_true", help="print the note text produced")
    args = ap.parse_args(argv)

    path = out_dir() / "vocab5000.vocab.json"
    vl, n_real = big_list(path)
    size_kb = path.stat().st_size / 1024
    print(f"vocabulary: {len(vl.entries)} entries ({n_real} real, {len(vl.entries) - n_real} "
          f"generated, seed {SEED}), {sum(len(e.spoken) for e in vl.entries)} spoken variants, "
          f"{size_kb:.0f} KB -> {path}")

    # load
    load_times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        result = load_list(path, Layer.ORGANISATION)
        load_times.append(time.perf_counter() - t0)
    assert result.vocabulary is not None and len(result.vocabulary.entries) == len(vl.entries), \
        result.problems[:5]
    errors = [p for p in result.problems if p.severity == "error"]
    load_med = statistics.median(load_times)
    print(f"load_list: median {ms(load_med)} (first {ms(load_times[0])}); "
          f"{len(result.problems)} problems ({len(errors)} errors)")
    for p in result.problems[:5]:
        print(f"  {p}")
    t0 = time.perf_counter()
    merged: Vocabulary = merge([default_list(), result.vocabulary])
    merge_s = time.perf_counter() - t0
    print(f"merge(organisation list, 5,000 list): {ms(merge_s)}, {len(merged.entries)} entries, "
          f"{len(merged.conflicts)} conflicts")

    entries = result.vocabulary.entries
    keep = [e.term for e in entries]

    # build
    build_times = []
    for _ in range(3):
        t0 = time.perf_counter()
        TextPipeline(entries)
        build_times.append(time.perf_counter() - t0)
    vocab5000 = merge([result.vocabulary])
    t0 = time.perf_counter()
    note = NoteText(vocab5000)
    notetext_s = time.perf_counter() - t0
    print(f"TextPipeline(5,000 entries): median {ms(statistics.median(build_times))} of 3; "
          f"NoteText(...) {ms(notetext_s)}")

    # note
    rng = random.Random(SEED + 1)
    utterances = NoteMaker(vl.entries, n_real, rng).utterances(NOTE_WORDS)
    n_words = sum(len(u.split()) for u in utterances)
    print(f"note: {len(utterances)} utterances, {n_words} words (seed {SEED + 1})")

    runs = [time_note(note, keep, utterances) for _ in range(RUNS)]
    med = statistics.median(runs)
    proc, app, per, text = breakdown(note.pipeline, keep, utterances)
    per.sort(reverse=True)
    print(f"pipeline over the note: median {ms(med)} of {RUNS} (first, cold caches: "
          f"{ms(runs[0])}; min {ms(min(runs))}); {med / len(utterances) * 1e6:.0f} µs per "
          f"utterance")
    print(f"  one run split: process {ms(proc)}, apply {ms(app)}; slowest utterances:")
    for sec, u in per[:5]:
        print(f"    {sec * 1e3:6.2f} ms  {u!r}")

    small = NoteText(merge([default_list()]))
    small_keep = [e.term for e in default_list().entries]
    small_runs = [time_note(small, small_keep, utterances) for _ in range(RUNS)]
    print(f"same note, organisation list only ({len(default_list().entries)} entries): "
          f"median {ms(statistics.median(small_runs))}")
    words_out = len(text.split())
    print(f"note produced: {len(text)} characters, {words_out} words, "
          f"{text.count(chr(10) * 2)} paragraphs")
    if args.show_note:
        print("\n" + text + "\n")

    setup_small = setup_times(merge([default_list()]))
    setup_big = setup_times(merged)
    print(f"\nvocabulary set-up of one `dictation transcribe` / app start (median of {RUNS}):")
    print(f"  {'entries':>8s} {'static bias':>12s} {'term spotter':>13s} {'correction index':>17s}")
    for n, t in ((len(default_list().entries), setup_small), (len(merged.entries), setup_big)):
        print(f"  {n:8d} {ms(t['bias']):>12s} {ms(t['spotter']):>13s} {ms(t['index']):>17s}")
    added = (load_med + merge_s + setup_big["bias"] + setup_big["spotter"]
             - setup_small["bias"] - setup_small["spotter"])
    added_all = added + setup_big["index"] - setup_small["index"]
    print(f"  the 5,000 list adds: load + merge + bias selection {ms(added)}; "
          f"with the correction index {ms(added_all)}")

    print_table([
        ("pipeline over 2,000-word note (5,000 entries)", ms(med),
         f"<= {PIPELINE_TARGET_MS:.0f} ms", verdict(med * 1000 <= PIPELINE_TARGET_MS)),
        ("load_list, 5,000 entries", ms(load_med), f"<= {LOAD_TARGET_MS:.0f} ms",
         verdict(load_med * 1000 <= LOAD_TARGET_MS)),
        ("TextPipeline build, 5,000 entries", ms(statistics.median(build_times)), "-", "n/a"),
        ("5,000 vs 548 entries: load + bias selection added", ms(added),
         f"<= {SETUP_TARGET_MS:.0f} ms", verdict(added * 1000 <= SETUP_TARGET_MS)),
    ], "Targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
