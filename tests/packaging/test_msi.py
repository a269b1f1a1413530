"""The Windows installer source builds into an MSI with the expected tables.

Builds ``packaging/windows/Diktat.wxs`` plus a harvested payload with ``wixl`` over a small
fake program folder and reads the tables back with msitools (``msiinfo``). The real payload
needs a Windows build (packaging/windows/build.ps1); what is checked here is the installer
logic: files, shortcut, upgrade, public properties and the custom action writing the policy.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import PACKAGING, load_script, unavailable

WXS = PACKAGING / "windows" / "Diktat.wxs"
PUBLIC_PROPERTIES = ("MODELDIR", "VOCABULARYDIR", "EXPORTDIR", "RETENTIONDAYS", "UILANGUAGE",
                     "SAVEAUDIO")
PAYLOAD = {
    "diktat.exe": b"MZ gui",
    "dictation.exe": b"MZ cli",
    "_internal/python311.dll": b"MZ python",
    "_internal/dictation/data/selftest.wav": b"RIFF",
    "_internal/docx/templates/default-header.xml": b"<w:hdr/>",
    "_internal/PySide6/Qt/plugins/platforms/qwindows.dll": b"MZ qt",
    "models/base/model.bin": b"\0" * 64,
    "models/base/config.json": b"{}",
    "models/base/tokenizer.json": b"{}",
    "models/base/vocabulary.json": b"[]",
    "_internal/base_library.zip": b"PK",
    "_internal/Lizenz Hinweise.txt": b"text",  # a space in a name
}


def _tools() -> None:
    for tool, package in (("wixl", "wixl"), ("msiinfo", "msitools")):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (apt-get install {package})")


def _table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one table as dicts (``msiinfo export``: header, types, key line, rows)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                         text=True, check=True).stdout.splitlines()
    columns = out[0].split("\t")
    return [dict(zip(columns, line.split("\t"))) for line in out[3:] if line]


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Diktat.msi built by wixl from the real WiX source over a small fake payload."""
    _tools()
    work = tmp_path_factory.mktemp("msi")
    payload = work / "payload"
    for relative, data in PAYLOAD.items():
        path = payload / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    harvest = load_script("windows/harvest.py")
    xml, count = harvest.payload_wxs(payload)
    assert count == len(PAYLOAD) - 2  # the two programs are declared in Diktat.wxs
    (work / "payload.wxs").write_text(xml, encoding="utf-8")
    shutil.copy(PACKAGING / "icons" / "diktat.ico", work / "diktat.ico")
    # wixl resolves sources relative to the working folder: pass relative paths.
    result = subprocess.run(
        ["wixl", "-a", "x64", "-D", "Wixl=1", "-D", "Version=1.2.3", "-D", "SourceDir=payload",
         "-D", "IconFile=diktat.ico", "-o", "Diktat.msi", str(WXS), "payload.wxs"],
        cwd=work, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr  # wixl understood everything
    return work / "Diktat.msi"


def test_tables_present(msi: Path) -> None:
    """The tables an installer with files, shortcut, upgrade and custom action needs."""
    tables = set(subprocess.run(["msiinfo", "tables", str(msi)], capture_output=True, text=True,
                                check=True).stdout.split())
    for name in ("File", "Component", "Directory", "Feature", "FeatureComponents", "Shortcut",
                 "Property", "CustomAction", "InstallExecuteSequence", "Upgrade", "Media",
                 "Icon"):
        assert name in tables


def test_every_payload_file_installed(msi: Path) -> None:
    """Each file of the program folder is in the File table, in its own 64-bit component,
    under Program Files\\Diktat in its sub-folder."""
    files = _table(msi, "File")
    assert sorted(f["FileName"].split("|")[-1] for f in files) == sorted(
        Path(p).name for p in PAYLOAD
    )
    components = {c["Component"]: c for c in _table(msi, "Component")}
    assert len(components) == len(PAYLOAD)
    for component in components.values():
        assert int(component["Attributes"]) & 256, component  # msidbComponentAttributes64bit
        assert component["KeyPath"], component
    directories = {d["Directory"]: d for d in _table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"].split("|")[-1] == "Diktat"

    def path_of(directory: str) -> str:
        parts = []
        while directory != "INSTALLDIR":
            row = directories[directory]
            parts.append(row["DefaultDir"].split("|")[-1])
            directory = row["Directory_Parent"]
        return "/".join(reversed(parts))

    model = next(f for f in files if f["FileName"].endswith("model.bin"))
    assert path_of(components[model["Component_"]]["Directory_"]) == "models/base"
    programs = {f["File"]: f for f in files if f["FileName"] in ("diktat.exe", "dictation.exe")}
    assert set(programs) == {"DiktatExe", "DictationExe"}
    assert {components[f["Component_"]]["Directory_"] for f in programs.values()} == {"INSTALLDIR"}


def test_cabinet_holds_the_files(msi: Path, tmp_path: Path) -> None:
    """Extracted again (msiextract), the MSI gives back the program folder byte for byte."""
    if shutil.which("msiextract") is None:
        unavailable("msiextract is not installed (apt-get install msitools)")
    subprocess.run(["msiextract", "-C", str(tmp_path), str(msi)], check=True,
                   capture_output=True)
    root = tmp_path / "Diktat"
    for relative, data in PAYLOAD.items():
        assert (root / relative).read_bytes() == data, relative


def test_component_guids_stable(tmp_path: Path) -> None:
    """Harvesting the same folder twice gives the same ids and GUIDs (upgrades need that)."""
    harvest = load_script("windows/harvest.py")
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "a.dll").write_bytes(b"x")
    first, _ = harvest.payload_wxs(tmp_path)
    (tmp_path / "_internal" / "b.dll").write_bytes(b"y")
    second, _ = harvest.payload_wxs(tmp_path)
    guid = re.search(r'Guid="([^"]+)"', first).group(1)
    assert guid in second


def test_start_menu_shortcut(msi: Path) -> None:
    """One shortcut "Diktat" in the Start menu, to the desktop program, with the icon."""
    (shortcut,) = _table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"].split("|")[-1] == "Diktat"
    assert shortcut["Component_"] == "DiktatExe"
    assert shortcut["Icon_"] == "diktat.ico"
    assert shortcut["WkDir"] == "INSTALLDIR"


def test_product_properties(msi: Path) -> None:
    """Per-machine, German, version and UpgradeCode as in the source; major upgrades."""
    properties = {p["Property"]: p["Value"] for p in _table(msi, "Property")}
    upgrade_code = re.search(r'UpgradeCode="([^"]+)"', WXS.read_text(encoding="utf-8")).group(1)
    assert properties["UpgradeCode"] == "{" + upgrade_code + "}"
    assert properties["ProductName"] == "Diktat"
    assert properties["ProductVersion"] == "1.2.3"
    assert properties["ALLUSERS"] == "1"
    assert properties["ProductLanguage"] == "1031"
    assert properties["ARPPRODUCTICON"] == "diktat.ico"
    upgrades = _table(msi, "Upgrade")
    assert {u["UpgradeCode"] for u in upgrades} == {"{" + upgrade_code + "}"}
    assert "WIX_UPGRADE_DETECTED" in properties["SecureCustomProperties"]
    actions = {a["Action"]: a for a in _table(msi, "InstallExecuteSequence")}
    assert "RemoveExistingProducts" in actions and "FindRelatedProducts" in actions
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"Template: x64;", info), info


