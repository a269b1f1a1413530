"""Lists the Debian packages a PyInstaller program folder needs from the system.

    python3 packaging/deb_depends.py build/dist/diktat   -> "Depends: libc6 (>= 2.36), …"
                                                            "Recommends: libgtk-3-0"
    python3 packaging/deb_depends.py --missing build/dist/diktat -> libraries nobody provides

Runs ``ldd`` on every ELF file of the folder (the folder's own libraries found first, as the
bootloader arranges), keeps the libraries resolved outside the folder, and maps them to their
packages with ``dpkg -S``. Libraries Qt, ALSA and D-Bus open at run time with ``dlopen`` do not
show in ``ldd``: :data:`DLOPENED` adds their packages. Exit status 1 when a library is missing
("not found"), so the build stops instead of producing a package that cannot start.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

#: Packages of libraries loaded with dlopen (not visible to ldd) by the bundle's Qt:
#: D-Bus (QtDBus), the xcb platform plugin's helpers, OpenGL/EGL.
DLOPENED = ("libdbus-1-3", "libxkbcommon-x11-0", "libxcb-cursor0", "libegl1", "libgl1")

#: Optional Qt plugins: Qt skips them when their libraries are missing. Their packages become
#: Recommends (GTK 3 gives native file dialogs on GNOME desktops, where it is always there).
OPTIONAL = {"libqgtk3.so": "libgtk-3-0"}

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def system_libraries(folder: Path) -> tuple[set[str], set[str], set[str]]:
    """(paths of system libraries used, libraries not found, packages optional plugins want)."""
    folder = folder.resolve()
    env = dict(os.environ, LD_LIBRARY_PATH=str(folder / "_internal"))
    used, missing, recommended = set(), set(), set()
    for path in elf_files(folder):
        if path.name in OPTIONAL:
            recommended.add(OPTIONAL[path.name])
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if not match:
                continue
            name, target = match.groups()
            if target == "not found":
                missing.add(f"{name} ({path.relative_to(folder)})")
            elif not Path(target).resolve().is_relative_to(folder):
                used.add(str(Path(target).resolve()))
    return used, missing, recommended


def packages_of(paths: set[str]) -> set[str]:
    packages = set()
    for path in sorted(paths):
        candidates = [path]
        if path.startswith("/usr/"):  # merged /usr: dpkg may know the file under /lib
            candidates.append(path[len("/usr"):])
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":", 1)[0].split(",")[0].strip())
                break
        else:
            print(f"warning: no package owns {path}", file=sys.stderr)
    return packages


def libc_version() -> str:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True,
                         text=True, check=True).stdout
    return out.split("-", 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--missing", action="store_true", help="only list missing libraries")
    args = parser.parse_args(argv)
    used, missing, recommended = system_libraries(args.folder)
    for name in sorted(missing):
        print(f"missing: {name}", file=sys.stderr)
    if args.missing:
        return 1 if missing else 0
    packages = (packages_of(used) | set(DLOPENED)) - {"libc6"}
    print("Depends: " + ", ".join([f"libc6 (>= {libc_version()})"] + sorted(packages)))
    print("Recommends: " + ", ".join(sorted(recommended)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
