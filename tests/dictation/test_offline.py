"""Offline guarantee: the whole flow never tries to reach the network.

Model load, transcription of a recording with the shipped vocabulary (as decoding bias and
term correction), the text pipeline and the Word export run in a fresh interpreter whose
first act is an audit hook recording every ``socket.connect``, ``socket.getaddrinfo`` and
``socket.gethostbyname``: none may happen. As root on Linux the same flow also runs with
networking switched off (``unshare -n``) and must succeed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dictation.selftest import SAMPLE_FILE, SAMPLE_TEXT
from dictation.text.wer import word_error_rate

pytestmark = pytest.mark.slow  # loads the real Whisper model (a few seconds)

FLOW = textwrap.dedent(
    r"""
    import json, sys

    events = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
            events.append([event, repr(args[1] if event == "socket.connect" else args[0])])

    sys.addaudithook(hook)  # before anything else is imported

    import tempfile
    from pathlib import Path

    import docx

    from dictation.notes.casenote import CaseNote
    from dictation.config import ModelOptions, RecognizerOptions
    from dictation.notes.exporters import export_docx
    from dictation.engine.models import load_model
    from dictation.app.pipeline import NoteText, VocabularyOptions, bias_terms, load_vocabulary
    from dictation.settings import load_settings
    from dictation.engine.transcribe import transcribe_file

    recording = sys.argv[1]
    settings = load_settings()
    loaded = load_model(ModelOptions(device="cpu"), settings)
    vocabulary, _ = load_vocabulary(VocabularyOptions())

    class Counter:
        def encode(self, text):
            return loaded.model.hf_tokenizer.encode(text, add_special_tokens=False).ids

    terms = bias_terms(vocabulary, Counter())
    transcript = transcribe_file(
        loaded.model, recording, RecognizerOptions(language="de", bias_terms=terms)
    )
    note = NoteText(vocabulary)
    for segment in transcript.segments:
        note.commit(segment.text)
    with tempfile.TemporaryDirectory() as folder:
        path = export_docx(CaseNote(customer_id="123A456789", text=note.text),
                           Path(folder) / "vermerk.docx")
        body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    print(json.dumps({"events": events, "text": note.text, "in_docx": note.text in body,
                      "model": str(loaded.candidate.path)}))
    """
)


def _run(tmp_path: Path, prefix: list[str] = ()) -> dict:
    env = dict(os.environ)
    # No user or machine settings: a configured hub model name would be a network source.
    env["DIKTAT_CONFIG_DIR"] = str(tmp_path / "config")
    env["DIKTAT_POLICY_FILE"] = str(tmp_path / "no-policy.toml")
    script = tmp_path / "flow.py"
    script.write_text(FLOW, encoding="utf-8")
    result = subprocess.run(
        [*prefix, sys.executable, str(script), str(SAMPLE_FILE)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_full_flow_makes_no_network_calls(tmp_path: Path) -> None:
    """Load, transcribe, vocabulary, pipeline, .docx: not one socket connect or name lookup."""
    outcome = _run(tmp_path)
    assert outcome["events"] == []
    assert word_error_rate(SAMPLE_TEXT, outcome["text"]) <= 0.4, outcome["text"]
    assert outcome["in_docx"]


def _can_unshare() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="needs root on Linux and unshare -n")
def test_full_flow_without_network(tmp_path: Path) -> None:
    """With networking switched off (a new network namespace) the flow still succeeds."""
    outcome = _run(tmp_path, ["unshare", "-n"])
    assert outcome["events"] == []
    assert word_error_rate(SAMPLE_TEXT, outcome["text"]) <= 0.4, outcome["text"]
    assert outcome["in_docx"]
