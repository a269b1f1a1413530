"""The command measure of benchmarks/bench_vocabulary.py ("marks in place"): the figures in
the README and the issue notes depend on it counting what a reader of the note sees."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path[:0] = [str(BENCH), str(BENCH / "domain")]

from bench_vocabulary import marks_placed  # noqa: E402


@pytest.mark.parametrize(
    ("expected", "output", "placed", "marks"),
    [
        ("Er kam. Sie ging.", "Er kam. Sie ging.", 2, 2),
        # a garbled command left as a word: the mark is not right after "kam"
        ("Er kam. Sie ging.", "Er kam wungt. Sie ging.", 1, 2),
        # dropped, no mark at all
        ("Er kam. Sie ging.", "Er kam sie ging", 0, 2),
        # a misheard word before the mark does not make the command fail
        ("Er wohnt in Lorsch. Gut.", "Er wohnt in Lochsch. Gut.", 2, 2),
        # Whisper's own extra commas are no commands and cost nothing
        ("Sie fragt, ob es geht.", "Sie fragt, ob, es geht.", 2, 2),
        # the wrong mark
        ("Frist: zwei Wochen.", "Frist. Zwei Wochen.", 1, 2),
        # a paragraph is a mark of its own
        ("Erstellt.\n\nZiel ist Arbeit.", "Erstellt. Ziel ist Arbeit.", 2, 3),
        ("Januar (bis März) vorgelegt.", "Januar (bis März) vorgelegt.", 3, 3),
        # dots of ordinals before a month, of "Abs." and inside numbers are not marks
        ("Am 3. März nach § 31 Abs. 1 SGB II 1.300,50 Euro.",
         "Am 3. März nach § 31 Abs. 1 SGB II 1.300,50 Euro.", 1, 1),
        ("Er beträgt 50. Die Akte", "Er beträgt 50 Die Akte", 0, 1),
    ],
)
def test_marks_in_place(expected, output, placed, marks):
    assert marks_placed(expected, output) == (placed, marks)
