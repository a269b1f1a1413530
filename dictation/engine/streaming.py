"""Streaming recogniser: VAD-segmented utterances, partial text while speaking, commits at pauses.

Push/pull and free of I/O (as whisper_streaming's ``OnlineASRProcessor``): ``feed(audio)``
returns the events that audio caused, ``finish()`` flushes. The same object runs from a
microphone, a file replayed in real time, or a file as fast as the CPU allows.

How latency stays low on two CPU cores:

* Partial hypotheses are decoded greedily on the audio since the last settled word, every
  ``partial_interval_ms`` of speech.
* Words that two consecutive hypotheses agree on (LocalAgreement-2) are *settled* once the
  window grows past ``trim_after_s``: their audio leaves the decoding window and their text
  becomes context, so each decode stays short however long the speaker goes on.
* The final decode (beam search) starts speculatively a moment into a pause and is normally
  finished when the pause becomes long enough to end the utterance; only the unsettled tail
  is decoded.
* The final decode also hears the end of the utterance before it (``context_audio_s``, cut
  where a word starts), its committed text in the prompt and decoding started at a timestamp
  where the new speech begins: an utterance decoded alone lost terms and sentence context
  that the file path, which sees 30 s at a time, keeps. Words struck by "streiche das" are
  left out of the prompt and not heard again: Whisper copied them into the corrected sentence.
* Settled text is committed at the pause, together with the tail, so an utterance is committed
  as one piece (the text pipeline relies on pauses to tell commands from running speech);
  during a monologue without pauses it is committed after ``max_uncommitted_s``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from dictation.config import SAMPLE_RATE, RecognizerOptions, StreamingOptions, VadOptions
from dictation.engine.audio import level_db
from dictation.engine.recognizer import Hypothesis, WhisperDecoder, bare_word
from dictation.engine.vad import FRAME_SAMPLES, SileroVad
from dictation.events import Committed, Event, Level, Partial
from dictation.text.commands import after_strikes
from dictation.text.words import kolner_phonetik

log = logging.getLogger("dictation")


def _ms(ms: float) -> int:
    return int(ms * SAMPLE_RATE / 1000)


def agreed_prefix(previous: tuple[str, ...], current: tuple[str, ...]) -> int:
    """Number of leading words two hypotheses share (case and attached punctuation ignored;
    a bare punctuation mark must be the same mark)."""
    n = 0
    for a, b in zip(previous, current):
        same_word = bare_word(a) == bare_word(b) and bare_word(a)
        same_mark = not bare_word(a) and a.strip() == b.strip() and a.strip()
        if not (same_word or same_mark):
            break
        n += 1
    return n


def _bare_words(text: str) -> list[str]:
    """The written words of ``text`` as hypotheses are compared (:func:`bare_word`), marks
    alone left out."""
    return [w for w in (bare_word(w) for w in text.split()) if w]


def _writes_again(words: tuple[str, ...], heard: str) -> bool:
    """Whether a hypothesis repeats the heard utterance: its first words (up to four) in a
    row, a start that reads nearly like the heard utterance ("Er hat statt 5" after "Herr
    hat statt 5") or sounds like it ("Euro wird's" after "Ora wird's", same Kölner
    Phonetik), or all of a one-word utterance as the whole hypothesis. Compared word by
    written word: Whisper's words are tokens (" 5", ",2" for "5,2")."""
    said, before = _bare_words("".join(words)), _bare_words(heard)
    if not said or not before:
        return False
    if len(before) == 1:
        return said == before
    probe = before[:4]
    if any(said[i:i + len(probe)] == probe for i in range(len(said) - len(probe) + 1)):
        return True
    start = said[:len(before)]
    if len(before) >= 3 and fuzz.ratio(" ".join(start), " ".join(before)) >= 85:
        return True
    sound = [kolner_phonetik(w) for w in start]
    # Codes of short words collide ("Er", "Ihr", "Herr" are all "07"): only a heard text of
    # some length is matched by its sound.
    return (all(sound) and len("".join(sound)) >= 5
            and sound == [kolner_phonetik(w) for w in before])


