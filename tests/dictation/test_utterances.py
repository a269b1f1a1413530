"""Tests of dictation.text.utterances: "streiche das" and the provisional period in a text
the user edits too, with plain anchors instead of Qt's text cursors."""

from __future__ import annotations

from dictation import DictatedRanges, TextPipeline


class Text:
    """An edited text whose anchors follow insertions and deletions, as QTextCursor does."""

    def __init__(self) -> None:
        self.text = ""
        self.anchors: list[Anchor] = []
        self.ranges = DictatedRanges(self.anchor)
        self.pipeline = TextPipeline([])

    def anchor(self, position: int, keep_on_insert: bool) -> Anchor:
        a = Anchor(position, keep_on_insert)
        self.anchors.append(a)
        return a

    def replace(self, start: int, end: int, new: str) -> None:
        self.text = self.text[:start] + new + self.text[end:]
        for a in self.anchors:
            if a.pos > end or (a.pos == end and start == end and not a.keep and new):
                a.pos += len(new) - (end - start)
            elif start < a.pos <= end:
                a.pos = start + (len(new) if not a.keep else 0)

    def dictate(self, utterance: str) -> None:
        ops = self.pipeline.process(utterance)
        cursor = len(self.text)
        edit = self.ranges.splice(self.text, cursor, cursor, ops)
        if not edit.text and not edit.removed:
            self.ranges.add_no_op(cursor)
            return
        self.replace(edit.keep, cursor, edit.text)
        self.ranges.add(edit, "")

    def strike(self) -> bool:
        strike = self.ranges.strike(self.text)
        if strike is None:
            return False
        if not strike.no_op:
            self.replace(strike.start, strike.end, strike.restore)
        return True


class Anchor:
    def __init__(self, pos: int, keep: bool) -> None:
        self.pos, self.keep = pos, keep

    def position(self) -> int:
        return self.pos


def test_strike_removes_the_last_utterance():
    """"streiche das" removes what the last utterance added, and only that."""
    t = Text()
    t.dictate("Der Kunde erschien.")
    t.dictate("Er war pünktlich.")
    assert t.strike()
    assert t.text == "Der Kunde erschien."


def test_strike_restores_what_a_command_replaced():
    """A "Komma" that replaced Whisper's period gives the period back when struck."""
    t = Text()
    t.dictate("Der Kunde erschien.")
    t.dictate("Komma")
    assert t.text == "Der Kunde erschien,"
    assert t.strike()
    assert t.text == "Der Kunde erschien."


def test_strike_after_a_no_op_command_removes_only_that():
    """A "Punkt" after Whisper's own period changes nothing; striking forgets it and leaves
    the sentence before."""
    t = Text()
    t.dictate("Der Kunde erschien.")
    t.dictate("Punkt")
    assert t.text == "Der Kunde erschien."
    assert t.strike()
    assert t.text == "Der Kunde erschien."
    assert t.strike()
    assert t.text == ""
    assert not t.strike()


def test_provisional_period_replaced_by_a_bracket_right_after():
    """Whisper's period right after the last utterance is provisional: "Klammer auf"
    replaces it."""
    t = Text()
    t.dictate("Er legte Kontoauszüge für drei Monate vor.")
    t.dictate("Klammer auf")
    assert t.text == "Er legte Kontoauszüge für drei Monate vor ("


def test_corrections_are_the_changed_utterances():
    """An utterance the user changed afterwards is a correction (recognised, now)."""
    t = Text()
    t.dictate("Der Kunde wohnt in Fiernheim.")
    start = t.text.index("Fiernheim")
    t.replace(start, start + len("Fiernheim"), "Viernheim")
    assert t.ranges.corrections(t.text) == [("Der Kunde wohnt in Fiernheim.",
                                             "Der Kunde wohnt in Viernheim.")]
