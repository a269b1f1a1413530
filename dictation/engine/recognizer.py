"""Whisper decoding of one audio window, sized to the speech instead of Whisper's fixed 30 s.

faster-whisper's ``transcribe`` always pads to a 30 s window (≈1.2 s of encoder time on two
cores, whatever the utterance length). Dictation decodes short, growing windows many times,
so this module drives CTranslate2 directly: speech plus a few seconds of silence padding (too
little padding makes Whisper loop), greedy search for partial text, beam search for commits,
and the guards against Whisper's known failure modes (text from noise, repetition loops,
subtitle credits learnt from TV material).
"""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass, field

import ctranslate2
import numpy as np

from dictation.config import SAMPLE_RATE, RecognizerOptions

log = logging.getLogger("dictation")

# Phrases Whisper produces from silence or noise because its training data had them on
# silent stretches of TV/YouTube material. Never genuine dictation.
_PHANTOM_PATTERNS = [
    r"untertitel(ung)? (im auftrag )?(des|von|der|vom) .*",
    r"untertitel(ung)? (by|von) .*",
    r"(vielen )?dank (fürs|für's|für das|für ihr) (zuschauen|zuhören|zusehen)",
    r"(das war'?s|bis zum nächsten mal|tschüss)( für heute)?",
    r"(copyright|©) .*",
    r"(swr|wdr|ndr|zdf|ard|br) \d{4}",
    r"amara\.org.*",
    r"thank(s| you) for watching",
    r"subtitles? by .*",
]
_PHANTOM_RE = re.compile(
    r"^\W*(" + "|".join(_PHANTOM_PATTERNS) + r")\W*$", re.IGNORECASE
)


def bias_prompt(terms, closed: bool = True) -> str:
    """The decoding-bias text put before the transcript.

    ``closed`` (utterances of the live path, refined segments): the terms as the subject of a
    note, closed with a period ("Vermerk zu Bürgergeld, Bensheim, …."): after a bare comma
    list Whisper continued the list, with commas and capitals mid-sentence ("Frau Müller,
    Erschien, heute …"); live WER on 30 domain dictations 27.2 → 24.9 %. Not closed (the
    ≤ 25 s windows of a file): the terms separated by spaces. After a closed sentence Whisper
    ended some long windows early (5 of 220 sentences of a 30-min file lost); the comma list
    that faster-whisper's ``hotwords`` usually get cost FLEURS 1.6 points of WER (16.1 %
    against 14.5 % without vocabulary), the space-separated terms none (12.8 %).
    See benchmarks/domain/README.md for the comparison."""
    terms = [t.strip() for t in terms if t.strip()]
    if not terms:
        return ""
    return f"Vermerk zu {', '.join(terms)}." if closed else " ".join(terms)


def is_phantom(text: str) -> bool:
    """True for the subtitle credits and sign-offs Whisper invents on silence or noise."""
    return bool(_PHANTOM_RE.match(text))


@dataclass(frozen=True)
class Hypothesis:
    """Text of one decoded window, split into Whisper's words (with their token ids)."""

    words: tuple[str, ...] = ()
    word_tokens: tuple[tuple[int, ...], ...] = ()
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    audio_seconds: float = 0.0
    rejected: str = ""  # why the decoder's text was dropped, for the log

    @property
    def text(self) -> str:
        return "".join(self.words).strip()

    def prefix_text(self, n_words: int) -> str:
        return "".join(self.words[:n_words]).strip()

    @property
    def tokens(self) -> list[int]:
        return [t for group in self.word_tokens for t in group]


@dataclass
class _Window:
    """Encoder output kept for word alignment of the hypothesis decoded from it."""

    encoder_output: ctranslate2.StorageView
    num_frames: int
    heard: list[int] = field(default_factory=list)  # tokens of the speech before the decoded text


