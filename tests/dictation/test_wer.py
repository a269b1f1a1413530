"""The alignment that tells a skipped sentence from a misheard one (long-file checks)."""

from dictation.text.wer import Coverage, sentence_coverage


def test_sentence_coverage_tells_skipped_from_misheard():
    """A sentence the text holds, one heard wrong in its place, one left out."""
    refs = ["Der Kunde erschien pünktlich.", "hellblau,", "Alles klärchen!", "Bis morgen."]
    coverage = sentence_coverage(refs, "Der Kunde erschien pünktlich. Helblow. Bis morgen.")
    assert coverage == [Coverage(4, 4, 0), Coverage(1, 0, 1), Coverage(2, 0, 0), Coverage(2, 2, 0)]
    assert [c.skipped(0.3) for c in coverage] == [False, False, True, False]
    assert [c.misheard(0.3) for c in coverage] == [False, True, False, False]