def test_public_properties_reach_the_policy_action(msi: Path) -> None:
    """The six public properties go, on install only, to the deferred, elevated custom action
    that runs the installed diktat.exe --write-policy after the files are in place.

    (wixl cannot mark properties Secure; the WiX v3 build does, see Diktat.wxs.)
    """
    (action,) = [a for a in _table(msi, "CustomAction") if a["Action"] == "WritePolicy"]
    kind = int(action["Type"])
    assert kind & 0x3F == 18  # msidbCustomActionTypeExe + source is a File
    assert kind & 0x400  # msidbCustomActionTypeInScript: deferred
    assert kind & 0x800  # msidbCustomActionTypeNoImpersonate: runs as LocalSystem
    assert not kind & 0x40  # return value checked: a bad property fails (and rolls back)
    assert action["Source"] == "DiktatExe"
    assert action["Target"].startswith("--write-policy ")
    for name in PUBLIC_PROPERTIES:
        assert f'"{name}=[{name}]|"' in action["Target"]
    sequence = {a["Action"]: a for a in _table(msi, "InstallExecuteSequence")}
    step = sequence["WritePolicy"]
    assert int(sequence["InstallFiles"]["Sequence"]) < int(step["Sequence"]) < int(
        sequence["InstallFinalize"]["Sequence"]
    )
    assert 'NOT (REMOVE~="ALL")' in step["Condition"]
    for name in PUBLIC_PROPERTIES:
        assert name in step["Condition"]


def _windows_argv(command_line: str) -> list[str]:
    """Split like the Microsoft C runtime (CommandLineToArgvW rules for arguments)."""
    args, current, in_quotes, i, pending = [], [], False, 0, False
    while i < len(command_line):
        ch = command_line[i]
        if ch == "\\":
            j = i
            while j < len(command_line) and command_line[j] == "\\":
                j += 1
            count = j - i
            if j < len(command_line) and command_line[j] == '"':
                current.append("\\" * (count // 2))
                if count % 2:
                    current.append('"')
                    i = j + 1
                else:
                    i = j
                continue
            current.append("\\" * count)
            i = j
            pending = True
            continue
        if ch == '"':
            if in_quotes and i + 1 < len(command_line) and command_line[i + 1] == '"':
                current.append('"')
                i += 2
                continue
            in_quotes = not in_quotes
            pending = True
        elif ch in " \t" and not in_quotes:
            if current or pending:
                args.append("".join(current))
            current, pending = [], False
        else:
            current.append(ch)
            pending = True
        i += 1
    if current or pending:
        args.append("".join(current))
    return args


def test_policy_command_line_survives_windows_quoting(msi: Path) -> None:
    """Formatted with typical values (UNC path, trailing backslash, empty properties), the
    custom action's command line reaches --write-policy intact."""
    policy = load_script("launchers/diktat_policy.py")
    (action,) = [a for a in _table(msi, "CustomAction") if a["Action"] == "WritePolicy"]
    values = {
        "MODELDIR": "D:\\Modelle\\large-v3-turbo\\",
        "VOCABULARYDIR": "\\\\server\\share\\diktat",
        "EXPORTDIR": "H:\\Vermerke mit Leerzeichen\\",
        "RETENTIONDAYS": "30",
        "UILANGUAGE": "",
        "SAVEAUDIO": "",
    }
    target = action["Target"]
    for name, value in values.items():
        target = target.replace(f"[{name}]", value)
    argv = _windows_argv(target)
    assert argv[0] == "--write-policy"
    changes = policy.policy_changes(argv[1:])
    assert {str(k): v for k, v in changes.items()} == {
        "model.path": "D:\\Modelle\\large-v3-turbo\\",
        "vocabulary.organisation": "\\\\server\\share\\diktat\\organisation.vocab.json",
        "export.folder": "H:\\Vermerke mit Leerzeichen\\",
        "history.retention_days": 30,
    }
