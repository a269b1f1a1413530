""""Begriff trainieren": what the recogniser hears for a term becomes a spoken variant."""

from __future__ import annotations

import json
import shutil
import threading

import numpy as np
import pytest

from dictation.engine.audio import SoundDeviceSource
from dictation.engine.take import TakeOptions, record_take
from dictation.text.words import frequent_words, lowercase_words
from dictation.vocabulary.lists import Entry, default_list, load_list
from dictation.vocabulary.training import (
    CARRIER,
    TermTrainer,
    TermTraining,
    Verdict,
    installed_voices,
    learn,
    ordinary_phrase,
)


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


@pytest.mark.slow
def test_each_heard_form_gets_the_reason_shown_to_the_supervisor(trainer):
    """The editor's training dialog says why a heard form is or is not learned."""
    jobcenter = Entry(term="Jobcenter", spoken=("Job Center",))
    cases = {
        "Jopkentor": Verdict.NEW,
        "Jobcenter": Verdict.RIGHT,
        "Job Center": Verdict.RIGHT,
        "Bürgergeld": Verdict.OTHER_TERM,
        "Urgergeld": Verdict.OTHER_TERM,  # a (learned) spoken variant of Bürgergeld
        "Die Bürger": Verdict.COMMON,
        "bald mich rüber": Verdict.COMMON,
        "JBC": Verdict.SHORT,
        "Kartoffelsalat": Verdict.FAR,
        "Jobkenter": Verdict.CORRECTED,
    }
    assert {text: trainer.verdict(jobcenter, text) for text in cases} == cases
    assert trainer.verdict(Entry(term="E-Akte"), "die Akte") is Verdict.COMMON
    assert trainer.verdict(Entry(term="Kaltmiete"), "kaltmieten") is Verdict.INFLECTED
    # the dialog names the entry a form belongs to
    assert trainer.owner("urger geld") == "Bürgergeld"
    assert trainer.owner("Jopkentor") is None


@pytest.mark.slow
def test_a_form_learned_for_one_entry_is_not_learned_for_the_next(loaded_model):
    """Training a whole list: once "Kalmmiete" is learned for Kaltmiete, the same form heard
    for Warmmiete belongs to Kaltmiete (as a variant of both it would conflict)."""
    kalt, warm = Entry(term="Kaltmiete"), Entry(term="Warmmiete")
    trainer = TermTrainer(loaded_model.model, [kalt, warm])
    assert trainer.verdict(warm, "Kalmmiete") is Verdict.NEW
    trainer.remember(learn(kalt, ["Kalmmiete"]))
    assert trainer.verdict(warm, "Kalmmiete") is Verdict.OTHER_TERM
    assert trainer.owner("Kalmmiete") == "Kaltmiete"


def test_learned_variants_are_added_and_marked():
    entry = Entry(term="Jobcenter", spoken=("Job Center",))
    assert learn(entry, []) is entry
    learned = learn(entry, ["Jopkentor"])
    assert learned.spoken == ("Job Center", "Jopkentor")
    assert learned.learned == ("Jopkentor",)


@pytest.mark.slow
@pytest.mark.audio
def test_a_take_from_the_microphone_ends_at_the_pause(trainer, virtual_mic, espeak):
    """The supervisor speaks the carrier sentence into the (virtual) microphone; the take ends
    by itself about a second after the speech, and the term is heard in it. espeak-ng (no
    MBROLA here) with its Klatt voice: Whisper understands the sentence around
    "Eingliederungsvereinbarung" at every start offset tried (12 of 12; the default voice 4
    of 8). Where it is not understood, it is spoken again (up to three takes), as a user
    would after "nicht verstanden"."""
    entry = Entry(term="Eingliederungsvereinbarung", spoken=("EGV",))
    session = TermTraining(trainer, entry)
    assert session.sentences == [CARRIER.format(term="Eingliederungsvereinbarung")]
    wav = espeak(session.sentences[0], voice="de+klatt", name="carrier")
    spoken_s = len(np.frombuffer(wav.read_bytes()[44:], dtype="<i2")) / 16000
    for _attempt in range(3):
        blocks: list[np.ndarray] = []
        result: dict = {}
        opened = threading.Event()

        def run(blocks=blocks, result=result, opened=opened) -> None:
            result["audio"] = record_take(SoundDeviceSource(), threading.Event(),
                                          on_audio=blocks.append, on_started=opened.set)

        take = threading.Thread(target=run)
        take.start()
        assert opened.wait(timeout=10), "the microphone did not open"
        player = virtual_mic.play(wav)
        player.wait(timeout=30)
        take.join(timeout=spoken_s + 10)
        assert not take.is_alive(), "the take did not end at the pause"
        audio = result["audio"]
        assert blocks and sum(b.size for b in blocks) == audio.size
        assert spoken_s < audio.size / 16000 < spoken_s + 3.0, (audio.size / 16000, spoken_s)
        heard = session.add("Mikrofon", audio)
        if heard.heard:
            break
    assert heard.heard, "the carrier sentence was not understood in three takes"
    assert session.takes[-1] == heard
    assert session.proposed == [h.text for h in heard.heard if h.verdict is Verdict.NEW]
    assert session.proposed, heard  # "ein Lied in uns, für ein Ballon"


@pytest.mark.audio
def test_a_take_stops_when_asked_and_after_its_longest_time(virtual_mic):
    """Silence: the take ends when the user clicks Stopp, or at ``max_s`` at the latest."""
    stop = threading.Event()
    blocks: list[np.ndarray] = []

    def on_audio(block: np.ndarray) -> None:  # "Stopp" after a few blocks
        blocks.append(block)
        if len(blocks) == 5:
            stop.set()

    audio = record_take(SoundDeviceSource(), stop, TakeOptions(max_s=10.0), on_audio=on_audio)
    assert len(blocks) == 5 and audio.size == sum(b.size for b in blocks)
    audio = record_take(SoundDeviceSource(), threading.Event(), TakeOptions(max_s=1.0))
    assert 1.0 <= audio.size / 16000 < 1.5


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
    (kept out of the prompt ranking), the typed variant is not. ("Erwerbstätigenfreibetrag"
    is heard as "er mehr bestätigen Freibetrag" with MBROLA de1; its "ein
    Kliderungsferreinbarung" for "Eingliederungsvereinbarung" is corrected without a
    variant since the article may be the term's first syllable.)"""
    from dictation.cli import main

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (test.sh installs it)")
    voice = installed_voices()[0].name
    source = tmp_path / "liste.json"
    source.write_text(json.dumps({"format": "diktat-vocabulary", "version": 1, "name": "Test",
                                  "entries": [{"term": "Wald-Michelbach",
                                               "spoken": ["Wald Michelbach"]},
                                              {"term": "Bürgergeld"},
                                              {"term": "Erwerbstätigenfreibetrag",
                                               "spoken": ["EFB"]}]}),
                      encoding="utf-8")
    out = tmp_path / "trainiert.json"
    assert main(["vocab", "train", str(source), "-o", str(out), "--term", "Wald-Michelbach",
                 "--term", "Erwerbstätigenfreibetrag", "--voice", voice]) == 0
    trained = load_list(out).vocabulary
    assert [e.term for e in trained.entries] == ["Wald-Michelbach", "Bürgergeld",
                                               "Erwerbstätigenfreibetrag"]
    assert trained.entries[0].spoken[0] == "Wald Michelbach"
    assert trained.entries[1].spoken == ()
    efb = trained.entries[2]
    assert efb.spoken[0] == "EFB" and len(efb.spoken) > 1, efb
    assert efb.learned == efb.spoken[1:]
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
