"""Per-utterance decoding bias: terms spotted in a greedy hypothesis go first."""

from __future__ import annotations

from dictation.engine.termbias import TermSpotter, UtteranceBias
from dictation.vocabulary.lists import Entry, default_list, merge


def _spotter() -> TermSpotter:
    return TermSpotter(merge([default_list()]).entries)


def test_spots_misheard_and_split_terms():
    """Terms the greedy pass got nearly right are found: split compounds, c heard as k."""
    spotted = dict(_spotter().spot(
        "Frau Müller ist im Jobkenter Bensheim erschienen, der Weiterbewilligungs Antrag "
        "und der Kooperationsblan liegen vor."))
    for term in ("Jobcenter", "Bensheim", "Weiterbewilligungsantrag", "Kooperationsplan"):
        assert term in spotted, term


def test_ordinary_speech_spots_nothing():
    """Frequent words alone never pull a term into the prompt."""
    assert _spotter().spot("und dann ist er nach Hause gegangen, weil es spät war") == []


def test_spotted_terms_come_first_then_static_within_budget():
    """The prompt holds the spotted terms first, then the static ranking, never more tokens
    than the budget (one token per letter here, to make the count visible)."""
    static = ["Lampertheim", "Heppenheim", "Bürgergeld", "Regelbedarf", "Bensheim"]
    bias = UtteranceBias(_spotter(), static, count_tokens=len, max_tokens=40)
    terms = bias.terms_for("Er war im Jobkenter in Bensheim")
    assert terms[0] in ("Jobcenter", "Bensheim")
    assert {"Jobcenter", "Bensheim"} <= set(terms)
    assert terms.count("Bensheim") == 1
    assert sum(len(t) + 1 for t in terms) <= 40
    assert bias.terms_for("") == ("Lampertheim", "Heppenheim", "Bürgergeld")


def test_a_term_is_found_among_5000():
    """With 5,000 entries the one term that was said is found (its speed is measured by
    benchmarks/bench_textpipeline.py, not here)."""
    entries = [Entry(term=f"Testbegriff{i:04d}", spoken=(f"Test Begriff {i}",)) for i in range(5000)]
    entries.append(Entry(term="Jobcenter"))
    spotted = TermSpotter(entries).spot("Frau Müller war im Jobkenter wegen des Antrags")
    assert [term for term, _ in spotted] == ["Jobcenter"]


def test_near_misses_leave_out_what_is_spelt_right():
    """A near miss is a term heard but not written; a window that overlaps an exactly
    written term is none ("im Jobcenter", "Bensheim" ≠ "Gernsheim")."""
    spotter = _spotter()
    assert spotter.near_misses("Sie war im Jobcenter in Bensheim.") == []
    assert spotter.near_misses("Sie war im Jobkenter in Bensheim.") == ["Jobcenter"]
