"""Renders packaging/icons/diktat.svg to PNGs (48, 128, 256 px) and a Windows .ico.

Uses Qt's SVG renderer (PySide6 Essentials, already a dependency), offscreen; the .ico holds
PNG images (Windows Vista and later read those). The outputs are kept in the repository, so
builds do not need to run this; run it again after changing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "diktat.svg"))
    if not renderer.isValid():
        raise SystemExit("diktat.svg cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico file whose entries are PNG images (ICONDIR, ICONDIRENTRY…, data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need an application
    for size in PNG_SIZES:
        (ICONS / f"diktat-{size}.png").write_bytes(render(size))
    (ICONS / "diktat.ico").write_bytes(ico({size: render(size) for size in ICO_SIZES}))
    print("Icons written to", ICONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
