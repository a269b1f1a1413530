""""Begriff trainieren": what the recogniser hears for a term becomes a spoken variant."""

from __future__ import annotations

import json
import shutil

import pytest

from dictation.vocabulary.lists import Entry, default_list, load_list
from dictation.vocabulary.training import TermTrainer, installed_voices


@pytest.fixture(scope="module")
def trainer(loaded_model):
    return TermTrainer(loaded_model.model, default_list().entries)


@pytest.mark.slow
def test_only_real_mishearings_become_variants(trainer):
    """Kept: a misheard form of the term. Dropped: the term itself, a form the pipeline
    already corrects, common words, a phrase ending in a lower-case word, something else."""
    entry = Entry(term="Jobcenter", spoken=("Job Center",))
    heard = ["Juppkenter", "Jobcenter", "Job Center", "Jobkenter", "Die Bürger",
             "bald mich rüber", "Kartoffelsalat"]
    assert trainer.variants(entry, heard) == ["Juppkenter"]


@pytest.mark.slow
def test_vocab_train_adds_heard_forms_and_keeps_the_list(tmp_path):
    """`dictation vocab train` speaks a term with an installed voice, recognises it and writes
    the list with every entry and earlier variant kept."""
    from dictation.cli import main

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (test.sh installs it)")
    voice = installed_voices()[0].name
    source = tmp_path / "liste.json"
    source.write_text(json.dumps({"format": "diktat-vocabulary", "version": 1, "name": "Test",
                                  "entries": [{"term": "Wald-Michelbach",
                                               "spoken": ["Wald Michelbach"]},
                                              {"term": "Bürgergeld"}]}), encoding="utf-8")
    out = tmp_path / "trainiert.json"
    assert main(["vocab", "train", str(source), "-o", str(out), "--term", "Wald-Michelbach",
                 "--voice", voice]) == 0
    trained = load_list(out).vocabulary
    assert [e.term for e in trained.entries] == ["Wald-Michelbach", "Bürgergeld"]
    assert trained.entries[0].spoken[0] == "Wald Michelbach"
    assert trained.entries[1].spoken == ()


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
