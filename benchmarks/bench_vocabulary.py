"""Domain vocabulary, measured: term recall, WER and spoken commands on case-note dictations.

For every dictation of ``benchmarks/domain/dictations.tsv`` (synthesised by
``benchmarks/domain/make_audio.py`` into ``benchmarks/out/domain/``; made here if missing) the
live pipeline runs in this process exactly as ``dictation stream FILE --jsonl`` (not real
time) runs it — model loaded once, then per file: vocabulary, decoding bias through
``dictation.pipeline.bias_terms`` counted with the model's tokenizer, ``WhisperDecoder`` +
``StreamingRecognizer``, ``FileSource``, ``run_session``, every ``Committed`` text through
``NoteText.commit`` — twice:

* **with** the default (organisation) vocabulary: decoding bias and term correction;
* **without** (``--no-default-vocabulary``): empty vocabulary, text pipeline still on.

Measures per condition (the note text against ``expected``):

* **term recall**: the organisation-list terms (and § references) written in ``expected``
  (longest match first; one-word noun terms also with a case/plural ending, "des
  Kooperationsplans"); an occurrence counts as recalled when the same written form appears
  in the output as often (case-sensitive, whole words). Target with vocabulary: ≥ 90 %.
* **WER** (``common.wer``: lower case, punctuation removed).
* **commands left as words**: command words (Punkt, Komma, Doppelpunkt, Absatz, Klammer,
  streiche …) in the output beyond those in ``expected``. Target: 0. A command the recogniser
  misheard ("Bunkt") is not a command word and shows up in the WER instead.

Two more rows cost no decoding: the Whisper text of the *without* run through the pipeline
*with* vocabulary (term correction only, no bias) and that of the *with* run through the
pipeline without (bias only) — the recogniser's prompt holds its own raw text, so these are
exact. The **spoken text** through the pipeline (a perfect recogniser) separates what the
text pipeline cannot do from what the recogniser misses; each missed term is attributed.

Finally FLEURS (``../shared/testdata/speech/de/fleurs``, 10 clips): WER of the offline
``transcribe_file`` path of ``dictation transcribe`` with the default vocabulary vs without.
Target: with ≤ without + 0.5 points.

Run from the repository root: ``.venv/bin/python benchmarks/bench_vocabulary.py`` (about
5–8 minutes on two cores). Details of every dictation go to
``benchmarks/out/domain/vocabulary_run.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "domain"))

from common import FLEURS_DIR, dataset, print_table, require_testdata, verdict, wer  # noqa: E402
from make_audio import AUDIO_DIR, Dictation, load_dictations, make_all  # noqa: E402

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
    from dictation.models import load_model as _load
    from dictation.settings import load_settings

    loaded = _load(ModelOptions(), load_settings())
    if loaded.notice:
        print(loaded.notice, file=sys.stderr)
    return loaded


def vocabulary(use_default: bool):
    from dictation.pipeline import VocabularyOptions, load_vocabulary

    vocab, messages = load_vocabulary(VocabularyOptions(use_default=use_default))
    for m in messages:
        print(m, file=sys.stderr)
    return vocab


def recognizer_options(loaded, vocab):
    """``cli._options`` defaults + ``cli._with_bias``: bias terms counted with the model's
    own tokenizer, none for an empty vocabulary."""
    from dictation.config import PipelineOptions, RecognizerOptions
    from dictation.pipeline import bias_terms

    class _Counter:
        def encode(self, text: str) -> list[int]:
            return loaded.model.hf_tokenizer.encode(text, add_special_tokens=False).ids

    options = PipelineOptions(recognizer=RecognizerOptions(language="de", beam_size=5))
    terms = bias_terms(vocab, _Counter()) if vocab.entries else ()
    return replace(options, recognizer=replace(options.recognizer, bias_terms=terms))


def stream_file(loaded, options, vocab, path: Path) -> tuple[str, list[str], list[str]]:
    """``cmd_stream`` without printing: (note text, raw commits, commit texts)."""
    from dictation.audio import FileSource
    from dictation.events import Committed, Failed
    from dictation.pipeline import NoteText
    from dictation.recognizer import WhisperDecoder
    from dictation.session import run_session
    from dictation.streaming import StreamingRecognizer

    source = FileSource(path, realtime=False)
    recognizer = StreamingRecognizer(WhisperDecoder(loaded.model, options.recognizer),
                                     options.vad, options.streaming)
    note = NoteText(vocab)
    raws: list[str] = []
    texts: list[str] = []

    def emit(event) -> None:
        if isinstance(event, Committed):
            raws.append(event.text)
            texts.append(note.commit(event.text))
        elif isinstance(event, Failed):
            print(f"{path.name}: {event.message}", file=sys.stderr)

    run_session(source, recognizer, emit)
    return note.text, raws, texts


def replay(vocab, utterances: list[str]) -> str:
    """Committed utterances through a fresh ``NoteText``."""
    from dictation.pipeline import NoteText

    note = NoteText(vocab)
    for u in utterances:
        note.commit(u)
    return note.text


def spoken_utterances(d: Dictation) -> list[str]:
    """The spoken parts as a perfect recogniser would commit them: first letter capital."""
    return [p[:1].upper() + p[1:] for p in d.parts]


def transcribe_fleurs(loaded, vocab) -> tuple[list[str], list[str], list[str]]:
    """``cmd_transcribe`` on the FLEURS clips: (references, note texts, raw texts)."""
    from dictation.pipeline import NoteText
    from dictation.transcribe import transcribe_file

    options = recognizer_options(loaded, vocab)
    refs, texts, raws = [], [], []
    for path, ref in dataset(FLEURS_DIR):
        transcript = transcribe_file(loaded.model, path, options.recognizer)
        note = NoteText(vocab)
        for segment in transcript.segments:
            note.commit(segment.text)
        refs.append(ref)
        texts.append(note.text)
        raws.append(transcript.text)
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

    from dictation.numbers import format_numbers

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


# --- main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ids", help="comma-separated dictation ids (default: all)")
    ap.add_argument("--no-fleurs", action="store_true", help="skip the FLEURS comparison")
    ap.add_argument("--verbose", action="store_true", help="print every output")
    args = ap.parse_args(argv)

    from dictation.vocabulary import default_list

    started = time.perf_counter()
    items = make_all(quiet=True)  # synthesises what is missing (idempotent)
    dictations = load_dictations()
    if args.ids:
        wanted = set(args.ids.split(","))
        dictations = [d for d in dictations if d.id in wanted]
    audio_s = sum(i["duration_s"] for i in items if i["id"] in {d.id for d in dictations})
    noisy = sum(i["noise"] for i in items if i["id"] in {d.id for d in dictations})
    print(f"{len(dictations)} dictations, {audio_s:.0f} s of audio ({noisy} with office noise) "
          f"in {AUDIO_DIR}")

    terms = [e.term for e in default_list().entries]
    finder = TermFinder(terms)
    finders = (finder, TermFinder(terms, lenient=True))
    with_vocab, no_vocab = vocabulary(True), vocabulary(False)
    t0 = time.perf_counter()
    loaded = load_model()
    print(f"model {loaded.candidate.name} on {loaded.device} ({loaded.compute_type}), "
          f"loaded in {time.perf_counter() - t0:.1f} s")
    opts_with = recognizer_options(loaded, with_vocab)
    opts_without = recognizer_options(loaded, no_vocab)
    print(f"decoding bias: {len(opts_with.recognizer.bias_terms)} terms: "
          + ", ".join(opts_with.recognizer.bias_terms))

    runs: dict[str, dict[str, tuple[str, list[str], list[str]]]] = {"with": {}, "without": {}}
    for name, vocab, opts in (("with", with_vocab, opts_with),
                              ("without", no_vocab, opts_without)):
        t0 = time.perf_counter()
        for d in dictations:
            runs[name][d.id] = stream_file(loaded, opts, vocab, AUDIO_DIR / f"{d.id}.wav")
        dt = time.perf_counter() - t0
        print(f"live pipeline {name} vocabulary: {dt:.0f} s ({dt / audio_s:.2f} × real time)")

    raws_with = {k: v[1] for k, v in runs["with"].items()}
    raws_without = {k: v[1] for k, v in runs["without"].items()}
    conditions = [
        score("live, with vocabulary", {k: v[0] for k, v in runs["with"].items()},
              dictations, finders),
        score("live, without vocabulary", {k: v[0] for k, v in runs["without"].items()},
              dictations, finders),
        score("  correction only (no bias)",
              {k: replay(with_vocab, v) for k, v in raws_without.items()}, dictations, finders),
        score("  bias only (no correction)",
              {k: replay(no_vocab, v) for k, v in raws_with.items()}, dictations, finders),
        score("spoken text, with vocabulary",
              {d.id: replay(with_vocab, spoken_utterances(d)) for d in dictations},
              dictations, finders),
        score("spoken text, without vocabulary",
              {d.id: replay(no_vocab, spoken_utterances(d)) for d in dictations},
              dictations, finders),
    ]
    live_with, live_without, *_, oracle = conditions[0], conditions[1], conditions[4]

    print("\n== Domain dictations ==")
    print("(spoken text = the text pipeline on what was said: a perfect recogniser)")
    w = max(len(c.name) for c in conditions)
    print(f"{'condition':{w}s}  term recall          WER                          commands left")
    for c in conditions:
        print(f"{c.name:{w}s}  {c.recall:5.1f} % ({c.term_hits:3d}/{c.term_total})  "
              f"{str(c.wer):27s}  {sum(c.commands_left.values())}")

    print("\nlive with vocabulary, by voice and noise (term recall, WER):")
    meta = {i["id"]: i for i in items}
    groups: dict[str, list[Dictation]] = {}
    for d in dictations:
        m = meta[d.id]
        groups.setdefault(m["voice"], []).append(d)
        groups.setdefault("noise" if m["noise"] else "clean", []).append(d)
    for key in sorted(groups):
        sub = groups[key]
        g = score(key, {d.id: live_with.outputs[d.id] for d in sub}, sub, finders)
        print(f"  {key:8s} {len(sub):2d} dictations  {g.recall:5.1f} %  {g.wer}")

    if args.verbose:
        print("\n-- outputs (with vocabulary) --")
        for d in dictations:
            print(f"{d.id} exp: {d.expected!r}\n     out: {live_with.outputs[d.id]!r}\n"
                  f"     raw: {' | '.join(raws_with[d.id])!r}")

    print("\n-- missed terms, live with vocabulary --")
    rows = attribute(live_with.missed, oracle, raws_with, live_with.outputs, finders[1])
    by_cause = Counter(r[2].split(" (")[0].split(" to ")[0] for r in rows)
    for did, form, cause, heard in rows:
        print(f"{did}  {form:34s} {cause:40s} Whisper: {heard!r}")
    print("causes:", ", ".join(f"{k}: {v}" for k, v in by_cause.most_common()) or "none")
    if oracle.missed:
        print("\n-- missed on the spoken text (text pipeline) --")
        for did, form in oracle.missed:
            print(f"{did}  {form!r}  output: {oracle.outputs[did]!r}")
    if live_with.commands_by_id:
        print("\n-- command words left, live with vocabulary --")
        for did, left in live_with.commands_by_id.items():
            print(f"{did}  {dict(left)}  output: {live_with.outputs[did]!r}")
    garbled = misheard_commands(live_with.outputs, dictations)
    print(f"\ncommands the recogniser garbled (look like a command word, not counted above): "
          f"{sum(garbled.values())}: " + ", ".join(f"{w} ×{n}" for w, n in garbled.most_common()))
    if oracle.commands_by_id:
        print("\n-- command words left on the spoken text --")
        for did, left in oracle.commands_by_id.items():
            print(f"{did}  {dict(left)}  output: {oracle.outputs[did]!r}")

    fleurs = None
    if not args.no_fleurs:
        require_testdata(FLEURS_DIR)
        t0 = time.perf_counter()
        refs, texts_with, raw_with = transcribe_fleurs(loaded, with_vocab)
        _, texts_without, raw_without = transcribe_fleurs(loaded, no_vocab)
        fw, fo = wer(refs, texts_with), wer(refs, texts_without)
        took = time.perf_counter() - t0
        print(f"\n== FLEURS ({len(refs)} clips, offline transcribe, {took:.0f} s) ==")
        print(f"with vocabulary     {fw}")
        print(f"without vocabulary  {fo}")
        print(f"Whisper text only:  with bias {wer(refs, raw_with)}, "
              f"without {wer(refs, raw_without)}")
        for ref, a, b in zip(refs, texts_with, texts_without):
            if a != b:
                print(f"  differs:\n    with:    {a}\n    without: {b}\n    ref:     {ref}")
        fleurs = (fw, fo)

    rows_t = [
        ("term recall, with vocabulary", f"{live_with.recall:.1f} %", f">= {RECALL_TARGET:.0f} %",
         verdict(live_with.recall >= RECALL_TARGET)),
        ("term recall, without (reference)", f"{live_without.recall:.1f} %", "-", "n/a"),
        ("WER with / without vocabulary",
         f"{live_with.wer.percent:.1f} % / {live_without.wer.percent:.1f} %", "-", "n/a"),
        ("command words left, with vocabulary", str(sum(live_with.commands_left.values())), "0",
         verdict(not live_with.commands_left)),
        ("command words left, without", str(sum(live_without.commands_left.values())), "0",
         verdict(not live_without.commands_left)),
    ]
    if fleurs:
        fw, fo = fleurs
        rows_t.append(("FLEURS WER with / without vocabulary",
                       f"{fw.percent:.1f} % / {fo.percent:.1f} %",
                       f"with <= without + {FLEURS_MARGIN}",
                       verdict(fw.percent <= fo.percent + FLEURS_MARGIN)))
    print_table(rows_t, "Targets")

    RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_JSON.write_text(json.dumps({
        "dictations": [{
            "id": d.id, "expected": d.expected,
            "terms": dict(finder.count(d.expected)),
            **{c.name.strip(): c.outputs[d.id] for c in conditions},
            "raw with": raws_with[d.id], "raw without": raws_without[d.id],
        } for d in dictations],
        "summary": {c.name.strip(): {"recall": c.recall, "wer": c.wer.percent,
                                     "commands_left": sum(c.commands_left.values()),
                                     "missed": c.missed} for c in conditions},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\ndetails: {RESULTS_JSON}; total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
