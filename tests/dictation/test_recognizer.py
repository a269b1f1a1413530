"""Guards of the Whisper decoder against its known failure modes, and short-window decoding."""

from __future__ import annotations

import numpy as np
import pytest

from dictation.config import RecognizerOptions
from dictation.engine.recognizer import (
    _PHANTOM_RE,
    WhisperDecoder,
    _cut_repetition,
    _strip_context_echo,
)

from .textcompare import wer


def pairs(text: str):
    return [(" " + w, (i,)) for i, w in enumerate(text.split())]


def joined(p) -> str:
    return "".join(w for w, _ in p).strip()


@pytest.mark.parametrize(
    "text",
    [
        "Untertitel im Auftrag des ZDF, 2020",
        "Untertitel der Amara.org-Community",
        "Untertitelung des ZDF für funk, 2017",
        "Vielen Dank fürs Zuschauen!",
        "Das war's für heute.",
        "Bis zum nächsten Mal.",
        "SWR 2021",
        "Copyright WDR 2019",
    ],
)
def test_phantom_phrases_are_recognised(text):
    """Subtitle credits Whisper learnt from TV material are never dictation."""
    assert _PHANTOM_RE.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kunde bedankt sich für das Gespräch.",
        "Vielen Dank für die Unterlagen.",
        "Die Untertitel des Bescheids sind unklar.",
        "Bis zum nächsten Termin bringt er die Kontoauszüge mit.",
    ],
)
def test_ordinary_sentences_are_not_phantoms(text):
    """Real dictation that merely resembles a phantom phrase stays."""
    assert not _PHANTOM_RE.match(text)


def test_repetition_loop_is_cut_after_first_occurrence():
    """'und dann und dann und dann …' keeps one 'und dann'."""
    p = pairs("Er kam und dann und dann und dann und dann")
    assert joined(_cut_repetition(p)) == "Er kam und dann"


def test_sentence_written_twice_is_cut_to_one():
    """A phrase written twice in a row is Whisper decoding the same speech again (from the
    silence after it), never dictation: one copy stays, and the sentence is not lost."""
    p = pairs("Es gibt keine Hinweise . Es gibt keine Hinweise . Es gibt keine")
    assert joined(_cut_repetition(p)) == "Es gibt keine Hinweise ."
    p = pairs("Der Antrag liegt vor Punkt . Der Antrag liegt vor Punkt .")
    assert joined(_cut_repetition(p)) == "Der Antrag liegt vor Punkt ."
    p = pairs("Er sagt nein nein und geht")  # a word twice is speech
    assert joined(_cut_repetition(p)) == "Er sagt nein nein und geht"
    p = pairs("Das ist gut . Das ist gut . Dann gehen wir")  # what follows the copy stays
    assert joined(_cut_repetition(p)) == "Das ist gut . Dann gehen wir"


def test_genuine_repeats_are_kept():
    """A word said twice is ordinary speech ('sehr sehr gut'); a short unit is a loop only
    from three times on."""
    p = pairs("Das war sehr sehr gut")
    assert joined(_cut_repetition(p)) == "Das war sehr sehr gut"


def test_context_echo_is_removed():
    """Whisper sometimes repeats the prompt; the copy is dropped, the new words stay."""
    context = "Für die besten Aussichten auf Hongkong sollten Sie die Insel verlassen und zum"
    p = pairs("Für die besten Aussichten auf Hongkong sollten Sie die Insel verlassen und zum gegenüberliegenden Ufer")
    assert joined(_strip_context_echo(p, context)) == "gegenüberliegenden Ufer"
    p = pairs("verlassen und zum gegenüberliegenden Ufer")
    assert joined(_strip_context_echo(p, context)) == "gegenüberliegenden Ufer"


def test_no_echo_leaves_text_alone():
    """Text that merely shares one word with the context is not touched."""
    p = pairs("zum Beispiel das Ufer")
    assert joined(_strip_context_echo(p, "Wir gehen jetzt zum")) == "zum Beispiel das Ufer"


@pytest.mark.slow
def test_short_window_decoding_matches_reference(whisper, shared_speech):
    """A Thorsten sentence decoded on a speech-sized window (not 30 s) is right."""
    from faster_whisper.audio import decode_audio

    folder = shared_speech / "de" / "thorsten"
    name = "ds_125b660d37dc16ec21d28eac29e80bcb.wav"
    reference = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."
    decoder = WhisperDecoder(whisper, RecognizerOptions())
    audio = decode_audio(str(folder / name))
    assert decoder.features(audio).shape[-1] < 3000  # the window is shorter than Whisper's 30 s
    hyp = decoder.decode(audio, beam_size=5)
    assert wer(reference, hyp.text) < 0.2, hyp.text
    times = decoder.word_times(hyp)
    assert len(times) == len(hyp.words)
    starts, ends = zip(*times)
    assert list(ends) == sorted(ends) and all(s <= e for s, e in times)
    assert starts[0] < 1.0 and 0 < ends[-1] <= len(audio) / 16000 + 0.5


@pytest.mark.slow
def test_decode_that_hears_the_speech_before_returns_only_the_new_words(whisper, shared_speech):
    """Two sentences in one window, the first one ``heard`` (already transcribed): the
    decode returns the second sentence only, once, and times its words after ``start_s``."""
    from faster_whisper.audio import decode_audio

    folder = shared_speech / "de" / "thorsten"
    first = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."
    second = "Anastasia verdient monatlich fünftausend Euro brutto."
    audio_first = decode_audio(str(folder / "ds_125b660d37dc16ec21d28eac29e80bcb.wav"))
    audio_second = decode_audio(str(folder / "ds_2331dc4a3d9c7a0ed0b2bd7142a9c22c.wav"))
    start_s = len(audio_first) / 16000 + 0.3
    audio = np.concatenate([audio_first, np.zeros(8000, np.float32), audio_second])
    decoder = WhisperDecoder(whisper, RecognizerOptions())
    hyp = decoder.decode(audio, beam_size=5, context=first, heard=first, start_s=start_s,
                         tail_padding_s=3.0)
    assert wer(second, hyp.text) < 0.25, hyp.text
    assert "Betrag" not in hyp.text and hyp.text.count("Anastasia") == 1, hyp.text
    times = decoder.word_times(hyp)
    assert len(times) == len(hyp.words) and times[0][0] > start_s - 0.5, times