@dataclass
class _Utterance:
    """State of the utterance being spoken; positions are absolute sample indices."""

    speech_start: int  # VAD onset (for audio_start)
    window_start: int  # first sample of the decoding window (pre-roll or last settled word)
    settled_text: str = ""  # agreed words whose audio left the window, not yet committed
    settled_start: int = 0
    silence_start: int | None = None  # first non-speech frame of a running pause
    previous: tuple[str, ...] = ()  # last partial hypothesis of the current window
    agreed: int = 0  # words of ``previous`` agreed with the hypothesis before it
    last_partial_at: int = 0
    speculative: tuple[int, _Final] | None = None  # (silence_start, final decode)


@dataclass(frozen=True)
class _Final:
    """A final decode: its hypothesis, where its window starts (absolute sample; before the
    utterance when the previous one was heard too), and the (start, end) seconds of its words
    in the window (empty when not needed)."""

    hypothesis: Hypothesis
    start: int
    times: list[tuple[float, float]]


@dataclass(frozen=True)
class _Spoken:
    """The end of the last committed utterance: acoustic context for the next final decode."""

    start: int  # first sample to hear again (where its first word starts)
    end: int  # last sample its final decode heard
    text: str  # its words from ``start`` on, as Whisper wrote them: the end of the committed text


