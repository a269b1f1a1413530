"""Domain vocabulary and spoken commands, measured on case-note dictations in natural voices.

The data set is ``benchmarks/domain`` (see its README): 90 dictations of a Jobcenter
caseworker, synthesised by ``domain/make_audio.py`` into ``benchmarks/out/domain/`` (made
here if missing) — every dictation once in a *tuning* voice (MBROLA mb-de1/3/4/5/6/7) and 36
of them again in a *held-out* voice (mb-de2, Pico) that is used for evaluation only. Figures
are reported per voice group; improve the pipeline on "tuning", check on "held-out".

Both ways the app turns audio into a note, with the model loaded once:

* **live** — ``dictation stream FILE`` (``cli.cmd_stream``): vocabulary, decoding bias
  (``pipeline.model_bias_terms`` + per-utterance ``pipeline.utterance_bias``),
  ``WhisperDecoder`` + ``StreamingRecognizer``,
  ``FileSource``, ``run_session``, every ``Committed`` text through ``NoteText.commit``.
  The file is fed as fast as it is read (``FileSource(realtime=False)``): the recogniser's
  decisions depend on audio time only, so the text equals a real-time run on a machine fast
  enough to keep up (``--realtime-check`` compares both on some clips);
* **file** — ``dictation transcribe FILE`` (``cli.cmd_transcribe``):
  ``pipeline.transcribe_note`` (Whisper over the whole file, each segment through the text
  pipeline).

Vocabulary: **with** = the shipped organisation list + ``domain/custom.vocab.json`` (three
invented local terms, as ``--vocabulary`` adds them); **without** =
``--no-default-vocabulary`` (empty vocabulary, text pipeline still on); by default only on
the file path (cheap), ``--baseline live|both|none`` to change that.

Measures (the note text against ``expected``):

* **term recall**: the vocabulary terms (and § references) written in ``expected`` (longest
  match first; one-word noun terms also with a case/plural ending, "des Kooperationsplans");
  an occurrence counts as recalled when the same written form appears in the output as
  often (case-sensitive, whole words). Target with vocabulary: ≥ 90 %.
* **WER** (``common.wer``: lower case, punctuation removed).
* **commands**: spoken = command words in ``spoken`` beyond those in ``expected`` (where
  they are ordinary words: "der wichtigste Punkt"); **left** = command words in the output
  beyond ``expected`` (not executed; target 0); **garbled** = words that look like a command
  word but are none ("Bunkt", "Kloma": the recogniser's, not executed either); **executed**
  ≈ spoken − left − garbled; **false** = command words used as ordinary words that Whisper
  wrote but the pipeline executed (``expected`` and the raw text have them, the note not);
  **marks in place** = the marks the commands write in ``expected`` (. , : ? ( ) and
  paragraphs) that the note has right after the word aligned to the word before them
  (``marks_placed``). Stricter than "executed": a command Whisper garbled beyond recognition
  ("Meldetermin wungt.", "bewilligt beugt.") or dropped counts as missed there.

Free extra rows for each path with a baseline (no decoding): the Whisper text of the *without* run
through the pipeline *with* vocabulary (correction only) and that of the *with* run without
(bias only); and the **spoken text** itself through the pipeline (a perfect recogniser), which
separates what the text pipeline cannot do from what the recogniser misses.

Finally FLEURS (``../shared/testdata/speech/de/fleurs``, 10 clips): WER of ``transcribe``
with the vocabulary vs without. Target: with ≤ without + 0.5 points.

Run from the repository root::

    .venv/bin/python benchmarks/bench_vocabulary.py              # all: ~25 min on 2 cores
    .venv/bin/python benchmarks/bench_vocabulary.py --paths live --groups tuning --baseline none
    .venv/bin/python benchmarks/bench_vocabulary.py --ids d43,d52 --voices pico --verbose

Every clip's texts go to ``benchmarks/out/domain/vocabulary_run.json`` (a run with
``--ids``/``--voices``/``--groups``/one path: ``vocabulary_run.partial.json``; with
``--large-list N``: ``vocabulary_run.large-N.json``).

``--large-list 5000`` adds generated, plausible entries (``bench_textpipeline``'s generator,
fixed seed; none of them occurs in the dictations) so that the "with" vocabulary has 5,000
entries: how much recall a large list costs (target: ≤ 3 points below the shipped list).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "domain"))

from common import (  # noqa: E402
    FLEURS_DIR,
    dataset,
    print_table,
    require_testdata,
    verdict,
    wer,
    words,
)
from make_audio import AUDIO_DIR, CUSTOM_VOCABULARY, Dictation, make_all

RECALL_TARGET = 90.0
FLEURS_MARGIN = 0.5  # WER points the vocabulary may cost on general speech
RESULTS_JSON = AUDIO_DIR / "vocabulary_run.json"

#: Words of spoken commands; one left in the note is a command not executed.
COMMAND_WORDS = frozenset("""
punkt komma doppelpunkt semikolon strichpunkt fragezeichen ausrufezeichen ausrufungszeichen
bindestrich klammer anführungszeichen anführungsstriche gänsefüßchen absatz zeile
zeilenumbruch streiche streich lösche lösch
""".split())
_JOINED_COMMANDS = ("klammerauf", "klammerzu", "neuerabsatz", "neuezeile", "streichedas",
                    "löschedas", "anführungszeichenauf", "anführungszeichenzu")
_WORD = re.compile(r"[^\W\d_]+")
_ENDINGS = "(?:ern|en|er|es|se|n|s|e)?"
#: § references written like the organisation list ("§ 16i SGB II", "§ 7 Abs. 3 SGB II").
_PARAGRAPH_REF = r"§ \d+[a-z]?(?: Abs\. \d+)?(?: Satz \d+)?(?: Nr\. \d+)? SGB [IVX]+"


# --- terms --------------------------------------------------------------------------------


class TermFinder:
    """Occurrences of vocabulary terms in a text: leftmost, longest first, whole words.

    ``lenient``: a hyphen counts as a word boundary too, so the term is found in Whisper's
    "In-Lampertheim" (spelt right, glued to a neighbour). Used on the outputs, not on
    ``expected``, where "Wald-Michelbach" must not count as a place "Michelbach".
    """

    def __init__(self, terms: list[str], lenient: bool = False) -> None:
        alts = []
        for term in sorted(set(terms), key=len, reverse=True):
            pat = re.escape(term)
            if _inflectable(term):
                pat += _ENDINGS
            alts.append(pat)
        alts.insert(0, _PARAGRAPH_REF)
        # longer alternatives first, so "Mehrbedarf für Alleinerziehende" beats "Mehrbedarf"
        alts.sort(key=len, reverse=True)
        before, after = (r"(?<![\w§])", r"(?!\w)") if lenient else (r"(?<![\w§-])", r"(?![\w-])")
        self._re = re.compile(before + "(?:" + "|".join(alts) + ")" + after)

    def count(self, text: str) -> Counter:
        return Counter(m.group() for m in self._re.finditer(text))


def _inflectable(term: str) -> bool:
    """As the text pipeline: one capitalised word of letters (not an abbreviation)."""
    return (" " not in term and term[:1].isupper() and not term.isupper()
            and term.replace("-", "").isalpha())


def _command_words(text: str) -> Counter:
    """Command words, also as Whisper joins them ("Klammerauf", "Klammerzu", "Streichedas")."""
    found = Counter()
    for w in _WORD.findall(text):
        low = w.lower()
        if low in COMMAND_WORDS or low.startswith(_JOINED_COMMANDS):
            found[low] += 1
    return found


def command_words_left(output: str, expected: str) -> Counter:
    return _command_words(output) - _command_words(expected)


@dataclass
class Scored:
    """One condition over all dictations."""

    name: str
    outputs: dict[str, str]
    term_total: int = 0
    term_hits: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (id, written form)
    commands_left: Counter = field(default_factory=Counter)
    commands_by_id: dict[str, Counter] = field(default_factory=dict)
    wer: object = None

    @property
    def recall(self) -> float:
        return 100.0 * self.term_hits / self.term_total if self.term_total else float("nan")


def score(name: str, outputs: dict[str, str], dictations: list[Dictation],
          finders: tuple[TermFinder, TermFinder]) -> Scored:
    """``finders``: (strict for ``expected``, lenient for the outputs)."""
    s = Scored(name, outputs)
    refs, hyps = [], []
    for d in dictations:
        out = outputs[d.id]
        exp_terms, out_terms = finders[0].count(d.expected), finders[1].count(out)
        for form, n in exp_terms.items():
            s.term_total += n
            s.term_hits += min(n, out_terms[form])
            s.missed += [(d.id, form)] * max(0, n - out_terms[form])
        left = command_words_left(out, d.expected)
        if left:
            s.commands_by_id[d.id] = left
        s.commands_left += left
        refs.append(d.expected)
        hyps.append(out)
    s.wer = wer(refs, hyps)
    return s


# --- the pipeline, as the CLI runs it ---------------------------------------------------------


def load_model():
    """The model ``dictation stream``/``transcribe`` would load, with default options."""
    from dictation.config import ModelOptions
    from dictation.engine.models import load_model as _load
    from dictation.settings import load_settings

    loaded = _load(ModelOptions(), load_settings())
    if loaded.notice:
        print(loaded.notice, file=sys.stderr)
    return loaded


def vocabulary(use_default: bool, files: tuple[str, ...] = ()):
    """``cli._vocabulary``: the shipped list (unless ``--no-default-vocabulary``) + files."""
    from dictation.app.pipeline import VocabularyOptions, load_vocabulary

    vocab, messages = load_vocabulary(VocabularyOptions(files=files, use_default=use_default))
    for m in messages:
        print(m, file=sys.stderr)
    return vocab


def large_list(n: int) -> Path:
    """A list of generated entries that brings the organisation list + custom list to ``n``
    entries (fixed seed), saved under ``out/domain``; none of them is in the dictations."""
    import random

    from bench_textpipeline import SEED, generated_entries

    from dictation.vocabulary.lists import Layer, VocabularyList, default_list, load_list, save_list

    have = [*default_list().entries, *load_list(CUSTOM_VOCABULARY).vocabulary.entries]
    taken = {form.casefold() for e in have for form in (e.term, *e.spoken)}
    extra = generated_entries(max(0, n - len(have)), taken, random.Random(SEED))
    path = AUDIO_DIR / f"large-{n}.vocab.json"
    save_list(VocabularyList(f"Generiert ({n})", Layer.TEAM, extra), path)
    return path


def recognizer_options(loaded, vocab):
    """``cli._options`` defaults (language de, beam 5) + ``cli._with_bias``."""
    from dictation.app.pipeline import model_bias_terms
    from dictation.config import PipelineOptions, RecognizerOptions

    options = PipelineOptions(recognizer=RecognizerOptions(language="de", beam_size=5))
    terms = model_bias_terms(vocab, loaded.model)
    return replace(options, recognizer=replace(options.recognizer, bias_terms=terms))


def stream_file(loaded, options, vocab, path: Path, realtime: bool = False
                ) -> tuple[str, list[str]]:
    """``cmd_stream`` without printing: (note text, raw committed texts)."""
    from dictation.app.pipeline import NoteText, utterance_bias
    from dictation.engine.audio import FileSource
    from dictation.engine.recognizer import WhisperDecoder
    from dictation.engine.session import run_session
    from dictation.engine.streaming import StreamingRecognizer
    from dictation.events import Committed, Failed

    source = FileSource(path, realtime=realtime)
    bias = utterance_bias(vocab, loaded.model, options.recognizer.bias_terms)
    decoder = WhisperDecoder(loaded.model, options.recognizer, utterance_bias=bias)
    recognizer = StreamingRecognizer(decoder, options.vad, options.streaming)
    note = NoteText(vocab)
    raws: list[str] = []

    def emit(event) -> None:
        if isinstance(event, Committed):
            raws.append(event.text)
            note.commit(event.text)
        elif isinstance(event, Failed):
            print(f"{path.name}: {event.message}", file=sys.stderr)

    run_session(source, recognizer, emit)
    return note.text, raws


def transcribe_path(loaded, options, vocab, path: Path) -> tuple[str, list[str]]:
    """``cmd_transcribe`` without writing: (note text, raw segment texts)."""
    from dictation.app.pipeline import transcribe_note

    t = transcribe_note(loaded.model, path, options.recognizer, vocab)
    return t.text, [s.text for s in t.segments]


def replay(vocab, utterances: list[str]) -> str:
    """Committed utterances through a fresh ``NoteText``."""
    from dictation.app.pipeline import NoteText

    note = NoteText(vocab)
    for u in utterances:
        note.commit(u)
    return note.text


def spoken_utterances(d: Dictation) -> list[str]:
    """The spoken parts as a perfect recogniser would commit them: first letter capital."""
    return [p[:1].upper() + p[1:] for p in d.parts]


def transcribe_fleurs(loaded, vocab) -> tuple[list[str], list[str], list[str]]:
    """``cmd_transcribe`` on the FLEURS clips: (references, note texts, raw texts)."""
    options = recognizer_options(loaded, vocab)
    refs, texts, raws = [], [], []
    for path, ref in dataset(FLEURS_DIR):
        text, segments = transcribe_path(loaded, options, vocab, path)
        refs.append(ref)
        texts.append(text)
        raws.append(" ".join(s.strip() for s in segments))
    return refs, texts, raws


# --- attribution ------------------------------------------------------------------------------


def closest(raw: str, form: str) -> tuple[str, float]:
    """The run of 1–4 words of ``raw`` most like ``form`` and its similarity (0–100,
    case-insensitive; a long single word is also searched inside, a little penalised):
    what the recogniser made of the term."""
    from rapidfuzz import fuzz

    tokens = raw.split()
    target = form.lower()
    best = ("", 0.0)
    for n in range(1, 5):
        for i in range(len(tokens) - n + 1):
            window = " ".join(tokens[i:i + n]).strip(" .,;:!?")
            score = fuzz.ratio(target, window.lower())
            if n == 1 and len(window) > len(target) + 2:  # glued: "Arbeitgebersausmeinheim"
                score = max(score, fuzz.partial_ratio(target, window.lower()) - 10)
            if score > best[1]:
                best = (window, score)
    return best


NEAR_MISS = 80.0  # similarity from which a misheard term counts as a near miss


def attribute(missed: list[tuple[str, str]], oracle: Scored, raws: dict[str, list[str]],
              outputs: dict[str, str], finder: TermFinder) -> list[tuple[str, str, str, str]]:
    """(id, term, cause, what Whisper wrote) for each missed term.

    Causes: "pipeline" when the text pipeline misses the term even on the spoken text, when
    Whisper's text had it right, or when it changed what Whisper wrote into something closer
    to, but not, the written form ("Integationskuss" → "Integrationskurss"); otherwise
    "recogniser" — "near miss" when Whisper wrote something at least ``NEAR_MISS`` similar
    (a candidate for term correction), "lost" when not.
    """
    from rapidfuzz import fuzz

    from dictation.text.numbers import format_numbers

    oracle_missed = Counter(oracle.missed)
    rows = []
    for key in sorted(set(missed)):
        did, form = key
        raw = " ".join(raws[did])
        heard, _ = closest(raw, form)
        similarity = fuzz.ratio(form.lower(), heard.lower())  # a glued word is no near miss
        written, _ = closest(outputs[did], form)
        written_similarity = fuzz.ratio(form.lower(), written.lower())
        if oracle_missed[key]:
            cause = "pipeline: missed on the spoken text too"
        elif finder.count(raw)[form] > 0:
            cause = "pipeline: Whisper had it right"
        elif (written_similarity > similarity
              and written.lower() not in format_numbers(raw).lower()):  # not just "§ 16"
            cause = f"pipeline: changed to {written!r}"
        elif similarity >= NEAR_MISS:
            cause = f"recogniser: near miss ({similarity:.0f})"
        else:
            cause = "recogniser: lost"
        rows.append((did, form, cause, heard))
    return rows


def misheard_commands(outputs: dict[str, str], dictations: list[Dictation]) -> Counter:
    """Words of the outputs that look like a command word ("Bunkt", "Doppelbunkt") but are
    none and are not in ``expected``: commands the recogniser garbled (not counted as left)."""
    from rapidfuzz import fuzz

    targets = ("punkt", "komma", "doppelpunkt", "absatz", "klammer", "streiche", "fragezeichen")
    found: Counter = Counter()
    for d in dictations:
        expected = {w.lower() for w in _WORD.findall(d.expected)}
        for w in _WORD.findall(outputs[d.id]):
            low = w.lower()
            if low in expected or low in COMMAND_WORDS or low.startswith(_JOINED_COMMANDS):
                continue
            if any(fuzz.ratio(low, t) >= 75 for t in targets):
                found[w] += 1
    return found


# --- commands ---------------------------------------------------------------------------------

_ABBREVIATED = re.compile(r"\bAbs\.")  # "Absatz" inside a § reference is written "Abs."


def _expected_command_words(expected: str) -> Counter:
    """Command words ``expected`` holds as ordinary words ("der wichtigste Punkt")."""
    words = _command_words(expected)
    words["absatz"] += len(_ABBREVIATED.findall(expected))
    return words


def command_counts(d: Dictation, output: str, raws: list[str]) -> dict[str, int]:
    """spoken / left / garbled / executed (≈) / false commands of one clip, and the marks
    the commands write / those placed right (:func:`marks_placed`)."""
    expected = _expected_command_words(d.expected)
    spoken = sum((_command_words(d.spoken) - expected).values())
    out = _expected_command_words(output)  # "Abs." in the note: "Absatz" written as a word
    left = sum((out - expected).values())
    garbled = sum(misheard_commands({d.id: output}, [d]).values())
    raw = _command_words(" ".join(raws))
    false = sum(max(0, min(n, raw[w]) - out[w]) for w, n in expected.items())
    placed, marks = marks_placed(d.expected, output)
    return {"spoken": spoken, "left": left, "garbled": garbled,
            "executed": max(0, spoken - left - garbled), "false": false,
            "marks": marks, "placed": placed}


# A mark a command writes: a paragraph or line break, or punctuation that is not inside a
# number ("12,5", "1.000"). The dots of "Abs." / "Nr." and of a day before its month are not.
_MARK = re.compile(r"\n\n|\n|[.,](?!\d)|[:;?!()]")
_NOT_A_MARK_BEFORE = re.compile(r"(?:Abs|Nr|Dr|bzw|ca)$")
_MONTH_AFTER = re.compile(
    r"\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|\w*woche)\b")


def _marks(text: str) -> tuple[list[str], list[Counter]]:
    """The words of ``text`` (as the WER cuts them) and, for each gap between them (before the
    first, …, after the last), the command marks written there."""
    found: list[str] = []
    marks: defaultdict[int, Counter] = defaultdict(Counter)  # by the number of words before
    pos = 0
    for m in _MARK.finditer(text):
        mark = m.group()
        if mark == "." and (_NOT_A_MARK_BEFORE.search(text, 0, m.start())
                            or (text[m.start() - 1:m.start()].isdigit()
                                and _MONTH_AFTER.match(text, m.end()))):
            continue
        found += words(text[pos:m.start()])
        marks[len(found)]["¶" if mark == "\n\n" else mark] += 1
        pos = m.end()
    found += words(text[pos:])
    return found, [marks[k] for k in range(len(found) + 1)]


def marks_placed(expected: str, output: str) -> tuple[int, int]:
    """(marks of ``expected`` found in the output, marks of ``expected``): a command counts as
    executed where the note has its mark right after the word that the output aligns to the
    word before it in ``expected`` (Levenshtein alignment of the words). Stricter than
    spoken − left − garbled: a command Whisper turned into some other word ("Meldetermin
    wungt.") or dropped without a mark is missed here, while a mark Whisper wrote itself in
    the right place counts (the note is right)."""
    from rapidfuzz.distance import Levenshtein

    ref, ref_gaps = _marks(expected)
    hyp, hyp_gaps = _marks(output)
    # to_hyp[i]: the output word aligned to expected word i (-1: before the first word)
    to_hyp = [-1] * len(ref)
    last = -1
    for op in Levenshtein.opcodes(ref, hyp):
        for i in range(op.src_start, op.src_end):
            if op.tag == "equal":
                last = op.dest_start + i - op.src_start
            elif op.tag == "replace":
                last = (op.dest_end - 1 if i == op.src_end - 1
                        else min(op.dest_start + i - op.src_start, op.dest_end - 1))
            to_hyp[i] = last  # a deleted word: the output word before it
    placed = total = 0
    for gap, want in enumerate(ref_gaps):
        if not want:
            continue
        have = hyp_gaps[to_hyp[gap - 1] + 1] if gap else hyp_gaps[0]
        total += sum(want.values())
        placed += sum(min(n, have[mark]) for mark, n in want.items())
    return placed, total


def _context(text: str, word: str, width: int = 40) -> str:
    i = text.lower().find(word.lower())
    if i < 0:
        return text[:2 * width]
    return ("…" if i > width else "") + text[max(0, i - width): i + len(word) + width] + "…"


# --- main -------------------------------------------------------------------------------------


@dataclass
class Clip:
    """One WAV of the set: ``d`` has the clip id as its ``id`` (for ``score``)."""

    d: Dictation
    dictation: str
    group: str
    voice: str
    room: str
    duration_s: float


def load_clips(items: list[dict], ids: set[str] | None, voices: set[str] | None,
               groups: set[str] | None) -> list[Clip]:
    out = []
    for i in items:
        if ids and i["id"] not in ids and i["clip"] not in ids:
            continue
        if voices and i["voice"] not in voices:
            continue
        if groups and i["group"] not in groups:
            continue
        d = Dictation(i["clip"], i["spoken"], i["expected"])
        out.append(Clip(d, i["id"], i["group"], i["voice"], i["room"], i["duration_s"]))
    return out


def _group_score(name, outputs, clips, finders) -> Scored:
    return score(name, {c.d.id: outputs[c.d.id] for c in clips}, [c.d for c in clips], finders)


def _code_version() -> str:
    """The commit and the files of dictation/ changed since (other work in the tree)."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BENCH, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "dictation"], cwd=BENCH.parent,
                               text=True, capture_output=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    dirty = [line[3:] for line in dirty if line.strip()]
    return head + (" + uncommitted " + ", ".join(dirty) if dirty else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ids", help="comma-separated dictation or clip ids (d07, d07h)")
    ap.add_argument("--voices", help="comma-separated voices, e.g. pico,mb-de2")
    ap.add_argument("--groups", help="tuning, held-out or both (default)")
    ap.add_argument("--paths", default="live,file", help="live, file or both (default)")
    ap.add_argument("--baseline", default="file", choices=("file", "live", "both", "none"),
                    help="which paths also run without vocabulary (default: file, the cheap "
                         "one; live costs another ~0.4 × real time)")
    ap.add_argument("--no-fleurs", action="store_true", help="skip the FLEURS comparison")
    ap.add_argument("--realtime-check", type=int, default=0, metavar="N",
                    help="also stream the first N clips in real time and compare the texts")
    ap.add_argument("--install-voices", action="store_true",
                    help="install missing voices (domain/install_voices.sh; root or sudo)")
    ap.add_argument("--large-list", type=int, default=0, metavar="N",
                    help="add generated, plausible entries (bench_textpipeline's generator) "
                         "so the vocabulary has N entries: does recall hold with a large list?")
    ap.add_argument("--verbose", action="store_true", help="print every output")
    args = ap.parse_args(argv)
    split = (lambda s: set(s.split(",")) if s else None)
    paths = [p for p in ("live", "file") if p in split(args.paths)]

    from dictation.vocabulary.lists import default_list, load_list

    started = time.perf_counter()
    version = _code_version()
    print(f"code: {version}")
    items = make_all(quiet=True, install=args.install_voices)  # what is missing (idempotent)
    clips = load_clips(items, split(args.ids), split(args.voices), split(args.groups))
    if not clips:
        print("no clips selected")
        return 2
    audio_s = sum(c.duration_s for c in clips)
    print(f"{len(clips)} clips ({len({c.dictation for c in clips})} dictations), "
          f"{audio_s:.0f} s of audio in {AUDIO_DIR}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c.group for c in clips).items()))
          + "; " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c.room for c in clips).items())))

    custom = load_list(CUSTOM_VOCABULARY).vocabulary
    terms = [e.term for e in default_list().entries] + [e.term for e in custom.entries]
    finder = TermFinder(terms)
    finders = (finder, TermFinder(terms, lenient=True))
    files = (str(CUSTOM_VOCABULARY),)
    if args.large_list:
        files += (str(large_list(args.large_list)),)
    t0 = time.perf_counter()
    vocabs = {"with": vocabulary(True, files), "without": vocabulary(False)}
    print(f"vocabulary: {len(vocabs['with'].entries)} entries, loaded in "
          f"{1000 * (time.perf_counter() - t0):.0f} ms")
    t0 = time.perf_counter()
    loaded = load_model()
    print(f"model {loaded.candidate.name} on {loaded.device} ({loaded.compute_type}), "
          f"loaded in {time.perf_counter() - t0:.1f} s")
    opts = {k: recognizer_options(loaded, v) for k, v in vocabs.items()}
    print(f"decoding bias: {len(opts['with'].recognizer.bias_terms)} terms: "
          + ", ".join(opts["with"].recognizer.bias_terms))

    runner = {"live": stream_file, "file": transcribe_path}
    runs: dict[tuple[str, str], dict[str, tuple[str, list[str]]]] = {}
    timings: dict[str, float] = {}
    for vname in ("with", "without"):
        for path in paths:
            if vname == "without" and args.baseline not in (path, "both"):
                continue
            t0 = time.perf_counter()
            res = runs[(path, vname)] = {}
            for i, c in enumerate(clips, 1):
                res[c.d.id] = runner[path](loaded, opts[vname], vocabs[vname],
                                           AUDIO_DIR / f"{c.d.id}.wav")
                if i % 20 == 0:
                    print(f"  {path} {vname}: {i}/{len(clips)} "
                          f"({time.perf_counter() - t0:.0f} s)", flush=True)
            dt = time.perf_counter() - t0
            timings[f"{path} {vname}"] = dt
            print(f"{path} path, {vname} vocabulary: {dt:.0f} s ({dt / audio_s:.2f} × real time)",
                  flush=True)

    # conditions: name -> (outputs, raws or None)
    cond: dict[str, tuple[dict[str, str], dict[str, list[str]] | None]] = {}
    for path in paths:
        w, wo = runs.get((path, "with")), runs.get((path, "without"))
        cond[f"{path}, with vocabulary"] = ({k: v[0] for k, v in w.items()},
                                            {k: v[1] for k, v in w.items()})
        if wo is not None:
            cond[f"{path}, without vocabulary"] = ({k: v[0] for k, v in wo.items()},
                                                   {k: v[1] for k, v in wo.items()})
            cond[f"{path}:  correction only (no bias)"] = (
                {k: replay(vocabs["with"], v[1]) for k, v in wo.items()},
                {k: v[1] for k, v in wo.items()})
            cond[f"{path}:  bias only (no correction)"] = (
                {k: replay(vocabs["without"], v[1]) for k, v in w.items()},
                {k: v[1] for k, v in w.items()})
    cond["spoken text, with vocabulary"] = (
        {c.d.id: replay(vocabs["with"], spoken_utterances(c.d)) for c in clips},
        {c.d.id: spoken_utterances(c.d) for c in clips})
    cond["spoken text, without vocabulary"] = (
        {c.d.id: replay(vocabs["without"], spoken_utterances(c.d)) for c in clips},
        {c.d.id: spoken_utterances(c.d) for c in clips})

    groups = {"tuning": [c for c in clips if c.group == "tuning"],
              "held-out": [c for c in clips if c.group == "held-out"], "all": clips}
    groups = {k: v for k, v in groups.items() if v}
    scored = {name: {g: _group_score(name, outs, cs, finders) for g, cs in groups.items()}
              for name, (outs, _) in cond.items()}
    commands = {}
    for name, (outs, raws) in cond.items():
        commands[name] = {}
        for g, cs in groups.items():
            total = Counter()
            for c in cs:
                total.update(command_counts(c.d, outs[c.d.id], raws[c.d.id]))
            commands[name][g] = total
    oracle_name = "spoken text, with vocabulary"

    print("\n== Domain dictations: term recall and WER per voice group ==")
    print("(tuning voices: mb-de1/3/4/5/6/7; held-out: mb-de2, pico; "
          "spoken text = a perfect recogniser)")
    w = max(len(n) for n in cond)
    head = "".join(f"  {g + ': recall':>22s} {'WER':>6s}" for g in groups)
    print(f"{'condition':{w}s}{head}")
    for name in cond:
        row = ""
        for g in groups:
            s = scored[name][g]
            row += f"  {s.recall:5.1f} % ({s.term_hits:3d}/{s.term_total:3d}) {s.wer.percent:5.1f}%"
        print(f"{name:{w}s}{row}")

    print("\n== Spoken commands (all clips; per group: executed/spoken, left, garbled, false; "
          "marks in place/marks) ==")
    print(f"{'condition':{w}s}" + "".join(f"  {g:>36s}" for g in groups))
    for name in cond:
        row = ""
        for g in groups:
            k = commands[name][g]
            row += (f"  {k['executed']:3d}/{k['spoken']:3d} L{k['left']:3d} G{k['garbled']:3d} "
                    f"F{k['false']:2d} M{k['placed']:3d}/{k['marks']:3d}")
        print(f"{name:{w}s}{row}")

    meta = {c.d.id: c for c in clips}
    for path in paths:
        name = f"{path}, with vocabulary"
        print(f"\n{name}, by voice and room (term recall, WER):")
        by: dict[str, list[Clip]] = {}
        for c in clips:
            by.setdefault(f"{c.voice} ({c.group})", []).append(c)
            by.setdefault(f"room {c.room}", []).append(c)
        for key in sorted(by):
            g = _group_score(key, cond[name][0], by[key], finders)
            print(f"  {key:20s} {len(by[key]):3d} clips  {g.recall:5.1f} % "
                  f"({g.term_hits}/{g.term_total})  WER {g.wer}")

    oracle = scored[oracle_name]["all"]
    if oracle.missed or any(commands[oracle_name]["all"][k] for k in ("left", "false")):
        print("\n-- the text pipeline on the spoken text: where it differs from expected --")
        for c in clips:
            if c.group != "tuning":
                continue  # the same text as the tuning clip
            out = cond[oracle_name][0][c.d.id]
            if out != c.d.expected:
                print(f"{c.d.id}\n   exp: {c.d.expected!r}\n   out: {out!r}")

    failures = {}
    for path in paths:
        name = f"{path}, with vocabulary"
        outs, raws = cond[name]
        s = scored[name]["all"]
        print(f"\n-- missed terms, {name} --")
        rows = attribute(s.missed, oracle, raws, outs, finders[1])
        by_cause = Counter(r[2].split(" (")[0].split(" to ")[0] for r in rows)
        for did, form, cause, heard in rows:
            print(f"{did:5s} {meta[did].voice:6s} {form:34s} {cause:40s} Whisper: {heard!r}")
        print("causes:", ", ".join(f"{k}: {v}" for k, v in by_cause.most_common()) or "none")
        missed_terms = Counter(form for _, form in s.missed)
        print("most often missed:", ", ".join(f"{t} ×{n}" for t, n in missed_terms.most_common(20)))
        left_rows, false_rows = [], []
        for c in clips:
            out = outs[c.d.id]
            left = _command_words(out) - _expected_command_words(c.d.expected)
            for word, n in left.items():
                left_rows.append((c.d.id, word, n, _context(out, word)))
            exp = _expected_command_words(c.d.expected)
            raw = _command_words(" ".join(raws[c.d.id]))
            outw = _expected_command_words(out)
            for word, n in exp.items():
                k = max(0, min(n, raw[word]) - outw[word])
                if k:
                    false_rows.append((c.d.id, word, k, out))
        print(f"\n-- command words left, {name}: {sum(r[2] for r in left_rows)} --")
        for did, word, n, ctx in left_rows:
            print(f"{did:5s} {word} ×{n}: {ctx!r}")
        print("by word:", dict(Counter(r[1] for r in left_rows for _ in range(r[2]))))
        print(f"\n-- false commands (an ordinary word executed), {name}: "
              f"{sum(r[2] for r in false_rows)} --")
        for did, word, n, out in false_rows:
            print(f"{did:5s} {word} ×{n}: {out!r}")
        garbled = misheard_commands(outs, [c.d for c in clips])
        print(f"\ncommands the recogniser garbled (look like a command word): "
              f"{sum(garbled.values())}: "
              + ", ".join(f"{w} ×{n}" for w, n in garbled.most_common()))
        failures[name] = {"missed_terms": [list(r) for r in rows],
                          "commands_left": [list(r) for r in left_rows],
                          "false_commands": [list(r) for r in false_rows],
                          "garbled_commands": dict(garbled)}

    if args.verbose:
        for path in paths:
            name = f"{path}, with vocabulary"
            print(f"\n-- outputs, {name} --")
            for c in clips:
                print(f"{c.d.id} ({c.voice}, {c.room})\n   exp: {c.d.expected!r}\n"
                      f"   out: {cond[name][0][c.d.id]!r}\n"
                      f"   raw: {' | '.join(cond[name][1][c.d.id])!r}")

    realtime = None
    if args.realtime_check and "live" in paths:
        sample = clips[: args.realtime_check]
        same = 0
        t0 = time.perf_counter()
        realtime = []
        for c in sample:
            text, _ = stream_file(loaded, opts["with"], vocabs["with"],
                                  AUDIO_DIR / f"{c.d.id}.wav", realtime=True)
            fast = cond["live, with vocabulary"][0][c.d.id]
            same += text == fast
            realtime.append({"clip": c.d.id, "realtime": text, "fast": fast})
            if text != fast:
                print(f"realtime differs: {c.d.id}\n   realtime: {text!r}\n   fast:     {fast!r}")
        print(f"\nrealtime check: {same} of {len(sample)} clips give the same text "
              f"({time.perf_counter() - t0:.0f} s)")

    fleurs = None
    if not args.no_fleurs:
        require_testdata(FLEURS_DIR)
        t0 = time.perf_counter()
        refs, texts_with, raw_with = transcribe_fleurs(loaded, vocabs["with"])
        _, texts_without, raw_without = transcribe_fleurs(loaded, vocabs["without"])
        fw, fo = wer(refs, texts_with), wer(refs, texts_without)
        print(f"\n== FLEURS ({len(refs)} clips, file path, {time.perf_counter() - t0:.0f} s) ==")
        print(f"with vocabulary     {fw}")
        print(f"without vocabulary  {fo}")
        print(f"Whisper text only:  with bias {wer(refs, raw_with)}, "
              f"without {wer(refs, raw_without)}")
        for ref, a, b in zip(refs, texts_with, texts_without):
            if a != b:
                print(f"  differs:\n    with:    {a}\n    without: {b}\n    ref:     {ref}")
        fleurs = (fw, fo)

    rows_t = []
    for path in paths:
        for g in groups:
            s = scored[f"{path}, with vocabulary"][g]
            rows_t.append((f"{path}: term recall with vocabulary ({g})", f"{s.recall:.1f} %",
                           f">= {RECALL_TARGET:.0f} %", verdict(s.recall >= RECALL_TARGET)))
        k = commands[f"{path}, with vocabulary"]["all"]
        rows_t.append((f"{path}: command words left / false commands",
                       f"{k['left']} / {k['false']}", "0 / 0",
                       verdict(not k["left"] and not k["false"])))
    if fleurs:
        fw, fo = fleurs
        rows_t.append(("FLEURS WER with / without vocabulary",
                       f"{fw.percent:.1f} % / {fo.percent:.1f} %",
                       f"with <= without + {FLEURS_MARGIN}",
                       verdict(fw.percent <= fo.percent + FLEURS_MARGIN)))
    print_table(rows_t, "Targets")

    # a filtered run does not overwrite the details of the last full one
    full = not (args.ids or args.voices or args.groups) and paths == ["live", "file"]
    if args.large_list:
        results = RESULTS_JSON.with_suffix(f".large-{args.large_list}.json")
    else:
        results = RESULTS_JSON if full else RESULTS_JSON.with_suffix(".partial.json")
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps({
        "clips": [{
            "clip": c.d.id, "id": c.dictation, "group": c.group, "voice": c.voice,
            "room": c.room, "duration_s": c.duration_s, "spoken": c.d.spoken,
            "expected": c.d.expected, "terms": dict(finder.count(c.d.expected)),
            "conditions": {name: {
                "output": outs[c.d.id], "raw": raws[c.d.id],
                "missed": [f for i, f in scored[name]["all"].missed if i == c.d.id],
                "commands": command_counts(c.d, outs[c.d.id], raws[c.d.id]),
            } for name, (outs, raws) in cond.items()},
        } for c in clips],
        "summary": {name: {g: {"recall": s.recall, "term_hits": s.term_hits,
                               "term_total": s.term_total, "wer": s.wer.percent,
                               "wer_detail": str(s.wer), "commands": dict(commands[name][g])}
                           for g, s in per.items()} for name, per in scored.items()},
        "code": version, "failures": failures, "timings_s": timings, "audio_s": audio_s,
        "realtime_check": realtime,
        "fleurs": {"with": fleurs[0].percent, "without": fleurs[1].percent} if fleurs else None,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\ndetails: {results}; total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
