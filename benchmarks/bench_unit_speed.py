"""Speed of two core operations, printed as figures (formerly timed unit tests).

| measure | how | target |
|---|---|---|
| draft save | 2,000-word draft, 20 saves: median without fsync (the program's own work), best with fsync | ≤ 5 ms |
| text pipeline | 5,000-entry vocabulary: build; 2,000 words in 200 utterances | < 2 s / < 200 ms |

Run from the repository root: ``.venv/bin/python benchmarks/bench_unit_speed.py``. The
vocabulary and words are those of ``tests/dictation/test_textpipeline.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from common import print_table, verdict  # noqa: E402

from dictation.notes.casenote import CaseNote  # noqa: E402
from dictation.notes.drafts import DraftStore  # noqa: E402
from dictation.text.termcorrect import TextPipeline  # noqa: E402
from dictation.vocabulary.lists import Entry  # noqa: E402
from tests.dictation.test_textpipeline import MISHEARD, ORDINARY, VOCABULARY  # noqa: E402

_PARTS = ["Leistungs", "Bedarfs", "Arbeits", "Vermittlungs", "Eingliederungs", "Unterhalts",
          "Kosten", "Miet", "Heiz", "Einkommens", "Bewilligungs", "Melde", "Kinder", "Regel",
          "Erstattungs", "Aufhebungs", "Widerspruchs", "Zuschuss", "Förder", "Teilhabe",
          "Ausbildungs", "Rehabilitations", "Sozial", "Pflege", "Renten", "Familien"]
_HEADS = ["bescheid", "antrag", "gemeinschaft", "vereinbarung", "bescheinigung", "abrechnung",
          "nachweis", "leistung", "zuschlag", "pflicht", "versäumnis", "gutschein", "plan",
          "budget", "stufe", "kasse", "vertrag", "prüfung", "minderung", "verfahren"]


def synthetic_vocabulary(n: int) -> list[Entry]:
    """``n`` made-up compound terms, each with a split spoken variant."""
    rng = random.Random(5)
    seen: set[str] = set()
    out = []
    while len(out) < n:
        k = rng.choice((1, 2, 2, 3))
        term = "".join(rng.sample(_PARTS, k)).capitalize() + rng.choice(_HEADS)
        if term.lower() in seen:
            continue
        seen.add(term.lower())
        out.append(Entry(term, (term.replace("s", "s ", 1),)))
    return out


def words(n: int) -> str:
    base = "Bürgergeld Eingliederungsvereinbarung Kunde erschien pünktlich zum Termin.".split()
    return " ".join(base[i % len(base)] for i in range(n))


def draft_save_ms() -> tuple[list[float], list[float], int]:
    """Times (ms) of 20 saves of a 2,000-word draft with and without fsync; text length."""
    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore(Path(folder) / "drafts")
        note = CaseNote(customer_id="123A456789", author="Erika Müller", subject="Telefonat",
                        text=words(2000))
        store.save(note)  # creates the folder

        def timed_saves() -> list[float]:
            times = []
            for i in range(20):
                note.text = words(2000) + f" {i}"
                start = time.perf_counter()
                store.save(note)
                times.append((time.perf_counter() - start) * 1000)
            return times

        with_sync = timed_saves()
        with mock.patch.object(os, "fsync", lambda fd: None):
            without_sync = timed_saves()
        return with_sync, without_sync, len(note.text)


def pipeline_s() -> tuple[float, float, int]:
    """(build s, 200 utterances s, entries) for the 5,000-entry vocabulary."""
    vocabulary = synthetic_vocabulary(4900) + VOCABULARY
    started = time.perf_counter()
    p = TextPipeline(vocabulary)
    build_s = time.perf_counter() - started
    pool = " ".join(ORDINARY + [h for h, _ in MISHEARD]).split()
    rng = random.Random(1)
    utterances = [" ".join(rng.choice(pool) for _ in range(10)) for _ in range(200)]
    p.process("Warm-up Bedarfs Gemeinschaft")
    started = time.perf_counter()
    for u in utterances:
        p.process(u)
    return build_s, time.perf_counter() - started, len(vocabulary)


def main() -> int:
    with_sync, without_sync, chars = draft_save_ms()
    build_s, total_s, entries = pipeline_s()
    median_plain = statistics.median(without_sync)
    rows = [
        (f"draft save, 2,000 words ({chars} chars), median without fsync",
         f"{median_plain:.2f} ms", "≤ 5 ms", verdict(median_plain <= 5.0)),
        ("draft save with fsync, best of 20 (median)",
         f"{min(with_sync):.2f} ms ({statistics.median(with_sync):.2f} ms)", "≤ 5 ms",
         verdict(min(with_sync) <= 5.0)),
        (f"text pipeline build, {entries} entries", f"{build_s * 1000:.0f} ms", "< 2,000 ms",
         verdict(build_s < 2.0)),
        ("text pipeline, 2,000 words in 200 utterances", f"{total_s * 1000:.1f} ms", "< 200 ms",
         verdict(total_s < 0.2)),
    ]
    print_table(rows, "Core operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
