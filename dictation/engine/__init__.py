"""The recogniser: audio sources, voice activity, Whisper decoding, live streaming, files,
models, and the per-utterance term bias. Knows nothing of notes or widgets."""
