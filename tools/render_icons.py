"""Render explorer's icon, ``resources/icons/explorer.svg``, for the installers.

    .venv/bin/python tools/render_icons.py OUT_DIR

Writes ``OUT_DIR/png/explorer-N.png`` for every size a Linux desktop looks up (hicolor theme),
``OUT_DIR/explorer.ico`` (Windows: 16 to 256 pixels in one file) and ``OUT_DIR/explorer.icns``
(macOS). Qt's SVG renderer draws each size from the vector, so small sizes stay sharp; Pillow
(extra ``package``) packs the ICO and ICNS containers. The renders are built, not committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "explorer.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024


def render(svg: Path, size: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


def build(out_dir: Path, svg: Path = SOURCE) -> list[Path]:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    pngs = [render(svg, n, out_dir / "png" / f"explorer-{n}.png") for n in PNG_SIZES]
    big = render(svg, ICNS_SIZE, out_dir / "png" / f"explorer-{ICNS_SIZE}.png")
    with Image.open(big) as image:
        ico = out_dir / "explorer.ico"
        image.save(ico, sizes=[(n, n) for n in ICO_SIZES])
        icns = out_dir / "explorer.icns"
        image.save(icns)
    del app
    return [*pngs, big, ico, icns]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    for path in build(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