@pytest.mark.slow
def test_silence_with_bias_terms_is_empty(whisper):
    """3 s of digital silence with hotwords active produced 'In der Nähe.' in plain Whisper."""
    decoder = WhisperDecoder(whisper, RecognizerOptions(bias_terms=("Bürgergeld", "Bedarfsgemeinschaft")))
    for beam in (1, 5):
        hyp = decoder.decode(np.zeros(3 * 16000, np.float32), beam_size=beam)
        assert hyp.text == "" and hyp.rejected == "no speech", hyp


def test_bias_prompt_names_the_terms_as_a_closed_sentence():
    """For utterances the bias text is a finished sentence, not an open comma list that the
    transcript would continue (commas and capitals mid-sentence)."""
    from dictation.engine.recognizer import bias_prompt

    assert bias_prompt(("Bürgergeld", " Bensheim ", "")) == "Vermerk zu Bürgergeld, Bensheim."
    assert bias_prompt(()) == ""
    # long file windows get the bare terms: after a closed sentence Whisper ended windows
    # early, after a comma list it wrote commas mid-sentence
    assert bias_prompt(("Bürgergeld", " Bensheim"), closed=False) == "Bürgergeld Bensheim"


@pytest.mark.slow
def test_streaming_decoder_prompt_holds_the_bias_prompt(whisper):
    """The streaming decoder puts the same bias text before the transcript as `transcribe`."""
    decoder = WhisperDecoder(whisper, RecognizerOptions(bias_terms=("Bürgergeld", "Lorsch")))
    text = decoder.tokenizer.decode(decoder._hotword_tokens)
    assert text.strip() == "Vermerk zu Bürgergeld, Lorsch."


@pytest.mark.slow
def test_final_decode_is_biased_towards_terms_spotted_in_its_hint(whisper, espeak):
    """With an utterance bias, the prompt of a decode holds the terms that sound like its
    greedy hint (here a 5,000-entry list, where no static selection could hold the term);
    without a hint the static terms are used. The biased decode still gives the speech."""
    from dictation.app.pipeline import utterance_bias
    from dictation.vocabulary.lists import Entry, Layer, VocabularyList, merge

    entries = [Entry(term=f"Testbegriff{i:04d}") for i in range(5000)] + [Entry(term="Jobcenter")]
    vocabulary = merge([VocabularyList("Test", Layer.PERSONAL, entries)])
    bias = utterance_bias(vocabulary, whisper, ("Testbegriff0001",))
    decoder = WhisperDecoder(whisper, RecognizerOptions(bias_terms=("Testbegriff0001",)),
                             utterance_bias=bias)
    jobcenter = decoder.tokenizer.encode(" Jobcenter")

    def contains(prompt, tokens):
        return any(prompt[i:i + len(tokens)] == tokens for i in range(len(prompt)))

    assert contains(decoder._prompt("", hint="Sie war im Jobkenter."), jobcenter)
    assert not contains(decoder._prompt(""), jobcenter)
    audio, _ = _read(espeak("Frau Müller war heute im Jobcenter.", voice="de"))
    hyp = decoder.decode(audio, beam_size=5, hint="Frau Müller war heute im Jobkenter.")
    assert hyp.text.startswith("Frau") and not hyp.rejected, hyp


def _read(path):
    import wave

    with wave.open(str(path)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768
        return data, w.getframerate()


@pytest.mark.slow
def test_vocabulary_vote_chooses_among_the_beams_hypotheses(whisper, espeak):
    """A final decode with an utterance bias that counts terms decodes the beam's
    hypotheses and takes the one with the best score plus the vote: a vote for any text but
    the beam's best picks a runner-up, a vote that is the same for all keeps the best, and
    greedy decodes (partials) are not voted on."""
    from dictation.engine.termbias import TermBiasOptions, TermSpotter, UtteranceBias
    from dictation.vocabulary.lists import Entry

    audio, _ = _read(espeak("Die Kundin bezieht Kinderzuschlag und Wohngeld.", voice="de"))
    plain = WhisperDecoder(whisper, RecognizerOptions()).decode(audio, beam_size=5)
    assert plain.text

    seen: list[str] = []

    def against_the_best(text: str) -> int:
        seen.append(text.strip())
        return 0 if text.strip() == plain.text else 1

    def decoder(count_terms, vote=10.0):
        spotter = TermSpotter([Entry(term="Kinderzuschlag")], TermBiasOptions(term_vote=vote))
        bias = UtteranceBias(spotter, (), lambda term: 1, count_terms=count_terms)
        return WhisperDecoder(whisper, RecognizerOptions(), utterance_bias=bias)

    voted = decoder(against_the_best).decode(audio, beam_size=5)
    assert len(seen) == 5 and len(set(seen)) > 1 and plain.text in seen, seen
    assert voted.text and voted.text != plain.text and voted.text in seen
    assert decoder(lambda text: 3).decode(audio, beam_size=5).text == plain.text
    assert decoder(against_the_best, vote=0.0).decode(audio, beam_size=5).text == plain.text
    seen.clear()
    decoder(against_the_best).decode(audio, beam_size=1)
    assert seen == []
