"""From committed utterances to the note: vocabulary → text pipeline → document.

The recogniser's ``Committed`` events carry raw Whisper text. This stage applies the active
vocabulary (term correction, decoding bias) and the spoken commands, and keeps the note as a
:class:`~dictation.text.document.Document`. The CLI and the desktop app share it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from dictation.config import RecognizerOptions
from dictation.engine.transcribe import Transcript, transcribe_file
from dictation.text.bias import select_bias_terms
from dictation.text.document import Document
from dictation.text.termcorrect import PipelineTextOptions, TextPipeline
from dictation.vocabulary.lists import (
    Layer,
    Problem,
    Vocabulary,
    VocabularyList,
    default_list,
    load_list,
    merge,
)

log = logging.getLogger("dictation")


@dataclass(frozen=True)
class VocabularyOptions:
    """Which vocabulary lists are active.

    Attributes:
      files: Extra lists (canonical .json or Excel .csv), added on top of the default list in
        the given order (later files override earlier ones).
      use_default: Include the organisation list shipped with Diktat.
      max_bias_tokens: Budget for the decoding bias (Whisper's prompt holds 223 tokens; the
        rest is left for the preceding text; the streaming decoder keeps at most 110). On the
        domain benchmark 100 recalled more terms than 150 (34.9 % vs 29.4 %), see
        benchmarks/domain/README.md.
    """

    files: tuple[str, ...] = ()
    use_default: bool = True
    max_bias_tokens: int = 100


def load_vocabulary(options: VocabularyOptions) -> tuple[Vocabulary, list[str]]:
    """Merged vocabulary and the problems to show (file name and line in each message).

    A list that cannot be read at all is left out with a message; one with bad lines loads
    the rest. Nothing here raises for bad input.
    """
    lists: list[VocabularyList] = []
    messages: list[str] = []
    if options.use_default:
        lists.append(default_list())
    for path in options.files:
        result = load_list(Path(path), Layer.PERSONAL)
        messages += [f"{Path(path).name}: {p}" for p in result.problems]
        if result.vocabulary is not None:
            lists.append(result.vocabulary)
    vocabulary = merge(lists)
    for conflict in vocabulary.conflicts:
        messages.append(conflict_message(conflict))
    return vocabulary, messages


def conflict_message(conflict) -> str:
    """The user's message for one spoken form that stands for two written forms."""
    from dictation.i18n import tr

    return tr(
        "Widerspruch im Vokabular: „{spoken}“ steht für {terms}.",
        "Vocabulary conflict: '{spoken}' stands for {terms}.",
    ).format(spoken=conflict.spoken, terms=" / ".join(f"„{t}“" for t in conflict.terms))


def bias_terms(vocabulary: Vocabulary, tokenizer=None, *,
               max_tokens: int = VocabularyOptions.max_bias_tokens,
               recent: Sequence[str] = (), subject: str = "",
               values: Mapping[str, float] | None = None) -> tuple[str, ...]:
    """The most useful terms for Whisper's prompt, counted with its real tokenizer if given:
    ``recent`` terms first, then those of the note's ``subject`` (a category), then by how
    likely they are dictated and how hard they are for Whisper (see
    :func:`dictation.text.bias.select_bias_terms`; ``values`` as there)."""
    count = (lambda s: len(tokenizer.encode(" " + s))) if tokenizer is not None else None
    return tuple(
        select_bias_terms(vocabulary.entries, max_tokens=max_tokens, count_tokens=count,
                          recent=recent, subject=subject, values=values)
    )


def organisation_copy_folder() -> Path:
    """Where the last good local copy of the organisation list is kept (user data folder,
    ``DIKTAT_DATA_DIR`` overrides it): a cache could be cleaned away just when needed."""
    from dictation.notes.drafts import data_dir

    return data_dir() / "vocabulary"


def default_personal_list() -> Path:
    """The personal list's file when none is configured: in the app's data folder
    (``DIKTAT_DATA_DIR`` overrides it), so saving it needs no file dialog."""
    return organisation_copy_folder() / "persoenlich.vocab.json"


@dataclass(frozen=True)
class VocabularyLoad:
    """The merged vocabulary of the configured lists and what to tell the user.

    Attributes:
      vocabulary: The shipped list, then organisation, team and personal lists.
      problems: Lists or lines that could not be used, and conflicts (an error message).
      warnings: Lists used, but not as wanted (organisation list from its local copy).
    """

    vocabulary: Vocabulary
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def load_engine_vocabulary(settings, copy_folder: Path | None = None
                           ) -> VocabularyLoad:
    """Load the shipped list and the configured lists (slow on a share: run it in a worker).

    The organisation list (``vocabulary.organisation``) is read with
    :func:`dictation.vocabulary.lists.load_organisation`: a good list on the share is kept as the
    local copy in ``copy_folder`` (default :func:`organisation_copy_folder`); when the share
    is unreachable or the file there is not a clean list (empty, skipped lines, not a list),
    the last good copy stays in force and a warning names the file and the reason. Team and
    personal lists are read directly. Never raises for bad files.
    """
    from dictation.errors import VocabularyFileError
    from dictation.vocabulary.lists import load_organisation

    lists = []
    problems: list[str] = []
    warnings: list[str] = []
    try:
        lists.append(default_list())
    except VocabularyFileError as err:
        problems.append(str(err))
    files = ((settings.vocabulary_organisation, Layer.ORGANISATION),
             (settings.vocabulary_team, Layer.TEAM),
             (settings.vocabulary_personal, Layer.PERSONAL))
    for path, layer in files:
        if not path:
            continue
        name = Path(path).name
        if layer is Layer.ORGANISATION:
            folder = copy_folder if copy_folder is not None else organisation_copy_folder()
            result = load_organisation(path, folder)
        else:
            result = load_list(Path(path), layer)
        for problem in result.problems:
            whole_file_warning = problem.severity == "warning" and problem.line is None
            (warnings if whole_file_warning else problems).append(f"{name}: {problem}")
        if result.vocabulary is not None:
            lists.append(result.vocabulary)
    vocabulary = merge(lists)
    problems += [conflict_message(conflict) for conflict in vocabulary.conflicts]
    for warning in warnings:
        log.warning("vocabulary: %s", warning)
    return VocabularyLoad(vocabulary, tuple(problems), tuple(warnings))


