"""Events of a dictation session.

The CLI and the desktop app consume the same stream of these records, delivered through a
callback (``emit``) or a queue. Audio times are seconds from the start of the source;
``emitted_at`` is wall-clock seconds since the session started (``time.monotonic`` based),
so latency = ``emitted_at - audio_end`` when the source runs in real time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Partial:
    """Provisional text of the utterance being spoken; replaces the previous partial."""

    text: str
    audio_start: float
    audio_end: float
    emitted_at: float = 0.0
    #: Leading part of ``text`` that will not change any more (agreed by two hypotheses).
    stable_chars: int = 0
    type: Literal["partial"] = field(default="partial", init=False)


@dataclass(frozen=True)
class Committed:
    """Final text of an utterance (ended by a pause) or of a long monologue's stable prefix."""

    text: str
    audio_start: float
    audio_end: float
    emitted_at: float = 0.0
    #: True when a pause ended the utterance; False for an early commit inside long speech.
    end_of_utterance: bool = True
    type: Literal["commit"] = field(default="commit", init=False)


@dataclass(frozen=True)
class Level:
    """Input level for a meter: RMS and peak in dBFS (-100 … 0) of the last block."""

    rms_db: float
    peak_db: float
    audio_end: float
    emitted_at: float = 0.0
    speech: bool = False
    type: Literal["level"] = field(default="level", init=False)


@dataclass(frozen=True)
class Failed:
    """Something went wrong; ``message`` is for the user (German by default), ``detail``
    for the log. Audio captured before the failure is still transcribed and committed."""

    message: str
    detail: str = ""
    emitted_at: float = 0.0
    type: Literal["error"] = field(default="error", init=False)


@dataclass(frozen=True)
class Finished:
    """The session ended (source exhausted, stopped by the user, or after a failure)."""

    text: str
    audio_duration: float
    emitted_at: float = 0.0
    type: Literal["finished"] = field(default="finished", init=False)


Event = Partial | Committed | Level | Failed | Finished


def event_to_dict(event: Event) -> dict[str, Any]:
    """JSON-ready dict with ``type`` first and times rounded to milliseconds."""
    data = asdict(event)
    out: dict[str, Any] = {"type": data.pop("type")}
    for key, value in data.items():
        out[key] = round(value, 3) if isinstance(value, float) else value
    return out
