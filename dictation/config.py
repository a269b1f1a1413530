"""Options of each pipeline stage: small frozen dataclasses with documented defaults.

Units are in the field names. Defaults are tuned for the multilingual ``base`` model on two
CPU cores (see benchmarks/ and the README's figures).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class AudioOptions:
    """Audio input.

    Attributes:
      device: Input device index or (part of its) name; None = the system default.
      block_ms: Size of the blocks the source delivers.
    """

    device: int | str | None = None
    block_ms: int = 50


@dataclass(frozen=True)
class VadOptions:
    """Streaming voice activity detection (Silero VAD, 32 ms frames).

    Attributes:
      threshold: Speech probability at or above which a frame counts as speech.
      neg_threshold: Probability below which a frame counts as silence inside speech
        (hysteresis: values in between keep the current state).
      min_speech_ms: Speech shorter than this (clicks, coughs) does not open an utterance.
      min_silence_ms: A pause this long ends an utterance and commits its text.
      speculative_silence_ms: After this much silence the final decode starts early, so the
        commit is ready when ``min_silence_ms`` is reached (discarded if speech resumes).
        It waits for ``post_roll_ms`` at least, whose audio the commit includes, so with the
        post-roll at 250 ms it starts at 250 ms. Measured with a 150-ms post-roll, starting
        at 150 instead of 250 ms gave commit latency p50 0.84 / 0.91 s instead of
        0.94 / 0.98 s (FLEURS session in real time), for 8 discarded decodes per 92 commits.
      pre_roll_ms: Audio kept before the detected onset so the first sound is not clipped.
      post_roll_ms: Audio kept after the detected end of speech; the final decode hears it
        (the file path's VAD filter pads 400 ms). At 250 instead of 150 ms a sentence-final
        "Punkt" was no longer heard as "Pum", "funkt" or "boomt" (domain dictations, live
        path, 126 clips: marks in place 288 -> 292 of 314, WER errors 512 -> 501, terms
        354 -> 353 of 412). Commit latency p50 / p95 on a 2-core EPYC (FLEURS session in
        real time, two runs each): 1.71 / 3.68 and 1.90 / 3.84 s against 1.86 / 3.44 and
        1.83 / 3.78 s with 150 ms.
    """

    threshold: float = 0.5
    neg_threshold: float = 0.35
    min_speech_ms: int = 200
    min_silence_ms: int = 700
    speculative_silence_ms: int = 150
    pre_roll_ms: int = 300
    post_roll_ms: int = 250


@dataclass(frozen=True)
class RecognizerOptions:
    """Whisper decoding.

    Attributes:
      language: Spoken language (ISO code); None detects it per utterance.
      beam_size: Beam width for final (committed) text.
      partial_beam_size: Beam width for partial hypotheses (shown while speaking).
      min_window_s: Audio is padded with silence to at least this window (the encoder runs on
        short windows instead of Whisper's fixed 30 s; too little padding makes Whisper loop).
      tail_padding_s: Silence appended after the speech in every window.
      bias_terms: Domain terms the decoder is nudged towards (faster-whisper ``hotwords``).
      context_chars: Previously committed text passed as prompt, for continuity.
      no_speech_threshold: With a low average log-probability, a no-speech probability above
        this drops the hypothesis (Whisper's guard against text from noise).
      log_prob_threshold: See ``no_speech_threshold``.
      certain_no_speech: A no-speech probability above this drops the hypothesis whatever its
        score: with bias terms in the prompt Whisper is confident about text it invents on
        silence (measured: real speech ≤ 0.12, silence with hotwords 0.80–0.93).
    """

    language: str | None = "de"
    beam_size: int = 5
    partial_beam_size: int = 1
    min_window_s: float = 8.0
    tail_padding_s: float = 6.0
    bias_terms: tuple[str, ...] = ()
    context_chars: int = 200
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    certain_no_speech: float = 0.7


@dataclass(frozen=True)
class StreamingOptions:
    """Partial/commit policy of the streaming recogniser.

    Attributes:
      first_partial_after_ms: Speech needed before the first partial hypothesis.
      partial_interval_ms: Audio between two partial hypotheses while speaking.
      trim_after_s: When the undecided audio grows past this, words agreed by two consecutive
        hypotheses are settled and their audio is dropped from the decoding window.
      max_uncommitted_s: Settled text older than this is committed without waiting for a pause
        (long monologues), so memory and latency stay bounded.
      max_utterance_s: Hard cap on the decoding window (Whisper sees 30 s at most).
      max_leading_gap_s: A hypothesis whose first word starts later than this into the window
        has skipped speech; its words are not settled.
      settle_with_final_decode: Settled words come from a beam decode with the per-utterance
        bias (one extra decode per settling) instead of the greedy partial.
      context_audio_s: The final decode of an utterance also hears the last this many seconds
        of the utterance before it (from the first word that starts in them), when that one
        ended at most ``context_gap_s`` earlier, those words in the prompt: Whisper then
        decodes the new words with the speaker's previous sentence in view, as the file path
        does. 0 turns it off.
      context_gap_s: Pause after which the previous utterance no longer serves as context.
      context_tail_padding_s: Silence after the speech in such a decode (the previous utterance
        already keeps the new speech away from the window's start; less padding, shorter
        encoder run).
    """

    first_partial_after_ms: int = 500
    partial_interval_ms: int = 700
    trim_after_s: float = 8.0
    max_uncommitted_s: float = 20.0
    max_utterance_s: float = 24.0
    max_leading_gap_s: float = 1.0
    settle_with_final_decode: bool = True
    context_audio_s: float = 8.0
    context_gap_s: float = 3.0
    context_tail_padding_s: float = 3.0


@dataclass(frozen=True)
class ModelOptions:
    """Which Whisper model to load and where it runs.

    Attributes:
      path: Explicit model folder (command line, user or machine-wide setting).
      name: Hub model name; used only when configured and nothing local is found.
      device: "auto" (CUDA when it works, else CPU), "cpu" or "cuda".
      compute_type: CTranslate2 compute type; "auto" takes the setting ``model.compute_type``
        ("int8" unless IT or the user set "float32"); on a GPU "int8" means int8 weights
        with float16 maths.
      cpu_threads: Threads for the model; 0 = all cores.
    """

    path: str | None = None
    name: str | None = None
    device: str = "auto"
    compute_type: str = "auto"
    cpu_threads: int = 0


@dataclass(frozen=True)
class PipelineOptions:
    """Everything a dictation session needs, in one record."""

    audio: AudioOptions = field(default_factory=AudioOptions)
    vad: VadOptions = field(default_factory=VadOptions)
    recognizer: RecognizerOptions = field(default_factory=RecognizerOptions)
    streaming: StreamingOptions = field(default_factory=StreamingOptions)
    model: ModelOptions = field(default_factory=ModelOptions)