class ModelTokenizer:
    """The model's own tokenizer, so the bias-term budget is counted exactly."""

    def __init__(self, model) -> None:
        self._model = model

    def encode(self, text: str) -> list[int]:
        return self._model.hf_tokenizer.encode(text, add_special_tokens=False).ids


def model_bias_terms(vocabulary: Vocabulary | None, model, *, recent: Sequence[str] = (),
                     subject: str = "",
                     values: Mapping[str, float] | None = None) -> tuple[str, ...]:
    """:func:`bias_terms` counted with ``model``'s tokenizer; () without a vocabulary."""
    if vocabulary is None or not vocabulary.entries:
        return ()
    return bias_terms(vocabulary, ModelTokenizer(model), recent=recent, subject=subject,
                      values=values)


def utterance_bias(vocabulary: Vocabulary | None, model, static_terms: Sequence[str],
                   text_pipeline: TextPipeline | None = None, spotter=None):
    """The per-utterance decoding bias for ``vocabulary`` (terms spotted in each greedy
    hypothesis, then ``static_terms``), or None without a vocabulary; see
    :mod:`dictation.engine.termbias`. ``text_pipeline`` (of the same vocabulary) counts the
    terms of the vote between hypotheses; built here when not given (~35 ms for the shipped
    list), so a caller that starts many recognisers passes one it keeps, and likewise the
    ``spotter`` (a :class:`~dictation.engine.termbias.TermSpotter`; ~25 ms for 5,000
    entries)."""
    from dictation.engine.termbias import TermSpotter, UtteranceBias

    if vocabulary is None or not vocabulary.entries:
        return None
    tokenizer = ModelTokenizer(model)
    if spotter is None:
        spotter = TermSpotter(vocabulary.entries)
    return UtteranceBias(spotter, static_terms,
                         lambda term: len(tokenizer.encode(" " + term)),
                         max_tokens=VocabularyOptions.max_bias_tokens,
                         count_terms=(text_pipeline or TextPipeline(vocabulary.entries)).count_terms)


def transcribe_segments(model, path, options: RecognizerOptions,
                        vocabulary: Vocabulary | None = None, progress=None,
                        refine: bool = True,
                        text_pipeline: TextPipeline | None = None,
                        spotter=None) -> Transcript:
    """Whisper over a file (biased with ``options``' terms), then, with ``refine``, the
    segments that nearly name a vocabulary term decoded again with the per-utterance bias
    (:mod:`dictation.engine.refine`): the file path chooses its bias as the live path does.
    ``text_pipeline``, ``spotter``: see :func:`utterance_bias`."""
    from dictation.engine.recognizer import WhisperDecoder
    from dictation.engine.refine import refine_segments

    transcript = transcribe_file(model, path, options, progress=progress)
    bias = (utterance_bias(vocabulary, model, options.bias_terms, text_pipeline, spotter)
            if refine else None)
    if bias is None or not transcript.segments:
        return transcript
    decoder = WhisperDecoder(model, options, utterance_bias=bias)
    segments = refine_segments(decoder, path, transcript.segments, options.beam_size)
    return replace(transcript, segments=tuple(segments),
                   text=" ".join(s.text for s in segments if s.text))


def transcribe_note(model, path, options: RecognizerOptions,
                    vocabulary: Vocabulary | None = None, progress=None,
                    refine: bool = True) -> Transcript:
    """What ``dictation transcribe`` does with one file: :func:`transcribe_segments`, then
    every segment through the text pipeline into one note's text."""
    note = NoteText(vocabulary)  # its pipeline also counts the terms of the vote
    transcript = transcribe_segments(model, path, options, vocabulary, progress, refine,
                                     note.pipeline)
    for segment in transcript.segments:
        note.commit(segment.text)
    return replace(transcript, text=note.text)


class NoteText:
    """The note under dictation: each committed utterance goes through the text pipeline
    into the document."""

    def __init__(self, vocabulary: Vocabulary | None = None,
                 options: PipelineTextOptions = PipelineTextOptions(),
                 pipeline: TextPipeline | None = None) -> None:
        """``pipeline``: one already built for ``vocabulary`` (the index of a 5,000-entry
        list takes ~140 ms to build); built here when not given."""
        entries = vocabulary.entries if vocabulary is not None else []
        self.pipeline = pipeline if pipeline is not None else TextPipeline(entries, options)
        self.document = Document(keep_capitalized=[e.term for e in entries])

    @property
    def text(self) -> str:
        return self.document.text

    def commit(self, utterance: str) -> str:
        """Apply one committed utterance; returns the text it added (empty for commands
        such as "streiche das" that remove text)."""
        document = self.document
        before = document.utterance_count
        document.apply(self.pipeline.process(utterance))
        return document.last_added.strip() if document.utterance_count > before else ""


__all__ = ["VocabularyOptions", "load_vocabulary", "load_engine_vocabulary", "VocabularyLoad",
           "organisation_copy_folder", "default_personal_list", "bias_terms", "model_bias_terms",
           "utterance_bias", "conflict_message", "transcribe_segments", "transcribe_note",
           "NoteText", "Problem"]