class WhisperDecoder:
    """Decodes audio windows with a loaded faster-whisper model."""

    def __init__(self, model, options: RecognizerOptions, utterance_bias=None) -> None:
        """``utterance_bias``: a :class:`dictation.engine.termbias.UtteranceBias` that picks the
        bias of each final decode from its ``hint`` (the greedy hypothesis); without it the
        static ``options.bias_terms`` are used for every decode."""
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        self.model = model
        self.options = options
        language = options.language or "de"
        self.tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
        )
        self._suppress = list(get_suppressed_tokens(self.tokenizer, [-1]))
        self._hotword_tokens = self._encode_hotwords(options.bias_terms)
        self.utterance_bias = utterance_bias
        self._last: _Window | None = None

    def _encode_hotwords(self, terms: tuple[str, ...]) -> list[int]:
        if not terms:
            return []
        tokens = self.tokenizer.encode(" " + bias_prompt(terms))
        return tokens[:110]  # half of Whisper's 224-token prompt budget, as faster-whisper does

    def set_bias_terms(self, terms: tuple[str, ...]) -> None:
        """Replace the decoding bias (the vocabulary changes while the model stays loaded)."""
        self._hotword_tokens = self._encode_hotwords(tuple(terms))

    def _bias_tokens(self, hint: str) -> list[int]:
        """The hotword tokens of one decode: per utterance when a hint and an
        ``utterance_bias`` are there, else the static ones."""
        if not hint.strip() or self.utterance_bias is None:
            return self._hotword_tokens
        terms = self.utterance_bias.terms_for(hint)
        log.debug("utterance bias: %d terms", len(terms))
        return self._encode_hotwords(terms)

    def _prompt(self, context: str, hint: str = "") -> list[int]:
        prompt: list[int] = []
        context_tokens = (
            self.tokenizer.encode(" " + context.strip()[-self.options.context_chars :])
            if context.strip() and self.options.context_chars > 0
            else []
        )
        hotword_tokens = self._bias_tokens(hint)
        if hotword_tokens or context_tokens:
            prompt.append(self.tokenizer.sot_prev)
            prompt.extend(hotword_tokens)
            prompt.extend(context_tokens[-(223 - len(hotword_tokens) - 1) :])
        prompt.extend(self.tokenizer.sot_sequence)
        prompt.append(self.tokenizer.no_timestamps)
        return prompt

    def features(self, audio: np.ndarray, tail_padding_s: float | None = None) -> np.ndarray:
        """Log-mel of speech plus silence padding, at least ``min_window_s`` long."""
        opts = self.options
        seconds = len(audio) / SAMPLE_RATE
        padding = opts.tail_padding_s if tail_padding_s is None else tail_padding_s
        window = min(30.0, max(opts.min_window_s, seconds + padding))
        pad = max(0, int(window * SAMPLE_RATE) - len(audio))
        padded = np.concatenate([audio.astype(np.float32, copy=False), np.zeros(pad, np.float32)])
        mel = self.model.feature_extractor(padded, padding=0)
        frames = min(3000, mel.shape[-1] - mel.shape[-1] % 2)
        return np.ascontiguousarray(mel[:, :frames][None])

    def decode(self, audio: np.ndarray, *, beam_size: int, context: str = "", hint: str = "",
               heard: str = "", start_s: float = 0.0,
               tail_padding_s: float | None = None) -> Hypothesis:
        """Best hypothesis for ``audio`` (16 kHz mono), guarded against phantom text.
        ``hint``: a first (greedy) hypothesis of the same audio, which chooses the bias.
        ``heard`` and ``start_s``: the audio's first ``start_s`` seconds are speech already
        transcribed as ``heard``, the end of ``context`` (the previous utterance, heard again
        as context); the transcript starts with the timestamp token of ``start_s``: one
        forced token. Forcing ``heard`` as the transcript's start was as accurate but cost a
        decoding step per token (CTranslate2 forces a prefix step by step); in timestamp mode
        Whisper wrote the new speech twice or the heard one again.
        ``tail_padding_s``: silence after the speech instead of ``options.tail_padding_s``."""
        seconds = len(audio) / SAMPLE_RATE
        features = self.features(audio, tail_padding_s)
        encoder_output = self.model.model.encode(ctranslate2.StorageView.from_array(features))
        heard_tokens = self.tokenizer.encode(" " + heard.strip()) if heard.strip() else []
        prompt = self._prompt(context, hint)
        if heard_tokens:
            # One timestamp token per 20 ms of the 30-s window.
            prompt.append(self.tokenizer.timestamp_begin + max(0, min(1500, round(start_s / 0.02))))
        # Bound the output by the audio length: real speech stays far below 8 tokens per second,
        # a repetition loop does not, and an unbounded loop would cost seconds of CPU.
        budget = min(448 - len(prompt), int(seconds * 8) + 12)
        vote = beam_size > 1 and self.utterance_bias is not None and self.utterance_bias.votes
        result = self.model.model.generate(
            encoder_output,
            [prompt],
            beam_size=beam_size,
            patience=1.0,
            num_hypotheses=beam_size if vote else 1,
            length_penalty=1.0,
            max_length=len(prompt) + budget,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=self._suppress,
        )[0]
        # Below end-of-text: the text tokens, without the forced timestamp.
        candidates = [[t for t in ids if t < self.tokenizer.eot] for ids in result.sequences_ids]
        best = self._voted(candidates, result.scores) if vote else 0
        tokens = candidates[best]
        avg_logprob = result.scores[best] * len(tokens) / (len(tokens) + 1) if tokens else -10.0
        self._last = _Window(encoder_output, int(min(3000, seconds * 100)), heard_tokens)
        return self._guard(tokens, avg_logprob, result.no_speech_prob, seconds, context)

    def _voted(self, candidates: list[list[int]], scores: list[float]) -> int:
        """Index of the hypothesis with the best score plus the vocabulary's vote
        (:meth:`dictation.engine.termbias.UtteranceBias.vote`); the beam's order breaks ties."""
        assert self.utterance_bias is not None
        values = [score + self.utterance_bias.vote(self.tokenizer.decode(tokens))
                  for tokens, score in zip(candidates, scores)]
        best = max(range(len(values)), key=lambda i: (values[i], -i))
        if best:
            log.debug("vocabulary vote took hypothesis %d of %d", best + 1, len(values))
        return best

    def _guard(
        self,
        tokens: list[int],
        avg_logprob: float,
        no_speech_prob: float,
        seconds: float,
        context: str = "",
    ) -> Hypothesis:
        opts = self.options
        empty = Hypothesis(avg_logprob=avg_logprob, no_speech_prob=no_speech_prob, audio_seconds=seconds)
        if not tokens:
            return empty
        if no_speech_prob > opts.certain_no_speech or (
            no_speech_prob > opts.no_speech_threshold and avg_logprob < opts.log_prob_threshold
        ):
            return _rejected(empty, "no speech")
        words, word_tokens = self.tokenizer.split_to_word_tokens(tokens + [self.tokenizer.eot])
        pairs = [(w, tuple(t)) for w, t in zip(words, word_tokens) if t and t[0] < self.tokenizer.eot]
        pairs = _cut_repetition(_strip_context_echo(pairs, context))
        text = "".join(w for w, _ in pairs).strip()
        if not text or is_phantom(text):
            return _rejected(empty, f"phantom phrase {text!r}")
        if _compression_ratio(text) > 2.4:
            return _rejected(empty, "repetitive text")
        return Hypothesis(
            words=tuple(w for w, _ in pairs),
            word_tokens=tuple(t for _, t in pairs),
            avg_logprob=avg_logprob,
            no_speech_prob=no_speech_prob,
            audio_seconds=seconds,
        )

    def word_times(self, hypothesis: Hypothesis) -> list[tuple[float, float]]:
        """(start, end) in seconds, window-relative, of each word of the last decoded
        hypothesis, from cross-attention alignment (as faster-whisper's word timestamps).
        The ``heard`` text is aligned too (its words are spoken first), its times left out."""
        window = self._last
        if window is None or not hypothesis.words:
            return []
        alignment = self.model.model.align(
            window.encoder_output,
            self.tokenizer.sot_sequence,
            [window.heard + hypothesis.tokens],
            window.num_frames,
            median_filter_width=7,
        )[0]
        text_indices = np.array([pair[0] for pair in alignment.alignments])
        time_indices = np.array([pair[1] for pair in alignment.alignments])
        if len(text_indices) == 0:
            return []
        jumps = np.pad(np.diff(text_indices), (1, 0), constant_values=1).astype(bool)
        jump_times = time_indices[jumps] / 50.0  # 50 encoder frames per second
        last = len(jump_times) - 1
        times: list[tuple[float, float]] = []
        position = len(window.heard)
        for group in hypothesis.word_tokens:
            start = float(jump_times[min(position, last)])
            position += len(group)
            times.append((start, float(jump_times[min(position, last)])))
        return times