class StreamingRecognizer:
    """Turns 16 kHz mono audio into Partial/Committed/Level events."""

    def __init__(
        self,
        decoder: WhisperDecoder,
        vad_options: VadOptions = VadOptions(),
        streaming_options: StreamingOptions = StreamingOptions(),
        vad: SileroVad | None = None,
    ) -> None:
        self.decoder = decoder
        self.vad_options = vad_options
        self.options = streaming_options
        self.vad = vad or SileroVad()
        self._audio = np.zeros(0, dtype=np.float32)
        self._audio_offset = 0  # absolute sample index of self._audio[0]
        self._frames_done = 0  # absolute index of the next VAD frame
        self._candidate_start: int | None = None  # onset not yet confirmed as speech
        self._candidate_speech = 0
        self._utt: _Utterance | None = None
        self._said: list[str] = []  # committed utterances as prompt, struck ones left out
        self._committed: list[str] = []
        self._last_spoken: _Spoken | None = None

    # -- public API ---------------------------------------------------------------------------

    @property
    def recognizer_options(self) -> RecognizerOptions:
        return self.decoder.options

    @property
    def audio_seconds(self) -> float:
        return (self._audio_offset + len(self._audio)) / SAMPLE_RATE

    @property
    def buffered_seconds(self) -> float:
        """Audio held for decoding (bounded by the settling policy)."""
        return len(self._audio) / SAMPLE_RATE

    @property
    def text(self) -> str:
        """Everything committed so far, joined with spaces."""
        return " ".join(self._committed)

    def feed(self, audio: np.ndarray) -> list[Event]:
        """Add audio; returns the commits, partials and the level it caused."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        if len(audio) == 0:
            return []
        self._audio = np.concatenate([self._audio, audio])
        events: list[Event] = []
        probs = self.vad.process(audio)
        for prob in probs:
            start = self._frames_done * FRAME_SAMPLES
            self._frames_done += 1
            events.extend(self._on_frame(start, float(prob)))
        rms, peak = level_db(audio)
        events.append(
            Level(rms_db=rms, peak_db=peak, audio_end=self.audio_seconds, speech=self._utt is not None)
        )
        events.extend(self._decode_due())
        self._forget_old_audio()
        return events

    def finish(self) -> list[Event]:
        """End of input: commit what is still being spoken."""
        if self._utt is None:
            return []
        end = self._utt.silence_start or (self._audio_offset + len(self._audio))
        return self._commit(end, end_of_utterance=True)

    # -- VAD state machine ----------------------------------------------------------------------

    def _on_frame(self, start: int, prob: float) -> list[Event]:
        vad = self.vad_options
        utt = self._utt
        if utt is None:
            if prob >= vad.threshold:
                if self._candidate_start is None:
                    self._candidate_start = start
                    self._candidate_speech = 0
                self._candidate_speech += FRAME_SAMPLES
                if self._candidate_speech >= _ms(vad.min_speech_ms):
                    onset = self._candidate_start
                    window_start = max(self._audio_offset, onset - _ms(vad.pre_roll_ms))
                    self._utt = _Utterance(
                        speech_start=onset, window_start=window_start, settled_start=onset,
                        last_partial_at=onset,
                    )
                    self._candidate_start = None
            elif prob < vad.neg_threshold and self._candidate_start is not None:
                if start - self._candidate_start > _ms(vad.min_speech_ms) * 2:
                    self._candidate_start = None  # a click or cough, not speech
            return []
        if prob >= vad.threshold:
            utt.silence_start = None
        elif prob < vad.neg_threshold and utt.silence_start is None:
            utt.silence_start = start
        if utt.silence_start is not None and start + FRAME_SAMPLES - utt.silence_start >= _ms(vad.min_silence_ms):
            return self._commit(utt.silence_start, end_of_utterance=True)
        return []

    # -- decoding -------------------------------------------------------------------------------

    def _window(self, start: int, end: int) -> np.ndarray:
        a = max(0, start - self._audio_offset)
        b = max(a, end - self._audio_offset)
        return self._audio[a:b]

    def _decode_due(self) -> list[Event]:
        """At most one decode per feed: the speculative final during a pause, or a partial."""
        utt = self._utt
        if utt is None:
            return []
        now = self._audio_offset + len(self._audio)
        vad = self.vad_options
        if utt.silence_start is not None:
            # not before the post-roll is there: the commit's window includes it
            wait = max(vad.speculative_silence_ms, vad.post_roll_ms)
            if now - utt.silence_start >= _ms(wait) and (
                utt.speculative is None or utt.speculative[0] != utt.silence_start
            ):
                utt.speculative = (utt.silence_start, self._final_hypothesis(utt.silence_start))
            return []
        spoken = now - utt.speech_start
        due = _ms(self.options.first_partial_after_ms if not utt.previous else self.options.partial_interval_ms)
        if spoken < _ms(self.options.first_partial_after_ms) or now - utt.last_partial_at < due:
            return []
        if (now - utt.window_start) / SAMPLE_RATE > self.options.max_utterance_s:
            # Hypotheses kept disagreeing for a whole window: commit it rather than grow past
            # what Whisper can see.
            return self._commit(now, end_of_utterance=False)
        utt.last_partial_at = now
        hyp = self.decoder.decode(
            self._window(utt.window_start, now),
            beam_size=self.recognizer_options.partial_beam_size,
            context=self._prompt_context(utt),
        )
        utt.agreed = agreed_prefix(utt.previous, hyp.words)
        utt.previous = hyp.words
        events: list[Event] = []
        if (now - utt.window_start) / SAMPLE_RATE > self.options.trim_after_s and utt.agreed > 0:
            events.extend(self._settle(utt, hyp, now))
        # After settling, utt.previous holds only the words still in the window.
        agreed_text = "".join(utt.previous[: utt.agreed]).strip()
        stable = f"{utt.settled_text} {agreed_text}".strip()
        text = f"{utt.settled_text} {''.join(utt.previous).strip()}".strip()
        if text:
            events.append(
                Partial(
                    text=text,
                    audio_start=utt.settled_start / SAMPLE_RATE if utt.settled_text else utt.speech_start / SAMPLE_RATE,
                    audio_end=now / SAMPLE_RATE,
                    stable_chars=len(stable) if text.startswith(stable) else 0,
                )
            )
        return events

    def _settle(self, utt: _Utterance, hyp: Hypothesis, now: int) -> list[Event]:
        """Move agreed words out of the decoding window (their audio is no longer decoded).

        Two greedy hypotheses agreeing says *where* the text is stable, not that it is right:
        with ``settle_with_final_decode`` the settled words come from a final-quality decode
        (beam, per-utterance bias) of the same window, cut at the last agreed word, because
        settled text is never decoded again."""
        times = self.decoder.word_times(hyp)
        if not times or times[0][0] > self.options.max_leading_gap_s:
            # Whisper skipped the start of the window (it happens after a prompt): settling
            # would drop that speech. Leave it to the final decode.
            log.debug("not settling: first word starts at %.2f s", times[0][0] if times else -1)
            return []
        ends = [end for _, end in times]
        limit = (now - utt.window_start) / SAMPLE_RATE - 1.0
        k = 0
        for i in range(min(utt.agreed, len(ends))):
            if ends[i] <= limit:
                k = i + 1
        if k == 0:
            return []
        settled, cut = hyp.prefix_text(k), ends[k - 1]
        if self.options.settle_with_final_decode:
            final = self.decoder.decode(
                self._window(utt.window_start, now),
                beam_size=self.recognizer_options.beam_size,
                context=self._prompt_context(utt),
                hint=hyp.text,
            )
            final_times = self.decoder.word_times(final)
            j = sum(1 for _, end in final_times if end <= cut + 0.05)
            if final_times and final_times[0][0] <= self.options.max_leading_gap_s and j > 0:
                settled, cut = final.prefix_text(j), final_times[j - 1][1]
                k = sum(1 for end in ends if end <= cut + 0.05)
        if not utt.settled_text:
            utt.settled_start = utt.speech_start
        utt.settled_text = f"{utt.settled_text} {settled}".strip()
        utt.window_start += int(cut * SAMPLE_RATE)
        utt.previous = hyp.words[k:]
        utt.agreed = max(0, utt.agreed - k)
        log.debug("settled %d words, window now starts at %.2f s", k, utt.window_start / SAMPLE_RATE)
        if (utt.window_start - utt.settled_start) / SAMPLE_RATE >= self.options.max_uncommitted_s:
            return self._commit_settled(utt)
        return []

    def _commit_settled(self, utt: _Utterance) -> list[Event]:
        """Early commit inside a long monologue."""
        text = utt.settled_text
        event = Committed(
            text=text,
            audio_start=utt.settled_start / SAMPLE_RATE,
            audio_end=utt.window_start / SAMPLE_RATE,
            end_of_utterance=False,
        )
        self._remember(text)
        utt.settled_text = ""
        utt.settled_start = utt.window_start
        utt.speech_start = utt.window_start
        return [event]

    def _strikes_before(self, utt: _Utterance) -> bool:
        """Whether the utterance being spoken opens with "streiche das" (its last partial
        says so): the utterance before is then no context for it."""
        return after_strikes(f"{utt.settled_text} {''.join(utt.previous)}")[1]

    def _prompt_context(self, utt: _Utterance, strikes_before: bool | None = None) -> str:
        """Committed text, then this utterance's settled words, as Whisper's prompt; without
        struck words: shown as context, Whisper copies them into the corrected sentence.
        ``strikes_before``: :meth:`_strikes_before`, when the caller has it already."""
        if strikes_before is None:
            strikes_before = self._strikes_before(utt)
        said = self._said[:-1] if strikes_before else self._said
        return " ".join([*said, after_strikes(utt.settled_text)[0]]).strip()

    def _final_stop(self, end: int) -> int:
        return min(end + _ms(self.vad_options.post_roll_ms), self._audio_offset + len(self._audio))

    def _heard_with(self, last: _Spoken, start: int) -> bool:
        """Whether speech from ``start`` on is close enough to ``last`` to be decoded with it."""
        return start - last.end <= _ms(self.options.context_gap_s * 1000)

    def _acoustic_context(self, utt: _Utterance, stop: int) -> _Spoken | None:
        """The end of the previous utterance, when the final decode of ``utt`` should hear it
        too (and the whole, padded, still fits Whisper's 30 s window)."""
        last = self._last_spoken
        if last is None or utt.settled_text or not self._heard_with(last, utt.window_start):
            return None
        if (stop - last.start) / SAMPLE_RATE + self.options.context_tail_padding_s > 30.0:
            return None
        return last

    def _final_decode(self, utt: _Utterance, stop: int, context: str,
                      last: _Spoken | None) -> tuple[int, Hypothesis]:
        """Beam decode of ``utt`` up to ``stop`` with ``context`` as prompt, hearing ``last``
        before it if given: (first sample of the window, hypothesis)."""
        start = utt.window_start if last is None else last.start
        heard = {} if last is None else {
            "heard": last.text,
            "start_s": (utt.window_start - start) / SAMPLE_RATE,
            "tail_padding_s": self.options.context_tail_padding_s,
        }
        return start, self.decoder.decode(
            self._window(start, stop),
            beam_size=self.recognizer_options.beam_size,
            context=context,
            hint="".join(utt.previous),  # the last partial: it picks the terms to bias
            **heard,
        )

    def _final_hypothesis(self, end: int) -> _Final:
        utt = self._utt
        assert utt is not None
        stop = self._final_stop(end)
        strikes_before = self._strikes_before(utt)
        context = self._prompt_context(utt, strikes_before)
        last = None if strikes_before else self._acoustic_context(utt, stop)
        start, hyp = self._final_decode(utt, stop, context, last)
        if last is not None and _writes_again(hyp.words, last.text):
            # Whisper transcribed the heard speech instead of the new one: the new words would
            # be lost. Decoded alone they are not (one more decode, rarely).
            log.debug("context decode repeated the utterance before; decoding alone")
            start, hyp = self._final_decode(utt, stop, context, None)
        # Word times now, while the decoder still holds this window: they say where the
        # end of this utterance starts, to be heard again with the next one.
        times = self.decoder.word_times(hyp) if self.options.context_audio_s > 0 else []
        return _Final(hyp, start, times)

    def _spoken_end(self, final: _Final, stop: int, own_start: int) -> _Spoken | None:
        """The words of ``final`` that start within ``context_audio_s`` of its end, cut
        where a word starts (a little before: alignment times are approximate), never before
        ``own_start``, where the utterance's audio begins (the speech heard with it is not in
        its text)."""
        words = final.hypothesis.words
        if not words or len(final.times) != len(words):
            return None
        limit = (stop - final.start) / SAMPLE_RATE - self.options.context_audio_s
        first = next((i for i, word in enumerate(words)
                      if (i == 0 or word.startswith(" ")) and final.times[i][0] >= limit), None)
        if first is None:
            return None
        cut = own_start if first == 0 else max(own_start, final.start + int(
            max(0.0, final.times[first][0] - 0.1) * SAMPLE_RATE))
        return _Spoken(cut, stop, "".join(words[first:]).strip())

    def _commit(self, end: int, end_of_utterance: bool) -> list[Event]:
        utt = self._utt
        assert utt is not None
        if utt.speculative is not None and utt.speculative[0] == end:
            final = utt.speculative[1]
        else:
            final = self._final_hypothesis(end)
        hyp = final.hypothesis
        text = f"{utt.settled_text} {hyp.text}".strip()
        start = utt.settled_start if utt.settled_text else utt.speech_start
        intact = self._remember(text) if text else True
        # Heard again, an utterance's words must end the prompt: not so where it struck words.
        self._last_spoken = (self._spoken_end(final, self._final_stop(end), utt.window_start)
                             if end_of_utterance and self.options.context_audio_s > 0
                             and intact else None)
        if end_of_utterance:
            self._utt = None
        else:
            utt.window_start = utt.speech_start = utt.settled_start = utt.last_partial_at = end
            utt.settled_text, utt.previous, utt.agreed, utt.speculative = "", (), 0, None
        if not text:
            return []
        return [
            Committed(
                text=text,
                audio_start=start / SAMPLE_RATE,
                audio_end=end / SAMPLE_RATE,
                end_of_utterance=end_of_utterance,
            )
        ]

    def _remember(self, text: str) -> bool:
        """Keep committed ``text``, and for the prompt what its "streiche das" leaves
        standing; whether it struck nothing."""
        self._committed.append(text)
        kept, strikes_before = after_strikes(text)
        if strikes_before and self._said:
            self._said.pop()
        if kept.strip():
            self._said.append(kept.strip())
        while len(self._said) > 1 and sum(len(t) + 1 for t in self._said) > 2000:
            del self._said[0]
        return kept == text

    def _forget_old_audio(self) -> None:
        """Keep only audio that a decode may still need (bounded memory)."""
        now = self._audio_offset + len(self._audio)
        keep_from = (
            self._utt.window_start
            if self._utt is not None
            else now - _ms(self.vad_options.pre_roll_ms) - FRAME_SAMPLES
        )
        last = self._last_spoken
        if last is not None and not self._heard_with(
                last, self._utt.window_start if self._utt is not None else now):
            self._last_spoken = last = None
        if last is not None:
            keep_from = min(keep_from, last.start)
        if self._candidate_start is not None:
            keep_from = min(keep_from, self._candidate_start - _ms(self.vad_options.pre_roll_ms))
        drop = keep_from - self._audio_offset
        if drop > SAMPLE_RATE:  # trim in chunks, not every block
            self._audio = self._audio[drop:]
            self._audio_offset += drop
