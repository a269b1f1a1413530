""""Begriff trainieren": what the recogniser hears for a term becomes a spoken variant."""

from __future__ import annotations

import json
import shutil

import pytest

from dictation.text.words import frequent_words, lowercase_words
from dictation.vocabulary.lists import Entry, default_list, load_list
from dictation.vocabulary.training import TermTrainer, installed_voices, ordinary_phrase


@pytest.fixture(scope="module")
def trainer(loaded_model):
    return TermTrainer(loaded_model.model, default_list().entries)


@pytest.mark.slow
def test_only_real_mishearings_become_variants(trainer):
    """Kept: a misheard form of the term. Dropped: the term itself, a form the pipeline
    already corrects, common words, a phrase ending in a lower-case word, something else, an
    abbreviation of three letters (another one: "SGB" for "SGG"), common words before the
    term's own ending ("die Akte" for "E-Akte"), the term with an ending ("kaltmieten")."""
    entry = Entry(term="Jobcenter", spoken=("Job Center",))
    heard = ["Jopkentor", "Jobcenter", "Job Center", "Jobkenter", "Die Bürger",
             "bald mich rüber", "Kartoffelsalat", "JBC"]
    assert trainer.variants(entry, heard) == ["Jopkentor"]
    assert trainer.variants(Entry(term="SGG"), ["SGB", "Esgegeh"]) == ["Esgegeh"]
    assert trainer.variants(Entry(term="E-Akte"), ["die Akte", "Ehakte"]) == ["Ehakte"]
    # a plural or case form of the term: the pipeline writes it with its ending
    assert trainer.variants(Entry(term="Kaltmiete"), ["kaltmieten", "kaltmitar"]) == ["kaltmitar"]
    assert trainer.variants(Entry(term="Berufsausbildungsbeihilfe"),
                            ["Berufsausbildungsbeihilfen"]) == []


@pytest.mark.parametrize("heard, term, ordinary", [
    ("die Akte", "E-Akte", True),
    ("mit Kaution", "Mietkaution", True),
    ("mit den Renten", "Witwenrente", True),
    ("außerhalb der Energie", "Haushaltsenergie", True),
    ("die RV", "DRV", True),
    ("ein Kliderungszuschuss", "Eingliederungszuschuss", False),
    ("mir bedarf, für Alleinerziehende", "Mehrbedarf für Alleinerziehende", False),
    ("Genossenschaft sind Teile", "Genossenschaftsanteile", False),
    ("Juppkenter", "Jobcenter", False),
])
def test_a_heard_phrase_of_common_words_and_the_term_ending_is_no_variant(heard, term, ordinary):
    """Common words before the term's own last word make a phrase that ordinary notes hold
    ("die Akte"): as a variant it would turn every such phrase into the term ("E-Akte")."""
    common = frequent_words() | lowercase_words()
    assert ordinary_phrase(heard.split(), term, common) is ordinary


@pytest.mark.slow
def test_vocab_train_adds_heard_forms_and_keeps_the_list(tmp_path):
    """`dictation vocab train` speaks a term with an installed voice, recognises it and writes
    the list with every entry and earlier variant kept; what it added is marked as learned
    (kept out of the prompt ranking), the typed variant is not. ("Eingliederungsvereinbarung"
    is heard as "ein Lied in uns für ein Lund" with espeak-ng, "ein Kliderungsferreinbarung"
    with MBROLA de1.)"""
    from dictation.cli import main

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (test.sh installs it)")
    voice = installed_voices()[0].name
    source = tmp_path / "liste.json"
    source.write_text(json.dumps({"format": "diktat-vocabulary", "version": 1, "name": "Test",
                                  "entries": [{"term": "Wald-Michelbach",
                                               "spoken": ["Wald Michelbach"]},
                                              {"term": "Bürgergeld"},
                                              {"term": "Eingliederungsvereinbarung",
                                               "spoken": ["EGV"]}]}),
                      encoding="utf-8")
    out = tmp_path / "trainiert.json"
    assert main(["vocab", "train", str(source), "-o", str(out), "--term", "Wald-Michelbach",
                 "--term", "Eingliederungsvereinbarung", "--voice", voice]) == 0
    trained = load_list(out).vocabulary
    assert [e.term for e in trained.entries] == ["Wald-Michelbach", "Bürgergeld",
                                               "Eingliederungsvereinbarung"]
    assert trained.entries[0].spoken[0] == "Wald Michelbach"
    assert trained.entries[1].spoken == ()
    egv = trained.entries[2]
    assert egv.spoken[0] == "EGV" and len(egv.spoken) > 1, egv
    assert egv.learned == egv.spoken[1:]
    assert trained.entries[0].learned == trained.entries[0].spoken[1:]


def test_vocab_train_names_a_term_not_in_the_list(tmp_path, capsys):
    """A --term the list does not have is a usage error, before any model is loaded."""
    from dictation.cli import main

    if not installed_voices():
        pytest.skip("no speech synthesiser installed")
    source = tmp_path / "liste.json"
    source.write_text(json.dumps({"format": "diktat-vocabulary", "version": 1, "name": "Test",
                                  "entries": [{"term": "Bürgergeld"}]}), encoding="utf-8")
    assert main(["vocab", "train", str(source), "-o", str(tmp_path / "x.json"),
                 "--term", "Jobcenter", "--model", str(tmp_path / "kein-modell")]) == 2
    assert "Jobcenter" in capsys.readouterr().err