def _rejected(hypothesis: Hypothesis, reason: str) -> Hypothesis:
    log.debug("hypothesis dropped: %s", reason)
    return Hypothesis(
        avg_logprob=hypothesis.avg_logprob,
        no_speech_prob=hypothesis.no_speech_prob,
        audio_seconds=hypothesis.audio_seconds,
        rejected=reason,
    )


def bare_word(word: str) -> str:
    """A word as hypotheses are compared: lower case, letters and digits only."""
    return re.sub(r"[^\w]", "", word.lower())


def _strip_context_echo(pairs: list[tuple[str, tuple[int, ...]]], context: str):
    """Drop a copy of the prompt's last words that Whisper sometimes repeats at the start."""
    context_words = [bare_word(w) for w in context.split()][-60:]
    words = [bare_word(w) for w, _ in pairs]
    best = 0
    for size in range(min(len(words), len(context_words)), 1, -1):
        if words[:size] == context_words[-size:]:
            best = size
            break
    if best == 0 and len(words) >= 4:
        # An echo of the whole context sentence, not just its tail: find where the context
        # sentence the hypothesis starts with ends, and cut after it.
        for start in range(len(context_words)):
            tail = context_words[start:]
            if len(tail) >= 3 and words[: len(tail)] == tail:
                best = len(tail)
                break
    return pairs[best:]


