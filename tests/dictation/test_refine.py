"""Second pass over file segments that nearly name a vocabulary term."""

from __future__ import annotations

import pytest

from dictation.config import RecognizerOptions
from dictation.engine.refine import needs_refining, refine_segments
from dictation.engine.termbias import TermSpotter, UtteranceBias
from dictation.engine.transcribe import Segment
from dictation.vocabulary.lists import default_list, merge


def _bias() -> UtteranceBias:
    return UtteranceBias(TermSpotter(merge([default_list()]).entries), (), count_tokens=len)


def test_only_near_misses_need_refining():
    """A near miss ("Jobkenter") is refined; an exact term or ordinary speech is not."""
    bias = _bias()
    assert needs_refining("Sie war heute im Jobkenter in Bensheim.", bias)
    assert not needs_refining("Sie war heute im Jobcenter in Bensheim.", bias)
    assert not needs_refining("Und dann ist sie nach Hause gegangen.", bias)


@pytest.mark.slow
def test_segments_with_near_misses_are_decoded_again(whisper, espeak):
    """The segment with a near miss gets the biased decode of its own audio; the other one
    keeps the first pass's text; times stay."""
    from dictation.app.pipeline import utterance_bias
    from dictation.engine.recognizer import WhisperDecoder

    path = espeak("Frau Müller war heute im Jobcenter. Der Termin ist am Montag.", voice="de")
    vocabulary = merge([default_list()])
    decoder = WhisperDecoder(whisper, RecognizerOptions(),
                             utterance_bias=utterance_bias(vocabulary, whisper, ()))
    first = [Segment(0.0, 2.6, "Im Jobkenter."),
             Segment(2.6, 5.0, "Der Termin ist am Montag.")]
    refined = refine_segments(decoder, path, first)
    assert refined[1] == first[1]
    assert refined[0].text and refined[0].text != first[0].text
    assert (refined[0].start, refined[0].end) == (0.0, 2.6)


def test_a_shorter_second_decode_is_not_taken():
    """A second decode that stops early (one sentence of three) must not replace the segment:
    on a 30-min file that lost sentences."""
    from dictation.engine.refine import _keeps_the_words

    first = "Er kam ins Jobkenter. Er brachte die Unterlagen mit. Der Termin ist am Montag."
    assert not _keeps_the_words(first, "Er kam ins Jobcenter.")
    assert _keeps_the_words(first, first.replace("Jobkenter", "Jobcenter"))
    assert not _keeps_the_words(first, "")


@pytest.mark.slow
def test_a_file_builds_one_correction_index(whisper, espeak, monkeypatch):
    """``transcribe_note`` corrects the text and lets the vocabulary vote between hypotheses
    with the same text pipeline: one index, not two."""
    import dictation.app.pipeline as pipeline_module

    path = espeak("Frau Müller war heute im Jobcenter.", voice="de")
    built = []
    real = pipeline_module.TextPipeline
    monkeypatch.setattr(pipeline_module, "TextPipeline",
                        lambda *a, **k: built.append(1) or real(*a, **k))
    transcript = pipeline_module.transcribe_note(whisper, path, RecognizerOptions(),
                                                 merge([default_list()]))
    assert transcript.text.strip()
    assert len(built) == 1