def _cut_repetition(pairs: list[tuple[str, tuple[int, ...]]], min_repeats: int = 3,
                    min_phrase: int = 3):
    """Cut a loop after its first occurrence: a short unit said ``min_repeats`` times or more
    ("und dann und dann und dann …"), or a phrase of ``min_phrase`` words or more said twice
    in a row (Whisper writing the same speech again from the silence after it; rejected as
    repetitive text, the loop would take the speech with it)."""
    norm = [bare_word(w) for w, _ in pairs]
    n = len(norm)
    for size in range(1, n // 2 + 1):
        for start in range(0, n - 2 * size + 1):
            if norm[start] != norm[start + size]:
                continue
            unit = norm[start : start + size]
            words = sum(1 for w in unit if w)
            if not words:
                continue
            repeats = 1
            while norm[start + repeats * size : start + (repeats + 1) * size] == unit:
                repeats += 1
            if repeats >= min_repeats or (repeats >= 2 and words >= min_phrase):
                rest = pairs[start + repeats * size :]
                if unit[: len(rest)] == norm[start + repeats * size :]:
                    rest = []  # the loop broken off mid-copy
                return pairs[: start + size] + _cut_repetition(rest, min_repeats, min_phrase)
    return pairs


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if len(data) > 40 else 0.0
